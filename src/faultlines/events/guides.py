"""Pages that address their reader: a guide, a review, a shopping list or advice ("you should
...", "your savings"). What such a page tells its reader to do, and what it says products and firms
do, are no acts between actors (the annotation rules: advice, product claims and market reports are
no events); there, as on a page about play, only what the state does is still an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.quotes.quoted import quoted

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.model import Analysis

# Words of the second person, said to the reader.
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# At least this many, at this rate per thousand words, outside quotations: a news page that quotes
# someone speaking to "you", or asks the reader once, stays below (eight per thousand at most on the
# political dev pages that are not guides).
MIN_WORDS = 10
PER_THOUSAND = 10


def addresses_reader(analysis: Analysis, doc: Doc) -> bool:
    """Whether the page speaks to its reader, in its own voice, often and densely."""
    words = views.word_count(doc)
    said = [i for i, low in enumerate(views.columns(doc).lower) if low in SECOND_PERSON]
    if len(said) < MIN_WORDS or len(said) * 1000 < PER_THOUSAND * words:
        return False  # most pages: no quotation is looked up
    own = [i for i in said if not quoted(analysis, doc[i].idx)]
    return len(own) >= MIN_WORDS and len(own) * 1000 >= PER_THOUSAND * words
