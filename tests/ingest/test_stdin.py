import io
import json

from faultlines.ingest import stdin


def read(data: bytes):
    return list(stdin.read(io.BytesIO(data)))


def test_stdin_read_jsonl_when_every_line_is_an_object():
    data = (json.dumps({"id": "a", "text": "One."}) + "\n\n" + json.dumps({"text": "Two."}) + "\n").encode()
    articles = read(data)
    assert [(a.id, a.text) for a in articles] == [("a", "One."), ("stdin:3", "Two.")]


def test_stdin_read_plain_text_is_one_article_unchanged():
    content = 'The council met.\n{"not": "all lines are JSON"}\n'
    (article,) = read(content.encode("utf-8"))
    assert (article.id, article.text, article.errors) == ("stdin", content, [])


def test_stdin_read_decodes_cp1252():
    (article,) = read("Café owners said “no” to the plan.".encode("cp1252"))
    assert article.text == "Café owners said “no” to the plan."


def test_stdin_read_binary_is_binary_input():
    (article,) = read(b"\x00\x01\x02\x03")
    assert [e.code for e in article.errors] == ["E104"]


def test_stdin_read_nothing_is_empty_text():
    (article,) = read(b"")
    assert [e.code for e in article.errors] == ["E103"]
