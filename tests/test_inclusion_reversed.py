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
        "Every party that renounces violence may take part, except the movement led by "
        "Mirko Dalnik.",
        "All regions will receive aid, including the capital.",
    ],
)
def test_in_for_out_is_reversed(rules: SourceIndex, quote: str) -> None:
    v = judge(quote, rules, speaker=SPEAKER)
    assert (v.label, v.rule) == ("altered", "reversed"), (v.label, v.reasons)


def test_in_for_out_in_a_free_rendering_is_named_but_left_to_the_calibration(
    rules: SourceIndex,
) -> None:
    # on free renderings the reversal check was right in 0.2 of its first-run verdicts
    # (rule_precision.json, calibration from heldout21-151): the verdict gives way to a
    # translation, and the reversal stays in the reasons for a reader to check
    v = judge(
        "All parties that renounce violence may stand, except Mirko Dalnik's movement.",
        rules,
        speaker=SPEAKER,
    )
    assert (v.label, v.rule) == ("translation", "free-rendering"), (v.label, v.reasons)
    assert any(r.startswith("not counted as a change: reversed") for r in v.reasons), v.reasons


def test_excluding_for_except_keeps_the_claim(rules: SourceIndex) -> None:
    v = judge("All regions will receive aid, excluding the capital.", rules, speaker=SPEAKER)
    assert v.label in ("edited", "translation"), (v.label, v.reasons)
