"""The grammar of a stance clause: negation under "think", relative subjects, conditions."""

from __future__ import annotations

import pytest

from faultlines.stances import clauses
from faultlines.stances.lexicon import load
from tests.stances.helpers import stances_of
from tests.stances.helpers import word as token


def test_clauses_negated_thinking_negates_the_clause(nlp):
    doc = nlp("I don't think this is a foolish idea.")
    assert clauses.disbelieved(next(t for t in doc if t.text == "is"))


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The ferry levy is actually not so crazy.", True),  # an adverb of the verb before "not"
        ("The ferry levy is just not fair.", True),
        ("The ferry levy is fair - probably not what Lee wanted.", False),  # a "not" of another phrase
        ("Lee said the ferry levy is ''not a good idea.''", True),  # a quote mark opens before "not"
    ],
)
def test_clauses_negated_after_the_verbs_own_adverbs(nlp, text, negated):
    doc = nlp(text)
    assert clauses.negated(next(t for t in doc if t.text == "is")) is negated


def test_clauses_if_clause_is_hypothetical(nlp):
    doc = nlp("If the council passes the levy, the port will close.")
    assert clauses.hypothetical(next(t for t in doc if t.text == "passes"), _lex())


def _lex():
    return load()


def test_clauses_wondering_why_asks_rather_than_states(nlp):
    doc = nlp("I wonder why the toll was so bad.")
    assert clauses.asked(next(t for t in doc if t.text == "was"))


def test_clauses_a_judgement_inside_a_condition_takes_no_side(nlp):
    doc = nlp("If the judge ruled that the file would be useful to voters, the paper would print it.")
    useful = next(t for t in doc if t.text == "useful")
    assert clauses.hypothetical(useful.head, load())
    assert not clauses.hypothetical(next(t for t in doc if t.text == "print"), load())


def test_clauses_infinitive_after_a_judging_noun_is_what_it_stands_for(nlp):
    doc = nlp("It would be a mistake to scrap the dock levy, Ada Roos said.")
    be = next(t for t in doc if t.text == "be")
    assert clauses.extraposed(be).text == "scrap"


def test_clauses_infinitive_with_nothing_of_its_own_says_what_kind_of_thing(nlp):
    doc = nlp("It is the proper thing to do.")
    assert clauses.extraposed(next(t for t in doc if t.text == "is")) is None


def test_clauses_wrong_to_do_something_judges_the_act(nlp):
    doc = nlp("Roos said the council was wrong to close the library.")
    assert clauses.judged_act(next(t for t in doc if t.text == "wrong"), load()).text == "close"


def test_clauses_an_act_named_as_subject_is_what_is_judged_not_its_purpose(nlp):
    doc = nlp("Roos said reopening the port was necessary to cut shipping prices.")
    assert clauses.judged_act(next(t for t in doc if t.text == "necessary"), load()) is None


def test_clauses_unfit_to_serve_or_hard_to_defend_judges_the_subject(nlp):
    for text, word in (
        ("Roos said Lee was unfit to chair the harbour board.", "unfit"),
        ("Roos said the plan is hard to defend.", "hard"),
        ("The plan was wrong to begin with.", "wrong"),
    ):
        doc = nlp(text)
        assert clauses.judged_act(next(t for t in doc if t.text == word), load()) is None


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Ada Roos would sign the harbour bill if it lands on her desk.", True),
        ("Bo Lind will veto the levy if it reaches his desk.", True),
        ("Ada Roos would back the harbour deal if it came with a cap on fares.", False),
        ("Bo Lind will sign the levy if the council passes it.", False),
        ("If elected, Ada Roos would sign the harbour bill.", True),
        ("If she wins the race, Ada Roos will veto the levy.", True),
        ("If the levy wins approval, Bo Lind will veto the fares.", False),
    ],
)
def test_clauses_a_thing_reaching_its_signer_or_a_signer_taking_office_is_no_condition(nlp, text, firm):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("sign", "veto", "back"))
    assert clauses.conditional(verb, _lex()) is not firm


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Bo Lind denied that the harbour levy was unfair.", True),
        ("Bo Lind disputed that the harbour levy was unfair.", True),
        ("Bo Lind did not deny that the harbour levy was unfair.", False),
        ("Bo Lind said that the harbour levy was unfair.", False),
    ],
)
def test_clauses_a_denied_clause_is_disbelieved(nlp, text, denied):
    doc = nlp(text)
    assert clauses.disbelieved(next(t for t in doc if t.lemma_ == "be")) is denied


def test_clauses_a_judgement_its_target_denies_is_turned(nlp):
    assert stances_of(nlp, "Mayor Bo Lind denied that the harbour levy was unfair.") == [
        ("unfair", 1, "levy")
    ]


def test_clauses_whether_and_if_complements_are_questions(nlp):
    doc = nlp("Kim wondered whether the judges would be fair. Voters will watch to see if the fee is low.")
    assert clauses.questioned(next(t for t in doc if t.text == "be"))
    assert clauses.questioned(next(t for t in doc if t.text == "is"))


def test_clauses_polar_question_is_asked_and_statement_is_not(nlp):
    doc = nlp("Has the mayor backed the harbour plan? The mayor has backed the harbour plan.")
    backed = [t for t in doc if t.text == "backed"]
    assert clauses.questioned(backed[0])
    assert not clauses.questioned(backed[1])


def test_clauses_condition_with_if_is_not_a_question(nlp):
    doc = nlp("If the levy passes, we will pay it.")
    assert not clauses.questioned(next(t for t in doc if t.text == "passes"))


def test_clauses_an_inverted_auxiliary_puts_a_condition(nlp):
    doc = nlp(
        "Had the council passed the levy, it would have been a disaster. The council had passed the levy."
    )
    passed = [t for t in doc if t.text == "passed"]
    assert clauses.hypothetical(passed[0], load())
    assert not clauses.hypothetical(passed[1], load())


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("Ada Roos did not oppose the harbour plan.", False),
        ("The dairy board never backed the harbour plan.", True),
        ("Canada has not endorsed the river treaty.", True),
        ("Canada will never back the river treaty.", False),
        ("Ada Roos did not back the harbour plan.", False),
        ("Ada Roos backed the harbour plan.", False),
    ],
)
def test_clauses_withheld_support_not_given_so_far(nlp, text, withheld):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    side = load().attitude[(verb.lemma_.lower(),)]
    assert clauses.withheld(verb, side) is withheld


def test_clauses_it_for_a_pronoun_to_act_tells_how_a_person_behaves(nlp):
    doc = nlp("Ada Roos said it would be unwise for her to comment on the levy.")
    be = next(t for t in doc if t.text == "be")
    assert clauses.of_a_person(be) and clauses.extraposed(be) is None


def test_clauses_it_for_a_body_to_act_is_the_act_judged(nlp):
    doc = nlp("Ada Roos said it would be wrong for the council to close the library.")
    be = next(t for t in doc if t.text == "be")
    assert not clauses.of_a_person(be) and clauses.extraposed(be).text == "close"


def test_clauses_a_condition_the_parse_joins_to_its_clause_is_still_a_condition(nlp):
    doc = nlp(
        "The union could accept the pay offer, but only if members can be assured that it is a fair"
        " settlement, Ada Roos said."
    )
    assert token(doc, "assured").dep_ == "conj"  # the small model's reading of "but only if"
    assert clauses.hypothetical(token(doc, "settlement").head, _lex())
    assert not clauses.hypothetical(token(doc, "accept"), _lex())


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Lee thinks the outreach to farmers was phony.", "was", "outreach"),
        ("Lee thinks the levy is phony.", "is", None),  # a subject of its own
        ("Lee told a young clerk who asked about it the levy is phony.", "is", None),  # whom one tells
    ],
)
def test_clauses_stranded_subject_is_the_object_the_parse_gave_the_verb_of_thinking(nlp, text, verb, subject):
    found = clauses.stranded_subject(token(nlp(text), verb))
    assert (found.text if found is not None else None) == subject
