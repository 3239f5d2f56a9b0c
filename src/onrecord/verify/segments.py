"""A quote with ellipses judged piece by piece (:func:`_judge_segments`): each part found
on its own; parts from distant places or other turns joined as one statement are a
splice, otherwise the worst part's label stands."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from ..model import DiffOp, Match
from .align import diff_ops
from .compare import _FAITHFUL_LABELS, _Result
from .index import SourceIndex
from .normalize import Tok
from .passage import _match, _matched_sentences
from .readings import _judge_tokens
from .thresholds import thresholds

_RANK = {
    "verbatim": 0,
    "cosmetic": 1,
    "edited": 2,
    "translation": 3,
    "uncertain": 4,
    "unsourced": 5,
    "altered": 6,
    "unverifiable": 7,
}


def _judge_segments(
    quote: str, qtoks: list[Tok], index: SourceIndex, mask: np.ndarray
) -> _Result | None:
    """A quote with ellipses whose parts come from distant places: judge each part."""
    segs = _segments(qtoks)
    if len(segs) < 2:
        return None
    parts = [_judge_tokens(quote, seg, index, mask) for seg in segs]
    far = _far_apart(index, parts)
    if far is not None:
        first = next((r.passage for r in parts if r.passage is not None), None)
        out = _Result(
            "altered",
            "splice",
            [
                f"passages joined: the ellipsis stands for {far} sentences of the source, "
                "so the quote joins statements the speaker made apart"
            ],
            0.75,
            first,
            qtoks,
        )
        out.extra_matches = [
            m for r in parts if r.passage is not None for m in _match(index, r.passage)
        ]
        return out
    worst = max(parts, key=lambda r: _RANK[r.label])
    label = worst.label
    if label in ("verbatim", "cosmetic"):
        label = "edited"
    reasons: list[str] = []
    for r in parts:
        for reason in r.reasons:
            if reason not in reasons:
                reasons.append(reason)
    if label == "edited":
        reasons = [
            "source wording, edited: ellipsis joins passages",
            *[r for r in reasons if r.startswith("only spelling")],
        ]
    matches: list[Match] = []
    diff: list[DiffOp] = []
    for n, r in enumerate(parts):
        if n:
            diff.append(DiffOp("delete", "…", ""))
        if r.passage is not None:
            matches += _match(index, r.passage)
            diff += diff_ops(r.qtoks, r.passage.toks, r.passage.al.steps)
        else:
            diff.append(DiffOp("insert", " ".join(t.raw for t in r.qtoks), ""))
    conf = min(r.confidence for r in parts)
    out = _Result(
        label, worst.rule if worst.label == label else "edited", reasons, conf, None, qtoks
    )
    out.extra_matches = matches
    out.diff = tuple(diff)
    return out


def _segments(qtoks: list[Tok]) -> list[list[Tok]]:
    segs: list[list[Tok]] = [[]]
    for t in qtoks:
        if t.kind == "ellipsis":
            segs.append([])
        else:
            segs[-1].append(t)
    return [s for s in segs if s]


def _far_apart(index: SourceIndex, parts: Sequence[_Result]) -> int | None:
    """The number of source sentences an ellipsis skips, when more than
    ``ellipsis_gap_sentences`` (or when the parts come from different turns), else None."""
    limit = thresholds()["ellipsis_gap_sentences"]
    spans: list[tuple[int, int]] = []
    for r in parts:
        if r.passage is None or r.label not in _FAITHFUL_LABELS:
            return None
        sents = _matched_sentences(index, r.passage)
        if not sents:
            return None
        spans.append((min(sents), max(sents)))
    for (_a, b), (c, _d) in itertools.pairwise(spans):
        gap = c - b - 1
        if gap > limit or (gap >= 0 and index.run_of(b) != index.run_of(c)):
            return gap
    return None
