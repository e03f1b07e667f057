"""Whoever accuses someone of an act is against the act."""

from __future__ import annotations

import pytest

from faultlines.stances.accusations import find
from faultlines.stances.lexicon import load
from tests.stances.helpers import analysed_stances, held_on


def _accused(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]


def test_accusations_accuser_is_against_the_act(nlp):
    assert _accused(nlp, "Norland has accused Vetland of fishing inside its waters.") == [
        (-1, "fishing", "Norland")
    ]


def test_accusations_a_noun_act_behind_its_measure(nlp):
    assert _accused(nlp, "Ada Roos accused the mayor of years of reckless spending.") == [
        (-1, "spending", "Roos")
    ]


def test_accusations_relative_and_passive_accusers(nlp):
    assert _accused(nlp, "Ada Roos, who accused the board of hiding the audit, spoke on Monday.") == [
        (-1, "hiding", "Roos")
    ]
    assert _accused(nlp, "The board was accused by Ada Roos of hiding the audit.") == [(-1, "hiding", "Roos")]


@pytest.mark.parametrize(
    "text",
    [
        "The board was accused of hiding the audit.",  # no accuser named
        "Ada Roos did not accuse the mayor of hiding the audit.",
        "Ada Roos accused the mayor of being a liar.",  # a state, not an act
        "Ada Roos accused the mayor of lying.",  # a bare kind of conduct
    ],
)
def test_accusations_no_side(nlp, text):
    assert _accused(nlp, text) == []


def test_accusations_whole_analysis_holds_the_accuser():
    stances = analysed_stances("Ada Roos accused the harbour board of hiding the ferry audit.")
    assert held_on(stances, "audit") == {("Ada Roos", -1)}


def test_accusations_a_verb_joined_to_another_shares_its_accuser(nlp):
    text = "Ada Roos described the levy as a farce and accused the mayor of hiding the audit."
    assert _accused(nlp, text) == [(-1, "hiding", "Roos")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos posted a video accusing the harbour board of hiding the ferry audit.",
        "Ada Roos posted on Twitter accusing the harbour board of hiding the ferry audit.",
    ],
)
def test_accusations_a_message_accusing_is_its_authors_accusation(text):
    assert held_on(analysed_stances(text), "audit") == {("Ada Roos", -1)}


def test_accusations_a_person_accusing_is_not_the_subjects_accusation():
    text = "Ada Roos met a fisherman accusing the harbour board of hiding the ferry audit."
    assert held_on(analysed_stances(text), "audit") == set()
