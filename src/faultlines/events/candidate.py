"""An act found on the parse, before the coder makes an Event of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
