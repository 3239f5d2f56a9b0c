"""Rewordings: the gaps of an alignment where both sides have words of their own, set
against each other to be judged as substitutions, and whether something loaded (a
number, modal, hedge, negation or name) is unpaired in such a gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..align import MATCH_OPS, Step, is_function, loaded_kind
from .base import Side
from .view import EDGE_WORDS


@dataclass(frozen=True, slots=True)
class Rewording:
    """A gap of an alignment where both sides have words of their own."""

    q: list[int]  # quote token indices
    s: list[int]  # source token indices
    edge: bool  # the source side is the rest of the sentence past the quote's edge
    loaded: bool = False  # a number, unit, modal, hedge, negation or name is unpaired


def _name_like(side: Side, i: int) -> bool:
    """A capitalised word that is a name: not at a sentence start, or at one but no
    English word ("Drevgaz filed a claim"; WordNet, when installed, knows "Filed")."""
    if not side.initial(i):
        return True
    t = side.toks[i]
    return (
        len(t.raw) >= 3 and lexicon.available() and not is_function(t) and not lexicon.lemmas(t.raw)
    )


def _loaded_unpaired(q: Side, s: Side, qi: Sequence[int], sj: Sequence[int]) -> bool:
    """A number, unit, modal, hedge, negation or name on one side of a gap that the other
    side lacks: that gap is a change of claim, not a rewording."""

    def keys(side: Side, idx: Sequence[int]) -> set[str]:
        out: set[str] = set()
        for i in idx:
            t = side.toks[i]
            if loaded_kind(t) or (t.cap and t.kind == "word" and _name_like(side, i)):
                out.add(t.vkey)
        return out

    a, b = keys(q, qi), keys(s, sj)
    return bool(a ^ b)


NEAR_GAP_WORDS = 2  # matched words between a one-sided gap and the next that make one rewording


def _gaps(q: Side, s: Side, steps: Sequence[Step]) -> list[tuple[list[int], list[int]]]:
    """The stretches of an alignment where one side or both have words of their own, as
    (quote indices, source indices). A stretch with words in the quote only is joined to
    one with words in the source only (or the reverse) when at most
    :data:`NEAR_GAP_WORDS` matched words stand between them in the same source sentence: a translator who writes "like to express special thanks" for
    "especially like to thank" moved the words, the aligner sees a deletion and an
    insertion. The matched words between are part of the joined stretch on both sides.
    Words of the quote's own before its first or after its last matched word are not joined: they are set
    against the rest of the source sentence (:func:`rewording_blocks`)."""
    runs: list[tuple[bool, list[Step]]] = []  # (is a gap, its steps), in order
    for st in steps:
        gap = st.op in ("insert", "delete", "replace")
        if runs and runs[-1][0] == gap and st.op != "skip" and runs[-1][1][-1].op != "skip":
            runs[-1][1].append(st)
        else:
            runs.append((gap, [st]))

    def sides(sts: Sequence[Step]) -> tuple[list[int], list[int]]:
        return [i for st in sts for i in st.q if not q.toks[i].bracket], [
            j for st in sts for j in st.s
        ]

    out: list[tuple[list[int], list[int]]] = []
    for n, (gap, sts) in enumerate(runs):
        if not gap:
            continue
        gq, gs = sides(sts)
        if out and n >= 2 and runs[n - 2][0]:
            pq, ps = out[-1]
            mid = runs[n - 1][1]
            mq, ms = sides(mid)
            if (
                bool(pq) != bool(ps)
                and bool(gq) != bool(gs)
                and bool(pq) != bool(gq)
                and len(mid) <= NEAR_GAP_WORDS
                and all(st.op in MATCH_OPS for st in mid)
                and not any(s.sentence_break(j) for j in [*ms, *gs[:1]] if ps)
                and not (gq and n == len(runs) - 1)  # the quote's own ending: see below
                and not (pq and n == 2)  # ... or beginning
            ):
                out[-1] = ([*pq, *mq, *gq], [*ps, *ms, *gs])
                continue
        out.append((gq, gs))
    return out


# particles of phrasal verbs, which an object pronoun can part from their verb ("rule it
# out", "call them off")
_PARTICLES = frozenset(["out", "up", "off", "down", "away", "back"])
_OBJECT_PRONOUNS = frozenset(["it", "them", "that", "this", "him", "her", "us", "me"])


def _with_particle(s: Side, block: Sequence[int], matched: set[int]) -> list[int]:
    """A block's source words with the particle of its verb that an object pronoun parts
    from it ("rule it out" reworded as "exclude it": the verb is "rule out")."""
    if not block:
        return list(block)
    j = max(block) + 1
    if j < len(s.toks) and s.toks[j].vkey in _OBJECT_PRONOUNS:
        j += 1
    if (
        j < len(s.toks)
        and j not in matched
        and j not in block
        and s.toks[j].vkey in _PARTICLES
        and j - max(block) == 2
    ):
        return [*block, j]
    return list(block)


def rewording_blocks(q: Side, s: Side, steps: Sequence[Step]) -> list[Rewording]:
    """The gaps of an alignment where both sides have words of their own. A quote that
    ends (or begins) with words of its own is set against the rest of the source sentence
    when that rest is at most :data:`EDGE_WORDS` words ("would never have taken place" /
    "would not have happened."). Only gaps with a content word on each side are returned:
    they are judged as substitutions. A gap where something loaded is unpaired
    (:func:`_loaded_unpaired`) is marked: its added words are not excused as a rewording,
    and at an edge it is not returned at all."""
    blocks = [Rewording(bq, bs, False) for bq, bs in _gaps(q, s, steps) if bq]
    matched_q = [i for st in steps if st.op in MATCH_OPS for i in st.q]
    matched_s = [j for st in steps if st.op in MATCH_OPS for j in st.s]
    blocks = [Rewording(b.q, _with_particle(s, b.s, set(matched_s)), b.edge) for b in blocks]
    if matched_q:
        for n, b in enumerate(blocks):
            if b.s:
                continue
            ext: list[int] = []
            if min(b.q) > max(matched_q):  # the quote's own ending
                j = max(matched_s) + 1
                while j < len(s.toks) and len(ext) <= EDGE_WORDS and not s.sentence_break(j):
                    ext.append(j)
                    j += 1
            elif max(b.q) < min(matched_q):  # its own beginning
                j = min(matched_s)
                while j > 0 and len(ext) <= EDGE_WORDS and not s.sentence_break(j):
                    j -= 1
                    ext.insert(0, j)
            if 0 < len(ext) <= EDGE_WORDS:  # longer: the sentence goes on past the gap
                blocks[n] = Rewording(b.q, ext, True)
    out: list[Rewording] = []
    for b in blocks:
        if not any(not is_function(s.toks[j]) and s.toks[j].kind == "word" for j in b.s):
            continue
        if not any(not is_function(q.toks[i]) for i in b.q):
            continue
        loaded = _loaded_unpaired(q, s, b.q, b.s)
        if not (loaded and b.edge):
            out.append(Rewording(b.q, b.s, b.edge, loaded))
    return out
