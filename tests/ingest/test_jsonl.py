import json

from faultlines.ingest import jsonl
from tests.ingest.pages import ARTICLE


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_jsonl_read_yields_one_article_per_record_in_order(tmp_path):
    path = write_lines(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": "First story.", "title": "One", "published": "2024-01-02"}),
            "",
            json.dumps(
                {"id": "b", "text": "Second story.", "outlet": "Gazette", "url": "https://x.example/b"}
            ),
        ],
    )
    articles = list(jsonl.read(path))
    assert [(a.id, a.text) for a in articles] == [("a", "First story."), ("b", "Second story.")]
    assert (articles[0].title, articles[0].published) == ("One", "2024-01-02")
    assert (articles[1].outlet, articles[1].url) == ("Gazette", "https://x.example/b")
    assert all(a.errors == [] for a in articles)


def test_jsonl_read_ignores_gold_fields(tmp_path):
    record = {"id": "g", "text": "Text.", "quotes": [{"start": 0}], "phenomenon": "split quote"}
    path = write_lines(tmp_path / "gold.jsonl", [json.dumps(record)])
    (article,) = jsonl.read(path)
    assert (article.id, article.text, article.errors) == ("g", "Text.", [])


def test_jsonl_read_names_records_without_id_by_path_and_line(tmp_path):
    path = write_lines(tmp_path / "in.jsonl", [json.dumps({"text": "x"}), "", json.dumps({"text": "y"})])
    assert [a.id for a in jsonl.read(path)] == [f"{path}:1", f"{path}:3"]


def test_jsonl_read_bad_lines_become_errors_and_reading_goes_on(tmp_path):
    path = write_lines(
        tmp_path / "bad.jsonl",
        [
            "{not json",
            "[1, 2]",
            json.dumps({"id": "n", "text": None}),
            json.dumps({"id": "k", "text": 42}),
            json.dumps({"id": "e", "text": ""}),
            json.dumps({"id": "ok", "text": "Fine."}),
        ],
    )
    articles = list(jsonl.read(path))
    assert [a.id for a in articles] == [f"{path}:1", f"{path}:2", "n", "k", "e", "ok"]
    assert [[e.code for e in a.errors] for a in articles] == [
        ["E101"],
        ["E101"],
        ["E102"],
        ["E102"],
        ["E103"],
        [],
    ]
    assert articles[3].errors[0].message == "k: 'text' is a number"
    assert all("\n" not in e.message for a in articles for e in a.errors)


def test_jsonl_read_invalid_utf8_line_is_an_invalid_record(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "fine"}\n')
    articles = list(jsonl.read(str(path)))
    assert [a.errors[0].code if a.errors else None for a in articles] == ["E101", None]


def test_jsonl_read_keeps_unicode_line_separators_inside_strings(tmp_path):
    text = "One line\u2028still the same record."
    path = tmp_path / "sep.jsonl"
    path.write_bytes(json.dumps({"id": "s", "text": text}, ensure_ascii=False).encode("utf-8") + b"\n")
    assert [a.text for a in jsonl.read(str(path))] == [text]


def test_jsonl_read_html_records_are_extracted_and_record_fields_win(tmp_path):
    record = {"id": "h", "html": ARTICLE, "title": "Port strike, day eight"}
    (article,) = jsonl.read(write_lines(tmp_path / "h.jsonl", [json.dumps(record)]))
    assert "Crane operators at the port of Velsbury" in article.text
    assert "<p>" not in article.text
    assert article.title == "Port strike, day eight"
    assert article.author == "Mara Quillfeather"


def test_jsonl_read_empty_file_reports_no_records(tmp_path):
    path = write_lines(tmp_path / "empty.jsonl", [""])
    (article,) = jsonl.read(path)
    assert (article.id, [e.code for e in article.errors]) == (path, ["E103"])


def test_jsonl_read_missing_file_is_an_input_error(tmp_path):
    path = str(tmp_path / "gone.jsonl")
    (article,) = jsonl.read(path)
    assert (article.id, [e.code for e in article.errors]) == (path, ["E100"])


def test_jsonl_a_line_nested_too_deeply_is_one_invalid_record(tmp_path):
    good = json.dumps({"id": "a", "text": "Fine."})
    path = write_lines(tmp_path / "in.jsonl", [good, "[" * 100_000 + "]" * 100_000, good])
    articles = list(jsonl.read(path))
    assert [[e.code for e in a.errors] for a in articles] == [[], ["E101"], []]
    assert "nested too deeply" in articles[1].errors[0].message


def test_jsonl_a_lone_surrogate_escape_becomes_a_replacement_character(tmp_path):
    # "\ud800" decodes to a lone surrogate, which neither spaCy nor a UTF-8 writer accepts.
    path = write_lines(tmp_path / "in.jsonl", [r'{"id": "x\udc00", "text": "He said \ud800 yes."}'])
    (article,) = jsonl.read(path)
    assert (article.id, article.text) == ("x\ufffd", "He said \ufffd yes.")
    assert json.dumps(article.text, ensure_ascii=False).encode("utf-8")
