"""Numbers, units and spans of time: figures read with their scales and fractions, a
figure changed, added, dropped or moved to something else, a unit changed ("two
months" / "two weeks"), a length of time named another way (:func:`same_span`), and a
figure that an ellipsis set against something the source gave another figure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Container, Iterable, Sequence
from fractions import Fraction

from ...analyse.numbers import ORDINALS
from ...analyse.time import MONTHS, WEEKDAYS
from ..align import is_function, loaded_kind, synonymous
from ..normalize import Tok, number_value, stem
from .base import SCALES, Finding, Side, statement_date
from .view import _matched, _near, _near_region, _phrase, _View


def _numbers(side: Side, idx: Sequence[int]) -> list[tuple[float, int, int]]:
    """Numbers ``(value, first, last+1)`` among the tokens ``idx`` (scales applied)."""
    out: list[tuple[float, int, int]] = []
    pos = sorted(idx)
    allowed = set(pos)
    k = 0
    while k < len(pos):
        i = pos[k]
        t = side.toks[i]
        frac = (
            _spoken_clock(side, i, allowed)
            or _daypart_clock(side, i, allowed)
            or _fraction(side, i, allowed)
        )
        if frac is not None:
            out.append(frac)
            k += frac[2] - i
            continue
        if (
            t.stem.startswith(("centur", "decad"))
            and i > 0
            and side.toks[i - 1].vkey in ("a", "one", "per", "every", "each")
        ):  # "once a century" = "once in a hundred years"
            out.append((100.0 if t.stem.startswith("centur") else 10.0, i, i + 1))
            k += 1
            continue
        if i + 1 < len(side.toks) and side.toks[i + 1].vkey in ("noon", "midnight", "midday"):
            k += 1  # "12 noon" is "noon"
            continue
        day = _day_of_month(side, i)
        if day is not None:
            out.append(day)
            k += 1
            continue
        clock = _clock(side, i, allowed)
        if clock is not None:
            out.append(clock)
            # past the clock's tokens ("6:44" is one, "6 : 44" two): "at 6:44, two minutes
            # after" keeps its "two"
            while k < len(pos) and pos[k] < clock[2]:
                k += 1
            continue
        and_a_half = [u.vkey for u in side.toks[i + 1 : i + 4]] == ["and", "a", "half"]
        vague = _vague(side, i, allowed)
        if vague is not None:
            out.append(vague)
            k += vague[2] - i
            continue
        if t.kind == "num" and (not (t.raw.isalpha() and t.vkey in ("1", "1st")) or and_a_half):
            m = re.match(r"\d+(?:\.\d+)?", t.vkey)
            if m:
                value = float(m.group())
                end = i + 1
                if and_a_half and all(x in allowed for x in range(end, end + 3)):
                    value += 0.5  # "four and a half months" is 4.5 months
                    end += 3
                while end in allowed and side.toks[end].vkey in SCALES:
                    value *= SCALES[side.toks[end].vkey]
                    end += 1
                if end == i + 1 and " " not in t.raw:
                    value *= _range_scale(side, i)
                if end < len(side.toks) and side.toks[end].stem.startswith("decad"):
                    value *= 10  # "four decades" is 40 years
                elif end < len(side.toks) and side.toks[end].stem.startswith("centur"):
                    value *= 100
                out.append((value, i, end))
                k += end - i
                continue
        k += 1
    return out


# the months' full names ("Mar" and "Dec" are words too)
_MONTHS = frozenset(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))


def _day_of_month(side: Side, i: int) -> tuple[float, int, int] | None:
    """ "the first of October" is October 1: an ordinal word before "of" and a month."""
    t = side.toks[i]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t.vkey)
    if t.kind != "word" or m is None or int(m.group(1)) > 31:
        return None
    after = [u.vkey for u in side.toks[i + 1 : i + 3]]
    if len(after) < 2 or after[0] != "of" or after[1] not in _MONTHS:
        return None
    return (float(m.group(1)), i, i + 1)


# a clock time is one figure, kept apart from counts (hours * 60 + minutes, offset)
_CLOCK = 1e7


_AT_TIME = frozenset(["at", "by", "until", "till", "since", "after", "before"])
_DAY_WORDS = frozenset(["yesterday", "today", "tomorrow", "tonight", "this", "last", "on"])


def _clock(side: Side, i: int, allowed: set[int]) -> tuple[float, int, int] | None:
    """ "at 00:32", "by 02:30": hours and minutes read as one time of day, not as the
    counts 2 and 30 (which would then seem to stand for something else)."""
    t = side.toks[i]
    one = re.fullmatch(r"(\d{1,2})([:.])(\d{2})", t.raw) if t.kind == "num" else None
    if (
        one
        and (
            one.group(2) == ":"
            # "at 9.40", "by 6.15": the dotted time of another house style
            or (
                i > 0
                and side.toks[i - 1].vkey in _AT_TIME
                # "at 9.40 the gate …", "at 6.42 yesterday": no rate ("at 1.25 percent")
                and (
                    i + 1 >= len(side.toks)
                    or is_function(side.toks[i + 1])
                    or side.toks[i + 1].vkey in _DAY_WORDS
                    or bool(re.search(r"[,;:.!?]", side.text[t.end : side.toks[i + 1].start]))
                )
            )
        )
    ):
        hours, minutes = int(one.group(1)), int(one.group(3))
        if hours <= 24 and minutes <= 59:
            return (_CLOCK + hours * 60 + minutes, i, i + 1)
    if t.kind != "num" or i + 1 not in allowed or i + 1 >= len(side.toks):
        return None
    m = side.toks[i + 1]
    if m.kind != "num" or side.text[t.end : m.start] != ":":
        return None
    if not (t.raw.isdigit() and m.raw.isdigit() and len(t.raw) <= 2 and len(m.raw) == 2):
        return None
    hours, minutes = int(t.raw), int(m.raw)
    if hours > 24 or minutes > 59:
        return None
    return (_CLOCK + hours * 60 + minutes, i, i + 2)


_PAST_TO = {("quarter", "past"): 15, ("half", "past"): 30, ("quarter", "to"): -15}
_NAMED_HOURS = {"midnight": 0, "noon": 12, "midday": 12}


def _spoken_clock(side: Side, i: int, allowed: Container[int]) -> tuple[float, int, int] | None:
    """ "a quarter past six", "half past two", "ten (minutes) past three", "a quarter to
    nine", with the part of the day when one follows ("ten past nine in the evening"):
    the time of day written "6:15", "2:30", "3:10", "8:45", "21:10"."""
    toks = side.toks
    minutes = _PAST_TO.get((toks[i].vkey, toks[i + 1].vkey)) if i + 1 < len(toks) else None
    k = i + 2
    if minutes is None and toks[i].kind == "num" and toks[i].vkey.isdigit():
        n = int(toks[i].vkey)
        k = i + 1
        said_minutes = k < len(toks) and toks[k].vkey in ("minutes", "minute")
        k += said_minutes
        if not 1 <= n <= 59 or k >= len(toks) or toks[k].vkey not in ("past", "to"):
            return None
        # "15 to 20" is a range: the minutes spelled out or named ("ten past three",
        # "10 minutes past 3"), and "to" only with them named or a part of the day
        if not (said_minutes or toks[i].raw.isalpha()):
            return None
        minutes = n if toks[k].vkey == "past" else -n
        k += 1
    if minutes is None or k >= len(toks) or not all(x in allowed for x in range(i, k + 1)):
        return None
    hour = side.toks[k]
    if hour.vkey in _NAMED_HOURS and minutes is not None:
        # "a quarter past midnight" is 00:15, "half past noon" 12:30
        return (_CLOCK + (_NAMED_HOURS[hour.vkey] * 60 + minutes) % 1440, i, k + 1)
    if hour.kind != "num" or not hour.vkey.isdigit() or not 1 <= int(hour.vkey) <= 24:
        return None
    shift, end = _daypart(side, k + 1, allowed, int(hour.vkey))
    if minutes < 0 and toks[k - 2].vkey not in ("minutes", "minute", "quarter") and end == k + 1:
        return None  # "five to ten years"
    total = (int(hour.vkey) % 12 + shift) * 60 + minutes if shift else int(hour.vkey) * 60 + minutes
    return (_CLOCK + total, i, end)


# the part of the day after an hour: "six in the evening" is 18:00, "6 p.m." too
_DAYPARTS: dict[tuple[str, ...], int] = {
    ("pm",): 12,
    ("am",): 0,
    ("in", "the", "evening"): 12,
    ("in", "the", "afternoon"): 12,
    ("in", "the", "morning"): 0,
    ("at", "night"): 12,
    # the day named with its part: "at 6.42 yesterday evening", "at nine this morning"
    **{
        (day, part): shift
        for day in ("this", "yesterday", "tomorrow", "last")
        for part, shift in (("evening", 12), ("afternoon", 12), ("morning", 0), ("night", 12))
        if (day, part) != ("this", "night")
    },
    ("tonight",): 12,
}


def _daypart(side: Side, j: int, allowed: Container[int], hour: int) -> tuple[int, int]:
    """The hours a part of the day at token ``j`` adds to ``hour`` (12 for "in the
    evening") and the token after it; (0, j) when none follows."""
    toks = side.toks
    for words, shift in _DAYPARTS.items():
        end = j + len(words)
        if tuple(t.vkey for t in toks[j:end]) == words and all(k in allowed for k in range(j, end)):
            if words[-1] == "night" and hour < 6:
                shift = 0  # "two at night" is 02:00
            return shift, end
    return 0, j


def _daypart_clock(side: Side, i: int, allowed: Container[int]) -> tuple[float, int, int] | None:
    """ "six in the evening", "6 p.m.", "9.10 in the evening", "seven o'clock in the
    morning": an hour (and minutes) with the part of the day, the time written "18:00",
    "21:10", "07:00"."""
    toks = side.toks
    hour = toks[i]
    m = re.fullmatch(r"(\d{1,2})(?:[.:](\d\d))?", hour.vkey if hour.raw.isalpha() else hour.raw)
    if hour.kind != "num" or m is None or not 1 <= int(m.group(1)) <= 12 or i not in allowed:
        return None
    minutes = int(m.group(2) or 0)
    if minutes > 59:
        return None
    j = i + 1
    if j < len(toks) and toks[j].vkey == "oclock":
        j += 1
    shift, end = _daypart(side, j, allowed, int(m.group(1)))
    if end == j:
        return None
    return (_CLOCK + (int(m.group(1)) % 12 + shift) * 60 + minutes, i, end)


def in_clock(side: Side, i: int) -> bool:
    """Whether token ``i`` is a word of a time of day in words ("a quarter past six")."""
    every = range(len(side.toks))
    return any(
        (c := _spoken_clock(side, k, every) or _daypart_clock(side, k, every)) is not None
        and c[1] <= i < c[2]
        for k in range(max(0, i - 4), i + 1)
    )


# plurals that count roughly ("dozens of firms", "hundreds of thousands"): a value of
# the right size, so "dozens" set against "hundreds" is a changed number
_VAGUE = {"dozens": 24.0, "hundreds": 200.0, "thousands": 2e3, "millions": 2e6, "billions": 2e9}
_VAGUE_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _vague(side: Side, i: int, allowed: set[int]) -> tuple[float, int, int] | None:
    t = side.toks[i]
    prev = side.toks[i - 1] if i > 0 else None
    if prev is not None and (prev.vkey == "of" or prev.kind == "num"):
        return None  # "hundreds of thousands" is read from "hundreds"; "5 thousands"
    value = 20.0 if t.vkey == "tens" else _VAGUE.get(t.vkey)
    if value is None:
        return None
    end = i + 1
    nxt = [u.vkey for u in side.toks[end : end + 2]]
    if len(nxt) == 2 and nxt[0] == "of" and nxt[1] in _VAGUE_SCALE and {end, end + 1} <= allowed:
        value *= _VAGUE_SCALE[nxt[1]]
        end += 2
    elif t.vkey == "tens":
        return None  # "tens" alone counts nothing
    return value, i, end


def _range_scale(side: Side, i: int) -> float:
    """The scale a range shares: "from 25 to 40 million" is 25 million to 40 million."""
    toks = side.toks
    if i + 2 < len(toks) and toks[i + 1].vkey in ("to", "and", "or") and toks[i + 2].kind == "num":
        words = toks[i + 2].raw.lower().split()
        if len(words) > 1 and words[-1] in SCALES:
            return SCALES[words[-1]]
    return 1.0


_DENOMINATORS = {"half": 2, "halv": 2, "3rd": 3, "third": 3, "quarter": 4, "4th": 4}


def _fraction(side: Side, i: int, allowed: set[int]) -> tuple[float, int, int] | None:
    """A fraction starting at token ``i``: "half", "a third", "two thirds", "a quarter".

    "third" and "quarter" count only after "a", "one" or a number ("the third day" is an
    ordinal); the numerator, when a number, is part of the span.
    """
    t = side.toks[i]
    one_in = _one_in_n(side, i, allowed)
    if one_in is not None:
        return one_in
    if t.kind == "num" and i + 1 in allowed and i + 1 < len(side.toks):
        nxt = side.toks[i + 1]
        den = _DENOMINATORS.get(nxt.stem)
        m = re.fullmatch(r"\d+", t.vkey)
        if den and m and nxt.raw.lower().endswith(("s", "ves")) and int(m.group()) < den:
            return int(m.group()) / den, i, i + 2
        return None
    den = _DENOMINATORS.get(t.stem)
    if den is None or t.kind == "num":
        return None
    prev = side.toks[i - 1].vkey if i > 0 else ""
    if den == 2 and t.vkey == "half":
        return 0.5, i, i + 1
    if prev in ("a", "one", "1") and t.raw.lower() in ("third", "quarter"):
        return 1 / den, i, i + 1
    return None


def _every_nth(side: Side, i: int, allowed: set[int]) -> tuple[float, int, int] | None:
    """ "every fifth consignment", "every twentieth": a share (1/5, 1/20), as "one in
    five" renders it ("every second" is left alone: it is also a length of time)."""
    if side.toks[i].vkey != "every" or i + 1 not in allowed or i + 1 >= len(side.toks):
        return None
    nxt = side.toks[i + 1]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", nxt.vkey)
    n = int(m.group(1)) if m else ORDINALS.get(nxt.raw.lower())
    if n == 2 and _counted_thing(side, i + 2):
        return 0.5, i, i + 2  # "every second bill": one in two, no length of time
    if n is None or n < 3:
        return None
    return 1 / n, i, i + 2


# what follows "every second" when it is a length of time ("every second counts")
_SECOND_AS_TIME = frozenset(
    ["counts", "count", "counted", "matters", "matter", "mattered", "lost", "wasted", "of"]
)


_TIME_STEMS = ("second", "minut", "hour", "day", "week", "month", "year", "decad", "centur")


def _counted_thing(side: Side, j: int) -> bool:
    """A noun after "every second" ("every second bill"), not a verb or a clause that
    makes it a length of time ("every second counts", "every second of the day")."""
    if j >= len(side.toks) or side.sentence_break(j):
        return False
    t = side.toks[j]
    return t.kind == "word" and not is_function(t) and t.vkey not in _SECOND_AS_TIME


def _one_in_n(side: Side, i: int, allowed: set[int]) -> tuple[float, int, int] | None:
    """ "one in three", "one in every four": a share (1/3, 1/4), as "a third" and "a
    quarter" render it; "every fifth" likewise (:func:`_every_nth`)."""
    if side.toks[i].vkey == "every":
        return _every_nth(side, i, allowed)
    if side.toks[i].vkey != "1" or side.toks[i].kind != "num":
        return None
    j = i + 1
    if (
        j + 1 in allowed
        and j + 1 < len(side.toks)
        and side.toks[j + 1].vkey == "in"
        and _counted_thing(side, j)
        and not side.toks[j].stem.startswith(_TIME_STEMS)
        and j + 2 < len(side.toks)
        and re.fullmatch(r"[2-9]|1\d", side.toks[j + 2].vkey) is not None
    ):
        j += 1  # "one bill in two": the counted thing between (not "one day in 2025")
    if j not in allowed or j >= len(side.toks) or side.toks[j].vkey != "in":
        return None
    j += 1
    if j in allowed and j < len(side.toks) and side.toks[j].vkey == "every":
        j += 1
    if j not in allowed or j >= len(side.toks) or side.toks[j].kind != "num":
        return None
    m = re.fullmatch(r"\d+", side.toks[j].vkey)
    if m is None or int(m.group()) < 2:
        return None
    return 1 / int(m.group()), i, j + 1


# "people" counts any group of persons: "340 people were on board" / "340 passengers"
_PEOPLE = frozenset(["people", "person", "persons"])


_TIMES_WORDS = {1.0: "once", 2.0: "twice", 3.0: "thrice"}
# "three times as many" / "triple the number", "twice as much" / "double the amount"
_MULTIPLES = {
    2.0: frozenset(["double", "doubled", "doubling"]),
    3.0: frozenset(["triple", "tripled", "tripling", "treble", "trebled"]),
    4.0: frozenset(["quadruple", "quadrupled"]),
}


def _times_as_word(side: Side, x: tuple[float, int, int], other: Side, idx: Iterable[int]) -> bool:
    """ "on two occasions" / "twice", "three times" / "thrice", "one time" / "once": the
    number of times, which the other side says in one word."""
    val, _lo, hi = x
    word = _TIMES_WORDS.get(val)
    nxt = side.toks[hi] if hi < len(side.toks) else None
    if nxt is None or nxt.vkey not in ("times", "time", "occasions", "occasion"):
        return False
    words = {word} | _MULTIPLES.get(val, frozenset())
    return any(other.toks[j].vkey in words for j in idx)


def _counts_the_act(side: Side, hi: int, counted: str | None) -> bool:
    """The source's counted people do what the quote counts: "88 deputies voted for the
    government" / "the government got 88 votes"."""
    if counted is None:
        return False
    toks = side.toks[hi : hi + 3]
    return any(t.stem == counted and t.kind == "word" for t in toks[1:])


def _end_of_month(side: Side, x: tuple[float, int, int], other: Side) -> bool:
    """ "by June 30" / "by the end of June": the last day of a month, which the other
    side names as the month's end."""
    val, lo, hi = x
    toks = side.toks
    month = next(
        (toks[k].vkey for k in (lo - 1, hi) if 0 <= k < len(toks) and toks[k].vkey in _MONTHS),
        None,
    )
    # (a common year's last day, and February 29 of a leap year)
    if month is None or val not in (calendar.monthrange(2001, MONTHS[month])[1], 29.0):
        return False
    if val == 29.0 and month != "february":
        return False
    vk = [t.vkey for t in other.toks]
    return any(
        vk[k] == "end" and vk[k + 1] == "of" and month in vk[k + 2 : k + 4]
        for k in range(len(vk) - 2)
    )


def _between_two(side: Side, x: tuple[float, int, int], other: Side) -> bool:
    """ "between two shifts" / "between shifts": "between" says there are two."""
    val, lo, hi = x
    toks = side.toks
    if val != 2 or lo == 0 or toks[lo - 1].vkey != "between" or hi >= len(toks):
        return False
    noun = toks[hi].stem
    vk = other.toks
    return any(vk[k].vkey == "between" and vk[k + 1].stem == noun for k in range(len(vk) - 1))


_DIFFERENT = frozenset(["different", "separate", "distinct"])


def _two_different(v: _View, val: float, lo: int, hi: int) -> bool:
    """ "two different things" for the source's "not the same thing": a contrast, no count
    ("are two separate questions" / "are not the same question")."""
    if val != 2 or hi >= len(v.q.toks) or v.q.toks[hi].vkey not in _DIFFERENT:
        return False
    said = {v.s.toks[j].vkey for j in _near_region(v)}
    return "same" in said or bool(said & _DIFFERENT)


_COPULAS = frozenset(["were", "are", "was", "is"])


def _part_that_is(side: Side, hi: int, q: Side, q_hi: int) -> bool:
    """A part of a whole, said to be what the quote counts: "Six of the derailed wagons
    were tankers" counts tankers as well ("six chlorine tankers")."""
    toks = side.toks
    counted = {t.stem for t in q.toks[q_hi : q_hi + 3] if t.kind == "word" and not is_function(t)}
    if not counted or hi >= len(toks) or toks[hi].vkey != "of":
        return False
    for k in range(hi + 1, min(hi + 7, len(toks))):
        if side.sentence_break(k):
            return False
        if toks[k].vkey in _COPULAS:
            return any(t.stem in counted for t in toks[k + 1 : k + 4] if t.kind == "word")
    return False


def _same_count(a: str | None, b: str | None) -> bool:
    """Whether two figures count the same thing (the first content word after each)."""
    if a is None or b is None:
        return a == b
    return a == b or synonymous(a, b) or a in _PEOPLE or b in _PEOPLE


def _scale_word(t: Tok) -> str:
    """The word a figure is counted in ("70 million" → "million", "12 percent" →
    "percent"), or ""."""
    parts = t.raw.split()
    return parts[-1].lower() if parts and parts[-1].isalpha() else ""


def _fmt(value: float) -> str:
    if value >= _CLOCK:
        return f"{int(value - _CLOCK) // 60:02d}:{int(value - _CLOCK) % 60:02d}"
    if value == int(value):
        return f"{value:,.0f}"
    if 0 < value < 1:
        # a share said in words ("two thirds"): as its simplest fraction
        frac = Fraction(value).limit_denominator(12)
        if abs(float(frac) - value) < 1e-4:
            return f"{frac.numerator}/{frac.denominator}"
    return f"{value:g}"


def _units_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """The same figure with another unit of time or share ("take two months" quoted as
    "take two weeks"), or one unit for another ("not for a single day" / "not for a
    single hour", "once a week" / "once a day")."""
    out: list[Finding] = []
    for i, t in enumerate(v.q.toks):
        if i in cq or i == 0 or loaded_kind(t) != "unit" or _matched(v.q_match.get(i, ("", ()))[0]):
            continue
        op, js = v.q_match.get(i - 1, ("insert", ()))
        prev = v.q.toks[i - 1]
        if not _matched(op) or not js or not (prev.kind == "num" or prev.vkey in _ONE_UNIT):
            continue
        j = max(js) + 1
        if j >= len(v.s.toks) or v.s.sentence_break(j):
            continue
        u = v.s.toks[j]
        if loaded_kind(u) == "unit" and u.stem != t.stem and j not in cs:
            out.append(
                Finding(
                    "number-changed",
                    f"number changed: '{v.s.words([j - 1, j])}' → '{v.q.words([i - 1, i])}'",
                    0.9,
                )
            )
            cq.add(i)
            cs.add(j)
    return out


# what an ordinal before it makes a date ("by the first quarter of 2027")
_ORDINAL_DATES = frozenset(
    stem(w) for w in ("quarter", "half", "week", "day", "month", "year", "decade", "century")
)


# an ordinal's word key ("third" and "3rd" are "3rd")
_ORDINAL_KEY = re.compile(r"^\d+(st|nd|rd|th)$")


def _ordinal_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """One ordinal set against another ("by the second quarter" quoted as "by the first
    quarter", "for the second time" as "for the third time"): a different figure,
    however close the two words are in meaning."""
    out: list[Finding] = []
    for st in v.steps:
        if st.op in ("equal", "insert", "delete", "skip"):
            continue
        qi = [i for i in st.q if _ORDINAL_KEY.match(v.q.toks[i].vkey) and i not in cq]
        sj = [j for j in st.s if _ORDINAL_KEY.match(v.s.toks[j].vkey) and j not in cs]
        if len(qi) != 1 or len(sj) != 1:
            continue
        i, j = qi[0], sj[0]
        if v.q.toks[i].vkey == v.s.toks[j].vkey:
            continue
        nxt = v.s.toks[j + 1] if j + 1 < len(v.s.toks) else None
        kind = "date" if nxt is not None and nxt.stem in _ORDINAL_DATES else "number"
        out.append(
            Finding(
                f"{kind}-changed",
                f"{kind} changed: '{v.s.words([j, j + 1])}' → '{v.q.words([i, i + 1])}'",
                0.9,
            )
        )
        cq.add(i)
        cs.add(j)
    return out


# words between a number and what it counts that say which of them ("13 such aircraft")
_KIND_WORDS = frozenset(["such", "similar", "other", "more", "further", "additional"])
# words before a unit that count one of it
_ONE_UNIT = frozenset(["a", "an", "one", "single", "every", "each", "per"])

# one scale from minutes to weeks ("in under two days" / "in less than forty-eight
# hours"); months and years apart (a month is no fixed number of days)
_DURATION_UNITS = {
    "minut": ("time", 1.0),
    "hour": ("time", 60.0),
    "day": ("time", 1440.0),
    "week": ("time", 10080.0),
    "fortnight": ("time", 20160.0),
    "month": ("months", 1.0),
    "year": ("months", 12.0),
    "decad": ("months", 120.0),
    "centur": ("months", 1200.0),
}


_SPAN_STARTS = frozenset({"next", "coming", "past", "last", "following"})
_WHOLE = frozenset({"full", "whole", "entire", "single"})
# "hundreds of years" is "centuries" (a negative length: many of the unit, no figure)
_MANY_OF = {"hundreds": "centur", "tens": "decad"}


_PARTS = {"half": 0.5, "quarter": 0.25}


def _durations(side: Side, idx: Sequence[int]) -> list[tuple[tuple[str, float], int, int]]:
    """Spans of time ``((family, length), first, last+1)``: "twelve months" and "a year"
    are one length, as are "14 days" and "two weeks" (a second translator converts)."""
    allowed = set(idx)
    nums = {lo: (val, hi) for val, lo, hi in _numbers(side, idx)}
    out: list[tuple[tuple[str, float], int, int]] = []
    for i in sorted(allowed):
        t = side.toks[i]
        unit = next((u for u in _DURATION_UNITS if t.stem.startswith(u)), None)
        if unit is None or i == 0:
            continue
        family, size = _DURATION_UNITS[unit]
        prev = side.toks[i - 1]
        # "under half an hour" / "less than 30 minutes", "a quarter of an hour"
        part = _PARTS.get(side.toks[i - 2].vkey) if i >= 2 else None
        if part is not None and prev.vkey in ("a", "an") and {i - 2, i - 1} <= allowed:
            out.append(((family, size * part), i - 2, i + 1))
            continue
        if (
            i >= 3
            and prev.vkey in ("a", "an")
            and side.toks[i - 2].vkey == "of"
            and side.toks[i - 3].vkey in _PARTS
            and {i - 3, i - 2, i - 1} <= allowed
        ):
            out.append(((family, size * _PARTS[side.toks[i - 3].vkey]), i - 3, i + 1))
            continue
        if prev.vkey in ("a", "an", "one") and i - 1 in allowed:
            out.append(((family, size), i - 1, i + 1))
            continue
        # "for a full week", "a whole year": one unit
        if (
            prev.vkey in _WHOLE
            and i >= 2
            and side.toks[i - 2].vkey in ("a", "an", "one")
            and {i - 2, i - 1} <= allowed
        ):
            out.append(((family, size), i - 2, i + 1))
            continue
        # "for hundreds of years" / "for centuries", "tens of years" / "decades": many of
        # the larger unit, no figure
        many = _MANY_OF.get(side.toks[i - 2].vkey) if i >= 2 and prev.vkey == "of" else None
        if unit == "year" and many is not None and {i - 2, i - 1} <= allowed:
            out.append(((family, -_DURATION_UNITS[many][1]), i - 2, i + 1))
            continue
        if unit in _MANY_OF.values() and t.raw.lower().endswith("s") and prev.kind != "num":
            out.append(((family, -size), i, i + 1))
            continue
        # "the coming fortnight", "the next week": one unit
        if prev.vkey in _SPAN_STARTS and not t.raw.lower().endswith("s") and i - 1 in allowed:
            out.append(((family, size), i - 1, i + 1))
            continue
        for lo, (val, hi) in nums.items():
            if hi == i:
                out.append(((family, size * val), lo, i + 1))
    return out


def _just_outside(
    v: _View, val: float, q_lo: int, q_hi: int, nums: Sequence[tuple[float, int, int]]
) -> bool:
    """A figure at the quote's edge that stands within two words of the aligned passage on
    that side, where the alignment stopped short of it ("should have had at least
    fifteen" / "ought to have been fifteen at minimum": the two "at" pair and the figure
    falls outside)."""
    if not v.region:
        return False
    a, b = min(v.region), max(v.region) + 1
    at_end = len(v.q.toks) - q_hi <= 3
    at_start = q_lo <= 2
    return any(
        x == val and ((at_end and 0 <= lo - b <= 2) or (at_start and 0 <= a - hi <= 2))
        for x, lo, hi in nums
    )


Num = tuple[float, int, int]


def _hours_as_clocks(
    v: _View, qn: list[Num], sn: list[Num], scope: list[Num]
) -> tuple[list[Num], list[Num], list[Num]]:
    """A bare hour ("two o'clock", "at eight tomorrow") set against a time of day the
    other side gives ("two in the morning", "08:00", "18:00"): read as that time when it
    is the same hour of the clock."""
    q_clocks = {x[0] for x in qn if x[0] >= _CLOCK}
    s_clocks = {x[0] for x in scope if x[0] >= _CLOCK}

    q_plain = {x[0] for x in qn if x[0] < _CLOCK}
    s_plain = {x[0] for x in scope if x[0] < _CLOCK}

    def read(side: Side, nums: list[Num], clocks: set[float], plain: set[float]) -> list[Num]:
        out: list[Num] = []
        for val, lo, hi in nums:
            # (not "all 7 schools" for "all seven schools …, from 07:00": the count
            # the other side gives too)
            if val.is_integer() and 1 <= val <= 12 and val not in plain:
                same = [c for c in clocks if (c - _CLOCK) in (val * 60, (val % 12 + 12) * 60)]
                if same:
                    val = same[0]
            elif (
                _CLOCK + 60 <= val < _CLOCK + 13 * 60
                and val not in clocks
                and not any(t.vkey in _DAYPART_WORDS for t in side.toks[lo:hi])
            ):
                # "at 9:52 on Sunday evening" / "at 9:52 p.m.": the twelve-hour clock
                # without its "p.m.", the day's part said in other words or not at all
                same = [c for c in clocks if c - val == 12 * 60]
                if same:
                    val = same[0]
            out.append((val, lo, hi))
        return out

    return (
        read(v.q, qn, s_clocks, s_plain),
        read(v.s, sn, q_clocks, q_plain),
        read(v.s, scope, q_clocks, q_plain),
    )


_DAYPART_WORDS = frozenset({w for words in _DAYPARTS for w in words} - {"in", "the", "at", "this"})


_GROUP_VERBS = frozenset(
    [
        *("are", "were", "is", "was", "have", "had", "will", "would", "remain", "of", "who"),
        *("may", "might", "can", "could", "must", "should"),
    ]
)


def _group_named_before(v: _View, val: float, lo: int, hi: int) -> bool:
    """ "The three are being held" for "They are held": a number standing for a group
    (an article before it, a verb after it) that the source counted a little earlier
    ("three men were arrested")."""
    toks = v.q.toks
    if lo == 0 or toks[lo - 1].vkey not in ("the", "all") or hi >= len(toks):
        return False
    if toks[hi].vkey not in _GROUP_VERBS:
        return False
    return any(x[0] == val for x in _numbers(v.s, range(len(v.s.toks))))


def counts_the_names_before(side: Side, val: float, lo: int, hi: int) -> bool:
    """ "will visit Ondria and Qessar next month, two countries where …": a number in
    apposition that counts the names just listed, which says nothing the list does not."""
    toks = side.toks
    if val != int(val) or not 2 <= val <= 9 or lo < 3 or hi >= len(toks):
        return False
    if (
        not toks[hi].raw.lower().endswith("s")
        or "," not in side.text[toks[lo - 1].end : toks[lo].start]
    ):
        return False
    names, k = 0, lo - 1
    # back over the clause before the comma: names joined by "and" and commas
    while k >= 0 and lo - k <= 12:
        t = toks[k]
        if (
            t.cap
            and t.kind == "word"
            and not side.initial(k)
            and (k + 1 >= lo or not toks[k + 1].cap)
        ):
            names += 1
        if t.vkey == "and" and names >= 1:
            # "Ondria and Qessar": one more name before "and", then the list is complete
            return k > 0 and toks[k - 1].cap and names + 1 == val
        k -= 1
    return False


def _of_them(side: Side, hi: int) -> bool:
    """The figure ending at ``hi`` counts a part of a group named before: "1,200 of
    them", "40 of these"."""
    vk = [t.vkey for t in side.toks[hi : hi + 2]]
    return vk[:1] == ["of"] and vk[1:2] in (["them"], ["these"], ["those"], ["us"])


def _of_before(side: Side, lo: int) -> bool:
    """The quote names the group first, in an "Of …" phrase before the figure ("Of the
    roughly 3,500 people who live in the valley, nearly 1,200 …")."""
    return bool(side.toks) and side.toks[0].vkey == "of" and lo > 1


_RELATIVE_YEARS = {"this": 0, "next": 1, "last": -1}


def _year_said_relative(side: Side, x: tuple[float, int, int], other: Side) -> bool:
    """The year of the statement itself said as "this year" (or the next, the last) on
    the other side: "in 2026 will be cut" / "This year … will be reduced", in a statement
    dated 2026 in its opening lines."""
    val, _lo, _hi = x
    day = statement_date(side.text) if _is_year(val) else None
    if day is None:
        return False
    ok = other.toks
    return any(
        ok[n].vkey in _RELATIVE_YEARS
        and ok[n + 1].vkey == "year"
        and day.year + _RELATIVE_YEARS[ok[n].vkey] == int(val)
        for n in range(len(ok) - 1)
    )


def _date_of_weekday_kept(side: Side, x: tuple[float, int, int], other: Side) -> bool:
    """A day of the month that only dates the weekday before it, which the other side
    keeps: "from Sunday, May 17, to Monday, May 18" / "from Sunday 17 May into Monday"."""
    _val, lo, hi = x
    near = side.toks[max(0, lo - 2) : hi + 2]
    if not any(t.vkey in _MONTHS for t in near):
        return False
    days = [t.vkey for t in side.toks[max(0, lo - 4) : lo] if t.vkey in WEEKDAYS]
    # the weekday stands alone there ("into Monday,"), not with a date of its own
    # ("on Tuesday, April 21")
    return bool(days) and any(
        t.vkey == days[-1]
        and not (
            any(u.kind == "num" for u in other.toks[n + 1 : n + 4])
            and any(u.vkey in _MONTHS for u in other.toks[n + 1 : n + 4])
        )
        for n, t in enumerate(other.toks)
    )


def _numbers_changed(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    qn = _numbers(v.q, [i for i in range(len(v.q.toks)) if not v.q.toks[i].bracket])
    scope_nums = _numbers(v.s, sorted(v.scope | v.region))
    # the figures that start in the passage, read whole ("at 18:00" where the alignment
    # stopped after "18")
    sn = [x for x in scope_nums if x[1] in v.region]
    qn, sn, scope_nums = _hours_as_clocks(v, qn, sn, scope_nums)
    s_vals = [x[0] for x in scope_nums]
    q_vals = [x[0] for x in qn]
    q_spans = _durations(v.q, range(len(v.q.toks)))
    s_spans = _durations(v.s, sorted(v.scope | v.region))
    q_lengths = {d for d, _, _ in q_spans}
    s_lengths = {d for d, _, _ in s_spans}

    def same_length(
        spans: list[tuple[tuple[str, float], int, int]], lo: int, other: set[tuple[str, float]]
    ) -> bool:
        return any(a <= lo < b and d in other for d, a, b in spans)

    s_left = [
        x
        for x in sn
        if x[0] not in q_vals
        and not same_length(s_spans, x[1], q_lengths)
        and not _times_as_word(v.s, x, v.q, range(len(v.q.toks)))
        and not _end_of_month(v.s, x, v.q)
        and not _between_two(v.s, x, v.q)
        and not _date_of_weekday_kept(v.s, x, v.q)
        and not _year_said_relative(v.s, x, v.q)
    ]
    q_left = [
        x
        for x in qn
        if x[0] not in s_vals
        # "1 citizen" set against "one citizen": aligned word for word, nothing added
        and not all(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(x[1], x[2]))
        and not same_length(q_spans, x[1], s_lengths)
        # "the two sides" / "both sides"
        and not (x[0] == 2 and any(v.s.toks[j].vkey == "both" for j in _near_region(v)))
        # "the two of us settled on a plan" / "we agreed on a plan"
        and not (
            x[0] == 2
            and [t.vkey for t in v.q.toks[x[2] : x[2] + 2]] in (["of", "us"], ["of", "them"])
        )
        # "the energy ministers of our two countries" / "our ministers of energy"
        and not (
            x[0] == 2
            and x[1] > 0
            and v.q.toks[x[1] - 1].vkey in ("our", "your")
            and any(v.s.toks[j].vkey in ("our", "ours") for j in _near_region(v))
        )
        and not _two_different(v, *x)
        and not _group_named_before(v, *x)
        and not counts_the_names_before(v.q, *x)
        and not _times_as_word(v.q, x, v.s, sorted(v.scope | v.region))
    ]
    # "twelve observers, six from the Council and six from Korvessa" / "twelve monitors,
    # half from the Council and half from Korvessa": a share of a total both sides give
    totals = {x[0] for x in qn} & {x[0] for x in scope_nums}
    shares = {
        round(f * total, 6) for f, _lo, _hi in q_left if 0 < f < 1 for total in totals if total >= 1
    }
    if shares:
        s_left = [x for x in s_left if round(x[0], 6) not in shares]
        q_left = [
            x
            for x in q_left
            if not (0 < x[0] < 1 and any(round(x[0] * tot, 6) in s_vals for tot in totals))
        ]
    region_vals = {x[0] for x in sn}

    def counted(side: Side, hi: int) -> str | None:
        """The first content word after a number: what it counts ("13 such aircraft"
        counts aircraft)."""
        for t in side.toks[hi : hi + 3]:
            if t.kind == "word" and not is_function(t) and t.vkey not in _KIND_WORDS:
                return t.stem
        return None

    def named(side: Side, lo: int) -> str | None:
        """The noun a number names a thing by ("flight 712", "Gate 4")."""
        t = side.toks[lo - 1] if lo > 0 else None
        return t.stem if t is not None and t.kind == "word" and not is_function(t) else None

    def partitive(side: Side, noun: str | None) -> bool:
        """The side names ``noun`` after an "of" ("Of these names, …")."""
        return noun is not None and any(
            t.stem == noun and any(x.vkey == "of" for x in side.toks[max(0, n - 3) : n])
            for n, t in enumerate(side.toks)
        )

    def in_date(side: Side, lo: int, hi: int, val: float) -> bool:
        near = side.toks[max(0, lo - 2) : hi + 2]
        # a year, a day of a month or a time of day: when, not how many of something
        return _is_year(val) or val >= _CLOCK or any(t.vkey in _MONTHS for t in near)

    for val, lo, hi in qn:
        # a figure the passage does not have, taken from elsewhere in the sentence and set
        # beside other words: "45 unmanned boats" → "45 … missiles"
        if (
            val in s_vals
            and not in_date(v.q, lo, hi, val)
            and val not in region_vals
            and not any(_matched(v.q_match.get(i, ("insert", ()))[0]) for i in range(lo, hi))
            and not any(
                _same_count(counted(v.s, shi), counted(v.q, hi))
                # "got 88 votes" / "88 deputies voted for": what the source's counted
                # people did is what the quote counts
                or _counts_the_act(v.s, shi, counted(v.q, hi))
                or _part_that_is(v.s, shi, v.q, hi)
                # "All twenty-seven are in good health" / "Every one of the twenty-seven
                # is healthy": a group named by its number alone on both sides
                or (_bare_count(v.s, shi) and _bare_count(v.q, hi))
                # "every second tram" / "one tram in two": what it counts, inside
                or any(t.stem == counted(v.q, hi) for t in v.s.toks[slo:shi])
                # a number that names ("flight 712", "Unit 2"): the same name before it
                or (named(v.s, slo) is not None and named(v.s, slo) == named(v.q, lo))
                # "Of these names, Tarvossa has confirmed 1,100": what it counts, fronted
                or partitive(v.q, counted(v.s, shi))
                # "we have moved almost 1,200 of them" / "Of the roughly 3,500 people
                # …, nearly 1,200 have been moved": a part of the group named before
                or (_of_them(v.s, shi) and (_of_them(v.q, hi) or _of_before(v.q, lo)))
                # "the danger level was already 4" / "the danger level already stood at
                # 4": what it measures, named before it on both sides
                or bool(_measured_before(v.s, slo) & _measured_before(v.q, lo))
                for sval, slo, shi in scope_nums
                if sval == val
            )
            and not _just_outside(v, val, lo, hi, scope_nums)
        ):
            out.append(
                Finding(
                    "number-moved",
                    f"number moved: '{_phrase(v.q, lo, hi, 1, 1)}' is not what the passage "
                    f"counts; the source gives {_fmt(val)} for something else",
                    0.85,
                )
            )
            cq.update(range(lo, hi))
    used: set[int] = set()
    for val, lo, hi in q_left:
        partner = None
        for k, (_sval, slo, shi) in enumerate(s_left):
            if k in used:
                continue
            if any(
                _matched(v.s_match.get(j, ("delete", ()))[0]) is False
                and lo in v.s_match.get(j, ("", ()))[1]
                for j in range(slo, shi)
            ):
                partner = k
                break
        if partner is None:
            for k, (_sval, slo, shi) in enumerate(s_left):
                if k not in used and _near(v, (lo, hi, ""), (slo, shi)):
                    partner = k
                    break
        if partner is None and v.region and (hi >= len(v.q.toks) - 1 or lo <= 1):
            # a figure at the quote's edge, where the passage's figure stands just outside
            # the aligned words ("fell by more than half" / "… more than a third.")
            a, b = min(v.region), max(v.region) + 1
            outside = [
                x
                for x in scope_nums
                if x[0] not in q_vals
                and x not in s_left
                and (
                    (hi >= len(v.q.toks) - 1 and 0 <= x[1] - b <= 2)
                    or (lo <= 1 and 0 <= a - x[2] <= 2)
                )
            ]
            if outside:
                s_left.append(outside[0])
                partner = len(s_left) - 1
        free = [k for k in range(len(s_left)) if k not in used]
        if partner is None and len(q_left) == 1 and len(free) == 1:
            # the one figure of each side, counting the same thing or on the same scale
            # ("about 40 million on the project" / "roughly 70 million has gone into it")
            _sval, slo, shi = s_left[free[0]]
            scale = _scale_word(v.q.toks[hi - 1]) == _scale_word(v.s.toks[shi - 1]) != ""
            if scale or (
                counted(v.q, hi) is not None and _same_count(counted(v.s, shi), counted(v.q, hi))
            ):
                partner = free[0]
        if partner is not None:
            used.add(partner)
            sval, slo, shi = s_left[partner]
            kind = "date" if _is_year(val) and _is_year(sval) else "number"
            out.append(
                Finding(
                    f"{kind}-changed",
                    f"{kind} changed: '{_phrase(v.s, slo, shi, 1, 1)}' → '{_phrase(v.q, lo, hi, 1, 1)}'",
                    0.95,
                )
            )
            cs.update(range(slo, shi))
        else:
            out.append(
                Finding("number-added", f"number added: '{_phrase(v.q, lo, hi, 1, 1)}'", 0.85)
            )
        cq.update(range(lo, hi))
    # "both our countries" / "our two countries", "the pair" / "the two suspects"
    both = any(t.vkey in ("both", "pair", "duo") for t in v.q.toks)
    for k, (sval, slo, shi) in enumerate(s_left):
        if k in used or (both and sval == 2):
            continue
        if _owned_count_kept(v, slo, shi):
            continue  # "our two countries" / "our countries": the count names the owners
        if _whole_for_all_of_it(v, sval, shi):
            continue  # "cannot pay 100 percent of every loss" / "every loss in full"
        out.append(
            Finding("number-dropped", f"number dropped: '{_phrase(v.s, slo, shi, 1, 1)}'", 0.8)
        )
        cs.update(range(slo, shi))
    return out


def _measured_before(side: Side, lo: int) -> set[str]:
    """The content words of the clause just before a figure (at most four words back,
    not past a comma): what the figure measures when it ends the clause ("the danger
    level was already 4")."""
    out: set[str] = set()
    for k in range(lo - 1, max(-1, lo - 5), -1):
        t = side.toks[k]
        if re.search(r"[,;:.!?]", side.text[t.end : side.toks[k + 1].start]):
            break
        if (
            t.kind == "word"
            and not is_function(t)
            and t.vkey not in _MEASURE_VERBS
            and t.vkey not in _AMOUNT_WORDS
        ):
            out.add(t.stem)
    return out


# words of amount, not of what is measured ("more than 140,000")
_AMOUNT_WORDS = frozenset(
    [
        *("more", "less", "fewer", "over", "under", "about", "almost", "nearly", "around"),
        *("roughly", "some", "least", "most", "up", "than", "just", "only", "exactly"),
        "approximately",
    ]
)
# verbs between a measure and its figure ("stood at", "reached", "was")
_MEASURE_VERBS = frozenset(["stood", "stands", "stand", "reached", "already", "now", "still"])


_OWNERS = frozenset(["our", "my", "their", "his", "her", "your"])


def _owned_count_kept(v: _View, slo: int, shi: int) -> bool:
    """The source's count stands between a possessive and its noun ("our two countries",
    "my three deputies"), and the quote keeps the noun with the possessive ("our
    countries"): the count only names whose they are, it is not a figure claimed."""
    s = v.s.toks
    if slo == 0 or shi >= len(s) or s[slo - 1].vkey not in _OWNERS or shi - slo != 1:
        return False
    noun, owner = s[shi].stem, s[slo - 1].vkey
    q = v.q.toks
    return any(
        q[i].stem == noun and q[i - 1].vkey == owner and q[i - 1].vkey in _OWNERS
        for i in range(1, len(q))
    )


_IN_WHOLE = frozenset(["fully", "entirely", "completely", "wholly", "full", "entirety"])


def _whole_for_all_of_it(v: _View, val: float, shi: int) -> bool:
    """A "100 percent" the quote says as the whole ("in full", "fully", "entirely")."""
    return (
        val == 100
        and shi < len(v.s.toks)
        and v.s.toks[shi].vkey in ("percent", "%")
        and any(t.vkey in _IN_WHOLE for t in v.q.toks)
    )


def _figures_swapped(v: _View, cq: set[int]) -> list[Finding]:
    """Two figures of the passage that changed verbs: "we will hand over 60 detainees and
    receive 48" quoted as "we will receive 60 and hand over 48"."""

    def verbs(side: Side, idx: Sequence[int]) -> dict[float, str]:
        out: dict[float, str] = {}
        for val, lo, _hi in _numbers(side, idx):
            words = [t for t in side.toks[max(0, lo - 4) : lo] if not is_function(t)]
            words = [t for t in words if t.kind == "word" and loaded_kind(t) is None]
            if words and val not in out:
                out[val] = words[-1].stem
        return out

    def counts(side: Side, idx: Sequence[int]) -> dict[float, str]:
        """What each figure counts: "40 helicopters", "212 of our defenders"."""
        out: dict[float, str] = {}
        allowed = set(idx)
        for val, _lo, hi in _numbers(side, idx):
            words = [
                t
                for k, t in enumerate(side.toks[hi : hi + 4], start=hi)
                if k in allowed and t.kind == "word" and not is_function(t)
            ]
            if words and val not in out and not _is_year(val):
                out[val] = words[0].stem
        return out

    def after(side: Side, idx: Sequence[int]) -> dict[float, set[str]]:
        """The content words just after each figure ("91 deputies voted against")."""
        out: dict[float, set[str]] = {}
        for val, _lo, hi in _numbers(side, idx):
            out.setdefault(val, set()).update(
                t.stem for t in side.toks[hi : hi + 3] if t.kind == "word" and not is_function(t)
            )
        return out

    def where(side: Side, idx: Sequence[int]) -> dict[float, str]:
        """The last content word of each figure's own stretch, up to the next figure, comma
        or "and" ("two thirds came from the east", "and one third from the west")."""
        out: dict[float, str] = {}
        nums = _numbers(side, idx)
        starts = {lo for _v, lo, _h in nums}
        for val, _lo, hi in nums:
            last = None
            for k in range(hi, min(len(side.toks), hi + 6)):
                t = side.toks[k]
                gap = side.text[side.toks[k - 1].end : t.start] if k > 0 else ""
                if (
                    k in starts
                    or t.vkey in ("and", "but", "while")
                    or "," in gap
                    or side.sentence_break(k)
                ):
                    break
                if t.kind == "word" and not is_function(t):
                    last = t.stem
            if last is not None and val not in out and not _is_year(val):
                out[val] = last
        return out

    q_idx = [i for i in range(len(v.q.toks)) if i not in cq]
    s_idx = sorted(v.region | v.scope)
    q_after, s_after = after(v.q, q_idx), after(v.s, s_idx)
    for read in (verbs, counts, where):
        q, s = read(v.q, q_idx), read(v.s, s_idx)
        shared = [x for x in q if x in s]
        for n, a in enumerate(shared):
            for b in shared[n + 1 :]:
                qa, qb, sa, sb = q[a], q[b], s[a], s[b]
                if qa in (qb, sa) or sb in (sa, qb) or synonymous(qa, sa) or synonymous(qb, sb):
                    continue  # (or the same word in other words: "artillery strikes" /
                    # "artillery attacks")
                if read is not verbs and (
                    qa in q_after.get(b, set()) or sb in s_after.get(a, set())
                ):
                    # "got 88 votes, 91 deputies voted against" / "88 deputies voted for,
                    # 91 voted against": a word said of both figures, no swap
                    continue
                if (qa == sb or synonymous(qa, sb)) and (qb == sa or synonymous(qb, sa)):
                    return [
                        Finding(
                            "reversed",
                            f"reversed: the figures {_fmt(a)} and {_fmt(b)} changed places",
                            0.85,
                        )
                    ]
    return []


# the verbs a group named by its number takes ("the three are", "all forty remain")
_VERB_AFTER_COUNT = (_GROUP_VERBS - {"of", "who"}) | {"has", "remained"}


def _bare_count(side: Side, hi: int) -> bool:
    """A number that stands for its group with no noun after it, followed by its verb
    ("all twenty-seven are", "the three may bring")."""
    return hi < len(side.toks) and side.toks[hi].vkey in _VERB_AFTER_COUNT


def _is_year(x: float) -> bool:
    return x == int(x) and 1800 <= x <= 2100


def same_span(
    qtoks: Sequence[Tok], qi: Sequence[int], stoks: Sequence[Tok], sj: Sequence[int]
) -> bool:
    """Whether two reworded blocks name the same length of time ("the coming fortnight" /
    "the next two weeks", "a year" / "twelve months")."""

    def spans(toks: Sequence[Tok], idx: Sequence[int]) -> set[tuple[str, float]]:
        lo, hi = max(0, min(idx) - 1), max(idx) + 1
        side = Side(list(toks), "")
        return {d for d, a, b in _durations(side, range(lo, hi)) if a < hi and b > lo}

    q, s = spans(qtoks, qi), spans(stoks, sj)
    return bool(q) and q == s


def _a_date(side: Side, j: int) -> bool:
    """A year or a day of a month: when, not how many."""
    near = side.toks[max(0, j - 1) : j + 2]
    value = number_value(side.toks[j])
    return (value is not None and _is_year(value)) or any(t.vkey in _MONTHS for t in near)


def _aside(side: Side, a: int, b: int) -> bool:
    """Whether tokens ``a``..``b`` are an aside set between two commas of one clause."""
    if a == 0 or b + 1 >= len(side.toks):
        return False
    before = side.text[side.toks[a - 1].end : side.toks[a].start]
    after = side.text[side.toks[b].end : side.toks[b + 1].start]
    inside = [side.text[side.toks[k - 1].end : side.toks[k].start] for k in range(a + 1, b + 1)]
    return (
        before.strip() == ","
        and after.strip() == ","
        and not any(re.search(r"[,;:.!?—–]", g) for g in inside)
    )


def _figure_behind_ellipsis(v: _View, cq: set[int]) -> list[Finding]:
    """ "The damage is estimated at … more than 200 million euros": the ellipsis stands for
    the passage's own figure (roughly 85 million euros …), and the figure after it belonged
    to something else."""
    out: list[Finding] = []
    for k, st in enumerate(v.steps):
        if st.op != "skip" or not any(v.s.toks[j].kind == "num" for j in st.s):
            continue
        if all(_a_date(v.s, j) for j in st.s if v.s.toks[j].kind == "num"):
            continue  # "installed during a renovation completed in October 2023, …": a date
        if _aside(v.s, min(st.s), max(st.s)):
            continue  # "the whole system, with seventeen campuses and more than 186,000
            # students, had only nine people": an aside between commas, the frame kept
        after = [i for later in v.steps[k + 1 : k + 4] for i in later.q][:3]
        figures = [i for i in after if v.q.toks[i].kind == "num" and i not in cq]
        if figures:
            words = v.s.words(st.s).split()
            dropped = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
            out.append(
                Finding(
                    "figure-moved",
                    f"figure moved: the ellipsis drops '{dropped}', so "
                    f"'{v.q.toks[figures[0]].raw}' now stands for something the source gave "
                    "another figure",
                    0.85,
                )
            )
            cq.update(figures)
    return out
