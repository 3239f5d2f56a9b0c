"""What a cut leaves out: passages joined without an ellipsis or behind an ellipsis
that stands for several sentences, a hedge or negation cut off at the quote's start, a
condition of the quoted sentence left out (:func:`conditions_cut`), and the speaker's
"I hope that" / "I think" cut off before the quoted clause (:func:`opinion_cut`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from ..align import Step, is_function, negation_words, synonymous
from ..normalize import stem, tokenize
from .base import NUMBERISH, QUANTITY, Finding, Side, _occurrences
from .hedges import _hedge_applies
from .view import _matched, _phrase, _View, _view

ELLIPSIS_SENTENCES = 2  # an ellipsis standing for more whole sentences than this joins statements
SPLICE_TOKENS = 8  # a gap of this many source words left out without an ellipsis is a splice


def _far_ellipsis(v: _View, limit: int) -> list[Finding]:
    """An ellipsis that stands for several whole sentences joins statements the speaker
    made apart ("Families lost everything … The government is to blame")."""
    for st in v.steps:
        if st.op != "skip" or not st.s:
            continue
        starts = sum(1 for j in st.s if v.s.sentence_break(j))
        if starts > limit:
            return [
                Finding(
                    "splice",
                    f"passages joined: the ellipsis stands for {starts} sentences of the "
                    "source, so the quote joins statements the speaker made apart",
                    0.75,
                )
            ]
    return []


def _dropped(v: _View, cs: set[int], splice_tokens: int) -> list[Finding]:
    out: list[Finding] = []
    runs: list[list[int]] = []
    cur: list[int] = []
    for st in v.steps:
        if st.op == "delete":
            cur.append(st.s[0])
        elif st.op != "insert":
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    q_stems = {t.stem for t in v.q.toks if not is_function(t)}
    for run in runs:
        content = [j for j in run if not is_function(v.s.toks[j])]
        crosses = any(v.s.sentence_break(j) for j in run) or v.s.sentence_break(run[-1] + 1)
        # "our fellow citizen Jonas Brezar was arrested by officers of …" / "agents of …
        # detained our compatriot Jonas Brezar": the words moved within the sentence (a
        # passive made active), most of them in the quote, nothing left out
        kept = sum(
            v.s.toks[j].stem in q_stems or any(synonymous(v.s.toks[j].stem, q) for q in q_stems)
            for j in content
        )
        if not crosses and content and kept * 2 > len(content):
            continue
        if (crosses and len(content) >= 2 and len(run) >= 3) or len(run) >= splice_tokens:
            text = v.s.words(run)
            if len(text) > 80:
                text = text[:77] + "…"
            out.append(
                Finding("splice", f"passages joined without an ellipsis: '{text}' left out", 0.85)
            )
            cs.update(run)
    return out


# "the company has said it is cooperating" quoted as "the company is cooperating": the
# party's own claim, given as a fact
_SAYING = frozenset(
    stem(w) for w in ("say", "said", "says", "claim", "claims", "claimed", "insist", "insists")
)
_SAYING_FILL = frozenset(["has", "have", "had", "that", "it", "they", "he", "she", "also"])
_ATTRIBUTED = frozenset(["according", "reportedly", "allegedly", "claim", "claims", "statement"])


def _attributed_before(v: _View, j: int) -> bool:
    """The party at source token ``j`` stands in the quote after "under" or "per" ("Under
    the regulations, rubber bullets may …" for "The regulations say that …")."""
    op, qs = v.s_match.get(j, ("delete", ()))
    if not _matched(op) or not qs:
        return False
    i = min(qs)
    return any(v.q.toks[k].vkey in ("under", "per") for k in range(max(0, i - 2), i))


# words that open a limit of a denial: "cannot be predicted [to the hour]", "no trace [in
# the building]", "cannot win it [in the coming months]"
_LIMITS = frozenset(
    ["to", "in", "for", "at", "on", "before", "until", "by", "within", "alone", "yet"]
)
_DENYING = frozenset(["no", "not", "cannot", "never", "neither", "nobody", "none", "nothing"])


def _copy_ending_its_sentence(v: _View) -> bool:
    """The quote copies its passage word for word and ends with a full stop."""
    return (
        bool(v.region)
        and v.q.text.rstrip().endswith((".", "!"))
        and all(v.q_match.get(i, ("insert", ()))[0] == "equal" for i in range(len(v.q.toks)))
    )


def _limit_cut_off(v: _View, cs: set[int]) -> list[Finding]:
    """A denial whose limit the cut leaves off at the quote's end, where the quote ends
    its sentence as the source's does not: "No serious expert believes that an avalanche
    can be predicted." for "… can be predicted to the hour." (a denial of all of it)."""
    if not _copy_ending_its_sentence(v):
        # the quote's own words may say the limit ("on our own" / "alone", "will not
        # abandon you" / "will not leave you alone"): only a copy is read for a cut
        return []
    s = v.s
    hi = max(v.region) + 1
    if hi >= len(s.toks) or s.sentence_break(hi) or hi in cs or _gap(s, hi).strip():
        return []
    if s.toks[hi].vkey not in _LIMITS:
        return []
    end = hi
    while end < len(s.toks) and not s.sentence_break(end) and end - hi < 8:
        if end > hi and re.search(r"[,;:]", _gap(s, end)):
            return []  # the limit runs into a clause of its own
        end += 1
    if end - hi > 6 or not (end == len(s.toks) or s.sentence_break(end)):
        return []
    # the denial stands in the clause the limit ends ("we did not sign …, but we came
    # closer than at any time since the talks began [in October]" limits no denial)
    lo = hi - 1
    while lo > min(v.region) and not re.search(r"[,;:—–]", _gap(s, lo)):
        if s.toks[lo - 1].vkey in ("but", "and", "while", "because", "although"):
            break
        lo -= 1
    if not any(s.toks[j].vkey in _DENYING for j in range(lo, hi)):
        return []
    if any(s.toks[j].vkey in ("all", "any", "ever", "least", "whatsoever") for j in range(hi, end)):
        return []  # "will not take effect at all", "in any way": no limit, the denial widened
    if any(t.vkey in _DENYING for t in v.q.toks[-2:]):
        return []
    cs.update(range(hi, end))
    return [
        Finding(
            "stronger-claim",
            f"limit cut off: the source goes on '{s.words(range(hi, end))}' (the denial was "
            "limited)",
            0.75,
        )
    ]


_RESERVING = frozenset(["but", "though", "although", "yet"])


def _reservation_cut_off(v: _View, cs: set[int]) -> list[Finding]:
    """A copied claim whose sentence the quote ends where the source goes on to take back
    its certainty ("There is no evidence that anyone inside was involved." for "…
    involved, but I do not rule it out"): what the speaker left open, said as settled."""
    if not _copy_ending_its_sentence(v):
        return []
    s = v.s
    hi = max(v.region) + 1
    if hi >= len(s.toks) or s.sentence_break(hi) or hi in cs or s.toks[hi].vkey not in _RESERVING:
        return []
    end = hi
    while end < len(s.toks) and not s.sentence_break(end) and end - hi < 12:
        end += 1
    vk = [s.toks[j].vkey for j in range(hi, end)]
    negated = any(w in ("not", "cannot", "never") for w in vk)
    rules_out = ("rule" in vk and "out" in vk) or "exclude" in vk
    open_ = any(
        a in ("may", "might", "could") and b in ("change", "be", "still")
        for a, b in itertools.pairwise(vk)
    )
    if not ((negated and rules_out) or open_):
        return []
    cs.update(range(hi, end))
    return [
        Finding(
            "stronger-claim",
            f"reservation cut off: the source goes on '{s.words(range(hi, end))}'",
            0.75,
        )
    ]


def _attribution_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """A party's "has said (that) it" left out from the middle of the quote: what the
    party says of itself becomes the speaker's fact."""
    if any(t.vkey in _ATTRIBUTED or t.stem in _SAYING for t in v.q.toks):
        return []  # "According to the ministry, it was never informed …"
    run: list[int] = []
    before = ""  # the op of the step before the run
    prev = ""
    for st in v.steps:
        if st.op == "delete" and st.s:
            if not run:
                before = prev
            run.extend(st.s)
            prev = st.op
            continue
        prev = st.op
        if run and _matched(st.op) and _matched(before):
            words = [v.s.toks[j] for j in run]
            # "The attackers claim to have stolen the data" / "The attackers have stolen
            # the data": the party's claim made the speaker's fact
            claim_to = len(words) == 2 and words[0].stem in _SAYING and words[1].vkey == "to"
            has_said = (
                2 <= len(words) <= 5
                and sum(w.stem in _SAYING for w in words) == 1
                and all(w.stem in _SAYING or w.vkey in _SAYING_FILL for w in words)
                and words[-1].vkey in ("it", "they", "he", "she", "that")
                and not _attributed_before(v, run[0] - 1)
            )
            if (
                (claim_to or has_said)
                and run[0] not in cs
                and run[0] > 0
                and v.s.toks[run[0] - 1].vkey not in ("i", "we")  # the speaker's own
            ):
                cs.update(run)
                # (the verb after "claim to" shows what was claimed)
                text = v.s.words(range(max(0, run[0] - 2), run[-1] + (2 if claim_to else 1)))
                return [
                    Finding(
                        "stronger-claim",
                        f"claim presented as fact: the source says '{text} …'",
                        0.75,
                    )
                ]
        run = []
    return []


_BELIEF_VERBS = frozenset(
    [
        *("believe", "believes", "think", "thinks", "suspect", "suspects", "assume", "assumes"),
        # "He is suspected of supplying …" / "He supplied …"
        *("suspected", "alleged", "allegedly", "accused", "presumably", "reportedly"),
    ]
)


_BELIEF_RENDERINGS = frozenset(
    stem(w)
    for w in ("forecast", "forecasting", "predict", "predicting", "estimate", "assess", "consider")
)


# words that keep a claim a forecast
_FORECAST = frozenset(["should", "likely", "probably", "expected", "unlikely"])


def _attributes(side: Side, idx: Sequence[int]) -> bool:
    """Whether the tokens ``idx`` hold a word of belief or suspicion, or put a claim in
    someone's view: "according to our information", "in the view of our security
    services", "in their view"."""
    vk = [side.toks[j].vkey for j in idx]
    if any(w in _BELIEF_VERBS | OPINION_FRAMES for w in vk):
        return True
    return any(
        vk[k : k + 2] == ["according", "to"]
        or (vk[k] == "in" and k + 1 < len(vk) and "view" in vk[k + 1 : k + 4])
        or (vk[k] == "in" and vk[k + 1 : k + 4] == ["the", "opinion", "of"])
        for k in range(len(vk))
    )


def _belief_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """Words of belief or suspicion left out inside the quoted passage ("an inspection
    that our inspectors believe was never carried out" quoted as "an inspection that was
    never carried out", "he is suspected of supplying" as "he supplied", "are, according
    to our information, officers" as "are officers"): a suspicion made a fact."""
    if not v.region or _attributes(v.q, range(len(v.q.toks))):
        return []
    # "our experts are forecasting" renders "our experts expect"; "inflation should top
    # out at 11 percent" renders "we expect inflation to peak at 11 percent"
    if any(t.stem in _BELIEF_RENDERINGS or t.vkey in _FORECAST for t in v.q.toks):
        return []
    lo, hi = min(v.region), max(v.region)
    run: list[int] = []
    for st in v.steps:
        if st.op == "delete" and lo < st.s[0] < hi:
            run.extend(st.s)
            continue
        if run and not cs & set(run) and _attributes(v.s, run):
            words = v.s.words(run)
            cs.update(run)
            return [Finding("stronger-claim", f"stronger claim: '{words}' left out", 0.75)]
        run = []
    # the quote's last word stands further on in the sentence, past the words left out
    # ("is overwhelming" / "is, in the view of our security services, overwhelming"):
    # the aligner leaves it unpaired rather than jump the gap
    tail = v.steps[-1] if v.steps else None
    if tail is None or tail.op != "insert":
        return []
    last = v.q.toks[tail.q[-1]]
    for j in range(hi + 2, min(hi + 14, len(v.s.toks))):
        if v.s.sentence_break(j):
            break
        if v.s.toks[j].stem == last.stem:
            gap = list(range(hi + 1, j))
            if not cs & set(gap) and _attributes(v.s, gap):
                cs.update(gap)
                words = v.s.words(gap)
                return [Finding("stronger-claim", f"stronger claim: '{words}' left out", 0.75)]
            break
    return []


_EVIDENCE = frozenset(
    stem(w) for w in ("evidence", "proof", "sign", "indication", "trace", "confirmation")
)


def _no_evidence_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """ "There is no evidence that any child drank contaminated milk" quoted from its
    "that" on as "No child drank contaminated milk": a lack of evidence made a denial."""
    if not v.region or any(t.stem in _EVIDENCE for t in v.q.toks):
        return []
    negs = negation_words()
    # the quote denies it in its own words (a fragment "any child drank …" may stand in
    # the report's own "no evidence that")
    if not any(
        t.vkey in negs and not _matched(v.q_match.get(i, ("insert", ()))[0])
        for i, t in enumerate(v.q.toks)
    ):
        return []
    lo = min(v.region)
    start = lo
    while start > 0 and not v.s.sentence_break(start) and lo - start < 10:
        start -= 1
    vk = [v.s.toks[j].vkey for j in range(start, lo)]
    if "that" not in vk[-3:]:
        return []
    k = len(vk) - 1 - vk[::-1].index("that")
    frame = range(start, start + k)
    if not any(v.s.toks[j].vkey in ("no", "not", "never") for j in frame):
        return []
    nouns = [j for j in range(start + max(0, k - 3), start + k) if v.s.toks[j].stem in _EVIDENCE]
    if not nouns or any(j in cs for j in nouns):
        return []
    cs.update(frame)
    words = v.s.words(range(start, start + k + 1))
    return [Finding("stronger-claim", f"stronger claim: '{words}' left out", 0.75)]


def _says_no_elsewhere(v: _View) -> bool:
    """A word of the quote's own says no: a negation or a word with one in its meaning
    that no source word pairs with ("I will not resign in …" / "Stepping down in … is out
    of the question"): the negation cut off at the start was moved, not dropped."""
    free = {i for i in range(len(v.q.toks)) if not _matched(v.q_match.get(i, ("insert", ()))[0])}
    negs = negation_words()
    return any(v.q.toks[i].vkey in negs for i in free) or any(
        lo in free for lo, _, _ in _occurrences(v.q.toks, "negative_words.txt")
    )


def _cut_edges(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A cut at the quote's start that leaves out a hedge of the quote's first number or a
    negation of its first words ("do not rule out" quoted as "rule out")."""
    out: list[Finding] = []
    if not v.region:
        return out
    lo = min(v.region)
    first_q = next((i for i, t in enumerate(v.q.toks) if t.kind != "ellipsis"), None)
    if first_q is None:
        return out
    if not _matched(v.q_match.get(first_q, ("insert", ()))[0]):
        # "that would be 900 prisoners" set against "… more than 900 prisoners took
        # part": words of the report's own before the first word the passage has; the
        # figure's hedge is cut off all the same unless those words bring one
        return _hedge_cut_after_added(v, first_q, lo, cs)
    before = [j for j in range(max(0, lo - 3), lo) if not v.s.sentence_break(j + 1) or j == lo - 1]
    # keep only the tokens of the same sentence
    while before and any(v.s.sentence_break(k) for k in range(before[0] + 1, lo + 1)):
        before = before[1:]
    if not before:
        return out
    if v.q.toks[first_q].kind == "num" or v.q.toks[first_q].vkey in NUMBERISH | set(QUANTITY):
        dropped = _hedge_dropped(v, lo, set(before), first_q, cs)
        if dropped:
            return dropped
    negs = negation_words()
    last = v.s.toks[lo - 1] if lo >= 1 and (lo - 1) in before else None
    gap = v.s.text[last.end : v.s.toks[lo].start] if last is not None else ""
    if (
        last is not None
        and last.vkey in negs
        and last.vkey != "without"
        and lo - 1 not in cs  # paired with a negation the quote moved
        and not re.search(r"[,;:.!?—–]", gap)
        and not _says_no_elsewhere(v)
    ):
        out.append(
            Finding(
                "negation-removed",
                f"negation removed: '{_phrase(v.s, lo - 1, lo + 2, 1, 0)}' → '{_phrase(v.q, first_q, first_q + 2, 0, 0)}'",
                0.85,
            )
        )
        cs.add(lo - 1)
        return out
    lead = _limiting_lead(v, lo)
    if lead:
        cs.update(lead)
        out.append(Finding("stronger-claim", f"stronger claim: '{v.s.words(lead)}' left out", 0.75))
        return out
    frame = _possibility_cut(v, lo)
    if frame:
        cs.update(frame)
        out.append(
            Finding("modality-dropped", f"modality dropped: '{v.s.words(frame)}' left out", 0.8)
        )
    return out


_WEAK_MODAL = frozenset(["possible", "likely"])


def _possibility_cut(v: _View, lo: int) -> list[int]:
    """The opening words of the source sentence that make the rest a possibility, cut off
    by a quote that opens as a sentence: "I also do not rule out that there will be
    dismissals" quoted as "There will also be dismissals", "It is possible that mistakes
    were made" as "Mistakes were made". The quote states as certain what was only
    possible."""
    first = next((t for t in v.q.toks if t.kind != "ellipsis"), None)
    if first is None or not first.raw[:1].isupper():
        return []  # a fragment inside the report's sentence, which may say it
    start = lo
    while start > 0 and not v.s.sentence_break(start) and lo - start < 10:
        start -= 1
    if start == lo or (start != 0 and not v.s.sentence_break(start)):
        return []
    lead = set(range(start, lo))
    frames = [
        (a, b) for a, b, c in _occurrences(v.s.toks, "modality.tsv", lead) if c in _WEAK_MODAL
    ]
    if not frames:
        return []
    a, b = frames[-1]
    # the frame governs the clause the quote starts with, after "that" (not a modal verb
    # of the quote's own clause: "cannot | be lifted"; a "Perhaps" or "I hope" cut off is
    # the hedge and opinion checks' own)
    if [t.vkey for t in v.s.toks[b:lo]] != ["that"]:
        return []
    if any(c in _WEAK_MODAL for _a, _b, c in _occurrences(v.q.toks, "modality.tsv")):
        return []  # the quote keeps a possibility in its own words
    # the frame's whole clause: "I also do not rule out that"
    while a > start and not re.search(r"[,;:—–]", _gap(v.s, a)):
        a -= 1
    return list(range(a, lo))


_LIMITING = frozenset(["some", "several", "certain", "parts", "part", "most", "many", "few"])
_LEAD_PREPOSITIONS = frozenset(["in", "on", "at", "across", "along", "for", "among"])


def _limiting_lead(v: _View, lo: int) -> list[int]:
    """The opening phrase of the source sentence, cut off by a quote that opens as a
    sentence, when it limits the claim to a part: "In some stretches below Lužna, the
    inspectors found no living fish" quoted as "Below Lužna, the inspectors found no
    living fish", "Some hospitals reported" as "Hospitals reported"."""
    first = next((t for t in v.q.toks if t.kind != "ellipsis"), None)
    if first is None or not first.raw[:1].isupper():
        return []  # a fragment inside the report's sentence, which may say it ("On some
        # matches 'the money bet … was up to nine times higher'")
    start = lo
    while start > 0 and not v.s.sentence_break(start) and lo - start < 5:
        start -= 1
    if not v.s.sentence_break(start) and start != 0:
        return []
    lead = list(range(start, lo))
    # "Some hospitals reported shortages" quoted as "Hospitals reported shortages": the
    # limiting word alone before the quote's first word
    # ("Part of this rise is speculation" quoted as "This rise is speculation")
    alone = v.s.toks[start].vkey in _LIMITING and (
        lead == [start] or (len(lead) == 2 and v.s.toks[start + 1].vkey == "of")
    )
    if not lead or (v.s.toks[start].vkey not in _LEAD_PREPOSITIONS and not alone):
        return []
    if not any(v.s.toks[j].vkey in _LIMITING for j in lead):
        return []
    q_keys = {t.vkey for t in v.q.toks}
    if q_keys & _LIMITING:
        return []  # the quote limits the claim in its own words
    return lead


def _condition_of_next(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A condition taken from the next sentence: "The second dose will be given from May
    4, if the doses arrive" set against "The second dose will be given from May 4. When
    the doses arrive, we will extend the campaign." The passage runs into a sentence
    that opens with a condition, the quote has that condition's words but none of the
    main clause it governs: the claim is now conditional and the source's was not."""
    if not v.region:
        return []
    lo, hi = min(v.region), max(v.region) + 1
    breaks = [j for j in range(lo + 1, hi) if v.s.sentence_break(j)]
    if len(breaks) != 1:
        return []
    j0 = breaks[0]
    toks = v.s.toks
    opens = toks[j0].vkey == "when" or any(
        a == 0 for a, _b, _c in _occurrences(toks[j0 : j0 + 4], "conditions.txt")
    )
    if not opens:
        return []
    end = next((j for j in range(j0 + 1, len(toks)) if v.s.sentence_break(j)), len(toks))
    clause = next(
        (c for c in range(j0 + 1, end) if "," in v.s.text[toks[c - 1].end : toks[c].start]),
        None,
    )
    if clause is None or clause >= end - 1:
        return []

    def matched(j: int) -> bool:
        return j in v.region and _matched(v.s_match.get(j, ("delete", ()))[0])

    if any(matched(j) for j in range(clause, end)):
        return []  # the main clause is quoted too: two sentences merged
    if not any(matched(j) and not is_function(toks[j]) for j in range(j0, clause)):
        return []
    if sum(1 for j in range(lo, j0) if matched(j) and not is_function(toks[j])) < 2:
        return []
    # the quote's own condition: its marker after the words of the first sentence
    last_first = max((i for j in range(lo, j0) if matched(j) for i in v.s_match[j][1]), default=-1)
    marks = [
        (a, b)
        for a, b, _c in _occurrences(v.q.toks, "conditions.txt")
        if a > last_first and not cq & set(range(a, b))
    ] + [(i, i + 1) for i, t in enumerate(v.q.toks) if t.vkey == "when" and i > last_first]
    if not marks:
        return []
    a = min(m[0] for m in marks)
    cq.update(range(a, len(v.q.toks)))
    cs.update(range(j0, clause))
    return [
        Finding(
            "condition-added",
            f"condition added: '{v.q.words(range(a, len(v.q.toks)))}' (in the source it "
            f"is the condition of the next sentence: '{v.s.words(range(j0, end))}')",
            0.85,
        )
    ]


def _hedge_cut_after_added(v: _View, first_q: int, lo: int, cs: set[int]) -> list[Finding]:
    """:func:`_cut_edges` for a quote that opens with words the passage lacks: the hedge
    just before the passage's first word, when that word is the quote's first figure and
    the words before it are plain (no figure, no hedge of their own)."""
    first = next(
        (i for i in range(first_q, len(v.q.toks)) if _matched(v.q_match.get(i, ("insert", ()))[0])),
        None,
    )
    if first is None:
        return []
    head = v.q.toks[first_q:first]
    t = v.q.toks[first]
    if not (t.kind == "num" or t.vkey in NUMBERISH) or any(x.kind == "num" for x in head):
        return []
    if _occurrences(head, "hedges.txt") or lo < 1 or v.s.sentence_break(lo):
        return []
    return _hedge_dropped(v, lo, set(range(max(0, lo - 3), lo)) - cs, first, cs)


def _hedge_dropped(v: _View, lo: int, before: set[int], first: int, cs: set[int]) -> list[Finding]:
    """The hedge among the source tokens ``before`` that ends where the passage starts
    (``lo``), cut off from the quote's figure at ``first``."""
    for a, b, cls in _occurrences(v.s.toks, "hedges.txt", before):
        if b == lo and _hedge_applies(v.s, (a, b, cls)):
            cs.update(range(a, b))
            return [
                Finding(
                    "hedge-dropped",
                    f"hedge dropped: '{_phrase(v.s, a, lo + 1, 0, 0)}' → "
                    f"'{_phrase(v.q, first, first + 1, 0, 0)}'",
                    0.85,
                )
            ]
    return []


_INVERTED_IF = frozenset(["had", "were", "should"])
_SUBJECTS = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "the",
        "this",
        "that",
        "a",
        "an",
        "any",
        "our",
        "its",
        "their",
        "such",
        "there",
    ]
)


def _closes_with_condition(side: Side) -> bool:
    """Whether the quote goes on to a condition of its own after its first word: "we are
    ready to move 6,000 people out of the area if we have to" for "If the situation
    requires it, we are prepared to evacuate 6,000 people" (the translator moved the
    opening condition to the end). Stated, the condition is not left out; whether it is
    the source's is for the checks of added words."""
    toks = side.toks
    return any(
        lo > 0 and not any(side.sentence_break(k) for k in range(lo + 1, len(toks)))
        for lo, _, _ in _occurrences(toks, "conditions.txt")
    )


def _any_condition(side: Side) -> bool:
    """Whether the words state a condition anywhere ("Talks could restart on May 5 if the
    conditions are met", "Should the port be shut, …")."""
    first = side.toks[0].vkey if side.toks else ""
    return (
        bool(_occurrences(side.toks, "conditions.txt"))
        or _states_condition(side)
        or (first in _INVERTED_IF and "," in side.text)
    )


_CONDITION_PARTICIPLES = frozenset(["given", "faced", "forced", "offered", "asked"])


def _states_condition(side: Side) -> bool:
    """Whether the words open with a condition: a word of ``conditions.txt`` first ("If
    we do nothing, …") or a clause that opens with an inverted "Had we …", "Were it …",
    "Should they …" (a translator who moved the source's closing condition to the front)."""
    toks = side.toks
    if any(lo == 0 for lo, _, _ in _occurrences(toks, "conditions.txt")):
        return True
    # "Given a choice between …, I will …", "Faced with …, we would …": a participle
    # clause that states the condition
    if toks and toks[0].vkey in _CONDITION_PARTICIPLES and "," in side.text:
        return True
    return any(
        toks[k].vkey in _INVERTED_IF
        and k + 1 < len(toks)
        and toks[k + 1].vkey in _SUBJECTS
        and (
            k == 0
            or side.sentence_break(k)
            or bool(_gap(side, k).strip())
            # "…, and were such proof to exist, we would act": after a comma and "and"
            or (toks[k - 1].vkey in ("and", "but") and k > 1 and bool(_gap(side, k - 1).strip()))
            # "… within 48 hours should the main system break down": a determiner after
            # "should" with no comma before it, in no question
            or (
                toks[k].vkey == "should"
                and toks[k + 1].vkey in _NOUN_OPENERS
                and "?" not in side.text
            )
        )
        for k in range(len(toks))
    )


_NOUN_OPENERS = frozenset(["the", "a", "an", "any", "our", "its", "their"])


def _goes_on_with_condition(v: _View) -> bool:
    """Whether the quote goes on past its last word paired with the source with a
    condition in its own words ("…, even where no money changes hands" / "…, even if
    nobody is paid")."""
    paired = [i for i in range(len(v.q.toks)) if _matched(v.q_match.get(i, ("insert", ()))[0])]
    if not paired:
        return False
    return any(hi - 1 > paired[-1] for _, hi, _ in _occurrences(v.q.toks, "conditions.txt"))


def conditions_cut(v_q: Side, v_s: Side, steps: Sequence[Step]) -> str | None:
    """A condition of the quoted sentence the cut leaves out: where it stands and its
    words ("the source says first 'if the court agrees'"), or None.

    - The source sentence goes on with "only if …"/"unless …" right after the quote, or a
      condition the quote opens goes on past its end ("only after the ceasefire has held
      for twelve months [and the heavy weapons have been withdrawn]").
    - A condition clause opens the quoted clause: "If the court decides in her favour,
      [she will be free the same day]", "…, and if the market has calmed down, [we will
      begin …]" (the quote may start after the clause's subject).
    - The quote drops a condition from its middle without an ellipsis ("It could end
      tomorrow [if the unions accept a compromise], or …"), or the clause that restricts
      "every …" ("Every household [whose home was flooded] will receive …").
    """
    v = _view(v_q, v_s, steps)
    if not v.region:
        return None
    lo, hi = min(v.region), max(v.region) + 1
    s = v.s
    toks = s.toks
    end = hi
    while end < len(toks) and not s.sentence_break(end) and end - hi < 14:
        end += 1
    # right after the quote, in the same sentence (unless the quote states a condition
    # of its own: a translator moved it to the front)
    if (
        hi < len(toks)
        and not s.sentence_break(hi)
        and not _states_condition(v.q)
        and not _goes_on_with_condition(v)
    ):
        near = hi + 1
        while near < min(hi + 3, len(toks)) and not s.sentence_break(near):
            near += 1
        occ = _occurrences(toks[hi:near], "conditions.txt")
        # "enough for 140 days, even if not a single drop arrived": a concession, whose
        # claim holds either way, no condition
        if (
            occ
            and occ[0][0] <= 1
            and not _concession(s, hi + occ[0][0])
            and not (_next_conditional(s, hi, end) and not _any_condition(v.q))
        ):
            return f"the source goes on '{s.words(range(hi, end))}'"
        # "none will be fired [without a decision of the Council]": a negated claim
        # with its exception, which is a condition
        if (
            toks[hi].vkey == "without"
            and any(
                t.vkey in ("not", "no", "none", "never", "nobody", "nothing") for t in toks[lo:hi]
            )
            and not any(t.vkey == "without" for t in v.q.toks)
        ):
            return f"the source goes on '{s.words(range(hi, end))}'"
        # "not supported by any evidence [that has been shown to us]": the clause that
        # restricts "any …" in a negated claim, cut off
        if (
            toks[hi].vkey in ("that", "which", "who")
            and not _gap(s, hi).strip()
            and any(t.vkey == "any" for t in toks[max(lo, hi - 3) : hi])
            and any(t.vkey in ("not", "no", "never", "cannot") for t in toks[lo:hi])
            and not any(t.vkey in ("that", "which", "who") for t in v.q.toks[-3:])
        ):
            return f"the source goes on '{s.words(range(hi, end))}'"
        if toks[hi].vkey == "and" and not _gap(s, hi).strip() and _open_condition(s, lo, hi):
            return f"the condition goes on '{s.words(range(hi, end))}'"
    start = lo
    while start > 0 and not s.sentence_break(start) and lo - start < 40:
        start -= 1
    clause = _condition_before(s, start, lo)
    if clause is not None and not _closes_with_condition(v.q):
        return f"the source says first '{s.words(range(*clause))}'"
    if _imperative_before(s, start, lo) and not _any_condition(v.q):
        return f"the source says first '{s.words(range(start, lo))}'"
    inside = _inside_condition(s, start, lo, hi)
    # the quote opens with the condition's own words (not "Anyone who sees" for "If you
    # see": a condition in other words)
    opens = len(v.steps) > 1 and all(st.op in ("equal", "variant") for st in v.steps[:2])
    # … or leaves the condition's own content words behind ("If the auditors find that
    # we made a mistake …" quoted as "We will correct the mistake …")
    # (two of them: "If someone asks you" rendered "Those who ask you" leaves only the
    # subject behind)
    left = (
        inside is not None
        and sum(t.kind == "word" and not is_function(t) for t in toks[inside[0] + 1 : lo]) >= 2
    )
    if inside is not None and (opens or left) and not _any_condition(v.q) and not _relative(v.q):
        return f"the quote starts inside the condition '{s.words(range(*inside))}'"
    restriction = _restriction_skipped(v, lo)
    if restriction is not None:
        return f"the quote drops '{restriction}'"
    dropped = _condition_dropped(v, lo, hi)
    if dropped and _states_condition(v.q) and all(is_function(x) for x in tokenize(dropped)):
        # "Should the lists be reconciled, a second exchange could …" / "… could take
        # place, if the lists are reconciled": only the marker is left, the clause moved
        return None
    return f"the quote drops '{dropped}'" if dropped else None


# "I hope that …", "we expect …": the speaker's own hope, belief or expectation before
# the quoted clause; cut off, the clause reads as a statement of fact
OPINION_FRAMES = frozenset(
    ["hope", "think", "believe", "expect", "trust", "suspect", "assume", "fear", "doubt"]
)


# the frame said as a noun: "Our forecast is that growth will ease" for "We expect growth
# to slow", "our assessment is that", "my belief is that"
_OPINION_NOUNS = frozenset(
    ["forecast", "expectation", "estimate", "assessment", "belief", "conviction", "projection"]
)


# subjects of a belief in the plural: "the police believe", "investigators suspect"
_PLURAL_BELIEVERS = frozenset(
    [
        "police",
        "investigators",
        "experts",
        "inspectors",
        "officials",
        "doctors",
        "scientists",
        "prosecutors",
        "analysts",
        "engineers",
        "authorities",
        "they",
    ]
)


_POSSIBLE_WORDS = frozenset(
    ["possible", "possibly", "may", "might", "could", "perhaps", "maybe", "exclude", "rule"]
)


def _possibility_frame(s: Side, k: int) -> int | None:
    """Where "I do not rule out (that)", "we cannot exclude (that)" starts when it ends at
    token ``k``: a possibility the speaker grants, which a cut reads as a plan."""
    vk = [t.vkey for t in s.toks]
    if k >= 1 and vk[k] == "out" and vk[k - 1] == "rule":
        verb = k - 1
    elif k >= 0 and vk[k] == "exclude":
        verb = k
    else:
        return None
    for n in range(verb - 1, max(-1, verb - 4), -1):
        if vk[n] in ("not", "cannot", "never"):
            first = n - 1
            while first >= 0 and vk[first] in ("do", "does", "will", "would", "can", "could"):
                first -= 1
            if first >= 0 and vk[first] in ("i", "we") and not s.sentence_break(first + 1):
                return first
            return None
    return None


def opinion_cut(v_q: Side, v_s: Side, steps: Sequence[Step]) -> str | None:
    """The source's "I hope that" (think, believe, expect…) right before the quoted
    clause, which the quote leaves out: its words, or None."""
    v = _view(v_q, v_s, steps)
    if not v.region or any(t.vkey in OPINION_FRAMES | _OPINION_NOUNS for t in v.q.toks):
        return None
    if any(c == "opinion" for _a, _b, c in _occurrences(v.q.toks, "hedges.txt")):
        return None  # "In our view the main was damaged" / "We believe that the main …"
    lo = min(v.region)
    s = v.s
    k = lo - 1
    if k >= 0 and s.toks[k].vkey == "that" and not s.sentence_break(lo):
        k -= 1
    possible = _possibility_frame(s, k)
    if possible is not None:
        if any(t.vkey in _POSSIBLE_WORDS for t in v.q.toks):
            return None  # "It is possible that …" for "I cannot rule out that …"
        return s.words(range(possible, lo))
    if k < 1 or s.sentence_break(k + 1) or re.search(r"[,;:]", _gap(s, k + 1)):
        return None
    if s.toks[k].vkey in OPINION_FRAMES and s.toks[k - 1].vkey in ("i", "we"):
        return s.words(range(k - 1, lo))
    # "The police believe (that) the group has …", "Investigators suspect …": another's
    # belief, which the cut gives the speaker as a fact
    verb = s.toks[k].vkey
    if not (verb.endswith("s") and verb[:-1] in OPINION_FRAMES) and not (
        verb in OPINION_FRAMES and s.toks[k - 1].vkey in _PLURAL_BELIEVERS
    ):
        return None
    start = k
    while start > 0 and k - start < 4 and not s.sentence_break(start):
        prev = s.toks[start - 1]
        if prev.kind != "word" or prev.vkey in _CLAUSE_JOINS or re.search(r"[,;:]", _gap(s, start)):
            break
        start -= 1
    if start == k or any(
        s.toks[m].vkey in ("it", "this", "that", "which", "who", "what", "how", "whatever")
        for m in range(start, k)
    ):
        return None
    return s.words(range(start, lo))


_CLAUSE_JOINS = frozenset({"and", "but", "so", "then", "that", "or"})
_CONTRAST = frozenset({"but", "while", "whereas", "although", "though", "however", "yet"})
# "if you look at the map, …", "if I may say so": the speaker's aside, no condition
_ASIDE_VERBS = frozenset(
    {
        "look",
        "ask",
        "compare",
        "consid",
        "rememb",
        "recal",
        "think",
        "want",
        "like",
        "listen",
        "read",
        "may",
        "might",
        "allow",
        "understand",
        "see",
    }
)


def _gap(s: Side, k: int) -> str:
    """The text between token ``k-1`` and token ``k``."""
    return s.gap(k)


def _aside(s: Side, a: int, b: int) -> bool:
    """ "if you ask me", "if I may", "even if …": a condition clause that conditions
    nothing the quote claims."""
    toks = s.toks
    if a > 0 and toks[a - 1].vkey == "even":
        return True
    after = toks[b : b + 3]
    return (
        len(after) >= 2
        and after[0].vkey in ("you", "i", "we", "one")
        and any(t.stem in _ASIDE_VERBS or t.vkey in _ASIDE_VERBS for t in after[1:3])
        and not any(t.vkey in ("not", "n't") for t in after[1:3])
    )


_INVERTING_AUX = frozenset(
    ["will", "would", "can", "could", "shall", "should", "must", "may", "do", "does", "did"]
)


def _next_conditional(s: Side, hi: int, end: int) -> bool:
    """Whether the words after the quote open a conditional sentence of their own: "and
    if I fail, then the prime minister will not have to ask me" after "I will stay and I
    will fix it" has its own consequence, and its condition is not the quote's (unlike
    "…, but only if they sign", or a second condition after the quote's own "if")."""
    toks = s.toks
    if hi + 2 >= end or toks[hi].vkey not in ("and", "but") or toks[hi + 1].vkey != "if":
        return False
    # the condition closes with "then" or a comma, and a clause follows
    return any(toks[k].vkey == "then" or "," in _gap(s, k) for k in range(hi + 3, end - 1))


def _concession(s: Side, a: int) -> bool:
    """Whether the condition word at ``a`` follows "even" ("even if", "even when"): the
    clause it governs holds whatever the condition, so a cut that leaves it out does not
    make a conditional claim unconditional."""
    return (a > 0 and s.toks[a - 1].vkey == "even") or s.toks[a].vkey == "even"


def _condition_before(s: Side, start: int, lo: int) -> tuple[int, int] | None:
    """The token range of a condition clause between the sentence start ``start`` and the
    quote's first word ``lo``, closed by a comma before the quote and governing it."""
    toks = s.toks
    for a0, b0, _ in reversed(_occurrences(toks[start:lo], "conditions.txt")):
        a, b = start + a0, start + b0
        opens_clause = (
            a == start or toks[a - 1].vkey in _CLAUSE_JOINS or re.search(r"[:;,—–]", _gap(s, a))
        )
        if not opens_clause or _aside(s, a, b) or lo - a > 40 or _concession(s, a):
            continue
        closes = [k for k in range(b + 1, lo + 1) if "," in _gap(s, k)]
        if toks[a].vkey == "only":
            # "Only after the findings are in will the government say …": closed by the
            # inverted auxiliary of the main clause, with no comma
            closes += [
                k
                for k in range(b + 1, lo + 1)
                if toks[k].vkey in _INVERTING_AUX
                and k + 1 < len(toks)
                and (toks[k + 1].vkey in _SUBJECTS or toks[k + 1].vkey == "the")
            ]
            closes.sort()
        if not closes:
            continue
        # the quote starts its clause (at most a subject before it), not deep inside it
        # ("If it does not, we will ask our partners to consider [targeted sanctions]")
        starts = [closes[0], *(k for k in range(closes[0], lo + 1) if "," in _gap(s, k))]
        starts += [k + 1 for k in range(closes[0], lo) if toks[k].vkey in ("and", "then")]
        if lo - max(starts) > 5:
            continue
        # "If they attack, we respond, but [today we are talking]": the contrast ends it
        if any(
            toks[k].vkey in _CONTRAST and re.search(r"[,;—–]", _gap(s, k))
            for k in range(closes[0], lo)
        ):
            continue
        return a, closes[0]
    return None


def _inside_condition(s: Side, start: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A condition clause that opens the sentence before the quote and closes inside it:
    "If the remaining nine are not found [by Sunday, I will ask …]" keeps the clause's
    tail and cuts its "if", so the request reads as decided."""
    toks = s.toks
    for a0, _b0, _ in reversed(_occurrences(toks[start:lo], "conditions.txt")):
        a = start + a0
        if not (
            a == start or toks[a - 1].vkey in _CLAUSE_JOINS or re.search(r"[:;,—–]", _gap(s, a))
        ):
            continue
        if any(re.search(r"[,;:—–]", _gap(s, k)) for k in range(a + 1, lo + 1)):
            return None  # closed before the quote: _condition_before's case
        closes = [k for k in range(lo + 1, min(hi, lo + 14)) if "," in _gap(s, k)]
        if closes and hi - closes[0] >= 3:
            return a, closes[0]
        return None
    return None


_WHO = frozenset(["who", "whoever", "whichever", "whatever", "whom"])


def _relative(side: Side) -> bool:
    """A relative clause among the quote's first words: "A controller who is asked to
    stay on …" says "If a controller is asked to work …" as a condition of its own."""
    return any(t.vkey in _WHO for t in side.toks[:5])


def _open_condition(s: Side, lo: int, hi: int) -> bool:
    """The quote holds a condition clause still open at its end: "only after the ceasefire
    has held for twelve months" (the source goes on "and the weapons …")."""
    occ = _occurrences(s.toks[lo:hi], "conditions.txt")
    if not occ:
        return False
    a = lo + occ[-1][1]
    return not any(re.search(r"[,;:—–]", _gap(s, k)) for k in range(a, hi))


_RELATIVES = frozenset({"who", "whose", "whom", "which", "that", "where"})
_EVERY = frozenset({"every", "all", "each", "any", "anyone", "everyone", "everybody"})


_WHEN_IF = frozenset(["once", "when", "whenever"])


_OBJECT_WORDS = frozenset(
    ["our", "us", "the", "your", "them", "their", "me", "my", "it", "his", "her", "this", "all"]
)


def _imperative_before(s: Side, start: int, lo: int) -> bool:
    """ "Release our fishermen, and Tevanau will meet you": an order and ", and" before
    the quoted clause say "if you release them"; the quote starts after the "and"."""
    toks = s.toks
    if not 2 <= lo - start <= 10 or toks[lo - 1].vkey != "and" or "," not in _gap(s, lo - 1):
        return False
    first, second = toks[start], toks[start + 1]
    return (
        first.kind == "word"
        and not is_function(first)
        and first.vkey not in ("please", "yes", "no", "thank", "thanks")
        and not first.raw.endswith(("ed", "ing", "s"))
        and second.vkey in _OBJECT_WORDS
        and not any("," in _gap(s, k) for k in range(start + 1, lo - 1))
    )


def imperative_condition(s: Side, idx: Iterable[int]) -> bool:
    """Whether an order and ", and" among the tokens ``idx`` state a condition ("Release
    our fishermen, and we will meet you")."""
    for j in idx:
        if s.toks[j].vkey != "and":
            continue
        start = j
        while start > 0 and not s.sentence_break(start):
            start -= 1
        if _imperative_before(s, start, j + 1):
            return True
    return False


def _clause_unmatched(v: _View, j: int) -> int | None:
    """The end of the clause that starts at ``j`` (its comma) when none of its words
    (at least two content words) is matched to the quote, else None."""
    s = v.s
    end = j
    while end < len(s.toks) and end - j < 12 and not s.sentence_break(end):
        if end > j and re.search(r"[,;:]", _gap(s, end)):
            break
        end += 1
    if end == len(s.toks) or not re.search(r"[,;:]", _gap(s, end)):
        return None
    words = [k for k in range(j, end) if not is_function(s.toks[k])]
    if len(words) < 2 or any(_matched(v.s_match.get(k, ("delete", ()))[0]) for k in words):
        return None
    return end


def _restriction_skipped(v: _View, lo: int) -> str | None:
    """The sentence's subject is a group that a relative clause restricts ("Students who
    have to travel more than 30 kilometres | will have their costs reimbursed"), and the
    quote says the subject and goes on after the clause ("Students will have their costs
    reimbursed"): the claim now holds for all of them."""
    s, q = v.s, v.q
    first = 1 if q.toks[:1] and q.toks[0].vkey == "the" else 0
    if len(q.toks) <= first or any(
        _matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(first + 1)
    ):
        return None
    if _relative(q) or _any_condition(q):
        return None
    j = lo - 1
    while j > 0 and not s.sentence_break(j) and lo - j < 16:
        j -= 1
    # the subject: the sentence's first word or two, a plural or a word of "every"
    for k in range(j, min(j + 3, lo - 4)):
        noun = s.toks[k]
        rel = s.toks[k + 1]
        if noun.stem != q.toks[first].stem or rel.vkey not in ("who", "that", "whose"):
            continue
        if _gap(s, k + 1).strip():
            continue  # "Students, who …": who they are, no restriction
        lead = {s.toks[m].vkey for m in range(j, k)}
        if not (noun.raw.lower().endswith("s") or lead & _EVERY):
            continue
        return s.words(range(k + 1, lo))
    return None


def _condition_dropped(v: _View, lo: int, hi: int) -> str | None:
    """Source words the quote drops from its middle (no ellipsis) that were a condition
    or the clause restricting "every …"."""
    s = v.s
    toks = s.toks
    runs: list[list[int]] = []
    for st in v.steps:
        if st.op == "delete" and st.s and lo < min(st.s) < hi:
            if runs and min(st.s) == runs[-1][-1] + 1:
                runs[-1].extend(sorted(st.s))
            else:
                runs.append(sorted(st.s))
    for run in runs:
        text = s.words(run)
        head = [t for t in (toks[j] for j in run) if t.vkey not in ("and", "or", "but")]
        if not head:
            continue
        occ = _occurrences(head[:3], "conditions.txt")
        first = run[len(run) - len(head)]
        if occ and occ[0][0] == 0 and len(head) == occ[0][1]:
            # the marker alone dropped, its clause set against other words ("and if
            # Hestrand still refuses to pay, we will go to court" / "and take it to court")
            clause = _clause_unmatched(v, run[-1] + 1)
            if clause is not None and not (_any_condition(v.q) or _relative(v.q)):
                return s.words(range(first, clause))
        if occ and occ[0][0] == 0 and len(head) > occ[0][1]:  # "if necessary", not "if"
            # "… up to 40,000 once suppliers are included" / "… if we count suppliers":
            # the quote states it in its own words
            # ("Anyone who paid with a card" for "if they paid with a card")
            if not _aside(s, first, first + occ[0][1]) and not (
                _any_condition(v.q) or any(t.vkey in _WHEN_IF for t in v.q.toks) or _relative(v.q)
            ):
                return text
            continue
        if len(head) < 3:  # "that", "who": a translator's omission, no clause
            continue
        before = [toks[j].vkey for j in range(max(lo, run[0] - 4), run[0])]
        if head[0].vkey in _RELATIVES and before and _EVERY & set(before):
            return text
    return None
