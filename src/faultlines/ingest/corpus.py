"""Corpus inputs as tasks: files and folders (recursive) of text, HTML, JSONL (plain, ``.gz``, ``.zst``)
and WARC, each document a small picklable Task that a worker turns into an Article.

The id of every document is known before its expensive part (HTML extraction) is done, so a resumed run
skips what it already has for the price of reading it. Ids: a JSONL record's ``id`` (else
``path:line``), a file's path relative to the folder given (as given, for a file named directly), a
WARC record's target URI.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from faultlines.errors import EmptyText, FaultlinesError, InputError, Messages
from faultlines.ingest import compressed, folder, html, jsonl, load, warc
from faultlines.model import Article

Kind = Literal["file", "record", "page", "ready"]


@dataclass(frozen=True, slots=True)
class Task:
    """One document to analyse: its id and what the worker needs to make its Article."""

    id: str
    kind: Kind
    payload: Any  # a file path, a parsed JSONL record, a page's HTML bytes, or a finished Article
    url: str | None = None


def tasks(inputs: Iterable[str]) -> Iterator[Task]:
    """Every document of the inputs, in input order (folders in sorted path order)."""
    for source in inputs:
        if Path(source).is_dir():
            for path, doc_id in folder.files(source):
                yield from _file_tasks(path, doc_id)
        else:
            yield from _file_tasks(source, source)


def count(inputs: Iterable[str]) -> int:
    """About how many documents the inputs hold, for a progress bar: a JSONL file's non-blank lines
    (not parsed), a WARC archive's pages, any other file one."""
    total = 0
    for source in inputs:
        paths = [path for path, _ in folder.files(source)] if Path(source).is_dir() else [source]
        total += sum(_count_file(path) for path in paths)
    return total


def _count_file(path: str) -> int:
    if warc.is_warc(path):
        return sum(1 for _ in _warc_tasks(path, path))
    if compressed.inner_suffix(path) != ".jsonl":
        return 1
    try:
        return max(1, sum(1 for line in compressed.lines(path) if line.strip()))
    except (OSError, FaultlinesError):  # the run records it as one error document
        return 1


def article(task: Task) -> Article:
    """The task's Article (reading or extracting it now); a bad document carries its errors."""
    if task.kind == "ready":
        return task.payload
    if task.kind == "record":
        return jsonl.from_record(task.payload, task.id)
    if task.kind == "page":
        return html.extract(task.payload, task.id, url=task.url)
    found = next(load(task.payload))
    found.id = task.id
    return found


def _file_tasks(path: str, doc_id: str) -> Iterator[Task]:
    if warc.is_warc(path):
        yield from _warc_tasks(path, doc_id)
    elif compressed.inner_suffix(path) == ".jsonl":
        yield from _jsonl_tasks(path, doc_id)
    else:
        yield Task(doc_id, "file", path)


def _warc_tasks(path: str, doc_id: str) -> Iterator[Task]:
    """The archive's pages; a broken archive ends with an error record named as its file is."""
    try:
        for uri, body in warc.responses(path):
            yield Task(uri, "page", body, url=uri)
    except InputError as exc:
        yield _failed(doc_id, exc)


def _jsonl_tasks(path: str, source: str) -> Iterator[Task]:
    """One task per non-blank line; a bad line is a finished Article carrying its error."""
    empty = True
    try:
        for number, line in enumerate(compressed.lines(path), start=1):
            if not line.strip():
                continue
            empty = False
            yield _record_task(line, number, source)
    except OSError as exc:
        yield _failed(source, InputError(Messages.UNREADABLE.format(path=path, reason=exc.strerror or exc)))
    except FaultlinesError as exc:
        yield _failed(source, exc)
    else:
        if empty:
            yield _failed(source, EmptyText(Messages.NO_RECORDS.format(path=source)))


def _record_task(line: bytes, number: int, source: str) -> Task:
    fallback = f"{source}:{number}"
    try:
        record = jsonl.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):  # jsonl.py words the error as `analyze` does
        bad = jsonl.parse_line(line, number, source)
        return Task(bad.id, "ready", bad)
    return Task(jsonl.record_id(record, fallback), "record", record)


def _failed(doc_id: str, exc: FaultlinesError) -> Task:
    return Task(doc_id, "ready", Article(id=doc_id, text="", errors=[exc.entry()]))
