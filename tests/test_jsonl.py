"""JSON Lines exports: one draft per line, an error item per bad line, the rest goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from onrecord.errors import EmptyInputError, InputError, TooLargeError
from onrecord.model import Draft
from onrecord.read.jsonl import iter_lines


@pytest.fixture(scope="module")
def page(pages_dir: Path) -> str:
    return (pages_dir / "html" / "transcript_page.html").read_text(encoding="utf-8")


TEXT = (
    "Council approves harbour budget\n\n"
    "The city council approved the harbour budget on Tuesday after a short debate.\n\n"
    "“It is a fair settlement,” the mayor said."
)


def lines(*objs) -> bytes:
    return b"".join(
        (o if isinstance(o, bytes) else json.dumps(o).encode("utf-8")) + b"\n" for o in objs
    )


def test_html_and_text_lines(page: str) -> None:
    data = lines(
        {"url": "https://ledger.example.org/a", "html": page},
        {"url": "https://ledger.example.org/b", "text": TEXT},
    )
    first, second = list(iter_lines(io.BytesIO(data), name="export.jsonl"))
    assert isinstance(first, Draft) and first.format == "html"
    assert first.origin == "export.jsonl:1 https://ledger.example.org/a"
    assert first.meta.title == "Harbour strike ends as minister agrees to pay review"
    assert isinstance(second, Draft) and second.format == "text"
    assert second.meta.url == "https://ledger.example.org/b"
    assert second.text == TEXT and len(second.blocks) == 3


def test_bad_lines_are_error_items_with_their_number(page: str) -> None:
    data = lines(
        b'{"url": "https://x.example/1", "html": ',  # cut short
        b"",
        [1, 2, 3],
        {"url": "https://x.example/4"},
        {"url": 7, "text": "words"},
        {"text": "   "},
        b"\xff\xfe not utf-8",
        {"text": TEXT},
    )
    got = list(iter_lines(io.BytesIO(data), name="bad.jsonl"))
    assert [type(g).__name__ for g in got] == ["FormatError"] * 6 + ["Draft"]
    numbers = [str(g).split(":")[1].split()[0] for g in got if isinstance(g, InputError)]
    assert numbers == ["1", "3", "4", "5", "6", "7"]  # line 2 is blank and skipped


def test_text_stream_and_long_line(page: str) -> None:
    data = lines({"text": "x " * 5000}, {"text": TEXT}).decode("utf-8")
    got = list(iter_lines(io.StringIO(data), max_line_bytes=1000))
    assert isinstance(got[0], TooLargeError) and str(got[0]).startswith("<jsonl>:1:")
    assert isinstance(got[1], Draft) and got[1].text == TEXT


def test_html_line_with_no_text_is_an_error() -> None:
    got = list(iter_lines(io.BytesIO(lines({"html": "<html><body></body></html>"}))))
    assert len(got) == 1 and isinstance(got[0], EmptyInputError)
    assert str(got[0]).startswith("<jsonl>:1")
