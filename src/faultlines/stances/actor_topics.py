"""The actor a stance's topic names: a name, a pronoun, or a bare "the government" of a country
named before it; and how such a topic is labelled.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from faultlines import letters, pronouns, syntax
from faultlines.actors.lexicon import generic_bodies, place
from faultlines.actors.mention import surname
from faultlines.stances.antecedents import bare_definite
from faultlines.stances.lexicon import load as load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression
    from faultlines.stances.holders import Holders, Holding


def named(e: Expression, h: Holding, holders: Holders, doc: Doc) -> str | None:
    """The actor an expression's topic names: its mention, or for "he"/"she" the person named last."""
    # a law's nickname ("Obamacare", see [alias]) names a thing, though tagged as an organisation
    if e.phrase != "np" or doc[e.topic].lower_ in load_lexicon().alias:
        return None
    actor = (
        holders.actor_at.get(e.topic)
        or _apposed(e, holders, doc)
        or _body_before(e, h, holders, doc)
        or _surnamed(doc[e.topic], holders)
        or _body_named(doc[e.topic], holders)
    )
    # "he" judged in someone's own words is someone else than the speaker, even if read as the
    # speaker; in reported speech ("Lee said he was qualified") it is the speaker, a stance on self.
    if doc[e.topic].lower_ not in pronouns.PERSONS:
        return actor
    if actor is None or (actor in h.actors and holders.in_own_words(e.topic, actor)):
        actor = holders.person_before(e.topic, h.actors)
    return actor if actor is None or _named_in_letter(actor, doc[e.topic], holders) else None


def _named_in_letter(actor: str, pronoun: Token, holders: Holders) -> bool:
    """Whether a pronoun may stand for ``actor``: anywhere, unless it is in a reader's letter that
    does not name the actor before it (the one named is then in another reader's letter)."""
    before = letters.passage_before(pronoun.doc, pronoun.idx)
    return before is None or any(holders.actor_at.get(t.i) == actor and t.pos_ != "PRON" for t in before)


def label(name: str, members: list[Expression], doc: Doc) -> str:
    """An actor as a topic, named as the article names it: "Chad's government" where the text only
    ever says "the government" of the country it means, "Burma" where it never says "Myanmar"."""
    written = _as_written(name, [doc[e.topic] for e in members if doc[e.topic].pos_ == "PROPN"])
    if written is not None:
        return written
    heads = {doc[e.topic].lower_ for e in members}
    if len(heads) != 1 or any(doc[e.topic].pos_ != "NOUN" for e in members):
        return name
    (head,) = heads
    if head not in generic_bodies() or head in name.lower().split():
        return name
    return f"{name}'s {head}"


def _as_written(name: str, mentions: list[Token]) -> str | None:
    """The name the article gives an actor where it never uses a word of the actor's own name (a
    country's other name, an acronym): the one it uses most, first met on a tie."""
    if not mentions:
        return None
    words = set(name.lower().split())
    # a handle ("@AdaRoos") is how a post tags someone, not a name the article gives them
    spelt = [
        (found.text if (found := syntax.entity(t)) is not None else t.text)
        for t in mentions
        if not t.text.startswith("@")
    ]
    if not spelt:
        return None
    if any(words & set(s.lower().split()) for s in spelt):
        return None
    return Counter(spelt).most_common(1)[0][0]


def _surnamed(word: Token, holders: Holders) -> str | None:
    """The one person whose surname a word the actors did not take for a mention is: "Clinton" of
    "the pro-Clinton group" is Hillary Clinton where she is the only Clinton named."""
    if not word.text[:1].isupper() or word.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    return holders.surnamed.get(surname(word.text))


def _body_named(word: Token, holders: Holders) -> str | None:
    """The one body or country whose whole name is a word the actors did not take for a mention:
    "NATO" of "his anti-NATO stance", tagged an adjective there."""
    return holders.bodies_by_name.get(word.text) if word.text[:1].isupper() else None


def _apposed(e: Expression, holders: Holders, doc: Doc) -> str | None:
    """The actor a described noun is named as by its apposition: "votes for the party's nominee,
    Ada Roos" is a vote for Ada Roos."""
    head = doc[e.topic]
    if head.pos_ != "NOUN":
        return None
    return next(
        (holders.actor_at[c.i] for c in head.children if c.dep_ == "appos" and c.i in holders.actor_at), None
    )


def _body_before(e: Expression, h: Holding, holders: Holders, doc: Doc) -> str | None:
    """The body or country a bare "the government" or "the company" stands for: the one named last
    before it in its sentence, other than its holders ("fighting goes on in Chad as Libya backs the
    government" is Libya's stance for Chad), else its holder itself ("Velmo TV says the network is
    fair" speaks of itself, no thing at stake)."""
    head = doc[e.topic]
    if head.pos_ != "NOUN" or not bare_definite(head) or head.lemma_.lower() not in generic_bodies():
        return None
    own = None
    for i in reversed(range(head.sent.start, head.i)):
        actor = holders.actor_at.get(i)
        if actor is not None and actor not in holders.people and _names_its_actor(doc, i):
            if actor not in h.actors:
                return actor
            own = own or actor
    return own


def _names_its_actor(doc: Doc, i: int) -> bool:
    """Whether the mention at token ``i`` names its actor: a body, or a country by its name or its
    seat, not by one of its cities or states, which says where, not who ("a columnist for the Gazette
    of Tulsa" names no country a bare "the campaign" could stand for)."""
    ent = syntax.entity(doc[i])
    found = place(ent.text) if ent is not None else None
    return found is None or found.is_name or found.is_variant or found.is_seat
