"""Judgements stated as what someone takes a thing for: "described the levy as a mistake", "sees the
deal as a threat", "hailed the vote as a victory". The "as" phrase judges the verb's object; the
verb's subject holds the judgement, or the speaker of the quote it sits in. Read here with the words
of ``stance_words.txt``; inside a named speaker's quote ``evaluations`` also reads the same verbs with
a general sentiment lexicon, and its reading replaces this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, phrases, placeholders, subjects, valence
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every judgement of ``doc`` made through a verb of regarding and its "as" phrase."""
    lowered = lemmas(doc)
    return [
        expr
        for i in positions(doc).get("VERB", ())
        if lowered[i] in lex.regard and (expr := _regarded(doc[i], lex)) is not None
    ]


def _regarded(verb: Token, lex: Lexicon) -> Expression | None:
    thing = clauses.child(verb, ("dobj",)) or _gerund(verb)
    taken_as = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"), None)
    if taken_as is None and thing is not None:
        taken_as = _as_inside(thing)
    word = clauses.child(taken_as, ("pobj",)) or _adjective(taken_as) if taken_as is not None else None
    if thing is None or word is None or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    if clauses.tentative(verb, lex):
        return None  # "some could see it as a threat" takes no side
    polarity = valence.listed(word, lex)
    if polarity is None:
        return None
    topic, phrase, sign = phrases.content(
        placeholders.through_placeholder(subjects.relative_antecedent(thing), lex), lex
    )
    if phrase is None:
        return None
    # "must stop portraying them as criminals" says what should not be done, not how one sees them
    subject = clauses.child(verb, ("nsubj",))
    if subject is None:
        return None
    polarity = clauses.settle(polarity * sign, clauses.negated(verb), clauses.conditional(verb, lex))
    return Expression(word.i, polarity, topic.i, phrase, agent=subjects.relative_antecedent(subject).i)


def _gerund(verb: Token) -> Token | None:
    """ "described closing the port as reckless": the act taken as something, parsed as a complement."""
    act = clauses.child(verb, ("xcomp",))
    return act if act is not None and act.tag_ == "VBG" else None


def _adjective(taken_as: Token) -> Token | None:
    """ "described the levy as unfair": the parse hangs a bare adjective on "as" as its modifier."""
    return next((c for c in taken_as.children if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ"), None)


def _as_inside(thing: Token) -> Token | None:
    """An "as" hung by the parse inside the object, with a bare adjective ("portrayed the claim
    that the navy arms them as absurd") or an indefinite noun ("described last month's vote as a
    betrayal"): nothing in the object is "as absurd" or "as a betrayal", so it is the verb's."""
    return next(
        (
            t
            for t in thing.subtree
            if t.lower_ == "as" and t.dep_ == "prep" and t.i > thing.i and (_adjective(t) or _indefinite(t))
        ),
        None,
    )


def _indefinite(taken_as: Token) -> bool:
    """ "as a betrayal": a noun with "a" or "an" after "as"."""
    noun = clauses.child(taken_as, ("pobj",))
    return noun is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
