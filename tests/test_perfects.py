"""An "’s" before a participle that is "has" (perfects.py)."""

from __future__ import annotations

import pytest


def _contracted(doc):
    return next(t for t in doc if t.lower_ in ("’s", "'s"))


@pytest.mark.parametrize(
    "text",
    [
        "Since May, he’s changed his view of the ferry levy.",  # an object
        "Since then, it’s become the main issue in the race.",  # a verb with no passive
        "Ada Roos says she’s sought to protect the harbour fund.",  # a will of the subject's own
        "These are the fees she’s proposed for the new pier.",  # a relative clause acting on its head
        "Her friends think that she’s gone crazy.",
    ],
)
def test_perfects_a_contracted_has_before_a_participle_is_an_auxiliary_of_the_doer(nlp, text):
    doc = nlp(text)
    has = _contracted(doc)
    assert (has.dep_, has.lemma_) == ("aux", "have")
    assert [c.dep_ for c in has.head.children if c.dep_.startswith("nsubj")] == ["nsubj"]


@pytest.mark.parametrize(
    "text",
    [
        "The new pier’s called the Harbour Gate.",
        "The ferry’s been stopped by the council.",
    ],
)
def test_perfects_a_passive_stays_a_passive(nlp, text):
    assert _contracted(nlp(text)).dep_ == "auxpass"


def test_perfects_have_to_has_no_passive(nlp):
    doc = nlp("He’s the first mayor who’s ever had to close the ferry.")
    has = [t for t in doc if t.lower_ == "’s"][1]
    assert (has.dep_, has.lemma_) == ("aux", "have")
