"""The form of a question: a sentence that only asks yes or no, a clause put as a question by its
auxiliary, the clauses a question mark closes."""

from __future__ import annotations

import pytest

from faultlines import questions


def _word(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("But has Ada Roos backed the harbour levy?", "backed"),
        ("Would you say that the toll plan was bad?", "bad"),
        ("Bo Lind asked Kim: 'So they are going to scrap the toll?'", "scrap"),
    ],
)
def test_questions_a_yes_no_question_only_asks(nlp, text, word):
    assert questions.yes_no(_word(nlp, text, word).sent)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ada Roos backed the harbour levy.", "backed"),
        ("Isn't the harbour levy a disgrace?", "disgrace"),  # asserts by its form
        ("Why won't Bo Lind support the harbour levy?", "support"),  # a reproach, read elsewhere
    ],
)
def test_questions_a_statement_or_an_asserting_question_is_not_yes_no(nlp, text, word):
    assert not questions.yes_no(_word(nlp, text, word).sent)


def test_questions_an_auxiliary_before_its_subject_puts_a_clause_as_a_question(nlp):
    assert questions.inverted(_word(nlp, "Has Ada Roos backed the harbour levy?", "backed"))
    assert not questions.inverted(_word(nlp, "Ada Roos has backed the harbour levy.", "backed"))


def test_questions_a_question_mark_closes_its_clause_only(nlp):
    doc = nlp("Do you agree with the toll? Bo Lind backed the harbour levy.")
    first, second = doc.sents
    assert next(t for t in doc if t.text == "agree").i in questions.closed(first)
    assert questions.closed(second) == set()
