"""Inputs: format sniffing, files, directories, globs, stdin, URLs, size limits."""

from __future__ import annotations

import functools
import gzip
import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.errors import InputError, TooLargeError, UsageError
from onrecord.model import Draft
from onrecord.read import html
from onrecord.read.inputs import draft_from_bytes, iter_drafts, load_draft, read_bytes
from onrecord.read.sniff import detect

TEXT = (
    "Port reopens after storm\n\n"
    "The port reopened on Thursday morning after the storm passed, the harbour master said.\n"
)


@pytest.fixture(scope="module")
def page(pages_dir: Path) -> bytes:
    return (pages_dir / "html" / "transcript_page.html").read_bytes()


def warc_bytes(*pages: tuple[str, bytes]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
        record.raw_stream.seek(0)  # warcio leaves the payload at its end after the digest
        writer.write_record(record)
    return out.getvalue()


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", None, "html"),
        (b"\xef\xbb\xbf\n  <html lang='en'><p>x</p></html>", None, "html"),
        (b"<!-- saved page -->\n<HTML><BODY>x</BODY></HTML>", None, "html"),
        (
            b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
            None,
            "html",
        ),
        (b"<div class='story'><p>Fragment of a page</p><p>More</p></div>", None, "html"),
        (b"<b>bold claim</b> in a note", "note.html", "html"),
        (b"<b>bold claim</b> in a note", "note.txt", "text"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", None, "warc"),
        (gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"), None, "gzip-warc"),
        (gzip.compress(b"<html><p>x</p></html>"), "page.html.gz", "gzip"),
        (b'{"url": "https://x.example/a", "html": "<p>x</p>"}\n{"url": "b"}\n', None, "jsonl"),
        (b'{"url": "https://x.example/a", "html": "' + b"x" * 70_000, None, "jsonl"),
        (b"Prices rose 3% < 5% forecast.\nSecond line.", "page.html", "text"),
        (TEXT.encode(), None, "text"),
        (TEXT.encode(), "crawl.warc", "warc"),  # the name says WARC: its reader reports the problem
        (b"\x00\x01\x02binary", None, "text"),
        ("\ufeff<!DOCTYPE html><html><p>x</p></html>".encode("utf-16-le"), None, "html"),
    ],
)
def test_detect(data: bytes, name: str | None, expected: str) -> None:
    assert detect(data, name) == expected


# --------------------------------------------------------------------------- files


def test_file_format_comes_from_content(tmp_path: Path, page: bytes) -> None:
    (tmp_path / "saved.txt").write_bytes(page)
    (tmp_path / "notes.html").write_text(TEXT, encoding="utf-8")
    as_html = load_draft(str(tmp_path / "saved.txt"))
    as_text = load_draft(str(tmp_path / "notes.html"))
    assert as_html.format == "html" and as_html.origin == str(tmp_path / "saved.txt")
    assert as_text.format == "text" and as_text.text.startswith("Port reopens")


def test_gzipped_page(tmp_path: Path, page: bytes) -> None:
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(page))
    assert (
        load_draft(str(path)).meta.title == "Harbour strike ends as minister agrees to pay review"
    )


def test_directory_is_walked_recursively_in_order(tmp_path: Path, page: bytes) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.html").write_bytes(page)
    (tmp_path / "b" / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "crawl.warc.gz").write_bytes(
        warc_bytes(("https://x.example/1", page), ("https://x.example/2", page))
    )
    (tmp_path / "b" / "export.jsonl").write_text(
        json.dumps({"url": "https://x.example/3", "text": TEXT}) + "\nnot json\n", encoding="utf-8"
    )
    (tmp_path / ".hidden" / "d.html").write_bytes(page)
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "style.css").write_text("p { color: red }")
    got = list(iter_drafts(str(tmp_path)))
    origins = [g.origin if isinstance(g, Draft) else type(g).__name__ for g in got]
    assert origins[0] == str(tmp_path / "a.html")
    assert origins[1] == str(tmp_path / "b" / "c.txt")
    assert origins[2].startswith(str(tmp_path / "b" / "crawl.warc.gz") + "@")
    assert origins[3].endswith("https://x.example/2")
    assert origins[4] == f"{tmp_path / 'b' / 'export.jsonl'}:1 https://x.example/3"
    assert origins[5] == "FormatError" and len(got) == 6


def test_glob(tmp_path: Path, page: bytes) -> None:
    for name in ("one.html", "two.html", "three.txt"):
        (tmp_path / name).write_bytes(page)
    got = list(iter_drafts(str(tmp_path / "*.html")))
    assert [Path(g.origin).name for g in got] == ["one.html", "two.html"]
    with pytest.raises(InputError, match="no such file"):
        list(iter_drafts(str(tmp_path / "*.xml")))
    with pytest.raises(InputError, match="no such file"):
        list(iter_drafts(str(tmp_path / "missing.html")))


def test_huge_files_are_refused_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.write(b"<html><body><p>")
        f.truncate(200 * 1024 * 1024)
    big = tmp_path / "big.html"
    with big.open("wb") as f:
        f.write(b"<html><body><p>")
        f.truncate(html.MAX_HTML_BYTES + 1)
    start = time.monotonic()
    for path, words in ((huge, "limit"), (big, "single pages up to")):
        got = list(iter_drafts(str(path)))
        assert len(got) == 1 and isinstance(got[0], TooLargeError)
        assert words in str(got[0]) and str(path) in str(got[0])
    assert time.monotonic() - start < 1.0
    with pytest.raises(TooLargeError):
        load_draft(str(huge))


def test_bad_files_do_not_stop_the_rest(tmp_path: Path, page: bytes) -> None:
    (tmp_path / "a_empty.html").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)))
    (tmp_path / "c_nested.html").write_text("<div>" * 50_000 + "x" + "</div>" * 50_000)
    (tmp_path / "d_good.html").write_bytes(page)
    got = list(iter_drafts(str(tmp_path)))
    assert [type(g).__name__ for g in got][:2] == ["EmptyInputError", "BinaryInputError"]
    assert isinstance(got[-1], Draft) and len(got) == 4


# --------------------------------------------------------------------------- stdin, bytes


def test_stdin_html_and_streams(page: bytes) -> None:
    assert load_draft("-", stdin=io.BytesIO(page)).origin == "<stdin>"
    lines = (json.dumps({"text": TEXT}) + "\n") * 3
    assert len(list(iter_drafts("-", stdin=io.BytesIO(lines.encode())))) == 3
    archive = warc_bytes(("https://x.example/1", page), ("https://x.example/2", page))
    got = list(iter_drafts("-", stdin=io.BytesIO(archive)))
    assert [type(g) for g in got] == [Draft, Draft]
    over = list(iter_drafts("-", stdin=io.BytesIO(page), max_bytes=100))
    assert isinstance(over[0], TooLargeError)


def test_load_draft_wants_exactly_one_page(page: bytes) -> None:
    archive = warc_bytes(("https://x.example/1", page), ("https://x.example/2", page))
    with pytest.raises(UsageError, match="more than one page"):
        load_draft("-", stdin=io.BytesIO(archive))
    with pytest.raises(UsageError):
        draft_from_bytes(archive)
    assert draft_from_bytes(TEXT.encode()).format == "text"
    assert draft_from_bytes(page, origin="<api>").origin == "<api>"


# --------------------------------------------------------------------------- URLs


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up early (size cap, timeout) is expected here


@pytest.fixture(scope="module")
def server(pages_dir: Path) -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(pages_dir / "html"))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_url(server: str) -> None:
    draft = load_draft(f"{server}/teasers_page.html")
    assert draft.origin == f"{server}/teasers_page.html"
    assert draft.meta.url == f"{server}/teasers_page.html"  # no canonical link: the final URL
    got = list(iter_drafts(f"{server}/nothing-here.html"))
    assert len(got) == 1 and isinstance(got[0], InputError) and "404" in str(got[0])


def test_read_bytes(server: str, tmp_path: Path, page: bytes) -> None:
    path = tmp_path / "source.txt.gz"
    path.write_bytes(gzip.compress(TEXT.encode()))
    assert read_bytes(str(path)) == (TEXT.encode(), None)
    data, _charset = read_bytes(f"{server}/transcript_page.html")
    assert data == page
    with pytest.raises(InputError):
        read_bytes(str(tmp_path / "missing.txt"))
