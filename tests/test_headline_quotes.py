"""Quotes in the headline are quotes of the story too; a quoting headline is still the title."""

from __future__ import annotations

from pathlib import Path

import onrecord


def test_headline_quote_is_found_and_attributed(pages_dir: Path) -> None:
    report = onrecord.check(pages_dir / "quotes" / "headline_quote.txt", facts=False)
    assert report.page.meta.title == "Lindholm mayor rules out “any rise in parking charges”"
    first = report.quotes[0]
    assert first.quote.text == "any rise in parking charges"
    assert report.page.text[first.quote.start : first.quote.end] == first.quote.text
    assert first.attribution.speaker == "Tomas Berg"
    assert len(report.quotes) == 2


def test_speaker_colon_headline_is_the_title_not_a_transcript(pages_dir: Path) -> None:
    page = onrecord.read(pages_dir / "quotes" / "headline_colon.txt")
    assert page.meta.title == "Mayor: “We will not raise parking charges this year”"
    assert page.sources == ()
    assert page.blocks[0].kind == "title"
