"""Who holds what a report tells.

A paper or an agency reporting what it found out takes no side of its own: "the Times reported
that the levy was illegal" tells a finding. What it reports someone said is theirs: "Reuters
reported that Lee said the levy was illegal" is Lee's side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses

if TYPE_CHECKING:
    from spacy.tokens import Token

# Cue verbs that relay what the reporter found out.
REPORTING = frozenset({"report"})


def relays(cue: Token) -> bool:
    """Whether a quote's cue reports a finding rather than the reporter's own word."""
    return cue.lemma_.lower() in REPORTING


def teller(predicate: Token, cue: Token) -> Token | None:
    """The subject of the verb of saying, inside the report cued by ``cue``, that ``predicate`` hangs
    on: "Lee" in "Reuters reported that Lee said the levy was illegal"; None when the report tells
    no one's words."""
    from faultlines.quotes import cues

    for tok in (predicate, *predicate.ancestors):
        if tok.i == cue.i:
            break
        said = tok.head
        if tok.dep_ == "ccomp" and said.i != cue.i and cues.cue_kind(said) is not None:
            return clauses.child(said, ("nsubj",))
    return None
