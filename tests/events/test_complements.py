"""The complement of a control verb and what the verb needs of it."""

from __future__ import annotations

import pytest

from faultlines.events import complements, lexicon
from tests.events.helpers import coded, happened


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
    assert comp is not None and complements.has_object(comp, lexicon.load())


@pytest.mark.parametrize(
    "text",
    [
        "The band is ready to win back its old fans.",
        "The new coupe looks ready to hit showrooms across the world.",
    ],
)
def test_complements_ready_to_do_something_to_a_thing_is_a_mood_not_an_offer(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is ready to pay compensation to the families.",
        "The rebels are willing to forgive Vale.",
    ],
)
def test_complements_ready_to_do_something_to_someone_or_a_measure_still_offers(nlp, text):
    assert "AGREE" in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fire brigade kept its crews ready to man the tankers.",
        "The harbour firm is preparing to cut 400 jobs.",
    ],
)
def test_complements_a_readiness_nobody_states_offers_nothing(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vell tells envoys it is willing to pull its troops out of Ruritania.",
        "The farmers' union announced its members were willing to forgive the governor.",
    ],
)
def test_complements_a_readiness_the_doer_states_is_still_an_offer(nlp, text):
    assert "AGREE" in happened(nlp, text)


def test_complements_ready_to_fight_a_charge_is_a_figure_of_force_not_an_offer(nlp):
    assert happened(nlp, "Her lawyer said both pilots stand ready to fight those charges.") == []
    assert "AGREE" in happened(nlp, "Ruritania said it stands ready to support the talks.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels never succeeded in capturing the town.",
        "The rebels did not manage to capture the town.",
    ],
)
def test_complements_an_act_one_did_not_achieve_did_not_happen(nlp, text):
    assert happened(nlp, text) == []


def test_complements_an_act_one_achieved_happened(nlp):
    assert happened(nlp, "The rebels succeeded in capturing the town.") == ["ASSAULT"]


def test_complements_a_gerund_after_in_is_what_was_achieved_not_what_was_offered(nlp):
    doc = nlp("The mayor offered aid in rebuilding the town.")
    offered = next(t for t in doc if t.lemma_ == "offer")
    assert complements.complement(offered, "AGREE") is None


@pytest.mark.parametrize(
    "text",
    [
        "The mayor pleaded with the governor to release the funds.",
        "The families appealed to police to release the records.",
        "The crowd was pleading with the guards not to fire.",
    ],
)
def test_complements_a_plea_with_someone_to_act_asks_them(nlp, text):
    plea = next(t for t in nlp(text) if t.lemma_ in ("plead", "appeal"))
    comp = complements.complement(plea, "REQUEST")
    assert comp is not None and comp.lemma_ in ("release", "fire")
    assert [e.type for e in coded(nlp, text)] == ["REQUEST"]


def test_complements_a_purpose_after_a_fronted_with_is_no_plea(nlp):
    text = "With the lights out, the crews have been pressing the pumps to clear the water."
    pressed = _verb(nlp, text, "press")
    assert complements.complement(pressed, "REQUEST") is None
