"""`faultlines serve` under load: concurrent clients posting articles to /api/analyze on 127.0.0.1.

A small store is built from the demo articles (original texts) with `faultlines run`, the server is
started on a free port, and --clients threads post the demo articles in turn (each a ~230-word
article) for --seconds. One request in --oversized-every is a body one byte over the server's
--max-bytes, which must be answered 413 without being read. Afterwards the server must still answer a
page and an analysis. Printed: requests by status, 5xx count, p50/p99 latency of the analyses,
throughput. The exit code is 1 when any answer was a 5xx, an oversized body got anything but 413, or
the server stopped answering.

usage: python benchmarks/load_serve.py [--seconds 60] [--clients 16] [--max-bytes 2000000] [--db PATH]
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from faultlines import demo

FAULTLINES = str(Path(sys.executable).parent / "faultlines")
HOST = "127.0.0.1"


def build_store(path: Path) -> None:
    articles = Path(demo.__file__).parent / "articles.jsonl"
    subprocess.run([FAULTLINES, "run", str(articles), "--db", str(path), "--workers", "1"], check=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, max_bytes: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [FAULTLINES, "serve", "--db", str(db), "--port", str(port), "--max-bytes", str(max_bytes)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read()}")
        try:
            if request(port, "GET", "/api/documents?limit=1")[0] == 200:
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the server did not answer within 120 s")


def request(port: int, method: str, path: str, body: bytes | None = None, conn=None) -> tuple[int, float]:
    """(status, seconds) of one request, on ``conn`` when given (kept alive) else a fresh connection."""
    own = conn is None
    conn = conn or http.client.HTTPConnection(HOST, port, timeout=300)
    started = time.perf_counter()
    try:
        conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        if own:
            conn.close()


class Load:
    """Every client's answers: (status, seconds, oversized?)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.answers: list[tuple[int, float, bool]] = []
        self.failures: list[str] = []

    def client(
        self, n: int, port: int, until: float, bodies: list[bytes], oversized: bytes, every: int
    ) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=300)
        sent = 0
        while time.monotonic() < until:
            big = every > 0 and (sent + n) % every == every - 1
            try:
                status, seconds = request(
                    port, "POST", "/api/analyze", oversized if big else bodies[sent % len(bodies)], conn
                )
            except (OSError, http.client.HTTPException) as exc:
                with self.lock:
                    self.failures.append(f"client {n}: {type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=300)
                continue
            finally:
                sent += 1
            with self.lock:
                self.answers.append((status, seconds, big))
            if big:  # the server may close a connection whose body it refused to read
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=300)
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-bytes", type=int, default=2_000_000)
    parser.add_argument("--oversized-every", type=int, default=25, help="0: never")
    parser.add_argument("--db", type=Path, help="A store to serve (default: the demo articles, built now).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "demo.duckdb"
        if args.db is None:
            build_store(db)
        port = free_port()
        server = start_server(db, port, args.max_bytes)
        try:
            bodies = [json.dumps({"id": a.id, "text": a.text}).encode() for a in demo.articles()]
            oversized = json.dumps({"text": "x" * args.max_bytes}).encode()
            load = Load()
            until = time.monotonic() + args.seconds
            started = time.perf_counter()
            clients = [
                threading.Thread(
                    target=load.client, args=(n, port, until, bodies, oversized, args.oversized_every)
                )
                for n in range(args.clients)
            ]
            for thread in clients:
                thread.start()
            for thread in clients:
                thread.join()
            elapsed = time.perf_counter() - started
            after = [
                request(port, "GET", "/api/documents?limit=1")[0],
                request(port, "POST", "/api/analyze", bodies[0])[0],
            ]
        finally:
            server.terminate()
            server.wait(timeout=30)
    return report(load, elapsed, after, args)


def report(load: Load, elapsed: float, after: list[int], args: argparse.Namespace) -> int:
    statuses = Counter(status for status, _, _ in load.answers)
    analyses = sorted(seconds for status, seconds, big in load.answers if status == 200 and not big)
    oversized = [status for status, _, big in load.answers if big]
    errors_5xx = sum(n for status, n in statuses.items() if status >= 500)
    cut = statistics.quantiles(analyses, n=100) if len(analyses) >= 2 else [float("nan")] * 99
    print(f"clients          {args.clients} for {args.seconds:g} s ({elapsed:.1f} s with the last answers)")
    print(f"requests         {len(load.answers)} answered, {len(load.failures)} without an answer")
    print(f"statuses         {dict(sorted(statuses.items()))}")
    print(f"5xx              {errors_5xx}")
    print(f"analyses         {len(analyses)} ({len(analyses) / elapsed:.2f}/s)")
    print(f"latency p50      {cut[49]:.2f} s")
    print(f"latency p99      {cut[98]:.2f} s")
    print(f"oversized        {len(oversized)} sent, {oversized.count(413)} answered 413")
    print(f"after the load   GET {after[0]}, POST {after[1]}")
    for failure in load.failures[:5]:
        print(f"  {failure}")
    ok = not errors_5xx and not load.failures and set(oversized) <= {413} and after == [200, 200]
    print("ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
