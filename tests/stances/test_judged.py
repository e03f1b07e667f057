"""What a speaker's quoted judgement is about: the thing its "it" or "this" stands for, or none."""

from __future__ import annotations

from tests.stances.helpers import analysed_stances, held_on

HEADLINE = "Borland council weighs a tram levy.\n\n"


def test_judged_a_speakers_it_with_no_act_named_for_it_takes_no_side(nlp):
    text = f'{HEADLINE}Councillor Mara Ruiz backed the tram levy on Monday. "It is a charming town," said Ada Roos.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", 1)}


def test_judged_a_speakers_it_stands_for_the_act_the_narration_named_before_the_quote(nlp):
    text = (
        "The harbour board unveiled its dredging plan on Monday. Its chair thanked the brave divers who "
        'surveyed the channel. "It is a disgrace," said Ada Roos. "This plan is a triumph," said the '
        "mayor, Ivo Marsh."
    )
    assert held_on(analysed_stances(text), "plan") == {("Ada Roos", -1), ("Ivo Marsh", 1)}


def test_judged_a_speakers_it_named_as_another_kind_of_thing_is_not_the_act_before(nlp):
    text = (
        'The harbour board unveiled its dredging plan on Monday. "It is a charming harbour," said Ada Roos.'
    )
    assert not held_on(analysed_stances(text), "plan")


def test_judged_the_narrators_it_is_the_thing_named_last(nlp):
    text = f'{HEADLINE}The council adopted the tram levy on Monday. The Velmora Party called it "a disgrace."'
    assert held_on(analysed_stances(text), "levy") == {("Borland council", 1), ("Velmora Party", -1)}


def test_judged_the_act_found_in_reported_words_is_not_looked_up_again_in_them(nlp):
    # "the plan" found for "it" sits in the leaders' reported words, whose subject is the board
    text = (
        "Velmora Party leaders said the harbour board might be hurt by the dredging plan. "
        '"This costs us dearly. It is wrecking the harbour," said Ada Roos.'
    )
    stances = analysed_stances(text)
    assert held_on(stances, "plan") == {("Ada Roos", -1)}
    assert not held_on(stances, "board")


def test_judged_a_measure_or_deal_is_judged_where_the_headline_does_not_name_it(nlp):
    text = '"The merger with Kestrel is a win for families," said Ada Roos.'
    assert held_on(analysed_stances(text), "merger") == {("Ada Roos", 1)}


def test_judged_a_state_of_things_named_nowhere_else_is_not_judged(nlp):
    assert not analysed_stances('"The weather this spring is a win for families," said Ada Roos.')


def test_judged_a_speakers_bare_move_after_someone_elses_quote_takes_no_side_on_the_act(nlp):
    # regression: the reading outside the quote took the topic named last, and the act's sign with it
    text = (
        "Brenholt Ferries pulled out of the harbour pact on Monday. "
        '"Nobody told us," said Piet Lorn, a trader. "The move is reckless," said Ada Roos.'
    )
    assert held_on(analysed_stances(text), "pact") == {("Brenholt Ferries", -1)}


def test_judged_a_speakers_bare_move_just_after_the_act_is_a_side_on_it(nlp):
    text = 'Brenholt Ferries pulled out of the harbour pact on Monday. "The move is reckless," said Ada Roos.'
    assert held_on(analysed_stances(text), "pact") == {("Brenholt Ferries", -1), ("Ada Roos", 1)}


def test_judged_a_speakers_it_after_someone_elses_quote_takes_no_side_on_the_act(nlp):
    act = "Brenholt Ferries announced it would sell the harbour depot."
    between = ' "Nobody told us," said Piet Lorn, a trader.'
    reaction = ' "It is a disgrace," said Ada Roos.'
    assert held_on(analysed_stances(act + between + reaction), "depot") == set()
    assert held_on(analysed_stances(act + reaction), "depot") == {("Brenholt Ferries", 1), ("Ada Roos", -1)}
