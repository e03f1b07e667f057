"""Who holds what a report tells: nobody for a finding, the one it reports as saying so."""

from __future__ import annotations

from faultlines.stances import reports
from tests.stances.helpers import analysed_stances, held_on, word


def test_reports_a_paper_reporting_a_finding_takes_no_side():
    reported = "The Velmor Gazette reported that the harbour levy was illegal."
    said = "The Velmor Gazette said that the harbour levy was illegal."
    assert held_on(analysed_stances(reported), "levy") == set()
    assert held_on(analysed_stances(said), "levy") == {("Velmor Gazette", -1)}


def test_reports_what_a_report_says_someone_said_is_theirs():
    reported = "The Velmor Gazette reported that Ada Roos said the harbour levy was illegal."
    assert held_on(analysed_stances(reported), "levy") == {("Ada Roos", -1)}


def test_reports_the_teller_is_the_subject_of_the_saying_inside(nlp):
    doc = nlp("The Velmor Gazette reported that Ada Roos said the harbour levy was illegal.")
    assert reports.teller(word(doc, "illegal"), word(doc, "reported")).text == "Roos"
    finding = nlp("The Velmor Gazette reported that the harbour levy was illegal.")
    assert reports.teller(word(finding, "illegal"), word(finding, "reported")) is None


def test_reports_a_need_told_by_a_relative_clause_is_its_nouns_not_the_speakers():
    text = (
        "Ivo Marsh said the agency is working with the Harbour Board, which has said it needs to "
        "carry out a safety review before opening the dock."
    )
    assert held_on(analysed_stances(text), "review") == {("Harbour Board", 1)}
