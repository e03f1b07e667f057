"""Denials: the accused answering a claim, a charge or the act laid at their door."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos denied that she had misled the harbour board.", [(-1, "misled", "Roos")]),
        ("Ada Roos denied taking money from the harbour fund.", [(-1, "taking", "Roos")]),
        ("Ada Roos denied having taken money from the harbour fund.", [(-1, "taken", "Roos")]),
        ("Ada Roos denied the charges against the port board.", [(-1, "charges", "Roos")]),
        ("Ada Roos denied the claims about the harbour fund.", [(-1, "claims", "Roos")]),
        ("Velmo Radio denied that it had agreed on a fee with the port.", [(-1, "agreed", "Radio")]),
    ],
)
def test_rebuttals_the_denied_claim_or_act_is_opposed(nlp, text, expected):
    assert held_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos has always denied doing anything wrong.",
        "Ada Roos denied any role in the harbour fire.",
        "Ada Roos denied that she had not paid the levy.",
        "The council denied a permit for the harbour plan.",
        "Ada Roos denied that anything had been settled.",
        "Ada Roos did not deny meeting the harbour board in May.",
        "Ada Roos denied that the pier was closed by the council.",
        "Ada Roos denied that the harbour plan was in trouble.",
    ],
)
def test_rebuttals_a_denial_naming_no_claim_takes_no_side(nlp, text):
    assert held_of(nlp, text) == []


def test_rebuttals_a_denied_act_is_labelled_as_the_act_where_it_is_laid_at_the_deniers_door():
    text = "Kim Vell accused Ada Roos of misleading the harbour board. Roos denied she misled the board."
    assert ("Ada Roos", "misleading the harbour board", -1) in analysed_stances(text)


def test_rebuttals_an_act_denied_that_nobody_laid_at_the_deniers_door_is_no_stance():
    assert analysed_stances("Ada Roos denied that she had misled the harbour board.") == set()
