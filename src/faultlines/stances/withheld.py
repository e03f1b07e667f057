"""Acts their doer is told not doing: "he is not releasing his returns", "the board has not
published the audit".

Not carrying out a thing ([carrier] verbs, negated) is a side against it only where someone else in
the article takes a side on the same thing, as when others call for the returns to be released; like
a maker's stance on what they made, it is an ``owned`` expression. What is not done for want of a
will or a plan ("has no plans to X", ``wills``) or refused ("refused to X", ``volition``) is read
there; a modal makes it a demand, a promise or a hedge, and a condition or a question leaves the act
open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, done, phrasal, phrases, subjects
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The doer's stance against each thing ``doc`` tells them not carrying out, in text order."""
    found = []
    for verb, _ in phrasal.verbs_spelling(doc, lex.carrier):
        if (
            not clauses.negated(verb, by_subject=False)
            or clauses.hypothetical(verb, lex)
            or clauses.asked(verb)
            or done.modal(verb, lex)
        ):
            continue
        subject = clauses.child(verb, ("nsubj",))
        doer = subjects.relative_antecedent(subject) if subject is not None else None
        if doer is None or not done.acts(doer, lex):
            continue
        topic, phrase, sign = phrases.action_topic(verb, lex)
        if phrase == "np":
            found.append(Expression(verb.i, -sign, topic.i, phrase, agent=doer.i, owned=True))
    return found
