"""Attitude verbs: the side a verb takes on its object."""

from __future__ import annotations

from faultlines.stances import attitudes
from faultlines.stances.lexicon import load


def _read(nlp, text, verb):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    return [(e.polarity, doc[e.topic].text) for e in attitudes.read(tok, load())]


def test_attitudes_each_object_joined_to_the_verb_gets_the_side(nlp):
    assert _read(nlp, "Ada Lark called for more buses and an end to the fares.", "called") == [
        (1, "buses"),
        (-1, "fares"),
    ]


def test_attitudes_a_negated_attitude_takes_the_other_side(nlp):
    assert _read(nlp, "The union does not oppose the ferry levy.", "oppose") == [(1, "levy")]


def test_attitudes_ordering_things_buys_them_ordering_an_act_commands_it(nlp):
    assert _read(nlp, "Ada Moss ordered another set of lab samples from the supplier.", "ordered") == []
    assert _read(nlp, "Mayor Ada Moss ordered the closure of the port.", "ordered") == [(1, "closure")]


def test_attitudes_a_relative_clause_takes_a_side_on_its_noun_only_where_the_noun_is_acted_on(nlp):
    assert _read(nlp, "It is a harbour plan that the union will not back.", "back") == [(-1, "plan")]
    # the relative pronoun is the doer: the company filed for nothing it is named by
    text = "Northwind Mining, the largest coal company, which filed for bankruptcy in April, is silent."
    assert _read(nlp, text, "filed") == []
