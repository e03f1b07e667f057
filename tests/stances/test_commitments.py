"""Deals, orders and rescues one commits to: the doer's stance for them."""

from __future__ import annotations

import pytest

from faultlines.stances.commitments import find
from faultlines.stances.lexicon import load


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skyline Air finalized a deal to buy 30 Tarvo jets.", [(1, "buy", "Air")]),
        ("Skyline Air placed an order for 40 Tarvo planes.", [(1, "order", "Air")]),
        ("Brightbank committed to a $2 billion lifeline for the smelter.", [(1, "lifeline", "Brightbank")]),
    ],
)
def test_commitments_a_deal_closed_is_backed(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Skyline Air hopes that a deal can be reached soon.",  # only hoped for
        "Skyline Air has not reached a deal with Tarvo.",  # not done
        "Aides would like to see Velmora agree to a deal on grain.",  # wished
        "Skyline Air announced a profit on Monday.",  # no deal
    ],
)
def test_commitments_none_for_deals_not_closed(nlp, text):
    assert _held(nlp, text) == []


def test_commitments_a_dateline_is_not_the_doer(nlp):
    found = _held(
        nlp,
        "VELMO CITY, Velmora — Velmo's flagship carrier Skyline Air finalized a deal to buy 30 of "
        "Tarvo's jets, executives said.",
    )
    assert [p for p, _, _ in found] == [1]
    assert found[0][2] in ("carrier", "Air")


def test_commitments_the_deal_is_held_by_the_named_carrier():
    from tests.stances.helpers import analysed_stances, held_on

    stances = analysed_stances(
        "VELMO CITY, Velmora — Velmo's flagship carrier Skyline Air finalized a deal to buy 30 of "
        "Tarvo's jets, executives said."
    )
    assert held_on(stances, "jets") == {("Skyline Air", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brightbank committed $2 billion to rescue the Tarvo smelter.", [(1, "rescue", "Brightbank")]),
        (
            "The Velmo government pledged $2 billion to rebuild the ferry port.",
            [(1, "rebuild", "government")],
        ),
    ],
)
def test_commitments_an_amount_committed_to_an_act_backs_the_act(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velmo Telecom committed $1 billion to expand its ferry network.",
        "Brightbank could commit $2 billion to rescue the Tarvo smelter.",
        "Brightbank did not commit $2 billion to rescue the Tarvo smelter.",
    ],
)
def test_commitments_an_amount_for_ones_own_affair_or_not_committed_takes_no_side(nlp, text):
    assert _held(nlp, text) == []
