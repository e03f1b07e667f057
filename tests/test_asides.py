"""Sentences parsed again without the aside their dashes set off."""

from __future__ import annotations

from faultlines.asides import aside
from tests.stances.helpers import analysed_stances, held_on


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_asides_subject_keeps_its_verb_across_a_relative_aside(nlp):
    doc = nlp(
        "In Norland, the Green candidate, Mara Ruiz — whose brother, also a mayor, once ran the port"
        " — promised to keep the ferry and attacked Tom Vale on his toll plan."
    )
    promised = _word(doc, "promised")
    assert promised.dep_ == "ROOT" and len(list(doc.sents)) == 1
    assert _word(doc, "ran").head.text == "Ruiz" and _word(doc, "ran").dep_ in ("relcl", "dep")


def test_asides_a_clause_after_the_aside_keeps_the_dash_as_its_comma(nlp):
    doc = nlp("If the goal was to stall the vote – to run out the clock – they managed it well, she wrote.")
    assert _word(doc, "managed").head.text == "wrote" and len(list(doc.sents)) == 1


def test_asides_only_one_pair_of_dashes_with_words_on_both_sides_is_an_aside(nlp):
    assert aside(nlp("Mara Ruiz — the mayor — said no.")[:]) == (2, 5)
    assert aside(nlp("Mara Ruiz said no — for now.")[:]) is None
    assert aside(nlp("Mara Ruiz — the mayor — and Tom Vale — her rival — said no.")[:]) is None


def test_asides_each_way_of_writing_a_dash_sets_off_an_aside_in_its_own_sentence(nlp):
    doc = nlp("Tom Vale left early. Mara Ruiz -- the mayor – said no.")
    assert [aside(sent) for sent in doc.sents] == [None, (7, 10)]


def test_asides_the_verb_after_an_aside_carries_its_subjects_stance():
    text = (
        "Norland weighs a harbour toll. The candidate, Mara Ruiz — whose brother once ran the port"
        " — promised to scrap the harbour toll."
    )
    assert held_on(analysed_stances(text), "toll") == {("Mara Ruiz", -1)}
