"""Numeric claims: onrecord.analyse.claims on the seed and on our own pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.analyse.claims import find_claims, hedge_of
from onrecord.model import Claim, Span

SPLIT = "Below is the the President"


@pytest.fixture(scope="module")
def seed_claims(seed_path: Path, nlp) -> tuple[Claim, ...]:
    text = seed_path.read_text(encoding="utf-8")
    i, j = text.index(SPLIT), text.index("Last Posts")

    def speaker(offset: int) -> str | None:
        return "Vladimir Putin" if offset >= i else None

    return find_claims(
        text,
        [Span(0, i), Span(i, j)],
        claimant=speaker,
        anchor="2025-05-11T01:30+03:00",
        nlp=nlp,
    )


def _claim(claims: tuple[Claim, ...], words: str) -> Claim:
    hits = [c for c in claims if words in c.text]
    assert hits, f"{words!r} not in {[c.text for c in claims]}"
    return hits[0]


@pytest.mark.parametrize(
    ("words", "value", "direction", "unit"),
    [
        ("about 130 times", 130, "around", "times (violated the moratorium)"),
        ("almost 5,000 times", 5000, "just-under", None),
        ("As many as 524 unmanned aerial vehicles", 524, "at-most", "unmanned aerial vehicles"),
        ("45 unmanned boats", 45, "exact", "unmanned boats"),
        ("27 million people", 27_000_000, "exact", "people"),
        ("20 bilateral meetings", 20, "exact", "bilateral meetings"),
        ("27 heads of state", 27, "exact", "heads of state"),
        (
            "about 10 heads of international organizations",
            10,
            "around",
            "heads of international organizations",
        ),
        ("six countries", 6, "exact", "countries"),
        ("13 states", 13, "exact", "states"),
        ("five targeted attempts", 5, "exact", "targeted attempts"),
        ("36 attacks", 36, "exact", "attacks"),
        ("third time", 3, "ordinal", "time"),
        ("three foreign states", 3, "exact", "foreign states"),
        ("four days", 4, "exact", "days"),
    ],
)
def test_seed_numbers(
    seed_claims: tuple[Claim, ...], words: str, value: float, direction: str, unit: str | None
) -> None:
    c = _claim(seed_claims, words)
    assert c.direction == direction
    if direction == "range":
        assert c.value is None
    else:
        assert c.value == value
    if unit is not None:
        assert c.unit == unit


def test_seed_hedge_intervals(seed_claims: tuple[Claim, ...]) -> None:
    about = _claim(seed_claims, "about 130 times")
    assert (
        about.hedge == "about"
        and about.low == pytest.approx(117)
        and about.high == pytest.approx(143)
    )
    almost = _claim(seed_claims, "almost 5,000 times")
    assert (almost.low, almost.high) == (None, 5000)
    assert "violated" in (almost.unit or "")
    many = _claim(seed_claims, "524")
    assert (many.low, many.high, many.hedge) == (None, 524, "As many as")


def test_seed_claimant_and_time_scope(seed_claims: tuple[Claim, ...]) -> None:
    about = _claim(seed_claims, "about 130 times")
    assert about.claimant == "Vladimir Putin"
    assert about.time_scope is not None and "2025-03-18/2025-04-17" in about.time_scope


def test_seed_no_dates_or_names_as_numbers(seed_claims: tuple[Claim, ...], seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    texts = [c.text for c in seed_claims]
    assert not any(t.startswith(("15", "18", "17", "2022", "2025", "11")) for t in texts), texts
    assert not any("30-day" in t or "WWII" in t for t in texts)
    for c in seed_claims:
        assert text[c.start : c.end] == c.text


def test_ranges_and_directions(pages_dir: Path, nlp) -> None:
    text = (pages_dir / "claims" / "harbour_transcript.txt").read_text(encoding="utf-8")
    claims = find_claims(text, nlp=nlp)
    euros = _claim(claims, "between 35 and 40 million euros")
    assert (euros.value, euros.low, euros.high, euros.direction) == (None, 35e6, 40e6, "range")
    assert euros.unit == "euros"
    ships = _claim(claims, "Almost 300 ships")
    assert (ships.direction, ships.high) == ("just-under", 300)


@pytest.mark.parametrize(
    ("sentence", "text", "direction", "low", "high", "unit"),
    [
        ("More than 2,000 people fled.", "More than 2,000 people", "above", 2000, None, "people"),
        ("Fewer than 50 votes were cast.", "Fewer than 50 votes", "below", None, 50, "votes"),
        ("At least 12 soldiers died.", "At least 12 soldiers", "at-least", 12, None, "soldiers"),
        ("Up to 60 jets may be ordered.", "Up to 60 jets", "at-most", None, 60, "jets"),
        ("Prices rose 4.5%.", "4.5%", "exact", 4.5, 4.5, "percent"),
        ("It cost $40 billion.", "$40 billion", "exact", 40e9, 40e9, "dollars"),
        (
            "between 10 and 20 percent of voters",
            "between 10 and 20 percent",
            "range",
            10,
            20,
            "percent",
        ),
        ("A dozen ships sank.", "A dozen ships", "exact", 12, 12, "ships"),
    ],
)
def test_hedges_and_units(
    nlp, sentence: str, text: str, direction: str, low: float | None, high: float | None, unit: str
) -> None:
    (c,) = find_claims(sentence, nlp=nlp)
    assert (c.text, c.direction, c.low, c.high, c.unit) == (text, direction, low, high, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing 737 jets are popular.",
        "The Second World War ended in 1945.",
        "First of all, one of them left.",
        "The iPhone 4 was released.",
        "He is a four-star general.",
    ],
)
def test_not_claims(nlp, sentence: str) -> None:
    assert find_claims(sentence, nlp=nlp) == ()


def test_model_numbers_stay_names_through_the_text(nlp) -> None:
    text = (
        "Boeing 787 jets are late. Airlines ordered five new Boeing 737-800 planes and 20 of the "
        "787 type; iOS 4.1.2 ships."
    )
    claims = find_claims(text, nlp=nlp)
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("five new Boeing 737-800 planes", 5, "new Boeing 737-800 planes"),
        ("20 of the 787 type", 20, "of the 787 type"),
    ]


def test_hedge_of() -> None:
    assert hedge_of("violated about ") == ("around", "about")
    assert hedge_of("forces almost ") == ("just-under", "almost")
    assert hedge_of("As many as ") == ("at-most", "As many as")
    assert hedge_of("the ") is None


def test_meantime_number_gate(nlp) -> None:
    """bench/number_spans.py on MEANTIME: a floor under the number spans (issue 5)."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "bench" / "number_spans.py"
    spec = importlib.util.spec_from_file_location("onrecord_bench_number_spans", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    figures = module.run(False)
    assert figures["overlap_f1"] >= 0.85
    assert figures["cardinal_overlap_f1"] >= 0.87
