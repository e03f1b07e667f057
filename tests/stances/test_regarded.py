"""Quoted namings of a thing as something ("described the levy as a disaster")."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on

LEAD = "Mayor Ada Roos spoke in Vesta on Monday. "


@pytest.mark.parametrize(
    "quote",
    [
        '"Her own record exposes her as a fraud," said Piet Vale, a council member.',
        '"I think voters will expose her for the fraud that she is," said Piet Vale, a council member.',
    ],
)
def test_regarded_a_factive_naming_is_the_speakers_whoever_does_it(quote):
    assert held_on(analysed_stances(LEAD + quote), "roos") == {("Piet Vale", -1)}


def test_regarded_for_after_a_verb_of_praise_gives_a_reason_and_names_nothing():
    quote = '"Voters praised her for the courage she showed," said Piet Vale, a council member.'
    assert held_on(analysed_stances(LEAD + quote), "courage") == set()
