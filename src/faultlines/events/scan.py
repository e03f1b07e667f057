"""Per-Doc scans the event patterns start from, computed once on the token columns: each token's
depth in its tree, and whether it may be an act at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.views import DocCache, columns, lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.events.lexicon import Lexicon

# Types a noun may name on its own, with a doer in its phrase ("Israeli shelling").
NOMINAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "CONSULT", "SANCTION"})
# Types of what one may be under, named by a noun alone: criticism or an inquiry ("is under
# investigation"), fire (force, or criticism when given grounds), arrest (events/undergone.py).
UNDER_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE"})
# The parts of speech a verbal or a nominal act may have.
VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Per-Doc caches: every token's depth, and whether it may be an act.
DEPTHS = DocCache[list[int]]("events.depths")
MAY_ACT = DocCache[list[bool]]("events.may_act")
MAY_JUDGE = DocCache[list[bool]]("events.may_judge")


def depth(tok: Token) -> int:
    return depths(tok.doc)[tok.i]


def depths(doc: Doc) -> list[int]:
    """Every token's depth in its tree, computed once per Doc on plain head indexes."""
    return DEPTHS.get(doc, lambda: _depths(doc))


def _depths(doc: Doc) -> list[int]:
    return tree_depths(syntax.tree(doc).heads)


def tree_depths(heads: list[int]) -> list[int]:
    """The depth of every node of a forest given by head indexes (a root is its own head), by pointer
    jumping on arrays: each round doubles how far every node's pointer reaches and adds the steps it
    covered, so a chain of n nodes takes log n rounds, none of them a Python loop over the nodes. A head
    cycle in a malformed tree ends after the same bounded number of rounds."""
    import numpy as np

    up = np.asarray(heads, dtype=np.int64)
    steps = (up != np.arange(len(up))).astype(np.int64)
    for _ in range(len(heads).bit_length()):
        steps += steps[up]
        up = up[up]
    return steps.tolist()


def may_act(doc: Doc, lex: Lexicon) -> list[bool]:
    """Per token, whether ``_verbal`` or ``_nominal`` could find an act on it, from the token columns:
    a verb needs a lexicon lemma or a clause that may be a demand, a noun must end a nominal act's
    name. Most words are neither and never become Tokens."""
    return MAY_ACT.get(doc, lambda: _may_act(doc, lex))


def _may_act(doc: Doc, lex: Lexicon) -> list[bool]:
    nouns, verbs = _acting_nouns(lex), lex.verbs
    cols = columns(doc)
    heads = syntax.tree(doc).heads
    # clauses a "that" opens, which the parse may hang on the one told: "told teachers that they must"
    opened = {
        heads[i]
        for i, (lower, dep) in enumerate(zip(cols.lower, cols.dep, strict=True))
        if lower == "that" and dep == "mark"
    }
    found = []
    # one loop, no call per word: most words are of no acting part of speech
    for i, (pos, dep, lemma) in enumerate(zip(cols.pos, cols.dep, lemmas(doc), strict=True)):
        if " " in lemma:  # lexicon keys are split on spaces: a lemma with one is not ruled out
            found.append(True)
        elif pos in VERBAL_POS:  # a lexicon verb, or a clause that may be a demand ("said they must
            # go", a quote's own "they must go")
            found.append(
                dep in ("ccomp", "ROOT") or lemma in verbs or (dep in ("relcl", "acl") and i in opened)
            )
        elif pos in NOMINAL_POS:  # the last word of a nominal act's name
            found.append(lemma in nouns)
        else:
            found.append(False)
    return found


def may_judge(doc: Doc, lex: Lexicon) -> list[bool]:
    """Per token, whether it is a judging word or a negation, which a judgement needs in its sentence:
    read once per Doc from the columns, not per sentence."""
    return MAY_JUDGE.get(doc, lambda: _may_judge(doc, lex))


def _may_judge(doc: Doc, lex: Lexicon) -> list[bool]:
    cols = columns(doc)
    return [
        lemma in lex.naming or dep == "neg" or lower == "never"
        for lemma, dep, lower in zip(lemmas(doc), cols.dep, cols.lower, strict=True)
    ]


# The acting nouns of the last lexicon read, kept with it: made once, not for every document.
_acting: tuple[Lexicon, frozenset[str]] | None = None


def _acting_nouns(lex: Lexicon) -> frozenset[str]:
    """The words a nominal act's name ends with ("shelling", "talks"), read once per lexicon."""
    global _acting
    if _acting is None or _acting[0] is not lex:
        nouns = {
            key.rsplit(" ", 1)[-1]
            for key, code in lex.noun.items()
            if code and (code.type in NOMINAL_TYPES or code.type in UNDER_TYPES)
        } | lex.given
        _acting = (lex, frozenset(nouns))
    return _acting[1]
