"""Disputes from stances: opposite sides on one topic, with their countries and evidence."""

from __future__ import annotations

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
