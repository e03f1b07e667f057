"""Who holds what a report or a claim tells.

A paper or an agency reporting what it found out takes no side of its own: "the Times reported
that the levy was illegal" tells a finding. What it reports someone said is theirs: "Reuters
reported that Lee said the levy was illegal" is Lee's side. What a claim says ("police's claim that
Lee had refused to stop") is no one's stated side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes import cues
from faultlines.stances import clauses
from faultlines.stances.subjects import relative_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

# Cue verbs that relay what the reporter found out.
REPORTING = frozenset({"report"})


def relays(cue: Token) -> bool:
    """Whether a quote's cue reports a finding rather than the reporter's own word."""
    return cue.lemma_.lower() in REPORTING


def teller(predicate: Token, cue: Token) -> Token | None:
    """The subject of the verb of saying, inside the report cued by ``cue``, that ``predicate`` hangs
    on: "Lee" in "Reuters reported that Lee said the levy was illegal", and the noun a relative clause
    hangs on ("working with the board, which has said it needs a review" is the board's need); None
    when the report tells no one's words."""
    for tok in (predicate, *predicate.ancestors):
        if tok.i == cue.i:
            break
        said = tok.head
        if tok.dep_ == "ccomp" and said.i != cue.i and cues.cue_kind(said) is not None:
            subject = clauses.child(said, ("nsubj",))
            return relative_antecedent(subject) if subject is not None else None
    return None


def claimed(predicate: Token) -> bool:
    """Whether a stance is only what a claim says ("police's claim that Lee had refused to stop"),
    not something the article states."""
    clause = next((t for t in (predicate, *predicate.ancestors) if t.dep_ in ("acl", "ccomp")), None)
    if clause is None or (clause.dep_ == "acl" and clause.tag_ == "VBG"):
        return False  # "a statement criticising X" is the statement's own act, its sender's
    return cues.is_cue_noun(clause.head)
