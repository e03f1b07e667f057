"""The Ray engine: the same workers as the local engine, as Ray actors, on one machine or a cluster.

Each actor loads the model once (``work.setup``) and analyses batches with ``work.process``, so the rows
are the local engine's. Batches stream from the driver through an actor pool with a bounded number in
flight: the driver reads the inputs, skips stored ids and writes the store, exactly as for ``local``.
Without an address a local Ray starts with one CPU per worker; with ``--ray-address`` the actors run
on the cluster (every node needs faultlines installed) and results come back to the store on the
machine that runs the command.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from faultlines.engines import work
from faultlines.engines.local import BATCH, QUEUED_PER_WORKER
from faultlines.ingest.corpus import Task


class _Worker:
    def __init__(self, settings: work.Settings) -> None:
        work.setup(settings)

    def process(self, tasks: list[Task]) -> list[work.Result]:
        return work.process(tasks)


def analyse(
    tasks: Iterable[Task], settings: work.Settings, workers: int, address: str | None = None
) -> Iterator[work.Result]:
    """Results of ``tasks`` as the actors finish them (not in input order); ``workers`` 0 is one actor
    per CPU of the cluster."""
    import ray
    from ray.util import ActorPool

    started_here = not ray.is_initialized()
    if started_here:
        quiet = {"log_to_driver": False, "logging_level": "ERROR"}  # the progress bar is the output
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, **quiet)
    try:
        workers = workers or int(ray.cluster_resources().get("CPU", 1))
        actor = ray.remote(num_cpus=1)(_Worker)
        pool = ActorPool([actor.remote(settings) for _ in range(workers)])
        it = iter(tasks)
        in_flight = 0
        while batch := list(islice(it, BATCH)):
            pool.submit(lambda a, b: a.process.remote(b), batch)
            in_flight += 1
            if in_flight >= workers * QUEUED_PER_WORKER:
                yield from pool.get_next_unordered()
                in_flight -= 1
        while pool.has_next():
            yield from pool.get_next_unordered()
    finally:
        if started_here:
            ray.shutdown()
