"""Whom a plural holder stands for when it names nobody itself: a counted description after as many
named before it ("Lee ran against Kim, and both men backed X"; "the two countries", "the three
leaders"). A "they" after a pair joined by "and" is the actors' (``actors.antecedents.pair_before``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from faultlines.actors.lexicon import generic_bodies, roles

if TYPE_CHECKING:
    from spacy.tokens import Token

# How many a counted description stands for: "both men", "the two leaders", "the three countries".
COUNTS = {"both": 2, "two": 2, "three": 3}
# The nouns that count people beyond the role nouns ("both candidates"), and the kind of actor the
# others count ("the two nations", "both companies").
CONTENDERS = frozenset({"candidate", "nominee", "contender", "rival"})
COUNTED_KINDS = {"country": "country", "nation": "country", "company": "organisation", "firm": "organisation"}


def counted_before(
    group: Token,
    actor_at: Mapping[int, str],
    by_kind: Mapping[str, set[str]],
    sentence_start: Callable[[int, int], int],
) -> tuple[str, ...]:
    """Whom a counted description stands for: "both men" and "the two leaders" are the two people
    (of ``by_kind``, the actors of each kind) named before it in its sentence, else in the one
    before (``sentence_start(i, back)``); "the two countries" two countries. A pronoun counts no
    one twice; with more of that kind named there, it may mean any of them, so nobody."""
    if group.tag_ != "NNS":
        return ()  # most holders: asked first, as the cheapest test
    count = next((COUNTS[c.lower_] for c in group.children if c.lower_ in COUNTS and c.i < group.i), None)
    kind = _counted_kind(group.lemma_.lower())
    # "the two witnesses, Lee and Kim": named where they are counted (the names in apposition, or
    # joined to the count by the parse)
    names = any(c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "PROPN") for c in group.children)
    if count is None or kind is None or names:
        return ()
    doc, of_kind = group.doc, by_kind[kind]
    for back in (0, 1):
        named = dict.fromkeys(
            a
            for i in range(sentence_start(group.i, back), group.left_edge.i)
            if (a := actor_at.get(i)) in of_kind and doc[i].pos_ != "PRON"
        )
        if len(named) >= count:
            return tuple(named) if len(named) == count else ()
    return ()


def _counted_kind(lemma: str) -> str | None:
    """The kind of actor a counted noun counts: people for a person's role ("the two senators"; not
    a body's, "the two governments"), countries for "nation", organisations for "firm"."""
    if lemma in COUNTED_KINDS:
        return COUNTED_KINDS[lemma]
    return "person" if lemma in CONTENDERS or (lemma in roles() and lemma not in generic_bodies()) else None
