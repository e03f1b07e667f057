"""Judgements by a rule: a thing said to keep to or break a law, a policy or an aim."""

from __future__ import annotations

import pytest

from faultlines.stances import conformity
from faultlines.stances.lexicon import load
from tests.stances.helpers import analysed_stances, held_on, word


@pytest.mark.parametrize(
    ("text", "predicate", "side"),
    [
        ("The harbour levy is inconsistent with state law.", "inconsistent", -1),
        ("The harbour levy is in line with our port policy.", "in", 1),
        ("The harbour levy is in breach of the Velmor treaty.", "in", -1),
        ("The harbour levy is at odds with the goals of the council.", "at", -1),
        ("The harbour levy is consistent with federal and state law.", "consistent", 1),
    ],
)
def test_conformity_keeping_to_or_breaking_a_rule_judges(nlp, text, predicate, side):
    doc = nlp(text)
    assert conformity.side(word(doc, predicate), load()) == side


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Port profits were in line with forecasts.", "in"),  # a forecast is no rule
        ("The vote puts Velmor at odds with its neighbours.", "at"),  # nor are neighbours
        ("The harbour is in the north of the city.", "in"),
    ],
)
def test_conformity_no_judgement_without_a_rule(nlp, text, predicate):
    doc = nlp(text)
    assert conformity.side(word(doc, predicate), load()) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ada Roos said the harbour levy was ''not in line with our port policy.''", -1),
        ("Ada Roos said the harbour levy was not inconsistent with state law.", 1),
    ],
)
def test_conformity_the_sayer_judges_and_a_negation_turns_the_side(text, side):
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", side)}


def test_conformity_a_joined_predicate_judges_the_first_verbs_subject():
    # "are" has no subject of its own: the practices are what is judged
    text = (
        "The Velmor Court of Appeals ruled that the city's practices could remove some voters and "
        "are not in compliance with the Voter Act."
    )
    assert held_on(analysed_stances(text), "practices") == {("Velmor Court of Appeals", -1)}
