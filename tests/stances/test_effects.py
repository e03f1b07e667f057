"""Quoted judgements of a thing by what it does, here by the state it leaves something in."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on

HEADLINE = "Borland council weighs a tram levy.\n\n"


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("The tram levy makes our town weaker", -1),
        ("The tram levy made the harbour safer", 1),
        ("The tram levy made him stronger", None),  # how a person fares is no side on the levy
        ("The tram levy makes it harder to shop", None),  # how hard a task is takes no side
        ("The tram levy would make the town poorer", -1),  # a measure judged by what it would do
        ("The tram levy could make the town poorer", None),  # left open
        ("The tram levy does not make the town poorer", None),  # a point granted, no side
    ],
)
def test_effects_a_thing_is_judged_by_the_state_it_leaves_something_in(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


def test_effects_a_general_noun_judged_by_what_it_leaves_opposes_one_praising_it(nlp):
    text = (
        "Borland weighs new tariffs on steel.\n\n"
        '"Tariffs, like any duty, make both sides poorer," said Lena Pratt. '
        '"Tariffs have strengthened our hand in the talks," said Dan Ferro.'
    )
    assert held_on(analysed_stances(text), "tariffs") == {("Lena Pratt", -1), ("Dan Ferro", 1)}
