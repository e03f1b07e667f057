"""Verbs that name a thing as something ("called the levy a disgrace", "condemned what she called a
breach"): what they name, what they call it, and who names it so, also where the parse splits the
naming otherwise than the grammar does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import namings, syntax
from faultlines.quotes.marks import SINGLE_CLOSING
from faultlines.stances import clauses, phrases, placeholders, subjects, valence
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
    polarity = given_name(name, lex)
    if not polarity or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    if (act := _act_split_off(verb, named, lex)) is not None:
        topic, phrase, sign = phrases.action_topic(act, lex)
    else:
        topic, phrase, sign = phrases.content(placeholders.through_placeholder(named, lex), lex)
    if phrase is None or unsure(name, phrase, lex):
        return None
    namer = clauses.child(verb, ("nsubj",)) or subjects.adjunct_subject(verb)  # "..., branding it a disgrace"
    if namer is None and verb.dep_ == "acl":
        namer = verb.head  # "said critics called the vote a sham", the namer read as what it modifies
    # "did not call it a disaster" withholds the name, and takes no side
    side = clauses.settle(polarity * sign, False, clauses.negated(verb) or clauses.conditional(verb, lex))
    return Expression(name.i, side, topic.i, phrase, agent=namer.i if namer is not None else None)


def _act_split_off(verb: Token, thing: Token, lex: Lexicon) -> Token | None:
    """The act a general noun names, hung on the naming verb by the parse: "called the move to close
    the depot a disaster" judges closing the depot, as "the move to close the depot" names it."""
    if lex.generic.get(thing.lemma_.lower()) is None:
        return None
    act = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
    if act is None or act.left_edge.i != thing.right_edge.i + 1 or "to" not in clauses.auxiliaries(act):
        return None
    return act


def _misread_name(verb: Token) -> tuple[Token, Token] | None:
    """The name and the thing named of a naming verb the parse split otherwise: a second object,
    an adverbial noun or the thing's apposition ("branded the levy a disgrace"), the two swapped
    ("called Friday's ruling a disaster"), or the thing read as the owner of a name in single quotes
    ("calls the plan 'crazy scheme'")."""
    gerund = clauses.child(verb, ("xcomp",))
    if gerund is not None and gerund.tag_ == "VBG":
        # "called closing the port a mistake": the name hung on the act named
        names = [c for c in gerund.children if c.dep_ in ("dobj", "npadvmod", "oprd") and c.pos_ == "NOUN"]
        objects = sum(c.dep_ == "dobj" for c in names)
        if names and (names[-1].dep_ != "dobj" or objects == 2):  # its own object is not its name
            return names[-1], gerund
        return None
    if (found := namings.parts(verb)) is not None:
        thing, name = found
        # the name as the verb's predicate over its object is the parse ``polarity`` reads itself
        standard = name.dep_ == "oprd" and name.head.i == verb.i and thing.dep_ == "dobj"
        return None if standard else (name, thing)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "npadvmod") and c.pos_ == "NOUN"]
    if len(objects) != 1:
        return None
    relative = clauses.child(verb, ("dobj",))
    second = objects[0].dep_ == "dobj"  # as "oprd" it is the parse ``polarity`` reads itself
    if second and relative is not None and relative.tag_ == "WDT" and relative.i < verb.i < objects[0].i:
        # "the levy, which Lee called a disaster": the relative word took the object's place
        antecedent = subjects.relative_antecedent(relative)
        return None if antecedent is relative else (objects[0], antecedent)
    thing = objects[0]
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


def names_what(verb: Token) -> bool:
    """ "what she calls a shouting match": the name is the thing, which the clause around judges."""
    what = clauses.child(verb, ("dobj",))
    return what is not None and what.lower_ == "what"


def given_name(name: Token, lex: Lexicon) -> int:
    """The side a name given by a naming verb takes: a word of ``stance_words.txt``, else praise the
    general sentiment lexicon rates strongly ("called the vote a huge win"): naming a thing a success
    is judging it, while a grim name not listed there tells what befell ("called his death a tragedy")."""
    listed = valence.listed(name, lex)
    return listed if listed is not None else max(valence.judgement(name, lex)[0], 0)


def unsure(name: Token, phrase: str, lex: Lexicon) -> bool:
    """Whether praise the stance words do not list is given to a general noun that stands for a
    thing named elsewhere ("called Monday's ruling a big win"): the weaker word needs the thing
    named in full ("called the harbour levy a huge win") to tell what it praises."""
    return phrase == "ref" and valence.listed(name, lex) is None


def named(verb: Token, name: Token) -> Token | None:
    """Who or what ``verb`` calls ``name``: its object, or the first of two nouns the parser reads
    both as the name ("called Kim a liar", with "Kim" tagged a predicate too); with neither, its
    subject ("it seems dreadful", "it has proven nasty", "he was called a liar")."""
    obj = clauses.child(verb, ("dobj",))
    if obj is not None:
        return obj
    named = (c for c in verb.children if c.dep_ == "oprd" and c.i < name.i and c.pos_ in ("PROPN", "PRON"))
    return next(named, None) or syntax.subject(verb, clauses.SUBJECTS)
