"""Handles that spell a person's name name that person."""

from __future__ import annotations

from faultlines.actors import mentions


def _people(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.name) for m in mentions.find(nlp(text)) if m.kind == "person"]


def test_handles_a_handle_spelling_a_person_named_in_full_is_that_person(nlp):
    text = 'Mayor Ada Roos spoke on Monday. Piet Vale wrote: "Thank you, @AdaRoos, for the new pier!"'
    assert ("@AdaRoos", "Ada Roos") in _people(nlp, text)


def test_handles_a_handle_of_any_other_shape_or_an_unknown_name_is_no_one(nlp):
    text = 'Mayor Ada Roos spoke on Monday. Piet Vale wrote: "Thanks @ada_r and @HarborNewsDesk!"'
    assert not any(span.startswith("@") for span, _ in _people(nlp, text))
