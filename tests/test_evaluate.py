import json
import subprocess
import sys

import pytest

from faultlines import evaluate

TEXT = "The mayor said the bridge will reopen in May, and the council agreed."


def test_evaluate_quotes_perfect_prediction_scores_one():
    gold = [
        {
            "id": "d",
            "text": TEXT,
            "quotes": [{"contents": [[15, 44]], "sources": [[0, 9]], "speaker": "Ana Ruiz"}],
        }
    ]
    pred = [
        {
            "id": "d",
            "quotes": [
                {
                    "contents": [{"start": 15, "end": 44}],
                    "sources": [{"start": 4, "end": 9}],
                    "speaker": {"name": "Mayor Ana Ruiz"},
                }
            ],
        }
    ]
    r = evaluate.score_quotes(gold, pred)
    assert r["quote_f1"] == r["exact_f1"] == r["source_acc"] == r["speaker_acc"] == 1.0


def test_evaluate_quotes_half_overlap_matches_but_is_not_exact():
    gold = [{"id": "d", "text": TEXT, "quotes": [{"contents": [[15, 44]], "sources": []}]}]
    pred = [{"id": "d", "quotes": [{"contents": [[15, 36]], "sources": []}]}]
    r = evaluate.score_quotes(gold, pred)
    assert r["quote_f1"] == 1.0
    assert r["exact_f1"] == 0.0


def test_evaluate_quotes_missing_document_counts_as_no_prediction():
    gold = [{"id": "d", "text": TEXT, "quotes": [{"contents": [[15, 44]]}]}]
    r = evaluate.score_quotes(gold, [])
    assert r["missing_docs"] == 1 and r["quote_r"] == 0.0


def test_evaluate_scorers_for_reads_the_gold_shape():
    assert evaluate.scorers_for([{"quotes": [], "stances": []}]) == ["quotes", "stances"]
    assert evaluate.scorers_for([{"event": "AGREE"}]) == ["events"]
    assert evaluate.scorers_for([{"text": "x", "events": []}]) == ["sentence_events"]
    assert evaluate.scorers_for([{"text": "x"}]) == []


@pytest.mark.parametrize(
    ("gold_name", "script", "kind"),
    [
        ("seed.jsonl", "score_quotes.py", "quotes"),
        ("polnear-dev.jsonl", "score_quotes.py", "quotes"),
        ("phenomena.jsonl", "score_quotes.py", "quotes"),
        ("plover-dev.jsonl", "score_events.py", "events"),
        ("stances.jsonl", "score_stances.py", "stances"),
        ("seed.jsonl", "score_stances.py", "stances"),
        ("disputes-dev.jsonl", "score_stances.py", "stances"),
        ("events-sentences-dev.jsonl", "score_sentence_events.py", "sentence_events"),
    ],
)
def test_evaluate_equals_the_shared_scorer(gold_run, shared, gold_name, script, kind):
    golds, preds, pred_path = gold_run(gold_name)
    ours = evaluate.SCORERS[kind](golds, preds)
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / script),
            str(shared / "eval" / gold_name),
            str(pred_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == pytest.approx(json.loads(out.stdout))


def test_evaluate_actors_right_needs_kind_country_and_sector():
    golds = [
        {
            "id": "a",
            "actors": [
                {"name": "Ines Holt", "kind": "person", "country": "NOR", "sector": "GOV"},
                {"name": "Norway", "kind": "country", "country": "NOR"},
                {"name": "Pavel Orlov", "kind": "person", "country": "RUS", "sector": "GOV"},
            ],
        }
    ]
    preds = [
        {
            "id": "a",
            "actors": [
                {"id": "h", "name": "Ines Holt", "kind": "person", "country": "NOR", "sector": "GOV"},
                {"id": "n", "name": "Norway", "kind": "country", "country": "NOR", "sector": None},
                {"id": "o", "name": "Orlov", "kind": "person", "country": None, "sector": "GOV"},
            ],
            "quotes": [{"speaker": {"actor": "h"}}, {"speaker": {"actor": "x"}}, {"speaker": None}],
        }
    ]
    result = evaluate.score_actors(golds, preds)
    assert result["actor_found"] == 1.0
    assert result["actor_right"] == 2 / 3
    assert result["speakers_listed"] == 0.5


def test_evaluate_sentence_events_counts_only_events_that_happened():
    golds = [
        {"id": "a", "events": [{"type": "ACCUSE"}, {"type": "REQUEST", "hypothetical": True}]},
        {"id": "b", "events": []},
        {"id": "c", "events": [{"type": "COERCE"}], "borderline": True},
    ]
    preds = [
        {"id": "a", "events": [{"type": "ACCUSE", "tense": "past"}, {"type": "REQUEST", "tense": "future"}]},
        {"id": "b", "events": [{"type": "SUPPORT", "negated": True}]},
        {"id": "c", "events": [{"type": "AID"}]},
    ]
    result = evaluate.score_sentence_events(golds, preds)
    assert result["sentences"] == 2
    assert result["event_p"] == result["event_r"] == result["no_event_acc"] == 1.0


def test_evaluate_stances_precision_counts_firm_stances_only():
    golds = [{"id": "a", "stances": [{"actor": "Ines Holt", "topic": "the toll road", "polarity": -1}]}]
    preds = [
        {
            "id": "a",
            "actors": [{"id": "h", "name": "Ines Holt"}, {"id": "o", "name": "Omar Vale"}],
            "topics": [{"id": "t", "label": "toll road"}, {"id": "u", "label": "ferry"}],
            "stances": [
                {"actor": "h", "topic": "t", "polarity": -1},
                {"actor": "o", "topic": "u", "polarity": 1},
                {"actor": "o", "topic": "t", "polarity": 0},
            ],
            "disputes": [{"topic": "t", "sides": [["h"], ["o"]]}],
        }
    ]
    result = evaluate.score_stances(golds, preds)
    assert result["stances_predicted"] == 2 and result["stance_p"] == 0.5
    assert result["disputes_predicted"] == 1 and result["dispute_p"] == 0.0
