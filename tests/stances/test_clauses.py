"""The grammar of a stance clause: negation under "think", relative subjects, conditions."""

from __future__ import annotations

from faultlines.stances import clauses


def test_clauses_negated_thinking_negates_the_clause(nlp):
    doc = nlp("I don't think this is a foolish idea.")
    assert clauses.disbelieved(next(t for t in doc if t.text == "is"))


def test_clauses_relative_who_is_its_antecedent(nlp):
    doc = nlp("Marsh, who refused to back the levy, left early.")
    who = next(t for t in doc if t.text == "who")
    assert clauses.relative_antecedent(who).text == "Marsh"


def test_clauses_if_clause_is_hypothetical(nlp):
    doc = nlp("If the council passes the levy, the port will close.")
    assert clauses.hypothetical(next(t for t in doc if t.text == "passes"), _lex())


def _lex():
    from faultlines.stances.lexicon import load

    return load()


def test_clauses_wondering_why_asks_rather_than_states(nlp):
    doc = nlp("I wonder why the toll was so bad.")
    assert clauses.asked(next(t for t in doc if t.text == "was"))


def test_clauses_whether_or_if_after_a_verb_asks_but_a_condition_does_not(nlp):
    def asked(text: str, verb: str) -> bool:
        return clauses.asked(next(t for t in nlp(text) if t.text == verb))

    assert asked("The board will decide whether the toll should be scrapped.", "scrapped")
    assert asked("We asked if the toll should be scrapped.", "scrapped")
    assert not asked("If the toll is scrapped, the ferry will close.", "scrapped")


def test_clauses_extraposed_clause_with_for_and_to_is_what_it_stands_for(nlp):
    doc = nlp("It is smart for the mayor to scrap the toll.")
    assert clauses.extraposed(doc[1]).text == "scrap"
