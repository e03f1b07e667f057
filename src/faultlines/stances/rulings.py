"""What a side taken on "the ruling" is a side on: the thing the ruling decided.

Court and policy news tells a decision by its verb ("the court struck down the levy", "the board
rejected the merger") and then names it by a general noun: "Lind will appeal the ruling", "Pepp
called the decision a win", "Kim praised the court's decision". Standing against a ruling that
struck a thing down stands for the thing; praising it stands against the thing. Read as a side on
"the levy" itself with its own sign, such a stance would put the one who appeals on the court's side.

A ruling noun ([kind] "ruling") stands for the decision ([ruling act]) told last before it, in the
article's lead or a few sentences back, by the same doer or none; one that says what it decides
("the decision to close the port") is an act of its own (``acts``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines.stances.acts import LEAD_SENTENCES, NEAR_SENTENCES, doer, refers, same_doer, says_what
from faultlines.stances.antecedents import kind
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, sentence_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def carried(exprs: list[Expression], doc: Doc, lex: Lexicon) -> list[Expression]:
    """``exprs`` with each side taken on a ruling noun moved onto what the ruling decided, its sign
    times the ruling's: appealing a ruling against the levy is for the levy."""
    decisions = [r for r in exprs if _decides(r, doc, lex)]
    if not decisions:
        return exprs
    found = []
    for e in exprs:
        noun = doc[e.topic]
        decision = _decision(noun, decisions, doc) if e.phrase in ("np", "ref") and _ruling(noun) else None
        if decision is None:
            found.append(e)
        else:
            polarity = e.polarity * decision.polarity
            found.append(replace(e, polarity=polarity, topic=decision.topic, phrase=decision.phrase))
    return found


def _decides(e: Expression, doc: Doc, lex: Lexicon) -> bool:
    """Whether an expression tells a decision on a thing: a firm side taken by a verb of deciding,
    on something other than another ruling."""
    verb = doc[e.predicate]
    return (
        e.polarity != 0
        and verb.pos_ == "VERB"
        and lemmas(doc)[e.predicate] in lex.ruling_act
        and e.phrase in ("np", "vp")
        and not (e.phrase == "np" and _ruling(doc[e.topic]))
    )


def _ruling(noun: Token) -> bool:
    """A general noun naming one decision known already: "the ruling", "Friday's decision"."""
    ruling, plural = kind(noun)
    return noun.pos_ == "NOUN" and ruling == "ruling" and not plural and not says_what(noun) and refers(noun)


def _decision(noun: Token, decisions: list[Expression], doc: Doc) -> Expression | None:
    """The decision told last before ``noun``, in the lead or within reach, by its doer if named."""
    at = sentence_numbers(doc)
    by = doer(noun)
    fits = [
        r
        for r in decisions
        if r.predicate < noun.i
        and (at[r.predicate] < LEAD_SENTENCES or at[noun.i] - at[r.predicate] <= NEAR_SENTENCES)
        and same_doer(by, doc[r.agent] if r.agent is not None else None)
    ]
    return fits[-1] if fits else None
