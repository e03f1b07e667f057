"""Members who speak for their body: "Apex leaders denied it" is Apex's denial, "Vellish officials
welcomed it" Vella's welcome, "the Vellish and Daran defence ministries accused X" the two
countries' accusation. Some of them ("some Apex leaders", "other Vellish officials") speak for
nobody but themselves, and a region's lawmakers for no country. So with the bodies named by whom
they belong to ("the Gannett newspaper chain") and those who speak for a client ("Lee's lawyers")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.descriptions import PART
from faultlines.actors.lexicon import generic_bodies, place, roles
from faultlines.stances.lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.model import Actor

# Sectors whose members speak for their country (PLOVER codes): a minister's stance is the
# government's, a journalist's or an opposition leader's is not.
STATE_SECTORS = frozenset({"GOV", "MIL"})
# How a body hangs on the noun naming its members: "Apex leaders", "Vellish officials", "Apex's leaders".
OWNING = ("compound", "amod", "nmod", "poss")


def bodies(noun: Token, actor_at: dict[int, str], people: set[str]) -> tuple[str, ...]:
    """The actors (``actor_at``: the actor each token names) whose members or branches ``noun``
    names: "Apex leaders", "the leaders of Vesta and Dara", "officials from Vesta" or "at Apex",
    "the Apex board"; "Ada Roos and Green Party leaders" for both, the parse hanging the name
    joined to the group on its noun. A person's name alone (of ``people``) names no body ("Lee
    officials")."""
    # a singular member word names a person ("the Apex leader"), a body's own body ("the Apex board") not
    if noun.lemma_.lower() not in load().member or (noun.tag_ != "NNS" and noun.lower_ in roles()):
        return ()
    if any(c.dep_ in ("det", "amod") and c.lower_ in PART for c in noun.children):
        return ()
    after = [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "at") for o in p.children
    ]
    owners = [c for c in noun.children if c.i < noun.i and c.dep_ in OWNING] + [
        o for o in after if o.dep_ == "pobj"
    ]
    found = []
    for owner in owners:
        for t in (owner, *owner.conjuncts):
            actor = actor_at.get(t.i)
            if actor is not None and (actor not in people or owner.conjuncts) and not _region(t):
                found.append(actor)
    return tuple(dict.fromkeys(found))


def body_named(tok: Token, actor_at: dict[int, str], named_people: set[str]) -> str | None:
    """The actor a body is named by: "the Gannett newspaper chain" is Gannett, "the Vesta state
    government" Vesta; not the person whose it is (of ``named_people``: "the Lee campaign" is not Lee)."""
    compounds = [c for c in tok.subtree if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if tok.pos_ != "NOUN" or not any(t.lemma_.lower() in generic_bodies() for t in (tok, *compounds)):
        return None
    owners = (actor_at[c.i] for c in compounds if c.pos_ == "PROPN" and c.i in actor_at)
    return next((a for a in owners if a not in named_people), None)


def represented(tok: Token, actor_at: dict[int, str], countries: set[str]) -> tuple[str, ...]:
    """Whom lawyers or a spokesman speak for: "lawyers for Ann and Bo Lee", "Lee's attorneys"."""
    clients = [c for c in tok.children if c.dep_ == "poss"]
    clients += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    named = [t for c in clients if c.dep_ in ("poss", "pobj") for t in (c, *c.conjuncts)]
    # "a Velmo spokesperson", "Lee lawyers": a name before the noun, not a place ("a Tarrow lawyer")
    named += [
        c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and actor_at.get(c.i) not in countries
    ]
    return tuple(dict.fromkeys(actor_at[t.i] for t in named if t.i in actor_at))


def _region(owner: Token) -> bool:
    """A region of a country, whose lawmakers or officials speak for no country ("Ohio lawmakers")."""
    found = place(owner.doc[owner.left_edge.i : owner.i + 1].text)
    return found is not None and found.is_region


def official(actor: Actor, country: str | None = None) -> bool:
    """Whether a person or body speaks for their country (for ``country``, when given): a minister,
    an army, not a journalist, an opposition leader or a state of the union ("North Dara sued")."""
    if actor.sector not in STATE_SECTORS or actor.country is None or country not in (None, actor.country):
        return False
    region = place(actor.name) if actor.kind == "organisation" else None
    return region is None or not region.is_region
