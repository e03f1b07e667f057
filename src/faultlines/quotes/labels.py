"""Speaker labels: a paragraph that opens with a name and a colon gives that name's words.

Transcripts ("PENCE: Well, the question …") and headlines ("Sanders: Clinton needs to …") put
the speaker before a colon with no verb. A label counts only when its words name a person or
organisation elsewhere in the article, which keeps out "Correction:", "Editor's note:" and
"The Latest:".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines import syntax, views
from faultlines.ingest.furniture import PROMPT
from faultlines.quotes.found import Found, Tokens, trim
from faultlines.quotes.marks import Marked

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

# An optional opening mark, one to three capitalised words, a colon, then the words on the line.
LABEL = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}):[ \t]+(\S[^\n]*)$", re.M)
# The opening marks a transcript puts before each paragraph of a turn.
OPENING = '"“'
# A paragraph after a line break and blank lines: its first character, then the rest of its line.
PARAGRAPH = re.compile(r"\n\s*(\S)[^\n]*")
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
        contents = [(start, end)]
        if text[match.start()] in OPENING:
            contents += _turn_goes_on(text, match.end(), names)
        end = contents[-1][1]
        found.append(
            Found(
                contents=contents,
                kind="direct",
                rule="label",
                sources=[(match.start(1), match.end(1))],
                # a mark opening the turn's line or one of its paragraphs is the turn's
                marks=[k for k, m in enumerate(marks) if match.start() <= m.open < end],
            )
        )
    return found


def _turn_goes_on(text: str, offset: int, names: set[str]) -> list[tuple[int, int]]:
    """The paragraphs after a quoted label's line that open with a mark of their own and no label:
    in a transcript each paragraph of a turn opens so, and the speaker's turn goes on to the next
    label."""
    found = []
    for paragraph in PARAGRAPH.finditer(text, offset):
        if paragraph.start() != offset or paragraph.group(1) not in OPENING:
            break
        label = LABEL.match(text, paragraph.start(1))
        if label is not None and set(label.group(1).lower().split()) <= names:
            break
        said = text[paragraph.start(1) + 1 : paragraph.end()]
        if said.startswith("(") or PROMPT.match(said):
            break  # "(CROSSTALK)", "Follow her on Twitter": no more of the turn
        found.append(trim(text, paragraph.start(1) + 1, paragraph.end()))
        offset = paragraph.end()
    return found


def _entity_words(doc: Doc) -> set[str]:
    lower = views.columns(doc).lower
    return {
        lower[i]
        for ent in views.ents(doc)
        if ent.label_ in syntax.ACTOR_ENTITIES
        for i in range(ent.start, ent.end)
    }


def _one_quote(marks: Sequence[Marked], start: int, end: int) -> bool:
    """The content is a single quoted stretch, marks and all."""
    return any(m.open == start and end <= m.close + 1 for m in marks)
