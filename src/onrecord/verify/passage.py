"""Finding the passage a quote renders: its search terms (its own words and those of
their synonym groups), candidate sentences widened to windows and aligned word by word
(:func:`find_lexical`) or re-ranked by embedding similarity (:func:`find_semantic`);
a :class:`Passage`, and the source spans and sentences its aligned words cover."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Match
from . import lexicon, semantic
from .align import (
    MATCH_OPS,
    PHRASE_WORDS,
    Alignment,
    align,
    function_words,
    is_function,
    loaded_kind,
    pair_moved,
    pair_sentence_starts,
    synonym_groups,
)
from .index import SourceIndex
from .meaning import Side, trim_stray_edges
from .normalize import Tok, tokenize
from .thresholds import thresholds


@dataclass
class Passage:
    """A quote aligned to a window of source tokens."""

    source: int  # index into SourceIndex.sources
    offset: int  # global index of the window's first token
    toks: list[Tok]
    al: Alignment
    sentences: tuple[int, int]  # the window's sentence range
    similarity: float | None = None  # embedding similarity, when computed
    whole: float | None = None  # similarity of the whole window, when a clause's is higher

    @property
    def coverage(self) -> float:
        return self.al.coverage


@functools.cache
def _group_members() -> dict[int, tuple[str, ...]]:
    """Synonym group id → its members (stemmed words and phrases), built once."""
    out: dict[int, list[str]] = {}
    for key, gids in synonym_groups().items():
        for g in gids:
            out.setdefault(g, []).append(key)
    return {g: tuple(keys) for g, keys in out.items()}


def _terms(qtoks: Sequence[Tok], synonyms: bool) -> list[tuple[str, float]]:
    """The quote's search terms (stems, function words weighed 0.3); with ``synonyms``
    also the words of each synonym-group member of its words and phrases ("pulled out"
    brings "withdraw", "withdrew" brings "pull")."""
    terms: list[tuple[str, float]] = []
    groups = synonym_groups()
    members = _group_members()
    for n, t in enumerate(qtoks):
        if t.kind == "ellipsis" or t.bracket:
            continue
        weight = 0.3 if is_function(t) else 1.0
        terms.append((t.stem, weight))
        if not synonyms:
            continue
        keys = [] if is_function(t) else [t.stem]
        words = [t.stem]
        for u in qtoks[n + 1 : n + PHRASE_WORDS]:
            if u.kind == "ellipsis" or u.bracket:
                break
            words.append(u.stem)
            keys.append(" ".join(words))
        for key in keys:
            for g in groups.get(key, ()):
                for m in members.get(g, ()):
                    if m != key:
                        terms.extend((w, 0.5) for w in m.split() if w not in function_words())
        if keys and not t.cap and t.kind == "word" and loaded_kind(t) is None:
            terms.extend((w, 0.5) for w in _lexicon_stems(t.vkey))
    return terms


@functools.cache
def _lexicon_stems(word: str) -> tuple[str, ...]:
    """Stems of the one-word WordNet synonyms of ``word`` ("candid" brings "frank")."""
    return tuple(
        dict.fromkeys(
            t.stem for syn in lexicon.synonyms(word) if " " not in syn for t in tokenize(syn)
        )
    )


def _windows(index: SourceIndex, cands: Sequence[int], qlen: int) -> list[tuple[int, int]]:
    """Sentence ranges around candidate sentences, wide enough for the quote, merged."""
    ranges: list[tuple[int, int]] = []
    for k in cands:
        rlo, rhi = index.run_bounds(k)
        lo, hi = k, k + 1
        room = 0
        while lo > rlo and room < qlen:
            lo -= 1
            room += index.sentences[lo].hi - index.sentences[lo].lo
        room = 0
        while hi < rhi and room < qlen:
            room += index.sentences[hi].hi - index.sentences[hi].lo
            hi += 1
        ranges.append((lo, hi))
    # merge overlapping windows, keeping the order of the best candidate in each
    merged: list[tuple[int, int]] = []
    for lo, hi in ranges:
        for n, (mlo, mhi) in enumerate(merged):
            same_run = index.sentences[lo].run == index.sentences[mlo].run
            if same_run and lo <= mhi and mlo <= hi:
                merged[n] = (min(lo, mlo), max(hi, mhi))
                break
        else:
            merged.append((lo, hi))
    return merged


def _passage(index: SourceIndex, qtoks: Sequence[Tok], lo: int, hi: int) -> Passage:
    first, last = index.sentences[lo], index.sentences[hi - 1]
    toks = index.tokens(first.lo, last.hi)
    al = align(qtoks, toks)
    steps = trim_stray_edges(
        Side(qtoks, ""), Side(toks, index.sources[first.source].text), al.steps
    )
    if tuple(steps) != tuple(al.steps):  # the same length when matches became insertions
        al = dataclasses.replace(al, steps=tuple(steps))
    sent_of = [int(index.sent_of[first.lo + j]) for j in range(len(toks))]
    al = pair_sentence_starts(qtoks, toks, pair_moved(qtoks, toks, al, sent_of), sent_of)
    return Passage(first.source, first.lo, toks, al, (lo, hi))


def _best(passages: Sequence[Passage]) -> Passage | None:
    if not passages:
        return None
    return max(passages, key=lambda p: (round(p.coverage, 6), p.al.score))


def find_lexical(
    index: SourceIndex, qtoks: Sequence[Tok], mask: np.ndarray, *, limit: int = 6
) -> list[Passage]:
    """Passages found through the quote's own words, best first; when they cover too
    little of the quote, also through the words of its synonym-table groups ("pulled
    out" finds "withdrew"), which costs more look-ups."""
    out = _lexical_search(index, qtoks, mask, limit, synonyms=False)
    if not out or out[0].coverage < thresholds()["lexical_found"]:
        seen = {p.sentences for p in out}
        more = _lexical_search(index, qtoks, mask, limit, synonyms=True)
        out += [p for p in more if p.sentences not in seen]
        out.sort(key=lambda p: (-round(p.coverage, 6), -p.al.score))
    return out


def _lexical_search(
    index: SourceIndex, qtoks: Sequence[Tok], mask: np.ndarray, limit: int, *, synonyms: bool
) -> list[Passage]:
    words = [t for t in qtoks if t.kind != "ellipsis"]
    cands = _reranked(
        index, words, index.candidates(_terms(qtoks, synonyms=synonyms), mask, limit=3 * limit)
    )[:limit]
    if not cands:
        return []
    top = cands[0][1]
    keep = [k for k, score in cands if score >= 0.3 * top]
    wins = _windows(index, keep, len(words))
    out = [_passage(index, qtoks, lo, hi) for lo, hi in wins[:4]]
    out.sort(key=lambda p: (-round(p.coverage, 6), -p.al.score))
    return out


def _reranked(
    index: SourceIndex, words: Sequence[Tok], cands: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """Candidates whose content-word scores are close, told apart by how many of all the
    quote's words (function words too) their sentence has: "I am accusing Morvatia" is
    "No, I am not accusing Morvatia", not "the owner of Kalvex who is accusing
    Morvatia", where the topic's words stand in a dozen sentences."""
    if len(cands) < 2 or not words:
        return cands
    mine = {t.vkey for t in words}
    top = cands[0][1]

    def shared(k: int) -> float:
        sent = index.sentences[k]
        return len(mine & {t.vkey for t in index.tokens(sent.lo, sent.hi)}) / len(mine)

    # a tenth of the best score at most: the content words still decide
    return sorted(cands, key=lambda c: -(c[1] + 0.1 * top * shared(c[0])))


def find_semantic(
    index: SourceIndex, quote: str, qtoks: Sequence[Tok], mask: np.ndarray
) -> list[Passage]:
    """Passages ranked by embedding similarity combined with the lexical score."""
    th = thresholds()
    cands = index.candidates(
        _terms(qtoks, synonyms=True), mask, limit=int(th["semantic_candidates"])
    )
    ids = [k for k, _ in cands]
    allowed = np.flatnonzero(mask)
    if len(allowed) <= th["semantic_full_scan"]:
        ids = sorted(set(ids) | {int(k) for k in allowed})
    if not ids:
        return []
    qvec = semantic.encode([quote])[0]
    svecs = index.sentence_vectors(ids)
    sims = svecs @ qvec
    words = [t for t in qtoks if t.kind != "ellipsis"]
    clause_sims: dict[int, float] = {}
    if len(words) <= th["clause_words"]:
        # a short quote renders a part of a sentence: read it against the clauses too
        # (only a close clause counts: any sentence has some clause a never-said
        # sentence resembles a little)
        csims = index.clause_similarity(ids, qvec)
        csims = np.where(csims >= th["clause_found"], csims, 0.0)
        clause_sims = {k: float(c) for k, c in zip(ids, csims, strict=True)}
        sims = np.maximum(sims, csims)
    order = np.argsort(-sims)[: int(th["semantic_rerank"])]
    ranges: set[tuple[int, int]] = set()
    for o in order:
        k = ids[int(o)]
        rlo, rhi = index.run_bounds(k)
        for width in (1, 2, 3):
            for lo in range(max(rlo, k - width + 1), min(k, rhi - width) + 1):
                ranges.add((lo, lo + width))
    scored: list[tuple[float, float, tuple[int, int]]] = []
    wanted = [
        (lo, hi)
        for lo, hi in sorted(ranges)
        if hi - lo == 1
        or index.sentences[hi - 1].hi - index.sentences[lo].lo <= 2.5 * len(words) + 10
    ]
    for (lo, hi), vec in zip(wanted, index.window_vectors(wanted), strict=True):
        whole = float(vec @ qvec)
        clause = clause_sims.get(lo, 0.0) if hi - lo == 1 else 0.0
        scored.append((max(whole, clause), whole, (lo, hi)))
    scored.sort(reverse=True)
    out: list[Passage] = []
    for sim, whole, (lo, hi) in scored[:4]:
        p = _passage(index, qtoks, lo, hi)
        p.similarity = sim
        p.whole = whole if whole < sim else None
        out.append(p)
    alpha = th["semantic_weight"]
    out.sort(key=lambda p: -(alpha * (p.similarity or 0.0) + (1 - alpha) * p.coverage))
    return out


def _match(index: SourceIndex, p: Passage) -> list[Match]:
    """Source spans of a passage: one per stretch the quote covers (ellipses split)."""
    src = index.sources[p.source]
    spans: list[tuple[int, int]] = []
    cur: list[int] = []
    for st in p.al.steps:
        if st.op == "skip" and st.s:
            if cur:
                spans.append((min(cur), max(cur)))
            cur = []
        elif st.op not in ("insert", "skip"):
            cur.extend(st.s)
    if cur:
        spans.append((min(cur), max(cur)))
    if not spans and p.toks:
        spans = [(0, len(p.toks) - 1)]
    out = []
    for a, b in spans:
        start, end = p.toks[a].start, p.toks[b].end
        out.append(Match(src.id, start, end, src.text[start:end], src.version))
    return out


def _sentence_passages(
    index: SourceIndex,
    qtoks: Sequence[Tok],
    windows: Sequence[tuple[int, int]],
    mask: np.ndarray,
) -> list[Passage]:
    """Each sentence of the sentence ranges ``windows`` (the speaker's, per ``mask``) as a
    passage of its own, once: a window found by the quote's words can run across a
    sentence break or hold two places where the words stand."""
    spans = dict.fromkeys(k for lo, hi in windows for k in range(lo, hi) if mask[k])
    return [_passage(index, qtoks, k, k + 1) for k in spans]


def _aligned(p: Passage) -> list[int]:
    """Global indices of the passage words the quote aligned to, in order."""
    return sorted(p.offset + j for st in p.al.steps if st.op in MATCH_OPS for j in st.s)


def _matched_sentences(index: SourceIndex, p: Passage) -> set[int]:
    """The sentences holding the passage words the quote aligned to."""
    return {int(index.sent_of[j]) for j in _aligned(p)}
