"""A quote's own words in place of the source's: whether each reworded block keeps the
meaning (the quote with the source's words put back, by embedding similarity) and which
differences change the claim (:func:`_substitution_ok`, :func:`_changes_wording`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import semantic
from .added import _added_word
from .align import is_function, same_name, synonymous
from .meaning import TITLE_WORDS, Rewording, negated_opposite, same_span
from .meaning.base import _past_verb
from .meaning.names import same_place
from .normalize import Tok
from .passage import Passage
from .thresholds import thresholds

log = logging.getLogger(__name__)


def _acronym_pair(qtoks: Sequence[Tok], qs: list[int], stoks: Sequence[Tok], ss: list[int]) -> bool:
    """ "IMF" for "International Monetary Fund" (or the reverse): the same name."""

    def initials(toks: Sequence[Tok], idx: list[int]) -> str:
        caps = "".join(toks[i].raw[0].lower() for i in sorted(idx) if toks[i].cap)
        words = "".join(toks[i].raw[0].lower() for i in sorted(idx) if not is_function(toks[i]))
        return caps if len(caps) >= 2 else words  # "International Monetary Fund", "value added tax"

    def acronym(toks: Sequence[Tok], idx: list[int]) -> str:
        words = [toks[i].raw for i in sorted(idx) if toks[i].cap]
        return words[0].lower() if len(words) == 1 and words[0].isupper() else ""

    a, b = acronym(qtoks, qs), acronym(stoks, ss)
    return bool((a and a == initials(stoks, ss)) or (b and b == initials(qtoks, qs)))


def _adverb_phrase(
    qtoks: Sequence[Tok], qs: Sequence[int], stoks: Sequence[Tok], ss: Sequence[int]
) -> bool:
    """ "with care" for "carefully", "with caution" for "cautiously": a manner adverb and
    "with" + the noun it is made from, on either side."""

    def pair(a: Sequence[Tok], ai: Sequence[int], b: Sequence[Tok], bi: Sequence[int]) -> bool:
        words = [a[k].vkey for k in sorted(ai)]
        if len(words) != 2 or words[0] != "with" or len(bi) != 1:
            return False
        adverb = b[bi[0]].vkey
        noun = words[1]
        return (
            adverb.endswith("ly")
            and len(noun) >= 4
            and (adverb.startswith(noun) or adverb.startswith(noun[:-1]))
        )

    return pair(qtoks, qs, stoks, ss) or pair(stoks, ss, qtoks, qs)


# how a speaker says he is speaking: "let me be frank", "I must be clear", "to be honest",
# "I say it plainly"; a translator picks any of them for one original
_CANDOUR = frozenset(
    [
        *("frank", "honest", "clear", "candid", "plain", "blunt", "open", "direct"),
        *("frankly", "honestly", "clearly", "candidly", "plainly", "bluntly", "openly"),
        *("directly", "straightforward", "straight", "sincere", "sincerely"),
    ]
)
_SAYING = frozenset(["say", "said", "tell", "speak", "put", "state", "answer", "talk"])


def _candour_frame(
    qtoks: Sequence[Tok], qs: Sequence[int], stoks: Sequence[Tok], ss: Sequence[int]
) -> bool:
    """ "But I must also be frank" for "… be clear", "let me say it plainly" for "to put
    it bluntly": one word of how the speaker speaks for another, each after "be" or a
    verb of saying."""

    def frame(toks: Sequence[Tok], idx: Sequence[int]) -> bool:
        words = [toks[k] for k in idx if toks[k].kind == "word"]
        if len(words) != 1 or words[0].vkey not in _CANDOUR:
            return False
        k = min(idx)
        before = [x.vkey for x in toks[max(0, k - 4) : k]]
        return (bool(before) and before[-1] == "be") or bool(set(before) & _SAYING)

    return frame(qtoks, qs) and frame(stoks, ss)


# how a speaker announces a remark of his own: "Let me point out that …" / "I note that
# …", "I would stress …"; a translator picks any of them for one original
_REMARKING = frozenset(
    [
        *("note", "point", "out", "say", "stress", "emphasise", "emphasize", "add", "remind"),
        *("observe", "mention", "recall", "underline", "repeat", "state", "notice", "remark"),
    ]
)
_FRAME_WORDS = frozenset(
    [
        *("i", "let", "me", "would", "must", "should", "want", "like", "to", "can", "may"),
        *("also", "just", "that", "again", "once", "only", "here"),
    ]
)


def _remark_frame(
    qtoks: Sequence[Tok], qs: Sequence[int], stoks: Sequence[Tok], ss: Sequence[int]
) -> bool:
    """ "Let me point out that the Directorate offered …" for "I note that the Directorate
    offered …": on each side only the speaker announcing a remark."""

    def frame(toks: Sequence[Tok], idx: Sequence[int]) -> bool:
        words = [toks[k].vkey for k in idx if toks[k].kind == "word"]
        return (
            bool(words)
            and any(w in _REMARKING for w in words)
            and all(w in _REMARKING | _FRAME_WORDS for w in words)
            and ("i" in words or "me" in words)
        )

    return frame(qtoks, qs) and frame(stoks, ss)


def _same_group(
    qtoks: Sequence[Tok], qs: Sequence[int], stoks: Sequence[Tok], ss: Sequence[int]
) -> bool:
    """Whether two reworded blocks, each taken whole, are members of one synonym group
    ("exclude" / "rule … out", where an object pronoun parted the phrase)."""

    def key(toks: Sequence[Tok], idx: Sequence[int]) -> str:
        return " ".join(toks[k].stem for k in sorted(idx) if toks[k].kind == "word")

    return synonymous(key(qtoks, qs), key(stoks, ss))


@dataclass(frozen=True, slots=True)
class _Differs:
    """A block of the quote's own words judged against the source's (see
    :func:`_substitution_ok`): the reason, the similarity of the quote with the source's
    words put back, and whether the block has something loaded unpaired (a number, modal,
    hedge, negation or name: :class:`Rewording`)."""

    reason: str
    similarity: float
    loaded: bool
    names: str | None = None  # "'Kelmar' → 'Sedlin'": a name swapped for another name
    # the quote's name stands inside its sentence, where a capital marks a name and not a
    # sentence's first word ("the federal criminal police of Velmark" / "of Sarnovia")
    proper: bool = False


def _names_swapped(qtoks: Sequence[Tok], b: Rewording, p: Passage) -> bool:
    """Both sides of the block are names and nothing else ("the University Hospital in
    Kelmar" / "… in Sedlin", "Aldgas filed" / "Drevgaz filed"): one place, person or firm
    put for another, not a rendering."""
    q_words = [qtoks[i] for i in b.q if not is_function(qtoks[i])]
    s_words = [p.toks[j] for j in b.s if not is_function(p.toks[j])]
    return (
        bool(q_words)
        and bool(s_words)
        and all(t.cap and t.kind == "word" for t in q_words + s_words)
        and not any(t.vkey in TITLE_WORDS for t in q_words + s_words)
    )


def _name_gone(qtoks: Sequence[Tok], b: Rewording, p: Passage) -> bool:
    """A name of the passage's block is nowhere in the quote, in any spelling or as its
    demonym ("Sarnovia" for "Velmark"; not "the Halvanian minister, Lotar Vesnić" /
    "Lotar Vesnić, Halvany's minister")."""
    names = [p.toks[j] for j in b.s if p.toks[j].cap and not is_function(p.toks[j])]
    return any(
        not any(
            t.cap and (t.stem == n.stem or same_name(t.vkey, n.vkey) or same_place(t.vkey, n.vkey))
            for t in qtoks
        )
        for n in names
    )


def _inside_sentence(quote: str, qtoks: Sequence[Tok], qs: Sequence[int]) -> bool:
    """Whether each of the quote's words ``qs`` has a word of its sentence before it (its
    capital is the name's, not the sentence's)."""
    for i in qs:
        if i == 0 or re.search(r"[.!?:;\"“”‘’«»…]", quote[qtoks[i - 1].end : qtoks[i].start]):
            return False
    return True


def _other_thing_counted(qtoks: Sequence[Tok], b: Rewording, p: Passage) -> bool:
    """The quote's words, next to a figure, are words the passage itself uses for
    something else ("almost 38 percent of all our fresh fruit exports" where the passage
    says "38 percent of all our wine exports and more than half of our exports of fresh
    fruit"): the figure given to another thing the speaker counted, not a rendering."""
    q_content = [qtoks[i] for i in b.q if not is_function(qtoks[i]) and qtoks[i].kind == "word"]
    s_content = [p.toks[j] for j in b.s if not is_function(p.toks[j]) and p.toks[j].kind == "word"]
    if not q_content or not s_content or len(q_content) > 3:
        return False
    # things counted, not what was done with them ("made" / "dropped water")
    if any(_past_verb(t) or t.raw.lower().endswith("ing") for t in q_content + s_content):
        return False
    lo, hi = min(b.q), max(b.q)
    if not any(t.kind == "num" for t in qtoks[max(0, lo - 5) : hi + 4]):
        return False
    # elsewhere: not beside the block ("The draws will not resume" / "There will be no
    # draws": the same draws, said as the subject)
    near = range(min(b.s) - 4, max(b.s) + 5)
    elsewhere = {p.toks[j].stem for j in range(len(p.toks)) if j not in near}
    quoted = {t.stem for t in qtoks}
    return all(t.stem in elsewhere for t in q_content) and not any(
        t.stem in quoted for t in s_content
    )


def _substitution_ok(
    quote: str, qtoks: Sequence[Tok], p: Passage, blocks: Sequence[Rewording]
) -> tuple[bool, list[_Differs], list[str]]:
    """Whether each reworded block keeps the meaning: the quote with the source's words
    put back must say the same (embedding similarity ≥ ``substitution_ok``). A block set
    against the rest of the source sentence (``edge``) must also be near it as a phrase
    (``edge_phrase_min``): otherwise it is not a rewording of it but words added.
    Returns (all kept, wording differences, words added)."""
    th = thresholds()
    texts: list[str] = []
    blocks = [
        b
        for b in blocks
        if not _acronym_pair(qtoks, b.q, p.toks, b.s)
        and not negated_opposite(qtoks, b.q, p.toks, b.s)
        and not same_span(qtoks, b.q, p.toks, b.s)
        and not _same_group(qtoks, b.q, p.toks, b.s)
        and not _adverb_phrase(qtoks, b.q, p.toks, b.s)
        and not _candour_frame(qtoks, b.q, p.toks, b.s)
        and not _remark_frame(qtoks, b.q, p.toks, b.s)
    ]
    if not blocks:
        return True, [], []
    for b in blocks:
        a, e = qtoks[min(b.q)].start, qtoks[max(b.q)].end
        texts.append(quote[:a] + " ".join(p.toks[j].raw for j in sorted(b.s)) + quote[e:])
    edges = [b for b in blocks if b.edge]
    phrases = [
        text
        for b in edges
        for text in (
            " ".join(qtoks[i].raw for i in sorted(b.q)),
            " ".join(p.toks[j].raw for j in sorted(b.s)),
            # the quote without its own ending (or beginning): for one added word
            quote[: qtoks[min(b.q)].start] + quote[qtoks[max(b.q)].end :],
        )
    ]
    vecs = semantic.encode([quote, *texts, *phrases])
    extra = vecs[1 + len(texts) :]
    phrase_sim = {id(b): float(extra[3 * k] @ extra[3 * k + 1]) for k, b in enumerate(edges)}
    drop_sim = {id(b): float(vecs[0] @ extra[3 * k + 2]) for k, b in enumerate(edges)}
    bad: list[_Differs] = []
    added: list[str] = []
    for b, vec in zip(blocks, vecs[1 : 1 + len(texts)], strict=True):
        sim = float(vecs[0] @ vec)
        q_words = " ".join(dict.fromkeys(qtoks[i].raw for i in sorted(b.q)))
        s_words = " ".join(p.toks[j].raw for j in sorted(b.s))
        log.debug("substitution checked: %s -> %.3f", s_words, sim)
        if b.edge and phrase_sim[id(b)] < th["edge_phrase_min"]:
            # not a rendering of the source's rest: words added, judged as such (one
            # content word by whether leaving it out changes the quote, as in _added_checked)
            content = [i for i in b.q if not is_function(qtoks[i])]
            drop = drop_sim[id(b)]
            weight = "added" if len(content) > 1 else _added_word(drop)
            if weight == "added":
                added.append(f"words added: '{q_words}'")
            elif weight == "unsure":
                bad.append(
                    _Differs(f"words added: '{q_words}' (similarity {drop:.2f})", drop, True)
                )
        elif sim < th["substitution_ok"]:
            reason = f"wording differs: '{s_words}' → '{q_words}' (similarity {sim:.2f})"
            # another thing the passage counts is as loaded as a figure
            other = _other_thing_counted(qtoks, b, p)
            named = _names_swapped(qtoks, b, p)
            swap = f"'{s_words}' → '{q_words}'" if named or other else None
            # (not an office's word: "the Home Minister" / "the Interior Minister")
            office = max(b.q) + 1 < len(qtoks) and qtoks[max(b.q) + 1].vkey in TITLE_WORDS
            proper = (
                named
                and not office
                and _inside_sentence(quote, qtoks, b.q)
                and _name_gone(qtoks, b, p)
            )
            bad.append(_Differs(reason, sim, b.loaded or other, swap, proper))
    return not bad and not added, bad, added


def _changes_wording(d: _Differs) -> bool:
    """A reworded block that changes the claim: below ``substitution_floor``, or below
    ``substitution_altered`` with a number, modal, hedge, negation or name unpaired, or
    with what the passage says of another thing it counts."""
    th = thresholds()
    if not d.reason.startswith("wording differs"):
        return False
    if d.similarity < th["substitution_floor"] or d.proper:
        return True
    return d.loaded and d.similarity < th["substitution_altered"]
