"""Whether two phrases sharing words name one thing."""

from __future__ import annotations

import pytest

from faultlines import analyze
from faultlines.stances import likeness
from faultlines.stances.expression import Expression
from faultlines.stances.keys import key
from faultlines.stances.likeness import core


def test_likeness_a_verb_phrase_names_its_thing_by_its_object(nlp):
    doc = nlp("She plans to remake the salmon trade into a cleaner industry.")
    verb = next(t for t in doc if t.lemma_ == "remake")
    expr = Expression(predicate=verb.i, polarity=1, topic=verb.i, phrase="vp")
    assert core(doc, expr, verb.i, len(doc) - 1) == key("the salmon trade")


def test_likeness_what_an_action_turns_its_object_into_is_not_its_thing():
    # the trust challenges the salmon industry, not the plan to remake the salmon trade
    text = (
        "Ada Roos said the deal had helped start her grand plan to remake the salmon trade into a cleaner "
        'industry.\n\n"These are odd times," said Tom Brill, a lawyer for the Velmor River Trust, which '
        "has been challenging the salmon industry over river pollution for years."
    )
    analysis = analyze(text)
    assert analysis.disputes == []


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("Ada Roos backs the new tariffs on steel.", "Piet Vos opposes the new tariffs on wheat.", False),
        ("Canada praised the Clean Rivers Act.", "Peru criticised the Clean Air Act.", False),
        ("Ada Roos backs the harbour plan.", "Piet Vos opposes the harbour plan.", True),
        ("Canada praised the Clean Rivers Act.", "Peru criticised the Rivers Act.", True),
    ],
)
def test_likeness_things_of_one_kind_told_apart_by_their_names_or_objects_make_no_dispute(first, second, one):
    assert bool(analyze(f"{first} {second}").disputes) is one


def test_likeness_an_act_named_by_its_verb_is_the_act_its_noun_names():
    # the second accusation names the intimidation by its noun, after a light verb: one topic
    text = (
        "Minister Ada Roos accused Velmora of intimidating the fishing villages. Later, Roos accused "
        "Velmora of using force and intimidation against the fishing villages."
    )
    analysis = analyze(text)
    assert len(analysis.stances) == 1 and analysis.stances[0].polarity == -1


def _one_word_and_fuller(pointed: bool) -> dict[int, int]:
    """A one-word phrase ("that assessment", tokens 4-6) and the only fuller phrase sharing its
    word, told after it (tokens 20-30)."""
    keys = [frozenset({"assess"}), frozenset({"assess", "architecture", "launch"})]
    spans = [(4, 6), (20, 30)]
    having = {"assess": [0, 1], "architecture": [1], "launch": [1]}
    return likeness.fuller(
        keys,
        keys,
        spans,
        [True, False],
        having,
        lambda i: i,
        ([None, None], [set(), set()]),
        [pointed, False],
    )


def test_likeness_a_phrase_pointed_back_at_joins_nothing_told_after_it():
    assert _one_word_and_fuller(pointed=True) == {}
    # a bare one may still join what is told after it ("the assessment" of a report named later)
    assert _one_word_and_fuller(pointed=False) == {0: 1}
