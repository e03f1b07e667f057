"""Indirect and mixed quotes: a cue verb and the clause, object or phrase it governs.

"Lind noted that the ministry will host …" (clausal complement), "the union vowed to strike"
(infinitive), "the mayor called the protesters “vandals”" (object complement), "the senator backs
the bill" (position verbs with an object), "Turnout fell, officials said" (a cue
hung on the sentence it reports) and "…, according to the commission". A quoted stretch inside the
content makes the quote mixed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from sys import maxsize as len_max
from typing import TYPE_CHECKING

from faultlines.nlp import columns
from faultlines.quotes import objects
from faultlines.quotes.clauses import asks_whether, states
from faultlines.quotes.cues import (
    ADDRESSED,
    candidates,
    cue_bounds,
    cue_kind,
    is_according,
    is_cue_adjective,
    is_cue_noun,
)
from faultlines.quotes.direct import SUBORDINATE
from faultlines.quotes.found import Bounds, Found, Tokens, token_bounds, trim
from faultlines.quotes.marks import DOUBLE, Marked
from faultlines.quotes.nominal import adjective_clause, noun_clause
from faultlines.quotes.objects import MIN_WORDS, SUBJECTS
from faultlines.quotes.sources import first_nominal, phrase_span, source_heads, subject_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

# Verbs whose "to" infinitive is what was said or wanted: "vowed to strike", "urged him to resign".
# Not "agree": "agreed to return the cash" is consent to act ("agreed that …" still reports).
INFINITIVE = {
    "promise", "pledge", "vow", "swear", "threaten", "plan", "intend", "want", "wish", "seek",
    "urge", "ask", "call", "demand", "expect", "refuse", "decline", "propose", "hope",
    "warn", "advise", "order", "encourage", "tell", "vote", "offer", "prefer",
}  # fmt: skip
# Verbs whose prepositional phrase is what was said or wanted: "called for a ceasefire",
# "pointed to the deficit", "spoke of a crisis".
PREP_PHRASE = {
    "call": {"for", "on"}, "ask": {"for"}, "push": {"for"}, "press": {"for"}, "argue": {"for", "against"},
    "advocate": {"for"}, "plead": {"for"}, "demand": {"for"}, "appeal": {"for"}, "point": {"to"},
    "speak": {"of", "about"}, "talk": {"about"}, "refer": {"to"}, "warn": {"of", "about", "against"},
    "complain": {"about"}, "worry": {"about"},
}  # fmt: skip
# Speech verbs whose object is what was said about: "cited disparaging remarks", "outlined his plan".
TOPIC_OBJECT = {
    "cite", "describe", "mention", "propose", "outline", "detail", "question", "praise", "criticize",
    "criticise", "blame", "accuse", "deny", "dispute", "reject", "predict", "promise", "announce",
    "recommend", "demand", "urge", "discuss", "highlight", "tout", "defend", "dismiss", "mock",
    "express", "echo", "reference", "liken", "attribute",
}  # fmt: skip
# Speech verbs whose gerund complement is what was said: "denied doing anything wrong".
GERUND = {"deny", "admit", "acknowledge", "recall", "suggest", "propose", "recommend", "report"}
# Cues whose "whether" clause is what was said: "asked whether the plant would close".
ASKING = {"ask", "wonder", "question", "query", "inquire", "enquire"}
# Heads of a refused speech act: "declined to say", "refusal to comment".
REFUSING = {"decline", "refuse", "refusal"}
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
        sent = token.sent
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
    return cue.dep_ in ("xcomp", "acl") and cue.head.lemma_.lower() in REFUSING


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
    content = _content(text, cue, kind)
    if content is None:
        return None
    lo, hi, rule = content
    nested = _next_cue(cue, lo, hi) if rule == "clause" else None
    if nested is not None:
        hi = _clause_edge(nested)  # "said A, adding B": A alone; B is the next cue's own quote
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
    if lemma in ADDRESSED:
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and not (lo <= child.i < hi):
                quote.addressee = trim(text, *phrase_span(child))
                break
    return quote


def _content(text: str, cue: Token, kind: str) -> tuple[int, int, str] | None:
    """Token range [lo, hi) of what the cue reports, and the name of the rule that found it."""
    children = list(cue.children)
    lemma = cue.lemma_.lower()
    # a clause after the cue first ("Should it fail, critics worry that …" reports what follows),
    # unless the one before is a quote the cue closes ("“…,” said the chair in an email that …")
    for child in sorted(children, key=lambda c: c.i < cue.i and not _closed_by(cue, c)):
        if child.dep_ == "ccomp" and (child.i > cue.i or _fronted(cue, child)):
            if lemma in INFINITIVE and _wanted_of(child) and child.i > cue.i:
                return child.left_edge.i, child.right_edge.i + 1, "infinitive"
            if not states(child, kind) or (asks_whether(child) and lemma not in ASKING):
                return None
            return _clause_start(cue, child), child.right_edge.i + 1, "clause"
    if lemma == "say" and (clause := objects.object_clause(children)) is not None:
        return clause.left_edge.i, clause.right_edge.i + 1, "clause"
    if kind == "speech" and (that := objects.stray_that(cue)) is not None:
        return that.i + 1, that.head.right_edge.i + 1, "clause"
    for child in children:
        if (
            child.dep_ == "xcomp"
            and lemma in INFINITIVE
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            lo = min(
                [child.left_edge.i] + [c.left_edge.i for c in children if c.dep_ == "dobj" and c.i > cue.i]
            )
            if cue_kind(child) == "speech" and (child.right_edge.i == child.i or lemma in REFUSING):
                return None  # "declined to comment", "refused to say when …": nothing was said
            if any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "agent" for c in children):
                return None  # "the mill is expected to close": nobody in the text expects it
            return lo, child.right_edge.i + 1, "infinitive"
    for child in children:
        if child.dep_ in ("xcomp", "dobj") and child.tag_ == "VBG" and lemma in GERUND and child.i > cue.i:
            return child.left_edge.i, child.right_edge.i + 1, "gerund"  # "denied doing anything wrong"
    for child in children:
        if child.dep_ == "prep" and child.lower_ in PREP_PHRASE.get(lemma, ()):
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]  # "called for cutting"
            if objs and objects.bare_topic(cue, objs[0], child.right_edge.i + 1):
                return None  # "called for calm", "pointed to a slowdown": a topic, not a claim
            if objs:
                return objs[0].left_edge.i, child.right_edge.i + 1, "prep"
    complements = [c for c in children if c.dep_ == "oprd"]
    objs = [c for c in children if c.dep_ == "dobj"]
    if not objs and len(complements) > 1:
        objs, complements = complements[:1], complements[1:]  # "called the mayor a liar", both read as oprd
    if complements and objs:
        return objs[0].left_edge.i, complements[0].right_edge.i + 1, "naming"
    if objs and (kind == "position" or lemma in TOPIC_OBJECT):
        end = objects.object_end(cue, objs[0])
        if objects.bare_topic(cue, objs[0], end):
            return None
        return objs[0].left_edge.i, end, "object"
    charges = [c for c in children if c.dep_ == "prep" and c.lower_ == "of" and c.i > cue.i]
    if charges and any(c.dep_ == "nsubjpass" for c in children):
        return charges[0].i, charges[-1].right_edge.i + 1, "charge"  # "was accused by critics of …"
    if (kind == "position" or lemma in TOPIC_OBJECT) and any(c.dep_ == "agent" for c in children):
        passive = [c for c in children if c.dep_ == "nsubjpass"]  # "the bill was backed by the union"
        if passive:
            return passive[0].left_edge.i, passive[0].right_edge.i + 1, "object"
    return _reported_before(text, cue) or _reported_around(cue)


def _next_cue(cue: Token, lo: int, hi: int) -> Token | None:
    """A second cue verb of the same speaker inside what ``cue`` reports: "…, saying B", "… and said
    B", "…, but added B" (joined to the clause or hung on it after a comma or a conjunction)."""
    doc = cue.doc
    for token in doc[max(lo, cue.i + 1) : hi]:
        if token.dep_ in ("conj", "advcl") and cue_kind(token) == "speech" and token.tag_ in ("VBD", "VBG"):
            edge = _clause_edge(token)
            if edge > lo + 1 and doc[edge].text in (",", ";", "—", "–", "and", "but"):
                return token
    return None


def _clause_edge(cue: Token) -> int:
    """Index of the comma or conjunction that joins a second cue's clause: "…, saying", "… and said"."""
    doc = cue.doc
    edge = cue.i
    while edge > 0 and (
        doc[edge - 1].dep_ in ("aux", "advmod", "neg") or doc[edge - 1].text in (",", "and", "but")
    ):
        edge -= 1
        if doc[edge].text in (",", "and", "but", ";"):
            break
    return edge


def _wanted_of(clause: Token) -> bool:
    """ "called for pay to be clawed back": an infinitive with a subject of its own is what was
    demanded."""
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in children
    )


def _closed_by(cue: Token, clause: Token) -> bool:
    """The cue follows the comma that ends the clause before it: "Cuts will come, said the chair in
    an email that …" reports what comes first."""
    after = clause.doc[clause.right_edge.i + 1 : clause.right_edge.i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].i == cue.i


def _fronted(cue: Token, clause: Token) -> bool:
    """A clause before its cue is reported ("Turnout fell, officials said") when a comma or a closing
    mark ends it, or the cue has a subject of its own; otherwise the parse took the cue's subject for
    a clause ("The two states - A and B - criticised …")."""
    if cue.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return False  # "… - a germ usually found in rats": a bare participle reports nothing
    after = clause.right_edge.i + 1
    if cue.doc[after].text in (";", ":"):
        return False  # "The plan is dead; aides say talks go on": the first statement is the writer's
    return cue.doc[after].text in (",", "”", '"', "’", "'") or any(c.dep_ in SUBJECTS for c in cue.children)


def _clause_start(cue: Token, clause: Token) -> int:
    """Where a reported clause starts; a subject the parse made the cue's object opens it ("added the
    exact cause remained unclear": "cause" as the object of "added", "remained" without a subject)."""
    if any(c.dep_ in SUBJECTS for c in clause.children):
        return clause.left_edge.i
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i]
    return objects[0].left_edge.i if objects else clause.left_edge.i


def _reported_before(text: str, cue: Token) -> tuple[int, int, str] | None:
    """ "Turnout fell, officials said.": a closing cue clause reports the sentence before its comma."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return None
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATE for c in cue.children):
        return None  # "…, when, in fact, he responded": a subordinate clause reports nothing before it
    doc = cue.doc
    start = min(subject.left_edge.i, cue.i)
    for t in doc[cue.i + 1 : cue.sent.end]:
        if t.text in (".", "!", "?") or "\n" in t.text:
            break
        if t.i > cue.right_edge.i and not t.is_punct and not _in_subtree(t, subject):
            return None  # the cue clause does not close the sentence
    comma = start - 1
    if comma <= 0 or doc[comma].text not in (",", "”", "'", '"', "’"):
        return None
    sent_start = doc[comma - 1].sent.start
    line = text.rfind("\n", 0, doc[comma].idx) + 1  # the article, not Doc.text: that rejoins every token
    while doc[sent_start].idx < line:
        sent_start += 1
    if comma - sent_start < 2 or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent_start:comma]):
        return None  # "Then, last week, she posted …": an opening phrase, not a reported sentence
    return sent_start, comma, "closing"


def _reported_around(cue: Token) -> tuple[int, int, str] | None:
    """ "The ferry, Ms. Vale said, would carry …": a cue set off by commas inside what it reports."""
    head = cue.head
    if (
        cue.dep_ != "parataxis"
        or head.i == cue.i
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    ):
        return None
    doc = cue.doc
    if "," not in (cue.left_edge.text, doc[cue.left_edge.i - 1].text):
        return None
    sent = cue.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    return (lo, hi, "parenthetical") if lo < cue.left_edge.i and cue.right_edge.i + 1 < hi else None


def _same_line(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return "\n" not in a.doc[lo : hi + 1].text


def _in_subtree(token: Token, head: Token) -> bool:
    return head.left_edge.i <= token.i <= head.right_edge.i


def _content_bounds(text: str, cue: Token, lo: int, hi: int, least: int = MIN_WORDS) -> Bounds | None:
    doc = cue.doc
    if lo <= cue.i < hi:
        if doc[lo].tag_ in WH:
            lo = cue.i + 1  # "the barge, which it said sank …", "what she says it would do"
        else:
            hi = cue.i  # a parse that swallowed the cue: keep what comes before it
    while lo < hi and (
        (doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that", "whether", "if")) or doc[lo].is_punct
    ):
        lo += 1
    words = [t for t in doc[lo:hi] if not t.is_punct]
    if len(words) < least:
        return None
    bounds = trim(text, *token_bounds(doc[lo], doc[hi - 1]))
    return bounds if bounds[0] < bounds[1] else None


def _around(text: str, cue: Token, lo: int, hi: int) -> list[Bounds]:
    """The reported sentence on both sides of a parenthetical cue clause, the clause left out."""
    doc = cue.doc
    parts = [(lo, cue.left_edge.i), (cue.right_edge.i + 1, hi)]
    if sum(1 for a, b in parts for t in doc[a:b] if not t.is_punct) < MIN_WORDS:
        return []
    bounds = [trim(text, *token_bounds(doc[a], doc[b - 1])) for a, b in parts]
    return bounds if all(s < e for s, e in bounds) else []


def _sources(text: str, cue: Token, contents: list[Bounds]) -> list[Bounds]:
    subject = subject_of(cue)
    if subject is None and cue.dep_ in ("ccomp", "conj") and not _same_line(cue.head, cue):
        # a parse run across paragraphs: the source opens the cue's own paragraph
        line = text.rfind("\n", 0, cue.idx) + 1
        subject = first_nominal([t for t in cue.doc[: cue.i] if t.idx >= line])
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
        if sum(1 for t in doc[a:b] if not t.is_punct) >= MIN_WORDS:
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
