"""The event nouns a verb governs: a strike aimed at a target is an attack, one over pay a protest."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


def test_objects_strikes_aimed_at_a_target_are_attacks_and_over_pay_protests(nlp):
    assert happened(nlp, "The army launched strikes against rebel positions.") == ["ASSAULT"]
    assert happened(nlp, "Rail workers staged a strike over pay.") == ["PROTEST"]


def test_objects_aid_named_after_a_sum_and_charge_without_article_is_no_accusation(nlp):
    assert happened(nlp, "Norway gave 40 million crowns in aid to the flooded province.") == ["AID"]
    assert happened(nlp, "The governor put Moreno in charge of the inquiry.") == []


def test_objects_coordinated_object_names_the_act(nlp):
    assert happened(nlp, "Veltria dispatched medical teams and supplies to Portwell.") == ["AID"]


def test_objects_a_fined_club_is_no_weapon(nlp):
    assert happened(nlp, "The league fined the club for crowd trouble.") == ["SANCTION"]


def test_objects_placing_under_an_act_is_that_act(nlp):
    assert happened(nlp, "The junta placed the mayor under house arrest.") == ["COERCE"]
    assert happened(nlp, "The army placed its troops on alert.") == ["MOBILIZE"]
    assert happened(nlp, "He placed the books on the shelf.") == []


def test_objects_fire_engines_are_no_firing(nlp):
    assert happened(nlp, "The town sent fire engines to the blaze.") == []


def test_objects_a_light_verb_after_an_act_does_not_name_it(nlp):
    text = "After long consultation, the council concluded that the plan was lawful."
    assert happened(nlp, text) == []


def test_objects_a_relative_pronoun_stands_for_the_act_it_follows(nlp):
    assert happened(nlp, "The harbour summit, which was cancelled in May, has not been rescheduled.") == [
        "SANCTION"
    ]


def test_objects_deploying_technology_or_reinforcing_an_idea_moves_no_forces(nlp):
    assert happened(nlp, "The city cut smog by deploying far more solar power.") == []
    assert happened(nlp, "A batch of banking apps was deployed during the slump.") == []
    assert happened(nlp, "The ruling reinforced the stigma that harbour workers face.") == []


def test_objects_deploying_troops_police_or_drones_is_still_a_mobilisation(nlp):
    assert happened(nlp, "Veltria deployed troops along the border.") == ["MOBILIZE"]
    assert happened(nlp, "The navy deployed a fleet of drones near the strait.") == ["MOBILIZE"]
    assert happened(nlp, "Veltria reinforced its garrison in the north.") == ["MOBILIZE"]


def test_objects_a_month_is_no_protest_march(nlp):
    assert happened(nlp, "The harbour talks resumed in March.") == ["CONSULT"]
    assert happened(nlp, "The Kestrels returned to Tarsa in March.") == []
    assert happened(nlp, "Dock workers staged a march on the port authority in March.") == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The club fined the striker for misconduct.",
        "The think tanks fined their own staff.",
        "Shell cut ties with the contractor.",
    ],
)
def test_objects_a_body_named_by_a_weapon_word_wields_no_weapon(nlp, text):
    assert happened(nlp, text) == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    ["The army retaliated with missile strikes.", "Warplanes retaliated against the rebels."],
)
def test_objects_a_reprisal_with_weapons_is_an_assault(nlp, text):
    assert happened(nlp, text) == ["ASSAULT"]


def test_objects_arms_sales_stopped_are_military_aid_withdrawn(nlp):
    # "arms sales" is keyed by its lemmas ("arm sale"), as every two-word event noun is
    assert happened(nlp, "Norway halted arms sales to Saudi Arabia on Monday.") == ["SANCTION"]
    assert happened(nlp, "Arms sales to Saudi Arabia rose last year.") == []
