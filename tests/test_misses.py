"""What the scorers count against an analysis, listed for error analysis."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from faultlines import misses
from faultlines.cli import app
from tests.test_cli import write_jsonl

GOLD = {
    "id": "d1",
    "text": "...",
    "stances": [
        {"actor": "Ann Lee", "topic": "harbour levy", "polarity": -1, "evidence": "a tax on sailors"},
        {"actor": "Tom Kim", "topic": "harbour levy", "polarity": 1},
        {"actor": "Ray Odell", "topic": "ferry fares", "polarity": 1},
        {"actor": "Bo Ruiz", "topic": "ferry fares", "polarity": -1},
    ],
    "disputes": [
        {"topic": "harbour levy", "sides": [["Ann Lee"], ["Tom Kim"]]},
        {"topic": "ferry fares", "sides": [["Ray Odell"], ["Bo Ruiz"]]},
    ],
}


def prediction(stances: list[tuple[str, str, int]], disputes: list[tuple[str, list[list[str]]]] = ()) -> dict:
    """An analysis record with these (actor, topic, polarity) stances, ids made from the names."""
    actors = sorted({a for a, _, _ in stances} | {"Ray Odell"})
    topics = sorted({t for _, t, _ in stances})
    return {
        "id": "d1",
        "actors": [{"id": a, "name": a} for a in actors],
        "topics": [{"id": t, "label": t} for t in topics],
        "stances": [{"actor": a, "topic": t, "polarity": p} for a, t, p in stances],
        "disputes": [{"topic": t, "sides": sides} for t, sides in disputes],
    }


def test_misses_tells_how_each_gold_stance_was_missed():
    pred = prediction([("Ann Lee", "the parking levy", 1), ("Tom Kim", "the new budget", 1)])
    lines = misses.stances([GOLD], [pred])
    assert "  stance missed (wrong polarity): Ann Lee -1 on 'harbour levy'" in lines
    assert "    evidence: a tax on sailors" in lines
    assert "  stance missed (stances on other topics): Tom Kim +1 on 'harbour levy'" in lines
    assert "    instead: +1 on 'the new budget'" in lines
    assert "  stance missed (no stance by the actor): Ray Odell +1 on 'ferry fares'" in lines
    assert "  stance missed (no such actor): Bo Ruiz -1 on 'ferry fares'" in lines


def test_misses_lists_firm_stances_and_disputes_the_gold_does_not():
    pred = prediction(
        [("Ann Lee", "harbour levy", -1), ("Tom Kim", "harbour levy", 1), ("Tom Kim", "the new budget", 1)],
        [("the new budget", [["Tom Kim"], ["Ann Lee"]])],
    )
    lines = misses.stances([GOLD], [pred])
    assert "  stance not in gold: Tom Kim +1 on 'the new budget'" in lines
    assert "  dispute not in gold: 'the new budget': Tom Kim vs Ann Lee" in lines
    assert not any(line.startswith("  stance not in gold: Ann Lee") for line in lines)


def test_misses_says_which_sides_of_a_missed_dispute_were_found():
    pred = prediction(
        [("Ann Lee", "harbour levy", -1), ("Tom Kim", "harbour levy", 1), ("Bo Ruiz", "ferry fares", -1)]
    )
    lines = misses.stances([GOLD], [pred])
    assert (
        "  dispute missed (both sides found, not opposed on one topic): 'harbour levy': Ann Lee vs Tom Kim"
        in lines
    )
    assert "  dispute missed (one side lacking): 'ferry fares': Ray Odell vs Bo Ruiz" in lines
    assert "     1  dispute missed: one side lacking" in lines


def test_misses_of_a_record_with_everything_found_is_nothing():
    gold = {**GOLD, "stances": GOLD["stances"][:2], "disputes": GOLD["disputes"][:1]}
    pred = prediction(
        [("Ann Lee", "harbour levy", -1), ("Tom Kim", "harbour levy", 1)],
        [("harbour levy", [["Ann Lee"], ["Tom Kim"]])],
    )
    assert misses.stances([gold], [pred]) == ["nothing missed"]


def test_misses_lists_sentences_whose_events_differ_with_how_each_was_told():
    golds = [
        {"id": "s1", "text": "Lee condemned the raid.", "events": [{"type": "ACCUSE"}]},
        {"id": "s2", "text": "Kim will visit Vell.", "events": []},
        {"id": "s3", "text": "Lee praised Kim.", "events": [{"type": "SUPPORT"}], "borderline": True},
    ]
    preds = [
        {"id": "s1", "events": [{"type": "ACCUSE", "tense": "future"}]},
        {
            "id": "s2",
            "events": [{"type": "CONSULT", "tense": "future"}, {"type": "SUPPORT", "tense": "past"}],
        },
        {"id": "s3", "events": []},
    ]
    lines = misses.sentence_events(golds, preds)
    assert lines[:4] == [
        "s1: Lee condemned the raid.",
        "  gold: ACCUSE; found: ACCUSE (future)",
        "s2: Kim will visit Vell.",
        "  gold: none; found: CONSULT (future), SUPPORT",
    ]
    assert "     1  event missed: ACCUSE" in lines and "     1  event not in gold: SUPPORT" in lines
    assert not any(line.startswith("s3") for line in lines)


def test_misses_lists_plover_records_whose_type_or_countries_were_missed():
    golds = [
        {"id": "p1", "text": "Vell shelled Dara.", "event": "ASSAULT", "sources": [{"country": "VEL"}]},
        {
            "id": "p2",
            "text": "Vell praised Dara.",
            "event": "SUPPORT",
            "sources": [{"country": "VEL"}],
            "targets": [{"country": "DAR"}],
        },
        {"id": "p3", "text": "Vell met Dara.", "event": "CONSULT", "sources": [{"country": "VEL"}]},
    ]
    preds = [
        {"id": "p1", "events": [{"type": "THREATEN", "tense": "future"}]},
        {
            "id": "p2",
            "events": [{"type": "SUPPORT", "source": {"country": "VEL"}, "target": {"country": "VEL"}}],
        },
        {"id": "p3", "events": [{"type": "CONSULT", "source": {"country": "VEL"}}]},
    ]
    lines = misses.report("events", golds, preds)
    assert lines[:4] == [
        "p1: Vell shelled Dara.",
        "  gold: ASSAULT; found: THREATEN (future)",
        "p2: Vell praised Dara.",
        "  SUPPORT found with target DAR, found VEL",
    ]
    assert "     1  type missed: ASSAULT" in lines and "     1  target country wrong" in lines
    assert not any(line.startswith("p3") for line in lines)


def test_misses_cli_prints_the_listing_under_the_metrics(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [json.dumps(GOLD)])
    pred = write_jsonl(tmp_path / "pred.jsonl", [json.dumps(prediction([("Ann Lee", "harbour levy", -1)]))])
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--misses"])
    assert result.exit_code == 0, result.output
    assert result.stdout.index("stance_acc") < result.stdout.index("stance missed (no such actor): Tom Kim")


def quoted(text: str, content: str, source: str | None, speaker: str | None) -> dict:
    """A quote record of ``text`` with these contents, source and speaker."""
    start = text.index(content)
    found = {
        "contents": [{"start": start, "end": start + len(content)}],
        "speaker": speaker and {"name": speaker},
    }
    if source:
        at = text.index(source)
        found["sources"] = [{"start": at, "end": at + len(source)}]
    return found


def test_misses_lists_quotes_missed_found_with_another_speaker_or_not_in_gold():
    text = (
        '"The levy is a tax on sailors," Senator Ann Lee said. Mayor Tom Kim said the port would stay open. '
        "Ray Odell said the ferry was late."
    )
    gold = {
        "id": "q1",
        "text": text,
        "quotes": [
            quoted(text, "The levy is a tax on sailors", "Senator Ann Lee", "Ann Lee"),
            quoted(text, "the port would stay open", "Mayor Tom Kim", "Tom Kim"),
        ],
    }
    pred = {
        "id": "q1",
        "quotes": [
            quoted(text, "The levy is a tax on sailors", "Senator Ann Lee", "Ann Kim"),
            quoted(text, "the ferry was late", "Ray Odell", "Ray Odell"),
        ],
    }
    lines = misses.quotes([gold], [pred])
    assert lines[:6] == [
        "q1",
        "  quote missed: 'the port would stay open' source 'Mayor Tom Kim', speaker 'Tom Kim'",
        "  other speaker: 'The levy is a tax on sailors' source 'Senator Ann Lee', speaker 'Ann Lee'",
        "    found: source 'Senator Ann Lee', speaker 'Ann Kim'",
        "  quote not in gold: 'the ferry was late' source 'Ray Odell'",
        "counts:",
    ]
    assert "     1  quote found, other speaker" in lines
