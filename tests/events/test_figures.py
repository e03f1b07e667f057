"""Figures of speech are no acts; the same verbs done to someone are (events/figures.py)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "Harbourside Liberals beat Mayor Tolland in Tuesday's election.",
        "The Kestrels beat the Rovers 3-1 on Saturday.",
    ],
)
def test_figures_electoral_or_sports_win_is_no_assault(nlp, text):
    assert "ASSAULT" not in happened(nlp, text)


def test_figures_beating_people_is_still_an_assault(nlp):
    assert "ASSAULT" in happened(nlp, "Guards beat the prisoners with batons.")


def test_figures_force_on_people_or_places_still_counts(nlp):
    assert happened(nlp, "Rebels captured the town of Marsa after heavy fighting.")[:1] == ["ASSAULT"]
    assert "ASSAULT" in happened(nlp, "Troops fought the insurgents near the dam.")


def test_figures_firing_a_person_dismisses_and_recalling_remembers(nlp):
    assert happened(nlp, "Several clients fired her last year.") == []
    assert happened(nlp, "She recalled the trip vividly.") == []
    assert happened(nlp, "He died of a heart attack.") == []


def test_figures_firing_a_person_on_a_day_aims_at_no_day(nlp):
    # "on Tuesday" tells when; "on the crowd" aims
    assert happened(nlp, "Governor Ann Lee fired the harbour chief on Tuesday.") == []
    assert happened(nlp, "Police fired on the crowd on Tuesday.") == ["ASSAULT"]


def test_figures_firing_at_people_and_recalling_envoys_are_still_acts(nlp):
    assert happened(nlp, "Police fired tear gas at the protesters.") == ["ASSAULT"]
    assert happened(nlp, "Ruritania recalled its ambassador from Vell.") == ["SANCTION"]


def test_figures_as_well_as_is_no_figure(nlp):
    assert happened(nlp, "The rebels attacked army posts as well as police stations.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank had fired thousands of employees for faking accounts.",
        "Workers were fired for their role in the scheme.",
        "Staff face pressure to meet targets or be fired.",
    ],
)
def test_figures_fired_staff_are_dismissed_not_shot(nlp, text):
    assert "ASSAULT" not in happened(nlp, text)


def test_figures_fire_aimed_at_counted_people_is_force(nlp):
    assert happened(nlp, "Soldiers fired on thousands of protesters.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The old deed was never signed nor executed, so it was void.",
        "Two boys shot and roasted a pheasant on the farm.",
    ],
)
def test_figures_joined_verbs_share_what_they_are_done_to(nlp, text):
    assert happened(nlp, text) == []


def test_figures_joined_verbs_done_to_people_are_still_force(nlp):
    assert "ASSAULT" in happened(nlp, "Guards shot and killed two prisoners near the gate.")
    assert "ASSAULT" in happened(
        nlp, "Ada Roos, 40 \u2015 a teacher from Tarsa \u2015 was shot and then killed by two guards."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The studio is shooting for something bigger this time.",
        "Taste cells let us recognize everything from sugar to smoke.",
    ],
)
def test_figures_force_or_backing_aimed_at_something_is_a_figure(nlp, text):
    assert happened(nlp, text) == []


def test_figures_inspecting_a_thing_is_no_inquiry_but_inspecting_a_site_is(nlp):
    assert happened(nlp, "Ada Roos inspected a vial of blood from the rats.") == []
    assert happened(nlp, "Inspectors inspected the nuclear plant at Vell last week.") == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camps threaten the viability of the harbour plan.", []),
        ("The storm threatens their livelihoods.", []),
        ("Ada Roos threatened the envoy of Vell.", ["THREATEN"]),
        ("Tomas Berg threatened them with tariffs.", ["THREATEN"]),
        ("Tomas Berg threatened a boycott of the talks.", ["THREATEN"]),
    ],
)
def test_figures_threatening_something_of_someone_endangers_it(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ida Marsh was hit with a lawsuit by Vellmark Mining.",
        "Norland was hit with new sanctions by Vetland.",
    ],
)
def test_figures_hit_with_a_penalty_or_a_charge_is_no_assault(nlp, text):
    assert "ASSAULT" not in happened(nlp, text)


def test_figures_hit_with_a_weapon_is_still_an_assault(nlp):
    assert "ASSAULT" in happened(nlp, "Rebels hit Ida Marsh with a bat.")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Reis hit the campaign trail in Ohio on Monday.",
        "Protesters hit the streets of Harlow after the verdict.",
        "Senator Ana Reis hit the road for a tour of the state.",
        "Both rivals hit the stage in Harlow to loud cheers.",
        "The new phones hit the shelves on Friday.",
    ],
)
def test_figures_hitting_a_place_or_a_mark_is_no_act(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ana Reis was the trio's voice from 2001 to 2009, singing on two albums and hit singles like 2004's \"What a Liar Says.\"",
        "Ana Reis was the trio's voice from 2001 to 2009, singing on two albums and hit songs like 2004's \"What a Liar Says.\"",
    ],
)
def test_figures_a_hit_song_read_as_a_verb_is_no_act(nlp, text):
    assert happened(nlp, text) == []


def test_figures_hitting_a_rival_on_their_record_is_still_criticism(nlp):
    assert happened(nlp, "Senator Ana Reis hit Governor Tom Vale hard on his record.") == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the hearing were shared on the council's website.",
        "About a dozen growers met in a shared office in Tarsa on Tuesday.",
        "I share the frustration of the growers, the mayor said.",
    ],
)
def test_figures_sharing_with_no_one_is_no_cooperation(nlp, text):
    assert "COOPERATE" not in happened(nlp, text)


def test_figures_sharing_with_someone_is_cooperation(nlp):
    assert happened(nlp, "Ruritania shared its findings with the Vell inquiry.") == ["COOPERATE"]


def test_figures_fighting_for_a_purpose_is_striving_however_parsed(nlp):
    text = "“I fought to get the whole script, because I felt I was missing the story,” she said."
    assert "ASSAULT" not in happened(nlp, text)
    assert "ASSAULT" in happened(nlp, "The rebels fought the army to retake the town.")


@pytest.mark.parametrize(
    "text",
    [
        "The crew shot a short film in Port Ardel last spring.",
        "Firefighters fought the blaze in Corvalla for three days.",
        "Senator Brill vowed to fight the charges in court.",
    ],
)
def test_figures_where_a_thing_was_done_is_not_whom_it_was_done_to(nlp, text):
    assert "ASSAULT" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The publisher is fighting extradition to Ruritania.",
        # the parse hangs "to Brazil" on the verb, not on the act it belongs to
        "The publisher is fighting extradition to Brazil.",
        "Smith is fighting deportation to Mexico.",
    ],
)
def test_figures_fighting_an_act_aimed_at_a_country_is_no_fight_with_it(nlp, text):
    assert "ASSAULT" not in happened(nlp, text)


def test_figures_fighting_a_country_is_still_a_fight(nlp):
    assert happened(nlp, "The rebels fought the army of Brazil near the border.") == ["ASSAULT"]


def test_figures_force_on_people_somewhere_still_counts(nlp):
    assert happened(nlp, "Police shot a suspect in Port Ardel on Friday.") == ["ASSAULT"]
    assert happened(nlp, "Gunmen looted millions of dollars from the villagers.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Villagers were burning wood fires to keep warm.",
        "The editorial compared the levy to burning money.",
    ],
)
def test_figures_burning_a_thing_of_no_one_is_no_act(nlp, text):
    assert happened(nlp, text) == []


def test_figures_burning_a_place_is_still_an_act(nlp):
    assert happened(nlp, "Militants burned the village on Sunday.") != []
