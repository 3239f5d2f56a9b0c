"""JSON Lines exports -> one :class:`Draft` per line.

Each line is an object ``{"url": ..., "html": ...}`` (read by :mod:`.html`) or
``{"url": ..., "text": ...}`` (read by :mod:`.textdump`); ``url`` is optional. Blank
lines are skipped. A line that is not such an object yields a :class:`FormatError`
naming the line number; a line longer than ``max_line_bytes`` yields a
:class:`TooLargeError` without being held in memory; the next lines are read as usual.

``Draft.origin`` is ``"<file>:<line>"`` (plus the URL when the line has one).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import IO

from ..errors import FormatError, InputError, TooLargeError
from ..model import Draft
from . import html

log = logging.getLogger(__name__)

STAGE = "jsonl/1"

__all__ = ["STAGE", "iter_lines"]

_CHUNK = 1 << 16


def iter_lines(
    fileobj: IO[bytes] | IO[str],
    *,
    name: str | None = None,
    max_line_bytes: int = 50_000_000,
) -> Iterator[Draft | InputError]:
    """Yield a :class:`Draft` per line of a JSONL export, or the error of a line."""
    label = name or str(getattr(fileobj, "name", "<jsonl>"))
    for number, line in _lines(fileobj, max_line_bytes):
        if line is None:
            yield TooLargeError(
                f"{label}:{number}: the line is longer than {max_line_bytes / 1e6:.0f} MB; skipped"
            )
            continue
        if not line.strip():
            continue
        yield _item(line, label, number)


def _lines(fileobj: IO[bytes] | IO[str], cap: int) -> Iterator[tuple[int, bytes | str | None]]:
    """(line number, line) pairs; None for a line over ``cap`` (read through, not kept)."""
    number = 0
    while True:
        line = fileobj.readline(cap + 1)
        if not line:
            return
        number += 1
        end = "\n" if isinstance(line, str) else b"\n"
        if len(line) > cap and not line.endswith(end):  # type: ignore[arg-type]
            while True:  # skip the rest of the line
                rest = fileobj.readline(_CHUNK)
                if not rest or rest.endswith(end):  # type: ignore[arg-type]
                    break
            yield number, None
            continue
        yield number, line


def _item(line: bytes | str, label: str, number: int) -> Draft | InputError:
    where = f"{label}:{number}"
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        reason = str(exc).split(":")[0] if isinstance(exc, ValueError) else "not UTF-8"
        return FormatError(f"{where}: not a JSON object ({reason}); skipped")
    if not isinstance(obj, dict):
        return FormatError(f'{where}: expected an object {{"url", "html"}} or {{"url", "text"}}')
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        return FormatError(f'{where}: "url" must be a string')
    origin = f"{where} {url}" if url else where
    page_html, text = obj.get("html"), obj.get("text")
    try:
        if isinstance(page_html, str) and page_html.strip():
            return html.parse(page_html, origin=origin, url=url)
        if isinstance(text, str) and text.strip():
            from .textdump import parse

            draft = parse(text.replace("\r\n", "\n").replace("\r", "\n"), origin=origin)
            if url and draft.meta.url is None:
                from dataclasses import replace

                draft = replace(draft, meta=replace(draft.meta, url=url))
            return draft
    except InputError as exc:
        return exc
    if "html" in obj or "text" in obj:
        return FormatError(f'{where}: the "html"/"text" field is empty or not a string')
    return FormatError(f'{where}: the object has neither an "html" nor a "text" field')
