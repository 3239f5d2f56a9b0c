"""Fetching pages: a local HTTP server on 127.0.0.1 and httpx.MockTransport; no network."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from onrecord.errors import FetchError
from onrecord.read.fetch import fetch

PAGES = Path(__file__).resolve().parent / "pages" / "html"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/page":
            body = (PAGES / "transcript_page.html").read_bytes()
            self.send(200, body, {"Content-Type": "text/html; charset=utf-8"})
        elif path == "/cp1251":
            body = (PAGES / "cp1251_undeclared.html").read_bytes()
            self.send(200, body, {"Content-Type": 'text/html; charset="windows-1251"'})
        elif path == "/text":
            self.send(200, b"Plain words.\n", {"Content-Type": "text/plain"})
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page" if n == 0 else f"/hop/{n - 1}"
            self.send(302, b"", {"Location": target})
        elif path == "/image":
            self.send(200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"})
        elif path == "/missing":
            self.send(404, b"not here", {"Content-Type": "text/html"})
        elif path == "/broken":
            self.send(503, b"down", {"Content-Type": "text/html"})
        elif path == "/big":
            self.send(200, b"<p>" + b"a" * 5000, {"Content-Type": "text/html"})
        elif path == "/stream":  # no Content-Length: the cap must work while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"b" * 1000 + b"</p>")
        elif path == "/bomb":
            body = gzip.compress(b" " * 2_000_000, 1)
            self.send(200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, b"<p>late</p>", {"Content-Type": "text/html"})
        else:
            self.send(404, b"", {})


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up early (size cap, timeout) is expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_fetch_page(server: str) -> None:
    body, charset, final = fetch(f"{server}/page")
    assert body == (PAGES / "transcript_page.html").read_bytes()
    assert charset == "utf-8" and final == f"{server}/page"


def test_charset_from_header_and_plain_text(server: str) -> None:
    assert fetch(f"{server}/cp1251")[1] == "windows-1251"
    body, charset, _ = fetch(f"{server}/text")
    assert body == b"Plain words.\n" and charset is None


def test_redirects_are_followed_and_bounded(server: str) -> None:
    _, _, final = fetch(f"{server}/hop/3")
    assert final == f"{server}/page"
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(f"{server}/hop/3", max_redirects=2)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/image", "image/png, not a web page"),
        ("/missing", "404"),
        ("/broken", "503.*try again later"),
    ],
)
def test_errors_say_what_happened(server: str, path: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        fetch(f"{server}{path}")


@pytest.mark.parametrize("path", ["/big", "/stream", "/bomb"])
def test_size_cap(server: str, path: str) -> None:
    with pytest.raises(FetchError, match="limit"):
        fetch(f"{server}{path}", max_bytes=4000)


def test_timeout(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer within 0\.3 s"):
        fetch(f"{server}/slow", timeout=0.3)
    assert time.monotonic() - start < 1.4


def test_connection_refused() -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/page", timeout=2)


def test_bad_urls() -> None:
    for url in ("ftp://example.org/file", "http://", "not a url"):
        with pytest.raises(FetchError):
            fetch(url)


def test_redirect_to_another_scheme_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "file:///etc/passwd"})

    with pytest.raises(FetchError, match="not http"):
        fetch("https://news.example.org/a", transport=httpx.MockTransport(handler))


def test_mock_transport_without_content_type() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["user-agent"].startswith("onrecord/")
        return httpx.Response(200, content=b"<html><p>hello</p></html>")

    body, charset, final = fetch(
        "https://news.example.org/a", transport=httpx.MockTransport(handler)
    )
    assert body.startswith(b"<html>") and charset is None and final == "https://news.example.org/a"
