"""A person judged fit or unfit by the qualities a speaker says they have or lack: "she has the
experience to lead", "he lacks the temperament to be mayor", "Lee is the only candidate who has
the judgment for it", "he has no experience".

The qualities are the [fitness] words of ``stance_words.txt``, the object of "have" (+1) or "lack"
(-1), denied by "no", "neither" or "not". Only a person so judged in a named speaker's own words
counts: "I have the experience" is the speaker's claim about themself, "we have experience with
floods" tells what a group has been through; nor does a question, a condition or another's
reported words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, questions, syntax
from faultlines.stances import clauses, subjects
from faultlines.stances.expression import Expression
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.stances.lexicon import Lexicon
    from faultlines.stances.quoted import Context

HAVING = {"have": 1, "lack": -1}
DENYING = frozenset({"no", "neither"})


def find(context: Context, lex: Lexicon) -> list[Expression]:
    """Every person a named speaker judges by the qualities they have or lack, in text order."""
    doc = context.doc
    cols = columns(doc)
    found = []
    for i in context.own_words:
        if cols.dep[i] != "dobj" or cols.lemma[i].lower() not in lex.fitness:
            continue
        quality = doc[i]
        verb = quality.head
        side = HAVING.get(verb.lemma_.lower())
        if side is None or clauses.hypothetical(verb, lex) or _asked(verb) or context.reported(quality):
            continue
        person = _judged(verb, context)
        if person is None:
            continue
        denied = clauses.negated(verb) or any(c.lower_ in DENYING for c in quality.children)
        found.append(Expression(quality.i, -side if denied else side, person.i, "np"))
    return found


def _asked(verb: Token) -> bool:
    """ "Does she have the experience?", "I ask why he lacks the judgment"."""
    return clauses.asked(verb) or verb.i in questions.closed(verb.sent)


def _judged(verb: Token, context: Context) -> Token | None:
    """The person who has or lacks the quality: the subject, or for "the only candidate who has
    it" the one called that candidate."""
    subject = syntax.subject(verb, ("nsubj",))
    if subject is None:
        return None
    subject = subjects.relative_antecedent(subject)
    if subject.dep_ == "attr" and subject.head.lemma_ == "be":
        subject = syntax.subject(subject.head, ("nsubj",)) or subject
    person = subject.lower_ in pronouns.PERSONS or context.actor_at.get(subject.i) == "person"
    return subject if person else None
