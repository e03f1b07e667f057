"""A body in session by itself meets no one: "the cabinet met on Sunday", "at the May 2 cabinet
meeting", "the board's meeting". PLOVER's CONSULT is a meeting between parties; a cabinet, a board
or a company sitting alone is the body at work. A meeting with someone ("the board met the union",
"a cabinet meeting with the envoys"), between several ("the cabinets of both states met"), or of a
named body ("a NATO meeting", whose members meet one another) still meets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors.lexicon import generic_bodies
from faultlines.events import readings

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs by which a body sits: "the cabinet met", "the board convened".
SITTING = frozenset({"meet", "convene", "gather", "sit"})
# Words before a meeting noun that may name its party: "the cabinet meeting", "the board's meeting".
PARTY_DEPS = frozenset({"compound", "nmod", "poss", "amod"})


def meeting_alone(meeting: Token, others: list[Token]) -> bool:
    """A meeting noun whose only party, among the words before it, is one body named by a common noun
    ("the May 2 cabinet meeting": the date tells when; "the cabinet's emergency meeting"), with no
    one else named."""
    if others:
        return False
    parties = [c for c in meeting.children if c.i < meeting.i and c.dep_ in PARTY_DEPS and _a_party(c)]
    return len(parties) == 1 and _one_body(parties[0])


def sitting_alone(verb: Token) -> bool:
    """ "The cabinet met on Sunday": a verb of sitting with one body for its subject and no one met."""
    if verb.lemma_.lower() not in SITTING:
        return False
    if syntax.dependents(verb, ("dobj",)) or readings.done_with(verb, readings.COUNTERPARTS):
        return False
    subject = syntax.subject(verb)
    return subject is not None and _one_body(subject)


def _a_party(word: Token) -> bool:
    """A word before a meeting noun that names who meets: a name, a pronoun or a body, not a date."""
    if word.ent_type_ in syntax.TIME_ENTITIES:
        return False
    return word.pos_ in ("PROPN", "PRON") or bool(word.ent_type_) or word.lemma_.lower() in generic_bodies()


def _one_body(party: Token) -> bool:
    """One body by its common noun, capitalised or not ("the cabinet", "the Ostran Cabinet"), not
    several ("the cabinets", "the board and the union")."""
    return (
        party.tag_ in ("NN", "NNP")
        and party.lemma_.lower() in generic_bodies()
        and not any(c.dep_ == "conj" for c in party.children)
    )
