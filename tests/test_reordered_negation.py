"""A second translator may move a negated clause to the other end of the sentence ("I do
not rule out a ban …" / "A ban … is something I do not exclude"), say a negation inside
a word ("radio contact had been lost" / "there was no longer any radio contact") or as
the opposite of a word ("you are safe" / "you are in no danger"): the claim is kept. A
negation set into the speaker's own words is still a change (issue 3, point 2).

The statement is written for these tests: a harbour master after a trawler went missing.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ilse Varnhagen"

HARBOUR = statement_text(
    SPEAKER,
    "The trawler Marit left the northern harbour at six in the evening with a crew of nine. "
    "By 23:10 radio contact with the trawler had been lost. "
    "Two lifeboats and a helicopter have been searching since midnight. "
    "I do not rule out a ban on night sailings in the winter months, from November to March. "
    "We are not considering any closure of the northern harbour. "
    "I want to say to the families clearly: you are safe, and nothing in this inquiry is "
    "directed against you. "
    "I do not know who gave the order to sail, and I will not speculate.",
    title="Statement of the Harbour Master",
)


@pytest.fixture(scope="module")
def harbour() -> SourceIndex:
    return SourceIndex([source_from_text(HARBOUR, id="harbour.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        "A ban on night sailings during the winter months, from November to March, is "
        "something I do not exclude.",
        "closure of the northern harbour is not something we are contemplating",
        "By 23:10 there was no longer any radio contact with the trawler,",
        "To the families I say clearly: you are in no danger, and nothing in this inquiry "
        "is directed against you.",
        "Who gave the order to sail I cannot say, and I will not speculate.",
    ],
)
def test_a_negation_moved_with_its_clause_keeps_the_claim(harbour: SourceIndex, quote: str) -> None:
    v = verdict(harbour, quote)
    assert v.label in ("edited", "translation"), (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("By 23:10 radio contact with the trawler had not been lost.", "negation-added"),
        ("We are considering a closure of the northern harbour.", "negation-removed"),
        (
            "I want to say to the families clearly: you are not safe, and nothing in this "
            "inquiry is directed against you.",
            "negation-added",
        ),
    ],
)
def test_a_negation_set_into_the_speakers_words_is_still_a_change(
    harbour: SourceIndex, quote: str, rule: str
) -> None:
    v = verdict(harbour, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)
