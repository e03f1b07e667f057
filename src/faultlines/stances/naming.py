"""Verbs that name a thing as something ("called the levy a disgrace", "condemned what she called a
breach"): what they name, what they call it, and who names it so, also where the parse splits the
naming otherwise than the grammar does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.quotes.marks import SINGLE_CLOSING
from faultlines.stances import clauses, phrases, valence
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

SINGLE_QUOTES = frozenset(SINGLE_CLOSING)  # an apostrophe, or a closing single quote mark


def named_so(thing: Token, polarity: int, verb: Token, lex: Lexicon) -> Expression | None:
    """ "denounced what Lee called the port's reckless plan": Lee, who named it so, judges the plan.
    A judging noun names no thing of its own ("what Lee called a disaster")."""
    namer = clauses.child(verb, ("nsubj",))
    if namer is None or thing.lemma_.lower() in lex.evaluative or clauses.negated(verb):
        return None
    topic, phrase, sign = phrases.content(thing, lex)
    if phrase is None:
        return None
    return Expression(thing.i, polarity * sign, topic.i, phrase, agent=namer.i)


def what_called(verb: Token, lex: Lexicon) -> Token | None:
    """The thing an attitude verb takes a side on when its object is what someone named so:
    "condemned what she called a breach of the harbour rules" condemns the breach. A judging word
    names no thing of its own ("denounced what he called a disaster")."""
    naming = clauses.child(verb, ("ccomp",))
    if naming is None or naming.lemma_.lower() not in lex.naming:
        return None
    if (what := clauses.child(naming, ("dobj",))) is None or what.lower_ != "what":
        return None
    thing = clauses.child(naming, ("oprd",))
    if thing is None or thing.lemma_.lower() in lex.evaluative:
        return None
    return thing


def misread(verb: Token, lex: Lexicon) -> Expression | None:
    """ "branded the levy a disgrace", "calls the plan 'crazy scheme'": a judging name the parse did
    not hang as the naming verb's predicate judges the thing named, as "called it a provocation"
    does; its subject, who names it so, holds it (the quotes find no cue in such a parse to give
    it a speaker)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.naming or (found := _misread_name(verb)) is None:
        return None
    name, named = found
    polarity = valence.listed(name, lex)
    if polarity is None or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    topic, phrase, sign = phrases.content(phrases.through_placeholder(named, lex), lex)
    if phrase is None:
        return None
    namer = clauses.child(verb, ("nsubj",)) or clauses.adjunct_subject(verb)  # "..., branding it a disgrace"
    side = clauses.settle(polarity * sign, clauses.negated(verb), clauses.conditional(verb, lex))
    return Expression(name.i, side, topic.i, phrase, agent=namer.i if namer is not None else None)


def _misread_name(verb: Token) -> tuple[Token, Token] | None:
    """The name and the thing named of a naming verb the parse split otherwise: a second object or
    adverbial noun ("branded the levy a disgrace"), or the thing read as the owner of a name in
    single quotes ("calls the plan 'crazy scheme'")."""
    gerund = clauses.child(verb, ("xcomp",))
    if gerund is not None and gerund.tag_ == "VBG":
        # "called closing the port a mistake": the name hung on the act named
        names = [c for c in gerund.children if c.dep_ in ("dobj", "npadvmod", "oprd") and c.pos_ == "NOUN"]
        objects = sum(c.dep_ == "dobj" for c in names)
        if names and (names[-1].dep_ != "dobj" or objects == 2):  # its own object is not its name
            return names[-1], gerund
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "npadvmod") and c.pos_ == "NOUN"]
    if len(objects) == 2 and objects[0].dep_ == "dobj" and objects[1].dep_ in ("dobj", "npadvmod"):
        return objects[1], objects[0]
    if len(objects) != 1:
        return None
    thing = objects[0]
    if (name := _name_as_apposition(thing)) is not None:
        return name, thing
    # "the unions' plan" owns the plan: only a name closed by a quote mark is quoted
    owner = clauses.child(thing, ("poss",))
    end = thing.right_edge
    closed = end.text in SINGLE_QUOTES or (
        end.i + 1 < len(end.doc) and end.doc[end.i + 1].text in SINGLE_QUOTES
    )
    if owner is None or not closed:
        return None
    return (
        (thing, owner) if any(c.dep_ == "case" and c.text in SINGLE_QUOTES for c in owner.children) else None
    )


def _name_as_apposition(thing: Token) -> Token | None:
    """ "called the harbour plan a disaster", the name parsed as the object's apposition: an
    indefinite noun with no comma before it ("called Ann Lee, a critic of the plan" is who she is)."""
    appos = clauses.child(thing, ("appos",))
    if appos is None or appos.pos_ != "NOUN" or appos.left_edge.i == 0:
        return None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)
    return appos if indefinite and appos.doc[appos.left_edge.i - 1].text != "," else None


def named(verb: Token, name: Token) -> Token | None:
    """Who or what ``verb`` calls ``name``: its object, or the first of two nouns the parser reads
    both as the name ("called Kim a liar", with "Kim" tagged a predicate too); with neither, its
    subject ("it seems dreadful", "it has proven nasty", "he was called a liar")."""
    obj = clauses.child(verb, ("dobj",))
    if obj is not None:
        return obj
    named = (c for c in verb.children if c.dep_ == "oprd" and c.i < name.i and c.pos_ in ("PROPN", "PRON"))
    return next(named, None) or syntax.subject(verb, clauses.SUBJECTS)
