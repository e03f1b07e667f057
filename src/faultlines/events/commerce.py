"""Market dealings: what firms and people buy, sell, lend, license or price, which PLOVER does not
code ("promised to lend a bakery five million", "taking orders for a blue kettle", "haggled a
cut in the rent"). A state that pays, lends or sells acts as a state does: "Ruritania agreed to lend
Borduria $2 billion" is an act between countries, and so stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events import doers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Acts of words and meetings that a deal may be: agreeing, asking, negotiating, backing.
DEALING = frozenset({"AGREE", "REQUEST", "CONSULT", "SUPPORT"})
# Sectors of the state, lawmakers among them, whose dealings are acts between actors.
STATE_SECTORS = doers.STATE_SECTORS | {"LEG"}
# Prepositions of what a deal is for or on: "orders for the phone", "terms on a licence".
DEAL_PREPS = frozenset({"for", "on", "to", "into"})
# Sums of money by their word: promising or dealing them is commerce, but asking for them may be an
# appeal to a state ("asked the council for money").
SUMS = frozenset({"money", "cash"})
# Relations of what is dealt in: an object, a passive subject, a clause's own object.
DEALT = frozenset({"dobj", "nsubjpass", "dative"})


def trades(tok: Token, comp: Token | None, kind: str, lex: Lexicon) -> bool:
    """Whether the act of ``tok`` of type ``kind`` deals in money or goods between parties of no
    state: its object is a word of trade ("taking orders", "haggled a discount"), or ``comp``,
    the act a control verb promises when it names no act of the lexicon, deals in one or in a sum
    ("promised to lend a bakery five million"). A sum pledged on its own ("pledged $5 billion") is most
    often aid, and asking for one ("asked the council for money") an appeal: neither is read here."""
    if doers.doer_sector(tok) in STATE_SECTORS:
        return False
    if any(_traded(d, lex, sums=False) for d in _dealt([tok])):
        return True
    if comp is None:
        return False
    return any(_traded(d, lex, sums=kind != "REQUEST") for d in _dealt([comp, *comp.conjuncts]))


def _dealt(holders: list[Token]) -> list[Token]:
    """What the verbs deal in: their objects, and what they are for or on."""
    dealt = [c for h in holders for c in h.children if c.dep_ in DEALT]
    dealt += [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in DEAL_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return dealt


def _traded(tok: Token, lex: Lexicon, *, sums: bool) -> bool:
    if sums and (tok.ent_type_ == "MONEY" or tok.lemma_.lower() in SUMS):
        return True
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in lex.trade for w in words)
