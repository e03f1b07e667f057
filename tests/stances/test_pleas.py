"""Pleas of not guilty: the accused's stance against the charges."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.pleas import find
from tests.stances.helpers import analysed_stances, held_on


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos pleaded not guilty to charges of bribery in the port.", [(-1, "charges", "Roos")]),
        ("Ada Roos pleaded innocent to the charges against the port board.", [(-1, "charges", "Roos")]),
        ("Ada Roos pleaded not guilty to taking money from the harbour fund.", [(-1, "taking", "Roos")]),
    ],
)
def test_pleas_a_plea_of_not_guilty_opposes_what_it_is_made_to(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos pleaded guilty to charges of bribery in the port.",
        "Ada Roos pleaded with the council to keep the harbour open.",
        "Ada Roos pleaded not guilty on Tuesday.",
    ],
)
def test_pleas_an_admission_a_request_or_a_plea_to_nothing_named_takes_no_side(nlp, text):
    assert _held(nlp, text) == []


def test_pleas_a_bare_plea_answers_the_charges_named_before_it():
    text = (
        "Ada Roos is charged with three counts of rigging the port tender. The charges of rigging "
        "the tender carry a fine. Roos and Ben Kalt pleaded not guilty on Tuesday."
    )
    assert held_on(analysed_stances(text), "charges") == {("Ada Roos", -1), ("Ben Kalt", -1)}
