"""Hedges: a hedge of a figure or of a claim ("about", "up to", "I think", "perhaps")
changed, dropped or added, and where a hedge word is a preposition, not a hedge
("hand over", "about one thing").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from ...analyse.time import MONTHS
from ..align import is_function, negation_words
from ..normalize import stem, tokenize
from .base import NUMBERISH, QUANTITY, Finding, Side, _occurrences
from .view import _counter, _matched, _near, _phrase, _View

NUMERIC_HEDGES = frozenset(
    {
        "about",
        "around",
        "over",
        "under",
        "some",
        "up to",
        "estimated",
        # verbs that bound a figure ("losses have exceeded 250 million"), hedges only there
        "exceeded",
        "exceeds",
        "exceed",
        *("passes", "passed", "pass", "surpasses", "surpassed", "surpass", "tops", "topped"),
        "an estimated",
        # "as long as 52 hours" is a hedge; "as long as they talk" is a condition
        "as long as",
        # comparatives hedge a figure; "nothing less than life" is no figure
        "more than",
        "less than",
        "fewer than",
        "no more than",
        "no less than",
        "no fewer than",
        "not more than",
        "not less than",
        "not fewer than",
        # "longer than 14 days" bounds a figure; "longer than planned" is no figure
        "longer than",
        "shorter than",
        "no longer than",
        "not longer than",
        "just over",
        "just under",
        "close to",  # "close to the plant" is a place
        "near",  # "near the border" is a place
        "nearly",
        "as high as",
        "as far as",
        "below",
        "above",
        "in excess of",
        "upwards of",
        # "as many as 600 people" bounds a figure; "not as much as we had hoped" compares
        "as many as",
        "as much as",
    }
)


# source words that already say a claim holds for now: "for the time being" renders them
_PROVISIONAL = frozenset(
    t.stem
    for t in tokenize(
        "first initial preliminary provisional provisionally temporary temporarily yet still "
        "currently present moment now today"
    )
)


def _hedges(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    moved: list[tuple[Finding, str]] = []
    q_all = set(range(len(v.q.toks)))
    q_occ = [o for o in _occurrences(v.q.toks, "hedges.txt", q_all) if _hedge_applies(v.q, o)]
    # the figures the quote gives outside what it aligned: "of 1.1 million citizens" for
    # "For about 1.1 million citizens, …" when the passage starts after the figure
    q_loose = {
        t.vkey
        for i, t in enumerate(v.q.toks)
        if t.kind == "num" and not _matched(v.q_match.get(i, ("insert", ()))[0])
    }
    s_occ = [
        o
        # a hedge may straddle the passage's edge ("had at least fifteen" quoted as "been
        # fifteen at minimum": the alignment pairs the two "at" and stops there)
        for o in _occurrences(v.s.toks, "hedges.txt", v.region | v.skipped | v.scope)
        if _hedge_applies(v.s, o)
        and (
            all(j in v.region | v.skipped for j in range(o[0], o[1]))
            or (o[1] - o[0] > 1 and any(j in v.region for j in range(o[0], o[1])))
            or _hedged_figure(v.s, o[0], o[1]) in q_loose
        )
    ]
    s_occ = [
        o
        for o in s_occ
        if any(j in v.region for j in range(o[0], o[1]))
        or _next_in_region(v, o[1])
        or _hedged_figure(v.s, o[0], o[1]) in q_loose
    ]
    # a negated "more than" is a ceiling where the other side states one
    if any(o[2] == "at-most" for o in s_occ):
        q_occ = [_negated_bound(v.q, o) for o in q_occ]
    if any(o[2] == "at-most" for o in q_occ):
        s_occ = [_negated_bound(v.s, o) for o in s_occ]
    # two hedges of one class side by side are one ("is estimated at about 40 million")
    s_occ = [
        o
        for n, o in enumerate(s_occ)
        if not (n and s_occ[n - 1][2] == o[2] and o[0] - s_occ[n - 1][1] <= 1)
    ]
    q_left = [
        o
        for o in q_occ
        if not all(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(o[0], o[1]))
    ]
    used: set[int] = set()
    o: tuple[int, int, str] | None
    for lo, hi, cls in s_occ:
        if _estimate_said(v.s, (lo, hi, cls), v.q, range(len(v.q.toks))):
            continue  # "We estimate that" / "By our estimate"
        if cls == "knowledge" and _knowledge_kept(v.q.text):
            continue  # "we have no indication that" / "we have no information that"
        if all(_matched(v.s_match.get(j, ("delete", ()))[0]) for j in range(lo, hi)):
            # matched word by word; still a change if the quote's words are another class
            qs = sorted({i for j in range(lo, hi) for i in v.s_match.get(j, ("", ()))[1]})
            q_here = [o for o in q_occ if qs and o[0] <= qs[0] < o[1]]
            if not q_here or _same_hedge(q_here[0][2], cls):
                continue
            o = q_here[0]
        else:
            near = [o for o in q_left if id(o) not in used and _near(v, o, (lo, hi))]
            near.sort(key=lambda o: o[2] != cls)  # "around 430" pairs with "roughly 430"
            o = near[0] if near else None
            if o is None:
                # the figure moved with its hedge: "the districts had almost 340 polling
                # stations" / "Nearly 340 polling stations were in the districts"
                # (one of the same class first: "only about 1,100" / "no more than
                # roughly 1,100" pairs "about" with "roughly")
                figure = _hedged_figure(v.s, lo, hi)
                o = next(
                    (
                        x
                        for x in sorted(q_left, key=lambda x: x[2] != cls)
                        if id(x) not in used
                        and figure is not None
                        and _hedged_figure(v.q, x[0], x[1]) == figure
                    ),
                    None,
                )
            if o is None and cls == "opinion":
                # a stance said once for the clause, wherever it stands: "Two of them, we
                # believe, are in Selvaria" / "We assume that two of them are staying"
                o = next((x for x in q_left if id(x) not in used and x[2] == cls), None)
            if o is None and _bound_kept(v, q_occ, (lo, hi, cls)):
                continue  # "no more than 2,000" / "not permitted to hold more than 2,000"
        src = _phrase(v.s, lo, hi, 0, 1)
        if o is not None:
            used.add(id(o))
            if _same_hedge(o[2], cls):
                continue
            out.append(
                Finding(
                    "hedge-changed",
                    f"hedge changed: '{src}' → '{_phrase(v.q, o[0], o[1], 0, 1)}'",
                    0.9,
                )
            )
            cq.update(range(o[0], o[1]))
        elif cls == "for-now" and any(x.stem in _PROVISIONAL for x in v.q.toks):
            continue  # "at the moment we have" / "we currently have"
        elif cls == "somewhat" and any(x.vkey == "slightly" for x in v.q.toks):
            continue  # "a little more than half" / "slightly more than half" ("slightly" is
            # a degree on the scales of strength.tsv: "fallen slightly" / "sharply")
        elif cls == "just-under" and _almost_none(v, hi):
            continue  # "almost without rest" / "hardly any rest"
        elif cls == "below" and _not_even(v, hi):
            continue  # "lasted less than five years" / "did not last even five years"
        elif cls == "mostly" and _above_all(v.q):
            continue  # "teachers, mainly in Kelmorad" / "teachers, above all in Kelmorad"
        elif cls == "mostly" and any(x.vkey == "most" for x in v.q.toks):
            continue  # "mostly with operators abroad" / "most of them with bookmakers"
        elif cls == "mostly" and any(x.vkey in _NORM for x in v.q.toks):
            continue  # "ships do not usually sail" / "do not normally sail": the norm
        elif cls == "mostly" and any(x.vkey in _ALWAYS for x in v.q.toks):
            continue  # "usually recover" / "always recover": a stronger claim, for the
            # scales (strength.tsv) to name
        elif cls in _WITHIN_KIN and _word_before(
            v.q, set(range(len(v.q.toks))), "within", _hedged_figure(v.s, lo, hi)
        ):
            continue  # "within six hours" / "no more than six hours later"
        else:
            f = Finding("hedge-dropped", f"hedge dropped: '{src}' → '{_counter(v, lo, hi)}'", 0.9)
            out.append(f)
            moved.append((f, cls))
        cs.update(range(lo, hi))
    cut = _hedge_before(v)
    for o in q_left:
        if id(o) in used or all(v.q.toks[i].bracket for i in range(o[0], o[1])):
            continue
        if cut is not None and o[0] <= 1:
            a, b, cls = cut
            if cls != o[2]:
                out.append(
                    Finding(
                        "hedge-changed",
                        f"hedge changed: '{_phrase(v.s, a, b, 0, 1)}' → '{_phrase(v.q, o[0], o[1], 0, 1)}'",
                        0.9,
                    )
                )
                cq.update(range(o[0], o[1]))
            continue
        if o[2] == "for-now" and any(v.s.toks[j].stem in _PROVISIONAL for j in v.scope | v.region):
            continue  # "our first estimate" / "we estimate for now"
        if o[2] == "possibly" and any(v.s.toks[j].vkey in _MAY for j in v.region):
            continue  # "perhaps even popular" / "it might even be popular"
        if o[2] == "mostly" and any(v.s.toks[j].vkey == "most" for j in v.scope | v.region):
            continue  # "mostly as cash" / "most of it in cash"
        if o[2] == "mostly" and any(v.s.toks[j].vkey in _NORM for j in v.scope | v.region):
            continue  # "As a rule, the report needs a year" / "normally takes a year"
        if o[2] == "opinion" and _judged_by_speaker(v):
            continue  # "In my view this does not excuse" / "I do not accept this as"
        if _estimate_said(v.q, o, v.s, v.scope | v.region):
            continue  # "We estimate for now that" / "our first estimate is that"
        if o[2] in _rest_hedges(v, o):
            continue  # in the quote's own ending, as in the rest of the source sentence
        if _same_hedge_elsewhere(v, o):
            continue  # the figure (or the opinion) moved with its hedge
        if o[2] in _WITHIN_KIN and _word_before(
            v.s, v.scope | v.region, "within", _hedged_figure(v.q, o[0], o[1])
        ):
            continue  # "in under three hours" / "within three hours"
        if o[2] == "at-most" and _word_before(
            v.s, v.scope | v.region, "only", _figure_after(v.q, o[1])
        ):
            continue  # "no more than eight got through" / "only eight of them reached"
        if _words_in_source(v, o):
            continue  # "guaranteeing a minimum of surgical care" / "a guaranteed minimum of"
        f = Finding("hedge-added", f"hedge added: '{_phrase(v.q, o[0], o[1], 0, 1)}'", 0.8)
        # a hedge of one class dropped in one place and added in another moved with the
        # figure ("about ten days of flow" / "roughly what flows in ten days")
        twin = next((d for d in moved if d[1] == o[2]), None)
        if twin is not None:
            moved.remove(twin)
            out.remove(twin[0])
            continue
        out.append(f)
        cq.update(range(o[0], o[1]))
    return out


def _words_in_source(v: _View, o: tuple[int, int, str]) -> bool:
    """The hedge's words after its article ("minimum of" of "a minimum of") stand one
    after the other in the passage's sentence, with a word of the source between the
    article and them ("a guaranteed minimum of")."""
    words = [t.vkey for t in v.q.toks[o[0] : o[1]]]
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    if len(words) < 2:
        return False
    idx = sorted(v.scope | v.region)
    vk = [v.s.toks[j].vkey for j in idx]
    return any(vk[n : n + len(words)] == words for n in range(len(vk)))


# verbs of the speaker's own judgement: "I (do not) accept / agree / consider / find"
_JUDGING = frozenset(
    ["accept", "agree", "consider", "find", "regard", "see", "doubt", "reject", "disagree"]
)


def _judged_by_speaker(v: _View) -> bool:
    """The passage gives the speaker's judgement in the first person ("I do not accept
    this as an excuse"), which "in my view" renders."""
    toks = [v.s.toks[j] for j in sorted(v.region | v.scope)]
    for n, t in enumerate(toks):
        if t.vkey in ("i", "we"):
            for u in toks[n + 1 : n + 4]:
                if u.vkey in _JUDGING or u.stem in _JUDGING:
                    return True
    return False


_NEAR_NONE = frozenset(["hardly", "barely", "scarcely"])


def _almost_none(v: _View, hi: int) -> bool:
    """ "almost no", "almost without", "nearly nothing" in the source where the quote says
    "hardly any", "barely anything": the same near-absence, said with a negation adverb."""
    nxt = v.s.toks[hi : hi + 1]
    return (
        bool(nxt)
        and nxt[0].vkey in negation_words()
        and any(t.vkey in _NEAR_NONE for t in v.q.toks)
    )


def _not_even(v: _View, hi: int) -> bool:
    """The quote says "not … even N" for the source's "less than N": the figure after the
    source's hedge is aligned to a quote figure right after "even", with a negation at
    most four words before that."""
    qs = v.s_match.get(hi, ("", ()))[1] if hi < len(v.s.toks) else ()
    if not qs or min(qs) < 1 or v.q.toks[min(qs) - 1].vkey != "even":
        return False
    k = min(qs) - 1
    return any(v.q.toks[n].vkey in ("not", "never") for n in range(max(0, k - 4), k))


# hedges written after their figure: "fifteen at minimum", "ten at the most"
_POSTPOSED = frozenset(
    [
        "at minimum",
        "at a minimum",
        "at the very least",
        "at the least",
        "at the most",
        "at the very most",
        "or more",
        "or less",
        "or fewer",
        "or so",
        "at the earliest",
        "at the latest",
    ]
)


def _hedged_figure(side: Side, lo: int, hi: int) -> str | None:
    """The figure the hedge at ``lo``..``hi`` bounds: the number before a hedge written
    after its figure (within three words), else the first number within three words
    after it."""
    words = " ".join(t.vkey for t in side.toks[lo:hi])
    if words in _POSTPOSED:
        # "36 or less", "36 hours or less": the figure and at most two words of its unit
        for t in reversed(side.toks[max(0, lo - 3) : lo]):
            if t.kind == "num":
                return t.vkey
    return _figure_after(side, hi)


def _figure_after(side: Side, hi: int) -> str | None:
    """The figure a hedge ending at ``hi`` bounds (its first number within three words;
    "an hour", "a week": one of a measure)."""
    for t in side.toks[hi : hi + 3]:
        if t.kind == "num":
            return t.vkey
    one = hi + 1 < len(side.toks) and side.toks[hi].vkey in ("a", "an")
    return "1" if one and side.toks[hi + 1].stem.startswith(_MEASURES) else None


def _same_hedge_elsewhere(v: _View, o: tuple[int, int, str]) -> bool:
    """The quoted sentences hedge the same figure with a hedge of the same class where the
    alignment did not pair them ("Nearly 340 people were on board" / "the train was
    carrying almost 340 passengers"), or hold an opinion hedge anywhere ("is not, in my
    view, technical" / "I do not believe that … is technical": an opinion governs the
    whole clause)."""
    figure = _figure_after(v.q, o[1])
    if figure is None and o[2] != "opinion":
        return False
    for a, b, cls in _occurrences(v.s.toks, "hedges.txt", v.scope | v.region):
        if not _same_hedge(cls, o[2]) or not _hedge_applies(v.s, (a, b, cls)):
            continue
        if cls == "opinion" or _figure_after(v.s, b) == figure:
            return True
    return False


def _rest_hedges(v: _View, o: tuple[int, int, str]) -> set[str]:
    """The hedge classes of the rest of the source sentence past the aligned words, when
    the quote's hedge ``o`` stands in the quote's own ending (nothing after it aligned):
    "…, nearly double the 2024 figure" for "…, almost twice as much as in 2024"."""
    if not v.region or any(
        _matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(o[0], len(v.q.toks))
    ):
        return set()
    rest: set[int] = set()
    j = max(v.region) + 1
    while j < len(v.s.toks) and not v.s.sentence_break(j) and len(rest) < 12:
        rest.add(j)
        j += 1
    return {
        cls
        for a, b, cls in _occurrences(v.s.toks, "hedges.txt", rest)
        if _hedge_applies(v.s, (a, b, cls))
    }


# two upper bounds: "up to 20,000" / "a maximum of 20,000"
_HEDGE_KIN = frozenset({frozenset({"as-many-as", "at-most"})})
# modals of possibility: a "perhaps" of the quote renders them
_MAY = frozenset({"may", "might", "could"})


# "within three hours" is "in under three hours" and "in at most three hours"; "within"
# itself is no hedge ("within two months" / "in two months")
_WITHIN_KIN = frozenset({"below", "at-most"})


def _word_before(side: Side, idx: set[int], word: str, figure: object) -> bool:
    """``word`` stands right before ``figure`` among the tokens ``idx`` of ``side``
    ("within three hours", "only eight": what "in under three hours" and "no more than
    eight" say)."""
    return figure is not None and any(
        side.toks[j].vkey == word and _figure_after(side, j + 1) == figure
        for j in idx
        if j + 1 < len(side.toks)
    )


def _same_hedge(a: str, b: str) -> bool:
    """Whether two hedge classes (hedges.txt) say the same of a figure."""
    return a == b or frozenset({a, b}) in _HEDGE_KIN


def _next_in_region(v: _View, j: int) -> bool:
    return j in v.region


# Vagueness markers ("some kind of new truce" / "some new truce"): translators add and
# drop them freely; they do not change what is claimed.
_FREE_HEDGE_CLASSES = frozenset({"kind-of"})


# units of time (stems), which "over" after a verb of change governs as a span
_TIME_UNITS = ("second", "minut", "hour", "day", "week", "month", "year", "decad", "centur")
# lengths and amounts a bound may be put on ("took under half an hour")
_MEASURES = (*_TIME_UNITS, "kilomet", "metr", "mile", "ton", "litr")
_UNITS = (
    *_TIME_UNITS,
    "kilomet", "metr", "mile", "ton", "litr", "dozen", "hundred", "thousand", "million",
    "billion", "3rd", "quarter", "half",
)  # fmt: skip
_RISE_VERBS = frozenset(
    stem(w)
    for w in (
        *("go", "goes", "went", "gone", "going", "move", "moves", "moved", "moving"),
        *("step", "steps", "stepped", "climb", "climbs", "climbed", "jump", "jumps", "jumped"),
    )
)


# what the speaker has not seen or found, in other words: "no proof", "any indication",
# "nothing to suggest", "not aware"
_NO_EVIDENCE = re.compile(
    r"\b(?:no|any)\s+(?:\w+\s+)?(?:evidence|proof|sign|signs|indication|indications|"
    r"information|knowledge|trace|reports?)\b"
    r"|\bnothing\s+(?:to\s+)?(?:suggest|support|prove|indicate|show)"
    r"|\b(?:not\s+aware|unaware)\b",
    re.IGNORECASE,
)


def _knowledge_kept(quote: str) -> bool:
    """Whether the quote says what the speaker has no evidence or knowledge of, in words
    of its own ("We have no indication that" / "We have no information that")."""
    return bool(_NO_EVIDENCE.search(quote))


def _estimate_said(side: Side, occ: tuple[int, int, str], other: Side, idx: Iterable[int]) -> bool:
    """An estimate given as a verb on one side ("we estimate that") and as a noun on the
    other ("by our estimate", "our first estimate is that"): the same opinion."""
    lo, hi, cls = occ
    return (
        cls == "opinion"
        and any(t.stem == stem("estimate") for t in side.toks[lo:hi])
        and any(other.toks[j].stem in _ESTIMATE for j in idx)
    )


_ESTIMATE = frozenset(stem(w) for w in ("estimate", "estimates", "estimated"))


def _bound_kept(v: _View, q_occ: list[tuple[int, int, str]], occ: tuple[int, int, str]) -> bool:
    """The quote's words aligned to part of the source's hedge are a hedge of the same
    class ("no more than" partly matched by a negated "more than")."""
    lo, hi, cls = occ
    qs = sorted({i for j in range(lo, hi) for i in v.s_match.get(j, ("", ()))[1]})
    return any(qs and a <= qs[0] < b and _same_hedge(c, cls) for a, b, c in q_occ)


_BOUND_NOTS = frozenset(["not", "never", "cannot", "n't"])


def _negated_bound(side: Side, occ: tuple[int, int, str]) -> tuple[int, int, str]:
    """ "was not permitted to hold more than 2,000 tonnes" bounds the figure from above,
    as "no more than 2,000" does: "more than" under a negation a few words before it, in
    the same clause, is a ceiling."""
    lo, hi, cls = occ
    if cls != "above" or side.words(range(lo, hi)).lower() not in ("more than", "over"):
        return occ
    before = side.toks[max(0, lo - 5) : lo]
    for k, t in enumerate(before):
        if t.vkey in _BOUND_NOTS and not any(
            x.vkey in ("and", "but", "because", "if") for x in before[k + 1 :]
        ):
            return (lo, hi, "at-most")
    return occ


def _takes_an_amount(side: Side, lo: int, hi: int) -> bool:
    """'would take over 300 trips': "take" with a figure right after the particle is a
    need ("take more than"); "took over the company" and "hand over nine" are not."""
    return (
        side.toks[lo - 1].stem == stem("take")
        and hi < len(side.toks)
        and side.toks[hi].kind == "num"
        and lo > 1
        and side.toks[lo - 2].vkey in ("would", "will", "could", "might", "can", "to")
    )


_PARTICLE_VERBS = frozenset(
    stem(w)
    for w in (
        "hand",
        "handed",
        "take",
        "took",
        "taken",
        "turn",
        "turned",
        "give",
        "gave",
        "given",
        "pass",
        "passed",
        "win",
        "won",
        "look",
        "looked",
        "think",
        "thought",
        "carry",
        "carried",
        "sign",
        "signed",
        "get",
        "got",
        "go",
        "went",
        "fight",
        "fought",
        "roll",
        "rolled",
    )
)


# verbs of change: "trebled over three years" says in what time, not "more than"
_CHANGE_VERBS = frozenset(
    stem(w)
    for w in (
        "rose", "risen", "grew", "grown", "fell", "fallen", "doubled", "tripled", "trebled",
        "quadrupled", "halved", "increased", "decreased", "dropped", "declined", "climbed",
        "jumped", "shrank", "shrunk", "improved", "expanded",
    )
)  # fmt: skip
_DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "our", "his", "her"]
)


# hedges that are also prepositions ("about one thing", "above Korvino")
_PREPOSITION_HEDGES = frozenset(
    ["about", "around", "over", "under", "above", "below", "some", "near"]
)


_MULTIPLES = frozenset(["times", "twice", "thrice", "half"])
# words that multiply a figure and stand for one after a hedge
_MULTIPLYING = frozenset(["twice", "thrice", "double", "triple", "treble", "quadruple"])


_IN_FORCE = frozenset(
    stem(w) for w in ("is", "are", "was", "were", "be", "been", "remain", "stay", "come", "take")
)


# comparatives of size that bound a figure only when one follows ("higher than ten
# floors"), not a thing compared ("higher than a year earlier")
_SIZE_HEDGES = frozenset(
    [
        *("higher than", "taller than", "lower than", "heavier than", "lighter than"),
        *("larger than", "bigger than", "wider than", "smaller than"),
    ]
)


_TIME_SIDES = frozenset(["before", "after", "earlier", "later"])


def _hedge_applies(side: Side, occ: tuple[int, int, str]) -> bool:
    lo, hi, cls = occ
    if cls in _FREE_HEDGE_CLASSES:
        return False
    words = " ".join(t.vkey for t in side.toks[lo:hi])
    if cls == "opinion" and hi < len(side.toks) and side.toks[hi].vkey in ("of", "about"):
        return False  # "I think of those families": no opinion
    nxt1 = side.toks[hi] if hi < len(side.toks) else None
    if cls == "somewhat" and (
        # "a little before four": shortly before, a time and no degree
        (words in ("a little", "a bit") and nxt1 is not None and nxt1.vkey in _TIME_SIDES)
        # "has worked patiently and fairly": in a fair way, no degree of a word after it
        or (
            words == "fairly"
            and (nxt1 is None or nxt1.kind != "word" or is_function(nxt1) or nxt1.vkey == "and")
        )
    ):
        return False
    if words.startswith("as ") and lo > 0 and side.toks[lo - 1].vkey in _MULTIPLES:
        return False  # "three times as many as in April": a comparison, no bound
    if words == "all but" and hi < len(side.toks) and side.toks[hi].kind == "num":
        return False  # "all but 12 families": every family except twelve, no "almost"
    if words == "at the latest" and any(t.vkey == "by" for t in side.toks[max(0, lo - 6) : lo]):
        return False  # "lodged by Tuesday at the latest": the deadline "by" sets, no bound
    if words == "in effect" and lo > 0 and side.toks[lo - 1].stem in _IN_FORCE:
        return False  # "as long as the notice is in effect": in force, no hedge
    after = side.toks[hi : hi + 2]
    if words in _SIZE_HEDGES and not (
        after and (after[0].kind == "num" or after[0].vkey in NUMBERISH - {"a", "an"})
    ):
        return False  # "higher than a year earlier", "higher than the price of gas"
    if words not in NUMERIC_HEDGES:
        return True
    if (
        words.endswith(" than")
        and after
        and after[0].vkey in ("a", "an")
        and not (
            len(after) > 1
            and (
                after[1].kind == "num"
                or after[1].vkey in NUMBERISH
                or after[1].stem.startswith(_UNITS)
            )
        )
    ):
        return False  # "worth less than a new one": a comparison, no figure
    if words == "up to" and lo > 0 and side.toks[lo - 1].stem in _RISE_VERBS:
        return False  # "the warning goes up to level three": it rises to it, no bound
    if words == "up to" and any(t.vkey in MONTHS for t in side.toks[hi : hi + 2]):
        return False  # "at any time up to 31 December": until a date, no bound on a figure
    if (
        words in ("over", "under")
        and lo > 0
        and side.toks[lo - 1].stem in _PARTICLE_VERBS
        # "took under half an hour", "took over three weeks": a length, bounded
        and not any(t.stem.startswith(_MEASURES) for t in side.toks[hi : hi + 4])
        # "would take over 300 lorry trips": what it needs, bounded
        and not _takes_an_amount(side, lo, hi)
    ):
        return False  # "hand over nine citizens", "take over", "go under"
    if (
        words == "over"
        and lo > 0
        and side.toks[lo - 1].stem in _CHANGE_VERBS
        and len(after) == 2
        and (after[0].kind == "num" or after[0].vkey in ("a", "an"))
        and after[1].stem.startswith(_TIME_UNITS)
    ):
        return False  # "have trebled over three years": in that time, no bound
    if words == "above" and hi < len(side.toks) and side.toks[hi].vkey == "all":
        return False  # "above all"
    if words == "as long as" and _clause_follows(side, hi):
        return False  # "as long as eleven people are missing": a condition, no figure
    nxt = side.toks[hi : hi + 3]
    if (
        words.startswith("as ")
        and nxt
        and nxt[0].kind != "num"
        and nxt[0].vkey not in NUMBERISH
        and nxt[0].vkey not in ("twice", "thrice")  # "as much as twice as high"
        and not (len(nxt) > 1 and nxt[0].vkey in ("a", "an") and nxt[1].stem.startswith(_UNITS))
    ):
        return False  # "as long as even one soldier stays": a condition, no figure
    if nxt and words in _PREPOSITION_HEDGES:
        first = nxt[0].vkey
        if first in QUANTITY and first not in NUMBERISH:
            return False  # "about every one of them", "over all": a preposition
        if nxt[0].raw.lower() == "one" and not (
            len(nxt) > 1
            and (
                nxt[1].vkey in ("in", "of")
                or nxt[1].vkey in NUMBERISH
                or nxt[1].stem.startswith(_UNITS)
            )
        ):
            return False  # "clear about one thing"
        if nxt[0].kind != "num" and first not in NUMBERISH:
            # the figure must come next, or after an article ("about a third")
            nxt = nxt[:2] if first in ("a", "an") else nxt[:1]
    if [t.vkey for t in side.toks[hi : hi + 3]] in (["the", "age", "of"], ["age", "of"]):
        return True  # "over the age of 70" is "over 70"
    if (
        words in ("over", "under", "about", "around", "close to", "near")
        and nxt
        and nxt[0].vkey in _DEFINITE
    ):
        return False  # "over the next few days", "about the two hostages": a preposition
    if words in ("close to", "near") and nxt and nxt[0].cap and nxt[0].kind != "num":
        return False  # "a house close to Kravec": a place, no figure
    if (
        words == "close to"
        and nxt
        and nxt[0].kind == "word"
        and not nxt[0].cap
        and not is_function(nxt[0])
    ):
        return True  # "close to normal", "close to collapse": almost
    if words in ("more than", "less than", "fewer than") and nxt and nxt[0].vkey == "the":
        return False  # "more than the 10 kilometres we promised": a comparison
    if len(nxt) >= 2 and nxt[0].vkey in ("a", "an", "one") and nxt[1].stem.startswith(_UNITS):
        return True  # "about an hour", "over a year"
    if nxt and nxt[0].vkey in _MULTIPLYING:
        # "more than twice what it normally receives", "almost twice as many", "nearly
        # triple the usual rainfall"
        return True
    return any(
        t.kind == "num" or t.vkey in NUMBERISH or t.raw.lower() in NUMBERISH | set(QUANTITY)
        for t in nxt
    )


def _hedge_before(v: _View) -> tuple[int, int, str] | None:
    """A hedge of the source that ends right where the quoted passage starts."""
    if not v.region:
        return None
    return hedge_ending_at(v.s, min(v.region))


def hedge_ending_at(side: Side, lo: int) -> tuple[int, int, str] | None:
    """A hedge of ``side`` that ends right before token ``lo``, in its sentence:
    ``(first, last+1, class)``."""
    if lo <= 0 or lo > len(side.toks) or side.sentence_break(lo):
        return None
    # the figure's article may stand between, unaligned ("almost a third" quoted as
    # "nearly one third")
    end = lo - 1 if side.toks[lo - 1].vkey in ("a", "an", "1") else lo
    start = max(0, end - 4)
    for a, b, cls in _occurrences(side.toks[start:end], "hedges.txt"):
        if start + b == end and _hedge_applies(side, (start + a, end, cls)):
            return start + a, end, cls
    return None


def hedges_in(side: Side, idx: set[int]) -> list[tuple[int, int, str]]:
    """The hedges among tokens ``idx`` that apply (a figure after a numeric one)."""
    return [o for o in _occurrences(side.toks, "hedges.txt", idx) if _hedge_applies(side, o)]


# words that name the norm a "usually" states ("normally", "not the custom", "would
# otherwise have landed"): the same hedge said another way, not dropped or added
_NORM = frozenset(["normal", "normally", "custom", "customary", "ordinarily", "otherwise"])
_ALWAYS = frozenset(["always", "invariably", "never", "inevitably"])


def _above_all(side: Side) -> bool:
    """Whether the side says "above all" (not a hedge of its own: "I thank, above all,
    …" is "especially"), which renders a dropped "mainly" or "chiefly"."""
    vk = [t.vkey for t in side.toks]
    return any(a == "above" and b == "all" for a, b in itertools.pairwise(vk))


# finite verbs after a counted subject: "as long as eleven people are missing"
_FINITE = frozenset(
    ["is", "are", "was", "were", "remain", "remains", "stay", "stays", "have", "has", "live"]
)


def _clause_follows(side: Side, hi: int) -> bool:
    """A subject and its verb after "as long as": a figure counting the subject of a
    clause ("as long as eleven people are missing", "as long as two ferries remain"),
    not a bound on a length ("as long as 52 hours")."""
    nxt = side.toks[hi : hi + 4]
    verbs = [n for n, t in enumerate(nxt) if t.vkey in _FINITE]
    return bool(nxt) and nxt[0].kind == "num" and bool(verbs) and verbs[0] in (2, 3)
