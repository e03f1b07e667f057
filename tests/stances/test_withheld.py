"""Acts their doer is told not doing, a side only against others' calls for them."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.withheld import find
from tests.stances.helpers import analysed_stances, held_on


def _read(nlp, text: str) -> list[tuple[str, int, str, bool]]:
    doc = nlp(text)
    return [(doc[e.agent].text, e.polarity, doc[e.topic].text, e.owned) for e in find(doc, load())]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ada Roos has not released the ferry audit.",
        "Mayor Ada Roos is not releasing the ferry audit.",
        "Mayor Ada Roos did not publish the ferry audit.",
    ],
)
def test_withheld_an_act_told_not_done_is_its_doers_own_side_against_it(nlp, text):
    assert _read(nlp, text) == [("Roos", -1, "audit", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ada Roos must not release the ferry audit.",
        "Mayor Ada Roos may not release the ferry audit.",
        "Mayor Ada Roos has released the ferry audit.",
        "If Mayor Ada Roos does not release the ferry audit, the council will sue.",
    ],
)
def test_withheld_a_demand_a_hedge_a_condition_or_an_act_done_is_no_such_side(nlp, text):
    assert _read(nlp, text) == []


def test_withheld_counts_where_someone_else_calls_for_the_act():
    alone = analysed_stances("Mayor Ada Roos has not released her ferry audit.")
    assert held_on(alone, "audit") == set()
    text = (
        "Senator Ben Hale said Mayor Ada Roos should release her ferry audit. "
        "Mayor Ada Roos has not released her ferry audit."
    )
    assert held_on(analysed_stances(text), "audit") == {("Ben Hale", 1), ("Ada Roos", -1)}
