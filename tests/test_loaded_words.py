"""A judgement pushed to the far end of its scale in words the source has no counterpart
for ("the report was a sham" for "was not thorough enough", "scandalously underpaid" for
"underpaid", "deliberately switched off" for "switched off"), and one made milder ("not
ideal" for "not acceptable", "we will consider closing it" for "we will close it"), are
changes, and so are the speaker's own request quoted as a demand ("I demand" for "I
ask") and a demand quoted as a wish ("we would like" for "we demand") (issue 3, point 2: a stronger or weaker claim). The same words are faithful
where the source is as strong ("an outrageous decision" / "a disgraceful decision"),
where "lie" is a verb ("the village lies 20 kilometres away"), where the source
leaves the action open, where "urge" renders "ask", and where what others asked for is
reported as their demand.

The statement is written for these tests: a water utility's director after a main
burst.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ilse Marrow"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

MAIN = statement_text(
    SPEAKER,
    "On Tuesday night the main pipe under Lindt Street burst and 14,000 homes lost "
    "their water. "
    "The inspection report from last spring was not thorough enough, and I have asked "
    "for a new one. "
    "Our fitters are underpaid, and I do not dispute that. "
    "The pressure valve had been switched off before the burst. "
    "The contractor's decision to delay the repairs was outrageous. "
    "That claim is not true, and the company knows it. "
    "Families in Orsa are queuing for water at tankers, and that is not acceptable to me. "
    "If the tests show damage on the second pipe, we will close it at once. "
    "Orsa lies 20 kilometres from the treatment plant, so the tankers take an hour. "
    "We may consider other routes for the new pipe, including one under the river. "
    "The first estimate of the damage is about 3 million crowns. "
    "I ask the city council to pay half of the cost of the repairs. "
    "The fitters' union asked for a pay rise of 9 percent. "
    "We demand that the contractor publish its repair records by Friday.",
    title="Statement of the Director of the City Water Company",
)


@pytest.fixture(scope="module")
def water() -> SourceIndex:
    return SourceIndex([source_from_text(MAIN, id="water.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=None)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("The inspection report from last spring was a sham,", "stronger-claim"),
        ("Our fitters are scandalously underpaid, and I do not dispute that.", "stronger-claim"),
        (
            "The pressure valve had been deliberately switched off before the burst.",
            "stronger-claim",
        ),
        ("That claim is a lie, and the company knows it.", None),
        (
            "Families in Orsa are queuing for water at tankers, and that is not ideal,",
            "weaker-claim",
        ),
        (
            "If the tests show damage on the second pipe, we will consider closing it,",
            "weaker-claim",
        ),
        # the speaker's own request made a demand
        ("I demand that the city council pay half of the cost of the repairs,", "stronger-claim"),
        # the speaker's demand made a wish
        (
            "We would like the contractor to publish its repair records by Friday,",
            "weaker-claim",
        ),
    ],
)
def test_a_judgement_pushed_further_or_softened_is_a_change(
    quote: str, rule: str | None, water: SourceIndex
) -> None:
    v = verdict(water, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)
    else:  # "not true" → "a lie" is caught by the negation or the loaded word
        assert any("stronger claim" in r or "negation" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "The contractor's decision to put off the repairs was disgraceful,",
        "Orsa lies 20 kilometres away from the treatment plant, so the tankers need an hour,",
        "We might look at other routes for the new pipe, one of them under the river,",
        "The inspection report from last spring was not thorough enough,",
        # a request in another translator's word, and what others asked for reported
        "I urge the city council to pay half of the cost of the repairs,",
        "The fitters' union demanded a 9 percent pay rise,",
    ],
)
def test_the_same_strength_or_a_verb_is_faithful(quote: str, water: SourceIndex) -> None:
    v = verdict(water, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_the_reason_names_the_loaded_word(water: SourceIndex) -> None:
    v = verdict(water, "Our fitters are scandalously underpaid, and I do not dispute that.")
    assert any("'scandalously'" in r for r in v.reasons), v.reasons
