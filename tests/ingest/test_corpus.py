import gzip
import json

import zstandard

from faultlines.ingest import corpus
from tests.ingest import warcs

RECORDS = [
    {"id": "r1", "text": "Mayor Ada Roos said the tunnel opens in May."},
    {"text": "Councillor Ben Ito said ferry fares must fall."},
]


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_corpus_folders_name_files_by_relative_path_and_records_by_their_id(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "tunnel.txt").write_text("Mayor Ada Roos said the tunnel opens in May.")
    (tmp_path / "feed.jsonl").write_bytes(_jsonl(RECORDS))
    found = list(corpus.tasks([str(tmp_path)]))
    assert [t.id for t in found] == ["r1", "feed.jsonl:2", "pages/tunnel.txt"]
    articles = [corpus.article(t) for t in found]
    assert [a.id for a in articles] == ["r1", "feed.jsonl:2", "pages/tunnel.txt"]
    assert articles[2].text.startswith("Mayor Ada Roos") and not any(a.errors for a in articles)


def test_corpus_jsonl_reads_through_gzip_and_zstd(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_jsonl(RECORDS)))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(_jsonl(RECORDS[:1])))
    ids = [t.id for t in corpus.tasks([str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl.zst")])]
    assert ids == ["r1", f"{tmp_path}/a.jsonl.gz:2", "r1"]


def test_corpus_bad_lines_and_corrupt_files_are_error_records(tmp_path):
    (tmp_path / "bad.jsonl").write_bytes(b'{"id": "ok", "text": "Fine words."}\nnot json\n[1]\n')
    (tmp_path / "broken.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"garbage")
    found = list(corpus.tasks([str(tmp_path / "bad.jsonl"), str(tmp_path / "broken.jsonl.zst")]))
    codes = [corpus.article(t).errors[0].code if corpus.article(t).errors else None for t in found]
    assert codes == [None, "E101", "E101", "E100"]


def test_corpus_warc_pages_are_tasks_named_by_uri_and_extracted_by_the_worker(tmp_path):
    body = warcs.page("Tunnel vote", "Mayor Ada Roos said the tunnel opens in May.")
    path = warcs.write(tmp_path / "cc.warc.gz", [warcs.response("https://example.org/t", body)])
    (task,) = corpus.tasks([str(tmp_path)])
    assert (task.id, task.kind) == ("https://example.org/t", "page")
    assert corpus.article(task).title == "Tunnel vote"
    assert path.exists()


def test_corpus_count_matches_the_tasks_without_parsing_a_record(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "tunnel.txt").write_text("Mayor Ada Roos said the tunnel opens in May.")
    (tmp_path / "feed.jsonl").write_bytes(_jsonl(RECORDS) + b"\n  \nnot json\n")
    (tmp_path / "more.jsonl.gz").write_bytes(gzip.compress(_jsonl(RECORDS)))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    inputs = [str(tmp_path)]
    assert corpus.count(inputs) == len(list(corpus.tasks(inputs))) == 7
