"""Acts judged by the manner a speaker tells them in: "Obama foolishly withdrew all of our forces",
"the council wisely scrapped the levy".

An adverb of manner from ``stance_words.txt`` ([manner]) on a verb, in someone's own words (a
quote, or a signed letter or column), is the speaker's side on the act as told: against it
("foolishly", "recklessly", "illegally") or for it ("wisely", "rightly"). An act denied ("did not
wisely spend it"), asked about, under a condition or in another's reported words is not judged.
Whoever the speaker names as doing the act stands by it: the two are a dispute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, done, phrases
from faultlines.stances.expression import Expression
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.stances.lexicon import Lexicon
    from faultlines.stances.quoted import Context


def find(context: Context, lex: Lexicon) -> list[Expression]:
    """Every act a speaker's own words tell with a judging adverb of manner, in text order."""
    doc = context.doc
    cols = columns(doc)
    found = []
    for i in context.own_words:
        if cols.dep[i] != "advmod" or cols.lower[i] not in lex.manner:
            continue
        verb = doc[i].head
        if verb.pos_ != "VERB" or context.quote_at.get(verb.i) is not context.quote_at[i]:
            continue
        if clauses.negated(verb) or clauses.hypothetical(verb, lex) or clauses.asked(verb):
            continue
        if context.reported(verb):
            continue
        found += _judged(i, lex.manner[cols.lower[i]], verb, context, lex)
    return found


def _judged(adverb: int, side: int, verb: Token, context: Context, lex: Lexicon) -> list[Expression]:
    """The speaker's side on the act, and its named doer's. An act that carries out or undoes a thing
    ("foolishly scrapped the levy") is judged as a side on the thing, the one its doer's own verb
    already takes (``polarity``); any other act ("foolishly withdrew", "illegally concentrated
    voters") is judged as itself, and whoever the text names as doing it stands by it."""
    topic, phrase, sign = phrases.action_topic(verb, lex)
    if phrase is not None and topic.i != verb.i:
        return [Expression(adverb, side * sign, topic.i, phrase)]
    judged = [Expression(adverb, side, verb.i, "vp")]
    doer = context.named(done.doer(verb, lex))
    if doer is not None:
        judged.append(Expression(verb.i, 1, verb.i, "vp", agent=doer.i, owned=True))
    return judged
