"""The records onrecord passes from stage to stage.

Every record is a frozen dataclass. Everything found in a text is *stand-off*:
``start``/``end`` are character offsets into a document's text (``Page.text``
for the page, ``Source.text`` for a source), so a report can always show the
exact words and their context. ``text`` fields are copies kept for convenience
and always equal ``doc_text[start:end]`` unless a docstring says otherwise.

Analysis results carry ``stage``: the versioned name of the stage that made
them (``"quotes/1"``), so stored results can be traced and recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --------------------------------------------------------------------------- spans


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Mention:
    """Words in a text that name or refer to something: "he", "Putin", "the Kremlin leader"."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- reading

BLOCK_KINDS = (
    "title",  # the headline
    "date",  # a line that is only a date
    "caption",  # image caption / subtitle under the headline
    "dateline",  # "Moscow, Russia –" (the block that *starts* with one is a paragraph)
    "heading",  # a section heading inside the report
    "paragraph",  # body text
    "boilerplate",  # share/navigation lines, "Last Posts", ...
    "source-intro",  # "Below is the President's speech"
    "source",  # a block belonging to an embedded primary source
    "teaser",  # a block belonging to a teaser list
)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit of the page text (a line group, an HTML <p>/<h2>...)."""

    start: int
    end: int
    kind: str = "paragraph"
    origin: str = ""  # where it came from: "line 12", an XPath-like path, a WARC record


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself. Dates are ISO 8601 strings (date or datetime)."""

    title: str | None = None
    date: str | None = None
    dateline: str | None = None  # the place of the dateline: "Moscow, Russia"
    author: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Teaser:
    """An item of a teaser / related-stories list: never part of the report."""

    title: str
    date: str | None
    snippet: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker turn of a source: ``start``/``end`` cover the spoken words only
    (the label "President of Russia Vladimir Putin:" is outside the span)."""

    speaker: str | None  # canonical name, role labels resolved ("Q:" may stay None)
    label: str  # the label as written, "" when the turn has none
    start: int
    end: int


SOURCE_VERSIONS = ("delivered", "prepared", "translation")


@dataclass(frozen=True, slots=True)
class Source:
    """A primary source: a transcript, statement or interview.

    ``text`` is the whole document the spans point into; for a source embedded in a
    page it is the page text itself (the same string object, not a copy), for a
    source given as a file it is that file's decoded text.
    """

    id: str  # "page#source1", or the file path
    title: str | None
    speaker: str | None  # the main speaker, canonical name
    text: str = field(repr=False)
    start: int
    end: int
    turns: tuple[Turn, ...]
    version: str = "delivered"  # one of SOURCE_VERSIONS
    statement: str | None = None  # versions of one statement share this key
    date: str | None = None  # when it was said, ISO 8601, if known


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader produces before structure is found: text and blocks."""

    text: str
    blocks: tuple[Block, ...]
    meta: Metadata
    encoding: str
    format: str  # "text" | "html"
    origin: str  # path, URL or "<stdin>"


@dataclass(frozen=True, slots=True)
class Page:
    """A read page: the decoded text and what structure found in it."""

    text: str = field(repr=False)
    meta: Metadata
    blocks: tuple[Block, ...]  # every block in text order, each with its kind
    sources: tuple[Source, ...]  # sources embedded in the page
    teasers: tuple[Teaser, ...]
    encoding: str
    format: str
    origin: str

    @property
    def report(self) -> tuple[Block, ...]:
        """The report's own paragraphs and headings (no source, teaser or boilerplate)."""
        return tuple(b for b in self.blocks if b.kind in ("paragraph", "heading", "dateline"))

    @property
    def quotable(self) -> tuple[Block, ...]:
        """Where the report's quotations are looked for: the headline and the report."""
        return tuple(
            b for b in self.blocks if b.kind in ("title", "paragraph", "heading", "dateline")
        )


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation in the report.

    ``start``/``end`` cover the quoted words without the quote marks, from the first
    part to the last. ``parts`` lists the pieces when a quotation runs over several
    paragraphs or is interrupted ("…,” he said, “…"); ``text`` is the parts joined
    with a single space.
    """

    start: int
    end: int
    text: str
    parts: tuple[Span, ...]
    marks: str  # the opening and closing mark, e.g. "“”"
    sentence: Span  # the report sentence(s) the quote stands in, for context
    stage: str = "quotes/1"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote, and the words in the page that say so."""

    speaker: str | None  # canonical name ("Vladimir Putin"); None when unknown
    mention: Mention | None  # "he", "the Russian president", "Putin"
    rule: str  # "cue-after", "cue-before", "participial", "continuation", ...
    cue: str | None = None  # the cue verb as written: "said", "noting"
    confidence: float = 1.0
    stage: str = "speakers/1"


# --------------------------------------------------------------------------- verification

LABELS = (
    "verbatim",  # same words, ignoring case and punctuation
    "cosmetic",  # only spelling variants of the same words
    "edited",  # source wording with words dropped/added/inflected, ellipsis, [insertion]
    "translation",  # different words, same meaning
    "altered",  # the meaning differs
    "unsourced",  # not in the source
    "unverifiable",  # the speaker has no source to check against
    "uncertain",  # cannot be decided; the reason says why
)
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")


@dataclass(frozen=True, slots=True)
class Match:
    """A source passage a quote was matched to."""

    source_id: str
    start: int
    end: int
    text: str
    version: str = "delivered"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of the word-level comparison of quote and source passage.

    ``op`` is "equal", "variant" (spelling variant), "inflection", "synonym",
    "insert" (in the quote only), "delete" (in the source only) or "replace".
    """

    op: str
    quote: str
    source: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """How faithful a quote is to its source."""

    label: str  # one of LABELS
    rule: str  # machine name of the rule that decided: "exact", "hedge-dropped", ...
    reasons: tuple[str, ...]  # in words a journalist understands
    matches: tuple[Match, ...]
    diff: tuple[DiffOp, ...]
    confidence: float
    stage: str = "verify/29"


@dataclass(frozen=True, slots=True)
class CheckedQuote:
    quote: Quote
    attribution: Attribution
    verdict: Verdict


# --------------------------------------------------------------------------- claims, time, names


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression, normalised.

    ``value`` is ISO-like at the stated granularity: "2025-05-15", "2025-09",
    "2022", "2022-Q4"; a range is "2025-03-18/2025-04-17"; a duration "P30D".
    ``readings`` holds every value when the expression is ambiguous ("tomorrow"
    said after midnight), the first being the preferred one.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # "day", "month", "year", "part-of-year", "range", "duration", "time", ...
    kind: str  # "date", "range", "duration", "relative", "set"
    readings: tuple[str, ...] = ()
    doc: str = "page"  # "page" or a Source.id
    stage: str = "time/1"


@dataclass(frozen=True, slots=True)
class Claim:
    """A number asserted by a speaker or the report.

    The hedge becomes an interval: "about 130" -> (low≈117, high≈143, "around"),
    "almost 5,000" -> (None, 5000, "just-under"), "between 10 and 20" -> (10, 20, "range").
    """

    start: int
    end: int
    text: str  # the number phrase as written ("almost 5,000 times")
    value: float | None  # None for a range
    low: float | None
    high: float | None
    direction: str  # "exact", "around", "just-under", "above", "below", "at-most", "at-least", "range", "ordinal"
    hedge: str | None  # the hedge word(s) as written
    unit: str | None  # what is counted: "times the ceasefire was violated", "percent"
    claimant: str | None
    time_scope: str | None = None
    doc: str = "page"
    stage: str = "claims/1"


@dataclass(frozen=True, slots=True)
class Event:
    """A timeline entry: what happened, who did it, when."""

    what: str
    who: str | None
    when: TimeExpr


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place, with every mention of it."""

    name: str  # canonical
    kind: str  # "person", "organisation", "place", "group"
    mentions: tuple[Mention, ...]
    variants: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()  # "President of the United States"
    note: str | None = None  # e.g. "loaded description of the government of Ukraine"
    stage: str = "entities/2"


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A number, date or list where the report differs from the source."""

    kind: str  # "hedge", "value", "unit", "date", "list"
    reason: str
    report: Mention
    source: Match | None


@dataclass(frozen=True, slots=True)
class Report:
    """The result of ``onrecord.check``."""

    page: Page
    quotes: tuple[CheckedQuote, ...]
    sources: tuple[Source, ...]  # embedded and given
    claims: tuple[Claim, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    timeline: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()
    mismatches: tuple[Mismatch, ...] = ()
