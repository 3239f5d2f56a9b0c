"""A second translator's forms that keep the claim: a name romanised German-style, a
comparison that only looks like a hedge, "within" for "in under", a refusal said in other
words; next to the changes that do not keep it (issue 3, point 2).

The statement is written for these tests: a water utility's director after a pipe burst.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge
from onrecord.verify.align import same_name
from onrecord.verify.normalize import fold

SPEAKER = "Darja Zhelinska"

BURST = statement_text(
    SPEAKER,
    "The repair crews of Anton Zhukovets reached the burst main within two hours. "
    "We have now laid 14 kilometres of new pipe, which is more than the 9 kilometres we "
    "promised in March. "
    "Consumption fell by about 4 percent, less than we hoped, but it fell. "
    "We refused the demand of the contractors for a bonus. "
    "We will no longer wait for the ministry to approve the new reservoir. "
    "We will not raise the price of water, and we have never planned to. "
    "Only nine of the 40 pumps were damaged. "
    "That is simply not how the Regional Council works. "
    "The new pumps work well, and that is not surprising.",
    title="Statement of the Water Utility",
)


@pytest.fixture(scope="module")
def water() -> SourceIndex:
    return SourceIndex([source_from_text(BURST, id="water.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zhukovets", "Schukowez"),
        ("Sharovets", "Scharowez"),
        ("Žebrovec", "Schebrowez"),
        ("Shoigu", "Schoigu"),
    ],
)
def test_german_style_romanisation_is_the_same_name(a: str, b: str) -> None:
    assert same_name(fold(a).lower(), fold(b).lower())


@pytest.mark.parametrize(("a", "b"), [("Schoigu", "Sergu"), ("Wolf", "Volk"), ("Schmidt", "Smith")])
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(fold(a).lower(), fold(b).lower())


@pytest.mark.parametrize(
    "quote",
    [
        # German-style romanisation of the name in the quote
        "The repair crews of Anton Schukowez reached the burst main within two hours.",
        # "within" is "in under"
        "Anton Zhukovets's repair crews got to the burst main in under two hours.",
        # "more than the 9 kilometres we promised" compares; "farther" compares too
        "We have now laid 14 kilometres of new pipe, further than the 9 kilometres we "
        "promised in March.",
        # "not as much as we hoped" compares with a hope, it bounds no figure
        "Consumption dropped by roughly 4 percent, not as much as we had hoped, but it dropped.",
        # a refusal in other words
        "We turned down the contractors' demand for a bonus.",
        "We said no to the contractors' demand for a bonus.",
        # "stop waiting" is "no longer wait"
        "We will stop waiting for the ministry to approve the new reservoir.",
        # "only nine" is "no more than nine"
        "No more than nine of the 40 pumps were damaged.",
    ],
)
def test_the_same_claim_in_other_forms_is_faithful(quote: str, water: SourceIndex) -> None:
    v = verdict(water, quote)
    assert v.label in ("translation", "edited", "cosmetic"), v.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("The repair crews of Anton Schukowez reached the burst main within five hours.", "number"),
        ("The repair crews of Anton Zhukovets reached the burst main in over two hours.", "hedge"),
        ("We accepted the demand of the contractors for a bonus.", ""),
        ("We will wait for the ministry to approve the new reservoir.", "negation"),
        ("At least nine of the 40 pumps were damaged.", "hedge"),
        ("The new pumps do not work well, and that is not surprising.", "negation"),
        # a condition in place of the source's own words
        ("We will not raise the price of water unless the ministry asks us to.", "condition"),
    ],
)
def test_a_changed_claim_is_still_caught(quote: str, rule: str, water: SourceIndex) -> None:
    v = verdict(water, quote)
    assert v.label == "altered", v.reasons
    assert v.rule.startswith(rule), (v.rule, v.reasons)


def test_a_negation_a_few_words_before_its_verb_is_no_negation_added(water: SourceIndex) -> None:
    # "simply not how the Regional Council works": the verb comes five words after "not"
    v = verdict(water, "The Regional Council simply does not work that way.")
    assert v.label != "altered" and not v.rule.startswith("negation"), (v.rule, v.reasons)
