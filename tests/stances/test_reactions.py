"""The doer's side on an act a named speaker's quote reacts to: the two make a dispute."""

from __future__ import annotations

import pytest

from faultlines.pipeline import analyze
from tests.stances.helpers import analysed_stances


def _sides(text: str) -> list[set[str]]:
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [{names[a] for side in d.sides for a in side} for d in analysis.disputes]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            'The Lindqvist Party renamed its campaign account. "This is a disgrace," said Ada Roos.',
            "Lindqvist Party",
        ),
        ('Mayor Piet Lee has dropped the ferry inquiry. "It is a disgrace," Ada Roos said.', "Piet Lee"),
        ('The ferry inquiry was dropped by Mayor Piet Lee. "It is a disgrace," Ada Roos said.', "Piet Lee"),
        (
            'Velmor Rail announced it would sell the tram depot. "It is a disgrace," said Ada Roos.',
            "Velmor Rail",
        ),
        (
            'The Lindqvist Party renamed its campaign account. "The move is reckless," said Ada Roos.',
            "Lindqvist Party",
        ),
        # the act summed up by a noun after a comma, and the act the quote was said after
        (
            "The Lindqvist Party renamed its campaign account, a move that drew swift criticism. "
            '"It is a disgrace," said Ada Roos.',
            "Lindqvist Party",
        ),
        (
            '"It is a disgrace," Ada Roos said after the Lindqvist Party renamed its campaign account.',
            "Lindqvist Party",
        ),
        (
            'Mayor Piet Lee has dropped the ferry inquiry. "This decision is a disgrace," Ada Roos said.',
            "Piet Lee",
        ),
        (
            'The Lindqvist Party renamed its campaign account. The news broke late. "It is a disgrace," said Ada Roos.',
            "Lindqvist Party",
        ),
    ],
)
def test_reactions_a_reaction_against_an_act_told_is_a_dispute_with_its_doer(text, doer):
    assert _sides(text) == [{doer, "Ada Roos"}]


@pytest.mark.parametrize(
    ("text", "doer", "thing"),
    [
        (
            'Mayor Piet Lee dropped the ferry inquiry. "It is a disgrace," Ada Roos said.',
            "Piet Lee",
            "ferry inquiry",
        ),
        (
            'Velmor pulled out of the river treaty. "It is a disgrace," Ada Roos said.',
            "Velmor",
            "river treaty",
        ),
        (
            'Velmor Rail decided to scrap the tram levy. "It is a disgrace," Ada Roos said.',
            "Velmor Rail",
            "tram levy",
        ),
    ],
)
def test_reactions_a_reaction_to_an_undoing_takes_the_side_of_what_was_undone(text, doer, thing):
    assert analysed_stances(text) == {(doer, thing, -1), ("Ada Roos", thing, 1)}


def test_reactions_an_act_on_a_thing_named_after_a_preposition_is_the_act_judged():
    stances = analysed_stances('Velmor withdrew from the river treaty. "It is a disgrace," Ada Roos said.')
    assert stances == {
        ("Velmor", "withdrawing from the river treaty", 1),
        ("Ada Roos", "withdrawing from the river treaty", -1),
    }


def test_reactions_an_act_is_labelled_as_an_action():
    stances = analysed_stances(
        'The Lindqvist Party renamed its campaign account. "It is a disgrace," said Ada Roos.'
    )
    # "its" is the party's, named as "her" would be
    assert stances == {
        ("Lindqvist Party", "renaming Lindqvist Party's campaign account", 1),
        ("Ada Roos", "renaming Lindqvist Party's campaign account", -1),
    }


def test_reactions_praise_of_an_act_is_no_dispute():
    text = 'The Lindqvist Party renamed its campaign account. "It was a wise choice," said Ada Roos.'
    assert _sides(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # another speaker's words between: the reaction may be to them
        'The Lindqvist Party renamed its campaign account. "We had no warning," said Piet Lee. '
        '"It is a disgrace," said Ada Roos.',
        # the speaker named another thing first
        'The Lindqvist Party renamed its campaign account. "The new parking fee is the real scandal. '
        'It is a disgrace," said Ada Roos.',
        # an act no one named did
        'The campaign account was renamed overnight. "It is a disgrace," said Ada Roos.',
    ],
)
def test_reactions_no_doer_side_where_the_quote_reacts_to_something_else(text):
    stances = analysed_stances(text)
    assert not {s for s in stances if s[0] == "Lindqvist Party"}
    assert not {s for s in stances if "renam" in s[1]}


def test_reactions_an_act_nobody_reacts_to_is_no_stance():
    assert analysed_stances("The Lindqvist Party renamed its campaign account on Monday.") == set()
