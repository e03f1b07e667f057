"""The doer's side on an act a quote reacts to.

News tells an act, then quotes a named person's reaction to it: "The Harbor Party renamed its
account during the debate. 'This is a cynical stunt,' said Ada Roos." The reaction's "this" stands
for the act (``Context.referent``), so Roos is against the renaming; whoever the narration says did
it stands by it, and the two are a dispute. As with what someone made (``makers``), the doer's side
counts only where someone else takes one on the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.quoted import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

# How many words up from a topic the verb of the act it was read off may be: "blocked the subsidies",
# "dropped the inquiry into the depot" ("depot" -> "into" -> "inquiry" -> "dropped" is too far).
REACH = 2


def doers(reactions: list[Expression], context: Context, lex: Lexicon) -> list[Expression]:
    """The doer's stance on each act told in the narration that one of ``reactions`` (expressions
    read in quotes) judges, read as the reaction reads the act: "blocked the subsidies" is the
    doer's side against them."""
    found: dict[int, Expression] = {}
    for e in reactions:
        judged = _act_judged(e, context, lex)
        if judged is None or judged[0].i in found:
            continue
        act, doer = judged
        topic, phrase, sign = phrases.action_topic(act, lex)
        if phrase is not None and topic.i == e.topic:
            found[act.i] = Expression(act.i, sign, topic.i, phrase, agent=doer.i, owned=True)
    return list(found.values())


def _act_judged(e: Expression, context: Context, lex: Lexicon) -> tuple[Token, Token] | None:
    """The verb of the act told outside the quote whose reading is ``e``'s topic, with its named doer,
    if there is one."""
    doc = context.doc
    topic, judge = doc[e.topic], doc[e.predicate]
    judging = context.quote_at.get(judge.i)
    if judging is None or context.quote_at.get(topic.i) is judging:
        return None
    verb = topic
    for _ in range(REACH + 1):
        if verb.pos_ == "VERB":
            doer = context.doer_named(verb, lex)
            return (verb, doer) if doer is not None else None
        verb = verb.head
    return None
