"""Modality: a modal of the claim ("may", "must", "can", "would like to") changed,
dropped or added, and the modal-table words that here carry no modality (the month
"May", a mandative or inverted "should", a concession, a measure of effort, the
speaker's own "I can assure you").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from ..align import is_function, negation_words
from ..normalize import stem
from .base import (
    Finding,
    Side,
    _is_month,
    _occurrences,
    _past_verb,
    _person,
    earlier_in_sentence,
    prohibition,
)
from .hedges import _TIME_UNITS
from .view import _counter, _edge_source, _matched, _near, _phrase, _View

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
# "had lost the ability to make calls" / "could no longer make calls"
_ABILITY = frozenset(["cannot", "ability", "inability", "capacity"])
# "he could not be reached" / "he was not available": whether someone or something can be
# had is an ability too
# ("the commission will have access to every document" / "will be able to see it")
_AVAILABLE = frozenset(["available", "unavailable", "reachable", "unreachable", "access"])
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
# a past commitment to a later act: "has already agreed to accept our certificates from
# July 1" is what "will already be accepting them" says
_COMMIT = frozenset(
    ["agreed", "promised", "pledged", "undertaken", "undertook", "decided", "committed"]
)


def _committed(side: Side, idx: Iterable[int]) -> bool:
    """A past verb of commitment with its infinitive ("has agreed to accept", "decided to
    open") among ``idx``."""
    toks = side.toks
    return any(
        toks[j].vkey in _COMMIT and j + 1 < len(toks) and toks[j + 1].vkey == "to" for j in idx
    )


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
        if t.vkey in _PAST_AUX:
            return True
        # "is limited", "is halved": a passive present, not a past
        passive = i > 0 and side.toks[i - 1].vkey in _PRESENT_BE
        if t.kind == "word" and _past_verb(t) and not passive:
            return True
    return False


_PRESENT_BE = frozenset(["is", "are", "am", "be", "being", "remains", "remain", "stays", "stay"])


def _inverted_should(side: Side, lo: int) -> bool:
    """ "Should each household save five percent, …", "Should the talks fail, …": a
    condition (= "if"), not advice. A pronoun after it makes a question ("Should we …?")."""
    t = side.toks[lo]
    if t.vkey != "should" or lo + 1 >= len(side.toks):
        return False
    gap = side.text[side.toks[lo - 1].end : t.start] if lo > 0 else ""
    if side.initial(lo):
        if not t.cap:
            # a quote that opens on the verb ("should stay closed until …") or on an
            # inverted condition with its main clause after a comma ("should it fail to
            # do so, a further rise …")
            return "," in side.text[t.end :]
        if side.toks[lo + 1].vkey not in _PRONOUNS:
            return True
        # "Should it emerge that …, that person will …": a clause and its main clause,
        # no question
        rest = side.text[t.end : side.toks[min(lo + 20, len(side.toks) - 1)].end]
        return "," in rest and "?" not in side.text[t.end :].split(".")[0]
    # "…, should the commission make headway", "…, and should it refuse, we will go to
    # court": after a comma or a joined clause's "and" a pronoun asks no question
    joined = (
        lo > 1
        and side.toks[lo - 1].vkey in ("and", "but", "or")
        and ("," in side.text[side.toks[lo - 2].end : side.toks[lo - 1].start])
    )
    if not ("," in gap or joined):
        # "payments can go out within 48 hours should the main system break down": a
        # determiner after it and no question in the sentence, a condition without a
        # comma
        sentence_rest = side.text[t.end :].split(".")[0]
        if "?" in sentence_rest:
            return False
        # "and longer should we need them": a pronoun and its verb after "should" in a
        # sentence that asks nothing; "nor should we forget", "only then should we act"
        # invert after a negative or "only", no condition
        if side.toks[lo + 1].vkey in _PRONOUNS:
            return not any(x.vkey in _INVERTING for x in side.toks[max(0, lo - 3) : lo])
        return side.toks[lo + 1].vkey in _DETERMINERS - {"that"}
    if side.toks[lo + 1].vkey in _AFTER_MODAL:
        return False  # "The remaining five, including the University Hospital, should be
        # reconnected": a subject's aside closed by a comma, then its verb
    if side.toks[lo + 1].vkey not in _PRONOUNS:
        return True
    # "…, and should it find errors by anyone in my ministry, I will answer": the
    # condition's clause closes with a comma before the sentence ends
    after = side.text[t.end : side.toks[min(lo + 12, len(side.toks) - 1)].end]
    return "," in after and "?" not in after and "." not in after.split(",")[0]


_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they", "it"])
# words that follow a modal as its verb or adverb, never as the subject of an inversion
_AFTER_MODAL = frozenset(
    [
        *("be", "have", "not", "also", "still", "never", "only", "now", "soon", "then"),
        *("already", "therefore", "ideally", "normally", "probably", "definitely"),
        *("certainly", "remain"),
    ]
)
# words after which "should we …" inverts without a condition, or asks
_INVERTING = frozenset(
    [
        *("nor", "neither", "only", "never", "so", "why", "how", "what", "where", "when"),
        *("rarely", "seldom", "little", "which", "who"),
    ]
)


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
        "follow",
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


_OBLIGATORY_ADJ = frozenset(["required", "compulsory", "mandatory", "obligatory"])


def _attributive(vk: Sequence[str], i: int) -> bool:
    """ "the required checks", "a compulsory test": an adjective before its noun names a
    kind of thing; it lays no obligation on anyone ("checks are required" does)."""
    return (
        vk[i] in _OBLIGATORY_ADJ
        and i > 0
        and vk[i - 1] in _DETERMINERS
        and i + 1 < len(vk)
        and vk[i + 1] not in ("to", "for", "by", "that")
    )


_CLAUSE_AHEAD = frozenset(
    ["we", "i", "you", "they", "he", "she", "it", "the", "and", "but", "then", "this", "there"]
)


def _elliptic_if(vk: Sequence[str], i: int) -> bool:
    """ "… if we have to, we will": a necessity stated as the condition ("if the situation
    requires it"), with its verb left out; the condition check compares conditions."""
    k = i + (2 if vk[i] in ("have", "has", "need", "needs") else 1)
    if vk[i] not in ("have", "has", "must", "need", "needs") or i < 2 or vk[i - 2] != "if":
        return False
    return k >= len(vk) or vk[k] in _CLAUSE_AHEAD


_FIRST_MODALS = frozenset(["should", "would", "could", "might", "may"])


def _stacked(vk: Sequence[str], i: int) -> bool:
    """ "should ever have to go through", "would have to stay": "have to", "need to" or "be able to"
    after a modal of its own adds nothing the first modal does not say."""
    if vk[i] == "able" and i > 0 and vk[i - 1] == "be":
        i -= 1
    elif vk[i] not in ("have", "be", "need"):  # "would need to win" is "would have to win"
        return False
    skip = ("ever", "never", "not", "also", "still")
    before = [w for w in vk[max(0, i - 3) : i] if w not in skip]
    if not before:
        return False
    # "must never be allowed to become the norm": what must not be let happen must not
    # happen ("must never become normal"); without the negation they differ
    if (
        vk[i] == "be"
        and vk[i + 1 : i + 2] in (["allowed"], ["permitted"])
        and before[-1] in ("must", "should", "can", "cannot")
        and any(w in ("never", "not") for w in vk[max(0, i - 3) : i])
    ):
        return True
    return before[-1] in _FIRST_MODALS


def _purpose(vk: Sequence[str], i: int) -> bool:
    """ "so (that) they can cook", "so that we could leave": a clause of purpose, which a
    translator writes for "to cook"; its "can" adds no modality."""
    if vk[i] not in ("can", "could", "may", "might") and vk[i + 1 : i + 2] != ["able"]:
        return False
    before = vk[max(0, i - 4) : i]
    return "so" in before and before.index("so") >= len(before) - 3


def _in_question(vk: Sequence[str], i: int) -> bool:
    """ "the disagreement is only about how big the step should be", "discussing whether
    pensioners could receive it": a modal inside an indirect question ("whether", or a
    "how"/"what" that a preposition governs) names a matter under debate, not what the
    speaker holds may or should happen."""
    before = vk[max(0, i - 5) : i]
    return any(
        w == "whether"
        or (w in ("how", "what", "which") and k > 0 and before[k - 1] in _QUESTION_OF)
        for k, w in enumerate(before)
    )


_QUESTION_OF = frozenset(["about", "on", "over", "of", "to"])


def _in_time_clause(vk: Sequence[str], i: int) -> bool:
    """ "before any talks can begin", "until the bridge can be reopened": a "can" in a
    clause of time says when, and a translator writes "before any talks begin"."""
    if vk[i] not in ("can", "could"):
        return False
    before = vk[max(0, i - 4) : i]
    return any(w in ("before", "until", "till") for w in before)


# what follows "going to" when it is a way somewhere ("going to court", "going to the polls")
_PLACES_GONE_TO = frozenset(
    [
        "the",
        "a",
        "an",
        "court",
        "school",
        "work",
        "hospital",
        "prison",
        "jail",
        "war",
        "sea",
        "bed",
        "church",
        "trial",
        "university",
        "college",
        "town",
        "market",
    ]
)


# "never managed to", "failed to": what "could not" says
_MANAGE = frozenset(stem(w) for w in ("manage", "managed", "manages", "fail", "failed", "fails"))
# verbs that say an attempt was made: "tried to call" / "never managed to get through"
_TRYING = _MANAGE | frozenset(
    stem(w)
    for w in (
        *("seek", "seeks", "sought", "attempt", "attempts", "attempted", "strive", "strove"),
        *("endeavour", "endeavor"),
    )
)


def _right_to(side: Side, idx: Iterable[int]) -> bool:
    """ "the right to appeal", "is entitled to": a permission, which "may" renders."""
    vk = [t.vkey for t in side.toks]
    return any(j < len(vk) and vk[j : j + 2] in (["right", "to"], ["entitled", "to"]) for j in idx)


def _deadline(side: Side, idx: Iterable[int]) -> bool:
    """ "have until December 31 to pay", "has until Friday to decide": a time allowed,
    which "can … until" or "may … by" renders."""
    vk = [t.vkey for t in side.toks]
    return any(
        j < len(vk) and vk[j] in ("have", "has", "had") and vk[j + 1 : j + 2] == ["until"]
        for j in idx
    )


# words before "hope" that make it a noun ("the hope of", "no hope", "little hope")
_HOPE_NOUN_BEFORE = frozenset(
    ["the", "a", "no", "any", "some", "little", "every", "our", "my", "their", "new", "last"]
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
    if _attributive(vk, i) or _elliptic_if(vk, i) or _stacked(vk, i) or _purpose(vk, i):
        return True
    if _in_question(vk, i) or _in_time_clause(vk, i):
        return True
    if word in ("have", "has", "had") and vk[i + 1 : i + 4] == ["to", "do", "with"]:
        return True  # "has to do with the detainees": "concerns"
    if vk[i + 1 : i + 3] == ["made", "to"] and (
        i + 3 >= len(vk) or vk[i + 3] in _DETERMINERS or side.toks[i + 3].kind == "num"
    ):
        return True  # "changes will be made to the law": a change to something
    if (
        word in ("have", "has", "had")
        and vk[i + 1 : i + 2] == ["to"]
        and i + 2 < len(vk)
        and vk[i + 2] in _DETERMINERS - {"that"}
    ):
        # "the only channel that we have to the government": a possession and a way to
        # somewhere, no obligation (a determiner follows, no verb)
        return True
    if word == "going" and vk[i + 1 : i + 2] == ["to"] and i + 2 < len(vk):
        # "without going to court", "going to the polls": a way somewhere, not a future
        nxt = side.toks[i + 2]
        return nxt.vkey in _PLACES_GONE_TO or (nxt.raw[:1].isupper() and nxt.kind == "word")
    if word in ("hope", "hopes") and i > 0 and vk[i - 1] in _HOPE_NOUN_BEFORE:
        return True  # "the hope of finding them alive is slim": a noun, what is hoped
        # is not said to be so
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
    if word in ("have", "must", "need", "should") and vk[i : i + 2] != ["need", "not"]:
        k = i + 1 if word in ("must", "should") else i + 2
        return k < len(vk) and vk[k] in _SAYING
    if word == "can":
        return i + 1 < len(vk) and vk[i + 1] in _SPEAKER_ACTS
    # "I am able to tell you"
    return vk[i : i + 3] in (["am", "able", "to"], ["are", "able", "to"]) and (
        i + 3 < len(vk) and vk[i + 3] in _SPEAKER_ACTS
    )


def _whether_or(side: Side) -> bool:
    """A "whether … or …" clause: alternatives left open."""
    vk = [t.vkey for t in side.toks]
    return any(w == "whether" and "or" in vk[k + 1 : k + 10] for k, w in enumerate(vk))


# modals of leave or ability: "before the plasma can be released", "no plasma may be
# released until"
_CAN = frozenset(["can", "could", "may", "cannot"])


def before_can(side: Side, j: int) -> bool:
    """The "before" at ``j`` opens "before X can …" ("must be tested before the plasma can
    be released"): what may happen only once the rest is done, as "no plasma may be
    released until …" says."""
    return side.toks[j].vkey == "before" and any(t.vkey in _CAN for t in side.toks[j + 1 : j + 6])


def _lasts(side: Side, i: int) -> bool:
    """The "will" at ``i`` says how long something lasts: "will last at least 30 days",
    "will be enough for two weeks"."""
    vk = [t.vkey for t in side.toks[i + 1 : i + 4]]
    return bool(vk) and (vk[0] in ("last", "suffice") or vk[:3] == ["be", "enough", "for"])


def _for_a_time(side: Side, j: int) -> bool:
    """ "for" at ``j`` opens a length of time ("reserves for at least 30 days")."""
    if side.toks[j].vkey != "for":
        return False
    return any(t.stem.startswith(_TIME_UNITS) for t in side.toks[j + 1 : j + 6])


_TASKS = frozenset(
    stem(w) for w in ("task", "job", "duty", "mission", "responsibility", "obligation", "role")
)


def _what_i_must_do(side: Side, i: int) -> bool:
    """The modal at ``i`` in "what I have to do (now) is": the speaker's task named, as
    "my task is" names it."""
    vk = [t.vkey for t in side.toks]
    return (
        "what" in vk[max(0, i - 3) : i]
        and any(w in ("i", "we") for w in vk[max(0, i - 2) : i])
        and "do" in vk[i + 1 : i + 4]
    )


_NEEDED = frozenset(["necessary", "needed", "required", "need", "must", "essential"])


def _than_needed(side: Side, i: int) -> bool:
    """Word ``i`` is the measure of a comparison with what is needed: "more than it
    must", "longer than necessary", "than is needed"."""
    toks = side.toks
    return toks[i].vkey in _NEEDED and any(t.vkey == "than" for t in toks[max(0, i - 3) : i])


def _must_before_can(v: _View, lo: int) -> bool:
    """The source's "must" at ``lo`` comes before a "before X can" ("Every sample must be
    checked before the water can be released") and the quote denies a modal until it is
    done ("No water may be released until each sample has been checked"): the same
    order of events."""
    return any(before_can(v.s, j) for j in range(lo, min(lo + 15, len(v.s.toks)))) and any(
        t.vkey in _CAN and _not_until(v.q, i) for i, t in enumerate(v.q.toks)
    )


def _not_until(side: Side, i: int) -> bool:
    """The modal at ``i`` is denied and an "until" follows: "no plasma may be released
    until …", "cannot be lifted until …"."""
    toks = side.toks
    return any(t.vkey in negation_words() for t in toks[max(0, i - 4) : i + 2]) and any(
        t.vkey in ("until", "till") for t in toks[i + 1 : i + 10]
    )


def _until_for_before(v: _View, lo: int) -> bool:
    """The source's "must" in the main clause after "Before …," and the quote's "until"."""
    toks = v.s.toks
    start = lo
    while start > 0 and not v.s.sentence_break(start):
        start -= 1
    return toks[start].vkey == "before" and any(t.vkey in ("until", "till") for t in v.q.toks)


def _shared_modal(
    v: _View,
    o: tuple[int, int, str],
    s_occ: Sequence[tuple[int, int, str]],
    q_occ: Sequence[tuple[int, int, str]],
) -> bool:
    """A modal the source repeats in a second, coordinated clause, which the quote says
    once for both ("People should buy a ticket only if they want to play, and they should
    play only with money …" / "People should only buy a ticket if …, and only with
    money …"): an earlier modal of the same class in both, and an "and"/"or" between."""
    lo, _hi, cls = o
    earlier = [x for x in s_occ if x[2] == cls and x[0] < lo]
    if not earlier or not any(x[2] == cls for x in q_occ):
        return False
    between = {v.s.toks[j].vkey for j in range(earlier[-1][1], lo)}
    first_q = min(x[0] for x in q_occ if x[2] == cls)
    return bool(between & {"and", "or"}) and any(
        t.vkey in ("and", "or") for t in v.q.toks[first_q:]
    )


def _with_the_verb(v: _View, hi: int) -> bool:
    """The verb after the source's "can" made a noun after "with" in the quote ("that can
    access the data" / "with access to the data")."""
    if hi >= len(v.s.toks):
        return False
    verb = v.s.toks[hi].stem
    return any(a.vkey == "with" and b.stem == verb for a, b in itertools.pairwise(v.q.toks))


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
    made_sure = _maybe_able_made_sure(v)
    if made_sure:
        return [made_sure]
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
    # a "will" that a possibility governs says with it what "may" says: one modal
    s_hedges = _occurrences(v.s.toks, "modality.tsv", v.scope | v.region)
    s_left = _merge_hedged_will(v.s, s_hedges, s_left)
    q_left = _merge_hedged_will(v.q, q_occ, q_left)
    for lo, hi, cls in s_left:
        near = [o for o in q_left if id(o) not in used_q and _near(v, o, (lo, hi))]
        # one of the same class first: "must wait" / "will have to wait" pairs "must"
        # with "have to", and the bare "will" left over only sets the time
        near.sort(key=lambda o: o[2] != cls)
        src = _phrase(v.s, lo, hi, 0, 1)
        if near:
            o = near[0]
            used_q.add(id(o))
            if o[2] == cls or _backshift(v, (lo, hi), o):
                continue
            if _speech_act(v.s, lo, hi) and _speech_act(v.q, o[0], o[1]):
                continue  # "I want to say at the start" / "I will say this first"
            if (_planned_would(v.s, lo) and _scheduled(v.q, range(o[0], o[1]))) or (
                _planned_would(v.q, o[0]) and _scheduled(v.s, range(lo, hi))
            ):
                continue  # "The plan assumed that the supporters would arrive" / "according
                # to the plan, the supporters were supposed to come"
            if o[2] in _WISH_CLASSES and cls in _WISH_CLASSES:
                continue  # "I would also like to thank" / "I also want to thank" / "hope to"
            if o[2] == "possible" and cls == "certain" and _deadline(v.s, range(lo, hi + 2)):
                continue  # "will have until December 31 to pay" / "can pay up to 31 December"
            if _hoped(v.s, lo) and _hoped(v.q, o[0]):
                continue  # "I hope the Council will send" / "I hope the experts can come"
            if _speech_act(v.s, lo, hi) and _speech_act(v.q, o[0], o[1]):
                continue  # "I want to say it as plainly as I can" / "I will put it as
                # bluntly as I can": how the speaker speaks, in either modal
            if _unreal_past(v.s, lo) and _unreal_past(v.q, o[0]):
                continue  # "could not have done this alone" / "would not have managed it"
            if cls == "obligatory" and o[2] == "possible" and _must_before_can(v, lo):
                continue  # "must be tested before the plasma can be released" / "no plasma
                # may be released until each donation has passed a test"
            if _bans(v.s, (lo, hi, cls)) and _bans(v.q, o):
                continue  # "farmers must not use river water" / "may not use", "cannot use"
            if (cls, o[2]) == ("intended", "certain") and _refusal(v.s, lo) and _refusal(v.q, o[0]):
                # "I do not want to promise money" / "I won't promise money"; the other
                # way round a flat refusal is softened ("I will not resign" / "I do not
                # intend to")
                continue
            if (
                (cls, o[2]) == ("certain", "intended")
                and _own_intent(v.s, lo)
                and _own_intent(v.q, o[0])
            ):
                # "that is what I am going to do" / "what I intend to do" (the other way
                # round an intention is made a promise: "we intend to" / "we will")
                continue
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
            # "two-factor authentication will be mandatory for every account" / "every
            # account will have to be protected by it": the same modal set elsewhere in a
            # reordered sentence
            moved = next(
                (o for o in q_left if id(o) not in used_q and o[2] == cls != "certain"), None
            )
            if moved is not None:
                used_q.add(id(moved))
                continue
            if v.s.toks[lo].vkey == "without" and any(t.vkey == "without" for t in v.q.toks):
                continue  # "without giving a reason" / "without having to justify it"
            if cls == "possible" and _ABLE & {t.vkey for t in v.q.toks}:
                continue  # "could not" / "was unable to"
            if cls == "possible" and _right_to(v.q, range(len(v.q.toks))):
                continue  # "may appeal" / "has the right to appeal"
            if cls == "possible" and any(
                a.vkey == "welcome" and b.vkey == "to" for a, b in itertools.pairwise(v.q.toks)
            ):
                continue  # "anyone who doubts this can ask" / "is welcome to ask"
            if cls == "possible" and any(t.stem in _MANAGE for t in v.q.toks):
                continue  # "could not get through" / "never managed to get through"
            if cls == "attempt" and any(t.stem in _TRYING for t in v.q.toks):
                continue  # "tried to call us" / "never managed to reach", "try to form" / "seek"
            if cls == "hoped" and (
                any(o2[2] == "hoped" for o2 in q_occ) or any(t.stem == "prefer" for t in v.q.toks)
            ):
                continue  # "would prefer an agreement" / "would rather reach an agreement",
                # "I prefer being slow" / "I would rather be slow"
            if _verb_object_to(v, lo, hi):
                continue  # "we expect to finish the search" / "we expect the search to be over"
            if v.s.toks[lo].vkey == "supposed" and _duty_was_to(v.q):
                continue  # "who were supposed to watch it" / "whose job was to keep an eye on it"
            if _hoped(v.s, lo) and any(t.stem in _HOPE for t in v.q.toks):
                continue  # "I hope that they will come" / "I hope they come"
            if cls == "possible" and _permits(v.q, range(len(v.q.toks))):
                continue  # "the law allows the government to ask" / "the government may ask"
            if cls == "possible" and _able_word(v.q, _modal_verb(v.s, hi)):
                continue  # "a supplier they can rely on" / "a reliable supplier"
            if cls == "possible" and _with_the_verb(v, hi):
                continue  # "every account that can access patient data" / "every account
                # with access to patient data"
            if cls == "possible" and _capacity(v.s, lo, hi):
                continue  # "can hold 2.4 billion cubic metres" / "have room for 2.4 billion"
            if (
                cls == "obligatory"
                and _prohibits(v.s, (lo, hi, cls))
                and not _bans(v.s, (lo, hi, cls))
                and any(
                    a.vkey in ("need", "needs") and b.vkey == "not"
                    for a, b in itertools.pairwise(v.q.toks)
                )
            ):
                continue  # "does not have to be written" / "need not be in writing"
            if cls == "obligatory" and _obliges(v.q, range(len(v.q.toks))):
                continue  # "requires these brackets to be checked" / "must be inspected"
            if _prohibits(v.s, (lo, hi, cls)) and prohibition(v.q, range(len(v.q.toks))):
                continue  # "we must not pay it" / "we are forbidden to pay it"
            if v.s.toks[lo].vkey == "should" and any(t.vkey in _EXPECT for t in v.q.toks):
                continue  # "its findings should be ready by Wednesday" / "we expect them by"
            if v.s.toks[lo].stem == "expect" and any(
                a.vkey in ("is", "are") and b.vkey == "expected"
                for a, b in itertools.pairwise(v.q.toks)
            ):
                continue  # "they expect to deliver it by October 23" / "it is expected by"
            if v.s.toks[lo].vkey == "supposed" and any(
                a.vkey == "meant" and b.vkey == "to" for a, b in itertools.pairwise(v.q.toks)
            ):
                continue  # "the institutions that were supposed to care for them" / "the
                # institutions meant to look after them": the same duty, after a noun
            if v.s.toks[lo].vkey in _SCHEDULED and _scheduled(v.q, range(len(v.q.toks))):
                continue  # "were supposed to receive their degrees" / "were due to receive"
            if _speech_act(v.s, lo, hi) and _speech_act_near(v.q, range(len(v.q.toks))):
                continue  # "I have to be honest" / "I must tell you frankly"
            if cls in ("advisable", "obligatory") and _no_right_to(v.q, range(len(v.q.toks))):
                continue  # "should not be surprised" / "has no right to act surprised"
            if cls in ("advisable", "obligatory") and _order_for_you(v, lo, hi):
                continue  # "you should continue taking" / "keep taking the tablets"
            if cls == "possible" and _whether_or(v.q):
                continue  # "It may take a year, it may take three years" / "Whether it takes
                # one year or three": the open alternatives say what "may" says
            if cls == "obligatory" and _must_before_can(v, lo):
                continue  # "must be checked before the water can be released" / "No water
                # may be released until each sample has been checked"
            if cls == "obligatory" and _until_for_before(v, lo):
                continue  # "Before we can lift it, the fuel must be pumped out" / "it cannot
                # be lifted until the fuel has been pumped out": the order of events, no duty
            if _shared_modal(v, (lo, hi, cls), s_occ, q_occ):
                continue  # "should buy … and should play only with" / "should buy … and only with"
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
        near_s = v.region | _edge_source(v, o[0])
        if o[2] == "possible" and (
            (_ABLE | _ABILITY) & {v.s.toks[j].vkey for j in near_s}
            or _AVAILABLE & {v.s.toks[j].vkey for j in v.scope | v.region}
        ):
            continue  # "can never happen again" / "cannot happen again"
        if o[2] == "hoped" and any(o2[2] == "hoped" for o2 in s_occ):
            continue  # "would rather reach an agreement" / "would prefer an agreement"
        if (
            o[2] == "obligatory"
            and _than_needed(v.q, o[0])
            and any(_than_needed(v.s, j) for j in v.region | v.scope)
        ):
            continue  # "a single day more than it must" / "one day longer than necessary"
        if (
            o[2] == "certain"
            and _lasts(v.q, o[0])
            and any(_for_a_time(v.s, j) for j in v.region | v.scope)
        ):
            continue  # "our reserves will last at least 30 days" / "we have reserves for at
            # least 30 days": how long a stock is enough for, no promise
        if (
            o[2] == "obligatory"
            and _what_i_must_do(v.q, o[0])
            and any(v.s.toks[j].stem in _TASKS for j in v.region | v.scope)
        ):
            continue  # "What I have to do now is make sure" / "My task now is to make sure"
        if _hoped(v.q, o[0]) and any(v.s.toks[j].stem in _HOPE for j in v.region | v.scope):
            continue  # "I hope the experts can come" / "I hope the Council will send them"
        if v.q.toks[o[0]].vkey == "without" and any(
            v.s.toks[j].vkey == "without" for j in v.region | v.scope
        ):
            continue  # "without having to justify it" / "without giving a reason"
        if (
            o[2] == "hoped"
            and o[0] > 0
            and v.q.toks[o[0] - 1].vkey not in ("i", "we")
            and any(v.s.toks[j].stem == "expect" for j in v.region | v.scope)
        ):
            continue  # "some people hoped for more" / "some people expected more": theirs
        if o[2] == "hoped" and any(v.s.toks[j].stem == "prefer" for j in v.region | v.scope):
            continue  # "not what I would prefer" / "not my preferred choice"
        if o[2] in ("advisable", "obligatory") and _too_for_than(v, o):
            continue  # "four minutes later than they should have been" / "four minutes too
            # late"
        if _speech_act(v.q, o[0], o[1]) and _speech_act_near(v.s, v.region | v.scope):
            continue  # "I must tell you frankly" / "I have to be honest"
        if o[2] == "advisable" and _scheduled(v.s, v.region | v.scope):
            continue  # "were supposed to receive their degrees" / "were due to receive"
        if o[2] == "possible" and _permits(v.s, v.region | v.scope):
            continue  # "vessels may fish in our half" / "allows boats to fish in our half"
        if o[2] == "possible" and _able_word(v.s, _modal_verb(v.q, o[1]), v.region | v.scope):
            continue  # "a reliable supplier" / "a supplier they can rely on"
        if o[2] == "possible" and _ceiling(v.s, v.region | v.scope):
            continue  # "puts the cost at up to 120 million" / "could cost as much as 120 million"
        if o[2] == "possible" and _capacity(v.q, o[0], o[1]):
            continue  # "have room for 2.4 billion cubic metres" / "can hold 2.4 billion"
        if o[2] == "possible" and _right_to(v.s, v.region | v.scope):
            continue  # "all chains have the right to appeal" / "each chain may challenge"
        if o[2] == "possible" and _deadline(v.s, v.region | v.scope):
            continue  # "they will have until December 31 to pay" / "can pay up to 31 December"
        if o[2] == "obligatory" and _obliges(v.s, v.region | v.scope):
            continue  # "owners must report" / "the law obliges owners to report"
        if o[2] == "attempt" and _purpose_kept(v, o):
            continue  # "sold reserves to slow the fall" / "spent reserves trying to slow it"
        if o[2] == "possible" and _could_not_be_found(v, o):
            continue  # "it could not be confirmed" / "it was not confirmed"
        weaker = _weaker_modal_before(v, o)
        if weaker is not None:
            out.append(
                Finding(
                    "modality-changed",
                    f"modality changed: '{weaker}' → '{_phrase(v.q, o[0], o[1], 0, 1)}'",
                    0.8,
                )
            )
            cq.update(range(o[0], o[1]))
            continue
        if _tense_only(v.q, o[0], o[1]) and (
            not _past_in(v.s, _s_near(v, o[0]), v.s_match) or _committed(v.s, v.region)
        ):
            continue
        if all(v.q.toks[i].bracket for i in range(o[0], o[1])):
            continue
        if _prohibits(v.q, o) and prohibition(v.s, v.scope | v.region):
            continue  # "we may not finance the budget" / "the law forbids us to finance"
        if _wh_infinitive(v, o):
            continue  # "whom he should charge" / "whom to charge"
        if _expected_should(v, o):
            continue  # "its findings should reach me, I expect, by July" / "I expect …"
        if (
            o[0] > 0
            and v.q.toks[o[0] - 1].vkey in ("how", "why")
            and "?" in v.q.text[v.q.toks[o[0]].end :]
        ):
            continue  # "how could the fire spread so quickly?" / "why did the fire spread …?"
        if (
            o[2] in ("advisable", "obligatory")
            and v.q.toks[o[1] : o[1] + 1]
            and v.q.toks[o[1]].vkey in ("not", "never")
            and _do_not(v.s, v.region)
        ):
            continue  # "anyone who sees them should not approach" / "do not approach them"
        if o[2] in ("advisable", "obligatory") and _imperative(v.s, v.region):
            continue  # "those who ask you for money should be reported" / "report it"
        if o[2] in ("advisable", "intended") and _was_to(v.s, v.scope | v.region):
            continue  # "a commission … was to watch over this" / "was meant to watch"
        if o[2] == "possible" and _could_perceive(v, o):
            continue  # "we saw no other way" / "we could see no other way"
        rest = (v.scope - v.region - set(v.s_match)) | _edge_source(v, o[0])
        if o[2] == "possible" and any(
            v.s.toks[j].vkey in ("cannot", "can't") for j in rest | v.region
        ):
            continue  # "is not something I can promise" / "I cannot promise": the "can" of
            # "cannot", the negation counted by the negation check
        if any(c == o[2] for _, _, c in _occurrences(v.s.toks, "modality.tsv", rest)):
            continue  # "after which it has to be approved" / "… and the regulator must then"
        left_starts = {o2[0] for o2 in s_left}
        if any(
            c == o[2]
            and not any(a <= k < b for k in left_starts)
            and not all(_matched(v.s_match.get(j, ("delete", ()))[0]) for j in range(a, b))
            for a, b, c in _occurrences(v.s.toks, "modality.tsv", v.scope | v.region | rest)
        ):
            continue  # "we do not rule it out" / "we are not excluding them": one half unpaired
        out.append(
            Finding("modality-added", f"modality added: '{_phrase(v.q, o[0], o[1], 0, 1)}'", 0.8)
        )
        cq.update(range(o[0], o[1]))
    return out


# verbs of finding out: "could not be confirmed" reports a check that failed, as "was not
# confirmed" does
_FOUND_OUT = frozenset(
    stem(w)
    for w in (
        *("confirmed", "verified", "established", "identified", "determined", "located"),
        *("found", "traced", "proven", "proved", "substantiated", "corroborated", "reached"),
    )
)


def _could_not_be_found(v: _View, o: tuple[int, int, str]) -> bool:
    """ "could not be confirmed" where the other side says "was not confirmed": the
    negated "could" of a failed check, the participle and its negation both there."""
    toks = v.q.toks
    if toks[o[0]].vkey in ("cannot", "couldn't"):
        k = o[1]
    elif toks[o[1] : o[1] + 1] and toks[o[1]].vkey in ("not", "never"):
        k = o[1] + 1
    else:
        return False
    if not (toks[k : k + 2] and toks[k].vkey == "be" and toks[k + 1].stem in _FOUND_OUT):
        return False
    verb = toks[k + 1].stem
    s = v.s.toks
    near = sorted(v.region | v.scope)
    return any(
        s[j].stem == verb and any(s[x].vkey in ("not", "never") for x in range(max(0, j - 3), j))
        for j in near
    )


_WEAKER_THAN_WILL = frozenset(["possible", "likely", "hoped", "attempt"])
_HEDGED_WILL_SPAN = 6
# the frames of possibility that govern a "will" after them (not the modal verbs "can",
# "may", which are modals of their own clause)
_POSSIBILITY_FRAMES = frozenset(
    [
        *("possible", "possibly", "perhaps", "maybe", "likely", "probably", "probable"),
        *("rule", "exclude", "excluding", "ruling"),
    ]
)


def _hedged_will(
    side: Side, occ: Sequence[tuple[int, int, str]], o: tuple[int, int, str]
) -> tuple[int, int, str] | None:
    """The possibility that governs a "will" after it in the same sentence: "it is
    possible that the quota will be cut" says "may be cut", "perhaps the talks will
    resume" says "may resume"; the "will" only sets the time."""
    if o[2] != "certain" or side.toks[o[0]].vkey not in ("will", "shall"):
        return None
    for h in occ:
        words = {t.vkey for t in side.toks[h[0] : h[1]]}
        if not words & _POSSIBILITY_FRAMES:
            continue  # "I can't name a day, and I won't promise": a modal of its own
        if h[2] in ("possible", "likely") and 0 <= o[0] - h[1] <= _HEDGED_WILL_SPAN:
            gap = side.text[side.toks[h[1] - 1].end : side.toks[o[0]].start]
            if not re.search(r"[.;:!?]", gap):
                return h
    return None


def _merge_hedged_will(
    side: Side, occ: Sequence[tuple[int, int, str]], left: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``left`` with each hedged "will" and its possibility made one modal of the
    possibility's class, standing where the "will" stands."""
    out = list(left)
    for o in left:
        h = _hedged_will(side, occ, o)
        if h is None:
            continue
        out = [x for x in out if x[:2] != h[:2] and x is not o]
        out.append((o[0], o[1], h[2]))
    return out


def _weaker_modal_before(v: _View, o: tuple[int, int, str]) -> str | None:
    """ "We may organise a smaller exhibition" quoted as "we will put on a smaller
    exhibition": the source's modal of possibility stands, unpaired, right before the
    first word the alignment shares, and the quote's "will" right before its own. Both
    verbs were reworded, so the alignment starts after them; the "may" became a
    "will". The source's words, or None."""
    if o[2] != "certain" or not v.region:
        return None
    lo = min(v.region)
    k = v.s_match.get(lo, ("", ()))[1]
    if not k or not 0 <= min(k) - o[1] <= 4:
        return None
    start = lo
    while start > 0 and lo - start < 4 and not v.s.sentence_break(start):
        start -= 1
    for a, b, cls in _occurrences(v.s.toks, "modality.tsv", set(range(start, lo))):
        if cls in _WEAKER_THAN_WILL and not _matched(v.s_match.get(a, ("delete", ()))[0]):
            if any(t.vkey in _MAYBE for t in v.q.toks):
                return None
            return _phrase(v.s, a, b, 0, 1)
    return None


_WH = frozenset(["whom", "who", "what", "which", "where", "when", "how", "whether"])


def _wh_infinitive(v: _View, o: tuple[int, int, str]) -> bool:
    """ "I will not tell the prosecutor whom he should charge" where the source says
    "whom to charge": a "wh- to" clause, said with its subject and modal."""
    if o[2] not in ("advisable", "possible"):
        return False
    before = [t.vkey for t in v.q.toks[max(0, o[0] - 3) : o[0]]]
    if not _WH & set(before):
        return False
    vk = [v.s.toks[j].vkey for j in sorted(v.region | v.scope)]
    return any(a in _WH and b == "to" for a, b in itertools.pairwise(vk))


def _refusal(side: Side, i: int) -> bool:
    """A first-person modal under a negation ("I do not want to promise", "we will not
    pay", "I won't"): a refusal, whether said as an intention or a future."""
    toks = side.toks
    near = [t.vkey for t in toks[max(0, i - 3) : i + 2]]
    return "not" in near and any(t.vkey in ("i", "we") for t in toks[max(0, i - 4) : i])


def _own_intent(side: Side, i: int) -> bool:
    """A first-person modal with no negation near ("that is what I am going to do", "I
    intend to", "we will"): the speaker's own announced act, which "I will" and "I
    intend to" both say."""
    toks = side.toks
    near = [t.vkey for t in toks[max(0, i - 3) : i + 2]]
    return "not" not in near and any(t.vkey in ("i", "we") for t in toks[max(0, i - 3) : i])


def _unreal_past(side: Side, i: int) -> bool:
    """ "could not have done", "would never have managed": a denied counterfactual in
    the past, where "could" and "would" say the same."""
    vk = [t.vkey for t in side.toks[i : i + 4]]
    return (
        len(vk) >= 3
        and vk[0] in ("could", "would", "might")
        and vk[1] in ("not", "never")
        and vk[2] == "have"
    )


_PERMIT = frozenset(
    stem(w)
    for w in (
        "allow",
        "allows",
        "allowed",
        "permit",
        "permits",
        "permitted",
        "entitle",
        "entitles",
        "entitled",
        "authorise",
        "authorises",
        "authorize",
        "authorizes",
        "enable",
        "enables",
    )
)


def _permits(side: Side, idx: Iterable[int]) -> bool:
    """A verb that grants a permission ("the law allows the government to ask", "the
    accord entitles them to fish", "passengers are free to bring claims"): the "may" of
    the other side."""
    toks = side.toks
    return any(
        toks[k].stem in _PERMIT
        or (toks[k].vkey == "free" and toks[k + 1 : k + 2] and toks[k + 1].vkey == "to")
        # "is safe to drink" / "can be drunk safely"; "the sale will be open to foreign
        # investors" / "foreign investors will be able to bid"
        or (
            toks[k].vkey in ("safe", "open", "fit", "free")
            and toks[k + 1 : k + 2]
            and toks[k + 1].vkey in ("to", "for")
        )
        for k in idx
    )


_OBLIGE = frozenset(
    stem(w) for w in ("require", "requires", "oblige", "obliges", "compel", "compels", "force")
)


# a requirement named: "the second condition is that the mission publishes", "the target
# is for storage to be full"
_REQUIREMENTS = frozenset(
    stem(w)
    for w in ("condition", "requirement", "target", "goal", "objective", "obligation", "duty")
)


_REQUIRE = stem("require")
_HOPE = frozenset(stem(w) for w in ("hope", "hoping", "wish", "trust"))
_HOPE_SPAN = 8


def _hoped(side: Side, i: int) -> bool:
    """Whether the modal at ``i`` stands in what someone hopes ("I hope the experts can
    come as soon as February"): the hope is the claim, and "can", "will" or none there
    say the same."""
    return earlier_in_sentence(side, i, _HOPE_SPAN, _HOPE, stems=True, clause=True)


_FORCE = frozenset(stem(w) for w in ("forced", "force", "compelled", "compel"))


def _obliges(side: Side, idx: Iterable[int]) -> bool:
    """A verb that lays an obligation on someone ("the programme requires the brackets to
    be checked", "the law obliges owners to report") or a requirement named ("the second
    condition is that the mission publishes its findings", "the target is for storage to
    be full"): the "must" of the other side."""
    toks = side.toks
    return any(
        (toks[k].stem in _OBLIGE and any(t.vkey == "to" for t in toks[k + 1 : k + 8]))
        or (
            toks[k].stem in _REQUIREMENTS
            and any(t.vkey in ("that", "for", "to") for t in toks[k + 1 : k + 4])
        )
        # "we will require fire alarms on every floor" / "make fire alarms mandatory"
        or (
            toks[k].stem == _REQUIRE
            and toks[k + 1 : k + 2]
            and toks[k + 1].kind == "word"
            and toks[k + 1].vkey not in ("to", "not", "no")
        )
        # "nobody will be forced onto that bridge" / "no one will be made to cross it"
        or toks[k].stem in _FORCE
        # "protecting our farmers is our duty" / "we have to protect our farmers"
        or (
            toks[k].vkey in ("duty", "obligation")
            and k > 0
            and toks[k - 1].vkey in ("our", "my", "their", "its", "your", "his", "her", "a", "the")
        )
        # "each buyer will need the approval of" / "will have to be approved"; "it needs
        # help from the budget" / "the budget has to help"
        or (
            toks[k].stem == "need"
            and toks[k + 1 : k + 2]
            and (toks[k + 1].vkey in _DETERMINERS or toks[k + 1].kind == "word")
            and toks[k + 1].vkey not in ("to", "not", "never")  # ("need not pay": no duty)
        )
        for k in idx
    )


# verbs of how much something takes: "the sites can hold 2.4 billion cubic metres" says
# their size ("have room for", "a capacity of"), not what may happen
_CAPACITY = frozenset(
    stem(w) for w in ("hold", "accommodate", "house", "seat", "store", "take", "carry", "handle")
)


def _capacity(side: Side, lo: int, hi: int) -> bool:
    """A "can" of capacity: the modal, a capacity verb, a figure soon after."""
    toks = side.toks
    return (
        toks[lo].vkey in ("can", "could")
        and hi < len(toks)
        and toks[hi].stem in _CAPACITY
        and any(t.kind == "num" for t in toks[hi + 1 : hi + 5])
    )


_EXPECT = frozenset(["expect", "expects", "expected", "expecting", "expectation"])


def _expected_should(v: _View, o: tuple[int, int, str]) -> bool:
    """A "should" of expectation, not of advice: the passage says the speaker expects it ("should reach me, I expect, by late July" / "I expect its first
    report by the end of July")."""
    # (the quote need not say "expect" itself: "we expect inflation to peak at about 11
    # percent" / "inflation should top out at around 11 percent")
    return v.q.toks[o[0]].vkey == "should" and any(
        v.s.toks[j].vkey in _EXPECT for j in v.region | v.scope
    )


def _do_not(side: Side, idx: set[int]) -> bool:
    """A prohibition said as an imperative: "do not approach them", "never open the door"
    at the start of a sentence or clause, which a translator renders "should not
    approach", "must never open"."""
    vk = [t.vkey for t in side.toks]
    for j in sorted(idx):
        if vk[j] == "never" or (vk[j] == "do" and vk[j + 1 : j + 2] == ["not"]):
            gap = side.text[side.toks[j - 1].end : side.toks[j].start] if j > 0 else "."
            if j == 0 or re.search(r"[,;:.!]", gap) or vk[j - 1] in ("and", "please", "then"):
                return True
    return False


_ORDER_OBJECTS = frozenset(
    ["it", "them", "him", "her", "us", "me", "the", "your", "our", "their", "this", "a", "an"]
)


def _imperative(side: Side, idx: set[int]) -> bool:
    """An order at the start of a sentence or clause ("If someone asks you for money,
    report it to the police", "Call the police at once"): a verb in its bare form with its
    object right after it, which a translator renders "should be reported", "must
    call"."""
    toks = side.toks
    for j in sorted(idx):
        if j + 1 >= len(toks):
            continue
        t = toks[j]
        gap = side.text[toks[j - 1].end : t.start] if j > 0 else "."
        if not (j == 0 or re.search(r"[,;:.!]", gap)):
            continue
        if (
            t.kind == "word"
            and not is_function(t)
            and not t.raw.lower().endswith(("ed", "ing", "s", "ly"))
            and (not t.cap or j == 0 or re.search(r"[.!;:]", gap))
            and toks[j + 1].vkey in _ORDER_OBJECTS
        ):
            return True
    return False


def _prohibits(side: Side, o: tuple[int, int, str]) -> bool:
    """A modal of permission or obligation that is negated: "may not", "must not",
    "cannot", "are not allowed to"."""
    lo, hi, cls = o
    if cls not in ("possible", "obligatory"):
        return False
    around = [t.vkey for t in side.toks[max(0, lo - 2) : hi + 1]]
    # "nobody may enter", "no ferry may leave"
    subject = [t.vkey for t in side.toks[max(0, lo - 3) : lo]]
    return (
        "not" in around
        or "never" in around
        or any(w in ("no", "nobody", "noone", "none", "neither") for w in subject)
    )


# modals whose negation is no ban: "need not pay", "do not have to pay"
_NO_BAN = frozenset(["need", "needs", "have", "has", "had", "required", "obliged", "necessary"])


def _bans(side: Side, o: tuple[int, int, str]) -> bool:
    """A negated "may", "must", "can" or "allowed to": a ban, however the translator put
    it ("must not use", "may not use", "cannot use"); not "need not" (no obligation)."""
    lo, hi, _ = o
    return _prohibits(side, o) and not any(t.vkey in _NO_BAN for t in side.toks[lo:hi])


# the speech acts a speaker announces with a modal ("I must tell you frankly", "I want to
# say at the start", "I have to be honest", "let me stress"): the modal frames what is
# said, it is not a claim of its own
_SPEECH_ACTS = frozenset(
    stem(w)
    for w in (
        *("say", "tell", "stress", "repeat", "admit", "emphasise", "emphasize", "underline"),
        *("point", "add", "remind", "confess", "honest", "frank", "clear", "candid"),
    )
)


def _speech_act(side: Side, lo: int, hi: int) -> bool:
    """Whether the modal at ``lo``..``hi`` governs the speaker's own speech act ("I want
    to | say", "I have to | be honest", "I must | tell you frankly"): "I" or "we" right
    before it ("nobody will say no" and "the vote must be repeated" are claims)."""
    if lo == 0 or side.toks[lo - 1].vkey not in ("i", "we"):
        return False
    for k in range(hi, min(len(side.toks), hi + 3)):
        t = side.toks[k]
        if t.vkey in ("be", "to", "you", "it", "this", "once", "again", "also"):
            continue
        # "I will put it as bluntly as I can"
        put_it = t.vkey == "put" and k + 1 < len(side.toks) and side.toks[k + 1].vkey == "it"
        return put_it or (t.kind == "word" and t.stem in _SPEECH_ACTS)
    return False


def _speech_act_near(side: Side, idx: Iterable[int]) -> bool:
    """The speaker's speech act among ``idx``, with "I" or "we" in the three words before
    it ("I will say this first", "I must tell you frankly")."""
    return any(
        side.toks[j].stem in _SPEECH_ACTS
        and side.toks[j].kind == "word"
        and any(t.vkey in ("i", "we") for t in side.toks[max(0, j - 3) : j])
        for j in idx
        if j < len(side.toks)
    )


# "were due to receive their degrees" / "were supposed to receive them": a schedule
_SCHEDULED = frozenset(["due", "scheduled", "supposed", "meant", "set"])


_PLANNED = frozenset(
    stem(w) for w in ("plan", "planned", "assumed", "assume", "expected", "scheduled", "foresaw")
)


def _planned_would(side: Side, lo: int) -> bool:
    """A "would" of what a plan or an expectation set out ("the plan assumed that they
    would arrive"): the schedule that "were supposed to" states."""
    return side.toks[lo].vkey == "would" and any(
        t.stem in _PLANNED for t in side.toks[max(0, lo - 10) : lo]
    )


_MAYBE = frozenset(["may", "might", "could"])


def _able_after(side: Side, idx: Iterable[int], first: frozenset[str]) -> int | None:
    """Where a word of ``first`` stands right before "be able to" among ``idx``."""
    vk = [t.vkey for t in side.toks]
    return next(
        (k for k in sorted(idx) if vk[k] in first and vk[k + 1 : k + 4] == ["be", "able", "to"]),
        None,
    )


def _maybe_able_made_sure(v: _View) -> Finding | None:
    """ "may be able to return" quoted as "will be able to return": a possible ability
    made a sure one (the table counts "will be able to" with "can", so both read as
    possible)."""
    j = _able_after(v.s, v.region, _MAYBE)
    # (not the month: "in the first half of May")
    if j is None or any(t.vkey in _MAYBE and t.raw != "May" for t in v.q.toks):
        return None
    i = _able_after(v.q, range(len(v.q.toks)), frozenset(["will", "shall"]))
    if i is None:
        return None
    return Finding(
        "modality-changed",
        f"modality changed: '{_phrase(v.s, j, j + 4, 0, 1)}' → '{_phrase(v.q, i, i + 4, 0, 1)}'",
        0.85,
    )


def _was_to(side: Side, idx: Iterable[int]) -> bool:
    """A "was to" / "were to" + verb among ``idx``: what was planned or due ("a commission
    was to watch over all of this")."""
    keep = set(idx)
    toks = side.toks
    return any(
        toks[k].vkey in ("was", "were")
        and k + 2 < len(toks)
        and toks[k + 1].vkey == "to"
        and k + 1 in keep
        and toks[k + 2].kind == "word"
        and not is_function(toks[k + 2])
        for k in keep
        if k < len(toks)
    )


_PERCEIVE = {"see": "saw", "hear": "heard", "feel": "felt", "find": "found", "tell": "told"}


def _could_perceive(v: _View, o: tuple[int, int, str]) -> bool:
    """ "we could see no other way" for "we saw no other way": "could" with a verb of
    perceiving, where the source has that verb in the past."""
    lo, hi, _cls = o
    if v.q.toks[lo].vkey != "could" or hi >= len(v.q.toks):
        return False
    past = _PERCEIVE.get(v.q.toks[hi].vkey)
    return past is not None and any(v.s.toks[j].vkey == past for j in v.scope | v.region)


def _verb_object_to(v: _View, lo: int, hi: int) -> bool:
    """A modal verb + "to" of the source ("expect to finish") whose verb the quote keeps
    with an object before its "to" ("expect the search to be over")."""
    if hi - lo != 2 or v.s.toks[hi - 1].vkey != "to":
        return False
    head = v.s.toks[lo].stem
    vk = [t.vkey for t in v.q.toks]
    return any(
        t.stem == head and "to" in vk[k + 2 : k + 6] and vk[k + 1] != "to"
        for k, t in enumerate(v.q.toks)
    )


_DUTIES = frozenset(["job", "task", "duty", "role", "responsibility", "mission"])


def _duty_was_to(side: Side) -> bool:
    """ "whose job was to keep an eye on it", "their task is to …": a duty named."""
    vk = [t.vkey for t in side.toks]
    return any(
        a in _DUTIES and b in ("was", "is", "were", "are") and c == "to"
        for a, b, c in zip(vk, vk[1:], vk[2:], strict=False)
    )


def _scheduled(side: Side, idx: Iterable[int]) -> bool:
    """ "due to", "scheduled to", "set to" before a verb (not "due to the storm")."""
    toks = side.toks
    return any(
        toks[j].vkey in _SCHEDULED
        and j + 2 < len(toks)
        and toks[j + 1].vkey == "to"
        and toks[j + 2].kind == "word"
        and not is_function(toks[j + 2])
        and not toks[j + 2].cap
        and not toks[j + 2].raw.lower().endswith(("tion", "ment", "ness", "ity"))
        for j in idx
        if j < len(toks)
    )


def _too_for_than(v: _View, o: tuple[int, int, str]) -> bool:
    """A comparison with what should be ("later than they should have been") for the
    source's "too" ("too late"): the measure of what should be, no advice."""
    before = [t.vkey for t in v.q.toks[max(0, o[0] - 5) : o[0]]]
    return "than" in before and any(v.s.toks[j].vkey == "too" for j in v.region | v.scope)


def _no_right_to(side: Side, idx: Iterable[int]) -> bool:
    """ "has no right to act surprised" for "should not be surprised": a duty not to."""
    vk = [t.vkey for t in side.toks]
    return any(vk[j : j + 3] == ["no", "right", "to"] for j in idx)


def _order_for_you(v: _View, lo: int, hi: int) -> bool:
    """The source's advice to "you" ("you should continue taking your tablets") given as
    an order in the quote ("keep taking the tablets you have"): the verb the modal
    governs is rendered at the start of a clause in the quote, with no subject."""
    if lo == 0 or v.s.toks[lo - 1].vkey != "you":
        return False
    for j in range(hi, min(hi + 3, len(v.s.toks))):
        if v.s.toks[j].vkey in ("not", "also", "still", "always", "never"):
            continue
        for i in v.s_match.get(j, ("delete", ()))[1]:
            gap = v.q.text[v.q.toks[i - 1].end : v.q.toks[i].start] if i > 0 else "."
            if re.search(r"[,;:.!]", gap) and not v.q.toks[i].raw.lower().endswith(("ed", "s")):
                return True
        return False
    return False


def _modal_verb(side: Side, hi: int) -> str | None:
    """The verb a modal governs ("can | rely", "can not | be avoided"), lower-cased."""
    for t in side.toks[hi : hi + 3]:
        if t.vkey in ("not", "be", "been", "never", "always", "also", "still"):
            continue
        return t.vkey if t.kind == "word" else None
    return None


def _able_word(side: Side, verb: str | None, idx: Iterable[int] | None = None) -> bool:
    """An adjective in "-able"/"-ible" on the other side made of the modal's verb:
    "can rely" / "reliable", "could be avoided" / "avoidable", "can afford" /
    "affordable"."""
    if verb is None or len(verb) < 3:
        return False
    toks = side.toks if idx is None else [side.toks[j] for j in idx if j < len(side.toks)]
    for t in toks:
        w = t.vkey
        if len(w) < 7 or not w.endswith(("able", "ible")):
            continue
        base = w[:-4]
        if verb.startswith(base) or (len(base) >= 3 and base.startswith(verb[:-1])):
            return True
    return False


def _ceiling(side: Side, idx: Iterable[int]) -> bool:
    """A figure given as a ceiling ("up to", "as much as", "at most"): the quote's "could
    cost as much as" says no more than that."""
    vk = [t.vkey for t in side.toks]
    for j in idx:
        if vk[j : j + 2] in (["up", "to"], ["at", "most"]):
            n = j + 2
        elif vk[j : j + 3] in (["as", "much", "as"], ["as", "many", "as"], ["as", "high", "as"]):
            n = j + 3
        else:
            continue
        # ("up to | 120 million", not "it is up to them")
        if any(t.kind == "num" for t in side.toks[n : n + 2]):
            return True
    return False


def _purpose_kept(v: _View, o: tuple[int, int, str]) -> bool:
    """An added "trying to" whose "to" is paired with the source's "to" of purpose: the
    source states the aim, the quote the effort towards it, one claim."""
    last = o[1] - 1
    op, js = v.q_match.get(last, ("insert", ()))
    if v.q.toks[last].vkey != "to" or not _matched(op) or len(js) != 1:
        return False
    j = js[0]
    modal = {
        k
        for lo, hi, _ in _occurrences(v.s.toks, "modality.tsv", set(range(max(0, j - 3), j + 1)))
        for k in range(lo, hi)
    }
    return v.s.toks[j].vkey == "to" and j not in modal


def _backshift(v: _View, s_occ: tuple[int, int], q_occ: tuple[int, int, str]) -> bool:
    """ "will" → "would" in a fragment set into reported speech ("he said the sailors
    “would land on Thursday”") or in a conditional sentence: the tense moves back, the
    claim does not."""
    s_words = " ".join(t.vkey for t in v.s.toks[s_occ[0] : s_occ[1]])
    q_words = " ".join(t.vkey for t in v.q.toks[q_occ[0] : q_occ[1]])
    fragment = (bool(v.q.toks) and not v.q.toks[0].cap) or _reported(v.q, q_occ[0])
    # "if we answer …, there will be" / "if we replied …, there would be": a translator's
    # choice of conditional, the same condition on both sides
    conditional = any(t.vkey in _IF for t in v.q.toks) and any(
        v.s.toks[j].vkey in _IF for j in v.scope
    )
    if (fragment or conditional) and (s_words, q_words) in (
        ("will", "would"),
        ("shall", "should"),
    ):
        return True
    # "will have to change" → "would have to change": the same modal, moved back
    if (fragment or conditional) and s_words.startswith("will ") and q_words == "would":
        rest = s_words.split()[1:]
        after = [t.vkey for t in v.q.toks[q_occ[1] : q_occ[1] + len(rest)]]
        if after == rest:
            return True
    # "I told them that pensioners would not pay" / "I made it clear that pensioners
    # were not going to pay": the future seen from a past report, on either side
    reported = _reported(v.s, s_occ[0]) or _reported(v.q, q_occ[0])
    return reported and s_words in _FUTURES and q_words in _FUTURES


_FUTURES = frozenset(["will", "would", "going to", "shall"])


_IF = frozenset(["if", "unless"])

# nouns of a promise or assurance that take a "that" clause in reported speech
_ASSURANCE = frozenset(
    ["assurance", "assurances", "promise", "word", "pledge", "guarantee", "commitment"]
)


def _reported(side: Side, i: int) -> bool:
    """The modal at ``i`` stands in a "that" clause after a verb of saying in the past or a
    noun of assurance ("gave me his assurance that it would", "told us that they would"):
    reported speech, where "would" is the "will" that was said."""
    start = max(0, i - 6)
    before = [t.vkey for t in side.toks[start:i]]
    if "that" not in before:
        return False
    k = start + len(before) - 1 - before[::-1].index("that")
    head = side.toks[max(0, k - 8) : k]
    return any(t.vkey in _ASSURANCE or (t.kind == "word" and _past_verb(t)) for t in head)
