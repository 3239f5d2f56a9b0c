"""Quantifiers: how much of a group a claim is about ("every one of them" / "most of
them", "no family" / "most families", "most of that increase" / "part of it").

A translator renders a quantifier by another of the same strength ("every one" / "all",
"the majority" / "most"); one of another strength put in its place makes a stronger or
weaker claim ("quantifier changed": with a negation around it, which of the two is the
stronger is not read here). Only a quantifier set against a quantifier counts: one added or left out
beside a bare plural ("warning signs" / "every warning sign") is left to the scope words.
"""

from __future__ import annotations

from collections import Counter

from .base import PERMITTED, Finding, Side, prohibition
from .view import _phrase, _View

# level by phrase, longest first: 0 none … 5 all
_LEVELS: tuple[tuple[tuple[str, ...], int], ...] = tuple(
    sorted(
        [
            (("no",), 0),
            (("none",), 0),
            (("nobody",), 0),
            (("nothing",), 0),
            (("not", "a", "single"), 0),
            (("not", "one"), 0),
            (("hardly", "any"), 1),
            (("hardly", "anyone"), 1),
            (("barely", "any"), 1),
            (("scarcely", "any"), 1),
            (("hardly", "any"), 1),
            (("few",), 1),
            (("a", "few"), 2),
            (("some",), 2),
            (("several",), 2),
            (("part", "of"), 2),
            # "I take my share of responsibility" / "I take full responsibility"
            (("share", "of"), 2),
            (("partly",), 2),
            (("a", "number", "of"), 2),
            (("many",), 3),
            # "much of it is justified" / "all of it is justified"
            (("much", "of"), 3),
            # "a large part of the money" / "much of this money"
            (("a", "large", "part", "of"), 3),
            (("a", "big", "part", "of"), 3),
            (("a", "large", "share", "of"), 3),
            (("a", "big", "share", "of"), 3),
            (("a", "great", "deal", "of"), 3),
            (("numerous",), 3),
            (("a", "lot", "of"), 3),
            (("most",), 4),
            (("mostly",), 4),
            (("the", "majority", "of"), 4),
            (("the", "bulk", "of"), 4),
            (("almost", "all"), 4),
            (("nearly", "all"), 4),
            (("all",), 5),
            (("every",), 5),
            (("everyone",), 5),
            (("everybody",), 5),
            (("everything",), 5),
            (("entirely",), 5),
            (("wholly",), 5),
            (("in", "full"), 5),
            (("full",), 5),
            (("entire",), 5),
            (("whole",), 5),
            (("each",), 5),
        ],
        key=lambda kv: -len(kv[0]),
    )
)
# "all" that quantifies nothing: "at all", "after all", "above all", "all the same"
_NOT_QUANTIFIER_BEFORE = frozenset(["at", "after", "above", "of", "in"])  # "first of all", "in all"
_NEGATIONS = frozenset(["not", "never", "n't", "without"])
_NOT_AFTER_NO = frozenset(
    ["more", "less", "fewer", "longer", "later", "sooner", "earlier", "doubt", "matter"]
)


# "the most reliable", "our most vulnerable patients": a superlative after these ("at
# most two years": a hedge)
_SUPERLATIVE_BEFORE = frozenset(
    ["the", "a", "at", "our", "their", "its", "his", "her", "my", "your", "this", "these", "those"]
)


def _most_of_a_kind(vk: list[str], i: int) -> bool:
    """ "Most ordinary players will not have to": "most" before an adjective and a
    plural noun counts them (after "the" or "our" it would be a superlative)."""
    return i + 2 < len(vk) and vk[i + 2].endswith("s") and not vk[i + 2].endswith("ss")


def levels(side: Side, idx: set[int] | None = None) -> dict[int, tuple[int, int]]:
    """Quantifier phrases of ``side`` (within token indices ``idx``): first token →
    (one past the last token, level)."""
    toks = side.toks
    vk = [t.vkey for t in toks]
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(toks):
        if idx is not None and i not in idx:
            i += 1
            continue
        for words, level in _LEVELS:
            n = len(words)
            if tuple(vk[i : i + n]) != words:
                continue
            prev = vk[i - 1] if i > 0 else ""
            nxt = vk[i + n] if i + n < len(vk) else ""
            if words == ("all",) and (
                prev in _NOT_QUANTIFIER_BEFORE
                or (nxt == "the" and i + n + 1 < len(vk) and vk[i + n + 1] == "same")
            ):
                break
            # "Most of all I want to say": "above all"
            if words == ("most",) and vk[i + 1 : i + 3] == ["of", "all"]:
                break
            # "the most reliable": a superlative; "some 300": a hedge
            if words == ("most",) and (
                prev in _SUPERLATIVE_BEFORE
                or (nxt and nxt != "of" and not nxt.endswith("s") and not _most_of_a_kind(vk, i))
            ):
                break
            if words == ("some",) and i + n < len(toks) and toks[i + n].kind == "num":
                break
            # "as many as", "so many": a hedge or degree; "All in all": a filler
            if words in (("many",), ("numerous",)) and prev in ("as", "so", "how", "too"):
                break
            if words == ("all",) and nxt == "in" and i + 2 < len(vk) and vk[i + 2] == "all":
                break
            # "no more than", "no longer", "no doubt": a hedge, a time, an idiom
            if words == ("no",) and nxt in _NOT_AFTER_NO:
                break
            # "did not release anyone" / "not any": none
            if words in (("no",), ("none",), ("nobody",), ("nothing",)) and prev in _NEGATIONS:
                break
            out[i] = (i + n, level)
            i += n - 1
            break
        i += 1
    for k, t in enumerate(toks):
        # "did not contribute a single one": none
        single = (
            t.vkey == "single"
            and k > 0
            and vk[k - 1] == "a"
            and not any(lo <= k < end for lo, (end, _lv) in out.items())
        )
        if (t.vkey in ("any", "anyone", "anybody", "anything") or single) and k not in out:
            near = vk[max(0, k - 4) : k]
            if any(w in _NEGATIONS for w in near) and (idx is None or k in idx):
                out[k] = (k + 1, 0)
    return out


def _quantifiers(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A quantifier of the passage (with the two words before it: "some of | the
    controllers") rendered by one of another strength."""
    if not v.region:
        return []
    region = set(range(max(0, min(v.region) - 2), max(v.region) + 1))
    q_found = levels(v.q)
    s_found = levels(v.s, region)
    if not q_found or not s_found:
        return []
    q_levels = Counter(lv for _e, lv in q_found.values())
    s_levels = Counter(lv for _e, lv in s_found.values())
    more, fewer = q_levels - s_levels, s_levels - q_levels
    if not more or not fewer:
        return []
    qi = min(i for i, (_e, lv) in q_found.items() if lv in more)
    sj = min(j for j, (_e, lv) in s_found.items() if lv in fewer)
    if _none_allowed(v.q, qi, v.s) or _none_allowed(v.s, sj, v.q):
        return []  # "no fishing will be allowed" / "all fishing is banned"
    q_text = _phrase(v.q, qi, q_found[qi][0], 0, 1)
    s_text = _phrase(v.s, sj, s_found[sj][0], 0, 1)
    cq.update(range(qi, q_found[qi][0]))
    cs.update(range(sj, s_found[sj][0]))
    return [Finding("quantifier-changed", f"quantifier changed: '{s_text}' → '{q_text}'", 0.8)]


_ALLOWED = PERMITTED | {"possible"}


def _none_allowed(side: Side, i: int, other: Side) -> bool:
    """ "no …" with "allowed" after it where the other side bans: "no fishing will be
    allowed" says "all fishing is banned"."""
    return (
        side.toks[i].vkey == "no"
        and any(t.vkey in _ALLOWED for t in side.toks[i + 1 : i + 7])
        and prohibition(other, range(len(other.toks)))
    )
