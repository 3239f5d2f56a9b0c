"""The first, blind runs kept in bench/gold/verdicts/first_runs.jsonl (bench/first_runs.py)
belong to the gold set, and the confidence caps the verifier reads are theirs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(ROOT / "bench"))
first_runs = _load("bench_first_runs", ROOT / "bench" / "first_runs.py")


def _calibration(key: str) -> dict:
    """A part of the shipped calibration (``rule_precision.json``)."""
    path = ROOT / "src" / "onrecord" / "verify" / "data" / "rule_precision.json"
    return json.loads(path.read_text("utf-8"))[key]


def _table(rows: list, side: str) -> dict[str, tuple[int, int, int]]:
    """(verdicts, gold faithful, gold misquote) of each rule predicting ``side``."""
    return {rule: (n, f, m) for s, rule, n, f, m, _o in first_runs.rule_table(rows) if s == side}


def test_every_first_run_is_a_gold_quote_of_a_heldout_split() -> None:
    rows = first_runs.load_first_runs()
    gold = first_runs.gold_labels()
    assert len(rows) >= 3_500
    missing = [r for key, r in first_runs.keyed(rows) if key not in gold]
    assert not missing, missing[:3]
    # heldout21 is the first split whose first run was kept; every later one is listed
    heldout = [s for s in (*first_runs.V.TUNED, *first_runs.V.BLIND) if s[7:].isdigit()]
    assert {str(r["split"]) for r in rows} <= {s for s in heldout if int(s[7:]) >= 21}
    assert all(r["predicted"] and r["rule"] and r["code"] for r in rows)


def test_a_first_run_is_never_recorded_for_a_tuned_split(capsys) -> None:
    assert first_runs.record("dev") == 2
    assert "not blind" in capsys.readouterr().out


def test_the_confidence_caps_are_the_first_runs_precision() -> None:
    # the calibration reads the first runs of opened splits only
    table = _table(first_runs.opened(first_runs.load_first_runs()), "misquote")
    caps = _calibration("precision")
    assert caps
    for rule, cap in caps.items():
        assert rule in table
        # written from heldout21-40; later splits move a precision by a few points at most
        n, _f, m = table[rule]
        assert abs(m / n - cap["precision"]) <= 0.1, rule


def test_the_band_caps_are_the_first_runs_precision_in_each_band() -> None:
    rows = first_runs.load_first_runs()
    assert all("copied" in r for r in rows), "every first run keeps its copied share"
    rows = first_runs.opened(rows)
    caps = _calibration("precision")
    for band in ("copied", "free"):
        table = _table([r for r in rows if first_runs.band_of(r) == band], "misquote")
        for rule, cap in caps.items():
            if band not in cap.get("bands", {}):
                continue
            n, _f, m = table[rule]
            assert cap["bands"][band]["verdicts"] >= first_runs.MIN_BAND_VERDICTS
            assert abs(m / n - cap["bands"][band]["precision"]) <= 0.1, (rule, band)


def test_the_calibration_reads_no_blind_split() -> None:
    rows = first_runs.load_first_runs()
    blind = {str(r["split"]) for r in rows} & set(first_runs.V.BLIND)
    assert blind, "some recorded first runs are of splits still blind"
    assert all(r["split"] not in first_runs.V.BLIND for r in first_runs.opened(rows))
    table = _table(first_runs.opened(rows), "misquote")
    for rule, cap in _calibration("precision").items():
        assert cap["verdicts"] == table[rule][0], rule
    odds = _table(first_runs.opened(rows), "uncertain")
    for rule, o in _calibration("open").items():
        assert o["verdicts"] == odds[rule][0], rule


def test_a_first_run_falls_in_a_band_by_its_copied_share() -> None:
    edge = first_runs.RENDERING_COPIED
    assert first_runs.band_of({"copied": edge}) == "copied"
    assert first_runs.band_of({"copied": edge - 0.01}) == "free"
    assert first_runs.band_of({}) == "unknown"


def test_the_open_odds_are_the_first_runs_share_of_faithful_quotes() -> None:
    table = _table(first_runs.opened(first_runs.load_first_runs()), "uncertain")
    odds = _calibration("open")
    assert odds
    for rule, o in odds.items():
        n, f, _m = table[rule]
        assert o["verdicts"] >= first_runs.MIN_VERDICTS
        assert abs(f / n - o["faithful"]) <= 0.1, rule
        assert 0.0 < o["faithful_low"] < o["faithful"]


def test_the_wilson_lower_end_is_below_the_share_and_rises_with_the_count() -> None:
    assert first_runs.wilson_low(0, 0) == 0.0
    assert first_runs.wilson_low(7, 10) < 0.7
    assert first_runs.wilson_low(7, 10) < first_runs.wilson_low(70, 100) < 0.7
    assert abs(first_runs.wilson_low(15, 21) - 0.5) < 0.01


def test_a_first_run_keeps_the_similarity_of_quote_and_passage() -> None:
    quote = "We thank our guests and friends for the attention they give to this conflict."
    close = "We are grateful to all our guests, our friends, for the attention they pay to it."
    far = "The harbour closes at six in the evening from Monday."
    sims = first_runs.similarities([quote, quote, quote], [close, far, ""])
    assert sims[2] is None  # no passage: nothing to compare
    assert sims[0] is not None and sims[1] is not None
    assert sims[0] > sims[1] + 0.3


def test_a_quote_repeated_in_a_report_keeps_each_occurrences_label() -> None:
    # statement148's fact-check prints one question twice, once altered, once verbatim
    rows = [
        {"split": "heldout149", "report": "12-factcheck.txt", "quote": q}
        for q in ("Will Dolmaria withdraw its case from the Basin Court, yes or no?",) * 2
    ]
    gold = first_runs.gold_labels()
    labels = [gold[key] for key, _row in first_runs.keyed(rows)]
    assert labels == ["altered", "verbatim"]
