"""The doer of an action a stance is about, named in its topic's label."""

from __future__ import annotations

from faultlines.stances.doers import doer, owner
from tests.stances.helpers import analysed_stances, word


def test_doers_label_names_who_is_asked_to_act():
    found = analysed_stances("Senator Ann Lee called on Mayor Tom Kim to stop closing the public libraries.")
    assert found == {("Ann Lee", "Mayor Tom Kim closing the public libraries", -1)}


def test_doers_label_names_the_subject_of_a_demand_in_a_quote():
    found = analysed_stances('"The rich must start paying higher duties on yachts," Senator Ann Lee said.')
    assert found == {("Ann Lee", "the rich paying higher duties on yachts", 1)}


def test_doers_body_named_by_its_kind_alone_is_left_out():
    found = analysed_stances('"The council must stop closing the public libraries," Senator Ann Lee said.')
    assert found == {("Ann Lee", "closing the public libraries", -1)}


def test_doers_own_promise_keeps_the_bare_action():
    found = analysed_stances("Senator Ann Lee vowed to scrap the parking levy.")
    assert found == {("Ann Lee", "parking levy", -1)}


def test_doers_doer_with_a_side_of_their_own_is_left_out():
    found = analysed_stances(
        "Senator Ann Lee called on Mayor Tom Kim to stop closing the public libraries. "
        '"Closing the public libraries is necessary," Kim said.'
    )
    assert {label for _, label, _ in found} == {"closing the public libraries"}


def test_doers_label_names_whose_thing_a_possessive_points_to():
    found = analysed_stances(
        'Mayor Tom Kim spoke on Monday. "His harbour levy is a disaster," Senator Ann Lee said.'
    )
    assert found == {("Ann Lee", "Tom Kim's harbour levy", -1)}


def test_doers_thing_named_in_full_keeps_its_own_label():
    found = analysed_stances(
        'Mayor Tom Kim unveiled a new harbour levy on Monday. "His harbour levy is a disaster," Senator Ann Lee said.'
    )
    assert {label for _, label, _ in found} == {"new harbour levy"}


def test_doers_label_names_who_a_pronoun_in_it_stands_for():
    found = analysed_stances(
        'Mayor Tom Kim won the vote in May. "The support he has is scary," Senator Ann Lee said.'
    )
    assert found == {("Ann Lee", "support Tom Kim has", -1)}


def test_doers_pronoun_before_a_clitic_keeps_its_word():
    found = analysed_stances(
        'Mayor Tom Kim won the vote in May. "The support he\'s built is scary," Senator Ann Lee said.'
    )
    assert found == {("Ann Lee", "support he's built", -1)}


def test_doers_owner_of_a_thing_is_the_doer_of_the_action_on_it(nlp):
    doc = nlp("Lee mocked Kim for not releasing his tax returns.")
    at = {t.text: t.i for t in doc}
    # the article's "his" read as Lee: the doer of the releasing owns the returns
    actor_at = {at["Lee"]: "lee", at["Kim"]: "kim", at["his"]: "lee"}
    names = {"lee": "Ann Lee", "kim": "Bo Kim"}
    assert owner(doc, at["tax"], at["returns"] + 1, actor_at, names) == "Bo Kim"


def test_doers_our_thing_is_never_the_doer_s(nlp):
    doc = nlp("Kim has been insulting our veterans.")
    at = {t.text: t.i for t in doc}
    assert owner(doc, at["veterans"], at["veterans"] + 1, {at["Kim"]: "kim"}, {"kim": "Bo Kim"}) is None


def test_doers_her_thing_condemned_by_a_man_is_not_his():
    found = analysed_stances(
        "Senator Ann Lee spoke at the port on Monday. Mayor Tom Kim condemned her remarks on the harbour."
    )
    assert ("Tom Kim", "Ann Lee's remarks on the harbour", -1) in found


def test_doers_judgement_between_a_possessive_and_its_thing_keeps_the_owner():
    found = analysed_stances(
        "Senator Ann Lee spoke at the port on Monday. Mayor Tom Kim condemned her hateful remarks on the harbour."
    )
    assert ("Tom Kim", "Ann Lee's remarks on the harbour", -1) in found


def test_doers_a_passive_has_no_doer_its_subject_is_done_to(nlp):
    doc = nlp("Ada Roos said Ben Otter should be warned by the board.")
    assert doer(word(doc, "warned")) is None


def test_doers_label_names_who_an_object_pronoun_stands_for():
    found = analysed_stances(
        "Mayor Ray Odell retires in June. Senator Ann Lee said she backs the idea of a teacher succeeding him as mayor."
    )
    assert found == {("Ann Lee", "teacher succeeding Ray Odell as mayor", 1)}
