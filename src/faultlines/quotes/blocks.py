"""Block quotes: a paragraph that ends in a cue and a colon gives the next paragraph, unquoted.

"The governor added:" followed by a paragraph of his words is how pages print a block quote once
its indentation is gone. Only a cue verb right before the colon counts ("He added:", "Lind wrote:"),
and only one paragraph follows: what comes after it is the writer's again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines.quotes.cues import cue_bounds, cue_kind
from faultlines.quotes.found import Found, Tokens, trim
from faultlines.quotes.marks import QUOTE_MARKS
from faultlines.quotes.sources import phrase_span, source_heads, subject_of

if TYPE_CHECKING:
    from collections.abc import Iterable

# A paragraph ending in a colon, then a blank line and the next paragraph.
LEAD_IN = re.compile(r":[ \t\xa0]*\n\s*\n(?=(\S[^\n]*))")
MIN_WORDS = 4


def block_quotes(text: str, tokens: Tokens, taken: Iterable[tuple[int, int]]) -> list[Found]:
    """Quotes whose content is the unquoted paragraph after "<source> <cue>:"."""
    taken = list(taken)
    found = []
    for match in LEAD_IN.finditer(text):
        start = match.start(1)
        if text[start] in QUOTE_MARKS or any(s <= start < e for s, e in taken):
            continue  # a quoted paragraph is the direct rules'
        content = trim(text, start, match.end(1))
        if len(text[content[0] : content[1]].split()) < MIN_WORDS:
            continue
        before = tokens.within(text.rfind("\n", 0, match.start()) + 1, match.start())
        cue = next((t for t in reversed(before) if not (t.is_punct or t.is_space)), None)
        if cue is None or cue_kind(cue) is None or (subject := subject_of(cue)) is None:
            continue
        quote = Found(contents=[content], kind="direct", rule="block", cue=cue_bounds(cue))
        quote.sources = [trim(text, *phrase_span(head)) for head in source_heads(subject)]
        found.append(quote)
    return found
