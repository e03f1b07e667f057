from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "At the March 4 cabinet meeting, Ada Reis said the ferry levy would stay.",
        "Ada Reis spoke at the cabinet's emergency meeting.",
        "The Ostran Cabinet met on Sunday to weigh the port levy.",
        "The board met on Tuesday to review the budget.",
    ],
)
def test_sessions_a_body_sitting_by_itself_meets_no_one(nlp, text):
    assert "CONSULT" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The board met the dockers' union on Tuesday.",
        "The cabinet met with the Ostran envoys.",
        "A cabinet meeting with the Ostran envoys was held on Monday.",
        "The cabinets of Velmor and Ostra met on Sunday.",
        "Velmor's meeting with Ostra ended on Friday.",
    ],
)
def test_sessions_a_meeting_with_someone_or_between_several_still_meets(nlp, text):
    assert "CONSULT" in happened(nlp, text)
