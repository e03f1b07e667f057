"""Public bodies named by the place they belong to: "Borduria's Supreme Court", "the Tarrow
government", "Velmora police". The tagger leaves them untagged or takes only the body's words
("Supreme Court", which the tables then code to another country's court); the place says whose
body it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.mention import Mention
from faultlines.views import columns, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Sectors of the bodies a place owns (a government, a court, a parliament, an army, the police);
# a company or a school of a place is named by a name of its own.
PUBLIC = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
# Body words the generic table does not hold as unnamed bodies but a place's name makes one of.
CHAMBERS = frozenset({"senate", "legislature", "assembly", "judiciary"})


def owned_bodies(doc: Doc, found: list[Mention]) -> list[Mention]:
    """``found`` with each public body a place owns as one organisation: its country from the place,
    its sector from the body word; a mention of the body's words alone gives way to it."""
    sectors = {noun: sector for noun, sector in lexicon.generic_bodies().items() if sector in PUBLIC}
    sectors.update(dict.fromkeys(CHAMBERS, "LEG"))
    cols = columns(doc)
    for i in [i for i, word in enumerate(cols.lower) if word in sectors and cols.pos[i] in ("NOUN", "PROPN")]:
        head = doc[i]
        owned = _owned(head)
        if owned is None or head.dep_ == "compound" or _named_on(head):
            continue  # not a place's, a modifier ("the Tarrow police chief"), or named on after "of"
        span, place = owned
        if any(m.span.start <= span.start and head.i < m.span.end for m in found):
            continue  # already named whole: "the Borduran government"
        found = [m for m in found if head.i not in _range(m)]
        name = span_text(span).replace("’", "'")
        found.append(
            Mention(span, "organisation", name, place.country if place else None, sectors[head.lower_])
        )
    return found


def _named_on(head: Token) -> bool:
    """A body word whose name goes on: "Tarrow's Department of Harbours" is for the tagger's name."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].text[:1].isupper()


def _range(mention: Mention) -> range:
    return range(mention.span.start, mention.span.end)


def _owned(head: Token) -> tuple[Span, lexicon.Place | None] | None:
    """The span from the owning place to the body word, and the place; None without a place."""
    doc = head.doc
    for child in head.children:
        if child.i >= head.i or not child.text[:1].isupper():
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and not _inner(child, head)):
            start = _name_start(child)
            owner = span_text(doc[start : child.i + 1])
            place = lexicon.place(owner)
            if place is None and child.ent_type_ not in ("GPE", "NORP"):
                continue
            if any(not t.text[:1].isupper() and t.tag_ != "POS" for t in doc[child.i + 1 : head.i]):
                return None  # a description between: "Borduria's new government"
            return doc[start : head.i + 1], place
    return None


def _inner(child: Token, head: Token) -> bool:
    """A capitalised word of the body's own name, after the place: "Supreme" of "Supreme Court"."""
    return any(c.i < child.i and (c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP")) for c in head.children)


def _name_start(owner: Token) -> int:
    """Where a place's name of several words begins: "Hong Kong" of "Hong Kong police", "South
    Borduran" of "the South Borduran government" (one entity, or capitalised words leaning on it)."""
    doc, start = owner.doc, owner.i
    while start > 0 and doc[start - 1].text[:1].isupper():
        before = doc[start - 1]
        inside = doc[start].ent_iob_ == "I" or (
            before.dep_ in ("compound", "amod") and start <= before.head.i <= owner.i
        )
        if not inside:
            break
        start -= 1
    return start
