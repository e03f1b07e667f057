"""Remarks told just before: "Lee complained about it. Kim mocked the complaint" — the bare
"the complaint" is the remark the verb before it made, and its teller stands by it."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from faultlines.stances.expression import Expression
from faultlines.stances.keys import SAID, key
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.stances.mentions import mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many sentences back a remark's verb may be (as "it" may reach for its topic).
RECALL_SENTENCES = 2
# The [kind] of the nouns naming an accusation ("the allegations").
ACCUSATION = "accusation"


def told_before(doc: Doc, span: tuple[int, int], starts: list[int], sentence) -> Token | None:
    """The verb that said a bare remark ("the complaint", "the claim") just before it
    ("complained", "claimed"), which makes it that remark."""
    since = starts[max(sentence(span[0]) - RECALL_SENTENCES, 0)]
    noun = doc[span[1] - 1].lemma_.lower()
    lex = load_lexicon()
    # "Lee accused Kim of X. Kim denied the allegations": an accusation is told by the charge verbs
    charged = lex.charge if lex.kind.get(noun) == ACCUSATION else frozenset()
    return next(
        (
            t
            for t in reversed(doc[since : span[0]])
            if t.pos_ == "VERB"
            and (
                (len(stem := t.lemma_.lower().rstrip("e")) >= 4 and noun.startswith(stem))
                or t.lemma_.lower() in charged
            )
        ),
        None,
    )


def teller(expr: Expression, doc: Doc, starts: list[int]) -> Token | None:
    """Who made a bare remark said just before it: the subject of "Lee complained about the mic" for
    "Kim mocked the complaint". Lee stands by it, as the maker of a plan or a tweet does.
    ``starts`` are the sentence starts of ``doc``."""
    span = mention(expr, doc)
    if span is None or key(doc[span[0] : span[1]].text) != {SAID}:
        return None
    verb = told_before(doc, span, starts, lambda i: bisect_right(starts, i) - 1)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
