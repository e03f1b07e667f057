"""Speaker labels: a paragraph that opens with a name and a colon gives that name's words.

Transcripts ("PENCE: Well, the question …") and headlines ("Sanders: Clinton needs to …") put
the speaker before a colon with no verb. A label counts only when its words name a person or
organisation elsewhere in the article, which keeps out "Correction:", "Editor's note:" and
"The Latest:".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines import nlp
from faultlines.quotes.found import Found, Tokens, trim
from faultlines.quotes.marks import Marked

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

# An optional opening mark, one to three capitalised words, a colon, then the words on the line.
LABEL = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}):[ \t]+(\S[^\n]*)$", re.M)
NAMED = {"PERSON", "ORG", "NORP", "GPE"}
MIN_WORDS = 3


def speaker_labels(text: str, tokens: Tokens, marks: Sequence[Marked]) -> list[Found]:
    """Quotes whose source is a paragraph's name label."""
    names = _entity_words(tokens.doc)
    found = []
    for match in LABEL.finditer(text):
        label = match.group(1)
        if not set(label.lower().split()) <= names:
            continue
        start, end = trim(text, match.start(2), match.end(2))
        if len(text[start:end].split()) < MIN_WORDS or _one_quote(marks, start, end):
            continue  # a quoted headline is the headline rule's
        found.append(
            Found(
                contents=[(start, end)],
                kind="direct",
                rule="label",
                sources=[(match.start(1), match.end(1))],
                marks=[k for k, m in enumerate(marks) if start <= m.start and m.end <= end],
            )
        )
    return found


def _entity_words(doc: Doc) -> set[str]:
    return {t.lower_ for ent in nlp.ents(doc) if ent.label_ in NAMED for t in ent}


def _one_quote(marks: Sequence[Marked], start: int, end: int) -> bool:
    """The content is a single quoted stretch, marks and all."""
    return any(m.open == start and end <= m.close + 1 for m in marks)
