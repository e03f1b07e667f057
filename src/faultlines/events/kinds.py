"""What a word names, for the events layer: someone an act is done by or to (a person, a body, a
people, people held, a place), or a thing, an act or an abstraction, which no act is done by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.lexicon import generic_bodies, roles
from faultlines.actors.mention import ACTOR_LABELS
from faultlines.events import objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Pronouns by which a doer does an act to themselves: "acknowledged himself", "asked itself".
REFLEXIVE = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})
# Pronouns for things, to which no act of force is done: "it", "something", "everything".
THING_PRONOUNS = frozenset(
    {"it", "this", "that", "which", "what", "something", "anything", "everything", "nothing"}
)
# Endings of abstract nouns, which name no one: "tensions", "uncertainty", "the move's timing".
ABSTRACT_ENDINGS = ("ion", "ity", "ness", "ism", "ance", "ence", "ment", "ing")


def someone(tok: Token, lex: Lexicon, *, owned: bool = True) -> bool:
    """A person, group, body or place: something an act of force can be done to. With ``owned``,
    a thing of someone's counts ("attacked Lee's convoy"); without, "Lee's plan" is a thing."""
    if tok.pos_ == "PRON":  # "shooting for something": a thing, not someone
        return tok.lower_ not in THING_PRONOUNS and tok.lower_ not in REFLEXIVE
    if tok.pos_ == "NUM":  # "killed at least 20": a count of victims, not a percentage or a sum
        return tok.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY")
    deps = ("compound", "amod", "poss") if owned else ("compound", "amod")
    words = [tok, *(c for c in tok.children if c.dep_ in deps)]
    words += objects.counted(tok)  # "thousands of protesters": the people counted
    return any(actor_word(w, lex) for w in words)


def actor_word(tok: Token, lex: Lexicon) -> bool:
    """A word that by itself names someone: a name, a role, a body, people held or a place."""
    lemma = tok.lemma_.lower()
    return (
        tok.ent_type_ in ACTOR_LABELS
        or lemma in lex.captive
        or lemma in lex.site
        or lemma in roles()
        or lemma in generic_bodies()
    )


def a_thing(tok: Token, lex: Lexicon) -> bool:
    """A noun for an act, a thing, a natural force or an abstraction: no one who can act."""
    # the head word alone: "Obama's involvement" is a thing of Obama's
    if tok.pos_ != "NOUN" or tok.ent_type_ or actor_word(tok, lex):
        return False
    lemma = tok.lemma_.lower()
    named = lemma in lex.noun or lemma in lex.thing or lemma in lex.hazard or lemma in lex.mishap
    return named or (lemma.endswith(ABSTRACT_ENDINGS) and lemma not in lex.collective)
