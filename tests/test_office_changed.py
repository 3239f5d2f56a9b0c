"""An office is a person: "the Prime Minister" for "the Foreign Minister" is another
person, though both are title words; "the Home Minister" for "the Interior Minister" is
the same office under another name (issue 3, point 2).

The statement is written for these tests: a border closure.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Anela Krovic"

BORDER = statement_text(
    SPEAKER,
    "We closed the border crossing at Vesk on Monday. "
    "I have asked the Foreign Minister to raise this with the ambassador tomorrow. "
    "The Interior Minister will report to parliament on Thursday.",
    title="Statement on the Border",
)


@pytest.fixture(scope="module")
def border() -> SourceIndex:
    return SourceIndex([source_from_text(BORDER, id="border.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        "I have asked the Prime Minister to take this up with the ambassador tomorrow.",
        "The Finance Minister will report to parliament on Thursday.",
    ],
)
def test_another_office_is_another_person(border: SourceIndex, quote: str) -> None:
    v = judge(quote, border, speaker=SPEAKER)
    assert (v.label, v.rule) == ("altered", "name-changed"), v.reasons
    assert "office changed" in v.reasons[0]


@pytest.mark.parametrize(
    "quote",
    [
        "The Home Minister will report to parliament on Thursday.",
        "I have asked the foreign minister to take this up with the ambassador tomorrow.",
    ],
)
def test_the_same_office_under_another_name_is_kept(border: SourceIndex, quote: str) -> None:
    v = judge(quote, border, speaker=SPEAKER)
    assert v.label in ("cosmetic", "edited", "translation"), (v.label, v.reasons)
