"""JSONL to Articles: one record per line, ``id`` plus ``text`` or ``html``, other fields ignored.

A bad line (not JSON, not an object, no usable text) still gives one Article, carrying the error,
so the output lines up with the input line for line and one bad record never stops the rest.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from faultlines.errors import EmptyText, InputError, InvalidRecord, Messages, MissingText
from faultlines.ingest import compressed, html
from faultlines.ingest.decode import without_surrogates
from faultlines.model import Article

METADATA = ("title", "url", "outlet", "published", "author")
# A JSON escape of a UTF-16 surrogate: a pair decodes to one character, a lone one stays a surrogate.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
SURROGATE_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")


def read(path: str) -> Iterator[Article]:
    """Stream the records of a JSONL file (plain, gzip or zstd); a record without an id is called
    ``<path>:<line>``. A file that breaks off (unreadable, corrupt gzip) ends with one error record."""
    try:
        yield from parse(compressed.lines(path), path)
    except OSError as exc:
        yield Article(
            id=path,
            text="",
            errors=[InputError(Messages.UNREADABLE.format(path=path, reason=exc.strerror or exc)).entry()],
        )
    except InputError as exc:
        yield Article(id=path, text="", errors=[exc.entry()])


def parse(lines: Iterable[bytes | str], source: str) -> Iterator[Article]:
    """Parse JSONL lines (split on newlines only: JSON strings may hold other line separators)."""
    empty = True
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        empty = False
        yield parse_line(line, number, source)
    if empty:
        yield Article(id=source, text="", errors=[EmptyText(Messages.NO_RECORDS.format(path=source)).entry()])


def from_record(record: dict[str, Any], fallback_id: str) -> Article:
    """One record (already parsed) to an Article: ``text`` as given, or ``html`` run through extraction."""
    doc_id = record_id(record, fallback_id)
    metadata = {key: value for key in METADATA if isinstance(value := record.get(key), str) and value}
    text, markup = record.get("text"), record.get("html")
    if isinstance(text, str):
        errors = [] if text.strip() else [EmptyText(Messages.NO_TEXT.format(doc_id=doc_id)).entry()]
        return Article(id=doc_id, text=text, errors=errors, **metadata)
    if text is None and isinstance(markup, str):
        article = html.extract(markup, doc_id, url=metadata.get("url"))
        for key, value in metadata.items():  # what the record states beats what the page suggests
            setattr(article, key, value)
        return article
    found = f"'text' is {_json_type(text)}" if text is not None else "no 'text' or 'html' string"
    return Article(
        id=doc_id,
        text="",
        errors=[MissingText(Messages.NO_TEXT_FIELD.format(doc_id=doc_id, found=found)).entry()],
        **metadata,
    )


def parse_line(line: bytes | str, number: int, source: str) -> Article:
    """One JSONL line as an Article, or an Article carrying its E101/E102 error."""
    fallback_id = f"{source}:{number}"
    try:
        record = loads(line)
    except ValueError as exc:  # bad JSON, and bytes that are not UTF-8
        return _invalid(fallback_id, Messages.NOT_JSON.format(error=exc))
    if not isinstance(record, dict):
        return _invalid(fallback_id, Messages.NOT_AN_OBJECT.format(found=_json_type(record)))
    return from_record(record, fallback_id)


def loads(line: bytes | str) -> Any:
    """``json.loads``, with nesting too deep for Python's decoder (``[[[[…``, which raises
    RecursionError) reported as the ValueError of any other bad JSON, and a lone surrogate escape
    (``"\\ud800"``, which no encoder accepts) in a record's fields read as U+FFFD, one character for
    one, so offsets stay."""
    try:
        value = json.loads(line)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    escapes = SURROGATE_ESCAPE if isinstance(line, str) else SURROGATE_ESCAPE_BYTES
    if isinstance(value, dict) and escapes.search(line):
        value = {k: without_surrogates(v) if isinstance(v, str) else v for k, v in value.items()}
    return value


def record_id(record: dict[str, Any], fallback_id: str) -> str:
    """The record's own string id, else ``fallback_id`` (``path:line``)."""
    doc_id = record.get("id")
    if isinstance(doc_id, str) and doc_id.strip():
        return doc_id
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        return str(doc_id)
    return fallback_id


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "an array"}
    return "an object" if isinstance(value, dict) else names.get(type(value), "null")


def _invalid(doc_id: str, why: str) -> Article:
    return Article(
        id=doc_id,
        text="",
        errors=[InvalidRecord(Messages.INVALID_RECORD.format(doc_id=doc_id, reason=why)).entry()],
    )
