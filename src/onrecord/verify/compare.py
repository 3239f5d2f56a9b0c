"""A quote judged against one passage (:func:`_judge_passage`): the changes of meaning
found, else the label the word relations give (verbatim … translation), with reasons and
a confidence, as a :class:`_Result`; and the roles check of a reworded quote."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import ModelUnavailableError
from ..model import DiffOp, Match
from . import semantic
from .added import _added_checked
from .align import is_alias, is_function, reordered
from .index import SourceIndex
from .meaning import Finding, Rewording, Side, find_changes, rewording_blocks
from .normalize import Tok
from .passage import Passage, _match
from .roles import swapped_roles
from .substitution import _changes_wording, _Differs, _substitution_ok
from .thresholds import thresholds

_FAITHFUL_LABELS = frozenset(["verbatim", "cosmetic", "edited", "translation"])


@dataclass
class _Result:
    label: str
    rule: str
    reasons: list[str]
    confidence: float
    passage: Passage | None = None
    qtoks: list[Tok] = field(default_factory=list)
    extra_matches: list[Match] = field(default_factory=list)
    diff: tuple[DiffOp, ...] = ()
    # the rules of every finding behind an "altered" verdict, ``rule`` first
    rules: tuple[str, ...] = ()


def _judge_passage(
    quote: str, qtoks: list[Tok], p: Passage, index: SourceIndex, *, lexical: bool
) -> _Result:
    th = thresholds()
    src_text = index.sources[p.source].text
    home = index.home_words(index.run_speaker[index.run_of(p.sentences[0])])
    q_side = Side(qtoks, quote, home)
    s_side = Side(p.toks, src_text, home, index.capitalised())
    findings: list[Finding] = find_changes(
        q_side,
        s_side,
        p.al.steps,
        splice_tokens=int(th["splice_tokens"]),
        ellipsis_sentences=int(th["ellipsis_gap_sentences"]),
    )
    findings = _added_checked(quote, qtoks, findings, p, index)
    if findings and all(f.rule == "added-unsure" for f in findings):
        return _Result("uncertain", "added-unsure", [f.reason for f in findings], 0.5, p, qtoks)
    findings = [f for f in findings if f.rule != "added-unsure"] or findings
    if findings:
        first = findings[0]
        conf = max(f.weight for f in findings)
        return _Result(
            "altered",
            first.rule,
            [f.reason for f in findings],
            round(conf, 2),
            p,
            qtoks,
            rules=tuple(f.rule for f in findings),
        )
    label, rule, notes, unresolved = _lexical_label(p, q_side, s_side)
    if label == "translation":
        ok = True
        bad: list[_Differs] = []
        added: list[str] = []
        if unresolved:
            try:
                ok, bad, added = _substitution_ok(quote, qtoks, p, unresolved)
            except ModelUnavailableError:
                return _Result(
                    "uncertain",
                    "model-unavailable",
                    [f"different words from the source; {semantic.UNAVAILABLE_NOTE}"],
                    0.5,
                    p,
                    qtoks,
                )
        if added:
            return _Result(
                "altered", "claim-added", [*added, *(d.reason for d in bad)], 0.75, p, qtoks
            )
        if not ok:
            reasons = [d.reason for d in bad]
            if any(_changes_wording(d) for d in bad):
                swaps = [d.names for d in bad if _changes_wording(d) and d.names]
                if swaps and all(d.names for d in bad if _changes_wording(d)):
                    named = [f"name changed: {n}" for n in swaps]
                    return _Result("altered", "name-changed", named, 0.85, p, qtoks)
                changed = [r.replace("wording differs", "wording changed", 1) for r in reasons]
                return _Result("altered", "wording-changed", changed, 0.65, p, qtoks)
            if all(r.startswith("wording differs") for r in reasons):
                # a block of the translator's own words that carries nothing loaded is
                # mostly a rendering down to substitution_floor (see thresholds.json): a
                # translation, with a low confidence and the words that differ
                loose = ["different words, probably the same meaning", *reasons]
                conf = th["substitution_loose_confidence"]
                return _Result("translation", "wording-differs", loose, conf, p, qtoks)
            return _Result("uncertain", "wording-differs", reasons, 0.5, p, qtoks)
        sim = p.similarity
        conf = th["translation_confidence"] if sim is None else min(0.95, 0.5 + sim / 2)
        reasons = ["different words, same meaning", *notes]
        return _Result("translation", rule, reasons, round(conf, 2), p, qtoks)
    conf = {"verbatim": 0.99, "cosmetic": 0.95, "edited": 0.9}[label]
    conf *= min(1.0, 0.5 + p.coverage / 2)
    reasons = {
        "verbatim": ["same words as the source"],
        "cosmetic": ["only spelling variants: " + _variants_text(qtoks, p)],
        "edited": ["source wording, edited: " + ", ".join(notes)],
    }[label]
    return _Result(label, rule, reasons, round(conf, 2), p, qtoks)


def _lexical_label(
    p: Passage, q_side: Side, s_side: Side
) -> tuple[str, str, list[str], list[Rewording]]:
    """Label from the word relations alone (no meaning change found):
    returns (label, rule, notes, unresolved replaced blocks)."""
    qtoks = q_side.toks
    ops = [st.op for st in p.al.steps]
    notes: list[str] = []
    unresolved = rewording_blocks(q_side, s_side, p.al.steps)
    has = set(ops)
    alias = any(
        st.op == "synonym" and is_alias(qtoks[st.q[0]], p.toks[st.s[0]])
        for st in p.al.steps
        if len(st.q) == 1 and len(st.s) == 1
    )
    synonym = any(
        st.op == "synonym"
        and not (len(st.q) == 1 and len(st.s) == 1 and is_alias(qtoks[st.q[0]], p.toks[st.s[0]]))
        for st in p.al.steps
    )
    brackets = any(t.bracket for t in qtoks)
    if alias:
        notes.append("name form changed (same referent)")
    if "skip" in has:
        notes.append("ellipsis")
    if brackets:
        notes.append("[bracketed] insertion")
    if "inflection" in has:
        notes.append("inflection")
    if "insert" in has or "delete" in has:
        notes.append("words added or dropped")
    moved = any(
        st.op == "insert" and not qtoks[st.q[0]].bracket and not is_function(qtoks[st.q[0]])
        for st in p.al.steps
    )
    replaced = moved or any(
        st.op == "replace" and not all(qtoks[i].bracket for i in st.q) for st in p.al.steps
    )
    if reordered(p.al.steps):
        notes.append("word order changed")
        replaced = True
    if synonym or unresolved or replaced:
        return "translation", "translation", notes, unresolved
    if alias or notes:
        return "edited", "edited", notes, unresolved
    if "variant" in has:
        return "cosmetic", "spelling-variant", notes, unresolved
    return "verbatim", "exact", notes, unresolved


def _variants_text(qtoks: Sequence[Tok], p: Passage) -> str:
    pairs: list[str] = []
    for st in p.al.steps:
        if st.op == "variant":
            q = " ".join(dict.fromkeys(qtoks[i].raw for i in st.q))
            s = " ".join(dict.fromkeys(p.toks[j].raw for j in st.s))
            item = f"'{s}' → '{q}'"
            if item not in pairs:
                pairs.append(item)
    return ", ".join(pairs)


def _sentence_lead(p: Passage, index: SourceIndex, start: int, most: int = 4) -> str:
    """The words (at most ``most``) between the start of the passage's first sentence
    and ``start``, where its matched text begins, or "" when that starts the sentence."""
    first = next((a for a, t in enumerate(p.toks) if t.start == start), None)
    if first is None:
        return ""
    sent = index.sentences[int(index.sent_of[p.offset + first])]
    lead = [j - p.offset for j in range(sent.lo, p.offset + first)]
    if not lead or len(lead) > most or lead[0] < 0:
        return ""
    if all(is_function(p.toks[j]) for j in lead):
        return ""  # ("The | price paid by our officers": nothing that names a party)
    text = index.sources[p.source].text
    return text[p.toks[lead[0]].start : p.toks[first].start].strip()


def _roles_check(quote: str, res: _Result, index: SourceIndex) -> _Result:
    """A reworded quote whose parse gives a shared verb's doer, the one it is done to, its
    receiver or the thing compared another role than the passage does (:mod:`.roles`)."""
    p = res.passage
    if p is None:
        return res
    matches = _match(index, p)
    passage = " ".join(m.text for m in matches)
    lead = _sentence_lead(p, index, matches[0].start) if matches else ""
    if lead:
        # the few words before the passage that open its sentence and name who acts:
        # "According to the Institute, the water is expected …" (the Institute expects),
        # "The Ministry of | the Interior is ready to pay …"
        passage = f"{lead} {passage}"
    reason = swapped_roles(quote, passage)
    if reason is None:
        return res
    return _Result("altered", "roles-reversed", [reason], 0.8, p, res.qtoks)
