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
