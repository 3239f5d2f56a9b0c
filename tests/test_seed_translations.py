"""Other translations of the seed statement: a second translator's rendering is a
faithful quote, a distortion is a misquote. The renderings below were written for this
project as a second translator would write them; the source is the seed's transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

import onrecord
from onrecord.model import FAITHFUL
from onrecord.verify import judge
from onrecord.verify.index import SourceIndex

FAITHFUL_RENDERINGS = [
    # "should resume" after "propose that" is a subjunctive, not a modality
    "We propose that the Kyiv authorities resume the negotiations they broke off at the end "
    "of 2022 – resume direct negotiations, and, I emphasise, without any preconditions.",
    "We suggest that we begin without delay, as early as next Thursday, May 15, in Istanbul, "
    "where they were held before and where they were broken off.",
    # "some kind of" / "some": a vagueness marker, not a hedge on a figure
    "We do not exclude that during these talks it will be possible to agree on some new "
    "truces, a new ceasefire.",
    "Those who truly want peace cannot fail to support it.",
    "We thank our guests and friends for the attention they give to this conflict",
    "Russia has repeatedly put forward ceasefire initiatives, but Ukraine has sabotaged them "
    "again and again",
    # "would like to" / "want to": the same intention
    "Tomorrow I will speak with President Erdogan of Turkey. I want to ask him to give us the "
    "opportunity to hold the talks in Turkey.",
    # "once again" is no condition; "want to thank" / "would like to express my gratitude"
    "I once again want to thank our foreign partners, including China, Brazil, the African "
    "countries and the Middle East, for their mediation.",
    "The Easter truce announced by Russia was not respected either: Ukrainian troops broke the "
    "ceasefire almost 5,000 times.",
    "Their goal is to remove the root causes of the conflict and to reach a durable, long-term "
    "peace.",
    "Russia is prepared to negotiate without any preconditions.",
]

MISQUOTES = [
    "We rule out any new truce during these negotiations",
    "the Kiev regime defiantly violated 130 times the 30-day moratorium",
    "Russia is ready for talks, but only if Ukraine accepts preliminary conditions.",
    "It was the Ukrainian side, not us, who interrupted the negotiations in 2023",
    "We have never proposed steps towards a ceasefire.",
    # a figure of another event set beside other words
    "As many as 524 unmanned aerial vehicles and 45 Western-made missiles participated in "
    "the strike",
    "the ceasefire regime was violated by Ukrainian forces 5,000 times",
    "We are set on serious negotiations with Ukraine, provided Kiev withdraws its troops.",
    "The Easter truce was observed by Ukrainian forces.",
    "We suggest starting next Thursday, May 22, in Istanbul.",
    "Ukrainian forces may have been rearmed, re-equipped and frantically dug trenches.",
]


@pytest.fixture(scope="module")
def index(seed_path: Path) -> SourceIndex:
    return SourceIndex(onrecord.read(seed_path).sources)


@pytest.mark.parametrize("quote", FAITHFUL_RENDERINGS)
def test_second_translation_is_faithful(index: SourceIndex, quote: str) -> None:
    verdict = judge(quote, index, speaker="Vladimir Putin")
    assert verdict.label in FAITHFUL, verdict


@pytest.mark.parametrize("quote", MISQUOTES)
def test_distortion_is_a_misquote(index: SourceIndex, quote: str) -> None:
    verdict = judge(quote, index, speaker="Vladimir Putin")
    assert verdict.label in ("altered", "unsourced"), verdict
    assert verdict.reasons
