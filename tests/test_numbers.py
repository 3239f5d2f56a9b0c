"""Number words and digits: onrecord.analyse.numbers."""

from __future__ import annotations

import pytest

from onrecord.analyse.numbers import is_ordinal, number_pattern, parse_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("27 million", 27_000_000),
        ("5,000", 5000),
        ("a dozen", 12),
        ("six", 6),
        ("third", 3),
        ("half", 0.5),
        ("1.5bn", 1_500_000_000),
        ("twenty-seven", 27),
        ("two hundred and fifty", 250),
        ("a hundred", 100),
        ("80th", 80),
        ("3.2 billion", 3_200_000_000),
        ("one million two hundred thousand", 1_200_000),
        ("500km", 500),
        ("two-thirds", 2 / 3),
    ],
)
def test_parse_number(words: str, value: float) -> None:
    assert parse_number(words) == pytest.approx(value)


@pytest.mark.parametrize("words", ["several", "many", "", "the", "dozens of"])
def test_not_a_number(words: str) -> None:
    assert parse_number(words) is None


def test_ordinals() -> None:
    assert is_ordinal("third") and is_ordinal("80th") and is_ordinal("twenty-first")
    assert not is_ordinal("three") and not is_ordinal("80")


def test_pattern_finds_whole_numbers_in_text() -> None:
    text = "As many as 524 drones, 27 million people, a dozen ships and twenty-seven men; 1.5bn."
    found = [m.group(0) for m in number_pattern().finditer(text)]
    assert found == ["524", "27 million", "a dozen", "twenty-seven", "1.5bn"]


def test_pattern_ignores_letters_glued_to_words() -> None:
    found = [m.group(0) for m in number_pattern().finditer("someone, tone, A380, B52s")]
    assert found == []
