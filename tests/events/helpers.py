"""What the event coder reads off a sentence, in the short form the event tests compare."""

from __future__ import annotations

from faultlines.events import code
from faultlines.model import Analysis, Event


def coded(nlp, text: str) -> list[Event]:
    """Every event the coder reads off the text."""
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    return analysis.events


def happened(nlp, text: str) -> list[str]:
    """The types of the events the sentence says happened (not negated, not future or hypothetical)."""
    return [e.type for e in coded(nlp, text) if not e.negated and e.tense not in ("future", "hypothetical")]
