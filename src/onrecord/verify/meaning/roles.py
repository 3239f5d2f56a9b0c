"""Who does what to whom: a phrase moved with its doer changed ("X demanded that we
open" / "We demanded that X open"), and the same act with another doer ("the
ambassador handed a note to our minister" / "our minister handed a note to the
ambassador").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..align import is_function, same_name, synonymous
from ..normalize import Tok, tokenize
from .base import TITLE_WORDS, WE_WORDS, Finding, Side, _past_verb, _person, is_home
from .names import _date_word, _is_name
from .view import _View


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
                if v.q.toks[qi].kind != "word" or _date_word(v.q, qi):
                    continue  # "at 21:47 the rocket exploded" / "The rocket blew up at 21:47"
                if _agent_passive(v.q, qr) != _agent_passive(v.s, sr):
                    continue  # "must be paid for by the owner" / "the owner must pay"
                for i in qr:
                    who = v.q.toks[i].vkey
                    # a doer: a person, a name, a capitalised word ("The" opening the
                    # sentence is no doer)
                    named = v.q.toks[i].cap and not is_function(v.q.toks[i])
                    if not (_person(who) or _is_name(v.q, i) or named) or i == qi:
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


def _same_name(a: Tok, b: Tok) -> bool:
    """A name and its possessive or another form ("Minister" / "Minister's")."""
    x, y = a.vkey, b.vkey
    return x == y or (len(x) > 3 and y.startswith(x) and len(y) - len(x) <= 2)


def _reported_speaker(v: _View, qd: int, sd: int) -> bool:
    """The speaker's "I" become "he/she" in a fragment set into the report's sentence."""
    first = next((t for t in v.q.toks if t.kind != "ellipsis"), None)
    return (
        first is not None
        and first.raw[:1].islower()
        and v.q.toks[qd].vkey in ("he", "she")
        and v.s.toks[sd].vkey in ("i", "me", "my")
    )


def _agent_passive(side: Side, run: Sequence[int]) -> bool:
    """A passive with its doer after "by" ("must be paid for by the owner")."""
    return any(
        side.toks[k].vkey == "by" and any(side.toks[m].vkey in _BE for m in range(max(0, k - 4), k))
        for k in run
    )


_RELATIVE = frozenset(["who", "which", "that"])
# offices held by a person (not "the Board", "the Council")
_PERSON_OFFICES = frozenset(
    ["president", "minister", "premier", "chancellor", "governor", "mayor", "secretary"]
)


# bodies a speaker names by a common noun ("the government", "the army")
_BODIES = frozenset(
    [
        *("government", "ministry", "army", "police", "commission", "council", "court"),
        *("parliament", "opposition", "company", "union", "authorities", "regulator"),
        *("board", "committee", "prosecutors", "inspectors", "municipality", "agency"),
    ]
)


def _doer(side: Side, idx: Sequence[int], k: int) -> int | None:
    """The person or named party acting on the word at ``idx[k]``: the nearest name or
    personal pronoun before it (up to six words back, across "who"/"which"), or None."""
    for n in range(k - 1, max(-1, k - 7), -1):
        t = side.toks[idx[n]]
        if t.bracket:
            continue
        if _person(t.vkey) and t.vkey in ("i", "we", "he", "she", "they"):
            return idx[n]
        # "the government proposed …": a body named by its common noun, after "the"
        if t.vkey in _BODIES and n > 0 and side.toks[idx[n - 1]].vkey == "the":
            return idx[n]
        # "The Prime Minister promised …": an office with "the" before it is the doer
        if t.cap and t.vkey in _PERSON_OFFICES and n > 0:
            lead = side.toks[idx[n - 1]].vkey
            if lead == "the" or (
                lead in TITLE_WORDS and n > 1 and side.toks[idx[n - 2]].vkey == "the"
            ):
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


def _same_party(a: Tok, b: Tok, home: frozenset[str] = frozenset()) -> bool:
    """Whether two doers are one party; the speaker's "we" is also the speaker's own
    country or body (``home``: "we caused" / "the Authority caused")."""
    pa, pb = _person(a.vkey), _person(b.vkey)
    if {a.vkey, b.vkey} & WE_WORDS and is_home(b.vkey if a.vkey in WE_WORDS else a.vkey, home):
        return True
    if pa or pb:
        return pa == pb
    return a.vkey == b.vkey or same_name(a.vkey, b.vkey)


def _ours_for_theirs(v: _View, qd: Tok, sd: Tok) -> bool:
    """The speaker's "we" made the doer of another named party's act, or the other way
    round: "We signed a similar commitment and broke it" for "Vostrand signed … and broke
    it". Only when the source says whose "we" it is (``home``: the speaker's country or
    body), and the name is a capitalised word of the source that is not one of them."""
    if not v.s.home:
        return False
    if qd.vkey == "we" and sd.vkey not in WE_WORDS | {"i", "me", "my"}:
        side, name = v.s, sd
    elif sd.vkey == "we" and qd.vkey not in WE_WORDS | {"i", "me", "my"}:
        side, name = v.q, qd
    else:
        return False
    k = next(n for n, t in enumerate(side.toks) if t is name)
    # a name is never written in lower case ("Households will not face …" is no name)
    lower = {t.vkey for t in (*v.s.toks, *v.q.toks) if t.kind == "word" and not t.cap}
    return (
        name.cap
        and not name.bracket
        and not is_function(name)
        and name.vkey not in lower
        and name.vkey in v.s.names
        and name.vkey not in TITLE_WORDS
        and name.vkey not in _PERSON_OFFICES
        and not is_home(name.vkey, v.s.home)
        # the party itself, not one of several doers ("we and the Authority signed"),
        # nor what a phrase is about ("On Korvenergo, [the government has] agreed")
        and not any(t.vkey in WE_WORDS | {"and"} for t in side.toks[max(0, k - 6) : k + 2])
        and not (k > 0 and side.toks[k - 1].vkey in _PREPOSITIONS)
    )


_PREPOSITIONS = frozenset(
    ["on", "in", "at", "with", "for", "about", "to", "from", "by", "against", "of", "over"]
)


_AUXILIARIES = frozenset(
    ["has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "now"]
)


def _subject_of(side: Side, d: int, verb: int) -> bool:
    """Whether word ``d`` is the subject right before ``verb`` ("Kordan Informatika has
    demanded"), not an object or a word after a preposition ("we turned to the Council
    … and asked it")."""
    if any(t.vkey not in _AUXILIARIES for t in side.toks[d + 1 : verb]):
        return False
    k = d
    while k > 0 and side.toks[k - 1].cap and not side.initial(k):
        k -= 1  # the name's first word ("Kordan" of "Kordan Informatika")
    return k == 0 or side.initial(k) or side.toks[k - 1].vkey in ("the", "and", "but")


def _doer_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """The same act with another doer: "the Drovnian ambassador handed a note to our
    Foreign Minister" for "our Foreign Minister … handed a note to the Drovnian
    ambassador"; "I called the minister" for "the minister … called me". For each content
    word both sides share, the doer before it is compared; when they differ and the
    quote's doer stands after that word in the passage (it was the one acted on), the
    roles were turned around. The speaker's "we" put for another named party ("We signed
    … and broke it" for "Vostrand signed … and broke it") changes who did it
    (:func:`_ours_for_theirs`)."""
    out: list[Finding] = []
    s_idx = sorted(v.scope | v.region)
    q_idx = list(range(len(v.q.toks)))
    s_pos: dict[str, list[int]] = {}
    for n, j in enumerate(s_idx):
        s_pos.setdefault(v.s.toks[j].stem, []).append(n)
    for k, i in enumerate(q_idx):
        t = v.q.toks[i]
        if t.kind != "word" or t.cap or is_function(t) or len(t.stem) < 3 or i in cq or t.bracket:
            continue
        progressive = (
            t.raw.lower().endswith("ing")
            and i > 0
            and v.q.toks[i - 1].vkey in ("been", "is", "are", "was", "were")
        )
        if not (_past_verb(t) or progressive):
            continue  # "have been sending us data" / "we have been sending data" too
        where = s_pos.get(t.stem, []) or [
            m for st, ms in s_pos.items() if synonymous(st, t.stem) for m in ms
        ]
        if len(where) != 1 or sum(1 for x in v.q.toks if x.stem == t.stem) != 1:
            continue
        m = where[0]
        paired = v.s_match.get(s_idx[m], ("delete", ()))
        if paired[1] and i not in paired[1]:
            continue  # the source's verb renders another word of the quote ("made")
        if _passive(v.q, q_idx, k) or _passive(v.s, s_idx, m):
            continue  # "was handed by X" / "X handed": another voice, the same doer
        qd, sd = _doer(v.q, q_idx, k), _doer(v.s, s_idx, m)
        if qd is None or sd is None or _same_party(v.q.toks[qd], v.s.toks[sd], v.s.home):
            continue
        if _reported_speaker(v, qd, sd):
            continue  # "he had not asked her to resign" / "I have not asked her"
        if _ours_for_theirs(v, v.q.toks[qd], v.s.toks[sd]):
            rule, what, conf = "person-changed", "who changed", 0.8
        else:
            after = [v.s.toks[j] for j in s_idx[m + 1 : m + 10]]
            if not any(_same_party(v.q.toks[qd], x) for x in after):
                continue
            # crosswise: the source's doer is acted on in the quote ("Brevonia asked Tarvenia")
            q_after = v.q.toks[i + 1 : i + 10]
            # or the speaker's own act given to the party it was aimed at ("I have demanded
            # that Kordan give the ministry …" / "Kordan has demanded that the ministry
            # give …")
            own_act_given = (
                v.s.toks[sd].vkey in ("i", "we")
                and v.q.toks[qd].cap
                and v.q.toks[qd].vkey in v.s.names
                and not is_home(v.q.toks[qd].vkey, v.s.home)
                and _subject_of(v.q, qd, i)
            )
            if not own_act_given and not any(
                _same_party(v.s.toks[sd], x) or _same_name(v.s.toks[sd], x) for x in q_after
            ):
                continue
            rule, what, conf = "roles-reversed", "who does what to whom reversed", 0.85
        out.append(
            Finding(
                rule,
                f"{what}: '{v.s.toks[sd].raw} … {v.s.toks[s_idx[m]].raw}' → "
                f"'{v.q.toks[qd].raw} … {t.raw}'",
                conf,
            )
        )
        cq.update({qd, i})
        cs.add(sd)
        break
    return out
