"""The quote attribution scorer: contents matched by their words, sources, speakers."""

from __future__ import annotations

from faultlines import evaluate

TEXT = "The mayor said the bridge will reopen in May, and the council agreed."


def test_quotes_quotes_perfect_prediction_scores_one():
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


def test_quotes_quotes_half_overlap_matches_but_is_not_exact():
    gold = [{"id": "d", "text": TEXT, "quotes": [{"contents": [[15, 44]], "sources": []}]}]
    pred = [{"id": "d", "quotes": [{"contents": [[15, 36]], "sources": []}]}]
    r = evaluate.score_quotes(gold, pred)
    assert r["quote_f1"] == 1.0
    assert r["exact_f1"] == 0.0


def test_quotes_quotes_missing_document_counts_as_no_prediction():
    gold = [{"id": "d", "text": TEXT, "quotes": [{"contents": [[15, 44]]}]}]
    r = evaluate.score_quotes(gold, [])
    assert r["missing_docs"] == 1 and r["quote_r"] == 0.0
