"""Two changes a window across a sentence break used to hide (issue 3, point 2): a
condition taken from the next sentence, whose main clause the quote leaves out, and the
hedge of a figure cut off where the quote opens with words of the report's own.

The statement is written for these tests: a health minister on a vaccination campaign.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ilvana Restovic"

CAMPAIGN = statement_text(
    SPEAKER,
    "The first round reached 80,000 people in the river districts. "
    "The second dose will be given from May 4. "
    "When the doses from the Coastal Vaccine Fund arrive, we will extend the campaign to "
    "Dolmira. "
    "My mandate runs until 2029, and I intend to serve it. "
    "If the President or the Assembly think that someone else would do better, they have "
    "the right to say so. "
    "In total, more than 900 nurses took part at some point. "
    "According to the nursing council, that would be about 900 nurses a day.",
    title="Statement of the Minister of Health",
)


@pytest.fixture(scope="module")
def campaign() -> SourceIndex:
    return SourceIndex([source_from_text(CAMPAIGN, id="campaign.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        "The second dose will be given from May 4, if the Coastal doses arrive on time.",
        "My mandate runs until 2029, and I intend to serve it, as long as the President "
        "supports me.",
    ],
)
def test_a_condition_of_the_next_sentence_is_a_condition_added(
    campaign: SourceIndex, quote: str
) -> None:
    v = verdict(campaign, quote)
    assert (v.label, v.rule) == ("altered", "condition-added"), v.reasons
    assert "next sentence" in v.reasons[0]


@pytest.mark.parametrize(
    "quote",
    [
        "The second dose will be given from May 4.",
        "My mandate runs until 2029 and I intend to serve it; if the President or the "
        "Assembly think someone else would do better, they have the right to say so.",
    ],
)
def test_the_sentence_alone_or_both_sentences_whole_keep_the_claim(
    campaign: SourceIndex, quote: str
) -> None:
    v = verdict(campaign, quote)
    assert v.label in ("verbatim", "edited", "translation"), (v.label, v.reasons)


def test_a_hedge_cut_off_after_the_reports_own_words_is_dropped(campaign: SourceIndex) -> None:
    v = verdict(campaign, "that would be 900 nurses a day")
    assert (v.label, v.rule) == ("altered", "hedge-dropped"), v.reasons
    assert "about 900" in v.reasons[0]


def test_the_hedge_kept_or_rendered_keeps_the_figure(campaign: SourceIndex) -> None:
    assert verdict(campaign, "that would be about 900 nurses a day").label == "verbatim"
    assert verdict(campaign, "would be roughly 900 nurses a day").label == "translation"


def test_a_hedge_that_opens_the_statement_is_dropped_too() -> None:
    opening = SourceIndex(
        [
            source_from_text(
                statement_text(
                    SPEAKER,
                    "About 900 nurses joined the strike. The strike ended on Sunday.",
                    title="Statement of the Minister of Health",
                ),
                id="opening.txt",
            )
        ]
    )
    v = verdict(opening, "that would be 900 nurses")
    assert (v.label, v.rule) == ("altered", "hedge-dropped"), v.reasons
    assert verdict(opening, "that would be about 900 nurses").label in ("edited", "translation")
