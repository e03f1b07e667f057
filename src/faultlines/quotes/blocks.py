"""Block quotes: a paragraph that ends in a cue and a colon gives the next paragraph, unquoted.

"The governor added:" followed by a paragraph of his words is how pages print a block quote once
its indentation is gone. Only a cue verb right before the colon counts ("He added:", "Lind wrote:"),
and only one paragraph follows: what comes after it is the writer's again. When the paragraph after
the lead-in is itself a quoted stretch and nothing else (its marks may run on over paragraphs), the
quote is that stretch: no frame of its own attributes it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines.quotes.cues import cue_bounds, cue_kind
from faultlines.quotes.found import Found, Tokens, trim
from faultlines.quotes.marks import QUOTE_MARKS, Marked
from faultlines.quotes.sources import phrase_span, source_heads, subject_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

# A paragraph ending in a colon, then a blank line and the next paragraph.
LEAD_IN = re.compile(r":[ \t\xa0]*\n\s*\n(?=(\S[^\n]*))")
MIN_WORDS = 4


def block_quotes(text: str, tokens: Tokens, marks: Sequence[Marked]) -> list[Found]:
    """Quotes whose content is the paragraph after "<source> <cue>:", unquoted or quoted whole."""
    found = []
    for match in LEAD_IN.finditer(text):
        start = match.start(1)
        k = next((k for k, m in enumerate(marks) if m.open <= start < m.close + 1), None)
        if k is not None:
            if not _whole_paragraph(text, marks[k], start):
                continue  # a quote framed inside its paragraph is the direct rules'
            content, taken = trim(text, marks[k].start, marks[k].end), [k]
        elif text[start] in QUOTE_MARKS:
            continue  # an unclosed mark
        else:
            content, taken = trim(text, start, match.end(1)), []
        if len(text[content[0] : content[1]].split()) < MIN_WORDS:
            continue
        cue = _lead_in_cue(tokens.within(text.rfind("\n", 0, match.start()) + 1, match.start()))
        if cue is None or (subject := subject_of(cue)) is None:
            continue
        quote = Found(contents=[content], kind="direct", rule="block", cue=cue_bounds(cue), marks=taken)
        quote.sources = [trim(text, *phrase_span(head)) for head in source_heads(subject)]
        found.append(quote)
    return found


def _lead_in_cue(before: list[Token]) -> Token | None:
    """The cue verb right before the colon, if the last word there is one."""
    cue = next((t for t in reversed(before) if not (t.is_punct or t.is_space)), None)
    return cue if cue is not None and cue_kind(cue) is not None else None


def _whole_paragraph(text: str, mark: Marked, start: int) -> bool:
    """The stretch opens its paragraph and nothing but its closing punctuation follows it there."""
    end = text.find("\n", mark.close)
    rest = text[mark.close + 1 : len(text) if end < 0 else end]
    return text[start : mark.start].strip(" '‘`\"“") == "" and not any(ch.isalnum() for ch in rest)
