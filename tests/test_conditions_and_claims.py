"""A condition the quote leaves out, and others' claims quoted as the speaker's own (issue
3, point 2 "condition dropped" and point 3 "context").

The page ``pages/verify/port_strike_governor.txt`` is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

PAGES = Path(__file__).resolve().parent / "pages" / "verify"
SPEAKER = "Irina Solvek"


@pytest.fixture(scope="module")
def governor() -> SourceIndex:
    text = (PAGES / "port_strike_governor.txt").read_text(encoding="utf-8")
    return SourceIndex([source_from_text(text, id="port_strike_governor.txt")])


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        # the sentence opens with "If …,"; the quote starts after the subject
        ("will reopen on Monday, March 16", "If the union accepts"),
        # "…, and if …, we will …": the condition opens the second clause
        ("will lift the night curfew before the end of the month", "if the cargo backlog"),
        # a long condition after "My answer is this:"
        ("I will resign on the same day.", "if the inquiry finds"),
        # dropped from the middle of the quote without an ellipsis
        ("It could end this week, or it could go on until April.", "if both sides"),
        # a condition of two parts cut after the first
        ("The ferries can resume only after the cranes have been inspected", "the fuel depot"),
        # the clause that restricts "every …"
        ("Every family will receive a payment of 500 crowns.", "whose income depends"),
        # a two-word condition ("if necessary") dropped from the middle
        ("The payments will come from the emergency fund and from a loan.", "if necessary"),
    ],
)
def test_condition_left_out(governor: SourceIndex, quote: str, said: str) -> None:
    v = judge(quote, governor, speaker=SPEAKER, context=f'She said: "{quote}"')
    assert (v.label, v.rule) == ("altered", "condition-left-out"), v
    assert said in v.reasons[0]


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        # the report keeps the condition
        (
            "the port will reopen on Monday, March 16",
            'She said that if the union accepts the proposal, "the port will reopen on Monday, '
            'March 16".',
        ),
        # "if you look at the figures" conditions nothing
        ("the port lost about 4 million crowns last week", None),
        # "even if" concedes; the claim stands either way
        ("the hospital ships will be unloaded", None),
        # a fragment deep inside the governed clause, and the whole sentence
        ("a payment of 500 crowns", None),
        (
            "Every family whose income depends on the port will receive a payment of 500 crowns.",
            None,
        ),
    ],
)
def test_condition_kept_or_none(governor: SourceIndex, quote: str, context: str | None) -> None:
    context = context or f'She said: "{quote}"'
    v = judge(quote, governor, speaker=SPEAKER, context=context)
    assert v.label in ("verbatim", "cosmetic", "edited"), v


@pytest.mark.parametrize(
    "quote",
    [
        "the province promised the dockers a 12 percent rise in 2024",
        "the strike had been declared illegal",
        "most likely caused by a faulty cable",
        # "X have told me that …"
        "the port should be sold",
    ],
)
def test_others_claim_as_her_own(governor: SourceIndex, quote: str) -> None:
    v = judge(quote, governor, speaker=SPEAKER, context=f'Solvek admitted that "{quote}".')
    assert (v.label, v.rule) == ("altered", "context"), v
    assert "others" in v.reasons[0]


@pytest.mark.parametrize(
    "context",
    [
        'Solvek rejected the union\'s claim that "{q}".',
        'The union had argued that "{q}", she said.',
    ],
)
def test_report_names_the_claim(governor: SourceIndex, context: str) -> None:
    quote = "the province promised the dockers a 12 percent rise in 2024"
    v = judge(quote, governor, speaker=SPEAKER, context=context.format(q=quote))
    assert v.label == "verbatim", v


def test_own_side_claim_is_hers(governor: SourceIndex) -> None:
    # "Our lawyers say …": her own side's view is hers
    v = judge(
        "the strike is legal", governor, speaker=SPEAKER, context='She said "the strike is legal".'
    )
    assert v.label == "verbatim", v


def test_words_moved_in_the_sentence_are_a_translation(governor: SourceIndex) -> None:
    # a second translator's word order: same words, negation kept
    v = judge("But today the question is not one of confidence.", governor, speaker=SPEAKER)
    assert v.label == "translation", v
    assert "word order changed" in v.reasons


def test_swapped_contrast_is_not_a_word_order_change(governor: SourceIndex) -> None:
    # "X, not Y" with X and Y swapped reverses the claim; moving words must not hide it
    quote = "The crews are paid by the port authority, not by the shipping companies."
    v = judge(quote, governor, speaker=SPEAKER)
    assert v.label == "altered", v


def test_modal_of_a_concession_is_no_modality(governor: SourceIndex) -> None:
    quote = "The port will stay open, whatever the critics in the capital say."
    v = judge(quote, governor, speaker=SPEAKER)
    assert v.label in ("edited", "translation"), v


@pytest.mark.parametrize(
    ("day", "label"),
    [("On Tuesday", "translation"), ("On Monday", "altered"), ("On Wednesday", "altered")],
)
def test_yesterday_is_the_weekday_before_the_statement(
    governor: SourceIndex, day: str, label: str
) -> None:
    # the page is dated Wednesday, March 11, 2026: her "yesterday" is Tuesday
    quote = f"{day} I closed the northern gate of the port."
    v = judge(quote, governor, speaker=SPEAKER)
    assert v.label == label, v


@pytest.mark.parametrize(
    ("quote", "faithful"),
    [
        ("The coming fortnight will decide the season.", True),
        ("The coming week will decide the season.", False),
    ],
)
def test_a_fortnight_is_two_weeks(governor: SourceIndex, quote: str, faithful: bool) -> None:
    v = judge(quote, governor, speaker=SPEAKER)
    assert (v.label in ("edited", "translation")) is faithful, v


@pytest.mark.parametrize(
    ("context", "kept"),
    [
        ('Solvek: no troops at the docks "at this stage"', True),
        ('Solvek: troops at the docks "at this stage"', False),
    ],
)
def test_negation_left_in_the_report(governor: SourceIndex, context: str, kept: bool) -> None:
    # the source's "Not at this stage": the report may keep the "no" outside the quote marks
    v = judge("at this stage", governor, speaker=SPEAKER, context=context)
    assert (v.rule != "negation-removed") is kept, v
