"""The local engine: a pool of worker processes on this machine (default: one per core), each loading
the model once. Batches go out a few at a time, so memory stays bounded however long the input is."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from multiprocessing import get_context

from faultlines.engines import work
from faultlines.ingest.corpus import Task

# Documents per batch sent to a worker: small, so the last batches of a run spread over every worker.
BATCH = 4
# Batches waiting or running per worker: enough to keep each busy, few enough to bound memory.
QUEUED_PER_WORKER = 3


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def analyse(tasks: Iterable[Task], settings: work.Settings, workers: int) -> Iterator[work.Result]:
    """Results of ``tasks`` as workers finish them (not in input order)."""
    # spawn: workers start clean, not as copies of a parent holding a database and a progress thread.
    with ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=work.setup, initargs=(settings,)
    ) as pool:
        pending: set[Future] = set()
        it = iter(tasks)
        while batch := list(islice(it, BATCH)):
            pending.add(pool.submit(work.process, batch))
            if len(pending) >= workers * QUEUED_PER_WORKER:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
