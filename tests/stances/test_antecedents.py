"""What a bare "the deal" or "the bill" stands for: the same noun named in full earlier."""

from __future__ import annotations

from faultlines.stances.antecedents import (
    bare_definite,
    charges_of_the_case,
    name_given,
    named_before,
    renamed,
)
from tests.stances.helpers import word


def test_antecedents_bare_deal_is_the_deal_named_before(nlp):
    doc = nlp("Ruiz once praised a new fishing deal with Velmora. Today she rejects the deal.")
    found = named_before(word(doc, "deal"))
    assert found is not None and found.i == word(doc, "deal", 0).i


def test_antecedents_nothing_named_before_finds_nothing(nlp):
    doc = nlp("The weather was mild. Today she rejects the deal.")
    assert named_before(word(doc, "deal")) is None


def test_antecedents_plural_noun_after_things_named_one_by_one_is_the_last_named(nlp):
    # "both allegations", "the allegations": each was named on its own, in the singular
    for text in (
        "Lee faced a fraud allegation in May and a second allegation in June. Lee denied both allegations.",
        "Lee faced a fraud allegation in May. Lee denied the allegations.",
    ):
        doc = nlp(text)
        found = named_before(word(doc, "allegations"))
        assert found is not None and found.lower_ == "allegation" and found.i < word(doc, "allegations").i


def test_antecedents_both_with_words_of_its_own_names_no_earlier_thing(nlp):
    doc = nlp("Lee faced a fraud allegation in May. Lee denied both new allegations.")
    assert named_before(word(doc, "allegations")) is None


def test_antecedents_only_a_bare_definite_noun_refers_back(nlp):
    doc = nlp("Ruiz praised a new fishing deal with Velmora. Kim wants a better deal.")
    assert not bare_definite(word(doc, "deal"))
    assert named_before(word(doc, "deal")) is None


def test_antecedents_bill_takes_the_name_it_was_given(nlp):
    doc = nlp(
        "After an outcry, the bill, known as the Harbor Safety Act, was passed by the council. "
        "The mayor calls the bill a grave mistake."
    )
    start, end = name_given(word(doc, "bill"))
    assert doc[start:end].text == "Harbor Safety Act"


def test_antecedents_a_bill_named_only_by_its_wording_gives_no_name(nlp):
    doc = nlp("The council passed the 2012 harbor bill. The mayor calls the bill a grave mistake.")
    assert name_given(word(doc, "bill")) is None


def test_antecedents_an_apposed_person_is_no_name_of_a_thing(nlp):
    doc = nlp("Lor attacked his wife, Heidi, in a speech.")
    assert name_given(word(doc, "wife")) is None


def test_antecedents_a_bracketed_name_leaves_its_bracket_out(nlp):
    doc = nlp("The mayor is a strong advocate for HTF (Harbor Toll Fund) grants to fishermen.")
    start, end = name_given(word(doc, "HTF"))
    assert doc[start:end].text == "Harbor Toll Fund"


def test_antecedents_bare_noun_is_a_name_of_its_kind_named_before(nlp):
    doc = nlp("Ruiz once praised the Velmor Fishing Accord. Today she rejects the deal.")
    found = named_before(word(doc, "deal"))
    assert found is not None and found.text == "Accord"


def test_antecedents_nearest_naming_of_the_kind_wins(nlp):
    doc = nlp(
        "Ruiz praised a new fishing deal. She called the Velmor Fishing Accord a model for the region. "
        "Today she rejects the deal."
    )
    assert named_before(word(doc, "deal")).text == "Accord"


def test_antecedents_a_noun_of_another_kind_is_not_named_before(nlp):
    doc = nlp("Ruiz once praised the Velmor Fishing Accord. Today she rejects the ruling.")
    assert named_before(word(doc, "ruling")) is None


def test_antecedents_a_bill_given_a_name_renames_the_bill_named_before(nlp):
    doc = nlp(
        "Ruiz rejects the harbor toll bill. After an outcry, the bill, known as the Harbor Safety Act, "
        "was passed by the council."
    )
    ((before, (start, end)),) = renamed(doc)
    assert doc[before].text == "bill" and doc[before].i < 8
    assert doc[start:end].text == "Harbor Safety Act"


def test_antecedents_plural_noun_tagged_as_a_verb_is_still_named_before(nlp):
    doc = nlp(
        "Twelve towns are challenging the Harbor Agency's Clean Harbor Plan rules before the court. "
        "Ten cities support the regulations."
    )
    found = named_before(word(doc, "regulations"))
    assert found is not None and found.i == word(doc, "rules").i


def test_antecedents_charges_named_by_whom_they_are_against_are_the_case_s_charges(nlp):
    doc = nlp("The board said the charges against Ada Roos are overdue, unlike the charges of fraud in May.")
    assert charges_of_the_case(word(doc, "charges", 0))
    assert not charges_of_the_case(word(doc, "charges", 1))
    assert not charges_of_the_case(word(nlp("Ada Roos backed the case against the levy."), "case"))
