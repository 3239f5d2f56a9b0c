"""Which reader an input needs, from its first bytes (content first, name second).

:func:`detect` returns one of :data:`FORMATS`:

* ``"gzip-warc"``: gzip data whose decompressed start is a WARC record;
* ``"gzip"``: other gzip data (``page.html.gz``): the caller decompresses it, with a
  size cap, and detects again;
* ``"warc"``: ``WARC/1.0`` / ``WARC/1.1`` at the start;
* ``"html"``: a doctype, ``<html``, ``<head``, ``<body``, an XML declaration followed by
  XHTML, or common HTML tags near the start;
* ``"jsonl"``: the first non-blank line is a JSON object (or, when that line is longer
  than the sample, starts like one: ``{"key":``);
* ``"text"``: everything else. Binary data is also "text": the decoder refuses it with
  a clear message.

Only the first :data:`SAMPLE` bytes are looked at.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zlib
from typing import BinaryIO

log = logging.getLogger(__name__)

STAGE = "sniff/1"

__all__ = ["FORMATS", "SAMPLE", "STAGE", "Prefixed", "detect", "peek"]

FORMATS = ("html", "text", "warc", "jsonl", "gzip-warc", "gzip")
SAMPLE = 64 * 1024

_GZIP = b"\x1f\x8b"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(
    rb"<(?:html|head|body|title|meta|div|p|article|script|link|h1|table)[\s>/]", re.IGNORECASE
)
_XML_XHTML = re.compile(
    rb"\s*<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.IGNORECASE | re.DOTALL
)
_ANY_TAG = re.compile(rb"<(?:[A-Za-z][A-Za-z0-9]*[\s/>]|!--|/[A-Za-z])")
_JSON_START = re.compile(rb'\{\s*"[^"\n]{1,64}"\s*:')  # a first line longer than the sample
_NAME_FORMATS = (
    (".warc.gz", "gzip-warc"),
    (".warc", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".txt", "text"),
    (".gz", "gzip"),
)


def detect(data: bytes, name: str | None = None) -> str:
    """The format of ``data`` (its start is enough), ``name`` breaking ties."""
    head = data[:SAMPLE]
    lower_name = (name or "").lower()
    if head.startswith(_GZIP):
        inner = _gunzip_head(head)
        if inner.startswith(b"WARC/"):
            return "gzip-warc"
        if lower_name.endswith(".warc.gz"):
            return "gzip-warc"
        return "gzip"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at it as UTF-8
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        head = head[2 : len(head) - len(head) % 2].decode(codec, "replace").encode("utf-8")
    elif head.startswith(_BOMS[0]):
        head = head[3:]
    if head.startswith(b"WARC/"):
        return "warc"
    if _HTML_START.match(head) or _XML_XHTML.match(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        line = stripped.split(b"\n", 1)[0]
        if _is_json_object(line) or (b"\n" not in stripped and _JSON_START.match(stripped)):
            return "jsonl"
    by_name = _by_name(lower_name)
    if by_name in ("warc", "jsonl", "gzip-warc", "gzip"):
        # the name says so but the content does not: let that reader say what is wrong
        return by_name
    if stripped.startswith(b"<") and len(_HTML_TAGS.findall(head[:4096])) >= 2:
        return "html"
    if by_name == "html" and _ANY_TAG.search(head[:4096]):
        return "html"
    return "text"


def _by_name(lower_name: str) -> str | None:
    for suffix, fmt in _NAME_FORMATS:
        if lower_name.endswith(suffix):
            return fmt
    return None


def _gunzip_head(head: bytes) -> bytes:
    """The first bytes of the decompressed stream (a few KB at most)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def peek(stream: BinaryIO, size: int = SAMPLE) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` and a stream that still yields all of it."""
    head = stream.read(size)
    return head, io.BufferedReader(Prefixed(head, stream))


class Prefixed(io.RawIOBase):
    """A read-only stream: ``head`` (already read) followed by the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream
        self.name = getattr(stream, "name", "<stream>")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n
