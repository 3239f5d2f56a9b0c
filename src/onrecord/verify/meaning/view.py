"""An alignment seen from both sides (:class:`_View`): which quote token is matched to
which source token, the quoted passage, the sentences it touches, the source words past
the quote's edges, and the trimming of stray function words matched across a sentence
break at the edges of an alignment (:func:`trim_stray_edges`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..align import MATCH_OPS, Step, is_function
from .base import Side


@dataclass
class _View:
    """An alignment seen from both sides: which token is matched to what."""

    q: Side
    s: Side
    steps: Sequence[Step]
    q_match: dict[int, tuple[str, tuple[int, ...]]]
    s_match: dict[int, tuple[str, tuple[int, ...]]]
    region: set[int]  # source tokens inside the quoted passage (not behind an ellipsis)
    skipped: set[int]  # source tokens an ellipsis stands for
    step_of_q: dict[int, int]
    step_of_s: dict[int, int]
    scope: set[int]  # source tokens of the sentences the quoted passage touches


def _behind_bracket(q: Side, steps: Sequence[Step]) -> set[int]:
    """Steps of source words left out between an editor's bracket at the quote's start
    and the quote's own first word ("[the Ministry of Labour] needed to stop …" for "…
    the Ministry of Labour on February 2, because it needed to stop …"): the bracket
    names who "it" is, and what stands between is not quoted."""
    out: set[int] = set()
    seen_bracket = False
    for k, st in enumerate(steps):
        if st.q and all(q.toks[i].bracket for i in st.q):
            seen_bracket = True
            continue
        if st.op == "delete" and seen_bracket:
            out.add(k)
            continue
        break
    return out


def _view(q: Side, s: Side, steps: Sequence[Step]) -> _View:
    q_match: dict[int, tuple[str, tuple[int, ...]]] = {}
    s_match: dict[int, tuple[str, tuple[int, ...]]] = {}
    region: set[int] = set()
    skipped: set[int] = set()
    step_of_q: dict[int, int] = {}
    step_of_s: dict[int, int] = {}
    bracketed = _behind_bracket(q, steps)
    for k, st in enumerate(steps):
        for i in st.q:
            step_of_q[i] = k
            q_match[i] = (st.op, st.s)
        for j in st.s:
            step_of_s[j] = k
            if st.op == "skip" or k in bracketed:
                skipped.add(j)
            else:
                region.add(j)
                s_match[j] = (st.op, st.q)
    scope: set[int] = set()
    if region:
        a, b = min(region), max(region) + 1
        while a > 0 and not s.sentence_break(a):
            a -= 1
        while b < len(s.toks) and not s.sentence_break(b):
            b += 1
        scope = set(range(a, b))
    return _View(q, s, steps, q_match, s_match, region, skipped, step_of_q, step_of_s, scope)


def _matched(op: str) -> bool:
    return op in MATCH_OPS


def _counterpart_q(v: _View, j: int) -> list[int]:
    """Quote tokens set against source token ``j`` (its step's quote side)."""
    k = v.step_of_s.get(j)
    return list(v.steps[k].q) if k is not None else []


def _phrase(side: Side, lo: int, hi: int, before: int = 0, after: int = 2) -> str:
    return side.words(range(max(0, lo - before), min(len(side.toks), hi + after)))


def trim_stray_edges(q: Side, s: Side, steps: Sequence[Step]) -> list[Step]:
    """Drop function words matched across a sentence break at the edges of an alignment:
    "Not one pension will be cut" set against "… does not mean a curfew. No pension will
    be cut" matches "Not" to the previous sentence's "not". Such a match is no match: the
    quote's word becomes an insertion and the previous sentence leaves the passage."""
    out = list(steps)

    def trim(seq: list[Step]) -> list[Step]:
        first_content = next(
            (
                k
                for k, st in enumerate(seq)
                if st.op in MATCH_OPS and any(not is_function(q.toks[i]) for i in st.q)
            ),
            None,
        )
        if not first_content:
            return seq
        head = seq[:first_content]
        if not any(st.op in MATCH_OPS for st in head):
            return seq
        # a sentence starts among the source words between the stray match and the content
        start_at = [j for st in seq[first_content : first_content + 1] for j in st.s]
        between = [j for st in head for j in st.s]
        if not between or not start_at:
            return seq
        if all(st.op in MATCH_OPS for st in head) and (
            min(between) == 0 or s.sentence_break(min(between))
        ):
            return seq  # a whole short sentence copied: "No. The ship was searched …"
        if not any(
            s.sentence_break(j) for j in range(max(between) + 1, min(start_at) + 1)
        ) and not any(s.sentence_break(j) for j in between[1:]):
            return seq
        quote_words = [i for st in head for i in st.q]
        return [Step("insert", (i,), ()) for i in quote_words] + seq[first_content:]

    out = trim(out)

    def trim_tail(seq: list[Step]) -> list[Step]:
        last = next(
            (
                k
                for k in range(len(seq) - 1, -1, -1)
                if seq[k].op in MATCH_OPS and any(not is_function(q.toks[i]) for i in seq[k].q)
            ),
            None,
        )
        if last is None or last == len(seq) - 1:
            return seq
        tail = seq[last + 1 :]
        if not any(st.op in MATCH_OPS for st in tail):
            return seq
        end_at = [j for j in seq[last].s]
        later = [j for st in tail for j in st.s]
        if not later or not end_at:
            return seq
        if not any(s.sentence_break(j) for j in range(max(end_at) + 1, max(later) + 1)):
            return seq
        if all(st.op in MATCH_OPS for st in tail) and (
            max(later) + 1 >= len(s.toks) or s.sentence_break(max(later) + 1)
        ):
            return seq  # a whole short sentence copied: "… well managed. It wasn't."
        quote_words = [i for st in tail for i in st.q]
        return seq[: last + 1] + [Step("insert", (i,), ()) for i in quote_words]

    return trim_tail(out)


def _near(v: _View, q_occ: tuple[int, int, str], s_span: tuple[int, int]) -> bool:
    """Whether a quote phrase stands where the source phrase was (same or adjacent step)."""
    ks = {v.step_of_s.get(j) for j in range(*s_span)} - {None}
    kq = {v.step_of_q.get(i) for i in range(q_occ[0], q_occ[1])} - {None}
    if not ks or not kq:
        return False
    return min(abs(a - b) for a in ks for b in kq if a is not None and b is not None) <= 3


def _counter(v: _View, lo: int, hi: int) -> str:
    """The quote's words where source tokens lo..hi were, with a word of context."""
    qs: list[int] = []
    for j in range(lo, hi + 1):
        qs += _counterpart_q(v, j)
    if not qs:
        # nearest matched quote word after the gap
        for j in range(hi, min(len(v.s.toks), hi + 3)):
            qs += [i for i in _counterpart_q(v, j)]
    return v.q.words(qs) if qs else ""


def _near_region(v: _View, words: int = 2) -> range:
    """The passage and ``words`` source words on either side of it."""
    if not v.region:
        return range(0)
    return range(max(0, min(v.region) - words), min(len(v.s.toks), max(v.region) + 1 + words))


def _edge_source(v: _View, i: int) -> set[int]:
    """Source words that the quote's own ending (or beginning) at quote word ``i`` may
    render: the passage was cut where the alignment stopped ("… was well managed" |
    "It was not."), so the rest of the source sentence, and the next sentence when the
    quote goes on into one, may hold the counterpart of a loaded word there."""
    matched = [k for k, (op, _) in v.q_match.items() if _matched(op)]
    if not matched or not v.region:
        return set()
    if min(matched) <= i <= max(matched):
        return set()
    forward = i > max(matched)
    if forward:
        crosses = any(v.q.sentence_break(k) for k in range(max(matched) + 1, i + 1))
        j, step = max(v.region) + 1, 1
    else:
        crosses = any(v.q.sentence_break(k) for k in range(i + 1, min(matched) + 1))
        j, step = min(v.region) - 1, -1
    out: set[int] = set()
    breaks = 0
    while 0 <= j < len(v.s.toks) and len(out) < 2 * EDGE_WORDS:
        # a sentence ends between this word and the one before it, seen from the passage
        if v.s.sentence_break(j if forward else j + 1):
            breaks += 1
            if breaks > int(crosses):
                break
        out.add(j)
        j += step
    return out


EDGE_WORDS = 6  # source words past a quote's edge that a reworded ending may stand for


def _sentences_around(v: _View, before: int, after: int) -> range:
    """Source token positions of the sentences the passage touches, widened by ``before``
    sentences back and ``after`` sentences forward."""
    a, b = min(v.scope), max(v.scope) + 1
    n = len(v.s.toks)
    for _ in range(before):
        if a == 0:
            break
        a -= 1
        while a > 0 and not v.s.sentence_break(a):
            a -= 1
    for _ in range(after):
        while b < n and not v.s.sentence_break(b + 1):
            b += 1
        b = min(n, b + 1)
    return range(a, b)
