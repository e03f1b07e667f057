"""Promises and threats made by no one: "failing to act will guarantee that we lose", "this
promises to be hard", "it is all but guaranteed that someone will leak it" say how likely
something is; no actor promises or threatens anything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax

if TYPE_CHECKING:
    from spacy.tokens import Token

# Demonstratives that stand for a thing or a state of affairs; "all", "both", "each" count people.
DEMONSTRATIVES = frozenset({"this", "that"})


def foretold(tok: Token) -> bool:
    """Whether ``tok``'s subject is a clause ("missing the deadline guarantees ..."), a
    demonstrative ("that promises to ..."), or the empty "it" of a passive ("it is guaranteed that
    ...")."""
    kids = list(tok.children)
    if any(c.dep_ == "csubj" for c in kids):
        return True
    passive = any(c.dep_ == "auxpass" for c in kids)
    # a relative "that" ("a group that has applauded X") stands for its noun, no demonstrative
    relative = tok.dep_ == "relcl"
    return any(
        c.dep_ == "nsubj"
        and not (relative and syntax.relative_pronoun(c))
        and (c.lower_ in DEMONSTRATIVES or (passive and c.lower_ == "it"))
        for c in kids
    )
