"""The canonical real page, end to end: every quote, speaker, verdict and the source."""

from __future__ import annotations

from pathlib import Path

import pytest

import onrecord
from onrecord.model import Report

# The twelve quotes of the story, by their first words (as printed in the report), with
# the expected speaker mention and verdict. Offsets are computed from the seed text.
EXPECTED = [
    ("We have proposed steps towards a ceasefire", {"he"}, "verbatim"),
    ("It was not us who interrupted", {"He"}, "verbatim"),
    ("Despite everything, we propose", {"Putin", "he", "He"}, "cosmetic"),  # Kiev → Kyiv
    ("done a lot to organize them.", {"Putin"}, "cosmetic"),  # organise → organize
    ("Tomorrow we are going to have", {"He"}, "cosmetic"),  # Turkiye → Türkiye, Mr → Mr.
    ("At the same time, I would like", {"he"}, "verbatim"),
    ("We do not rule out", {"he"}, "verbatim"),
    ("be rearmed, re-equipped, and frantically dig", {"he"}, "edited"),  # digged → dig
    ("Our proposal is, as they say", {"Putin"}, "verbatim"),
    ("ready for talks without any preliminary", {"Putin"}, "verbatim"),
    ("I am sure that the spirit", {"he"}, "verbatim"),
    ("Much has been done to ensure", {"he"}, "verbatim"),
]


@pytest.fixture(scope="module")
def report(seed_path: Path) -> Report:
    return onrecord.check(seed_path)


def expected_span(text: str, first_words: str) -> tuple[int, int]:
    start = text.index(first_words)
    assert text[start - 1] in '“"', f"no opening mark before {first_words!r}"
    end = text.index("”", start)
    return start, end


def test_seed_structure(report: Report) -> None:
    page = report.page
    assert (
        page.meta.title
        == "Putin Calls for Renewed Peace Talks with Ukraine, Urges Immediate Dialogue"
    )
    assert page.meta.date == "2025-05-11"
    assert page.meta.dateline == "Moscow, Russia"
    [source] = page.sources
    assert source.speaker == "Vladimir Putin"
    body = page.text[source.start : source.end]
    assert body.rstrip().endswith("Thank you very much for your attention.")
    assert "Good evening, or maybe good night already" in body
    assert "Last Posts" not in body
    report_text = "\n".join(page.text[b.start : b.end] for b in page.report)
    for teaser_words in ("Share this story", "Last Posts", "Langley", "Miss Botswana", "SADC"):
        assert teaser_words not in report_text
    assert "President of Russia Vladimir Putin: Good evening" not in report_text
    assert len(page.teasers) == 6


def test_seed_every_quote(report: Report) -> None:
    text = report.page.text
    assert len(report.quotes) == len(EXPECTED)
    for cq, (first, mentions, label) in zip(report.quotes, EXPECTED, strict=True):
        start, end = expected_span(text, first)
        assert (cq.quote.start, cq.quote.end) == (start, end), first
        assert cq.quote.text == text[start:end]
        assert cq.attribution.speaker == "Vladimir Putin", first
        mention = cq.attribution.mention
        assert mention is not None and mention.text in mentions, (first, mention)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start < start or mention.start > end
        assert cq.verdict.label == label, (first, cq.verdict)


def test_seed_matches_point_into_the_transcript(report: Report) -> None:
    [source] = report.page.sources
    for cq in report.quotes:
        assert cq.verdict.matches, cq.quote.text
        m = cq.verdict.matches[0]
        assert m.source_id == source.id
        assert source.start <= m.start < m.end <= source.end
        assert source.text[m.start : m.end] == m.text


def test_seed_diffs_show_the_changed_words(report: Report) -> None:
    by_first = {cq.quote.text[:20]: cq.verdict for cq in report.quotes}
    kyiv = by_first["Despite everything, "]
    changed = [(d.quote, d.source) for d in kyiv.diff if d.op != "equal"]
    assert any("Kyiv" in q and "Kiev" in s for q, s in changed), kyiv.diff
    dig = by_first["be rearmed, re-equip"]
    changed = [(d.quote, d.source) for d in dig.diff if d.op != "equal"]
    assert any("dig" in q and "digged" in s for q, s in changed), dig.diff


def test_seed_report_vs_source_mismatches(report: Report) -> None:
    kinds = {(m.kind, m.report.text) for m in report.mismatches}
    assert ("date", "two years ago") in kinds
    [lst] = [m for m in report.mismatches if m.kind == "list"]
    assert "the Middle East" in lst.reason
    assert len(report.mismatches) == 2  # nothing else in the report contradicts the source


def test_seed_claims_with_hedges(report: Report) -> None:
    by_text = {c.text.lower(): c for c in report.claims}

    def claim(words: str):
        hits = [c for t, c in by_text.items() if words in t]
        assert hits, (words, sorted(by_text))
        return hits[0]

    about = claim("about 130")
    assert (about.value, about.direction, about.claimant) == (130, "around", "Vladimir Putin")
    almost = claim("almost 5,000")
    assert (almost.high, almost.direction) == (5000, "just-under")
    many = claim("as many as 524")
    assert (many.high, many.direction) == (524, "at-most")
    assert claim("27 million").value == 27_000_000


def test_seed_times_and_tomorrow(report: Report) -> None:
    values = {t.text: t for t in report.times}
    tomorrow = [t for t in report.times if t.text.lower() == "tomorrow"]
    assert {t.doc for t in tomorrow} == {"page", "page#source1"}  # the quote and the transcript
    for t in tomorrow:  # said after 01:30 on 11 May: both days are meant
        assert set(t.readings) == {"2025-05-11", "2025-05-12"}, t
    assert values["from March 18 to April 17"].value == "2025-03-18/2025-04-17"
    assert any(t.value == "2025-09" for t in report.times if "September" in t.text)
    assert any(t.value == "2025-05-15" for t in report.times if "May 15" in t.text)
    from onrecord.analyse.time import interval

    starts = [interval(e.when.value)[0] for e in report.timeline]  # type: ignore[index]
    assert starts and starts == sorted(starts)
    assert any(e.when.value == "2025-05-15" for e in report.timeline)


def test_seed_entities(report: Report) -> None:
    names = {e.name: e for e in report.entities}
    assert "Vladimir Putin" in names
    erdogan = [e for e in report.entities if "Erdo" in e.name]
    assert len(erdogan) == 1 and erdogan[0].kind == "person"
    turkey = [e for e in report.entities if e.kind == "place" and "T" in e.name and "rk" in e.name]
    assert len(turkey) == 1  # Turkey, Türkiye and Turkiye are one place
    kyiv = [e for e in report.entities if e.name in ("Kyiv", "Kiev")]
    assert len(kyiv) == 1
    loaded = [e for e in report.entities if any("Kiev regime" in m.text for m in e.mentions)]
    assert loaded and loaded[0].name == "Government of Ukraine"
