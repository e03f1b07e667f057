"""Acts told in someone's words (events/sayings.py)."""

from __future__ import annotations

from faultlines.events import sayings


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


def test_sayings_the_verb_a_clause_is_reported_by(nlp):
    doc = nlp("Okafor said the mayor never paid the contractors.")
    assert sayings.reporting(_verb(doc, "pay")).lemma_ == "say"
    assert sayings.reporting(_verb(doc, "say")) is None


def test_sayings_a_speakers_own_act_to_come_is_threatened_when_said(nlp):
    doc = nlp('"We will destroy your army," the general told the envoy.')
    assert sayings.threatened_when_said(_verb(doc, "destroy")).lemma_ == "tell"


def test_sayings_what_someone_else_will_do_is_no_threat_made(nlp):
    doc = nlp("Officials said the army would strike the town next week.")
    assert sayings.threatened_when_said(_verb(doc, "strike")) is None


def test_sayings_a_that_clause_hung_on_the_one_told_is_reported_by_the_telling(nlp):
    doc = nlp("Okafor told a few thousand teachers that the mayor never paid the contractors.")
    assert sayings.reporting(_verb(doc, "pay")).lemma_ == "tell"
