"""Stances named by a noun of will with its owner: pledges, threats, refusals."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.wills import find
from tests.stances.helpers import analysed_stances, held_on


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters cheered Ada Roos's pledge to scrap the port levy.", [(-1, "levy", "Roos")]),
        ("Bo Lind's refusal to release the harbour files angered voters.", [(-1, "files", "Lind")]),
        ("Bo Lind's push to build the dam stalled.", [(1, "dam", "Lind")]),
    ],
)
def test_wills_an_owned_will_is_its_owners_stance(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_wills_each_joined_action_is_willed(nlp):
    found = _held(
        nlp, "Mr. Lind's threats to close the port and slap a tariff on Vestan imports alarmed traders."
    )
    assert [(p, h) for p, _, h in found] == [(1, "Lind"), (1, "Lind")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos's refusal to comment surprised reporters.",  # saying something takes no side
        "Bo Lind's latest effort to bounce back fell flat.",  # acts on nothing
        "The pledge to scrap the port levy was popular.",  # nobody's
    ],
)
def test_wills_no_side_without_an_owner_or_a_thing_acted_on(nlp, text):
    assert _held(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos led the effort to scrap the port levy.", [(-1, "levy", "Roos")]),
        ("Bo Lind joined the push to build the dam.", [(1, "dam", "Lind")]),
        ("Bo Lind spearheaded the campaign to repeal the harbour toll.", [(-1, "toll", "Lind")]),
    ],
)
def test_wills_who_leads_or_joins_an_effort_holds_its_will(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_wills_an_effort_not_joined_is_nobodys(nlp):
    assert _held(nlp, "Bo Lind did not join the push to build the dam.") == []


def test_wills_an_effort_said_to_be_someones_counts_where_another_takes_a_side_on_it(nlp):
    assert (
        held_on(analysed_stances("Efforts by Bo Lind to close the harbour began in May."), "harbour") == set()
    )
    found = analysed_stances("Ada Roos criticised efforts by Bo Lind to close the harbour.")
    assert held_on(found, "harbour") == {("Ada Roos", -1), ("Bo Lind", 1)}


def test_wills_a_request_from_someone_is_their_will(nlp):
    found = _held(nlp, "The court turned down a request from the Velmor Guild to restore the ferry service.")
    assert found == [(1, "service", "Guild")]  # restoring the service is for the service


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmor has no plans to build the dam.", [(-1, "dam", "Velmor")]),
        ("The Velmor Board does not have any intention of selling the harbour.", [(-1, "selling", "Board")]),
    ],
)
def test_wills_having_no_plan_or_intention_refuses_the_action(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velmor has no plans to raise the fares.",  # a plan only names what comes next
        "Velmor has plans to build the dam.",  # a plan had is its maker's, read where others take sides
    ],
)
def test_wills_a_plan_had_states_no_will_of_its_own(nlp, text):
    assert _held(nlp, text) == []


def test_wills_a_rally_organised_to_protest_is_the_organisers_will(nlp):
    text = "Ada Roos organised a rally at the harbour to protest against the levy."
    assert _held(nlp, text) == [(-1, "levy", "Roos")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos took steps to block the merger.",
        "Ada Roos took a series of steps to block the merger.",
    ],
)
def test_wills_steps_taken_to_act_are_the_takers_will(nlp, text):
    assert _held(nlp, text) == [(-1, "merger", "Roos")]


def test_wills_steps_taken_with_the_aim_parsed_as_the_verbs_complement(nlp):
    # the parse hangs "to block" on "took" as its complement, not on "steps"
    doc = nlp("Ada Roos took steps to block the new levy on trucks.")
    assert next(t for t in doc if t.text == "block").dep_ == "xcomp"
    assert _held(nlp, "Ada Roos took steps to block the new levy on trucks.") == [(-1, "levy", "Roos")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos made the decision to scrap the port levy.", [(-1, "levy", "Roos")]),
        ("Bo Lind put forward a plan to build the harbour dam.", [(1, "dam", "Lind")]),
        ("Bo Lind unveiled a plan to scrap the ferry fares.", [(-1, "fares", "Lind")]),
    ],
)
def test_wills_a_decision_or_plan_made_is_its_makers_will(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos criticised the decision to scrap the port levy.",
        "Ada Roos did not make a decision to scrap the port levy.",
        "Bo Lind put forward a plan to visit the harbour.",
    ],
)
def test_wills_a_decision_judged_denied_or_a_mere_schedule_is_no_will(nlp, text):
    assert not [h for h in _held(nlp, text) if h[2] in ("Roos", "Lind")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos took the decision to close the harbour.", [(1, "close", "Roos")]),
        ("Velmora's decision to leave the trade pact surprised Bo Lind.", [(1, "leave", "Velmora")]),
    ],
)
def test_wills_a_decision_taken_is_its_makers_will_for_any_act(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_wills_an_attitude_decided_on_is_left_to_its_verb():
    # the will to block the act would cancel the stance against it that "block" states
    stances = analysed_stances("Ada Roos made the decision to block the Clean Harbours Act.")
    assert held_on(stances, "act") == {("Ada Roos", -1)}


@pytest.mark.parametrize(
    "text",
    [
        "Friday's decision to close the harbour surprised Bo Lind.",
        "Bo Lind's plan to close the harbour was announced.",
    ],
)
def test_wills_a_dated_decision_or_a_plan_for_a_mere_act_is_no_will(nlp, text):
    assert _held(nlp, text) == []


def test_wills_reluctance_to_act_refuses_the_act(nlp):
    found = _held(nlp, "Voters noted Bo Lind's reluctance to sign the harbour bill.")
    assert found == [(-1, "bill", "Lind")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos tabled a motion to scrap the port levy.", [(-1, "levy", "Roos")]),
        ("Bo Lind moved a motion to build the harbour dam.", [(1, "dam", "Lind")]),
    ],
)
def test_wills_a_motion_moved_is_its_movers_will(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_wills_an_owned_plan_to_undo_a_thing_is_its_owners_will(nlp):
    # as "Ada Roos plans to scrap the port levy" is
    assert _held(nlp, "Ada Roos's plan to scrap the port levy is popular.") == [(-1, "levy", "Roos")]


def test_wills_an_owned_plan_for_a_mere_act_is_no_will(nlp):
    assert _held(nlp, "Ada Roos's plan to visit the harbour is popular.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos repeated her demand that the mayor withdraw the levy.",
        "Ada Roos repeated her demand that the levy be withdrawn.",
    ],
)
def test_wills_a_demand_in_the_bare_form_wills_its_clause(text):
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", -1)}


def test_wills_a_claim_that_a_thing_was_done_wills_nothing():
    assert not held_on(
        analysed_stances("Ada Roos repeated her claim that the mayor withdrew the levy."), "levy"
    )
