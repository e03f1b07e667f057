"""`faultlines run` end to end in a subprocess: every input kind, resume after SIGKILL, export, report."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from tests.ingest import warcs
from tests.integration.corpus import text, write_jsonl

FAULTLINES = [str(Path(sys.executable).parent / "faultlines")]


def faultlines(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*FAULTLINES, *args], capture_output=True, text=True, timeout=600, **kwargs)


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "documents": con.execute("SELECT count(*) FROM documents").fetchone()[0],
            "distinct": con.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0],
            "quotes": con.execute("SELECT count(*) FROM quotes").fetchone()[0],
            "quote_keys": con.execute("SELECT count(DISTINCT (document_id, id)) FROM quotes").fetchone()[0],
        }


def wait_for(condition, process: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None and time.monotonic() < deadline, (
            "the run ended before it could be killed"
        )
        time.sleep(0.02)


def test_run_reads_folders_of_every_kind_and_a_second_run_adds_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "pages").mkdir(parents=True)
    (corpus / "pages" / "one.txt").write_text(text(1))
    (corpus / "pages" / "two.html").write_text(
        f"<html><body><article><p>{text(2)}</p></article></body></html>"
    )
    write_jsonl(corpus / "feed.jsonl", 3, start=10)
    (corpus / "empty.txt").write_text("  ")
    body = warcs.page("Tunnel vote", text(3).replace("\n\n", " "))
    warcs.write(corpus / "cc.warc.gz", [warcs.response("https://example.org/tunnel", body)])
    db = tmp_path / "c.duckdb"

    first = faultlines("run", str(corpus), "--db", str(db), "--workers", "2")
    assert first.returncode == 0, first.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        ids = sorted(r[0] for r in con.execute("SELECT id FROM documents").fetchall())
        errors = con.execute("SELECT document_id, code FROM errors").fetchall()
        speakers = {r[0] for r in con.execute("SELECT speaker FROM speakers").fetchall()}
    assert ids == [
        "doc-10",
        "doc-11",
        "doc-12",
        "empty.txt",
        "https://example.org/tunnel",
        "pages/one.txt",
        "pages/two.html",
    ]
    assert errors == [("empty.txt", "E103")]
    assert {"Ben Ito", "Dario Quist"} <= speakers

    again = faultlines("run", str(corpus), "--db", str(db))
    assert again.returncode == 0 and "Skipped 7 already stored" in " ".join(again.stderr.split())
    assert counts(db)["documents"] == 7


def test_run_killed_mid_run_and_resumed_stores_every_document_exactly_once(tmp_path):
    total = 80
    source = write_jsonl(tmp_path / "corpus.jsonl", total)
    db = tmp_path / "c.duckdb"
    args = [*FAULTLINES, "run", str(source), "--db", str(db), "--workers", "1", "--commit-every", "3"]
    run = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wal = Path(f"{db}.wal")
    wait_for(lambda: wal.exists(), run)
    time.sleep(0.3)  # the schema is written at once; documents commit only after the model has loaded
    schema_only = wal.stat().st_size
    wait_for(lambda: wal.stat().st_size > schema_only, run)
    time.sleep(0.5)  # a few more batches, so the kill lands between or inside commits
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    partial = counts(db)["documents"]
    assert 0 < partial < total

    resumed = faultlines("run", str(source), "--db", str(db), "--workers", "1", "--commit-every", "3")
    assert resumed.returncode == 0, resumed.stderr
    assert f"Skipped {partial} already stored" in " ".join(resumed.stderr.split())
    after = counts(db)
    assert after["documents"] == after["distinct"] == total
    assert after["quotes"] == after["quote_keys"] > 0
    assert faultlines("run", str(source), "--db", str(db)).returncode == 0
    assert counts(db) == after


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def test_run_stopped_by_sigterm_ends_its_workers_and_resumes(tmp_path):
    total = 120
    source = write_jsonl(tmp_path / "corpus.jsonl", total)
    db = tmp_path / "c.duckdb"
    args = [*FAULTLINES, "run", str(source), "--db", str(db), "--workers", "2", "--commit-every", "3"]
    run = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wal = Path(f"{db}.wal")
    wait_for(lambda: wal.exists(), run)
    time.sleep(0.3)
    schema_only = wal.stat().st_size
    wait_for(lambda: wal.stat().st_size > schema_only, run)
    workers = children(run.pid)
    assert workers
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=120) == 130
    deadline = time.monotonic() + 30
    while workers & {int(p.name) for p in Path("/proc").glob("[0-9]*")} and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not workers & {int(p.name) for p in Path("/proc").glob("[0-9]*")}, "workers outlived the run"

    resumed = faultlines("run", str(source), "--db", str(db), "--workers", "1")
    assert resumed.returncode == 0, resumed.stderr
    after = counts(db)
    assert after["documents"] == after["distinct"] == total


def test_run_export_and_report_read_the_store(tmp_path):
    db = tmp_path / "c.duckdb"
    source = write_jsonl(tmp_path / "corpus.jsonl", 4)
    assert (
        faultlines(
            "run", str(source), "--db", str(db), "--workers", "1", "--parquet", str(tmp_path / "pq")
        ).returncode
        == 0
    )
    assert {p.name for p in (tmp_path / "pq" / "quotes").iterdir()} == {
        "month=2026-01",
        "month=2026-02",
        "month=2026-03",
    }
    out = tmp_path / "quotes.csv"
    exported = faultlines("export", "--db", str(db), "--table", "quotes", "--format", "csv", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    lines = out.read_text().splitlines()
    assert lines[0] == "document,date,outlet,url,speaker,role,country,sector,kind,cue,quote,confidence"
    assert len(lines) > 4
    report = faultlines("report", "--db", str(db), env={**os.environ, "COLUMNS": "200"})
    assert report.returncode == 0, report.stderr
    assert "Top speakers" in report.stdout and "Velmora Post" in report.stdout
    assert faultlines("report", "--db", str(tmp_path / "none.duckdb")).returncode == 2
