"""The local engine: a pool of worker processes on this machine (default: one per core), each loading
the model once. Batches go out a few at a time, so memory stays bounded however long the input is.

A worker that dies (a crash in native code, killed for its memory) breaks the whole pool and every
batch in flight with it. The pool is then started again and the documents of those batches are run
one at a time, so the one that kills its worker again is found, stored as an E302 record, and the run
goes on; a document that only shared a batch with it is analysed as usual.

A corpus run takes its results as they come (``analyse``); ``faultlines analyze`` takes them in input
order (``analyse_in_order``).
"""

from __future__ import annotations

import ctypes
import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing import get_context
from typing import TypeVar

from faultlines.engines import work
from faultlines.ingest.corpus import Task
from faultlines.model import Analysis, Article

Item = TypeVar("Item")

# Documents per batch sent to a worker: spaCy parses them in one batch and one memory zone, which
# costs a worker about 6% less CPU per ~230-word document than batches of four.
BATCH = 16
# The last documents of a run go out in batches this small, so they spread over every worker.
TAIL_BATCH = 4
# The pipe the workers' results come back through (Linux's default pipe-max-size).
RESULTS_PIPE_BYTES = 1 << 20
# Batches waiting or running per worker: enough to keep each busy, few enough to bound memory.
QUEUED_PER_WORKER = 3
# Batches held per worker in an ordered run, finished ones waiting behind a slow one included: each
# holds a batch's analyses (about a megabyte), so this bounds what one slow document costs in memory.
HELD_PER_WORKER = 12
# prctl's option for the signal a process gets when its parent dies (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def analyse(
    tasks: Iterable[Task], settings: work.Settings, workers: int, suspects: Iterable[Task] = ()
) -> Iterator[work.Result]:
    """Results of ``tasks`` as workers finish them (not in input order), one for every task; the
    ``suspects`` (documents a worker may have died on) first, one at a time. The workers start (and
    load the model) at once, while the caller still prepares; the results come as it asks for them."""
    return _results(batches(tasks, workers), settings, workers, list(suspects), _pool(settings, workers))


def analyse_in_order(
    documents: Iterable[Article | Task], settings: work.Settings, workers: int
) -> Iterator[Analysis]:
    """The analyses of ``documents`` in input order, one for each (a Task is read by its worker).

    Batches go on running while the caller writes the oldest one's records, and while a slow one
    holds up the order: finished batches wait their turn (up to HELD_PER_WORKER a worker). When a
    worker dies, the batches held are taken in order: one that finished gives its analyses, the
    others run again one document at a time on a new pool, the one that kills its worker again an
    E302 record."""
    pool = _Pool(settings, workers)
    it = batches(documents, workers)
    held: deque[tuple[Future, list[Article | Task]]] = deque()
    try:
        while True:
            while _room(held, workers) and (batch := next(it, None)) is not None:
                held.append((pool.submit(batch), batch))
            if not held:
                return
            if not held[0][0].done():  # wait for any batch: one that finishes makes room for another
                wait([future for future, _ in held if not future.done()], return_when=FIRST_COMPLETED)
                continue
            future, batch = held.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from _recover(pool, [(future, batch), *held])
                held.clear()
    finally:  # also when the caller stops early (Ctrl-C): the batches not started are dropped
        pool.shutdown()


def _room(held: deque[tuple[Future, list]], workers: int) -> bool:
    """Whether another batch may go out: few enough unfinished to bound the queue, and few enough held
    in all to bound the memory of finished ones waiting behind a slow one."""
    running = sum(not future.done() for future, _ in held)
    return running < workers * QUEUED_PER_WORKER and len(held) < workers * HELD_PER_WORKER


def _recover(pool: _Pool, held: list[tuple[Future, list[Article | Task]]]) -> Iterator[Analysis]:
    """The held batches' analyses in order after a worker died: those a batch finished with, else
    each of its documents run alone on a new pool."""
    pool.restart()  # every future is settled after it: finished, failed or cancelled
    for future, batch in held:
        if not future.cancelled() and future.exception() is None:
            yield from future.result()
            continue
        for document in batch:
            try:
                yield from pool.submit([document]).result()
            except BrokenProcessPool:
                yield work.lost(document)
                pool.restart()


class _Pool:
    """The process pool of an ordered run, started again when a worker dies."""

    def __init__(self, settings: work.Settings, workers: int) -> None:
        self.settings, self.workers = settings, workers
        self.executor = _pool(settings, workers)

    def submit(self, batch: list[Article | Task]) -> Future:
        """The batch's future; a pool broken since the last result gives one failed as broken."""
        try:
            return self.executor.submit(work.process_documents, batch)
        except BrokenProcessPool as exc:
            broken: Future = Future()
            broken.set_exception(exc)
            return broken

    def restart(self) -> None:
        self.executor = _restart(self.executor, self.settings, self.workers)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def batches(items: Iterable[Item], workers: int) -> Iterator[list[Item]]:
    """The documents in batches of BATCH, but the last BATCH per worker in batches of TAIL_BATCH: a
    worker that ends its last full batch early takes a share of the tail instead of waiting."""
    it = iter(items)
    horizon = BATCH * workers
    ahead: deque[Item] = deque()
    while True:
        ahead.extend(islice(it, horizon + BATCH - len(ahead)))
        if len(ahead) <= horizon:
            break
        yield [ahead.popleft() for _ in range(BATCH)]
    while ahead:
        yield [ahead.popleft() for _ in range(min(TAIL_BATCH, len(ahead)))]


def _results(
    it: Iterator[list[Task]],
    settings: work.Settings,
    workers: int,
    suspects: list[Task],
    pool: ProcessPoolExecutor,
) -> Iterator[work.Result]:
    while True:
        try:
            if suspects:
                rest = yield from _one_by_one(pool, suspects)
                if rest is not None:  # a worker died: a new pool for the rest
                    suspects = rest
                    pool = _restart(pool, settings, workers)
                    continue
            suspects = yield from _stream(pool, it, workers)
        except BaseException:  # a run stopped early (the store full, Ctrl-C) drops the batches not started
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        if not suspects:
            # The workers exit while the caller stores the last results; the interpreter waits
            # for them at its exit.
            pool.shutdown(wait=False)
            return
        pool = _restart(pool, settings, workers)


def _pool(settings: work.Settings, workers: int) -> ProcessPoolExecutor:
    """A pool whose workers are starting: each submit starts one more while none is idle."""
    # spawn: workers start clean, not as copies of a parent holding a database and a progress thread.
    pool = ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_start_worker, initargs=(settings, os.getpid())
    )
    _widen_results_pipe(pool)
    for _ in range(workers):
        pool.submit(os.getpid)
    return pool


def _start_worker(settings: work.Settings, parent: int) -> None:
    """A worker's start: it is to die with the process that started it, then it loads the model. A
    driver killed outright (SIGKILL, or SIGTERM where nothing handles it) would otherwise leave its
    workers waiting forever for batches that never come."""
    _die_with(parent)
    work.setup(settings)


def _die_with(parent: int) -> None:
    """Linux: the kernel kills this process when its parent dies (and it exits now if the parent is
    already gone); elsewhere nothing."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


def _widen_results_pipe(pool: ProcessPoolExecutor) -> None:
    """Let a worker write a whole batch's results (tens to hundreds of KB) into the pipe at once: in a
    64 KB pipe it waits, mid-write, for the driver's thread to be scheduled and drain it, and on a
    busy machine that wait is the worker's lost time. Linux only: elsewhere (or over the system's
    pipe-max-size) the pipe stays as it is."""
    try:
        import fcntl

        fcntl.fcntl(pool._result_queue._reader.fileno(), fcntl.F_SETPIPE_SZ, RESULTS_PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def _restart(pool: ProcessPoolExecutor, settings: work.Settings, workers: int) -> ProcessPoolExecutor:
    pool.shutdown(wait=True, cancel_futures=True)
    return _pool(settings, workers)


def _stream(
    pool: ProcessPoolExecutor, it: Iterator[list[Task]], workers: int
) -> Generator[work.Result, None, list[Task]]:
    """Run the batches until they are done (returns []) or a worker dies (returns the tasks of every
    batch not finished then)."""
    pending: dict[Future, list[Task]] = {}
    suspects: list[Task] = []
    while True:
        while len(pending) < workers * QUEUED_PER_WORKER and not suspects:
            batch = next(it, None)
            if batch is None:
                break
            try:
                pending[pool.submit(work.process, batch)] = batch
            except BrokenProcessPool:  # it broke since the last wait
                suspects.extend(batch)
        if not pending:
            return suspects
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            batch = pending.pop(future)
            try:
                results = future.result()
            except BrokenProcessPool:
                suspects.extend(batch)
                continue
            yield from results


def _one_by_one(
    pool: ProcessPoolExecutor, tasks: list[Task]
) -> Generator[work.Result, None, list[Task] | None]:
    """Run each task alone: one that kills its worker is an E302 record, and the tasks after it are
    returned (the pool is broken); None when every task ran."""
    for n, task in enumerate(tasks):
        try:
            yield from pool.submit(work.process, [task]).result()
        except BrokenProcessPool:
            yield work.died(task)
            return tasks[n + 1 :]
    return None
