"""The DuckDB file: open it (creating the schema), tell which documents are stored, write batches.

A batch of documents is written in one transaction, every table at once, so a run killed at any
moment leaves whole documents or none: the next run skips exactly the ids in ``documents``.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from faultlines.errors import Messages, StoreWriteFailed
from faultlines.store import schema
from faultlines.store.rows import Rows

if TYPE_CHECKING:
    import duckdb


class Store:
    """One DuckDB database file holding a corpus's analyses."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        self.con: duckdb.DuckDBPyConnection = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            for statement in schema.ddl():
                self.con.execute(statement)
        # A connection of its own for ``stored``, which a run may call from its feeding thread while
        # this one writes (a DuckDB connection serves one thread at a time).
        self._lookups = self.con.cursor()

    def stored(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are stored already (analysed, or recorded with their errors)."""
        if not ids:
            return set()
        found = self._lookups.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest($ids))", {"ids": ids}
        )
        return {row[0] for row in found.fetchall()}

    def write(self, batch: Iterable[Rows]) -> None:
        """Store the rows of several documents in one transaction: all of them, or none.

        Raises StoreWriteFailed when the file cannot grow (disk full, file size limit); what was
        committed before stays readable, and a run resumes from it once there is room.
        """
        import duckdb

        columns = _transpose(batch)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, cols in columns.items():
                if cols and cols[0]:
                    self.con.execute(schema.insert(table), _named(table, cols))
            self.con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            # DuckDB reports a write that failed at commit as a TransactionException.
            if isinstance(exc, duckdb.IOException | duckdb.TransactionException | OSError):
                reason = str(exc).splitlines()[0]
                raise StoreWriteFailed(Messages.STORE_WRITE.format(path=self.path, reason=reason)) from exc
            raise

    def _rollback(self) -> None:
        import duckdb

        with suppress(duckdb.Error):  # a commit that failed has already ended the transaction
            self.con.execute("ROLLBACK")

    def replace(self, table: str, rows: list[tuple]) -> None:
        """Replace a derived table's content (in the caller's transaction, if any)."""
        self.con.execute(f"DELETE FROM {table}")
        if rows:
            self.con.execute(schema.insert(table), _named(table, [list(c) for c in zip(*rows, strict=True)]))

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def close(self) -> None:
        self._lookups.close()
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _transpose(batch: Iterable[Rows]) -> dict[str, list[list]]:
    """Rows of many documents as one list per column per table."""
    columns: dict[str, list[list]] = {t: [[] for _ in cols] for t, cols in schema.TABLES.items()}
    for doc_rows in batch:
        for table, rows in doc_rows.items():
            cols = columns[table]
            for row in rows:
                for col, value in zip(cols, row, strict=True):
                    col.append(value)
    return columns


def _named(table: str, cols: list[list]) -> dict[str, list]:
    names = [c for c, _ in (schema.TABLES | schema.DERIVED)[table]]
    return dict(zip(names, cols, strict=True))
