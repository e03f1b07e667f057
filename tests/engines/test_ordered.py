import dataclasses
import json

from faultlines.engines import ordered, work
from faultlines.ingest import load
from tests.ingest.pages import ARTICLE, NO_BODY

STORY = '"The ferry to Skellow will run again," Mayor Ada Roos said on Monday.'


def test_ordered_documents_read_as_load_reads_the_same_inputs_in_order(tmp_path):
    (tmp_path / "page.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.html").write_text(NO_BODY, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": STORY}), "{oops", json.dumps({"id": "b", "html": ARTICLE})]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = ["page.html", "empty.html", "story.txt", "records.jsonl", "missing.txt"]
    inputs = [str(tmp_path / name) for name in names]
    read = [work.as_article(task, None) for task in ordered.documents(inputs)]
    assert [dataclasses.asdict(a) for a in read] == [dataclasses.asdict(a) for a in load(*inputs)]


def test_ordered_a_directory_is_one_e100_record_in_its_place(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    found = [
        work.as_article(task, None)
        for task in ordered.documents([str(tmp_path), str(tmp_path / "story.txt")])
    ]
    assert [a.errors[0].code if a.errors else None for a in found] == ["E100", None]


def test_ordered_the_driver_extracts_only_the_pages_it_needs_to_choose_a_pool(tmp_path, monkeypatch):
    from faultlines import ingest

    extracted: list[str] = []
    real = ingest.READERS[".html"]

    def counted(data, doc_id, url=None):
        extracted.append(doc_id)
        return real(data, doc_id, url=url)

    monkeypatch.setitem(ingest.READERS, ".html", counted)
    monkeypatch.setattr(ordered, "POOL_CHARS", 600)
    pages = []
    for n in range(8):
        page = tmp_path / f"page-{n}.html"
        page.write_text(ARTICLE, encoding="utf-8")
        pages.append(str(page))
    analyses = list(ordered.analyses(ordered.documents(pages), None, workers=2, time_limit=60))
    assert [a.id for a in analyses] == pages
    assert all(a.quotes and not a.errors for a in analyses)
    assert extracted == pages[:2]  # the rest were extracted by the workers
