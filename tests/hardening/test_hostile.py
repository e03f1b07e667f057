"""The hostile corpus (corpus.py) through `faultlines analyze` and `faultlines run`: every case gives a
clean result or its error entry, nothing raises or hangs, and the stories around each case come out as
they do alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.pipeline import analyze
from tests.hardening.corpus import RECORDS, STORY, cut_warc, hostile_files, hostile_jsonl
from tests.hardening.test_properties import SCHEMA, spans

FAULTLINES = Path(sys.executable).with_name("faultlines")


def analysed(*inputs: str) -> list[dict]:
    result = CliRunner().invoke(app, ["analyze", *inputs])
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def codes(record: dict) -> list[str]:
    return [e["code"] for e in record["errors"]]


def test_hostile_records_through_analyze_give_results_or_errors_and_spare_their_neighbours(tmp_path, nlp):
    import jsonschema

    from faultlines.model import Analysis

    expected = hostile_jsonl(tmp_path / "hostile.jsonl")
    records = analysed(str(tmp_path / "hostile.jsonl"))
    assert [(r["id"], codes(r)) for r in records] == expected
    alone = {k: v for k, v in analyze(STORY).to_dict().items() if k != "id"}
    for record in records:
        jsonschema.validate(record, SCHEMA)
        for span in spans(Analysis.from_dict(record)):
            assert record["text"][span.start : span.end] == span.text
        if record["id"].startswith("story-"):
            assert {k: v for k, v in record.items() if k != "id"} == alone, record["id"]


def test_hostile_files_through_analyze_give_results_or_errors(tmp_path, nlp):
    expected = hostile_files(tmp_path)
    pages, warc_code = cut_warc(tmp_path / "cut.warc.gz")
    records = analysed(*(str(tmp_path / name) for name in expected), str(tmp_path / "cut.warc.gz"))
    by_file = {Path(r["id"]).name: codes(r) for r in records[: len(expected)]}
    assert by_file == expected
    assert [(r["id"], codes(r)) for r in records[len(expected) :]] == [
        *((uri, []) for uri in pages),
        (str(tmp_path / "cut.warc.gz"), [warc_code]),
    ]
    clean = [r for r in records if not r["errors"]]
    assert all(r["quotes"] and "Brandt" in r["text"] for r in clean if "ferry" in r["id"])
    assert "Zoë" in next(r["text"] for r in records if r["id"].endswith("cp1252.txt"))


def test_hostile_corpus_through_run_stores_every_document_once_with_its_errors(tmp_path):
    corpus = tmp_path / "corpus"
    files = hostile_files(corpus)
    records = hostile_jsonl(corpus / "hostile.jsonl")
    pages, warc_code = cut_warc(corpus / "cut.warc.gz")
    db = tmp_path / "hostile.duckdb"
    done = subprocess.run(
        [str(FAULTLINES), "run", str(corpus), "--db", str(db), "--workers", "1", "--time-limit", "60"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        ids = [row[0] for row in con.execute("SELECT id FROM documents").fetchall()]
        stored = {}
        for doc_id, code in con.execute("SELECT document_id, code FROM errors ORDER BY code").fetchall():
            stored.setdefault(doc_id, []).append(code)
        quotes = dict(con.execute("SELECT document_id, count(*) FROM quotes GROUP BY 1").fetchall())
    jsonl_ids = {
        (doc_id.replace(str(corpus / "hostile.jsonl"), "hostile.jsonl") if ":" in doc_id else doc_id): c
        for doc_id, c in records
    }
    want = {**files, **jsonl_ids, **{uri: [] for uri in pages}, "cut.warc.gz": [warc_code]}
    assert sorted(ids) == sorted(want)
    assert {doc_id: stored.get(doc_id, []) for doc_id in ids} == want
    assert all(quotes.get(doc_id) for doc_id in want if doc_id.startswith("story-"))
    assert len(RECORDS) + len(files) < len(ids)
