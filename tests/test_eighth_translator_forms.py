"""An eighth set of forms a second translator uses, which a check read as a change:
"under half an hour" for "less than 30 minutes", "goes up to level three" (a rise, no
"up to" bound), "should the main line fail" for "if the main line fails" (a condition
without a comma), "I should add" (the speaker's act of saying, no advice), "was meant
to" for "was supposed to", "the one road we have" for "the only road", "has barely
begun" for "has only just begun", "would much prefer" for "would much rather", "will be
made to stay" for "will have to stay", "need not" for "does not have to", "in our view"
for "we believe", "I see it as my duty" for "I believe my duty is", "I want to make one
thing clear", "exclusively" for "purely", "TV" for "television", "stayed shut" for "did
not open" (an opposite under a negation), "We presume that" for "We believe that",
"they are meant to" for "their purpose is to" (a purpose, no advice), "made to" for
"forced to", a time moved in the sentence ("at 04:15 the K-7 main burst" / "the K-7
gave way at 04:15"); and, as a guard for the new splice rule, a passive made active ("X
was injured by a pipe" / "a pipe injured X").
The changes next to them are found: "the
President" for "the Prime Minister" (another office), a bound put on a length ("over half an hour" for "less than
30 minutes") (issue 3, point 2).

The statement is written for these tests: a water utility's director after a main burst
and cut the supply to a city district.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Teodora Malvek"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

MAIN = statement_text(
    SPEAKER,
    "The repair crew reached the burst main in less than 30 minutes. "
    "As of tonight we are raising the supply alert for the district to level three of four. "
    "We will also set up a reserve line so that, if the main line fails, water can reach "
    "the hospital within two hours. "
    "I must add that the crews have worked without a break since Sunday. "
    "The new valve was supposed to replace the old one in 2024. "
    "If we close the Lenta road, we lose the only road that we have to the pumping station. "
    "The inquiry into the burst has only just begun. "
    "We would much rather spend this money on new pipes. "
    "Nobody in the district will have to stay without water for more than a day. "
    "Residents do not have to boil the water from the tankers. "
    "We believe that the main was damaged by the roadworks. "
    "I will not resign, because I believe my duty now is to repair what went wrong. "
    "I also want to say clearly that the responsibility for the supply is mine. "
    "The old main was used purely for the industrial zone. "
    "We will answer every question, not only those of the television studios. "
    "We do not yet know why the valve did not open. "
    "I informed the Prime Minister on Sunday evening. "
    "On Sunday, March 1, at 04:15, the K-7 main burst under Lenta Street during a pressure "
    "test. "
    "On Monday our engineer Petra Loskin was injured by a falling pipe at the pumping station. "
    "Their purpose is to protect the hospital supply, nothing more. "
    "Nobody will be forced to leave their home. "
    "The hospital has its own reserve tank, which lasts for two days. "
    "Four crews were sent to the district on Sunday night, two of them from Varta.",
    title="Statement of the Director of the City Water Utility on the Burst Main",
)


@pytest.fixture(scope="module")
def main() -> SourceIndex:
    return SourceIndex([source_from_text(MAIN, id="main.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "The repair crew reached the burst main in under half an hour.",
        "The repair crew took under half an hour to reach the burst main.",
        "From tonight the supply alert for the district goes up to level three of four.",
        "We are also setting up a reserve line so that water can reach the hospital within "
        "two hours should the main line fail.",
        "I should add that the crews have worked without a break since Sunday.",
        "The new valve was meant to replace the old one in 2024.",
        "If we close the Lenta road, we lose our one road to the pumping station.",
        "The investigation into the burst has barely started.",
        "We would much prefer to spend this money on new pipes.",
        "Nobody in the district will be made to stay without water for more than a day.",
        "Residents need not boil the water from the tankers.",
        "In our view the main was damaged by the roadworks.",
        "I am not going to resign, since I see it as my duty to repair what went wrong.",
        "I want to make one thing clear: the responsibility for the supply is mine.",
        "The old main was used exclusively for the industrial zone.",
        "We will answer every question, not only those of the TV studios.",
        "The K-7 gave way at 04:15 on Sunday, March 1, under Lenta Street while it was being "
        "tested,",
        "On Monday a falling pipe injured our engineer Petra Loskin at the pumping station.",
        "They are meant to protect the hospital supply, nothing more.",
        "No one will be made to leave their home.",
        "We presume that the main was damaged by the roadworks.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, main: SourceIndex) -> None:
    v = verdict(main, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("I informed the President on Sunday evening.", "name-changed"),
        # the same changes stay found: a bound turned round, a negation added, a claim
        # joined on
        ("The repair crew reached the burst main in over half an hour.", None),
        ("The inquiry into the burst has not begun.", "negation-added"),
        ("The main was damaged by the roadworks, we believe, and by the frost.", None),
    ],
)
def test_the_changes_next_to_them_are_found(
    quote: str, rule: str | None, main: SourceIndex
) -> None:
    v = verdict(main, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)


def test_an_office_swap_names_both_offices(main: SourceIndex) -> None:
    v = verdict(main, "I informed the President on Sunday evening.")
    assert any("Prime Minister" in r and "President" in r for r in v.reasons), v.reasons


def test_a_condition_without_a_comma_is_not_advice(main: SourceIndex) -> None:
    # the inverted "should" states the source's condition: nothing is left out, nothing
    # is advised
    v = verdict(
        main,
        "Water can reach the hospital within two hours should the main line fail.",
    )
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    asked = verdict(main, "Water should reach the hospital within two hours.")
    assert asked.label == "altered", (asked.rule, asked.reasons)
