"""The Ray engine: a corpus run as a Ray Data pipeline, on one machine or a cluster.

- read: the driver's tasks (the inputs less the ids already stored, exactly those the local engine
  gets) flow through a bounded queue into a Ray Data read, in the local engine's batches (each a
  block, read as soon as it is queued);
- ``map_batches`` over an actor pool, one actor per worker, each loading the model once
  (``work.setup``) and analysing its batches with ``work.process``: the local engine's rows;
- write: the results stream back to the driver, which commits them to the DuckDB store in batches
  (DuckDB has one writer), so resume and the store layout are the local engine's.

A document that kills its actor (a native crash, killed for its memory) is not retried there: the
actor starts again, and the driver runs the documents of the lost batch as the local engine does,
storing the one that kills its worker as an E302 record.

Without an address a local Ray starts with one CPU per worker and only what a run needs (no dashboard,
log monitor, autoscaler monitor or metrics; a small object store; workers at the command's priority),
and needs no network. With ``--ray-address`` the actors run on the cluster (every node needs
faultlines installed); the inputs are read and the store written on the machine running the command.
Ray is imported only here, and this module only for ``--engine ray``.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
import warnings
from collections.abc import Iterable, Iterator

import numpy as np
import ray
import ray.data
import ray.data._internal.execution.streaming_executor_state as executor_state
from ray.data.block import BlockMetadata
from ray.data.datasource import Datasource, ReadTask
from ray.util.queue import Empty, Full, Queue

from faultlines.engines import local, work
from faultlines.engines.local import QUEUED_PER_WORKER
from faultlines.ingest.corpus import Task

# The local Ray's shared-memory object store: batches of a few documents need little.
OBJECT_STORE_BYTES = 128 * 1024**2
# Seconds a queue call waits before trying again, so that a driver told to stop stops feeding.
POLL = 1.0
# The local Ray's settings. No metrics: every Ray process would report them every few seconds to an
# agent nobody reads. Workers at the command's own priority: Ray renices its workers by 15 to spare
# its daemons, and a nice-15 process weighs 1/28 of a nice-0 one in Linux's scheduler, so on a machine
# doing anything else the actors got a sliver of the CPU that the local engine's workers get. The
# daemons of a local run need little CPU.
SYSTEM_CONFIG = {"enable_metrics_collection": False, "worker_niceness": 0}
# Seconds each round of Ray Data's scheduler waits for its running tasks (Ray's default 0.1). A round
# ends early only when every task has finished, and the read always runs, so this is the round's
# length: finished batches are collected and new ones handed out once a round. An idle core analyses
# a batch of 16 short (~230-word) documents in under a second, so rounds of a second would leave
# actors waiting; five rounds a second cost the driver little.
SCHEDULER_WAIT = 0.2

_node = None  # the local Ray this process started, if any


def start(workers: int, address: str | None = None) -> None:
    """Connect to the Ray cluster at ``address``, or start a local Ray with ``workers`` CPUs."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no report home: runs work offline
    quiet = {"log_to_driver": False, "logging_level": logging.ERROR}  # the progress bar is the output
    global _node
    if not address:
        _node = _local_ray(workers)
        address = _node.address
    ray.init(address=address, **quiet)


def _local_ray(workers: int):
    """A Ray head on this machine with only what a run uses: no dashboard, no log monitor (the workers'
    logs are not shown), no autoscaler monitor (the machine is the cluster), no metrics. ``ray.init``
    offers no switch for the two monitors, which cost a process each, started before the first actor
    can be, and a few milliseconds of CPU a second all run long; Ray's own test clusters start their
    nodes this way."""
    from ray._private.node import Node
    from ray._private.parameter import RayParams

    params = RayParams(
        num_cpus=workers,
        num_gpus=0,
        include_dashboard=False,
        include_log_monitor=False,
        no_monitor=True,
        object_store_memory=OBJECT_STORE_BYTES,
        _system_config=SYSTEM_CONFIG,
    )
    # The reaper ends the node's processes if this one dies without stop(), killed included.
    return Node(params, head=True, shutdown_at_exit=False, spawn_reaper=True)


def stop() -> None:
    """Disconnect from Ray, and stop the local Ray if this process started it."""
    global _node
    ray.shutdown()
    if _node is not None:
        _node.kill_all_processes(check_alive=False, allow_graceful=True)
        _node = None


def analyse(
    tasks: Iterable[Task], settings: work.Settings, workers: int, address: str | None = None
) -> Iterator[work.Result]:
    """Results of ``tasks`` as the actors finish them (not in input order); ``workers`` 0 is one actor
    per CPU of the cluster. Uses the Ray this process is connected to, else starts one at once, while
    the caller still prepares; the results come as it asks for them."""
    started_here = not ray.is_initialized()
    if started_here:
        start(workers, address)
    return _results(tasks, settings, workers, started_here)


def _results(
    tasks: Iterable[Task], settings: work.Settings, workers: int, started_here: bool
) -> Iterator[work.Result]:
    try:
        workers = workers or int(ray.cluster_resources().get("CPU", 1))
        _set_up_data(workers)
        queue = Queue(maxsize=workers * QUEUED_PER_WORKER, actor_options={"num_cpus": 0})
        feeder = _Feeder(tasks, queue, workers)
        dataset = _pipeline(queue, settings, workers)
        losses = _Losses(feeder)
        logging.getLogger("ray.data").addHandler(losses)
        feeder.start()
        try:
            for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
                for blob in batch["results"]:
                    results = pickle.loads(blob)
                    feeder.returned(results)
                    yield from results
        finally:
            logging.getLogger("ray.data").removeHandler(losses)
            feeder.stop()
        feeder.check()
        # The documents of the batches whose actor died, run again here as the local engine runs
        # them: one at a time once a worker dies, the one that kills it again an E302 record.
        if feeder.sent:
            yield from local.analyse((), settings, workers=1, suspects=feeder.sent.values())
    finally:
        if started_here:
            stop()


def _pipeline(queue: Queue, settings: work.Settings, workers: int) -> ray.data.Dataset:
    """read (the queue) -> map_batches (the actor pool)."""
    with warnings.catch_warnings():  # Ray 2.60 warns on ray_remote_args, yet names no parameter for these
        warnings.simplefilter("ignore", DeprecationWarning)
        # One read block (of one row) per batch, as the feeder cut it: one read task, which Ray Data
        # would otherwise cut into blocks of a few documents each (its default parallelism), and see
        # _set_up_data for why no block gathers several batches.
        return ray.data.read_datasource(_Queued(queue), override_num_blocks=1, num_cpus=0).map_batches(
            _Analyser,
            fn_constructor_args=(settings,),
            batch_size=None,  # each block is a batch
            batch_format="numpy",
            concurrency=workers,
            num_cpus=1,
            # An actor that dies is started again, but its batch is not retried: a document that
            # kills its worker would kill every new one. Its documents are run again by the driver.
            max_restarts=-1,
            max_task_retries=0,
        )


def _set_up_data(workers: int) -> None:
    """No Ray Data progress bars or logs over ours; a failed batch is skipped (and run again by the
    driver) instead of failing the run; batches flow as whole blocks, as fast as the actors take them."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.max_errored_blocks = -1
    # A task's output is held until it reaches this size, then cut into blocks of about it (never
    # below one row). At the default 128 MB the read gathered every input into one block before the
    # first batch was analysed; at one byte each row, a whole batch, is its own block at once.
    context.target_max_block_size = 1
    # Blocks the read may hold before the scheduler collects them (Ray's default two), which paused
    # it at two batches a round; it may now hold every batch the feeder lets out.
    context._max_num_blocks_in_streaming_gen_buffer = workers * QUEUED_PER_WORKER
    if hasattr(executor_state, "WAIT_FOR_TASK_COMPLETION_TIMEOUT_S"):  # an internal of Ray Data
        executor_state.WAIT_FOR_TASK_COMPLETION_TIMEOUT_S = SCHEDULER_WAIT
    logging.getLogger("ray.data").setLevel(logging.ERROR)


class _Feeder(threading.Thread):
    """Puts the tasks on the queue in the local engine's batches (a batch pickled whole), then an end
    mark. It waits while QUEUED_PER_WORKER batches per worker are out (neither returned nor lost),
    so the driver reads its inputs only as fast as the actors analyse them. (The queue alone does
    not bound them: Ray Data's read takes blocks off it while the object store has room for them.)"""

    def __init__(self, tasks: Iterable[Task], queue: Queue, workers: int) -> None:
        super().__init__(daemon=True)
        self.tasks, self.queue, self.workers = tasks, queue, workers
        self.sent: dict[str, Task] = {}  # put on the queue, no result back yet (ids are unique in a run)
        self.out = 0  # batches put on the queue, neither returned nor lost
        self.room = threading.Condition()
        self.stopping = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for block in local.batches(self.tasks, self.workers):
                with self.room:
                    while self.out >= self.workers * QUEUED_PER_WORKER and not self.stopping.is_set():
                        self.room.wait(POLL)
                    self.sent.update((t.id, t) for t in block)
                    self.out += 1
                self._put(pickle.dumps(block))
        except BaseException as exc:  # an input that fails to read: raised again in the driver
            self.error = exc
        self._put(None)

    def _put(self, item: bytes | None) -> None:
        while not self.stopping.is_set():
            try:
                self.queue.put(item, timeout=POLL)
                return
            except Full:
                continue

    def returned(self, results: list[work.Result]) -> None:
        """A batch's results are back."""
        with self.room:
            for result in results:
                self.sent.pop(result.id, None)
            self._done_with_one()

    def lost(self) -> None:
        """A batch will not come back (its tasks stay in ``sent``, for the driver to run again)."""
        with self.room:
            self._done_with_one()

    def _done_with_one(self) -> None:
        self.out -= 1
        self.room.notify()

    def stop(self) -> None:
        self.stopping.set()
        self.join()

    def check(self) -> None:
        if self.error is not None:
            raise self.error


class _Losses(logging.Handler):
    """Tells the feeder of each batch Ray Data gives up on (its actor died): Ray Data logs each one
    with its exception, and says nothing else of it while the run goes on."""

    def __init__(self, feeder: _Feeder) -> None:
        super().__init__(logging.ERROR)
        self.feeder = feeder

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.feeder.lost()


class _Queued(Datasource):
    """A Ray Data source reading batches of tasks from the queue until its end mark, a block of one
    row (the pickled batch) each."""

    def __init__(self, queue: Queue) -> None:
        self.queue = queue

    def estimate_inmemory_data_size(self) -> int | None:
        return None

    def get_read_tasks(self, parallelism: int, per_task_row_limit=None, data_context=None) -> list[ReadTask]:
        queue = self.queue

        def read() -> Iterator:
            import pyarrow as pa

            while True:
                try:
                    block = queue.get(timeout=POLL)
                except Empty:
                    continue
                if block is None:
                    return
                yield pa.table({"batch": pa.array([block], type=pa.binary())})

        metadata = BlockMetadata(num_rows=None, size_bytes=None, exec_stats=None, input_files=None)
        return [ReadTask(read, metadata)]


class _Analyser:
    """The map_batches UDF: an actor that loads the model once and analyses batches of tasks."""

    def __init__(self, settings: work.Settings) -> None:
        work.setup(settings)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        results = [pickle.dumps(work.process(pickle.loads(blob))) for blob in batch["batch"]]
        return {"results": np.array(results, dtype=object)}
