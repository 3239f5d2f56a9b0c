"""HTML extraction gate: onrecord's HTML reader on the article-extraction benchmark
(../shared/data) keeps the F1 floor pinned here (bench/extraction.py prints the figures)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import logging
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"

# Pinned from `python bench/extraction.py` (F1 0.9626 when pinned; trafilatura alone 0.9525).
F1_FLOOR = 0.955


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_extraction", ROOT / "bench" / "extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_extraction"] = module
    spec.loader.exec_module(module)
    return module


def test_benchmark_f1_floor() -> None:
    if not DATA.exists():
        pytest.fail(f"benchmark data missing: {DATA}")
    bench = _bench()
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    logging.disable(logging.CRITICAL)
    try:
        scores = []
        for pid in sorted(truth):
            data = gzip.decompress((DATA / "html" / f"{pid}.html.gz").read_bytes())
            text = bench.onrecord_text(data, truth[pid]["url"], with_title=False)
            scores.append((pid, *bench.page_pr(text, truth[pid]["articleBody"])))
    finally:
        logging.disable(logging.NOTSET)
    assert len(scores) == 181
    _, _, f1 = bench.summary(scores)
    assert f1 >= F1_FLOOR, f1
