"""More forms a second translator uses, which a check read as a change: a modal inside
what the speaker hopes ("I hope they can come" / "I hope they will send them"), a
"will" that a possibility governs ("it is possible that the levy will be cut" / "the
levy may be cut"), "perhaps … will" as "may", "could not be reached" for "was not
available", a counterfactual "had they not been there" for "without them", a condition
said at the end in other words ("even where nobody is hurt" / "even if nobody is hurt"),
"above all" for "mainly", "more than ten storeys" for "higher than ten floors",
"require" for "make mandatory", and a light verb ("give such a promise" / "promise that"). The changes next to them are found: a
possibility quoted as a plan although the quote keeps a later "possibly" of the source,
an absolute adverb on what a third person does ("she fully backs the plan"), "never …
at all" for "never properly", "never" for a refusal bounded in time, and "I share
responsibility" for "I take responsibility", a refusal put before what will be done
("will refuse to send" / "will send") (issue 3, point 2).

The statement is written for these tests: a mayor after a fire in a market hall.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Aurel Dansk"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

MARKET = statement_text(
    SPEAKER,
    "I hope the fire service will send its two investigators as early as Monday. "
    "It is possible that the market levy will be cut, perhaps by a third. "
    "Perhaps the traders will return to the hall in June. "
    "I tried to call the owner of the hall twice on Sunday, but he was not available. "
    "Without the volunteers, many more stalls would have burned. "
    "A stall keeper who loses stock will be paid, even if nobody is hurt. "
    "We need about 300 new stalls, mainly in the northern districts. "
    "We will make smoke alarms mandatory in all market halls higher than ten metres. "
    "Nobody can honestly promise that the hall will open before winter. "
    "The fire service and I disagree on the cause, but we agree on the repairs. "
    "I do not rule out that we will propose a new fire code, possibly including yearly "
    "inspections. "
    "The deputy mayor speaks to me every day, and she backs the plan. "
    "The wiring in the hall has never been properly inspected. "
    "I respect the traders' demand, but we cannot pay the full amount this year. "
    "This is a failure of the city, and I take responsibility for it as mayor. "
    "We do not rule out that the hall may need a new roof. "
    "Stall rents were 4 percent higher than a year earlier. "
    "I cannot give you a date, and I do not want to make promises that I cannot keep. "
    "If a stall has not been cleared by May 20, then the city will close it. "
    "The owner of the hall also bears responsibility.",
    title="Statement of the Mayor after the Fire in the Market Hall",
)


@pytest.fixture(scope="module")
def market() -> SourceIndex:
    return SourceIndex([source_from_text(MARKET, id="market.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=None)


@pytest.mark.parametrize(
    "quote",
    [
        "I hope the two investigators from the fire service can come as soon as Monday,",
        "The market levy may be reduced, possibly by a third,",
        # the possibility said once, by "do not rule out": "will" there is "may"
        "We do not rule out that the hall will need a new roof,",
        # a comparison with a time is no hedge of a figure; "can't" governs no "won't";
        # a responsibility the source gives as shared
        "Stall rents were up 4 percent on a year earlier,",
        "I can't name a day, and I won't promise what I can't deliver,",
        "The owner of the hall shares the responsibility too,",
        "The traders may return to the hall in June,",
        "I attempted to reach the owner of the hall twice on Sunday, but he could not be reached,",
        "Had they not been there, many more stalls would have burned,",
        "A stall keeper who loses stock will be compensated, even where nobody is injured,",
        "We need roughly 300 new stalls, above all in the northern districts,",
        "We will require smoke alarms in all market halls of more than ten metres,",
        "No one can give such a promise honestly, that the hall will open before winter,",
    ],
)
def test_the_same_claim_in_a_second_translation_is_faithful(
    quote: str, market: SourceIndex
) -> None:
    v = verdict(market, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "We will propose a new fire code, possibly including yearly inspections.",
            "modality-dropped",
        ),
        (
            "The deputy mayor speaks to me every day, and she fully backs the plan.",
            "stronger-claim",
        ),
        ("The wiring in the hall has never been inspected at all.", "stronger-claim"),
        ("I respect the traders' demand, but we will never pay the full amount.", "stronger-claim"),
        ("This is a failure of the city, and I share responsibility for it,", "weaker-claim"),
        ("The hall will need a new roof.", "modality-changed"),
        # the month "May" is no "may" that governs the "will"
        ("If a stall has not been cleared by 20 May, the city may close it.", "modality-changed"),
        # the "perhaps" is still needed where the quote keeps "will"
        ("The traders will return to the hall in June.", "hedge-dropped"),
        # a refusal put before what the source says will be done
        ("I hope the fire service will refuse to send its two investigators.", "negation-added"),
    ],
)
def test_the_changes_next_to_them_are_found(
    quote: str, rule: str | None, market: SourceIndex
) -> None:
    v = verdict(market, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)
