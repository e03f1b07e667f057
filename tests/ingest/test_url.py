import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from faultlines.ingest import url
from tests.ingest.pages import ARTICLE


class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/strike":
            self.send_error(404)
            return
        body = ARTICLE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_fetch_extracts_the_page(server):
    article = url.fetch(f"{server}/strike", allow_private=True)
    assert article.id == f"{server}/strike"
    assert article.errors == []
    assert "Crane operators at the port of Velsbury" in article.text
    assert article.title == "Dock strike enters second week"


def test_url_fetch_missing_page_is_fetch_failed(server):
    article = url.fetch(f"{server}/nothing", allow_private=True)
    assert [e.code for e in article.errors] == ["E106"]
    assert article.errors[0].message == f"{server}/nothing: HTTP status 404"


def test_url_fetch_refuses_local_addresses_by_default(server):
    article = url.fetch(f"{server}/strike")
    assert article.text == ""
    assert [e.code for e in article.errors] == ["E106"]


def test_url_fetch_refused_connection_is_fetch_failed():
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    article = url.fetch(f"http://127.0.0.1:{port}/", allow_private=True)
    assert [e.code for e in article.errors] == ["E106"]


def test_url_is_url_takes_http_and_https_only():
    assert url.is_url("https://example.org/a") and url.is_url("HTTP://example.org")
    assert not url.is_url("ftp://example.org") and not url.is_url("notes/http.txt")
