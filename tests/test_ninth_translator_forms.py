"""A ninth set of forms a second translator uses, which a check read as a change: "as
if" (a manner, no condition), "by SMS" for "by text message", "every second tram" for
"one tram in two", "on two occasions" for "twice", "got 21 votes" for "21 councillors
voted for", "while four drivers remain in hospital" for "as long as four drivers are" (a
condition, no bound), "may challenge" for "have the right to appeal", "never managed to"
for "tried to … could not", "seek" for "try to find", "parliament" for "the National
Assembly", "because it ignored" for "fined … for ignoring", "a disabled family member"
for "a disabled relative", "the hardest hit" for "hit hardest", "can claim … up to 31
December" for "will have until December 31 to claim", "you will never receive a link
from the authority" for "the authority will never send you a link" (a transfer told from
the receiver's end); and in a
report's sentence: a fragment after "In other words", a company that "maintains" a
system (looks after it, claims nothing), "only" kept outside the quote marks for "no
more than", a condition the report keeps by "then" or by "Had they been working", and a
fragment after "not … before" (a precondition, no denial).
The changes next to them are found: a doer swapped in a "to" clause ("X has been
instructed to inform Y"), "expects to publish" made "will publish", "I do not expect any
change" made "there will be no change", "more than twice" cut to "twice", "usually" made "always", "grave mistakes" for "mistakes", and a bound on
a length still dropped ("for as long as 14 hours") (issue 3, point 2).

The statement is written for these tests: a city transport commissioner after a fire in
a tram depot.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Marek Havlen"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

DEPOT = statement_text(
    SPEAKER,
    "On Monday the ticket software counted every pass twice, as if it were a new journey. "
    "I will not pretend that the fire did not happen. "
    "The authority will never ask you for your card number by text message or email. "
    "Nearly one tram in two was late on Monday. "
    "We asked the supplier twice for new brakes, on May 4 and again on May 19. "
    "Twenty-one councillors voted for the plan, nineteen voted against and three abstained. "
    "As long as four drivers are in hospital, we will not speak of a final bill. "
    "All drivers have the right to appeal to the tribunal within 30 days. "
    "Many passengers have tried to call our helpline and could not get through. "
    "We could try to find a new supplier within a month. "
    "Last week the National Assembly refused to fund the new depot. "
    "We have fined the depot operator 2 million korals for ignoring the fire code. "
    "Drivers caring for a disabled relative were hit hardest. "
    "Drivers will have until December 31 to claim the difference. "
    "The alarm sounded at 02:10. "
    "In other words, the alarm reached the drivers too late. "
    "Brelko also maintains part of the signalling system, but that system runs on other "
    "software. "
    "Each month the operator may spend no more than one twelfth of last year's budget. "
    "If I paid that bonus, every supplier in the city would have a price by next week. "
    "If the sprinklers had been working, the fire would probably have stayed in one hall. "
    "I do not rule out ending the contract, but I will not do so before we have a safe "
    "replacement. "
    "The depot staff have been instructed to inform the fire service of any fault. "
    "The inspector has told me that he expects to publish his report by the end of June. "
    "If the council adopts the budget by September, I do not expect any change in fares. "
    "That is more than twice what the depot normally uses in a month. "
    "The fire burned for as long as 14 hours. "
    "The authority will never send you a link. "
    "When a line reopens, passenger numbers usually recover within a month. "
    "We made mistakes in the first hours of the fire.",
    title="Statement of the City Transport Commissioner on the Fire at the Tram Depot",
)


@pytest.fixture(scope="module")
def depot() -> SourceIndex:
    return SourceIndex([source_from_text(DEPOT, id="depot.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "On Monday the ticket software counted every pass twice",
        "The authority will never, by SMS or by e-mail, ask you for your card number.",
        "Almost every second tram was late on Monday.",
        "On two occasions, on 4 May and on 19 May, we asked the supplier for new brakes.",
        "The plan got 21 votes, 19 councillors voted against it and three abstained.",
        "While four drivers remain in hospital, there will be no talk of a final bill from us.",
        "Each driver may appeal to the tribunal within 30 days.",
        "Many passengers rang our helpline and never managed to get through.",
        "We could seek a new supplier within a month.",
        "Last week parliament refused to fund the new depot.",
        "The depot operator has been fined 2 million korals because it ignored the fire code.",
        "The hardest hit were drivers caring for a disabled family member.",
        "Drivers can claim the difference at any time up to 31 December.",
        "Part of the signalling system is also looked after by Brelko, but it runs on other "
        "software.",
        "You will never receive a link from the authority.",
        "When a line reopens, passenger numbers normally recover within a month.",
        "We made errors in the first hours of the fire.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, depot: SourceIndex) -> None:
    v = verdict(depot, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        ("too late", 'The commissioner said the alarm had reached the drivers "too late".'),
        (
            "one twelfth",
            'Each month the operator may spend only "one twelfth" of last year\'s budget.',
        ),
        (
            "would have a price",
            "He said he would not pay the bonus, because then every supplier in the city "
            '"would have a price" by next week.',
        ),
        (
            "the fire would probably have stayed in one hall",
            'Had the sprinklers been working, he said, "the fire would probably have stayed in '
            'one hall".',
        ),
        (
            "a safe replacement",
            'He said the contract could be ended once there is "a safe replacement".',
        ),
    ],
)
def test_a_report_sentence_that_keeps_the_claim_is_faithful(
    quote: str, context: str, depot: SourceIndex
) -> None:
    v = verdict(depot, quote, context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "The fire service has been instructed to inform the depot staff of any fault.",
            "roles-reversed",
        ),
        ("The inspector will publish his report by the end of June.", "modality-changed"),
        (
            "If the council adopts the budget by September, there will be no change in fares.",
            "modality-changed",
        ),
        ("That is twice what the depot normally uses in a month.", "hedge-dropped"),
        ("The fire burned for 14 hours.", "hedge-dropped"),
        ("The authority will never receive a link from you.", "reversed"),
        (
            "When a line reopens, passenger numbers always recover within a month.",
            "stronger-claim",
        ),
        ("We made grave mistakes in the first hours of the fire.", "stronger-claim"),
        # a condition the report does not keep is still left out
        ("the fire would probably have stayed in one hall", "condition-left-out"),
    ],
)
def test_the_changes_next_to_them_are_found(quote: str, rule: str, depot: SourceIndex) -> None:
    v = verdict(depot, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_only_renders_no_more_than_but_not_about(depot: SourceIndex) -> None:
    # "only" keeps a ceiling ("no more than"), not an estimate
    kept = verdict(
        depot,
        "one twelfth",
        'Each month the operator may spend only "one twelfth" of last year\'s budget.',
    )
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)
    bare = verdict(
        depot, "one twelfth", 'Each month the operator may spend "one twelfth" of the budget.'
    )
    assert bare.label == "altered", (bare.rule, bare.reasons)
