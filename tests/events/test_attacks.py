"""Attacks made in words are criticism (ACCUSE); attacks with weapons or by armed doers are force."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "Rival candidate Ada Roos attacked Ben Hale in early-morning tweets.",
        "Ada Roos sharply attacked her rival as a liar during the hearing.",
        "Senator Ada Roos has been pounding Ben Hale as a con artist.",
        "A new ad attacking Ben Hale aired on Monday.",
        "Ada Roos attacked Ben Hale.",
        "Mayor Ada Roos attacked Ben Hale's record on housing.",  # a thing named by its owner
        "Ben Hale kept up his attacks on Ferro, including two tweets on Friday.",
    ],
)
def test_attacks_in_words_are_criticism(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police patrol near Tarsa on Friday.",
        "Ada Roos attacked Ben Hale with a knife.",
        "Gunmen attacked Ada Roos, a local official, outside her home.",
        "Artillery pounded the town.",
        "Gunmen attacked Ben Hale's house.",  # a place of his
    ],
)
def test_attacks_with_weapons_or_by_armed_doers_are_force(nlp, text):
    assert happened(nlp, text) == ["ASSAULT"]


def test_attacks_taken_as_of_a_thing_is_no_event(nlp):
    assert happened(nlp, "The new phone hit the market as a rival to the old one.") == []


def test_attacks_with_a_death_toll_are_force(nlp):
    assert "ACCUSE" not in happened(nlp, "They attacked the MV Tarsa, killing nine sailors.")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos started attacking Catholics early in her campaign.",
        "Ada Roos began attacking Ben Hale over his vote on the budget.",
        "Ada Roos attacked the Harbour Board in a long speech.",
    ],
)
def test_attacks_a_named_person_attacking_a_people_or_body_criticises(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


def test_attacks_begun_by_armed_men_stay_force(nlp):
    assert happened(nlp, "Gunmen began attacking the convoy at dawn.") == ["ASSAULT"]


def test_attacks_a_blow_to_the_body_is_force(nlp):
    assert happened(nlp, "The striker hit a defender in the face during the brawl.") == ["ASSAULT"]
