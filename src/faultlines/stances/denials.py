"""Judgements made by denying a thing its own name: "this isn't toll relief", "that's not fare-checking".

A speaker pointing at the thing an article is about and denying it the name it goes by judges it
not to be what it claims; ``evaluations`` reads these among a named speaker's quoted judgements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses, keys, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.quoted import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subjects that point at a thing named before: "this is not relief".
POINTING = frozenset({"this", "that", "it"})
# Words that deny only that the thing is all there is: "it's not just riders" adds, not denies.
NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely"})


def denied_name(noun: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "This isn't toll relief", "that's not fare-checking": a thing the article is about, denied
    its own name by a speaker pointing at it, is judged not to be what it claims. Only a bare name
    the lead uses counts ("this is not a toll cut" or "it's not easy" state a fact)."""
    verb = noun.head if noun.dep_ in ("attr", "acomp") else noun
    be = (
        [c for c in noun.children if c.dep_ == "aux"] if verb is noun else [verb]
    )  # "that’s not fare-checking"
    if not any(c.lemma_.lower() == "be" for c in be) or not clauses.negated(verb):
        return None
    pointer = syntax.subject(verb, ("nsubj",))
    if pointer is None or pointer.lower_ not in POINTING:
        return None
    if any(c.dep_ in ("det", "amod", "advmod", "nummod", "prep") for c in noun.children):
        return None  # "not a toll cut", "not just riders", "not real relief": another claim
    if any(t.lower_ in NOT_ONLY for t in noun.doc[verb.i : noun.i]):
        return None  # "it's not just riders", with "just" parsed on the verb or on "not"
    if clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    start = min((c.i for c in noun.children if c.dep_ == "compound"), default=noun.i)
    if not keys.key(noun.doc[start : noun.i + 1].text) <= context.contested:
        return None
    topic, phrase, sign = phrases.content(noun, lex)
    if phrase is None:
        return None
    return Expression(noun.i, -sign, topic.i, phrase)
