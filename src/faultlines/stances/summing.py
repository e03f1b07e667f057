"""Summing up: whether a placeholder with nothing named before it ("This is a disgrace") may stand
for what the article is about, by where it stands in or out of a quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes.marks import DOUBLE_CLOSING, DOUBLE_OPENING, GUILLEMETS
from faultlines.stances.acts import LEAD_SENTENCES
from faultlines.stances.antecedents import POINTING
from faultlines.views import sentence_numbers

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses that are what a quote mainly says: the sentence's own, or the one a cue verb governs.
MAIN_CLAUSES = frozenset({"ROOT", "ccomp", "parataxis"})
# Double marks that open and close a quote (single ones are also apostrophes).
OPENING_MARKS = frozenset(DOUBLE_OPENING) | {g for g, role in GUILLEMETS.items() if role == "open"}
CLOSING_MARKS = frozenset(DOUBLE_CLOSING) | {g for g, role in GUILLEMETS.items() if role == "close"}


def sums_up(placeholder: Token) -> bool:
    """Whether a placeholder with no topic named within reach may stand for what the article is
    about: in the narration, any; in a quote, the subject of a main clause ("This is a disgrace"),
    as "it" only where the quote opens with it in the lead (deeper in the story, a speaker's "it" is
    what was told just before); "this" or "that" may also sum up the words the
    speaker just said ("They stalled for months. That is no way to govern"). "It" after the
    speaker's own words stands for something they named, and a placeholder in a clause joined to
    theirs ("..., and this is good") or the object of a feeling ("troubled by that") for what that
    clause is about."""
    if _opening_mark_before(placeholder) is None:
        # the narration's own "it" ("Lee is against it"), in the lead, is the article's topic; deep in
        # the story ("his mother disapproved of the idea") it stands for something told there
        return sentence_numbers(placeholder.doc)[placeholder.i] < LEAD_SENTENCES
    if placeholder.dep_ not in ("nsubj", "nsubjpass") or placeholder.head.dep_ not in MAIN_CLAUSES:
        return False
    lead = sentence_numbers(placeholder.doc)[placeholder.i] < LEAD_SENTENCES
    return placeholder.lower_ in ("this", "that") or (_opens_quote(placeholder) and lead)


def _opens_quote(tok: Token) -> bool:
    """Whether nothing the quote around ``tok`` names or points at comes before it: in "When I say
    all this out loud it sounds insane", "it" is "all this", the speaker's own words."""
    mark = _opening_mark_before(tok)
    return (
        mark is not None
        and not any(
            t.pos_ in ("NOUN", "PROPN")
            or (t.lower_ in POINTING and t.dep_ != "mark")  # "that" opening a clause points at nothing
            for t in tok.doc[mark + 1 : tok.left_edge.i]
        )
    )


def _opening_mark_before(tok: Token) -> int | None:
    """The opening quotation mark of the quote ``tok`` is in, found in its paragraph before it;
    None when the last double mark before it closes a quote, or there is none."""
    doc = tok.doc
    for t in reversed(doc[: tok.left_edge.i]):
        if "\n" in t.text:
            return None
        if t.text in OPENING_MARKS or t.text in CLOSING_MARKS:
            return t.i if t.text in OPENING_MARKS else None
        if t.text == '"':
            # a straight mark opens after a space or at the start, and closes after a word
            return t.i if t.i == 0 or doc[t.i - 1].whitespace_ or doc[t.i - 1].is_space else None
    return None
