"""Quote attribution: quotation marks, cues, content <-> cue <-> source linking.

The stage runs five passes over one parsed article: quoted stretches with a cue or source beside
them (direct), cue words with the clause they govern (indirect and mixed), unquoted paragraphs after
"<source> <cue>:" (block), quoted paragraphs that go on with the quote before them (continuation),
and headline quotes matched to the body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.ingest.furniture import furniture, headline_end, within
from faultlines.model import Quote
from faultlines.quotes.blocks import block_quotes
from faultlines.quotes.direct import direct_quotes
from faultlines.quotes.found import Found, Tokens
from faultlines.quotes.indirect import indirect_quotes
from faultlines.quotes.inherit import continuations, headline_quotes
from faultlines.quotes.labels import speaker_labels
from faultlines.quotes.marks import find_marks

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.model import Analysis

# Calibrated confidence: the share of each rule's quotes whose content and source were right on
# PolNeAR dev + the seed + the phenomena (`python benchmarks/quote_confidence.py`, 2026-11-24;
# re-measure when a rule changes). Rules seen fewer than 5 times there take the default.
CONFIDENCE = {
    "speech-clause": 0.85,
    "after": 0.84,
    "continuation": 0.86,
    "speech-object": 0.70,
    "before": 0.63,
    "position-object": 0.68,
    "belief-clause": 0.64,
    "speech-infinitive": 0.67,
    "speech-prep": 0.72,
    "position-infinitive": 0.63,
    "according": 0.91,
    "speech-parenthetical": 0.91,
    "dash": 1.00,
    "speech-naming": 0.81,
    "belief-infinitive": 0.45,
    "speech-closing": 0.29,
    "label": 0.88,
    "noun-clause": 0.54,
    "headline": 0.70,
    "colon": 0.33,
}
# Rules added since the last calibration, at the value of the nearest calibrated rule.
CONFIDENCE |= {
    "speech-gerund": 0.70,
    "speech-charge": 0.70,
    "position-charge": 0.68,
    "adjective-clause": 0.54,
    "block": 0.84,
}
DEFAULT_CONFIDENCE = 0.3  # rules too rare to measure


def attribute(analysis: Analysis, doc: Doc) -> None:
    """Fill ``analysis.quotes`` from the text and its parse."""
    analysis.quotes = _to_quotes(analysis, find(analysis.text, doc))


def find(text: str, doc: Doc) -> list[Found]:
    """Every attribution in ``text``, in text order, each tagged with the rule that found it."""
    tokens = Tokens(doc)
    marks = find_marks(text)
    around = furniture(text)  # page furniture plain text kept: nobody is quoted there
    headline = headline_end(text)  # once: it reads the text after the first line each time
    set_apart = {k for k, m in enumerate(marks) if m.end <= headline or within(m.start, around)}
    labelled = speaker_labels(text, tokens, marks)
    found = direct_quotes(text, tokens, marks, skip=set_apart | {k for q in labelled for k in q.marks})
    claimed = {k for q in found + labelled for k in q.marks} | set_apart
    cues = {tokens.at(q.cue[1] - 1).i for q in found if q.cue}
    found += indirect_quotes(text, tokens, marks, claimed, cues)
    blocks = block_quotes(text, tokens, marks)
    # what a labelled speaker or a block quote says is theirs alone: no quote inside it is a second
    # attribution
    own = labelled + blocks
    found = own + [q for q in found if not any(_inside(q, lq) for lq in own)]
    claimed |= {k for q in found for k in q.marks}
    found += continuations(text, marks, claimed, found)
    found += headline_quotes(text, marks, found)
    found = [q for q in found if not within(q.start, around)]
    found.sort(key=lambda q: q.start)
    return found


def _inside(quote: Found, outer: Found) -> bool:
    return any(s <= quote.start and quote.end <= e for s, e in outer.contents)


def _to_quotes(analysis: Analysis, found: list[Found]) -> list[Quote]:
    """The found attributions as Quotes; who speaks and to whom is the actors stage's to say."""
    ids = {id(q): f"q{n}" for n, q in enumerate(found, 1)}
    return [
        Quote(
            id=ids[id(q)],
            kind=q.kind,
            contents=[analysis.span(s, e) for s, e in q.contents],
            cue=analysis.span(*q.cue) if q.cue else None,
            sources=[analysis.span(*s) for s in q.sources],
            confidence=CONFIDENCE.get(q.rule, DEFAULT_CONFIDENCE),
            inherits=ids[id(q.inherits)] if q.inherits else None,
            addressed=analysis.span(*q.addressee) if q.addressee else None,
        )
        for q in found
    ]
