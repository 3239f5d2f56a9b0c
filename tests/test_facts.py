"""Report against source: onrecord.verify.facts on the seed and on our own pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from onrecord.model import Span
from onrecord.verify.facts import compare, find_enumerations, find_passage_for

SPLIT = "Below is the the President"


def _sentences(text: str, start: int = 0) -> list[tuple[int, str]]:
    return [(start + m.start(), m.group(0)) for m in re.finditer(r"[^.!?\n]+[.!?”]*", text)]


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> tuple[str, Span, Span]:
    text = seed_path.read_text(encoding="utf-8")
    i, j = text.index(SPLIT), text.index("Last Posts")
    return text, Span(0, i), Span(i, j)


def _check(text: str, report_sentence: str, source: Span, nlp, **anchors: str):
    sents = _sentences(source.of(text), source.start)
    k = find_passage_for(report_sentence, [s for _, s in sents])
    assert k is not None
    start, passage = sents[k]
    a = text.index(report_sentence)
    return passage, compare(
        text,
        Span(a, a + len(report_sentence)),
        passage,
        report_anchor=anchors["report_anchor"],
        source_anchor=anchors["source_anchor"],
        source_id="seed#source1",
        passage_offset=start,
        nlp=nlp,
    )


def test_seed_two_years_ago_against_2022(seed: tuple[str, Span, Span], nlp) -> None:
    text, _, source = seed
    sentence = "He also recalled the stalled negotiations from two years ago"
    passage, found = _check(
        text,
        sentence,
        source,
        nlp,
        report_anchor="2025-05-11",
        source_anchor="2025-05-11T01:30+03:00",
    )
    assert "interrupted the negotiations" in passage
    dates = [m for m in found if m.kind == "date"]
    assert len(dates) == 1
    assert dates[0].report.text == "two years ago"
    assert "2023" in dates[0].reason and "2022" in dates[0].reason
    assert (
        dates[0].source is not None
        and text[dates[0].source.start : dates[0].source.end] == dates[0].source.text
    )


def test_seed_passage_with_the_end_of_2022(seed: tuple[str, Span, Span], nlp) -> None:
    text = seed[0]
    i = text.index("we propose that the authorities in Kiev")
    passage = text[i : text.index(".", i) + 1]
    a = text.index("He also recalled")
    sentence_end = text.index("two years ago", a) + len("two years ago")
    (m,) = compare(
        text,
        Span(a, sentence_end),
        passage,
        report_anchor="2025-05-11",
        source_anchor="2025-05-11T01:30+03:00",
        passage_offset=i,
        nlp=nlp,
    )
    assert (m.kind, m.report.text) == ("date", "two years ago")
    assert m.source is not None and m.source.text == "the end of 2022"


def test_seed_list_of_mediators(seed: tuple[str, Span, Span], nlp) -> None:
    text, _, source = seed
    sentence = "Beyond Turkey’s involvement, Putin also acknowledged mediation efforts by several nations, including China, Brazil, African countries, and the new U.S. administration."
    _, found = _check(
        text,
        sentence,
        source,
        nlp,
        report_anchor="2025-05-11",
        source_anchor="2025-05-11T01:30+03:00",
    )
    (lst,) = [m for m in found if m.kind == "list"]
    assert "the Middle East" in lst.reason and "leaves out" in lst.reason
    assert "adds" not in lst.reason  # the U.S. administration is the same item
    assert lst.report.text.startswith("China") and lst.report.text.endswith("administration")


def test_seed_faithful_numbers_raise_nothing(seed: tuple[str, Span, Span], nlp) -> None:
    text, _, source = seed
    sentence = "“We have proposed steps towards a ceasefire on many occasions. We have never refused to engage in dialogue with the Ukrainian side,” he said."
    _, found = _check(
        text,
        sentence,
        source,
        nlp,
        report_anchor="2025-05-11",
        source_anchor="2025-05-11T01:30+03:00",
    )
    assert found == ()


@pytest.fixture(scope="module")
def harbour(pages_dir: Path) -> tuple[str, str]:
    report = (pages_dir / "claims" / "harbour_report.txt").read_text(encoding="utf-8")
    source = (pages_dir / "claims" / "harbour_transcript.txt").read_text(encoding="utf-8")
    return report, source


def _against_paragraph(report: str, sentence: str, source: str, nlp):
    sents = _sentences(source)
    k = find_passage_for(sentence, [s for _, s in sents])
    assert k is not None
    start = sents[k][0]
    p0 = source.rfind("\n", 0, start) + 1
    p1 = source.find("\n", start)
    a = report.index(sentence)
    return compare(
        report,
        Span(a, a + len(sentence)),
        source[p0:p1],
        report_anchor="2024-03-14",
        source_anchor="2024-03-14T00:15+01:00",
        passage_offset=p0,
        nlp=nlp,
    )


def test_hedge_dropped_and_range_flattened(harbour: tuple[str, str], nlp) -> None:
    report, source = harbour
    sentence = "Jansen told reporters that 1,200 containers had been stranded during the stoppage and that the port lost 40 million euros."
    found = _against_paragraph(report, sentence, source, nlp)
    assert [(m.kind, m.report.text) for m in found] == [
        ("hedge", "1,200 containers"),
        ("hedge", "40 million euros"),
    ]
    assert found[0].source is not None and found[0].source.text == "about 1,200 containers"
    assert "range" in found[1].reason


def test_hedge_turned_around_but_date_agrees(harbour: tuple[str, str], nlp) -> None:
    report, source = harbour
    sentence = "Port director Willem de Vries said more than 300 ships had been delayed, and that the port expects to clear the backlog by the end of April."
    found = _against_paragraph(report, sentence, source, nlp)
    assert [(m.kind, m.report.text) for m in found] == [("hedge", "more than 300 ships")]


def test_dates_and_list(harbour: tuple[str, str], nlp) -> None:
    report, source = harbour
    s1 = "She also recalled the failed wage talks from three years ago, stating that the employers walked out of the negotiations in 2021."
    found = _against_paragraph(report, s1, source, nlp)
    assert [(m.kind, m.report.text) for m in found] == [
        ("date", "three years ago"),
        ("date", "2021"),
    ]
    s2 = "The union thanked mediators from the city council, the transport ministry, and the chamber of commerce for their help."
    (lst,) = _against_paragraph(report, s2, source, nlp)
    assert lst.kind == "list" and "the regional government" in lst.reason


def test_value_and_unit_changes(nlp) -> None:
    report = "The mayor said 250 homes were flooded and 40 roads closed."
    passage = "About 150 homes were flooded, and 40 bridges were closed."
    found = compare(
        report, Span(0, len(report)), passage, report_anchor=None, source_anchor=None, nlp=nlp
    )
    assert [(m.kind, m.report.text) for m in found] == [
        ("value", "250 homes"),
        ("unit", "40 roads"),
    ]


def test_find_passage_for_needs_shared_words() -> None:
    sources = ["The weather was fine.", "We will build a new bridge over the river next year."]
    assert find_passage_for("He promised a bridge across the river", sources) == 1
    assert find_passage_for("Taxes will rise", sources) is None
    assert find_passage_for("anything", []) is None


def test_enumerations() -> None:
    text = "Delegates came from Serbia, Slovakia, and Bosnia and Herzegovina."
    (e,) = find_enumerations(text)
    assert [text[a:b] for a, b in e.items] == ["Serbia", "Slovakia", "Bosnia and Herzegovina"]


def test_the_day_of_speaking_is_not_compared(nlp) -> None:
    report = "On Sunday, the mayor said 40 roads were closed in 2020."
    passage = "Forty roads were closed in 2020, I can tell you."
    found = compare(
        report,
        Span(0, len(report)),
        passage,
        report_anchor="2024-03-11",
        source_anchor="2024-03-10T22:00+01:00",
        nlp=nlp,
    )
    assert found == ()
