"""Per-Doc scans the event patterns start from, computed once on the token columns: each token's
depth in its tree, and whether it may be an act at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events.lexicon import verb_lemma
from faultlines.nlp import DocCache, columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.events.lexicon import Lexicon

# Types a noun may name on its own, with a doer in its phrase ("Israeli shelling").
NOMINAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "CONSULT", "SANCTION"})
# Per-Doc caches: every token's depth, and whether it may be an act.
DEPTHS = DocCache[list[int]]("events.depths")
MAY_ACT = DocCache[list[bool]]("events.may_act")


def depth(tok: Token) -> int:
    return depths(tok.doc)[tok.i]


def depths(doc: Doc) -> list[int]:
    """Every token's depth in its tree, computed once per Doc on plain head indexes."""
    return DEPTHS.get(doc, lambda: _depths(doc))


def _depths(doc: Doc) -> list[int]:
    from spacy.attrs import HEAD

    # relative head offsets come back as uint64: negative ones wrap until cast back
    offsets = doc.to_array(HEAD).astype("int64").tolist()
    return tree_depths([i + offset for i, offset in enumerate(offsets)])


def tree_depths(heads: list[int]) -> list[int]:
    """The depth of every node of a forest given by head indexes (a root is its own head), in time
    linear in its size: a climb stops at the first node whose depth is known, so a long chain is walked
    once rather than once per node. A walk is bounded by the forest's size: a head cycle in a malformed
    tree must not hang the run."""
    found = [-1] * len(heads)
    for start in range(len(heads)):
        path, i = [], start
        while found[i] < 0 and heads[i] != i and len(path) < len(heads):
            path.append(i)
            i = heads[i]
        found[i] = max(found[i], 0)
        for depth, node in enumerate(reversed(path), start=found[i] + 1):
            found[node] = depth
    return found


def may_act(doc: Doc, lex: Lexicon) -> list[bool]:
    """Per token, whether ``_verbal`` or ``_nominal`` could find an act on it, from the token columns:
    a verb needs a lexicon lemma or a clause that may be a demand, a noun must end a nominal act's
    name. Most words are neither and never become Tokens."""
    return MAY_ACT.get(doc, lambda: _may_act(doc, lex))


def _may_act(doc: Doc, lex: Lexicon) -> list[bool]:
    nouns = {key.rsplit(" ", 1)[-1] for key, code in lex.noun.items() if code and code.type in NOMINAL_TYPES}
    cols = columns(doc)
    return [
        _may_be_act(pos, dep, verb_lemma(lemma, text, lex), lex.verbs, nouns)
        for pos, dep, lemma, text in zip(cols.pos, cols.dep, cols.lemma, cols.text, strict=True)
    ]


def _may_be_act(pos: str, dep: str, lemma: str, verbs: frozenset[str], nouns: set[str]) -> bool:
    if " " in lemma:
        return True  # lexicon keys are split on spaces: such a lemma is not ruled out
    if pos in ("VERB", "AUX", "ADJ"):
        return lemma in verbs or dep == "ccomp"  # "said they must withdraw": a demand (_demanded)
    return pos in ("NOUN", "PROPN") and lemma in nouns
