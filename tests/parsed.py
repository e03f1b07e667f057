"""Docs built by hand, for the trees the small model builds only in some articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language

# The columns of a token's line, in order; a line may stop early, and "_" leaves a value out.
COLUMNS = ("words", "heads", "deps", "pos", "tags", "lemmas", "ents")


def parsed(nlp: Language, table: str, spaces: list[bool] | None = None) -> Doc:
    """A Doc from a table of one token a line: word, head index, relation, then its part of speech,
    tag, lemma and entity tag ("B-PERSON") as far as the test needs them. A column is given to the
    Doc only where every line fills it."""
    rows = [line.split() for line in table.strip().splitlines()]
    values = {}
    for n, name in enumerate(COLUMNS):
        column = [row[n] if n < len(row) else "_" for row in rows]
        if "_" not in column:
            values[name] = [int(v) for v in column] if name == "heads" else column
    return Doc(nlp.vocab, spaces=spaces, **values)
