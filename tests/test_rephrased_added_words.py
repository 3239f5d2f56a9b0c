"""A second translator's own words for what the source says, where the aligner pairs
them with nothing: a phrase that renders unmatched words of the same sentence ("caught
fire on its own" / "ignited by itself"), a pro-form ("ten-minute ones"), an inverted
"should" that is a condition, "supposed to" for "should have", and a party's demand
that the quote itself names as theirs. Words that add a claim stay ``claim-added``
(issue 3, point 2).

The statement is written for these tests: a defence minister after a depot fire.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ivo Marensky"

DEPOT = statement_text(
    SPEAKER,
    "The investigators suspect that the old propellant decomposed and ignited by itself "
    "after several days of temperatures above 30 degrees. "
    "Trams on line 4 now run every six minutes instead of every ten. "
    "The audit will show who approved what, and if it finds mistakes in this ministry, "
    "then I will answer for them. "
    "The charges in Warehouse 6 should have been destroyed in 2023. "
    "The Tarsk delegation demanded control of both harbours. "
    "We will not accept that demand.",
    title="Statement of the Minister of Defence",
)


@pytest.fixture(scope="module")
def depot() -> SourceIndex:
    return SourceIndex([source_from_text(DEPOT, id="depot.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        "The investigators' suspicion is that, after several days of heat above 30 "
        "degrees, the aged propellant broke down and caught fire on its own.",
        "Trams on line 4 now come at six-minute intervals rather than ten-minute ones.",
        "The audit will show who approved what, and should it find mistakes in this "
        "ministry, I will answer for them.",
        "The charges in Warehouse 6 were supposed to have been destroyed in 2023.",
        "Control of both harbours was the Tarsk delegation's first demand.",
    ],
)
def test_own_words_for_what_was_said_keep_the_quote_faithful(
    depot: SourceIndex, quote: str
) -> None:
    v = verdict(depot, quote)
    assert v.label in ("verbatim", "edited", "translation"), (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "The investigators suspect that the old propellant decomposed and ignited by "
            "itself after several days of temperatures above 30 degrees, and the guards "
            "had switched off the alarms.",
            "claim-added",
        ),
        (
            "The charges in Warehouse 6 will be destroyed in 2023.",
            "modality-changed",
        ),
    ],
)
def test_added_claims_are_still_found(depot: SourceIndex, quote: str, rule: str) -> None:
    v = verdict(depot, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)
