"""Whether a character of an article lies inside a quotation: the writer's own words are the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes.marks import DOUBLE_CLOSING, DOUBLE_OPENING

if TYPE_CHECKING:
    from faultlines.model import Analysis

# The straight double mark, which both opens and closes a quote.
STRAIGHT = '"'


def quoted(analysis: Analysis, at: int) -> bool:
    """Whether character ``at`` lies inside a quotation: a quote's content, or within its paragraph
    a quotation mark opened before it or closed after it (a quote's later sentence, read alone)."""
    if any(c.start <= at < c.end for q in analysis.quotes for c in q.contents):
        return True
    text = analysis.text
    end = text.find("\n", at)
    before, after = text[text.rfind("\n", 0, at) + 1 : at], text[at : end if end >= 0 else len(text)]
    return (
        _count(before, DOUBLE_OPENING) > _count(before, DOUBLE_CLOSING)
        or _count(after, DOUBLE_CLOSING) > _count(after, DOUBLE_OPENING)
        or before.count(STRAIGHT) % 2 == 1
        or after.count(STRAIGHT) % 2 == 1
    )


def _count(text: str, glyphs: str) -> int:
    return sum(text.count(g) for g in glyphs)
