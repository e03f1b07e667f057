"""What a relative pronoun in a speaker's quote stands for."""

from __future__ import annotations

from faultlines import analyze
from faultlines.stances.quoted import Context
from faultlines.stances.relatives import antecedent, set_off


def _context(nlp, text: str):
    doc = nlp(text)
    return doc, Context(analyze(text), doc)


def test_relatives_who_stands_for_the_person_it_hangs_on(nlp):
    doc, context = _context(nlp, '"Tomas Berg, who is a disgrace, must go," said Mara Ruiz.')
    who = next(t for t in doc if t.lower_ == "who")
    assert antecedent(who, context).text == "Berg"


def test_relatives_a_second_clause_reaches_the_first_antecedent(nlp):
    text = '"Tomas Berg, who is a grocer who hoards bread, must go," said Mara Ruiz.'
    doc, context = _context(nlp, text)
    second_who = [t for t in doc if t.lower_ == "who"][1]
    assert antecedent(second_who, context).text == "Berg"


def test_relatives_which_never_stands_for_a_person(nlp):
    text = '"We told the minister, which was a wise choice," said Mara Ruiz.'
    doc, context = _context(nlp, text)
    which = next(t for t in doc if t.lower_ == "which")
    assert antecedent(which, context) is None


def test_relatives_a_word_that_is_no_relative_pronoun_stands_for_itself(nlp):
    doc, context = _context(nlp, '"The levy is a disaster," said Mara Ruiz.')
    levy = next(t for t in doc if t.text == "levy")
    assert antecedent(levy, context) is levy


def test_relatives_a_clause_after_a_comma_is_set_off_one_without_is_not(nlp):
    doc = nlp("The levy, which hurts shops, ended. The ruling that paved the way stands.")
    which, that = (t for t in doc if t.lower_ in ("which", "that"))
    assert set_off(which)
    assert not set_off(that)
