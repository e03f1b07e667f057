"""A stance word in a yes-no question takes no side: "Has she backed the levy?", "Is it fair to
say the plan was bad?", "So they are going to scrap it?" ask, they do not state.

A question that asserts by its form keeps its side: a negated one ("Isn't the levy a disgrace?")
and a wh-question, whose reproaches ("Why won't he release it?") are read by ``reproaches``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Tokens that may open a question before its first word: conjunctions, quote marks, "so".
OPENERS = frozenset({"but", "and", "so", "or", "then", "well"})
WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})


def asked(tok: Token) -> bool:
    """Whether ``tok`` sits in a sentence that only asks a yes-no question."""
    sent = tok.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or not _ends_asking(sent):
        return False
    first = next((t for t in words if t.lower_ not in OPENERS), words[0])
    if first.tag_ in WH_TAGS:
        return False
    return not any(t.dep_ == "neg" for t in words)


def _ends_asking(sent: Span) -> bool:
    """Whether the sentence's last mark, quote marks aside, is a question mark."""
    for t in reversed(sent):
        if t.is_quote or t.is_space or t.text in ("’", "”", "'", '"', ")"):
            continue
        return t.text == "?"
    return False
