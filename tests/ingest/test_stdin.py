import gzip
import io
import json

from faultlines.ingest import stdin
from tests.ingest.pages import ARTICLE


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


def test_stdin_read_gzipped_input_through():
    (article,) = read(gzip.compress(b"The council met on Monday."))
    assert (article.text, article.errors) == ("The council met on Monday.", [])


def test_stdin_read_gzipped_jsonl_as_records():
    data = gzip.compress((json.dumps({"id": "a", "text": "One."}) + "\n").encode())
    assert [(a.id, a.text) for a in read(data)] == [("a", "One.")]


def test_stdin_read_an_html_page_as_html():
    (article,) = read(ARTICLE.encode("utf-8"))
    assert article.title == "Dock strike enters second week"
    assert "Crane operators at the port of Velsbury" in article.text and "<p>" not in article.text


def test_stdin_read_text_mentioning_a_tag_stays_text():
    content = "Plain words, then <p> in the middle.\n"
    (article,) = read(content.encode())
    assert article.text == content
