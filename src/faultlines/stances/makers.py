"""Who made the thing at stake: "the agency issued the rules", "Lee rolled out her tax plan", "the
forms were devised by Congress".

The maker of a rule, plan or statement stands by it; that counts only where someone else in the
article takes a side on the same thing (an ``owned`` expression, as "Lee's plan" is), so that what
someone made becomes the other side of a dispute over it, never a stance on its own. What is made
against a thing ("issued an injunction against X") is a side taken against that thing, and an act or
a proposal set going ("launched a campaign to curb X", "rolled out the toll plan") is carried out by
its maker, a side of their own (``affairs.set_going``). The verbs are the [make] section of
``stance_words.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import affairs, clauses, objects, phrasal, phrases, subjects
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The maker's stance on each thing ``doc`` says an actor made, in text order."""
    found = []
    for verb, _ in phrasal.verbs_spelling(doc, lex.make):
        if _unsaid(clauses.aspect_head(verb, lex), lex):
            continue
        made = _made(verb, lex)
        if made is None:
            continue
        maker, thing = made
        topic, phrase, sign = phrases.content(thing, lex)
        # "issued an order to close the port": the maker stands by closing it; what is made against a
        # thing or an act ("issued an injunction against X", "filed a suit against X") is a side
        # taken on it, as suing is, while what is made for one stays the maker's, save an act or a
        # proposal set going ("launched a campaign to curb vaping"), which its doer carries out
        owned = (sign > 0 or topic.i == thing.i) and not affairs.set_going(verb, thing, phrase, lex)
        if phrase is not None:
            found.append(Expression(verb.i, sign, topic.i, phrase, agent=maker.i, owned=owned))
    return found


def _made(verb: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The maker and the thing made: "the agency issued the rules", "rules issued by the agency",
    "the agency, which issued the rules", "the agency began issuing rules", "began testing
    hiding the fares"."""
    if (by := syntax.agent(verb)) is not None:
        thing = clauses.child(verb, ("nsubjpass",)) or (verb.head if verb.dep_ == "acl" else None)
        return (by, thing) if thing is not None else None
    maker = clauses.child(clauses.aspect_head(verb, lex), ("nsubj",))
    # "began testing hiding the fares": what is tried out may be an act
    thing = clauses.child(verb, ("dobj",)) or objects.gerund(verb)
    if maker is None or thing is None:
        return None
    return subjects.relative_antecedent(maker), thing


def _unsaid(verb: Token, lex: Lexicon) -> bool:
    """Not made, or not yet: "did not issue the rules", "if it drafts a plan", "could issue a rule"."""
    return clauses.negated(verb) or clauses.hypothetical(verb, lex) or bool(clauses.tentative(verb, lex))
