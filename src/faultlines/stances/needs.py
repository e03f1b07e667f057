"""A need stated for a community: whoever says "we need X" or "the country needs X" is for X.

"We need stronger harbour walls", "the city needs a new ferry line", "what we need is a new ferry
line" and, reported, "Roos argued that the country needs more nurses" are the speaker's case for X; "we don't need a new tax" is
against it. The stance is the speaker's own, held by the speaker of the quote it sits in (no
holder outside one). Only a present need of a community counts: "we", a place or body ("the
country", "Vetland"); a person's needs ("she needs more votes"), a forecast ("you will
need a permit") or a past need ("the team needed a win") describe a situation, not a side, and a
person needed ("the town needs a mayor") names no thing to take a side on.

A need named as a noun is its stater's case in the same way: "stressed the need for tax reform",
"there is a need for more oversight", "no need for a new tax" (against it).

A requirement set for a deal or a step is a case for what is required, in the same way: "the
withdrawal of X is a precondition for talks", "Lee made X a condition for any deal" ([requirement]
in ``stance_words.txt``), "X must be part of any deal". "A condition of the loan" with no one making
it so, or denied ("X is not a precondition"), takes no side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import questions
from faultlines.stances import clauses, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.phrases import Phrase
from faultlines.stances.relatives import person_word
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Subjects whose needs are a person's own situation, not a community's case.
# What makes a needed thing a particular one: "better pay", "border security", "a wall on the river".
SPECIFIED = frozenset({"amod", "compound", "prep", "nummod"})
# The noun of a term set for a deal: "X must be part of any deal".
PART = "part"
# A present need: "will need", "needed" are tagged otherwise.
PRESENT = frozenset({"VBZ", "VBP"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The side each stated need of a community, and each requirement, in ``doc`` takes on what is
    needed or required."""
    lowered = lemmas(doc)
    # the lemma first, read off the columns: most nouns name no requirement, and become no Token
    required = (
        i for i in positions(doc).get("NOUN", ()) if lowered[i] in lex.requirement or lowered[i] == PART
    )
    found = [r for i in required if (r := _required(doc[i], lowered[i], lex)) is not None]
    found += [
        s for i in positions(doc).get("NOUN", ()) if lowered[i] == "need" and (s := _the_need(doc[i], lex))
    ]
    for i in (i for i in positions(doc).get("VERB", ()) if lowered[i] == "need"):
        verb = doc[i]
        if not _present(verb) or (need := _needed(verb, lex)) is None:
            continue
        topic, phrase, sign = need
        found.append(Expression(verb.i, clauses.settle(sign, clauses.negated(verb), False), topic.i, phrase))
    return found


def _needed(verb: Token, lex: Lexicon) -> tuple[Token, Phrase, int] | None:
    """What a community's present need names, with the sign its wording puts on it."""
    subject = clauses.child(verb, ("nsubj",))
    thing = clauses.child(verb, ("dobj",))
    if thing is not None and thing.tag_ == "WP":
        thing = _clefted(verb)  # "what the country needs is a dose of law and order"
    if subject is None or thing is None or thing.pos_ != "NOUN" or person_word(thing):
        return None
    # "better pay", "a new ferry line" name a proposal; a bare "money" or "change" a general good,
    # and "money to pay the staff" a means to something else
    if not _specified(thing) or clauses.child(thing, ("acl",)) is not None:
        return None
    if not _community(subject, lex):
        return None
    # "Do you think they need a tax break?" doubts the need it asks about
    if clauses.hypothetical(verb, lex) or clauses.asked(verb) or verb.i in questions.closed(verb.sent):
        return None
    topic, phrase, sign = phrases.content(thing, lex)
    return (topic, phrase, sign) if phrase == "np" else None


def _clefted(verb: Token) -> Token | None:
    """What "what" stands for in a clause that is the subject of "be": the thing named after it ("what
    we need is a new ferry line")."""
    if verb.dep_ != "csubj" or verb.head.lemma_ != "be":
        return None
    return clauses.child(verb.head, ("attr",))


def _the_need(noun: Token, lex: Lexicon) -> Expression | None:
    """ "stressed the need for tax reform", "there is a need for more oversight", "spoke of a need to
    raise the minimum wage": a need named as a noun is its stater's case for what it names. The
    stater is the subject of the verb the noun hangs on, when it can state one ("Lee stressed"), else
    the quote's speaker ("the figures show the need for X, Lee said"); "no need for X" is against X."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "spoke about the need for X"
    if verb.pos_ not in ("VERB", "AUX") or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    thing = clauses.child(prep, ("pobj",)) if prep is not None else None
    aim = next(
        (c for c in noun.children if c.dep_ in ("acl", "relcl") and "to" in clauses.auxiliaries(c)), None
    )
    if thing is not None and thing.pos_ == "NOUN" and _specified(thing):
        topic, phrase, sign = phrases.content(thing, lex)
    elif aim is not None and phrases.acts_on_something(aim):
        topic, phrase, sign = phrases.action_topic(aim, lex)
    else:
        return None
    if phrase is None or person_word(topic):
        return None
    denied = clauses.negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    stater = clauses.child(verb, ("nsubj",))
    agent = (
        stater.i if stater is not None and clauses.agentive(stater, lex) and stater.pos_ != "PRON" else None
    )
    return Expression(noun.i, clauses.settle(sign, denied, False), topic.i, phrase, agent=agent)


def _specified(thing: Token) -> bool:
    """A particular thing, one a side is taken on: "better pay", "a new ferry line", not "money"."""
    return any(c.dep_ in SPECIFIED for c in thing.children)


def _present(verb: Token) -> bool:
    """ "needs", "need", and with "do" ("we don't need X"), not "will need" or "needed"."""
    if verb.tag_ in PRESENT:
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)


def _community(subject: Token, lex: Lexicon) -> bool:
    """ "we", a country, place or body by name ("Vetland"), or one of the [community] nouns."""
    if subject.pos_ == "PRON":
        return subject.lower_ == "we"
    return subject.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or subject.lemma_.lower() in lex.community


def _required(noun: Token, lemma: str, lex: Lexicon) -> Expression | None:
    """The side a requirement takes on what it requires: "X is a precondition for talks" (its
    speaker's), "Lee made X a condition for any deal" (Lee's), "X must be part of any deal"."""
    if lemma in lex.requirement:
        verb, required = noun.head, clauses.child(noun, ("nsubj",))
        if noun.dep_ == "attr" and verb.lemma_ == "be":
            required = clauses.child(verb, ("nsubj",))  # "X is a precondition for talks"
            if clauses.child(noun, ("prep",)) is None:
                return None  # "X is a condition" alone may be a state of health
        elif not (noun.dep_ in ("dobj", "oprd") and verb.lemma_.lower() == "make"):
            return None
    elif lemma == PART and noun.dep_ == "attr" and _of_any_deal(noun, lex):
        verb = noun.head  # "X must be part of any deal": a demand on the deal
        if not clauses.demanded(verb, lex):
            return None
        required = clauses.child(verb, ("nsubj",))
    else:
        return None
    if required is None or required.pos_ not in ("NOUN", "PROPN") or clauses.negated(verb):
        return None
    if clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    topic, phrase, sign = phrases.content(required, lex)
    if phrase != "np":
        return None
    maker = clauses.child(verb, ("nsubj",)) if verb.lemma_.lower() == "make" else None
    return Expression(noun.i, sign, topic.i, phrase, agent=maker.i if maker is not None else None)


def _of_any_deal(part: Token, lex: Lexicon) -> bool:
    """ "part of any deal", "part of an agreement": a deal to come, which the speaker sets terms for."""
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    deal = clauses.child(of, ("pobj",)) if of is not None else None
    return deal is not None and deal.lemma_.lower() in lex.deal
