"""Scope and degree: a word that widens the claim added ("the whole world"), a part
for the whole ("some responsibility"), a word that bounds the claim left out ("excess
profits" / "profits"), and an intensifier of a comparative added or left out ("much
stronger" / "stronger").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..align import is_function, loaded_kind
from ..normalize import load_pairs, stem
from .base import Finding, Side
from .negation import _SOFT_NOTS, _exclusive, _superlative, more_than_a_thing
from .view import _counter, _matched, _phrase, _View

# Words that set the scope of a claim, by family: one left out, or one added, with no
# word of its family on the other side changes how much is claimed ("never claimed the
# whole field" / "never claimed the field", "no country in our region" / "no country
# anywhere", "excess profits" / "profits"). A family member on the other side keeps the
# scope ("only one thing" / "just one thing", "the whole city" / "throughout the city").
_SCOPE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(["only", "just", "alone", "merely", "mere", "solely", "exclusively", "sole", "all"]),
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
_SOME_OF = frozenset(
    # ("partial results" / "incomplete results")
    ["certain", "several", "few", "number", "part", "partly", "various", "incomplete"]
)
_NARROWERS = frozenset(["whole", "entire", "excess", "only", "solely", "exclusively"])


_DENIALS_OF_ALL = frozenset(["no", "not", "never", "nothing", "none", "nobody", "noone"])
_NOT_ALTERNATIVES = frozenset(
    ["all", "any", "only", "some", "none", "more", "less", "both", "either", "other", "else"]
)
_PAIRED_PREPOSITIONS = frozenset([("for", "against"), ("against", "for")])
_IDIOM_OR = frozenset(
    [("more", "less"), ("sooner", "later"), ("one", "another"), ("whether", "not"), ("or", "so")]
)


def _alternative_dropped(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A denial of both of two alternatives kept for one ("There were no direct
    negotiations" for "no negotiations, direct or indirect"): the denial narrowed, a weaker
    claim."""
    s = v.s.toks
    if not any(s[j].vkey in _DENIALS_OF_ALL for j in v.region):
        return []
    for j in sorted(v.scope | v.region):
        if s[j].vkey != "or" or j == 0 or j + 1 >= len(s) or j in cs:
            continue
        a, b = j - 1, j + 1
        if (s[a].vkey, s[b].vkey) in _IDIOM_OR or s[a].kind != "word" or s[b].kind != "word":
            continue
        paired = (s[a].vkey, s[b].vkey) in _PAIRED_PREPOSITIONS  # "evidence for or against"
        if not paired and (
            is_function(s[a]) or is_function(s[b]) or {s[a].vkey, s[b].vkey} & _NOT_ALTERNATIVES
        ):
            continue
        q_stems = {t.stem for t in v.q.toks}
        kept = [k for k in (a, b) if s[k].stem in q_stems]
        if len(kept) != 1 or _matched(v.s_match.get(j, ("delete", ()))[0]):
            continue
        # the quote still gives two alternatives ("by SMS or by e-mail" for "by text
        # message or email", "neither a state nor a group")
        where = [i for i, t in enumerate(v.q.toks) if t.stem == s[kept[0]].stem]
        if any(x.vkey in ("or", "nor") for i in where for x in v.q.toks[max(0, i - 3) : i + 4]):
            continue
        cs.update({a, j, b})
        reason = f"weaker claim: '{v.s.words([a, j, b])}' narrowed to '{s[kept[0]].raw}'"
        return [Finding("weaker-claim", reason, 0.75)]
    return []


def _never_for_not_long(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "was not closed for long" for "was never closed": a denial made a short time, which
    says that it happened, a weaker claim."""
    if not any(v.s.toks[j].vkey == "never" for j in v.region):
        return []
    q = v.q.toks
    for i, t in enumerate(q):
        if t.vkey != "not" or i in cq:
            continue
        ahead = [x.vkey for x in q[i + 1 : i + 6]]
        if "long" not in ahead or any(x.vkey == "never" for x in q):
            continue
        k = i + 1 + ahead.index("long")
        if _matched(v.q_match.get(k, ("insert", ()))[0]):
            continue
        cq.update({i, k})
        reason = f"weaker claim: 'never' → '{_phrase(v.q, i, k + 1, 0, 0)}'"
        return [Finding("weaker-claim", reason, 0.75)]
    return []


_BOUNDED_TIME = frozenset(["year", "month", "decade", "century", "season", "week", "far", "since"])


def _own_evers(v: _View, cq: set[int]) -> Iterator[int]:
    """Where the quote has an "ever" of its own (paired with nothing of the passage)."""
    for i, t in enumerate(v.q.toks):
        if t.vkey == "ever" and i not in cq and not _matched(v.q_match.get(i, ("insert", ()))[0]):
            yield i


def _superlative_unbounded(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "the largest ever" for "the largest this year": a first of a time made a first of
    all time, a stronger claim."""
    for i in _own_evers(v, cq):
        sup = [k for k in range(max(0, i - 3), i) if _superlative(v.q.toks[k])]
        if not sup:
            continue
        op, js = v.q_match.get(sup[-1], ("insert", ()))
        if not _matched(op) or not js:
            continue
        j = max(js)
        after = [x.vkey for x in v.s.toks[j + 1 : j + 5]]
        if "ever" in after or not set(after) & _BOUNDED_TIME:
            continue
        cq.add(i)
        reason = (
            f"stronger claim: '{_phrase(v.q, sup[-1], i + 1, 0, 0)}' for "
            f"'{_phrase(v.s, j, j + 1, 0, 2)}'"
        )
        return [Finding("stronger-claim", reason, 0.75)]
    return []


# words that bound a denial in time ("for at least six months", "until the spring")
_TIME_LIMITS = frozenset(
    [
        *("year", "years", "month", "months", "week", "weeks", "day", "days", "decade"),
        *("decades", "until", "till", "yet", "now", "moment"),
    ]
)
_DENIERS = frozenset(["no", "not", "never", "nobody", "noone", "none", "nothing", "neither"])


def _forever_denied(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "no one will ever return there" for "no one will return there for at least six
    months": an "ever" of the quote's own in a denial, where the source bounds it in
    time, denies it for good."""
    for i in _own_evers(v, cq):
        if not any(x.vkey in _DENIERS for x in v.q.toks[max(0, i - 4) : i]):
            continue
        near = [v.s.toks[j].vkey for j in sorted(v.region | v.scope)]
        if "ever" in near or "never" in near or not set(near) & _TIME_LIMITS:
            continue
        if {x.vkey for x in v.q.toks} & _TIME_LIMITS:
            continue  # the quote keeps a bound of its own ("before six months have passed")
        cq.add(i)
        return [
            Finding(
                "stronger-claim",
                f"stronger claim: '{_phrase(v.q, max(0, i - 2), i + 1, 0, 1)}': the source "
                "bounds it in time",
                0.75,
            )
        ]
    return []


def _only_for_superlative(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "the only route to the markets" for "the shortest route": one of a kind said of
    what the source ranks first among others, a stronger claim."""
    for st in v.steps:
        if st.op != "replace":
            continue
        q_only = [i for i in st.q if v.q.toks[i].vkey == "only" and i not in cq]
        s_best = [j for j in st.s if _superlative(v.s.toks[j]) and j not in cs]
        if q_only and s_best and not any(_superlative(v.q.toks[i]) for i in st.q):
            i, j = q_only[0], s_best[0]
            cq.add(i)
            cs.add(j)
            reason = (
                f"stronger claim: '{_phrase(v.s, j, j + 1, 0, 1)}' → "
                f"'{_phrase(v.q, i, i + 1, 0, 1)}' (the only one, not the first of several)"
            )
            return [Finding("stronger-claim", reason, 0.75)]
    return []


def _family_on(word: str, keys: set[str]) -> bool:
    return any(word in fam and fam & keys for fam in _SCOPE_FAMILIES)


_ONE_OWNERS = frozenset(["the", "our", "my", "their", "its", "his", "her", "your"])


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
            # "for a whole week" / "for seven days": a length, no wider claim
            and not (i + 1 < len(v.q.toks) and loaded_kind(v.q.toks[i + 1]) == "unit")
        ):
            out.append(
                Finding(
                    "stronger-claim",
                    f"stronger claim: '{_phrase(v.q, i, i + 1, 0, 2)}' added",
                    0.75,
                )
            )
            cq.add(i)
    # "I take some responsibility" for "I take (full) responsibility": a part for the
    # whole; also "some of the responsibility"
    for i, t in enumerate(v.q.toks[:-1]):
        head = i + 1
        if t.vkey == "some" and v.q.toks[head].vkey == "of":
            head += 2 if v.q.toks[head + 1 : head + 2] and is_function(v.q.toks[head + 1]) else 1
        if head >= len(v.q.toks):
            continue
        nxt = v.q.toks[head]
        if (
            t.vkey in _PARTIAL
            and i not in cq
            and not _matched(v.q_match.get(i, ("insert", ()))[0])
            and nxt.kind == "word"
            and _matched(v.q_match.get(head, ("insert", ()))[0])
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
    # "not told until 9.10" renders "informed only at ten past nine", "will not decide
    # before the funerals" renders "will decide only after the funerals"
    not_until = any(
        a_.vkey == "not"
        and any(x.vkey in ("until", "till", "before") for x in v.q.toks[k + 1 : k + 5])
        for k, a_ in enumerate(v.q.toks)
    )
    # "would be limited to Kelmora" renders "would apply only in Kelmora"; "buy no more
    # than they need" renders "buy only what they need"
    q_text = " ".join(t.vkey for t in v.q.toks)
    limits = bool(q_keys & {"limited", "restricted", "confined", "alone"}) or any(
        p in q_text for p in ("no more than", "nothing more than", "nothing but")
    )
    # "our one direct line" renders "the only direct channel that we have": "one" after
    # a determiner or possessive is "only"
    one_only = any(
        x.raw.lower() == "one" and k > 0 and v.q.toks[k - 1].vkey in _ONE_OWNERS
        for k, x in enumerate(v.q.toks)
    )
    for j in sorted(v.region):
        t = v.s.toks[j]
        if (
            a < j < b
            and j not in cs
            and t.vkey in _NARROWERS
            and not _family_on(t.vkey, q_keys)
            and not (
                (excepts or not_until or limits or one_only)
                and t.vkey in ("only", "solely", "exclusively")
            )
            # "has barely started" / "has only just begun"
            and not (
                t.vkey == "only"
                and v.s.toks[j + 1 : j + 2]
                and v.s.toks[j + 1].vkey == "just"
                and q_keys & _SOFT_NOTS
            )
            and not _matched(v.s_match.get(j, ("delete", ()))[0])
            # "not just a fish" / "more than a fish"
            and not (
                j > 0
                and v.s.toks[j - 1].vkey == "not"
                and more_than_a_thing(v.q, range(len(v.q.toks)))
            )
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


_IRREGULAR_COMPARATIVES = {"better": "good", "worse": "bad"}


def _comparative_of(a: str, b: str) -> bool:
    """Whether word ``a`` is the comparative of adjective ``b`` ("safer" / "safe",
    "easier" / "easy", "bigger" / "big", "better" / "good")."""
    if _IRREGULAR_COMPARATIVES.get(a) == b:
        return True
    if a not in _COMPARATIVES or len(b) < 3:
        return False  # "leader" is no comparative of "lead"
    return a in (b + "er", b + "r", b[:-1] + "ier", b + b[-1] + "er")


def _intensified(side: Side, idx: Iterable[int]) -> set[int]:
    """Comparatives at ``idx`` that an intensifier stands right before."""
    return {
        i for i in idx if _comparative(side, i) and i > 0 and side.toks[i - 1].vkey in _INTENSIFIERS
    }


# adjectives that make an admitted or alleged fault graver ("grave mistakes", "a
# deliberate lie", "the total failure"), and the faults they qualify
_FAULT_INTENSIFIERS = frozenset(
    [
        *("grave", "serious", "massive", "huge", "enormous", "gross", "utter", "total"),
        *("deliberate", "severe", "terrible", "catastrophic", "flagrant", "blatant"),
    ]
)
_FAULTS = frozenset(
    stem(w)
    for w in (
        *("mistake", "mistakes", "error", "errors", "failure", "failures", "failing"),
        *("failings", "problem", "problems", "lie", "lies", "breach", "breaches"),
        *("negligence", "fault", "faults", "misconduct", "blunder", "blunders"),
    )
)


def _graver_fault(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "made grave mistakes" for "made mistakes", "the total failure" for "the
    failures": an adjective that makes a fault graver, added to a fault both sides name,
    where the source's sentences qualify it with none."""
    s_words = {v.s.toks[j].vkey for j in v.scope | v.region}
    if s_words & _FAULT_INTENSIFIERS:
        return _milder_fault(v, cq, cs)
    for i in range(len(v.q.toks) - 1):
        if i in cq or v.q.toks[i].vkey not in _FAULT_INTENSIFIERS:
            continue
        if _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        nxt, (op, js) = v.q.toks[i + 1], v.q_match.get(i + 1, ("insert", ()))
        if nxt.stem not in _FAULTS or not _matched(op) or not js:
            continue
        cq.add(i)
        phrase = _phrase(v.q, i, i + 2, 0, 0)
        reason = f"stronger claim: '{phrase}' for '{v.s.toks[js[0]].raw}'"
        return [Finding("stronger-claim", reason, 0.75)]
    return []


def _milder_fault(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "a failure" for "a serious failure": the source's adjective that makes a fault
    graver left out, the quote naming the same fault with no adjective before it; or one
    of the strongest put in its place ("an unforgivable failure")."""
    s_words = {v.s.toks[j].vkey for j in v.scope | v.region}
    for i in range(1, len(v.q.toks)):
        t = v.q.toks[i - 1]
        if (
            t.vkey in _STRONG - _FAULT_INTENSIFIERS  # "grave" for "serious" keeps the degree
            and t.vkey not in s_words
            and v.q.toks[i].stem in _FAULTS
        ):
            if i - 1 in cq or not _matched(v.q_match.get(i, ("insert", ()))[0]):
                continue
            cq.add(i - 1)
            reason = f"stronger claim: '{_phrase(v.q, i - 1, i + 1, 0, 0)}'"
            return [Finding("stronger-claim", reason, 0.75)]
    if {t.vkey for t in v.q.toks} & _FAULT_INTENSIFIERS:
        return []
    for j in sorted(v.region):
        if j in cs or j + 1 >= len(v.s.toks) or v.s.toks[j].vkey not in _FAULT_INTENSIFIERS:
            continue
        if v.s.toks[j + 1].stem not in _FAULTS:
            continue
        op, idx = v.s_match.get(j + 1, ("delete", ()))
        if not _matched(op) or not idx or _matched(v.s_match.get(j, ("delete", ()))[0]):
            continue
        i = idx[0]
        if (
            i > 0
            and not is_function(v.q.toks[i - 1])
            and not _matched(v.q_match.get(i - 1, ("insert", ()))[0])
        ):
            continue  # "a major failure": an adjective of the quote's own
        cs.add(j)
        reason = f"weaker claim: '{_phrase(v.s, j, j + 2, 0, 0)}' → '{v.q.toks[i].raw}'"
        return [Finding("weaker-claim", reason, 0.75)]
    return []


def _degree(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "much stronger" quoted for "stronger" (a stronger claim), or "stronger" for "much
    stronger" (a weaker one): a comparative the two sides share with an intensifier on
    one side only."""
    out: list[Finding] = []
    for i in range(len(v.q.toks)):
        op, js = v.q_match.get(i, ("insert", ()))
        if op in ("inflection", "synonym") and len(js) == 1 and i not in cq:
            q_word, s_word = v.q.toks[i].vkey, v.s.toks[js[0]].vkey
            if _comparative_of(s_word, q_word):  # "will be safer" → "will be safe"
                out.append(
                    Finding(
                        "stronger-claim",
                        f"stronger claim: '{v.q.toks[i].raw}' for '{v.s.toks[js[0]].raw}' (a "
                        "change made a state)",
                        0.75,
                    )
                )
                cq.add(i)
            elif _comparative_of(q_word, s_word):
                out.append(
                    Finding(
                        "weaker-claim",
                        f"weaker claim: '{v.s.toks[js[0]].raw}' → '{v.q.toks[i].raw}'",
                        0.75,
                    )
                )
                cq.add(i)
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


# Adverbs that make a claim absolute: "it is fully under control" claims more than "it is
# under control", "critically injured" more than "injured". Between a personal subject and
# its verb they stress the speaker's attitude instead ("I fully understand why").
_ABSOLUTE = frozenset(
    [
        "fully",
        "completely",
        "totally",
        "entirely",
        "wholly",
        "absolutely",
        "utterly",
        "critically",
        "gravely",
        *("extremely", "exceptionally"),
    ]
)
# degree adverbs that only heighten: a translator's "extremely" for the source's "very"
_HIGH = frozenset(["extremely", "exceptionally"])
# "gravely ill" is how a second translator says "seriously ill" ("critically" goes further)
_SEVERE = frozenset(["seriously", "severely", "badly"])
_MILD_INTENSIFIERS = frozenset(
    ["very", "really", "highly", "so", "too", "particularly", "especially", "deeply", "greatly"]
)
# the speaker's and the listener's own attitude ("I fully understand why"); what he says
# of a third person is a claim about her ("she fully supports the offer")
_SUBJECTS = frozenset(["i", "we", "you"])
# adverbs of emphasis on the speaker's own act ("I strongly recommend them", "we flatly
# reject it"): the act is the claim, so they count after a personal subject too
_EMPHATIC = frozenset(["strongly", "firmly", "categorically", "vehemently", "flatly"])


def _lone_absolute(
    side: Side, match: dict[int, tuple[str, tuple[int, ...]]], idx: Iterable[int]
) -> int | None:
    """The first absolute adverb at ``idx`` left unpaired before a paired word."""
    for i in idx:
        t = side.toks[i]
        if t.vkey not in _ABSOLUTE | _EMPHATIC:
            continue
        if i > 0 and side.toks[i - 1].vkey in _SUBJECTS and t.vkey not in _EMPHATIC:
            continue
        if _matched(match.get(i, ("insert", ()))[0]):
            continue
        if i + 1 < len(side.toks) and _matched(match.get(i + 1, ("insert", ()))[0]):
            return i
        # after its verb at the clause's end: "the security of this prison failed
        # completely"
        if (
            i > 0
            and _matched(match.get(i - 1, ("insert", ()))[0])
            and side.toks[i - 1].kind == "word"
            and (
                i + 1 >= len(side.toks)
                or re.search(r"[,;:.!?]", side.text[t.end : side.toks[i + 1].start])
            )
        ):
            return i
    return None


_EVERY = frozenset(["every", "each", "everything"])
# the adjectives of the absolute adverbs: "with a full guarantee" / "fully guaranteed"
_ABSOLUTE_ADJECTIVES = frozenset(
    ["full", "complete", "total", "entire", "whole", "absolute", "utter", "critical", "grave"]
)


# a stance given whole: "has my full confidence" claims more than "has my confidence for
# now", "I take full responsibility" more than "political responsibility"
_FULL = frozenset(["full", "complete", "total", "absolute", "unconditional", "unreserved"])
_STANCE_NOUNS = frozenset(
    stem(w)
    for w in (
        *("confidence", "trust", "support", "backing", "responsibility", "control"),
        *("agreement", "solidarity", "commitment", "cooperation", "guarantee", "faith"),
    )
)


_PART = frozenset(stem(w) for w in ("share", "part", "some", "half", "portion"))


def _lone_full_stance(v: _View, cq: set[int]) -> int | None:
    """An adjective of wholeness in the quote only, before a stance noun the passage has
    ("full confidence" / "confidence for now")."""
    s_stems = {v.s.toks[j].stem for j in v.scope | v.region}
    if s_stems & _PART:
        return None  # "my share of responsibility": a part made the whole, a quantity
    for i, t in enumerate(v.q.toks[:-1]):
        if t.vkey not in _FULL or i in cq or _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        noun = v.q.toks[i + 1]
        if noun.stem in _STANCE_NOUNS and noun.stem in s_stems:
            return i
    return None


def _equal_made_more(v: _View, cq: set[int]) -> int | None:
    """ "as safe today as it was a year ago" quoted as "safer than it was": an equal
    degree made a greater one (or the other way round for "less")."""
    s_vk = [v.s.toks[j].vkey for j in sorted(v.scope | v.region)]
    equal = {
        stem(s_vk[n + 1])
        for n in range(len(s_vk) - 2)
        if s_vk[n] == "as"
        and "as" in s_vk[n + 2 : n + 5]
        # "not as dangerous as" is "less dangerous than"
        and not (n > 0 and s_vk[n - 1] in ("not", "never", "nowhere"))
    }
    if not equal:
        return None
    q = v.q.toks
    for i, t in enumerate(q):
        if i in cq or t.vkey != "than":
            continue
        if i >= 2 and q[i - 2].vkey in ("more", "less") and q[i - 1].stem in equal:
            return i - 2
        if i >= 1:
            base = re.sub(r"i?er$", "", q[i - 1].vkey)
            if (
                base != q[i - 1].vkey
                and len(base) >= 3
                and any(e.startswith(base[:4]) for e in equal)
            ):
                return i - 1
    return None


def _in_full_added(v: _View, cq: set[int]) -> int | None:
    """ "will be paid in full" for "will be paid": the "full" of an "in full" the quote
    adds after a word both sides share. "in full" for "100 percent of" keeps the whole."""
    toks = v.q.toks
    s = v.s.toks
    if any(
        s[j].vkey == "100" and j + 1 < len(s) and s[j + 1].vkey in ("percent", "%", "per")
        for j in v.scope | v.region
    ):
        return None
    for i in range(1, len(toks) - 1):
        if toks[i].vkey != "in" or toks[i + 1].vkey not in ("full", "entirety") or i in cq:
            continue
        if any(_matched(v.q_match.get(k, ("insert", ()))[0]) for k in (i, i + 1)):
            continue
        if _matched(v.q_match.get(i - 1, ("insert", ()))[0]):
            return i + 1
    return None


def _absolute_degree(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """An absolute adverb on one side only, set before words both sides share (its
    adjective on the other side keeps the degree)."""
    s_words = {v.s.toks[j].vkey for j in v.scope}
    if s_words & (_ABSOLUTE | _EMPHATIC | _ABSOLUTE_ADJECTIVES):
        i = None
    else:
        i = _lone_absolute(v.q, v.q_match, (i for i in range(len(v.q.toks)) if i not in cq))
    if i is not None and v.q.toks[i].vkey in _HIGH and s_words & _MILD_INTENSIFIERS:
        i = None  # "extremely hard" for "very difficult"
    if i is not None and v.q.toks[i].vkey == "gravely" and s_words & _SEVERE:
        i = None  # "gravely ill" for "seriously ill"
    if i is None and not s_words & (_ABSOLUTE | _EMPHATIC | _ABSOLUTE_ADJECTIVES):
        i = _lone_full_stance(v, cq)
    if i is None and not s_words & (_ABSOLUTE | _EMPHATIC | _ABSOLUTE_ADJECTIVES):
        i = _in_full_added(v, cq)
    if i is None:
        i = _equal_made_more(v, cq)
    if i is not None:
        cq.add(i)
        phrase = _phrase(v.q, i, i + 1, 0, 2)
        reason = f"stronger claim: '{phrase}' (the source has no '{v.q.toks[i].raw}')"
        return [Finding("stronger-claim", reason, 0.75)]
    # "every kovar of it will be borne by" / "will be paid entirely by": the whole said
    # by a quantifier
    if {t.vkey for t in v.q.toks} & (_ABSOLUTE | _EMPHATIC | _ABSOLUTE_ADJECTIVES | _EVERY):
        return []
    j = _lone_absolute(v.s, v.s_match, (j for j in sorted(v.region) if j not in cs))
    if j is None:
        return []
    cs.add(j)
    reason = f"weaker claim: '{_phrase(v.s, j, j + 2, 0, 0)}' → '{_counter(v, j + 1, j + 2)}'"
    return [Finding("weaker-claim", reason, 0.75)]


def _loaded_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The loaded words of ``loaded.tsv``, those that count only as nouns, and every
    word that keeps a strong degree on the source's side."""
    rows = load_pairs("loaded.tsv")
    loaded = frozenset(w for w, role in rows if role == "loaded")
    nouns = frozenset(w for w, role in rows if role == "loaded-noun")
    return loaded, nouns, frozenset(w for w, _ in rows)


_LOADED, _LOADED_NOUNS, _STRONG = _loaded_words()
# what makes "lie" a noun: "a lie", "these lies", "a deliberate lie", "spreading lies"
_NOUN_MARKERS = frozenset(
    [
        *("a", "an", "the", "this", "that", "these", "those", "such", "of", "and", "spread"),
        *("spreading", "deliberate", "outright", "blatant", "big", "complete", "total", "pure"),
    ]
)


def _loaded_word(v: _View, cq: set[int]) -> list[Finding]:
    """A loaded word in the quote alone ("the documents are criminal" for "very
    serious", "scandalously underpaid" for "underpaid", "a sham" for "not thorough
    enough") where the speaker's sentences have no word as strong."""
    if {v.s.toks[j].vkey for j in v.scope | v.region} & _STRONG:
        return []
    for i, t in enumerate(v.q.toks):
        if i in cq or _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        noun = (
            t.vkey in _LOADED_NOUNS
            and i > 0
            and (v.q.toks[i - 1].vkey in _NOUN_MARKERS or v.q.toks[i - 1].kind == "num")
            # "the killers" for "those who killed him", "his lies" for "he lied"
            and not any(v.s.toks[j].vkey.startswith(t.vkey[:4]) for j in v.scope | v.region)
        )
        if t.vkey in _LOADED or noun:
            cq.add(i)
            phrase = _phrase(v.q, i, i + 1, 1, 1)
            reason = f"stronger claim: '{phrase}' (the source has no word as strong as '{t.raw}')"
            return [Finding("stronger-claim", reason, 0.75, (i,))]
    return []


def _loaded_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """A loaded word of the speaker's left out before the word it qualifies, which the
    quote keeps ("a criminal offence" quoted as "an offence"), where the quote has no
    word as strong: a weaker claim."""
    if {t.vkey for t in v.q.toks} & _STRONG:
        return []
    for j in sorted(v.region):
        t = v.s.toks[j]
        if (
            t.vkey in _LOADED
            and j not in cs
            and j + 1 in v.region
            and not _matched(v.s_match.get(j, ("delete", ()))[0])
            and _matched(v.s_match.get(j + 1, ("delete", ()))[0])
            and not is_function(v.s.toks[j + 1])
        ):
            cs.add(j)
            reason = f"weaker claim: '{t.raw}' left out ('{_phrase(v.s, j, j + 2, 0, 0)}')"
            return [Finding("weaker-claim", reason, 0.75)]
    return []


# an understatement of a judgement: "not ideal", "hardly ideal", "far from perfect"
_IDEALS = frozenset(["ideal", "perfect", "optimal"])
_UNDERSTATERS = frozenset(["not", "hardly", "less", "far", "scarcely", "never"])
# what leaves an action open in the source, so that "consider doing" renders it
_OPEN = frozenset(
    [
        *("consider", "considering", "considered", "may", "might", "could", "possible"),
        *("possibly", "perhaps", "option", "options", "think", "thinking", "examine", "study"),
        "examining",
    ]
)


_BLAME = frozenset(stem(w) for w in ("responsibility", "blame"))
# "the government also bears responsibility": shared already
_ALSO = frozenset(["also", "too", "jointly"])


def _softened(v: _View, cq: set[int]) -> list[Finding]:
    """A judgement or an action made milder in words the source has no counterpart for:
    "not ideal" / "hardly ideal" for "not acceptable", "I will consider closing them"
    for "I will close them"."""
    s_words = {v.s.toks[j].vkey for j in v.scope | v.region}
    q = v.q.toks
    for i, t in enumerate(q):
        if i in cq or _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        if (
            t.vkey in _IDEALS
            and not s_words & _IDEALS
            and any(q[k].vkey in _UNDERSTATERS for k in range(max(0, i - 3), i))
        ):
            cq.add(i)
            reason = f"weaker claim: '{_phrase(v.q, i, i + 1, 2, 0)}' (the source's judgement is stronger)"
            return [Finding("weaker-claim", reason, 0.75, (i,))]
        if (
            t.vkey in ("share", "shares", "shared")
            and not {v.s.toks[j].stem for j in v.scope | v.region} & (_PART | _ALSO)
            and any(q[k].stem in _BLAME for k in range(i + 1, min(i + 4, len(q))))
        ):
            cq.add(i)
            reason = f"weaker claim: '{_phrase(v.q, i, i + 1, 1, 1)}' (the source takes it whole)"
            return [Finding("weaker-claim", reason, 0.75, (i,))]
        nxt = i + 1
        if (
            t.vkey in ("consider", "considering")
            and nxt < len(q)
            and q[nxt].vkey.endswith("ing")
            and _matched(v.q_match.get(nxt, ("insert", ()))[0])
            and not s_words & _OPEN
        ):
            cq.add(i)
            reason = f"weaker claim: '{_phrase(v.q, i, nxt + 1, 0, 0)}' (the source does not leave it open)"
            return [Finding("weaker-claim", reason, 0.75, (i,))]
    return []


# what bounds a refusal in time: "we cannot meet it this year", "not today", "not now"
_SEASONS = frozenset(["year", "month", "week", "winter", "summer", "spring", "autumn", "season"])
_NOT_WORDS = frozenset(["not", "cannot", "no", "n't"])
_NONE_WORDS = frozenset(["none", "nothing", "nobody"])


def _time_bound(side: Side, k: int) -> bool:
    """Whether token ``k`` bounds a claim in time: "this year", "today", "now"."""
    vk = side.toks[k].vkey
    if vk in ("today", "now"):
        return True
    return vk in _SEASONS and k > 0 and side.toks[k - 1].vkey == "this"


def _never_unbounded(v: _View, cq: set[int]) -> list[Finding]:
    """A refusal bounded in time made one for ever: "we cannot meet it this year" quoted
    as "we will never meet it", "none of this will replace it this year" as "none of
    this will ever replace it"."""
    region = sorted(v.region)
    if not region:
        return []
    if not any(v.s.toks[j].vkey in _NOT_WORDS | _NONE_WORDS for j in region):
        return []
    sentence = v.scope | v.region
    bound = [
        j
        for j in sorted(sentence)
        if _time_bound(v.s, j) and not _matched(v.s_match.get(j, ("delete", ()))[0])
    ]
    if not bound or any(_time_bound(v.q, i) for i in range(len(v.q.toks))):
        return []
    for i, t in enumerate(v.q.toks):
        # "none of this will ever replace it" for "… will not replace it this year"
        if t.vkey not in ("never", "ever", "forever") or i in cq:
            continue
        op, js = v.q_match.get(i, ("insert", ()))
        if op == "equal" and js and v.s.toks[js[0]].vkey == t.vkey:
            continue
        cq.add(i)
        j = bound[0]
        was = v.s.words(range(j - 1 if v.s.toks[j].vkey in _SEASONS else j, j + 1))
        reason = f"stronger claim: '{t.raw}' for the source's '… not {was}'"
        return [Finding("stronger-claim", reason, 0.75, (i,))]
    return []


# words that make a time or place unbounded ("the worst drought ever", "forever", "in
# the world") and the bounds they replace ("since 1987", "for a decade", "a year ago",
# "in the last twenty years", "in this country")
_UNBOUNDED = frozenset(["ever", "forever", "world", "history"])
_BOUNDS = frozenset(["since", "ago", "last", "past", "decade", "decades", "country"])


def _bound_widened(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A bounded comparison made unbounded: "the worst drought our country has seen since
    1987" quoted as "… has ever seen", "for a decade" as "forever", "more than anyone in
    this country" as "… in the world"."""
    if not v.region:
        return []
    scope = sorted(v.scope | v.region)
    s_words = {v.s.toks[j].vkey for j in scope}
    if s_words & (_UNBOUNDED | {"never"}):
        return []  # "the worst disaster in its history" / "… it has ever known"
    q_words = {t.vkey for t in v.q.toks}
    wide = [
        i
        for i, t in enumerate(v.q.toks)
        if t.vkey in _UNBOUNDED
        and i not in cq
        and t.vkey not in s_words
        and not _matched(v.q_match.get(i, ("insert", ()))[0])
    ]
    if not wide:
        return []
    lo, hi = min(v.region), max(v.region) + 1
    near = range(lo, min(len(v.s.toks), hi + 6))
    bound = [
        j
        for j in near
        if v.s.toks[j].vkey in _BOUNDS
        and v.s.toks[j].vkey not in q_words
        # "in this country", not any country
        and (
            v.s.toks[j].vkey != "country" or [t.vkey for t in v.s.toks[j - 2 : j]] == ["in", "this"]
        )
        and j not in cs
        and not any(v.s.sentence_break(k) for k in range(lo + 1, j + 1))
    ]
    if not bound:
        return []
    i, j = wide[0], bound[0]
    cq.add(i)
    cs.add(j)
    a, b = j, j + 1
    while a > max(0, j - 2) and not v.s.sentence_break(a):
        a -= 1
    while b < min(len(v.s.toks), j + 2) and not v.s.sentence_break(b):
        b += 1
    reason = f"stronger claim: '{v.s.words(range(a, b))}' → '{_phrase(v.q, i, i + 1, 1, 1)}'"
    return [Finding("stronger-claim", reason, 0.75)]


_NO_DETERMINERS = frozenset(["no", "any", "none"])
_SHARE_OF = frozenset(["most", "many", "some", "several", "much"])
# (a "part of" the source has is not always a share: "the lower part of the body")
_SHARE_ADDED = _SHARE_OF | {"part", "half", "portion"}
# words by which a side already limits its claim to a part ("partly responsible")
_PARTLY = frozenset(["partly", "partially", "part", "some", "half", "portion", "share"])


_ENOUGH = frozenset(
    [
        *("enough", "sufficient", "sufficiently", "adequate", "adequately"),
        *("suffice", "suffices", "sufficed"),
    ]
)
_TOO_LITTLE = frozenset(
    [
        *("insufficient", "insufficiently", "inadequate", "inadequately", "little", "few"),
        *("fewer", "less", "short", "shortage", "lack", "lacking"),
    ]
)


def _enough_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """ "we did not do enough" quoted as "we did nothing": the denial of enough made a
    denial of all."""
    q_keys = {t.vkey for t in v.q.toks}
    if q_keys & (_ENOUGH | _TOO_LITTLE):
        return []
    for j in sorted(v.region):
        t = v.s.toks[j]
        if t.vkey not in _ENOUGH or j in cs or _matched(v.s_match.get(j, ("delete", ()))[0]):
            continue
        if not any(x.vkey in ("not", "never", "no") for x in v.s.toks[max(0, j - 5) : j]):
            continue
        cs.add(j)
        return [Finding("stronger-claim", f"stronger claim: '{t.raw}' left out", 0.75)]
    return []


def _share_added(v: _View, cq: set[int]) -> list[Finding]:
    """A share put before what the passage says whole: "I accept that responsibility"
    quoted as "I accept part of that responsibility", "the farmers" as "some of the
    farmers": the claim now covers a part."""
    run: list[int] = []
    for st in v.steps:
        if st.op == "insert":
            run.extend(st.q)
            continue
        added, run = run, []
        if not (added and st.q and _matched(st.op)):
            continue
        words = [v.q.toks[i].vkey for i in added]
        if words[:1] in (["a"], ["the"]):
            words = words[1:]
        if len(words) != 2 or words[0] not in _SHARE_ADDED or words[1] != "of":
            continue
        if st.q and v.q.toks[st.q[0]].vkey == "all":
            continue  # "Most of all I want to address the students": "above all"
        if any(i in cq for i in added):
            continue
        if any(v.s.toks[j].vkey in _PARTLY for j in v.region | v.scope):
            continue  # the passage limits it in words of its own
        cq.update(added)
        return [
            Finding(
                "weaker-claim",
                f"weaker claim: '{v.q.words(added)}' added: the source says it of the whole",
                0.75,
            )
        ]
    return []


# "no such offer" / "no offer of that kind": words a translator renders elsewhere
_DETERMINER_LIKE = frozenset(["such", "other", "further", "more", "single", "one", "new"])


# adverbs that limit how a thing is done or holds: "Morvath cannot raise it
# unilaterally" quoted as "Morvath cannot raise it" denies any rise at all
_LIMITING = frozenset(
    [
        "unilaterally",
        "independently",
        "single-handedly",
        "temporarily",
        "provisionally",
        "conditionally",
    ]
)


_LIMIT_RENDERED = frozenset(
    ["own", "alone", "itself", "themselves", "himself", "herself", "while", "now", "moment"]
)
_LIMIT_STARTS = (
    "unilateral",
    "one-sided",
    "independ",
    "temporar",
    "provision",
    "condition",
    "interim",
)


def _limit_left_out(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A limiting adverb of :data:`_LIMITING` inside the passage or just after where the
    quote stops, in the same sentence, that the quote does not have anywhere."""
    if not v.region:
        return []
    lo, hi = min(v.region), max(v.region)
    if any(t.vkey in _LIMIT_RENDERED or t.vkey.startswith(_LIMIT_STARTS) for t in v.q.toks):
        return []  # "on its own", "for a while", "for the time being", "temporary"
    for j in range(lo + 1, min(len(v.s.toks), hi + 2)):
        t = v.s.toks[j]
        if t.vkey not in _LIMITING or j in cs:
            continue
        if _matched(v.s_match.get(j, ("delete", ()))[0]):
            continue
        if j > hi and v.s.sentence_break(j):
            continue
        cs.add(j)
        return [Finding("stronger-claim", f"stronger claim: '{t.raw}' left out", 0.75)]
    return []


_ADJECTIVE_ENDS = ("ic", "al", "ive", "ful", "ous", "ant", "ent", "able", "ible")
_QUALIFIERS = frozenset(["major", "direct", "real", "clear", "firm", "concrete", "formal"])
_DENIAL_WORDS = frozenset(["no", "any", "nothing", "anything"])


def _qualifier_added(v: _View, cq: set[int]) -> list[Finding]:
    """An adjective put into a denial that the source makes whole: "there was no warning"
    quoted as "no specific warning", "nobody hid anything" as "anything important": what
    is denied is now a part, and the rest is left open."""
    for k in range(1, len(v.steps)):
        st, before = v.steps[k], v.steps[k - 1]
        if st.op != "insert" or len(st.q) != 1 or st.q[0] in cq:
            continue
        if not (before.q and _matched(before.op)):
            continue
        denied = v.q.toks[before.q[-1]].vkey
        after = v.steps[k + 1] if k + 1 < len(v.steps) else None
        # "no [specific] warning": the noun after it paired; "anything [important]"
        if denied in ("no", "any"):
            if after is None or not (after.q and _matched(after.op)):
                continue
        elif denied not in _DENIAL_WORDS:
            continue
        t = v.q.toks[st.q[0]]
        word = t.vkey
        if t.kind != "word" or t.cap or is_function(t) or word in _DETERMINER_LIKE:
            continue
        if not (word in _QUALIFIERS or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDS))):
            continue
        if any(x.vkey == word for x in v.s.toks):
            continue
        cq.add(st.q[0])
        denial = v.q.words(range(before.q[-1], st.q[0] + 1))
        return [
            Finding(
                "weaker-claim",
                f"weaker claim: '{t.raw}' added to a denial ('{denial}'): the source denies "
                "the whole",
                0.75,
            )
        ]
    return []


# a word its noun already says ("any political party" / "any party"): left out, nothing
# is widened
_IMPLIED_BY_NOUN = frozenset(
    [
        ("political", "party"),
        ("political", "parties"),
        ("armed", "forces"),
        ("human", "beings"),
        ("human", "being"),
        ("foreign", "embassy"),
        ("foreign", "embassies"),
    ]
)


def _qualifier_dropped(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A word that narrows a denial or a group left out inside the passage: "no perfect
    guarantees" quoted as "no guarantees", "no mass dismissals" as "no dismissals",
    "most of our soldiers" as "our soldiers": the claim now covers everything."""
    if not v.region:
        return []
    limit = (
        _limit_left_out(v, cq, cs)
        or _qualifier_added(v, cq)
        or _share_added(v, cq)
        or _enough_dropped(v, cs)
    )
    if limit:
        return limit
    lo, hi = min(v.region), max(v.region)
    for st in v.steps:
        if st.op != "delete" or len(st.s) != 1:
            continue
        j = st.s[0]
        if not lo < j < hi or j in cs:
            continue
        t = v.s.toks[j]
        prev = v.s.toks[j - 1].vkey
        nxt = v.s.toks[j + 1].vkey
        narrows_denial = (
            prev in _NO_DETERMINERS
            and t.vkey not in _DETERMINER_LIKE
            and (t.vkey, nxt) not in _IMPLIED_BY_NOUN
            and t.kind == "word"
            and not t.cap
            and not is_function(t)
            and _matched(v.s_match.get(j - 1, ("delete", ()))[0])
            and _matched(v.s_match.get(j + 1, ("delete", ()))[0])
        )
        share = (
            t.vkey in _SHARE_OF
            and nxt == "of"
            and not _matched(v.s_match.get(j + 1, ("delete", ()))[0])
        )
        if narrows_denial or share:
            cs.add(j)
            reason = f"stronger claim: '{v.s.words(range(j, j + 2))}' left out"
            if narrows_denial:
                whole = v.s.words(range(j - 1, j + 2))
                reason = f"stronger claim: '{t.raw}' left out of '{whole}'"
            return [Finding("stronger-claim", reason, 0.75)]
    return []
