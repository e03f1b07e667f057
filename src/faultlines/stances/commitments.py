"""Deals, orders, rescues and funds one commits to: "Skyline Air finalized a deal to buy 30 jets",
"Velmo reached an agreement with Norcast to take on its workers", "the bank committed to a $2
billion lifeline to rescue the smelter", "the bank committed $2 billion to rescue the smelter".

Closing or announcing a deal ([deal verb] with a [deal] noun in ``stance_words.txt``) is its doer's
position for the deal, as passing a budget is for the budget. The deal is the topic, read as what it
does where it says so ("a deal to buy the jets" is buying them). Committing or pledging an amount
([funding]) to an act is its doer's position for the act, when the act carries out or acts on a
thing not its doer's own ("committed $1 billion to expand its network" is a business plan). A deal
or fund only hoped for ("should the two sides agree", "might close one") or denied is none
(``done``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, done, phrasal, phrases, volition
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Each doer's stance for a deal ``doc`` tells closed or announced, in text order."""
    lowered, closes = lemmas(doc), phrasal.by_verb(lex.deal_verb)
    found = []
    for i in positions(doc).get("VERB", ()):
        if lowered[i] in lex.funding and (funded := _funded(doc[i], lex)) is not None:
            found.append(funded)
            continue
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


def _funded(verb: Token, lex: Lexicon) -> Expression | None:
    """The doer's stance for the act an amount is committed to: "rescue" in "the bank committed $2
    billion to rescue the smelter"."""
    amount = clauses.child(verb, ("dobj",))
    if amount is None or amount.ent_type_ != "MONEY":
        return None
    aim = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and clauses.infinitive(c)), None)
    if aim is None or (doer := done.doer(verb, lex)) is None:
        return None
    topic, phrase, sign, carried = volition.aim(aim, lex)
    if phrase is None or not (carried or phrases.acts_on_something(aim)) or _own(_acted_on(aim, topic)):
        return None
    return Expression(verb.i, sign, topic.i, phrase, agent=doer.i)


def _acted_on(aim: Token, topic: Token) -> Token:
    """The thing an act is done to: its object when the topic is the act itself."""
    if topic.i != aim.i:
        return topic
    return clauses.child(aim, ("dobj",)) or topic


def _own(thing: Token) -> bool:
    """A thing owned by a possessive pronoun, the doer's own: "its network", "their plants"."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children)
