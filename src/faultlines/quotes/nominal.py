"""Cues that are not verbs: a claim noun or a belief adjective with the that-clause it reports.

"Trump's claim that crime is rising", "an earlier declaration by the ministry that …", "many voters
are afraid that turnout will fall". The cue words are the [noun] and [adjective] sections of
``cue_verbs.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes.clauses import states
from faultlines.quotes.cues import cue_bounds
from faultlines.quotes.found import Found, token_bounds, trim
from faultlines.quotes.sources import phrase_span, source_heads, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Fewest words of a that-clause after a noun that is what was claimed, not a relative clause.
NOUN_MIN_WORDS = 3
# Verbs whose subject owns the claim noun they take: "she repeated the claim that …".
VOICING = {"make", "repeat", "reiterate", "renew", "issue", "voice", "express", "offer", "level"}


def noun_clause(text: str, noun: Token) -> Found | None:
    """ "Trump's claim that crime is rising": the that-clause is the content, the possessor its source."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
        ),
        None,
    )
    if clause is None or clause.i < noun.i:
        return None
    lo = clause.left_edge.i + 1  # past "that"
    words = [t for t in noun.doc[lo : clause.right_edge.i + 1] if not t.is_punct]
    if len(words) < NOUN_MIN_WORDS:
        return None  # "the claim that he made": a relative clause, not what was claimed
    quote = Found(
        contents=[trim(text, *token_bounds(noun.doc[lo], clause.right_edge))],
        kind="indirect",
        rule="noun-clause",
        cue=cue_bounds(noun),
    )
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _by_whom(noun) or _named(noun)
    if noun.dep_ == "dobj" and (owner is None or owner.pos_ == "PRON"):
        # "she repeated the claim that …", "Lind stressed her view that …": the subject voices it
        subject = subject_of(noun.head)
        if owner is None and noun.head.lemma_.lower() not in VOICING:
            subject = None
        owner = subject if subject is not None and subject.pos_ != "PRON" else owner
    if owner is not None:
        quote.sources = [trim(text, *phrase_span(owner))]
    return quote


def adjective_clause(text: str, adjective: Token) -> Found | None:
    """ "Many voters are afraid that turnout will fall": the that-clause is the content, the one the
    adjective describes its source."""
    if adjective.head.lemma_.lower() == "make":
        return None  # "to make sure that …" is a purpose, nobody's belief
    clause = _that_clause(adjective) or (_that_clause(adjective.head) if adjective.dep_ == "acomp" else None)
    if clause is None or clause.i < adjective.i or not states(clause, "speech"):
        return None
    lo = clause.left_edge.i + 1  # past "that"
    words = [t for t in adjective.doc[lo : clause.right_edge.i + 1] if not t.is_punct]
    if len(words) < NOUN_MIN_WORDS:
        return None
    quote = Found(
        contents=[trim(text, *token_bounds(adjective.doc[lo], clause.right_edge))],
        kind="indirect",
        rule="adjective-clause",
        cue=cue_bounds(adjective),
    )
    holder = next((c for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    holder = holder or subject_of(adjective)
    if holder is not None:
        quote.sources = [trim(text, *phrase_span(head)) for head in source_heads(holder)]
    return quote


def _that_clause(head: Token) -> Token | None:
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
        ),
        None,
    )


def _named(noun: Token) -> Token | None:
    """A name compounded with the noun: "the Trump claim that …", and "Trump claims that …" mistagged."""
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def _by_whom(noun: Token) -> Token | None:
    """The owner named in a phrase after the noun: "warnings from his attorney"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of") and prep.i < noun.i + 3:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
