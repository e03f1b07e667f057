"""Sanctions of conduct: against the act punished, held by who imposed them."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.sanctions import find


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velmo League suspended Ben Otter for the next six games for striking a rival.",
            [(-1, "striking", "League")],
        ),
        ("Ben Otter was suspended by the Velmo League for striking a rival.", [(-1, "striking", "League")]),
        (
            "The Velmo League banned Ada Roos over her remarks about the referees.",
            [(-1, "remarks", "League")],
        ),
    ],
)
def test_sanctions_are_against_the_act_punished(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Velmo League suspended Ben Otter for the next six games.",  # a time, no act
        "The Velmo League did not suspend Ben Otter for striking a rival.",  # not done
        "The Velmo League could suspend Ben Otter for striking a rival.",  # hedged
    ],
)
def test_sanctions_none_without_an_act_punished(nlp, text):
    assert _held(nlp, text) == []


def test_sanctions_label_the_act_with_its_doer():
    from tests.stances.helpers import analysed_stances, held_on

    stances = analysed_stances("The Velmo League suspended Ben Otter for striking a rival.")
    assert held_on(stances, "striking") == {("Velmo League", -1)}


def test_sanctions_a_demanded_sanction_is_its_speakers_stance():
    from tests.stances.helpers import analysed_stances, held_on

    stances = analysed_stances('"The Velmo FA must ban Ben Otter over his part in the brawl," Bo Lind said.')
    assert held_on(stances, "part in the brawl") == {("Bo Lind", -1)}


def test_sanctions_a_sanction_foretold_takes_no_side(nlp):
    assert _held(nlp, "Ben Otter will be suspended for striking a rival.") == []


def test_sanctions_a_reported_sanction_to_come_is_nobodys_side():
    from tests.stances.helpers import analysed_stances

    stances = analysed_stances(
        "Bo Lind said the Velmo FA must ban Ben Otter over his part in the brawl. "
        "Reporter Ada Roos wrote that the Velmo FA will ban Otter over his part in the brawl."
    )
    assert {(actor, polarity) for actor, _, polarity in stances} == {("Bo Lind", -1)}
