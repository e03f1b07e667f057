"""Acts told from the side of the one they are done to: criticism drawn, faced or got, and what
someone is under (fire, attack, investigation, arrest)."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Actor, Analysis, Span
from tests.events.helpers import happened


def _parties(nlp, text: str, actors: list[Actor]) -> list[tuple[str, str | None, str | None]]:
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    return [(e.type, e.source and e.source.actor, e.target and e.target.actor) for e in analysis.events]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Roos faced a backlash over the levy.",
        "Ada Roos encountered backlash for the campaign.",
        "Vestia Corp is getting criticism from its own shareholders.",
        "The Harbour Board has attracted the ire of fishermen over the closures.",
        "Ada Roos came under heavy criticism for the delays.",
        "Senator Ada Roos came under fire over the levy.",
        "Tomas Berg is under fire for the ferry contract.",
        "Tomas Berg, under fire over the ferry contract, spoke on Monday.",
        "Senator Ada Roos was under attack all week.",
        "Vestia Corp is under investigation by the regulator.",
        "His dealings with Tomas Berg are under investigation.",
    ],
)
def test_undergone_criticism_and_inquiry_accuse(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy came under fire from rebels.", ["ASSAULT"]),
        ("Tomas Berg is under house arrest in Portwell.", ["COERCE"]),
        ("Police placed Tomas Berg under arrest.", ["COERCE"]),
    ],
)
def test_undergone_force_and_arrest_stay_what_they_are(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the fire is under investigation.",
        "The old ferry rules are under attack again.",
        "Ada Roos did not draw criticism for the vote.",
        "Tomas Berg did not get an immunity deal.",
        "Fearing a backlash, the council delayed the vote.",
    ],
)
def test_undergone_nothing_when_no_one_is_under_it_or_it_did_not_happen(nlp, text):
    assert happened(nlp, text) == []


def test_undergone_the_one_under_fire_is_the_target(nlp):
    text = "Senator Ada Roos came under fire from Governor Tomas Berg over the levy."
    actors = [
        Actor("roos", "Ada Roos", "person", mentions=[Span(8, 16, "Ada Roos")]),
        Actor("berg", "Tomas Berg", "person", mentions=[Span(47, 57, "Tomas Berg")]),
    ]
    assert _parties(nlp, text, actors) == [("ACCUSE", "berg", "roos")]


@pytest.mark.parametrize(
    "text",
    [
        '"Ada has my full endorsement," Tomas Berg wrote.',
        "Ada Roos, with the backing of the Farmers Union, ran for mayor.",
        "With the endorsement of the Farmers Union, Ada Roos won the seat.",
    ],
)
def test_undergone_backing_given_by_name_supports(nlp, text):
    assert happened(nlp, text) == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Many assumed that Tomas Berg had the financial backing of Ada Roos.",
        "You will probably face some talks and maybe a quarrel.",
        "Her standing could be hurt with her endorsement of Tomas Berg.",
        "Ada Roos has 40 percent support.",
    ],
)
def test_undergone_having_or_with_names_no_backing_given(nlp, text):
    assert happened(nlp, text) == []
