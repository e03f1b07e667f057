"""A bare remark named just after the verb that made it, and who made it."""

from __future__ import annotations

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from faultlines.stances.remarks import teller


def test_remarks_the_complaint_is_told_by_who_complained_just_before(nlp):
    doc = nlp("Ada Roos complained about the new ferry fares. Tom Brill mocked the complaint.")
    starts = [sent.start for sent in doc.sents]
    told = [teller(e, doc, starts) for e in find(doc, load()) if doc[e.topic].lower_ == "complaint"]
    assert [t.text for t in told if t is not None] == ["Roos"]
