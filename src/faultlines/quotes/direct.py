"""Direct quotes: link each quoted stretch to the cue and source in the text around it.

The text of a paragraph alternates between quoted stretches and frames (the unquoted text
between them). A frame after a quote attributes it ("…,” Lind told reporters."), a frame
ending in a colon, a comma or the cue itself attributes the quote after it ("He added: “…”"),
and a frame that is only a cue and source between two quotes joins them into one split quote.
A stretch embedded mid-sentence ("is “a dead end”") is left to the indirect rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes.cues import ADDRESSEE, cue_bounds, cue_kind, cue_kind_at, tagged
from faultlines.quotes.found import Found, Tokens, token_bounds, trim
from faultlines.quotes.marks import DOUBLED_GLYPH, Marked
from faultlines.quotes.sources import is_nominal_head, source_heads, subject_of
from faultlines.syntax import DASH_MARKS, DASHES, FINITE, dependent, phrase_bounds
from faultlines.views import columns, sentence_numbers, sents

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

SENTENCE_END = {".", "!", "?"}
# Words a sentence must have before its closing quoted stretch for the whole of it to be reported.
LEAD_WORDS = 3
# How many words after a quote its cue may open with: "“…,” the city's longtime finance chief said".
CUE_WITHIN = 8
# Words opening a clause about something else than who said the quote before it ("as" is not
# one: "“…,” as she put it").
SUBORDINATE = {"when", "after", "before", "because", "while", "since", "although", "though", "until", "if"}


def direct_quotes(text: str, tokens: Tokens, marks: Sequence[Marked], skip: set[int]) -> list[Found]:
    """Quotes whose content is a quoted stretch with a cue or source beside it."""
    found: list[Found] = []
    joined: set[int] = set()
    for k, mark in enumerate(marks):
        if k in joined or k in skip:
            continue
        before = _frame_before(text, marks, k)
        after = _frame_after(text, marks, k)
        if _embedded(text, tokens, before):
            continue
        quote = _attribute_after(text, tokens, marks, k, after) or _attribute_before(text, tokens, before)
        if quote is None:
            continue
        quote.contents = [trim(text, mark.start, mark.end)]
        quote.marks = [k]
        if quote.rule == "after" and (start := _sentence_lead(text, tokens, marks, k)) is not None:
            # "Fares rose “sharply” and, for now, “we cannot cut them,” the CEO said.": one mixed quote
            quote.contents = [trim(text, start, mark.end)]
            quote.marks = [j for j in range(k + 1) if marks[j].start >= start]
            quote.kind = "mixed"
        nxt = k + 1
        if quote.rule == "after" and nxt < len(marks) and _splits(text, mark, after, marks[nxt]):
            quote.contents.append(trim(text, marks[nxt].start, marks[nxt].end))
            quote.marks.append(nxt)
            joined.add(nxt)
        found.append(quote)
    return found


def _sentence_lead(text: str, tokens: Tokens, marks: Sequence[Marked], k: int) -> int | None:
    """Start of the sentence a quoted stretch ends, when the sentence opens before the stretch with a
    clause of its own (a finite verb, no cue): the reported sentence is all of it."""
    first = tokens.at(marks[k].start)
    if first is None:
        return None
    line = text.rfind("\n", 0, marks[k].open) + 1
    start = max(sents(first.doc)[sentence_numbers(first.doc)[first.i]].start_char, line)  # first.sent's
    # on the columns and offsets: the frame's words need no Tokens
    cols, at = columns(first.doc), tokens.starts
    ends = [i for i in tokens.indexes_within(start, marks[k].open) if cols.text[i] in SENTENCE_END]
    if ends:  # the parse ran two sentences together
        start = at[ends[-1]] + 1
    lead = [i for i in tokens.indexes_within(start, marks[k].open) if not cols.punct[i]]
    if len(lead) < LEAD_WORDS or any(cue_kind_at(cols, i) for i in lead):
        return None
    if not any(cols.tag[i] in FINITE for i in lead if not any(m.start <= at[i] < m.end for m in marks)):
        return None
    return start


def _frame_before(text: str, marks: Sequence[Marked], k: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, marks[k].open) + 1
    if k > 0 and marks[k - 1].close >= start:
        start = _after_mark(text, marks[k - 1])
    end = marks[k].open
    if end > start and DOUBLED_GLYPH.fullmatch(text[end - 1 : end + 1]):
        end -= 1  # ''quoted'': the frame ends before the first mark of the pair
    return start, end


def _frame_after(text: str, marks: Sequence[Marked], k: int) -> tuple[int, int]:
    end = text.find("\n", marks[k].close)
    end = len(text) if end < 0 else end
    if k + 1 < len(marks) and marks[k + 1].open < end:
        end = marks[k + 1].open
        if DOUBLED_GLYPH.fullmatch(text[end - 1 : end + 1]):
            end -= 1
    return _after_mark(text, marks[k]), end


def _after_mark(text: str, mark: Marked) -> int:
    """Where the text after a quoted stretch starts, past both glyphs of a doubled closing mark."""
    return mark.close + (2 if DOUBLED_GLYPH.fullmatch(text[mark.close : mark.close + 2]) else 1)


def _embedded(text: str, tokens: Tokens, before: tuple[int, int]) -> bool:
    """The stretch continues a sentence begun before it, after neither a colon, a comma nor a cue."""
    lead = text[before[0] : before[1]].rstrip()
    if not lead or lead[-1] in ".!?:,;([" or lead.endswith(tuple(DASHES)):
        return False
    last = tokens.at(before[0] + len(lead) - 1)
    if last is None or (last.i > 0 and last.nbor(-1).text == "-"):
        return True  # "the so-called “miracle cure”": a hyphenated word is no cue
    # "his supposed “lies”": a participle modifying the quoted word is no cue
    return not ((cue_kind(last) and last.dep_ != "amod") or _cue_particle(last))


def _clause(tokens: Tokens, start: int, end: int, forward: bool) -> list[Token]:
    """The frame's tokens up to its first sentence end (after a quote) or from its last (before one)."""
    toks = tokens.within(start, end)
    if forward:
        for i, t in enumerate(toks):
            if t.text in SENTENCE_END or (t.text == ":" and i > 0):
                return toks[:i]
        return toks
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].text in SENTENCE_END:
            return toks[i + 1 :]
    return toks


def _attribute_after(
    text: str, tokens: Tokens, marks: Sequence[Marked], k: int, after: tuple[int, int]
) -> Found | None:
    frame = text[after[0] : after[1]]
    stripped = frame.strip()
    if not stripped:
        return None
    content_end = text[marks[k].start : marks[k].end].rstrip()[-1:]
    leads_on = stripped[-1] in ":," and k + 1 < len(marks) and marks[k + 1].open == after[1]
    if content_end in SENTENCE_END and leads_on:
        return None  # "“…” He added: “…”": the frame introduces the next quote
    clause = _clause(tokens, after[0], after[1], forward=True)
    if stripped.startswith(tuple(DASHES)):
        return _dash_source(text, clause)
    if clause and (clause[0].dep_ == "cc" or clause[0].lower_ in SUBORDINATE):
        return None  # "“…,” but he signaled that …", "when she blasted him": not this quote's cue
    for n, token in enumerate(_unbracketed(clause)):
        if n >= CUE_WITHIN and not _after_its_subject(token, clause):
            continue
        if cue_kind(token) and not _has_own_content(token, after[1]):
            if _names_what(token):
                return None  # "“…” over what the union calls a lockout": not this quote's cue
            return _from_cue(text, token, clause, "after")
    return None


def _after_its_subject(cue: Token, clause: list[Token]) -> bool:
    """A cue further on whose subject is all the frame says before it: "…,” the mayor's niece, state
    Sen. Ada Lunde, said"."""
    own = dependent(cue, ("nsubj",))
    return own is not None and own.left_edge.i == clause[0].i and own.right_edge.i < cue.i


def _unbracketed(clause: list[Token]) -> list[Token]:
    """The clause without its bracketed asides, which hold no cue: "…,” Rep. Ann Lee (D-Md.) said"."""
    kept, depth = [], 0
    for token in clause:
        depth += token.text == "("
        if not depth:
            kept.append(token)
        depth -= token.text == ")" and depth > 0
    return kept


def _names_what(cue: Token) -> bool:
    """A cue whose object is "what" or "which" tells what someone calls a thing, not who said the
    quote before it."""
    return any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in cue.children)


def _attribute_before(text: str, tokens: Tokens, before: tuple[int, int]) -> Found | None:
    lead = text[before[0] : before[1]].rstrip()
    if not lead or lead[-1] in SENTENCE_END:
        return None
    clause = _clause(tokens, before[0], before[1], forward=False)
    words = [t for t in clause if not t.is_punct]
    if not words:
        return None
    colon = lead[-1] == ":"
    if not (colon or lead[-1] == "," or cue_kind(words[-1]) or _cue_particle(words[-1])):
        return None
    for token in reversed(clause):
        if cue_kind(token):
            return _from_cue(text, token, clause, "before")
    if colon:
        return _colon_source(text, clause)
    return None


def _cue_particle(token: Token) -> bool:
    """ "pointed out “…”": the particle of a cue verb, not of any verb ("handed out “like candy”")."""
    return token.dep_ == "prt" and cue_kind(token.head) is not None


def _has_own_content(cue: Token, frame_end: int) -> bool:
    """The cue governs a clause of its own inside the frame ("he signaled that they …"). Not a
    clause set off by a comma and led by a subordinate one: in "…,” Lee told Kim, after he admitted
    the fees were wrong" the parse hangs "were" on "told", but what Lee told is the quote."""
    return any(
        c.dep_ == "ccomp" and c.i > cue.i and c.idx < frame_end and not _set_off(c) for c in cue.children
    )


def _set_off(clause: Token) -> bool:
    """A clause that opens, after a comma, with a subordinate clause ("…, after he admitted …")."""
    first = clause.left_edge
    return first.lower_ in SUBORDINATE and first.i > 0 and first.nbor(-1).text == ","


def _from_cue(text: str, cue: Token, clause: list[Token], rule: str) -> Found:
    quote = Found(contents=[], kind="direct", rule=rule, cue=cue_bounds(cue))
    first, last = clause[0].i, clause[-1].i
    subject = subject_of(cue)
    if subject is not None and first <= subject.i <= last:
        quote.sources = [
            _span(text, head, first, last) for head in source_heads(subject) if first <= head.i <= last
        ]
    else:
        near = _nearest_nominal(cue, clause)
        if near is not None:
            quote.sources = [_span(text, near, first, last)]
    if cue.lemma_.lower() in tagged(ADDRESSEE):
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and first <= child.i <= last:
                quote.addressee = _span(text, child, first, last)
                break
    return quote


def _span(text: str, head: Token, first: int, last: int) -> tuple[int, int]:
    """The phrase of ``head`` clipped to the clause [first, last]."""
    lo, hi = phrase_bounds(head)
    doc = head.doc
    lo, hi = max(lo, first), min(hi, last + 1)
    return trim(text, *token_bounds(doc[lo], doc[hi - 1]))


def _nearest_nominal(cue: Token, clause: list[Token]) -> Token | None:
    """A parse-independent fallback: the closest noun or pronoun heading a phrase near the cue (its
    head may lie in the quote before, which the parse ran on into), not one after a preposition
    ("said Thursday on Fox News") nor the owner of what follows ("on Fox News’s “Morning Show”")."""
    inside = {t.i for t in clause}
    heads = [
        t
        for t in clause
        if is_nominal_head(t)
        and not (t.head.pos_ in ("PROPN", "NOUN") and t.head.i in inside)  # a head the quote's parse took
        and t.i != cue.i
        and t.dep_ not in ("pobj", "poss")
    ]
    return min(heads, key=lambda t: abs(t.i - cue.i), default=None)


def _colon_source(text: str, clause: list[Token]) -> Found | None:
    """ "The minister was blunt: “…”": the subject of the lead-in clause speaks."""
    for t in clause:
        if t.dep_ in ("nsubj", "nsubjpass"):
            quote = Found(contents=[], kind="direct", rule="colon")
            quote.sources = [_span(text, t, clause[0].i, clause[-1].i)]
            return quote
    return None


def _dash_source(text: str, clause: list[Token]) -> Found | None:
    """ "“…” — Secretary-General Mira Sato": a short name after a dash is the source."""
    # a no-break space after the dash is a token of its own
    words = [t for t in clause if not (t.is_punct or t.is_space) or t.text == "-"]
    while words and words[0].text in DASH_MARKS:
        words = words[1:]
    if not words or len(words) > 8 or not words[0].is_title:
        return None
    quote = Found(contents=[], kind="direct", rule="dash")
    quote.sources = [trim(text, *token_bounds(words[0], words[-1]))]
    return quote


def _splits(text: str, mark: Marked, after: tuple[int, int], nxt: Marked) -> bool:
    """ "“Once the tide turned,” Ada Roos said, “we left …”": one quote around its cue."""
    frame = text[after[0] : after[1]].strip()
    content_end = text[mark.start : mark.end].rstrip()[-1:]
    return nxt.open == after[1] and frame.endswith(",") and content_end in ",—–-"
