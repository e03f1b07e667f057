"""Quotation-mark pairing: find the stretches of text inside quotation marks.

Works on characters, not tokens, because news text mixes straight, curly, single and angle marks
and often gets them wrong. A mark's role (opening or closing) comes from its neighbours first and
its glyph second, so a curly closing mark typed at the start of a paragraph still opens a quote.
Double marks (and guillemets) pair first; single marks pair only outside them, so single marks
nested in a double quote stay part of its content. A quote may run over several paragraphs when
each new paragraph opens with a mark and only the last one closes. Unclosed marks yield nothing.
Two single marks typed for a double one (''…'', ‘‘…’’, ``…'') pair as a double mark. A single mark
after a plural ("the ministers’ refusal") may be a possessive apostrophe: it closes a
quote only when no plain closing mark follows in its paragraph before the next opening one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from sys import maxsize as len_max

DOUBLE = '"“”„'
# The double marks whose glyph says whether they open or close a quote (the straight one does not).
DOUBLE_OPENING = "“„"
DOUBLE_CLOSING = "”"
GUILLEMETS = {"«": "open", "»": "close"}
SINGLE = "'‘’‚"
# The single marks that close a quote (the straight one, an apostrophe too, serves both ways).
SINGLE_CLOSING = "'’"
# Every quotation-mark glyph, for stages that only need to recognise one.
QUOTE_MARKS = frozenset(DOUBLE + SINGLE + "".join(GUILLEMETS))
# The glyphs to look at, found by regex rather than a Python pass over every character.
DOUBLE_GLYPH = re.compile(f"[{DOUBLE}{''.join(GUILLEMETS)}]")
SINGLE_GLYPH = re.compile(f"[{SINGLE}]")
DOUBLED_GLYPH = re.compile("''|’’|‘‘|``")
# The role of a single mark that may close a quote or end a plural possessive: "ministers’ refusal".
POSSESSIVE = "possessive"
# Characters after which a mark opens a quote, and before which it closes one.
OPENS_AFTER = "([{—–―-/"
CLOSES_BEFORE = ".,;:!?)]}—–―-…"


@dataclass(frozen=True, slots=True)
class Marked:
    """The content between a pair of marks: ``text[start:end]``, marks excluded."""

    start: int
    end: int
    single: bool = False

    @property
    def open(self) -> int:
        return self.start - 1

    @property
    def close(self) -> int:
        return self.end


@lru_cache(maxsize=8)
def find_marks(text: str) -> tuple[Marked, ...]:
    """Every top-level quoted stretch of ``text``, in reading order (kept for the few texts last asked
    about: the quote and actor stages both read the marks of the article at hand)."""
    doubles = _pair(text, _double_marks(text), multi_paragraph=True)
    inside = _covered(doubles)
    singles = _pair(text, _single_marks(text, inside), multi_paragraph=False)
    singles = [Marked(m.start, m.end, single=True) for m in singles]
    found = sorted(doubles + singles, key=lambda m: (m.start, -m.end))
    # A double quote nested in a single one (British style) belongs to the outer quote.
    top: list[Marked] = []
    for m in found:
        if not top or m.end > top[-1].end:
            top.append(m)
    return tuple(top)


def _double_marks(text: str) -> list[tuple[int, str]]:
    marks = []
    for found in DOUBLE_GLYPH.finditer(text):
        i, ch = found.start(), found.group()
        if ch in GUILLEMETS:
            marks.append((i, GUILLEMETS[ch]))
        elif ch in DOUBLE:
            default = "close" if ch in DOUBLE_CLOSING else "open" if ch in DOUBLE_OPENING else ""
            marks.append((i, _role(text, i, default=default)))
    return sorted(marks + _doubled_marks(text))


def _doubled_marks(text: str) -> list[tuple[int, str]]:
    """Two single marks typed as one double mark (''quoted'', ‘‘quoted’’, ``quoted''), each standing at
    its glyph next to the content: the second of an opening pair, the first of a closing one."""
    marks = []
    for found in DOUBLED_GLYPH.finditer(text):
        i, pair = found.start(), found.group()
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 2] if i + 2 < len(text) else "\n"
        opens = prev.isspace() or prev in OPENS_AFTER
        closes = nxt.isspace() or nxt in CLOSES_BEFORE
        if opens and not closes and pair not in ("’’",):
            marks.append((i + 1, "open"))
        elif closes and not opens and pair not in ("‘‘", "``"):
            marks.append((i, "close"))
    return marks


def _single_marks(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    marks = []
    doubled = {i + j for found in DOUBLED_GLYPH.finditer(text) for i in [found.start()] for j in (0, 1)}
    for found in SINGLE_GLYPH.finditer(text):
        i, ch = found.start(), found.group()
        if _within(i, inside) or i in doubled:
            continue
        prev, nxt = _around(text, i)
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: don't, Hamas’s, O'Brien
        role = _role(text, i, default="open" if ch in "‘‚" else "")
        if role == "close" and _after_plural(text, i):
            role = POSSESSIVE
        if role:
            marks.append((i, role))
    return _settle_possessives(text, marks)


def _after_plural(text: str, i: int) -> bool:
    """A mark between a word ending in s and a following word: "the ministers’ refusal"."""
    return text[i - 1 : i] in ("s", "S") and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum()


def _settle_possessives(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A possessive-or-closing mark is an apostrophe when the next plain mark (not itself possessive)
    closes and stands in its paragraph; otherwise it closes. One pass from the end: linear in marks."""
    settled = []
    following: tuple[int, str] | None = None  # the next mark that is not possessive
    for pos, role in reversed(marks):
        if role != POSSESSIVE:
            following = (pos, role)
        elif following and following[1] == "close" and text.find("\n", pos, following[0]) < 0:
            continue
        else:
            role = "close"
        settled.append((pos, role))
    return settled[::-1]


def _role(text: str, i: int, default: str) -> str:
    """``open`` or ``close`` from the characters around position ``i``; ``default`` when unclear."""
    prev, nxt = _around(text, i)
    opens = prev.isspace() or prev in OPENS_AFTER
    closes = nxt.isspace() or nxt in CLOSES_BEFORE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return default


def _around(text: str, i: int) -> tuple[str, str]:
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    return prev, nxt


def _pair(text: str, marks: list[tuple[int, str]], multi_paragraph: bool) -> list[Marked]:
    """Pair opening and closing marks; an ambiguous mark (role "") closes if a quote is open."""
    found: list[Marked] = []
    open_at: int | None = None
    plain = _plain_paragraphs(text) if multi_paragraph and marks else []
    for pos, role in marks:
        if open_at is not None and text.find("\n", open_at, pos) >= 0:
            if not (multi_paragraph and _continues(plain, open_at, pos)):
                open_at = None  # a quote never closed before its paragraph ended
            elif role != "close" and _starts_paragraph(text, pos):
                continue  # the next paragraph of the same quote opens with a mark
        if open_at is None:
            if role != "close":
                open_at = pos
        elif role != "open":
            if pos > open_at + 1:
                found.append(Marked(open_at + 1, pos))
            open_at = None
        else:
            open_at = pos  # a second opening mark: the first one was never closed
    return found


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


# The first character of a paragraph (after a line break and any blank space).
PARAGRAPH_START = re.compile(r"\n\s*(\S)")


def _plain_paragraphs(text: str) -> list[int]:
    """Where each paragraph that does not open with a double mark starts, in order."""
    return [m.start(1) for m in PARAGRAPH_START.finditer(text) if m[1] not in DOUBLE + "«"]


def _continues(plain: list[int], open_at: int, pos: int) -> bool:
    """Every paragraph after the one opening at ``open_at``, up to ``pos``, opens with a mark: no start
    of a plain paragraph (``_plain_paragraphs``) lies between them. A binary search, not a walk over
    the paragraphs, so a quote left open over thousands of paragraphs costs no more than one."""
    k = bisect_right(plain, open_at)
    return k == len(plain) or plain[k] >= pos


def _covered(found: list[Marked]) -> list[tuple[int, int]]:
    return [(m.open, m.close + 1) for m in found]


def _within(i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``i`` lies in one of ``spans`` (sorted, non-overlapping)."""
    k = bisect_right(spans, (i, len_max)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]
