"""structure stage: a read :class:`~onrecord.model.Draft` -> a :class:`~onrecord.model.Page`.

:func:`layout` gives every block a kind (``BLOCK_KINDS``) and finds what the page is
made of, in this order:

1. boilerplate lines (sharing, navigation, ads, cookie notices);
2. the header: the title (first non-boilerplate line, unless the reader brought
   one), date lines, captions/subtitles and bylines up to the first prose paragraph,
   which starts the body (and may open with a dateline: "Moscow, Russia – ...");
3. the teaser zone (a "Last Posts"/"Related Stories" heading or repeated cards after
   the body began) - never part of the report;
4. embedded sources: an intro line ("Below is the President's speech", "Full
   text:") followed by a transcript up to the next intro or the teaser zone; or,
   without an intro, a run of speaker-labelled paragraphs;
5. the report: headings (short, no final punctuation, followed by prose) and
   paragraphs.

A draft from the HTML reader keeps the "title"/"heading" kinds and metadata it
brings; only what it lacks is filled in. Every step is one pass over the blocks with
bounded regexes on short blocks, so a 50 MB page is laid out in linear time.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from onrecord.errors import FormatError
from onrecord.model import Block, Draft, Page, Source, Teaser
from onrecord.structure.boilerplate import is_boilerplate, is_byline
from onrecord.structure.meta import find_dateline, is_date_line
from onrecord.structure.names import canonical_person
from onrecord.structure.sources import (
    build_source,
    intro_strength,
    source_from_text,
    speaker_label,
    stage_directions,
)
from onrecord.structure.teasers import find_zone, split_cards

log = logging.getLogger(__name__)

STAGE = "structure/1"

__all__ = ["STAGE", "canonical_person", "layout", "source_from_text", "stage_directions"]

_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
_NO_HEADING_END = '.,;:!…"”’)]'
_MAX_HEADER_BLOCKS = 12


def _prose(chunk: str) -> bool:
    n = len(chunk)
    if n >= 250:
        return True
    return n >= 100 and bool(_SENTENCE_END.search(chunk)) and chunk.count(" ") >= 10


def _heading_like(chunk: str) -> bool:
    t = chunk.strip()
    if not t or len(t) > 100 or t.count(" ") > 13 or "\n" in t:
        return False
    if not (t[0].isupper() or t[0].isdigit()):
        return False
    last = t[-1]
    if last == "?":
        return t.count(" ") <= 8 and not any(q in t for q in '"“”')
    return last not in _NO_HEADING_END


def layout(draft: Draft) -> Page:
    """Classify every block of ``draft`` and find its metadata, sources and teasers."""
    if not isinstance(draft, Draft):
        raise FormatError(f"layout() needs a Draft from a reader, got {type(draft).__name__}")
    text = draft.text
    blocks = list(draft.blocks)
    n = len(blocks)
    for b in blocks:
        if not 0 <= b.start <= b.end <= len(text):
            raise FormatError(
                f"{draft.origin}: block {b.origin or b.start} lies outside the text; "
                "the reader produced a broken draft"
            )
    is_html = draft.format == "html"
    given = [
        b.kind if is_html and b.kind in ("title", "heading", "caption", "date") else None
        for b in blocks
    ]
    kinds: list[str | None] = [None] * n
    meta = draft.meta

    def chunk(i: int, limit: int = 0) -> str:
        b = blocks[i]
        end = b.end if not limit else min(b.end, b.start + limit)
        return text[b.start : end]

    def size(i: int) -> int:
        return blocks[i].end - blocks[i].start

    # 1. boilerplate
    for i in range(n):
        if size(i) <= 600 and given[i] is None and is_boilerplate(chunk(i)):
            kinds[i] = "boilerplate"

    # 2. header: title, dates, captions, bylines up to the first prose paragraph
    title_i: int | None = next((i for i in range(n) if given[i] == "title"), None)
    if title_i is None and meta.title:
        want = " ".join(meta.title.split()).lower()
        title_i = next(
            (
                i
                for i in range(min(n, _MAX_HEADER_BLOCKS))
                if size(i) <= 2 * len(want) + 20 and " ".join(chunk(i).split()).lower() == want
            ),
            None,
        )
    if title_i is None:
        # the first headline-like block: section labels ("Politics") come before it
        for i in range(min(n, _MAX_HEADER_BLOCKS)):
            if kinds[i] is not None or given[i] is not None:
                continue
            c = chunk(i, 400)
            if (
                is_date_line(c)
                or is_byline(c)
                or intro_strength(c)
                or (
                    speaker_label(text, blocks[i].start, blocks[i].end)
                    and not _headline_quote(c, chunk(i + 1, 200) if i + 1 < n else "")
                )
            ):
                continue
            if size(i) > 300 or find_dateline(text, blocks[i].start, blocks[i].end) is not None:
                break
            if c.count(" ") >= 2 or size(i) >= 25:
                title_i = i
                break
    if title_i is not None:
        kinds[title_i] = "title"
    body = _body_start(text, blocks, kinds, given, 0 if title_i is None else title_i + 1)
    date = meta.date
    author = meta.author
    for i in range(0, min(body, n)):
        if kinds[i] is not None:
            continue
        c = chunk(i, 400)
        d = is_date_line(c) if given[i] in (None, "date") else None
        if d:
            kinds[i] = "date"
            date = date or d
        elif given[i] is None and (name := is_byline(c)) and size(i) <= 80:
            kinds[i] = "boilerplate"
            author = author or name
        elif title_i is not None and i < title_i:
            kinds[i] = "boilerplate"  # navigation before the headline
        elif given[i] is not None:
            kinds[i] = given[i]
        else:
            kinds[i] = "caption"

    # 3. teaser zones (only once the body has started)
    teasers: list[Teaser] = []
    gaps: list[tuple[int, int]] = []  # block ranges outside the zones, from the body on
    pos = body
    while pos < n:
        zone = find_zone(text, blocks, pos)
        if zone is None:
            break
        zone_start, zone_stop = zone
        gaps.append((pos, zone_start))
        cards, zone_kinds = split_cards(text, blocks, zone_start, zone_stop)
        teasers.extend(cards)
        for k, kind in enumerate(zone_kinds):
            kinds[zone_start + k] = kind
        pos = max(zone_stop, zone_start + 1)
    if pos < n:
        gaps.append((pos, n))

    # 4. embedded sources, between the body start and a zone
    sources: list[Source] = []
    regions = [r for begin, stop in gaps for r in _source_regions(text, blocks, kinds, begin, stop)]
    names_cache: dict[str, str] = {}
    prev_stop = body
    for intro, first, stop in regions:
        # boilerplate inside the region ("Share this article") is not part of the source
        while stop > first and kinds[stop - 1] == "boilerplate":
            stop -= 1
        inside = [i for i in range(first, stop) if kinds[i] != "boilerplate"]
        if not inside:
            continue
        if intro is not None:
            kinds[intro] = "source-intro"
            # "Full text" / "Read the full statement" right above the intro line
            j = intro - 1
            while j >= body and kinds[j] is None and size(j) <= 200 and intro_strength(chunk(j)):
                kinds[j] = "source-intro"
                j -= 1
        context = " ; ".join(
            x for x in ((chunk(intro, 300) if intro is not None else ""), meta.title or "") if x
        )
        before = intro if intro is not None else first
        report = " ; ".join(
            chunk(i, 2000)
            for i in range(max(body, prev_stop, before - 40), before)
            if kinds[i] is None
        )
        prev_stop = stop
        built = build_source(
            text,
            [blocks[i] for i in inside],
            report=report,
            cache=names_cache,
            id=f"page#source{len(sources) + 1}",
            context=context,
            page_text=text,
            date=date,
        )
        if built is None:
            continue
        sources.append(built[0])
        for i in inside:
            kinds[i] = "source"
    # 5. report: paragraphs and headings (dateline on the first paragraph)
    dateline: str | None = meta.dateline
    first_paragraph = True
    for i in range(body, n):
        if kinds[i] is not None:
            continue
        if given[i] is not None:
            kinds[i] = given[i]
            continue
        c = chunk(i, 200)
        d = is_date_line(c) if size(i) <= 90 else None
        if d:
            kinds[i] = "date"
            date = date or d
            continue
        if not is_html and _heading_like(c) and _next_is_prose(text, blocks, kinds, i):
            kinds[i] = "heading"
            continue
        kinds[i] = "paragraph"
        if first_paragraph:
            first_paragraph = False
            found = find_dateline(text, blocks[i].start, blocks[i].end)
            if found is not None:
                dateline = dateline or found.place
                if not text[found.end : blocks[i].end].strip():
                    kinds[i] = "dateline"
                if found.date:
                    date = date or found.date
    for i in range(n):
        if kinds[i] is None:
            kinds[i] = "paragraph"

    title = meta.title
    if title is None and title_i is not None:
        title = " ".join(chunk(title_i).split())
    new_meta = dataclasses.replace(
        meta, title=title, date=date or meta.date, dateline=dateline, author=author
    )
    if date and sources:
        sources = [s if s.date else dataclasses.replace(s, date=date) for s in sources]
    out_blocks = tuple(
        b if b.kind == k else dataclasses.replace(b, kind=k or "paragraph")
        for b, k in zip(blocks, kinds, strict=True)
    )
    log.debug("%s: %d blocks, %d sources, %d teasers", draft.origin, n, len(sources), len(teasers))
    return Page(
        text=text,
        meta=new_meta,
        blocks=out_blocks,
        sources=tuple(sources),
        teasers=tuple(teasers),
        encoding=draft.encoding,
        format=draft.format,
        origin=draft.origin,
    )


def _body_start(
    text: str, blocks: list[Block], kinds: list[str | None], given: list[str | None], begin: int
) -> int:
    """Index of the first prose paragraph (or dateline paragraph) at or after ``begin``."""
    n = len(blocks)
    for i in range(begin, n):
        if kinds[i] is not None:
            continue
        if given[i] == "heading":
            return i
        b = blocks[i]
        c = text[b.start : min(b.end, b.start + 400)]
        if find_dateline(text, b.start, b.end) is not None and b.end - b.start > 20:
            return i
        if is_date_line(c):
            continue
        if _prose(c) or intro_strength(c) == 2 or speaker_label(text, b.start, b.end):
            return i
        if i - begin >= _MAX_HEADER_BLOCKS:
            return begin
    return begin if begin < n else n


def _next_is_prose(text: str, blocks: list[Block], kinds: list[str | None], i: int) -> bool:
    for j in range(i + 1, min(len(blocks), i + 3)):
        if kinds[j] == "boilerplate":
            continue
        if kinds[j] is not None and kinds[j] not in ("paragraph",):
            return False
        b = blocks[j]
        c = text[b.start : min(b.end, b.start + 300)]
        return b.end - b.start >= 60 and not _heading_like(c)
    return False


def _source_regions(
    text: str, blocks: list[Block], kinds: list[str | None], begin: int, stop: int
) -> list[tuple[int | None, int, int]]:
    """``(intro index or None, first block, stop block)`` of each embedded source."""
    intros: list[tuple[int, int]] = []
    for i in range(begin, stop):
        if kinds[i] is not None or blocks[i].end - blocks[i].start > 200:
            continue
        strength = intro_strength(text[blocks[i].start : blocks[i].end])
        if strength:
            intros.append((i, strength))
    regions: list[tuple[int | None, int, int]] = []
    for k, (i, strength) in enumerate(intros):
        end = intros[k + 1][0] if k + 1 < len(intros) else stop
        first = i + 1
        while first < end and kinds[first] == "boilerplate":
            first += 1
        if first >= end:
            continue
        if strength < 2 and not any(
            speaker_label(text, blocks[j].start, blocks[j].end)
            for j in range(first, min(end, first + 4))
        ):
            continue
        regions.append((i, first, end))
    if regions:
        return regions
    # no intro: a run of speaker-labelled paragraphs (an interview printed as Q&A)
    labelled = 0
    first_lab: int | None = None
    for i in range(begin, stop):
        if kinds[i] is not None:
            continue
        b = blocks[i]
        if speaker_label(text, b.start, b.end):
            labelled += 1
            if first_lab is None:
                first_lab = i
    if first_lab is not None and labelled >= 4:
        first = first_lab
        c = text[blocks[first - 1].start : blocks[first - 1].end] if first > begin else ""
        if (
            c
            and first - 1 > begin
            and len(c) <= 200
            and not _SENTENCE_END.search(c)
            and kinds[first - 1] is None
        ):
            first -= 1  # its title
        regions.append((None, first, stop))
    return regions


def _headline_quote(block: str, following: str) -> bool:
    """ "Mayor: “We will not raise charges”" above a date line or byline is a headline that
    quotes someone, not the first turn of a transcript."""
    line = block.strip()
    return (
        len(line) <= 160
        and "\n" not in line
        and line[-1:] in "”\"’'»"
        and bool(is_date_line(following) or is_byline(following))
    )
