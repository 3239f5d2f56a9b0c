"""Teaser lists: "Last Posts", "Related Stories", "More from ...", and repeated cards.

A teaser zone starts at a list heading after the report has begun, or - without a
heading - at the first of at least two *cards*: a short title, optional image
caption, optional "Share this story", a snippet ending in "…" or "...", a date.
It runs to the end of the page unless report-like prose resumes (three prose
paragraphs in a row that are not snippets).

Inside the zone, cards are cut at their dates (dates closing or opening each card),
else after each snippet, else one card per title line. A card's title is its last
short line before the snippet (image captions come first in such dumps); the
snippet loses a "Share this story" glued to its start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.model import Block, Teaser
from onrecord.structure.boilerplate import is_boilerplate, is_list_heading, strip_share_prefix
from onrecord.structure.meta import is_date_line

STAGE = "teasers/1"

__all__ = ["STAGE", "find_zone", "is_snippet", "split_cards"]

_RANK = re.compile(r"^\s*#?\d{1,2}[.)]?\s*$")
_ELLIPSIS = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\s\"”’)]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")


def is_snippet(text: str) -> bool:
    """A teaser snippet: cut off with an ellipsis, or glued to "Share this story"."""
    t = text.strip()
    if len(t) < 40 or len(t) > 800:
        return False
    if _ELLIPSIS.search(t):
        return True
    return strip_share_prefix(t, 0, len(t)) > 0


def _prose(text: str) -> bool:
    t = text.strip()
    return len(t) >= 120 and bool(_SENTENCE_END.search(t)) and not is_snippet(t)


def find_zone(text: str, blocks: Sequence[Block], begin: int) -> tuple[int, int] | None:
    """``(first, stop)`` block indexes of the teaser zone at or after ``begin``, or None."""
    n = len(blocks)
    start: int | None = None
    for i in range(begin, n):
        b = blocks[i]
        if b.end - b.start <= 80 and is_list_heading(text[b.start : b.end]):
            # "Read more" standing before more of the article is not a list
            j = i + 1
            while j < n and j - i <= 3 and is_boilerplate(_of(text, blocks[j])[:300]):
                j += 1
            if j < n and _prose(_of(text, blocks[j])[:2000]):
                continue
            start = i
            break
    card = _first_card(text, blocks, begin, n if start is None else start)
    if card is not None and (start is None or card < start):
        start = card
    if start is None:
        return None
    stop = n
    run = 0
    for i in range(start + 1, n):
        b = blocks[i]
        if b.end - b.start >= 120 and _prose(text[b.start : b.end]):
            run += 1
            if run >= 3:
                stop = i - 2
                break
        else:
            run = 0
    return start, stop


def _first_card(text: str, blocks: Sequence[Block], begin: int, stop: int) -> int | None:
    """The first block of the first of >= 2 cards (a title line before a snippet)."""
    starts: list[int] = []
    for i in range(begin, stop):
        b = blocks[i]
        if b.end - b.start > 800 or not is_snippet(text[b.start : b.end]):
            continue
        j = i - 1
        first = None
        while j >= begin and i - j <= 4:
            c = text[blocks[j].start : blocks[j].end].strip()
            if is_boilerplate(c):
                j -= 1
                continue
            if len(c) <= 200 and not _SENTENCE_END.search(c):
                first = j
                j -= 1
                continue
            break
        if first is not None:
            starts.append(first)
            if len(starts) >= 2:
                return starts[0]
    return None


def split_cards(
    text: str, blocks: Sequence[Block], first: int, stop: int
) -> tuple[list[Teaser], list[str]]:
    """The teasers of zone ``blocks[first:stop]`` and a kind for each of its blocks."""
    tags: list[str] = []
    for b in blocks[first:stop]:
        chunk = text[b.start : b.end]
        if len(chunk) <= 80 and is_list_heading(chunk):
            tags.append("H")
        elif len(chunk) <= 600 and is_boilerplate(chunk):
            tags.append("B")
        elif is_date_line(chunk):
            tags.append("D")
        elif _RANK.match(chunk):
            tags.append("N")
        elif is_snippet(chunk):
            tags.append("S")
        else:
            tags.append("T")
    content = [k for k, t in enumerate(tags) if t in "DSTN"]
    kinds = ["boilerplate" if t in "HB" else "teaser" for t in tags]
    if not content:
        return [], kinds
    cards: list[list[int]] = []
    current: list[int] = []
    has_dates = "D" in tags
    dates_close = has_dates and tags[content[-1]] == "D" and tags[content[0]] != "D"
    dates_open = has_dates and not dates_close and tags[content[0]] == "D"
    has_snippets = "S" in tags
    for k, t in enumerate(tags):
        if t == "H":
            if current:
                cards.append(current)
            current = []
            continue
        if (
            (dates_open and t == "D" and any(tags[x] in "ST" for x in current))
            or (
                not has_dates and has_snippets and t == "T" and any(tags[x] == "S" for x in current)
            )
            or (not has_dates and not has_snippets and t == "T" and current)
        ):
            cards.append(current)
            current = []
        current.append(k)
        if dates_close and t == "D":
            cards.append(current)
            current = []
    if current:
        cards.append(current)

    teasers: list[Teaser] = []
    for card in cards:
        items = [k for k in card if tags[k] in "DST"]
        if not any(tags[k] in "ST" for k in items):
            continue
        snippets = [k for k in items if tags[k] == "S"]
        snip = snippets[-1] if snippets else None
        titles = [k for k in items if tags[k] == "T" and (snip is None or k < snip)]
        if not titles and len(snippets) > 1 and snip is not None:
            titles = [snippets[0]]  # a long title taken for a snippet
        title_i = titles[-1] if titles else None
        if title_i is None and snip is not None:
            title_i = None
        date = next(
            (is_date_line(_of(text, blocks[first + k])) for k in items if tags[k] == "D"), None
        )
        snippet = ""
        if snip is not None:
            b = blocks[first + snip]
            s = strip_share_prefix(text, b.start, b.end)
            snippet = text[s : b.end].strip()
        title = _of(text, blocks[first + title_i]).strip() if title_i is not None else ""
        if not title and not snippet:
            continue
        begin = blocks[first + card[0]].start
        end = blocks[first + card[-1]].end
        teasers.append(Teaser(title=title, date=date, snippet=snippet, start=begin, end=end))
    return teasers, kinds


def _of(text: str, b: Block) -> str:
    return text[b.start : b.end]
