"""Judgements stated through a verb of regarding and its "as" phrase."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.regards import find
from tests.stances.helpers import analysed_stances, held_on


def _judged(nlp, text: str) -> list[tuple[str, int, str, str]]:
    doc = nlp(text)
    return [
        (doc[e.predicate].text, e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ann Vega described the ferry levy as a costly mistake.", [("mistake", -1, "levy", "Vega")]),
        ("The mayor hailed the harbour deal as a victory.", [("victory", 1, "deal", "mayor")]),
        ("Bo Lind does not see the treaty as a threat.", [("threat", 1, "treaty", "Lind")]),
        (
            "Among its values is privacy, which the Vesta Company views as a fundamental right.",
            [("right", 1, "privacy", "Company")],
        ),
        # a bare adjective after "as", which the parse hangs on "as" as its modifier
        ('Ada Roos has described the harbour levy as "deeply unfair."', [("unfair", -1, "levy", "Roos")]),
        # an "as" the parse hangs inside a long object
        (
            "Ada Roos has described the idea that our navy is arming rebel crews as plainly absurd.",
            [("absurd", -1, "arming", "Roos")],
        ),
        # the act taken as something, a gerund parsed as the verb's complement
        ("Norland described closing the ferry line as reckless.", [("reckless", -1, "closing", "Norland")]),
        # what one cites as a priority or a failing is judged as one
        ("Ada Roos has often cited cheaper ferries as a top priority.", [("priority", 1, "ferries", "Roos")]),
    ],
)
def test_regards_the_as_phrase_judges_the_object(nlp, text, expected):
    assert _judged(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bo Lind could describe the treaty as a threat.",  # tentative: no side taken
        "The council must stop portraying the dockers as a threat.",  # what should be done, no view held
        "Bo Lind described the treaty as long.",  # no judgement in the "as" phrase
    ],
)
def test_regards_takes_no_side_without_a_stated_judgement(nlp, text):
    assert _judged(nlp, text) == []


def test_regards_a_description_beside_a_name_is_the_names():
    text = "Ada Roos, a career official who described the mayor's call as improper, testified on Tuesday."
    assert held_on(analysed_stances(text), "call") == {("Ada Roos", -1)}
