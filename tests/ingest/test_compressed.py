import gzip
import json

import pytest

from faultlines.errors import InputError
from faultlines.ingest import compressed, load
from tests.ingest.pages import ARTICLE


def test_compressed_html_gz_is_read_as_html(tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (article,) = load(str(tmp_path / "page.html.gz"))
    assert not article.errors
    assert article.title == "Dock strike enters second week"


def test_compressed_text_is_recognised_by_its_bytes_whatever_its_name(tmp_path):
    (tmp_path / "notes.txt").write_bytes(gzip.compress(b"Ferries resumed on Monday."))
    (article,) = load(str(tmp_path / "notes.txt"))
    assert article.text == "Ferries resumed on Monday."


def test_compressed_jsonl_gz_streams_its_records(tmp_path):
    lines = "".join(json.dumps({"id": f"r{n}", "text": f"Record {n}."}) + "\n" for n in range(3))
    (tmp_path / "corpus.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    assert [a.id for a in load(str(tmp_path / "corpus.jsonl.gz"))] == ["r0", "r1", "r2"]


def test_compressed_corrupt_file_is_one_error_and_the_rest_still_load(tmp_path):
    (tmp_path / "bad.html.gz").write_bytes(gzip.compress(ARTICLE.encode())[:40])
    (tmp_path / "good.txt").write_text("Still here.", encoding="utf-8")
    bad, good = load(str(tmp_path / "bad.html.gz"), str(tmp_path / "good.txt"))
    assert [e.code for e in bad.errors] == ["E100"] and "gzip" in bad.errors[0].message
    assert good.text == "Still here."


def test_compressed_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(compressed, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="uncompressed"):
        compressed.gunzip(gzip.compress(b"a" * 5000), "bomb.txt.gz")


def test_compressed_inner_suffix_picks_the_reader():
    assert compressed.inner_suffix("x/Page.HTML.gz") == ".html"
    assert compressed.inner_suffix("corpus.jsonl") == ".jsonl"
