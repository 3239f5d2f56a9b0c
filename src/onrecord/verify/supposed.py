"""Words the source only supposes, quoted as a statement: a quote that starts right
after its sentence's "if" ("If | the government wants to help Northern Lessa, …") or
after a frame of possibility ("I also do not rule out that | the figures … will need a
small revision", "Perhaps | …"), where the report's own clause keeps neither."""

from __future__ import annotations

import re

from .align import MATCH_OPS, is_function, synonymous
from .compare import _Result
from .context import _claim_around
from .frame import _VERBAL
from .index import SourceIndex
from .meaning import Side, _occurrences
from .meaning.added import any_noun_that
from .meaning.cuts import _any_condition, _gap, _relative
from .meaning.modality import _PRONOUNS, _modal_here
from .normalize import stem, tokenize

# the frames of possibility whose clause a quote may not start after (not "can", "could",
# "be able to": ability, whose clause a report may quote as what will be done)
_POSSIBILITY_FRAMES = frozenset(
    ["may", "might", "possibly", "perhaps", "possible", "maybe", "rule", "exclude"]
)
# verbs of what an inquiry, a test or time may establish ("if the inquiry shows that …")
_FINDINGS = frozenset(
    stem(w)
    for w in (
        *("show", "shows", "find", "finds", "prove", "proves", "confirm", "confirms"),
        *("establish", "establishes", "conclude", "concludes", "reveal", "reveals"),
    )
)
# the condition markers a quote may not start after
_SUPPOSING = frozenset(["if", "unless", "whether"])
# words by which the report's clause keeps the words a supposition
_KEPT = frozenset(
    [
        *_POSSIBILITY_FRAMES,
        *_SUPPOSING,
        *("could", "chance", "risk", "potential", "potentially", "likely", "possibility"),
        *("ruling", "excluding", "excluded", "ruled", "hypothetical", "scenario", "case"),
        # "Paying would mean funding the next attack" / "If we pay, we finance it"
        "would",
    ]
)
_ASKED = frozenset(["whether", "if", "question", "asked", "asking", "ask", "wonder", "wondered"])
# words that open a clause of their own, which a frame before them does not govern
_CLAUSE_OPENERS = frozenset(
    ["because", "since", "although", "though", "while", "whereas", "but", "so", "and", "or"]
)


def supposed_check(quote: str, context: str | None, res: _Result, index: SourceIndex) -> _Result:
    """``altered`` when a faithful quote starts right after a condition marker or a frame
    of possibility of its source sentence (its words are a supposition there) and neither
    the quote nor the report's clause around it says so."""
    p = res.passage
    if p is None:
        return res
    pairs = [(i, j) for st in p.al.steps if st.op in MATCH_OPS for i in st.q for j in st.s]
    if not pairs or not res.qtoks:
        return res
    first = min(j for _, j in pairs)
    src = Side(p.toks, index.sources[p.source].text)
    # the quote's first word is the first it shares with the passage (or its subject
    # pronoun put in the speaker's person: "whether he could have done more" / "I could
    # have done more")
    lead = min(i for i, _ in pairs)
    if lead > 1 or (lead == 1 and res.qtoks[0].vkey not in _PRONOUNS):
        return res
    if first <= 0 or src.sentence_break(first):
        return res
    frame = None
    # the frame right before the quote, or before the clause's subject that the quote
    # leaves out ("We cannot rule out that the economy | will shrink …")
    for end in range(first, max(0, first - 4), -1):
        if end < first and (
            src.sentence_break(end + 1)
            or re.search(r"[,;:—–]", _gap(src, end + 1))
            # only a subject is skipped, no verb ("may be ready | in two weeks")
            or src.toks[end].vkey in _VERBAL
            or src.toks[end].raw.lower().endswith(("ed", "ing"))
            # a clause of its own: "That is not possible, because | it takes years"
            or src.toks[end].vkey in _CLAUSE_OPENERS
        ):
            break
        end = end - 1 if src.toks[end - 1].vkey == "that" else end
        if end <= 0:
            break
        frame = _frame_before(src, end)
        if frame is not None:
            break
    if frame is None:
        return res
    # the quote's own words: one it shares with the passage after the frame ("…,
    # possibly including a merger") is the source's, not a supposition kept
    paired_q = {i for i, _ in pairs}
    own = {t.vkey for n, t in enumerate(res.qtoks) if n not in paired_q}
    q_side = Side(res.qtoks, quote)
    a, kind = frame
    # an open question ("must ask himself whether he could have done more") is kept only
    # as a question; its modal says nothing of that
    asked = kind == "condition" and src.toks[a].vkey == "whether"
    kept = _ASKED if asked else _KEPT - {"case"}
    if asked and "?" in quote:
        return res
    if own & kept or (not asked and (_any_condition(q_side) or _relative(q_side))):
        return res  # the quote carries a supposition of its own ("Had I negotiated it")
    if kind == "condition" and not asked and _any_that(q_side, src, a):
        return res  # "Any hospital that runs low must alert us" / "If any hospital runs short"
    if context:
        around = {t.vkey for t in tokenize(_claim_around(quote, context))}
        if around & (_ASKED if asked else _KEPT):
            return res
    said = src.words(range(a, first))
    if asked:
        reason = f"question dropped: in the source these words are only asked '{said} …'"
        return _Result("altered", "condition-left-out", [reason], 0.75, p, res.qtoks)
    if kind == "condition":
        reason = f"condition dropped: in the source these words are the condition '{said} …'"
        return _Result("altered", "condition-left-out", [reason], 0.75, p, res.qtoks)
    reason = f"modality dropped: the source says '{said} …': a possibility quoted as a fact"
    return _Result("altered", "modality-dropped", [reason], 0.75, p, res.qtoks)


def _any_that(q: Side, src: Side, a: int) -> bool:
    """The quote's "any N that …" renders the source's condition "if any N …" that opens
    at ``a``: at most one of the condition's content words is not in the quote ("Any
    chain that raises its prices" leaves out "to pay for its fine")."""
    if not any(any_noun_that(q.toks, n) for n in range(min(6, len(q.toks)))):
        return False
    mine = {t.stem for t in q.toks}
    end = a + 1  # the condition's clause: to its comma
    while end < min(len(src.toks), a + 16) and not re.search(r"[,;:.!?]", _gap(src, end)):
        end += 1
    theirs = [
        t.stem
        for t in src.toks[a:end]
        if t.kind == "word" and not is_function(t) and t.vkey not in _SUPPOSING
    ]
    missing = [w for w in theirs if w not in mine and not any(synonymous(w, m) for m in mine)]
    return len(theirs) - len(missing) >= 2 and len(missing) <= 1


def _frame_before(src: Side, end: int) -> tuple[int, str] | None:
    """The condition marker ending right at ``end`` ("if"), or the frame of possibility
    ("I do not rule out", "it is possible", "perhaps") ending there, in its sentence:
    (where it starts, "condition" | "possibility")."""
    toks = src.toks
    if toks[end - 1].vkey in _SUPPOSING:
        return end - 1, "condition"
    # "If the inquiry shows that | EPO management ignored warnings": what a finding of the
    # condition would establish is supposed too
    if toks[end - 1].stem in _FINDINGS:
        for k in range(end - 2, max(-1, end - 7), -1):
            if src.sentence_break(k + 1) or re.search(r"[,;:—–]", _gap(src, k + 1)):
                break
            if toks[k].vkey in ("if", "unless"):
                return k, "condition"
    start = end
    while start > 0 and end - start < 6 and not src.sentence_break(start):
        start -= 1
    for a, b, cls in _occurrences(toks[start:end], "modality.tsv"):
        if start + b != end or cls != "possible" or not _modal_here(src, start + a):
            continue  # ("in May | I expect": the month)
        words = {t.vkey for t in toks[start + a : end]}
        if not words & _POSSIBILITY_FRAMES:
            continue
        # "it is possible that", "it may be that": the frame's whole clause
        head = start + a
        while head > start and not re.search(r"[,;:—–]", _gap(src, head)):
            head -= 1
        return head, "possibility"
    return None
