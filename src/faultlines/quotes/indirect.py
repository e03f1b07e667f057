"""Indirect and mixed quotes: a cue verb and the clause, object or phrase it governs.

"Lind noted that the ministry will host …" (clausal complement), "the union vowed to strike"
(infinitive), "the mayor called the protesters “vandals”" (object complement), "the senator backs
the bill" (position verbs with an object), "Turnout fell, officials said" (a cue
hung on the sentence it reports) and "…, according to the commission". A quoted stretch inside the
content makes the quote mixed. What each cue reports is read off the parse in ``reported.py``; this
module makes quotes of it, with their sources and the marks they take in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from sys import maxsize as len_max
from typing import TYPE_CHECKING

from faultlines.quotes import reported
from faultlines.quotes.cues import (
    ADDRESSEE,
    candidates,
    cue_bounds,
    cue_kind,
    is_according,
    is_cue_adjective,
    is_cue_noun,
    tagged,
)
from faultlines.quotes.found import Bounds, Found, Tokens, token_bounds, trim
from faultlines.quotes.marks import DOUBLE, Marked
from faultlines.quotes.nominal import adjective_clause, noun_clause
from faultlines.quotes.objects import MIN_WORDS
from faultlines.quotes.sources import first_nominal, phrase_span, source_heads, subject_of
from faultlines.views import columns, offsets, sentence_numbers, sents
from faultlines.views import text as text_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from faultlines.views import Columns

DOUBLE_MARK = re.compile(f"[{DOUBLE}]")
WH = ("WDT", "WP")
NOMINAL_RULES = ("noun-clause", "adjective-clause")


def indirect_quotes(
    text: str, tokens: Tokens, marks: Sequence[Marked], claimed: set[int], used_cues: set[int]
) -> list[Found]:
    """Attributions found from cue words and the parse; ``claimed`` marks and used cues are skipped."""
    inside = [(m.open, m.close + 1) for m in marks]
    bounds = ([m.start for m in marks], [m.end for m in marks])
    stray = _stray_marks(text, marks)
    found: list[Found] = []
    doc = tokens.doc
    speakers: dict[int, list[Bounds]] = {}  # cue index -> the source of the cue it was split from
    for i in candidates(columns(doc)):
        token = doc[i]
        if i in used_cues or _in_sorted(token.idx, inside):
            continue
        if is_according(token):
            quote = _according(text, token)
        elif _refused(token):
            quote = None
        elif kind := cue_kind(token):
            quote = _governed(text, token, kind, speakers)
        elif is_cue_noun(token):
            quote = noun_clause(text, token)
        elif is_cue_adjective(token):
            quote = adjective_clause(text, token)
        else:
            quote = None
        if quote is None:
            continue
        quote.marks = sorted({k for s, e in quote.contents for k in _marks_over(bounds, s, e)})
        sent = sents(doc)[sentence_numbers(doc)[i]]  # token.sent, without walking to its edges
        if any(k in claimed for k in quote.marks) or _between(stray, sent.start_char, sent.end_char):
            continue
        quote.contents = [_widen(b, marks, quote.marks) for b in quote.contents]
        quote.kind = _kind(quote, marks)
        found.append(quote)
    return _distinct(_outermost(found))


def _distinct(found: list[Found]) -> list[Found]:
    """ "stressed her view that X": the verb and the noun report the same X; the verb's quote stays."""
    verbal = {tuple(q.contents) for q in found if q.rule not in NOMINAL_RULES}
    return [q for q in found if q.rule not in NOMINAL_RULES or tuple(q.contents) not in verbal]


def _refused(cue: Token) -> bool:
    """ "declined to say when …", "her refusal to say which bid …": speech refused says nothing."""
    return cue.dep_ in ("xcomp", "acl") and cue.head.lemma_.lower() in reported.REFUSING


def _outermost(found: list[Found]) -> list[Found]:
    """Drop attributions nested in what another one reports ("she hinted that they do not plan …").

    The contents of every quote, sorted by start, carry the two furthest ends (of two different quotes)
    reached so far, so whether a cue lies in another quote's content is a binary search, not a scan of
    every quote (an article of thousands of quotes took minutes)."""
    spans = sorted((s, e, id(q)) for q in found for s, e in q.contents)
    starts = [s for s, _, _ in spans]
    furthest: list[tuple[tuple[int, int], tuple[int, int]]] = []  # ((end, owner), (end, other owner))
    first, second = (-1, 0), (-1, 0)
    for _, end, owner in spans:
        if end > first[0]:
            first, second = (end, owner), (second if first[1] == owner else first)
        elif end > second[0] and owner != first[1]:
            second = (end, owner)
        furthest.append((first, second))
    return [q for q in found if not _in_another(q.cue[0], id(q), starts, furthest)]


def _in_another(offset: int, owner: int, starts: list[int], furthest) -> bool:
    k = bisect_right(starts, offset) - 1
    if k < 0:
        return False
    first, second = furthest[k]
    end = first[0] if first[1] != owner else second[0]
    return end > offset


def _governed(text: str, cue: Token, kind: str, speakers: dict[int, list[Bounds]]) -> Found | None:
    content = reported.content(text, cue, kind)
    if content is None:
        return None
    lo, hi, rule = content
    nested = reported.next_cue(cue, lo, hi) if rule == "clause" else None
    if nested is not None:
        hi = reported.clause_edge(nested)  # "said A, adding B": A alone; B is the next cue's own quote
    if rule == "parenthetical":
        contents = _around(text, cue, lo, hi)
    else:
        # a named object is a whole content: "endorsed Trump"
        least = 1 if rule == "object" and cue.doc[lo].pos_ == "PROPN" else MIN_WORDS
        contents = [b] if (b := _content_bounds(text, cue, lo, hi, least)) else []
        if contents and lo < cue.i < hi and cue.doc[lo].tag_ in WH:
            contents.insert(0, token_bounds(cue.doc[lo], cue.doc[lo]))  # "which" stands for its noun
    if not contents:
        return None
    quote = Found(contents=contents, kind="indirect", rule=f"{kind}-{rule}", cue=cue_bounds(cue))
    quote.sources = speakers.get(cue.i) or _sources(text, cue, contents)
    if nested is not None:
        speakers[nested.i] = quote.sources
    lemma = cue.lemma_.lower()
    if lemma in tagged(ADDRESSEE):
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and not (lo <= child.i < hi):
                quote.addressee = trim(text, *phrase_span(child))
                break
    return quote


def _same_line(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    found = offsets(a.doc)
    return "\n" not in text_of(a.doc)[found.starts[lo] : found.ends[hi]]


def _content_bounds(text: str, cue: Token, lo: int, hi: int, least: int = MIN_WORDS) -> Bounds | None:
    doc, cols = cue.doc, columns(cue.doc)
    if lo <= cue.i < hi:
        if cols.tag[lo] in WH:
            lo = cue.i + 1  # "the barge, which it said sank …", "what she says it would do"
        else:
            hi = cue.i  # a parse that swallowed the cue: keep what comes before it
    # "that" tagged IN opens the clause as its complementizer, whatever the parse hung it on
    while lo < hi and (
        (cols.dep[lo] == "mark" and cols.lower[lo] in ("that", "whether", "if"))
        or (cols.lower[lo] == "that" and cols.tag[lo] == "IN")
        or cols.punct[lo]
    ):
        lo += 1
    if cols.punct[lo:hi].count(False) < least:
        return None
    bounds = trim(text, *token_bounds(doc[lo], doc[hi - 1]))
    return bounds if bounds[0] < bounds[1] else None


def _around(text: str, cue: Token, lo: int, hi: int) -> list[Bounds]:
    """The reported sentence on both sides of a parenthetical cue clause, the clause left out."""
    doc, cols = cue.doc, columns(cue.doc)
    # "As she said, …" and "…, as she said" leave one side of the clause empty
    parts = [
        (a, b)
        for a, b in [(lo, reported.aside_start(cue)), (cue.right_edge.i + 1, hi)]
        if _worded(cols, a, b)
    ]
    if sum(cols.punct[a:b].count(False) for a, b in parts) < MIN_WORDS:
        return []
    bounds = [trim(text, *token_bounds(doc[a], doc[b - 1])) for a, b in parts]
    return bounds if all(s < e for s, e in bounds) else []


def _worded(cols: Columns, start: int, end: int) -> bool:
    return any(not (p or s) for p, s in zip(cols.punct[start:end], cols.space[start:end], strict=True))


def _sources(text: str, cue: Token, contents: list[Bounds]) -> list[Bounds]:
    subject = subject_of(cue)
    if subject is None and cue.dep_ in ("ccomp", "conj") and not _same_line(cue.head, cue):
        # a parse run across paragraphs: the source opens the cue's own paragraph
        line = text.rfind("\n", 0, cue.idx) + 1
        doc = cue.doc
        subject = first_nominal([doc[i] for i in range(bisect_left(offsets(doc).starts, line), cue.i)])
    if subject is None:
        return []
    bounds = [trim(text, *phrase_span(head)) for head in source_heads(subject)]
    if any(b[0] < e and s < b[1] for b in bounds for s, e in contents):
        return []
    return bounds


def _according(text: str, according: Token) -> Found | None:
    """ "X, according to Y" and "According to Y, X": Y is the source, the rest of the clause the content."""
    to = according.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    head = according.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    sent = according.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    phrase_lo, phrase_hi = according.left_edge.i, max(according.right_edge.i, objects[0].right_edge.i) + 1
    doc = according.doc
    parts = [(lo, phrase_lo)]
    if not _participle_tail(doc[phrase_hi:hi]) or phrase_lo - lo < MIN_WORDS:
        parts.append((phrase_hi, hi))
    contents = []
    for a, b in parts:
        if columns(doc).punct[a:b].count(False) >= MIN_WORDS:
            bounds = trim(text, *token_bounds(doc[a], doc[b - 1]))
            if bounds[0] < bounds[1]:
                contents.append(bounds)
    if not contents:
        return None
    quote = Found(contents=contents, kind="indirect", rule="according", cue=cue_bounds(according))
    quote.sources = [trim(text, *phrase_span(objects[0]))]
    return quote


def _participle_tail(tokens: Sequence[Token]) -> bool:
    """ "…, according to two people, adding to a series of problems": a participle phrase after the
    source comments on the report; it is not part of it."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and words[0].tag_ == "VBG"


def _kind(quote: Found, marks: Sequence[Marked]) -> str:
    if not quote.marks:
        return "indirect"
    quoted = sum(
        max(0, min(e, marks[k].end) - max(s, marks[k].start)) for k in quote.marks for s, e in quote.contents
    )
    total = sum(e - s for s, e in quote.contents)
    return "direct" if quoted >= 0.9 * total else "mixed"


def _stray_marks(text: str, marks: Sequence[Marked]) -> list[int]:
    """Positions of double marks that pair with nothing: quoting the text got wrong."""
    paired = {m.open for m in marks} | {m.close for m in marks}
    return [m.start() for m in DOUBLE_MARK.finditer(text) if m.start() not in paired]


def _widen(bounds: Bounds, marks: Sequence[Marked], ks: list[int]) -> Bounds:
    """Content cut inside a quoted stretch takes the whole stretch, marks included."""
    start, end = bounds
    for k in ks:
        if marks[k].open < start <= marks[k].end:
            start = marks[k].open
        if marks[k].start <= end <= marks[k].close:
            end = marks[k].close + 1
    return start, end


def _between(positions: list[int], start: int, end: int) -> bool:
    return bisect_left(positions, start) < bisect_left(positions, end)


def _in_sorted(offset: int, spans: list[Bounds]) -> bool:
    """Whether ``offset`` lies in one of ``spans`` (sorted, apart): a binary search."""
    k = bisect_right(spans, (offset, len_max)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _marks_over(bounds: tuple[list[int], list[int]], start: int, end: int) -> range:
    """Indexes of the marked stretches (their starts and ends, sorted, apart) that overlap [start, end)."""
    starts, ends = bounds
    return range(bisect_right(ends, start), bisect_left(starts, end))
