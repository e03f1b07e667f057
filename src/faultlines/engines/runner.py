"""A corpus run, whatever the engine: inputs -> tasks not yet stored -> engine -> store, in batches.

Resume is by document id. A document is in ``documents`` (with its errors, if any) once its batch has
committed; a run skips every id already there and every id it has already sent, so a run killed at
any moment and started again with the same command ends with every document exactly once, and a
second run over the same inputs adds nothing.
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


def todo(inputs: list[str], done: set[str], limit: int | None, stats: Stats | None = None) -> Iterator[Task]:
    """The first ``limit`` documents of the inputs (in input order), less those stored or already seen.

    The ids are the driver's only memory that grows with the corpus: about 90 bytes an id (170 for a
    URL), once each (the stored ids are not copied into the ids seen), so 0.1 to 0.2 GB on a run of a
    million documents."""
    seen: set[str] = set()
    for task in islice(tasks(inputs), limit):
        if task.id in done or task.id in seen:
            if stats is not None:
                stats.skipped += 1
            continue
        seen.add(task.id)
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
    done = store.done()
    stats = Stats()
    pending = todo(inputs, done, limit, stats)
    first = next(pending, None)
    if first is None:  # nothing new: start no engine (a Ray takes seconds to start)
        return stats
    started = last_commit = time.perf_counter()
    # The engine starts its workers now; they load the model while the inputs are counted (their
    # lines, not parsed: the estimate is off by the repeated ids and the stored ids not in the inputs).
    results = engine(chain([first], pending), settings, workers)
    stats.total = max(1, min(count(inputs), limit or sys.maxsize) - len(done))
    batch: list[work.Result] = []
    for result in results:
        batch.append(result)
        _count(stats, result)
        if progress is not None:
            progress(stats)
        if len(batch) >= commit_docs or time.perf_counter() - last_commit >= COMMIT_SECONDS:
            store.write(r.rows for r in batch)
            batch, last_commit = [], time.perf_counter()
    if batch:
        store.write(r.rows for r in batch)
    stats.total = stats.documents
    stats.seconds = time.perf_counter() - started
    return stats


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
