"""Who is in and who is out: "except X" for "including X" turns the claim round;
"excluding" for "except" keeps it (issue 3, point 2: a reversed claim).

The statement is written for these tests: a peace accord's election rules.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Bojan Stelmach"

RULES = statement_text(
    SPEAKER,
    "Every party that renounces violence may take part, including the movement led by "
    "Mirko Dalnik. All regions will receive aid, except the capital.",
    title="Statement on the Accord",
)


@pytest.fixture(scope="module")
def rules() -> SourceIndex:
    return SourceIndex([source_from_text(RULES, id="rules.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        "All parties that renounce violence may stand, except Mirko Dalnik's movement.",
        "All regions will receive aid, including the capital.",
    ],
)
def test_in_for_out_is_reversed(rules: SourceIndex, quote: str) -> None:
    v = judge(quote, rules, speaker=SPEAKER)
    assert (v.label, v.rule) == ("altered", "reversed"), (v.label, v.reasons)


def test_excluding_for_except_keeps_the_claim(rules: SourceIndex) -> None:
    v = judge("All regions will receive aid, excluding the capital.", rules, speaker=SPEAKER)
    assert v.label in ("edited", "translation"), (v.label, v.reasons)
