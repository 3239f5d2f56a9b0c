"""Dates and datelines: what a page says about when and where.

* :func:`parse_date` reads the usual news date forms ("11 May 2025", "May 11, 2025",
  "2025-05-11", "Sunday 11th May 2025, 14:03 GMT", "11.05.2025", "5/11/2025") into
  ISO "2025-05-11". Written months are English; slash dates are read month first
  unless the first number cannot be a month.
* :func:`is_date_line` tells a block that is *only* a date (with "Published:",
  "Updated", a weekday, a time, a time zone).
* :func:`find_dateline` reads the dateline at the start of a paragraph:
  "Moscow, Russia – ...", "WINDHOEK, NAMIBIA – ...", "LONDON (Reuters) - ...",
  "MOSCOW, May 11 (Reuters) - ...". All regexes are anchored and bounded.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from onrecord.letters import UPPER
from onrecord.structure.names import smart_title

STAGE = "meta/1"

__all__ = ["STAGE", "Dateline", "find_dateline", "is_date_line", "parse_date"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"

_DATE_FORMS = (
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?![\d])"),  # 2025-05-11
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 11 May 2025
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # May 11, 2025
    re.compile(rf"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.{_YEAR}\b"),  # 11.05.2025
    re.compile(rf"\b(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/{_YEAR}\b"),  # 5/11/2025
    re.compile(rf"\b{_YEAR}/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)\b"),  # 2025/05/11
)
_DATE_LINE_REST = re.compile(
    r"""^(?:
        published|updated|posted|last\s+updated|modified|first\s+published|date|dated|on|at|
        released|issued|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|eet|eest|
        cat|eat|wat|sast|ist|jst|z|t|local|time|and|by
    )$""",
    re.I | re.X,
)
_TIME = re.compile(r"(?:\b|T)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?\b")
_ZONE = re.compile(r"\b(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?\b", re.I)
_WEEKDAY_RE = re.compile(_WEEKDAY.replace(r",?\s+", ""), re.I)
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?", re.U)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        return _valid(year, month, int(groups["day"]))
    if groups.get("mnum"):
        return _valid(year, int(groups["mnum"]), int(groups["day"]))
    a, b = int(groups["a"]), int(groups["b"])
    if a > 12:  # cannot be a month: day/month/year
        return _valid(year, b, a)
    return _valid(year, a, b)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text``: (ISO date, start, end), or None."""
    best: tuple[str, int, int] | None = None
    for form in _DATE_FORMS:
        m = form.search(text)
        if m is None or (best is not None and m.start() >= best[1]):
            continue
        iso = _from_match(m)
        if iso:
            best = (iso, m.start(), m.end())
    return best


def parse_date(text: str) -> str | None:
    """The first date written in ``text`` as ISO "YYYY-MM-DD", or None."""
    found = find_date(text[:500])
    return found[0] if found else None


def is_date_line(text: str) -> str | None:
    """The ISO date when ``text`` is only a date (plus labels, weekday, time, zone)."""
    if len(text) > 90:
        return None
    found = find_date(text)
    if found is None:
        return None
    rest = text[: found[1]] + " " + text[found[2] :]
    rest = _ZONE.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY_RE.sub(" ", rest)
    for word in _WORD.findall(rest):
        if not _DATE_LINE_REST.match(word):
            return None
    if re.search(r"\d", rest):
        return None
    return found[0]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a paragraph; ``end`` is where the report text begins."""

    place: str
    date: str | None
    agency: str | None
    start: int
    end: int


# "Moscow, Russia – ", "WINDHOEK, NAMIBIA – ", "LONDON (Reuters) - ",
# "MOSCOW, May 11 (Reuters) - ", "Kyiv, Ukraine, May 9, 2025 — "
_PLACE_WORD = rf"[{UPPER}][\w’'.\-]*"
_DATELINE = re.compile(
    rf"""
    (?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}}(?:,\s{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}}){{0,2}}?)
    (?P<date>,\s(?:{_WEEKDAY})?(?:[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}(?:,\s\d{{4}})?|\d{{1,2}}\s[A-Z][a-z]{{2,8}}(?:\s\d{{4}})?))?
    (?:\s\((?P<agency>[A-Z][\w&.\s]{{0,30}})\))?
    \s?(?:[–—−]|--?)\s
    """,
    re.X,
)
_NOT_PLACE = frozenset(
    """
    the a an he she it they we i this that these those but and or so yet however
    meanwhile president minister mr mrs ms dr by in on at for with from as after
    before when while if update breaking exclusive analysis opinion editorial watch
    """.split()  # noqa: SIM905
)


def find_dateline(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The dateline at ``text[start:]``, or None. Only the first 120 characters are read."""
    stop = min(len(text), start + 120) if end is None else min(end, start + 120)
    m = _DATELINE.match(text, start, stop)
    if m is None:
        return None
    place = m.group("place")
    first = place.split()[0].strip(",").lower()
    if first in _NOT_PLACE or len(place) > 60:
        return None
    date = None
    if m.group("date"):
        raw = m.group("date").strip(", ")
        date = parse_date(raw)
        if date is None and not re.search(r"\d", raw):
            return None
    words = re.split(r"(\s+|,)", place)
    place = "".join(smart_title(w) if len(w) > 1 else w for w in words)
    return Dateline(place, date, m.group("agency"), m.start(), m.end())
