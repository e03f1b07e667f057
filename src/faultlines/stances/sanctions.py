"""Sanctions of conduct: "the league suspended Ben Otter for striking a rival", "the coach was banned
by the league over her remarks".

Punishing someone for an act ([sanction] in ``stance_words.txt``) takes a side against the act, not
against the one punished: the topic is the act ("Ben Otter striking a rival"), the holder whoever
imposed the sanction, or whoever says it should be imposed ("Otter should be banned for striking a
rival"). A sanction with no act named ("suspended Otter for three games") takes none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, done
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Prepositions giving the act punished: "for striking", "over his remarks".
GROUNDS = frozenset({"for", "over"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Each sanction's stance against the act it punishes, in text order."""
    lowered = lemmas(doc)
    found = []
    for i in positions(doc).get("VERB", ()):
        if lowered[i] not in lex.sanction:
            continue
        verb = doc[i]
        act = _act(verb)
        if act is None:
            continue
        phrase = "vp" if act.pos_ == "VERB" else "np"
        if (imposer := done.doer(verb, lex)) is not None:
            found.append(Expression(verb.i, -1, act.i, phrase, agent=imposer.i))
        elif _demanded(verb, lex):
            found.append(Expression(verb.i, -1, act.i, phrase))  # held by whoever demands it
    return found


def _demanded(verb: Token, lex: Lexicon) -> bool:
    """A sanction demanded, not told or foretold: "Otter should be suspended for striking a rival"
    is its speaker's stance against the act ("will be suspended" only says what comes next)."""
    modals = clauses.auxiliaries(verb) & (lex.firm - lex.future)
    return bool(modals) and not clauses.negated(verb) and not clauses.hypothetical(verb, lex)


def _act(verb: Token) -> Token | None:
    """The act a sanction punishes: a gerund ("for striking a rival") or a conduct owned by the one
    punished ("over his remarks", "for her role in the brawl"); a span of time ("for the rest of
    the season") is not one."""
    punished = clauses.child(verb, ("dobj",))
    # the parse may hang the grounds on the one punished ("banned Lee over her remarks") or on the
    # span of time before them ("for six games for striking a rival")
    preps = [*verb.children, *(punished.children if punished is not None else ())]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in GROUNDS:
            continue
        for c in prep.children:
            if c.dep_ == "pcomp" and c.tag_ == "VBG":
                return c
            if c.dep_ == "pobj" and c.pos_ == "NOUN" and clauses.child(c, ("poss",)) is not None:
                return c
            if c.dep_ == "pobj" and prep in verb.children:
                preps += [p for p in c.children if p.dep_ == "prep"]
    return None
