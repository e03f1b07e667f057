"""Answering a reaction named bare: a side on what it was about."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from tests.stances.helpers import analysed_stances, held_on


@pytest.mark.parametrize(
    ("answer", "side"),
    [
        ("dismissed the criticism", 1),
        ("rejected the criticism", 1),
        ("rejected these attacks", 1),
        ("welcomed the criticism", -1),
    ],
)
def test_answers_a_side_on_the_criticism_just_told_is_a_side_on_its_matter(answer, side):
    text = f"Senator Ann Lee slammed the Velmo pipeline on Monday. Governor Tom Kim {answer}."
    assert held_on(analysed_stances(text), "pipeline") == {("Ann Lee", -1), ("Tom Kim", side)}


def test_answers_praise_answered_is_a_side_on_what_was_praised():
    text = "Senator Ann Lee praised the Velmo pipeline on Monday. Governor Tom Kim rejected the praise."
    assert held_on(analysed_stances(text), "pipeline") == {("Ann Lee", 1), ("Tom Kim", -1)}


def test_answers_a_criticism_told_long_before_is_out_of_reach():
    text = (
        "Senator Ann Lee slammed the Velmo pipeline on Monday. The vote is set for May. "
        "Farm groups will meet in June. Governor Tom Kim rejected the criticism."
    )
    assert held_on(analysed_stances(text), "pipeline") == {("Ann Lee", -1)}


def test_answers_no_answer_is_read_from_a_denied_one():
    text = (
        "Senator Ann Lee slammed the Velmo pipeline on Monday. Governor Tom Kim did not reject the criticism."
    )
    assert held_on(analysed_stances(text), "pipeline") == {("Ann Lee", -1)}


def test_answers_only_nouns_of_a_reaction_said_stand_for_one():
    signs = load().reaction_noun
    assert signs["criticism"] == -1 and signs["praise"] == 1
    assert "decision" not in signs and "critic" not in signs and "passage" not in signs
