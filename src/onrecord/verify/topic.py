"""Context, the other way round: copied words set in a report sentence whose subject the
speaker talked about elsewhere.

"She argued that targeted sanctions would be “more useful than a hundred statements”"
where the speaker said "a day of silence is sometimes more useful than a hundred
statements" and spoke of sanctions three paragraphs later. The words are right; the
claim around them is not. The signal is where the report's own words stand in the
source: none of them near the passage, several of them elsewhere, and the report's
sentence reads closer to one of those other sentences than to the passage.
"""

from __future__ import annotations

import re

import numpy as np

from ..errors import ModelUnavailableError
from . import semantic
from .align import is_function, synonym_groups
from .compare import _Result
from .context import _LABEL_CUE, _whole_sentence, aligned_sentences, report_content
from .index import SourceIndex
from .normalize import Tok, tokenize
from .passage import _match
from .thresholds import thresholds

# sentences either side of the passage whose words count as the passage's subject
NEAR_SENTENCES = 1


def topic_moved_check(
    quote: str, context: str, res: _Result, index: SourceIndex, speaker: str | None
) -> _Result:
    """A copied quote of up to ``topic_moved_words`` words: ``altered`` (context) when
    none of the report's content words around it stand near the passage, at least
    ``topic_moved_far`` of them stand elsewhere in the source, and the report's sentence
    is closer (cosine, by ``topic_moved_margin``) to a sentence there than to the passage;
    without the sentence model, ``uncertain``."""
    th = thresholds()
    p = res.passage
    if p is None or not _framed(quote, context):
        return res
    if _LABEL_CUE.search(context[: max(0, context.find(quote))][-40:]):
        return res
    around, _ctoks, content = report_content(quote, context, index, speaker)
    if len(content) < th["topic_moved_far"]:
        return res
    sents = aligned_sentences(p, index)
    if not sents:
        return res
    lo, hi = sents[0], sents[-1] + 1
    if _question(index, lo, hi):
        return res  # a journalist's question: its subject is what the report says it asked
    rlo, rhi = index.run_bounds(lo)
    near_lo, near_hi = max(rlo, lo - NEAR_SENTENCES), min(rhi, hi + NEAR_SENTENCES)
    near = index.tokens(index.sentences[near_lo].lo, index.sentences[near_hi - 1].hi)
    if _any_near(content, near):
        return res
    far_sents = _far_sentences(content, index, lo - 2, hi + 2)
    words = {t.stem for t in content if t.stem in far_sents}
    if len(words) < th["topic_moved_far"]:
        return res
    passage_text = " ".join(m.text for m in _match(index, p))
    candidates = sorted({k for ks in far_sents.values() for k in ks})
    try:
        vec = semantic.encode([around])[0]
        near_sim = float(np.max(index.sentence_vectors(list(range(near_lo, near_hi))) @ vec))
        far_sims = index.sentence_vectors(candidates) @ vec
    except ModelUnavailableError:
        return _Result(
            "uncertain",
            "context-unclear",
            [
                "context: the report's words around the quote stand elsewhere in the source, "
                "not near the passage; whether the claim moved could not be judged "
                "(sentence model not available)"
            ],
            0.5,
            p,
            res.qtoks,
        )
    best = int(np.argmax(far_sims))
    if float(far_sims[best]) - near_sim <= th["topic_moved_margin"]:
        return res
    elsewhere = index.sentence_text(candidates[best])
    return _Result(
        "altered",
        "context-moved",
        [
            f"context: the report sets the words in a claim about what the speaker said "
            f"elsewhere ('{elsewhere}'); the words themselves are about: '{passage_text}'"
        ],
        0.7,
        p,
        res.qtoks,
    )


# a sentence whose subject is one of these takes its subject from the report's frame
# ("Asked about pensioners' savings, he said: “That is the price.”")
_ANAPHORA = frozenset(
    ["that", "this", "it", "them", "they", "those", "these", "he", "she", "him", "her", "so"]
)


_DEMONSTRATIVES = frozenset(["that", "this", "those", "these"])


def _framed(quote: str, context: str) -> bool:
    """Whether the report's sentence frames the quote with a subject of its own: a
    fragment set into the sentence, or a sentence that points back with a pronoun ("I
    reject that.") after the report's words. A sentence that names its own subject, one
    that opens the report's sentence (what follows is who said it, where and when), a
    question and a headline in capitals carry their subject themselves."""
    text = quote.strip()
    letters = [c for c in text if c.isalpha()]
    if text.endswith("?") or (len(letters) > 3 and all(c.isupper() for c in letters)):
        return False
    at = context.find(quote)
    before = re.sub(r"[“\"«„‘'\s*•–—-]+$", "", context[: max(0, at)])
    if not before or before[-1] in ".!?":
        return False
    if _whole_sentence(quote):
        toks = [t for t in tokenize(quote) if t.kind in ("word", "num")]
        return any(
            t.vkey in _ANAPHORA
            # "that feeling", "this proposal": a determiner, the noun names the subject
            and not (
                t.vkey in _DEMONSTRATIVES and n + 1 < len(toks) and not is_function(toks[n + 1])
            )
            for n, t in enumerate(toks)
        )
    return True


def _question(index: SourceIndex, lo: int, hi: int) -> bool:
    """Whether the passage ends in a question mark."""
    last = index.sentences[hi - 1]
    return "?" in index.sources[last.source].text[last.end - 1 : last.end + 2]


def _any_near(content: list[Tok], near: list[Tok]) -> bool:
    """Whether a content word of the report stands near the passage (same stem, same
    folded form, or a synonym)."""
    stems = {t.stem for t in near}
    vkeys = {t.vkey for t in near}
    groups = synonym_groups()
    near_groups = {g for t in near for g in groups.get(t.stem, ())}
    return any(
        t.stem in stems or t.vkey in vkeys or bool(groups.get(t.stem, frozenset()) & near_groups)
        for t in content
    )


def _far_sentences(content: list[Tok], index: SourceIndex, lo: int, hi: int) -> dict[str, set[int]]:
    """For each content stem, the source sentences outside ``lo..hi`` that hold it."""
    out: dict[str, set[int]] = {}
    for t in content:
        ks = {int(index.sent_of[j]) for j in index.postings(t.stem)}
        far = {k for k in ks if not lo <= k < hi}
        if far:
            out[t.stem] = far
    return out
