"""Which quote a stance sits in: the quotes of one document indexed by the tokens their contents
cover and by their cue token, so that finding an expression's quote costs the same however many
quotes the document has. Whose each quote is, ``holders`` decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from faultlines.model import Quote

# A quote with the actors holding it.
Said = tuple["Quote", tuple[str, ...]]


class SaidIn:
    """The quotes of a document by the tokens they cover and by their cue."""

    def __init__(
        self, doc: Doc, quotes: list[Quote], speakers: Callable[[Quote, Token | None], tuple[str, ...]]
    ) -> None:
        self.doc = doc
        # each quote's cue token, found once: the holders ask of it again for each expression
        self.cues = {quote.id: cue_of(doc, quote) for quote in quotes}
        self.at: dict[int, list[Said]] = {}
        self.cued: dict[int, list[Said]] = {}
        # Cues of quotes whose speaker nobody can name: what they govern is not an outer quote's.
        self.unheld_cues: set[int] = set()
        for quote in quotes:
            cue = self.cues[quote.id]
            said = (quote, speakers(quote, cue))
            if not said[1]:
                if cue is not None:
                    self.unheld_cues.add(cue.i)
                continue
            for i in {i for c in quote.contents for i in _tokens_starting_in(doc, c.start, c.end)}:
                self.at.setdefault(i, []).append(said)
            if cue is not None:
                self.cued.setdefault(cue.i, []).append(said)

    def innermost(self, predicate: Token) -> Said | None:
        """The innermost quote whose content holds the predicate, else one whose cue governs it
        (a mixed quote whose marks cover only part of the clause)."""
        inside = self.at.get(predicate.i) or [
            said for tok in self._governors(predicate) for said in self.cued.get(tok.i, ())
        ]
        return min(inside, key=lambda qs: sum(c.end - c.start for c in qs[0].contents), default=None)

    def _governors(self, predicate: Token) -> list[Token]:
        """The predicate and the words above it, up to the cue of a quote whose speaker nobody can
        name: "Lee urged them to act after the mogul claimed the judge was unfit" is not Lee's
        word on the judge."""
        found = []
        for tok in (predicate, *predicate.ancestors):
            if tok.i in self.unheld_cues:
                break
            found.append(tok)
        return found


def cue_of(doc: Doc, quote: Quote) -> Token | None:
    """The token a quote's cue is, or None for a quote without one."""
    if quote.cue is None:
        return None
    span = views.char_span(doc, quote.cue.start, quote.cue.end, "expand")
    return span.root if span is not None and len(span) else None


def _tokens_starting_in(doc: Doc, start: int, end: int) -> range:
    """The tokens whose first character lies in ``[start, end)``."""
    bounds = views.token_bounds(doc, start, end, "expand")
    if bounds is None or bounds[0] == bounds[1]:
        return range(0)
    first, stop = bounds
    return range(first + (views.offsets(doc).starts[first] < start), stop)
