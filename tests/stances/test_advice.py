"""Advice to the reader is counsel, not a stance; an action someone named is to do stays one."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances


@pytest.mark.parametrize(
    "text",
    [
        "It pays to watch your grocery budget every week, says planner Tom Sabo.",
        "Tom Sabo suggests having 30 times your annual expenses saved before you quit.",
        "Tom Sabo encourages renting out your spare room to widen your earnings.",
        "For best results, Lina Perk recommends wiring your router up to a cable.",
        '"It\'s wise to log your receipts in a notebook each month," said Tom Sabo.',
    ],
)
def test_advice_to_the_reader_is_no_stance(text):
    assert analysed_stances(text) == set()


@pytest.mark.parametrize(
    ("text", "holder", "word"),
    [
        ("Ada Roos urged the Velmor council to protect your pensions.", "Ada Roos", "pensions"),
        ("Tom Sabo suggests raising taxes on the rich.", "Tom Sabo", "taxes"),
        ("Ada Roos wants to repeal the Harbor Act.", "Ada Roos", "harbor act"),
    ],
)
def test_advice_an_action_asked_of_someone_stays_a_stance(text, holder, word):
    assert any(h == holder and word in label.lower() for h, label, _ in analysed_stances(text))
