"""WARC reading: HTML responses become drafts; everything else is skipped or an error item."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.errors import FormatError, InputError, TooLargeError
from onrecord.model import Draft
from onrecord.read.warc import iter_records


@pytest.fixture(scope="module")
def page(pages_dir: Path) -> bytes:
    return (pages_dir / "html" / "transcript_page.html").read_bytes()


@pytest.fixture(scope="module")
def cp1251_page(pages_dir: Path) -> bytes:
    return (pages_dir / "html" / "cp1251_undeclared.html").read_bytes()


def response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    content_type: str | None,
    status: str = "200 OK",
    extra: list[tuple[str, str]] = (),
) -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    headers += list(extra)
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    write(
        writer,
        writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        ),
    )


def request(writer: WARCWriter, uri: str) -> None:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
    write(
        writer,
        writer.create_warc_record(
            uri, "request", payload=io.BytesIO(b""), length=0, http_headers=http
        ),
    )


def write(writer: WARCWriter, record) -> None:
    # with an explicit length warcio reads the payload for its digest and leaves it at
    # the end (without one it spools to a temporary file it never closes)
    record.raw_stream.seek(0)
    writer.write_record(record)


def archive(records, *, gz: bool = True) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for make in records:
        make(writer)
    return out.getvalue()


def items(data: bytes, **kw) -> list[Draft | InputError]:
    return list(iter_records(io.BytesIO(data), **kw))


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_drafts(page: bytes, cp1251_page: bytes, gz: bool) -> None:
    data = archive(
        [
            lambda w: request(w, "https://news.example.org/harbour"),
            lambda w: response(
                w, "https://news.example.org/harbour", page, "text/html; charset=utf-8"
            ),
            lambda w: response(
                w,
                "https://news.example.org/council",
                cp1251_page,
                "text/html; charset=windows-1251",
            ),
        ],
        gz=gz,
    )
    got = items(data)
    assert [type(i) for i in got] == [Draft, Draft]
    first, second = got
    assert first.meta.title == "Harbour strike ends as minister agrees to pay review"
    assert first.origin.endswith(" https://news.example.org/harbour") and "@" in first.origin
    assert second.encoding == "cp1251"  # from the HTTP header: the page itself declares nothing
    assert "Депутаты городского совета" in second.text
    assert second.meta.url == "https://news.example.org/council"


def test_non_html_is_an_error_item_and_redirects_are_skipped(page: bytes) -> None:
    data = archive(
        [
            lambda w: response(
                w, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"
            ),
            lambda w: response(
                w,
                "https://news.example.org/old",
                b"",
                "text/html",
                status="301 Moved Permanently",
                extra=[("Location", "https://news.example.org/harbour")],
            ),
            lambda w: response(
                w,
                "https://news.example.org/missing",
                b"<html>gone</html>",
                "text/html",
                status="404 Not Found",
            ),
            lambda w: response(w, "https://news.example.org/harbour", page, "text/html"),
        ]
    )
    got = items(data)
    assert isinstance(got[0], FormatError) and "image/png" in str(got[0])
    assert "logo.png" in str(got[0])
    assert isinstance(got[1], Draft) and len(got) == 2


def test_record_without_content_type_is_sniffed(page: bytes) -> None:
    data = archive(
        [
            lambda w: response(w, "https://news.example.org/a", page, None),
            lambda w: response(
                w, "https://news.example.org/b", b"just some bytes, not a page", None
            ),
        ]
    )
    got = items(data)
    assert isinstance(got[0], Draft) and isinstance(got[1], FormatError)


def test_gzip_bomb_record_is_capped_and_the_rest_goes_on(page: bytes) -> None:
    bomb = gzip.compress(b"<html><body><p>" + b" " * 3_000_000 + b"</p></body></html>", 1)
    assert len(bomb) < 20_000
    data = archive(
        [
            lambda w: response(
                w,
                "https://news.example.org/bomb",
                bomb,
                "text/html",
                extra=[("Content-Encoding", "gzip")],
            ),
            lambda w: response(w, "https://news.example.org/harbour", page, "text/html"),
        ]
    )
    got = items(data, max_record_bytes=1_000_000)
    assert isinstance(got[0], TooLargeError) and "bomb" in str(got[0])
    assert isinstance(got[1], Draft)


def test_truncated_archive_yields_an_error_after_the_good_records(page: bytes) -> None:
    data = archive(
        [
            lambda w: response(w, "https://news.example.org/one", page, "text/html"),
            lambda w: response(w, "https://news.example.org/two", page * 3, "text/html"),
        ]
    )
    cut = data[: len(data) - 400]
    got = items(cut)
    assert isinstance(got[0], Draft)
    assert isinstance(got[-1], InputError)
    assert all(isinstance(i, Draft) for i in got[:-1])


def test_truncated_uncompressed_archive(page: bytes) -> None:
    data = archive(
        [
            lambda w: response(w, "https://news.example.org/one", page, "text/html"),
            lambda w: response(w, "https://news.example.org/two", page, "text/html"),
        ],
        gz=False,
    )
    got = items(data[: len(data) - 1500])
    assert isinstance(got[0], Draft)
    assert len(got) == 2 and isinstance(got[1], InputError | Draft)


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(b"this is not an archive\n" * 10)
    got = list(iter_records(path))
    assert len(got) == 1 and isinstance(got[0], FormatError)
    assert str(path) in str(got[0])


def test_path_input_and_missing_file(tmp_path: Path, page: bytes) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        archive([lambda w: response(w, "https://news.example.org/x", page, "text/html")])
    )
    got = list(iter_records(path))
    assert len(got) == 1 and got[0].origin.startswith(str(path) + "@")
    missing = list(iter_records(tmp_path / "nope.warc"))
    assert len(missing) == 1 and isinstance(missing[0], InputError)
