"""WARC archives (``.warc``, ``.warc.gz``) -> one :class:`Draft` per HTML page.

:func:`iter_records` walks the archive with warcio and yields, in archive order:

* a :class:`Draft` for every successful (2xx) ``response`` or ``resource`` record whose
  content type is HTML (``text/html``, ``application/xhtml+xml``; a record without a
  content type is sniffed); the charset comes from the HTTP ``Content-Type`` header,
  then from the page itself;
* a :class:`FormatError` for a successful response that is not a web page (an image,
  a PDF, a script), so the user sees what was left out;
* a :class:`TooLargeError` for a record whose body, once decompressed (WARC gzip
  member and HTTP ``Content-Encoding``), exceeds ``max_record_bytes``: the body is
  read in chunks and never held beyond the cap, so a gzip bomb costs time, not memory;
* a :class:`FormatError` for a record cut short (the archive ends inside it), and
  when the archive is damaged: iteration stops there, since no later record
  boundary can be trusted.

``request``, ``metadata``, ``warcinfo`` and ``revisit`` records, and non-2xx responses
(redirects, errors), are skipped silently (logged at debug level).

``Draft.origin`` is ``"<archive>@<offset> <target URI>"``; ``Draft.meta.url`` is the
page's canonical URL, or the target URI when it has none.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import FormatError, InputError, TooLargeError
from ..model import Draft
from . import html
from .sniff import detect, peek

log = logging.getLogger(__name__)

STAGE = "warc/1"

__all__ = ["HTML_TYPES", "STAGE", "iter_records"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16


def iter_records(
    path_or_fileobj: str | Path | BinaryIO,
    *,
    max_record_bytes: int = 50_000_000,
    name: str | None = None,
) -> Iterator[Draft | InputError]:
    """Yield a :class:`Draft` per HTML page of a WARC archive, or the error of a record.

    ``name`` labels origins and errors (default: the path, or the stream's ``name``).
    """
    if isinstance(path_or_fileobj, str | Path):
        name = name or str(path_or_fileobj)
        try:
            stream: BinaryIO = open(path_or_fileobj, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            yield InputError(f"{name}: cannot open the archive ({exc.strerror})")
            return
        try:
            yield from _iterate(stream, name, max_record_bytes)
        finally:
            stream.close()
    else:
        name = name or str(getattr(path_or_fileobj, "name", "<warc>"))
        yield from _iterate(path_or_fileobj, name, max_record_bytes)


def _iterate(stream: BinaryIO, name: str, cap: int) -> Iterator[Draft | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head, stream = peek(stream, 4096)
    if detect(head, name) not in ("warc", "gzip-warc") or not _starts_warc(head):
        yield FormatError(f"{name}: not a WARC archive (it must start with a WARC/1.x record)")
        return
    records = ArchiveIterator(stream)
    count = 0
    while True:
        try:
            record = next(records, None)
            if record is None:
                break
            count += 1
            item = _record(record, records, name, cap)
        except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
            offset = getattr(records, "offset", None)
            where = f"record {count + 1}" + (f" (near byte {offset})" if offset else "")
            log.debug("%s: archive damaged at %s", name, where, exc_info=True)
            yield FormatError(
                f"{name}: the archive is damaged or truncated at {where} "
                f"({_reason(exc)}); the records before it were read"
            )
            return
        if item is not None:
            yield item


def _starts_warc(head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:120] if text else "") or type(exc).__name__


def _record(record: Any, records: Any, name: str, cap: int) -> Draft | InputError | None:
    kind = record.rec_type
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""

    def origin() -> str:
        # warcio knows a record's offset only once it has read the record to its end
        # (it skips the rest without keeping it), so ask only after the body is read
        return f"{name}@{records.get_record_offset()} {uri}".rstrip()

    if kind not in ("response", "resource"):
        log.debug("%s: skipping %s record", uri, kind)
        return None
    if kind == "response":
        if record.http_headers is None:
            return FormatError(f"{origin()}: a response record without HTTP headers")
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            log.debug("%s: skipping HTTP %s response", uri, status)
            return None
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    mime, charset = _content_type(content_type)
    if mime is not None and mime not in HTML_TYPES:
        return FormatError(f"{origin()}: {mime} is not a web page; skipped")
    body = _read_capped(record.content_stream(), cap)
    if body is None:
        return TooLargeError(
            f"{origin()}: the record's body is larger than {cap / 1e6:.0f} MB once "
            "decompressed; skipped (raise max_record_bytes to read it)"
        )
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        return FormatError(
            f"{origin()}: the record is truncated ({missing} bytes of it are missing); skipped"
        )
    if mime is None and detect(body, uri) != "html":
        return FormatError(f"{origin()}: the record has no content type and is not HTML; skipped")
    try:
        return html.parse(body, origin=origin(), url=uri or None, declared_encoding=charset)
    except InputError as exc:
        return exc


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    mime = parts[0].lower() or None
    charset = None
    for part in parts[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return mime, charset


def _read_capped(stream: Any, cap: int) -> bytes | None:
    """At most ``cap`` bytes of the stream, or None when there are more."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, cap + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
