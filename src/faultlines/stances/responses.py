"""What a step taken is aimed at: "vowed to take action against the levy" is against the levy.

A will or promise to take a step ("take action", "take steps", "take measures", "make an effort")
names no thing at stake in the step itself (``stakes``); its aim does: the infinitive after the step
("will take steps to cut the fares" is for cutting them, "to prevent the closure" against the
closure) or what it is taken against ("take action against the cartel").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines.stances import clauses, objects, phrases
from faultlines.stances.stakes import RESPONSES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression
    from faultlines.stances.lexicon import Lexicon


def aimed(expr: Expression, doc: Doc, lex: Lexicon) -> Expression:
    """``expr`` on the aim of the step its topic takes, when it takes one; else ``expr`` itself."""
    if expr.phrase != "vp":
        return expr
    verb = doc[expr.topic]
    steps = [c for c in verb.children if c.dep_ == "dobj" and _step(c, lex)]
    if verb.lemma_.lower() not in RESPONSES or not steps:
        return expr
    for host in (*steps, verb):
        against = next((c for c in host.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        target = clauses.child(against, ("pobj",)) if against is not None else None
        if target is not None:
            topic, phrase, sign = phrases.content(target, lex)
            return _on(expr, topic, phrase, -sign)
    topic, phrase, sign = phrases.content(steps[0], lex)
    if topic.i == steps[0].i:
        aim = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and clauses.infinitive(c)), None)
        if aim is None:
            return expr
        topic, phrase, sign = objects.gerund_topic(aim, lex)  # "to show them that ..." acts on nothing
    return _on(expr, topic, phrase, sign)


def _step(noun: Token, lex: Lexicon) -> bool:
    """A noun naming a step taken: "action", "steps", "measures" (a will noun or a general one)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in lex.will_noun and lemma in lex.generic


def _on(expr: Expression, topic: Token, phrase, sign: int) -> Expression:
    if phrase is None:
        return expr
    return replace(expr, topic=topic.i, phrase=phrase, polarity=expr.polarity * sign)
