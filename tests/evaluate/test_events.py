"""The PLOVER scorers: events of real news sentences that happened."""

from __future__ import annotations

from faultlines import evaluate


def test_events_sentence_events_counts_only_events_that_happened():
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


def test_events_plover_countries_are_scored_on_the_first_event_of_the_gold_type():
    golds = [
        {"id": "a", "event": "SUPPORT", "sources": [{"country": "NOR"}], "targets": [{"country": "SWE"}]},
        {"id": "b", "event": "ASSAULT", "sources": [{"country": "NOR"}]},
    ]
    preds = [
        {
            "id": "a",
            "events": [
                {"type": "CONSULT", "source": {"country": "DNK"}},
                {"type": "SUPPORT", "source": {"country": "NOR"}, "target": {"country": "NOR"}},
                {"type": "SUPPORT", "source": {"country": "NOR"}, "target": {"country": "SWE"}},
            ],
        },
        {"id": "b", "events": []},
    ]
    result = evaluate.score_events(golds, preds)
    assert result["type_recall"] == 0.5 and result["first_type_acc"] == 0.0
    assert result["source_country"] == 1.0 and result["target_country"] == 0.0
    assert evaluate.country_right(golds[0], preds[0]["events"][1], evaluate.SIDES[1]) == ({"SWE"}, False)
