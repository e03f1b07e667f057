"""The working form of a quote while the quote stage assembles it: character bounds, no Spans yet."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.views import offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Bounds = tuple[int, int]
# Trimmed from the ends of a content span: separators that belong to the sentence, not the quote.
EDGE = " \t\n\xa0,;:—–―-"


@dataclass(slots=True)
class Found:
    contents: list[Bounds]
    kind: str
    rule: str  # which rule found it; confidence is calibrated per rule
    cue: Bounds | None = None
    sources: list[Bounds] = field(default_factory=list)  # the speaking phrase first
    addressee: Bounds | None = None
    inherits: Found | None = None
    marks: list[int] = field(default_factory=list)  # indexes of the quoted stretches it covers

    @property
    def start(self) -> int:
        return self.contents[0][0]

    @property
    def end(self) -> int:
        return self.contents[-1][1]


class Tokens:
    """Character offsets -> tokens of a Doc, by binary search over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.offsets = offsets(doc)  # from the arrays, shared with views.char_span: no Token per word
        self.starts = self.offsets.starts

    def within(self, start: int, end: int) -> list[Token]:
        """Tokens that start inside [start, end)."""
        return list(self.doc[bisect_left(self.starts, start) : bisect_left(self.starts, end)])

    def indexes_within(self, start: int, end: int) -> range:
        """The indexes of the tokens that start inside [start, end): ``within`` without the Tokens."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def at(self, offset: int) -> Token | None:
        """The token covering character ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        return self.doc[i] if offset < self.offsets.ends[i] else None


def trim(text: str, start: int, end: int) -> Bounds:
    """Bounds narrowed past separators and spaces at either end."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def token_bounds(first: Token, last: Token) -> Bounds:
    return first.idx, last.idx + len(last)
