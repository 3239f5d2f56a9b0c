"""Quantifiers: one of another strength in place of the speaker's is a changed claim;
one of the same strength is a translator's choice (issue 3, point 2).

The statement is written for these tests: a regional governor after a flood.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge
from onrecord.verify.meaning.base import Side
from onrecord.verify.meaning.quantifiers import levels
from onrecord.verify.normalize import tokenize

SPEAKER = "Vesna Orlik"

FLOOD = statement_text(
    SPEAKER,
    "The water has fallen below the dams since Friday. "
    "Most of the families from Dolny Brod have already returned home. "
    "None of the drinking-water wells in the valley was damaged. "
    "Some of the roads to the north are still closed. "
    "Every school in the district will reopen on Monday. "
    "Many farmers lost part of their harvest, and the region will compensate them.",
    title="Statement of the Governor",
)


@pytest.fixture(scope="module")
def flood() -> SourceIndex:
    return SourceIndex([source_from_text(FLOOD, id="flood.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        "The majority of the families from Dolny Brod are already back home.",
        "Not a single drinking-water well in the valley was damaged.",
        "A number of the roads to the north remain closed.",
        "All schools in the district will open again on Monday.",
    ],
)
def test_a_quantifier_of_the_same_strength_is_a_rendering(quote: str, flood: SourceIndex) -> None:
    v = verdict(flood, quote)
    assert v.label in ("translation", "edited"), v.reasons


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        ("All of the families from Dolny Brod have already returned home.", "Most"),
        ("Few of the drinking-water wells in the valley were damaged.", "None"),
        ("Most of the roads to the north are still closed.", "Some"),
        ("Most schools in the district will reopen on Monday.", "Every"),
    ],
)
def test_a_quantifier_of_another_strength_changes_the_claim(
    quote: str, changed: str, flood: SourceIndex
) -> None:
    v = verdict(flood, quote)
    assert v.label == "altered", v.reasons
    assert any(r.startswith(f"quantifier changed: '{changed}") for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("most of the families", [4]),
        ("the most reliable member", []),  # a superlative
        ("some 300 people", []),  # a hedge
        ("nothing at all", [0]),  # "at all" quantifies nothing
        ("we did not release anyone", [0]),  # "not … anyone" is none
        ("hardly any of them", [1]),
        ("a few of them", [2]),
        ("every one of them", [5]),
        ("as many as 212 people", []),  # a hedge
        ("no more than eight", []),  # a hedge
        ("All in all, the line held", []),  # a filler
    ],
)
def test_levels(text: str, found: list[int]) -> None:
    side = Side(tokenize(text), text)
    assert sorted(level for _end, level in levels(side).values()) == found
