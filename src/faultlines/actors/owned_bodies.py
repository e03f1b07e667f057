"""Public bodies named by the place they belong to: "Borduria's Supreme Court", "the Tarrow
government", "Velmora police". The tagger leaves them untagged or takes only the body's words
("Supreme Court", which the tables then code to another country's court); the place says whose
body it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon
from faultlines.actors.mention import Mention
from faultlines.actors.nouns import nouns
from faultlines.views import columns, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def owned_bodies(doc: Doc, found: list[Mention]) -> list[Mention]:
    """``found`` with each public body a place owns as one organisation: its country from the place,
    its sector from the body word; a mention of the body's words alone gives way to it."""
    sectors = lexicon.public_bodies()
    cols = columns(doc)
    for i in [i for i in nouns(doc) if cols.lower[i] in sectors]:
        head = doc[i]
        if head.dep_ == "compound":
            continue  # a modifier: "the Tarrow police chief"
        # named on after "of": "the government of Tarrow" is the place's; "Tarrow's Department of
        # Harbours" is for the tagger's name
        owned = _of_place(head) if _named_on(head) else _owned(head)
        recalled = _recalled_owner(head) if owned is None else None
        if recalled is not None:
            span, name, place = recalled
            found = [m for m in found if head.i not in _range(m)]
            found.append(Mention(span, "organisation", name, place.country, sectors[head.lower_]))
            continue
        if owned is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            continue  # "a Velmora ad agency" is one of the place's, not its own
        span, place = owned
        if any(m.span.start <= span.start and span.end <= m.span.end for m in found):
            continue  # already named whole: "the Borduran government"
        found = [m for m in found if head.i not in _range(m)]
        found.append(
            Mention(
                span,
                "organisation",
                _name(span, head),
                place.country if place else None,
                sectors[head.lower_],
            )
        )
    return found


# The nouns by which news recalls the place it reports from, and the kind of place each recalls.
PLACE_NOUNS = {"city": "city", "town": "city", "state": "region", "province": "region", "country": "country"}
# How many sentences back "the city" looks for the place it recalls.
PLACE_WINDOW = 3


def _recalled_owner(head: Token) -> tuple[Span, str, lexicon.Place] | None:
    """A body owned by "the city", "the state" or "the country" the text names before it: "the
    city's police" after Hong Kong are the Hong Kong police. The span, the body's name, the place."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in PLACE_NOUNS or not any(c.lower_ == "the" for c in owner.children):
        return None
    kind, doc = PLACE_NOUNS[owner.lower_], head.doc
    starts = [s.start for s in views.sents(doc) if s.start <= head.i]
    since = starts[max(len(starts) - 1 - PLACE_WINDOW, 0)]
    named = [e for e in views.ents(doc) if since <= e.start and e.end <= owner.i and e.label_ == "GPE"]
    for ent in reversed(named):
        place = lexicon.place(span_text(ent))
        if place is not None and _of_kind(place, kind):
            body = [t.text for t in doc[owner.i + 1 : head.i + 1] if t.tag_ != "POS"]  # "police department"
            return doc[owner.left_edge.i : head.i + 1], " ".join([span_text(ent), *body]), place
    return None


def _of_kind(place: lexicon.Place, kind: str) -> bool:
    """Whether a place is of the kind "the city", "the state" or "the country" recalls."""
    if kind == "region":
        return place.is_region
    if kind == "country":
        return place.is_name or place.is_variant
    return not place.is_region


def _name(span: Span, head: Token) -> str:
    """A body's name: a proper one as written ("Borduria's Supreme Court", "Supreme Court of Tarrow"),
    a common one as its place's ("the city council of Tarrow" and "Tarrow's city council" are both
    the Tarrow city council)."""
    if head.text[:1].isupper():
        return span_text(span).replace("’", "'")
    owner = [t.text for t in span if t.i != head.i and t.text[:1].isupper() and t.tag_ != "POS"]
    body = [t.text for t in span if t.i <= head.i and not t.text[:1].isupper() and t.tag_ != "POS"]
    return " ".join([*owner, *body])


def _of_place(head: Token) -> tuple[Span, lexicon.Place | None] | None:
    """A body named by the place it is of: "the government of Tarrow", "the city council of Velmora",
    "the Supreme Court of Borduria". Not a body whose name goes on ("the Department of Harbours")."""
    doc = head.doc
    of = doc[head.i + 1]
    last = next((c for c in of.children if c.dep_ == "pobj"), None)
    if of.head.i != head.i or last is None or not last.text[:1].isupper():
        return None
    first = name_start(last)
    place = lexicon.place(span_text(doc[first : last.i + 1]))
    if (place is None and last.ent_type_ != "GPE") or first != of.i + 1 or _proper_after(last):
        return None
    start = head.i
    while start > 0 and doc[start - 1].head.i == head.i and _body_word(doc[start - 1]):
        start -= 1
    return doc[start : last.i + 1], place


def _body_word(tok: Token) -> bool:
    """A word of a body's own name before its head: "city" of "city council", "Supreme" of "Supreme
    Court"; not a description ("the new government")."""
    return tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.text[:1].isupper())


def _proper_after(tok: Token) -> bool:
    """A name going on after the place: "the Court of Tarrow Appeals" names more than the place."""
    nxt = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1]
    return bool(nxt) and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"


def _named_on(head: Token) -> bool:
    """A body word whose name goes on: "Tarrow's Department of Harbours" is for the tagger's name."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].text[:1].isupper()


def _range(mention: Mention) -> range:
    return range(mention.span.start, mention.span.end)


def _owned(head: Token) -> tuple[Span, lexicon.Place | None] | None:
    """The span from the owning place to the body word, and the place; None without a place."""
    doc = head.doc
    # "the Velmora city council": the place may hang on the body's own lower-case word
    words = [c for c in head.children if c.dep_ == "compound" and c.text[:1].islower()]
    for child in (*head.children, *(c for w in words for c in w.children if c.dep_ == "compound")):
        if child.i >= head.i or not child.text[:1].isupper():
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and not _inner(child, head)):
            start = name_start(child)
            owner = span_text(doc[start : child.i + 1])
            place = lexicon.place(owner)
            if place is None and child.ent_type_ not in ("GPE", "NORP"):
                continue
            if any(
                not (t.text[:1].isupper() or t.tag_ == "POS" or _body_word(t))
                for t in doc[child.i + 1 : head.i]
            ):
                return None  # a description between: "Borduria's new government"
            return doc[start : head.i + 1], place
    return None


def _inner(child: Token, head: Token) -> bool:
    """A capitalised word of the body's own name, after the place: "Supreme" of "Supreme Court"."""
    return any(c.i < child.i and (c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP")) for c in head.children)


def name_start(owner: Token) -> int:
    """Where a place's name of several words begins: "Hong Kong" of "Hong Kong police", "South
    Borduran" of "the South Borduran government" (one entity, or capitalised words leaning on it)."""
    doc, start = owner.doc, owner.i
    while start > 0 and _name_word(doc[start - 1], doc[start]):
        before = doc[start - 1]
        inside = doc[start].ent_iob_ == "I" or (
            before.dep_ in ("compound", "amod") and start <= before.head.i <= owner.i
        )
        if not inside:
            break
        start -= 1
    return start


def _name_word(before: Token, word: Token) -> bool:
    """Whether ``before`` may open a place's name on ``word``: a capitalised word, or the hyphen
    inside one entity ("African-American"); a sentence's "The" leans on the name too ("The US
    Justice Department") but is no part of it."""
    if before.text == "-":
        return word.ent_iob_ == "I"
    return before.text[:1].isupper() and before.pos_ != "DET"
