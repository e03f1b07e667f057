"""Export from the store: one table as CSV, Parquet or JSONL, and every table as Parquet partitioned by
publication month. DuckDB writes the files itself (no pyarrow)."""

from __future__ import annotations

from pathlib import Path

from faultlines.store import schema
from faultlines.store.db import Store

FORMATS = {"csv": "(FORMAT csv, HEADER)", "parquet": "(FORMAT parquet)", "jsonl": "(FORMAT json)"}

# The quote table a spreadsheet user can open: one row per quote with its document and speaker.
FLAT_QUOTES = """
    SELECT q.document_id AS document, d.date, d.outlet, d.url, q.speaker, a.role, a.country, a.sector,
           q.kind, q.cue, q.quote, q.confidence
    FROM quotes q
    JOIN documents d ON d.id = q.document_id
    LEFT JOIN actors a ON a.document_id = q.document_id AND a.id = q.speaker_id
    ORDER BY q.document_id, q.start"""

# A month every row can be filed under: documents without a readable date go to "unknown".
MONTH = "coalesce(d.month, 'unknown')"


def query(table: str) -> str:
    """What ``export --table`` writes: the flat quote table for ``quotes``, else the table as stored."""
    if table == "quotes":
        return FLAT_QUOTES
    if table not in schema.TABLES | schema.DERIVED | schema.VIEWS:
        raise ValueError(f"no table {table!r}; tables: {', '.join(tables())}")
    return f"SELECT * FROM {table}"


def tables() -> list[str]:
    return [*schema.TABLES, *schema.DERIVED, *schema.VIEWS]


def write_table(store: Store, table: str, fmt: str, path: Path) -> int:
    """Write ``table`` to ``path`` in ``fmt`` (csv, parquet, jsonl); returns the number of rows."""
    sql = query(table)
    store.con.execute(f"COPY ({sql}) TO '{_quoted(path)}' {FORMATS[fmt]}")
    return store.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]


def write_parquet(store: Store, directory: Path) -> list[Path]:
    """Every table under ``directory/<table>/month=YYYY-MM/``; merged dispute histories, which span
    months, as one file. Existing files of the same names are overwritten."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in schema.TABLES:
        target = directory / table
        if table == "documents":
            sql = f"SELECT d.* EXCLUDE (month), {MONTH} AS month FROM documents d"
        else:
            sql = f"SELECT t.*, {MONTH} AS month FROM {table} t JOIN documents d ON d.id = t.document_id"
        store.con.execute(
            f"COPY ({sql}) TO '{_quoted(target)}' (FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE)"
        )
        written.append(target)
    for table in schema.DERIVED:
        target = directory / f"{table}.parquet"
        store.con.execute(f"COPY {table} TO '{_quoted(target)}' (FORMAT parquet)")
        written.append(target)
    return written


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
