"""Custody told without a verb of arrest (COERCE, CAMEO 173): a person "is being held at" a prison,
"has been held without charge", "was held by the rebels", "police held him overnight"; a person
"dragged out by police" or "removed from the hall by security". "Held accountable", "held up in
traffic", "the meeting was held" and a name "dragged in the mud" hold no one; a child carried out of
a pool by a parent is moved by no force of the state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import doers, parties
from faultlines.events.lexicon import Code

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

HELD = Code("COERCE", "arrest")
# Verbs of holding: only a person held in the passive, with nothing that makes it a figure.
HOLDING = frozenset({"hold"})
# What makes "held" no custody: a predicate ("held accountable"), a particle ("held up", "held
# back"), a standard held to, or esteem ("held in high regard").
NOT_HELD_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "prt", "dobj"})
NOT_HELD_PREPS = frozenset({"to"})
ESTEEM = frozenset({"regard", "esteem", "contempt", "check", "place", "reserve", "abeyance"})
# Words of people who keep order, whose moving or holding a person is custody: "removed by security",
# "the agency held them for weeks".
KEEPERS = frozenset({"security", "guard", "bailiff", "marshal", "trooper", "officer", "agency"})
# Personal pronouns, and the relative pronoun of a person.
PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "me", "us", "who", "whom"})


def custody(tok: Token, lemma: str, lex: Lexicon) -> Code | None:
    """COERCE when a verb of holding or moving, by its parse, takes a person into custody."""
    if lemma not in lex.custody:
        return None
    if lemma in HOLDING:
        return HELD if _held(tok, lex) else None
    return HELD if _moved_by_force(tok, lex) else None


def _held(tok: Token, lex: Lexicon) -> bool:
    """ "He is being held at a prison", "held by the rebels since 2016", "where Vale was held"; and
    in the active by those who keep order: "police held the two men overnight", "the agency has been
    holding migrants for weeks" ("she held the child" is no custody)."""
    held = syntax.dependents(tok, ("nsubjpass",)) or (
        syntax.dependents(tok, ("dobj",)) if _by_keepers(tok) else []
    )
    if not held or not all(_a_person(h, lex) for h in held):
        return False
    if any(c.dep_ in NOT_HELD_DEPS and c not in held for c in tok.children):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ in NOT_HELD_PREPS:
            return False
        if any(g.lemma_.lower() in ESTEEM for g in prep.children if g.dep_ == "pobj"):
            return False
    return not any(c.dep_ == "advmod" and c.lower_ in ("up", "back", "off", "together") for c in tok.children)


def _moved_by_force(tok: Token, lex: Lexicon) -> bool:
    """ "was dragged out by police", "police removed the two men", "removed from the site by
    security": a person moved by the police or by those who keep order."""
    moved = syntax.dependents(tok, ("dobj", "nsubjpass"))
    if not moved or not all(_a_person(m, lex) for m in moved):
        return False
    return _by_keepers(tok)


def _by_keepers(tok: Token) -> bool:
    """Whether the doer of ``tok`` keeps order: the police, security, a body of the state."""
    doer = parties.subject(tok)
    if doer is None:
        return False
    keepers = [doer, *doer.conjuncts]
    return any(k.lemma_.lower() in KEEPERS for k in keepers) or doers.doer_sector(tok) in doers.STATE_SECTORS


def _a_person(tok: Token, lex: Lexicon) -> bool:
    """A person by name, pronoun or word ("the inmates"), or a relative pronoun standing for one."""
    if tok.lower_ in PERSONAL and tok.tag_ in ("PRP", "WP"):
        if tok.tag_ == "WP" and tok.head.dep_ == "relcl":
            return _a_person(tok.head.head, lex)
        return True
    if tok.ent_type_ == "PERSON":
        return True
    return tok.lemma_.lower() in lex.captive or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children
    )
