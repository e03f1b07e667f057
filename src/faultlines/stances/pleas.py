"""Pleas: "Lee pleaded not guilty to the charges" is Lee's stance against the charges.

A defendant pleading not guilty (or innocent) answers the charges as one who denies an accusation
does ("denied the allegations", see ``rebuttals``): against them, on the other side from the
prosecutor who brings them. The charges are what the plea is made to ("pleaded not guilty to
two counts of rigging the tender", "to taking the money"), else the charges named last shortly
before it ("Lee is charged with three counts of ... Lee pleaded not guilty"). Pleading guilty
admits the charge and takes no side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.remarks import RECALL_SENTENCES
from faultlines.views import lemmas, positions, sents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The pleas that deny the charge: "not guilty" ("guilty" negated) and "innocent".
DENYING_PLEAS = {"guilty": True, "innocent": False}


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The stance against the charges of each plea of not guilty in ``doc``, in text order."""
    lowered = lemmas(doc)
    found = []
    for i in positions(doc).get("VERB", ()):
        if lowered[i] != "plead":
            continue
        verb = doc[i]
        plea = next(
            (c for c in verb.children if c.lower_ in DENYING_PLEAS and c.dep_ in ("acomp", "oprd")), None
        )
        if plea is None or clauses.negated(plea) != DENYING_PLEAS[plea.lower_] or clauses.negated(verb):
            continue
        if clauses.hypothetical(verb, lex) or clauses.asked(verb):
            continue
        doer = syntax.subject(verb, ("nsubj",))
        if doer is None and verb.dep_ == "conj":
            doer = syntax.subject(verb.head, ("nsubj",))  # "Lee was arraigned and pleaded not guilty"
        charged = _pleaded_to(plea, verb) or _charges_before(verb, lex)
        if doer is None or charged is None:
            continue
        topic, phrase, sign = phrases.content(charged, lex)
        if phrase in ("np", "vp"):
            found.append(Expression(verb.i, -sign, topic.i, phrase, agent=doer.i))
    return found


def _pleaded_to(plea: Token, verb: Token) -> Token | None:
    """What the plea is made to: the object of its "to" ("not guilty to the charges", "to taking
    the money"), on the plea or on the verb."""
    for word in (plea, verb):
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _charges_before(verb: Token, lex: Lexicon) -> Token | None:
    """The charges named last before a bare plea, in its sentence or the few before it, by a charge
    noun with words of its own ("the charges of rigging the tender", not a bare "the charges")."""
    doc = verb.doc
    starts = [s.start for s in sents(doc)]
    current = max(n for n, s in enumerate(starts) if s <= verb.i)
    since = starts[max(current - RECALL_SENTENCES, 0)]
    for tok in reversed(doc[since : verb.i]):
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in lex.charge_noun
            and phrases.content(tok, lex)[1] == "np"
        ):
            return tok
    return None
