"""Reported clauses with must, should or a present need: demands on someone, or forecasts (events/demands.py)."""

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
        ("Dr. Ada Roos suggested that the mayor change his diet.", ["REQUEST"]),
        ("The panel recommended that the harbour council close the pier.", ["REQUEST"]),
        ("The ruling suggests that Ada Roos and the council back the pier plan.", []),  # implies a fact
    ],
)
def test_demands_a_bare_that_clause_after_a_verb_of_demanding_is_a_demand(nlp, text, expected):
    assert [t for t in happened(nlp, text) if t == "REQUEST"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Ada Roos urged people to drink more water during the heat.", []),
        ("The app maker encouraged users to switch on the new alerts.", []),
        ("At the rally Ada Roos asked the crowd to cheer for the mayor.", []),
        ("Ada Roos urged the harbour council to reopen the pier.", ["REQUEST"]),
        ("The government of Ruritania urged its citizens to leave Borduria.", ["REQUEST"]),
    ],
)
def test_demands_asking_people_at_large_is_advice_and_asking_a_party_is_a_request(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos said the pier's future use should send a clear signal.",
        "Hopes for a quick harbour deal should not turn into blind optimism, experts say.",
        "Residents near the marsh should keep taking precautions, Ada Roos said.",
    ],
)
def test_demands_a_should_of_a_thing_or_of_residents_asks_no_one(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos said her successor should keep the harbour plan.",
        "Ada Roos said lawmakers should reject the harbour bill.",
        "Ada Roos said the ministry must publish the files.",
    ],
)
def test_demands_a_should_of_people_named_by_their_role_is_still_a_demand(nlp, text):
    assert happened(nlp, text) == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania wants Borduria to hand over the smuggler.",
        "The Velmor government wants Ada Roos to repay the grant.",
    ],
)
def test_demands_a_wish_that_a_named_party_act_is_a_demand_on_it(nlp, text):
    assert "REQUEST" in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor does not want the ferry strike to drag on.",
        "Ada Roos wants Carl Banks to be punished for the fraud.",
        "Ada Roos wants to meet the harbour board.",
    ],
)
def test_demands_a_wish_that_asks_no_named_party_is_no_demand(nlp, text):
    assert "REQUEST" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Reis said the port authority needs to release the audit.",
        "Senator Ana Reis says Velmor has to pull its troops out of the valley.",
        '"The harbour board needs to answer for the spill," Senator Ana Reis said.',
    ],
)
def test_demands_a_present_need_laid_on_a_named_party_is_a_demand(nlp, text):
    assert "REQUEST" in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Reis said the port authority had to release the audit.",
        "Senator Ana Reis said the port authority will have to release the audit.",
        "Senator Ana Reis says there needs to be a law on harbour fees.",
        "Senator Ana Reis says the port has the staff to release the audit.",
        "The harbour board said they need to review the spill first.",
        "Senator Ana Reis said we need to release the audit.",
        "The harbour board needs to pay the fishermen back.",
        '"The ferry was superb. Must see," one reader wrote.',
        "Senator Ana Reis threatened to close the pier, should the harbour board fail to pay.",
    ],
)
def test_demands_a_need_told_done_foretold_the_writers_or_on_no_one_is_no_demand(nlp, text):
    assert "REQUEST" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The tolls hurt us," Senator Ana Reis said. "The harbour board needs to pay the fishermen back."',
        '"The levy is a disgrace," Senator Ana Reis said. "The harbour board must scrap it before winter."',
    ],
)
def test_demands_a_quotes_own_sentence_laying_a_need_on_a_party_is_its_speakers_demand(nlp, text):
    assert "REQUEST" in happened(nlp, text)


def test_demands_a_supposed_need_leaves_the_threat_it_conditions(nlp):
    text = "Senator Ana Reis threatened to close the pier, should the harbour board fail to pay."
    assert "THREATEN" in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the that-clause on the ones told, as a relative clause
        "Ada Roos told a few thousand teachers that the Legislature should fund the schools.",
        # ... or on a clause about them
        "Ada Roos told the nurses who filled the square that the board must raise their pay.",
    ],
)
def test_demands_a_should_told_to_someone_is_a_demand_however_the_parse_hangs_it(nlp, text):
    assert "REQUEST" in happened(nlp, text)
