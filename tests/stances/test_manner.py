"""Acts a speaker judges by the adverb of manner they tell them with (stances/manner.py)."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('"The council foolishly moved the ferry terminal inland," Ada Lind said.', -1),
        ('"The council wisely moved the ferry terminal inland," Ada Lind said.', 1),
    ],
)
def test_manner_the_adverb_a_speaker_tells_an_act_with_is_their_side_on_it(text, side):
    assert held_on(analysed_stances(text), "moving the ferry terminal") == {("Ada Lind", side)}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('"The Harbor Council foolishly scrapped the harbour levy," Ada Lind said.', 1),
        ('"The Harbor Council wisely scrapped the harbour levy," Ada Lind said.', -1),
    ],
)
def test_manner_an_act_judged_that_undoes_a_thing_is_a_side_on_the_thing_opposite_its_doers(text, side):
    # one frame for both sides: the doer's verb already reads the council as against the levy
    assert held_on(analysed_stances(text), "levy") == {("Ada Lind", side), ("Harbor Council", -1)}


def test_manner_the_named_doer_of_an_act_judged_stands_by_it():
    text = '"Mayor Tom Berg foolishly withdrew all of our ferries," Ada Lind said.'
    assert held_on(analysed_stances(text), "withdrawing") == {("Ada Lind", -1), ("Tom Berg", 1)}


@pytest.mark.parametrize(
    "text",
    [
        '"The council did not wisely spend the money," Ada Lind said.',  # denied
        '"If the council foolishly scraps the levy, we lose the ferry," Ada Lind said.',  # a condition
        "The council foolishly scrapped the harbour levy, and Ada Lind left the chamber.",  # narration
        '"The council badly wants to scrap the harbour levy," Ada Lind said.',  # degree, no judgement
    ],
)
def test_manner_no_judged_act_is_no_stance(text):
    assert not {s for s in analysed_stances(text) if s[0] == "Ada Lind"}
