"""A thing judged by saying that nothing surpasses it: "there is nothing more important than the
port", "there is no bigger threat than this", "no one is more qualified than Lee".

To deny that anything is more X than a thing is to call it the most X of all: the thing after
"than" takes the side of the grading word ("important", "threat"); "less" turns it round. Only
these words are found here; ``evaluations`` weighs them and finds what "this" stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from faultlines import syntax
from faultlines.stances import clauses

if TYPE_CHECKING:
    from spacy.tokens import Token


class Comparison(NamedTuple):
    grading: list[Token]  # the words that judge, the first one with a side deciding: "important"
    compared: Token  # what nothing surpasses: the object of "than"
    copula: Token
    sign: int  # -1 for "less": nothing less important than X does not praise X


def unsurpassed(than: Token) -> Comparison | None:
    """The comparison ``than`` ends when it denies that anything surpasses its object."""
    if than.dep_ == "mark":  # "than to build the tram": the clause it opens is compared
        compared, head = than.head, than.head.head
    elif than.dep_ == "prep":
        compared, head = _object(than), than.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head  # "nothing more vital in Borland than X", hung on "Borland"
    else:
        return None
    if compared is None:
        return None
    if head.lemma_ == "be":  # "there's nothing more vital to X than Y": "than" hangs on the verb
        head = clauses.child(head, ("attr", "nsubj")) or head
    adjective = head if head.pos_ == "ADJ" else _graded_modifier(head)
    if adjective is None:
        return None
    noun = head if head.pos_ != "ADJ" else _described(head)
    if noun is None or not syntax.names_none(noun):
        return None
    copula = noun.head
    if (
        copula.lemma_ != "be"
        or noun.dep_ not in ("attr", "nsubj")
        or clauses.negated(copula, by_subject=False)
    ):
        return None
    less = any(c.dep_ == "advmod" and c.lower_ == "less" for c in adjective.children)
    graded = adjective.tag_ == "JJR" or any(
        c.dep_ == "advmod" and c.lower_ == "more" for c in adjective.children
    )
    if not (less or graded):
        return None
    return Comparison([adjective, noun], compared, copula, -1 if less else 1)


def _object(than: Token) -> Token | None:
    """What follows "than": "than the port", "than to tell the truth"."""
    found = clauses.child(than, ("pobj", "pcomp"))
    inner = clauses.child(than, ("prep",)) if found is None else None
    return clauses.child(inner, ("pobj", "pcomp")) if inner is not None else found


def _graded_modifier(noun: Token) -> Token | None:
    """ "bigger" of "no bigger threat", "important" of "nothing more important"."""
    return next((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"), None)


def _described(adjective: Token) -> Token | None:
    """The noun an adjective grades: its head ("nothing worse"), or the copula's subject ("no one
    is more qualified")."""
    if adjective.dep_ == "amod":
        return adjective.head
    if adjective.dep_ == "acomp":
        return syntax.subject(adjective.head, ("nsubj",))
    return None
