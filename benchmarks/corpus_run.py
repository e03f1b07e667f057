"""`faultlines run` end to end on a synthetic corpus: time, throughput and peak memory per worker.

The corpus recombines the project's demo articles (original texts): each document is three of them, in
a seeded random order, with a date spread over a year. For each corpus size and worker count it runs
`faultlines run` into a fresh DuckDB file and prints documents/s, words/s and the peak RSS of each
worker process (read from /proc while the run goes), so one can check that throughput scales with
workers and that a worker's memory stays flat as the corpus grows. `--analyze` also times
`faultlines analyze` on the same JSONL for the one-worker comparison.

usage: python benchmarks/corpus_run.py [--docs 1000,20000] [--workers 1,2] [--analyze] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from faultlines import demo

FAULTLINES = str(Path(sys.executable).parent / "faultlines")


def corpus(path: Path, count: int, seed: int = 11) -> int:
    """Write ``count`` synthetic documents to ``path``; returns their words."""
    texts = [a.text for a in demo.articles()]
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = "\n\n".join(rng.sample(texts, 3))
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


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def timed(args: list[str]) -> tuple[float, dict[int, float]]:
    """Wall seconds of a command and the peak RSS of each of its child processes."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    while process.poll() is None:
        for child in children(process.pid):
            peaks[child] = max(peaks.get(child, 0.0), peak_rss_mb(child))
        time.sleep(0.5)
    if process.returncode:
        raise SystemExit(f"{' '.join(args)} failed with exit status {process.returncode}")
    return time.perf_counter() - started, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="1000", help="corpus sizes, comma-separated")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--analyze", action="store_true", help="also time `faultlines analyze`")
    parser.add_argument("--dir", type=Path, default=None, help="where corpora and databases go")
    args = parser.parse_args()
    work_dir = args.dir or Path(tempfile.mkdtemp(prefix="faultlines-corpus-"))
    print(f"{'docs':>7} {'workers':>7} {'seconds':>8} {'docs/s':>7} {'words/s':>8}  peak RSS per worker (MB)")
    for count in (int(n) for n in args.docs.split(",")):
        source = work_dir / f"synthetic-{count}.jsonl"
        words = corpus(source, count)
        for workers in (int(w) for w in args.workers.split(",")):
            db = work_dir / f"synthetic-{count}-{workers}.duckdb"
            db.unlink(missing_ok=True)
            seconds, peaks = timed(
                [FAULTLINES, "run", str(source), "--db", str(db), "--workers", str(workers)]
            )
            rss = ", ".join(f"{mb:.0f}" for mb in sorted(peaks.values(), reverse=True)[:workers])
            print(
                f"{count:>7} {workers:>7} {seconds:>8.1f} {count / seconds:>7.2f} {words / seconds:>8,.0f}  {rss}"
            )
        if args.analyze:
            seconds, _ = timed([FAULTLINES, "analyze", str(source), "-o", str(work_dir / "analyze.jsonl")])
            print(
                f"{count:>7} {'analyze':>7} {seconds:>8.1f} {count / seconds:>7.2f} {words / seconds:>8,.0f}"
            )


if __name__ == "__main__":
    main()
