"""What a word names for the events layer: someone, or a thing no act is done by."""

from __future__ import annotations

from faultlines.events import kinds
from faultlines.events.lexicon import load


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_kinds_people_counted_are_someone_an_amount_is_not(nlp):
    doc = nlp("The raid killed thousands of protesters and cost millions of dollars.")
    assert kinds.someone(_word(doc, "thousands"), load())
    assert not kinds.someone(_word(doc, "millions"), load())


def test_kinds_an_abstraction_is_a_thing_a_role_is_not(nlp):
    doc = nlp("Tensions rose as the minister spoke.")
    assert kinds.a_thing(_word(doc, "Tensions"), load())
    assert not kinds.a_thing(_word(doc, "minister"), load())
