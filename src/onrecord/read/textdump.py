"""Plain-text page dumps -> a :class:`~onrecord.model.Draft` of blocks.

A block is a paragraph-like unit: lines separated by blank lines, and inside such
a group every line is its own block (dumps often print one paragraph per line, and
a heading directly above its paragraph) - unless the document is *hard-wrapped*.

Hard wrapping is recognised for the whole document first: nearly every line is at
most some width W (40-160 characters) and most lines that are followed by another
line are close to W. In such a document a line break is a wrap when the first word
of the next line would not have fitted on the line (the classic reflow test) and
the next line does not start a speaker turn or a list item.

Blocks are stand-off: ``start``/``end`` are offsets into the given text, stripped of
surrounding whitespace; ``origin`` is "line N" (1-based). Kinds are provisional
("paragraph"): :func:`onrecord.structure.layout` classifies them.
"""

from __future__ import annotations

import itertools
import logging
import re

from onrecord.errors import EmptyInputError
from onrecord.model import Block, Draft, Metadata

log = logging.getLogger(__name__)

STAGE = "textdump/1"

__all__ = ["STAGE", "parse", "wrap_width"]

# a line that starts a new unit even right after a wrapped line
_NEW_UNIT = re.compile(
    r"""[ \t]*(?:
        [-*•▪‣◦·][ \t]                                   # bullet
      | \d{1,3}[.)][ \t]                                 # numbered item
      | (?:Q|A|QUESTION|ANSWER)[ \t]*:                   # Q: / A:
      | [A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,5}[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:[ \t]  # THE PRESIDENT:
      | [A-Z][\w.'’\-]*(?:[ \t](?:[A-Z][\w.'’\-]*|of|the)){0,6}[ \t]*(?:\([^)\n]{0,40}\))?:[ \t]  # Question:
      | [(\[][^)\]\n]{1,40}[)\]][ \t]*$                  # (Applause.)
    )""",
    re.VERBOSE,
)
_FIRST_WORD = re.compile(r"\S+")


def parse(text: str, *, origin: str = "<text>", encoding: str = "utf-8") -> Draft:
    """Split decoded ``text`` into blocks. Raises :class:`EmptyInputError` for blank text."""
    if not text.strip():
        raise EmptyInputError(f"{origin}: the text is empty")
    lines = _lines(text)
    width = wrap_width([e - s for s, e, _ in lines], _followed(lines))
    if width:
        log.debug("%s: hard-wrapped at about %d characters", origin, width)
    blocks: list[Block] = []
    cur_start = cur_end = -1
    cur_line = 0
    prev: tuple[int, int] | None = None
    for s, e, number in lines:
        if s == e:  # blank line
            if cur_start >= 0:
                blocks.append(Block(cur_start, cur_end, "paragraph", f"line {cur_line}"))
                cur_start = -1
            prev = None
            continue
        if cur_start >= 0 and prev is not None and width and _is_wrap(text, prev, (s, e), width):
            cur_end = e
        else:
            if cur_start >= 0:
                blocks.append(Block(cur_start, cur_end, "paragraph", f"line {cur_line}"))
            cur_start, cur_end, cur_line = s, e, number
        prev = (s, e)
    if cur_start >= 0:
        blocks.append(Block(cur_start, cur_end, "paragraph", f"line {cur_line}"))
    return Draft(
        text=text,
        blocks=tuple(blocks),
        meta=Metadata(),
        encoding=encoding,
        format="text",
        origin=origin,
    )


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, 1-based number) of every line, stripped; blank lines have start == end."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped:
            s = pos + len(line) - len(line.lstrip())
            out.append((s, s + len(stripped), number))
        else:
            out.append((pos, pos, number))
        pos += len(line) + 1
    return out


def _followed(lines: list[tuple[int, int, int]]) -> list[int]:
    """Lengths of the non-blank lines that are directly followed by another non-blank line."""
    out = []
    for (s, e, _), (s2, e2, _) in itertools.pairwise(lines):
        if e > s and e2 > s2:
            out.append(e - s)
    return out


def wrap_width(lengths: list[int], followed: list[int]) -> int | None:
    """The hard-wrap width of a document, or None when its lines are not wrapped.

    ``lengths`` are all non-blank line lengths, ``followed`` those of lines followed
    by another line. Wrapped text: almost no line is longer than W, and most followed
    lines are within 25% of W.
    """
    lengths = [n for n in lengths if n > 0]
    if len(followed) < 4 or not lengths:
        return None
    ordered = sorted(followed)
    width = ordered[int(0.95 * (len(ordered) - 1))]
    if not 40 <= width <= 160:
        return None
    near = sum(1 for n in followed if 0.75 * width <= n <= width + 2)
    if near < 0.6 * len(followed):
        return None
    longer = sum(1 for n in lengths if n > width + 10)
    if longer > 0.02 * len(lengths) + 1:
        return None
    return max(n for n in followed if n <= width + 10)


def _is_wrap(text: str, prev: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    line = text[nxt[0] : nxt[1]]
    if _NEW_UNIT.match(line):
        return False
    word = _FIRST_WORD.match(line)
    first = len(word.group()) if word else 0
    return (prev[1] - prev[0]) + 1 + first > width
