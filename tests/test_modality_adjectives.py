"""What may be done, said with an adjective: "they are free to go to court" is "they may
go to court"; turned into an obligation or a plan, it is a change of modality (issue 3,
point 2).

The statement is written for these tests: a water regulator after a spill upstream.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Edvin Marasovic"

WATER = statement_text(
    SPEAKER,
    "The tap water in Varoshen has never been affected and is safe to drink. "
    "The company is free to go to court, and we are ready to defend our decision there.",
    title="Statement of the Water Regulator",
)


@pytest.fixture(scope="module")
def water() -> SourceIndex:
    return SourceIndex([source_from_text(WATER, id="water.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        "The company may go to court",
        "The company can go to court",
    ],
)
def test_what_may_be_done_in_other_words_keeps_the_claim(water: SourceIndex, quote: str) -> None:
    v = judge(quote, water, speaker=SPEAKER)
    assert v.label in ("edited", "translation"), (v.label, v.reasons)


@pytest.mark.parametrize(
    "quote",
    [
        "The company must go to court",
        "The company will go to court",
    ],
)
def test_an_obligation_or_a_plan_for_what_may_be_done_is_a_change(
    water: SourceIndex, quote: str
) -> None:
    v = judge(quote, water, speaker=SPEAKER)
    assert (v.label, v.rule) == ("altered", "modality-changed"), (v.label, v.reasons)
