"""Where topic phrases start and end."""

from __future__ import annotations

import pytest

from faultlines.stances.extents import head_of, noun_phrase, possessive, verb_phrase
from faultlines.stances.lexicon import load
from faultlines.stances.mentions import mention
from faultlines.stances.polarity import find


def _extent(expr, doc) -> tuple[int, int]:
    head = doc[expr.topic]
    return verb_phrase(doc, head) if expr.phrase == "vp" else noun_phrase(doc, head)


def test_extents_noun_phrase_drops_article_and_clause(nlp):
    doc = nlp("The council said the new bypass, which cost millions, is vital.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "new bypass"


def test_extents_verb_phrase_keeps_what_an_enabling_verb_gets_done(nlp):
    doc = nlp("Velmor unveiled a plan to help farmers cut water costs.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "help farmers cut water costs"


def test_extents_verb_phrase_stops_before_its_purpose(nlp):
    doc = nlp("The mayor defended her plan to shut two depots to save money.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "shut two depots"


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        (
            "Ada Roos warned the council against drifting too far to the right.",
            "drifting",
            "drifting too far to the right",
        ),
        ("Ada Roos urged the council to cut the port fees now.", "cut", "cut the port fees"),
        # a verb waiting for the object of the verb joined to it reaches that object
        (
            "Velmora wants to close and sell the old ferry depot.",
            "close",
            "close and sell the old ferry depot",
        ),
        # a "what" clause naming what the thing became belongs to it; any other stays out
        (
            "Velmora unveiled the first draft of what would become the Harbor Act.",
            "draft",
            "first draft of what would become the Harbor Act",
        ),
        ("Velmora asked about the cost of what they bought.", "cost", "cost of what they bought"),
    ],
)
def test_extents_a_phrase_ends_where_its_wording_does(nlp, text, word, named):
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    start, end = verb_phrase(doc, head) if head.pos_ == "VERB" else noun_phrase(doc, head)
    assert doc[start:end].text == named


def test_extents_noun_phrase_keeps_an_action_after_its_preposition(nlp):
    doc = nlp("Borduria blocked any discussion of merging the two coast guards.")
    (expr,) = [e for e in find(doc, load()) if e.polarity]
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "discussion of merging the two coast guards"


def test_extents_noun_phrase_keeps_the_owner_before_a_list_of_adjectives(nlp):
    doc = nlp("The mayor said Vesta's costly, reckless plan is a mistake.")
    (expr,) = [e for e in find(doc, load()) if doc[e.topic].text == "plan"]
    start, end = _extent(expr, doc)
    assert doc[start:end].text.startswith("Vesta's")


def test_extents_a_short_relative_clause_names_which_thing(nlp):
    doc = nlp("Senator Ann Lee attacked loopholes that benefit landlords.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "loopholes that benefit landlords"


def test_extents_a_relative_clause_judging_its_noun_names_no_part_of_it(nlp):
    # who called the levy so says nothing of which levy it is
    doc = nlp("The council passed a ferry levy that Ada Roos called a disaster.")
    (expr,) = [e for e in find(doc, load()) if doc[e.predicate].text == "disaster"]
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "ferry levy"


def test_extents_an_aside_or_a_clause_cut_short_is_no_naming(nlp):
    for text in (
        "Senator Ann Lee attacked the loopholes, which benefit landlords.",
        "Senator Ann Lee attacked loopholes that let landlords pay less.",
    ):
        doc = nlp(text)
        (expr,) = find(doc, load())
        start, end = _extent(expr, doc)
        assert doc[start:end].text == "loopholes"


def test_extents_a_hyphenated_noun_is_named_whole(nlp):
    doc = nlp("Ruiz rejected the so-called fact-checking of the Herald.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "so-called fact-checking of the Herald"


def test_extents_words_in_quotation_marks_belong_to_the_noun_naming_them(nlp):
    doc = nlp("Lee rejects the phrase “rogue lender” entirely.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "phrase “rogue lender”"


def test_extents_a_concession_read_as_the_subject_is_not_what_is_judged(nlp):
    for text, judged in (
        ("However laudable the aim, taxing the ferry fares is an unwise approach.", "taxing the ferry fares"),
        (
            'However noble the goal, using the dock tax "is a reckless idea," said Ms. Roos.',
            "using the dock tax",
        ),
    ):
        doc = nlp(text)
        (expr,) = find(doc, load())
        start, end = mention(expr, doc)
        assert doc[start:end].text == judged


def test_extents_head_of_a_phrase_is_the_word_the_others_hang_on(nlp):
    doc = nlp("Ms. Roos defended her revised harbour plan.")
    plan = next(t.i for t in doc if t.text == "plan")
    assert head_of(doc, plan - 2, plan + 1).text == "plan"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a time owns nothing: the thing is named without it
        ("Ada Roos welcomed last month's vote.", "vote"),
        # the name a naming verb gives, hung inside the thing by the parse, is no part of it
        ("Ada Roos called Monday's ruling a disaster.", "ruling"),
        ("Ada Roos branded last month's vote a disgrace.", "vote"),
        ("Ada Roos called the merger with Apex a mistake.", "merger with Apex"),
        # so is what a dismissal takes the thing for, bare, definite or after the thing's own words
        ("Ada Roos dismissed the claims as politics.", "claims"),
        ("Ada Roos dismissed the harbour plan as the work of lobbyists.", "harbour plan"),
        (
            "Ada Roos dismissed the claims about the harbour fund as politics.",
            "claims about the harbour fund",
        ),
    ],
)
def test_extents_a_thing_named_without_its_time_or_its_name(nlp, text, named):
    doc = nlp(text)
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == named


def test_extents_things_listed_after_such_as_belong_to_the_phrase(nlp):
    doc = nlp("Ada Roos praised fees such as the harbour toll.")
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == "fees such as the harbour toll"


def test_extents_possessive_left_out_with_the_judgement_after_it(nlp):
    doc = nlp("Mayor Tom Kim condemned her hateful remarks.")
    remarks = next(t for t in doc if t.text == "remarks")
    start, end = noun_phrase(doc, remarks)
    assert doc[start:end].text == "remarks"
    assert possessive(doc, start, end).text == "her"


def test_extents_verb_phrase_keeps_what_its_object_is_held_to_be(nlp):
    doc = nlp("Velmora decided on Monday to no longer consider Ostani farms illegal.")
    consider = next(t for t in doc if t.text == "consider")
    start, end = verb_phrase(doc, consider)
    assert doc[start:end].text == "consider Ostani farms illegal"


def test_extents_verb_phrase_leaves_a_clause_with_its_own_verb(nlp):
    doc = nlp("Velmora decided on Monday to consider that Ostani farms are illegal.")
    consider = next(t for t in doc if t.text == "consider")
    start, end = verb_phrase(doc, consider)
    assert doc[start:end].text == "consider"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Velmo rejected the claims in a statement on Friday.", "claims"),
        ("Velmo rejected the claims during an interview with a radio host.", "claims"),
        ("Velmo rejected the claims in the lawsuit.", "claims in the lawsuit"),
    ],
)
def test_extents_a_thing_said_ends_before_the_message_it_was_answered_in(nlp, text, named):
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == "claims")
    start, end = noun_phrase(doc, noun)
    assert doc[start:end].text == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Senator Ada Vos criticised the Lunar Freight System (LFS) procurement.",
            "Lunar Freight System (LFS) procurement",
        ),
        ("Senator Ada Vos criticised the Velmor Freight System (Velmor) procurement.", "procurement"),
    ],
)
def test_extents_a_short_name_in_brackets_belongs_to_the_name_before_it(nlp, text, named):
    doc = nlp(text)
    (expr,) = find(doc, load())
    start, end = _extent(expr, doc)
    assert doc[start:end].text == named
