"""Defences: the accused who deny any fault take the other side from their accuser.

"Lee accused the Velmo board of hiding the audit. The board denied doing anything wrong": the
board's denial names no act of its own, yet it answers the accusation told before it, and stands by
what it was accused of (for hiding the audit, against Lee, as one who "defended the decision" is),
every charge made against it since its last denial.
A fault denied is one of wrongdoing ("denied any wrongdoing"), of doing, acting or being anything
wrong ("denied doing anything wrong", "denied being unfair to the staff", "denied acting improperly"), or
someone's "did nothing wrong", in their own words or another's. The acts are those of the
accusations before it against the one cleared (``accusations``); an accusation by the one cleared
themselves, or none, leaves the denial with nothing to answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax, views
from faultlines.stances import clauses, rebuttals
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.model import Analysis

# Verbs a fault denied is done by: "doing anything wrong", "being unfair", "acting improperly".
CONDUCT = frozenset({"do", "be", "act", "behave"})
# Nouns of a fault as a whole: "denied any wrongdoing".
WRONGDOING = frozenset({"wrongdoing"})


def find(analysis: Analysis, doc: Doc, lex: Lexicon, accusations: list[Expression]) -> list[Expression]:
    """The side each denial of a fault in ``doc`` takes on the act its denier was accused of."""
    if not accusations:
        return []
    # a denial of fault is read off a verb ("denied any wrongdoing", "did nothing wrong"); the actors'
    # tokens are mapped only in the few documents that have one
    denials = [
        (doc[i], cleared)
        for i in views.positions(doc).get("VERB", ())
        if (cleared := _cleared(doc[i], lex)) is not None
    ]
    if not denials:
        return []
    actor_at = _actors(analysis, doc)
    charged = sorted(
        (
            (e.predicate, accused, e)
            for e in accusations
            if (accused := _accused(doc[e.predicate], actor_at)) is not None
        ),
        key=lambda found: found[0],
    )
    found = []
    answered: dict[str, int] = {}  # the accused, and where their last denial stands
    for tok, cleared in denials:
        if clauses.hypothetical(tok, lex) or clauses.asked(tok):
            continue
        cleared_actor = actor_at.get(cleared.i)
        if cleared_actor is None:
            continue
        # a fault denied answers every charge against the one cleared since their last denial
        since = answered.get(cleared_actor, -1)
        agent = cleared.i if tok.lemma_.lower() in lex.rebuttal else None
        found += [
            Expression(tok.i, 1, e.topic, e.phrase, agent)
            for at, accused, e in charged
            if since < at < tok.i and accused == cleared_actor and actor_at.get(e.agent) != cleared_actor
        ]
        answered[cleared_actor] = tok.i
    return found


def _cleared(tok: Token, lex: Lexicon) -> Token | None:
    """The one a denial of fault clears: the subject of "denied any wrongdoing" or "denied doing
    anything wrong", or of "did nothing wrong" or "did not do anything wrong" (said by anyone)."""
    subject = syntax.subject(tok, ("nsubj",)) if tok.pos_ == "VERB" else None
    if subject is None:
        return None
    if tok.lemma_.lower() in lex.rebuttal:
        if clauses.negated(tok):
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in WRONGDOING for c in tok.children):
            return subject
        act = rebuttals.denied_act(tok)
        return subject if act is not None and _fault(act, lex) else None
    # "nothing" denies the fault, as "not ... anything" does
    denying = "anything" if clauses.negated(tok) else "nothing"
    done = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == denying), None)
    # the parse hangs "wrong" on "nothing" or on the verb
    if (
        tok.lemma_.lower() == "do"
        and done is not None
        and (_judged_wrong(done, lex) or _judged_wrong(tok, lex))
    ):
        return subject
    return None


def _fault(act: Token, lex: Lexicon) -> bool:
    """ "doing anything wrong", "being unfair to the staff", "acting improperly": conduct judged wrong."""
    if act.lemma_.lower() not in CONDUCT:
        return False
    return _judged_wrong(act, lex) or any(_judged_wrong(c, lex) for c in act.children if c.dep_ == "dobj")


def _judged_wrong(word: Token, lex: Lexicon) -> bool:
    """A word with a judging word of fault on it: "anything wrong", "being unfair", "acted improperly"."""
    return any(
        c.dep_ in ("amod", "acomp", "advmod") and lex.evaluative.get(c.lower_, 0) < 0 for c in word.children
    )


def _accused(verb: Token, actor_at: dict[int, str]) -> str | None:
    """The actor an accusation charges: its object ("accused Lee of X"), or its passive subject."""
    accused = clauses.child(verb, ("dobj", "nsubjpass"))
    return actor_at.get(accused.i) if accused is not None else None


def _actors(analysis: Analysis, doc: Doc) -> dict[int, str]:
    """The actor each token of an actor's mention names, pronouns the actors layer resolved included."""
    found: dict[int, str] = {}
    for actor in analysis.actors:
        for m in actor.mentions:
            bounds = views.token_bounds(doc, m.start, m.end, "expand")
            for i in range(*bounds) if bounds is not None else ():
                found.setdefault(i, actor.id)
    return found
