"""An eleventh set of forms a second translator uses, which a check read as a change:
"nearly triple" for "almost three times", "cannot fully take the place of" for "cannot
replace … completely", "Free water will be offered to every household" for "Every
household will be offered free water", "If you are able to save water" for "everyone who
is able to save water", "No water may be released until each sample has been checked" for
"Every sample must be checked before the water can be released", "a single day longer
than I must" for "one day longer than necessary", "will be supplied with … by the army"
for "will receive … from the army", "Of the roughly 4,000 people …, nearly 1,500 have
been moved" for "we have moved almost 1,500 of them", "What I have to do now is" for "My
task now is", "reserves will last at least 20 days" for "reserves for at least 20 days";
and in a report's sentence: a ceiling the report sets ('capped at "20 litres per
household"') and a condition it keeps by "during". The changes next to them are found: a
passive verb given someone who did it ("were injured … by the contractor's crane"),
"deadly" for "dangerous", "one of our weaker points" for "our weakest point", "should
stay closed" for "will stay closed", "The Prime Minister agrees with me" for "I agree
with the Prime Minister", "does not in itself change" for "does not change", a view of
critics the report says he confirmed, and a condition left out of an open case
(issue 3, point 2).

The statement is written for these tests: the head of a water utility after a dam
leaked.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Milan Hrast"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

DAM = statement_text(
    SPEAKER,
    "Rainfall in March was almost three times the average for the month. "
    "The tankers cannot replace the pipeline completely, and I will not pretend that they "
    "can. "
    "Every household in the district will be offered free bottled water. "
    "I ask everyone who is able to save water to do so, because the hospitals need it. "
    "Every sample must be checked by the laboratory before the water can be released. "
    "I will not keep the restrictions one day longer than necessary. "
    "Each district will receive up to 500 tonnes of water a day from the army. "
    "About 4,000 people live below the dam, and so far we have moved almost 1,500 of them. "
    "My task now is to make sure that every household has water. "
    "For drinking water we have reserves for at least 20 days, so the hospitals are not at "
    "risk. "
    "Water in canisters will be sold only up to 20 litres per household per day. "
    "Farms may draw up to 300 cubic metres a week for each registered well, as long as the "
    "drought lasts. "
    "Two workers were injured at the pumping station on May 4. "
    "The dam had been weakened, and the question is by what. "
    "The army evacuated the two villages below the dam. "
    "Storing water in old fuel drums is not only illegal but dangerous. "
    "The old pipeline is our weakest point, because every district depends on it. "
    "The reservoir will stay closed until the inquiry has finished its work. "
    "I agree with the Prime Minister that this is not the time for a quarrel. "
    "The leak does not change the safety of the dam. "
    "Some in the opposition say that the company caused the leak in order to sell the "
    "reservoir cheaply. "
    "If the inquiry concludes that I am responsible, I will leave without being asked. "
    "Age alone does not make a dam unsafe. "
    "If the pipeline were cut off, the reservoir could cover about 40 days of normal use.",
    title="Statement of the Director of the Water Utility on the Leak at the Dam",
)


@pytest.fixture(scope="module")
def dam() -> SourceIndex:
    return SourceIndex([source_from_text(DAM, id="dam.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "Rainfall in March was nearly triple the average for the month.",
        "The tankers cannot fully take the place of the pipeline, and I am not going to "
        "pretend otherwise.",
        "Free bottled water will be offered to every household in the district.",
        "If you are able to save water, please do so, because the hospitals need it.",
        "No water may be released until each sample has been checked by the laboratory.",
        "Each district will be supplied with as much as 500 tonnes of water a day by the army.",
        "Of the roughly 4,000 people who live below the dam, nearly 1,500 have been moved so far.",
        "What I have to do now is make sure that each and every household has water.",
        "Our drinking water reserves will last at least 20 days, so the hospitals are not at risk.",
        # the same agent in the passive
        "The two villages below the dam were evacuated by the army.",
        # the limit said of the subject on the other side ("alone")
        "Being old does not in itself make a dam dangerous.",
        # an inverted condition at the quote's start, no advice
        "should the pipeline be cut off, the reservoir can cover about 40 days of normal use",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, dam: SourceIndex) -> None:
    v = verdict(dam, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_than_it_must_is_no_duty_added(dam: SourceIndex) -> None:
    v = verdict(dam, "I will not keep the restrictions a single day longer than I must.")
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        (
            "20 litres per household",
            'Tankers deliver daily, and canisters are capped at "20 litres per household" a day.',
        ),
        (
            "registered well",
            'Farms may draw up to 300 cubic metres a week per "registered well" during the '
            "drought.",
        ),
    ],
)
def test_a_report_sentence_that_keeps_the_claim_is_faithful(
    quote: str, context: str, dam: SourceIndex
) -> None:
    v = verdict(dam, quote, context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("Two workers were injured at the pumping station on May 4 by the contractor's crane.",
         "cause-added"),
        ("The dam had been weakened by the mine,", "cause-added"),
        ("Storing water in old fuel drums is not only illegal but deadly,", "stronger-claim"),
        ("The old pipeline is one of our weaker points, because every district depends on it.",
         "weaker-claim"),
        ("should stay closed until the inquiry has finished its work", "modality-changed"),
        ("The Prime Minister agrees with me that this is not the time for a quarrel.",
         "roles-reversed"),
        ("does not in itself change the safety of the dam", "weaker-claim"),
        # without the report's "during", the condition is left out
        ("registered well", "condition-left-out"),
    ],
)  # fmt: skip
def test_the_changes_next_to_them_are_found(quote: str, rule: str, dam: SourceIndex) -> None:
    v = verdict(dam, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_a_view_the_report_says_he_confirmed_is_his_no_longer_theirs(dam: SourceIndex) -> None:
    quote = "the company caused the leak in order to sell the reservoir on the cheap"
    confirmed = verdict(
        dam,
        quote,
        f'He appeared to confirm the suspicions of his critics, saying that "{quote}".',
    )
    assert confirmed.label == "altered", (confirmed.rule, confirmed.reasons)
    assert confirmed.rule == "context", (confirmed.rule, confirmed.reasons)
    kept = verdict(dam, quote, f'He rejected the claim of his critics that "{quote}".')
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)


def test_a_condition_left_out_of_an_open_case_is_found(dam: SourceIndex) -> None:
    quote = "I will go without waiting to be asked."
    v = verdict(dam, quote, f'Asked whether he would resign, he said: "{quote}"')
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "condition-left-out", (v.rule, v.reasons)
