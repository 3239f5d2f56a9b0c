"""Free renderings: when a second translator's own words are no evidence of a change.

A quote whose passage had to be found by meaning, and that is close to it in meaning,
renders the source in words of its own. Words the aligner could not pair ("words
added") and a hedge among them are then what a translator writes, not a change; a
whole clause joined on ("…, and construction will continue as planned"), or a
condition or cause the passage does not have, still is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import Tok
from .base import _occurrences

# the reasons that a free rendering's own words raise by themselves
RENDERING_CUES = ("words added", "hedge added")
# a clause joined on to the passage's words
COORDINATORS = frozenset(["and", "but", "while", "whereas", "yet", "so"])
CLAUSE_WORDS = 4

_ADDED = re.compile(r"words added: '(.*)'")


def adds_a_clause(reason: str) -> bool:
    """ "words added: 'and charges will follow'": a clause of its own, joined on."""
    m = _ADDED.match(reason)
    if not m:
        return False
    words = m.group(1).split()
    return len(words) >= CLAUSE_WORDS and words[0].lower() in COORDINATORS


def new_marker(qtoks: Sequence[Tok], stoks: Sequence[Tok]) -> bool:
    """The quote has a condition or cause word ("as long as", "because") that the
    passage has nowhere."""
    for name in ("conditions.txt", "causes.txt"):
        mine = {tuple(t.vkey for t in qtoks[lo:hi]) for lo, hi, _ in _occurrences(qtoks, name)}
        theirs = {tuple(t.vkey for t in stoks[lo:hi]) for lo, hi, _ in _occurrences(stoks, name)}
        if mine - theirs:
            return True
    return False


# hedges of what the speaker knows or thinks ("I am not aware that", "I believe"): a
# translator renders the speaker's stance, and does not put one in
_STANCE_HEDGES = frozenset(["knowledge", "opinion"])


def new_stance(qtoks: Sequence[Tok], stoks: Sequence[Tok]) -> bool:
    """The quote hedges with what the speaker knows or thinks, in a way the passage
    has nowhere ("I am not aware that anyone gave an order" / "No one gave an order")."""
    mine = {c for _, _, c in _occurrences(qtoks, "hedges.txt") if c in _STANCE_HEDGES}
    theirs = {c for _, _, c in _occurrences(stoks, "hedges.txt")}
    return bool(mine - theirs)


def only_rendering_cues(reasons: Sequence[str], qtoks: Sequence[Tok], stoks: Sequence[Tok]) -> bool:
    """Whether everything found against a free rendering is what its own words raise."""
    return (
        bool(reasons)
        and all(r.startswith(RENDERING_CUES) and not adds_a_clause(r) for r in reasons)
        and not new_marker(qtoks, stoks)
    )
