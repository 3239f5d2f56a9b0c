"""Negation: a negation added or removed, a "never" for a "not", a partial negation
("not entirely") for a whole one or the reverse, and what keeps the polarity: a negation
moved into a word ("unable", "untrue", "false" for "not true"), into a modal of
possibility, out of the aligned words, or repeated along a list.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from ..align import antonym_pairs, is_function, negation_words
from ..normalize import Tok, load_list, number_value, stem
from .base import (
    PERMITTED,
    Finding,
    Side,
    _norm_word,
    _occurrences,
    earlier_in_sentence,
    prohibition,
)
from .modality import _modal_here, before_can
from .view import _counter, _counterpart_q, _edge_source, _matched, _near_region, _phrase, _View

Occurrence = tuple[int, int, str]


_SAYING_NO = ("say", "says", "said", "saying")


def _hedge_occurrences(side: Side) -> list[Occurrence]:
    return _occurrences(side.toks, "hedges.txt", set(range(len(side.toks))))


def _in_hedges(occ: Sequence[Occurrence], other_has_opinion: bool) -> set[int]:
    """Token positions inside a hedge phrase ("no fewer than", "not more than"). The "not"
    of an opinion ("I do not think") counts when the other side gives an opinion too: it
    is the claim's ("I do not believe the delay is technical" / "the delay is not, in my
    view, technical"); without one the opinion was dropped and the claim made flat ("No
    decision we took has cost lives" for "I do not think that any decision … has")."""
    return {
        i
        for lo, hi, cls in occ
        if not (cls == "opinion" and other_has_opinion)
        for i in range(lo, hi)
    }


_BELOW = frozenset(["less", "fewer", "under"])


def _bound_nots(side: Side, other: Side) -> set[int]:
    """The "not" of "did not last even five years" where the other side says "less than
    five": the negation belongs to the bound, as in "not more than"."""
    out: set[int] = set()
    toks = side.toks
    if _ceiling_said(other):
        # "not permitted to hold more than 2,000" / "no more than 2,000"
        for i, t in enumerate(toks):
            if t.vkey in ("not", "never", "cannot") and any(
                toks[k].vkey == "more" and toks[k + 1].vkey == "than"
                for k in range(i + 1, min(len(toks) - 1, i + 6))
            ):
                out.add(i)
    if not any(t.vkey in _BELOW for t in other.toks):
        return out
    for i, t in enumerate(toks):
        if t.vkey != "not":
            continue
        for k in range(i + 1, min(len(toks) - 1, i + 4)):
            if toks[k].vkey == "even" and (
                toks[k + 1].kind == "num" or toks[k + 1].vkey in ("half", "a", "one")
            ):
                out.add(i)
    return out


def _ceiling_said(side: Side) -> bool:
    """ "no more than" or "not more than" on this side."""
    vk = [t.vkey for t in side.toks]
    return any(
        vk[k] in ("no", "not") and vk[k + 1] == "more" and vk[k + 2] == "than"
        for k in range(len(vk) - 2)
    )


_NEG_PREFIXES = ("un", "dis", "ab", "in", "im", "il", "ir", "non")


def _prefix_negatives(side: Side, idx: set[int], other: set[str]) -> int:
    """Words that are another word of the other side with a negative prefix: "abnormal"
    for "not normal", "disliked" for "did not like"."""
    n = 0
    for i in idx:
        raw = side.toks[i].raw.lower()
        for prefix in _NEG_PREFIXES:
            base = raw[len(prefix) :].lstrip("-")
            if (
                raw.startswith(prefix)
                and len(base) >= 4
                and _base_in(stem(_norm_word(base)), other)
            ):
                n += 1
                break
    return n


def _base_in(base: str, other: set[str]) -> bool:
    """The base of a prefixed word among the other side's stems, or (six letters or
    more) sharing its first six with one: "unprotected" / "without protection"."""
    return base in other or (
        len(base) >= 6 and any(len(o) >= 6 and o[:6] == base[:6] for o in other)
    )


_WITHOUT_IDIOMS = frozenset(
    ["delay", "doubt", "hesitation", "fail", "exception", "exceptions", "question", "interruption"]
)
_HESITATE = frozenset(stem(w) for w in ("hesitate", "hesitation", "hesitating"))
_CHANGE = frozenset(stem(w) for w in ("change", "changes", "changing", "alter"))
_CARRY_ON = frozenset(stem(w) for w in ("continue", "remain", "stay", "persist"))


def _no_change(side: Side, i: int, other: Side, within: set[int]) -> bool:
    """ "that is not going to change", "this will not change" for the other side's "and
    will continue to do so", "it will remain so": what does not change carries on."""
    if side.toks[i].vkey not in ("not", "never"):
        return False
    if not any(t.stem in _CHANGE for t in side.toks[i + 1 : i + 5]):
        return False
    return any(other.toks[k].stem in _CARRY_ON for k in within) and not any(
        other.toks[k].stem in _CHANGE for k in within
    )


# words in "-less" without a negation in their meaning
_NOT_LESS = frozenset(["nevertheless", "regardless", "countless", "doubtless", "wireless"])


def _double_negations(side: Side, negs: Sequence[int], free: set[int]) -> int:
    """How many of the negations ``negs`` govern a word with a negation in its meaning
    right after them ("have not stopped working", "never failed to pay", "did not deny"):
    the two cancel, and the clause says what its plain verb says."""
    starts = {lo for lo, _, _ in _occurrences(side.toks, "negative_words.txt") if lo in free}
    return sum(1 for i in negs if any(k in starts for k in range(i + 1, i + 3)))


def _negative_words(side: Side, idx: set[int], other: set[str]) -> int:
    """How many words with a negation inside their meaning stand at ``idx``.

    "unable to sell" is "cannot sell", "never declined" is "never said no", "stays the
    same" is "does not change": a second translator may move a negation into the word.
    A listed word ("untrue") counts once, not again for its prefix.
    """
    # a phrase counts where its first word is free ("free of charge" / "without
    # charge": "charge" paired, the negation in "free of")
    listed = [
        (lo, hi, c)
        for lo, hi, c in _occurrences(side.toks, "negative_words.txt")
        if lo in idx and not _halts_someone(side, lo, hi)
    ]
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
    # "leave the ferry alone" is "do not block the ferry"
    free += sum(
        1
        for i in idx - taken
        if vk[i] == "alone"
        and any(x in ("leave", "leaves", "leaving") for x in vk[max(0, i - 4) : i])
    )
    # "advise our citizens against travelling" is "advise them not to travel"
    free += sum(
        1
        for i in idx - taken
        if vk[i] == "against"
        and i + 1 < len(vk)
        and vk[i + 1].endswith("ing")
        and any(t.stem in _ADVISE for t in side.toks[max(0, i - 4) : i])
    )
    return len(listed) + free + _prefix_negatives(side, idx - taken, other)


_HALTED = frozenset(["them", "him", "her", "us", "me", "you"])


def _halts_someone(side: Side, lo: int, hi: int) -> bool:
    """ "do not try to stop them yourself": "stop" with a person after it halts someone
    (= "detain them"), no "cease" with a negation inside."""
    return side.toks[lo].stem == "stop" and hi < len(side.toks) and side.toks[hi].vkey in _HALTED


_ADVISE = frozenset(
    stem(_norm_word(w)) for w in ("advise", "warn", "caution", "counsel", "recommend", "urge")
)


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


def _contrasted(side: Side, k: int) -> str | None:
    """The one a contrastive "not" sets aside, after a comma: ", not (to|for|by) me"."""
    gap = side.text[side.toks[k - 1].end : side.toks[k].start] if k > 0 else ""
    if side.toks[k].vkey != "not" or "," not in gap:
        return None
    rest = [t for t in side.toks[k + 1 : k + 4] if t.vkey not in ("to", "for", "by", "with", "the")]
    return rest[0].vkey if rest and rest[0].kind == "word" else None


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

    def governed(side: Side, k: int, before: int = 0, after: int = 3) -> set[str]:
        return {
            side.toks[x].stem
            for x in range(max(0, k - before), min(len(side.toks), k + 1 + after))
            if x != k and not is_function(side.toks[x]) and side.toks[x].kind == "word"
        }

    kept: list[int] = []
    for i in q_left:
        if (
            [t.vkey for t in v.q.toks[i + 1 : i + 2]] == ["do"]
            and v.q.toks[i + 2 : i + 3]
            and (v.q.toks[i + 2].vkey in ("it", "so", "that", "this"))
        ):
            # "so I will not do it": the negated verb stands earlier in the quote, in the
            # source's own words ("I will not resign …")
            cs.add(outside.pop(0))
            if not outside:
                kept += q_left[q_left.index(i) + 1 :]
                break
            continue

        def near(j: int, i: int = i) -> set[str]:
            """The content words the quote's negation governs, less those the alignment
            paired with source words away from ``j`` ("We will not ask the state" /
            "We will ask the state …, but we will not wait for the state")."""
            out = set()
            for x in range(i + 1, min(len(v.q.toks), i + 4)):
                t = v.q.toks[x]
                if is_function(t) or t.kind != "word":
                    continue
                op, paired = v.q_match.get(x, ("insert", ()))
                # the same word paired elsewhere (not a synonym the aligner reached for)
                if (
                    _matched(op)
                    and any(v.s.toks[k].stem == t.stem for k in paired)
                    and not any(j - 3 <= k <= j + 5 for k in paired)
                ):
                    continue
                out.add(t.stem)
            return out

        # the source may negate the verb of the word the quote negates ("there would be
        # no case" / "this case would not exist"): its subject stands just before
        # "simply not how the Council works" / "simply does not work that way": the verb
        # may come a few words after the source's negation
        j = next((j for j in outside if near(j) & governed(v.s, j, before=3, after=5)), None)
        if j is None:
            # "It is up to the inspectors, not to me" / "is for the inspectors to decide,
            # not for me": a contrast that names the same one after its preposition
            who = _contrasted(v.q, i)
            j = next((j for j in outside if who and _contrasted(v.s, j) == who), None)
        if j is None and _in_own_words(v, i):
            # a clause the translator moved as a whole ("I do not rule out a ban …" /
            # "A ban … is something I do not exclude"): the quote's negation in words of
            # its own, the source's in the part of the sentence the alignment left out
            j = next((j for j in outside if _in_cut_clause(v, j)), None)
        if j is None:
            kept.append(i)
        else:
            outside.remove(j)
            cs.add(j)
    return kept


def _in_own_words(v: _View, i: int) -> bool:
    """Whether quote word ``i`` stands among words the alignment paired with nothing, at
    least one of them a content word ("is not something we are contemplating", "I cannot
    say", "without a pause"), not a lone "not" set into the source's own words."""
    run = _unpaired_run(v.q, v.q_match, "insert", i)
    return any(k != i and not is_function(v.q.toks[k]) and v.q.toks[k].kind == "word" for k in run)


def _in_cut_clause(v: _View, j: int) -> bool:
    """Whether source word ``j`` stands in a stretch of its sentence outside the aligned
    region with a content word of its own ("We are not considering …", "… without a
    break.", "I do not know who …")."""
    run = _unpaired_run(v.s, v.s_match, "delete", j)
    return any(
        k != j and k not in v.region and not is_function(v.s.toks[k]) and v.s.toks[k].kind == "word"
        for k in run
    )


def _unpaired_run(
    side: Side, match: dict[int, tuple[str, tuple[int, ...]]], op: str, k: int
) -> list[int]:
    """Token ``k`` and its neighbours (up to three on each side, within the sentence)
    that the alignment paired with nothing (``op``: "insert" for the quote, "delete"
    for the source); a word set against another ("never told" / "informed") ends it."""
    out = [k]
    for step in (-1, 1):
        x = k
        for _ in range(3):
            nxt = x + step
            if not 0 <= nxt < len(side.toks) or side.sentence_break(max(x, nxt)):
                break
            if match.get(nxt, (op, ()))[0] != op:
                break
            out.append(nxt)
            x = nxt
    return out


def _yet_to(side: Side) -> bool:
    """ "has yet to respond", "is yet to be decided": a negation said without one."""
    vk = [t.vkey for t in side.toks]
    return any(
        a == "yet" and b == "to" and k > 0 and vk[k - 1] in _YET_TO_AUX
        for k, (a, b) in enumerate(itertools.pairwise(vk))
    )


_YET_TO_AUX = frozenset(["has", "have", "had", "is", "are", "was", "were"])


def _not_yet(side: Side, i: int) -> bool:
    """The negation at ``i`` is the "not" of "not yet"."""
    return i + 1 < len(side.toks) and side.toks[i + 1].vkey == "yet"


def _never_for_not(v: _View, i: int, j: int) -> bool:
    """ "we will never withdraw" for "we will not withdraw": "never" makes a plain
    negation absolute, unless the source has "never"/"ever" itself or the clause is a
    counterfactual ("would never have happened" is "would not have happened")."""
    if v.q.toks[i].vkey != "never" or v.s.toks[j].vkey not in ("not", "no"):
        return False
    if any(v.s.toks[k].vkey in ("never", "ever") for k in v.scope | v.region):
        return False
    # "will not take effect at all": as absolute as "never"
    after = [t.vkey for t in v.s.toks[j + 1 : j + 7]]
    if any(after[k : k + 2] == ["at", "all"] for k in range(len(after))):
        return False
    # "will not open again", "will not be used any more": "never" for what stops for good
    if any(w in ("again", "anymore") for w in after) or any(
        after[k : k + 2] in (["any", "more"], ["any", "longer"]) for k in range(len(after))
    ):
        return False
    before = {t.vkey for t in v.q.toks[max(0, i - 3) : i]}
    # "I have never seen such a document" / "I have not seen any such document": the
    # perfect with "any" spans all the time up to now
    if before & {"have", "has", "had"} and "any" in after[:3]:
        return False
    # one event in the past: "something that did not happen" / "that never happened",
    # "it was not notified of the launch" / "it was never informed of it"
    if _one_past_event(v.s, j) and not before & {"have", "has", "had", "will", "would"}:
        return False
    return not before & {"would", "could", "might"}


def _one_past_event(side: Side, j: int) -> bool:
    """The negation at ``j`` denies one past event in the simple past: "did not happen",
    "was not notified", "were not told" (not "have not seen", which spans up to now, nor
    "was not always")."""
    toks = side.toks
    if j == 0 or toks[j - 1].vkey not in ("did", "was", "were"):
        return False
    nxt = toks[j + 1].vkey if j + 1 < len(toks) else ""
    if nxt in ("always", "often", "usually", "yet", "once"):
        return False
    # "was not" before a participle or "did not" before a verb: the event itself
    return nxt.endswith("ed") or toks[j - 1].vkey == "did" or nxt in _PAST_IRREGULAR


# participles that do not end in -ed ("was not told", "were not given")
_PAST_IRREGULAR = frozenset(
    ["told", "given", "shown", "seen", "known", "taken", "sent", "paid", "made", "found", "met"]
)


_EXCEPT = frozenset(["except", "apart", "but", "other", "besides", "save", "beyond", "outside"])
_NOBODY = frozenset(["no", "nobody", "noone", "none", "nothing", "neither"])


def _exclusive(side: Side, i: int) -> bool:
    """A negation that excepts ("nobody apart from them", "no one but us", "nothing
    other than", "nobody outside the staff", "nobody … unless"): together with its
    exception it says "only"."""
    toks = side.toks
    if toks[i].vkey not in _NOBODY:
        return False
    ahead = [t.vkey for t in toks[i + 1 : i + 4]]
    # "Nobody may leave the two provinces unless they have a permit": only those who have
    if toks[i].vkey in ("nobody", "noone") and "unless" in [t.vkey for t in toks[i + 1 : i + 9]]:
        return True
    return any(w in _EXCEPT for w in ahead) and not (
        "but" in ahead and "also" in [t.vkey for t in toks[i + 1 : i + 6]]
    )


def _exception_of(side: Side, i: int) -> bool:
    """The "unless" of "nobody … unless": the exception of an excepting negation."""
    return side.toks[i].vkey == "unless" and any(
        _exclusive(side, k) for k in range(max(0, i - 8), i)
    )


def _says_only(side: Side, idx: set[int]) -> bool:
    return any(side.toks[k].vkey in ("only", "solely", "exclusively") for k in idx)


def _doubt_unnegated(side: Side, negs: frozenset[str]) -> bool:
    """A "doubt" on this side with no negation right before it ("my doubts")."""
    return any(
        t.stem.startswith("doubt") and (k == 0 or side.toks[k - 1].vkey not in negs)
        for k, t in enumerate(side.toks)
    )


def _negation(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    negs = negation_words()
    q_modal, s_modal = _possible_negations(v)
    q_occ, s_occ = _hedge_occurrences(v.q), _hedge_occurrences(v.s)
    q_opinion = any(cls == "opinion" for _, _, cls in q_occ)
    s_opinion = any(cls == "opinion" for _, _, cls in s_occ)
    hedged = {
        id(v.q): _in_hedges(q_occ, s_opinion) | q_modal | _bound_nots(v.q, v.s),
        id(v.s): _in_hedges(s_occ, q_opinion) | s_modal | _bound_nots(v.s, v.q),
    }

    def other(side: Side) -> Side:
        return v.s if side is v.q else v.q

    def within(side: Side) -> set[int]:
        return set(range(len(v.q.toks))) if side is v.q else v.scope | v.region

    def _ban_alone(side: Side, idx: set[int]) -> bool:
        """A ban among ``idx`` and no negation beside it."""
        return prohibition(side, idx) and not any(side.toks[k].vkey in negs for k in idx)

    def is_neg(side: Side, i: int) -> bool:
        t = side.toks[i]
        # "unless we act" is "if we do not act"
        if (t.vkey not in negs and t.vkey != "unless") or i in hedged[id(side)]:
            return False
        nxt = side.toks[i + 1].vkey if i + 1 < len(side.toks) else ""
        return not (
            (t.vkey == "no" and nxt == "matter")
            # "we may not close it" for "the treaty forbids us to close it": the ban
            # carries the negation
            or (
                t.vkey == "not"
                and i > 0
                and side.toks[i - 1].vkey in ("may", "must", "can")
                and _ban_alone(other(side), within(other(side)))
            )
            # "no fishing will be allowed" for "all fishing is banned": the ban carries it
            or (
                t.vkey in ("no", "not", "never")
                and any(x.vkey in _ALLOWED for x in side.toks[i + 1 : i + 7])
                and _ban_alone(other(side), within(other(side)))
            )
            # "voted no" is a vote against, "said no" a refusal (negative_words.txt), no
            # negation of the sentence
            or (
                t.vkey == "no"
                and i > 0
                and (side.toks[i - 1].stem == "vot" or side.toks[i - 1].vkey in _SAYING_NO)
            )
            # "no doubt" is "certainly", unless the other side has the doubt itself
            # ("I have no doubt that he respects it" / "I have my doubts that he does")
            or (t.vkey == "no" and nxt == "doubt" and not _doubt_unnegated(other(side), negs))
            # "make no mistake", "let there be no misunderstanding": I want to be clear
            or (
                t.vkey == "no"
                and nxt in ("mistake", "misunderstanding")
                and any(x.vkey in ("be", "make") for x in side.toks[max(0, i - 2) : i])
            )
            or _whether_or_not(side, i)
            or _listed_not(side, i)
            or _reply_no(side, i)
            or _neither_nor(side, i)
            or _not_even_after(side, i, negs)
            # "not only" adds, unless the other side keeps the "only" without it ("cod is
            # only a fish" for "cod is not only a fish": the denial dropped); "not just a
            # fish" is the addition "more than a fish" says the other way
            or (
                t.vkey == "not"
                and nxt in _ONLY
                and (
                    (nxt == "only" and not _bare_only(other(side), within(other(side))))
                    or more_than_a_thing(other(side), within(other(side)))
                )
            )
            # "a little humility would not go amiss": welcome (litotes), no negation
            or (t.vkey == "not" and "amiss" in [x.vkey for x in side.toks[i + 1 : i + 3]])
            # "no later than June 30" is "by June 30": a deadline, not a negation
            or (
                t.vkey in ("no", "not")
                and nxt in ("later", "earlier", "sooner")
                and i + 2 < len(side.toks)
                and side.toks[i + 2].vkey == "than"
            )
            # "nothing less than life", "nothing short of": emphasis, not negation
            or (t.vkey == "nothing" and nxt in ("less", "short", "more", "but"))
            # "without delay", "without doubt": promptly, certainly
            or (t.vkey == "without" and nxt in _WITHOUT_IDIOMS)
            # "with no exceptions" is "without exception": every one
            or (
                t.vkey == "no"
                and nxt in ("exception", "exceptions")
                and i > 0
                and side.toks[i - 1].vkey == "with"
            )
            # "and that is not going to change" for "and will continue to do so"
            or _no_change(side, i, other(side), within(other(side)))
            # "we will not hesitate to use it" is "we will use it without hesitation"
            or (
                t.vkey in ("not", "never")
                and stem(nxt) in _HESITATE
                and any(x.stem in _HESITATE for x in other(side).toks)
            )
            or _but_for(side, i, other(side), within(other(side)))
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
        for j in sorted(
            v.region
            | _short_skips(v)
            | _edge_before(v)
            | _raised_nots(v, v.scope, q_opinion)
            | _elliptical_tail(v)
        )
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
    q_left = [
        i
        for i in _one_per_list(v.q, q_left)
        if not _not_as_as(v.q, i, v.s) and not _never_superlative(v.q, i, v.s)
    ]
    s_left = [
        j
        for j in _one_per_list(v.s, s_left)
        if not _not_as_as(v.s, j, v.q) and not _never_superlative(v.s, j, v.q)
    ]
    # "as long as we do not know why" is "until we know why"
    q_left = [i for i in q_left if not _until_for_not(v.q, i, v.s, v.scope | v.region)]
    s_left = [j for j in s_left if not _until_for_not(v.s, j, v.q, set(range(len(v.q.toks))))]
    # "we do not attribute it unless two sources agree" is "we attribute it only when …"
    q_left = [i for i in q_left if not _unless_for_only_if(v.q, i, v.s)]
    s_left = [j for j in s_left if not _unless_for_only_if(v.s, j, v.q)]
    # "Lesnia has yet to respond" is "Lesnia has not yet answered"
    if _yet_to(v.q):
        s_left = [j for j in s_left if not _not_yet(v.s, j)]
    if _yet_to(v.s):
        q_left = [i for i in q_left if not _not_yet(v.q, i)]
    # "has not yet been put out" is "is still burning"
    q_left = [i for i in q_left if not _not_yet_for_still(v.q, i, v.s, v.scope | v.region)]
    s_left = [j for j in s_left if not _not_yet_for_still(v.s, j, v.q, set(range(len(v.q.toks))))]
    q_left = [i for i in q_left if not _barely_for_only_just(v.q, i, v.s, v.scope | v.region)]
    s_left = [
        j for j in s_left if not _barely_for_only_just(v.s, j, v.q, set(range(len(v.q.toks))))
    ]
    # "nobody apart from Kamenbrod could meet them" is "only Kamenbrod could meet them"
    if _says_only(v.s, v.region | v.scope):
        q_left = [i for i in q_left if not _exclusive(v.q, i) and not _exception_of(v.q, i)]
    if _says_only(v.q, set(range(len(v.q.toks)))):
        s_left = [j for j in s_left if not _exclusive(v.s, j) and not _exception_of(v.s, j)]
    if len(q_left) > len(s_left) and _raised_nots(v, v.scope | v.region, q_opinion):
        q_left = q_left[1:]  # "I do not believe it is technical" / "it is not, in my view, …"
    subject = _negative_subject_before(v) if len(q_left) > len(s_left) else None
    if subject is not None:
        q_left = q_left[1:]  # "No Ostrevian will wait" quoted as "… won't wait"
        cs.add(subject)  # paired: not also a negation cut off at the quote's start
    if len(q_left) > len(s_left):
        q_left = _moved_negations(v, q_left, is_neg, cs)
    if len(q_left) > len(s_left):
        # a negation in the quote's own ending whose counterpart stands just past where
        # the alignment stopped ("… was well managed. It wasn't." / "It was not.")
        spare = [
            j
            for j in sorted(_edge_source(v, q_left[-1]))
            if (is_neg(v.s, j) or v.s.toks[j].vkey in negative_list()) and j not in cs
        ]
        while spare and len(q_left) > len(s_left) and _edge_source(v, q_left[-1]):
            q_left.pop()
            spare.pop(0)
    if len(q_left) > len(s_left) and v.region and len(v.q.toks) - q_left[-1] <= 6:
        # "though no decision has been made" / "but they have not yet decided": the
        # alignment paired "has" with "have" and stopped one word short of the "not"
        end = max(v.region) + 1
        near = [
            j
            for j in range(end, min(len(v.s.toks), end + 3))
            if not any(v.s.sentence_break(k) for k in range(end, j + 1))
            and is_neg(v.s, j)
            and j not in cs
        ]
        if near:
            q_left.pop()
            cs.add(near[0])
    out: list[Finding] = list(absolutes)
    if len(q_left) != len(s_left):
        # a negation moved into a word of the other side keeps the polarity
        q_free = {
            i for i in range(len(v.q.toks)) if not _matched(v.q_match.get(i, ("insert", ()))[0])
        }
        s_free = {
            j
            for j in v.region | _short_skips(v) | _tail_after(v)
            if not _matched(v.s_match.get(j, ("delete", ()))[0])
        }
        s_stems = {v.s.toks[j].stem for j in v.region}
        q_stems = {t.stem for t in v.q.toks}
        q_neg = _negative_words(v.q, q_free, s_stems)
        s_neg = _negative_words(v.s, s_free, q_stems)
        if len(q_left) - len(s_left) == s_neg - q_neg:
            return out
        # "have not stopped working" / "have been working": two negations cancel
        q_two = _double_negations(v.q, q_left, q_free)
        s_two = _double_negations(v.s, s_left, s_free)
        if q_two + s_two and len(q_left) - len(s_left) == s_neg - q_neg + 2 * (q_two - s_two):
            return out
    if len(q_left) != len(s_left):
        q_left, s_left = _opposite_for_negation(v, q_left, s_left)
    if len(q_left) > len(s_left):
        for i in q_left[len(s_left) :]:
            out.append(
                Finding("negation-added", f"negation added: '{_phrase(v.q, i, i + 1, 1, 3)}'", 0.9)
            )
            cq.add(i)
    elif len(s_left) - len(q_left) <= _coordinated_items(v.q) - 1:
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


_AUX_OF_ELLIPSIS = frozenset(
    [
        *("is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "will"),
        *("would", "can", "could", "should", "must"),
    ]
)


def _elliptical_tail(v: _View) -> set[int]:
    """The source sentence's last words after the aligned region, when they are only an
    auxiliary and its "not" ("Both satellites were insured, but the rocket was not."):
    the denial of the clause the quote ends on ("… and so was the rocket")."""
    if not v.region:
        return set()
    end = max(v.region) + 1
    toks = v.s.toks
    tail = []
    for j in range(end, min(len(toks), end + 3)):
        if v.s.sentence_break(j):
            break
        tail.append(j)
    stop = end + len(tail)
    if not (stop == len(toks) or v.s.sentence_break(stop)):
        return set()
    words = [toks[j].vkey for j in tail]
    if len(words) == 2 and words[0] in _AUX_OF_ELLIPSIS and words[1] in ("not", "never"):
        return {tail[1]}
    return set()


def _tail_after(v: _View, n: int = 3) -> set[int]:
    """The source's words right after the aligned region, in its sentence and paired
    with nothing: where a translator's reordered clause ends ("why these warnings were
    ignored" rendered "why nobody acted on these warnings")."""
    if not v.region:
        return set()
    end = max(v.region) + 1
    out: set[int] = set()
    for j in range(end, min(len(v.s.toks), end + n)):
        if v.s.sentence_break(j) or _matched(v.s_match.get(j, ("delete", ()))[0]):
            break
        out.add(j)
    return out


def _opposite_for_negation(
    v: _View, q_left: list[int], s_left: list[int]
) -> tuple[list[int], list[int]]:
    """Drop a negation whose verb the other side says as its opposite: "does not keep its
    word" / "breaks its word" (``antonyms.tsv``), either way round."""
    opposite = antonym_pairs()

    def unpaired(
        x: Side,
        extra: list[int],
        y: Side,
        y_all: range | set[int],
        y_match: dict[int, tuple[str, tuple[int, ...]]],
    ) -> list[int]:
        kept: list[int] = []
        for k in extra:
            if any(t.vkey == "would" for t in x.toks[max(0, k - 2) : k]):
                # "I would not be surprised if …" hedges; "I expect …" does not
                kept.append(k)
                continue
            governed = [t.stem for t in x.toks[k + 1 : k + 4] if not is_function(t)]
            # the opposite is a word of the other side's own, not one both sides share
            # ("can neither confirm nor deny" / "can confirm")
            if any(
                (g, y.toks[m].stem) in opposite
                and not _negated_before(y, m)
                and not _matched(y_match.get(m, ("insert", ()))[0])
                for g in governed
                for m in y_all
            ):
                continue
            kept.append(k)
        return kept

    q_all = range(len(v.q.toks))
    if len(s_left) > len(q_left):
        s_left = s_left[: len(q_left)] + unpaired(v.s, s_left[len(q_left) :], v.q, q_all, v.q_match)
    else:
        q_left = q_left[: len(s_left)] + unpaired(
            v.q, q_left[len(s_left) :], v.s, v.region | _tail_after(v), v.s_match
        )
    return q_left, s_left


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
        # "had not worked properly" grants that they worked in part
        "properly",
    ]
)


_ITSELF = [["in", "itself"], ["by", "itself"], ["in", "themselves"], ["by", "themselves"]]


def _itself_after(side: Side, i: int) -> bool:
    """ "in itself" / "by itself" right after the negation at ``i``."""
    return [t.vkey for t in side.toks[i + 1 : i + 3]] in _ITSELF


def _alone_said(side: Side, idx: Iterable[int]) -> bool:
    """The side limits its subject by "alone", "by itself", "on its own" or "in itself"."""
    vk = [t.vkey for t in side.toks]
    return any(
        vk[k] == "alone" or vk[k : k + 2] in _ITSELF or vk[k : k + 3] == ["on", "its", "own"]
        for k in idx
    )


def _partial_negations(side: Side, idx: Iterable[int], *, whole: bool = False) -> list[int]:
    """ "not entirely", "not always", "not quite": a negation of the whole that grants a
    part, weaker than a plain "no" ("not entirely accurate" is not "untrue"). With
    ``whole``, also "not … the whole/entire X", which may answer the other side's "not …
    all" ("cannot carry the whole burden" / "cannot do all the work") but says too little
    to be a change on its own ("I am not claiming the entire election was stolen")."""
    negs = negation_words()
    all_of = _ALL_OF | _WHOLE if whole else _ALL_OF
    keep = set(idx)
    return [
        i
        for i in sorted(keep)
        if side.toks[i].vkey in negs
        and i + 1 < len(side.toks)
        and (
            side.toks[i + 1].vkey in _WHOLLY
            # "does not in itself change the status": not alone, perhaps with more
            or _itself_after(side, i)
            # after the verb: "had not worked properly", "did not work properly"
            or any(t.vkey == "properly" for t in side.toks[i + 2 : i + 4])
            # the verb's object: "does not remove all the cyanide" (removes some),
            # "cannot carry the whole burden"
            or _not_all_object(side, i, all_of)
            # (to answer the other side's: "is not a pardon for everything", "cannot
            # replace the refinery completely" for "cannot fully take the place of")
            # ("not … at all" is the whole denied, no part granted)
            or (
                whole
                and any(
                    side.toks[k].vkey in all_of | _WHOLLY and side.toks[k - 1].vkey != "at"
                    for k in range(i + 1, min(i + 6, len(side.toks)))
                )
            )
        )
        and not (
            side.toks[i + 1].vkey == "all"
            and i + 2 < len(side.toks)
            and side.toks[i + 2].vkey in ("of", "the")
        )
    ]


def _not_all_object(side: Side, i: int, all_of: frozenset[str]) -> bool:
    """The negated verb right after ``i`` takes "all"/"every" as its object: "does not
    remove all the cyanide", "will not fix every problem" (not "nothing at all")."""
    vk = [t.vkey for t in side.toks[i + 1 : i + 4]]
    if len(vk) < 2 or side.toks[i + 1].kind != "word" or vk[0] == "at":
        return False
    if re.search(r"[,;:.!?—–]", side.text[side.toks[i + 1].end : side.toks[i + 2].start]):
        return False  # "stops no war. All it does is …"
    return vk[1] in all_of or (vk[1] in _THE and vk[2:3] != [] and vk[2] in all_of)


_ALL_OF = frozenset(["all", "every", "everything", "everyone", "everybody"])
_WHOLE = frozenset(["whole", "entire"])
_THE = frozenset(["the", "our", "their", "its", "his", "her", "your", "this", "these"])


# a negation that grants a little: "is hardly sovereign" says less than "is not sovereign"
_SOFT_NOTS = frozenset(["hardly", "barely", "scarcely"])
_ALMOST = frozenset(["almost", "nearly", "virtually", "practically"])
_PLAIN_NOTS = frozenset(["not", "no", "never", "nobody", "none", "nothing", "nowhere", "noone"])


def _soft_nots(side: Side, idx: Iterable[int]) -> list[int]:
    """ "hardly", "barely", "scarcely", and "almost" before a negation ("almost no rest")."""
    vk = [t.vkey for t in side.toks]
    return [
        i
        for i in sorted(idx)
        if vk[i] in _SOFT_NOTS
        or (vk[i] in _ALMOST and vk[i + 1 : i + 2] and vk[i + 1] in _PLAIN_NOTS)
    ]


def _plain_nots(side: Side, idx: Iterable[int]) -> list[int]:
    return [i for i in idx if side.toks[i].vkey in _PLAIN_NOTS]


def _marked_for_plain(
    q_marked: list[int], s_marked: list[int], q_plain: list[int], s_plain: list[int]
) -> tuple[str, int, int] | None:
    """A marked negation ("hardly", "not only") on one side where the other has one
    plain negation more: ("weaker", quote's marked, source's plain) when the quote has
    it, ("stronger", quote's plain, source's marked) the other way round, else None."""
    if len(q_marked) > len(s_marked) and len(s_plain) > len(q_plain):
        return "weaker", q_marked[len(s_marked)], s_plain[0]
    if len(s_marked) > len(q_marked) and len(q_plain) > len(s_plain):
        return "stronger", q_plain[0], s_marked[len(q_marked)]
    return None


def _softened_negation(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "hardly sovereign" for "not sovereign": a weaker claim; the other way, stronger.
    The soft negation stands where the other side has one plain negation more."""
    q_idx = [i for i in range(len(v.q.toks)) if i not in cq]
    s_idx = [j for j in sorted(_near_region(v)) if j not in cs]
    found = _marked_for_plain(
        _soft_nots(v.q, q_idx),
        _soft_nots(v.s, s_idx),
        _plain_nots(v.q, q_idx),
        _plain_nots(v.s, s_idx),
    )
    if found is None:
        return []
    change, i, j = found
    if change == "weaker":
        reason = (
            f"weaker claim: '{_phrase(v.q, i, i + 2, 0, 0)}' where the source says "
            f"'{v.s.toks[j].raw}'"
        )
    else:
        reason = f"stronger claim: the source says '{_phrase(v.s, j, j + 2, 0, 0)}'"
    cq.add(i)
    cs.add(j)
    return [Finding(f"{change}-claim", reason, 0.75)]


_ONLY = frozenset(["only", "just", "merely", "solely", "simply"])


def _bare_only(side: Side, idx: Iterable[int]) -> bool:
    """An "only" among ``idx`` with no "not" before it: a limit, not "not only"."""
    return any(
        side.toks[k].vkey == "only" and (k == 0 or side.toks[k - 1].vkey != "not") for k in idx
    )


def more_than_a_thing(side: Side, idx: Iterable[int]) -> bool:
    """ "more than a fish", "more than just a job": "more than" before no figure, the
    addition "not just a fish" says (not "more than 40" or "more than forty", a bound)."""
    toks = side.toks
    return any(
        toks[k].vkey == "more"
        and toks[k + 1].vkey == "than"
        and all(t.kind == "word" and number_value(t) is None for t in toks[k + 2 : k + 4])
        for k in idx
        if k + 3 < len(toks)
    )


def _additive_nots(side: Side, idx: Iterable[int]) -> list[int]:
    """ "not only", "not just", "not merely": an addition, no denial."""
    vk = [t.vkey for t in side.toks]
    return [i for i in sorted(idx) if vk[i] == "not" and vk[i + 1 : i + 2] and vk[i + 1] in _ONLY]


def _not_only(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "The sanctions were not only our idea" for "The sanctions were not our idea": a
    denial made a concession (weaker), and the other way a concession made a denial
    (stronger). The "not" of each side pairs, so the negation check sees no change."""
    q_idx = [i for i in range(len(v.q.toks)) if i not in cq]
    s_idx = [j for j in sorted(_near_region(v)) if j not in cs]
    q_add, s_add = _additive_nots(v.q, q_idx), _additive_nots(v.s, s_idx)
    q_plain = [i for i in _plain_nots(v.q, q_idx) if i not in q_add]
    s_plain = [j for j in _plain_nots(v.s, s_idx) if j not in s_add]
    found = _marked_for_plain(q_add, s_add, q_plain, s_plain)
    if found is None:
        return []
    change, i, j = found
    # "not about money alone" renders "not only about money": the limit said elsewhere
    plain_side, plain = (v.s, s_idx) if change == "weaker" else (v.q, q_idx)
    if any(plain_side.toks[k].vkey in _ONLY | {"alone"} for k in plain):
        return []
    said = "a denial made a concession" if change == "weaker" else "a concession made a denial"
    cq.add(i)
    cs.add(j)
    reason = (
        f"{change} claim: '{_phrase(v.s, j, j + 2, 0, 1)}' → "
        f"'{_phrase(v.q, i, i + 2, 0, 1)}' ({said})"
    )
    return [Finding(f"{change}-claim", reason, 0.75)]


def _partial_negation(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    q_part = [i for i in _partial_negations(v.q, range(len(v.q.toks))) if i not in cq]
    s_part = [j for j in _partial_negations(v.s, _near_region(v)) if j not in cs]
    q_any = [i for i in _partial_negations(v.q, range(len(v.q.toks)), whole=True) if i not in cq]
    s_any = [j for j in _partial_negations(v.s, _near_region(v), whole=True) if j not in cs]
    # "not fully restored until Sunday" / "full restoration came only on Sunday": a time
    q_part = [i for i in q_part if not _until_for_not(v.q, i, v.s, v.scope | v.region)]
    s_part = [j for j in s_part if not _until_for_not(v.s, j, v.q, set(range(len(v.q.toks))))]
    q_any = [i for i in q_any if not _until_for_not(v.q, i, v.s, v.scope | v.region)]
    s_any = [j for j in s_any if not _until_for_not(v.s, j, v.q, set(range(len(v.q.toks))))]
    # "does not in itself make a vessel dangerous" / "Age alone does not make a ship
    # unsafe": the same limit, said of the subject
    if _alone_said(v.s, v.scope | set(_near_region(v))):
        q_part = [i for i in q_part if not _itself_after(v.q, i)]
    if _alone_said(v.q, range(len(v.q.toks))):
        s_part = [j for j in s_part if not _itself_after(v.s, j)]
    if len(q_part) > len(s_any):
        i = q_part[len(s_any)]
        cq.update((i, i + 1))
        return [
            Finding(
                "weaker-claim",
                f"weaker claim: '{_phrase(v.q, i, i + 2, 0, 1)}' grants a part where the "
                f"source denies the whole",
                0.8,
            )
        ]
    if len(s_part) > len(q_any):
        j = s_part[len(q_any)]
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


def _raised_nots(v: _View, within: set[int], quote_opinion: bool) -> set[int]:
    """The "not" of a source opinion verb ("I do not believe that the delay is
    technical") among ``within``, when the quote gives an opinion too ("the delay is not,
    in my view, technical"): it negates the claim the quote renders."""
    if not quote_opinion:
        return set()
    return {
        k
        for lo, hi, cls in _occurrences(v.s.toks, "hedges.txt", within)
        if cls == "opinion"
        for k in range(lo, hi)
        if v.s.toks[k].vkey == "not"
    }


_ALLOWED = PERMITTED | {"allow", "permit"}
_UNTIL = frozenset(["until", "till"])


def _until_for_not(side: Side, i: int, other: Side, other_idx: set[int]) -> bool:
    """A "not" in an "as long as …"/"while …" clause set against an "until" of the other
    side: "as long as we do not know why" / "until we know why"; a "not … until" set
    against "only at/on/after" of the other side."""
    vk = [t.vkey for t in side.toks[max(0, i - 6) : i]]
    opens = any(vk[k : k + 3] == ["as", "long", "as"] for k in range(len(vk))) or "while" in vk
    if opens and any(other.toks[j].vkey in _UNTIL for j in other_idx):
        return True
    # "was not told until 9.10" / "was informed only at ten past nine": the same time
    # "will not decide before the funerals" / "will decide only after the funerals"
    after = [t.vkey for t in side.toks[i + 1 : i + 8]]
    # "the wagons cannot be lifted until the chlorine is pumped out" / "Before we can
    # lift the wagons, the chlorine must be pumped out": the same order of events
    if set(after) & _UNTIL and any(
        other.toks[j].vkey == "before"
        and (j == 0 or other.sentence_break(j) or before_can(other, j))
        for j in other_idx
    ):
        return True
    if _not_until_the_time(side, i, other, other_idx) or _not_earlier(side, i, other):
        return True
    return bool(set(after) & (_UNTIL | {"before"})) and any(
        other.toks[j].vkey == "only"
        and j + 1 < len(other.toks)
        and other.toks[j + 1].vkey in ("at", "on", "in", "after", "when", "once")
        for j in other_idx
    )


_ONLY_IF = frozenset(["if", "when", "once", "after", "where", "with"])


def _unless_for_only_if(side: Side, i: int, other: Side) -> bool:
    """ "We do not attribute an incident unless two sources point the same way" / "We
    only assign an incident when two sources point the same way": "not … unless" is
    "only … if", the same condition, nothing denied."""
    negs = ("not", "no", "never", "nobody", "nothing")
    vi = side.toks[i].vkey
    if vi in negs:
        paired = any(t.vkey == "unless" for t in side.toks[i + 1 : i + 12])
    else:
        paired = vi == "unless" and any(t.vkey in negs for t in side.toks[max(0, i - 12) : i])
    if not paired:
        return False
    vk = [t.vkey for t in other.toks]
    return any(w == "only" and set(vk[k + 1 : k + 9]) & _ONLY_IF for k, w in enumerate(vk))


_EARLIER = frozenset(["earlier", "sooner", "before"])
_WHEN = frozenset(["when", "once"])


def _not_earlier(side: Side, i: int, other: Side) -> bool:
    """ "we will not fly again until we know why" / "we will fly when we know why, and not
    one day earlier": "not … until" and "when …, not earlier" set the same order of
    events (either side's "not")."""

    def until(s: Side, k: int) -> bool:
        return any(t.vkey in _UNTIL for t in s.toks[k + 1 : k + 8])

    def when_not_earlier(s: Side) -> bool:
        vk = [t.vkey for t in s.toks]
        return bool(set(vk) & _WHEN) and any(
            a == "not" and set(vk[k + 1 : k + 5]) & _EARLIER for k, a in enumerate(vk)
        )

    earlier = any(t.vkey in _EARLIER for t in side.toks[i + 1 : i + 5])
    if until(side, i):
        return when_not_earlier(other)
    return (
        earlier
        and when_not_earlier(side)
        and any(until(other, k) for k, t in enumerate(other.toks) if t.vkey == "not")
    )


_LATE = frozenset(["late", "later", "delay", "delayed", "behind", "belatedly"])


def _not_until_the_time(side: Side, i: int, other: Side, other_idx: set[int]) -> bool:
    """ "the first gates did not open until 5:40 pm" / "opened at 5:40 pm, forty minutes
    late": "not … until" a time the other side gives with "at" or "on" says when it
    happened, late; nothing is denied."""
    toks = side.toks
    u = next((k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].vkey in _UNTIL), None)
    if u is None or u + 1 >= len(toks) or toks[u + 1].kind != "num":
        return False
    # the other side says that it was late ("forty minutes late", "more than two hours
    # after the crush"); "in place at 5.30, less than forty minutes after we were told"
    # says that it was quick, and "not until 5.30" turns that round
    vk = [t.vkey for t in other.toks]
    late = bool(set(vk) & _LATE) or any(
        a in ("more", "over") and "after" in vk[k + 1 : k + 6] for k, a in enumerate(vk)
    )
    if not late:
        return False
    when = toks[u + 1].vkey
    return any(
        other.toks[j].vkey == when and j > 0 and other.toks[j - 1].vkey in ("at", "on")
        for j in other_idx
    )


def _barely_for_only_just(side: Side, i: int, other: Side, other_idx: set[int]) -> bool:
    """A "barely"/"hardly"/"scarcely" before a verb set against the other side's "only
    just": "the investigation has barely started" / "has only just begun", a moment
    ago, nothing denied."""
    if side.toks[i].vkey not in _SOFT_NOTS:
        return False
    return any(
        other.toks[j].vkey == "only"
        and j + 1 < len(other.toks)
        and other.toks[j + 1].vkey == "just"
        for j in other_idx
    )


def _not_yet_for_still(side: Side, i: int, other: Side, other_idx: set[int]) -> bool:
    """A "not … yet" set against a "still" of the other side that this side lacks: "the
    fire has not yet been put out" / "is still burning", "two miners have not been found
    yet" / "are still missing". The state goes on; nothing is denied."""
    after = side.toks[i + 1 : i + 6]
    if side.toks[i].vkey != "not" or not any(t.vkey == "yet" for t in after):
        return False
    # "the road is not closed yet" / "is still closed": the same word denied
    said = next((t for t in after if t.vkey != "yet" and not is_function(t)), None)
    if said is None or any(t.vkey == "still" for t in side.toks):
        return False
    stills = [j for j in other_idx if other.toks[j].vkey == "still"]
    return bool(stills) and not any(
        said.stem == t.stem for j in stills for t in other.toks[j + 1 : j + 4]
    )


def _but_for(side: Side, i: int, other: Side, other_idx: set[int]) -> bool:
    """The "not" of "had it not been for his patience", "were it not for", "if it were
    not for", "if not for" where the other side says "without" (or that "without"): the
    same counterfactual."""
    if side.toks[i].vkey == "without":
        return any(but_for_not(other, j) for j in other_idx)
    return but_for_not(side, i) and any(other.toks[j].vkey == "without" for j in other_idx)


def but_for_not(side: Side, i: int) -> bool:
    """Whether token ``i`` is the "not" of "had it not been for", "were it not for", "if
    it were not for", "if not for", or of a past counterfactual of being there ("had they
    not been there", "if they had not been there"): what "without" says."""
    vk = [t.vkey for t in side.toks]
    if vk[i] != "not":
        return False
    before = vk[max(0, i - 3) : i]
    if "for" in vk[i + 1 : i + 4]:
        return "if" in before or before[-2:] in (["had", "it"], ["were", "it"])
    there = vk[i + 1 : i + 3] in (["been", "there"], ["been", "here"])
    return there and (
        (len(before) >= 2 and before[-2] == "had") or (before[-1:] == ["had"] and "if" in before)
    )


def _reply_no(side: Side, i: int) -> bool:
    """ "No, there is no legal basis …": a "No" that opens the sentence, set off by a
    comma, answers the question; it negates nothing in the sentence."""
    t = side.toks[i]
    if t.vkey != "no" or not (i == 0 or side.sentence_break(i)):
        return False
    return side.text[t.end : t.end + 1] in (",", ";", ":", "-", "—", "–")


def _neither_nor(side: Side, i: int) -> bool:
    """The "nor" of "neither … nor": one negation with its two halves ("Neither I nor
    anyone else knows" / "I do not know, and neither does anyone else")."""
    return side.toks[i].vkey == "nor" and earlier_in_sentence(side, i, 7, frozenset(["neither"]))


def _not_even_after(side: Side, i: int, negs: frozenset[str]) -> bool:
    """ "must find no refuge anywhere, not even in a neighbouring state": a "not even"
    after a comma carries on the negation before it in the sentence."""
    toks = side.toks
    if toks[i].vkey != "not" or i + 1 >= len(toks) or toks[i + 1].vkey != "even" or i == 0:
        return False
    return "," in side.text[toks[i - 1].end : toks[i].start] and earlier_in_sentence(
        side, i, 14, negs
    )


def _whether_or_not(side: Side, i: int) -> bool:
    """ "whether or not to protest", "whether they protest or not": the alternative of a
    question, no negation."""
    toks = side.toks
    if toks[i].vkey != "not" or i == 0 or toks[i - 1].vkey != "or":
        return False
    return any(t.vkey == "whether" for t in toks[max(0, i - 12) : i - 1])


def _listed_not(side: Side, i: int) -> bool:
    """The second and later "not" of a list ("not to the commission, not to the government
    and not to the opposition"): the negation of the first, repeated for each item."""
    toks = side.toks
    if toks[i].vkey != "not" or i < 3 or i + 1 >= len(toks) or not is_function(toks[i + 1]):
        return False
    # the repeated "not" opens the next item: right after "," / "and" / "or"
    # ("we will not be divided, and we will not be frightened" negates two clauses)
    if (
        toks[i - 1].vkey not in ("and", "or", "nor")
        and "," not in side.text[toks[i - 1].end : toks[i].start]
    ):
        return False
    return any(
        toks[prev].vkey == "not" and toks[prev + 1].vkey == toks[i + 1].vkey
        for prev in range(i - 3, max(-1, i - 7), -1)
    )


def _not_as_as(side: Side, i: int, other: Side) -> bool:
    """ "is not as deadly as" where the other side says "is less lethal than": the same
    comparison, no negation."""
    toks = side.toks
    if toks[i].vkey != "not" or i + 1 >= len(toks) or toks[i + 1].vkey not in ("as", "so"):
        return False
    if not any(t.vkey == "as" for t in toks[i + 2 : i + 5]):
        return False
    return any(t.vkey in ("less", "fewer") for t in other.toks)


# words in "-est" that are no superlatives
_NOT_SUPERLATIVE = frozenset(
    [
        *("interest", "protest", "request", "forest", "harvest", "honest", "modest", "arrest"),
        *("suggest", "contest", "invest", "digest", "guest", "rest", "test", "west", "nest"),
        *("latest", "manifest", "conquest", "quest", "chest", "priest", "inquest", "unrest"),
    ]
)


def _superlative(t: Tok) -> bool:
    """ "worst", "most", "greatest", "heaviest": a superlative."""
    w = t.vkey
    return w in ("worst", "best", "most", "least") or (
        w.endswith("est") and len(w) >= 6 and t.kind == "word" and w not in _NOT_SUPERLATIVE
    )


_COPULAS = frozenset(
    ["be", "been", "is", "are", "was", "were", "seemed", "looked", "felt", "become"]
)


# comparatives that need no "than" after "not since …" ("a harder week")
_COMPARATIVES = frozenset(
    [
        "harder",
        "greater",
        "bigger",
        "higher",
        "lower",
        "deeper",
        "larger",
        "stronger",
        "weaker",
        "heavier",
        "darker",
        "tougher",
        "steeper",
        "sharper",
        "faster",
        "slower",
        "wider",
        "worse",
        "better",
        "more",
        "fewer",
    ]
)


def _never_superlative(side: Side, i: int, other: Side) -> bool:
    """ "Never since 1874 has the museum lost so much" where the other side says "the
    worst loss … since 1874", "more sharply than at any time since": a superlative, said
    as a comparison no earlier time has matched."""
    toks = side.toks
    near = [t.vkey for t in toks[i + 1 : i + 16]]
    # "Not since 1994 has our currency gone through a harder week" (a longer window: the
    # time after "since" may be long)
    since = toks[i].vkey in ("not", "never") and near[:1] == ["since"]
    # "no week since the start of the truce has been as bad as the last one"
    since = since or (toks[i].vkey in ("no", "none") and "since" in near[1:4])
    compares_since = since and any(t.vkey in _COMPARATIVES for t in toks[i + 1 : i + 24])
    if (
        toks[i].vkey != "never"
        and not (toks[i].vkey in ("no", "not", "nothing", "noone") and "ever" in near[:8])
        and not since
    ):
        return False
    # "so much", "as sharply as", "such a loss", "worse" (not "as long as", "such as")
    compares = any(
        (
            w in ("so", "as", "such", "more", "worse", "better")
            and near[n + 1 : n + 2] not in (["long"], ["well"], ["as"], ["soon"])
        )
        # "never has a summer been this dry", "never been that high", "never … drier than"
        or (w in ("this", "that") and n > 0 and near[n - 1] in _COPULAS)
        or (w.endswith("er") and near[n + 1 : n + 2] == ["than"])
        for n, w in enumerate(near)
    )
    if not (compares or compares_since):
        return False
    vk = [t.vkey for t in other.toks]
    return any(
        _superlative(t) and (n == 0 or vk[n - 1] != "at") for n, t in enumerate(other.toks)
    ) or any(
        w == "ever" or (w == "any" and n + 1 < len(vk) and vk[n + 1] in ("time", "point"))
        for n, w in enumerate(vk)
    )


_NEGATIVE_SUBJECTS = frozenset(["no", "nobody", "none", "neither", "nothing", "noone", "nowhere"])


def _negative_subject_before(v: _View) -> int | None:
    """The source sentence's negative subject just before the quoted words ("No
    Ostrevian will wait …" quoted as "… won't wait"; "no bank may pay" as "banks may not
    pay"), where the negation moved into the verb: its index, else None."""
    if not v.region:
        return None
    lo = min(v.region)
    for j in range(lo - 1, max(-1, lo - 4), -1):
        if v.s.toks[j].vkey in _NEGATIVE_SUBJECTS:
            return j
        if v.s.sentence_break(j):
            return None
    return None


def _coordinated_items(side: Side) -> int:
    """The items of the longest list a negation governs ("no power to investigate
    crimes, interrogate witnesses or confiscate evidence": 3); 0 without one."""
    negs = negation_words()
    keys = [t.vkey for t in side.toks]
    best = 0
    for n, k in enumerate(keys):
        if k not in negs:
            continue
        ends = [m for m in range(n + 1, min(len(keys), n + 16)) if keys[m] in ("or", "nor")]
        if not ends:
            continue
        end = ends[-1]
        commas = side.text[side.toks[n].end : side.toks[end].start].count(",")
        best = max(best, commas + 2)
    return best


def _edge_before(v: _View) -> set[int]:
    """The two source words just before the aligned ones, in the same sentence, when the
    quote opens with words of its own ("Not one pension …" / "No pension …"); when it
    opens with the passage's words, the sentence's negative opening of at most two words
    that it cuts off ("None of | these payments requires …" / "These payments require").
    """
    if not v.region or not v.steps:
        return set()
    lo = min(v.region)
    if v.steps[0].op != "insert":
        # ("No. Nobody has …": a reply of its own is no part of the sentence)
        start = next(
            (k for k in (lo - 1, lo - 2) if k >= 0 and (k == 0 or v.s.sentence_break(k))), None
        )
        if (
            start is None
            or v.s.sentence_break(lo)
            or any(v.s.sentence_break(k) for k in range(start + 1, lo))
        ):
            return set()
        head = range(start, lo)
        if v.s.toks[start].vkey in _NEGATIVE_SUBJECTS and all(
            v.s.toks[j].vkey in _NEGATIVE_SUBJECTS | {"of"} for j in head
        ):
            return {start}
        return set()
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


@functools.cache
def negative_list() -> frozenset[str]:
    """negative_words.txt as written and as word keys ("otherwise" is "otherwize")."""
    words = load_list("negative_words.txt")
    return frozenset(words) | frozenset(_norm_word(w) for w in words if " " not in w)


def negated_opposite(
    a: Sequence[Tok], ai: Iterable[int], b: Sequence[Tok], bi: Iterable[int]
) -> bool:
    """ "false" for "not true" (either way round): a word with a negation in its meaning
    (``negative_words.txt``) among ``a[ai]`` set against its opposite under a negation
    among ``b[bi]`` says the same; the negation check counts the negation in the word."""
    negative = negative_list()
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


_REFUSE = frozenset(["refuse", "refuses", "refused", "refusing", "decline", "declines", "declined"])


def _refusal_added(v: _View, cq: set[int]) -> list[Finding]:
    """A refusal put before what the source says will be done: "the service will send its
    investigators" quoted as "the service will refuse to send its investigators". The
    refusal is a negation in a word, so it counts only where the source has no negation
    of its own."""
    negs = negation_words()
    within = v.scope | v.region
    if any(v.s.toks[j].vkey in negs or v.s.toks[j].vkey in negative_list() for j in within):
        return []
    q = v.q.toks
    for i in range(len(q) - 2):
        if i in cq or q[i].vkey not in _REFUSE or q[i + 1].vkey != "to":
            continue
        if _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        if _matched(v.q_match.get(i + 2, ("insert", ()))[0]):
            cq.add(i)
            reason = (
                f"negation added: '{_phrase(v.q, i, i + 3, 0, 0)}' (the source does not refuse)"
            )
            return [Finding("negation-added", reason, 0.85, (i,))]
    return []
