"""The decision thresholds every verify stage reads (``data/thresholds.json``), chosen on
the dev split; the file records the figures that chose them."""

from __future__ import annotations

import functools
import json
from importlib import resources


@functools.cache
def thresholds() -> dict[str, float]:
    """The decision thresholds (``data/thresholds.json``, chosen on the dev split)."""
    text = resources.files("onrecord.verify").joinpath("data", "thresholds.json").read_text("utf-8")
    data = json.loads(text)
    return {k: float(v) for k, v in data["thresholds"].items()}
