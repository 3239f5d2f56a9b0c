"""Report against source: numbers, dates and lists that differ.

:func:`compare` takes a piece of the report (a quote, or a sentence of reported speech) and the
source passage it renders, and flags

- ``hedge``: the source hedged a number ("about 130 times") and the report does not, or hedges
  it the other way;
- ``value``: the same thing counted, a different number;
- ``unit``: the same number, a different thing counted;
- ``date``: a date in the report that no date of the passage agrees with, each resolved against
  its own moment ("two years ago" in a report of May 2025 is 2023; the source said "the end of
  2022");
- ``list``: items of an enumeration the report left out or added ("China, Brazil, African
  countries, and the new U.S. administration" against a source list that also names the Middle
  East). Items are compared after canonical names are put in (U.S. administration and
  Administration of the United States of America are one item).

:func:`find_passage_for` finds the source sentence a paraphrasing report sentence renders.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from onrecord.analyse.claims import find_claims
from onrecord.analyse.entities import _table as _names_table
from onrecord.analyse.entities import canonical, fold
from onrecord.analyse.time import find_times, interval, parse_anchor
from onrecord.letters import UPPER
from onrecord.model import Claim, Match, Mention, Mismatch, Span, TimeExpr

log = logging.getLogger(__name__)

STAGE = "facts/1"

__all__ = ["STAGE", "compare", "find_enumerations", "find_passage_for"]

# --------------------------------------------------------------------------- passages

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "him",
        "them",
        "us",
        "me",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "not",
        "no",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "also",
        "very",
        "so",
        "such",
        "than",
        "then",
        "there",
        "here",
        "just",
        "about",
        "into",
        "over",
        "after",
        "before",
        "again",
        "once",
        "all",
        "any",
        "some",
        "said",
        "says",
        "say",
        "stating",
        "stated",
        "told",
        "noted",
        "added",
    ]
)
# Words a paraphrase swaps for each other; each group maps to its first word.
_SYNONYMS = [
    "recall remind mention note",
    "interrupt stall halt suspend break freeze stop end",
    "negotiation talk dialogue",
    "ceasefire truce",
    "propose suggest offer",
    "thank gratitude appreciation grateful appreciate",
    "mediation mediator mediate",
    "attack strike assault",
    "drone uav",
    "country nation state",
    "resume restart return",
    "urge call",
    "warn caution",
    "kill dead death",
    "say state declare",
]
_SYN = {w: g.split()[0] for g in _SYNONYMS for w in g.split()}


def _stem(word: str) -> str:
    w = fold(word)
    for suf in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)] + ("y" if suf in ("ies", "ied") else "")
            break
    return w


def _content(sentence: str) -> list[str]:
    words = re.findall(r"[\w’']+", sentence)
    out = []
    for w in words:
        if fold(w) in _STOPWORDS or len(w) < 2:
            continue
        s = _stem(w)
        out.append(_SYN.get(s, _SYN.get(fold(w), s)))
    return out


def find_passage_for(report_sentence: str, source_sentences: Sequence[str]) -> int | None:
    """The index of the source sentence ``report_sentence`` most likely renders, or None.

    Content words are compared after crude stemming and a small table of paraphrase
    synonyms ("recalled" ~ "remind", "stalled" ~ "interrupted"), weighted by how rare they are
    among the source sentences; rapidfuzz's token-set ratio breaks near ties. A sentence that
    shares fewer than two content words, or under a quarter of the report's weight, is no match.
    """
    if not source_sentences:
        return None
    report = set(_content(report_sentence))
    if not report:
        return None
    bags = [set(_content(s)) for s in source_sentences]
    n = len(bags)
    df: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            df[w] = df.get(w, 0) + 1

    def idf(w: str) -> float:
        return math.log(1 + n / (1 + df.get(w, 0)))

    total = sum(idf(w) for w in report)
    best: tuple[float, int] | None = None
    report_has_time = bool(find_times(report_sentence, anchor=None))
    for i, (bag, sent) in enumerate(zip(bags, source_sentences, strict=True)):
        shared = report & bag
        if len(shared) < 2:
            continue
        score = sum(idf(w) for w in shared) / total
        score += 0.1 * fuzz.token_set_ratio(report_sentence.lower(), sent.lower()) / 100
        if report_has_time and re.search(
            r"\b(1[89]|20)\d\d\b|\bago\b|\byesterday\b|\btomorrow\b", sent
        ):
            score += 0.05
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] < 0.3:
        return None
    return best[1]


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True, slots=True)
class _Enum:
    start: int
    end: int
    items: tuple[tuple[int, int], ...]


_LIST_LEAD = re.compile(
    r"(?i:\b(?:including|such\s+as|namely|like|by|from|with|of|between|among|to|in|as\s+well\s+as)\s+)"
    r"|:\s*"
)


def find_enumerations(text: str, span: Span | None = None) -> tuple[_Enum, ...]:
    """Enumerations of three or more short items: "A, B, C, and D" / "A, B and C"."""
    lo, hi = (span.start, span.end) if span else (0, len(text))
    out: list[_Enum] = []
    for sent in re.finditer(rf"(?:[^.!?;\n]|[.!?](?!\s+[{UPPER}“\"‘]|\s*$))+", text[lo:hi]):
        s0 = lo + sent.start()
        body = sent.group(0)
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", body)]
        if len(parts) < 2:
            continue
        # find the last part that ends the list: starts with "and"/"or"
        for k in range(len(parts) - 1, 0, -1):
            last = body[parts[k][0] : parts[k][1]]
            inner = re.match(r"\s*(?:and|or)\s+", last)
            and_inside = re.search(r"\s(?:and|or)\s", last)
            if inner is None and and_inside is None:
                continue
            items: list[tuple[int, int]] = []
            if inner:
                items.append((parts[k][0] + inner.end(), parts[k][1]))
            else:
                # "A, B and C": the last part holds two items
                assert and_inside is not None
                a = parts[k][0] + len(last) - len(last.lstrip())
                items.append((parts[k][0] + and_inside.end(), parts[k][1]))
                items.append((a, parts[k][0] + and_inside.start()))
            j = k - 1
            while j >= 0:
                seg = body[parts[j][0] : parts[j][1]]
                words = seg.split()
                leads = list(_LIST_LEAD.finditer(seg))
                lead = leads[-1] if leads else None
                if lead is not None and len(seg[lead.end() :].split()) <= 6:
                    items.append((parts[j][0] + lead.end(), parts[j][1]))  # "including China"
                    break
                if len(words) <= 6 and j > 0:
                    items.append((parts[j][0], parts[j][1]))
                    j -= 1
                    continue
                if len(words) <= 4:
                    items.append((parts[j][0], parts[j][1]))
                break
            items = [(a, b) for a, b in items if body[a:b].strip()]
            if len(items) >= 3 and all(len(body[a:b].split()) <= 12 for a, b in items):
                items.reverse()
                spans = tuple(_trim(text, s0 + a, s0 + b) for a, b in items)
                out.append(_Enum(spans[0][0], spans[-1][1], spans))
            break
    return tuple(out)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n":
        a += 1
    while b > a and text[b - 1] in ' \t\n.,;:”"’':
        b -= 1
    return a, b


_ITEM_FILLER = re.compile(
    r"(?i:^(?:(?:the|a|an|also|and|or|recently|now|then|new|current|former|even|especially|in\s+particular|our|their|its)\s+)+)"
)


def _item_key(item: str) -> str:
    s = _ITEM_FILLER.sub("", item.strip())
    s = re.sub(r"(?i)\b(?:new|recently|current)\s+", "", s)
    c = canonical(s)
    if c:
        return fold(c[0])
    # put canonical names in for the names the item contains
    pattern = _names_table().pattern
    if pattern is not None:
        s = pattern.sub(lambda m: (canonical(m.group(0)) or (m.group(0),))[0], s)
        c = canonical(s)
        if c:
            return fold(c[0])
    return fold(s)


def _same_item(a: str, b: str) -> bool:
    ka, kb = _item_key(a), _item_key(b)
    if ka == kb:
        return True
    return fuzz.token_set_ratio(ka, kb) >= 85


def _compare_lists(
    report_text: str, report_span: Span, passage_text: str, off: int, source_id: str
) -> list[Mismatch]:
    out: list[Mismatch] = []
    r_lists = find_enumerations(report_text, report_span)
    s_lists = find_enumerations(passage_text)
    for rl in r_lists:
        r_items = [report_text[a:b] for a, b in rl.items]
        best: tuple[int, _Enum] | None = None
        for sl in s_lists:
            s_items = [passage_text[a:b] for a, b in sl.items]
            shared = sum(any(_same_item(r, s) for s in s_items) for r in r_items)
            if shared >= 2 and (best is None or shared > best[0]):
                best = (shared, sl)
        if best is None:
            continue
        sl = best[1]
        s_items = [passage_text[a:b] for a, b in sl.items]
        omitted = [s for s in s_items if not any(_same_item(r, s) for r in r_items)]
        added = [r for r in r_items if not any(_same_item(r, s) for s in s_items)]
        if not omitted and not added:
            continue
        bits = []
        if omitted:
            bits.append("leaves out " + ", ".join(f"“{o}”" for o in omitted))
        if added:
            bits.append("adds " + ", ".join(f"“{a}”" for a in added))
        reason = (
            f"The report's list ({len(r_items)} items) {' and '.join(bits)}; "
            f"the source lists {len(s_items)}: " + "; ".join(s_items) + "."
        )
        out.append(
            Mismatch(
                kind="list",
                reason=reason,
                report=Mention(rl.start, rl.end, report_text[rl.start : rl.end]),
                source=Match(
                    source_id, off + sl.start, off + sl.end, passage_text[sl.start : sl.end]
                ),
            )
        )
    return out


# --------------------------------------------------------------------------- numbers


def _head(unit: str | None) -> str:
    if not unit:
        return ""
    u = re.sub(r"\(.*\)", "", unit).strip()
    u = re.sub(r"\s+of\s+.*$", "", u)
    words = u.split()
    return _stem(words[-1]) if words else ""


def _same_unit(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    ha, hb = _head(a), _head(b)
    if ha == hb or _SYN.get(ha, ha) == _SYN.get(hb, hb):
        return True
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 70


def _fmt(c: Claim) -> str:
    return f"“{c.text}”"


def _compare_numbers(
    rc: Sequence[Claim], sc: Sequence[Claim], off: int, source_id: str
) -> list[Mismatch]:
    out: list[Mismatch] = []
    for r in rc:
        if r.direction == "range" or r.value is None:
            continue
        same_value = [s for s in sc if s.value is not None and s.value == r.value]
        same_unit = [
            s
            for s in sc
            if (s.value is not None or s.direction == "range")
            and r.unit
            and s.unit
            and _same_unit(r.unit, s.unit)
        ]
        same_unit.sort(key=lambda s: _head(s.unit) != _head(r.unit))

        def match(s: Claim) -> Match:
            return Match(source_id, off + s.start, off + s.end, s.text)

        mention = Mention(r.start, r.end, r.text)
        both = [s for s in same_value if _same_unit(r.unit, s.unit)]
        if both:
            s = both[0]
            if s.direction != r.direction and s.direction not in ("exact", "ordinal"):
                if r.direction == "exact":
                    reason = f"The source hedges the number ({_fmt(s)}: {s.direction}); the report gives it as exact ({_fmt(r)})."
                else:
                    reason = f"The source says {_fmt(s)} ({s.direction}); the report says {_fmt(r)} ({r.direction})."
                out.append(Mismatch("hedge", reason, mention, match(s)))
            elif s.direction == "exact" and r.direction not in ("exact", "ordinal", "around"):
                reason = f"The source gives an exact number ({_fmt(s)}); the report qualifies it ({_fmt(r)}: {r.direction})."
                out.append(Mismatch("hedge", reason, mention, match(s)))
            continue
        if same_value and r.unit and all(s.unit for s in same_value):
            s = same_value[0]
            reason = f"Same number, different thing counted: the report's {_fmt(r)} against the source's {_fmt(s)}."
            out.append(Mismatch("unit", reason, mention, match(s)))
            continue
        if same_unit:
            s = same_unit[0]
            if (
                s.direction == "range"
                and r.direction == "exact"
                and s.low is not None
                and s.high is not None
                and s.low <= r.value <= s.high
            ):
                reason = f"The source gives a range ({_fmt(s)}); the report gives one number ({_fmt(r)})."
                out.append(Mismatch("hedge", reason, mention, match(s)))
                continue
            lo, hi = s.low, s.high
            inside = (lo is None or r.value >= lo) and (hi is None or r.value <= hi)
            if not inside:
                reason = f"Different number for the same thing: the report says {_fmt(r)}, the source {_fmt(s)}."
                out.append(Mismatch("value", reason, mention, match(s)))
    return out


# --------------------------------------------------------------------------- dates


def _dated(times: Sequence[TimeExpr]) -> list[TimeExpr]:
    return [
        t
        for t in times
        if t.value
        and t.kind != "duration"
        and t.granularity not in ("ref", "unknown")
        and interval(t.value)
    ]


def _describe(t: TimeExpr, anchor: str | None) -> str:
    base = f"“{t.text}” ({t.value}"
    if t.kind == "relative" and anchor:
        base += f", counted from {anchor[:10]}"
    return base + ")"


def _compare_dates(
    rt: Sequence[TimeExpr],
    st: Sequence[TimeExpr],
    report_anchor: str | None,
    source_anchor: str | None,
    off: int,
    source_id: str,
) -> list[Mismatch]:
    out: list[Mismatch] = []
    if not st:
        return out
    moments = set()
    for a in (report_anchor, source_anchor):
        anc = parse_anchor(a)
        if anc:
            moments.add(anc.date)
    for r in rt:
        ri = interval(r.value)
        if ri is None:
            continue
        # a date that is the day of speaking or publishing tells when, not what was said
        # ("on Sunday", "yesterday" of a statement made last night)
        if ri[1] - ri[0] < _WEEK and any(ri[0] - _DAY <= m <= ri[1] + _DAY for m in moments):
            continue
        agree = False
        closest: tuple[int, TimeExpr] | None = None
        for s in st:
            si = interval(s.value)
            if si is None:
                continue
            # an ambiguous source day ("tomorrow" after midnight) agrees through any reading
            readings = [iv for iv in (interval(v) for v in s.readings) if iv]
            if any(ri[0] <= b and a <= ri[1] for a, b in [si, *readings]):
                agree = True
                break
            gap = (si[0] - ri[1]).days if si[0] > ri[1] else (ri[0] - si[1]).days
            if closest is None or gap < closest[0]:
                closest = (gap, s)
        if agree or closest is None:
            continue
        s = closest[1]
        reason = (
            f"The report's {_describe(r, report_anchor)} does not agree with the source's "
            f"{_describe(s, source_anchor)}."
        )
        out.append(
            Mismatch(
                "date",
                reason,
                Mention(r.start, r.end, r.text),
                Match(source_id, off + s.start, off + s.end, s.text),
            )
        )
    return out


_WEEK = interval("2025-W01")[1] - interval("2025-W01")[0]  # type: ignore[index]
_DAY = _WEEK / 6


# --------------------------------------------------------------------------- public


def compare(
    report_text: str,
    report_span: Span,
    passage_text: str,
    *,
    report_anchor: str | None,
    source_anchor: str | None,
    source_id: str = "source",
    passage_offset: int = 0,
    nlp: object = None,
) -> tuple[Mismatch, ...]:
    """Numbers, dates and lists where ``report_text[report_span]`` differs from the passage.

    ``report_anchor``/``source_anchor`` are the moments each text is counted from (the report's
    publication, the moment of speaking: see :func:`onrecord.analyse.time.speech_moment`).
    Mismatch spans: ``report`` points into ``report_text``; ``source`` into the source document
    (``passage_offset`` is where the passage starts in it, ``source_id`` names it).
    """
    out: list[Mismatch] = []
    r_times = _dated(find_times(report_text, [report_span], anchor=report_anchor))
    s_times = _dated(find_times(passage_text, anchor=source_anchor))
    rc = find_claims(report_text, [report_span], anchor=report_anchor, nlp=nlp)
    sc = find_claims(passage_text, anchor=source_anchor, nlp=nlp)
    out += _compare_numbers(rc, sc, passage_offset, source_id)
    out += _compare_dates(r_times, s_times, report_anchor, source_anchor, passage_offset, source_id)
    out += _compare_lists(report_text, report_span, passage_text, passage_offset, source_id)
    out.sort(key=lambda m: m.report.start)
    return tuple(out)
