"""Who is named beside a quote: the report's words right around a short fragment that put
someone else in the speaker's "we/us" or in the source's party (:func:`_slot_check`),
and the speaker's own country named where the source says "the country"
(:func:`_home_named`, an edit)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .align import is_function, same_name
from .compare import _Result
from .context import _FIRST_PERSON, _own_side
from .index import SourceIndex, speaker_key
from .meaning import TITLE_WORDS, Side, name_initials
from .normalize import Tok, fold, tokenize
from .passage import Passage

_SLOT = 3  # words on each side of a fragment that hold its roles ("sent us a message")
_SLOT_STOP = re.compile(r"[,;:.!?()—–]")


_GENERIC_PLACES = frozenset(
    ["country", "nation", "republic", "kingdom", "state", "homeland", "motherland"]
)
_NAME_CHANGED = re.compile(r"name changed: '([^']+)' → '([^']+)'")


def _slot_check(
    quote: str, context: str, p: Passage, index: SourceIndex, speaker: str | None
) -> str | None:
    """Who does what to whom around a short fragment.

    The words right before and after the fragment hold its roles: "the UN had sent
    Severia “a message of support”" against "who sent us a message of support". When the
    report's slot and the passage's share a word (the same verb: the same slot) and the
    report names someone where the speaker said "we/us" (and the name is not the
    speaker's own country), or names someone else than the passage, the report has
    changed who is involved. Returns the reason, or None.
    """
    at = context.find(quote)
    region = sorted(
        p.offset + j for st in p.al.steps if st.op not in ("insert", "skip") for j in st.s
    )
    if at < 0 or not region:
        return None
    sent = index.sentences[int(index.sent_of[region[0]])]
    sent_end = index.sentences[int(index.sent_of[region[-1]])]
    src_text = index.sources[sent.source].text
    before_text = _SLOT_STOP.split(context[:at])[-1]
    after_text = _SLOT_STOP.split(context[at + len(quote) :])[0]
    q_before = [t for t in tokenize(before_text) if t.kind in ("word", "num")][-_SLOT:]
    q_after = [t for t in tokenize(after_text) if t.kind in ("word", "num")][:_SLOT]
    if before_text.strip() == context[:at].strip():
        q_before = [
            t for t in q_before if t.start > 0
        ]  # the sentence's first word: capitalised anyway
    s_lo = _source_slot(index, src_text, region[0], sent.lo, -1)
    s_hi = _source_slot(index, src_text, region[-1], sent_end.hi, +1)
    home = index.home_words(speaker)
    own = set(speaker_key(speaker))

    def own_side(t: Tok) -> bool:
        return t.vkey in own or _own_side(t.vkey, home)

    sent_toks = index.tokens(sent.lo, sent_end.hi)
    in_sentence = {t.vkey for t in sent_toks if t.cap}
    in_sentence |= set(name_initials(Side(sent_toks, ""), range(len(sent_toks))))

    def side_of(toks: Sequence[Tok], anchor: set[str], t: Tok) -> int:
        """-1/+1: ``t`` stands before/after the first word of ``anchor`` in ``toks``."""
        at = next((k for k, x in enumerate(toks) if x.stem in anchor), 0)
        return -1 if toks.index(t) < at else 1

    for q_toks, s_toks in ((q_before, s_lo), (q_after, s_hi)):
        q_stems, q_names, _ = _slot_words(q_toks)
        s_stems, s_names, s_first = _slot_words(s_toks)
        anchor = q_stems & s_stems
        if not q_names or not anchor:
            continue
        foreign = [
            t
            for t in q_names
            if not own_side(t)
            and t.vkey not in in_sentence
            and not any(same_name(t.vkey, n) for n in in_sentence)
        ]
        if not foreign:
            continue
        theirs = s_first or s_names
        if not theirs or {side_of(q_toks, anchor, t) for t in foreign} != {
            side_of(s_toks, anchor, theirs[0])
        }:
            continue
        who = " ".join(t.raw for t in foreign)
        if s_first:
            return f"context: the report has {who} where the speaker said '{s_first[0].raw}'"
        if s_names:
            was = " ".join(t.raw for t in s_names)
            return f"context: the report has {who} where the source has {was}"
    return None


def _slot_words(toks: Sequence[Tok]) -> tuple[set[str], list[Tok], list[Tok]]:
    """Content stems, capitalised names and first-person words of a slot."""
    stems = {t.stem for t in toks if t.kind == "word" and not is_function(t) and not t.cap}
    # ("These panels burn": a capital that only opens the sentence names nobody)
    names = [
        t
        for t in toks
        if t.cap and t.kind == "word" and t.vkey not in TITLE_WORDS and not is_function(t)
    ]
    first = [t for t in toks if t.vkey in _FIRST_PERSON]
    return stems, names, first


def _source_slot(index: SourceIndex, text: str, edge: int, limit: int, step: int) -> list[Tok]:
    """Up to ``_SLOT`` source tokens beside token ``edge`` (``step`` -1: before, +1: after),
    within the sentence (``limit``) and not across punctuation."""
    out: list[Tok] = []
    prev = index.tokens(edge, edge + 1)[0]
    k = edge + step
    while len(out) < _SLOT and (k >= limit if step < 0 else k < limit):
        tok = index.tokens(k, k + 1)[0]
        gap = text[tok.end : prev.start] if step < 0 else text[prev.end : tok.start]
        if _SLOT_STOP.search(gap):
            break
        out.append(tok)
        prev = tok
        k += step
    return out[::-1] if step < 0 else out


def _home_named(res: _Result, index: SourceIndex, speaker: str | None) -> _Result:
    """ "brought into the country" quoted as "brought into Marvânia", by a Marvânian
    minister: the report names the speaker's own country, as a bracket would. Only when
    that is the sole change found."""
    if res.label != "altered" or res.rule != "name-changed" or len(res.reasons) != 1:
        return res
    m = _NAME_CHANGED.match(res.reasons[0])
    home = index.home_words(speaker)
    if m is None or not home or m.group(1).lower() not in _GENERIC_PLACES:
        return res
    if not _own_side(fold(m.group(2)).lower(), home):
        return res
    return dataclasses.replace(
        res,
        label="edited",
        rule="edited",
        reasons=[f"source wording, edited: the speaker's own {m.group(1)} named ({m.group(2)})"],
        confidence=0.8,
    )
