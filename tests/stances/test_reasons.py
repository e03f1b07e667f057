"""The act an attitude verb blames or praises its object for."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_of, held_on


def test_reasons_blamed_for_an_act_is_against_the_act(nlp):
    held = held_of(nlp, "Ada Roos criticized the mayor for closing the ferry library.")
    assert (-1, "closing", "Roos") in held
    assert (-1, "mayor", "Roos") in held


@pytest.mark.parametrize("undone", ["not releasing", "failing to release", "refusing to release"])
def test_reasons_blamed_for_an_act_left_undone_is_for_the_act(nlp, undone):
    held = held_of(nlp, f"Ada Roos blasted the harbour board for {undone} the ferry audit.")
    assert (1, "audit", "Roos") in held


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos criticized Carl Banks for closing and selling the ferry library.",
        "Ada Roos criticized harbour officer Carl Banks for shooting and killing Mark Tate, a local teacher.",
    ],
)
def test_reasons_two_acts_sharing_one_object_are_the_act_blamed(nlp, text):
    blamed = held_on(analysed_stances(text), "and")
    assert blamed == {("Ada Roos", -1), ("Carl Banks", 1)}


def test_reasons_thanked_for_an_act_is_for_it(nlp):
    assert (1, "backing", "Roos") in held_of(nlp, "Ada Roos thanked the mayor for backing the ferry levy.")


def test_reasons_a_penalty_imposed_for_an_act_is_against_the_act(nlp):
    held = held_of(nlp, "The Ferry Commission imposed a record fine for cheating its passengers.")
    assert (-1, "cheating", "Commission") in held
    assert (1, "cheating", "Commission") not in held


def test_reasons_an_act_on_nothing_takes_no_side(nlp):
    assert held_of(nlp, "Ada Roos criticized the mayor for being late.") == [(-1, "mayor", "Roos")]


def test_reasons_for_as_the_verbs_own_preposition_is_no_reason(nlp):
    assert held_of(nlp, "Ada Roos called for closing the ferry library.") == [(1, "closing", "Roos")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos attacked Kim Lee over the toll plan.",
        "Ada Roos slammed Kim Lee for the toll plan.",
    ],
)
def test_reasons_a_person_judged_over_a_plan_is_judged_with_it(nlp, text):
    assert (-1, "plan", "Roos") in held_of(nlp, text)


def test_reasons_the_matter_of_an_attack_takes_no_side(nlp):
    held = held_of(nlp, "Ada Roos attacked Kim Lee on immigration.")
    assert all(topic != "immigration" for _, topic, _ in held)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos criticized Kim Lee over his plan to close the ferry route.", (-1, "close", "Roos")),
        ("Ada Roos faulted Kim Lee for his decision to close the ferry route.", (-1, "close", "Roos")),
        ("Ada Roos attacked Kim Lee over his refusal to release the audit.", (1, "audit", "Roos")),
    ],
)
def test_reasons_a_person_judged_over_a_will_to_act_is_judged_on_the_act(nlp, text, expected):
    assert expected in held_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "owner", "thing"),
    [
        ("The Ferry Board sued Velmor Corp. over its drilling program.", "Velmor", "program"),
        (
            "The Harbour Authority attacked the Dock Workers Union over its new port rules.",
            "Dock Workers Union",
            "rules",
        ),
        ("The Ferry Board fined Velmor Corp. for its plan to dump waste in the bay.", "Velmor", "dump"),
    ],
)
def test_reasons_its_thing_a_body_is_judged_over_by_another_body_is_the_judged_one_s(nlp, text, owner, thing):
    # two bodies before "its": the one judged over the thing made it and stands by it
    assert (owner, 1) in held_on(analysed_stances(text), thing)
