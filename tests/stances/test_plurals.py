from __future__ import annotations

from faultlines.stances.plurals import counted_before


def _named(doc, names: dict[str, str]) -> dict[int, str]:
    """Each token of the names given, mapped to the actor it names."""
    return {t.i: actor for t in doc for word, actor in names.items() if t.text in word.split()}


def _start(doc):
    starts = [s.start for s in doc.sents]
    return lambda i, back: starts[max(sum(s <= i for s in starts) - 1 - back, 0)]


PEOPLE = {"Ada Roos": "roos", "Ben Kole": "kole", "Cy Marr": "marr"}
BY_KIND = {"person": {"roos", "kole", "marr"}, "country": set(), "organisation": set()}


def test_plurals_both_men_are_the_two_people_named_before(nlp):
    doc = nlp("When Ben Kole ran against Cy Marr, both men criticised the river toll.")
    men = next(t for t in doc if t.text == "men")
    assert counted_before(men, _named(doc, PEOPLE), BY_KIND, _start(doc)) == ("kole", "marr")


def test_plurals_a_pronoun_counts_no_one_twice(nlp):
    doc = nlp("Ben Kole met Cy Marr after she left, and both men criticised the river toll.")
    named = _named(doc, PEOPLE) | {next(t.i for t in doc if t.text == "she"): "roos"}
    men = next(t for t in doc if t.text == "men")
    assert counted_before(men, named, BY_KIND, _start(doc)) == ("kole", "marr")


def test_plurals_a_count_named_in_apposition_looks_no_further(nlp):
    doc = nlp("Ben Kole and Cy Marr spoke first. Then the two witnesses, Ada Lund and Di Fox, criticised it.")
    witnesses = next(t for t in doc if t.text == "witnesses")
    assert counted_before(witnesses, _named(doc, PEOPLE), BY_KIND, _start(doc)) == ()


def test_plurals_more_named_than_counted_is_nobody(nlp):
    doc = nlp("Ada Roos met Ben Kole and Cy Marr. The two men criticised the river toll.")
    men = next(t for t in doc if t.text == "men")
    assert counted_before(men, _named(doc, PEOPLE), BY_KIND, _start(doc)) == ()


def test_plurals_a_count_of_bodies_is_no_count_of_people(nlp):
    doc = nlp("When Ben Kole ran against Cy Marr, both governments criticised the river toll.")
    governments = next(t for t in doc if t.text == "governments")
    assert counted_before(governments, _named(doc, PEOPLE), BY_KIND, _start(doc)) == ()
