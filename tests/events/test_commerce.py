"""Market dealings between firms and people are no PLOVER acts (events/commerce.py)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Foods agreed to lend the bakery $5 million last spring.",
        "Shops in the harbour town now take orders for a blue kettle.",
        "The label agreed to grant licences for the concert recordings.",
        "A steep discount was negotiated by the two retailers.",
    ],
)
def test_commerce_a_deal_in_money_or_goods_is_no_act(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government of Ruritania agreed to lend Borduria $2 billion.", ["AGREE"]),
        ("Ada Roos agreed to meet the harbour union on Monday.", ["AGREE"]),
    ],
)
def test_commerce_a_state_s_loan_and_a_promise_to_meet_stand(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_commerce_lobbying_for_lower_prices_or_asking_for_money_still_asks(nlp):
    assert happened(nlp, "The growers lobbied the council for lower water prices.") == ["REQUEST"]
    assert happened(nlp, "Ada Roos asked the council for money to fix the pier.") == ["REQUEST"]
