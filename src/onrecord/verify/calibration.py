"""Calibration of a verdict by the first, blind runs (issue 3, point 4).

``data/rule_precision.json`` (written by ``bench/first_runs.py --calibration``) says how
often each misquote rule was right on statements it was not written for, overall and by
band: on quotes that copy their passage and on free renderings (:func:`copied_share`
under ``rendering_copied``); and how often the quotes each check leaves open were
faithful. :func:`calibrated` applies it to a judged quote:

- a misquote verdict's confidence is at most the precision of its best finding's rule;
- a free rendering close in meaning to its passage (:func:`_renders`) whose checks were
  all right less than half the time there becomes a ``translation`` ("free-rendering"),
  the findings kept as notes, unless it claims more than a rendering
  (:func:`.readings.claims_beyond_rendering`);
- a check right less than half the time otherwise leaves the quote ``uncertain``;
- an open case of a check whose open cases were faithful beyond chance (the lower end of
  the 95% interval above one half) is a ``translation`` with the difference as a note.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import numpy as np

from ..errors import ModelUnavailableError
from ..model import DiffOp
from . import semantic
from .compare import _Result
from .index import SourceIndex
from .readings import claims_beyond_rendering
from .thresholds import thresholds


def calibrated(
    res: _Result, index: SourceIndex, diff: tuple[DiffOp, ...], conf: float
) -> tuple[str, str, tuple[str, ...], float]:
    """The label, rule, reasons and confidence of ``res`` once calibrated."""
    label, rule, reasons = res.label, res.rule, tuple(res.reasons)
    if label in ("altered", "unsourced"):
        copied = copied_share(diff)
        # a claim however free the rest (a clause joined on, a swap) is read as copied
        free = copied < thresholds()["rendering_copied"] and not claims_beyond_rendering(res)
        band = "free" if free else "copied"
        # the verdict holds if any of its findings does: the best of their precisions
        rules = res.rules if res.rules and res.rules[0] == rule else (rule,)
        precision = max(_precision(r, band) for r in rules)
        weak = (
            band == "free" and precision < 0.5 and all((r, band) in band_precision() for r in rules)
        )
        if weak and not _renders(res, index):
            # few of the passage's words and far from it in meaning: no rendering of
            # it, and what was found is read as on a quote that copies
            weak, band = False, "copied"
            precision = max(_precision(r, band) for r in rules)
        conf = min(conf, precision)
        if weak:
            # a free rendering (few of its words are the passage's own, close to it in
            # meaning) on which every check that fired was wrong more often than right
            # on statements it was not written for: the words are more likely a
            # translator's
            label, rule = "translation", "free-rendering"
            checks = ", ".join(dict.fromkeys(rules))
            reasons = (
                f"different words, probably the same meaning: a free rendering "
                f"({copied:.0%} of its words are the passage's own); this check ({checks}) "
                f"was right in {precision:.0%} of its verdicts on free renderings of "
                "statements it was not written for",
                *(f"not counted as a change: {r}" for r in reasons),
            )
            conf = min(1.0 - precision, thresholds()["free_rendering_confidence"])
        elif precision < 0.5:
            # right less often than wrong on statements it was not written for: a guess,
            # so the verdict is left open with the difference named
            label = "uncertain"
            reasons = (
                f"not decided: this check ({rule}) was right in {precision:.0%} of its "
                "verdicts on statements it was not written for",
                *reasons,
            )
    elif label == "uncertain" and rule in open_odds():
        share, low = open_odds()[rule]
        if low > 0.5:
            # the quotes this check leaves open were faithful more often than not on
            # statements it was not written for, beyond chance: decided as a rendering
            label = "translation"
            reasons = (
                f"different words, probably the same meaning: of the quotes this check "
                f"({rule}) left open on statements it was not written for, {share:.0%} "
                "were faithful",
                *(f"not counted as a change: {r}" for r in reasons),
            )
            conf = min(share, thresholds()["free_rendering_confidence"])
    return label, rule, reasons, conf


@functools.cache
def _calibration() -> dict[str, Any]:
    """``data/rule_precision.json``, read once."""
    text = resources.files("onrecord.verify").joinpath("data", "rule_precision.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


def _renders(res: _Result, index: SourceIndex) -> bool:
    """The quote is close in meaning to its passage (cosine at least
    ``free_rendering_similarity``): a rendering of it, not words never said that share a
    few of its words. Without the sentence model, no."""
    p = res.passage
    if p is None:
        return False
    sim = p.similarity
    if sim is None:
        try:
            qvec = semantic.encode([" ".join(t.raw for t in res.qtoks)])[0]
            sim = float(np.dot(qvec, index.window_vector(*p.sentences)))
        except ModelUnavailableError:
            return False
    return sim >= thresholds()["free_rendering_similarity"]


@functools.cache
def open_odds() -> dict[str, tuple[float, float]]:
    """For each check that leaves quotes uncertain: the share of those quotes that were
    faithful on statements it was not written for, and the lower end of its 95%
    interval (``data/rule_precision.json``, "open")."""
    return {
        rule: (float(v["faithful"]), float(v["faithful_low"]))
        for rule, v in _calibration().get("open", {}).items()
    }


def _precision(rule: str, band: str) -> float:
    """How often ``rule`` was right on statements it was not written for: in ``band``
    if measured there, else overall, else 1.0 (a rule without figures)."""
    in_band = band_precision().get((rule, band))
    return in_band if in_band is not None else rule_precision().get(rule, 1.0)


@functools.cache
def rule_precision() -> dict[str, float]:
    """How often each misquote rule was right on statements it was not written for
    (``data/rule_precision.json``, written by ``bench/first_runs.py --calibration``): a
    misquote verdict's confidence is at most that."""
    return {rule: float(v["precision"]) for rule, v in _calibration()["precision"].items()}


@functools.cache
def band_precision() -> dict[tuple[str, str], float]:
    """How often each misquote rule was right, on statements it was not written for, in
    each band of :func:`copied_share`: ``"copied"`` (at least ``rendering_copied`` of
    the quote's words are the passage's own) and ``"free"`` (a free rendering, where a
    word that does not align is as likely a translator's as a change). Only the bands
    with enough first-run verdicts are listed; the others fall back on
    :func:`rule_precision`."""
    return {
        (rule, band): float(v["bands"][band]["precision"])
        for rule, v in _calibration()["precision"].items()
        for band in v.get("bands", {})
    }


def copied_share(diff: tuple[DiffOp, ...]) -> float:
    """The share of the quote's words that are the passage's own, word for word or as a
    spelling variant (0.0 when nothing was aligned)."""
    copied = sum(len(op.quote.split()) for op in diff if op.op in ("equal", "variant"))
    total = sum(len(op.quote.split()) for op in diff)
    return copied / total if total else 0.0
