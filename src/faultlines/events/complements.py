"""The complement a control verb governs ("offered to withdraw", "urged the council to act"), and
what a control verb needs of it: someone addressed, something done to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events import figures, kinds
from faultlines.quotes import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Prepositions of the one a plea is made to: "pleaded with the governor", "appealed to police".
PLEADED_WITH = frozenset({"with", "to"})


def has_object(comp: Token, lex: Lexicon) -> bool:
    """Whether a complement is done to someone or names a measure: "willing to forgive Vale",
    "ready to lift the ban", "willing to pay compensation"; not "to move on", "ready to pay $5 for
    a ticket" or "ready to win back her old fans", which sell things or wish."""
    return any(c.dep_ == "dobj" and (kinds.someone(c, lex) or _a_measure(c, lex)) for c in comp.children)


def offered(tok: Token, comp: Token, lex: Lexicon) -> bool:
    """Whether a readiness offers something: an act named ("stands ready to support the talks"), or
    anything done to someone or a measure, in the doer's own words ("Ruritania tells envoys it is
    willing to forgive the rebels"); "crews ready to staff the planes" or "the firm is preparing to
    cut jobs" describe a state of mind or a plan, and offer nothing to anyone; "prepared to fight
    the charges" is a figure of force, no offer either."""
    force = lex.verb.get(comp.lemma_.lower())
    if force is not None and force.type == "ASSAULT" and figures.is_figure(comp, lex):
        return False
    if any(
        c.dep_ == "dobj" and (c.tag_ in ("WDT", "WP") or c.lemma_.lower() in lex.noun) for c in comp.children
    ):
        return True
    return has_object(comp, lex) and _stated(tok)


def _stated(tok: Token) -> bool:
    clause = tok.head if tok.dep_ == "acomp" else tok
    while clause.dep_ in ("conj", "ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
        if cues.cue_kind(clause) == "speech":
            return True
    return False


def _a_measure(noun: Token, lex: Lexicon) -> bool:
    if noun.tag_ in ("WDT", "WP"):  # "the talks, which Vell stands ready to support": its antecedent
        return True
    lemma = noun.lemma_.lower()
    return lemma in lex.noun or lemma.endswith(kinds.ABSTRACT_ENDINGS)


def addressee(tok: Token, comp: Token) -> bool:
    """ "encouraged the council to act": someone is asked; "challenging itself to" asks no one."""
    asked = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + [
        c for c in comp.children if c.dep_ == "nsubj"
    ]
    return any(a.lower_ not in kinds.REFLEXIVE for a in asked)


def complement(tok: Token, control: str) -> Token | None:
    """The to-complement, prepositional gerund or clause a control verb governs: "offered to withdraw",
    "succeeded in ousting him", "warned of retaliation", "agreed that talks resume"."""
    for child in tok.children:
        if child.dep_ == "xcomp":
            return child
        warning = control == "WARN" and child.lower_ in ("against", "of")
        achieved = control == "PASS" and child.lower_ == "in"  # "succeeded in", not "offered in"
        if child.dep_ == "prep" and (child.lower_ in ("to", "on", "for") or warning or achieved):
            # "warned of retaliation": what is warned of may be named by a noun
            deps = ("pcomp", "pobj") if warning else ("pcomp",)
            pcomp = next((g for g in child.children if g.dep_ in deps), None)
            if pcomp is not None:
                return pcomp
        if child.dep_ == "ccomp" and control in ("AGREE", "REQUEST", "THREATEN", "WARN"):
            return child
        if control == "REQUEST" and pleaded(tok, child):
            return child
    return None


def pleaded(tok: Token, clause: Token) -> bool:
    """ "pleaded with the governor to release the funds", "appealed to police to release it": the
    parse makes the to-infinitive the verb's adverbial clause, with the one pleaded with as the
    object of the verb's preposition or as the clause's own subject ("with officers not to shoot")."""
    if clause.dep_ != "advcl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False
    if any(m.dep_ == "mark" and m.lower_ == "with" for m in clause.children):
        return any(s.dep_ == "nsubj" for s in clause.children)
    return any(
        p.dep_ == "prep"
        and p.lower_ in PLEADED_WITH
        and tok.i < p.i < clause.i
        and any(g.dep_ == "pobj" for g in p.children)
        for p in tok.children
    )
