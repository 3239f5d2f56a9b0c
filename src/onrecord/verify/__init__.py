"""The verifier: how faithful a quote is to its primary source.

``SourceIndex(sources)`` indexes the sources once; ``judge(quote, index, speaker=...,
context=...)`` returns a :class:`onrecord.model.Verdict` with one of
:data:`onrecord.model.LABELS`, the matched source spans, a word-level diff, the rule
that decided, reasons in a journalist's words and a confidence.
"""

from __future__ import annotations

from .index import SourceIndex
from .verdict import STAGE, judge

__all__ = ["STAGE", "SourceIndex", "judge"]
