"""A question why something is not done is a stance for doing it."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.reproaches import find


def _reproached(nlp, text: str) -> list[tuple[int, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    "text",
    [
        "Why won't the mayor publish the ferry audit?",
        "Why does the board still refuse to publish the ferry audit?",
        "So why didn't the board publish the ferry audit?",
        # the question mark may hang on the cue before the quote, not on the verb asked about
        'Lee asked: "Why won\'t the mayor publish the ferry audit?"',
    ],
)
def test_reproaches_why_a_thing_is_left_undone_is_for_it(nlp, text):
    assert _reproached(nlp, text) == [(1, "audit")]


def test_reproaches_why_not_undo_a_thing_is_against_it(nlp):
    assert _reproached(nlp, "Why won't the council repeal the ferry levy?") == [(-1, "levy")]


@pytest.mark.parametrize(
    "text",
    [
        "Why did the mayor close the ferry library?",
        "She asked why the mayor had not published the ferry audit.",
        "Why won't the mayor talk about it?",
        "Did Lee ask why the mayor won't publish the ferry audit?",  # a question about the asking
    ],
)
def test_reproaches_a_plain_or_reported_question_takes_no_side(nlp, text):
    assert _reproached(nlp, text) == []


def test_reproaches_the_asker_holds_the_stance(nlp):
    from faultlines.pipeline import analyze

    analysis = analyze('"Why won\'t the mayor publish the ferry audit?" Ada Roos asked.')
    names = {a.id: a.name for a in analysis.actors}
    assert [(names[s.actor], s.polarity) for s in analysis.stances] == [("Ada Roos", 1)]
