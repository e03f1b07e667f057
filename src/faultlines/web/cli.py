"""``faultlines serve``: the web app and JSON API over a corpus store, on this machine by default."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def serve(
    db: Annotated[
        Path, typer.Option("--db", help="The DuckDB file of the corpus (opened read-only).")
    ] = Path("corpus.duckdb"),
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (others can reach 0.0.0.0).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_fetch: Annotated[
        bool,
        typer.Option("--allow-fetch", help='Let POST /api/analyze fetch a {"url": ...} (public pages only).'),
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Largest request body; bigger ones get 413.", min=1)
    ] = 2_000_000,
    time_limit: Annotated[
        float, typer.Option("--time-limit", help="Seconds an analysis may take before the answer is 504.")
    ] = 30.0,
    model: Annotated[
        str | None, typer.Option("--model", help="Any installed spaCy pipeline (default: en_core_web_sm).")
    ] = None,
) -> None:
    """Browse a store in the browser (pages and a JSON API with docs at /docs); paste articles to analyse."""
    if not db.is_file():
        typer.echo(
            f"faultlines: {db} does not exist: build a store with `faultlines run INPUT --db {db}` "
            "(`make demo` builds demo.duckdb)",
            err=True,
        )
        raise typer.Exit(2)
    import uvicorn

    from faultlines.web.app import Settings, create_app

    settings = Settings(db, allow_fetch=allow_fetch, max_bytes=max_bytes, time_limit=time_limit, model=model)
    try:
        app = create_app(settings)
    except Exception as exc:  # duckdb.IOException: the file is locked by a run, or not a database
        typer.echo(f"faultlines: cannot open {db}: {str(exc).splitlines()[0]}", err=True)
        raise typer.Exit(2) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"faultlines: listening on {host}: anyone who can reach it can read the store", err=True)
    typer.echo(
        f"faultlines: serving {db} on http://{host}:{port}/ (API docs at /docs; Ctrl-C stops)", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
