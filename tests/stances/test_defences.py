"""Defences: the accused who deny any fault take the other side from their accuser."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on

ACCUSED = "Ada Roos accused Ben Kalt of hiding the ferry audit."


@pytest.mark.parametrize(
    "defence",
    [
        "Kalt denied any wrongdoing.",
        "Kalt again denied doing anything wrong.",
        "He has long denied being unfair to the staff.",
        "Kalt insisted he had done nothing wrong.",
        "Tom Vell said Kalt did nothing wrong.",
        "Tom Vell said Kalt did not do anything wrong.",
    ],
)
def test_defences_a_denied_fault_stands_by_the_act_charged(defence):
    stances = analysed_stances(f"{ACCUSED} {defence}")
    defender = "Tom Vell" if "Vell" in defence else "Ben Kalt"
    assert held_on(stances, "audit") == {("Ada Roos", -1), (defender, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Ben Kalt denied any wrongdoing.",  # no accusation to answer
        f"{ACCUSED} Tom Vell denied any wrongdoing.",  # not the one accused
        f"{ACCUSED} Kalt did not deny doing anything wrong.",
        f"{ACCUSED} Tom Vell said Roos did nothing wrong.",  # the accuser cleared, not the accused
        f"{ACCUSED} Tom Vell said Kalt did something wrong.",
    ],
)
def test_defences_no_accusation_against_the_one_cleared_takes_no_side(text):
    assert not {stance for stance in analysed_stances(text) if stance[2] == 1}


def test_defences_several_acts_charged_at_once_answer_the_last():
    text = "Ada Roos accused Ben Kalt of hiding the ferry audit and of selling the old pier. Kalt denied any wrongdoing."
    assert ("Ben Kalt", 1) in held_on(analysed_stances(text), "pier")


def test_defences_a_denied_fault_answers_every_charge_since_the_last_denial():
    text = (
        "Ada Roos accused Ben Kalt of hiding the ferry audit. She also accused Kalt of selling the "
        "harbour depot. Kalt denied any wrongdoing. Later, Roos accused Kalt of closing the pier office."
    )
    stances = analysed_stances(text)
    assert held_on(stances, "audit") == {("Ada Roos", -1), ("Ben Kalt", 1)}
    assert held_on(stances, "depot") == {("Ada Roos", -1), ("Ben Kalt", 1)}
    # a charge made after the denial is not answered by it
    assert held_on(stances, "office") == {("Ada Roos", -1)}
