"""The server-rendered pages: each one renders from the demo store, article markup is shown as text."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

import pytest

from tests.web.conftest import ESCAPE_ID, ESCAPE_PATH

PAGES = [
    "/",
    "/documents",
    "/documents/demo-01-velsbury-dock-strike",
    "/actors",
    "/actors/ines-darrow",
    "/disputes",
    "/timeline",
    "/quotes",
    "/docs",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_without_assets_from_elsewhere(client, path):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "cdn" not in page.text.lower() and "https://" not in page.text.split("</head>")[0]


def test_pages_overview_shows_counts_speakers_disputes_and_paste_box(client):
    page = client.get("/").text
    assert "Ines Darrow" in page and 'action="/analyze"' in page
    assert "Tomas Brenner" in page  # one side of the dock-strike dispute


def test_pages_document_marks_quotes_in_speaker_colour_with_cue_and_source(client):
    page = client.get("/documents/demo-01-velsbury-dock-strike").text
    assert 'data-speaker="Ines Darrow"' in page
    assert 'class="q"' in page and "source" in page and "cue" in page


def test_pages_article_markup_is_escaped_everywhere(client):
    for path in (ESCAPE_PATH, "/quotes?q=alert", "/documents?text=script"):
        page = client.get(path).text
        assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(ESCAPE_PATH).text
    pasted = client.post(
        "/analyze", data={"text": '"<img src=x onerror=alert(2)> now," Mayor Ola Berg said.'}
    )
    assert pasted.status_code == 200 and "<img src=x" not in pasted.text and "&lt;img src=x" in pasted.text


def test_pages_paste_box_analyses_without_storing(client):
    before = client.get("/api/documents").json()["total"]
    page = client.post("/analyze", data={"text": '"We close the pier," Mayor Ola Berg said on Monday.'})
    assert page.status_code == 200 and 'data-speaker="Ola Berg"' in page.text
    assert client.get("/api/documents").json()["total"] == before
    assert client.post("/analyze", data={"text": "  "}).status_code == 400


def test_pages_quotes_csv_downloads_the_filtered_rows(client):
    answer = client.get("/quotes.csv", params={"speaker": "ines-darrow"})
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows and {r["speaker"] for r in rows} == {"Ines Darrow"}


def test_pages_unknown_document_is_404(client):
    assert client.get("/documents/nothing-here").status_code == 404


def test_pages_carry_a_content_security_policy_of_their_own_origin(client):
    headers = client.get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_pages_links_reach_documents_whose_id_is_a_url(client):
    listing = client.get("/documents", params={"text": "ferry"}).text
    link = re.search(r'href="(/documents/[^"]*example\.org[^"]*)"', listing).group(1)
    page = client.get(link.replace("&amp;", "&"))
    assert page.status_code == 200 and "Ostrova" in page.text
    assert client.get("/api/documents/" + quote(ESCAPE_ID)).json()["id"] == ESCAPE_ID


def test_pages_document_links_only_web_urls(demo_store, tmp_path):
    import shutil

    from fastapi.testclient import TestClient

    from faultlines.model import Analysis
    from faultlines.store import Store, rows
    from faultlines.web.app import Settings, create_app

    db = tmp_path / "urls.duckdb"
    shutil.copy(demo_store, db)
    with Store(db) as store:
        store.write([rows(Analysis(id="js", text="Quiet day.", url="javascript:alert(3)"))])
    with TestClient(create_app(Settings(db, warm=False))) as client:
        page = client.get("/documents/js")
        assert page.status_code == 200 and "javascript:" not in page.text
