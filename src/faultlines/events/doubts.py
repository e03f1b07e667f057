"""Doubt cast as criticism: questioning a thing someone did or holds ("questioned the wisdom of the
plan", "questioned Vale's judgement") criticises them; questioning a person is an interview, and
"questioned whether ..." a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import kinds, objects, parties

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Verbs of doubt, which criticise only a thing someone did or holds.
DOUBTING = frozenset({"question"})


def doubts_a_thing(tok: Token, lex: Lexicon) -> bool:
    """ "questioned the wisdom of the plan", "questioned Vale's judgement", "questioned NASA's use of
    X": doubt cast on a thing someone did or holds criticises them. Questioning a person ("questioned
    the patient") is an interview, and "questioned whether ..." a question."""
    if any(c.dep_ == "ccomp" and _asks(c) for c in tok.children):
        return False
    objects_ = syntax.dependents(tok, ("dobj", "nsubjpass"))
    # "several of those witnesses": the people counted
    counts = [
        o for o in objects_ if o.pos_ in ("NUM", "ADJ", "DET") or o.lemma_.lower() in objects.QUANTITIES
    ]
    objects_ += [g for o in counts for c in o.children if c.lower_ == "of" for g in c.children]
    bare = tok.dep_ in ("xcomp", "ccomp") and not syntax.dependents(tok, ("nsubj",))
    led = syntax.dependents(tok.head, ("dobj",)) if bare else []
    doer = led[0] if led else parties.subject(tok)  # "led people to question": the people doubt
    if doer is not None and (doer.lemma_.lower() in lex.audience or doer.lemma_.lower() in lex.individual):
        return False  # "led people to question the count": doubt sown in people at large
    return bool(objects_) and not any(_a_person(o, lex) for o in objects_)


def _asks(clause: Token) -> bool:
    """A clause of a question: "whether it would work", "how it was done"."""
    first = clause.left_edge
    return first.lower_ in ("whether", "if") or first.tag_ in ("WRB", "WP", "WDT")


def _a_person(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PRON" or kinds.actor_word(tok, lex) or lemma in lex.individual or lemma in lex.kin
