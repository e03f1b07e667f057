"""Plain text to an Article: the decoded input, unchanged, so offsets from other tools line up."""

from __future__ import annotations

from faultlines.errors import EmptyText, FaultlinesError, Messages
from faultlines.ingest.decode import decode
from faultlines.model import Article


def from_bytes(data: bytes, doc_id: str) -> Article:
    """Decode text bytes into an Article; undecodable or empty input gives an error entry instead."""
    try:
        text = decode(data, doc_id)
    except FaultlinesError as exc:
        return Article(id=doc_id, text="", errors=[exc.entry()])
    return of(text, doc_id)


def of(text: str, doc_id: str) -> Article:
    """An Article of already decoded text, flagged EmptyText when there is nothing but whitespace."""
    if not text.strip():
        return Article(
            id=doc_id, text=text, errors=[EmptyText(Messages.NO_TEXT.format(doc_id=doc_id)).entry()]
        )
    return Article(id=doc_id, text=text)
