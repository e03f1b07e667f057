"""A bare remark named just after the verb that made it, and who made it."""

from __future__ import annotations

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from faultlines.stances.remarks import teller
from tests.stances.helpers import analysed_stances


def test_remarks_the_complaint_is_told_by_who_complained_just_before(nlp):
    doc = nlp("Ada Roos complained about the new ferry fares. Tom Brill mocked the complaint.")
    starts = [sent.start for sent in doc.sents]
    told = [teller(e, doc, starts) for e in find(doc, load()) if doc[e.topic].lower_ == "complaint"]
    assert [t.text for t in told if t is not None] == ["Roos"]


def test_remarks_the_allegations_are_told_by_who_accused_just_before(nlp):
    doc = nlp("Ada Roos accused the port board of hiding the audit. The board denied the allegations.")
    starts = [sent.start for sent in doc.sents]
    told = [teller(e, doc, starts) for e in find(doc, load()) if doc[e.topic].lower_ == "allegations"]
    assert [t.text for t in told if t is not None] == ["Roos"]


def test_remarks_a_statement_is_not_told_by_an_accusation(nlp):
    doc = nlp("Ada Roos accused the port board of hiding the audit. Tom Brill mocked the statement.")
    starts = [sent.start for sent in doc.sents]
    told = [teller(e, doc, starts) for e in find(doc, load()) if doc[e.topic].lower_ == "statement"]
    assert all(t is None for t in told)


def test_remarks_a_bare_request_is_the_request_at_stake():
    text = (
        "Mayor Ada Lind told the Harbour Police that she did not want an escort, "
        "but the Harbour Police overruled that request."
    )
    assert ("Harbour Police", "request", -1) in analysed_stances(text)
