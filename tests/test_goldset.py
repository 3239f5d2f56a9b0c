"""The verdict gold set (bench/gold/verdicts) is well-formed.

These tests check the data, not the verifier: every quote is where the gold says it is,
faithful quotes really render a passage of the transcript, labels agree with what the
words show, the dev/test split is by report, and the set is big enough.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "verdicts"
MAIN_SPEAKER = "Tomislav Kovač"
QUESTION_SPEAKERS = {"Marko Petrović"}  # the journalist who names himself in a question turn
# blind splits: labelled without running the verifier, never tuned on
HELDOUT = ("heldout", "heldout2")


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_verdicts", ROOT / "bench" / "verdicts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_verdicts", module)
    spec.loader.exec_module(module)
    return module


bench = _load_bench()
ROWS = bench.load_gold(GOLD / "gold.jsonl")
TRANSCRIPT = (GOLD / "transcript.txt").read_text(encoding="utf-8")
PREPARED = (GOLD / "prepared.txt").read_text(encoding="utf-8")


def _ws(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> str:
    """Lower case, punctuation out, apostrophes unified: the 'same words' test of verbatim."""
    text = text.replace("’", "'").lower()
    return " ".join(re.sub(r"[^\w\s']", " ", text).split())


# Spelling variants used in the reports (the gold set's own list, not the verifier's).
_VARIANTS = {
    "djurovac": "đurovac",
    "kalinovka": "kalynivka",
    "zarechnaya": "zarichna",
    "neighbor": "neighbour",
    "organized": "organised",
    "honor": "honour",
    "center": "centre",
    "initialed": "initialled",
    "program": "programme",
}


def _fold(text: str) -> str:
    """Words with diacritics removed and the variants above mapped to the transcript's."""
    words = _words(text).split()
    words = [_VARIANTS.get(w, w) for w in words]
    stripped = unicodedata.normalize("NFKD", " ".join(words).replace("đ", "d"))
    return "".join(c for c in stripped if not unicodedata.combining(c))


T_WORDS = _words(TRANSCRIPT)
T_FOLD = _fold(TRANSCRIPT)
REPORTS = sorted(p.name for p in (GOLD / "reports").glob("*.txt"))


def _id(row) -> str:
    return f"{row.report}:{row.quote[:30]}"


def test_counts_meet_the_brief():
    labels = Counter(r.label for r in ROWS)
    assert len(ROWS) >= 150
    assert labels["translation"] >= 15
    assert labels["altered"] >= 30
    assert set(labels) == set(bench.GOLD_LABELS)
    assert len(REPORTS) >= 15


def test_every_label_in_both_splits():
    for split in bench.SPLITS:
        present = {r.label for r in ROWS if r.split == split}
        assert present == set(bench.GOLD_LABELS), split


def test_split_is_by_report_and_balanced():
    split_of: dict[str, set[str]] = {}
    for r in ROWS:
        split_of.setdefault(r.report, set()).add(r.split)
    assert all(len(s) == 1 for s in split_of.values()), "a report is in both splits"
    dev = {rep for rep, s in split_of.items() if s == {"dev"}}
    test = {rep for rep, s in split_of.items() if s == {"test"}}
    assert not dev & test
    assert set(split_of) == set(REPORTS), "every report has gold quotes, every gold report exists"
    assert abs(len(dev) - len(test)) <= 2
    n_dev = sum(r.split == "dev" for r in ROWS)
    n_tuned = sum(r.split in bench.SPLITS for r in ROWS)  # the held-out split stays apart
    assert 0.4 <= n_dev / n_tuned <= 0.6


def test_fields_are_valid_and_unique():
    seen = set()
    for r in ROWS:
        assert r.label in bench.GOLD_LABELS, _id(r)
        assert r.split in (*bench.SPLITS, *HELDOUT), _id(r)
        assert r.kind and r.note, _id(r)
        assert r.quote == r.quote.strip() and r.quote, _id(r)
        key = (r.report, r.quote, r.occurrence)
        assert key not in seen, f"duplicate gold line {key}"
        seen.add(key)


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_quote_stands_in_its_report(row):
    text = bench.read_report(row.report)
    start, end = bench.locate(text, row.quote, row.occurrence)
    assert text[start:end] == row.quote
    context = bench.context_of(text, start, end)
    assert row.quote in context
    assert "\n" not in context


def test_locate_counts_occurrences_between_marks_only():
    text = 'He said "no" and "no, never" and then "no".'
    assert bench.locate(text, "no", 2) == (text.rindex("no"), text.rindex("no") + 2)
    with pytest.raises(LookupError):
        bench.locate(text, "no", 3)


def test_context_keeps_abbreviations_and_quoted_sentences_together():
    text = 'Intro. Mr. Kovač said: "We agree. We sign." Then he left.'
    start, end = bench.locate(text, "We agree. We sign.")
    assert bench.context_of(text, start, end) == 'Mr. Kovač said: "We agree. We sign."'


def test_context_keeps_a_month_abbreviation_inside_the_sentence():
    # wire style: "on Oct. 8" does not end the report's sentence, so the condition the
    # report states before the quote stays in its context
    text = 'Intro. If parliament rejects it on Oct. 8, he said, "I will resign." He left.'
    start, end = bench.locate(text, "I will resign.")
    assert bench.context_of(text, start, end).startswith("If parliament rejects it on Oct. 8")


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_source_sentence_is_in_the_transcript(row):
    if row.label in ("unsourced", "unverifiable"):
        assert row.source_sentence == "", _id(row)
        return
    assert row.source_pieces, _id(row)
    for piece in row.source_pieces:
        assert _ws(piece).lower() in _ws(TRANSCRIPT).lower(), piece


@pytest.mark.parametrize("row", [r for r in ROWS if r.prepared_sentence], ids=_id)
def test_prepared_sentence_is_prepared_not_delivered(row):
    assert row.kind == "prepared-not-delivered"
    assert _ws(row.prepared_sentence).lower() in _ws(PREPARED).lower()
    assert _ws(row.prepared_sentence).lower() not in _ws(TRANSCRIPT).lower()
    assert _fold(row.quote) in _fold(PREPARED)


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_label_agrees_with_the_words(row):
    words = _words(row.quote.replace("...", " ").replace("…", " "))
    verbatim_in_transcript = _words(row.quote) in T_WORDS
    if row.label == "verbatim":
        assert verbatim_in_transcript, "verbatim quote not word for word in the transcript"
        assert _words(row.quote) in _words(row.source_sentence)
    elif row.label == "cosmetic":
        assert not verbatim_in_transcript, "same words: that is verbatim"
        assert _fold(row.quote) in T_FOLD, "more than a spelling variant differs"
    elif row.label == "edited":
        marks = "..." in row.quote or "…" in row.quote or "[" in row.quote
        assert marks or not verbatim_in_transcript
        source = set(_fold(row.source_sentence).split())
        quote = [w for w in _fold(words).split()]
        kept = sum(w in source for w in quote) / len(quote)
        assert kept >= 0.75, f"only {kept:.0%} of the words come from the source"
    elif row.label == "translation":
        assert not verbatim_in_transcript
        assert _fold(row.quote) not in T_FOLD, "only spelling differs: that is cosmetic"
    elif row.label == "altered":
        if row.kind == "hedge-dropped":
            hedges = ("about", "almost", "as many as", "more than", "nearly", "around")
            source, quote = f" {_fold(row.source_sentence)} ", f" {_fold(row.quote)} "
            assert any(f" {h} " in source and f" {h} " not in quote for h in hedges)
        elif row.kind in ("context", "question-as-answer"):
            # the words are the source's; what is wrong is the claim around them
            assert _fold(row.quote) in T_FOLD, "this kind quotes the source's own words"
        else:
            assert _fold(row.quote) not in T_FOLD, "the words are the source's: say why altered"
    elif row.label == "unsourced":
        assert row.speaker == MAIN_SPEAKER
        assert _fold(row.quote) not in T_FOLD
    elif row.label == "unverifiable":
        assert row.speaker and row.speaker != MAIN_SPEAKER
        label = re.compile(rf"^[^\n:]*{re.escape(row.speaker)}:", re.MULTILINE)
        assert not label.search(TRANSCRIPT), "a speaker of the transcript is verifiable"
        assert row.speaker not in QUESTION_SPEAKERS


def test_speakers_are_canonical():
    for r in ROWS:
        if r.label == "unverifiable":
            continue
        assert r.speaker in {MAIN_SPEAKER, *QUESTION_SPEAKERS}, _id(r)
        if r.speaker in QUESTION_SPEAKERS:
            question = next(
                para for para in TRANSCRIPT.split("\n\n") if para.startswith("Question:")
            )
            assert r.speaker in question
            for piece in r.source_pieces:
                assert piece in question, "a journalist's quote comes from the question turn"


def test_altered_kinds_cover_every_distortion_in_both_splits():
    wanted = {
        "hedge-dropped",
        "number-changed",
        "date-changed",
        "name-changed",
        "negation-added",
        "negation-removed",
        "modality-changed",
        "condition-added",
        "cause-added",
        "splice",
        "reversed",
        "figure-moved",
        "stronger-claim",
        "weaker-claim",
        "context",
        "prepared-not-delivered",
    }
    for split in bench.SPLITS:
        kinds = {r.kind for r in ROWS if r.label == "altered" and r.split == split}
        assert wanted <= kinds, (split, wanted - kinds)


def test_transcript_is_long_enough_and_has_turns():
    sentences = re.findall(r"[^.?!]+[.?!]", TRANSCRIPT)
    assert len(sentences) >= 60
    assert TRANSCRIPT.count("President of Dravenia Tomislav Kovač:") >= 3
    assert TRANSCRIPT.count("Question:") == 2


# ------------------------------------------------------------- the other statements

OTHER_ROWS = [r for r in bench.load_all_gold() if r.statement]


def test_every_statement_folder_has_its_files():
    folders = {r.statement for r in OTHER_ROWS}
    assert len(folders) >= 5
    for folder in folders:
        assert (GOLD / folder / "transcript.txt").is_file(), folder
        assert (GOLD / folder / "README.md").is_file(), folder
        assert {r.split for r in OTHER_ROWS if r.statement == folder} <= {
            *bench.TUNED,
            *bench.BLIND,
        }


@pytest.mark.parametrize(
    "row", OTHER_ROWS, ids=lambda r: f"{r.statement}/{r.report}:{r.quote[:30]}"
)
def test_other_statements_quotes_stand_in_their_reports_and_sources(row):
    text = bench.read_report(row.report, row.statement)
    start, end = bench.locate(text, row.quote, row.occurrence)
    assert text[start:end] == row.quote
    assert row.label in bench.GOLD_LABELS
    transcript = _ws((GOLD / row.statement / "transcript.txt").read_text(encoding="utf-8"))
    for piece in row.source_pieces:
        if _ws(piece) in transcript:
            continue
        # sentences from apart, joined by a space (statement9's README says so): each one
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", piece):
            assert _ws(sentence) in transcript, sentence
