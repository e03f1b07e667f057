"""The senses of "charge" that accuse no one: power or a price ("charged the phone", "400 km on a
battery charge", "charged customers a fee") and a rush ("charged into the room"). An offence is
charged against someone: "charged the guard with fraud", "faces a charge of fraud"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Words that accuse someone or power, bill or rush at something.
BILLING = frozenset({"charge"})
# Prepositions of what something is charged with: a cable or a battery, or an offence.
CHARGED_WITH = frozenset({"with", "using"})
# Prepositions of where one charges with no object: "charged into the room", "charged at the line".
RUSHING = frozenset({"into", "at", "toward", "towards", "through", "across", "onto", "up", "down"})
# What a charge on which something runs is measured in: "on a charge", "per charge".
MEASURED = frozenset({"on", "per", "between"})
# What an offence charged names: "a charge of fraud", "charges against the guard", "over the fraud".
OFFENCE_PREPS = frozenset({"of", "against", "over", "for", "in"})
# Acts done to one on a charge: "held on a charge", "convicted on a charge".
HOLDING = frozenset({"COERCE", "ACCUSE"})


def powers_or_bills(tok: Token, lex: Lexicon) -> bool:
    """ "charging the laptop", "charged customers a fee", "charge it with a spare battery": what is
    charged, or what it is charged with, is a device, a power source or a price, so no one is
    accused. An offence is bare ("charged with assault and battery"), a battery carried is not."""
    if tok.lemma_.lower() not in BILLING:
        return False
    charged = syntax.dependents(tok, ("dobj", "nsubjpass", "dative"))
    charged += [c for t in charged for c in t.conjuncts]
    used = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in CHARGED_WITH
        for g in c.children
        if g.dep_ == "pobj" and (g.tag_ in ("NNS", "NNPS") or any(d.dep_ == "det" for d in g.children))
    ]
    return any(_powered(t, lex) for t in (*charged, *used))


def rushes(tok: Token) -> bool:
    """ "charged into the room", "the crowd charged at the gate": with no one charged and a place
    it goes to, the verb is a rush, not an accusation."""
    if tok.lemma_.lower() not in BILLING or tok.pos_ != "VERB":
        return False
    if syntax.dependents(tok, ("dobj", "nsubjpass", "dative", "ccomp")):
        return False
    return any(c.dep_ == "prep" and c.lower_ in RUSHING for c in tok.children)


def of_power(noun: Token, lex: Lexicon) -> bool:
    """A charge that powers something: "a battery charge", "runs 400 km on one charge", "the
    charging port"; "a murder charge", "held on a charge of theft" and "faces charges" accuse."""
    if noun.lemma_.lower() not in BILLING:
        return False
    if noun.dep_ == "compound" and noun.lower_.endswith("ing"):
        return True  # "charging support", "a charging cable"
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(_powered(m, lex) for m in mods):
        return True
    measured = noun.dep_ == "pobj" and noun.head.lower_ in MEASURED and noun.tag_ == "NN"
    named = any(c.dep_ == "prep" and c.lower_ in OFFENCE_PREPS for c in noun.children)
    if not measured or named or any(m.dep_ in ("compound", "nmod") for m in mods):
        return False
    # "held on a charge", "arrested on a charge": one is held on an offence
    held = lex.verb.get(noun.head.head.lemma_.lower())
    return held is None or held.type not in HOLDING


def _powered(tok: Token, lex: Lexicon) -> bool:
    word = tok.lemma_.lower()
    # the parser leaves proper nouns unlemmatised: "AirPods", "MacBooks"
    return word in lex.powered or (tok.tag_.startswith("NNP") and word.removesuffix("s") in lex.powered)
