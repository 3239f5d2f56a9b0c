"""Short fragments and the report sentence around them (issue 3, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

import onrecord
from onrecord.verify import judge
from onrecord.verify.index import SourceIndex


@pytest.fixture(scope="module")
def index(seed_path: Path) -> SourceIndex:
    return SourceIndex(onrecord.read(seed_path).sources)


def test_a_term_held_up_as_a_label_keeps_its_verdict(index: SourceIndex) -> None:
    context = "The Kremlin leader again blamed what he called “the Kiev regime” for the fighting."
    verdict = judge("the Kiev regime", index, speaker="Vladimir Putin", context=context)
    assert verdict.label == "verbatim", verdict


def test_a_fragment_framed_as_an_admission_is_uncertain(index: SourceIndex) -> None:
    context = "Putin conceded that the attacks had been “repulsed”, in a rare admission."
    verdict = judge("repulsed", index, speaker="Vladimir Putin", context=context)
    assert verdict.label == "uncertain", verdict
    assert any("conceded" in r for r in verdict.reasons)
