"""What a cue verb reports: the clause, infinitive, gerund, prepositional phrase or object it
governs ("noted that …", "vowed to strike", "denied doing …", "called for a truce", "backs the
bill"), or the sentence it closes or interrupts ("Turnout fell, officials said", "The ferry, she
said, would carry …"). Each is a token range of the parse and the name of the rule that found it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes import objects
from faultlines.quotes.clauses import asks_whether, states
from faultlines.quotes.cues import (
    GERUND,
    INFINITIVE,
    TOPIC,
    WHETHER,
    cue_kind,
    cue_kind_at,
    prepositions,
    tagged,
)
from faultlines.quotes.direct import SUBORDINATE
from faultlines.quotes.objects import SUBJECTS
from faultlines.views import columns, offsets, sentence_numbers, sentence_start, sents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.views import Columns

# Heads of a refused speech act: "declined to say", "refusal to comment".
REFUSING = {"decline", "refuse", "refusal"}
# What a parenthetical cue clause is made of before its verb: "as she said", "Mr. Vale also said".
ASIDE = ("mark", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod")


def content(text: str, cue: Token, kind: str) -> tuple[int, int, str] | None:
    """Token range [lo, hi) of what the cue reports, and the name of the rule that found it."""
    children = list(cue.children)
    lemma = cue.lemma_.lower()
    # a clause after the cue first ("Should it fail, critics worry that …" reports what follows),
    # unless the one before is a quote the cue closes ("“…,” said the chair in an email that …");
    # only the order of the clauses counts, so only theirs is read
    for child in sorted(children, key=lambda c: c.dep_ == "ccomp" and c.i < cue.i and not _closed_by(cue, c)):
        if child.dep_ == "ccomp" and (child.i > cue.i or _fronted(cue, child)):
            if lemma in tagged(INFINITIVE) and _wanted_of(child) and child.i > cue.i:
                return child.left_edge.i, child.right_edge.i + 1, "infinitive"
            if not states(child, kind) or (asks_whether(child) and lemma not in tagged(WHETHER)):
                return None
            return _clause_start(cue, child), child.right_edge.i + 1, "clause"
    if lemma == "say" and (clause := objects.object_clause(children)) is not None:
        return clause.left_edge.i, clause.right_edge.i + 1, "clause"
    if kind == "speech" and (that := objects.stray_that(cue)) is not None:
        return that.i + 1, that.head.right_edge.i + 1, "clause"
    for child in children:
        if (
            child.dep_ == "xcomp"
            and lemma in tagged(INFINITIVE)
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
        if (
            child.dep_ in ("xcomp", "dobj")
            and child.tag_ == "VBG"
            and lemma in tagged(GERUND)
            and child.i > cue.i
        ):
            return child.left_edge.i, child.right_edge.i + 1, "gerund"  # "denied doing anything wrong"
    for child in children:
        if child.dep_ == "prep" and child.lower_ in prepositions().get(lemma, ()):
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
    if objs and (kind == "position" or lemma in tagged(TOPIC)):
        end = objects.object_end(cue, objs[0])
        if objects.bare_topic(cue, objs[0], end):
            return None
        return objs[0].left_edge.i, end, "object"
    charges = [c for c in children if c.dep_ == "prep" and c.lower_ == "of" and c.i > cue.i]
    if charges and any(c.dep_ == "nsubjpass" for c in children):
        return charges[0].i, charges[-1].right_edge.i + 1, "charge"  # "was accused by critics of …"
    if (kind == "position" or lemma in tagged(TOPIC)) and any(c.dep_ == "agent" for c in children):
        passive = [c for c in children if c.dep_ == "nsubjpass"]  # "the bill was backed by the union"
        if passive:
            return passive[0].left_edge.i, passive[0].right_edge.i + 1, "object"
    return (kind != "position" and _reported_as(cue)) or _reported_before(text, cue) or _reported_around(cue)


def next_cue(cue: Token, lo: int, hi: int) -> Token | None:
    """A second cue verb of the same speaker inside what ``cue`` reports: "…, saying B", "… and said
    B", "…, but added B" (joined to the clause or hung on it after a comma or a conjunction)."""
    doc = cue.doc
    cols = columns(doc)
    for i in range(max(lo, cue.i + 1), hi):
        if (
            cols.dep[i] in ("conj", "advcl")
            and cue_kind_at(cols, i) == "speech"
            and cols.tag[i] in ("VBD", "VBG")
        ):
            edge = _clause_edge(cols, i)
            if edge > lo + 1 and cols.text[edge] in (",", ";", "—", "–", "and", "but"):
                return doc[i]
    return None


def clause_edge(cue: Token) -> int:
    """Index of the comma or conjunction that joins a second cue's clause: "…, saying", "… and said"."""
    return _clause_edge(columns(cue.doc), cue.i)


def _clause_edge(cols: Columns, edge: int) -> int:
    while edge > 0 and (
        cols.dep[edge - 1] in ("aux", "advmod", "neg") or cols.text[edge - 1] in (",", "and", "but")
    ):
        edge -= 1
        if cols.text[edge] in (",", "and", "but", ";"):
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
    doc, cols = cue.doc, columns(cue.doc)
    start = min(subject.left_edge.i, cue.i)
    cue_end, first, last = cue.right_edge.i, subject.left_edge.i, subject.right_edge.i
    for i in range(cue.i + 1, sents(doc)[sentence_numbers(doc)[cue.i]].end):
        if cols.text[i] in (".", "!", "?") or "\n" in cols.text[i]:
            break
        if i > cue_end and not cols.punct[i] and not first <= i <= last:
            return None  # the cue clause does not close the sentence
    comma = start - 1
    if comma <= 0 or cols.text[comma] not in (",", "”", "'", '"', "’"):
        return None
    sent_start = sentence_start(doc, comma - 1)
    starts = offsets(doc).starts
    line = text.rfind("\n", 0, starts[comma]) + 1  # the article, not Doc.text: that rejoins every token
    while starts[sent_start] < line:
        sent_start += 1
    if comma - sent_start < 2 or not any(pos in ("VERB", "AUX") for pos in cols.pos[sent_start:comma]):
        return None  # "Then, last week, she posted …": an opening phrase, not a reported sentence
    return sent_start, comma, "closing"


def _reported_as(cue: Token) -> tuple[int, int, str] | None:
    """ "As Mr. Bown observed, the tariffs would hit farmers first", "…, as the mayor said": an "as"
    clause with a subject of its own reports the clause it hangs on, itself left out."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return None  # "as the commentary was published" tells when, not whose words
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "conj") for c in cue.children):
        return None  # "as the House concluded its hearing", "as firms reported results": when or why
    doc, first, last = cue.doc, cue.left_edge.i, cue.right_edge.i
    if not (
        (first > 0 and doc[first - 1].text == ",") or (last + 1 < len(doc) and doc[last + 1].text == ",")
    ):
        return None  # set off by a comma, or not an aside on whose words these are
    head = cue.head
    if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None  # "as she said in May" hung on a noun or a clause without a subject reports nothing
    sent = cue.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    cols = columns(doc)
    while hi > lo and (cols.punct[hi - 1] or cols.space[hi - 1]):
        hi -= 1
    if not any(pos in ("NOUN", "PROPN", "PRON", "VERB", "AUX") for pos in cols.pos[lo:first]):
        lo = min(last + 1, hi)  # "After all, as we saw, banks …": the opener is no part of it
    return (lo, hi, "parenthetical") if lo <= first or last < lo < hi else None


def _reported_around(cue: Token) -> tuple[int, int, str] | None:
    """ "The ferry, Ms. Vale said, would carry …": a cue set off by commas inside what it reports."""
    head = cue.head
    if (
        cue.dep_ != "parataxis"
        or head.i == cue.i
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    ):
        return None
    start = aside_start(cue)
    if "," not in (cue.doc[start].text, cue.doc[start - 1].text):
        return None
    sent = cue.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    return (lo, hi, "parenthetical") if lo < start and cue.right_edge.i + 1 < hi else None


def aside_start(cue: Token) -> int:
    """First token of a cue clause set off inside what it reports: its mark, subject or auxiliary,
    never a phrase before the comma that the parse hung on the cue ("To see it whole, Ms. Vale
    said, one should …", "After two terms, she said, the party …")."""
    doc = cue.doc
    first = min([cue.i] + [c.left_edge.i for c in cue.children if c.i < cue.i and c.dep_ in ASIDE])
    while first > 0 and doc[first - 1].is_punct and doc[first - 1].head.i == cue.i:
        first -= 1  # the comma and closing mark that set it off: ', "it works," Vale said, most …'
    return first
