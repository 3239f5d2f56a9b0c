"""The question a report says a quote answers ("Asked whether X, she said: '…'").

A reply is only as faithful as the question it is attached to. "I do not know." is
verbatim, but set after "Asked whether the contracts would be terminated for good" it
says something the speaker never said when she was asked something else. This module
reads the report's question out of the sentence around a quote and sets it against
what the speaker was actually answering: the last sentences of the turn before hers
(the interviewer's question) and the sentences of her own turn up to the quote.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .align import is_function
from .index import SourceIndex
from .normalize import tokenize

log = logging.getLogger(__name__)

__all__ = ["AskedFrame", "asked_frame", "question_context"]

# "Asked whether …", "Asked by TV Marvânia's Otávio Brandim whether …", "When asked about …"
_ASKED = re.compile(
    r"\b(?:asked|pressed|questioned)\b(?:\s+(?:by|on|at|in)\s+[^,:;]{1,80}?)?\s+"
    r"(?P<q>(?:whether|if|about|why|how|what|when|who|where|which)\b[^\"“”«»]*?)"
    r"\s*,\s*(?P<who>[^,:;\"“”«»]{1,80}?)\s*[:,]?\s*$",
    re.IGNORECASE,
)
# the attribution after the question: it must say that someone answered
_ANSWERED = re.compile(
    r"\b(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|"
    r"added|adds|insisted|insists|shot back|snapped|stated|states|explained|explains|"
    r"declared|declares|retorted|was|is|began|offered|conceded|admitted)\b",
    re.IGNORECASE,
)
QUESTION_SENTENCES = 3  # sentences of the question turn, and of the answer before the quote


@dataclass(frozen=True, slots=True)
class AskedFrame:
    """The question a report puts before a quote (``text``) and where it stands."""

    text: str
    start: int  # offset in the report sentence
    end: int


def asked_frame(quote: str, context: str) -> AskedFrame | None:
    """The report's question before ``quote`` in ``context``, when the report sets the
    quote as the answer to it ("Asked about the polls, he said: '…'"). None when there is
    no such frame, when the quote continues the question itself ("asked whether the drop
    was 'simply because …'"), or when the question only points back ("asked about this")."""
    at = context.find(quote)
    if at <= 0:
        return None
    before = context[:at].rstrip(" \"“‘'«„")
    m = _ASKED.search(before)
    if m is None or not _ANSWERED.search(m.group("who")):
        return None
    text = m.group("q").strip()
    content = [
        t
        for t in tokenize(text)
        if t.kind in ("word", "num") and not is_function(t) and t.vkey not in _POINTERS
    ]
    if not content:
        return None
    return AskedFrame(text, m.start("q"), m.end("q"))


_POINTERS = frozenset(
    [
        "whether",
        "if",
        "about",
        "why",
        "how",
        "what",
        "when",
        "who",
        "where",
        "which",
        "this",
        "that",
        "it",
        "these",
        "those",
        "them",
        "him",
        "her",
        "he",
        "she",
        "they",
    ]
)


def question_context(index: SourceIndex, sentence: int) -> tuple[list[str], list[str]]:
    """What the speaker was answering when she said sentence ``sentence``: the last
    :data:`QUESTION_SENTENCES` sentences of the turn before hers (when another speaker
    had it), and the sentences of her own turn before it with the sentence itself."""
    lo, _hi = index.run_bounds(sentence)
    asked: list[str] = []
    if lo > 0:
        q_lo, q_hi = index.run_bounds(lo - 1)
        asked = [index.sentence_text(k) for k in range(max(q_lo, q_hi - QUESTION_SENTENCES), q_hi)]
    own = [
        index.sentence_text(k) for k in range(max(lo, sentence - QUESTION_SENTENCES), sentence + 1)
    ]
    return asked, own
