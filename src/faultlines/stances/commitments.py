"""Deals, orders and rescues one commits to: "Skyline Air finalized a deal to buy 30 jets", "Velmo
reached an agreement with Norcast to take on its workers", "the bank committed to a $2 billion
lifeline to rescue the smelter".

Closing or announcing a deal ([deal verb] with a [deal] noun in ``stance_words.txt``) is its doer's
position for the deal, as passing a budget is for the budget. The deal is the topic, read as what it
does where it says so ("a deal to buy the jets" is buying them). A deal only hoped for ("if a deal
is reached", "could strike a deal") or denied is none (``done``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import done, phrasal, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Each doer's stance for a deal ``doc`` tells closed or announced, in text order."""
    lowered, closes = lemmas(doc), phrasal.by_verb(lex.deal_verb)
    found = []
    for i in positions(doc).get("VERB", ()):
        if lowered[i] not in closes:
            continue
        verb = doc[i]
        closed = phrasal.match_phrase(verb, lex.deal_verb)
        deal = closed[1] if closed is not None else None
        if deal is None or deal.pos_ != "NOUN" or deal.lemma_.lower() not in lex.deal:
            continue
        if (doer := done.doer(verb, lex)) is None:
            continue
        topic, phrase, sign = phrases.content(deal, lex)
        if phrase is not None:
            found.append(Expression(verb.i, sign, topic.i, phrase, agent=doer.i))
    return found
