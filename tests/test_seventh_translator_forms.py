"""A seventh set of forms a second translator uses, which a check read as a change: "took
us by surprise" for "did not expect", "was killed" for "did not survive", "for hundreds
of years" for "for centuries", "for a full week" for "for seven days", "should it prove
necessary" for "if it is necessary", "for a whole week" (no wider claim), "at liberty to" for "free to", "a little before
six" for "shortly before six", "will not receive compensation from the region" for "the
region will not compensate", "with patience and fairness" for "patiently and fairly",
"fall silent" for "silencing", a cut before "even if" (a concession, no condition), a
listed demand made explicit ("First, we want the Road Agency to reopen" / "First, that
it reopens"), and a party named where the source says "the other side". The changes
next to them are found: "not only" for "not" (a denial made a concession),
"recommends" for "guarantees", "criminally irresponsible" for "irresponsible", "the
only route" for "the shortest route", "a single hour" for "a single day", and the
words of others reported as the speaker's own where the report names the others only
as his audience ("told critics that …") (issue 3, point 2).

The statement is written for these tests: a regional governor after a landslide closed
a mountain pass.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Orsolya Venkar"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

PASS = statement_text(
    SPEAKER,
    "Shortly before six in the morning on Tuesday, March 3, the slope above Kestrin gave "
    "way and buried the road over the Holm Pass. "
    "One of the drivers did not survive. "
    "What we did not expect was that the slope would move again within a week. "
    "For seven days now, the pass has been closed to all traffic. "
    "The villages of the valley have shared this road for centuries. "
    "We are in daily contact with the regional government of Varnia. "
    "We have spoken to the other side every day, and the talks have been useful. "
    "We ask three things of the Road Agency. "
    "First, that it reopens one lane by Friday. "
    "If it is necessary, the army will build a temporary bridge at Kestrin. "
    "The hauliers are free to go to court, and we are ready for that. "
    "No, the region will not compensate the hauliers for the detour. "
    "The engineers of the Road Agency have worked patiently and fairly. "
    "The new order is meant to silence the sirens at night. "
    "The food stocks in Kestrin are enough for about 20 days, even if not a single lorry "
    "gets through. "
    "The fuel stocks are enough for about ten days, unless the frost returns. "
    "The closure was not our decision. "
    "The law guarantees every resident a place in a shelter. "
    "It would be irresponsible to open the pass now. "
    "The Holm Pass is the shortest route from the valley to the coast. "
    "Since Tuesday the slope has not stopped moving for a single day. "
    "Some say that the pass should have been closed earlier. "
    "I do not agree with them.",
    title="Statement of the Governor of the Holm Region on the Landslide at Kestrin",
)


@pytest.fixture(scope="module")
def holm() -> SourceIndex:
    return SourceIndex([source_from_text(PASS, id="holm.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "A little before six in the morning on Tuesday, March 3, the slope above Kestrin "
        "gave way and buried the road over the Holm Pass.",
        "One of the drivers was killed.",
        "What took us by surprise was that the slope moved again within a week.",
        "For a full week the pass has been closed to all traffic,",
        "The villages of the valley have shared this road for hundreds of years.",
        "First, we want the Road Agency to reopen one lane by Friday.",
        "We have spoken to the Varnian side every day, and the talks have been useful.",
        "Should it prove necessary, the army will build a temporary bridge at Kestrin.",
        "The hauliers are at liberty to go to court, and we are ready for that.",
        "No, the hauliers will not receive compensation from the region for the detour.",
        "The engineers of the Road Agency have done their work with patience and fairness.",
        "The new order is meant to make the sirens fall silent at night.",
        "The food stocks in Kestrin are enough for about 20 days,",
        "For a whole week the pass has been closed to all traffic.",
        "The Holm Pass is the quickest way from the valley to the coast.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, holm: SourceIndex) -> None:
    v = verdict(holm, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("The closure was not only our decision.", "weaker-claim"),
        ("The law recommends that every resident get a place in a shelter.", "weaker-claim"),
        ("It would be criminally irresponsible to open the pass now.", "claim-added"),
        # the same changes stay found: a condition cut off, a degree added, a fact turned
        ("The fuel stocks are enough for about ten days,", "condition-left-out"),
        ("The closure was our decision.", "negation-removed"),
        ("It would be fairly irresponsible to open the pass now.", "hedge-added"),
        ("The Holm Pass is the only route from the valley to the coast.", "stronger-claim"),
        ("Since Tuesday the slope has not stopped moving for a single hour.", "number-changed"),
    ],
)
def test_the_changes_next_to_them_are_found(
    quote: str, rule: str | None, holm: SourceIndex
) -> None:
    v = verdict(holm, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)


@pytest.mark.parametrize(
    "context",
    [
        'The governor told critics that "the pass should have been closed earlier".',
        'Radio Holm reports that the governor told her critics that "the pass should have '
        'been closed earlier".',
    ],
)
def test_others_words_told_to_them_are_not_the_speakers(context: str, holm: SourceIndex) -> None:
    v = verdict(holm, "the pass should have been closed earlier", context)
    assert (v.label, v.rule) == ("altered", "context"), (v.rule, v.reasons)


def test_others_words_the_report_gives_to_them_stay_theirs(holm: SourceIndex) -> None:
    v = verdict(
        holm,
        "the pass should have been closed earlier",
        'She rejected the claim of her critics that "the pass should have been closed earlier".',
    )
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_a_pronoun_set_for_a_party_the_source_never_names_is_a_change(holm: SourceIndex) -> None:
    # "it" is the Road Agency; the quote puts a party the source has nowhere in its place
    v = verdict(holm, "First, we want the Transport Ministry to reopen one lane by Friday.")
    assert v.label not in FAITHFUL, (v.rule, v.reasons)
