"""Who does what to whom, read from the parse (issue 3, point 2: roles reversed)."""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge
from onrecord.verify.roles import swapped_roles

BRIEFING = statement_text(
    "Oleg Tarn",
    "The regulator has warned us that four small importers are in difficulty. "
    "On Monday the Kelmar customs office gave Ostria 48 hours to release the trucks. "
    "Prices have risen faster than wages this year. "
    "If the queues grow before Friday, I will change my advice to drivers.",
    title="Briefing of the Minister of Trade",
)


@pytest.fixture(scope="module")
def briefing() -> SourceIndex:
    return SourceIndex([source_from_text(BRIEFING, id="briefing.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        "We have warned the regulator that four small importers are in difficulty.",
        "On Monday Ostria gave the Kelmar customs office 48 hours to release the trucks.",
        "Wages have risen faster than prices this year.",
    ],
)
def test_roles_turned_around_are_a_reversal(quote: str, briefing: SourceIndex) -> None:
    verdict = judge(quote, briefing, speaker="Oleg Tarn")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "roles-reversed", verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        # another voice, the same roles
        "We have been warned by the regulator that four small importers are in difficulty.",
        # the quote leaves the doer out: "my advice will change" is the same act
        "Should the queues grow before Friday, my advice to drivers will change.",
    ],
)
def test_another_voice_is_no_reversal(quote: str, briefing: SourceIndex) -> None:
    verdict = judge(quote, briefing, speaker="Oleg Tarn")
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


def test_the_reason_names_the_roles() -> None:
    reason = swapped_roles("We warned the regulator.", "The regulator warned us.")
    assert reason is not None and "regulator" in reason and "doer" in reason
    assert swapped_roles("The regulator warned us.", "The regulator warned us.") is None


VIEWS = statement_text(
    "Oleg Tarn",
    "Some economists argue that we should have let the currency find its own "
    "level and kept rates unchanged. I thank the Ministry of Finance for its help, but I "
    "want to stress that the decision was taken by the bank alone.",
    title="Press conference of the Central Bank Governor",
)


def test_others_view_in_other_words_is_still_theirs() -> None:
    index = SourceIndex([source_from_text(VIEWS, id="views.txt")])
    quote = "We should have let the currency find its level and left rates where they were,"
    verdict = judge(quote, index, speaker="Oleg Tarn", context=f'"{quote}" he said.')
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "context", verdict.reasons
    # after "but" the speaker speaks for herself again
    quote = "the decision was made by the bank alone"
    verdict = judge(quote, index, speaker="Oleg Tarn", context=f'She said "{quote}".')
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons
