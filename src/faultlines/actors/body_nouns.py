"""The common nouns by which a named body is recalled later, and the words that tell which body a
description means: the noun its name is built on ("the agency" after "the Velmor Port Agency"), a
noun set beside its name ("The group, Tenants United"), a thing it put out ("the statement" after
"the label issued a statement"), and the words of a description that its name must hold ("the
appeals court" after "the Court of Appeals for the Fifth Circuit"). ``antecedents.Reader`` files
bodies under these nouns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.quotes.sources import puts_out

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from faultlines.actors.clusters import Cluster


def name_head(span: Span) -> Token | None:
    """The body noun a name is built on, which a later "the agency" recalls: "Agency" of "the
    Velmor Port Agency", "Alliance" of "the Alliance for Clean Harbours"."""
    root = span.root
    if root.pos_ == "ADP":
        # a parse that hangs the name on a preposition ("for" of "the Court of Appeals for the Ninth
        # Circuit"): the name is built on the word before its first one
        first = next(t for t in span if t.pos_ == "ADP")
        root = span.doc[first.i - 1] if first.i > span.start else root
    named = root.pos_ == "PROPN" and len(span) > 1
    return root if named and root.lower_ in lexicon.generic_bodies() else None


def built_on(span: Span) -> str | None:
    """The body noun a name is built on, in lower case: "office" of "the Budget Office"."""
    noun = name_head(span)
    return noun.lower_ if noun is not None else None


def descriptors(name: Token) -> list[Token]:
    """Common nouns for a body in apposition with its name: "The group, Tenants United" or
    "Tenants United, a group that ..."."""
    partners = [name.head] if name.dep_ == "appos" else []
    partners += [c for c in name.children if c.dep_ == "appos"]
    return [p for p in partners if p.pos_ == "NOUN" and p.lower_ in lexicon.generic_bodies()]


def issued(subject: Token) -> list[Token]:
    """What a subject put out, which may later speak for it: "statement" of "the label issued a
    statement", so that "the statement read" is the label; not what it spoke of ("criticised the
    report": the report is another's), nor a person or a body ("hired a lawyer")."""
    verb = subject.head
    if not subject.dep_.startswith("nsubj") or verb.pos_ != "VERB" or not puts_out(verb):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and not lexicon.roles().get(c.lower_)
        and c.lower_ not in lexicon.generic_bodies()
    ]


def modifiers(source: Span, noun: Token) -> frozenset[str]:
    """The words that say which body a description is: "appeals" of "the appeals court" or "the
    court of appeals", "attorney" of "the attorney's office"; empty when anything else is there (a
    pronoun owner, a number, a clause)."""
    words = []
    for t in source:
        if t.i == noun.i or t.is_punct or t.dep_ == "case" or (t.dep_ == "det" and t.lower_ == "the"):
            continue
        if t.lower_ == "of" and t.head.i == noun.i:
            continue
        before = t.i < noun.i and t.dep_ in ("compound", "amod", "poss")
        after = t.i > noun.i and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == noun.i
        if not (before or after) or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return frozenset()
        words.append(t.lower_)
    return frozenset(words)


def name_words(cluster: Cluster) -> frozenset[str]:
    """The words of a body's names, an owner's "'s" off ("attorney" of "Attorney's Office")."""
    words = (_unowned(t.lower_) for span in cluster.spans for t in span)
    return frozenset(w for w in words if w)


def _unowned(word: str) -> str:
    """A word without an owner's "'s", in either spelling of the apostrophe."""
    for ending in lexicon.POSSESSIVE:
        word = word.removesuffix(ending)
    return word
