"""Stances taken by echoing the one just stated: "The union called for a ban on X. The guild did so
as well." The guild takes the union's side on X.

Only a narrated echo counts ("did so", "did the same", "followed suit"): "should do so" demands an
action and "was free to do so" allows it; neither repeats a stated side.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines.stances import clauses
from faultlines.stances.expression import Expression
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ECHO_VERBS = frozenset({"do", "follow"})


def find(doc: Doc, exprs: list[Expression]) -> list[Expression]:
    """For each echo with a subject, the latest firm expression before it in its sentence or the
    one before, taken again by that subject."""
    firm = sorted((e for e in exprs if e.polarity), key=lambda e: e.predicate)
    starts = [e.predicate for e in firm]
    found = []
    cols = columns(doc)
    # the lemma first: one set lookup per word, and few words are an echo verb
    for i in [i for i, lemma in enumerate(cols.lemma) if lemma in ECHO_VERBS and cols.tag[i] == "VBD"]:
        tok = doc[i]
        if not _echo(tok) or (subject := clauses.child(tok, ("nsubj",))) is None:
            continue
        k = bisect_left(starts, tok.i) - 1
        if k < 0 or firm[k].predicate < _previous_sentence_start(tok):
            continue
        found.append(replace(firm[k], predicate=tok.i, agent=subject.i, committer=None, owned=False))
    return found


def _echo(verb: Token) -> bool:
    """ "did so", "did the same", "followed suit", as a past narrated act."""
    if verb.tag_ != "VBD" or clauses.negated(verb):
        return False
    lemma = verb.lemma_.lower()
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]  # read as words: "so" may hang on "as well"
    if lemma == "do":
        return after[:1] == ["so"] or after == ["the", "same"]
    return lemma == "follow" and after[:1] == ["suit"]


def _previous_sentence_start(tok: Token) -> int:
    sent = tok.sent
    return tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
