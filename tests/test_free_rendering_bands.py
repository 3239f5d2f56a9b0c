"""A misquote rule's precision depends on how much of the quote is the passage's own
words. On free renderings (under ``rendering_copied`` of the quote's words copied) the
checks that read a translator's own words as a change were wrong more often than right
on statements they were not written for; a verdict there gives way to a translation,
with the difference kept as a note (issue 3, points 2 and 4).

The statement is written for these tests: a regional minister on a new bridge.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from factories import statement_text
from onrecord.errors import ModelUnavailableError
from onrecord.model import DiffOp
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, calibration, judge
from onrecord.verify import verdict as verdict_module
from onrecord.verify.calibration import copied_share
from onrecord.verify.thresholds import thresholds

SPEAKER = "Teodor Malvik"

BRIDGE = statement_text(
    SPEAKER,
    "The new bridge over the Rella will open to traffic in the spring of next year. "
    "Heavy lorries will not be allowed on it for the first six months. "
    "We have spent about 40 million on the project so far, a little less than we planned. "
    "The old ferry will keep running until the bridge is open. "
    "I want to thank the workers who kept going through the winter storms. "
    "The engineers tell me that the steel arches are sound. ",
)

# a second translator's sentence: few of its words are the passage's own, its meaning
# the passage's ("must get across" and "making its crossings" do not align)
FREE = (
    "Until the bridge opens, the old ferry will go on making its crossings for people who "
    "must get across."
)
# a few of the passage's words in a claim it does not make
NEVER_SAID = "The new bridge will make the old ferry a tourist attraction."
# the passage's own words with a phrase added at the end
COPIED = "The old ferry will keep running until the bridge is open, free of charge for everyone."


@pytest.fixture(scope="module")
def bridge() -> SourceIndex:
    return SourceIndex([source_from_text(BRIDGE, id="bridge.txt")])


@pytest.fixture
def claim_added_weak_when_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """A calibration where added words and an added modal are right in 30% of free
    renderings and 90% of copied quotes."""
    bands = {}
    for rule in ("claim-added", "modality-added"):
        bands[(rule, "free")], bands[(rule, "copied")] = 0.3, 0.9
    monkeypatch.setattr(calibration, "band_precision", lambda: bands)
    monkeypatch.setattr(
        calibration, "rule_precision", lambda: {"claim-added": 0.6, "modality-added": 0.6}
    )


def test_the_copied_share_counts_equal_and_variant_words_of_the_quote() -> None:
    diff = (
        DiffOp("equal", "the old ferry", "the old ferry"),
        DiffOp("variant", "Rela", "Rella"),
        DiffOp("synonym", "sail", "run"),
        DiffOp("insert", "every day", ""),
        DiffOp("delete", "", "keep"),
    )
    assert copied_share(diff) == pytest.approx(4 / 7)
    assert copied_share(()) == 0.0
    assert copied_share((DiffOp("insert", "nothing of the source", ""),)) == 0.0


def test_a_weak_check_on_a_free_rendering_gives_way_to_a_translation(
    bridge: SourceIndex, claim_added_weak_when_free: None
) -> None:
    v = judge(FREE, bridge, speaker=SPEAKER)
    assert copied_share(v.diff) < thresholds()["rendering_copied"]
    assert v.label == "translation" and v.rule == "free-rendering", (v.rule, v.reasons)
    assert v.reasons[0].startswith("different words, probably the same meaning: a free rendering")
    assert "this check (modality-added, claim-added) was right in 30%" in v.reasons[0]
    assert any(r.startswith("not counted as a change: words added:") for r in v.reasons[1:])
    assert any(r.startswith("not counted as a change: modality added:") for r in v.reasons[1:])
    assert v.confidence <= 0.7


def test_words_never_said_that_share_a_few_of_the_passage_are_no_rendering(
    bridge: SourceIndex, claim_added_weak_when_free: None
) -> None:
    # few of its words are the passage's, and it is far from it in meaning: read as on a
    # quote that copies (90%), not given way to a translation
    v = judge(NEVER_SAID, bridge, speaker=SPEAKER)
    assert copied_share(v.diff) < thresholds()["rendering_copied"]
    assert v.label == "altered" and v.rule == "claim-added", (v.rule, v.reasons)
    assert v.confidence == pytest.approx(0.75)


def test_without_the_sentence_model_nothing_gives_way(
    bridge: SourceIndex, claim_added_weak_when_free: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(texts: object) -> object:
        raise ModelUnavailableError("no model in this test")

    # FREE's passage is found by its words; the check of its meaning needs the model
    monkeypatch.setattr(calibration.semantic, "encode", unavailable)
    fresh = SourceIndex([source_from_text(BRIDGE, id="bridge.txt")])
    v = judge(FREE, fresh, speaker=SPEAKER)
    assert v.label != "translation" or v.rule != "free-rendering", v.reasons


def test_the_same_check_on_copied_words_stays_a_misquote(
    bridge: SourceIndex, claim_added_weak_when_free: None
) -> None:
    v = judge(COPIED, bridge, speaker=SPEAKER)
    assert copied_share(v.diff) >= thresholds()["rendering_copied"]
    assert v.label == "altered" and v.rule == "claim-added", (v.rule, v.reasons)
    assert v.confidence <= 0.9


def test_a_clause_joined_on_to_a_free_rendering_stays_a_claim(
    bridge: SourceIndex, claim_added_weak_when_free: None
) -> None:
    v = judge(FREE.rstrip(".") + ", and the fares will stay low.", bridge, speaker=SPEAKER)
    assert copied_share(v.diff) < thresholds()["rendering_copied"]
    assert v.label == "altered", (v.rule, v.reasons)
    assert "words added: 'and the fares will stay low'" in v.reasons


def test_a_strong_check_on_a_free_rendering_stands(
    bridge: SourceIndex, claim_added_weak_when_free: None
) -> None:
    # a changed figure is no translator's choice, however free the rest
    v = judge(
        "Lorries of great weight are to be kept off it during its first nine months.",
        bridge,
        speaker=SPEAKER,
    )
    assert v.label == "altered" and v.rule == "number-changed", (v.rule, v.reasons)


def test_without_a_band_the_rule_precision_decides(
    bridge: SourceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calibration, "band_precision", lambda: {})
    monkeypatch.setattr(calibration, "rule_precision", lambda: {"claim-added": 0.4})
    v = judge(NEVER_SAID, bridge, speaker=SPEAKER)
    assert v.label == "uncertain" and v.rule == "claim-added", (v.rule, v.reasons)
    assert v.reasons[0].startswith("not decided: this check (claim-added) was right in 40%")


def test_the_shipped_bands_are_read_for_every_rule_that_has_them() -> None:
    text = resources.files("onrecord.verify").joinpath("data", "rule_precision.json")
    data = json.loads(text.read_text("utf-8"))["precision"]
    bands = calibration.band_precision()
    expected = {
        (rule, band): v["bands"][band]["precision"]
        for rule, v in data.items()
        for band in v.get("bands", {})
    }
    assert bands == expected
    assert {band for _, band in bands} == {"copied", "free"}
    # the split is worth having only where the bands differ
    assert any(
        abs(bands[(r, "copied")] - bands[(r, "free")]) >= 0.2
        for r, b in bands
        if b == "free" and (r, "copied") in bands
    )


def _open_verdict(bridge: SourceIndex, rule: str) -> object:
    from onrecord.verify.compare import _Result

    reason = "words added: 'at last' — may or may not change the claim (similarity 0.80)"
    return verdict_module._verdict(_Result("uncertain", rule, [reason], 0.5), bridge)


def test_an_open_case_that_was_faithful_beyond_chance_is_decided(
    bridge: SourceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calibration, "open_odds", lambda: {"added-unsure": (0.71, 0.56)})
    v = _open_verdict(bridge, "added-unsure")
    assert v.label == "translation" and v.rule == "added-unsure"
    assert "left open on statements it was not written for, 71% were faithful" in v.reasons[0]
    assert v.reasons[1].startswith("not counted as a change: words added: 'at last'")
    assert v.confidence <= 0.7


@pytest.mark.parametrize("odds", [{"added-unsure": (0.71, 0.5)}, {"added-unsure": (0.5, 0.35)}, {}])
def test_an_open_case_stays_open_unless_faithful_beyond_chance(
    bridge: SourceIndex, monkeypatch: pytest.MonkeyPatch, odds: dict[str, tuple[float, float]]
) -> None:
    monkeypatch.setattr(calibration, "open_odds", lambda: odds)
    v = _open_verdict(bridge, "added-unsure")
    assert v.label == "uncertain" and v.rule == "added-unsure"
    assert v.reasons[0].startswith("words added: 'at last'")


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        (
            "So far roughly 70 million has been spent on the project, somewhat under what we planned.",
            "altered",
        ),
        (
            "So far roughly 40 million has been spent on the project, somewhat under what we planned.",
            "translation",
        ),
    ],
)
def test_the_one_figure_of_a_rendering_set_against_the_passage_s_one_figure(
    bridge: SourceIndex, quote: str, label: str
) -> None:
    # the figure moved in the sentence, so the words around it do not pair it: the one
    # figure of each side on the same scale ("million") is compared all the same
    v = judge(quote, bridge, speaker=SPEAKER)
    assert v.label == label, (v.rule, v.reasons)
    if label == "altered":
        assert v.rule == "number-changed"
        assert v.reasons == ("number changed: 'about 40 million on' → 'roughly 70 million has'",)
