"""Acts told done that stop or undo a thing: "Marsh scuttled the harbour talks", "the council
scrapped the levy", "the council has suspended the programme".

The verbs marked "told" in [undo] of ``stance_words.txt`` stand against their object even as an act
told done, not only wished or promised ("wants to scrap the levy", read by ``volition``). Stopping
what the doer itself owns ("the paper shelved its plans") is its own affair (``affairs``), and a
person or an amount stopped ("suspended the coach", "halted $5 million") names no thing at stake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, done, phrasal, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entity types of an object that is no thing to take a side on: a person, a time, an amount.
NO_THING = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The doer's stance against each thing ``doc`` tells stopped or undone, in text order."""
    found = []
    for verb, halted in phrasal.verbs_spelling(doc, lex.halting):
        if phrasal.match_phrase(verb, lex.attitude) is not None:
            continue  # an attitude verb ("overturned the ruling") is read as one
        # its own object, not one shared with a verb joined to it ("was halted and got a fine")
        thing = clauses.child(verb, ("dobj", "nsubjpass")) or (halted[1] if len(halted[0]) > 1 else None)
        if (
            thing is None
            or thing.ent_type_ in NO_THING
            or _owned(thing)
            or (doer := done.doer(verb, lex)) is None
        ):
            continue
        topic, phrase, sign = phrases.action_topic(verb, lex)
        # "scrapped the plan": a noun of acts stands for the one told before it (``topics``)
        if phrase in ("np", "ref") and topic.ent_type_ not in NO_THING:
            found.append(Expression(verb.i, sign, topic.i, phrase, agent=doer.i))
    return found


def _owned(thing: Token) -> bool:
    """A thing its doer may own, by a possessive pronoun: "suspended his campaign", "ended its
    Monday edition" stop one's own affair, not a thing at stake."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children)
