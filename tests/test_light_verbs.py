"""Verbs that only carry a noun's meaning ("express support", "X deserve our gratitude" for
"I thank X") add no claim of their own; the noun they carry still counts (issue 3, point
2). The table holds the stems the tokenizer gives, so every form counts.

The statement is written for these tests: a minister thanking two governments.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge
from onrecord.verify.meaning import LIGHT_VERBS
from onrecord.verify.normalize import tokenize

SPEAKER = "Vesna Draskovic"

THANKS = statement_text(
    SPEAKER,
    "I want to thank both governments for their speed and their generosity. "
    "We demand that the company repays the subsidy. "
    "We support the families of the missing fishermen.",
    title="Statement of the Minister",
)


@pytest.fixture(scope="module")
def thanks() -> SourceIndex:
    return SourceIndex([source_from_text(THANKS, id="thanks.txt")])


@pytest.mark.parametrize("word", ["express", "expressed", "offers", "paid", "deserve", "deserves"])
def test_every_form_of_a_light_verb_is_in_the_table(word: str) -> None:
    assert tokenize(word)[0].stem in LIGHT_VERBS


@pytest.mark.parametrize(
    "quote",
    [
        "Both governments deserve our gratitude for acting so quickly and so generously.",
        "We put forward a demand that the company repays the subsidy.",
        "We offer our support to the families of the missing fishermen.",
    ],
)
def test_a_light_verb_adds_no_claim(thanks: SourceIndex, quote: str) -> None:
    v = judge(quote, thanks, speaker=SPEAKER)
    assert v.label in ("edited", "translation"), (v.label, v.reasons)


def test_the_noun_a_light_verb_carries_still_counts(thanks: SourceIndex) -> None:
    v = judge(
        "Both governments deserve a medal for acting so quickly and so generously.",
        thanks,
        speaker=SPEAKER,
    )
    assert (v.label, v.rule) == ("altered", "claim-added"), v.reasons
    assert "medal" in v.reasons[0]
