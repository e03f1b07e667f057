"""The stance and dispute scorer: firm stances and disputes reported that are real."""

from __future__ import annotations

from faultlines import evaluate


def test_stances_stances_precision_counts_firm_stances_only():
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
