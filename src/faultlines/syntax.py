"""Reading the dependency parse: the subject of a verb, its passive agent, the phrase a head heads.

These are the parse facts every stage asks; each stage keeps only its own policy on top (how far a
quote's cue climbs for its speaker, which clauses an event's party leaves out). Nothing here knows
a lexicon or a stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.nlp import DocCache, columns

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

# The subjects of an active and a passive clause: "Lind said", "the plan was dropped".
SUBJECTS = ("nsubj", "nsubjpass")
# Dependents that describe a noun rather than name it: appositives ("Eva Lind, a former envoy"),
# relative clauses and participles, and what the parse hangs loosely on it.
DESCRIBING = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis", "dep"})


CHILDREN = DocCache[list[list[int]]]("syntax.children")


def children(doc: Doc) -> list[list[int]]:
    """The indexes of each token's dependents, in text order (``Token.children`` as plain numbers:
    it builds a Token for every dependent, where these asks read the columns of the few they need)."""
    return CHILDREN.get(doc, lambda: _children(doc))


def _children(doc: Doc) -> list[list[int]]:
    from spacy.attrs import HEAD

    # relative head offsets come back as uint64: negative ones wrap until cast back
    offsets = doc.to_array(HEAD).astype("int64").tolist()
    found: list[list[int]] = [[] for _ in offsets]
    for i, offset in enumerate(offsets):
        if offset:
            found[i + offset].append(i)
    return found


def dependent(head: Token, deps: Collection[str]) -> Token | None:
    """The first dependent of ``head`` whose relation is one of ``deps``."""
    doc = head.doc
    dep = columns(doc).dep
    i = next((c for c in children(doc)[head.i] if dep[c] in deps), None)
    return None if i is None else doc[i]


def dependents(head: Token, deps: Collection[str]) -> list[Token]:
    """Every dependent of ``head`` whose relation is one of ``deps``, in text order."""
    doc = head.doc
    dep = columns(doc).dep
    return [doc[c] for c in children(doc)[head.i] if dep[c] in deps]


def subject(verb: Token, deps: Collection[str] = SUBJECTS) -> Token | None:
    """The first dependent of ``verb`` whose relation is one of ``deps``: its own subject only."""
    return dependent(verb, deps)


def agent(verb: Token) -> Token | None:
    """The one a passive names after "by": "union" in "was endorsed by the union"."""
    by = dependent(verb, ("agent",))
    return dependent(by, ("pobj",)) if by is not None else None


def subject_rank(tok: Token) -> int:
    """2 for the subject of a main clause, 1 for a subject of an embedded one, 0 otherwise: in "Brandt
    said he expects Okafor to win", the next "he" is Brandt, not the nearer Okafor."""
    if tok.dep_ not in SUBJECTS:
        return 0
    verb = tok.head
    while verb.dep_ == "conj":
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``, what describes it left out:
    "Eva Lind's government" of "Eva Lind's government, which fell in May"."""
    left, right = head.i, head.i
    for child in head.children:
        if child.dep_ in DESCRIBING or _aside(child):
            continue
        lo, hi = phrase_bounds(child)
        left, right = min(left, lo), max(right, hi - 1)
    return left, right + 1


def _aside(child: Token) -> bool:
    """A phrase the parse hung on a noun that says when or where, not who: "Eva Lind this week
    said", a dateline "OSLO - Ministers said"; not the first half of a hyphenated word ("star-turned")."""
    if child.dep_ != "npadvmod":
        return False
    edge = child.right_edge
    return edge.i + 1 >= len(edge.doc) or edge.nbor(1).text != "-" or bool(edge.whitespace_)
