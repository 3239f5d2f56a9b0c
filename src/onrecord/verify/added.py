"""Words a quote adds to its passage ("claim added"): set against the passage's own
unpaired words and the rest of its source sentence, which they may render; one added
content word is a new claim only when leaving it out moves what the quote says
(:func:`_added_checked`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from ..errors import ModelUnavailableError
from . import semantic
from .align import MATCH_OPS, is_function, synonymous
from .index import SourceIndex
from .meaning import Finding, Side
from .meaning.added import tail_clause
from .meaning.numbers import counts_the_names_before
from .normalize import Tok, number_value, stem, tokenize
from .passage import Passage
from .thresholds import thresholds

log = logging.getLogger(__name__)


def _added_word(drop_sim: float) -> str | None:
    """One added content word, by the similarity of the quote without it to the quote:
    "added" (a new claim), "unsure" (the embedding cannot tell, see thresholds.json) or
    None (no change of claim)."""
    th = thresholds()
    if drop_sim < th["added_unsure"]:
        return "added"
    return "unsure" if drop_sim < th["added_ok"] else None


def _unpaired_source_toks(p: Passage) -> list[Tok]:
    """The passage's content words that the alignment left without a partner."""
    return [
        p.toks[j]
        for st in p.al.steps
        if st.op in ("delete", "replace")
        for j in st.s
        if not is_function(p.toks[j]) and p.toks[j].kind == "word"
    ]


def _unpaired_source_words(p: Passage) -> str:
    return " ".join(t.raw for t in _unpaired_source_toks(p))


def _share_content(qtoks: Sequence[Tok], idx: Sequence[int], text: str) -> bool:
    """Whether the quote tokens ``idx`` and ``text`` share a content word (by stem)."""
    mine = {qtoks[i].stem for i in idx if not is_function(qtoks[i]) and qtoks[i].kind == "word"}
    return bool(mine & {t.stem for t in tokenize(text) if not is_function(t)})


def _sentence_rest(p: Passage, index: SourceIndex, before: bool, limit: int = 8) -> str:
    """The words of the source sentence before (or after) the aligned part of the
    passage, at most ``limit`` of them next to it: what a quote's own first (or last)
    words may render."""
    paired = [j for st in p.al.steps for j in st.s]
    if not paired:
        return ""
    edge = min(paired) if before else max(paired)
    sent = int(index.sent_of[p.offset + edge])
    span = range(edge - 1, -1, -1) if before else range(edge + 1, len(p.toks))
    rest: list[int] = []
    for j in span:
        if int(index.sent_of[p.offset + j]) != sent or len(rest) == limit:
            break
        if p.toks[j].kind != "ellipsis":
            rest.append(j)
    return " ".join(p.toks[j].raw for j in sorted(rest))


def _source_phrases(p: Passage, index: SourceIndex, longest: int = 6) -> list[tuple[str, bool]]:
    """Phrases of one to ``longest`` words (each with a content word) of the sentences the
    passage aligns to, made of source words the alignment did not match: what a second
    translator's words of their own may render ("caught fire on its own" / "ignited by
    itself", "kept in working order" / "maintaining"), although the aligner set them
    elsewhere or left them outside the passage. Each with whether it holds a name (a
    capitalised word that does not open its sentence)."""
    matched = {j for st in p.al.steps if st.op in MATCH_OPS for j in st.s}
    sents = {int(index.sent_of[p.offset + j]) for j in matched}
    starts = {index.sentences[k].lo - p.offset for k in sents}
    runs: list[list[int]] = [[]]
    for j, t in enumerate(p.toks):
        if (
            t.kind in ("word", "num")
            and j not in matched
            and int(index.sent_of[p.offset + j]) in sents
        ):
            runs[-1].append(j)
        elif runs[-1]:
            runs.append([])
    out: dict[str, bool] = {}
    for run in runs:
        for a in range(len(run)):
            for b in range(a + 1, min(len(run), a + longest) + 1):
                if any(not is_function(p.toks[j]) for j in run[a:b]):
                    named = any(p.toks[j].cap and j not in starts for j in run[a:b])
                    out[" ".join(p.toks[j].raw for j in run[a:b])] = named
    return list(out.items())


# one added word that always makes a claim, however little the sentence's embedding
# moves: intent ("had been deliberately switched off") and certainty ("is certainly")
LOADED_WORDS = frozenset(
    [
        "deliberately",
        "intentionally",
        "knowingly",
        "wilfully",
        "willfully",
        "purposely",
        "secretly",
        "illegally",
        "unlawfully",
        "certainly",
        "definitely",
        "undoubtedly",
        "clearly",
        "personally",
        # how a decision was taken, a payment's terms
        "unanimously",
        "tax-free",
        "taxfree",
        "repeatedly",
        "illegal",
        # a judgement made a charge: "criminally irresponsible"
        "criminally",
    ]
)


# an emphatic reflexive says what "personally" says: "I spoke with him myself"
_REFLEXIVES = frozenset(["myself", "himself", "herself", "ourselves", "themselves", "yourself"])


def _loaded(qtoks: Sequence[Tok], idx: Sequence[int], stoks: Sequence[Tok] = ()) -> bool:
    """An added run that holds a word of :data:`LOADED_WORDS` (but "personally" where
    the passage has an emphatic "myself"), or one that joins another item to a list ("no
    strike over wages or jobs"): a claim widened, not a rendering."""
    reflexive = any(t.vkey in _REFLEXIVES for t in stoks)
    if any(
        qtoks[i].vkey in LOADED_WORDS and not (reflexive and qtoks[i].vkey == "personally")
        for i in idx
    ) or tail_clause(qtoks, sorted(idx)):
        return True
    first = min(idx)
    return (
        qtoks[first].vkey in ("or", "and", "nor")
        and first > 0
        and qtoks[first - 1].kind == "word"
        and not is_function(qtoks[first - 1])
        and len(idx) <= 3
    )


def _rephrased(
    qtoks: Sequence[Tok],
    findings: list[Finding],
    p: Passage | None,
    index: SourceIndex | None,
) -> list[Finding]:
    """Drop a "words added" finding whose words, as a phrase, have cosine >=
    ``added_rephrased`` with a phrase of unmatched words of the passage's sentences
    (:func:`_source_phrases`): the quote says in its own words what the source says."""
    claims = [f for f in findings if f.rule == "claim-added"]
    if not claims or p is None or index is None:
        return findings
    grams = _source_phrases(p, index)
    if not grams:
        return findings
    phrases = [" ".join(qtoks[i].raw for i in sorted(f.q_idx)) for f in claims]
    vecs = semantic.encode([*phrases, *(g for g, _ in grams)])
    sims = vecs[: len(phrases)] @ vecs[len(phrases) :].T
    named = np.array([n for _, n in grams])
    th = thresholds()["added_rephrased"]
    gone = set()
    for f, row in zip(claims, sims, strict=True):
        # a name of the source renders only words that hold a name ("Kalvostians" /
        # "the people of Kalvostia"), not a topic near it ("polling stations" / "Elections")
        if not any(qtoks[i].cap and i > 0 for i in f.q_idx):
            row = np.where(named, -1.0, row)
        if float(row.max()) >= th:
            gone.add(id(f))
    log.debug("added words as source phrases: %d of %d rephrased", len(gone), len(claims))
    return [f for f in findings if id(f) not in gone]


_POSSESSIVES = frozenset(["ours", "mine", "yours", "theirs", "hers"])
# verbs that carry a noun's action ("give a guarantee" / "guarantee", "make a decision" /
# "decide", "take a decision")
_LIGHT_VERBS = frozenset(
    stem(w) for w in ("give", "make", "take", "have", "offer", "provide", "carry", "put", "do")
)


def _light_verb_run(qtoks: Sequence[Tok], q_idx: Sequence[int], paired: set[int]) -> bool:
    """Whether an added run is only a light verb (and its determiners) before a word the
    passage has: "No one can give such a guarantee" / "Nobody can guarantee that"."""
    if not q_idx:
        return False
    content = [i for i in q_idx if not is_function(qtoks[i]) and qtoks[i].vkey != "such"]
    nxt = max(q_idx) + 1
    return (
        len(content) == 1
        and qtoks[content[0]].stem in _LIGHT_VERBS
        and max(q_idx) > content[0]  # the verb's own determiner added with it
        and qtoks[max(q_idx)].vkey in ("a", "an", "such", "any", "this", "that")
        and nxt < len(qtoks)
        and nxt in paired
    )


# verbs that turn a state into an event or keep it: "fall silent" for "silencing"
_STATE_VERBS = frozenset(
    stem(w) for w in ("fall", "fell", "become", "became", "go", "went", "grow", "keep", "remain")
)


def _derived_run(qtoks: Sequence[Tok], q_idx: Sequence[int], left: set[str]) -> bool:
    """Whether an added run says with another form of one word what the passage leaves
    unpaired ("making the guns fall silent" / "silencing the guns", "with patience" /
    "patiently"): one content word that shares its first five letters with an unpaired
    word of the passage, beside at most a light or state verb."""
    content = [i for i in q_idx if not is_function(qtoks[i]) and qtoks[i].kind == "word"]
    rest = [i for i in content if qtoks[i].stem not in _LIGHT_VERBS | _STATE_VERBS]
    if len(rest) != 1 or len(content) > 2:
        return False
    word = qtoks[rest[0]].stem
    return len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in left)


def _phrase_for_word(qtoks: Sequence[Tok], q_idx: Sequence[int], left: set[str]) -> bool:
    """Whether an added run's content words are, as a phrase, a synonym of a word the
    passage leaves unpaired ("no one lost their life" / "nobody was killed")."""
    content = [
        qtoks[i].stem
        for i in sorted(q_idx)
        if not is_function(qtoks[i])
        and qtoks[i].kind == "word"
        and qtoks[i].vkey not in _POSSESSIVES
    ]
    return len(content) > 1 and any(synonymous(" ".join(content), w) for w in left)


def _count_of_names(quote: str, qtoks: Sequence[Tok], q_idx: Sequence[int]) -> bool:
    """Whether an added run is a number and its noun in apposition to the names just
    listed ("Ondria and Qessar, two countries where …"): it counts what the list says."""
    content = [i for i in sorted(q_idx) if not is_function(qtoks[i])]
    if len(content) != 2 or qtoks[content[0]].kind != "num" or content[1] != content[0] + 1:
        return False
    value = number_value(qtoks[content[0]])
    return value is not None and counts_the_names_before(
        Side(qtoks, quote), value, content[0], content[0] + 1
    )


def _added_checked(
    quote: str,
    qtoks: Sequence[Tok],
    findings: list[Finding],
    p: Passage | None = None,
    index: SourceIndex | None = None,
) -> list[Finding]:
    """Words the alignment could not pair ("claim added") are first set against the
    passage's own unpaired content words: when the two, embedded alone, have cosine >=
    ``added_reworded`` the quote renders what the source says in other words ("have gone
    two nights without sleep" / "have not slept"), and the finding goes. Of the rest, one
    content word added (not a condition, cause, name or number) is a new claim only if
    taking it out changes what the quote says (embedding similarity of the quote with and
    without it below ``added_ok``); more words added are always a claim (a sentence
    embedding barely moves for a whole added clause). Without the model they stay
    findings."""
    th = thresholds()
    claims = [f for f in findings if f.rule == "claim-added"]
    if not claims:
        return findings
    unpaired = _unpaired_source_words(p) if p is not None else ""
    if p is not None:
        # words moved, not added: every content word of the run is one the passage left
        # unpaired ("a partner and a friend" / "a friend and partner of ours")
        left = {t.stem for t in _unpaired_source_toks(p)}
        paired = {i for st in p.al.steps if st.op in MATCH_OPS for i in st.q}
        # the passage's words paired with nothing, the aligned stretch or not
        s_paired = {j for st in p.al.steps if st.op in MATCH_OPS for j in st.s}
        unmatched = {
            t.stem
            for j, t in enumerate(p.toks)
            if j not in s_paired and t.kind == "word" and not is_function(t)
        }
        moved = set()
        for f in claims:
            content = {
                qtoks[i].stem
                for i in f.q_idx
                if not is_function(qtoks[i])
                and qtoks[i].kind in ("word", "num")
                and qtoks[i].vkey not in _POSSESSIVES
            }
            own = {qtoks[i].stem for i in f.q_idx if i not in paired} & content
            if content and own <= left and len(own) < len(content):
                moved.add(id(f))
            if (
                _light_verb_run(qtoks, f.q_idx, paired)
                or _count_of_names(quote, qtoks, f.q_idx)
                or _derived_run(qtoks, f.q_idx, left)
                or _phrase_for_word(qtoks, f.q_idx, unmatched)
            ):
                moved.add(id(f))
        findings = [f for f in findings if id(f) not in moved]
        claims = [f for f in claims if id(f) not in moved]
        if not claims:
            return findings
    words = [n for n, t in enumerate(qtoks) if t.kind != "ellipsis"]
    # a claim at the quote's first (last) word may render the rest of the source
    # sentence before (after) the aligned words, which the passage leaves out
    edges: list[tuple[Finding, str, str]] = []
    if p is not None and index is not None and words:
        for f in claims:
            q_words = " ".join(qtoks[i].raw for i in sorted(f.q_idx))
            for at_edge, before in ((words[0], True), (words[-1], False)):
                if at_edge not in f.q_idx:
                    continue
                rest = _sentence_rest(p, index, before)
                if rest:
                    edges.append((f, q_words, rest))
                # a phrase moved from one end of the sentence to the other ("Since the
                # beginning of July the zlaten has lost …" / "… since early July"): the
                # far rest counts when it shares a content word with the added words
                far = _sentence_rest(p, index, not before)
                if far and _share_content(qtoks, f.q_idx, far):
                    edges.append((f, q_words, far))
    try:
        if unpaired or edges:
            texts = [
                " ".join(
                    qtoks[i].raw
                    for i in f.q_idx
                    if not is_function(qtoks[i]) and qtoks[i].kind == "word"
                )
                for f in claims
            ]
            pairs = [x for _, q_words, rest in edges for x in (q_words, rest)]
            vecs = semantic.encode([unpaired or ".", *texts, *pairs])
            rendered = {
                id(f)
                for f, v in zip(claims, vecs[1 : 1 + len(texts)], strict=True)
                if unpaired and float(vecs[0] @ v) >= th["added_reworded"]
            }
            pv = vecs[1 + len(texts) :]
            rendered |= {
                id(f)
                for k, (f, _, _) in enumerate(edges)
                if float(pv[2 * k] @ pv[2 * k + 1]) >= th["added_reworded"]
            }
            log.debug("added words set against %r: %d rendered", unpaired, len(rendered))
            findings = [f for f in findings if id(f) not in rendered]
        findings = _rephrased(qtoks, findings, p, index)
        added = [
            f
            for f in findings
            if f.rule == "claim-added"
            and len([i for i in f.q_idx if not is_function(qtoks[i])]) == 1
            and not _loaded(qtoks, f.q_idx, p.toks if p is not None else ())
        ]
        if not added:
            return findings
        texts = []
        for f in added:
            drop = set(f.q_idx)
            kept = [t.raw for n, t in enumerate(qtoks) if n not in drop and t.kind != "ellipsis"]
            texts.append(" ".join(kept))
        vecs = semantic.encode([quote, *texts])
    except ModelUnavailableError:
        return findings
    sims = {id(f): float(vecs[0] @ v) for f, v in zip(added, vecs[1:], strict=True)}
    log.debug("added words checked: %s", [(f.reason, sims[id(f)]) for f in added])
    out: list[Finding] = []
    for f in findings:
        sim = sims.get(id(f))
        weight = "added" if sim is None else _added_word(sim)
        if weight == "added":
            out.append(f)
        elif weight == "unsure":
            # the embedding cannot tell these apart (see thresholds.json): say so
            out.append(
                Finding(
                    "added-unsure",
                    f"{f.reason} — may or may not change the claim (similarity {sim:.2f})",
                    0.5,
                    f.q_idx,
                )
            )
    return out
