"""A negative subject a translator moves into the verb ("no bank may pay" / "banks may not
pay") and the bounds of a duration ("for longer than 14 days" / "for more than 14 days",
"three months at most" / "for no longer than three months") keep the claim; dropping the
negation or the bound, or turning the bound round, does not (issue 3, point 2).

The statement is written for these tests: a banking supervisor after emergency rules.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Oresta Valmiric"

RULES = statement_text(
    SPEAKER,
    "The supervisory board met twice over the weekend. "
    "And no bank may pay a dividend for 2025 until the end of September. "
    "The limits on withdrawals would be temporary, for no longer than three months. "
    "No branch may stay closed for more than 14 days in a row. "
    "We will publish the full list of measures on Monday.",
    title="Statement of the Banking Supervisor",
)


@pytest.fixture(scope="module")
def rules() -> SourceIndex:
    return SourceIndex([source_from_text(RULES, id="rules.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        "Banks may not pay out dividends for 2025 before the end of September.",
        "banks may not pay dividends for 2025 until the end of September",
        "the limits on withdrawals would be temporary, lasting three months at most",
        "No branch may stay shut for longer than 14 days in a row.",
    ],
)
def test_a_second_translators_negation_or_bound_keeps_the_claim(
    rules: SourceIndex, quote: str
) -> None:
    v = verdict(rules, quote)
    assert v.label in ("edited", "translation"), (v.label, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("Banks may pay dividends for 2025 until the end of September.", "negation-removed"),
        ("the limits on withdrawals would be temporary, lasting three months", "hedge-dropped"),
        (
            "the limits on withdrawals would be temporary, lasting at least three months",
            "hedge-changed",
        ),
        ("No branch may stay closed for shorter than 14 days in a row.", "hedge-changed"),
    ],
)
def test_dropping_or_turning_the_negation_or_bound_is_a_change(
    rules: SourceIndex, quote: str, rule: str
) -> None:
    v = verdict(rules, quote)
    assert v.label == "altered", (v.label, v.reasons)
    assert v.rule == rule, v.reasons
