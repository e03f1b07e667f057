"""What an attitude verb takes a side on when its object is not a plain noun after it.

A gerund the parse hangs as the verb's complement is the object ("opposed building the dam" is
against the dam; "proposes dropping the levy", against the levy): what an action is about is read as
for a stated will, and an action that carries out nothing and acts on nothing ("could not resist
responding") takes no side. A person told to act by a verb of will ("ordered the city to release
the files", "demanded the mayor make a pledge") is the doer of the action, not the thing judged: the side is on the action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, phrases, volition
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.phrases import Phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


def gerund(verb: Token) -> Token | None:
    """The gerund complement of ``verb`` with no subject or "to" of its own: "building" in
    "opposed building the dam"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and not any(
                g.dep_ in clauses.SUBJECTS or (g.dep_ == "aux" and g.lower_ == "to") for g in c.children
            )
        ),
        None,
    )


def passive_gerund(verb: Token) -> Token | None:
    """The gerund a passive ``verb`` has for its subject: "shutting" in "shutting the old pier
    was backed by the union", the action the agent takes a side on."""
    found = clauses.child(verb, ("csubjpass",))
    return found if found is not None and found.tag_ == "VBG" else None


def gerund_topic(action: Token, lex: Lexicon) -> tuple[Token, Phrase | None, int]:
    """What a gerund object is about and the side its wording takes, as for a stated will: the thing
    it carries out or undoes, else the action itself when it acts on something and says nothing."""
    topic, phrase, sign = phrases.action_topic(action, lex)
    carried = topic.i != action.i or phrases.entering(action, lex)
    if not carried and (volition.speaking(action, lex) or not phrases.acts_on_something(action)):
        return action, None, 1
    return topic, phrase, sign


def told_to_act(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """Whether the object of a verb of will is someone told to do something: "ordered the city to
    release the files", "Lee was urged by Kim to back X"; the side is on the action, read as a
    stated will. So is the object of "for" where the parse hangs the infinitive on the verb: "called
    for contestants to wear X" (a purpose hangs on its noun: "pushed for an amendment to end X")."""
    if obj.dep_ == "pobj" and obj.head.lower_ == "for" and obj.head.head.i == verb.i:
        # the parse may hang the infinitive as an adverbial clause: "called for pay to be clawed back"
        return any(
            c.dep_ in ("xcomp", "advcl") and c.i > obj.i and "to" in clauses.auxiliaries(c)
            for c in verb.children
        )
    return (
        obj.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in lex.volition
        and (
            (verb.lemma_.lower() in lex.mandative and _addressed(obj))
            or any(
                (c.dep_ == "xcomp" and "to" in clauses.auxiliaries(c)) or _bare_action(c, obj)
                for c in verb.children
            )
        )
    )


def _addressed(obj: Token) -> bool:
    """An object of a verb demanding an act that names those addressed, not a thing wanted: "urged
    voters", "urged Lee", "urged the mayor" (as "urged restraint" names one)."""
    from faultlines.stances.antecedents import person_roles

    if obj.pos_ == "PRON" or obj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return True
    bare_plural = obj.tag_ == "NNS" and not any(True for _ in obj.children)
    return bare_plural or obj.lemma_.lower() in person_roles()


def _bare_action(clause: Token, obj: Token) -> bool:
    """ "demanded the mayor make a pledge", parsed with the mayor as the object: a bare verb right
    after the object with no subject of its own is what the object is told to do."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ in ("VB", "VBP")
        and clause.left_edge.i == obj.right_edge.i + 1
        and clauses.child(clause, clauses.SUBJECTS) is None
    )
