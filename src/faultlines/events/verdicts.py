"""Verdicts passed by naming, and who a verdict is passed on: "called Oz a quack" and "described
Ruiz as a champion" judge a named actor; "called Vale's ruling a disaster" judges a thing and the
named actor who owns it. ``judgements`` reads them with the other judgements of a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import namings, pronouns, syntax
from faultlines.events import modality
from faultlines.events.lexicon import Code
from faultlines.quotes import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Pronouns that point at something done or said: "that's outrageous", "it is reckless to ...".
POINTING = frozenset({"it", "this", "that", "these", "those", "which", "what"})
# Prepositions that say what the subject is taken for: "known as a tireless negotiator".
AS_PREPS = frozenset({"as", "like"})
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"})
# Verbs that name their object something: "called Vale a fraud", "described Ruiz as a champion";
# the cue verbs among them carry the "naming" tag of quotes/cue_verbs.txt.
NAMING = cues.tagged(cues.NAMING) | {"brand", "hail", "consider", "deem", "regard"}
# Possessive pronouns that stand for a person whose thing is judged: "his temper", "her record".
PERSON_OWNERS = pronouns.THIRD_PERSON_OWNERS - {"its", "their"}


def named_as(tok: Token, named: frozenset[int], lex: Lexicon) -> tuple[Code, Token] | None:
    """ "called Oz a quack", "described Clinton as a champion": the verdict and the one named."""
    if tok.lemma_.lower() not in NAMING or modality.is_negated(tok):
        return None
    phrases = [c for c in tok.children if c.dep_ in ("oprd", "attr", "ccomp", "xcomp", "npadvmod")]
    phrases += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    # "described Ruiz as dishonest": the parser may make the adjective a clause that "as" opens
    phrases += [
        c
        for c in tok.children
        if c.dep_ == "advcl" and any(g.lower_ == "as" and g.dep_ in ("advmod", "mark") for g in c.children)
    ]
    # The one named is the object, or a name the parser hung inside the naming phrase; in the
    # passive, the subject ("Vale has been called a fraud by his rivals").
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in phrases for g in (c, *c.children) if g.dep_ in ("nmod", "poss", "oprd")]
    target = next(
        (o for o in objects if o.lower_ in pronouns.PERSON_OBJECTS or is_named(o, named, pronoun_ok=False)),
        None,
    )
    if target is None:
        return None
    words = [t for c in phrases for t in own_words(c) if t.i != target.i]
    verdicts = {lex.naming.get(t.lemma_.lower()) for t in words} - {None}
    if len(verdicts) != 1:
        return None
    verdict = verdicts.pop()
    return Code(verdict, "disapprove" if verdict == "ACCUSE" else None), target


def namer(tok: Token) -> Token | None:
    """Who gives a passive naming verb's name: its by-agent, which the parser may hang on the name
    ("was called a liar by Ruiz")."""
    if (by := syntax.agent(tok)) is not None:
        return by
    return next(
        (
            g
            for c in tok.children
            if c.dep_ in ("oprd", "attr", "prep")
            for p in c.subtree
            if p.dep_ == "prep" and p.lower_ == "by"
            for g in p.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def thing_named(tok: Token, named: frozenset[int], lex: Lexicon) -> tuple[Code, Token] | None:
    """ "called Friday's ruling a disaster", "described the vote as a betrayal": the verdict a naming
    verb passes on a thing (criticism or praise of a policy, CAMEO 111 and 051), and the thing, in
    whichever tree the parser builds for the two phrases; none for a named actor, which
    ``_named_as`` reads."""
    if modality.is_negated(tok):
        return None
    found = namings.parts(tok)
    if found is None:
        thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
        name = _name_of(tok, thing) if thing is not None else None
        found = (thing, name) if name is not None else None
    if (
        found is None
        or found[0].i in named
        or (found[0].pos_ == "PRON" and found[0].lower_ not in POINTING - {"which", "what"})
    ):
        return None  # "called it a sham" judges a thing; "called him a liar" is ``_named_as``'s
    name = found[1]
    words = [name, *(c for c in name.children if c.dep_ == "amod")]
    verdicts = {lex.naming.get(t.lemma_.lower()) for t in words} - {None}
    if len(verdicts) != 1:
        return None
    verdict = verdicts.pop()
    return Code(verdict, "disapprove" if verdict == "ACCUSE" else None), found[0]


def owner(thing: Token | None, named: frozenset[int]) -> Token | None:
    """The named actor whose thing is judged: "Vale" of "Vale's ruling", "his" of "his temper"."""
    if thing is None:
        return None
    owners = (c for c in thing.children if c.dep_ == "poss")
    return next(
        (c for c in owners if c.lower_ in PERSON_OWNERS or is_named(c, named, pronoun_ok=False)), None
    )


def _name_of(tok: Token, thing: Token) -> Token | None:
    """The name given to a verb's object: its predicate ("called it a sham"), or what "as" says, on
    the verb or hung inside the object ("described last week's vote as a betrayal")."""
    name = next((c for c in tok.children if c.dep_ == "oprd"), None)
    if name is not None:
        return name
    takes = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in AS_PREPS]
    takes += [t for t in thing.subtree if t.dep_ == "prep" and t.lower_ == "as"]
    return next((g for c in takes for g in c.children if g.dep_ == "pobj"), None)


def own_words(phrase: Token) -> list[Token]:
    """A phrase without the clauses inside it: "a system that he says he will change" is "a system"."""
    inner = {t for c in phrase.subtree if c.dep_ in CLAUSES and c.i != phrase.i for t in syntax.subtree(c)}
    return [t for t in phrase.subtree if t.i not in inner]


def is_named(tok: Token, named: frozenset[int], *, pronoun_ok: bool) -> bool:
    if tok.pos_ == "PRON":
        return pronoun_ok and tok.lower_ in pronouns.PERSON_SUBJECTS
    if named:  # the actors layer has run: it alone says who is a named actor
        return tok.i in named
    return tok.ent_type_ in syntax.ACTOR_ENTITIES
