"""Leanings written into a word with a hyphenated prefix, held by what the word describes."""

from __future__ import annotations

import pytest

from faultlines.stances.leanings import find
from faultlines.stances.lexicon import load
from tests.stances.helpers import analysed_stances, held_on


def _read(nlp, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [(doc[e.agent].text, e.polarity, doc[e.topic].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pro-Vesta group Civic League raised $2 million.", [("League", 1, "Vesta")]),
        ("Mayor Ada Roos is anti-Vesta.", [("Roos", -1, "Vesta")]),
        ("Voters read Ada Roos's anti-Vesta remarks.", [("Roos", -1, "Vesta")]),
        ("It was the latest of several pro-Vesta moves by the Harbor Party.", [("Party", 1, "Vesta")]),
    ],
)
def test_leanings_a_prefixed_name_is_the_side_of_what_the_word_describes(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anti-Vesta protesters marched through the harbour.",  # a crowd told by its kind
        "The council launched an anti-drug campaign.",  # a cause, not a party
        "The party failed to curb anti-Semitism in its ranks.",  # one word for a hatred
        "Mayor Ada Roos is not anti-Vesta.",
        "The anti - Vesta vote was split.",  # no word joined by the hyphen
    ],
)
def test_leanings_a_group_by_kind_a_cause_a_denial_or_loose_hyphen_is_no_side(nlp, text):
    assert _read(nlp, text) == []


def test_leanings_the_one_said_to_lean_holds_the_side_in_the_analysis():
    stances = analysed_stances("Mayor Ada Roos, who spoke on Monday, is openly anti-Vesta.")
    assert held_on(stances, "vesta") == {("Ada Roos", -1)}
