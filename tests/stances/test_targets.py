"""Judged for what they did: the judge takes the verb's side, the doer stands by the deed."""

from __future__ import annotations

from faultlines.stances.lexicon import load
from faultlines.stances.targets import find


def _read(nlp, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [(doc[e.agent].text, e.polarity, doc[e.topic].text) for e in find(doc, load())]


def test_targets_criticised_for_a_deed(nlp):
    found = _read(nlp, "Ivo Marsh criticised Dana Pell for closing the harbour office.")
    assert found == [("Marsh", -1, "closing"), ("Pell", 1, "closing")]


def test_targets_criticised_for_not_acting(nlp):
    found = _read(nlp, "Ivo Marsh criticised Dana Pell for not releasing the audit.")
    assert ("Pell", -1, "audit") in found and ("Marsh", 1, "audit") in found


def test_targets_praised_for_a_deed(nlp):
    found = _read(nlp, "Ivo Marsh thanked Dana Pell for backing the harbour levy.")
    assert found == [("Marsh", 1, "backing"), ("Pell", 1, "backing")]


def test_targets_wrongdoing_named_by_a_noun_gives_the_doer_no_side(nlp):
    assert _read(nlp, "The council condemned Vesta for its abuses.") == []
