"""Short fragments and the report sentence around them (issue 3, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

import onrecord
from onrecord.verify import judge
from onrecord.verify.calibration import open_odds
from onrecord.verify.index import SourceIndex


@pytest.fixture(scope="module")
def index(seed_path: Path) -> SourceIndex:
    return SourceIndex(onrecord.read(seed_path).sources)


def test_a_term_held_up_as_a_label_keeps_its_verdict(index: SourceIndex) -> None:
    context = "The Kremlin leader again blamed what he called “the Kiev regime” for the fighting."
    verdict = judge("the Kiev regime", index, speaker="Vladimir Putin", context=context)
    assert verdict.label == "verbatim", verdict


def test_a_fragment_framed_as_an_admission_names_the_framing(index: SourceIndex) -> None:
    # the stance check leaves the report's "conceded" open; the calibration decides such
    # open cases by how often they were faithful on statements the check was not written
    # for (rule_precision.json, "open"): decided, a rendering (never "verbatim": that
    # label vouches for the claim around the words too), with the framing and the odds
    # in the reasons; left open, uncertain
    context = "Putin conceded that the attacks had been “repulsed”, in a rare admission."
    verdict = judge("repulsed", index, speaker="Vladimir Putin", context=context)
    share, low = open_odds()["context-stance"]
    assert verdict.label == ("translation" if low > 0.5 else "uncertain"), verdict
    assert any("conceded" in r for r in verdict.reasons)
    if low > 0.5:
        assert any(f"{share:.0%} were faithful" in r for r in verdict.reasons)
