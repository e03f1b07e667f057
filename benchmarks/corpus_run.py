"""`faultlines run` end to end on a synthetic corpus: time, CPU, throughput and peak memory, per engine
and worker count, side by side in one invocation (on a shared machine, compare the ratios).

The corpus recombines the project's demo articles (original texts): each document is `--articles` of them (three unless told), in
a seeded random order, with a date spread over a year. For each corpus size, engine and worker count it
runs `faultlines run` into a fresh DuckDB file and prints wall seconds, CPU seconds of the whole process
tree, documents/s, words/s, the driver's own CPU per document (what bounds how many workers one
driver feeds), the driver's peak RSS and the peak RSS of each worker (read from /proc
while the run goes: the pool's processes for `local`, Ray's workers for `ray`). `--analyze` also times
`faultlines analyze --workers W` on the same JSONL for each worker count (analyze×1, in one process, is
the base the medians are given against); `--same-rows` checks that every engine stored the same rows
as the first, and every `analyze` wrote the same bytes as the first; `--rounds N` runs every
configuration N times, alternating (on a loaded machine), and prints the median documents/s of each.

usage: python benchmarks/corpus_run.py [--docs 1000,20000] [--articles 3] [--workers 1,2]
                                       [--engines local,ray] [--analyze] [--same-rows] [--rounds N]
                                       [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from faultlines import demo

FAULTLINES = str(Path(sys.executable).parent / "faultlines")
TABLES = ("documents", "quotes", "actors", "mentions", "events", "stances", "topics", "disputes", "errors")


def corpus(path: Path, count: int, articles: int = 3, seed: int = 11) -> int:
    """Write ``count`` synthetic documents of ``articles`` demo articles each to ``path``; returns their
    words."""
    texts = [a.text for a in demo.articles()]
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = "\n\n".join(rng.sample(texts, articles))
            words += len(text.split())
            day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
            out.write(json.dumps({"id": f"syn-{n}", "text": text, "published": day}) + "\n")
    return words


def peak_rss_mb(pid: int) -> float:
    """The peak resident memory (VmHWM) of a process so far, in MB; 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children_of(pid: int) -> list[int]:
    """The children of every thread of ``pid``."""
    kids: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            kids.extend(int(p) for p in (task / "children").read_text().split())
    except OSError:
        pass
    return kids


def tree(pid: int) -> list[int]:
    """Every process below ``pid`` (Ray's workers are the raylet's children, not the driver's)."""
    found, todo = [], [pid]
    while todo:
        kids = children_of(todo.pop())
        found.extend(kids)
        todo.extend(kids)
    return found


def cpu_seconds(pid: int) -> float:
    """CPU seconds a process has used so far (user + system), 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def is_worker(pid: int) -> bool:
    """A process that analyses: a pool worker (multiprocessing spawn) or a Ray Data map actor."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return "multiprocessing.spawn" in cmd or "MapWorker" in cmd


def timed(args: list[str]) -> dict:
    """Wall and CPU seconds of a command (its whole process tree), its peak RSS and its workers'.

    CPU is what the tree reaped (the pool's workers) or, when larger, the sum of what /proc showed of
    every process below it (Ray's workers and daemons, which the command does not reap)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    driver, workers, cpu = 0.0, {}, {}
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        driver = max(driver, peak_rss_mb(process.pid))
        for pid in [process.pid, *tree(process.pid)]:
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
        for child in tree(process.pid):
            if child in workers or is_worker(child):  # a Ray worker is named once it runs its actor
                workers[child] = max(workers.get(child, 0.0), peak_rss_mb(child))
        time.sleep(0.5)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(args)} failed: {process.stderr.read().decode()[-2000:]}")
    return {
        "seconds": time.perf_counter() - started,
        "cpu": max(usage.ru_utime + usage.ru_stime, sum(cpu.values())),
        "driver_mb": driver,
        "driver_cpu": cpu.get(process.pid, 0.0),
        "workers_mb": sorted(workers.values(), reverse=True),
    }


def same_rows(first: Path, other: Path) -> str:
    """'same' when both stores hold exactly the same rows in every table, else the tables that differ."""
    import duckdb

    differ = []
    with duckdb.connect(str(first), read_only=True) as con:
        con.execute(f"ATTACH '{other}' AS other (READ_ONLY)")
        for table in TABLES:
            a = con.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
            b = con.execute(f"SELECT count(*) FROM other.{table}").fetchone()[0]
            both = con.execute(
                f"SELECT count(*) FROM (SELECT * FROM main.{table} INTERSECT ALL SELECT * FROM other.{table})"
            ).fetchone()[0]
            if not a == b == both:
                differ.append(f"{table} {a}/{b}/{both}")
    return "same" if not differ else "DIFFER: " + ", ".join(differ)


def same_bytes(first: Path, other: Path) -> str:
    return "same" if first.read_bytes() == other.read_bytes() else "DIFFER"


def line(count: int, label: str, words: int, m: dict) -> str:
    rss = ", ".join(f"{mb:.0f}" for mb in m.get("workers_mb", [])[:8])
    return (
        f"{count:>6} {label:>9} {m['seconds']:>8.1f} {m['cpu']:>8.1f} {count / m['seconds']:>7.2f} "
        f"{words / m['seconds']:>8,.0f} {m['cpu'] / count * 1000:>7.0f} {m['driver_cpu'] / count * 1000:>7.1f} "
        f"{m['driver_mb']:>7.0f}  {rss}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="1000", help="corpus sizes, comma-separated")
    parser.add_argument("--articles", type=int, default=3, help="demo articles per document")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--engines", default="local", help="local, ray or both, comma-separated")
    parser.add_argument("--analyze", action="store_true", help="also time `faultlines analyze`")
    parser.add_argument("--same-rows", action="store_true", help="check every run stored the same rows")
    parser.add_argument("--rounds", type=int, default=1, help="repeat every run, alternating; medians")
    parser.add_argument("--dir", type=Path, default=None, help="where corpora and databases go")
    args = parser.parse_args()
    work_dir = args.dir or Path(tempfile.mkdtemp(prefix="faultlines-corpus-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    print(
        f"{'docs':>6} {'run':>9} {'wall s':>8} {'cpu s':>8} {'docs/s':>7} {'words/s':>8} "
        f"{'cpu ms/doc':>7} {'drv ms/doc':>7} {'drv MB':>7}  peak RSS per worker (MB)",
        flush=True,
    )
    for count in (int(n) for n in args.docs.split(",")):
        source = work_dir / f"synthetic-{count}x{args.articles}.jsonl"
        words = corpus(source, count, args.articles)
        walls: dict[str, list[float]] = {}
        for _ in range(args.rounds):  # each round runs every configuration once, so load hits them alike
            stores: list[Path] = []
            for engine in args.engines.split(","):
                for workers in (int(w) for w in args.workers.split(",")):
                    db = work_dir / f"synthetic-{count}x{args.articles}-{engine}-{workers}.duckdb"
                    db.unlink(missing_ok=True)
                    run = [FAULTLINES, "run", str(source), "--db", str(db), "--workers", str(workers)]
                    measured = timed([*run, "--engine", engine])
                    check = f"  {same_rows(stores[0], db)}" if args.same_rows and stores else ""
                    stores.append(db)
                    walls.setdefault(f"{engine}×{workers}", []).append(measured["seconds"])
                    print(line(count, f"{engine}×{workers}", words, measured) + check, flush=True)
            outputs: list[Path] = []
            for workers in (int(w) for w in args.workers.split(",")) if args.analyze else ():
                output = work_dir / f"analyze-{count}x{args.articles}-{workers}.jsonl"
                measured = timed(
                    [FAULTLINES, "analyze", str(source), "-o", str(output), "--workers", str(workers)]
                )
                check = f"  {same_bytes(outputs[0], output)}" if args.same_rows and outputs else ""
                outputs.append(output)
                walls.setdefault(f"analyze×{workers}", []).append(measured["seconds"])
                print(line(count, f"analyze×{workers}", words, measured) + check, flush=True)
        if args.rounds > 1:
            print(medians(count, walls), flush=True)


def medians(count: int, walls: dict[str, list[float]]) -> str:
    """Median documents/s of each configuration over the rounds, each as a share of one-process
    analyze's (when timed, else of the first configuration's)."""
    rates = {label: count / statistics.median(seconds) for label, seconds in walls.items()}
    base = rates.get("analyze×1", next(iter(rates.values())))
    return f"{count:>6} medians: " + ", ".join(
        f"{label} {rate:.2f} docs/s ({rate / base:.0%})" for label, rate in rates.items()
    )


if __name__ == "__main__":
    main()
