"""Disputes from stances: opposite sides on one topic, with their countries and evidence."""

from __future__ import annotations

import pytest

from faultlines.model import Actor, Stance
from faultlines.stances.disputes import find

ACTORS = [
    Actor("a1", "Ida Varga", "person", "VLD", "GOV"),
    Actor("a2", "Omar Haddad", "person", "MLD", "GOV"),
    Actor("a3", "Valdoria", "country", "VLD"),
    Actor("a4", "Marland", "country", "MLD"),
    Actor("a5", "Lev Sorin", "person", "VLD", "JRN"),
]


def test_disputes_opposite_stances_on_one_topic():
    stances = [Stance("a1", "t1", -1, ["q1"]), Stance("a2", "t1", 1, ["q2"])]
    (dispute,) = find(stances, ACTORS)
    assert dispute.topic == "t1"
    assert dispute.sides == [["a1", "a3"], ["a2", "a4"]]
    assert dispute.evidence == ["q1", "q2"]


def test_disputes_agreement_or_other_topics_give_none():
    assert find([Stance("a1", "t1", 1), Stance("a2", "t1", 1)], ACTORS) == []
    assert find([Stance("a1", "t1", -1), Stance("a2", "t2", 1)], ACTORS) == []


def test_disputes_no_firm_stance_takes_no_side():
    assert find([Stance("a1", "t1", 0), Stance("a2", "t1", 1)], ACTORS) == []


def test_disputes_country_joins_only_the_side_of_its_whole_government():
    # A Valdorian journalist against a Valdorian minister: neither side speaks for Valdoria alone.
    stances = [Stance("a1", "t1", 1, ["q1"]), Stance("a5", "t1", -1, ["q2"])]
    (dispute,) = find(stances, ACTORS)
    assert dispute.sides == [["a1", "a3"], ["a5"]]
    stances.append(Stance("a2", "t1", -1, ["q3"]))
    (dispute,) = find(stances, ACTORS)
    assert dispute.sides == [["a1", "a3"], ["a5", "a2", "a4"]]


def test_disputes_a_person_and_the_campaign_speaking_for_them_are_one_voice():
    people = [
        *ACTORS,
        Actor("c1", "the Varga campaign", "organisation"),
        Actor("c2", "the Varga administration", "organisation"),
    ]
    # a charge reported of Varga against her campaign's denial of it: no dispute between them
    assert find([Stance("a1", "t1", 1), Stance("c1", "t1", -1)], people) == []
    (dispute,) = find([Stance("a1", "t1", 1), Stance("c2", "t1", -1), Stance("a2", "t1", -1)], people)
    assert dispute.sides == [["a1", "a3"], ["a2", "a4"]]
    # a person with no name to read is no one's campaign's person, and no crash
    nameless = [*people, Actor("a9", "", "person")]
    assert len(find([Stance("a9", "t1", 1), Stance("c1", "t1", -1)], nameless)) == 1


def _sides(text: str) -> list[set[frozenset[str]]]:
    from faultlines import analyze

    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [{frozenset(names[a] for a in side) for side in d.sides} for d in analysis.disputes]


# Two mini-articles a reader takes for one dispute: the sides stated in two ways, the thing renamed.
@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Hale unveiled a new budget on Monday. Tom Roos criticised Hale's budget.",
        "Governor Ada Hale voted for the new budget. Tom Roos voted against the governor's budget.",
        "Tom Roos attacked the new budget. Governor Ada Hale defended Hale's budget.",
        "Governor Ada Hale announced a new budget on Monday. Tom Roos slammed it.",
        "Governor Ada Hale announced a plan to close the old port. Tom Roos opposes the plan.",
        "Governor Ada Hale supports the plan to close the old port. Tom Roos opposes Hale's plan.",
        "Governor Ada Hale backs the Clean Rivers Act. Tom Roos said Hale's bill was a mistake.",
        "Tom Roos condemned Governor Ada Hale's decision to shut the pier. Hale defended the decision.",
        "Governor Ada Hale praised Hale's decision to shut the pier. Tom Roos criticised the shutdown.",
    ],
)
def test_disputes_both_sides_of_one_thing_renamed(text):
    assert _sides(text) == [{frozenset({"Ada Hale"}), frozenset({"Tom Roos"})}]


def test_disputes_countries_on_one_owned_thing_renamed():
    sides = _sides("Canada praised the new tariffs on steel. Mexico condemned Canada's tariffs.")
    assert sides == [{frozenset({"Canada"}), frozenset({"Mexico"})}]


@pytest.mark.parametrize(
    "text",
    [
        # two things of one owner
        "Governor Ada Hale praised Mayor Ida Vos's budget. Tom Roos criticised Mayor Ida Vos's school plan.",
        # both against
        "Governor Ada Hale criticised the new budget. Tom Roos also attacked Hale's budget.",
        # two owners' things of one kind, the bare one named after both
        "Governor Ada Hale backs Vos's budget. Tom Roos opposes Lee's budget. Ida Vos praised the budget.",
        # a stance and a mere mention
        "Governor Ada Hale praised the new budget. Tom Roos discussed the budget on Tuesday.",
    ],
)
def test_disputes_no_dispute_between_the_two_named(text):
    assert not any(
        any("Ada Hale" in side for side in sides) and any("Tom Roos" in side for side in sides)
        for sides in _sides(text)
    )


def test_disputes_the_accused_who_denies_the_allegations():
    sides = _sides(
        "Tom Roos accused Governor Ada Hale of hiding the cost of the budget. Hale denied the allegations."
    )
    assert sides == [{frozenset({"Ada Hale"}), frozenset({"Tom Roos"})}]
