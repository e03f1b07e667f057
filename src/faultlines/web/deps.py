"""Request dependencies shared by the API and the pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from faultlines.web.queries import QuoteFilter


def cursor(request: Request) -> Iterator[Any]:
    """A cursor of the app's read-only DuckDB connection for one request (cursors are safe across
    threads; each request gets its own)."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def quote_filter(
    speaker: str | None = None,
    q: str | None = None,
    kind: str | None = None,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
) -> QuoteFilter:
    """The quote table's filters from the query string (the page, its CSV and ``/api/quotes``); an
    empty field filters nothing."""
    return QuoteFilter(speaker or None, q or None, kind or None, start, end)


QuoteFilterQuery = Annotated[QuoteFilter, Depends(quote_filter)]
