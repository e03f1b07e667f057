"""The form of a question, read off the parse: a sentence that only asks yes or no, a clause put as
a question by its auxiliary, the clauses a question mark closes.

Stances and events both weigh what is only asked, not stated; each keeps its own policy on top
(which questions still take a side, which words are acts). Nothing here knows a lexicon or a stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Tokens that may open a question before its first word: conjunctions, "so", "well".
OPENERS = frozenset({"but", "and", "so", "or", "then", "well"})
WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def yes_no(sent: Span) -> bool:
    """Whether a sentence only asks a yes-no question: "Has she backed the levy?", "Would you call
    the plan bad?", "So they are going to scrap it?". A question that asserts by its form does
    not only ask: a negated one ("Isn't the levy a disgrace?") and a wh-question ("Why won't he
    release it?", a reproach)."""
    cols = columns(sent.doc)
    # most sentences hold no question mark: one scan in C before any Token is made
    if "?" not in cols.text[sent.start : sent.end] or not ends_asking(sent):
        return False
    words = [i for i in range(sent.start, sent.end) if not cols.punct[i] and not cols.space[i]]
    if not words:
        return False
    first = next((i for i in words if cols.lower[i] not in OPENERS), words[0])
    if cols.tag[first] in WH_TAGS:
        return False
    return not any(cols.dep[i] == "neg" for i in words)


def ends_asking(sent: Span) -> bool:
    """Whether the sentence's last mark, quote marks aside, is a question mark."""
    for t in reversed(sent):
        if t.is_quote or t.is_space or t.text in ("’", "”", "'", '"', ")"):
            continue
        return t.text == "?"
    return False


def inverted(clause: Token) -> bool:
    """Whether a clause is put as a question by an auxiliary before its subject and closed by its own
    question mark: "has he backed the levy?", "is the levy fair?", and before a cue after it,
    '"Will she sign it?" Lee asked'. A negation does not unmake it: "isn't it a disgrace?"."""
    if clause.dep_ in ("relcl", "acl"):
        return False
    subject = syntax.dependent(clause, SUBJECTS)
    if subject is None:
        return False
    found = syntax.tree(clause.doc)
    own = clause.pos_ == "AUX" and clause.i < subject.i  # "is the levy fair?": the auxiliary heads it
    if not own and not any(
        found.dep[c] in ("aux", "auxpass") and c < subject.i for c in found.children(clause.i)
    ):
        return False
    return "?" in columns(clause.doc).text[clause.i : clause.right_edge.i + 2]


def closed(sent: Span) -> set[int]:
    """Token indexes of the clauses a question mark closes: "Do you agree?", "Who is to blame?"."""
    doc = sent.doc
    text = columns(doc).text
    out: set[int] = set()
    if "?" not in text[sent.start : sent.end]:  # most sentences ask nothing: one scan in C
        return out
    for i in range(sent.start, sent.end):
        if text[i] == "?":
            out.update(syntax.subtree(doc[i].head))
    return out
