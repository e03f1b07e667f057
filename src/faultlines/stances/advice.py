"""Advice to the reader: an action recommended to whoever reads ("suggests paying off your mortgage
early", "it pays to watch your grocery budget") is counsel, not a position on a proposal a
reader could take a side on. The action is the reader's own: it acts on their things ("your"), and
nobody the text names, nor the speaker's "we", is to do it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns
from faultlines.stances import clauses

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression

# Words by which an action is the reader's own.
READERS = frozenset({"your", "yours", "yourself", "yourselves"})


def to_reader(e: Expression, doc: Doc) -> bool:
    """Whether ``e`` takes a side on an action only the reader is advised to do."""
    if e.phrase != "vp":
        return False
    act = doc[e.topic]
    return any(t.lower_ in READERS for t in act.subtree) and not _doer(act)


def _doer(act: Token) -> bool:
    """Whether someone other than the reader is to do ``act``: its own subject ("Lee will cut your
    taxes"), the one asked to do it ("urged Lee to cut your taxes") or the speaker committing to it
    ("we need to cut your taxes")."""
    own = clauses.child(act, clauses.SUBJECTS)
    if own is not None:
        return own.lower_ not in pronouns.GENERIC
    if act.dep_ != "xcomp":
        return False
    if clauses.child(act.head, ("dobj",)) is not None:
        return True
    controller = clauses.child(act.head, clauses.SUBJECTS)
    # "we need to cut your taxes"
    return controller is not None and controller.lower_ in pronouns.FIRST_PERSON_SUBJECTS
