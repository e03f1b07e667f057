"""A side on "the plan" to undo a thing is the opposite side on that thing.

News names an act once by what it does ("Lee wants to scrap the levy", "Kim proposed a ban on
plastic bags") and then reacts to it by a general noun of acts: "Ruiz criticized the plan", "the
union welcomed the move", "Ward opposed the proposal". The topic of both is the thing acted on (the
levy, plastic bags), and the doer of an undoing act is against it; so whoever is against the plan
to scrap the levy is for the levy, and whoever welcomes it is against the levy. A pronoun ("Ruiz
opposed it") may stand for the thing itself as well as for the act, and is left as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines.stances import phrasal
from faultlines.stances.acts import refers
from faultlines.stances.antecedents import kind
from faultlines.stances.phrases import undone_object

if TYPE_CHECKING:
    from collections.abc import Hashable

    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression
    from faultlines.stances.lexicon import Lexicon

# The kinds of noun ([kind] in stance_words.txt) that name an act as a whole: "the move", "the plan".
ACT_KINDS = frozenset({"act", "plan", "ruling"})
# Where a carried-out or undone thing sits: the object of its verb, or the subject of its passive.
ACTED_ON = frozenset({"dobj", "nsubjpass"})


def composed(
    exprs: list[Expression], groups: list[Hashable | None], doc: Doc, lex: Lexicon
) -> list[Expression]:
    """``exprs`` with the side of each reaction to an act noun turned over where the act it stands
    for, the last one told in its topic before it, undoes the topic's thing."""
    found = list(exprs)
    for i, (expr, group) in enumerate(zip(exprs, groups, strict=True)):
        if group is None or not _names_an_act(doc[expr.topic]):
            continue
        before = [
            j for j in range(len(exprs)) if groups[j] == group and exprs[j].topic < expr.topic and j != i
        ]
        acts = [j for j in before if acted(doc[exprs[j].topic], lex) is not None]
        if acts and acted(doc[exprs[max(acts, key=lambda j: exprs[j].topic)].topic], lex) == -1:
            found[i] = replace(expr, polarity=-expr.polarity)
    return found


def _names_an_act(noun: Token) -> bool:
    """ "the plan", "her proposal", "the move": a noun of acts referring to one told before."""
    return noun.pos_ == "NOUN" and kind(noun)[0] in ACT_KINDS and refers(noun) and not list(noun.rights)


def acted(thing: Token, lex: Lexicon) -> int | None:
    """+1 where ``thing`` is what an act carries out ("build the dam"), -1 where it is what one
    undoes ("scrap the levy", "a ban on plastic bags"), None where it is no act's object."""
    head = thing.head
    if thing.dep_ == "pobj" and head.dep_ == "prep" and undone_object(head.head, lex) == thing:
        return -1
    if thing.dep_ not in ACTED_ON or head.pos_ != "VERB":
        return None
    undone = phrasal.match_phrase(head, lex.undo)
    if undone is not None and undone[1] in (thing, None):
        return -1
    carried = phrasal.match_phrase(head, lex.carrier)
    return 1 if carried is not None and carried[1] in (thing, None) else None
