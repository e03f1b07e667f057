"""Perfects: an "’s" before a participle that stands for "has", not "is".

The small model reads nearly every "’s" before a participle as the "is" of a passive: of 84 such
pairs in our real articles it made 71 passives, about half of them perfects ("he’s changed his view",
"the tolls he’s promoted", "she’s sought to protect the fund"), so that the subject became the one
acted on. A passive leaves the participle no object, so one with an object ("has paid nothing"), a
verb with no passive ("it’s become an issue"), one that takes a "to" clause as its subject's will
("has sought to"), or one in a relative clause whose pronoun subject it acts on ("the tolls he’s
promoted") is the perfect: the "’s" becomes an auxiliary "have" and its subject the participle's doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERFECTS = "faultlines_perfects"
CONTRACTED = frozenset({"'s", "’s"})
# Verbs with no passive: "it's become", "that's happened", "she's gone", "who's had to".
NO_PASSIVE = frozenset({"become", "happen", "last", "benefit", "occur", "arrive", "die", "emerge", "exist", "go", "have", "get"})  # fmt: skip
# Verbs whose "to" clause is their subject's own will: "he's sought to", "she's vowed to".
WILLING = frozenset({"seek", "try", "vow", "pledge", "promise", "refuse", "decide", "manage", "fail", "agree", "threaten", "attempt", "want", "hope", "learn"})  # fmt: skip
# Verbs whose passive takes a second noun: "it's called the Clean Air Rule", "he's elected mayor".
NAMING = frozenset({"call", "name", "dub", "term", "label", "consider", "elect", "appoint", "deem", "give", "offer", "show", "award", "grant", "deny", "charge"})  # fmt: skip
# Subjects a relative clause's participle acts with, not on: "the plans he's made".
PERSONS = pronouns.FIRST_PERSON_SUBJECTS | pronouns.PERSON_SUBJECTS | {"they", "you"}


def register() -> None:
    """Make the component known to spaCy (once); ``nlp.add_pipe(PERFECTS, last=True)`` adds it."""
    from spacy.language import Language

    if not Language.has_factory(PERFECTS):
        Language.component(PERFECTS)(mend)


def mend(doc: Doc) -> Doc:
    """Relabel each "’s" passive the participle shows to be a perfect."""
    import numpy
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id

    # read off the token array: a Token made for each word would cost more than the rest of the step
    contracted = [get_string_id(word) for word in CONTRACTED]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), contracted)).tolist():
        tok = doc[i]
        if tok.dep_ == "auxpass" and tok.head.tag_ == "VBN" and _perfect(tok.head):
            tok.dep_, tok.lemma_ = "aux", "have"
            for child in tok.head.children:
                if child.dep_ == "nsubjpass":
                    child.dep_ = "nsubj"
    return doc


def _perfect(participle: Token) -> bool:
    lemma = participle.lemma_.lower()
    children = list(participle.children)
    if any(c.dep_ == "auxpass" and c.lower_ == "been" for c in children):
        return False  # "he's been investigated": a passive perfect, which the parse already has
    if lemma in NO_PASSIVE:
        return True
    if lemma in NAMING:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in children):
        return True
    if lemma in WILLING and any(c.dep_ == "xcomp" for c in children):
        return True
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return participle.dep_ == "relcl" and subject is not None and subject.lower_ in PERSONS
