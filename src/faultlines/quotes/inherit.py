"""Quotes that take their speaker from another quote: continuations and headline quotes.

A quoted paragraph with no cue continues the quote before it while the quoting goes on (same
paragraph after its attribution sentence, or the next paragraph); a quoted title-cased paragraph
heads a section instead. A quote in the headline is
attributed by finding the body quote that repeats its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from faultlines.ingest.furniture import headline_end
from faultlines.nlp import ABBREVIATIONS
from faultlines.quotes.found import Found, trim
from faultlines.quotes.marks import Marked

WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?]['’\"”]?\s")
# Two single marks typed for one opening double mark: the mark stands at the second.
DOUBLED_OPENERS = ("''", "‘‘", "``")
# A quote must say something to continue another: shorter marked phrases are titles or scare quotes.
MIN_WORDS = 3
# Words this short may stay lower case in a title-cased heading ("Legend of the Hills").
HEADING_SMALL_WORD = 3
# Share of a headline quote's words that its body quote must repeat.
HEADLINE_MATCH = 0.6


def headline_quotes(text: str, marks: Sequence[Marked], body: list[Found]) -> list[Found]:
    """Quotes in the headline, each inheriting from the body quote that repeats it."""
    end = headline_end(text)
    found = []
    for k, mark in enumerate(marks):
        if mark.end > end:
            break
        words = _words(text, mark.start, mark.end)
        if len(words) < MIN_WORDS:
            continue
        best, share = None, HEADLINE_MATCH
        for quote in body:
            said = set().union(*(_words(text, s, e) for s, e in quote.contents))
            overlap = len(set(words) & said) / len(set(words))
            if overlap >= share:
                best, share = quote, overlap
        if best is not None:
            found.append(
                Found([trim(text, mark.start, mark.end)], "direct", "headline", inherits=best, marks=[k])
            )
    return found


def continuations(text: str, marks: Sequence[Marked], claimed: set[int], quotes: list[Found]) -> list[Found]:
    """Unattributed quoted stretches that go on with the quote before them."""
    ordered = sorted(quotes, key=lambda q: q.end)
    found: list[Found] = []
    start = headline_end(text)
    for k, mark in enumerate(marks):
        if k in claimed or mark.start < start or len(_words(text, mark.start, mark.end)) < MIN_WORDS:
            continue
        if _section_heading(text, mark):
            continue
        open_at = _first_glyph(text, mark.open)
        previous = _last_before(ordered + found, open_at)
        if previous is not None and _opens_sentence(text, open_at) and _goes_on(text, previous.end, open_at):
            root = previous.inherits or previous
            found.append(
                Found([trim(text, mark.start, mark.end)], "direct", "continuation", inherits=root, marks=[k])
            )
    return found


def _first_glyph(text: str, open_at: int) -> int:
    """Where an opening mark starts: one glyph earlier when two single marks stand for it (''…'')."""
    return open_at - 1 if text[open_at - 1 : open_at + 1] in DOUBLED_OPENERS else open_at


def _section_heading(text: str, mark: Marked) -> bool:
    """A paragraph that is only a quoted title-cased phrase ("‘Back to the Hills.’") heads a section of a
    feature: it says nothing for the speaker of the quote before it."""
    line_start = text.rfind("\n", 0, mark.start) + 1
    line_end = text.find("\n", mark.end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start : mark.start].strip("'‘`\"“") and not text[mark.end : line_end].strip("'’\"”")
    words = re.findall(r"[^\W\d_]+", text[mark.start : mark.end])
    return alone and all(w[0].isupper() for i, w in enumerate(words) if i == 0 or len(w) > HEADING_SMALL_WORD)


def _opens_sentence(text: str, open_at: int) -> bool:
    """The mark opens a paragraph or a sentence: a stretch inside a sentence ("signs such as “…”",
    "played “…” from the steps") is a title or a slogan, not more of what the speaker said."""
    lead = text[text.rfind("\n", 0, open_at) + 1 : open_at].rstrip()
    return not lead or lead.rstrip("'’\"”»)").endswith((".", "!", "?"))


def _last_before(quotes: list[Found], offset: int) -> Found | None:
    before = [q for q in quotes if q.end <= offset]
    return max(before, key=lambda q: q.end) if before else None


def _goes_on(text: str, prev_end: int, open_at: int) -> bool:
    """Only the previous quote's attribution sentence, and at most a paragraph break, lie between."""
    lines = text[prev_end:open_at].split("\n")
    if any(line.strip() for line in lines[1:]):
        return False  # another paragraph, or text before the mark on its own line
    rest = _not_an_end().sub(lambda stop: stop.group().replace(".", ""), lines[0] + " ")
    return len(SENTENCE_END.findall(rest)) <= 1


def _words(text: str, start: int, end: int) -> list[str]:
    return WORD.findall(text[start:end].lower())


@cache
def _not_an_end() -> re.Pattern[str]:
    """Full stops that end no sentence: an initial ("Ada B. Roos") and the abbreviations the tokenizer
    keeps whole with their full stop ("Sen.", "Dr.", "Coun."; see ``faultlines.nlp``)."""
    from spacy.lang.en import English  # late: spaCy is loaded only once a text is analysed

    kept = [
        word for word in English.Defaults.tokenizer_exceptions if word.endswith(".") and word[:1].isupper()
    ]
    titles = [*kept, *(short.capitalize() + "." for short in ABBREVIATIONS)]
    return re.compile(r"(?<!\w)(?:[A-Z]\.|" + "|".join(map(re.escape, sorted(set(titles)))) + r")\s")
