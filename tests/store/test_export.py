import csv
import json

from faultlines.store import Store, rows
from faultlines.store.export import write_parquet, write_table
from tests.store.corpus import analysis


def test_export_quotes_are_one_flat_row_per_quote_with_speaker_codes(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write([rows(analysis("a"))])
        assert write_table(store, "quotes", "csv", tmp_path / "q.csv") == 2
        first = next(csv.DictReader((tmp_path / "q.csv").open()))
        assert list(first) == [
            "document", "date", "outlet", "url", "speaker", "role", "country", "sector",
            "kind", "cue", "quote", "confidence",
        ]  # fmt: skip
        assert (first["speaker"], first["role"], first["country"], first["quote"]) == (
            "Ada Roos", "Mayor", "NOR", "the harbour tunnel",
        )  # fmt: skip
        write_table(store, "quotes", "jsonl", tmp_path / "q.jsonl")
        assert len([json.loads(line) for line in (tmp_path / "q.jsonl").open()]) == 2


def test_export_parquet_partitions_every_table_by_publication_month(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write([rows(analysis("a", published="2026-03-02")), rows(analysis("b", published=None))])
        write_parquet(store, tmp_path / "pq")
        assert {p.name for p in (tmp_path / "pq" / "quotes").iterdir()} == {"month=2026-03", "month=unknown"}
        back = store.con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/quotes/*/*.parquet')")
        assert back.fetchone()[0] == 4
