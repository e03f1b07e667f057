"""Wrongs a named speaker lays at an actor's door with a fault-finding noun the actor owns."""

from __future__ import annotations

import pytest

from faultlines import analyze

HEADLINE = "Borduria tests a missile near the border.\n\n"


def _stances(text: str) -> set[tuple[str, str, int]]:
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    labels = {t.id: t.label for t in analysis.topics}
    return {(names[s.actor], labels[s.topic], s.polarity) for s in analysis.stances}


def test_wrongs_an_actors_provocation_is_the_speakers_stance_against_it(nlp):
    text = f'{HEADLINE}"Borduria\'s latest provocation cannot go unanswered," said Foreign Minister Ana Ruiz.'
    assert ("Ana Ruiz", "Borduria", -1) in _stances(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Borduria\'s victory was deserved," said Foreign Minister Ana Ruiz.',  # an outcome, no fault
        '"If Borduria\'s blunder is repeated, we lose," said Foreign Minister Ana Ruiz.',  # a condition
        "Foreign Minister Ana Ruiz avoided condemning Borduria's invasion of the valley.",  # a bare name
    ],
)
def test_wrongs_no_fault_found_by_the_speaker_is_no_stance(nlp, text):
    assert not {s for s in _stances(HEADLINE + text) if s[1] == "Borduria"}
