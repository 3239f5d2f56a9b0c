"""Claims, time expressions, timeline, entities and report-vs-source mismatches of a
checked page: the issue-5 stages run in flow order over a :class:`Report`.

Claimants: a number inside a quote belongs to the quote's speaker, one in a source turn
to the turn's speaker; a number in the report's own words has claimant ``None`` (the
outlet itself).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .analyse.claims import find_claims
from .analyse.entities import find_entities
from .analyse.nlp import CachedPipeline
from .analyse.time import find_times, interval, speech_moment
from .analyse.timeline import build
from .model import Claim, Entity, Event, Mismatch, Report, Source, Span, TimeExpr
from .verify.facts import compare, find_passage_for
from .verify.index import SourceIndex, speaker_matches

# A report sentence is worth comparing with the source when it has a number, a time word
# or a list; the rest cannot differ in numbers, dates or lists.
_FACTUAL = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|"
    r"billion|half|ago|yesterday|tomorrow|today|last|next|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b|,[^,]+,[^,]+\band\b",
    re.I,
)
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+[”’\"')\]]*(?=\s+[“\"‘'A-Z(])|$)", re.S)
MAX_REPORTED_SENTENCES = 400  # reported-speech comparisons per page, to bound the cost


@dataclass(frozen=True, slots=True)
class Facts:
    claims: tuple[Claim, ...]
    times: tuple[TimeExpr, ...]
    timeline: tuple[Event, ...]
    entities: tuple[Entity, ...]
    mismatches: tuple[Mismatch, ...]


class _Owners:
    """Who speaks at a page offset: quote speakers and source-turn speakers."""

    def __init__(self, spans: Sequence[tuple[int, int, str | None]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]

    def __call__(self, pos: int) -> str | None:
        """The innermost span holding ``pos`` (spans are few and rarely nest)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        for j in range(i, max(-1, i - 64), -1):
            s, e, who = self.spans[j]
            if s <= pos < e:
                return who
        return None


def _turn_owners(source: Source) -> _Owners:
    return _Owners([(t.start, t.end, t.speaker) for t in source.turns])


def _source_anchor(source: Source, page_anchor: str | None) -> str | None:
    spoken = source.text[source.start : source.end]
    return speech_moment(spoken, source.date or page_anchor)


def _date_key(t: TimeExpr) -> tuple[object, ...]:
    span = interval(t.value)
    return (span[0], span[1]) if span else ((), ())


def _report_times(
    report: Report,
    report_spans: Sequence[Span],
    page_anchor: str | None,
    anchors: dict[str, str | None],
) -> list[TimeExpr]:
    """Time expressions of the report. Words inside a quote were said when the quoted
    source was spoken, so they are anchored to that moment, not to the publication."""
    text = report.page.text
    times = list(find_times(text, report_spans, anchor=page_anchor, doc="page"))
    for cq in report.quotes:
        if not cq.verdict.matches:
            continue
        anchor = anchors.get(cq.verdict.matches[0].source_id)
        if not anchor or anchor == page_anchor:
            continue
        for part in cq.quote.parts:
            inside = find_times(text, [part], anchor=anchor, doc="page")
            if inside:
                times = [t for t in times if not (part.start <= t.start and t.end <= part.end)]
                times += inside
    times.sort(key=lambda t: t.start)
    return times


def _is_speech_moment(t: TimeExpr, anchor: str | None) -> bool:
    """A clock time that is the moment of speaking itself ("it is half past one")."""
    return bool(anchor and t.granularity == "time" and t.value and anchor.startswith(t.value))


_EMPTY_WHAT = re.compile(r"^\W*(?:[’']s|is|be|was|are|thank you)?\W*$", re.I)


def _clean_timeline(events: list[Event]) -> list[Event]:
    """Dated events in date order: one entry per (date, what), no event without an action,
    no century- or decade-wide "events"."""
    seen: set[tuple[str | None, str]] = set()
    out: list[Event] = []
    for e in sorted(events, key=lambda e: (_date_key(e.when), e.when.doc == "page")):
        if e.when.granularity in ("century", "decade") or _EMPTY_WHAT.match(e.what):
            continue
        key = (e.when.value, e.what.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def run(report: Report, index: SourceIndex | None = None, *, date: str | None = None) -> Facts:
    """Every issue-5 stage over ``report``; ``date`` overrides the page's own date."""
    page = report.page
    text = page.text
    page_anchor = date or page.meta.date
    model = CachedPipeline()
    report_spans = [Span(b.start, b.end) for b in page.report if b.kind != "heading"]

    owners = _Owners(
        [(p.start, p.end, cq.attribution.speaker) for cq in report.quotes for p in cq.quote.parts]
        + [(t.start, t.end, t.speaker) for s in page.sources for t in s.turns]
    )

    anchors = {source.id: _source_anchor(source, page_anchor) for source in report.sources}
    times = _report_times(report, report_spans, page_anchor, anchors)
    claims = list(
        find_claims(text, report_spans, claimant=owners, doc="page", times=times, nlp=model)
    )
    events = list(build(times, text, who=owners, nlp=model))
    for source in report.sources:
        anchor = anchors[source.id]
        spans = [Span(t.start, t.end) for t in source.turns] or [Span(source.start, source.end)]
        s_times = find_times(source.text, spans, anchor=anchor, doc=source.id)
        times += s_times
        claims += find_claims(
            source.text,
            spans,
            claimant=_turn_owners(source),
            doc=source.id,
            times=s_times,
            nlp=model,
        )
        events += build(
            [t for t in s_times if not _is_speech_moment(t, anchor)],
            source.text,
            who=_turn_owners(source),
            nlp=model,
        )
    events = _clean_timeline(events)

    entity_spans = report_spans + [
        Span(t.start, t.end) for s in page.sources for t in s.turns if s.text is text
    ]
    entities = find_entities(text, entity_spans, nlp=model)
    mismatches = _mismatches(
        report, index or SourceIndex(report.sources), page_anchor, anchors, model
    )
    return Facts(
        claims=tuple(claims),
        times=tuple(times),
        timeline=tuple(events),
        entities=entities,
        mismatches=mismatches,
    )


def _mismatches(
    report: Report,
    index: SourceIndex,
    page_anchor: str | None,
    anchors: dict[str, str | None],
    model: CachedPipeline,
) -> tuple[Mismatch, ...]:
    """Quotes against their matched passage; reported speech against the passage it renders."""
    text = report.page.text
    source_pos = {s.id: i for i, s in enumerate(index.sources)}
    found: dict[tuple[int, int, str], Mismatch] = {}

    def add(items: Sequence[Mismatch]) -> None:
        for m in items:
            found.setdefault((m.report.start, m.report.end, m.kind), m)

    for cq in report.quotes:
        v = cq.verdict
        if not v.matches or v.label == "verbatim":
            continue
        m = v.matches[0]
        add(
            compare(
                text,
                Span(cq.quote.start, cq.quote.end),
                m.text,
                report_anchor=page_anchor,
                source_anchor=anchors.get(m.source_id, page_anchor),
                source_id=m.source_id,
                passage_offset=m.start,
                nlp=model,
            )
        )

    if not index.sentences:
        return tuple(sorted(found.values(), key=lambda m: m.report.start))
    quoted = sorted((p.start, p.end) for cq in report.quotes for p in cq.quote.parts)
    speaker_of = _Owners(
        [
            (cq.quote.sentence.start, cq.quote.sentence.end, cq.attribution.speaker)
            for cq in report.quotes
        ]
    )
    sentence_texts = [index.sentence_text(k) for k in range(len(index.sentences))]
    done = 0
    for block in report.page.report:
        if block.kind == "heading":
            continue
        for piece in _reported_pieces(text, block.start, block.end, quoted):
            if done >= MAX_REPORTED_SENTENCES:
                break
            words = text[piece.start : piece.end]
            if not _FACTUAL.search(words):
                continue
            done += 1
            who = speaker_of(piece.start)
            pool = [
                k
                for k, s in enumerate(index.sentences)
                if who is None or speaker_matches(who, index.run_speaker[s.run])
            ] or list(range(len(index.sentences)))
            k = find_passage_for(words, [sentence_texts[i] for i in pool])
            if k is None:
                continue
            sent = index.sentences[pool[k]]
            source = index.sources[sent.source]
            if source.id not in source_pos:
                continue
            add(
                compare(
                    text,
                    piece,
                    index.sentence_text(pool[k]),
                    report_anchor=page_anchor,
                    source_anchor=anchors.get(source.id, page_anchor),
                    source_id=source.id,
                    passage_offset=sent.start,
                    nlp=model,
                )
            )
    return tuple(sorted(found.values(), key=lambda m: m.report.start))


def _reported_pieces(
    text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]
) -> list[Span]:
    """The report's own words in a block, sentence by sentence, with quoted words cut out."""
    out: list[Span] = []
    for m in _SENTENCE.finditer(text, start, end):
        a, b = m.start(), min(m.end(), end)
        while a < b and text[a].isspace():
            a += 1
        if b - a < 12:
            continue
        cut = a
        for qs, qe in quoted:
            if qe <= a or qs >= b:
                continue
            if qs - 1 > cut + 12:
                out.append(Span(cut, qs - 1))
            cut = max(cut, qe + 1)
        if b - cut >= 12:
            out.append(Span(cut, b))
    return out
