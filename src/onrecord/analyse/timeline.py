"""A timeline: what happened or is to happen, who does it, and when, in date order.

:func:`build` takes the time expressions of one document (:func:`onrecord.analyse.time.find_times`)
and that document's text, parses the sentence around each expression and makes an
:class:`~onrecord.model.Event`: ``what`` is the verb the expression attaches to with its
particle and object ("launched large-scale attacks"), ``who`` its grammatical subject (with
the canonical name when the variants table knows it), or the speaker of the sentence when the
subject is "we"/"I" or missing. Durations and vague references ("now", "recently") are left out;
ambiguous days ("tomorrow" said after midnight) are placed by their preferred reading.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from onrecord.analyse.entities import canonical
from onrecord.analyse.time import interval
from onrecord.letters import UPPER
from onrecord.model import Event, TimeExpr

log = logging.getLogger(__name__)

STAGE = "timeline/1"

__all__ = ["STAGE", "build"]

_SPEAKER_PRONOUNS = {"i", "we", "me", "us"}


_SENT_END = re.compile(rf"[.!?][”\"’]?\s+(?=[{UPPER}“\"‘])|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(0, start - 1500)
    for m in _SENT_END.finditer(text, a, start):
        a = m.end()
    m2 = re.compile(r"[.!?](?=[”\"’]?(?:\s|$))|\n").search(text, end)
    b = m2.end() if m2 else len(text)
    return a, b


def _phrase(tokens: Sequence[Any] | set[Any]) -> str:
    out = ""
    prev = None
    for t in sorted(tokens, key=lambda t: t.i):
        if prev is not None:
            out += prev.whitespace_ if t.i == prev.i + 1 else " "
        out += t.text
        prev = t
    return out


def _np(tok: Any, limit: int = 6) -> str:
    """A short noun phrase: the head with its determiners, modifiers and compounds."""
    keep = [tok]
    for c in tok.children:
        if (
            c.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod")
            and c.i < tok.i
        ):
            keep.extend(c.subtree)
    keep = sorted(set(keep), key=lambda t: t.i)
    if len(keep) > limit:
        keep = keep[-limit:]
    return _phrase(keep)


def _what(verb: Any, skip: set[int]) -> str:
    parts = [verb]
    antecedent = ""
    for c in verb.children:
        if c.i in skip:
            continue
        if c.dep_ in ("prt", "neg", "aux", "auxpass") and c.dep_ not in ("aux",):
            parts.append(c)
        if c.dep_ in ("dobj", "obj", "attr", "oprd", "acomp", "xcomp") and c.i not in skip:
            if c.lower_ in ("that", "which", "who", "whom") and verb.dep_ == "relcl":
                antecedent = _phrase(
                    [t for t in _np_tokens(verb.head) if t.i not in skip and t.i < verb.i]
                )
            elif c.dep_ == "xcomp":
                parts.extend(t for t in c.subtree if t.i not in skip and t.i - c.i < 6)
            else:
                parts.extend(t for t in _np_tokens(c) if t.i not in skip)
    what = _phrase(set(parts)) + (f" {antecedent}" if antecedent else "")
    return re.sub(r"\s+([,.;:])", r"\1", what)


def _np_tokens(tok: Any) -> list[Any]:
    keep = [tok]
    for c in tok.children:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod") and c.i < tok.i:
            keep.extend(c.subtree)
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "with", "to", "on"):
            sub = list(c.subtree)
            if len(sub) <= 6:
                keep.extend(sub)
    return keep


def build(
    times: Sequence[TimeExpr],
    text: str,
    *,
    who: Callable[[int], str | None] | None = None,
    nlp: Any = None,
) -> tuple[Event, ...]:
    """Events for the dated expressions in ``times`` (all from ``text``), in date order.

    ``who(offset)`` names the speaker at an offset, used when the subject is the speaker
    ("we proposed") or missing. ``nlp`` defaults to the shared pipeline.
    """
    dated = [
        t
        for t in times
        if t.value
        and t.kind != "duration"
        and t.granularity not in ("ref", "unknown")
        and interval(t.value)
    ]
    if not dated:
        return ()
    if nlp is None:
        from onrecord.analyse.nlp import nlp as load

        nlp = load()
    bounds = [_sentence(text, t.start, t.end) for t in dated]
    unique = sorted(set(bounds))
    docs = dict(zip(unique, nlp.pipe([text[a:b] for a, b in unique]), strict=True))
    events: list[tuple[tuple[Any, ...], Event]] = []
    for t, (a, b) in zip(dated, bounds, strict=True):
        doc = docs[(a, b)]
        inside = [tok for tok in doc if t.start <= a + tok.idx < t.end]
        skip = {tok.i for tok in inside}
        verb = None
        for tok in inside:
            for anc in tok.ancestors:
                if anc.i in skip:
                    continue
                if anc.pos_ in ("VERB", "AUX"):
                    verb = anc
                    break
            if verb is not None:
                break
        speaker = who(t.start) if who else None
        if verb is None:
            root = next(
                (s.root for s in doc.sents if s.start <= (inside[0].i if inside else 0) < s.end),
                None,
            )
            what = doc.text.strip()
            if root is not None and root.pos_ in ("VERB", "AUX"):
                verb = root
        if verb is not None:
            what = _what(verb, skip)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and verb.dep_ in ("xcomp", "conj", "ccomp", "advcl"):
                subj = next(
                    (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
            if subj is not None and subj.lower_ not in _SPEAKER_PRONOUNS and subj.pos_ != "PRON":
                name = _np(subj)
                known = canonical(re.sub(r"^(?i:the)\s+", "", name))
                doer: str | None = known[0] if known else name
            else:
                doer = speaker
        else:
            doer = speaker
        if len(what) > 120:
            what = what[:117].rsplit(" ", 1)[0] + "…"
        iv = interval(t.value)
        assert iv is not None
        events.append(((iv[0], iv[1], t.start), Event(what=what, who=doer, when=t)))
    events.sort(key=lambda e: e[0])
    return tuple(e for _, e in events)
