"""A stance word in a yes-no question takes no side; negated and wh-questions keep theirs."""

from __future__ import annotations

import pytest

from faultlines.stances.questions import asked


def _asked(nlp, text: str, word: str) -> bool:
    doc = nlp(text)
    return asked(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("But has Ada Roos backed the harbour levy?", "backed"),
        ("Would you say that the toll plan was bad?", "bad"),
        ("Bo Lind asked Kim: 'So they are going to scrap the toll?'", "scrap"),
    ],
)
def test_questions_a_yes_no_question_only_asks(nlp, text, word):
    assert _asked(nlp, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ada Roos backed the harbour levy.", "backed"),
        ("Isn't the harbour levy a disgrace?", "disgrace"),  # asserts by its form
        ("Why won't Bo Lind support the harbour levy?", "support"),  # a reproach, read elsewhere
    ],
)
def test_questions_a_statement_or_an_asserting_question_is_not_only_asked(nlp, text, word):
    assert not _asked(nlp, text, word)
