"""``faultlines report``: what a corpus holds, as terminal tables read from the store."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from faultlines.store.audit import DIMENSIONS, GROUPINGS, audit
from faultlines.store.db import Store

TOP = 15
# Values shown per audit cell ("GOV 41%, JRN 12%, …").
SHOWN = 3


def print_report(store: Store, console: Console, top: int = TOP) -> None:
    """Totals, top speakers, top disputes, events by type, errors by code and the diversity audit. A
    section with nothing to show is one line saying so, not an empty table (a fresh store, a run whose
    every document failed)."""
    console.print(_totals(store))
    console.print(
        _table(
            store,
            "Top speakers",
            ("speaker", "id", "quotes", "documents"),
            f"SELECT speaker, speaker_id, quotes, documents FROM speakers LIMIT {top}",
        )
    )
    console.print(
        _table(
            store,
            "Top disputes (merged across documents)",
            ("topic", "one side", "other side", "documents", "from", "to"),
            "SELECT topic, array_to_string(names_a, ', '), array_to_string(names_b, ', '), documents,"
            f" first, last FROM dispute_histories ORDER BY documents DESC, history LIMIT {top}",
        )
    )
    console.print(
        _table(
            store,
            "Events by PLOVER type",
            ("type", "events", "documents", "mean intensity"),
            "SELECT type, count(*) AS n, count(DISTINCT document_id), round(avg(intensity), 2)"
            " FROM events GROUP BY type ORDER BY n DESC",
        )
    )
    console.print(
        _table(
            store,
            "Errors by code",
            ("code", "documents", "example"),
            "SELECT code, count(DISTINCT document_id) AS n, any_value(message) FROM errors"
            " GROUP BY code ORDER BY n DESC",
        )
    )
    for grouping in GROUPINGS:
        console.print(audit_table(store, grouping))


def audit_table(store: Store, grouping: str) -> Table | str:
    title = f"Who is quoted, per {grouping} (share of quotes)"
    groups = audit(store, grouping)
    if not groups:
        return _none(title)
    table = Table(title=title)
    table.add_column(grouping, overflow="fold")
    table.add_column("quotes", justify="right")
    for dimension in DIMENSIONS:
        table.add_column(dimension, overflow="fold")
    for group, dims in groups.items():
        total = sum(dims["kind"].values())
        table.add_row(escape(group), str(total), *(_shares(dims[d], total) for d in DIMENSIONS))
    return table


def _shares(counts: Counter[str], total: int) -> str:
    shown = [f"{escape(value)} {n / total:.0%}" for value, n in counts.most_common(SHOWN)]
    return ", ".join(shown) + (", …" if len(counts) > SHOWN else "")


def _totals(store: Store) -> str:
    counts = {t: store.count(t) for t in ("documents", "quotes", "actors", "events", "disputes")}
    failed = store.con.execute("SELECT count(DISTINCT document_id) FROM errors").fetchone()[0]
    return (
        f"{escape(str(store.path))}: {counted(counts['documents'], 'document')} ({failed:,} with errors), "
        f"{counted(counts['quotes'], 'quote')}, {counted(counts['actors'], 'actor row')}, "
        f"{counted(counts['events'], 'event')}, {counted(counts['disputes'], 'dispute')}"
    )


def counted(count: int, noun: str) -> str:
    """'1 document', '2 documents'."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _table(store: Store, title: str, headers: tuple[str, ...], sql: str) -> Table | str:
    found = store.con.execute(sql).fetchall()
    if not found:
        return _none(title)
    table = Table(title=title)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in found:
        table.add_row(*(escape("" if v is None else str(v)) for v in row))
    return table


def _none(title: str) -> str:
    return f"[bold]{escape(title)}[/bold]: none"
