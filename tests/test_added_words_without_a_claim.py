"""Words a second translator adds that claim nothing: a verb said twice where the speaker
said it once ("would hurt our shoppers more than it would hurt the rulers"), an
intensifier ("first and foremost", "their own"), and a pronoun that frames a moved
clause ("a ban … is something I do not exclude"). Words that add a claim are still
``claim-added`` (issue 3, point 2).

The statement is written for these tests: a trade minister on an import ban.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Petra Lindqvist"

TRADE = statement_text(
    SPEAKER,
    "Some members of parliament want a ban on imports from Kersland. "
    "I do not agree, because such a ban would punish our consumers more than the "
    "government in Kersland. "
    "If the customs offices made mistakes, the responsibility lies with them. "
    "I do not rule out higher duties on steel from January.",
    title="Statement of the Minister of Trade",
)


@pytest.fixture(scope="module")
def trade() -> SourceIndex:
    return SourceIndex([source_from_text(TRADE, id="trade.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        "I disagree, because such a ban would hurt our consumers more than it would "
        "hurt the government in Kersland.",
        "If the customs offices made mistakes, the responsibility lies first and foremost "
        "with them.",
        "Higher duties on steel from January are something I do not exclude.",
    ],
)
def test_words_that_claim_nothing_keep_the_quote_faithful(trade: SourceIndex, quote: str) -> None:
    v = verdict(trade, quote)
    assert v.label in ("edited", "translation"), (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    "quote",
    [
        "I disagree, because such a ban would punish our consumers more than the "
        "government in Kersland, and it would cost ten thousand jobs.",
        "If the customs offices made mistakes, the responsibility lies with them and "
        "with their director.",
    ],
)
def test_words_that_add_a_claim_are_still_a_change(trade: SourceIndex, quote: str) -> None:
    v = verdict(trade, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
