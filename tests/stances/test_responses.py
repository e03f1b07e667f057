"""What a step taken is aimed at."""

from __future__ import annotations

from tests.stances.helpers import analysed_stances, held_on


def test_responses_action_taken_against_a_thing_is_against_it():
    stances = analysed_stances("Velmor Radio pledged to take firm action against the harbour levy.")
    assert held_on(stances, "levy") == {("Velmor Radio", -1)}


def test_responses_a_step_with_no_aim_names_nothing():
    assert analysed_stances("The Velmor council vowed to take action.") == set()


def test_responses_a_step_to_show_something_names_nothing():
    text = "Velmor Radio pledged to take measures to show the mayor that the port matters."
    assert not held_on(analysed_stances(text), "show")
