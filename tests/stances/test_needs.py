"""A present need stated for a community is a case for the thing needed."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.needs import find
from tests.stances.helpers import analysed_stances, held_on


def _needs(nlp, text: str) -> list[tuple[int, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos argued that the country needs stronger harbour walls.", [(1, "walls")]),
        ('"We don\'t need a new harbour tax," Ada Roos said.', [(-1, "tax")]),
        ("Ada Roos said Vetland needs better ferry links.", [(1, "links")]),
        # the thing needed named after "what ... is"
        ('"What we need is a new ferry line," Ada Roos said.', [(1, "line")]),
        ("Ada Roos said that what the country does not need is a harbour tax.", [(-1, "tax")]),
    ],
)
def test_needs_a_communitys_need_is_a_case_for_it(nlp, text, expected):
    assert _needs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"She needs more votes," Ada Roos said.',  # a person's situation
        '"Skippers do not need a licence for short trips," Ada Roos said.',  # a rule for a class
        '"You will need a permit," Ada Roos said.',  # a forecast
        '"The team needed a new coach," Ada Roos said.',  # a past need
        '"The town needs a mayor," Ada Roos said.',  # a person needed
        '"We need change," Ada Roos said.',  # a general good
        '"Do shipowners truly need a huge harbour rebate?" Ada Roos asked.',  # doubted
    ],
)
def test_needs_no_side(nlp, text):
    assert _needs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos said the withdrawal of the harbour levy is a precondition for talks.", {("Ada Roos", -1)}),
        ("Ada Roos made the withdrawal of the levy a condition for any deal.", {("Ada Roos", -1)}),
        ("Ada Roos said the harbour levy must be part of any deal.", {("Ada Roos", 1)}),
        ("Ada Roos said the withdrawal of the harbour levy is not a precondition for talks.", set()),
        ("Ada Roos said the harbour levy is part of the deal.", set()),
    ],
)
def test_needs_a_requirement_set_is_for_what_it_requires(text, expected):
    assert held_on(analysed_stances(text), "levy") == expected


def test_needs_a_condition_of_health_takes_no_side():
    assert analysed_stances("Ada Roos said her heart condition is a worry.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"There is a need for more harbour oversight," said Ada Roos.', {("Ada Roos", 1)}),
        ('"There is no need for a new harbour tax," said Ada Roos.', {("Ada Roos", -1)}),
        ("Governor Ada Roos stressed the need to bolster the harbour defences.", {("Ada Roos", 1)}),
        ('"The figures show the need for harbour reform," said Ada Roos.', {("Ada Roos", 1)}),
        ('"We saw the need to do that," said Ada Roos of the harbour.', set()),
    ],
)
def test_needs_a_need_named_as_a_noun_is_its_staters_case(text, expected):
    assert held_on(analysed_stances(text), "harbour") == expected
