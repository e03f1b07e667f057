"""The corpus commands: ``run`` (a corpus into a DuckDB store, resumable), ``export`` and ``report``.

They register themselves on the Typer app of ``cli.py``; heavy modules load inside each command.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from faultlines.limits import MEMORY_LIMIT, TIME_LIMIT

if TYPE_CHECKING:
    from faultlines.engines.runner import Stats


@contextmanager
def _stoppable() -> Iterator[Callable[[], None]]:
    """Ctrl-C or SIGTERM (``kill``, a job scheduler) stops a run between two documents: the workers
    are shut down and what was committed stays, so the same command resumes. Stopped at once, a run
    could stop inside a store write, where DuckDB reports an interrupted query instead, and by
    default SIGTERM ends the driver and leaves its workers analysing for nobody. A second signal
    stops at once. Yields the check to make between documents."""
    asked = threading.Event()

    def ask(signum: int, frame: object) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()

    def check() -> None:
        if asked.is_set():
            raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, ask) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield check
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class EngineName(StrEnum):
    local = "local"
    ray = "ray"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"


DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB file of the corpus.")]


def run(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files and folders (recursive): .txt, .html, .jsonl(.gz/.zst), .warc(.gz)."),
    ],
    db: DbOption,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", help="Worker processes (default: every core).", min=1)
    ] = None,
    engine: Annotated[EngineName, typer.Option("--engine", help="Where the work runs.")] = EngineName.local,
    ray_address: Annotated[
        str | None,
        typer.Option("--ray-address", help="A Ray cluster (ray://host:10001 or auto); default: a local Ray."),
    ] = None,
    parquet: Annotated[
        Path | None, typer.Option("--parquet", help="Also write every table here as Parquet, by month.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Only the first N documents of the inputs.", min=1)
    ] = None,
    time_limit: Annotated[
        float, typer.Option("--time-limit", help="Seconds per document before it becomes an E301 error.")
    ] = TIME_LIMIT,
    max_memory: Annotated[
        int,
        typer.Option(
            "--max-memory",
            help="MiB of memory per worker before a document becomes an E303 error (0: no limit).",
            min=0,
        ),
    ] = MEMORY_LIMIT >> 20,
    commit_every: Annotated[
        int, typer.Option("--commit-every", help="Documents per transaction (what a kill can lose).", min=1)
    ] = 64,
    model: Annotated[
        str | None, typer.Option("--model", help="Any installed spaCy pipeline (default: en_core_web_sm).")
    ] = None,
) -> None:
    """Analyse a corpus into a DuckDB store; run it again to resume (each document is stored once)."""
    from rich.console import Console

    from faultlines import nlp
    from faultlines.cli import _fail
    from faultlines.engines import local, runner, work
    from faultlines.errors import StoreWriteFailed
    from faultlines.progress import Bar

    if ray_address and engine is not EngineName.ray:
        _fail("--ray-address needs --engine ray", code=2)
    missing = [source for source in inputs if not Path(source).exists()]
    if missing:
        _fail(f"E100 no such file or folder: {', '.join(missing)}", code=2)
    nlp.require(model)
    analyse = local.analyse if engine is EngineName.local else _ray_engine(ray_address)
    # On a cluster, by default one worker per CPU of the cluster (the engine counts them).
    workers = workers or (0 if ray_address else local.default_workers())
    console = Console(stderr=True)
    settings = work.Settings(model=model, time_limit=time_limit, max_memory=(max_memory << 20) or None)
    with _open(db, read_only=False) as store:
        with Bar(console) as bar, _stoppable() as check:

            def progress(stats: Stats) -> None:
                check()  # a stop asked for lands here, between two documents
                bar.show(stats.documents, stats.total, stats.words, stats.errors)

            try:
                stats = runner.run(
                    inputs,
                    store,
                    analyse,
                    settings=settings,
                    workers=workers,
                    limit=limit,
                    commit_docs=commit_every,
                    progress=progress,
                )
            except StoreWriteFailed as exc:
                bar.progress.stop()
                _fail(f"{exc.code} {exc}", code=1)
        histories = runner.finish(store, parquet)
        stored = store.count("documents")
    console.print(_summary(stats, workers, histories, stored, db))


def _ray_engine(address: str | None):
    from functools import partial

    from faultlines.cli import _fail

    try:
        import ray  # noqa: F401

        from faultlines.engines import ray as ray_engine
    except ImportError:
        _fail("--engine ray needs Ray Data: pip install -e '.[ray]' (make install does)", code=2)
    return partial(ray_engine.analyse, address=address)


def export(
    db: DbOption,
    table: Annotated[
        str, typer.Option("--table", help="quotes (flat, for spreadsheets) or any table.")
    ] = "quotes",
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = ExportFormat.csv,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Default: TABLE.FORMAT here.")] = None,
) -> None:
    """Write one table of a corpus store as CSV, Parquet or JSONL."""
    from faultlines.cli import _fail
    from faultlines.store.export import query, write_table

    try:
        query(table)
    except ValueError as exc:
        _fail(str(exc), code=2)
    target = output or Path(f"{table}.{fmt.value}")
    with _open(db) as store:
        n = write_table(store, table, fmt.value, target)
    typer.echo(f"Wrote {n:,} rows of {table} to {target}", err=True)


def report(
    db: DbOption,
    top: Annotated[int, typer.Option("--top", help="Rows in each top list.", min=1)] = 15,
) -> None:
    """Top speakers, top disputes, events by type, errors by code and the source-diversity audit."""
    from rich.console import Console

    from faultlines.store.report import print_report

    with _open(db) as store:
        print_report(store, Console(), top)


def _open(db: Path, *, read_only: bool = True):
    import duckdb

    from faultlines.cli import _fail
    from faultlines.store import Store

    if read_only and not db.is_file():
        _fail(f"E100 {db}: no such database (make one with `faultlines run`)", code=2)
    try:
        return Store(db, read_only=read_only)
    except duckdb.IOException as exc:  # DuckDB lets one process write a file, and then no one else read it
        _fail(f"E100 {db}: cannot open it, is another run writing to it? ({exc})", code=2)


def _summary(stats: Stats, workers: int, histories: int, stored: int, db: Path) -> str:
    from faultlines.store.report import counted as _n

    held = f"{db} holds {_n(stored, 'document')} and {_n(histories, 'merged dispute')}."
    if not stats.documents:
        found = f"Skipped {stats.skipped:,} already stored" if stats.skipped else "No documents in the inputs"
        return f"Nothing new to analyse. {found}. {held}"
    seconds = max(stats.seconds, 1e-9)
    codes = ", ".join(f"{code} {n}" for code, n in sorted(stats.codes.items())) or "none"
    by = "the cluster's CPUs" if not workers else f"{workers} worker{'s' if workers > 1 else ''}"
    return (
        f"Analysed {_n(stats.documents, 'document')} ({stats.words:,} words) in {stats.seconds:.1f} s with "
        f"{by}: {stats.documents / seconds:.2f} docs/s, {stats.words / seconds:,.0f} words/s. "
        f"Errors: {_n(stats.errors, 'document')} ({codes}). Skipped {stats.skipped:,} already stored. {held}"
    )


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(export)
    app.command()(report)
