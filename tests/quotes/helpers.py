"""Run the quote stage alone over a hand-written text."""

from __future__ import annotations

from faultlines.model import Analysis, Quote
from faultlines.quotes import attribute


def quotes_of(nlp, text: str) -> list[Quote]:
    analysis = Analysis(id="t", text=text)
    attribute(analysis, nlp(text))
    for quote in analysis.quotes:
        for span in [*quote.contents, *quote.sources, *([quote.cue] if quote.cue else [])]:
            assert text[span.start : span.end] == span.text
    return analysis.quotes


def said(quote: Quote) -> str:
    return " || ".join(c.text for c in quote.contents)


def source(quote: Quote) -> str:
    return " | ".join(s.text for s in quote.sources)
