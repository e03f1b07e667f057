"""Reported clauses with must or should: demands on someone, or forecasts (events/demands.py)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "The rain should ease by Sunday night, said Ada Roos, the utility's planning chief.",
        "The ruling should be seen as a turning point for the harbour plan, said Ada Roos.",
        "The new rules should not turn into a burden for farmers, analysts say.",
    ],
)
def test_demands_a_should_of_a_thing_is_a_forecast_not_a_demand(nlp, text):
    assert "REQUEST" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The curfew must be lifted at once, said Ada Roos.",
        "The council must resign, said Ada Roos.",
    ],
)
def test_demands_a_should_of_an_act_or_of_someone_is_still_a_demand(nlp, text):
    assert "REQUEST" in happened(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Ada Roos urged people to drink more water during the heat.", []),
        ("The app maker encouraged users to switch on the new alerts.", []),
        ("Ada Roos urged the harbour council to reopen the pier.", ["REQUEST"]),
        ("The government of Ruritania urged its citizens to leave Borduria.", ["REQUEST"]),
    ],
)
def test_demands_asking_people_at_large_is_advice_and_asking_a_party_is_a_request(nlp, text, expected):
    assert happened(nlp, text) == expected
