"""Wrongs a named speaker lays at an actor's door with a fault-finding noun the actor owns."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances

HEADLINE = "Borduria tests a missile near the border.\n\n"


def test_wrongs_an_actors_provocation_is_the_speakers_stance_against_it(nlp):
    text = f'{HEADLINE}"Borduria\'s latest provocation cannot go unanswered," said Foreign Minister Ana Ruiz.'
    assert ("Ana Ruiz", "Borduria", -1) in analysed_stances(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Borduria\'s victory was deserved," said Foreign Minister Ana Ruiz.',  # an outcome, no fault
        '"If Borduria\'s blunder is repeated, we lose," said Foreign Minister Ana Ruiz.',  # a condition
        "Foreign Minister Ana Ruiz avoided condemning Borduria's invasion of the valley.",  # a bare name
    ],
)
def test_wrongs_no_fault_found_by_the_speaker_is_no_stance(nlp, text):
    assert not {s for s in analysed_stances(HEADLINE + text) if s[1] == "Borduria"}


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ada Lind spoke on Monday. "Ada Lind lied to this council about the audit," said Tom Ruiz.',
        'Mayor Ada Lind spoke on Monday. Tom Ruiz said Lind "lashed out at our firefighters when asked."',
        'Mayor Ada Lind spoke on Monday. "She smeared my deputy," said Tom Ruiz of Ada Lind.',
    ],
)
def test_wrongs_a_misdeed_told_of_an_actor_is_the_speakers_stance_against_them(nlp, text):
    assert ("Tom Ruiz", "Ada Lind", -1) in analysed_stances(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Ada Lind never lied to this council," said Tom Ruiz.',  # denied
        '"Ada Lind may lie to this council again," said Tom Ruiz.',  # only possible
        '"Ada Lind used the speech to mock the board," said Tom Ruiz.',  # a purpose, told by an ally
        '"Ada Lind lay in bed all week with the flu," said Tom Ruiz.',  # another "lie"
        "Ada Lind lashed out at the board, where Tom Ruiz sits.",  # the narrator's word, no one quoted
        '"Ada Lind criticised the plan," said Tom Ruiz.',  # a neutral verb tells Lind's side only
    ],
)
def test_wrongs_no_misdeed_told_is_no_stance_against_the_doer(nlp, text):
    assert not {s for s in analysed_stances(text) if s[0] == "Tom Ruiz" and s[1] == "Ada Lind"}
