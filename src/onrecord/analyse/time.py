"""Time expressions: found in text, normalised against the moment of speaking.

Value conventions (``TimeExpr.value``), ISO 8601 where ISO has a form, TIMEX3 where it does not:

==========================  ====================================  ================
expression                  value                                 granularity
==========================  ====================================  ================
"May 15" (anchor 2025)      ``2025-05-15``                        day
"in September"              ``2025-09`` (never an invented day)   month
"2022"                      ``2022``                              year
"the end of 2022"           ``2022-LATE``  (Sep-Dec)              part-of-year
"early 2009", "mid-2011"    ``2009-EARLY`` (Jan-Apr), ``-MID``    part-of-year
"early May"                 ``2025-05-EARLY`` (days 1-10 / 11-20  part-of-month
                            ``-MID`` / 21-end ``-LATE``)
"the third quarter of 2021" ``2021-Q3``; halves ``2021-H1``       quarter / half
"summer 2020"               ``2020-SU`` (SP, SU, FA, WI)          season
"this week", "this weekend" ``2025-W19``, ``2025-W19-WE``         week / weekend
"the 1990s", "20th century" ``199``, ``19``                       decade / century
"this morning"              ``2025-05-11TMO`` (TMO, TAF, TEV,     part-of-day
                            TNI; TEH = the early hours, 00-06)
"1:30 a.m."                 ``2025-05-11T01:30``                  time
"from March 18 to April 17" ``2025-03-18/2025-04-17``             range
"30-day", "four days"       ``P30D``, ``P4D`` (``PXD``: some)     duration
"now", "recently", "soon"   ``PRESENT_REF``, ``PAST_REF``,        ref
                            ``FUTURE_REF``
==========================  ====================================  ================

Years and days not written are chosen relative to the anchor (the moment of speaking or
publishing): the candidate nearest to it, unless the tense of the clause says past or future
("in September I will ..." → the next September). A "tomorrow", "today", "tonight" or
"yesterday" said between midnight and 05:00 is ambiguous: the calendar reading comes first
in ``readings``, the reading of someone who has not slept yet second.
Context-dependent expressions ("that day", "the next day", "three days later") are resolved
against the last date the text mentioned, or the anchor when there is none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from onrecord.analyse.numbers import parse_number
from onrecord.letters import UPPER
from onrecord.model import Span, TimeExpr

log = logging.getLogger(__name__)

STAGE = "time/1"

__all__ = [
    "STAGE",
    "find_times",
    "interval",
    "normalise",
    "parse_anchor",
    "speech_moment",
    "tense_at",
]

# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
SMALL_WORDS = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|a hundred|a few|few|several|many|some|a couple of|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
    r"seven|eight|nine)|half an?|a half|one and a half)"
)

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_MON_SAFE = (
    r"(?:January|February|April|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?![a-z])"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d]|,\d|\.\d|-(?:year|day|month|week)|\s?%)"
_PREP = r"(?i:in|by|since|until|till|from|during|through|before|after|of|on|last|next|this|early|late|mid|the end of|the beginning of|the start of)"
_PART = r"(?i:(?:the\s+)?(?:very\s+)?(?:end|close|beginning|start|middle|turn|first half|second half|latter half|latter part|last part|early part|first part)\s+of)"
_EARLY_LATE = r"(?i:early|late|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+close\s+of)"
_PARTOFDAY = r"(?i:morning|afternoon|evening|night)"
_PREPS = (
    "in",
    "by",
    "since",
    "until",
    "till",
    "from",
    "during",
    "through",
    "before",
    "after",
    "early",
    "late",
    "of",
    "for",
    "mid-",
    "around",
    "between",
    "and",
    "or",
    "to",
)
_AFTER_PREP = (
    "(?:"
    + "|".join(rf"(?<=\b{p} )" if not p.endswith("-") else rf"(?<=\b{p})" for p in _PREPS)
    + ")"
)
_REFDEM = r"(?i:this|next|last|past|previous|coming|following|current)"


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


# --------------------------------------------------------------------------- anchors


@dataclass(frozen=True, slots=True)
class Anchor:
    """The moment of speaking: a date, and the time of day when known."""

    date: dt.date
    time: dt.time | None = None
    offset: str = ""

    @property
    def small_hours(self) -> bool:
        """True between midnight and 05:00: "tomorrow" may mean the day after waking."""
        return self.time is not None and self.time.hour < 5


def parse_anchor(anchor: str | None) -> Anchor | None:
    """``"2025-05-11"`` or ``"2025-05-11T01:30+03:00"`` → :class:`Anchor` (None if unparsable)."""
    if not anchor:
        return None
    m = re.match(
        r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
        anchor.strip(),
    )
    if not m:
        log.debug("anchor %r is not an ISO date", anchor)
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    t = dt.time(int(m.group(4)), int(m.group(5))) if m.group(4) else None
    return Anchor(day, t, m.group(6) or "")


# --------------------------------------------------------------------------- intervals


def _month_end(y: int, mo: int) -> dt.date:
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


_PARTS = {"EARLY": (1, 4), "MID": (5, 8), "LATE": (9, 12)}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a normalised value covers (None for durations and refs).

    >>> interval("2022-LATE")
    (datetime.date(2022, 9, 1), datetime.date(2022, 12, 31))
    """
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        ia, ib = interval(a), interval(b)
        if ia and ib:
            return ia[0], ib[1]
        return None
    v = value.split("T", 1)[0] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})(?:-(EARLY|MID|LATE))?", v):
            y, mo = int(m[1]), int(m[2])
            end = _month_end(y, mo)
            if m[3] == "EARLY":
                return dt.date(y, mo, 1), dt.date(y, mo, 10)
            if m[3] == "MID":
                return dt.date(y, mo, 11), dt.date(y, mo, 20)
            if m[3] == "LATE":
                return dt.date(y, mo, 21), end
            return dt.date(y, mo, 1), end
        if m := re.fullmatch(r"(\d{4})", v):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{4})-(EARLY|MID|LATE)", v):
            a1, b1 = _PARTS[m[2]]
            y = int(m[1])
            return dt.date(y, a1, 1), _month_end(y, b1)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            a1, b1 = _SEASONS[m[2]]
            last = dt.date(y + 1, 2, 28) if b1 > 12 else _month_end(y, b1)
            return dt.date(y, a1, 1), last
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{3})", v):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})", v):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def _granularity(value: str) -> str:
    if "/" in value:
        return "range"
    if value.startswith("P"):
        return "duration"
    if value.endswith("_REF"):
        return "ref"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*", value):
        return "time"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[A-Z]{2}", value):
        return "part-of-day"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}-(EARLY|MID|LATE)", value):
        return "part-of-month"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-(EARLY|MID|LATE)", value):
        return "part-of-year"
    if re.fullmatch(r"\d{4}-Q\d", value):
        return "quarter"
    if re.fullmatch(r"\d{4}-H\d", value):
        return "half"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}-W\d{2}-WE", value):
        return "weekend"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return "week"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return "unknown"


# --------------------------------------------------------------------------- tense

_FUTURE = re.compile(
    r"\b(?i:will|won't|'ll|shall|going to|gonna|is to|are to|plans? to|planned|planning|"
    r"scheduled|expected to|expects? to|intends? to|due to|set to|would like|propose|proposed|"
    r"suggest(?:s|ed)?|upcoming|from now|next|hope to|aims? to|until|starting)\b"
)
_PAST = re.compile(
    r"\b(?i:was|were|had|did|ago|yesterday|last|said|told|went|made|took|gave|came|saw|met|won|"
    r"lost|began|became|sold|bought|held|left|paid|flew|rose|fell|spoke|wrote|chose|led|sent|"
    r"spent|thought|brought|found|got|kept|knew|struck|happened|ran|earlier|previously|already)\b"
    r"|\b[a-z]{3,}ed\b"
)
_NOT_PAST = {
    "need",
    "based",
    "united",
    "proposed",
    "suggested",
    "scheduled",
    "planned",
    "expected",
    "related",
    "red",
    "bed",
    "speed",
    "feed",
    "seed",
    "hundred",
    "indeed",
    "interested",
    "limited",
    "advanced",
    "used",
    "supposed",
    "concerned",
    "detailed",
}


_SENT_END = re.compile(rf"[.!?]\s+(?=[{UPPER}“\"'(])|\n\s*\n|\n")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    window = max(0, pos - 1500)  # sentences are short: look back a bounded stretch only
    start = window
    for m in _SENT_END.finditer(text, window, pos):
        start = m.end()
    m2 = re.compile(r"[.!?](?=\s|$)|\n").search(text, pos)
    end = m2.end() if m2 else len(text)
    return start, end


_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|where|when|because|but|while|whereas|although)\b|[;:–—(\[“”\"]"
)


def tense_at(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None: the tense of the clause around ``text[start:end]``.

    A cheap reading of cue words (will, going to, was, -ed verbs, ago): the cue nearest to
    the expression decides.
    """
    s, e = _sentence_bounds(text, start)
    # stay inside the clause: "I would say that in four days ... we hosted" is past
    for m in _CLAUSE.finditer(text, s, start):
        s = m.end()
    m2 = _CLAUSE.search(text, end, e)
    if m2:
        e = m2.start()
    best: tuple[int, str] | None = None
    for rx, label in ((_FUTURE, "future"), (_PAST, "past")):
        for m in rx.finditer(text, s, e):
            if start <= m.start() < end:
                continue
            word = m.group(0).lower()
            if label == "past" and word in _NOT_PAST:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if dist < 0:
                dist = 0
            # cues before the expression bind a little tighter than cues after it
            dist = dist if m.end() <= start else dist + 5
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Ctx:
    anchor: Anchor | None
    tense: str | None
    ref: dt.date | None  # the last day-level date mentioned before (for "that day")

    @property
    def today(self) -> dt.date | None:
        return self.anchor.date if self.anchor else None

    @property
    def base(self) -> dt.date | None:
        return self.ref or self.today


def _pick_year(ctx: _Ctx, mo: int, day: int | None) -> int | None:
    """The year of a month (and day) written without one, relative to the anchor."""
    today = ctx.today
    if today is None:
        return None
    best: tuple[float, int] | None = None
    for y in (today.year - 1, today.year, today.year + 1):
        try:
            if day is not None:
                lo = hi = dt.date(y, mo, day)
            else:
                lo, hi = dt.date(y, mo, 1), _month_end(y, mo)
        except ValueError:
            continue
        dist = 0 if lo <= today <= hi else (lo - today).days if lo > today else (today - hi).days
        after = lo > today + dt.timedelta(days=7)
        before = hi < today - dt.timedelta(days=7)
        penalty = 0
        if ctx.tense == "past" and after:
            penalty = 200
        if ctx.tense == "future" and before:
            penalty = 200
        score = dist + penalty
        if best is None or score < best[0]:
            best = (score, y)
    return best[1] if best else None


def _weekday(ctx: _Ctx, wd: int, modifier: str | None) -> dt.date | None:
    base = ctx.today
    if base is None:
        return None
    mod = (modifier or "").lower()
    diff_fwd = (wd - base.weekday()) % 7
    nxt = base + dt.timedelta(days=diff_fwd or 7)
    prev = base - dt.timedelta(days=((base.weekday() - wd) % 7) or 7)
    if mod in ("next", "coming", "this coming"):
        return nxt
    if mod in ("last", "past", "previous"):
        return prev
    if diff_fwd == 0 and mod not in ("next",):
        return base
    if mod == "this":
        return base + dt.timedelta(days=wd - base.weekday())
    if ctx.tense == "future":
        return nxt
    if ctx.tense == "past":
        return prev
    return nxt if (nxt - base) < (base - prev) else prev


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _add_months(d: dt.date, n: int) -> dt.date:
    mo = d.month - 1 + n
    y = d.year + mo // 12
    mo = mo % 12 + 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def _shift(base: dt.date, n: float, unit: str) -> tuple[str, str] | None:
    """(value, granularity) of ``base`` moved by ``n`` units, at that unit's granularity."""
    if unit in ("day", "night"):
        return _iso(base + dt.timedelta(days=round(n))), "day"
    if unit in ("week", "fortnight"):
        k = 2 if unit == "fortnight" else 1
        d = base + dt.timedelta(weeks=round(n) * k)
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}", "week"
    if unit == "month":
        d = _add_months(base, round(n))
        return f"{d.year}-{d.month:02d}", "month"
    if unit == "year":
        return f"{base.year + round(n)}", "year"
    if unit == "decade":
        return f"{(base.year + round(n) * 10) // 10}", "decade"
    if unit == "century":
        return f"{(base.year + round(n) * 100) // 100}", "century"
    return None


def _count(word: str) -> float | None:
    w = word.lower().strip()
    if w in ("a", "an", "one", "a single"):
        return 1
    if w in ("a few", "few", "several", "many", "some", "a number of"):
        return None
    if w in ("half a", "half an"):
        return 0.5
    if w == "a couple of":
        return 2
    return parse_number(w)


def _duration(n: float | None, unit: str) -> str:
    code = UNIT_CODES[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if code == "DE":
        code, n = "Y", None if n is None else n * 10
    elif code == "CE":
        code, n = "Y", None if n is None else n * 100
    if n is None:
        return f"{prefix}X{code}"
    num = str(int(n)) if float(n).is_integer() else f"{n:g}"
    return f"{prefix}{num}{code}"


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    if w == "centurie":
        return "century"
    return w


# --------------------------------------------------------------------------- patterns

_Result = tuple[str | None, str, str, tuple[str, ...]]  # value, granularity, kind, readings
_Handler = Callable[[re.Match[str], _Ctx], _Result | None]


def _date_result(d: dt.date) -> _Result:
    return _iso(d), "day", "date", ()


def _ymd(ctx: _Ctx, y: int | None, mo: int, d: int) -> dt.date | None:
    if y is None:
        y = _pick_year(ctx, mo, d)
        if y is None:
            return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _h_full_date(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    g = m.groupdict()
    mo = _month_num(g["mon"])
    day = _day_num(g["day"])
    year = int(g["year"]) if g.get("year") else None
    d = _ymd(ctx, year, mo, day)
    if d is None:
        if year is None and ctx.today is None:
            return None, "day", "date", ()  # a date, but no year to give it without an anchor
        return None
    readings: tuple[str, ...] = ()
    if g.get("wd"):
        wd = WEEKDAYS[g["wd"].lower()]
        if d.weekday() != wd:
            # the written weekday and date disagree: keep the date, offer the weekday's reading
            other = _weekday(ctx, wd, g.get("wdmod"))
            readings = (_iso(d), _iso(other)) if other else (_iso(d),)
            log.debug("weekday %s does not match %s", g["wd"], d)
    return _iso(d), "day", "date", readings


def _h_iso(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    try:
        d = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    return _date_result(d)


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    mo, d = (a, b) if a <= 12 else (b, a)
    try:
        return _date_result(dt.date(y, mo, d))
    except ValueError:
        return None


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    mo = _month_num(m["mon"])
    return f"{int(m['year'])}-{mo:02d}", "month", "date", ()


def _h_month(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    mo = _month_num(m.groupdict().get("mon") or m["mon2"])
    mod = (m.groupdict().get("mod") or "").lower()
    today = ctx.today
    if today is None:
        return None
    if mod in ("next", "coming"):
        y = today.year if mo > today.month else today.year + 1
    elif mod in ("last", "past", "previous"):
        y = today.year if mo < today.month else today.year - 1
    elif mod == "this":
        y = today.year
    else:
        y = _pick_year(ctx, mo, None)  # type: ignore[assignment]
        if y is None:
            return None
    return f"{y}-{mo:02d}", "month", "date", ()


_COUNTED_AFTER = re.compile(
    r"\s*(?:%|(?i:per\s*cent|percent)\b|(?i:people|jobs|employees|workers|units|times|"
    r"troops|soldiers|dollars|euros|pounds|votes|cases|deaths|km|kilometres|miles|"
    r"tonnes|tons|metres|meters|feet|aircraft|planes|jets|cars|homes|flights)\b)"
)
_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:about|around|some|nearly|almost|over|than|approximately|roughly|least|"
    r"most|up\s+to|to|only|just|the|of)\s+)$"
)


def _h_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """A bare four-digit year, unless the number counts something ("2000 jobs", "about 1500")."""
    if _COUNTED_AFTER.match(m.string, m.end()):
        return None
    before = m.string[max(0, m.start() - 20) : m.start()]
    if _COUNT_BEFORE.search(before) and not re.search(r"(?i:\b(?:the|of|to)\s+)$", before):
        return None
    return m["year"], "year", "date", ()


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = m["dec"] or m["dec2"]
    if len(y) == 2:  # '90s
        today = ctx.today
        century = (today.year // 100) if today else 20
        full = century * 100 + int(y)
        if today and full > today.year:
            full -= 100
        y = str(full)
    return y[:3], "decade", "date", ()


def _h_century(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    n = parse_number(m["cent"])
    if n is None:
        return None
    return f"{int(n) - 1:02d}", "century", "date", ()


_PART_WORDS = {
    "early": "EARLY",
    "beginning": "EARLY",
    "start": "EARLY",
    "first part": "EARLY",
    "early part": "EARLY",
    "turn": "EARLY",
    "mid": "MID",
    "middle": "MID",
    "late": "LATE",
    "end": "LATE",
    "close": "LATE",
    "last part": "LATE",
    "latter part": "LATE",
    "first half": "H1",
    "second half": "H2",
    "latter half": "H2",
}


def _part_code(word: str) -> str:
    w = re.sub(r"^(?:the\s+)?(?:very\s+)?", "", word.lower().strip())
    w = re.sub(r"\s+of$", "", w).strip("- ")
    return _PART_WORDS.get(w, "LATE")


def _relative_year(word: str, ctx: _Ctx) -> int | None:
    today = ctx.today
    if today is None:
        return None
    w = word.lower()
    if "next" in w or "coming" in w:
        return today.year + 1
    if "last" in w or "past" in w or "previous" in w:
        return today.year - 1
    return today.year


def _h_part_of_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    code = _part_code(m["part"])
    if m.groupdict().get("year"):
        y: int | None = int(m["year"])
    else:
        y = _relative_year(m["rel"] or "this", ctx)
    if y is None:
        return None
    if code in ("H1", "H2"):
        return f"{y}-{code}", "half", "date", ()
    return f"{y}-{code}", "part-of-year", "date", ()


def _h_part_of_month(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    code = _part_code(m["part"])
    mo = _month_num(m["mon"])
    y = int(m["year"]) if m.groupdict().get("year") else _pick_year(ctx, mo, None)
    if y is None:
        return None
    if code in ("H1", "H2"):
        code = "EARLY" if code == "H1" else "LATE"
    return f"{y}-{mo:02d}-{code}", "part-of-month", "date", ()


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    q = m["q"].lower()
    num = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}.get(
        q, 4 if q in ("4th", "last", "final") else None
    )
    if num is None and q.isdigit():
        num = int(q)
    if num is None:
        return None
    if m.groupdict().get("year"):
        y: int | None = int(m["year"])
    else:
        y = _relative_year(m.groupdict().get("rel") or "this", ctx)
        if y is None:
            return None
        if not m.groupdict().get("rel") and ctx.today and q in ("last", "final", "previous"):
            # "the last quarter" = the quarter before the current one
            cur = (ctx.today.month - 1) // 3 + 1
            num = cur - 1 or 4
            y = ctx.today.year if cur > 1 else ctx.today.year - 1
    return f"{y}-Q{num}", "quarter", "date", ()


_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _h_season(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    code = _SEASON_CODES[m["season"].lower()]
    if m.groupdict().get("year"):
        y: int | None = int(m["year"])
    else:
        y = _relative_year(m.groupdict().get("rel") or "this", ctx)
    if y is None:
        return None
    return f"{y}-{code}", "season", "date", ()


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    wd = WEEKDAYS[m["wd"].lower()]
    d = _weekday(ctx, wd, m.groupdict().get("wdmod"))
    if d is None:
        return None
    pod = m.groupdict().get("pod")
    if pod:
        return f"{_iso(d)}T{_POD[pod.lower()]}", "part-of-day", "date", ()
    return _date_result(d)


_POD = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "early hours": "EH",
    "small hours": "EH",
    "wee hours": "EH",
}


def _ambiguous_day(ctx: _Ctx, offset: int, pod: str | None = None) -> _Result | None:
    today = ctx.today
    if today is None:
        return None
    d = today + dt.timedelta(days=offset)
    suffix = f"T{_POD[pod]}" if pod else ""
    gran = "part-of-day" if pod else "day"
    if ctx.anchor and ctx.anchor.small_hours:
        # said after midnight: the speaker's "tomorrow" may be the calendar day that has begun
        alt = d - dt.timedelta(days=1)
        readings = (_iso(d) + suffix, _iso(alt) + suffix)
        return readings[0], gran, "relative", readings
    return _iso(d) + suffix, gran, "relative", ()


def _h_deictic(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = re.sub(r"\s+", " ", m["deic"].lower())
    pod = m.groupdict().get("pod")
    pod = pod.lower() if pod else None
    if w == "tonight":
        return _ambiguous_day(ctx, 0, "night")
    if w in ("today", "this"):
        if w == "this" and pod is None:
            return None
        return _ambiguous_day(ctx, 0, pod)
    if w == "tomorrow":
        return _ambiguous_day(ctx, 1, pod)
    if w == "yesterday":
        return _ambiguous_day(ctx, -1, pod)
    if w == "last" and pod == "night":
        return _ambiguous_day(ctx, -1, "night")
    if w == "the day before yesterday":
        return _ambiguous_day(ctx, -2, pod)
    if w == "the day after tomorrow":
        return _ambiguous_day(ctx, 2, pod)
    return None


def _h_ref(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = m.group(0).lower()
    if re.search(
        r"\b(now|current|currently|present|presently|nowadays|today's|these days|at the moment|at this time)\b",
        w,
    ):
        return "PRESENT_REF", "ref", "relative", ()
    if re.search(r"\b(soon|future|shortly|coming|forthcoming|later)\b", w):
        return "FUTURE_REF", "ref", "relative", ()
    return "PAST_REF", "ref", "relative", ()


def _h_this_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    today = ctx.today
    if today is None:
        return None
    mod = re.sub(r"\s+", " ", m["mod"].lower())
    unit = _unit(m["unit"])
    step = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "next": 1,
        "coming": 1,
        "the coming": 1,
        "following": 1,
        "the following": 1,
        "last": -1,
        "past": -1,
        "previous": -1,
        "the past": -1,
        "the last": -1,
        "the previous": -1,
        "the next": 1,
    }.get(mod, 0)
    if unit == "weekend":
        y, _w, wd = today.isocalendar()
        monday = today - dt.timedelta(days=wd - 1) + dt.timedelta(weeks=step)
        yy, ww, _ = monday.isocalendar()
        return f"{yy}-W{ww:02d}-WE", "weekend", "relative", ()
    base = ctx.base if mod.startswith(("following", "the following")) else today
    if base is None:
        return None
    if unit in ("morning", "afternoon", "evening", "night"):
        d = base + dt.timedelta(days=step)
        return f"{_iso(d)}T{_POD[unit]}", "part-of-day", "relative", ()
    if unit in ("quarter",):
        q = (base.month - 1) // 3 + 1 + step
        y = base.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        return f"{y}-Q{q}", "quarter", "relative", ()
    if unit in _SEASON_CODES:
        return f"{base.year + step}-{_SEASON_CODES[unit]}", "season", "relative", ()
    shifted = _shift(base, step, unit)
    if shifted is None:
        return None
    return shifted[0], shifted[1], "relative", ()


def _h_within_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """ "later this year" → from the day after the anchor to the end of the year;
    "earlier this month" → from the start of the month to the day before."""
    today = ctx.today
    if today is None:
        return None
    unit = _unit(m["unit"])
    whole = interval(_shift(today, 0, unit)[0]) if unit in ("week", "month", "year") else None  # type: ignore[index]
    if whole is None:
        return None
    if m.group(0).lower().startswith("later"):
        lo, hi = min(today + dt.timedelta(days=1), whole[1]), whole[1]
    else:
        lo, hi = whole[0], max(today - dt.timedelta(days=1), whole[0])
    return f"{_iso(lo)}/{_iso(hi)}", "range", "relative", ()


def _h_later_than(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """ "(on November 11,) three days later than planned": the date being described, which is
    the one the text just gave; unknown without one."""
    if ctx.ref is None:
        return None
    return _iso(ctx.ref), "day", "relative", ()


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    n = _count(m["n"])
    unit = _unit(m["unit"])
    if unit not in UNIT_CODES:
        return None
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "back", "before", "earlier", "previously") else 1
    base = ctx.today if direction in ("ago", "back", "from now", "hence") else ctx.base
    if base is None or n is None:
        return "PAST_REF" if sign < 0 else "FUTURE_REF", "ref", "relative", ()
    if unit in ("hour", "minute", "second"):
        return _iso(base), "day", "relative", ()
    shifted = _shift(base, sign * n, unit)
    if shifted is None:
        return None
    return shifted[0], shifted[1], "relative", ()


def _h_in_n(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """ "in two weeks": a future date when the clause is future, else a duration."""
    n = _count(m["n"])
    unit = _unit(m["unit"])
    if unit not in UNIT_CODES:
        return None
    if ctx.tense == "future" and ctx.today is not None and n is not None:
        shifted = _shift(ctx.today, n, unit)
        if shifted:
            return shifted[0], shifted[1], "relative", ()
    return _duration(n, unit), "duration", "duration", ()


def _h_last_n(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """ "these three days", "the past two weeks": the stretch of time up to the anchor."""
    n = _count(m["n"]) if m["n"] else 1
    unit = _unit(m["unit"])
    today = ctx.today
    if unit not in UNIT_CODES:
        return None
    mod = m["mod"].lower()
    if m["n"] is None and unit in ("day", "night") and re.search(r"next|following|previous", mod):
        return _h_anaphor(m, ctx)  # "the next day": the day after the last date mentioned
    if today is None or n is None:
        return _duration(n, unit), "duration", "duration", ()
    if unit == "decade" and n == 1 and "next" not in mod and "coming" not in mod:
        return f"{today.year // 10 - 1}", "decade", "relative", ()
    if unit not in ("day", "night", "week", "month", "year"):
        return _duration(n, unit), "duration", "duration", ()
    days = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365}[unit] * n
    if "next" in mod or "coming" in mod:
        lo, hi = today + dt.timedelta(days=1), today + dt.timedelta(days=round(days))
    else:
        end = today
        if ctx.anchor and ctx.anchor.small_hours:
            end = today - dt.timedelta(days=1)  # the day that just ended is the last one
        lo, hi = end - dt.timedelta(days=round(days) - 1), end
    if unit == "year":
        return (
            f"{lo.year}/{hi.year}" if lo.year != hi.year else f"{hi.year}",
            "range",
            "relative",
            (),
        )
    return f"{_iso(lo)}/{_iso(hi)}", "range", "relative", ()


def _h_duration(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    unit = _unit(m["unit"])
    if unit not in UNIT_CODES:
        return None
    n = _count(m["n"]) if m["n"] else 1
    if m.groupdict().get("half"):
        n = (n or 0) + 0.5
    return _duration(n, unit), "duration", "duration", ()


def _h_anaphor(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """ "that day", "the same day", "the next day", "the day before": relative to the last date."""
    base = ctx.base
    if base is None:
        return None
    w = re.sub(r"\s+", " ", m.group(0).lower())
    unit = "day"
    for u in ("week", "month", "year"):
        if re.search(rf"\b{u}\b", w):
            unit = u
    step = 0
    if re.search(r"\b(next|following|after|later)\b", w):
        step = 1
    elif re.search(r"\b(previous|before|preceding|earlier|eve)\b", w):
        step = -1
    shifted = _shift(base, step, unit)
    if shifted is None:
        return None
    if "time" in w and ctx.ref is None:
        return "PAST_REF", "ref", "relative", ()
    return shifted[0], shifted[1], "relative", ()


def _clock(
    hour_word: str, minute: int, ampm: str | None, pod: str | None
) -> tuple[int, int] | None:
    if hour_word in ("midnight", "noon", "midday"):
        return (0 if hour_word == "midnight" else 12), minute
    if hour_word.isdigit():
        hour = int(hour_word)
    else:
        n = parse_number(hour_word)
        if n is None:
            return None
        hour = int(n)
    if not 0 <= hour <= 24 or not 0 <= minute < 60:
        return None
    tag = (ampm or "").lower().replace(".", "").replace(" ", "")
    p = (pod or "").lower()
    if tag == "pm" or p in ("afternoon", "evening") or (p == "night" and hour >= 6):
        if hour < 12:
            hour += 12
    elif (tag == "am" or p == "morning" or (p == "night" and hour < 6)) and hour == 12:
        hour = 0
    return hour % 24, minute


def parse_clock(phrase: str) -> tuple[int, int] | None:
    """(hour, minute) of a time-of-day phrase: "1:30 a.m.", "half past one in the morning",
    "a quarter to ten at night", "midnight", "13:45"."""
    p = re.sub(r"\s+", " ", phrase.lower().strip())
    if re.fullmatch(r"(?:at )?midnight", p):
        return 0, 0
    if re.fullmatch(r"(?:at )?(?:noon|midday)", p):
        return 12, 0
    pod_m = re.search(r"\b(morning|afternoon|evening|night)\b", p)
    pod = pod_m.group(1) if pod_m else None
    ampm_m = re.search(r"\b([ap])\.? ?m\b\.?", p)
    ampm = ampm_m.group(1) + "m" if ampm_m else None
    m = re.search(r"\b(\d{1,2})[:.](\d{2})\b", p)
    if m:
        return _clock(m.group(1), int(m.group(2)), ampm, pod)
    word = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|midday)"
    m = re.search(rf"\bhalf past {word}\b", p)
    if m:
        return _clock(m.group(1), 30, ampm, pod)
    m = re.search(rf"\b(?:a )?quarter past {word}\b", p)
    if m:
        return _clock(m.group(1), 15, ampm, pod)
    m = re.search(rf"\b(?:a )?quarter to {word}\b", p)
    if m:
        c = _clock(m.group(1), 0, ampm, pod)
        return ((c[0] - 1) % 24, 45) if c else None
    m = re.search(
        rf"\b(\d{{1,2}}|[a-z]+(?:-[a-z]+)?) (?:minutes )?(past|after|to|before) {word}\b", p
    )
    if m and m.group(1) not in ("half", "quarter"):
        mins = parse_number(m.group(1))
        c = _clock(m.group(3), 0, ampm, pod)
        if mins is not None and c and mins < 60:
            if m.group(2) in ("past", "after"):
                return c[0], int(mins)
            return (c[0] - 1) % 24, 60 - int(mins)
    m = re.search(
        rf"\b{word}(?: o'clock| ?[ap]\.? ?m\b| in the (?:morning|afternoon|evening)| at night)", p
    )
    if m:
        return _clock(m.group(1), 0, ampm, pod)
    return None


def _h_clock(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    c = parse_clock(m.group(0))
    if c is None:
        return None
    day = ctx.base if ctx.tense == "past" else ctx.today
    hhmm = f"T{c[0]:02d}:{c[1]:02d}"
    if day is None:
        return hhmm, "time", "date", ()
    return f"{_iso(day)}{hhmm}", "time", "date", ()


def _h_daylist(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    """ "May 8, 9 and 10", "May 7-10", "7-10 May", "7 to 10 May 2025": consecutive days → a range."""
    mo = _month_num(m["mon"])
    days = [int(x) for x in re.findall(r"\d+", m["days"])]
    year = int(m["year"]) if m.groupdict().get("year") else None
    if len(days) < 2 or days != sorted(days):
        return None
    first = _ymd(ctx, year, mo, days[0])
    if first is None:
        return None
    try:
        last = dt.date(first.year, mo, days[-1])
    except ValueError:
        return None
    listed = [_iso(dt.date(first.year, mo, d)) for d in days]
    return f"{_iso(first)}/{_iso(last)}", "range", "range", tuple(listed) if len(days) > 2 else ()


_N = SMALL_WORDS
_UNITS = r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centuries|century)"


def _p(rx: str) -> re.Pattern[str]:
    # every expression starts at the start of a word: rejecting mid-word positions first
    # makes the scan several times faster
    return re.compile(r"(?<!\w)" + rx)


# Order matters only for equal-length matches; the longest match at a position wins.
PATTERNS: list[tuple[str, re.Pattern[str], _Handler]] = [
    ("iso", _p(r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d-])"), _h_iso),
    (
        "numeric",
        _p(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
        _h_numeric,
    ),
    (
        "daylist-mdy",
        _p(
            rf"(?P<mon>{_MON})\s+(?P<days>{_DAY}(?:\s*(?:,|and|&|to|through|-|–|—)\s*{_DAY})+)"
            rf"(?:(?:,\s*|\s+)(?P<year>{_YEAR}))?"
        ),
        _h_daylist,
    ),
    (
        "daylist-dmy",
        _p(
            rf"(?<![\d,.])(?P<days>{_DAY}(?:\s*(?:,|and|&|to|through|-|–|—)\s*{_DAY})+)\s+(?:of\s+)?(?P<mon>{_MON})"
            rf"(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        _h_daylist,
    ),
    (
        "date-mdy",
        _p(
            rf"(?:(?:(?P<wdmod>(?i:next|last|this|coming|past))\s+)?(?P<wd>{_WD}),?\s+(?:the\s+)?)?"
            rf"(?P<mon>{_MON})\s+(?P<day>{_DAY})"
            rf"(?:(?:,\s*|\s+)(?P<year>{_YEAR}))?"
        ),
        _h_full_date,
    ),
    (
        "date-dmy",
        _p(
            rf"(?:(?:(?P<wdmod>(?i:next|last|this|coming|past))\s+)?(?P<wd>{_WD}),?\s+)?"
            rf"(?<![\d,.])(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        _h_full_date,
    ),
    ("month-year", _p(rf"(?P<mon>{_MON})(?:,?\s+|\s+of\s+)(?P<year>{_YEAR})"), _h_month_year),
    (
        "part-of-month",
        _p(
            rf"(?P<part>{_EARLY_LATE}(?:\s+|-)|{_PART}\s+)(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        _h_part_of_month,
    ),
    (
        "part-of-year",
        _p(rf"(?P<part>{_EARLY_LATE}(?:\s+|-)|{_PART}\s+)(?:the\s+year\s+)?(?P<year>{_YEAR})"),
        _h_part_of_year,
    ),
    (
        "part-of-rel-year",
        _p(
            rf"(?P<part>{_EARLY_LATE}\s+|{_PART}\s+)(?P<rel>(?i:this|last|next|the|the\s+current|the\s+coming|the\s+previous|the\s+past)\s+)(?i:(?:financial|fiscal)\s+)?year\b"
        ),
        _h_part_of_year,
    ),
    (
        "quarter",
        _p(
            r"(?i:(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:fiscal\s+|financial\s+)?quarter)"
            rf"(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<rel>(?i:this|last|next|the)\s+)year))?"
        ),
        _h_quarter,
    ),
    ("quarter-q", _p(rf"\bQ(?P<q>[1-4])\s+(?P<year>{_YEAR})"), _h_quarter),
    (
        "season",
        _p(
            rf"(?:(?P<rel>(?i:this|last|next|past|coming))\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))"
            rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?(?=\W|$)"
        ),
        _h_season,
    ),
    (
        "decade",
        _p(r"(?i:the\s+)?(?:(?P<dec>1[6-9]\d0|20\d0)s|['’](?P<dec2>\d0)s)(?!\w)"),
        _h_decade,
    ),
    (
        "century",
        _p(
            r"(?i:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty-first|eighteenth))\s+(?i:century)"
        ),
        _h_century,
    ),
    (
        "month",
        _p(
            rf"(?:(?P<mod>(?i:next|last|this|coming|past|previous))\s+)?(?P<mon>{_MON_SAFE}|January|February|April|June|July|August|September|October|November|December)"
        ),
        _h_month,
    ),
    (
        "month-after-prep",
        _p(
            rf"(?:(?P<mod>(?i:next|last|this|coming|past|previous))\s+(?P<mon>May|March)|{_AFTER_PREP}(?P<mon2>May|March))"
            r"(?![\w-])(?!\s+(?:[a-z]|I\b))"
        ),
        _h_month,
    ),
    ("year", _p(rf"(?<![\d$€£¥.,#-])(?<!No\. )(?P<year>{_YEAR})"), _h_year),
    (
        "weekday",
        _p(
            rf"(?:(?P<wdmod>(?i:next|last|this|coming|past|previous))\s+)?(?P<wd>{_WD})(?:\s+(?P<pod>{_PARTOFDAY}))?"
        ),
        _h_weekday,
    ),
    (
        "deictic",
        _p(
            r"(?P<deic>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|tomorrow|yesterday))"
            rf"(?:\s+(?P<pod>{_PARTOFDAY}))?(?!\w)"
        ),
        _h_deictic,
    ),
    (
        "ref",
        _p(
            r"(?i:\b(?:right\s+)?now\b|\bcurrently\b|\bnowadays\b|\bpresently\b|\bat\s+present\b|\bthese\s+days\b|"
            r"\bat\s+the\s+moment\b|\brecently\b|\bmore\s+recently\b|\blately\b|\bin\s+recent\s+(?:days|weeks|months|years)\b|"
            r"\bin\s+the\s+past\b|\bin\s+the\s+future\b|\bin\s+the\s+coming\s+(?:days|weeks|months|years)\b|\bsoon\b|"
            r"\bshortly\b|\bformerly\b|\bonce\s+upon\s+a\s+time\b)"
        ),
        _h_ref,
    ),
    (
        "this-unit",
        _p(
            r"(?P<mod>(?i:this|next|last|past|previous|coming|following|current|the\s+(?:current|coming|following|past|previous|last|next)))\s+"
            r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|morning|afternoon|evening|night|spring|summer|autumn|fall|winter))(?!\w)"
        ),
        _h_this_unit,
    ),
    (
        "within-unit",
        _p(r"(?i:(?:earlier|later)\s+(?:this|in\s+the)\s+)(?P<unit>(?i:week|month|year))(?!\w)"),
        _h_within_unit,
    ),
    (
        "ago",
        _p(
            rf"(?P<n>(?i:{_N}))\s+(?P<unit>{_UNITS})\s+(?P<dir>(?i:ago|back|earlier|later|before|after|afterwards|from\s+now|hence))(?!\w)"
        ),
        _h_ago,
    ),
    (
        "later-than",
        _p(
            rf"(?P<n>(?i:{_N}))\s+(?P<unit>{_UNITS})\s+(?i:later|earlier|sooner)\s+than\s+(?i:(?:originally\s+|initially\s+|first\s+)?(?:planned|scheduled|expected|anticipated|announced))"
        ),
        _h_later_than,
    ),
    (
        "in-n",
        _p(rf"(?i:in|within)\s+(?:the\s+next\s+)?(?P<n>(?i:{_N}))\s+(?P<unit>{_UNITS})(?!\w)"),
        _h_in_n,
    ),
    (
        "last-n",
        _p(
            rf"(?P<mod>(?i:these|those|the\s+(?:past|last|previous|next|coming|following)|(?:past|last|next|coming)))\s+"
            rf"(?:(?P<n>(?i:{_N}))\s+)?(?P<unit>{_UNITS})(?!\w)"
        ),
        _h_last_n,
    ),
    (
        "duration",
        _p(
            rf"(?<![\w-])(?P<n>(?i:{_N}))(?:\s+|-)(?P<unit>{_UNITS})(?P<half>\s+and\s+a\s+half)?(?!-old)(?![\w-])"
        ),
        _h_duration,
    ),
    (
        "anaphor",
        _p(
            r"(?i:\bthat\s+(?:day|week|month|year|time|morning|night|evening)\b|\bthe\s+same\s+(?:day|week|month|year|morning|night|evening)\b|"
            r"\bthe\s+(?:next|following|previous|preceding)\s+(?:day|week|month|year|morning)\b|"
            r"\bthe\s+day\s+(?:before|after)\b|\bthe\s+eve\b|\bon\s+the\s+day\b|"
            r"\bthe\s+(?:day|week|month|year)\b(?!['’]|\s+(?:of|before|after|when|that|which|in|to|ahead|ended|ending|\d)))"
        ),
        _h_anaphor,
    ),
    (
        "clock",
        _p(
            r"(?i:\b(?:(?:a\s+)?quarter\s+(?:past|to)|half\s+past|\d{1,2}\s+(?:minutes\s+)?(?:past|to))\s+"
            r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|midday)"
            r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|[ap]\.?\s?m\.?))?"
            r"|\b\d{1,2}\.\d{2}\s*[ap]\.?\s?m\b\.?|\b\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?"
            r"|\b\d{1,2}\s*[ap]\.?\s?m\b\.?|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock"
            r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?|\bmidnight\b|\bnoon\b|\bmidday\b)"
        ),
        _h_clock,
    ),
]

_POD_OF = re.compile(
    r"(?P<pod2>(?i:(?:the\s+)?(?:early|small|wee)\s+hours|(?:the\s+)?(?:morning|afternoon|evening|night)))\s+(?i:of|on)\s+"
)

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|(?i:to|until|till|through|thru|and))\s*")
_RANGE_OPEN = re.compile(r"(?i:from|between)\s+$")


# Every time expression holds one of these words or a digit; the patterns run only near them.
_TRIGGER = re.compile(
    r"\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tonight|tomorrow|yesterday|now|current|present|recent|late|soon|short|former|"
    r"futur|past|day|night|week|fortnight|month|year|decade|centur|hour|minute|second|"
    r"morning|afternoon|evening|spring|summer|autumn|fall|winter|quarter|half|noon|midday|"
    r"midnight|o'clock|ago|eve|time|moment|lately|once|season))"
)
_MARGIN = 90


def _windows(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _TRIGGER.finditer(text, lo, hi):
        a, b = max(lo, m.start() - _MARGIN), min(hi, m.end() + _MARGIN)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int, int, re.Match[str]]]:
    out: list[tuple[int, int, int, re.Match[str]]] = []
    for a, b in _windows(text, lo, hi):
        # a window starts mid-sentence: extend it back to a word boundary
        while a > lo and text[a - 1].isalnum():
            a -= 1
        for prio, (_name, rx, _h) in enumerate(PATTERNS):
            for m in rx.finditer(text, a, b):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), prio, m))
    return out


def _scan(
    text: str,
    ctx: _Ctx,
    whole: bool = False,
    lo: int = 0,
    hi: int | None = None,
    tense: Callable[[int, int], str | None] | None = None,
) -> list[tuple[int, int, _Result]]:
    """Find and normalise time expressions in ``text[lo:hi]``, longest first, left to right."""
    hi = len(text) if hi is None else hi
    cands = _candidates(text, lo, hi)
    # the longest match wins; among equal ones, the earlier pattern
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    used = bytearray(hi - lo + 1)
    for c in cands:
        if whole and (c[0], c[1]) != (lo, hi):
            continue
        if any(used[c[0] - lo : c[1] - lo]):
            continue
        used[c[0] - lo : c[1] - lo] = b"\x01" * (c[1] - c[0])
        taken.append(c)
    taken.sort(key=lambda c: c[0])
    results: list[tuple[int, int, _Result]] = []
    for start, end, prio, m in taken:
        if tense is not None:
            ctx.tense = tense(start, end)
        # "the early hours of May 7": take the part of the day together with the date
        pre = text[max(lo, start - 40) : start]
        pod = re.search(_POD_OF.pattern + r"$", pre)
        res = PATTERNS[prio][2](m, ctx)
        if res is None:
            continue
        if pod and res[1] == "day" and res[0]:
            code = _POD[re.sub(r"\s+", " ", re.sub(r"(?i)^the\s+", "", pod["pod2"]).lower())]
            start = start - len(pod.group(0))
            res = (f"{res[0]}T{code}", "part-of-day", res[2], ())
        results.append((start, end, res))
        if res[0] and res[1] in ("day", "part-of-day", "time") and res[2] != "relative":
            iv = interval(res[0])
            if iv:
                ctx.ref = iv[0]
    return _join_ranges(text, results, lo)


def _join_ranges(
    text: str, results: list[tuple[int, int, _Result]], lo: int
) -> list[tuple[int, int, _Result]]:
    """ "from March 18 to April 17", "between 2008 and 2010", "May 7 to May 10" → one range."""
    out: list[tuple[int, int, _Result]] = []
    i = 0
    while i < len(results):
        cur = results[i]
        if i + 1 < len(results):
            nxt = results[i + 1]
            gap = text[cur[1] : nxt[0]]
            a, b = cur[2], nxt[2]
            opener = _RANGE_OPEN.search(text[max(lo, cur[0] - 9) : cur[0]])
            joinable = (
                _RANGE_JOIN.fullmatch(gap) is not None
                and a[0] is not None
                and b[0] is not None
                and a[1] in ("day", "month", "year", "part-of-day", "time", "quarter", "week")
                and b[1] in ("day", "month", "year", "part-of-day", "time", "quarter", "week")
                and (
                    opener is not None
                    or gap.strip() in ("-", "–", "—", "to", "until", "till", "through")
                )
                and not (gap.strip() == "and" and opener is None)
            )
            if joinable:
                ia, ib = interval(a[0]), interval(b[0])
                if ia and ib and ia[0] <= ib[1]:
                    start = cur[0] - (len(opener.group(0)) if opener else 0)
                    value = f"{a[0]}/{b[0]}"
                    out.append((start, nxt[1], (value, "range", "range", ())))
                    i += 2
                    continue
        out.append(cur)
        i += 1
    return out


# --------------------------------------------------------------------------- public API


def normalise(
    text: str,
    span: Span,
    *,
    anchor: str | None,
    ref: str | None = None,
    doc: str = "page",
) -> TimeExpr | None:
    """Normalise the time expression ``span`` covers (given by someone else, e.g. a gold span).

    ``ref`` is the last date the text mentioned before it (for "that day"); the tense comes from
    the clause around the span.
    """
    anc = parse_anchor(anchor)
    ref_iv = interval(ref) if ref else None
    ctx = _Ctx(anc, tense_at(text, span.start, span.end), ref_iv[0] if ref_iv else None)
    phrase = text[span.start : span.end]
    lead = len(phrase) - len(phrase.lstrip())
    phrase_s = phrase.strip()
    if not phrase_s:
        return None
    found = _scan(phrase_s, ctx, whole=True)
    if not found:
        # the span holds more than one expression or extra words: take the longest inside it
        inner = _scan(phrase_s, ctx)
        inner = [f for f in inner if f[2][0] is not None]
        if not inner:
            return None
        found = [max(inner, key=lambda f: f[1] - f[0])]
    s, e, res = found[0]
    start = span.start + lead + s
    end = span.start + lead + e
    return TimeExpr(
        start=start,
        end=end,
        text=text[start:end],
        value=res[0],
        granularity=res[1],
        kind=res[2],
        readings=res[3],
        doc=doc,
        stage=STAGE,
    )


def find_times(
    text: str,
    spans: Sequence[Span] | None = None,
    *,
    anchor: str | None,
    doc: str = "page",
    tz: str | None = None,
) -> tuple[TimeExpr, ...]:
    """Every time expression in the given regions of ``text`` (all of it when ``spans`` is None).

    ``anchor`` is the moment of speaking or publishing ("2025-05-11" or
    "2025-05-11T01:30+03:00"); without it only absolute dates and durations get a value.
    ``tz`` is accepted for symmetry with :func:`speech_moment`; the anchor's own local time is
    what decides whether "tomorrow" was said after midnight.
    """
    del tz
    anc = parse_anchor(anchor)
    regions = list(spans) if spans else [Span(0, len(text))]
    out: list[TimeExpr] = []
    ctx = _Ctx(anc, None, None)
    for region in sorted(regions, key=lambda s: s.start):
        found = _scan(
            text, ctx, lo=region.start, hi=region.end, tense=lambda s, e: tense_at(text, s, e)
        )
        for start, end, res in found:
            value, gran, kind, readings = res
            out.append(
                TimeExpr(
                    start=start,
                    end=end,
                    text=text[start:end],
                    value=value,
                    granularity=gran if value else "unknown",
                    kind=kind,
                    readings=readings,
                    doc=doc,
                    stage=STAGE,
                )
            )
    return tuple(out)


# --------------------------------------------------------------------------- moment of speaking

_DATA = Path(__file__).with_name("data")


def _load_places_tz() -> dict[str, str]:
    table: dict[str, str] = {}
    path = _DATA / "timezones.tsv"
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, zone = line.split("\t")[:2]
        table[place.strip().lower()] = zone.strip()
    return table


_CLOCK_STATEMENT = re.compile(
    r"(?i:\b(?:it\s+is|it's|it’s|it\s+was|now\s+it\s+is|already|almost|nearly|about|at)\s+"
    r"(?:now\s+|already\s+|almost\s+|nearly\s+|about\s+|past\s+|just\s+)*"
    r"(?P<clock>(?:(?:a\s+)?quarter\s+(?:past|to)|half\s+past|\d{1,2}\s+(?:minutes\s+)?(?:past|to))\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|midday)"
    r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|[ap]\.?\s?m\b\.?))?"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)?"
    r"|\d{1,2}\s*[ap]\.?\s?m\b\.?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+o'clock(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?|midnight))"
)
_PLACE_AFTER = re.compile(
    rf"[^.!?\n]{{0,60}}?\bin\s+(?P<place>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)"
)


def _offset(zone: str, day: dt.date, hm: tuple[int, int]) -> str:
    if re.fullmatch(r"[+-]\d{2}:\d{2}|Z", zone):
        return zone
    try:
        from zoneinfo import ZoneInfo

        z = ZoneInfo(zone)
    except (KeyError, ValueError, OSError):  # unknown zone name or no tz database
        log.debug("unknown time zone %r", zone)
        return ""
    local = dt.datetime(day.year, day.month, day.day, hm[0], hm[1], tzinfo=z)
    off = local.utcoffset()
    if off is None:
        return ""
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def speech_moment(source_text: str, page_date: str | None, tz: str | None = None) -> str | None:
    """When the words of ``source_text`` were spoken, as ISO 8601, from what they say of the hour.

    Looks for explicit time-of-day statements ("it's almost half past one in the morning",
    "it is 11 p.m.", "at 1:30 a.m.") and combines the last one with ``page_date`` (the date of
    the page or source). A time between midnight and 05:00 is taken to fall on ``page_date``
    itself (a late-night statement published that day); a late-evening time on a page dated
    the next morning is not moved. The offset comes from ``tz`` (an IANA name or "+03:00"), or
    from a place named beside the time ("... half past one in Moscow") via the small table
    ``data/timezones.tsv``. Returns ``page_date`` unchanged when no time of day is stated, and
    None when there is no date.
    """
    anc = parse_anchor(page_date)
    if anc is None:
        return None
    found: tuple[int, int] | None = None
    zone = tz
    for m in _CLOCK_STATEMENT.finditer(source_text):
        hm = parse_clock(m["clock"])
        if hm is None:
            continue
        found = hm
        if zone is None:
            pm = _PLACE_AFTER.match(source_text, m.end())
            if pm:
                zone = _load_places_tz().get(pm["place"].lower())
    if found is None:
        if anc.time is not None:
            return page_date
        return anc.date.isoformat()
    stamp = f"{anc.date.isoformat()}T{found[0]:02d}:{found[1]:02d}"
    if zone:
        stamp += _offset(zone, anc.date, found)
    return stamp
