"""Request dependencies shared by the API and the pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import Request


def cursor(request: Request) -> Iterator[Any]:
    """A cursor of the app's read-only DuckDB connection for one request (cursors are safe across
    threads; each request gets its own)."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()
