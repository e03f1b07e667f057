"""Stances told through hopes for what a thing will bring about."""

from __future__ import annotations

import pytest

from faultlines.stances.hopes import find
from faultlines.stances.lexicon import load
from tests.stances.helpers import analysed_stances, held_on


def _hoped(nlp, text: str) -> list[tuple[int, str, str | None]]:
    doc = nlp(text)
    return [
        (e.polarity, doc[e.topic].text, doc[e.agent].text if e.agent is not None else None)
        for e in find(doc, load())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ada Roos hoped the truce might pave the way for new talks between Velmor and Castavia.",
            [(1, "truce", "Roos"), (1, "talks", "Roos")],
        ),
        ("Velmor and Castavia say they are hopeful the truce will end the war.", [(1, "truce", "they")]),
        ('"The release of the sailors gives us hope," Ada Roos said.', [(1, "release", None)]),
        ("Tim Vell said he hoped the harbour talks would collapse.", [(-1, "talks", "he")]),
    ],
)
def test_hopes_a_hope_of_a_thing_is_for_it(nlp, text, expected):
    assert _hoped(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tim Vell said Ada Roos hopes that her deputy will fight for the harbour levy.",  # a person
        "Ada Roos is hoping that states will allow the levy.",  # those who act, not a thing
        "Tim Vell said he hopes the harbour plan is ready.",  # a state of the plan
        "Tim Vell hopes the government will back the plan.",  # a body acting
        "Tim Vell hopes the board will back the plan.",  # a board is a body too
    ],
)
def test_hopes_no_side_on_people_bodies_or_states(nlp, text):
    assert _hoped(nlp, text) == []


def test_hopes_give_the_hoper_a_stance_on_the_thing(nlp):
    stances = analysed_stances("Senator Ada Roos hoped the ceasefire might pave the way for new talks.")
    assert held_on(stances, "ceasefire") == {("Ada Roos", 1)}
