"""The stance vocabulary file as the stage reads it."""

from __future__ import annotations

from faultlines.stances.lexicon import load


def test_lexicon_sections_and_polarities():
    lex = load()
    assert lex.evaluative["mistake"] == -1 and lex.evaluative["essential"] == 1
    assert lex.attitude[("support",)] == 1 and lex.attitude[("object", "to")] == -1
    assert lex.volition["refuse"] == -1 and "refuse" in lex.stated and "have" not in lex.stated
    assert "must" in lex.firm and "could" in lex.tentative and "if" in lex.condition
    assert ("go", "ahead", "with") in lex.carrier
