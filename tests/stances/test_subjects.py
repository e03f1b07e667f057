"""Whose subject a clause without one of its own takes: participles, gerund adjuncts, relatives."""

from __future__ import annotations

import pytest

from faultlines.stances import subjects
from tests.stances.helpers import word as token


def test_subjects_a_joined_verb_shares_the_subject_of_the_verb_before_it(nlp):
    doc = nlp("Vesta praised the levy but refused to sign the treaty.")
    assert subjects.shared(token(doc, "refused")).text == "Vesta"
    assert subjects.shared(token(doc, "praised")).text == "Vesta"


def test_subjects_a_verb_joined_to_a_copula_shares_no_subject(nlp):
    # the parse joins "urged" to "was", whose subject is the one judged, not the one urging
    doc = nlp("The envoy said Lee was a fraud and urged voters to reject the treaty.")
    assert subjects.shared(token(doc, "urged")) is None


def test_subjects_relative_who_is_its_antecedent(nlp):
    doc = nlp("Marsh, who refused to back the levy, left early.")
    who = next(t for t in doc if t.text == "who")
    assert subjects.relative_antecedent(who).text == "Marsh"


def test_subjects_subject_lent_by_an_infinitive_hung_before_the_verb(nlp):
    doc = nlp(
        "The sole two Gulf states to have signed trade pacts with Chile - Norway and Peru - also sharply criticised the levy."
    )
    verb = token(doc, "criticised")
    subject = subjects.adjunct_subject(verb)
    assert subject is not None and subject.text == "states"
    assert subjects.lends_subject(token(doc, "signed"))


def test_subjects_an_infinitive_after_its_verb_lends_no_subject(nlp):
    doc = nlp("Ada Roos asked the states to sign the pact.")
    assert not subjects.lends_subject(token(doc, "sign"))


def test_subjects_main_verb_read_as_a_modifier_takes_the_root_as_subject(nlp):
    doc = nlp("Three senators, Ada Roos, Ben Kole and Cy Marr, called for the harbour levy.")
    subject = subjects.adjunct_subject(token(doc, "called"))
    assert subject is not None and subject.text == "senators"


def test_subjects_a_passive_modifier_with_its_doer_keeps_no_subject(nlp):
    doc = nlp("The harbour levy backed by Ada Roos.")
    assert not subjects.main_verb_read_as_modifier(token(doc, "backed"))


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("After criticising the harbour levy, Ada Roos said she would wait.", "criticising", "Roos"),
        ("Ada Roos replied by praising the harbour levy.", "praising", "Roos"),
        ("Ada Roos spoke to farmers, praising the harbour levy.", "praising", "Roos"),
        ("In praising the harbour levy, Ada Roos spoke for the port.", "praising", "Roos"),
    ],
)
def test_subjects_a_gerund_after_a_preposition_of_time_or_means_is_the_clause_subjects(
    nlp, text, verb, subject
):
    found = subjects.adjunct_subject(token(nlp(text), verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos abstained without backing the harbour levy.",
        "Ada Roos blamed Ben Hart for backing the harbour levy.",
        "Ada Roos praised the record of backing the harbour levy.",
    ],
)
def test_subjects_a_gerund_not_done_or_charged_to_another_has_no_adjunct_subject(nlp, text):
    assert subjects.adjunct_subject(token(nlp(text), "backing")) is None


def test_subjects_who_among_those_is_who_is_counted_among_them(nlp):
    doc = nlp("Ada Roos was among those who opposed the harbour levy.")
    assert subjects.relative_antecedent(token(doc, "who")).text == "Roos"


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("Ada Roos was one of four members who voted against the harbour levy.", "Roos"),
        ("Ada Roos met one of the members who voted against the harbour levy.", "members"),
    ],
)
def test_subjects_who_of_one_of_a_group_is_the_one_counted(nlp, text, antecedent):
    assert subjects.relative_antecedent(token(nlp(text), "who")).text == antecedent


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ada Roos spoke before senators defending the harbour levy.", "Roos"),
        ("Ada Roos spoke to reporters defending the harbour levy.", "Roos"),
        ("Ada Roos responded to letters defending the harbour levy.", None),
        ("Ada Roos met farmers defending the harbour levy.", None),
    ],
)
def test_subjects_a_participle_hung_on_an_audience_is_the_speakers(nlp, text, speaker):
    found = subjects.audience_speaker(token(nlp(text), "defending"))
    assert (found.text if found is not None else None) == speaker


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("Ada Roos is a lawyer who opposed the harbour levy.", "Roos"),
        ("The Vesta Pier is the only pier that opposed the harbour levy.", "pier"),
    ],
)
def test_subjects_who_after_a_persons_description_is_the_person(nlp, text, antecedent):
    doc = nlp(text)
    who = next(t for t in doc if t.lower_ in ("who", "that"))
    assert subjects.relative_antecedent(who).text == antecedent


def test_subjects_it_in_what_a_body_says_is_that_body(nlp):
    said = [
        ("Velmo Bank said it would scrap the parking levy.", "it"),
        ("The bank announced that it will scrap the parking levy.", "it"),
        ("Governor Kim Lee said it will pass.", "it"),
        ("Velmo Bank said the board would scrap the parking levy.", "board"),
    ]
    found = [subjects.reporting_body(token(nlp(text), word)) for text, word in said]
    assert found == [True, True, False, False]


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("Lee hoped for talks between the town and the Vesta Front, who refused to negotiate.", "Front"),
        ("Lee hoped for talks between the town and the Vesta Front, which refused to negotiate.", "talks"),
    ],
)
def test_subjects_who_hung_on_a_thing_is_the_name_right_before_it(nlp, text, antecedent):
    relative = next(t for t in nlp(text) if t.lower_ in ("who", "which"))
    assert subjects.relative_antecedent(relative).text == antecedent


def test_subjects_a_name_in_a_subject_but_not_in_a_relative_clause(nlp):
    doc = nlp("Ann Kim was right about the things that Ivo Lee did wrong.")
    assert subjects.in_subject(token(doc, "Ann")) and not subjects.in_subject(token(doc, "Ivo"))
