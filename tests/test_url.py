"""URLs: fetched from a server on 127.0.0.1 with time, redirect and size limits."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import parley
from parley.errors import ParleyError
from parley.sources import web
from conftest import FIXTURES

PAGE = (FIXTURES / "html" / "venezuela-onu-fr.html").read_bytes()
FEED = (FIXTURES / "feeds" / "atom.xml").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", extra=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/article":
            self._send(200, PAGE)
        elif self.path == "/moved":
            self._send(301, b"", extra={"Location": "/article"})
        elif self.path == "/loop":
            self._send(302, b"", extra={"Location": "/loop"})
        elif self.path == "/feed":
            self._send(200, FEED, "application/atom+xml")
        elif self.path == "/big":
            self._send(200, b"x" * 5000)
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_article_is_fetched_and_read(server):
    report = parley.read(f"{server}/article")
    assert report.article.language == "fr"
    assert report.article.url and report.article.url.endswith("/article")
    assert len(report.article.sentences) >= 5


def test_url_redirect_is_followed(server):
    report = parley.read(f"{server}/moved")
    assert report.article.title and "Venezuela" in report.article.title


def test_url_redirect_loop_is_a_clear_error(server):
    with pytest.raises(ParleyError) as info:
        parley.read(f"{server}/loop")
    assert info.value.code == "E006" and "redirects" in info.value.line()


def test_url_not_found_is_a_clear_error(server):
    with pytest.raises(ParleyError) as info:
        parley.read(f"{server}/nothing")
    assert "HTTP 404" in info.value.line()


def test_url_size_limit(server, monkeypatch):
    monkeypatch.setattr(web, "MAX_BYTES", 1000)
    with pytest.raises(ParleyError) as info:
        parley.read(f"{server}/big")
    assert info.value.code == "E005"


def test_url_feed_entries(server):
    from parley.sources import iter_documents, RawDocument

    items = list(iter_documents(f"{server}/feed"))
    assert len([i for i in items if isinstance(i, RawDocument)]) == 2


def test_url_unreachable_is_a_clear_error():
    with pytest.raises(ParleyError) as info:
        parley.read("http://127.0.0.1:9/nothing-listens-here")
    assert info.value.code == "E006"
