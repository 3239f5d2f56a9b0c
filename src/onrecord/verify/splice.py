"""The splice check: a stretch at a quote's start or end that its passage does not hold
but a distant place of the source does (passages joined without an ellipsis)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .align import MATCH_OPS, is_function
from .compare import _Result
from .index import SourceIndex
from .normalize import Tok
from .passage import Passage, _aligned, _best, _match, _matched_sentences, find_lexical

_ANCHOR = (
    3  # matched quote words in a row (two of them content words) that tie a quote to a passage
)


_PRONOUNS = frozenset(["it", "this", "that", "they", "these", "those", "he", "she", "we"])


def _with_splice_check(
    quote: str, qtoks: list[Tok], index: SourceIndex, mask: np.ndarray, res: _Result
) -> _Result:
    """A stretch of the quote left unaligned at its start or end may come from elsewhere:
    distant passages joined without an ellipsis."""
    p = res.passage
    if p is None:
        return res
    head, tail = _loose_ends(qtoks, p)
    for is_head, part in ((True, head), (False, tail)):
        trimmed = _trimmed(qtoks, part)
        # a head that names what the passage's first pronoun stands for, with no joining
        # word between ("The state of emergency does not mean …" for "It does not mean …")
        stand_in = is_head and len(trimmed) == len(part)
        # an editor's bracket names a referent ("What [the National Bank has] done"):
        # its words are the editor's, not a passage joined on
        part = [i for i in trimmed if not qtoks[i].bracket]
        content = [i for i in part if not is_function(qtoks[i])]
        # a short sentence of the source, whole ("I accepted it, and I would have done
        # the same in their place"), ties the stretch as surely as two content words
        short = len(part) >= 3 and len(content) == 1
        if (len(part) < 4 or len(content) < 2) and not short:
            continue
        sub = [qtoks[i] for i in part]
        if stand_in and _pronoun_before(index, p):
            continue  # "The state of emergency does not mean …" for "It does not mean …"
        if _in_own_sentences(index, p, sub):
            continue  # moved within its own sentence ("On Thursday, X did Y" / "X did Y on Thursday")
        found = _best(find_lexical(index, sub, mask))
        if (
            found is not None
            and found.coverage >= (1.0 if short else 0.8)
            and not (_matched_sentences(index, found) & _matched_sentences(index, p))
            and (not short or _whole_sentence_found(index, found))
        ):
            elsewhere = _match(index, found)[0]
            reason = (
                f"passages joined without an ellipsis: '{' '.join(t.raw for t in sub)}' comes from "
                f"elsewhere in the source"
            )
            reasons = [reason] + ([r for r in res.reasons] if res.label == "altered" else [])
            return _Result("altered", "splice", reasons, 0.85, p, qtoks, extra_matches=[elsewhere])
    return res


_JOINS = frozenset(["and", "but", "so", "then"])


def _trimmed(qtoks: Sequence[Tok], part: list[int]) -> list[int]:
    """``part`` without the joining word at its edge ("I accepted it, and")."""
    while part and qtoks[part[-1]].vkey in _JOINS:
        part = part[:-1]
    while part and qtoks[part[0]].vkey in _JOINS:
        part = part[1:]
    return part


def _whole_sentence_found(index: SourceIndex, found: Passage) -> bool:
    """The found passage's alignment holds every word of one sentence of the source."""
    sents = _matched_sentences(index, found)
    if len(sents) != 1:
        return False
    sent = index.sentences[next(iter(sents))]
    return set(range(sent.lo, sent.hi)) <= set(_aligned(found))


def _pronoun_before(index: SourceIndex, p: Passage) -> bool:
    """The passage's first aligned word follows a pronoun of its own sentence: a quote
    that opens with a noun phrase has put the referent in its place."""
    lo = next(iter(_aligned(p)), None)
    if lo is None or lo == 0:
        return False
    sent = index.sentences[int(index.sent_of[lo])]
    return any(t.vkey in _PRONOUNS for t in index.tokens(max(sent.lo, lo - 2), lo))


def _in_own_sentences(index: SourceIndex, p: Passage, sub: Sequence[Tok]) -> bool:
    """Whether every content word of ``sub`` stands in the sentences the passage matched."""
    sents = sorted(_matched_sentences(index, p))
    if not sents:
        return False
    own = {
        t.stem for k in sents for t in index.tokens(index.sentences[k].lo, index.sentences[k].hi)
    }
    # (a verb of saying that renders the sentence's "according to": "…, the Agency says")
    content = [t for t in sub if not is_function(t) and t.stem not in _ATTRIBUTION]
    return bool(content) and all(t.stem in own for t in content)


_ATTRIBUTION = frozenset(["say"])  # stems: "says", "said"


def _loose_ends(qtoks: Sequence[Tok], p: Passage) -> tuple[list[int], list[int]]:
    """Quote words before the first and after the last run of ``_ANCHOR`` matched words,
    when most of them did not align: a head or tail the passage does not hold."""
    matched = [False] * len(qtoks)
    for st in p.al.steps:
        if st.op in MATCH_OPS:
            for i in st.q:
                matched[i] = True
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(qtoks):
        if matched[i]:
            j = i
            while j < len(qtoks) and matched[j]:
                j += 1
            if j - i >= _ANCHOR and sum(not is_function(qtoks[k]) for k in range(i, j)) >= 2:
                runs.append((i, j))
            i = j
        else:
            i += 1
    if not runs:
        return [], []
    head = list(range(runs[0][0]))
    tail = list(range(runs[-1][1], len(qtoks)))

    def loose(part: list[int]) -> list[int]:
        return part if part and sum(matched[i] for i in part) < len(part) / 2 else []

    return loose(head), loose(tail)
