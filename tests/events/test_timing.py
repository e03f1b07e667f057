from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master is stepping down in March 2031.",
        "The minister is meeting the envoy on March 3.",
        "Velmor is holding talks with the union next month.",
    ],
)
def test_timing_a_present_progressive_placed_at_a_time_is_arranged_not_done(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master is stepping down.",
        "The minister is meeting the envoy today.",
        "The minister is meeting the envoy Friday evening.",
        "The dockers are protesting the cuts every Monday.",
    ],
)
def test_timing_a_present_progressive_now_or_again_is_going_on(nlp, text):
    assert happened(nlp, text) != []
