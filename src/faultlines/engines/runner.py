"""A corpus run, whatever the engine: inputs -> tasks not yet stored -> engine -> store, in batches.

Resume is by document id. A document is in ``documents`` (with its errors, if any) once its batch has
committed; a run skips every id already there and every id it has already sent, so a run killed at
any moment and started again with the same command ends with every document exactly once, and a
second run over the same inputs adds nothing. The driver holds no list of the stored ids: it asks the
store about the inputs a slice at a time, and remembers only the ids sent and not yet committed, so
its memory stays flat on a store of any size.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from faultlines.engines import work
from faultlines.ingest.corpus import Task, count, tasks
from faultlines.store import Store

# A batch commits after this many documents or seconds, whichever comes first.
COMMIT_DOCS = 64
COMMIT_SECONDS = 10.0
# Input documents looked up in the store in one query. Each query scans the stored ids (DuckDB uses no
# index for a list of keys), so fewer, larger lookups cost the driver less CPU; the slice's tasks are
# held meanwhile (a few MB of text, more for WARC pages).
LOOKUP = 1024

Engine = Callable[[Iterable[Task], work.Settings, int], Iterator[work.Result]]


@dataclass(slots=True)
class Stats:
    """What a run did: documents stored (of them with errors), words analysed, ids skipped; ``total``
    is the documents to do, estimated while the run goes, exact at its end."""

    total: int = 0
    documents: int = 0
    errors: int = 0
    words: int = 0
    skipped: int = 0
    seconds: float = 0.0
    codes: dict[str, int] = field(default_factory=dict)


def todo(
    inputs: list[str],
    stored: Callable[[list[str]], set[str]],
    limit: int | None,
    sent: set[str],
    stats: Stats | None = None,
) -> Iterator[Task]:
    """The first ``limit`` documents of the inputs (in input order), less those stored or already sent.

    ``stored(ids)`` says which of ``ids`` the store holds; ``sent`` gets the id of every task given
    out, and the caller discards an id from it once its document is committed, so that every id
    given out is always in one or the other."""
    it = islice(tasks(inputs), limit)
    while chunk := list(islice(it, LOOKUP)):
        ids = [task.id for task in chunk]
        # ``sent`` before the store: an id committed (and discarded) in between is then found stored.
        skip = {doc_id for doc_id in ids if doc_id in sent}
        skip |= stored([doc_id for doc_id in ids if doc_id not in skip])
        for task in chunk:
            if task.id in skip:
                if stats is not None:
                    stats.skipped += 1
                continue
            skip.add(task.id)  # the id again later in this slice
            sent.add(task.id)
            yield task


def run(
    inputs: list[str],
    store: Store,
    engine: Engine,
    *,
    settings: work.Settings,
    workers: int,
    limit: int | None = None,
    commit_docs: int = COMMIT_DOCS,
    progress: Callable[[Stats], None] | None = None,
) -> Stats:
    """Analyse every document of ``inputs`` not yet in ``store``; ``progress(stats)`` after each one."""
    stats = Stats()
    sent: set[str] = set()
    already = store.count("documents")
    pending = todo(inputs, store.stored, limit, sent, stats)
    first = next(pending, None)
    if first is None:  # nothing new: start no engine (a Ray takes seconds to start)
        return stats
    started = last_commit = time.perf_counter()
    # The engine starts its workers now; they load the model while the inputs are counted (their
    # lines, not parsed: the estimate is off by the repeated ids and the stored ids not in the inputs).
    results = engine(chain([first], pending), settings, workers)
    stats.total = max(1, min(count(inputs), limit or sys.maxsize) - already)
    batch: list[work.Result] = []
    for result in results:
        batch.append(result)
        _count(stats, result)
        if progress is not None:
            progress(stats)
        if len(batch) >= commit_docs or time.perf_counter() - last_commit >= COMMIT_SECONDS:
            _commit(store, batch, sent)
            batch, last_commit = [], time.perf_counter()
    if batch:
        _commit(store, batch, sent)
    stats.total = stats.documents
    stats.seconds = time.perf_counter() - started
    return stats


def _commit(store: Store, batch: list[work.Result], sent: set[str]) -> None:
    store.write(r.rows for r in batch)
    sent.difference_update(r.id for r in batch)


def _count(stats: Stats, result: work.Result) -> None:
    stats.documents += 1
    stats.total = max(stats.total, stats.documents)
    stats.words += result.words
    stats.errors += bool(result.errors)
    for _, code, _ in result.rows["errors"]:
        stats.codes[code] = stats.codes.get(code, 0) + 1


def finish(store: Store, parquet: Path | None) -> int:
    """After a run: merge disputes across the corpus, export Parquet when asked; returns histories."""
    from faultlines.store.export import write_parquet
    from faultlines.store.histories import rebuild

    histories = rebuild(store)
    if parquet is not None:
        write_parquet(store, parquet)
    return histories
