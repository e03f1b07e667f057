"""Seeking care, a job or an office for oneself asks no one (events/services.py)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two fishermen sought treatment at the harbour clinic on Friday.", []),
        ("Ada Roos is seeking work at the port after the mill closed.", []),
        ("The mayor sought help from the government of Ruritania after the flood.", ["REQUEST"]),
    ],
)
def test_services_seeking_care_or_a_job_for_oneself_is_no_request(nlp, text, expected):
    assert happened(nlp, text) == expected
