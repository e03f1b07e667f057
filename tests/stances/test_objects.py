"""Attitude objects that are not a plain noun: a gerund, someone told to act."""

from __future__ import annotations

import pytest

from tests.stances.helpers import held_of, stances_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos opposed building the ferry terminal.", [(-1, "terminal", "Roos")]),
        ("Mayor Bo Lind proposes scrapping the harbour toll.", [(-1, "toll", "Lind")]),
        ("Mayor Bo Lind supports raising the ferry fares.", [(1, "raising", "Lind")]),
    ],
)
def test_objects_a_gerund_complement_is_the_thing_judged(nlp, text, expected):
    assert held_of(nlp, text) == expected


def test_objects_a_gerund_that_acts_on_nothing_takes_no_side(nlp):
    assert held_of(nlp, "The clerks could not resist grumbling that the ferry ran late.") == []


@pytest.mark.parametrize("verb", ["ordered", "told", "urged"])
def test_objects_someone_told_to_act_is_the_doer_not_the_topic(nlp, verb):
    assert held_of(nlp, f"Judge Ada Roos {verb} the port authority to release the ferry contracts.") == [
        (1, "contracts", "Roos")
    ]


def test_objects_those_called_for_to_act_are_the_doers_not_the_topic(nlp):
    found = held_of(nlp, "Mayor Ada Roos called for harbour workers to wear safety vests.")
    assert (1, "workers", "Roos") not in found and (1, "wear", "Roos") in found


def test_objects_a_thing_called_for_to_undergo_an_act_is_not_backed(nlp):
    # the parse hangs the passive infinitive as an adverbial clause of "called"
    found = held_of(nlp, "Senator Marta Ruiz called for bonuses to be clawed back from the executives.")
    assert (1, "bonuses", "Ruiz") not in found


def test_objects_a_thing_before_a_purpose_is_no_one_told_to_act(nlp):
    # "advocate" is no verb of will: its object stays the thing backed, whatever "to" follows
    assert (1, "series", "Roos") in held_of(
        nlp, "Ada Roos advocates a series of rules to end the ferry levy."
    )


def test_objects_someone_told_to_act_with_a_bare_verb_is_the_doer(nlp):
    # the parse a tagger gives "demanding the mayor make a pledge" when it takes the mayor for the object
    from spacy.tokens import Doc

    from faultlines.stances.lexicon import load
    from faultlines.stances.objects import told_to_act

    words = ["Lind", "is", "demanding", "Roos", "make", "a", "pledge", "."]
    heads = [2, 2, 2, 2, 2, 6, 4, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "ccomp", "det", "dobj", "punct"]
    tags = ["NNP", "VBZ", "VBG", "NNP", "VBP", "DT", "NN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=[w.lower() for w in words])
    doc[2].lemma_ = "demand"
    assert told_to_act(doc[2], doc[3], load())
    assert not told_to_act(doc[2], doc[6], load())


def test_objects_urging_an_end_to_a_thing_is_against_it(nlp):
    assert ("urged", -1, "levy") in stances_of(nlp, "Norland urged a swift end to the harbour levy.")


def test_objects_people_urged_are_addressed_not_judged(nlp):
    assert stances_of(nlp, "Ada Roos urged voters, “Look what the council has done.”") == []
