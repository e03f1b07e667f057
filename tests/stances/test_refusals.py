"""Acts told done that stop or undo a thing: their doer's stance against it."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.refusals import find
from tests.stances.helpers import analysed_stances, held_on


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ada Marsh scuttled the harbour talks in May.", [(-1, "talks", "Marsh")]),
        ("The Velmo council has scrapped the port levy.", [(-1, "levy", "council")]),
        ("The harbour talks were called off by Ada Marsh.", [(-1, "talks", "Marsh")]),
        ("The Velmo council discontinued the ferry subsidy.", [(-1, "subsidy", "council")]),
        ("Northwind Energy terminated the supply contract in May.", [(-1, "contract", "Energy")]),
        ("Ada Marsh walked away from the harbour deal.", [(-1, "deal", "Marsh")]),
        ("The Velmo council axed the port levy.", [(-1, "levy", "council")]),
    ],
)
def test_refusals_a_thing_stopped_is_opposed(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Senator Bo Lind suspended his campaign in February.",  # one's own affair
        "The Velmo League suspended Ben Otter.",  # a person, no thing at stake
        "Ada Marsh did not scrap the port levy.",  # not done
        "Ada Marsh could scrap the port levy.",  # hedged
        "Aides hope to see Ada Marsh scrap the port levy.",  # wished, not told done
        "The storm halted the ferries.",  # nobody who can take a side
    ],
)
def test_refusals_none_for_own_affairs_people_or_acts_not_done(nlp, text):
    assert _held(nlp, text) == []


def test_refusals_a_when_clause_tells_the_time_of_the_act(nlp):
    found = _held(nlp, "The two sides were close to a deal when Ada Marsh scuttled the talks.")
    assert found == [(-1, "talks", "Marsh")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora banned single-use plastic bags in May.", [(-1, "bags", "Velmora")]),
        ("Northwind Energy has outlawed the sale of flavoured vapes.", [(-1, "sale", "Energy")]),
        (
            "Facial recognition in schools was prohibited by Velmora last year.",
            [(-1, "recognition", "Velmora")],
        ),
    ],
)
def test_refusals_a_practice_banned_is_opposed(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_refusals_a_ban_not_imposed_is_no_stance(nlp):
    assert _held(nlp, "Velmora did not ban single-use plastic bags.") == []


def test_refusals_a_noun_of_acts_stopped_stands_for_the_one_told_before():
    text = (
        "Mayor Ada Marsh unveiled a harbour plan on Monday. "
        "The Velmo Port Council scrapped the plan on Friday."
    )
    assert held_on(analysed_stances(text), "harbour plan") == {("Ada Marsh", 1), ("Velmo Port Council", -1)}
