"""Find the direct quotations of a report: pure scanning, no parser.

:func:`find_quotes` walks the report blocks of a page (paragraphs, headings,
dateline; never sources or teasers) and pairs quote marks with a small stack
machine. It knows every common mark style:

* double: “…”, "…", „…“, ``…'', ''…'', and the misused ”…” / “…“;
* single: ‘…’, '…', ‚…‘ (UK style quotes at the top level, nested quotes inside
  double ones);
* guillemets: «…» (also with French inner spaces), »…«, ‹…›.

Decisions, documented because later stages rely on them:

* **Nested quotes** (a quote inside a quote) stay part of the outer quote; they are
  never returned as separate quotes. :func:`nested_spans` lists them if needed.
* **Apostrophes** never count as marks: a mark between two letters or digits
  (don't, Russia’s), elisions (rock ’n’ roll, ’90s, 'em) and plural possessives
  (the leaders’ talks, the Smiths') — a possessive-looking ``s’`` only closes a
  quote when no better closing mark follows in the paragraph.
* **Paragraph runs**: a quote left open at the end of a paragraph continues into
  the next paragraph when that paragraph reopens with a mark of the same family
  (the classic convention) or, failing that, when the next paragraph closes it.
  Otherwise the quote ends with its paragraph: an unbalanced mark never swallows
  the rest of the page. Each paragraph piece is one of ``Quote.parts``.
* **Interrupted quotes** (“X,” he said, “Y.”) become one quote with two parts
  when the same sentence continues: the first piece ends with a comma or dash,
  and the words between contain no sentence end and end with a comma.
* **Short quotes** (scare quotes, single words: so-called “special operation”)
  are quotes too; :func:`is_short` tells them apart.

``Quote.start``/``end`` cover the content without marks (and without the
whitespace just inside them); ``Quote.sentence`` spans the report sentence(s)
the quote stands in, from the sentence holding its first word to the sentence
holding its last.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from onrecord.letters import UPPER
from onrecord.model import Block, Page, Quote, Span

__all__ = ["STAGE", "find_quotes", "is_short", "nested_spans", "sentence_spans"]

log = logging.getLogger(__name__)

STAGE = "quotes/1"

#: quotes of at most this many words are "short" (scare quotes, titles, single words)
SHORT_WORDS = 3

# Every character or digraph that can be a quote mark. Digraphs first.
_MARK_RE = re.compile(r"``|''|[“”„‟\"«»‹›‘’‚‛'`]")

_DOUBLE = frozenset({"“", "”", "„", "‟", '"', "``", "''"})
_SINGLE = frozenset({"‘", "’", "‚", "‛", "'", "`"})
_GUILLEMET = frozenset({"«", "»"})
_SINGLE_GUILLEMET = frozenset({"‹", "›"})

# Intrinsic direction of a mark: +1 opening, -1 closing, 0 either.
_DIRECTION = {
    "“": 1,
    "„": 1,
    "‟": 1,
    "``": 1,
    "‘": 1,
    "‚": 1,
    "‛": 1,
    "`": 1,
    "«": 1,
    "‹": 1,
    "”": -1,
    "''": 0,
    "’": -1,
    "»": -1,
    "›": -1,
    '"': 0,
    "'": 0,
}

# Which closing marks may end a quote opened by a mark.
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset({"”", "“", '"'}),
    "„": frozenset({"“", "”", '"'}),
    "‟": frozenset({"”", '"'}),
    '"': frozenset({'"', "”", "“"}),
    "``": frozenset({"''", "”", '"'}),
    "''": frozenset({"''", '"', "”"}),
    "”": frozenset({"”"}),
    "‘": frozenset({"’", "'"}),
    "‚": frozenset({"‘", "’"}),
    "‛": frozenset({"’", "'"}),
    "'": frozenset({"'", "’"}),
    "`": frozenset({"'", "’"}),
    "’": frozenset({"’"}),
    "«": frozenset({"»"}),
    "»": frozenset({"«", "»"}),
    "‹": frozenset({"›"}),
    "›": frozenset({"‹"}),
}

# Marks that may reopen a quote at the start of its next paragraph, by opener.
_REOPENERS: dict[str, frozenset[str]] = {
    "“": frozenset({"“", '"'}),
    "„": frozenset({"„", "“"}),
    '"': frozenset({'"', "“"}),
    "``": frozenset({"``", '"', "“"}),
    "''": frozenset({"''", '"'}),
    "”": frozenset({"”"}),
    "‘": frozenset({"‘", "'"}),
    "'": frozenset({"'", "‘"}),
    "‚": frozenset({"‚"}),
    "«": frozenset({"«", "»"}),
    "»": frozenset({"»"}),
    "‹": frozenset({"‹"}),
}

_OPEN_CONTEXT = (
    frozenset("([{<—–-/\u2014\u2013") | _DOUBLE | _SINGLE | _GUILLEMET | _SINGLE_GUILLEMET
)
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>—–-/…\u2014\u2013") | frozenset("“”„‟\"«»‹›‘’‚‛'`")

_NOT_AFTER_OPENER = frozenset(".,;:!?)]}")

# Words that start with an apostrophe: 'em, 'til, 'cause, ’tis, 'n' (rock ’n’ roll).
_ELISION_RE = re.compile(r"(?:em|til|till|cause|tis|twas|bout|round|n|s)\b", re.IGNORECASE)

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "jr",
        "sr",
        "prof",
        "rev",
        "hon",
        "fr",
        "mt",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "cf",
        "op",
        "pp",
        "vol",
    ]
)
_SENTENCE_END_RE = re.compile(
    rf"[.!?…]+[”’\"»›')\]]*(?=\s+[“‘\"'«»‹›„‚(\[]?[0-9{UPPER}])|[^\S\n]*(?=\n)"
)


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _SINGLE:
        return "single"
    if mark in _GUILLEMET:
        return "guillemet"
    return "single-guillemet"


@dataclass(slots=True)
class _Mark:
    pos: int  # offset of the mark in the page text
    end: int  # offset after the mark
    char: str
    can_open: bool
    can_close: bool
    weak_close: bool  # a possessive-looking s’: closes only if nothing better follows


@dataclass(slots=True)
class _Raw:
    """A top-level quote while it is being built."""

    opener: str
    closer: str
    parts: list[tuple[int, int]]
    block: int  # index (into the report blocks) of its last part


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The marks of ``text[start:end]`` that can open or close a quote (apostrophes dropped)."""
    marks: list[_Mark] = []
    for m in _MARK_RE.finditer(text, start, end):
        ch = m.group()
        pos, after = m.start(), m.end()
        prev = text[pos - 1] if pos > start else ""
        nxt = text[after] if after < end else ""
        single = ch in _SINGLE
        if single:
            if prev.isalnum() and nxt.isalnum():
                continue  # don't, Russia’s, O'Brien, 5'10
            if nxt.isdigit() and not prev.isalnum():
                continue  # ’90s, '22
            if not prev.isalnum() and _ELISION_RE.match(text, after, end):
                # 'em, ’tis, rock ’n’ roll: an apostrophe unless it plainly opens a
                # quote that is closed later on ('Em...' is rare enough to ignore)
                word_end = after
                while word_end < end and text[word_end].isalpha():
                    word_end += 1
                if word_end - after <= 5 and not text[after].isupper():
                    continue
            if ch == "’" and prev == "n" and pos >= 2 and text[pos - 2] in "’'‘":
                continue  # the closing half of ’n’
        left_ok = (
            bool(nxt)
            and not nxt.isspace()
            and nxt not in _NOT_AFTER_OPENER
            and (not prev or prev.isspace() or prev in _OPEN_CONTEXT)
        )
        right_ok = (
            bool(prev)
            and not prev.isspace()
            and (not nxt or nxt.isspace() or nxt in _CLOSE_CONTEXT)
        )
        direction = _DIRECTION[ch]
        if single and not left_ok and not right_ok:
            continue  # a lone single mark between spaces or letters: not a quote mark
        can_open = left_ok or (direction > 0 and not right_ok)
        can_close = right_ok or (direction < 0 and not left_ok)
        if direction == 0 and not left_ok and not right_ok:
            can_open = can_close = True  # a straight " between spaces: toggles
        if direction < 0 and ch not in ("”", "»", "›", "’"):
            can_open = False
        if ch == "’" and not (left_ok and nxt.isupper()):
            can_open = False  # ’ opens only in the misused ’Like this’ style
        weak = (
            single
            and prev in "sS"
            and can_close
            and (not nxt or nxt.isspace())
            and after + 1 < end
            and (text[after + 1].islower() or text[after + 1].isdigit())
        )
        if can_open or can_close:
            marks.append(_Mark(pos, after, ch, can_open, can_close, weak))
    return marks


def _has_later_closer(marks: Sequence[_Mark], i: int, opener: str) -> bool:
    closers = _CLOSERS[opener]
    return any(m.can_close and not m.weak_close and m.char in closers for m in marks[i + 1 :])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    """Pairs the marks of one block; may start with a quote carried over from before."""

    def __init__(self, text: str) -> None:
        self.text = text

    def scan(
        self, block_start: int, block_end: int, carried: _Raw | None
    ) -> tuple[list[_Raw], _Raw | None, int | None, list[tuple[int, int]]]:
        """Return (closed quotes, quote left open at the end, content start of the open
        piece, nested spans). ``carried`` is a quote continuing from the previous block
        whose piece in this block starts at ``block_start``."""
        text = self.text
        marks = _marks(text, block_start, block_end)
        # stack of (mark char, content start); the bottom entry is the top-level quote
        stack: list[tuple[str, int]] = []
        current = carried
        if carried is not None:
            stack.append((carried.opener, block_start))
        done: list[_Raw] = []
        nested: list[tuple[int, int]] = []
        for i, mark in enumerate(marks):
            closed = False
            if stack and mark.can_close:
                # the innermost open quote this mark can close
                for depth in range(len(stack) - 1, -1, -1):
                    opener, content_start = stack[depth]
                    if mark.char not in _CLOSERS[opener]:
                        continue
                    if depth < len(stack) - 1 and _family(mark.char) == _family(stack[-1][0]):
                        break  # same family as the innermost: let the innermost decide
                    if mark.weak_close and _has_later_closer(marks, i, opener):
                        break
                    del stack[depth + 1 :]  # inner quotes never closed were apostrophes
                    stack.pop()
                    if depth == 0:
                        piece = _trim(text, content_start, mark.pos)
                        if current is None:
                            current = _Raw(opener, mark.char, [], -1)
                        current.closer = mark.char
                        if piece[1] > piece[0]:
                            current.parts.append(piece)
                        if current.parts:
                            done.append(current)
                        current = None
                    else:
                        nested.append(_trim(text, content_start, mark.pos))
                    closed = True
                    break
            if closed:
                continue
            if mark.can_open and not mark.weak_close:
                if stack and mark.char == '"' and stack[-1][0] == '"':
                    continue  # straight marks do not nest
                stack.append((mark.char, mark.end))
        if stack:
            opener, content_start = stack[0]
            if current is None:
                current = _Raw(opener, "", [], -1)
            return done, current, content_start, nested
        return done, None, None, nested


def _starts_with_reopener(text: str, block: Block, opener: str) -> int | None:
    """Offset after the mark when ``block`` opens with a mark reopening ``opener``."""
    start, _ = _trim(text, block.start, block.end)
    m = _MARK_RE.match(text, start, block.end)
    if m is None or m.group() not in _REOPENERS.get(opener, frozenset()):
        return None
    return m.end()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Sentence starts and ends (offsets) in ``text[start:end]`` by punctuation."""
    starts = [start]
    ends: list[int] = []
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        p = m.start()
        w = p
        while w > start and (text[w - 1].isalpha() or text[w - 1] == "."):
            w -= 1
        word = text[w:p].lower()
        initial = len(word) == 1 and text[w].isupper()
        number_sign = word in ("no", "nos") and re.match(r"\.\s*\d", text[p : p + 4])
        abbreviation = word in ABBREVIATIONS and (word not in ("no", "nos") or number_sign)
        if m.group()[:1] == "." and (abbreviation or initial):
            continue  # "Mr. Smith", "No. 5", "J. Smith"; but "No. The doses …" ends
        if not m.group().strip() and not _line_break_ends_sentence(text, m.end(), start, end):
            continue  # a hard line wrap inside a sentence
        ends.append(m.end())
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        starts.append(nxt)
    ends.append(end)
    return starts, ends


#: a line without final punctuation shorter than this, before a capital, is a heading
HEADING_LINE = 60


def _line_break_ends_sentence(text: str, nl: int, start: int, end: int) -> bool:
    """Does the line break at ``nl`` end a sentence (a blank line, a heading, a line
    ending in punctuation) rather than wrap one?"""
    line_start = text.rfind("\n", start, nl) + 1 if nl > start else start
    line_start = max(line_start, start)
    line = text[line_start:nl].strip()
    after = nl + 1
    if after < end and text[after] == "\n":
        return True  # blank line
    nxt = text[after:end].lstrip()[:1]
    if not line or not nxt:
        return True
    if line[-1] in '.!?…:;”’"»':
        return True
    return len(line) < HEADING_LINE and (nxt.isupper() or nxt in "“‘\"'«„")


def sentence_spans(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The sentences of ``text[start:end]`` as spans, split on punctuation (no parser)."""
    starts, ends = _sentence_bounds(text, start, end)
    return tuple(Span(s, e) for s, e in zip(starts, ends, strict=True) if e > s)


def _is_interruption(text: str, first: _Raw, second: _Raw) -> bool:
    """“X,” he said, “Y.”: the same sentence goes on after a short attribution."""
    a_end = first.parts[-1][1]
    b_start = second.parts[0][0]
    gap = text[a_end:b_start]
    # the gap holds the closing and opening marks; look at the words between them
    inner = gap.strip("”“„\"'’‘«»‹› \t\u00a0")
    if not inner or "\n" in gap:
        return False
    last_char = text[a_end - 1]
    if last_char not in ",—–-…:" and not inner.startswith(","):
        return False
    if re.search(r"[.!?;]", inner):
        return False
    if not inner.endswith((",", "—", "–")):
        return False  # "he said, adding: “…”" opens a new quote
    words = re.findall(r"[^\W\d_]+", inner)
    return 0 < len(words) <= 12


def find_quotes(page: Page) -> tuple[Quote, ...]:
    """Every direct quotation in the report blocks of ``page``, in text order.

    Never raises on unbalanced marks: an unclosed quote ends with its paragraph
    unless the next paragraph continues it (see the module docstring).
    """
    text = page.text
    blocks = page.quotable
    scanner = _Scanner(text)
    raws: list[_Raw] = []
    nested_total = 0
    carried: _Raw | None = None
    carried_plain = False  # carried into this block without a reopening mark
    for i, block in enumerate(blocks):
        piece_start = block.start
        if carried is not None and not carried_plain:
            reopen = _starts_with_reopener(text, block, carried.opener)
            piece_start = reopen if reopen is not None else block.start
        done, open_quote, content_start, nested = scanner.scan(piece_start, block.end, carried)
        nested_total += len(nested)
        for raw in done:
            raw.block = i
        raws.extend(done)
        was_plain, carried, carried_plain = carried_plain, None, False
        if open_quote is None or content_start is None:
            continue
        piece = _trim(text, content_start, block.end)
        if piece[1] > piece[0]:
            open_quote.parts.append(piece)
        open_quote.block = i
        if not open_quote.parts:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and block.kind == "paragraph" and nxt.kind == "paragraph":
            if _starts_with_reopener(text, nxt, open_quote.opener) is not None:
                carried = open_quote
            elif not was_plain and _closes_in(text, nxt, open_quote):
                carried, carried_plain = open_quote, True
        if carried is None:
            log.debug("unclosed quote ends with its paragraph at %d", block.end)
            raws.append(open_quote)

    # interrupted quotes: “X,” he said, “Y.”
    merged: list[_Raw] = []
    for raw in raws:
        if merged and merged[-1].block == raw.block and _is_interruption(text, merged[-1], raw):
            merged[-1].parts.extend(raw.parts)
            merged[-1].closer = raw.closer or merged[-1].closer
            continue
        merged.append(raw)

    bounds_cache: dict[int, tuple[list[int], list[int]]] = {}

    block_starts = [b.start for b in blocks]

    def bounds_at(pos: int) -> tuple[list[int], list[int]]:
        k = bisect.bisect_right(block_starts, pos) - 1
        if k < 0 or pos > blocks[k].end:
            return [pos], [pos]
        if k not in bounds_cache:
            bounds_cache[k] = _sentence_bounds(text, blocks[k].start, blocks[k].end)
        return bounds_cache[k]

    quotes: list[Quote] = []
    for raw in merged:
        start, end = raw.parts[0][0], raw.parts[-1][1]
        starts, _ = bounds_at(start)
        k = bisect.bisect_right(starts, start) - 1
        sent_start = starts[k] if k >= 0 else start
        _, ends = bounds_at(end)
        k = bisect.bisect_left(ends, end)
        sent_end = ends[k] if k < len(ends) else end
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=" ".join(text[s:e] for s, e in raw.parts),
                parts=tuple(Span(s, e) for s, e in raw.parts),
                marks=raw.opener + raw.closer,
                sentence=Span(sent_start, sent_end),
                stage=STAGE,
            )
        )
    log.debug("found %d quotes (%d nested kept inside)", len(quotes), nested_total)
    return tuple(quotes)


def _closes_in(text: str, block: Block, open_quote: _Raw) -> bool:
    """Does ``block`` close a quote carried into it without reopening it?"""
    probe = _Raw(open_quote.opener, "", [], -1)
    done, still_open, _, _ = _Scanner(text).scan(block.start, block.end, probe)
    return any(raw is probe for raw in done) and still_open is not probe


def is_short(quote: Quote) -> bool:
    """A scare quote, title or single word: at most ``SHORT_WORDS`` words, one part."""
    return len(quote.parts) == 1 and len(quote.text.split()) <= SHORT_WORDS


def nested_spans(page: Page, quote: Quote) -> tuple[Span, ...]:
    """The quotes nested inside ``quote`` (kept as part of it by :func:`find_quotes`)."""
    found: list[Span] = []
    for part in quote.parts:
        _, _, _, nested = _Scanner(page.text).scan(part.start, part.end, None)
        found.extend(Span(s, e) for s, e in nested)
        # a nested quote at depth 1 of the part itself shows up as a top-level quote
        done, _, _, _ = _Scanner(page.text).scan(part.start, part.end, None)
        found.extend(Span(p[0], p[1]) for raw in done for p in raw.parts)
    return tuple(sorted(set(found), key=lambda s: s.start))
