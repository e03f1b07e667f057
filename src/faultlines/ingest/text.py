"""Plain text to an Article: the decoded input, unchanged, so offsets from other tools line up."""

from __future__ import annotations

from pathlib import Path

from faultlines.errors import EmptyText, FaultlinesError, InputError
from faultlines.ingest.decode import decode
from faultlines.model import Article


def read(path: str) -> Article:
    """Read one text file in any common encoding; the file's path as given is the Article id."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Article(id=path, text="", errors=[InputError(f"{path}: {exc.strerror or exc}").entry()])
    return from_bytes(data, path)


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
            id=doc_id, text=text, errors=[EmptyText(f"{doc_id}: the document has no text").entry()]
        )
    return Article(id=doc_id, text=text)
