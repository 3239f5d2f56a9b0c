"""The public Python API: read a page, check its quotes, verify one quote.

Each function calls the stages in flow order (read → structure → analyse → verify)
and returns records from :mod:`onrecord.model`. The CLI and any other front end
call these functions and only format what they return.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import InputError, UsageError
from .model import (
    CheckedQuote,
    Page,
    Report,
    Source,
    Verdict,
)

log = logging.getLogger(__name__)

PageInput = Page | str | Path | bytes
SourceInput = Source | str | Path

__all__ = ["check", "load_source", "read", "read_all", "verify"]


# --------------------------------------------------------------------------- read


def read(page: PageInput, *, stdin: BinaryIO | None = None) -> Page:
    """Read one page: a path, a URL, ``"-"`` (stdin) or raw bytes.

    Returns the decoded text with its structure: metadata, report paragraphs,
    embedded sources and teasers. Raises :class:`onrecord.errors.InputError`
    (or a subclass) when the input cannot be read.
    """
    from .structure import layout

    if isinstance(page, Page):
        return page
    if isinstance(page, bytes):
        from .read.inputs import draft_from_bytes

        return layout(draft_from_bytes(page, origin="<bytes>"))
    from .read.inputs import load_draft

    return layout(load_draft(str(page), stdin=stdin))


def read_all(spec: str | Path, *, stdin: BinaryIO | None = None) -> Iterator[Page | InputError]:
    """Read every page of a file, directory, glob, WARC or JSONL export.

    Yields a :class:`Page` per page, or the :class:`InputError` of a page that could
    not be read, so one bad record never stops the rest.
    """
    from .read.inputs import iter_drafts
    from .structure import layout

    for item in iter_drafts(str(spec), stdin=stdin):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield layout(item)
        except InputError as exc:
            yield exc


def load_source(
    source: SourceInput,
    *,
    version: str = "delivered",
    statement: str | None = None,
    speaker: str | None = None,
) -> Source:
    """Load a primary source (transcript, statement) from a file path or URL."""
    from .read.decode import decode
    from .read.inputs import read_bytes
    from .structure.sources import source_from_text

    if isinstance(source, Source):
        return source
    data, declared = read_bytes(str(source))
    text, _ = decode(data, declared)
    return source_from_text(
        text, id=str(source), version=version, statement=statement, speaker=speaker
    )


def _sources(
    sources: Sequence[SourceInput],
    prepared: Sequence[SourceInput],
    translations: Sequence[SourceInput],
) -> list[Source]:
    """Load given sources. When prepared texts or translations are given, every given
    file is taken as a version of one statement."""
    statement = "statement" if (prepared or translations) else None
    out = [load_source(s, statement=statement) for s in sources]
    out += [load_source(s, version="prepared", statement=statement) for s in prepared]
    out += [load_source(s, version="translation", statement=statement) for s in translations]
    return out


# --------------------------------------------------------------------------- verify


def verify(
    quote: str,
    sources: Sequence[SourceInput],
    *,
    speaker: str | None = None,
    context: str | None = None,
    prepared: Sequence[SourceInput] = (),
    translations: Sequence[SourceInput] = (),
) -> Verdict:
    """Check one quote against the given sources.

    ``speaker`` restricts the comparison to that person's words; ``context`` is the
    sentence of the report the quote stands in (for fragments whose claim lies in
    the words around them).
    """
    from .verify import judge
    from .verify.index import SourceIndex

    if not quote or not quote.strip():
        raise UsageError("the quote is empty: give the quoted words in quotes")
    loaded = _sources(sources, prepared, translations)
    if not loaded:
        raise UsageError("no source given: pass at least one --source FILE")
    return judge(quote.strip(), SourceIndex(loaded), speaker=speaker, context=context)


# --------------------------------------------------------------------------- check


def check(
    page: PageInput,
    *,
    sources: Sequence[SourceInput] = (),
    prepared: Sequence[SourceInput] = (),
    translations: Sequence[SourceInput] = (),
    date: str | None = None,
    facts: bool = True,
) -> Report:
    """Find every quote of a page, who said it and how faithful it is to the source.

    Sources embedded in the page are used together with the given ones. ``date``
    (``YYYY-MM-DD`` or with a time and offset) is the moment of speaking or
    publishing when the page does not say. With ``facts`` the report also carries
    numeric claims, time expressions, a timeline, entities and the report-vs-source
    mismatches.
    """
    from .analyse.quotes import find_quotes
    from .analyse.speakers import attribute
    from .verify import judge
    from .verify.index import SourceIndex

    read_page = read(page)
    all_sources = tuple(read_page.sources) + tuple(_sources(sources, prepared, translations))
    quotes = find_quotes(read_page)
    attributions = attribute(read_page, quotes)
    index = SourceIndex(all_sources)
    checked: list[CheckedQuote] = []
    for quote, who in zip(quotes, attributions, strict=True):
        context = read_page.text[quote.sentence.start : quote.sentence.end]
        verdict = judge(quote.text, index, speaker=who.speaker, context=context)
        checked.append(CheckedQuote(quote, who, verdict))
    report = Report(page=read_page, quotes=tuple(checked), sources=all_sources)
    if facts:
        from dataclasses import replace

        from .facts import run

        found = run(report, index, date=date)
        report = replace(
            report,
            claims=found.claims,
            times=found.times,
            timeline=found.timeline,
            entities=found.entities,
            mismatches=found.mismatches,
        )
    return report
