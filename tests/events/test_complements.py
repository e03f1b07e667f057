"""The complement of a control verb and what the verb needs of it."""

from __future__ import annotations

from faultlines.events import complements


def _verb(nlp, text, lemma):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_complements_the_to_complement_of_an_urging_verb(nlp):
    urged = _verb(nlp, "The mayor urged the council to close the harbour.", "urge")
    comp = complements.complement(urged, "REQUEST")
    assert comp is not None and comp.lemma_ == "close"
    assert complements.addressee(urged, comp)


def test_complements_a_complement_done_to_something_has_an_object(nlp):
    ready = _verb(nlp, "Canada is ready to lift the ban.", "ready")
    comp = complements.complement(ready, "AGREE")
    assert comp is not None and complements.has_object(comp)
