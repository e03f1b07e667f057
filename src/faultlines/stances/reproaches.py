"""A question why something is not done: whoever asks it wants it done.

"Why won't the mayor publish the audit?", "why does the board still refuse to publish it?" and
"why don't we build the bridge?" reproach or propose; they are for publishing the audit, for the
bridge. Only a direct question counts (put by its auxiliary and closed by its own question mark,
quoted after a colon or not), and only one
that asks why a thing is left undone: "why did she close the pier?" may be a plain question. The
stance is the asker's own, held by the speaker of the quote it sits in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import questions
from faultlines.stances import clauses, objects
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The side each reproachful "why" question of ``doc`` takes, on the "why" that carries it."""
    found = []
    cols = columns(doc)
    for i in (i for i, word in enumerate(cols.lower) if word == "why"):
        why = doc[i]  # read from the columns first: few sentences ask why
        if why.tag_ != "WRB" or why.dep_ != "advmod":
            continue
        verb = why.head
        if verb.pos_ not in ("VERB", "AUX") or not questions.inverted(verb):
            continue
        undone = clauses.negated(verb)
        if not undone and verb.lemma_.lower() not in lex.omission:
            continue
        if clauses.hypothetical(verb, lex):
            continue
        # "refuse to publish X" is already read as against X: the reproach turns it round
        topic, phrase, sign = objects.gerund_topic(verb, lex)
        if phrase is None:
            continue
        found.append(Expression(why.i, sign if undone else -sign, topic.i, phrase))
    return found
