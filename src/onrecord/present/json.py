"""Records as JSON-ready dicts, following the schema in docs/schema.md.

Offsets (``start``, ``end``) are character offsets into the decoded page text
(Python string indices, i.e. Unicode code points) for page items, and into the
source's own text for source matches.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import (
    Attribution,
    CheckedQuote,
    Claim,
    Entity,
    Event,
    Mismatch,
    Page,
    Report,
    Source,
    TimeExpr,
    Verdict,
)

SCHEMA_VERSION = "1"


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def source_to_dict(source: Source, *, turns: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": source.id,
        "title": source.title,
        "speaker": source.speaker,
        "version": source.version,
        "statement": source.statement,
        "date": source.date,
        "start": source.start,
        "end": source.end,
        "turn_count": len(source.turns),
    }
    if turns:
        out["turns"] = [
            {"speaker": t.speaker, "label": t.label, **_span(source.text, t.start, t.end)}
            for t in source.turns
        ]
    return out


def page_to_dict(page: Page) -> dict[str, Any]:
    """What ``onrecord read`` shows: metadata, report blocks, sources and teasers."""
    return {
        "schema": SCHEMA_VERSION,
        "origin": page.origin,
        "format": page.format,
        "encoding": page.encoding,
        "meta": asdict(page.meta),
        "report": [
            {"kind": b.kind, "origin": b.origin, **_span(page.text, b.start, b.end)}
            for b in page.report
        ],
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in page.blocks],
        "sources": [source_to_dict(s) for s in page.sources],
        "teasers": [asdict(t) for t in page.teasers],
    }


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    first = verdict.matches[0] if verdict.matches else None
    return {
        "label": verdict.label,
        "rule": verdict.rule,
        "reasons": list(verdict.reasons),
        "confidence": round(verdict.confidence, 3),
        "source": (
            {
                "id": first.source_id,
                "version": first.version,
                "start": first.start,
                "end": first.end,
                "text": first.text,
            }
            if first
            else None
        ),
        "matches": [asdict(m) for m in verdict.matches],
        "diff": [asdict(d) for d in verdict.diff],
        "stage": verdict.stage,
    }


def _mention(att: Attribution) -> dict[str, Any] | None:
    if att.mention is None:
        return None
    return {"start": att.mention.start, "end": att.mention.end, "text": att.mention.text}


def quote_to_dict(cq: CheckedQuote) -> dict[str, Any]:
    q, att, v = cq.quote, cq.attribution, cq.verdict
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "parts": [{"start": p.start, "end": p.end} for p in q.parts],
        "speaker": att.speaker,
        "speaker_mention": _mention(att),
        "attribution": {
            "rule": att.rule,
            "cue": att.cue,
            "confidence": round(att.confidence, 3),
            "stage": att.stage,
        },
        **verdict_to_dict(v),
        "stages": {"quote": q.stage, "speaker": att.stage, "verdict": v.stage},
    }


def claim_to_dict(c: Claim) -> dict[str, Any]:
    return asdict(c)


def time_to_dict(t: TimeExpr) -> dict[str, Any]:
    d = asdict(t)
    d["readings"] = list(t.readings)
    return d


def event_to_dict(e: Event) -> dict[str, Any]:
    return {"what": e.what, "who": e.who, "when": time_to_dict(e.when)}


def entity_to_dict(e: Entity) -> dict[str, Any]:
    return asdict(e)


def mismatch_to_dict(m: Mismatch) -> dict[str, Any]:
    return asdict(m)


def report_to_dict(report: Report) -> dict[str, Any]:
    """What ``onrecord check --format json`` prints."""
    page = report.page
    return {
        "schema": SCHEMA_VERSION,
        "page": {
            "origin": page.origin,
            "format": page.format,
            "encoding": page.encoding,
            "meta": asdict(page.meta),
        },
        "sources": [source_to_dict(s, turns=False) for s in report.sources],
        "quotes": [quote_to_dict(cq) for cq in report.quotes],
        "claims": [claim_to_dict(c) for c in report.claims],
        "timeline": [event_to_dict(e) for e in report.timeline],
        "times": [time_to_dict(t) for t in report.times],
        "entities": [entity_to_dict(e) for e in report.entities],
        "mismatches": [mismatch_to_dict(m) for m in report.mismatches],
        "summary": summary(report),
    }


def summary(report: Report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for cq in report.quotes:
        counts[cq.verdict.label] = counts.get(cq.verdict.label, 0) + 1
    return counts
