"""Answering a reaction named bare: "Lee slammed the pipeline. Kim dismissed the criticism." Kim
rejects Lee's criticism of the pipeline, and so is for the pipeline.

A noun of reaction with nothing after it ("the criticism", "these attacks", "the praise") stands for
the latest reaction of its sign told just before it, in its sentence or the one before, by someone
other than the one answering. A side taken on that reaction is a side on what it was about: against
a criticism of X is for X, as "dismissed her criticism of X" is read whole by ``phrases``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from faultlines.stances import attitude_holders, clauses, phrasal
from faultlines.stances.antecedents import bare_definite
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions, sentence_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, exprs: list[Expression], lex: Lexicon) -> list[Expression]:
    """For each attitude verb on a bare noun of reaction, its side on what that reaction was about."""
    firm = sorted((e for e in exprs if e.polarity), key=lambda e: e.predicate)
    if not firm or not _reactions_named(doc, lex):
        return []  # the attitude verbs are read again only where a bare reaction may be answered
    starts = [e.predicate for e in firm]
    at = sentence_numbers(doc)
    found = []
    for verb, (words, obj) in phrasal.verbs_spelling(doc, lex.attitude):
        if (
            obj is None
            or (sign := lex.reaction_noun.get(obj.lemma_.lower())) is None
            or not bare_definite(obj)
        ):
            continue
        if clauses.negated(verb) or clauses.conditional(verb, lex):
            continue
        held = attitude_holders.holder(verb, lex)
        if held is None or held[0] is None or held[2]:
            continue
        subject, side, _ = held
        answered = [
            e
            for e in firm[: bisect_left(starts, verb.i)]
            if e.polarity == sign and at[verb.i] - at[e.predicate] <= 1 and e.agent not in (None, subject.i)
        ]
        if answered:
            e = answered[-1]
            polarity = lex.attitude[words] * side * e.polarity
            found.append(Expression(verb.i, polarity, e.topic, e.phrase, agent=subject.i))
    return found


def _reactions_named(doc: Doc, lex: Lexicon) -> bool:
    """Whether ``doc`` names a reaction bare ("the criticism"), which an attitude verb may answer."""
    lowered = lemmas(doc)
    return any(
        lowered[i] in lex.reaction_noun and bare_definite(doc[i]) for i in positions(doc).get("NOUN", ())
    )
