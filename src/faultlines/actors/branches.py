"""A party's branch in a state or a country, named by the place and the party's members: "Tarrow
Democrats", "Democrats in Tarrow" (an organisation of the place's country, sector PTY); or in a
chamber: "Senate Republicans", "Tarrow House Democrats" (the place's country, if it is named)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon
from faultlines.actors.mention import Mention
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Capitalised words naming a legislative chamber, before a party's members: "House Democrats".
CHAMBERS = frozenset({"house", "senate", "assembly", "congressional", "legislative", "parliamentary"})


def branches(doc: Doc) -> list[Mention]:
    """The party branches of a document, in text order."""
    cols, members = columns(doc), lexicon.party_members()
    found = []
    for i, word in enumerate(cols.lower):
        if word not in members or not cols.text[i][:1].isupper():
            continue
        caucus = _caucus(doc, i)
        if caucus is not None:
            found.append(caucus)
            continue
        place = _place_before(doc, i) or _place_after(doc, i)
        if place is None:
            continue
        code = lexicon.place(place.text).country
        span = doc[min(place.start, i) : max(place.end, i + 1)]
        found.append(Mention(span, "organisation", f"{place.text} {cols.text[i]}", code, "PTY"))
    return found


def _caucus(doc: Doc, i: int) -> Mention | None:
    """The members of a party in a chamber, "Senate Republicans": of the state named before it
    ("Tarrow Senate Democrats"), else of the chamber's country where the tables know it."""
    chamber = doc[i - 1] if i > 0 else None
    if chamber is None or chamber.lower_ not in CHAMBERS or not chamber.text[:1].isupper():
        return None
    place = _place_before(doc, chamber.i)
    if place is not None:
        code = lexicon.place(place.text).country
    else:
        code = known.country if (known := lexicon.body(chamber.text)) is not None else None
    span = doc[place.start if place is not None else chamber.i : i + 1]
    return Mention(span, "organisation", views.span_text(span), code, "PTY")


def _place_before(doc: Doc, i: int) -> Span | None:
    """A state or country named by the one or two proper nouns before: "New Tarrow Democrats"."""
    for n in (2, 1):
        words = doc[max(i - n, 0) : i]
        if len(words) == n and all(t.pos_ == "PROPN" for t in words) and _state(words):
            return words
    return None


def _place_after(doc: Doc, i: int) -> Span | None:
    """The state or country the members are "in", itself the object: "Democrats in Tarrow" but not
    "Democrats in Tarrow's cities" (where they live) nor "Democrats in Congress"."""
    prep = i + 1
    if prep >= len(doc) or doc[prep].lower_ != "in" or doc[prep].head.i != i:
        return None
    place = next((e for e in views.ents(doc) if e.start == prep + 1 and e.label_ == "GPE"), None)
    if place is None or place.root.dep_ != "pobj" or place.root.head.i != prep:
        return None
    return place if _state(place) else None


def _state(words: Span) -> bool:
    """A state's or a country's own name or everyday short name, not a demonym or a city."""
    place = lexicon.place(words.text)
    return place is not None and (place.is_region or place.is_name or place.is_variant)
