"""Who asked whom: a request turned around.

"The National Bank has asked the banks to allow …" quoted as "the banks have asked the
National Bank to allow …", "has advised the Minister of Finance to …" as "the Finance
Minister has recommended to the National Bank that …". The words of both parties are in
the quote, often the same words (so the aligner pairs "banks" with "Bank" and sees no
swap); what changed is which party stands before the verb of asking and which after it.

A request is read on each side as (who asks, who is asked): the words before a verb of
asking, back to the clause's edge, and the words after it up to "to" or "that". A passive
("has been asked by me to …") reads the other way round. The two parties are compared by
their content words, pronouns of the speaker folded to one; the request turned when the
asker of one side is the one asked on the other and the other way round, and that
crossing fits better than the straight reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..align import is_function
from .base import Finding, Side
from .view import _View

# stems of verbs of asking and advising (normalize.stem of the forms)
_ASKING = frozenset(
    [
        "ask",
        "urg",
        "advis",
        "adviz",
        "recommend",
        "request",
        "instruct",
        "order",
        "tell",
        "press",
        "invit",
        "encourag",
        "appeal",
        "beg",
        "call",
    ]
)
# between the asker and the verb: auxiliaries and adverbs ("has also formally asked")
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "shall",
        "should",
        "also",
        "already",
        "formally",
        "repeatedly",
        "now",
        "again",
        "today",
        "yesterday",
        "publicly",
        "personally",
        "officially",
        "been",
        "be",
        "being",
        "just",
        "once",
        "twice",
        "not",
    ]
)
_PASSIVE = frozenset(["been", "be", "being", "is", "are", "was", "were"])
# words that end the asking party going back, or the asked party going forward
_CLAUSE = frozenset(
    ["and", "but", "that", "which", "who", "whom", "because", "while", "when", "if", "since", "so"]
)
_UNTIL = frozenset(["whether", "if", "for", "not"])
_SPEAKER = {"i": "I", "me": "I", "my": "I", "myself": "I", "we": "WE", "us": "WE", "our": "WE"}


def _key(side: Side, k: int) -> str | None:
    t = side.toks[k]
    if t.vkey in _SPEAKER:
        return _SPEAKER[t.vkey]
    if is_function(t) or t.kind != "word":
        return None
    return t.stem


def _before(side: Side, k: int) -> list[int]:
    """The party before token ``k``: back to the clause's edge (a sentence break, a
    punctuation mark or a conjunction), at most eight words ("The Finance Minister,
    Tomas Rejvik, has recommended" gives "Tomas Rejvik")."""
    out: list[int] = []
    j = k - 1
    while j >= 0 and len(out) < 8:
        if side.toks[j].vkey in _CLAUSE or side.sentence_break(j + 1):
            break
        out.append(j)
        if j > 0 and re.search(r"[,;:.!?]", side.gap(j)):
            break
        j -= 1
    return out


def _after(side: Side, k: int) -> list[int] | None:
    """The party after token ``k``, up to the "to" or "that" of what is asked; None when
    no "to"/"that" closes it within the clause ("ordered the attack; …", "told him
    about it"): no request."""
    out: list[int] = []
    j = k + 1
    if j < len(side.toks) and side.toks[j].vkey in ("to", "on", "upon"):
        j += 1  # "recommended to the Bank", "called on the council"
    while j < len(side.toks) and len(out) < 10:
        if side.toks[j].vkey in ("to", "that"):
            return out
        if side.toks[j].vkey == "for":
            # "has asked me for a meeting": the one asked stands before what is asked
            # for; "I have asked for a meeting with Mr Dravescu": the one met
            return out or _met(side, j)
        if (
            side.toks[j].vkey in _UNTIL | _CLAUSE
            or side.sentence_break(j)
            or (j > k + 1 and re.search(r"[;:.!?]", side.gap(j)))
        ):
            return None
        out.append(j)
        j += 1
    return None


def _met(side: Side, j: int) -> list[int] | None:
    """The party after the "with" of "for a meeting with …" (at most three words after
    "for"), to the clause's edge, with a name in apposition ("with the Minister of
    Energy, Aurel Dravescu, before …"; at most eight words)."""
    w = next(
        (m for m in range(j + 1, min(j + 5, len(side.toks))) if side.toks[m].vkey == "with"), None
    )
    if w is None or not any(side.toks[m].stem in _MEETINGS for m in range(j + 1, w)):
        return None
    out: list[int] = []
    for m in range(w + 1, min(w + 9, len(side.toks))):
        if (
            side.toks[m].vkey in _CLAUSE | _WHEN
            or side.sentence_break(m)
            or (m > w + 1 and re.search(r"[;:.!?]", side.gap(m)))
        ):
            break
        out.append(m)
    return out or None


# words that end the party met: when or where the meeting is to be
_WHEN = frozenset(["before", "after", "during", "in", "on", "at", "by", "until", "next"])
# what one asks to have with another party
_MEETINGS = frozenset(["meet", "talk", "call", "conversation", "discussion", "negotiation"])


_Request = tuple[frozenset[str], frozenset[str], int, list[int], list[int]]


def _after_agent(side: Side, k: int) -> list[int] | None:
    """ "by me" after a passive verb of asking, up to its "to"/"that"."""
    j = k + 1
    while j < len(side.toks) and j - k < 8:
        if side.toks[j].vkey in ("to", "that"):
            return list(range(k + 1, j))
        j += 1
    return None


def _requests(side: Side, idx: Iterable[int]) -> list[_Request]:
    """(who asks, who is asked, the verb, their tokens) of each request among ``idx``."""
    out: list[_Request] = []
    for k in sorted(idx):
        if side.toks[k].stem not in _ASKING:
            continue
        b = k - 1
        while b >= 0 and side.toks[b].vkey in _AUX:
            b -= 1
        passive = any(side.toks[x].vkey in _PASSIVE for x in range(b + 1, k))
        before = _before(side, b + 1) if b + 1 <= k else []
        after = _after(side, k)
        if after is None:
            # "has been asked by me to meet …": the passive's agent stands before "to"
            after = _after_agent(side, k) if passive else None
            if after is None:
                continue
        if passive:
            # "Mr Halbrecht has been asked by me to meet …": the asker follows "by"
            by = [x for x in after if side.toks[x].vkey == "by"]
            asker = after[after.index(by[0]) + 1 :] if by else []
            asked = before
        else:
            asker, asked = before, after
        a = frozenset(x for x in (_key(side, m) for m in asker) if x)
        d = frozenset(x for x in (_key(side, m) for m in asked) if x)
        if a and d:
            out.append((a, d, k, sorted(asker), sorted(asked)))
    return out


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _request_turned(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A request whose asker and addressee changed places (see the module's text)."""
    out: list[Finding] = []
    q_req = _requests(v.q, range(len(v.q.toks)))
    if not q_req:
        return out
    s_req = _requests(v.s, v.region | v.scope)
    for qa, qd, k, _, _ in q_req:
        if k in cq:
            continue
        for sa, sd, j, s_asker, s_asked in s_req:
            straight = _overlap(qa, sa) + _overlap(qd, sd)
            crossed = _overlap(qa, sd) + _overlap(qd, sa)
            if _overlap(qa, sd) > 0 and _overlap(qd, sa) > 0 and crossed > straight:
                out.append(
                    Finding(
                        "roles-reversed",
                        f"who does what to whom reversed: in the source "
                        f"'{v.s.words(s_asker)}' asks '{v.s.words(s_asked)}' "
                        f"('{v.s.toks[j].raw}'); in the quote the other way round",
                        0.85,
                    )
                )
                cq.add(k)
                cs.add(j)
                break
    return out
