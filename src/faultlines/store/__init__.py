"""The corpus store: an embedded DuckDB file with one table per layer of the analysis, views over
them, merged dispute histories, and Parquet/CSV/JSONL export. DuckDB is imported only when a store
is opened."""

from faultlines.store.db import Store
from faultlines.store.rows import rows

__all__ = ["Store", "rows"]
