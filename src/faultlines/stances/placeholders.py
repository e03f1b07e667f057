"""What a placeholder in a topic phrase stands for: "it", "which" or "something" in place of the thing.

A stance often lands on a word that only points at its thing: "When the training is tailored to
them, it works" (the training), "it's something we can't support" (what "it" is), "the accord,
which most towns signed" (the accord, all of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.stances.lexicon import Lexicon


def named_before_in_clause(tok: Token, lex: Lexicon) -> Token | None:
    """What "it" stands for when a clause before it in its sentence names it as its subject:
    "When the training is tailored to each veteran, it can be very effective"."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    before = (c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i)
    named = (s for c in before for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    found = next((s for s in named if s.pos_ in ("NOUN", "PROPN") and s.lower_ not in lex.placeholder), None)
    return found if found is not None else _said_of_before(tok, lex)


def _said_of_before(tok: Token, lex: Lexicon) -> Token | None:
    """The thing an "it is ..." says more of when an earlier "is" of its sentence has it as its
    subject: "the levy is legal, but Lee says it is a scam". Only a thing: a person or body said
    to be something ("Lee is right, but it is late") is no "it"."""
    from faultlines.actors.lexicon import generic_bodies
    from faultlines.stances.antecedents import person_roles

    if tok.head.lemma_ != "be":
        return None
    bodies = generic_bodies()
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        # only the subject of another "is": "the levy is legal ... it is a scam"
        if t.dep_ != "nsubj" or t.head.lemma_ != "be" or t.head.i == tok.head.i:
            continue
        lemma = t.lemma_.lower()
        people = t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or lemma in person_roles() or lemma in bodies
        if t.pos_ in ("NOUN", "PROPN") and lemma not in lex.placeholder and not people:
            return t
    return None


def through_placeholder(tok: Token, lex: Lexicon) -> Token:
    """For "it's something we can't support", the thing supported is the copula's subject, "it"."""
    head = tok.head
    is_copula = head.lemma_ == "be" or head.lower_ in ("'s", "’s")
    if tok.lower_ in lex.placeholder and tok.dep_ in ("attr", "dobj") and is_copula:
        return clauses.child(head, clauses.SUBJECTS) or tok
    # "the accord, which most towns signed": the relative pronoun is the thing it hangs on, all
    # of it, though the parse hangs the clause on the last noun ("a reform of the courts, which
    # she has championed" is the reform; "a tax on fuel", "a merger with Apex" are the tax and
    # the merger)
    if tok.tag_ == "WDT" and tok.dep_ == "dobj":
        thing = subjects.relative_antecedent(tok)
        while _inside_the_thing(thing):
            thing = thing.head.head
        return thing
    # "considered a smaller rise and rejected it": "it" is the first verb's object.
    if tok.lower_ == "it" and tok.dep_ == "dobj" and head.dep_ == "conj":
        first = clauses.child(head.head, ("dobj",))
        if first is not None and first.pos_ in ("NOUN", "PROPN"):
            return first
    return tok


# Prepositions that name what a thing is of, on or with: "a tax on fuel", "a deal with Apex".
WITHIN_A_THING = frozenset({"of", "on", "with", "for", "against"})


def _inside_the_thing(tok: Token) -> bool:
    """Whether ``tok`` is the noun after a preposition of a noun: part of a bigger thing."""
    return tok.dep_ == "pobj" and tok.head.lower_ in WITHIN_A_THING and tok.head.head.pos_ == "NOUN"
