"""Readers that turn sources (text files, HTML, JSONL, URLs, stdin) into Articles.

``load`` yields exactly one Article per file, URL or JSONL record, in input order. A problem with
one document (missing file, binary bytes, no article body, a bad JSONL line) becomes an ``errors``
entry on that document's Article; it never raises and never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from faultlines.ingest import html, jsonl, stdin, text, url
from faultlines.ingest.jsonl import from_record
from faultlines.model import Article

__all__ = ["from_record", "load"]

READERS = {".html": html.read, ".htm": html.read, ".txt": text.read}


def load(*sources: str | Path, allow_private: bool = False) -> Iterator[Article]:
    """Articles from paths, ``http(s)://`` URLs and ``-`` (stdin), dispatched on the source's kind.

    Unknown extensions are read as text. ``allow_private`` lets URLs reach private and local
    addresses, which are refused by default.
    """
    for source in sources:
        if isinstance(source, Path):
            yield from _read_path(str(source))
        elif source == "-":
            yield from stdin.read()
        elif url.is_url(source):
            yield url.fetch(source, allow_private=allow_private)
        else:
            yield from _read_path(source)


def _read_path(path: str) -> Iterator[Article]:
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        yield from jsonl.read(path)
    else:
        yield READERS.get(suffix, text.read)(path)
