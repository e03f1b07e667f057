"""Whether a clause a cue governs states something: a finite clause, not a participle, an infinitive
or a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.syntax import FINITE

if TYPE_CHECKING:
    from spacy.tokens import Token


def states(clause: Token, kind: str) -> bool:
    """A reported clause states something: not a participle or infinitive clause ("footage shows
    police firing", "declaring the land to be theirs": what was seen or done), and after a belief
    verb a finite one ("considers the plan dead" is an opinion the writer ascribes, not a claim)."""
    children = list(clause.children)
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return False
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in children)
    if clause.tag_ in ("VBG", "VBN") and not (auxiliary or _that_past(clause)):
        return False
    return (
        kind != "belief"
        or clause.tag_ in FINITE
        or any(c.tag_ in FINITE for c in children if c.dep_ in ("aux", "auxpass"))
    )


def _that_past(clause: Token) -> bool:
    """ "adding that its value quadrupled": a past tense the tagger read as a participle, told by
    an active subject of its own."""
    children = list(clause.children)
    return clause.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children)


def asks_whether(clause: Token) -> bool:
    """ "noted if and how often …": a clause opened by "if" or "whether" is a question, not a claim."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children)
