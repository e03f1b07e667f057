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

from faultlines import syntax
from faultlines.stances.acts import FULL_KINDS, refers
from faultlines.stances.antecedents import kind
from faultlines.stances.phrases import action_topic, undone_object

if TYPE_CHECKING:
    from collections.abc import Hashable

    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression
    from faultlines.stances.lexicon import Lexicon


def composed(
    exprs: list[Expression], groups: list[Hashable | None], doc: Doc, lex: Lexicon
) -> list[Expression]:
    """``exprs`` with each reaction to an act noun turned into the opposite side on the thing where
    the act it stands for, the last one told in its topic before it, undoes the topic's thing."""
    reactions = [
        i for i, (e, g) in enumerate(zip(exprs, groups, strict=True)) if g and _names_an_act(doc[e.topic])
    ]
    if not reactions:
        return exprs
    signs = [acted(doc[e.topic], lex) for e in exprs]
    found = list(exprs)
    for i in reactions:
        told = [j for j, e in enumerate(exprs) if groups[j] == groups[i] and e.topic < exprs[i].topic]
        last = max((j for j in told if signs[j] is not None), key=lambda j: exprs[j].topic, default=None)
        if last is not None and signs[last] == -1:
            # about the thing, so that no naming of the act ("his decision to scrap the levy")
            # labels a topic whose sides are on the thing
            thing = exprs[last]
            found[i] = replace(exprs[i], polarity=-exprs[i].polarity, topic=thing.topic, phrase=thing.phrase)
    return found


def _names_an_act(noun: Token) -> bool:
    """ "the plan", "her proposal", "the move": a noun of acts referring to one told before."""
    return noun.pos_ == "NOUN" and kind(noun)[0] in FULL_KINDS and refers(noun) and not list(noun.rights)


def acted(thing: Token, lex: Lexicon) -> int | None:
    """+1 where ``thing`` is what an act carries out ("build the dam"), -1 where it is what one
    undoes ("scrap the levy", "pull out of the treaty", "a ban on plastic bags"), None where it is
    no act's object: the sign ``phrases.action_topic`` gives the verb it hangs on."""
    head = thing.head
    if thing.dep_ == "pobj" and head.dep_ == "prep" and undone_object(head.head, lex) == thing:
        return -1
    if thing.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return None
    # "pulled out of the treaty": the act is the verb's, with its particle
    verb = syntax.past_particles(head) if thing.dep_ == "pobj" else head
    if verb.pos_ != "VERB":
        return None
    topic, _, sign = action_topic(verb, lex, reach=False)
    return sign if topic == thing else None
