"""A candidate act read off a verb: its doer and the one done to."""

from __future__ import annotations

from faultlines.events import candidate


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_candidate_a_pronoun_doer_of_a_reported_clause_brings_its_reporter(nlp):
    doc = nlp("Borduria says it will not sign the accord.")
    assert [t.text for t in candidate.sources_of(_word(doc, "sign"))] == ["it", "Borduria"]


def test_candidate_targets_run_from_the_object_to_what_the_object_names(nlp):
    doc = nlp("Vesta imposed sanctions on Borduria.")
    assert [t.text for t in candidate.targets_of(_word(doc, "imposed"))] == ["sanctions", "Borduria"]
