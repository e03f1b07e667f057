"""One pass over a sentence: what a verbal act is about is not an act of its own."""

from __future__ import annotations

from tests.events.helpers import happened


def test_patterns_what_a_passive_accusation_is_about_is_no_act_of_its_own(nlp):
    text = "Ruiz stands accused by rivals of raising rents and of failing to crack down on smuggling at the wharf."
    assert happened(nlp, text) == ["ACCUSE"]


def test_patterns_a_prefixed_verb_the_model_does_not_know_is_coded(nlp):
    # the small model lemmatises "rearrested" as "rearreste", which the lexicon does not list
    assert happened(nlp, "Police rearrested the courier on Monday.") == ["COERCE"]
