"""Standard input to Articles: JSONL when every non-blank line is a JSON object, else one HTML page
when it starts as one, else one plain text; gzipped input is read through."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from faultlines.errors import FaultlinesError
from faultlines.ingest import compressed, html, jsonl, text
from faultlines.ingest.decode import decode
from faultlines.model import Article

# The id of the text read from stdin, and the prefix of its JSONL records' fallback ids.
SOURCE = "stdin"


def read(stream: BinaryIO | None = None) -> Iterator[Article]:
    """Read all of ``stream`` (default: stdin) and yield its records, or one Article of its text."""
    data = (stream or sys.stdin.buffer).read()
    try:
        if compressed.is_gzip(data):
            data = compressed.gunzip(data, SOURCE)
        content = decode(data, SOURCE)
    except FaultlinesError as exc:
        yield Article(id=SOURCE, text="", errors=[exc.entry()])
        return
    records = _records(content)
    if records is None:
        yield html.extract(content, SOURCE) if html.looks_like_html(content) else text.of(content, SOURCE)
        return
    for number, record in records:
        yield jsonl.from_record(record, f"{SOURCE}:{number}")


def _records(content: str) -> list[tuple[int, dict]] | None:
    """(line number, object) for every non-blank line, or None if any line is not a JSON object."""
    records = []
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = jsonl.loads(line)
        except ValueError:
            return None
        if not isinstance(record, dict):
            return None
        records.append((number, record))
    return records or None
