import io
import json
import sys
from pathlib import Path

from faultlines.ingest import load
from tests.ingest.pages import ARTICLE


def test_load_dispatches_on_kind_and_keeps_input_order(tmp_path):
    (tmp_path / "a.txt").write_text("Plain words.", encoding="utf-8")
    (tmp_path / "b.HTML").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "One."}) + "\n" + json.dumps({"id": "c2", "text": "Two."}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "d.md").write_text("# Notes\nMarkdown is read as text.", encoding="utf-8")
    sources = [
        str(tmp_path / "a.txt"),
        tmp_path / "b.HTML",
        str(tmp_path / "c.jsonl"),
        str(tmp_path / "d.md"),
    ]
    articles = list(load(*sources))
    assert [a.id for a in articles] == [sources[0], str(sources[1]), "c1", "c2", sources[3]]
    assert articles[0].text == "Plain words."
    assert articles[1].title == "Dock strike enters second week"
    assert articles[4].text == "# Notes\nMarkdown is read as text."


def test_load_never_raises_for_bad_documents(tmp_path):
    (tmp_path / "junk.dat").write_bytes(b"\x00\xff\x00\xfe")
    (tmp_path / "empty.txt").write_bytes(b"")
    sources = [
        str(tmp_path / "missing.txt"),
        str(tmp_path / "junk.dat"),
        str(tmp_path / "empty.txt"),
        str(tmp_path),
    ]
    articles = list(load(*sources))
    assert [a.id for a in articles] == sources
    assert [[e.code for e in a.errors] for a in articles] == [["E100"], ["E104"], ["E103"], ["E100"]]


def test_load_dash_reads_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From a pipe.\n")))
    (article,) = load("-")
    assert (article.id, article.text) == ("stdin", "From a pipe.\n")


def test_load_is_lazy(tmp_path):
    path = tmp_path / "late.txt"
    articles = load(Path(path))
    path.write_text("Written after load() was called.", encoding="utf-8")
    assert next(articles).text == "Written after load() was called."
