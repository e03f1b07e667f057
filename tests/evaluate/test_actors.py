"""The actor scorer: gold actors found by name and right by kind, country and sector."""

from __future__ import annotations

from faultlines import evaluate


def test_actors_actors_right_needs_kind_country_and_sector():
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
