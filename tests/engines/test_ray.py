import subprocess
import sys
from pathlib import Path

import duckdb

from faultlines.engines import local, runner, work
from faultlines.store import Store
from tests.integration.corpus import write_jsonl

FAULTLINES = str(Path(sys.executable).parent / "faultlines")
TABLES = ("documents", "quotes", "actors", "mentions", "events", "stances", "topics", "disputes", "errors")


def test_ray_a_run_on_a_ray_cluster_stores_the_same_rows_as_the_local_engine(tmp_path, local_ray):
    source = write_jsonl(tmp_path / "corpus.jsonl", 10)
    with source.open("a") as out:
        out.write('{"id": "blank", "text": "  "}\n')
    ours, theirs = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    with Store(ours) as store:
        runner.run([str(source)], store, local.analyse, settings=work.Settings(), workers=1)
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


def test_ray_the_engine_in_process_uses_the_ray_already_running(tmp_path, local_ray):
    import ray

    from faultlines.engines import ray as ray_engine

    source = write_jsonl(tmp_path / "corpus.jsonl", 3)
    with Store(tmp_path / "c.duckdb") as store:
        stats = runner.run([str(source)], store, ray_engine.analyse, settings=work.Settings(), workers=2)
        assert (stats.documents, stats.errors, store.count("documents")) == (3, 0, 3)
    assert ray.is_initialized()  # not shut down: it was not started for this run
