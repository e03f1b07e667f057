"""Attitude objects that are not a plain noun: a gerund, someone told to act."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    """The stances whose holder is named in the sentence: polarity, topic word, holder word."""
    doc = nlp(text)
    return [
        (e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load()) if e.agent is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos opposed building the ferry terminal.", [(-1, "terminal", "Roos")]),
        ("Mayor Bo Lind proposes scrapping the harbour toll.", [(-1, "toll", "Lind")]),
        ("Mayor Bo Lind supports raising the ferry fares.", [(1, "raising", "Lind")]),
    ],
)
def test_objects_a_gerund_complement_is_the_thing_judged(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_objects_a_gerund_that_acts_on_nothing_takes_no_side(nlp):
    assert _held(nlp, "The clerks could not resist grumbling that the ferry ran late.") == []


@pytest.mark.parametrize("verb", ["ordered", "told", "urged"])
def test_objects_someone_told_to_act_is_the_doer_not_the_topic(nlp, verb):
    assert _held(nlp, f"Judge Ada Roos {verb} the port authority to release the ferry contracts.") == [
        (1, "contracts", "Roos")
    ]


def test_objects_a_thing_before_a_purpose_is_no_one_told_to_act(nlp):
    # "advocate" is no verb of will: its object stays the thing backed, whatever "to" follows
    assert (1, "series", "Roos") in _held(nlp, "Ada Roos advocates a series of rules to end the ferry levy.")
