"""Custody told without a verb of arrest: a person held at a prison or by captors, or moved out by
police; holding a meeting, holding someone accountable or a name dragged in the mud is none."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg is being held at the Marlow jail.",
        "Tomas Berg has been held without charge since May.",
        "Two aid workers had been held by the rebels since 2016.",
        "The inmates who were held there were freed in May.",
        "Tomas Berg was dragged out by Ruritanian police.",
        "Police dragged Tomas Berg out of the embassy.",
        "Tomas Berg was escorted out of the building by security.",
        "Ruritanian police held the two dock workers overnight.",
        "The border agency has been holding migrants for weeks.",
    ],
)
def test_custody_a_person_held_or_moved_out_by_force(nlp, text):
    assert "COERCE" in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg was held up in traffic.",
        "The ceremony was held at Marlow prison.",
        "Ada Roos is held in high regard by her staff.",
        "Ruritania is held to the same rules as its neighbours.",
        "Ada Roos said her good name was dragged through the mud.",
        "The boy was dragged out of the pool by his father.",
        "The regulator removed the fee.",
        "Ada Roos held her child in her arms.",
        "Police held the marchers back at the bridge.",
    ],
)
def test_custody_no_one_held_or_moved_by_force(nlp, text):
    assert "COERCE" not in happened(nlp, text)
