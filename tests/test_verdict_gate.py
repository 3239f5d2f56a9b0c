"""Verdict quality gate: the verifier on the dev split of the project's gold set must keep
the floors pinned here (figures from bench/verdicts.py; see its docstring)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Pinned from `python bench/verdicts.py --split dev` (0.964 / 0.0 / 1 when pinned).
FLOORS = {"accuracy": 0.90, "faithful_called_misquote_rate": 0.05, "altered_as_faithful": 1}


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_verdicts", ROOT / "bench" / "verdicts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_verdicts"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_figures() -> dict:
    bench = _bench()
    return bench.figures(bench.run_gold("dev", bench.gold_pipeline()))


def test_dev_split_floors(dev_figures: dict) -> None:
    fm = dev_figures["faithful_vs_misquote"]
    assert fm["accuracy"] >= FLOORS["accuracy"], fm
    assert fm["faithful_called_misquote_rate"] <= FLOORS["faithful_called_misquote_rate"], fm
    assert dev_figures["altered_labelled_verbatim_cosmetic_edited"] <= FLOORS["altered_as_faithful"]


def test_every_label_is_predicted_on_dev(dev_figures: dict) -> None:
    for label, row in dev_figures["labels"].items():
        assert row["recall"] >= 0.5, (label, row)
