"""Whether a stance's topic names something at stake: a thing a reader would report someone as
being for or against.

Some words a stance lands on name no such thing: a span of time ("argued for years that ..."), a
bare amount ("the $40 the seller asked for"), a kind only referred back to ("resisted such gloom"),
being acted on ("will not be rushed", "a deal backed by a fund"), a response named by a light verb and a
noun that names nothing in itself ("vowed to take action"), or one weapon held in the hand ("refused to
drop the gun"; "guns", as "a ban on guns" names them, are at stake).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import lexicon as events_lexicon
from faultlines.stances import passives
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression

# Entities that are amounts or dates, never a thing at stake when they head the topic.
AMOUNTS = syntax.AMOUNT_ENTITIES | {"DATE", "TIME"}
# Words of how much that stand for no thing: "has proposed little", "backed nothing of the kind".
HOW_MUCH = frozenset(
    {"little", "much", "more", "less", "nothing", "anything", "something", "everything", "enough"}
)
# Words that leave a noun's kind unsaid or only point back to it: "such gloom", "certain duties".
UNNAMING = frozenset({"such", "certain"})
# The events lexicon's modes of attack by a weapon held in the hand: "gun", "knife".
HAND_WEAPONS = frozenset({"firearms", "primitive"})
# Verbs of taking a step that name no thing apart from their object: "take action", "make an effort".
RESPONSES = frozenset({"take", "make", "undertake"})


def unfit(expr: Expression, doc: Doc, lex: Lexicon) -> bool:
    """Whether ``expr``'s topic names nothing a reader could take a side on."""
    head = doc[expr.topic]
    if expr.phrase == "np":
        return _amount(head, lex) or _unnamed(head) or _weapon_in_hand(head)
    if expr.phrase == "vp":
        return _undergone(expr, head, lex) or _response(head, lex)
    return False


def _amount(head: Token, lex: Lexicon) -> bool:
    """A span of time or a bare amount: "decades", "$40", "12 percent", "little"; not a span of a
    thing done ("an extra week of early voting", "two years of free tuition"), which is that thing."""
    if head.pos_ == "NUM" or head.like_num or head.lower_ in HOW_MUCH:
        return True
    if head.lemma_.lower() in lex.time_unit:
        return not any(c.dep_ == "prep" and c.lower_ == "of" and c.children for c in head.children)
    return head.pos_ == "SYM" and head.ent_type_ in AMOUNTS


def _weapon_in_hand(head: Token) -> bool:
    """One weapon, a thing someone holds, not the kind a law may ban: "the gun", "his knife"."""
    means = events_lexicon.load().means.get(head.lemma_.lower())
    return head.tag_ == "NN" and means is not None and means.mode in HAND_WEAPONS


def _unnamed(head: Token) -> bool:
    """A kind only referred back to or left unsaid: "such talk", "certain duties" (not "steps such
    as X", which names them)."""
    return any(c.lower_ in UNNAMING and c.dep_ in ("amod", "predet", "det") for c in head.children)


def _undergone(expr: Expression, head: Token, lex: Lexicon) -> bool:
    """The stance word itself in the passive, as its own topic: "will be treated to X", "would not be
    sidelined", "a deal backed by a fund" name no thing apart from the stance; "the rules should be
    simplified" names the thing it is done to (``passives``)."""
    return (
        head.i == expr.predicate
        and head.tag_ == "VBN"
        and any(c.dep_ in ("auxpass", "agent") for c in head.children)
        and passives.start(head, lex) is None
    )


def _response(head: Token, lex: Lexicon) -> bool:
    """A response named only by a light verb and a noun that names nothing: "take action", "make an
    effort" (the thing it responds to, if any, is its own topic)."""
    if head.lemma_.lower() not in RESPONSES:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and all(lex.generic.get(o.lemma_.lower()) == "none" for o in objects)
