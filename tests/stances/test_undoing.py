"""A side on "the plan" to undo a thing is the opposite side on that thing."""

from __future__ import annotations

from faultlines import analyze
from faultlines.stances.lexicon import load
from faultlines.stances.undoing import acted
from tests.stances.helpers import analysed_stances, held_on, word


def test_undoing_criticising_the_plan_to_scrap_a_thing_is_for_the_thing():
    stances = analysed_stances(
        "Senator Ada Roos wants to scrap the ferry toll. Mayor Ivo Kern criticized the plan."
    )
    assert held_on(stances, "toll") == {("Ada Roos", -1), ("Ivo Kern", 1)}


def test_undoing_welcoming_the_move_to_repeal_a_thing_is_against_it():
    stances = analysed_stances(
        "The Brenholt council voted to repeal the ferry toll. Mayor Ivo Kern welcomed the move."
    )
    assert ("Ivo Kern", -1) in held_on(stances, "toll")


def test_undoing_a_named_decision_to_undo_a_thing_labels_the_topic_by_the_thing():
    # a regression: "his decision to end the ferry subsidy" labelled a topic whose sides are on the subsidy
    analysis = analyze(
        "Mayor Ivo Kern announced his decision to end the ferry subsidy. Senator Ada Roos condemned the decision."
    )
    assert [t.label for t in analysis.topics] == ["ferry subsidy"]
    assert held_on(analysed_stances(analysis.text), "subsidy") == {("Ivo Kern", -1), ("Ada Roos", 1)}


def test_undoing_opposing_a_proposed_ban_is_for_what_it_bans():
    stances = analysed_stances(
        "Senator Ada Roos proposed a ban on plastic bags. Mayor Ivo Kern opposed the proposal."
    )
    assert held_on(stances, "bags") == {("Ada Roos", -1), ("Ivo Kern", 1)}


def test_undoing_opposing_the_plan_to_build_a_thing_is_against_it():
    stances = analysed_stances("Senator Ada Roos wants to build the dam. Mayor Ivo Kern opposed the plan.")
    assert held_on(stances, "dam") == {("Ada Roos", 1), ("Ivo Kern", -1)}


def test_undoing_a_side_on_the_thing_itself_stays_as_it_is():
    stances = analysed_stances(
        "Senator Ada Roos wants to scrap the ferry toll. Mayor Ivo Kern defended the toll."
    )
    assert held_on(stances, "toll") == {("Ada Roos", -1), ("Ivo Kern", 1)}


def test_undoing_the_last_act_told_before_the_noun_is_the_one_meant():
    stances = analysed_stances(
        "Senator Ada Roos wants to build the dam. Governor Tomas Lind wants to scrap the dam. "
        "Mayor Ivo Kern criticized the plan."
    )
    assert ("Ivo Kern", 1) in held_on(stances, "dam")


def test_undoing_acted_tells_carrying_out_from_undoing(nlp):
    doc = nlp("Kern wants to scrap the toll, and Roos wants to build the dam.")
    lex = load()
    assert acted(word(doc, "toll"), lex) == -1
    assert acted(word(doc, "dam"), lex) == 1
    assert acted(word(doc, "Kern"), lex) is None


def test_undoing_criticising_the_decision_to_pull_out_of_a_treaty_is_for_the_treaty():
    # regression: the act told by a verb with a particle ("pulled out of") kept the critic's own sign
    stances = analysed_stances(
        "Brenholt pulled out of the Halden fishing treaty on Monday. Mayor Ivo Kern criticized the decision."
    )
    assert held_on(stances, "treaty") == {("Brenholt", -1), ("Ivo Kern", 1)}


def test_undoing_acted_reads_the_verb_a_preposition_hangs_on(nlp):
    doc = nlp("Brenholt pulled out of the treaty, and Velmor pressed ahead with the dam.")
    lex = load()
    assert acted(word(doc, "treaty"), lex) == -1
    assert acted(word(doc, "dam"), lex) == 1
