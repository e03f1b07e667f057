"""The quote context the stance readers consult: where the speaker's own words are."""

from __future__ import annotations

import pytest

from faultlines import analyze
from faultlines.model import Analysis
from faultlines.stances.lexicon import load
from faultlines.stances.quoted import Context, speaks_as_it
from tests.stances.helpers import analysed_stances


def test_quoted_narration_is_never_after_the_speakers_own_words(nlp):
    text = "Ada Roos spoke at the pier. The ferry levy passed."
    doc = nlp(text)
    context = Context(Analysis(id="t", text=text), doc)
    assert not context.after_own_words(doc[-2])


def test_quoted_a_phrase_opening_a_quote_is_not_after_the_speakers_own_words(nlp):
    text = '"The ferry levy hurts renters," said Ada Roos.'
    doc = nlp(text)
    analysis = analyze(text)
    context = Context(analysis, doc)
    levy = next(t for t in doc if t.text == "levy")
    assert not context.after_own_words(levy)


def test_quoted_it_stands_for_a_subject_stated_of_not_one_of_a_participle(nlp):
    text = '"The tram levy left riders with their fares doubled and their trips cut in half. It is a disgrace," said Ada Roos.'
    doc = nlp(text)
    context = Context(analyze(text), doc)
    it = next(t for t in doc if t.text == "It")
    assert context.referent(it, load()).text == "levy"


def test_quoted_context_of_is_made_once_per_analysis_and_doc(nlp):
    text = '"The ferry levy hurts renters," said Ada Roos.'
    doc = nlp(text)
    analysis = analyze(text)
    context = Context.of(analysis, doc)
    assert Context.of(analysis, doc) is context
    assert context.quote_at == Context(analysis, doc).quote_at
    assert Context.of(analyze(text), doc) is not context  # another analysis: its own quotes


def _referent_of_it(nlp, text: str) -> str | None:
    doc = nlp(text)
    context = Context(analyze(text), doc)
    it = next(t for t in doc if t.lower_ == "it")
    found = context.referent(it, load())
    return found.text if found is not None else None


def test_quoted_it_opening_a_quote_stands_for_the_act_the_narration_just_named(nlp):
    text = 'The harbour board unveiled its dredging plan on Monday. "It is a giveaway," said Ada Roos.'
    assert _referent_of_it(nlp, text) == "plan"


def test_quoted_it_after_the_speakers_own_words_is_not_the_narrations_act(nlp):
    text = 'The harbour board unveiled its dredging plan on Monday. "The ferry toll rose. It is a giveaway," said Ada Roos.'
    assert _referent_of_it(nlp, text) == "toll"


def test_quoted_it_stands_for_no_place_or_state_the_narration_named(nlp):
    text = 'Rain fell over the harbour at Velmora on Monday. "It is grim," said Ada Roos.'
    assert _referent_of_it(nlp, text) is None


def test_quoted_it_stands_for_no_act_named_two_sentences_before_the_quote(nlp):
    text = (
        "The harbour board unveiled its dredging plan on Monday. Rain fell all week. Boats stayed in. "
        '"It is grim," said Ada Roos.'
    )
    assert _referent_of_it(nlp, text) is None


def test_quoted_it_in_reported_words_is_not_the_narrations_act(nlp):
    text = "The harbour board unveiled its dredging plan on Monday. Ada Roos said it was a giveaway."
    assert _referent_of_it(nlp, text) is None


def test_quoted_it_before_the_quotation_marks_is_the_sayer_not_the_narrations_act(nlp):
    text = 'The harbour board unveiled its dredging plan on Monday. The ferry guild said it "deeply regrets the plan".'
    assert _referent_of_it(nlp, text) is None


def test_quoted_it_stands_for_the_act_named_in_reported_words_before_the_quote(nlp):
    text = 'Critics said the dredging plan would wreck the harbour. "It is a disgrace," said Ada Roos.'
    assert _referent_of_it(nlp, text) == "plan"


def test_quoted_it_stands_for_the_act_a_quote_is_said_of_by_its_verb(nlp):
    text = '"It will hurt families," Ada Roos said of closing the depot.'
    assert _referent_of_it(nlp, text) == "closing"


def test_quoted_it_opening_a_quote_stands_for_the_measure_or_deal_the_narration_just_named(nlp):
    budget = 'Governor Hale unveiled his budget on Monday. "It will hurt families," said Ada Roos.'
    merger = 'Westmoor announced the merger with Kestrel on Monday. "It will help families," said Ada Roos.'
    assert (_referent_of_it(nlp, budget), _referent_of_it(nlp, merger)) == ("budget", "merger")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Ada Roos said a neighbour told her that the harbour plan was a disaster.", "Ada Roos"),
        ("The dairy board said a farmer told it that the river treaty was a disaster.", "dairy board"),
        ("The river treaty, which critics call a mistake, was discussed by Canada.", "Canada"),
        ('"There are people who believe that the harbour levy is vital," said Ada Roos.', "Ada Roos"),
        ('"Many still believe in the illusion that the harbour levy is vital," said Ada Roos.', "Ada Roos"),
    ],
)
def test_quoted_judgement_of_an_unnamed_sayer_in_a_report_is_not_the_reporters(text, holder):
    assert not [s for s in analysed_stances(text) if holder.lower() in s[0].lower() and s[2]]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ('The Lindqvist Party renamed its campaign account. "It is a disgrace," said Ada Roos.', "renamed"),
        ('Mayor Piet Lee has closed the night ferry. "It is a disgrace," said Ada Roos.', "closed"),
        ('The ferry inquiry was dropped by Mayor Piet Lee. "It is a disgrace," said Ada Roos.', "dropped"),
        # a thing told undone is judged through its undoing: against the dropping is for the inquiry
        ('Mayor Piet Lee dropped the ferry plan. "It is a disgrace," said Ada Roos.', "dropped"),
    ],
)
def test_quoted_it_opening_a_quote_stands_for_the_act_a_named_actor_was_told_to_have_done(nlp, text, act):
    assert _referent_of_it(nlp, text) == act


@pytest.mark.parametrize(
    "text",
    [
        # no one named did it
        'The campaign account was renamed overnight. "It is a disgrace," said Ada Roos.',
        'Residents blocked the harbour road. "It is a disgrace," said Ada Roos.',
        # not done yet, or not done at all
        'Mayor Piet Lee weighs the ferry timetable. "It is a disgrace," said Ada Roos.',
        'Mayor Piet Lee did not close the night ferry. "It is a disgrace," said Ada Roos.',
        # what someone said is their own quote, not an act
        'Mayor Piet Lee said the ferry would stay. "It is a disgrace," said Ada Roos.',
    ],
)
def test_quoted_it_stands_for_no_act_of_no_one_named_or_not_done(nlp, text):
    assert _referent_of_it(nlp, text) is None


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("I think this is a truly great program", {("Ann Cole", 1)}),  # "I" names nothing judged
        ("We really think this is a dreadful program", {("Ann Cole", -1)}),
        ("With rents this high, we can all tell something is badly off", set()),
    ],
)
def test_quoted_the_speakers_own_i_is_not_what_this_stands_for(nlp, quote, expected):
    text = f'Velmor Space unveiled a lunar program on Monday.\n\n"{quote}," said Ann Cole.'
    assert {(h, s) for h, t, s in analysed_stances(text) if h == "Ann Cole"} == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Ann Cole said she worried the tram levy would hurt families", {("Ann Cole", -1)}),  # her own worry
        ('"Voters say the tram levy will hurt families," said Ann Cole', set()),  # others' words
    ],
)
def test_quoted_the_speaker_named_again_by_a_pronoun_speaks_for_herself(nlp, told, expected):
    text = f"Borland council weighs a tram levy.\n\n{told}."
    assert {(h, s) for h, t, s in analysed_stances(text) if "levy" in t} == expected


def test_quoted_it_speaks_for_a_body_or_a_country_never_for_a_person():
    assert speaks_as_it(("brill-union",), people={"ada-roos"})
    assert not speaks_as_it(("ada-roos",), people={"ada-roos"})
    assert not speaks_as_it((), people=set())


def test_quoted_a_column_is_read_as_its_writers_own_words():
    column = (
        "The harbour toll has to go.\n\n"
        "Every morning the ferries wait at the gate while the queue grows.\n\n"
        "Mayor Ada Lind promised a review last spring and has published nothing since.\n\n"
        "I have watched the fishing fleet lose a third of its boats in two years.\n\n"
        "Ada Lind lied to the town about where the money went.\n\n"
        "Nora Vance is a former harbour master of Portside.\n"
    )
    assert ("Nora Vance", "Ada Lind", -1) in analysed_stances(column)


def test_quoted_a_readers_letter_is_read_as_its_writers_own_words():
    page = (
        "LETTERS.\n\nMayor Ada Lind's blunder cost the fleet a season.\n\nNora Vance.\n\n"
        "The ferry timetable is fine as it is.\n\nOscar Lindqvist.\n"
    )
    assert ("Nora Vance", "Ada Lind", -1) in analysed_stances(page)


@pytest.mark.parametrize(
    "said",
    [
        "Senator Ivo Marsh, speaking on Velmo News, said the plan was a disaster.",
        "Senator Ivo Marsh said on Velmo News that the plan was a disaster.",
    ],
)
def test_quoted_an_outlet_a_quote_is_said_on_is_not_what_it_judges(said):
    stances = analysed_stances(f"Mayor Ada Roos unveiled a harbour plan on Monday. {said}")
    assert ("Ivo Marsh", "harbour plan", -1) in stances
    assert not any(label == "Velmo News" for _, label, _ in stances)
