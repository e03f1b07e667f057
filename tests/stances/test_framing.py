"""Framing nouns and what they are about."""

from __future__ import annotations

from faultlines.stances.framing import acting, framed


def test_framing_subject_of_a_probe_is_not_the_probe(nlp):
    doc = nlp(
        "The mayor was the subject of a harbour inquiry, and Kim rejected the prospect of a harbour inquiry."
    )
    subject, prospect = (t for t in doc if t.lower_ in ("subject", "prospect"))
    assert framed(subject) is None
    assert framed(prospect).text == "inquiry"


def test_framing_plural_talks_frame_nothing(nlp):
    doc = nlp("Kim rejected the talks on the harbour fleets.")
    assert framed(next(t for t in doc if t.lower_ == "talks")) is None


def test_framing_acting_finds_the_gerund_after_its_doer(nlp):
    doc = nlp("Lee backed the idea of the farmers running the water board.")
    assert acting(next(t for t in doc if t.lower_ == "farmers")).text == "running"
