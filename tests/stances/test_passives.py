"""A change demanded of a named thing in the passive is its speaker's side on that change."""

from __future__ import annotations

import pytest

from faultlines.stances.labels import action
from faultlines.stances.lexicon import load
from faultlines.stances.passives import act_in, start
from tests.stances.helpers import analysed_stances, word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The guild\'s voting rules should be simplified," said Ada Roos.',
            {("Ada Roos", "simplifying the guild's voting rules", 1)},
        ),
        (
            "Ada Roos agreed that the harbour board's rules should be simplified.",
            {("Ada Roos", "simplifying the harbour board's rules", 1)},
        ),
        (
            '"Ben Otter must be added to the rowing team," said Ada Roos.',
            {("Ada Roos", "adding Ben Otter to the rowing team", 1)},
        ),
        (
            "Ada Roos said the old ferry pier needs to be repaired.",
            {("Ada Roos", "repairing the old ferry pier", 1)},
        ),
        (
            '"The ferry pier must not be sold to developers," said Ada Roos.',
            {("Ada Roos", "selling the ferry pier to developers", -1)},
        ),
        (
            "Ada Roos does not think the ferry fees should be raised.",
            {("Ada Roos", "raising the ferry fees", -1)},
        ),
    ],
)
def test_passives_a_demanded_change_is_the_speakers_side_on_it(text, expected):
    assert analysed_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"It must be said that the ferry is late," said Ada Roos.',  # a placeholder
        '"The rowers should not be worried," said Ada Roos.',  # told how to feel
        '"The guild should be prepared," said Ada Roos.',  # a readiness
        '"This ruling should be regarded as a warning," said Ada Roos.',  # a judgement
        "Ada Roos said the rowers should be told about the ferry fares.",  # a saying
        '"The ferry fees may need to be raised," said Ada Roos.',  # a hedge
        "Ben Otter asked whether the ferry fees should be raised.",  # a question
        "Ada Roos explained why the ferry fees should be raised.",  # a question
        '"If the guild cannot be run, the guild should be broken up," said Ada Roos.',  # a condition
        "Ada Roos said the survey doesn't mean the ferry fees should be raised.",  # said by nobody
        '"Any new contract needs to be drafted by our lawyers," said Ada Roos.',  # any thing of a kind
        '"The history of the ferry has yet to be written," said Ada Roos.',  # not done so far
        '"The ferry line should be allowed to close," said Ada Roos.',  # the act is the infinitive's
    ],
)
def test_passives_no_side(text):
    assert analysed_stances(text) == set()


def test_passives_a_bare_noun_does_not_join_the_change_demanded_of_it():
    text = 'Ada Roos criticized the trials. "The trials must be added to the rowing programme," she said.'
    assert analysed_stances(text) == {
        ("Ada Roos", "trials", -1),
        ("Ada Roos", "adding the trials to the rowing programme", 1),
    }


def test_passives_a_passive_act_on_a_thing_is_named_as_done_to_it(nlp):
    doc = nlp("The guild's voting rules should be simplified soon.")
    verb = word(doc, "simplified")
    first = start(verb, load())
    assert first == 0
    assert act_in(doc, first, verb.i + 1) == verb
    assert action(doc, first, verb.i + 1) == "simplifying the guild's voting rules"


def test_passives_an_infinitive_asked_for_is_no_thing_named(nlp):
    doc = nlp("The coach urged the club for Ben Otter to be sent to the clinic.")
    assert start(word(doc, "sent"), load()) is None
