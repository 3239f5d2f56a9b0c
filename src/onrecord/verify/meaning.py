"""What a difference between quote and passage does to the meaning.

Each check looks at an alignment (:mod:`onrecord.verify.align`) and returns the
differences that change what is claimed, as :class:`Finding` records with a reason in
a journalist's words: negation added or removed, a number, date or name changed, a
hedge dropped or changed, modality changed, a reversed verb, who-does-what-to-whom
turned around, a condition / cause / claim added, passages joined without an
ellipsis. A check never decides that something is *faithful*; it only finds what is
not.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..analyse.time import WEEKDAYS
from ..structure.meta import find_date
from .align import (
    MATCH_OPS,
    PIVOTS,
    Step,
    antonym_pairs,
    is_function,
    loaded_kind,
    negation_words,
    phrase_ends,
    same_name,
    strength_table,
    synonymous,
)
from .normalize import Tok, load_list, load_pairs, stem, tokenize

__all__ = [
    "Finding",
    "Side",
    "find_changes",
    "name_initials",
    "negated_opposite",
    "trim_stray_edges",
]

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
        "just over",
        "just under",
        "close to",  # "close to the plant" is a place
        "nearly",
        "as high as",
        "as far as",
        "below",
        "above",
        "in excess of",
        "upwards of",
    }
)
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBERISH = frozenset(
    [
        "half",
        "third",
        "quarter",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "percent",
    ]
) | frozenset(SCALES)
TITLE_WORDS = frozenset(
    [
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prime",
        "minister",
        "secretary",
        "general",
        "chancellor",
        "king",
        "queen",
        "prince",
        "senator",
        "governor",
        "mayor",
        "ambassador",
        "foreign",
        "chairman",
        "sir",
        "lord",
        "madam",
        "pm",
    ]
)
QUANTITY = {
    "half": 0.5,
    "quarter": 0.25,
    "all": 1.0,
    "whole": 1.0,
    "entire": 1.0,
    "every": 1.0,
    "most": 0.75,
    "majority": 0.75,
    "minority": 0.25,
    "none": 0.0,
    "few": 0.1,
}
_FIRST = frozenset(["we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine", "myself"])
_THIRD = frozenset(
    ["they", "them", "their", "theirs", "themselves", "he", "him", "his", "she", "her", "hers"]
)
LIGHT_VERBS = frozenset(["express", "make", "take", "give", "get", "put", "carry", "pay", "offer"])
ELLIPSIS_SENTENCES = 2  # an ellipsis standing for more whole sentences than this joins statements
SPLICE_TOKENS = 8  # a gap of this many source words left out without an ellipsis is a splice


@dataclass(frozen=True, slots=True)
class Finding:
    """A difference that changes the meaning: machine rule name and journalist reason."""

    rule: str
    reason: str
    weight: float  # how sure the rule is (used for the verdict's confidence)
    q_idx: tuple[int, ...] = ()  # the quote tokens the finding is about (added words)


@dataclass(frozen=True, slots=True)
class Side:
    """Tokens of one side (quote or source window) and the text their spans point into."""

    toks: Sequence[Tok]
    text: str

    def words(self, idx: Sequence[int]) -> str:
        out: list[str] = []
        last: tuple[int, int] | None = None
        for i in sorted(set(idx)):
            if not 0 <= i < len(self.toks):
                continue
            t = self.toks[i]
            if (t.start, t.end) == last or t.kind == "ellipsis":
                continue
            last = (t.start, t.end)
            out.append(t.raw)
        return " ".join(out)

    def initial(self, i: int) -> bool:
        """Whether token ``i`` starts a sentence (its capital says nothing)."""
        if i <= 0:
            return True
        prev = self.toks[i - 1]
        gap = self.text[prev.end : self.toks[i].start]
        return bool(re.search(r"[.!?:;\"“”‘’«»…\n]", gap))

    def sentence_break(self, i: int) -> bool:
        """Whether a sentence ends between token ``i-1`` and ``i``."""
        if i <= 0 or i >= len(self.toks):
            return False
        prev = self.toks[i - 1]
        gap = self.text[prev.end : self.toks[i].start]
        return bool(re.search(r"[.!?…]|\n\s*\n", gap)) and (
            self.toks[i].raw[:1].isupper() or self.toks[i].raw[:1].isdigit()
        )


# --------------------------------------------------------------------------- word lists


@functools.cache
def _phrases(name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Phrase tables as token tuples (longest first): ((words...), class)."""
    if name.endswith(".tsv") or name == "hedges.txt":
        rows = load_pairs(name)
    else:
        rows = tuple((w, w) for w in load_list(name))
    out = [(tuple(_norm_word(w) for w in phrase.split()), cls) for phrase, cls in rows]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def _norm_word(word: str) -> str:
    from .normalize import keys

    return keys(word)[1]


def _stronger(q: Tok, s: Tok) -> str | None:
    """ "stronger" / "weaker" when the quote's word is another level of the source word's
    scale ("show" → "suggest", "concerned" → "outraged"), else None."""
    table = strength_table()
    for scale, q_level in table.get(q.stem, ()):
        for s_scale, s_level in table.get(s.stem, ()):
            if scale == s_scale and q_level != s_level:
                return "stronger" if q_level > s_level else "weaker"
    return None


def _once_not_conditional(vk: Sequence[str], lo: int, hi: int) -> bool:
    """ "once again", "at once", "not even once", "once a year": "once" that counts or
    times, no condition (a condition's "once" opens a clause: "once it is built")."""
    if tuple(vk[lo:hi]) != ("once",):
        return False
    nxt = vk[hi] if hi < len(vk) else ""
    prv = vk[lo - 1] if lo > 0 else ""
    return nxt in ("again", "more", "and", "or", "a", "an", "every", "per", "upon", "") or prv in (
        "at",
        "more",
        "than",
        "even",
        "not",
        "just",
        "only",
        "for",
        "all",
        "least",
    )


_ASKING = frozenset(
    t.stem
    for t in tokenize(
        "know knew known ask asked wonder see saw decide decided check sure clear unclear "
        "doubt determine find found tell told say said"
    )
)


def _if_whether(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """ "we do not know if …", "asked if …": "if" for "whether", no condition."""
    return (
        [t.vkey for t in toks[lo:hi]] == ["if"]
        and lo > 0
        and toks[lo - 1].stem in _ASKING
        and toks[lo].start - toks[lo - 1].end <= 1  # "be clear: if …" is a condition
    )


def _occurrences(
    toks: Sequence[Tok], name: str, allowed: set[int] | None = None
) -> list[tuple[int, int, str]]:
    """Occurrences ``(first, last+1, class)`` of a phrase table in ``toks``."""
    out: list[tuple[int, int, str]] = []
    table = _phrases(name)
    vk = [t.vkey for t in toks]
    i = 0
    while i < len(toks):
        hit = None
        for words, cls in table:
            n = len(words)
            if tuple(vk[i : i + n]) == words:
                hit = (i, i + n, cls)
                break
        if (
            hit
            and name == "conditions.txt"
            and (_once_not_conditional(vk, hit[0], hit[1]) or _if_whether(toks, hit[0], hit[1]))
        ):
            hit = None
        if hit and (allowed is None or all(k in allowed for k in range(hit[0], hit[1]))):
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


# --------------------------------------------------------------------------- the checks


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


def _view(q: Side, s: Side, steps: Sequence[Step]) -> _View:
    q_match: dict[int, tuple[str, tuple[int, ...]]] = {}
    s_match: dict[int, tuple[str, tuple[int, ...]]] = {}
    region: set[int] = set()
    skipped: set[int] = set()
    step_of_q: dict[int, int] = {}
    step_of_s: dict[int, int] = {}
    for k, st in enumerate(steps):
        for i in st.q:
            step_of_q[i] = k
            q_match[i] = (st.op, st.s)
        for j in st.s:
            step_of_s[j] = k
            if st.op == "skip":
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


def _numbers(side: Side, idx: Sequence[int]) -> list[tuple[float, int, int]]:
    """Numbers ``(value, first, last+1)`` among the tokens ``idx`` (scales applied)."""
    out: list[tuple[float, int, int]] = []
    pos = sorted(idx)
    allowed = set(pos)
    k = 0
    while k < len(pos):
        i = pos[k]
        t = side.toks[i]
        frac = _fraction(side, i, allowed)
        if frac is not None:
            out.append(frac)
            k += frac[2] - i
            continue
        if (
            t.stem.startswith(("centur", "decad"))
            and i > 0
            and side.toks[i - 1].vkey in ("a", "one", "per", "every", "each")
        ):  # "once a century" = "once in a hundred years"
            out.append((100.0 if t.stem.startswith("centur") else 10.0, i, i + 1))
            k += 1
            continue
        if i + 1 < len(side.toks) and side.toks[i + 1].vkey in ("noon", "midnight", "midday"):
            k += 1  # "12 noon" is "noon"
            continue
        if t.kind == "num" and not (t.raw.isalpha() and t.vkey in ("1", "1st")):
            m = re.match(r"\d+(?:\.\d+)?", t.vkey)
            if m:
                value = float(m.group())
                end = i + 1
                if [u.vkey for u in side.toks[end : end + 3]] == ["and", "a", "half"] and all(
                    x in allowed for x in range(end, end + 3)
                ):
                    value += 0.5  # "four and a half months" is 4.5 months
                    end += 3
                while end in allowed and side.toks[end].vkey in SCALES:
                    value *= SCALES[side.toks[end].vkey]
                    end += 1
                if end == i + 1 and " " not in t.raw:
                    value *= _range_scale(side, i)
                if end < len(side.toks) and side.toks[end].stem.startswith("decad"):
                    value *= 10  # "four decades" is 40 years
                elif end < len(side.toks) and side.toks[end].stem.startswith("centur"):
                    value *= 100
                out.append((value, i, end))
                k += end - i
                continue
        k += 1
    return out


def _range_scale(side: Side, i: int) -> float:
    """The scale a range shares: "from 25 to 40 million" is 25 million to 40 million."""
    toks = side.toks
    if i + 2 < len(toks) and toks[i + 1].vkey in ("to", "and", "or") and toks[i + 2].kind == "num":
        words = toks[i + 2].raw.lower().split()
        if len(words) > 1 and words[-1] in SCALES:
            return SCALES[words[-1]]
    return 1.0


_DENOMINATORS = {"half": 2, "halv": 2, "3rd": 3, "third": 3, "quarter": 4, "4th": 4}


def _fraction(side: Side, i: int, allowed: set[int]) -> tuple[float, int, int] | None:
    """A fraction starting at token ``i``: "half", "a third", "two thirds", "a quarter".

    "third" and "quarter" count only after "a", "one" or a number ("the third day" is an
    ordinal); the numerator, when a number, is part of the span.
    """
    t = side.toks[i]
    if t.kind == "num" and i + 1 in allowed and i + 1 < len(side.toks):
        nxt = side.toks[i + 1]
        den = _DENOMINATORS.get(nxt.stem)
        m = re.fullmatch(r"\d+", t.vkey)
        if den and m and nxt.raw.lower().endswith(("s", "ves")) and int(m.group()) < den:
            return int(m.group()) / den, i, i + 2
        return None
    den = _DENOMINATORS.get(t.stem)
    if den is None or t.kind == "num":
        return None
    prev = side.toks[i - 1].vkey if i > 0 else ""
    if den == 2 and t.vkey == "half":
        return 0.5, i, i + 1
    if prev in ("a", "one") and t.raw.lower() in ("third", "quarter"):
        return 1 / den, i, i + 1
    return None


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


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


def find_changes(
    q: Side,
    s: Side,
    steps: Sequence[Step],
    *,
    splice_tokens: int = SPLICE_TOKENS,
    ellipsis_sentences: int = ELLIPSIS_SENTENCES,
) -> list[Finding]:
    """Every difference of the alignment that changes the meaning."""
    v = _view(q, s, steps)
    found: list[Finding] = []
    covered_q: set[int] = set()  # quote tokens already explained by a finding
    covered_s: set[int] = set()
    found += _modality(v, covered_q, covered_s)
    found += _hedges(v, covered_q, covered_s)
    found += _numbers_changed(v, covered_q, covered_s)
    found += _units_changed(v, covered_q, covered_s)
    found += _moved(v, covered_q)
    found += _figure_behind_ellipsis(v, covered_q)
    found += _partial_negation(v, covered_q, covered_s)
    found += _negation(v, covered_q, covered_s)
    found += _reversals(v, covered_q, covered_s)
    found += _swapped_comparison(v, covered_q)
    found += _cut_edges(v, covered_q, covered_s)
    found += _added(v, covered_q, markers_only=True)
    found += _names(v, covered_q, covered_s)
    found += _added(v, covered_q, markers_only=False)
    found += _dropped(v, covered_s, splice_tokens)
    found += _far_ellipsis(v, ellipsis_sentences)
    found += _scope_words(v, covered_q, covered_s)
    found += _degree(v, covered_q, covered_s)
    return found


# Verbs after which "that X should do" is the mandative subjunctive ("we propose that they
# should resume" = "we propose that they resume"): that "should" carries no modality.
_MANDATIVE = frozenset(
    [
        "propose",
        "proposes",
        "proposed",
        "suggest",
        "suggests",
        "suggested",
        "demand",
        "demands",
        "demanded",
        "insist",
        "insists",
        "insisted",
        "recommend",
        "recommends",
        "recommended",
        "ask",
        "asks",
        "asked",
        "urge",
        "urges",
        "urged",
        "request",
        "requests",
        "requested",
        "require",
        "requires",
        "required",
    ]
)


# Modal classes whose mere presence or absence changes no claim: "would" of politeness and
# volition ("I would like to thank" / "I want to thank" / "I thank"). A change of class
# ("would like to ask" → "will ask") still counts.
_FREE_MODAL_CLASSES = frozenset({"conditional", "intended"})
_ABLE = frozenset(["able", "unable", "incapable", "capable"])  # "could not" = "was unable to"
# Classes of a wish, which may stand for one another ("we would like to see" / "we hope
# to see"); "hoped" alone, added or dropped, still weakens or strengthens the claim.
_WISH_CLASSES = frozenset({"conditional", "intended", "hoped"})


_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "our", "its", "his", "her", "their", "any"]
)


def _tense_only(side: Side, lo: int, hi: int) -> bool:
    """A bare future "will" added or dropped ("Trade does not sit and wait" / "Trade won't
    sit and wait"; "will be" / "is"): translators move between present and future
    freely. A "will" set in place of another modal is still a change."""
    return " ".join(t.vkey for t in side.toks[lo:hi]) in ("will", "shall", "going to")


_PAST_AUX = frozenset(["have", "has", "had", "did", "was", "were"])


def _q_near(v: _View, j: int) -> list[int]:
    """Quote words of the alignment steps around source word ``j``."""
    k = v.step_of_s.get(j)
    if k is None:
        return []
    return [i for st in v.steps[max(0, k - 2) : k + 3] for i in st.q]


def _s_near(v: _View, i: int) -> list[int]:
    """Source words of the alignment steps around quote word ``i``."""
    k = v.step_of_q.get(i)
    if k is None:
        return []
    return [j for st in v.steps[max(0, k - 2) : k + 3] for j in st.s]


def _past_in(side: Side, idx: Sequence[int], match: dict[int, tuple[str, tuple[int, ...]]]) -> bool:
    """An unaligned past or perfect on this side ("have still not been able", "they
    failed"): then a "will" on the other side moves the time, not just the tense."""
    for i in idx:
        if _matched(match.get(i, ("insert", ()))[0]):
            continue
        t = side.toks[i]
        if t.vkey in _PAST_AUX or (t.kind == "word" and _past_verb(t)):
            return True
    return False


def _inverted_should(side: Side, lo: int) -> bool:
    """ "Should each household save five percent, …", "Should the talks fail, …": a
    condition (= "if"), not advice. A pronoun after it makes a question ("Should we …?")."""
    t = side.toks[lo]
    if t.vkey != "should" or lo + 1 >= len(side.toks):
        return False
    gap = side.text[side.toks[lo - 1].end : t.start] if lo > 0 else ""
    if not (side.initial(lo) or "," in gap):  # "…, should the commission make headway"
        return False
    return side.toks[lo + 1].vkey not in ("i", "we", "you", "he", "she", "they", "it")


def _mandative_should(side: Side, lo: int) -> bool:
    """ "we propose that they should resume" (mandative) and "Should Merovia go to a
    tribunal, …" (an inverted "if"): a "should" that carries no modality."""
    if side.toks[lo].vkey != "should":
        return False
    nxt = side.toks[lo + 1] if lo + 1 < len(side.toks) else None
    if (
        nxt is not None
        and (side.initial(lo) or lo == 0)
        and (nxt.cap or _person(nxt.vkey) or nxt.vkey in _DETERMINERS)
    ):
        return True
    before = [t.vkey for t in side.toks[max(0, lo - 10) : lo]]
    if "that" not in before:
        return False
    k = len(before) - 1 - before[::-1].index("that")
    return any(w in _MANDATIVE for w in before[max(0, k - 3) : k])


def _concessive(side: Side, i: int) -> bool:
    """ "no matter what they may say", "whatever he might claim": a modal of a concession
    asserts nothing; a translator leaves it out."""
    if side.toks[i].vkey not in ("may", "might"):
        return False
    lo = max(0, i - 10)
    # within the same clause: no mark between the concession and the modal
    for k in range(i, lo, -1):
        if side.toks[k].start - side.toks[k - 1].end > 1:
            lo = k
            break
    keys = [t.vkey for t in side.toks[lo:i]]
    return (
        "whatever" in keys
        or "whoever" in keys
        or any(a == "no" and b == "matter" for a, b in itertools.pairwise(keys))
    )


# "the worst possible", "the highest possible": "possible" that intensifies a superlative
_SUPERLATIVES = frozenset(["best", "worst", "most", "least", "greatest", "fewest", "smallest"])
# "I can understand why", "I can assure you": a speaker's own act of saying or grasping,
# which "can" does not make a mere possibility
_SPEAKER_ACTS = frozenset(
    [
        "understand",
        "see",
        "assure",
        "confirm",
        "tell",
        "say",
        "imagine",
        "appreciate",
        "promise",
        "report",
        "announce",
        "inform",
    ]
)


# "do all we can", "everything they could", "as much as we can": a measure of effort
_EFFORT = frozenset(
    ["all", "everything", "whatever", "what", "anything", "best", "much", "soon", "quickly"]
)
_PERSONAL = frozenset(["i", "we", "you", "they", "he", "she", "one"])
# words after the effort phrase that show no verb follows "can" ("all we can to help")
_NO_VERB_NEXT = frozenset(["to", "for", "and", "but", "so", "until", "now", "today", "here"])


def _effort_can(side: Side, i: int) -> bool:
    """ "can"/"could" closing a measure of effort ("we will do all we can to help",
    "everything they could"): no verb follows, so no possibility is claimed."""
    vk = [t.vkey for t in side.toks]
    if vk[i] not in ("can", "could") or i < 2:
        return False
    if vk[i - 1] not in _PERSONAL or vk[i - 2] not in _EFFORT:
        return False
    if i + 1 >= len(vk):
        return True
    gap = side.text[side.toks[i].end : side.toks[i + 1].start]
    return vk[i + 1] in _NO_VERB_NEXT or bool(re.search(r"[,;:.!?—–)]", gap))


# verbs of saying that an obligation of the speaker's only announces ("I must say")
_SAYING = frozenset(
    [
        "say",
        "admit",
        "tell",
        "stress",
        "emphasise",
        "emphasize",
        "confess",
        "contradict",
        "disagree",
        "correct",
        "remind",
        "warn",
        "repeat",
        "add",
        "point",
        "underline",
    ]
)


def _no_modal(side: Side, i: int) -> bool:
    """A modal-table word that here carries no modality: "possible" after a superlative
    ("the worst possible thing") or in "as soon as possible", "can" closing a measure of
    effort ("all we can"), and "can" (or "am able to") between "I"/"we" and a verb of
    saying or grasping ("I can understand why they are angry")."""
    vk = [t.vkey for t in side.toks]
    word = vk[i]
    if _effort_can(side, i):
        return True
    if word == "possible":
        before = vk[max(0, i - 3) : i]
        return bool(
            (i > 0 and (vk[i - 1] in _SUPERLATIVES or vk[i - 1].endswith("est")))
            or (i > 1 and vk[i - 2] in _SUPERLATIVES)
            or ("as" in before and i > 0 and vk[i - 1] == "as")
        )
    if i == 0 or vk[i - 1] not in ("i", "we"):
        return False
    # "I have to say", "I must admit", "I have to contradict him": the speaker's own act
    # of saying, which the obligation only announces
    if word in ("have", "must", "need") and vk[i : i + 2] != ["need", "not"]:
        k = i + 1 if word == "must" else i + 2
        return k < len(vk) and vk[k] in _SAYING
    if word == "can":
        return i + 1 < len(vk) and vk[i + 1] in _SPEAKER_ACTS
    # "I am able to tell you"
    return vk[i : i + 3] in (["am", "able", "to"], ["are", "able", "to"]) and (
        i + 3 < len(vk) and vk[i + 3] in _SPEAKER_ACTS
    )


def _modal_here(side: Side, i: int) -> bool:
    """Whether the modal-table word at ``i`` is a modal of the claim."""
    return not (
        _is_month(side, i)
        or _mandative_should(side, i)
        or _inverted_should(side, i)
        or _concessive(side, i)
        or _no_modal(side, i)
    )


def _modality(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    q_all = set(range(len(v.q.toks)))
    q_occ = [o for o in _occurrences(v.q.toks, "modality.tsv", q_all) if _modal_here(v.q, o[0])]
    s_occ = [o for o in _occurrences(v.s.toks, "modality.tsv", v.region) if _modal_here(v.s, o[0])]
    q_classes = sorted(o[2] for o in q_occ if o[2] != "conditional")
    s_classes = sorted(o[2] for o in s_occ if o[2] != "conditional")
    if set(q_classes) == set(s_classes):
        return out
    q_left = [
        o
        for o in q_occ
        if not all(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(o[0], o[1]))
    ]
    s_left = [
        o
        for o in s_occ
        if not all(_matched(v.s_match.get(j, ("delete", ()))[0]) for j in range(o[0], o[1]))
    ]
    used_q: set[int] = set()
    for lo, hi, cls in s_left:
        near = [o for o in q_left if id(o) not in used_q and _near(v, o, (lo, hi))]
        src = _phrase(v.s, lo, hi, 0, 1)
        if near:
            o = near[0]
            used_q.add(id(o))
            if o[2] == cls or _backshift(v, (lo, hi), o):
                continue
            if o[2] in _WISH_CLASSES and cls in _WISH_CLASSES:
                continue  # "I would also like to thank" / "I also want to thank" / "hope to"
            out.append(
                Finding(
                    "modality-changed",
                    f"modality changed: '{src}' → '{_phrase(v.q, o[0], o[1], 0, 1)}'",
                    0.85,
                )
            )
            cq.update(range(o[0], o[1]))
        else:
            if cls in _FREE_MODAL_CLASSES or (
                _tense_only(v.s, lo, hi) and not _past_in(v.q, _q_near(v, lo), v.q_match)
            ):
                continue
            if cls == "possible" and _ABLE & {t.vkey for t in v.q.toks}:
                continue  # "could not" / "was unable to"
            kept = [j for j in range(lo, hi) if v.s.toks[j].vkey not in negation_words()]
            if len(kept) < hi - lo and all(
                _matched(v.s_match.get(j, ("delete", ()))[0])
                for j in kept
                if j != lo or v.s.toks[j].vkey not in ("do", "does", "did", "will", "would", "can")
            ):
                continue  # "do not rule out" → "rule out": a negation removed, reported as such
            out.append(
                Finding(
                    "modality-dropped", f"modality dropped: '{src}' → '{_counter(v, lo, hi)}'", 0.8
                )
            )
        cs.update(range(lo, hi))
    for o in q_left:
        if id(o) in used_q or o[2] in _FREE_MODAL_CLASSES:
            continue
        if o[2] == "possible" and _ABLE & {v.s.toks[j].vkey for j in v.region}:
            continue
        if _tense_only(v.q, o[0], o[1]) and not _past_in(v.s, _s_near(v, o[0]), v.s_match):
            continue
        if all(v.q.toks[i].bracket for i in range(o[0], o[1])):
            continue
        rest = (v.scope - v.region - set(v.s_match)) | _edge_source(v, o[0])
        if any(c == o[2] for _, _, c in _occurrences(v.s.toks, "modality.tsv", rest)):
            continue  # "after which it has to be approved" / "… and the regulator must then"
        out.append(
            Finding("modality-added", f"modality added: '{_phrase(v.q, o[0], o[1], 0, 1)}'", 0.8)
        )
        cq.update(range(o[0], o[1]))
    return out


def _backshift(v: _View, s_occ: tuple[int, int], q_occ: tuple[int, int, str]) -> bool:
    """ "will" → "would" in a fragment set into reported speech ("he said the sailors
    “would land on Thursday”"): the tense moves back, the claim does not."""
    s_words = " ".join(t.vkey for t in v.s.toks[s_occ[0] : s_occ[1]])
    q_words = " ".join(t.vkey for t in v.q.toks[q_occ[0] : q_occ[1]])
    fragment = bool(v.q.toks) and not v.q.toks[0].cap
    return fragment and (s_words, q_words) in (("will", "would"), ("shall", "should"))


def _is_month(side: Side, i: int) -> bool:
    t = side.toks[i]
    if t.raw != "May":
        return False
    nxt = side.toks[i + 1] if i + 1 < len(side.toks) else None
    prv = side.toks[i - 1] if i > 0 else None
    return bool((nxt and nxt.kind == "num") or (prv and prv.kind == "num") or not side.initial(i))


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


# source words that already say a claim holds for now: "for the time being" renders them
_PROVISIONAL = frozenset(
    t.stem
    for t in tokenize(
        "first initial preliminary provisional provisionally temporary temporarily yet still "
        "currently present moment now"
    )
)


def _hedges(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    moved: list[tuple[Finding, str]] = []
    q_all = set(range(len(v.q.toks)))
    q_occ = [o for o in _occurrences(v.q.toks, "hedges.txt", q_all) if _hedge_applies(v.q, o)]
    s_occ = [
        o
        for o in _occurrences(v.s.toks, "hedges.txt", v.region | v.skipped)
        if _hedge_applies(v.s, o)
    ]
    s_occ = [
        o
        for o in s_occ
        if any(j in v.region for j in range(o[0], o[1])) or _next_in_region(v, o[1])
    ]
    q_left = [
        o
        for o in q_occ
        if not all(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(o[0], o[1]))
    ]
    used: set[int] = set()
    o: tuple[int, int, str] | None
    for lo, hi, cls in s_occ:
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


# two upper bounds: "up to 20,000" / "a maximum of 20,000"
_HEDGE_KIN = frozenset({frozenset({"as-many-as", "at-most"})})
# modals of possibility: a "perhaps" of the quote renders them
_MAY = frozenset({"may", "might", "could"})


def _same_hedge(a: str, b: str) -> bool:
    """Whether two hedge classes (hedges.txt) say the same of a figure."""
    return a == b or frozenset({a, b}) in _HEDGE_KIN


def _next_in_region(v: _View, j: int) -> bool:
    return j in v.region


# Vagueness markers ("some kind of new truce" / "some new truce"): translators add and
# drop them freely; they do not change what is claimed.
_FREE_HEDGE_CLASSES = frozenset({"kind-of"})


_UNITS = (
    "second", "minut", "hour", "day", "week", "month", "year", "decad", "centur",
    "kilomet", "metr", "mile", "ton", "litr", "dozen", "hundred", "thousand", "million",
    "billion", "3rd", "quarter", "half",
)  # fmt: skip
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


_DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "our", "his", "her"]
)


# hedges that are also prepositions ("about one thing", "above Korvino")
_PREPOSITION_HEDGES = frozenset(["about", "around", "over", "under", "above", "below", "some"])


def _hedge_applies(side: Side, occ: tuple[int, int, str]) -> bool:
    lo, hi, cls = occ
    if cls in _FREE_HEDGE_CLASSES:
        return False
    words = " ".join(t.vkey for t in side.toks[lo:hi])
    if cls == "opinion" and hi < len(side.toks) and side.toks[hi].vkey in ("of", "about"):
        return False  # "I think of those families": no opinion
    if words not in NUMERIC_HEDGES:
        return True
    if words in ("over", "under") and lo > 0 and side.toks[lo - 1].stem in _PARTICLE_VERBS:
        return False  # "hand over nine citizens", "take over", "go under"
    if words == "above" and hi < len(side.toks) and side.toks[hi].vkey == "all":
        return False  # "above all"
    nxt = side.toks[hi : hi + 3]
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
        words in ("over", "under", "about", "around", "close to")
        and nxt
        and nxt[0].vkey in _DEFINITE
    ):
        return False  # "over the next few days", "about the two hostages": a preposition
    if len(nxt) >= 2 and nxt[0].vkey in ("a", "an", "one") and nxt[1].stem.startswith(_UNITS):
        return True  # "about an hour", "over a year"
    return any(
        t.kind == "num" or t.vkey in NUMBERISH or t.raw.lower() in NUMBERISH | set(QUANTITY)
        for t in nxt
    )


def _units_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """The same figure with another unit of time or share ("take two months" quoted as
    "take two weeks")."""
    out: list[Finding] = []
    for i, t in enumerate(v.q.toks):
        if i in cq or i == 0 or loaded_kind(t) != "unit" or _matched(v.q_match.get(i, ("", ()))[0]):
            continue
        op, js = v.q_match.get(i - 1, ("insert", ()))
        if not _matched(op) or not js or v.q.toks[i - 1].kind != "num":
            continue
        j = max(js) + 1
        if j >= len(v.s.toks) or v.s.sentence_break(j):
            continue
        u = v.s.toks[j]
        if loaded_kind(u) == "unit" and u.stem != t.stem and j not in cs:
            out.append(
                Finding(
                    "number-changed",
                    f"number changed: '{v.s.words([j - 1, j])}' → '{v.q.words([i - 1, i])}'",
                    0.9,
                )
            )
            cq.add(i)
            cs.add(j)
    return out


_DURATION_UNITS = {
    "minut": ("time", 1.0),
    "hour": ("time", 60.0),
    "day": ("days", 1.0),
    "week": ("days", 7.0),
    "fortnight": ("days", 14.0),
    "month": ("months", 1.0),
    "year": ("months", 12.0),
    "decad": ("months", 120.0),
}


_SPAN_STARTS = frozenset({"next", "coming", "past", "last", "following"})


def _durations(side: Side, idx: Sequence[int]) -> list[tuple[tuple[str, float], int, int]]:
    """Spans of time ``((family, length), first, last+1)``: "twelve months" and "a year"
    are one length, as are "14 days" and "two weeks" (a second translator converts)."""
    allowed = set(idx)
    nums = {lo: (val, hi) for val, lo, hi in _numbers(side, idx)}
    out: list[tuple[tuple[str, float], int, int]] = []
    for i in sorted(allowed):
        t = side.toks[i]
        unit = next((u for u in _DURATION_UNITS if t.stem.startswith(u)), None)
        if unit is None or i == 0:
            continue
        family, size = _DURATION_UNITS[unit]
        prev = side.toks[i - 1]
        if prev.vkey in ("a", "an", "one") and i - 1 in allowed:
            out.append(((family, size), i - 1, i + 1))
            continue
        # "the coming fortnight", "the next week": one unit
        if prev.vkey in _SPAN_STARTS and not t.raw.lower().endswith("s") and i - 1 in allowed:
            out.append(((family, size), i - 1, i + 1))
            continue
        for lo, (val, hi) in nums.items():
            if hi == i:
                out.append(((family, size * val), lo, i + 1))
    return out


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


def _numbers_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    qn = _numbers(v.q, [i for i in range(len(v.q.toks)) if not v.q.toks[i].bracket])
    sn = _numbers(v.s, sorted(v.region))
    s_vals = [x[0] for x in _numbers(v.s, sorted(v.scope | v.region))]
    q_vals = [x[0] for x in qn]
    q_spans = _durations(v.q, range(len(v.q.toks)))
    s_spans = _durations(v.s, sorted(v.scope | v.region))
    q_lengths = {d for d, _, _ in q_spans}
    s_lengths = {d for d, _, _ in s_spans}

    def same_length(
        spans: list[tuple[tuple[str, float], int, int]], lo: int, other: set[tuple[str, float]]
    ) -> bool:
        return any(a <= lo < b and d in other for d, a, b in spans)

    s_left = [x for x in sn if x[0] not in q_vals and not same_length(s_spans, x[1], q_lengths)]
    q_left = [
        x
        for x in qn
        if x[0] not in s_vals
        # "1 citizen" set against "one citizen": aligned word for word, nothing added
        and not all(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(x[1], x[2]))
        and not same_length(q_spans, x[1], s_lengths)
        # "the two sides" / "both sides"
        and not (x[0] == 2 and any(v.s.toks[j].vkey == "both" for j in _near_region(v)))
    ]
    region_vals = {x[0] for x in sn}
    scope_nums = _numbers(v.s, sorted(v.scope | v.region))

    def counted(side: Side, hi: int) -> str | None:
        """The first content word after a number: what it counts."""
        for t in side.toks[hi : hi + 3]:
            if t.kind == "word" and not is_function(t):
                return t.stem
        return None

    months = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }  # fmt: skip

    def in_date(side: Side, lo: int, hi: int, val: float) -> bool:
        near = side.toks[max(0, lo - 2) : hi + 2]
        return _is_year(val) or any(t.vkey in months for t in near)

    for val, lo, hi in qn:
        # a figure the passage does not have, taken from elsewhere in the sentence and set
        # beside other words: "45 unmanned boats" → "45 … missiles"
        if (
            val in s_vals
            and not in_date(v.q, lo, hi, val)
            and val not in region_vals
            and not any(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(lo, hi))
            and all(
                counted(v.s, shi) != counted(v.q, hi)
                for sval, _slo, shi in scope_nums
                if sval == val
            )
        ):
            out.append(
                Finding(
                    "number-moved",
                    f"number moved: '{_phrase(v.q, lo, hi, 1, 1)}' is not what the passage "
                    f"counts; the source gives {_fmt(val)} for something else",
                    0.85,
                )
            )
            cq.update(range(lo, hi))
    used: set[int] = set()
    for val, lo, hi in q_left:
        partner = None
        for k, (_sval, slo, shi) in enumerate(s_left):
            if k in used:
                continue
            if any(
                _matched(v.s_match.get(j, ("delete", ()))[0]) is False
                and lo in v.s_match.get(j, ("", ()))[1]
                for j in range(slo, shi)
            ):
                partner = k
                break
        if partner is None:
            for k, (_sval, slo, shi) in enumerate(s_left):
                if k not in used and _near(v, (lo, hi, ""), (slo, shi)):
                    partner = k
                    break
        if partner is None and v.region and (hi >= len(v.q.toks) - 1 or lo <= 1):
            # a figure at the quote's edge, where the passage's figure stands just outside
            # the aligned words ("fell by more than half" / "… more than a third.")
            a, b = min(v.region), max(v.region) + 1
            outside = [
                x
                for x in scope_nums
                if x[0] not in q_vals
                and x not in s_left
                and (
                    (hi >= len(v.q.toks) - 1 and 0 <= x[1] - b <= 2)
                    or (lo <= 1 and 0 <= a - x[2] <= 2)
                )
            ]
            if outside:
                s_left.append(outside[0])
                partner = len(s_left) - 1
        if partner is not None:
            used.add(partner)
            sval, slo, shi = s_left[partner]
            kind = "date" if _is_year(val) and _is_year(sval) else "number"
            out.append(
                Finding(
                    f"{kind}-changed",
                    f"{kind} changed: '{_phrase(v.s, slo, shi, 1, 1)}' → '{_phrase(v.q, lo, hi, 1, 1)}'",
                    0.95,
                )
            )
            cs.update(range(slo, shi))
        else:
            out.append(
                Finding("number-added", f"number added: '{_phrase(v.q, lo, hi, 1, 1)}'", 0.85)
            )
        cq.update(range(lo, hi))
    both = any(t.vkey == "both" for t in v.q.toks)
    for k, (sval, slo, shi) in enumerate(s_left):
        if k in used or (both and sval == 2):  # "both our countries" / "our two countries"
            continue
        out.append(
            Finding("number-dropped", f"number dropped: '{_phrase(v.s, slo, shi, 1, 1)}'", 0.8)
        )
        cs.update(range(slo, shi))
    return out


_FIRST_SINGULAR = frozenset(["i", "me", "my", "mine", "myself"])
_THIRD_SINGULAR = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])


def _reported_self(v: _View, qv: str, sv: str) -> bool:
    """A fragment set into the report's own sentence ("he said he had not come here to
    raise his voice") turns the speaker's "I/my" into "he/his": the same person."""
    first = next((t for t in v.q.toks if t.kind != "ellipsis"), None)
    return (
        first is not None
        and first.raw[:1].islower()
        and sv in _FIRST_SINGULAR
        and qv in _THIRD_SINGULAR
    )


def _person(word: str) -> str | None:
    if word in _FIRST:
        return "first"
    if word in _THIRD:
        return "third"
    return None


def _is_year(x: float) -> bool:
    return x == int(x) and 1800 <= x <= 2100


def _in_hedges(side: Side) -> set[int]:
    """Token positions inside a hedge phrase ("no fewer than", "not more than")."""
    return {
        i
        for lo, hi, _ in _occurrences(side.toks, "hedges.txt", set(range(len(side.toks))))
        for i in range(lo, hi)
    }


_NEG_PREFIXES = ("un", "dis", "ab", "in", "im", "il", "ir", "non")


def _prefix_negatives(side: Side, idx: set[int], other: set[str]) -> int:
    """Words that are another word of the other side with a negative prefix: "abnormal"
    for "not normal", "disliked" for "did not like"."""
    n = 0
    for i in idx:
        raw = side.toks[i].raw.lower()
        for prefix in _NEG_PREFIXES:
            base = raw[len(prefix) :].lstrip("-")
            if raw.startswith(prefix) and len(base) >= 4 and stem(_norm_word(base)) in other:
                n += 1
                break
    return n


_WITHOUT_IDIOMS = frozenset(["delay", "doubt", "hesitation", "fail"])
# words in "-less" without a negation in their meaning
_NOT_LESS = frozenset(["nevertheless", "regardless", "countless", "doubtless", "wireless"])


def _negative_words(side: Side, idx: set[int], other: set[str]) -> int:
    """How many words with a negation inside their meaning stand at ``idx``.

    "unable to sell" is "cannot sell", "never declined" is "never said no", "stays the
    same" is "does not change": a second translator may move a negation into the word.
    A listed word ("untrue") counts once, not again for its prefix.
    """
    listed = _occurrences(side.toks, "negative_words.txt", idx)
    taken = {k for lo, hi, _ in listed for k in range(lo, hi)}
    free = sum(1 for i in idx if re.search(r"\w-free$", side.toks[i].raw.lower()))
    # "victimless" is "without victims"
    free += sum(
        1
        for i in idx
        if side.toks[i].raw.lower().endswith("less")
        and len(side.toks[i].raw) >= 7
        and side.toks[i].raw.lower() not in _NOT_LESS
    )
    # "I'd rather settle this at the table than in a courtroom": "rather … than" set
    # apart says "and not in a courtroom" as "rather than" does
    vk = [t.vkey for t in side.toks]
    free += sum(
        1
        for i in idx - taken
        if vk[i] == "than"
        and i > 1
        and vk[i - 1] != "rather"
        and "rather" in vk[max(0, i - 10) : i - 1]
    )
    return len(listed) + free + _prefix_negatives(side, idx - taken, other)


_EXCLUDE = frozenset(stem(w) for w in ("rule", "ruled", "exclude", "excluded"))


def _possible_negations(v: _View) -> tuple[set[int], set[int]]:
    """Negations inside a modal of possibility ("cannot be excluded", "do not rule out")
    on one side when the other side has a modal of possibility too ("is possible"): the
    modality check compares the two; the negation is part of the modal, not of the claim."""
    negs = negation_words()

    def possible(side: Side, idx: set[int]) -> tuple[set[int], bool]:
        occ = [
            o
            for o in _occurrences(side.toks, "modality.tsv", idx)
            if o[2] == "possible" and _modal_here(side, o[0])
        ]
        # "cannot rule out" / "can rule out" is a negation removed: only a plain modal
        # ("may", "is possible") on the other side takes the negated exclusion's place
        excl = [o for o in occ if any(side.toks[k].stem in _EXCLUDE for k in range(o[0], o[1]))]
        inside = {k for lo, hi, _ in excl for k in range(lo, hi) if side.toks[k].vkey in negs}
        plain = len(excl) < len(occ) and not any(side.toks[k].stem in _EXCLUDE for k in idx)
        return inside, plain

    q_in, q_any = possible(v.q, set(range(len(v.q.toks))))
    s_in, s_any = possible(v.s, set(v.region))
    return (q_in if s_any else set()), (s_in if q_any else set())


def _moved_negations(
    v: _View, q_left: list[int], is_neg: Callable[[Side, int], bool], cs: set[int]
) -> list[int]:
    """The quote's unpaired negations less those whose counterpart a translator moved
    outside the aligned stretch of the same source sentence ("Had we done nothing today,
    they would be far worse" / "They would be much worse if we did nothing today"): a
    negation of the sentence outside the passage that governs a content word the quote's
    negation also governs (the next three words share a stem)."""
    outside = [
        j
        for j in sorted(v.scope - v.region)
        if j not in cs and is_neg(v.s, j) and j not in v.s_match
    ]
    if not outside:
        return q_left

    def governed(side: Side, k: int, before: int = 0) -> set[str]:
        return {
            side.toks[x].stem
            for x in range(max(0, k - before), min(len(side.toks), k + 4))
            if x != k and not is_function(side.toks[x]) and side.toks[x].kind == "word"
        }

    kept: list[int] = []
    for i in q_left:
        near = governed(v.q, i)
        # the source may negate the verb of the word the quote negates ("there would be
        # no case" / "this case would not exist"): its subject stands just before
        j = next((j for j in outside if near & governed(v.s, j, before=3)), None)
        if j is None:
            kept.append(i)
        else:
            outside.remove(j)
    return kept


def _never_for_not(v: _View, i: int, j: int) -> bool:
    """ "we will never withdraw" for "we will not withdraw": "never" makes a plain
    negation absolute, unless the source has "never"/"ever" itself or the clause is a
    counterfactual ("would never have happened" is "would not have happened")."""
    if v.q.toks[i].vkey != "never" or v.s.toks[j].vkey not in ("not", "no"):
        return False
    if any(v.s.toks[k].vkey in ("never", "ever") for k in v.scope | v.region):
        return False
    before = {t.vkey for t in v.q.toks[max(0, i - 3) : i]}
    return not before & {"would", "could", "might"}


_EXCEPT = frozenset(["except", "apart", "but", "other", "besides", "save", "beyond"])
_NOBODY = frozenset(["no", "nobody", "noone", "none", "nothing", "neither"])


def _exclusive(side: Side, i: int) -> bool:
    """A negation that excepts ("nobody apart from them", "no one but us", "nothing
    other than"): together with its exception it says "only"."""
    toks = side.toks
    if toks[i].vkey not in _NOBODY:
        return False
    ahead = [t.vkey for t in toks[i + 1 : i + 4]]
    return any(w in _EXCEPT for w in ahead) and not (
        "but" in ahead and "also" in [t.vkey for t in toks[i + 1 : i + 6]]
    )


def _says_only(side: Side, idx: set[int]) -> bool:
    return any(side.toks[k].vkey in ("only", "solely", "exclusively") for k in idx)


def _negation(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    negs = negation_words()
    q_modal, s_modal = _possible_negations(v)
    hedged = {id(v.q): _in_hedges(v.q) | q_modal, id(v.s): _in_hedges(v.s) | s_modal}

    def is_neg(side: Side, i: int) -> bool:
        t = side.toks[i]
        if t.vkey not in negs or i in hedged[id(side)]:
            return False
        nxt = side.toks[i + 1].vkey if i + 1 < len(side.toks) else ""
        return not (
            (t.vkey == "no" and nxt in ("matter", "doubt"))
            or (t.vkey == "not" and nxt == "only")
            # "nothing less than life", "nothing short of": emphasis, not negation
            or (t.vkey == "nothing" and nxt in ("less", "short", "more", "but"))
            # "without delay", "without doubt": promptly, certainly
            or (t.vkey == "without" and nxt in _WITHOUT_IDIOMS)
        )

    q_un = [
        i
        for i, t in enumerate(v.q.toks)
        if is_neg(v.q, i)
        and i not in cq
        and not t.bracket
        and not _matched(v.q_match.get(i, ("insert", ()))[0])
    ]
    s_un = [
        j
        for j in sorted(v.region | _short_skips(v) | _edge_before(v))
        if is_neg(v.s, j) and j not in cs and not _matched(v.s_match.get(j, ("delete", ()))[0])
    ]
    # a negation replaced by another negation keeps the polarity
    q_left = list(q_un)
    s_left = []
    absolutes: list[Finding] = []
    for j in s_un:
        partners = [i for i in _counterpart_q(v, j) if i in q_left]
        if partners:
            q_left.remove(partners[0])
            if _never_for_not(v, partners[0], j):
                absolutes.append(
                    Finding(
                        "stronger-claim",
                        f"stronger claim: '{_phrase(v.s, j, j + 1, 1, 2)}' → "
                        f"'{_phrase(v.q, partners[0], partners[0] + 1, 1, 2)}'",
                        0.75,
                    )
                )
                cq.add(partners[0])
        else:
            s_left.append(j)
    q_left = [i for i in _one_per_list(v.q, q_left) if not _not_as_as(v.q, i, v.s)]
    s_left = [j for j in _one_per_list(v.s, s_left) if not _not_as_as(v.s, j, v.q)]
    # "nobody apart from Kamenbrod could meet them" is "only Kamenbrod could meet them"
    if _says_only(v.s, v.region | v.scope):
        q_left = [i for i in q_left if not _exclusive(v.q, i)]
    if _says_only(v.q, set(range(len(v.q.toks)))):
        s_left = [j for j in s_left if not _exclusive(v.s, j)]
    if len(q_left) > len(s_left) and _negative_subject_before(v):
        q_left = q_left[1:]  # "No Ostrevian will wait" quoted as "… won't wait"
    if len(q_left) > len(s_left):
        q_left = _moved_negations(v, q_left, is_neg, cs)
    if len(q_left) > len(s_left):
        # a negation in the quote's own ending whose counterpart stands just past where
        # the alignment stopped ("… was well managed. It wasn't." / "It was not.")
        spare = [
            j
            for j in sorted(_edge_source(v, q_left[-1]))
            if (is_neg(v.s, j) or v.s.toks[j].vkey in _negative_list()) and j not in cs
        ]
        while spare and len(q_left) > len(s_left) and _edge_source(v, q_left[-1]):
            q_left.pop()
            spare.pop(0)
    out: list[Finding] = list(absolutes)
    if len(q_left) != len(s_left):
        # a negation moved into a word of the other side keeps the polarity
        q_free = {
            i for i in range(len(v.q.toks)) if not _matched(v.q_match.get(i, ("insert", ()))[0])
        }
        s_free = {
            j
            for j in v.region | _short_skips(v)
            if not _matched(v.s_match.get(j, ("delete", ()))[0])
        }
        s_stems = {v.s.toks[j].stem for j in v.region}
        q_stems = {t.stem for t in v.q.toks}
        q_neg = _negative_words(v.q, q_free, s_stems)
        s_neg = _negative_words(v.s, s_free, q_stems)
        if len(q_left) - len(s_left) == s_neg - q_neg:
            return out
    if len(q_left) > len(s_left):
        for i in q_left[len(s_left) :]:
            out.append(
                Finding("negation-added", f"negation added: '{_phrase(v.q, i, i + 1, 1, 3)}'", 0.9)
            )
            cq.add(i)
    elif len(s_left) == len(q_left) + 1 and _negated_coordination(v.q):
        pass  # "will not raise VAT or income tax" = "will not raise VAT, and … not … income tax"
    elif len(s_left) > len(q_left):
        for j in s_left[len(q_left) :]:
            src = _phrase(v.s, j, j + 1, 1, 3)
            out.append(
                Finding(
                    "negation-removed",
                    f"negation removed: '{src}' → '{_counter(v, j - 1, j + 3)}'",
                    0.9,
                )
            )
            cs.add(j)
    return out


_WHOLLY = frozenset(
    [
        "entirely",
        "completely",
        "fully",
        "wholly",
        "totally",
        "altogether",
        "quite",
        "always",
        "necessarily",
        "all",
        "exactly",
    ]
)


def _partial_negations(side: Side, idx: Iterable[int]) -> list[int]:
    """ "not entirely", "not always", "not quite": a negation of the whole that grants a
    part, weaker than a plain "no" ("not entirely accurate" is not "untrue")."""
    negs = negation_words()
    keep = set(idx)
    return [
        i
        for i in sorted(keep)
        if side.toks[i].vkey in negs
        and i + 1 < len(side.toks)
        and side.toks[i + 1].vkey in _WHOLLY
        and not (
            side.toks[i + 1].vkey == "all"
            and i + 2 < len(side.toks)
            and side.toks[i + 2].vkey in ("of", "the")
        )
    ]


def _partial_negation(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    q_part = [i for i in _partial_negations(v.q, range(len(v.q.toks))) if i not in cq]
    s_part = [j for j in _partial_negations(v.s, _near_region(v)) if j not in cs]
    if len(q_part) > len(s_part):
        i = q_part[len(s_part)]
        cq.update((i, i + 1))
        return [
            Finding(
                "weaker-claim",
                f"weaker claim: '{_phrase(v.q, i, i + 2, 0, 1)}' grants a part where the "
                f"source denies the whole",
                0.8,
            )
        ]
    if len(s_part) > len(q_part):
        j = s_part[len(q_part)]
        cs.update((j, j + 1))
        return [
            Finding(
                "stronger-claim",
                f"stronger claim: the source says '{_phrase(v.s, j, j + 2, 0, 1)}', only in part",
                0.8,
            )
        ]
    return []


def _one_per_list(side: Side, idx: list[int]) -> list[int]:
    """ "no map, no court and no treaty" negates once ("never … any map, any court or any
    treaty"): a "no"/"nor" that repeats the negation of a list counts with the first."""
    out: list[int] = []
    prev: int | None = None
    for i in idx:
        if prev is not None and side.toks[i].vkey == "nor" and side.toks[prev].vkey == "neither":
            continue  # "neither the state nor the bank" negates once
        if (
            prev is not None
            and side.toks[i].vkey in ("no", "nor")
            and i - prev <= 4
            and (
                any(side.toks[k].vkey in ("and", "or", "nor") for k in range(prev + 1, i))
                or "," in side.text[side.toks[prev].end : side.toks[i].start]
            )
        ):
            prev = i
            continue
        out.append(i)
        prev = i
    return out


def _not_as_as(side: Side, i: int, other: Side) -> bool:
    """ "is not as deadly as" where the other side says "is less lethal than": the same
    comparison, no negation."""
    toks = side.toks
    if toks[i].vkey != "not" or i + 1 >= len(toks) or toks[i + 1].vkey not in ("as", "so"):
        return False
    if not any(t.vkey == "as" for t in toks[i + 2 : i + 5]):
        return False
    return any(t.vkey in ("less", "fewer") for t in other.toks)


_NEGATIVE_SUBJECTS = frozenset(["no", "nobody", "none", "neither", "nothing", "noone", "nowhere"])


def _negative_subject_before(v: _View) -> bool:
    """The source sentence's negative subject stands just before the quoted words ("No
    Ostrevian will wait …" quoted as "… won't wait"): the negation moved into the verb."""
    if not v.region:
        return False
    lo = min(v.region)
    for j in range(lo - 1, max(-1, lo - 4), -1):
        if v.s.toks[j].vkey in _NEGATIVE_SUBJECTS:
            return True
        if v.s.sentence_break(j):
            return False
    return False


def _negated_coordination(side: Side) -> bool:
    """A negation whose scope runs over an "or"/"nor": "not X or Y", "neither X nor Y"."""
    negs = negation_words()
    keys = [t.vkey for t in side.toks]
    for n, k in enumerate(keys):
        if k in negs and any(x in ("or", "nor") for x in keys[n + 1 : n + 8]):
            return True
    return False


def _edge_before(v: _View) -> set[int]:
    """The two source words just before the aligned ones, in the same sentence, when the
    quote opens with words of its own ("Not one pension …" / "No pension …")."""
    if not v.region or not v.steps or v.steps[0].op != "insert":
        return set()
    lo = min(v.region)
    out: set[int] = set()
    for j in (lo - 1, lo - 2):
        if j < 0 or v.s.sentence_break(j + 1):
            break
        out.add(j)
    return out


def _short_skips(v: _View) -> set[int]:
    """Source words behind an ellipsis that stands for only a few words."""
    out: set[int] = set()
    for st in v.steps:
        if st.op == "skip" and 0 < len(st.s) <= 4:
            out.update(st.s)
    return out


def _negated_before(side: Side, i: int) -> bool:
    """A negation in the two words before ``i`` ("do not accept", "never agreed")."""
    return any(side.toks[k].vkey in negation_words() for k in range(max(0, i - 2), i))


_LINKS = frozenset(["to", "the", "a", "an", "of", "for", "with", "in", "on", "at", "by", "from"])
_COMPARED = 5  # words on each side of "more than" that hold what is compared


def _compared(side: Side, within: Iterable[int]) -> list[tuple[set[str], set[str], int]]:
    """What stands before and after each "X more than Y" / "X rather than Y" / "X, not Y"
    in ``within``: the two sets of words (links like "to" left out) and the pivot's index."""
    keep = set(within)
    vk = [t.vkey for t in side.toks]
    out: list[tuple[set[str], set[str], int]] = []

    def gap(i: int) -> str:
        return side.text[side.toks[i - 1].end : side.toks[i].start]

    for k in sorted(keep):
        if any(tuple(vk[k : k + len(p)]) == p for p in PIVOTS):
            width, ends = 2, False
        elif vk[k] == "not" and k > 0 and re.search(r"[,;—–]", gap(k)):
            width, ends = 1, True  # "paid by the companies, not by the fund"
        else:
            continue

        def words(rng: range, step: int, first_free: bool) -> set[str]:
            got: set[str] = set()
            for n, i in enumerate(rng):
                t = side.toks[i]
                between = gap(i + 1) if step < 0 else gap(i)
                if re.search(r"[.!?;:,—–()]", between) and not (first_free and n == 0):
                    break  # the clause ends
                if t.vkey not in _LINKS:
                    got.add(t.stem)
            return got

        left = words(range(k - 1, max(-1, k - 1 - _COMPARED), -1), -1, ends)
        right = words(range(k + width, min(len(side.toks), k + width + _COMPARED)), 1, False)
        out.append((left, right, k))
    return out


def _swapped_comparison(v: _View, cq: set[int]) -> list[Finding]:
    """ "speaking to us more than to his own public" for "to his own public more than to
    us": the two things compared change places."""
    for q_left, q_right, qk in _compared(v.q, range(len(v.q.toks))):
        for s_left, s_right, sk in _compared(v.s, _near_region(v, _COMPARED)):
            if v.q.toks[qk].vkey != v.s.toks[sk].vkey or not q_right or not s_right:
                continue
            if q_right & s_right:
                continue
            if q_right <= s_left and s_right <= q_left:
                cq.update((qk, qk + 1))
                return [
                    Finding(
                        "reversed",
                        f"reversed: '{_phrase(v.s, sk, sk + 2, 3, 3)}' → "
                        f"'{_phrase(v.q, qk, qk + 2, 3, 3)}' (what is set against what changed "
                        "places)",
                        0.85,
                    )
                ]
    return []


def _reversals(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    ant = antonym_pairs()
    pairs: list[tuple[int, int]] = []
    for st in v.steps:
        if st.op in ("replace", "synonym") and len(st.q) == 1 and len(st.s) == 1:
            pairs.append((st.q[0], st.s[0]))
    # reversed verbs / antonyms, also across a replaced block
    blocks = _blocks(v)
    for qs, ss in blocks:
        for i in qs:
            for j in ss:
                if (v.q.toks[i].stem, v.s.toks[j].stem) in ant and i not in cq and j not in cs:
                    if _negated_before(v.s, j) != _negated_before(v.q, i):
                        continue  # "we do not accept that claim" / "we reject this claim"
                    out.append(
                        Finding(
                            "reversed",
                            f"reversed: '{_phrase(v.s, j, j + 1, 0, 1)}' → '{_phrase(v.q, i, i + 1, 0, 1)}'",
                            0.85,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
    # a stronger or weaker word of one scale ("the data show" → "the data suggest")
    for qs, ss in blocks:
        for i in qs:
            for j in ss:
                if i in cq or j in cs:
                    continue
                change = _stronger(v.q.toks[i], v.s.toks[j])
                if change:
                    out.append(
                        Finding(
                            f"{change}-claim",
                            f"{change} claim: '{_phrase(v.s, j, j + 1, 0, 1)}' → '{_phrase(v.q, i, i + 1, 0, 1)}'",
                            0.8,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
    # quantities written as words ("almost half" → "nearly all") and 1st ↔ 3rd person
    for qs, ss in blocks:
        for i in qs:
            qv = v.q.toks[i].vkey
            for j in ss:
                sv = v.s.toks[j].vkey
                if i in cq or j in cs:
                    continue
                if qv in QUANTITY and sv in QUANTITY and QUANTITY[qv] != QUANTITY[sv]:
                    out.append(
                        Finding(
                            "number-changed",
                            f"number changed: '{_phrase(v.s, j, j + 1, 1, 1)}' → '{_phrase(v.q, i, i + 1, 1, 1)}'",
                            0.85,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
                elif _reported_self(v, qv, sv):
                    continue  # "… had not come here to raise his voice" for "my voice"
                elif (
                    _party_for_person(v, i, j)
                    or _party_for_person(v, j, i, source=True)
                    or (_person(qv) and _person(sv) and _person(qv) != _person(sv))
                ):
                    out.append(
                        Finding(
                            "person-changed",
                            f"who changed: '{_phrase(v.s, j, j + 1, 0, 1)}' → '{_phrase(v.q, i, i + 1, 0, 1)}'",
                            0.8,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
    out += _moved_roles(v, cq, cs)
    out += _doer_changed(v, cq, cs)
    # who does what to whom: two words swapped places
    by_q = {(v.q.toks[i].vkey, v.s.toks[j].vkey): (i, j) for i, j in pairs}
    for (a, b), (i, j) in by_q.items():
        if a == b or (b, a) not in by_q:
            continue
        i2, j2 = by_q[(b, a)]
        if i > i2 or i in cq or (is_function(v.q.toks[i]) and is_function(v.q.toks[i2])):
            continue
        out.append(
            Finding(
                "roles-reversed",
                f"who does what to whom reversed: '{_phrase(v.s, min(j, j2), max(j, j2) + 1, 0, 0)}' → "
                f"'{_phrase(v.q, i, i2 + 1, 0, 0)}'",
                0.85,
            )
        )
        cq.update({i, i2})
        cs.update({j, j2})
    return out


def _runs(v: _View, op: str) -> list[list[int]]:
    """Consecutive quote (insert) or source (delete) tokens of alignment steps ``op``."""
    out: list[list[int]] = []
    cur: list[int] = []
    for st in v.steps:
        if st.op == op:
            cur.extend(st.q if op == "insert" else st.s)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _moved_roles(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A phrase moved with its doer changed: "The Varnesian delegation demanded that we
    open …" → "We demanded that the Varnesian delegation open …". The aligner sees words
    added on one side and dropped on the other; when they share a verb and a person or
    name stands before it on one side and after it on the other, the roles turned."""
    out: list[Finding] = []
    for qr in _runs(v, "insert"):
        for sr in _runs(v, "delete"):
            q_stems = {v.q.toks[i].stem: i for i in qr if not is_function(v.q.toks[i])}
            s_stems = {v.s.toks[j].stem: j for j in sr if not is_function(v.s.toks[j])}
            for common in set(q_stems) & set(s_stems):
                qi, sj = q_stems[common], s_stems[common]
                for i in qr:
                    who = v.q.toks[i].vkey
                    if not (_person(who) or _is_name(v.q, i) or v.q.toks[i].cap) or i == qi:
                        continue
                    for j in sr:
                        if v.s.toks[j].vkey != who or j == sj or i in cq:
                            continue
                        if (i < qi) != (j < sj):
                            out.append(
                                Finding(
                                    "roles-reversed",
                                    f"who does what to whom reversed: '{v.s.words(sr)}' → '{v.q.words(qr)}'",
                                    0.85,
                                )
                            )
                            cq.update(qr)
                            cs.update(sr)
    return out


_RELATIVE = frozenset(["who", "which", "that"])


def _doer(side: Side, idx: Sequence[int], k: int) -> int | None:
    """The person or named party acting on the word at ``idx[k]``: the nearest name or
    personal pronoun before it (up to six words back, across "who"/"which"), or None."""
    for n in range(k - 1, max(-1, k - 7), -1):
        t = side.toks[idx[n]]
        if t.bracket:
            continue
        if _person(t.vkey) and t.vkey in ("i", "we", "he", "she", "they"):
            return idx[n]
        if (
            t.cap
            and t.kind == "word"
            and t.vkey not in TITLE_WORDS
            and not _date_word(side, idx[n])
        ):
            if n == 0 and side.initial(idx[n]) and is_function(t):
                return None
            return idx[n]
        if t.kind == "num":
            return None
    return None


_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "got"])


def _past_verb(t: Tok) -> bool:
    """A past-tense verb form, the shape of "who did what" in a report: "demanded",
    "handed", "called", or an irregular past ("gave", "sent")."""
    low = t.raw.lower()
    if low in ("is", "are", "am", "has", "does", "goes", "says"):
        return False
    return low.endswith("ed") or (low in _irregular_forms() and low != t.stem)


@functools.cache
def _irregular_forms() -> frozenset[str]:
    return frozenset(a for a, _ in load_pairs("irregular.tsv"))


_CAUSATIVE = frozenset(
    t.stem for t in tokenize("want need like get got have had see saw keep kept")
)
_OBJECT_START = frozenset(["the", "a", "an", "its", "our", "their", "his", "her", "this", "that"])


def _passive(side: Side, idx: Sequence[int], k: int) -> bool:
    """ "was handed", and "wants the crossing reopened": the word before the participle
    is acted on, not the one acting."""
    if k > 0 and side.toks[idx[k - 1]].vkey in _BE:
        return True
    for n in range(k - 1, max(0, k - 6), -1):
        if side.toks[idx[n]].vkey in _OBJECT_START:
            return side.toks[idx[n - 1]].stem in _CAUSATIVE
    return False


def _same_party(a: Tok, b: Tok) -> bool:
    pa, pb = _person(a.vkey), _person(b.vkey)
    if pa or pb:
        return pa == pb
    return a.vkey == b.vkey or same_name(a.vkey, b.vkey)


def _doer_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """The same act with another doer: "the Drovnian ambassador handed a note to our
    Foreign Minister" for "our Foreign Minister … handed a note to the Drovnian
    ambassador"; "I called the minister" for "the minister … called me". For each content
    word both sides share, the doer before it is compared; when they differ and the
    quote's doer stands after that word in the passage (it was the one acted on), the
    roles were turned around."""
    out: list[Finding] = []
    s_idx = sorted(v.scope | v.region)
    q_idx = list(range(len(v.q.toks)))
    s_pos: dict[str, list[int]] = {}
    for n, j in enumerate(s_idx):
        s_pos.setdefault(v.s.toks[j].stem, []).append(n)
    for k, i in enumerate(q_idx):
        t = v.q.toks[i]
        if t.kind != "word" or t.cap or is_function(t) or len(t.stem) < 4 or i in cq or t.bracket:
            continue
        if not _past_verb(t):
            continue
        where = s_pos.get(t.stem, [])
        if len(where) != 1 or sum(1 for x in v.q.toks if x.stem == t.stem) != 1:
            continue
        m = where[0]
        if _passive(v.q, q_idx, k) or _passive(v.s, s_idx, m):
            continue  # "was handed by X" / "X handed": another voice, the same doer
        qd, sd = _doer(v.q, q_idx, k), _doer(v.s, s_idx, m)
        if qd is None or sd is None or _same_party(v.q.toks[qd], v.s.toks[sd]):
            continue
        after = [v.s.toks[j] for j in s_idx[m + 1 : m + 10]]
        if not any(_same_party(v.q.toks[qd], x) for x in after):
            continue
        out.append(
            Finding(
                "roles-reversed",
                f"who does what to whom reversed: '{v.s.toks[sd].raw} … {v.s.toks[s_idx[m]].raw}' → "
                f"'{v.q.toks[qd].raw} … {t.raw}'",
                0.85,
            )
        )
        cq.update({qd, i})
        cs.add(sd)
        break
    return out


def _party_for_person(v: _View, a: int, b: int, *, source: bool = False) -> bool:
    """A named party set where the other side has the speaker's "we" (or the reverse),
    when the passage itself names that party apart from "we": "Ulmeria demanded that we
    hand over …" → "We demanded that Ulmeria hand over …"."""
    side, other = (v.s, v.q) if source else (v.q, v.s)
    tok, pron = side.toks[a], other.toks[b]
    if _person(pron.vkey) != "first" or _person(tok.vkey) or not _is_name(side, a):
        return False
    if _date_word(side, a):
        return False  # "by the end of March": a month is no party
    where = v.scope | v.region
    return any(v.s.toks[j].vkey == tok.vkey for j in where if not (source and j == a))


def _blocks(v: _View) -> list[tuple[list[int], list[int]]]:
    """Runs of unmatched steps: (quote tokens, source tokens) of each."""
    out: list[tuple[list[int], list[int]]] = []
    cur_q: list[int] = []
    cur_s: list[int] = []
    for st in v.steps:
        if st.op in ("insert", "delete", "replace"):
            cur_q += list(st.q)
            cur_s += list(st.s)
        else:
            if cur_q or cur_s:
                out.append((cur_q, cur_s))
            cur_q, cur_s = [], []
    if cur_q or cur_s:
        out.append((cur_q, cur_s))
    return out


def _is_name(side: Side, i: int) -> bool:
    t = side.toks[i]
    if len(side.text) < 400 and side.text.isupper():
        return False  # a headline in capitals: "THEY WENT IN BLIND"
    if not t.cap or t.kind != "word" or t.raw in ("I",) or t.contracted:
        return False
    if t.vkey in TITLE_WORDS or is_function(t):
        return False
    return not side.initial(i)


def name_initials(side: Side, idx: Sequence[int]) -> dict[str, list[int]]:
    """Runs of capitalised words among ``idx`` by their initials: "International Monetary
    Fund" → {"imf": [positions]} (function words inside a run are skipped: "of", "the")."""
    out: dict[str, list[int]] = {}
    run: list[int] = []
    pos = sorted(idx)
    for k, i in enumerate([*pos, -1]):
        t = side.toks[i] if i >= 0 else None
        # "The International …": the article is no initial
        if (
            t is not None
            and t.cap
            and t.kind == "word"
            and not t.raw.isupper()
            and (run or not is_function(t))
        ):
            run.append(i)
            continue
        if t is not None and run and is_function(t) and k + 1 < len(pos):
            nxt = side.toks[pos[k + 1]]
            if nxt.cap and not nxt.raw.isupper():
                continue
        if len(run) >= 2:
            initials = "".join(side.toks[r].raw[0].lower() for r in run)
            out.setdefault(initials, run.copy())
        run = []
    return out


def _spelled_out(side: Side, idx: Sequence[int], acronym: str) -> list[int]:
    """Consecutive lower-case words whose initials spell ``acronym``: "value added tax"."""
    pos = list(idx)
    n = len(acronym)
    for k in range(len(pos) - n + 1):
        run = pos[k : k + n]
        if (
            run[-1] - run[0] == n - 1
            and "".join(side.toks[i].raw[:1].lower() for i in run) == acronym
        ):
            return run
    return []


def _acronyms(v: _View, cq: set[int], cs: set[int]) -> None:
    """An acronym on one side for the full name on the other ("IMF" / "International
    Monetary Fund") is the same name: mark both as accounted for."""
    s_idx = sorted(v.region | v.scope)
    q_idx = list(range(len(v.q.toks)))
    s_exp, q_exp = name_initials(v.s, s_idx), name_initials(v.q, q_idx)
    for side, idx, other, other_idx, other_exp, mine, theirs in (
        (v.q, q_idx, v.s, s_idx, s_exp, cq, cs),
        (v.s, s_idx, v.q, q_idx, q_exp, cs, cq),
    ):
        for i in idx:
            t = side.toks[i]
            if t.kind == "word" and t.raw.isupper() and 2 <= len(t.raw) <= 6:
                run = other_exp.get(t.raw.lower()) or _spelled_out(other, other_idx, t.raw.lower())
                if run:
                    mine.add(i)
                    theirs.update(run)


_DATE_WORDS = frozenset(
    """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


def _main_sentence(v: _View) -> set[int]:
    """Source words of the sentence holding most of the aligned words: a word deleted
    outside it belongs to a neighbouring sentence the alignment only grazed ("… on
    Friday. It does not mean a curfew" for "The state of emergency does not mean …")."""
    counts: dict[int, int] = {}
    starts: list[int] = [0]
    for j in range(1, len(v.s.toks)):
        if v.s.sentence_break(j):
            starts.append(j)

    def sentence_of(j: int) -> int:
        return max(k for k in starts if k <= j)

    for j, (op, _) in v.s_match.items():
        if _matched(op):
            counts[sentence_of(j)] = counts.get(sentence_of(j), 0) + 1
    if not counts:
        return set(range(len(v.s.toks)))
    main = max(counts, key=lambda k: counts[k])
    nxt = [k for k in starts if k > main]
    return set(range(main, nxt[0] if nxt else len(v.s.toks)))


def _matched_later_in_sentence(v: _View, j: int) -> bool:
    """Whether a source word after ``j``, in ``j``'s sentence, is aligned to the quote."""
    k = j + 1
    while k < len(v.s.toks) and not v.s.sentence_break(k):
        if _matched(v.s_match.get(k, ("delete", ()))[0]):
            return True
        k += 1
    return False


_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


@functools.lru_cache(maxsize=64)
def _statement_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) of the day a statement was given, from the first date of
    its opening lines ("Orlesk, Wednesday, May 13, 2026."), else its first weekday name."""
    head = text[:800]
    found = find_date(head)
    if found:
        return datetime.date.fromisoformat(found[0]).weekday()
    m = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", head, flags=re.IGNORECASE)
    return WEEKDAYS[m.group(1).lower()] if m else None


def _same_day(v: _View, i: int, j: int) -> bool:
    """A day named by its weekday on one side and as "yesterday"/"today"/"tomorrow" on the
    other, and the same day counted from the statement's date (a report writes "on
    Tuesday" for the speaker's "yesterday")."""
    a, b = v.q.toks[i].vkey, v.s.toks[j].vkey
    day, rel = (a, b) if a in WEEKDAYS else (b, a)
    if day not in WEEKDAYS or rel not in _RELATIVE_DAYS:
        return False
    given = _statement_weekday(v.s.text)
    return given is not None and (given + _RELATIVE_DAYS[rel]) % 7 == WEEKDAYS[day]


def _date_word(side: Side, i: int) -> bool:
    """A month (not the modal "may") or a weekday."""
    t = side.toks[i]
    return t.vkey in _DATE_WORDS or (t.vkey == "may" and _is_month(side, i))


def _date_after_end(v: _View, cq: set[int]) -> list[Finding]:
    """The quote's last words stand where the passage, just past the aligned words, has a
    month or weekday ("until the end of the year" / "… of December") or a figure ("in
    less than an hour" / "… ten minutes")."""
    if not v.region or not v.steps or v.steps[-1].op != "insert":
        return []
    tail = [i for i in v.steps[-1].q if i not in cq]
    if not tail:
        return []
    b = max(v.region) + 1
    nxt: list[int] = []
    for j in range(b, min(len(v.s.toks), b + len(tail) + 1)):
        if v.s.sentence_break(j):
            break
        nxt.append(j)
    dates = [j for j in nxt if _date_word(v.s, j)]
    figures = [j for j in nxt if v.s.toks[j].kind == "num"]
    q_keys = {v.q.toks[i].vkey for i in tail}
    if dates and v.s.toks[dates[0]].vkey not in q_keys:
        cq.update(tail)
        src = _phrase(v.s, dates[0], dates[0] + 1, 2, 0)
        return [Finding("date-changed", f"date changed: '{src}' → '{v.q.words(tail)}'", 0.85)]
    if figures and v.s.toks[figures[0]].vkey not in q_keys:
        cq.update(tail)
        src = v.s.words(nxt)
        return [Finding("number-changed", f"number changed: '{src}' → '{v.q.words(tail)}'", 0.85)]
    return []


def _names(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    _acronyms(v, cq, cs)
    out += _date_after_end(v, cq)
    main = _main_sentence(v)
    for st in v.steps:
        if st.op == "replace":
            i, j = st.q[0], st.s[0]
            if i in cq or j in cs or v.q.toks[i].bracket:
                continue
            if _same_day(v, i, j):
                continue  # "Yesterday I declared …" / "On Tuesday I declared …"
            if _date_word(v.s, j) or _date_word(v.q, i):
                out.append(
                    Finding(
                        "date-changed",
                        f"date changed: '{_phrase(v.s, j, j + 1, 1, 0)}' → '{_phrase(v.q, i, i + 1, 1, 0)}'",
                        0.9,
                    )
                )
                cq.add(i)
                cs.add(j)
                continue
            if _in_scope(v, v.q.toks[i]):
                continue
            if (
                v.q.toks[i].cap
                and v.s.toks[j].cap
                and _same_place(v.q.toks[i].vkey, v.s.toks[j].vkey)
            ):
                continue  # "Dalvaran newspapers" / "Dalvara's newspapers"
            if v.s.toks[j].vkey in _THIRD_PRONOUNS and _named_near(v, v.q.toks[i]):
                continue  # "He told me" quoted as "Senn told me": the pronoun resolved
            if _is_name(v.q, i) or (_is_name(v.s, j) and v.q.toks[i].cap):
                out.append(
                    Finding(
                        "name-changed",
                        f"name changed: '{_phrase(v.s, j, j + 1, 0, 0)}' → '{_phrase(v.q, i, i + 1, 0, 0)}'",
                        0.9,
                    )
                )
                cq.add(i)
                cs.add(j)
    for st in v.steps:
        if st.op == "insert":
            i = st.q[0]
            if i in cq or v.q.toks[i].bracket or not _is_name(v.q, i) or _in_scope(v, v.q.toks[i]):
                continue
            out.append(Finding("name-added", f"name added: '{_phrase(v.q, i, i + 1, 1, 1)}'", 0.85))
            cq.add(i)
        elif st.op == "delete":
            j = st.s[0]
            if (
                j not in cs
                and _date_word(v.s, j)
                and not any(_date_word(v.q, i) for i in range(len(v.q.toks)))
                and _matched_later_in_sentence(v, j)
            ):
                out.append(
                    Finding("date-changed", f"date dropped: '{_phrase(v.s, j, j + 1, 2, 0)}'", 0.85)
                )
                cs.add(j)
                continue
            if j in cs or not _is_name(v.s, j) or _bracket_near(v, j) or j not in main:
                continue
            if any(
                t.stem == v.s.toks[j].stem or (t.cap and _same_place(t.vkey, v.s.toks[j].vkey))
                for t in v.q.toks
            ):
                continue
            out.append(
                Finding("name-dropped", f"name dropped: '{_phrase(v.s, j, j + 1, 1, 1)}'", 0.75)
            )
            cs.add(j)
    return out


def _in_scope(v: _View, tok: Tok) -> bool:
    """Whether a word (or a spelling of it) stands in the quoted source sentences."""
    from .align import same_name

    for j in v.scope:
        t = v.s.toks[j]
        if (
            t.stem == tok.stem
            or t.vkey == tok.vkey
            or (t.cap and tok.cap and same_name(t.vkey, tok.vkey))
            or (t.cap and tok.cap and _same_place(t.vkey, tok.vkey))
        ):
            return True
    return False


_THIRD_PRONOUNS = frozenset(["he", "she", "him", "her", "they", "them"])


PRONOUN_SENTENCES = 3  # sentences back in which a pronoun's person is looked for


def _named_near(v: _View, tok: Tok) -> bool:
    """The name stands in the passage's sentences or up to :data:`PRONOUN_SENTENCES`
    before them (where a "he" of the passage was introduced)."""
    if not v.scope:
        return False
    return any(
        v.s.toks[j].vkey == tok.vkey or same_name(v.s.toks[j].vkey, tok.vkey)
        for j in _sentences_around(v, PRONOUN_SENTENCES, 0)
        if v.s.toks[j].cap
    )


def _same_place(a: str, b: str) -> bool:
    """A name and its possessive or demonym: "qasimli"/"qasimlis", "zarvand"/"zarvandi",
    "merovia"/"merovian", "dalvaras" (Dalvara's)/"dalvaran"."""
    if a.endswith("s") and len(a) > 5 and _same_place_base(a[:-1], b):
        return True
    if b.endswith("s") and len(b) > 5 and _same_place_base(a, b[:-1]):
        return True
    return _same_place_base(a, b)


def _same_place_base(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return (
        len(short) >= 4
        and long_.startswith(short[:-1] if short.endswith("a") else short)
        and len(long_) - len(short) <= 3
    )


def _bracket_near(v: _View, j: int) -> bool:
    k = v.step_of_s.get(j)
    if k is None:
        return False
    return any(any(v.q.toks[i].bracket for i in st.q) for st in v.steps[max(0, k - 2) : k + 3])


_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "there"])


def _temporal_since(side: Side, i: int, words: str) -> bool:
    """ "the first time since the outbreak", "since March": "since" of time. It is read
    as a cause only where it opens a clause with a pronoun subject ("since we have no
    money, …", "…, since they refused")."""
    if words != "since":
        return False
    opens = i == 0 or side.initial(i) or "," in side.text[side.toks[i - 1].end : side.toks[i].start]
    nxt = side.toks[i + 1].vkey if i + 1 < len(side.toks) else ""
    return not (opens and nxt in _SUBJECT_PRONOUNS)


def _marker(side: Side, idx: Sequence[int], name: str) -> bool:
    toks = [side.toks[i] for i in idx]
    occ = _occurrences(toks, name)
    if name == "causes.txt":
        # "I don't know what caused the blast": a question about a cause is no cause
        occ = [
            o
            for o in occ
            if not (
                idx[o[0]] > 0 and side.toks[idx[o[0]] - 1].vkey in ("what", "who", "whether", "if")
            )
            and not _temporal_since(side, idx[o[0]], " ".join(t.vkey for t in toks[o[0] : o[1]]))
            # "due to be freed" is a schedule, not a cause
            and not (
                " ".join(t.vkey for t in toks[o[0] : o[1]]) == "due to"
                and idx[o[1] - 1] + 1 < len(side.toks)
                and side.toks[idx[o[1] - 1] + 1].vkey == "be"
            )
        ]
    if name == "conditions.txt":
        occ = [o for o in occ if not _if_whether(side.toks, idx[o[0]], idx[o[0]] + 1)]
    return bool(occ)


def _source_names_a_cause(v: _View) -> bool:
    """The passage itself speaks of a cause ("was the cause of their deaths"), so a
    second translator's "caused their deaths" adds none."""
    stems = {t.stem for j, t in enumerate(v.s.toks) if j in v.region}
    return bool(stems & {stem(w) for w in ("cause", "caused", "because", "reason", "result")})


EDGE_WORDS = 6  # source words past a quote's edge that a reworded ending may stand for


@dataclass(frozen=True, slots=True)
class Rewording:
    """A gap of an alignment where both sides have words of their own."""

    q: list[int]  # quote token indices
    s: list[int]  # source token indices
    edge: bool  # the source side is the rest of the sentence past the quote's edge
    loaded: bool = False  # a number, unit, modal, hedge, negation or name is unpaired


def _loaded_unpaired(q: Side, s: Side, qi: Sequence[int], sj: Sequence[int]) -> bool:
    """A number, unit, modal, hedge, negation or name on one side of a gap that the other
    side lacks: that gap is a change of claim, not a rewording."""

    def keys(side: Side, idx: Sequence[int]) -> set[str]:
        out: set[str] = set()
        for i in idx:
            t = side.toks[i]
            if loaded_kind(t) or (t.cap and t.kind == "word" and not side.initial(i)):
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


def _reworded(v: _View) -> set[int]:
    """Quote words that stand in a gap where the source has other words of its own and
    nothing loaded is unpaired: reworded, not added."""
    return {i for b in rewording_blocks(v.q, v.s, v.steps) if not b.loaded for i in b.q}


def _phrase_synonyms(v: _View) -> set[int]:
    """Quote tokens inside a phrase of the synonym table whose group the source window
    also has, wherever it stands there ("a lockdown of the whole country" / "a national
    lockdown": the modifier moved, so the aligner could not pair it)."""
    s_groups: set[int] = set()
    for ends in phrase_ends(v.s.toks).values():
        for _k, gids in ends:
            s_groups |= gids
    out: set[int] = set()
    for end, spans in phrase_ends(v.q.toks).items():
        for k, gids in spans:
            if gids & s_groups:
                out.update(range(end - k, end))
    return out


ADDED_CONTEXT_SENTENCES = (
    1  # sentences either side of the passage whose words excuse an "added" word
)


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


def _scope_around(v: _View) -> set[int]:
    """Source tokens of the sentences the passage touches and :data:`ADDED_CONTEXT_SENTENCES`
    either side: a quote word found there is the speaker's, moved; one found only further
    away was taken from another statement ("600 families … since the crossing was closed")."""
    if not v.scope:
        return set(range(len(v.s.toks)))
    return set(_sentences_around(v, ADDED_CONTEXT_SENTENCES, ADDED_CONTEXT_SENTENCES))


def _added(v: _View, cq: set[int], *, markers_only: bool) -> list[Finding]:
    out: list[Finding] = []
    around = [v.s.toks[j] for j in sorted(_scope_around(v))]
    window_stems = {t.stem for t in around}
    # the parts of a compound: "life-threatening" holds "threatens … life"
    window_stems |= {
        stem(_norm_word(part))
        for t in around
        if "-" in t.raw
        for part in t.raw.split("-")
        if len(part) > 2
    }
    runs: list[list[int]] = []
    cur: list[int] = []
    for st in v.steps:
        if st.op == "insert" and not v.q.toks[st.q[0]].bracket:
            cur.append(st.q[0])
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    reworded = _reworded(v)
    in_phrases = _phrase_synonyms(v)
    # "of course", "all the same", "let me say": phrases of fillers.txt claim nothing
    filler = {
        k
        for lo, hi, _ in _occurrences(v.q.toks, "fillers.txt")
        if hi - lo > 1
        for k in range(lo, hi)
    }
    # modal words and hedges ("would be able to", "as much as") are compared by their
    # own checks: added, they change the modality or the hedge, not add a claim
    filler |= {
        k
        for name in ("modality.tsv", "hedges.txt")
        for lo, hi, _ in _occurrences(v.q.toks, name)
        for k in range(lo, hi)
    }
    if _says_only(v.s, v.region | v.scope):  # "nobody apart from" renders "only"
        filler |= {k for i in range(len(v.q.toks)) if _exclusive(v.q, i) for k in (i, i + 1, i + 2)}
    # a cause put in place of other words: "died during the blackout" → "because of"
    for st in v.steps:
        if st.op == "replace" and not any(i in cq for i in st.q):
            near = sorted({*st.q, *(i + 1 for i in st.q if i + 1 < len(v.q.toks))})
            if _marker(v.q, near, "causes.txt") and not _source_names_a_cause(v):
                out.append(Finding("cause-added", f"cause added: '{v.q.words(near)}'", 0.85))
                cq.update(near)
    for run in runs:
        run = [i for i in run if i not in cq]
        if not run:
            continue
        text = v.q.words(run)
        if _marker(v.q, run, "conditions.txt"):
            out.append(Finding("condition-added", f"condition added: '{text}'", 0.9))
            cq.update(run)
            continue
        if _marker(v.q, run, "causes.txt") and not _source_names_a_cause(v):
            out.append(Finding("cause-added", f"cause added: '{text}'", 0.85))
            cq.update(run)
            continue
        if markers_only:
            continue
        content = [
            i
            for i in run
            if not is_function(v.q.toks[i])
            and v.q.toks[i].kind == "word"
            and v.q.toks[i].stem not in LIGHT_VERBS
        ]
        new = [
            i
            for i in content
            # units a figure was converted into ("four decades" / "40 years"), "both" for "two"
            if not v.q.toks[i].stem.startswith(("decad", "centur"))
            and not (v.q.toks[i].vkey == "both" and "2" in {t.vkey for t in v.s.toks})
            # "all 23 crew members" for "the 23 crew members": the figure is the whole
            and not (
                v.q.toks[i].vkey == "all"
                and i + 1 < len(v.q.toks)
                and v.q.toks[i + 1].kind == "num"
                and _matched(v.q_match.get(i + 1, ("insert", ()))[0])
            )
            and v.q.toks[i].stem not in window_stems
            and not any(synonymous(v.q.toks[i].stem, s_) for s_ in window_stems)
            and i not in in_phrases
            and i not in filler
            and not negated_opposite(v.q.toks, [i], v.s.toks, _scope_around(v))
        ]
        if new and not all(i in reworded for i in new):
            out.append(Finding("claim-added", f"words added: '{text}'", 0.75, tuple(run)))
            cq.update(run)
    return out


@functools.cache
def _negative_list() -> frozenset[str]:
    """negative_words.txt as written and as word keys ("otherwise" is "otherwize")."""
    words = load_list("negative_words.txt")
    return frozenset(words) | frozenset(_norm_word(w) for w in words if " " not in w)


def same_span(
    qtoks: Sequence[Tok], qi: Sequence[int], stoks: Sequence[Tok], sj: Sequence[int]
) -> bool:
    """Whether two reworded blocks name the same length of time ("the coming fortnight" /
    "the next two weeks", "a year" / "twelve months")."""

    def spans(toks: Sequence[Tok], idx: Sequence[int]) -> set[tuple[str, float]]:
        lo, hi = max(0, min(idx) - 1), max(idx) + 1
        side = Side(list(toks), "")
        return {d for d, a, b in _durations(side, range(lo, hi)) if a < hi and b > lo}

    q, s = spans(qtoks, qi), spans(stoks, sj)
    return bool(q) and q == s


def negated_opposite(
    a: Sequence[Tok], ai: Iterable[int], b: Sequence[Tok], bi: Iterable[int]
) -> bool:
    """ "false" for "not true" (either way round): a word with a negation in its meaning
    (``negative_words.txt``) among ``a[ai]`` set against its opposite under a negation
    among ``b[bi]`` says the same; the negation check counts the negation in the word."""
    negative = _negative_list()
    negs = negation_words()
    opposite = antonym_pairs()

    def one_way(x: Sequence[Tok], xi: list[int], y: Sequence[Tok], yi: list[int]) -> bool:
        words = [x[i] for i in xi if x[i].vkey in negative]
        return len(words) == 1 and any(
            (words[0].stem, y[j].stem) in opposite
            and any(y[k].vkey in negs for k in yi if j - 3 <= k < j)
            for j in yi
        )

    aa, bb = sorted(ai), sorted(bi)
    return one_way(a, aa, b, bb) or one_way(b, bb, a, aa)


def _far_ellipsis(v: _View, limit: int) -> list[Finding]:
    """An ellipsis that stands for several whole sentences joins statements the speaker
    made apart ("Families lost everything … The government is to blame")."""
    for st in v.steps:
        if st.op != "skip" or not st.s:
            continue
        starts = sum(1 for j in st.s if v.s.sentence_break(j))
        if starts > limit:
            return [
                Finding(
                    "splice",
                    f"passages joined: the ellipsis stands for {starts} sentences of the "
                    "source, so the quote joins statements the speaker made apart",
                    0.75,
                )
            ]
    return []


# Words that set the scope of a claim, by family: one left out, or one added, with no
# word of its family on the other side changes how much is claimed ("never claimed the
# whole field" / "never claimed the field", "no country in our region" / "no country
# anywhere", "excess profits" / "profits"). A family member on the other side keeps the
# scope ("only one thing" / "just one thing", "the whole city" / "throughout the city").
_SCOPE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(["only", "just", "alone", "merely", "solely", "exclusively", "sole", "all"]),
    frozenset(
        [
            "whole",
            "entire",
            "all",
            "throughout",
            "every",
            "everywhere",
            "anywhere",
            "full",
            "across",
            "nationwide",
        ]
    ),
    frozenset(["excess", "excessive", "windfall", "extra", "surplus"]),
)
_WIDENERS = frozenset(["whole", "entire", "anywhere", "everywhere"])
_PARTIAL = frozenset(["some", "partial", "limited"])
# what "some" may render ("in certain regions", "several of them", "part of")
_SOME_OF = frozenset(["certain", "several", "few", "number", "part", "partly", "various"])
_NARROWERS = frozenset(["whole", "entire", "excess", "only", "solely", "exclusively"])


def _family_on(word: str, keys: set[str]) -> bool:
    return any(word in fam and fam & keys for fam in _SCOPE_FAMILIES)


def _scope_words(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A word that widens the claim added inside the quote ("the whole world is behind
    us"), or one that bounds it left out of the passage ("excess profits" quoted as
    "profits"): a stronger claim than the source's (:data:`_SCOPE_FAMILIES`)."""
    out: list[Finding] = []
    matched_q = sorted(i for i, (op, _s) in v.q_match.items() if _matched(op))
    if not v.region or not matched_q:
        return out
    s_keys = {v.s.toks[j].vkey for j in v.scope}
    q_keys = {t.vkey for t in v.q.toks}
    lo, hi = matched_q[0], matched_q[-1]
    for i, t in enumerate(v.q.toks):
        if (
            lo < i < hi
            and i not in cq
            and t.vkey in _WIDENERS
            and not _family_on(t.vkey, s_keys)
            and not _matched(v.q_match.get(i, ("insert", ()))[0])
        ):
            out.append(
                Finding(
                    "stronger-claim",
                    f"stronger claim: '{_phrase(v.q, i, i + 1, 0, 2)}' added",
                    0.75,
                )
            )
            cq.add(i)
    # "I take some responsibility" for "I take (full) responsibility": a part for the whole
    for i, t in enumerate(v.q.toks[:-1]):
        nxt = v.q.toks[i + 1]
        if (
            t.vkey in _PARTIAL
            and i not in cq
            and not _matched(v.q_match.get(i, ("insert", ()))[0])
            and nxt.kind == "word"
            and _matched(v.q_match.get(i + 1, ("insert", ()))[0])
            and not any(v.s.toks[j].vkey in _PARTIAL | _SOME_OF for j in v.scope)
        ):
            out.append(
                Finding(
                    "weaker-claim", f"weaker claim: '{_phrase(v.q, i, i + 1, 0, 1)}' added", 0.75
                )
            )
            cq.add(i)
    a, b = min(v.region), max(v.region)
    excepts = any(_exclusive(v.q, i) for i in range(len(v.q.toks)))  # "nobody but"
    for j in sorted(v.region):
        t = v.s.toks[j]
        if (
            a < j < b
            and j not in cs
            and t.vkey in _NARROWERS
            and not _family_on(t.vkey, q_keys)
            and not (excepts and t.vkey in ("only", "solely", "exclusively"))
            and not _matched(v.s_match.get(j, ("delete", ()))[0])
        ):
            out.append(
                Finding(
                    "stronger-claim", f"qualifier left out: '{_phrase(v.s, j, j + 1, 0, 2)}'", 0.75
                )
            )
            cs.add(j)
    return out


# words that raise a comparison's degree ("much stronger", "far worse"); a translator
# renders one by another, so only one added or left out changes the claim
_INTENSIFIERS = frozenset(
    [
        "much",
        "far",
        "significantly",
        "considerably",
        "substantially",
        "vastly",
        "markedly",
        "lot",  # "a lot more"
        "deal",  # "a great deal more"
    ]
)
_COMPARATIVES = frozenset(
    [
        "better",
        "worse",
        "more",
        "less",
        "higher",
        "lower",
        "larger",
        "smaller",
        "bigger",
        "greater",
        "stronger",
        "weaker",
        "faster",
        "slower",
        "easier",
        "harder",
        "deeper",
        "longer",
        "shorter",
        "cheaper",
        "dearer",
        "safer",
        "wider",
        "narrower",
        "richer",
        "poorer",
    ]
)


def _comparative(side: Side, i: int) -> bool:
    return 0 <= i < len(side.toks) and (
        side.toks[i].vkey in _COMPARATIVES
        or (side.toks[i].vkey.endswith("ier") and len(side.toks[i].vkey) > 5)
    )


def _intensified(side: Side, idx: Iterable[int]) -> set[int]:
    """Comparatives at ``idx`` that an intensifier stands right before."""
    return {
        i for i in idx if _comparative(side, i) and i > 0 and side.toks[i - 1].vkey in _INTENSIFIERS
    }


def _degree(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "much stronger" quoted for "stronger" (a stronger claim), or "stronger" for "much
    stronger" (a weaker one): a comparative the two sides share with an intensifier on
    one side only."""
    out: list[Finding] = []
    for i in range(len(v.q.toks)):
        op, js = v.q_match.get(i, ("insert", ()))
        if not _matched(op) or not _comparative(v.q, i) or len(js) != 1:
            continue
        j = js[0]
        q_up, s_up = bool(_intensified(v.q, [i])), bool(_intensified(v.s, [j]))
        if q_up and not s_up:
            phrase = _phrase(v.q, i - 1, i + 1, 0, 0)
            out.append(
                Finding(
                    "stronger-claim", f"stronger claim: '{phrase}' for '{v.s.toks[j].raw}'", 0.75
                )
            )
            cq.add(i - 1)
        elif s_up and not q_up:
            phrase = _phrase(v.s, j - 1, j + 1, 0, 0)
            out.append(
                Finding("weaker-claim", f"weaker claim: '{phrase}' → '{v.q.toks[i].raw}'", 0.75)
            )
            cs.add(j - 1)
    return out


def _dropped(v: _View, cs: set[int], splice_tokens: int) -> list[Finding]:
    out: list[Finding] = []
    runs: list[list[int]] = []
    cur: list[int] = []
    for st in v.steps:
        if st.op == "delete":
            cur.append(st.s[0])
        elif st.op != "insert":
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    for run in runs:
        content = [j for j in run if not is_function(v.s.toks[j])]
        crosses = any(v.s.sentence_break(j) for j in run) or v.s.sentence_break(run[-1] + 1)
        if (crosses and len(content) >= 2 and len(run) >= 3) or len(run) >= splice_tokens:
            text = v.s.words(run)
            if len(text) > 80:
                text = text[:77] + "…"
            out.append(
                Finding("splice", f"passages joined without an ellipsis: '{text}' left out", 0.85)
            )
            cs.update(run)
    return out


def _cut_edges(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A cut at the quote's start that leaves out a hedge of the quote's first number or a
    negation of its first words ("do not rule out" quoted as "rule out")."""
    out: list[Finding] = []
    if not v.region:
        return out
    lo = min(v.region)
    first_q = next((i for i, t in enumerate(v.q.toks) if t.kind != "ellipsis"), None)
    if first_q is None or not _matched(v.q_match.get(first_q, ("insert", ()))[0]):
        return out
    before = [j for j in range(max(0, lo - 3), lo) if not v.s.sentence_break(j + 1) or j == lo - 1]
    # keep only the tokens of the same sentence
    while before and any(v.s.sentence_break(k) for k in range(before[0] + 1, lo + 1)):
        before = before[1:]
    if not before:
        return out
    if v.q.toks[first_q].kind == "num" or v.q.toks[first_q].vkey in NUMBERISH | set(QUANTITY):
        for a, b, cls in _occurrences(v.s.toks, "hedges.txt", set(before)):
            if b == lo and _hedge_applies(v.s, (a, b, cls)):
                out.append(
                    Finding(
                        "hedge-dropped",
                        f"hedge dropped: '{_phrase(v.s, a, lo + 1, 0, 0)}' → '{_phrase(v.q, first_q, first_q + 1, 0, 0)}'",
                        0.85,
                    )
                )
                cs.update(range(a, b))
                return out
    negs = negation_words()
    last = v.s.toks[lo - 1] if lo >= 1 and (lo - 1) in before else None
    gap = v.s.text[last.end : v.s.toks[lo].start] if last is not None else ""
    if (
        last is not None
        and last.vkey in negs
        and last.vkey != "without"
        and not re.search(r"[,;:.!?—–]", gap)
    ):
        out.append(
            Finding(
                "negation-removed",
                f"negation removed: '{_phrase(v.s, lo - 1, lo + 2, 1, 0)}' → '{_phrase(v.q, first_q, first_q + 2, 0, 0)}'",
                0.85,
            )
        )
        cs.add(lo - 1)
    return out


_INVERTED_IF = frozenset(["had", "were", "should"])
_SUBJECTS = frozenset(["i", "we", "you", "he", "she", "it", "they", "the", "this", "that"])


def _states_condition(side: Side) -> bool:
    """Whether the words open with a condition: a word of ``conditions.txt`` first ("If
    we do nothing, …") or a clause that opens with an inverted "Had we …", "Were it …",
    "Should they …" (a translator who moved the source's closing condition to the front)."""
    toks = side.toks
    if any(lo == 0 for lo, _, _ in _occurrences(toks, "conditions.txt")):
        return True
    return any(
        toks[k].vkey in _INVERTED_IF
        and (k == 0 or side.sentence_break(k) or bool(_gap(side, k).strip()))
        and k + 1 < len(toks)
        and toks[k + 1].vkey in _SUBJECTS
        for k in range(len(toks))
    )


def conditions_cut(v_q: Side, v_s: Side, steps: Sequence[Step]) -> str | None:
    """A condition of the quoted sentence the cut leaves out: where it stands and its
    words ("the source says first 'if the court agrees'"), or None.

    - The source sentence goes on with "only if …"/"unless …" right after the quote, or a
      condition the quote opens goes on past its end ("only after the ceasefire has held
      for twelve months [and the heavy weapons have been withdrawn]").
    - A condition clause opens the quoted clause: "If the court decides in her favour,
      [she will be free the same day]", "…, and if the market has calmed down, [we will
      begin …]" (the quote may start after the clause's subject).
    - The quote drops a condition from its middle without an ellipsis ("It could end
      tomorrow [if the unions accept a compromise], or …"), or the clause that restricts
      "every …" ("Every household [whose home was flooded] will receive …").
    """
    v = _view(v_q, v_s, steps)
    if not v.region:
        return None
    lo, hi = min(v.region), max(v.region) + 1
    s = v.s
    toks = s.toks
    end = hi
    while end < len(toks) and not s.sentence_break(end) and end - hi < 14:
        end += 1
    # right after the quote, in the same sentence (unless the quote states a condition
    # of its own: a translator moved it to the front)
    if hi < len(toks) and not s.sentence_break(hi) and not _states_condition(v.q):
        near = hi + 1
        while near < min(hi + 3, len(toks)) and not s.sentence_break(near):
            near += 1
        occ = _occurrences(toks[hi:near], "conditions.txt")
        if occ and occ[0][0] <= 1:
            return f"the source goes on '{s.words(range(hi, end))}'"
        if toks[hi].vkey == "and" and not _gap(s, hi).strip() and _open_condition(s, lo, hi):
            return f"the condition goes on '{s.words(range(hi, end))}'"
    start = lo
    while start > 0 and not s.sentence_break(start) and lo - start < 40:
        start -= 1
    clause = _condition_before(s, start, lo)
    if clause is not None:
        return f"the source says first '{s.words(range(*clause))}'"
    dropped = _condition_dropped(v, lo, hi)
    return f"the quote drops '{dropped}'" if dropped else None


# "I hope that …", "we expect …": the speaker's own hope, belief or expectation before
# the quoted clause; cut off, the clause reads as a statement of fact
OPINION_FRAMES = frozenset(
    ["hope", "think", "believe", "expect", "trust", "suspect", "assume", "fear", "doubt"]
)


def opinion_cut(v_q: Side, v_s: Side, steps: Sequence[Step]) -> str | None:
    """The source's "I hope that" (think, believe, expect…) right before the quoted
    clause, which the quote leaves out: its words, or None."""
    v = _view(v_q, v_s, steps)
    if not v.region or any(t.vkey in OPINION_FRAMES for t in v.q.toks):
        return None
    lo = min(v.region)
    s = v.s
    k = lo - 1
    if k >= 0 and s.toks[k].vkey == "that" and not s.sentence_break(lo):
        k -= 1
    if k < 1 or s.sentence_break(k + 1) or s.toks[k].vkey not in OPINION_FRAMES:
        return None
    if s.toks[k - 1].vkey not in ("i", "we") or re.search(r"[,;:]", _gap(s, k + 1)):
        return None
    return s.words(range(k - 1, lo))


_CLAUSE_JOINS = frozenset({"and", "but", "so", "then", "that", "or"})
_CONTRAST = frozenset({"but", "while", "whereas", "although", "though", "however", "yet"})
# "if you look at the map, …", "if I may say so": the speaker's aside, no condition
_ASIDE_VERBS = frozenset(
    {
        "look",
        "ask",
        "compare",
        "consid",
        "rememb",
        "recal",
        "think",
        "want",
        "like",
        "listen",
        "read",
        "may",
        "might",
        "allow",
        "understand",
        "see",
    }
)


def _gap(s: Side, k: int) -> str:
    """The text between token ``k-1`` and token ``k``."""
    return s.text[s.toks[k - 1].end : s.toks[k].start] if k > 0 else ""


def _aside(s: Side, a: int, b: int) -> bool:
    """ "if you ask me", "if I may", "even if …": a condition clause that conditions
    nothing the quote claims."""
    toks = s.toks
    if a > 0 and toks[a - 1].vkey == "even":
        return True
    after = toks[b : b + 3]
    return (
        len(after) >= 2
        and after[0].vkey in ("you", "i", "we", "one")
        and any(t.stem in _ASIDE_VERBS or t.vkey in _ASIDE_VERBS for t in after[1:3])
        and not any(t.vkey in ("not", "n't") for t in after[1:3])
    )


def _condition_before(s: Side, start: int, lo: int) -> tuple[int, int] | None:
    """The token range of a condition clause between the sentence start ``start`` and the
    quote's first word ``lo``, closed by a comma before the quote and governing it."""
    toks = s.toks
    for a0, b0, _ in reversed(_occurrences(toks[start:lo], "conditions.txt")):
        a, b = start + a0, start + b0
        opens_clause = (
            a == start or toks[a - 1].vkey in _CLAUSE_JOINS or re.search(r"[:;,—–]", _gap(s, a))
        )
        if not opens_clause or _aside(s, a, b) or lo - a > 40:
            continue
        closes = [k for k in range(b + 1, lo + 1) if "," in _gap(s, k)]
        if not closes:
            continue
        # the quote starts its clause (at most a subject before it), not deep inside it
        # ("If it does not, we will ask our partners to consider [targeted sanctions]")
        starts = [k for k in range(closes[0], lo + 1) if "," in _gap(s, k)]
        starts += [k + 1 for k in range(closes[0], lo) if toks[k].vkey in ("and", "then")]
        if lo - max(starts) > 5:
            continue
        # "If they attack, we respond, but [today we are talking]": the contrast ends it
        if any(
            toks[k].vkey in _CONTRAST and re.search(r"[,;—–]", _gap(s, k))
            for k in range(closes[0], lo)
        ):
            continue
        return a, closes[0]
    return None


def _open_condition(s: Side, lo: int, hi: int) -> bool:
    """The quote holds a condition clause still open at its end: "only after the ceasefire
    has held for twelve months" (the source goes on "and the weapons …")."""
    occ = _occurrences(s.toks[lo:hi], "conditions.txt")
    if not occ:
        return False
    a = lo + occ[-1][1]
    return not any(re.search(r"[,;:—–]", _gap(s, k)) for k in range(a, hi))


_RELATIVES = frozenset({"who", "whose", "whom", "which", "that", "where"})
_EVERY = frozenset({"every", "all", "each", "any", "anyone", "everyone", "everybody"})


def _condition_dropped(v: _View, lo: int, hi: int) -> str | None:
    """Source words the quote drops from its middle (no ellipsis) that were a condition
    or the clause restricting "every …"."""
    s = v.s
    toks = s.toks
    runs: list[list[int]] = []
    for st in v.steps:
        if st.op == "delete" and st.s and lo < min(st.s) < hi:
            if runs and min(st.s) == runs[-1][-1] + 1:
                runs[-1].extend(sorted(st.s))
            else:
                runs.append(sorted(st.s))
    for run in runs:
        text = s.words(run)
        head = [t for t in (toks[j] for j in run) if t.vkey not in ("and", "or", "but")]
        if not head:
            continue
        occ = _occurrences(head[:3], "conditions.txt")
        first = run[len(run) - len(head)]
        if occ and occ[0][0] == 0 and len(head) > occ[0][1]:  # "if necessary", not "if"
            if not _aside(s, first, first + occ[0][1]):
                return text
            continue
        if len(head) < 3:  # "that", "who": a translator's omission, no clause
            continue
        before = [toks[j].vkey for j in range(max(lo, run[0] - 4), run[0])]
        if head[0].vkey in _RELATIVES and before and _EVERY & set(before):
            return text
    return None


def _figure_behind_ellipsis(v: _View, cq: set[int]) -> list[Finding]:
    """ "The damage is estimated at … more than 200 million euros": the ellipsis stands for
    the passage's own figure (roughly 85 million euros …), and the figure after it belonged
    to something else."""
    out: list[Finding] = []
    for k, st in enumerate(v.steps):
        if st.op != "skip" or not any(v.s.toks[j].kind == "num" for j in st.s):
            continue
        after = [i for later in v.steps[k + 1 : k + 4] for i in later.q][:3]
        figures = [i for i in after if v.q.toks[i].kind == "num" and i not in cq]
        if figures:
            words = v.s.words(st.s).split()
            dropped = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
            out.append(
                Finding(
                    "figure-moved",
                    f"figure moved: the ellipsis drops '{dropped}', so "
                    f"'{v.q.toks[figures[0]].raw}' now stands for something the source gave "
                    "another figure",
                    0.85,
                )
            )
            cq.update(figures)
    return out


def _moved(v: _View, cq: set[int]) -> list[Finding]:
    """Words of the source sentence moved to another place of the quote together with a
    negation: "paid from the fund, not by the companies" → "paid by the companies, not
    from the fund"."""
    out: list[Finding] = []
    negs = negation_words()
    outside = {t.stem for j, t in enumerate(v.s.toks) if j not in v.region and not is_function(t)}
    run: list[int] = []
    runs: list[list[int]] = []
    for st in v.steps:
        if st.op == "insert" and not v.q.toks[st.q[0]].bracket:
            run.append(st.q[0])
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    for r in runs:
        content = [i for i in r if not is_function(v.q.toks[i])]
        if len(content) < 2 or not any(v.q.toks[i].vkey in negs for i in r):
            continue
        if all(v.q.toks[i].stem in outside for i in content):
            out.append(
                Finding(
                    "roles-reversed",
                    f"who does what to whom reversed: '{v.q.words(r)}' moved to another place",
                    0.8,
                )
            )
            cq.update(r)
    return out


def _hedge_before(v: _View) -> tuple[int, int, str] | None:
    """A hedge of the source that ends right where the quoted passage starts."""
    if not v.region:
        return None
    lo = min(v.region)
    if lo == 0 or v.s.sentence_break(lo):
        return None
    start = max(0, lo - 4)
    for a, b, cls in _occurrences(v.s.toks[start:lo], "hedges.txt"):
        if start + b == lo and _hedge_applies(v.s, (start + a, lo, cls)):
            return start + a, lo, cls
    return None
