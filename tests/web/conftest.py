"""Fixtures of the web tests: a store of the demo articles run through the real pipeline (once per
session), an API client over it, and a live server for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

# Its id is a URL, as WARC records have: links to it must survive the trip through the path.
ESCAPE_ID = "https://example.org/news/ferry-vote?page=1"
ESCAPE_PATH = "/documents/" + quote(ESCAPE_ID)
# An invented article whose text carries markup: the pages must show it as text, never run it.
ESCAPE_TEXT = (
    '"<script>alert(1)</script> will not pass," Mayor Lena Ostrova said on Friday. '
    "Councillor Piet Janssen said <b>the ferry</b> should stay."
)


@pytest.fixture(scope="session")
def demo_store(nlp, tmp_path_factory) -> Path:
    from faultlines import demo
    from faultlines.model import Article
    from faultlines.pipeline import analyze_many
    from faultlines.store import Store, rows
    from faultlines.store.histories import rebuild

    path = tmp_path_factory.mktemp("web") / "demo.duckdb"
    articles = [
        *demo.articles(),
        Article(
            id=ESCAPE_ID, text=ESCAPE_TEXT, title="Ferry vote splits the council", published="2024-12-01"
        ),
    ]
    with Store(path) as store:
        store.write(rows(a) for a in analyze_many(articles))
        rebuild(store)
    return path


@pytest.fixture(scope="session")
def app(demo_store):
    from faultlines.web.app import Settings, create_app

    return create_app(Settings(demo_store, warm=False, max_bytes=50_000, time_limit=20.0))


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def server(app) -> str:
    """The app served by uvicorn on a free local port, in a thread; its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
