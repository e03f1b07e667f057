"""A state or province named as a stance's doer is not its country: "Velmora will fund the dam",
where Velmora is a state of Borduria, is no stance of Borduria's.

The actors stage codes a region's name to its country (right for where events happen), so a region
standing as the subject of a stance verb would otherwise hand the country a side it never took.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines import views

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.model import Analysis
    from faultlines.stances.expression import Expression
    from faultlines.stances.holders import Holding


def unplaced(exprs: list[Expression], held: list[Holding], analysis: Analysis, doc: Doc) -> list[Holding]:
    """``held`` without the country an expression's doer names only by one of its regions."""
    regional = _regional(analysis, doc)
    if not regional:
        return held
    found = []
    for e, h in zip(exprs, held, strict=True):
        doer = e.agent if e.agent is not None else e.committer
        country = regional.get(doer) if doer is not None else None
        found.append(replace(h, actors=tuple(a for a in h.actors if a != country)) if country else h)
    return found


def _regional(analysis: Analysis, doc: Doc) -> dict[int, str]:
    """The country each token of a mention naming it by a region stands for."""
    from faultlines.actors.lexicon import place

    found: dict[int, str] = {}
    for actor in analysis.actors:
        if actor.kind != "country":
            continue
        for m in actor.mentions:
            named = place(m.text)
            span = views.char_span(doc, m.start, m.end, "expand")
            if named is not None and named.is_region and span is not None:
                found.update((i, actor.id) for i in range(span.start, span.end))
    return found
