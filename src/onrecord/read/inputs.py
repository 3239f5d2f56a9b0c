"""What the user names -> drafts: files, directories, globs, stdin and URLs.

:func:`iter_drafts` takes one *spec*:

* ``"-"``: standard input;
* an ``http://`` or ``https://`` URL, fetched by :func:`onrecord.read.fetch.fetch`;
* a directory: every supported file below it (recursive, sorted by path, hidden
  files and folders skipped);
* a file;
* a glob pattern (``pages/*.html``, ``crawl/**/*.warc.gz``), matches sorted.

Each file's format is detected from its content (:func:`onrecord.read.sniff.detect`),
its name only breaking ties, so a page saved as ``.txt`` is still read as HTML.
HTML pages go to :mod:`.html`, text to :mod:`.textdump`, WARC archives to :mod:`.warc`
(one draft per HTML record), JSON Lines to :mod:`.jsonl` (one per line), and gzip files
are decompressed (within the size cap) and detected again.

Errors of a single file, record or line are *yielded* as :class:`InputError` items and
the rest goes on; a spec that names nothing at all raises :class:`InputError`.

Size limits: a file larger than ``max_bytes`` is refused from its size alone
(:class:`TooLargeError`, nothing read); an HTML or text page larger than
:data:`onrecord.read.html.MAX_HTML_BYTES` is refused the same way, since a page is
parsed whole. Archives (WARC, JSONL) are streamed record by record up to ``max_bytes``.
"""

from __future__ import annotations

import glob
import gzip
import io
import logging
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import EmptyInputError, InputError, TooLargeError, UsageError
from ..model import Draft
from . import html, jsonl, warc
from .sniff import SAMPLE, Prefixed, detect

log = logging.getLogger(__name__)

STAGE = "inputs/1"

__all__ = [
    "STAGE",
    "SUPPORTED_SUFFIXES",
    "draft_from_bytes",
    "is_url",
    "iter_drafts",
    "load_draft",
    "read_bytes",
]

#: File names a directory walk picks up (lower case).
SUPPORTED_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".warc",
    ".warc.gz",
    ".jsonl",
    ".ndjson",
    ".html.gz",
    ".htm.gz",
)
MAX_BYTES = 200_000_000


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def iter_drafts(
    spec: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Draft | InputError]:
    """Yield a :class:`Draft` for every page ``spec`` names, or the error of a page."""
    if spec == "-":
        yield from _iter_stream(
            stdin if stdin is not None else sys.stdin.buffer, "<stdin>", max_bytes
        )
        return
    if is_url(spec):
        yield from _iter_url(spec)
        return
    path = Path(spec)
    if path.is_dir():
        files = _walk(path)
        if not files:
            yield EmptyInputError(
                f"{spec}: the directory holds no page onrecord reads "
                f"({', '.join(SUPPORTED_SUFFIXES)})"
            )
        for file in files:
            yield from _iter_file(file, max_bytes)
        return
    if path.exists():
        yield from _iter_file(path, max_bytes)
        return
    matches = sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else []
    files = [Path(m) for m in matches if Path(m).is_file()]
    if not files:
        if matches:
            raise InputError(f"{spec}: the pattern matches only directories; name files")
        raise InputError(f"{spec}: no such file, directory, pattern match or URL")
    for file in files:
        yield from _iter_file(file, max_bytes)


def load_draft(spec: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES) -> Draft:
    """Read exactly one page; raise its :class:`InputError` if it cannot be read, and a
    :class:`UsageError` when ``spec`` holds several pages."""
    found: Draft | None = None
    for item in iter_drafts(spec, stdin=stdin, max_bytes=max_bytes):
        if isinstance(item, InputError):
            raise item
        if found is not None:
            raise UsageError(
                f"{spec} holds more than one page; read them all with `onrecord read` "
                "(or onrecord.read_all), or name one file"
            )
        found = item
    if found is None:
        raise EmptyInputError(f"{spec}: no page found")
    return found


def draft_from_bytes(
    data: bytes,
    *,
    origin: str = "<bytes>",
    declared: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Draft:
    """Read one page given as bytes (HTML, text, or a one-page WARC/JSONL/gzip)."""
    found: Draft | None = None
    for item in _iter_bytes(data, origin, max_bytes, declared=declared, url=url):
        if isinstance(item, InputError):
            raise item
        if found is not None:
            raise UsageError(f"{origin} holds more than one page; read them one by one")
        found = item
    if found is None:
        raise EmptyInputError(f"{origin}: no page found")
    return found


def read_bytes(
    spec: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES
) -> tuple[bytes, str | None]:
    """The raw bytes a path, URL or ``"-"`` names, and the charset the transport
    declared (HTTP) or None. Used for sources, which are read as text."""
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError(f"<stdin>: more than {max_bytes / 1e6:.0f} MB of input")
        return data, None
    if is_url(spec):
        from .fetch import fetch

        body, charset, _final = fetch(spec)
        return body, charset
    path = Path(spec)
    if not path.exists():
        raise InputError(f"{spec}: no such file or URL")
    if path.is_dir():
        raise UsageError(f"{spec} is a directory; name a file")
    _check_size(path, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{spec}: cannot read the file ({exc.strerror})") from exc
    if data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, str(path), max_bytes)
    return data, None


# --------------------------------------------------------------------------- sources


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES):
                found.append(Path(dirpath) / name)
    return sorted(found)


def _check_size(path: Path, max_bytes: int) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from exc
    if size > max_bytes:
        raise TooLargeError(
            f"{path}: the file is {size / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB "
            "limit; split it or raise the limit"
        )
    return size


def _iter_file(path: Path, max_bytes: int) -> Iterator[Draft | InputError]:
    name = str(path)
    try:
        size = _check_size(path, max_bytes)
        stream = path.open("rb")
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"{name}: cannot read the file ({exc.strerror})")
        return
    with stream:
        try:
            head = stream.read(SAMPLE)
        except OSError as exc:
            yield InputError(f"{name}: cannot read the file ({exc.strerror})")
            return
        fmt = detect(head, name)
        if fmt in ("html", "text") and size > html.MAX_HTML_BYTES:
            yield TooLargeError(
                f"{name}: the page is {size / 1e6:.0f} MB; onrecord reads single pages up to "
                f"{html.MAX_HTML_BYTES / 1e6:.0f} MB. Save the article alone, or split the file"
            )
            return
        stream.seek(0)
        yield from _dispatch(stream, fmt, name, max_bytes)


def _iter_stream(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Draft | InputError]:
    try:
        head = stream.read(SAMPLE)
    except OSError as exc:
        yield InputError(f"{name}: cannot read ({exc})")
        return
    fmt = detect(head, None)
    if fmt in ("warc", "gzip-warc", "jsonl"):
        yield from _dispatch(io.BufferedReader(Prefixed(head, stream)), fmt, name, max_bytes)
        return
    rest = stream.read(max_bytes + 1 - len(head))
    data = head + rest
    if len(data) > max_bytes:
        yield TooLargeError(f"{name}: more than {max_bytes / 1e6:.0f} MB of input")
        return
    yield from _iter_bytes(data, name, max_bytes)


def _iter_url(url: str) -> Iterator[Draft | InputError]:
    from .fetch import fetch

    try:
        body, charset, final = fetch(url)
    except InputError as exc:
        yield exc
        return
    yield from _iter_bytes(body, url, MAX_BYTES, declared=charset, url=final)


def _iter_bytes(
    data: bytes,
    origin: str,
    max_bytes: int,
    *,
    declared: str | None = None,
    url: str | None = None,
) -> Iterator[Draft | InputError]:
    fmt = detect(data, url or origin)
    if fmt in ("html", "text") and len(data) > html.MAX_HTML_BYTES:
        yield TooLargeError(
            f"{origin}: the page is {len(data) / 1e6:.0f} MB; onrecord reads single pages up "
            f"to {html.MAX_HTML_BYTES / 1e6:.0f} MB"
        )
        return
    if fmt in ("html", "text"):
        yield _page(data, fmt, origin, declared=declared, url=url)
        return
    yield from _dispatch(io.BytesIO(data), fmt, origin, max_bytes)


def _dispatch(
    stream: BinaryIO, fmt: str, name: str, max_bytes: int
) -> Iterator[Draft | InputError]:
    if fmt in ("warc", "gzip-warc"):
        yield from warc.iter_records(stream, name=name, max_record_bytes=max_bytes)
    elif fmt == "jsonl":
        yield from jsonl.iter_lines(stream, name=name, max_line_bytes=max_bytes)
    elif fmt == "gzip":
        try:
            data = _gunzip_stream(stream, name, max_bytes)
        except InputError as exc:
            yield exc
            return
        inner = detect(data, name.removesuffix(".gz"))
        if inner == "gzip":
            yield InputError(f"{name}: gzip inside gzip; decompress the file first")
            return
        yield from _iter_bytes(data, name, max_bytes)
    else:
        data = stream.read(max_bytes + 1)
        yield _page(data, fmt, name)


def _page(
    data: bytes, fmt: str, origin: str, *, declared: str | None = None, url: str | None = None
) -> Draft | InputError:
    try:
        if fmt == "html":
            return html.parse(data, origin=origin, url=url, declared_encoding=declared)
        from .decode import decode
        from .textdump import parse

        text, encoding = decode(data, declared)
        draft = parse(text, origin=origin, encoding=encoding)
        if url and draft.meta.url is None:
            from dataclasses import replace

            draft = replace(draft, meta=replace(draft.meta, url=url))
        return draft
    except InputError as exc:
        return exc


def _gunzip(data: bytes, name: str, cap: int) -> bytes:
    return _gunzip_stream(io.BytesIO(data), name, cap)


def _gunzip_stream(stream: BinaryIO, name: str, cap: int) -> bytes:
    """Decompress a gzip stream, refusing more than ``cap`` bytes of output."""
    chunks: list[bytes] = []
    size = 0
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
            while True:
                chunk = unzipped.read(min(1 << 16, cap + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise TooLargeError(
                        f"{name}: decompresses to more than {cap / 1e6:.0f} MB; "
                        "a page that large is not an article"
                    )
                chunks.append(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{name}: the gzip data is damaged ({exc})") from exc
    return b"".join(chunks)
