"""Readers that turn sources (text files, HTML, JSONL, URLs, stdin) into Articles.

``load`` yields exactly one Article per file, URL or JSONL record, in input order. A problem with
one document (missing file, binary bytes, no article body, a bad JSONL line) becomes an ``errors``
entry on that document's Article; it never raises and never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from faultlines.errors import InputError, Messages
from faultlines.ingest import compressed, html, jsonl, stdin, text, url, warc
from faultlines.ingest.jsonl import from_record
from faultlines.model import Article

__all__ = ["from_record", "load"]

# File suffix -> reader of the file's bytes; anything else is read as text.
READERS = {".html": html.extract, ".htm": html.extract}


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
    """The file's Articles; its path as given is the id (of the file, or of JSONL lines without one; a
    WARC file's pages are named by their URI). Gzipped files are read through (``page.html.gz`` is HTML)."""
    if warc.is_warc(path):
        yield from warc.pages(path)
        return
    suffix = compressed.inner_suffix(path)
    if suffix == ".jsonl":
        yield from jsonl.read(path)
        return
    try:
        data = Path(path).read_bytes()
        if compressed.is_gzip(data):
            data = compressed.gunzip(data, path)
    except OSError as exc:
        yield Article(
            id=path,
            text="",
            errors=[InputError(Messages.UNREADABLE.format(path=path, reason=exc.strerror or exc)).entry()],
        )
        return
    except InputError as exc:
        yield Article(id=path, text="", errors=[exc.entry()])
        return
    yield READERS.get(suffix, text.from_bytes)(data, path)
