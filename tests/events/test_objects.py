"""The event nouns a verb governs: a strike aimed at a target is an attack, one over pay a protest."""

from __future__ import annotations

from faultlines.events import code
from faultlines.model import Analysis


def happened(nlp, text: str) -> list[str]:
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    return [e.type for e in analysis.events if not e.negated and e.tense not in ("future", "hypothetical")]


def test_objects_strikes_aimed_at_a_target_are_attacks_and_over_pay_protests(nlp):
    assert happened(nlp, "The army launched strikes against rebel positions.") == ["ASSAULT"]
    assert happened(nlp, "Rail workers staged a strike over pay.") == ["PROTEST"]
