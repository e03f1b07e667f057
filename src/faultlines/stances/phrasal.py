"""Which multiword phrase of the stance lexicon a verb spells with its particles and objects:
"took aim at X", "poured cold water on X", "pushed back hard against X", whatever tree the parse hangs
the phrase's words on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses
from faultlines.views import columns, lemmas, positions

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator

    from spacy.tokens import Doc, Token

# Prepositions of a phrase whose object, with the verb's own object, names a way taken: "through".
ROUTE = frozenset({"through"})


def match_phrase(
    verb: Token, phrases: Collection[tuple[str, ...]]
) -> tuple[tuple[str, ...], Token | None] | None:
    """The longest phrase of ``phrases`` that ``verb`` and its particles spell, with its object. Of
    two as long, the one whose last word comes first: "pushed back against X on Monday" is against X."""
    best, best_end = None, 0
    for words in by_verb(phrases).get(verb.lemma_.lower(), ()):
        if best is not None and len(words) < len(best[0]):
            continue
        parts = _parts(verb, words[1:])
        if parts is None:
            continue
        end = parts[-1].i if parts else verb.i
        if best is not None and len(words) == len(best[0]) and end >= best_end:
            continue
        obj = (
            clauses.child(parts[-1], ("pobj", "pcomp")) if parts and _brings_object(verb, parts[-1]) else None
        )
        if obj is not None and parts[-1].lower_ in ROUTE and clauses.child(verb, ("dobj",)) is not None:
            obj = None  # "pushed the bill through the Senate": the Senate is the way, the bill what is pushed
        best, best_end = (words, obj or clauses.child(verb, ("dobj",)) or shared_object(verb)), end
    return best


# The relations by which a phrase's last word brings in its object ("gave the green light to X" is
# a dative).
PREPOSITIONS = frozenset({"prep", "dative"})


def _brings_object(verb: Token, word: Token) -> bool:
    """Whether a phrase's last word brings in its object: a preposition, or the "by" of an active
    perfect that the parse reads as a passive's agent ("has long stood by X"; not the "by" of a
    verb hung on the wrong clause)."""
    if word.dep_ in PREPOSITIONS:
        return True
    return word.dep_ == "agent" and clauses.perfect(verb)


def _parts(verb: Token, words: tuple[str, ...]) -> list[Token] | None:
    """The tokens spelling ``words`` after ``verb``, in the phrase's order: each hangs on the verb, on
    its adverb ("back" on "hard" in "pushed back hard on X") or on another word of the phrase ("at"
    on the object of "took aim at X", "cold" on that of "poured cold water on X"). None comes before
    the verb: the "to" of "vowed to sign off on X" is no "sign on to"."""
    if not words:
        return []
    # read on the tree's indexes and the lower-case column: only the words found become Tokens
    doc, v = verb.doc, verb.i
    tree, lower = syntax.tree(doc), columns(doc).lower
    # every part is a word under the verb after it: most phrases tried miss a word there, and end here
    if not set(words).issubset(lower[v + 1 : verb.right_edge.i + 1]):
        return None
    found: dict[int, int] = {}
    adverbs = [c for c in tree.children(v) if tree.dep[c] == "advmod"]
    while len(found) < len(words):
        holders = (v, *adverbs, *found.values())
        taken = {v, *found.values()}
        added = False
        for k, w in enumerate(words):
            if k in found:
                continue
            part = next(
                (c for h in holders for c in tree.children(h) if lower[c] == w and c > v and c not in taken),
                None,
            )
            if part is not None:
                found[k] = part
                taken.add(part)
                added = True
        if not added:
            return None
    return [doc[found[k]] for k in range(len(words))]


# The phrases of each lexicon section by their verb, in the section's own order (a full tie between
# two phrases goes to the first): each verb then tries its own few phrases, not all of them.
_BY_VERB: dict[int, tuple[Collection[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]] = {}
# More than the lexicon has sections: a caller passing a collection made afresh (a ``.keys()`` view)
# then costs a rebuild per call, never memory that grows with a run.
SECTIONS_KEPT = 16


def by_verb(phrases: Collection[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases of a lexicon section (``lex.attitude``, ``lex.carrier``) by their first word."""
    kept = _BY_VERB.get(id(phrases))
    if kept is None or kept[0] is not phrases:  # the section itself is kept: its id stays its own
        index: dict[str, list[tuple[str, ...]]] = {}
        for words in phrases:
            index.setdefault(words[0], []).append(words)
        if len(_BY_VERB) >= SECTIONS_KEPT:
            _BY_VERB.clear()
        kept = _BY_VERB[id(phrases)] = (phrases, index)
    return kept[1]


def verbs_spelling(
    doc: Doc, phrases: Collection[tuple[str, ...]]
) -> Iterator[tuple[Token, tuple[tuple[str, ...], Token | None]]]:
    """Each verb of ``doc`` that spells a phrase of ``phrases``, with ``match_phrase``'s match, in
    text order: the loop of the finders that read one lexicon section."""
    lowered, starts = lemmas(doc), by_verb(phrases)
    for i in positions(doc).get("VERB", ()):
        if lowered[i] in starts and (match := match_phrase(doc[i], phrases)) is not None:
            yield doc[i], match


# Dependents that leave a verb waiting for the object of the verb joined to it: "build, and then
# run, the mine"; any other after it ("fought through the flu and called it ...") completes it.
_OPEN = frozenset({"cc", "conj", "punct", "advmod", "prt", "preconj"})


def shared_object(verb: Token) -> Token | None:
    """The object of "build and run the mine", for "build"; none for a verb completed before its
    "and" ("battled through the flu and called it mild" battles nothing "it" names)."""
    if any(c.dep_ not in _OPEN for c in verb.rights):
        return None
    return next((o for c in verb.children if c.dep_ == "conj" for o in c.children if o.dep_ == "dobj"), None)
