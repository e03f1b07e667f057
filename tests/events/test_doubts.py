"""Doubt cast on what someone did is criticism; questioning a person or whether is none (events/doubts.py)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos and two other members questioned Vestia's approach to the tender.",
        "Tomas Berg doubted aloud and questioned the sense of buying the ferry.",
        "Tomas Berg has questioned the point of a second ballot.",
        "He and two colleagues questioned Vestia's plan that, as they see it, wastes money.",
    ],
)
def test_doubts_questioning_what_someone_did_criticises(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The nurse questioned the patient about her diet.",
        "Tomas Berg questioned whether the plan would work.",
        "Nobody will question the mayor's motives, Ada Roos said.",
        "The Greens have been trying to question some of the witnesses.",
        "The trolls wanted to get voters to question the count in Portwell.",
    ],
)
def test_doubts_questioning_a_person_or_whether_is_no_criticism(nlp, text):
    assert happened(nlp, text) == []
