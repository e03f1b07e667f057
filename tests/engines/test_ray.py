import subprocess
import sys
from pathlib import Path

import duckdb

from faultlines.engines import runner, work
from faultlines.store import Store
from tests.engines.test_runner import in_process
from tests.integration.corpus import write_jsonl

FAULTLINES = str(Path(sys.executable).parent / "faultlines")
TABLES = ("documents", "quotes", "actors", "mentions", "events", "stances", "topics", "disputes", "errors")


def test_ray_a_run_on_a_ray_cluster_stores_the_same_rows_as_the_local_engine(tmp_path, local_ray):
    source = write_jsonl(tmp_path / "corpus.jsonl", 10)
    with source.open("a") as out:
        out.write('{"id": "blank", "text": "  "}\n')
    ours, theirs = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    with Store(ours) as store:  # the local engine's rows, without starting its pool
        runner.run([str(source)], store, in_process, settings=work.Settings(), workers=1)
    ray_run = subprocess.run(
        [FAULTLINES, "run", str(source), "--db", str(theirs), "--engine", "ray", "--ray-address", local_ray],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ray_run.returncode == 0, ray_run.stderr
    assert "Analysed 11 documents" in " ".join(ray_run.stderr.split())
    with duckdb.connect(str(ours)) as con:
        con.execute(f"ATTACH '{theirs}' AS other (READ_ONLY)")
        for table in TABLES:
            count = con.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
            same = con.execute(
                f"SELECT count(*) FROM (SELECT * FROM main.{table} INTERSECT SELECT * FROM other.{table})"
            ).fetchone()[0]
            assert (count, same) == (
                con.execute(f"SELECT count(*) FROM other.{table}").fetchone()[0],
                count,
            ), table
        assert con.execute("SELECT code FROM other.errors").fetchall() == [("E103",)]


def test_ray_a_document_that_kills_its_actor_is_an_e302_record_and_the_rest_are_analysed(local_ray):
    import ray

    from faultlines.engines import ray as ray_engine
    from faultlines.ingest.corpus import Task
    from tests.engines.test_local import Fatal, record

    tasks = [record(f"isle-{n}") for n in range(5)]
    tasks.insert(3, Task("poison", "ready", Fatal()))  # last of the first batch
    results = {r.id: r for r in ray_engine.analyse(tasks, work.Settings(time_limit=60), workers=2)}
    assert sorted(results) == sorted(t.id for t in tasks)
    assert [e[1] for e in results["poison"].rows["errors"]] == ["E302"]
    assert all(results[t.id].rows["quotes"] for t in tasks if t.id != "poison")
    assert ray.is_initialized()  # the Ray already running is used, and left running


def test_ray_the_local_ray_runs_its_actors_at_the_commands_priority(local_ray):
    import os

    import ray

    @ray.remote(num_cpus=1)
    def niceness() -> int:
        return os.nice(0)

    assert ray.get(niceness.remote()) == os.nice(0)  # Ray's default lowers it by 15


def test_ray_batches_are_analysed_as_they_are_queued_not_after_every_input_is_read(local_ray):
    from faultlines.engines import local
    from faultlines.engines import ray as ray_engine
    from tests.engines.test_local import record

    given: list[str] = []

    def inputs():
        for n in range(400):
            given.append(f"isle-{n}")
            yield record(f"isle-{n}")

    results = ray_engine.analyse(inputs(), work.Settings(time_limit=60), workers=2)
    first = next(results)
    read_by_then = len(given)
    rest = [r.id for r in results]
    assert sorted([first.id, *rest]) == sorted(given) and len(given) == 400
    # The batches out (QUEUED_PER_WORKER per worker) and the feeder's lookahead, not the whole input.
    assert read_by_then <= local.BATCH * (2 * local.QUEUED_PER_WORKER + 2 + 1)


def test_ray_a_batch_lost_with_its_actor_frees_its_place_for_the_next(local_ray, monkeypatch):
    import threading

    from faultlines.engines import ray as ray_engine
    from faultlines.ingest.corpus import Task
    from tests.engines.test_local import Fatal, record

    monkeypatch.setattr(ray_engine, "QUEUED_PER_WORKER", 1)  # one batch out at a time
    tasks = [Task("poison", "ready", Fatal()), *(record(f"isle-{n}") for n in range(7))]
    results: dict = {}

    def run() -> None:
        results.update((r.id, r) for r in ray_engine.analyse(tasks, work.Settings(time_limit=60), workers=1))

    runs = threading.Thread(target=run, daemon=True)
    runs.start()
    runs.join(timeout=240)
    assert not runs.is_alive(), "the feeder waited for the lost batch"
    assert sorted(results) == sorted(t.id for t in tasks)
    assert [e[1] for e in results["poison"].rows["errors"]] == ["E302"]
