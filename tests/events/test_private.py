"""Private life is no event: the writer's own acts, and peaceable acts towards one's family or
friends (events/private.py)."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Analysis


def types(nlp, text: str) -> list[str]:
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    return [e.type for e in analysis.events]


@pytest.mark.parametrize(
    "text",
    [
        "Last spring I asked my neighbour Ada Roos to help me paint the shed.",
        "In this review we are examining the new harbour ferry app.",
    ],
)
def test_private_the_writers_own_first_person_is_no_actor(nlp, text):
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"We urged the council to reopen the harbour," the union said.',
        'We urged the council to reopen the harbour."',
    ],
)
def test_private_a_quoted_first_person_is_a_speaker_and_still_acts(nlp, text):
    assert types(nlp, text) == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos called a very old friend of hers in the harbour town.",
        "Ada Roos apologised to her family on Sunday.",
        "The mayor thanked his wife and his children for their support.",
    ],
)
def test_private_peaceable_acts_towards_ones_own_kin_are_private(nlp, text):
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested her brother at the border.", "COERCE"),
        ("The minister met the families of the victims on Monday.", "CONSULT"),
    ],
)
def test_private_force_on_kin_and_meeting_others_families_are_still_events(nlp, text, expected):
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Tomas Berg visited his family doctor in March.", "Ada Roos met her editor at the paper's office."],
)
def test_private_meeting_ones_own_doctor_or_editor_is_private_life(nlp, text):
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos met the editors of the Vell daily on Monday.", "CONSULT"),
        ("Police arrested her lawyer at the border.", "COERCE"),
    ],
)
def test_private_meeting_others_editors_or_force_on_ones_lawyer_are_still_events(nlp, text, expected):
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Tomas Berg spoke with the man by telephone about his cough.",
        "Ada Roos visited a patient at the harbour clinic.",
        "Tomas Berg met a woman at the ferry terminal.",
    ],
)
def test_private_meeting_an_unnamed_private_person_is_private_life(nlp, text):
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister met a delegation of harbour workers.",
        "The chief negotiator talked with the kidnappers by phone.",
        "Ada Roos met the mayor at the ferry terminal.",
    ],
)
def test_private_meeting_a_group_or_an_office_holder_is_still_consult(nlp, text):
    assert types(nlp, text) == ["CONSULT"]


def _analysed(text: str) -> list[str]:
    from faultlines.pipeline import analyze

    return [e.type for e in analyze(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos apologized for her tardiness and left the hall.",
        "Ada Roos apologized to the singer on the show.",
    ],
)
def test_private_a_private_persons_apology_to_no_named_party_is_no_concession(text):
    assert _analysed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway apologized for the border raid.",
        "The government apologized to the families of the victims.",
        "Mayor Tomas Berg apologized for his remarks.",
        "Ada Roos apologized to Tomas Berg.",
    ],
)
def test_private_an_apology_by_a_state_an_office_or_to_a_named_party_concedes(text):
    assert _analysed(text) == ["CONCEDE"]
