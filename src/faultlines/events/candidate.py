"""An act found on the parse, before the coder makes an Event of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.events import scan

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Code
    from faultlines.model import Tense


@dataclass(slots=True)
class Candidate:
    """An act found on the parse, before it becomes an Event."""

    pred: Token
    code: Code
    tense: Tense
    negated: bool
    sources: list[Token]
    targets: list[Token]
    depth: int
    secondary: bool = False
    # Already in PLOVER terms (a control verb's threat, a demand): not recoded for tense again.
    final: bool = False
    uses: list[Token] = field(default_factory=list)
    # Found by judging words (judgements.py), not by a verb or noun of an act.
    judged: bool = False
    # The act an agreement promises ("willing to forgive", "agreed to withdraw"), kept beside it.
    promised: Code | None = None


def named_act(
    noun: Token,
    code: Code,
    tense: Tense,
    sources: list[Token],
    targets: list[Token],
    *,
    negated: bool = False,
) -> Candidate:
    """An act named by a noun ("talks between X and Y", "X's criticism of Y", "under investigation
    by X"), whose tense its own phrase already settled: a future clause around it is no promise."""
    return Candidate(noun, code, tense, negated, sources, targets, scan.depth(noun), final=True)
