"""The act an attitude verb blames or praises its object for.

"Ada Roos criticized the mayor for closing the library" takes a side on the mayor and on closing
the library; "thanked the council for backing the levy" is for backing it. An act left undone
flips the side: "blasted the mayor for not releasing the audit" and "for refusing to release the
audit" are for releasing it (see ``phrases.action_topic``). Only an act that carries out a thing or
acts on something counts: "for being late", "for tweeting" name no thing to take a side on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, objects
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.phrases import Phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


def blamed_act(
    verb: Token, words: tuple[str, ...], obj: Token, lex: Lexicon
) -> tuple[Token, Phrase, int] | None:
    """The topic, phrase and sign of the act ``verb`` (spelt ``words``, with object ``obj``) judges
    its object for, if a "for" gerund after it names one."""
    if "for" in words:
        return None  # "calls for X", "voted for X": "for" brings in the object itself
    gerund = next(
        (
            g
            for p in (*verb.children, *obj.children)
            if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ),
        None,
    )
    if gerund is None or gerund.lemma_.lower() in lex.light:
        return None
    topic, phrase, sign = objects.gerund_topic(gerund, lex)
    if phrase is None:
        return None
    return topic, phrase, -sign if clauses.negated(gerund) else sign
