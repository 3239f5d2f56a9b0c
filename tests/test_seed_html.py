"""The seed as a simple HTML page gives the same report, source and verdicts as the text dump."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

import onrecord
from onrecord.model import Report


def to_html(text: str) -> str:
    """A plain conversion: the first line is the <h1>, short unpunctuated lines are <h2>,
    every other line a <p>; the whole page in one <article>."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(lines[0])}</title></head><body><article>",
        f"<h1>{html.escape(lines[0])}</h1>",
    ]
    for line in lines[1:]:
        short = len(line) < 60 and line[-1] not in '.!?:…”"'
        tag = "h2" if short and not line[0].isdigit() else "p"
        out.append(f"<{tag}>{html.escape(line)}</{tag}>")
    out.append("</article></body></html>")
    return "\n".join(out)


@pytest.fixture(scope="module")
def reports(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Report]:
    page = tmp_path_factory.mktemp("seed") / "seed.html"
    page.write_text(to_html(seed_path.read_text(encoding="utf-8")), encoding="utf-8")
    return onrecord.check(seed_path, facts=False), onrecord.check(page, facts=False)


def test_html_seed_is_read_as_html(reports: tuple[Report, Report]) -> None:
    _, from_html = reports
    assert from_html.page.format == "html"
    assert from_html.page.meta.title == (
        "Putin Calls for Renewed Peace Talks with Ukraine, Urges Immediate Dialogue"
    )


def test_html_seed_same_report(reports: tuple[Report, Report]) -> None:
    text, from_html = reports

    def paragraphs(r: Report) -> list[str]:
        return [
            " ".join(r.page.text[b.start : b.end].split())
            for b in r.page.report
            if b.kind != "heading"
        ]

    assert paragraphs(from_html) == paragraphs(text)


def test_html_seed_same_source(reports: tuple[Report, Report]) -> None:
    text, from_html = reports
    [a] = text.page.sources
    [b] = from_html.page.sources
    assert b.speaker == a.speaker == "Vladimir Putin"
    assert [" ".join(b.text[t.start : t.end].split()) for t in b.turns] == [
        " ".join(a.text[t.start : t.end].split()) for t in a.turns
    ]


def test_html_seed_same_verdicts(reports: tuple[Report, Report]) -> None:
    text, from_html = reports
    assert [(q.quote.text, q.attribution.speaker, q.verdict.label) for q in from_html.quotes] == [
        (q.quote.text, q.attribution.speaker, q.verdict.label) for q in text.quotes
    ]
    for cq in from_html.quotes:
        assert from_html.page.text[cq.quote.start : cq.quote.end] == cq.quote.text
