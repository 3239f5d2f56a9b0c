"""Shared pieces of the meaning checks: the :class:`Finding` and :class:`Side` records,
the word tables several checks use (scales, quantities, titles, persons), the phrase
tables of ``data/`` read as token tuples (:func:`_occurrences`), and small word tests
(a person's pronoun, the month "May", a past-tense verb).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...structure.meta import find_date
from ..normalize import Tok, load_list, load_pairs, tokenize

SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBERISH = frozenset(
    [
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        # fractions ("about a fifth of its traffic")
        "fifth",
        "fifths",
        "sixth",
        "tenth",
        "tenths",
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
        "chairwoman",
        "chair",
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
    # "most will not return" / "many will not return"
    "many": 0.4,
    "minority": 0.25,
    "none": 0.0,
    "few": 0.1,
}
_FIRST = frozenset(["we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine", "myself"])
_THIRD = frozenset(
    ["they", "them", "their", "theirs", "themselves", "he", "him", "his", "she", "her", "hers"]
)


@dataclass(frozen=True, slots=True)
class Finding:
    """A difference that changes the meaning: machine rule name and journalist reason."""

    rule: str
    reason: str
    weight: float  # how sure the rule is (used for the verdict's confidence)
    q_idx: tuple[int, ...] = ()  # the quote tokens the finding is about (added words)


# the speaker's side as a group ("we will pay", "our fuel")
WE_WORDS = frozenset(["we", "us", "our", "ours"])
# participles of a permission ("no fishing will be allowed"), set against a ban
PERMITTED = frozenset(["allowed", "permitted", "authorised", "authorized"])


@functools.lru_cache(maxsize=64)
def statement_date(text: str) -> datetime.date | None:
    """The day a statement was given: the first date of its opening lines ("Orlesk,
    Wednesday, May 13, 2026."), read once per source text."""
    found = find_date(text[:800])
    try:
        return datetime.date.fromisoformat(found[0]) if found else None
    except ValueError:  # a partial date ("2026-05") gives no day
        return None


def same_root(a: str, b: str) -> bool:
    """Whether two stems are forms of one word ("public" / "publish", "patient" /
    "patiently"): they share their first five letters and all but one letter of the
    shorter ("control" and "contrary" do not)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= min(len(a), len(b)) - 1


def is_home(word: str, home: frozenset[str]) -> bool:
    """Whether a folded word is one of ``home`` or made from it ("sarvonian" from
    "sarvonia", "authority's")."""
    return any(word == h or (len(h) > 4 and word.startswith(h[:-1])) for h in home)


@dataclass(frozen=True, slots=True)
class Side:
    """Tokens of one side (quote or source window) and the text their spans point into."""

    toks: Sequence[Tok]
    text: str
    # folded words for the speaker's own country or body ("kelvaria", "authority"): the
    # "we/our" of the speaker's passage (SourceIndex.home_words)
    home: frozenset[str] = frozenset()
    # folded words the whole source writes with a capital
    # (SourceIndex.capitalised): whom a source's "it" or "the other side" may stand for
    names: frozenset[str] = frozenset()

    def own(self, i: int) -> bool:
        """Whether token ``i`` names the speaker's own country or body ("Sarvonia's",
        "the Authority")."""
        return is_home(self.toks[i].vkey, self.home)

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

    def gap(self, k: int) -> str:
        """The text between token ``k-1`` and token ``k`` ("" before the first)."""
        return self.text[self.toks[k - 1].end : self.toks[k].start] if k > 0 else ""

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


@functools.cache
def _phrases(name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Phrase tables as token tuples (longest first): ((words...), class)."""
    if name.endswith(".tsv") or name == "hedges.txt":
        rows = load_pairs(name)
    else:
        rows = tuple((w, w) for w in load_list(name))
    out = [(tuple(_norm_word(w) for w in phrase.split()), cls) for phrase, cls in rows]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@functools.cache
def _phrases_by_first(name: str) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """:func:`_phrases` grouped by first word, each group in the table's order (longest
    first), so a scan tries only the phrases that can start at a token."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, cls in _phrases(name):
        if words:
            out.setdefault(words[0], []).append((words, cls))
    return {first: tuple(group) for first, group in out.items()}


def _norm_word(word: str) -> str:
    from ..normalize import keys

    return keys(word)[1]


def _provided_as_verb(vk: Sequence[str], lo: int, hi: int) -> bool:
    """ "the good offices she has provided", "the data provided by": the verb, no
    condition (a condition's "provided" opens a clause: "provided (that) they pay")."""
    if tuple(vk[lo:hi]) not in (("provided",), ("providing",)):
        return False
    prv = vk[lo - 1] if lo > 0 else ""
    nxt = vk[hi] if hi < len(vk) else ""
    return prv in ("has", "have", "had", "is", "are", "was", "were", "be", "been", "being") or (
        nxt in ("by", "for", "to", "with")
    )


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


def _as_long_as_figure(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """ "for as long as two hours": a ceiling on a figure, no condition."""
    if [t.vkey for t in toks[lo:hi]] != ["as", "long", "as"] or hi >= len(toks):
        return False
    nxt = toks[hi]
    return nxt.kind == "num" or nxt.vkey in NUMBERISH or (lo > 0 and toks[lo - 1].vkey == "for")


def _if_whether(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """ "we do not know if …", "asked (me) if …": "if" for "whether", no condition."""
    if [t.vkey for t in toks[lo:hi]] != ["if"] or lo == 0:
        return False
    verb = lo - 1
    if verb > 0 and toks[verb].vkey in _ASKED_WHOM:
        verb -= 1  # "asked me if", "tell us if"
    return (
        toks[verb].stem in _ASKING
        # "be clear: if …" is a condition
        and all(toks[k + 1].start - toks[k].end <= 1 for k in range(verb, lo))
    )


_ASKED_WHOM = frozenset(["me", "us", "him", "her", "them", "you"])


def _as_if(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """ "counted it twice, as if it were income", "act as if there had been no
    procedure": a manner, no condition."""
    return [t.vkey for t in toks[lo:hi]] == ["if"] and lo > 0 and toks[lo - 1].vkey == "as"


# words that start a clause after "on the whole" read as "mostly" ("on the whole it works")
_CLAUSE_START = frozenset(
    [
        *("it", "we", "they", "i", "you", "he", "she", "there", "this", "that", "these"),
        *("those", "the", "a", "an", "our", "their", "its", "is", "are", "was", "were"),
        *("has", "have"),
    ]
)


def _whole_of_a_noun(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """ "a ban on the whole country": "on the whole" before its noun, no hedge."""
    return (
        [t.vkey for t in toks[lo:hi]] == ["on", "the", "whole"]
        and hi < len(toks)
        and toks[hi].start - toks[hi - 1].end <= 1
        and toks[hi].raw[:1].isalpha()
        and toks[hi].vkey not in _CLAUSE_START
    )


def _passed_on(vk: Sequence[str], lo: int) -> bool:
    """ "we have passed on all the reports", "passed over", "passed away": a verb with its
    particle, no figure passed."""
    return vk[lo] in ("passed", "passes", "pass") and vk[lo + 1 : lo + 2] in (
        ["on"],
        ["over"],
        ["away"],
        ["through"],
        ["by"],
    )


def _what_it_looks_like(vk: Sequence[str], lo: int) -> bool:
    """ "what a healthy debate looks like", "how an honest figure looks": a look
    described, no hedge."""
    return vk[lo] in ("looks", "looked") and any(
        w in ("what", "how") for w in vk[max(0, lo - 6) : lo]
    )


def _occurrences(
    toks: Sequence[Tok], name: str, allowed: set[int] | None = None
) -> list[tuple[int, int, str]]:
    """Occurrences ``(first, last+1, class)`` of a phrase table in ``toks``."""
    out: list[tuple[int, int, str]] = []
    table = _phrases_by_first(name)
    vk = [t.vkey for t in toks]
    i = 0
    while i < len(toks):
        hit = None
        for words, cls in table.get(vk[i], ()):
            n = len(words)
            if tuple(vk[i : i + n]) == words:
                hit = (i, i + n, cls)
                break
        if (
            hit
            and name == "conditions.txt"
            and (
                _once_not_conditional(vk, hit[0], hit[1])
                or _if_whether(toks, hit[0], hit[1])
                or _as_long_as_figure(toks, hit[0], hit[1])
                or _as_if(toks, hit[0], hit[1])
                or _provided_as_verb(vk, hit[0], hit[1])
            )
        ):
            hit = None
        if (
            hit
            and name == "hedges.txt"
            and (
                _whole_of_a_noun(toks, hit[0], hit[1])
                or _what_it_looks_like(vk, hit[0])
                or _passed_on(vk, hit[0])
            )
        ):
            hit = None
        if hit and (allowed is None or all(k in allowed for k in range(hit[0], hit[1]))):
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


# verbs of a ban, which a negated modal renders ("the law forbids us to" / "we may not")
BAN_WORDS = frozenset(
    [
        *("forbid", "forbids", "forbade", "forbidden", "forbidding"),
        *("prohibit", "prohibits", "prohibited", "prohibiting"),
        *("ban", "bans", "banned", "banning", "bar", "bars", "barred"),
        *("outlaw", "outlaws", "outlawed"),
    ]
)


def earlier_in_sentence(
    side: Side, i: int, n: int, words: frozenset[str], *, stems: bool = False, clause: bool = False
) -> bool:
    """Whether one of ``words`` (word keys, or stems with ``stems``) stands among the
    ``n`` tokens before ``i`` in its sentence (in its clause with ``clause``: a ";" or
    ":" ends it)."""
    for k in range(i - 1, max(-1, i - n - 1), -1):
        if side.sentence_break(k + 1):
            return False
        if clause and re.search(r"[;:]", side.text[side.toks[k].end : side.toks[k + 1].start]):
            return False
        if (side.toks[k].stem if stems else side.toks[k].vkey) in words:
            return True
    return False


def prohibition(side: Side, idx: Iterable[int]) -> bool:
    """A verb of a ban among the tokens ``idx``."""
    return any(side.toks[j].vkey in BAN_WORDS for j in idx)


def _is_month(side: Side, i: int) -> bool:
    t = side.toks[i]
    if t.raw != "May":
        return False
    nxt = side.toks[i + 1] if i + 1 < len(side.toks) else None
    prv = side.toks[i - 1] if i > 0 else None
    return bool((nxt and nxt.kind == "num") or (prv and prv.kind == "num") or not side.initial(i))


def _person(word: str) -> str | None:
    if word in _FIRST:
        return "first"
    if word in _THIRD:
        return "third"
    return None


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
