"""Numeric claims: every number a speaker or the report asserts, with its hedge and unit.

A claim is one number phrase ("about 130 times", "As many as 524 unmanned aerial vehicles",
"between 10 and 20 percent") turned into an interval with a direction:

=================================================  ============  ======================
hedge                                              direction     interval (low, high)
=================================================  ============  ======================
(none)                                             exact         (v, v)
about, around, approximately, roughly, some, ...   around        (0.9 v, 1.1 v)
almost, nearly, just under, close to, ...          just-under    (None, v)
more than, over, above, in excess of, ...          above         (v, None)
fewer than, less than, under, below                below         (None, v)
as many as, up to, as much as, at most, ...        at-most       (None, v)
at least, no fewer than, a minimum of              at-least      (v, None)
between X and Y, from X to Y, X to Y, X-Y          range         (X, Y), value None
ordinals ("the third time", "80th anniversary")    ordinal       (v, v)
=================================================  ============  ======================

What is counted (``unit``) is the noun phrase the number qualifies ("unmanned aerial vehicles",
"heads of state"), "percent", a currency, or for "times" the action counted:
"violated ... about 130 times the moratorium" → "times (violated the moratorium)".

Not claims: numbers that are part of a date, time or range of dates (a duration such as
"four days" is a claim), hyphenated modifiers ("30-day", "four-star"), model numbers after a
name ("Boeing 737"), ordinals in names ("Second World War"), "first"/"second"/"last" as
discourse words ("first of all"), and "one" used as a pronoun.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from onrecord.analyse.numbers import GLUED_UNITS, is_ordinal, number_pattern, parse_number
from onrecord.analyse.time import find_times
from onrecord.model import Claim, Span, TimeExpr

log = logging.getLogger(__name__)

STAGE = "claims/1"

__all__ = ["STAGE", "find_claims", "hedge_of"]

_HEDGES: list[tuple[str, str]] = [
    (
        "at-most",
        r"as many as|as much as|up to|at most|at the most|no more than|not more than|a maximum of|maximum of|as high as",
    ),
    (
        "at-least",
        r"at least|no fewer than|no less than|not less than|a minimum of|minimum of|as few as|as little as",
    ),
    (
        "just-under",
        r"almost|nearly|just under|just below|close to|slightly less than|slightly fewer than|just shy of|not quite|short of|approaching|virtually",
    ),
    (
        "above",
        r"more than|over|above|in excess of|upwards of|exceeding|greater than|well over|just over|beyond|higher than|larger than|some more than",
    ),
    ("below", r"fewer than|less than|under|below|lower than|smaller than"),
    (
        "around",
        r"about|around|approximately|roughly|some|circa|ca\.|an estimated|estimated|approx\.|or so|in the region of|in the order of|on the order of|give or take",
    ),
]
_HEDGE_RE = [(d, re.compile(rf"(?i:\b(?P<h>{rx}))\s+(?:(?:the|a|an)\s+)?$")) for d, rx in _HEDGES]
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|(?i:to|and|or))\s*")
_RANGE_OPEN = re.compile(r"(?i:\b(?P<open>between|from))\s+$")
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>US\$|A\$|C\$|HK\$|\$|€|£|¥|₽|₹|(?i:USD|EUR|GBP|RUB|CNY|JPY)\s?)\s?$"
)
_CURRENCY_NAMES = {
    "$": "dollars",
    "us$": "US dollars",
    "a$": "Australian dollars",
    "c$": "Canadian dollars",
    "hk$": "Hong Kong dollars",
    "€": "euros",
    "£": "pounds",
    "¥": "yen",
    "₽": "roubles",
    "₹": "rupees",
    "usd": "US dollars",
    "eur": "euros",
    "gbp": "pounds",
    "rub": "roubles",
    "cny": "yuan",
    "jpy": "yen",
}
_PERCENT_AFTER = re.compile(r"\s?(?:%|(?i:per\s?cent|percent|percentage points?)\b)")
_DISCOURSE_ORDINALS = {"first", "second", "last", "1st", "2nd"}
_OF_HEADS = {
    "head",
    "heads",
    "leader",
    "leaders",
    "member",
    "members",
    "minister",
    "ministers",
    "state",
    "states",
    "chief",
    "chiefs",
    "tonnes",
    "tons",
    "barrels",
    "cubic",
    "kinds",
    "types",
}


_IDENT_AFTER_NAME = re.compile(
    r"(?<![.!?]\s)\b(?P<name>[A-Z][A-Za-z]+)\s(?P<num>\d{3,})(?![\d,.]\d)"
)
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
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
}
_NOT_NAMES = {
    "the",
    "a",
    "an",
    "all",
    "and",
    "but",
    "or",
    "only",
    "just",
    "in",
    "on",
    "at",
    "by",
    "for",
    "of",
    "to",
    "with",
    "from",
    "another",
    "some",
    "these",
    "those",
    "his",
    "her",
    "their",
    "our",
    "its",
    "we",
    "they",
    "he",
    "she",
    "it",
    "about",
    "over",
    "nearly",
    "almost",
}
_IDENT_BEFORE = re.compile(
    r"(?i:\b(?:no\.|nos\.|number|version|v\.|ver\.|model|flight|page|p\.|chapter|article|section|"
    r"room|route|highway|gate|platform|track|channel|resolution|#))\s*$"
)


def hedge_of(before: str) -> tuple[str, str] | None:
    """(direction, hedge as written) of the words just before a number, or None."""
    for direction, rx in _HEDGE_RE:
        m = rx.search(before)
        if m:
            return direction, m.group("h")
    return None


def _interval(direction: str, v: float) -> tuple[float | None, float | None]:
    if direction in ("exact", "ordinal"):
        return v, v
    if direction == "around":
        return round(v * 0.9, 6), round(v * 1.1, 6)
    if direction in ("just-under", "below", "at-most"):
        return None, v
    if direction in ("above", "at-least"):
        return v, None
    return v, v


def _np_after(
    tokens: list[Any], k: int, identifiers: frozenset[str] | set[str] = frozenset()
) -> list[Any]:
    """The noun phrase right after token ``k``: modifiers up to its head noun, plus a bare
    "of"-complement ("heads of state", "heads of international organizations")."""
    out: list[Any] = []
    j = k + 1
    while j < len(tokens):
        t = tokens[j]
        if t.pos_ == "NUM" and out and out[-1].pos_ == "PROPN" and t.whitespace_ != "":
            out.append(t)  # "Boeing 737 aircraft"
            j += 1
            continue
        if t.like_num and (t.text in identifiers or (out and out[-1].text in ("-", "–"))):
            out.append(t)  # "five new 737-800 planes", "20 of the 787 type"
            j += 1
            continue
        if t.pos_ in ("ADJ", "NOUN", "PROPN") or (
            t.tag_ == "VBN" and j + 1 < len(tokens) and tokens[j + 1].pos_ in ("NOUN", "ADJ")
        ):
            out.append(t)
            j += 1
            if t.pos_ in ("NOUN", "PROPN") and (
                j >= len(tokens)
                or tokens[j].pos_ not in ("NOUN", "PROPN", "NUM")
                or (tokens[j].pos_ == "NUM" and t.pos_ != "PROPN")
            ):
                break
            continue
        if t.text in ("-", "–") and out and out[-1].like_num:
            out.append(t)
            j += 1
            continue
        if t.text in ("-", "–") and out:
            out.append(t)
            j += 1
            continue
        break
    while out and out[-1].pos_ not in ("NOUN", "PROPN"):
        out.pop()
    while out and out[0].lower_ in ("more", "fewer", "less", "other"):
        out.pop(0)  # "five more Boeing 737 aircraft" counts aircraft
    if not out:
        return out
    # "heads of state", "members of parliament": keep an "of" + bare noun phrase complement
    if j + 1 < len(tokens) and tokens[j].lower_ == "of" and out[-1].lower_ in _OF_HEADS:
        comp: list[Any] = []
        m = j + 1
        while m < len(tokens) and tokens[m].pos_ in ("ADJ", "NOUN", "PROPN"):
            comp.append(tokens[m])
            m += 1
        if comp and comp[-1].pos_ in ("NOUN", "PROPN"):
            out += [tokens[j], *comp]
    return out


def _phrase(toks: Sequence[Any]) -> str:
    return "".join(t.text_with_ws for t in toks).strip()


def _object_phrase(tok: Any) -> str:
    """A short description of a noun: determiner, compounds and the noun ("the moratorium"),
    dropping numeric modifiers ("the 30-day moratorium" → "the moratorium")."""
    keep = []
    for child in tok.children:
        if child.i > tok.i:
            continue
        if child.dep_ in ("det", "poss", "compound", "amod") and not any(
            c.like_num or c.pos_ == "NUM" for c in child.subtree
        ):
            if child.dep_ == "compound" and child.tag_ in ("NNP", "NNPS"):
                keep.extend(child.subtree)
            elif child.dep_ != "amod":
                keep.append(child)
    keep.append(tok)
    keep.sort(key=lambda t: t.i)
    return " ".join(t.text for t in keep)


def _noun_after(tok: Any) -> Any | None:
    aside = False
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.text in ("–", "—", "(", ")", "--"):
            aside = not aside if t.text not in ("(", ")") else t.text == "("
            continue
        if aside:
            continue
        if t.pos_ == "VERB" or t.text in (".", ";", ":"):
            return None
        if t.pos_ == "NOUN" and t.dep_ != "compound" and not any(c.like_num for c in t.children):
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.pos_ == "NOUN":
                continue
            return t
    return None


def _times_qualifier(num_tok: Any, times_tok: Any) -> str:
    """What "N times" counts: the verb and its object ("violated the moratorium")."""
    verb = None
    for anc in (times_tok, *times_tok.ancestors, *num_tok.ancestors):
        if anc.pos_ in ("VERB", "AUX") and anc is not times_tok:
            verb = anc
            break
    if verb is None:
        return "times"
    dobj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if dobj is not None and dobj is not times_tok:
        return f"times ({verb.text} {_object_phrase(dobj)})"
    if verb.i < times_tok.i:
        # "violated about 130 times the 30-day – I stress – 30-day moratorium": the parse breaks
        # at the aside, so take the first noun after "times" outside dashes and brackets
        obj = _noun_after(times_tok)
        if obj is not None:
            det = times_tok.nbor(1) if times_tok.i + 1 < len(times_tok.doc) else None
            lead = f"{det.text} " if det is not None and det.pos_ == "DET" else ""
            return f"times ({verb.text} {lead}{obj.text})"
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        aux = next((c.text for c in verb.children if c.dep_ == "auxpass"), "")
        return f"times ({_object_phrase(subj)} {aux + ' ' if aux else ''}{verb.text})"
    return f"times ({verb.text})"


def _unit(
    text: str, start: int, end: int, tokens: list[Any], k: int | None, identifiers: set[str]
) -> str | None:
    if _PERCENT_AFTER.match(text, end):
        return "percent"
    glued = re.search(r"[A-Za-z/]+$", text[start:end])
    if glued and glued.group(0).lower() in GLUED_UNITS:
        return GLUED_UNITS[glued.group(0).lower()]
    cur = _CURRENCY_BEFORE.search(text[max(0, start - 6) : start])
    if cur:
        name = _CURRENCY_NAMES.get(cur.group("cur").strip().lower(), cur.group("cur").strip())
        return name
    if k is None:
        return None
    np = _np_after(tokens, k, identifiers)
    if not np and k + 1 < len(tokens) and tokens[k + 1].lower_ == "of":
        # "up to 60 of its new A350 jets", "five of the victims"
        j = k + 2
        while j < len(tokens) and (tokens[j].pos_ == "DET" or tokens[j].tag_ == "PRP$"):
            j += 1
        np = _np_after(tokens, j - 1, identifiers)
        if np:
            return "of " + _phrase(tokens[k + 2 : np[-1].i + 1])
    if not np:
        return None
    if np[0].lower_ in ("times", "time") and len(np) == 1 and not is_ordinal(tokens[k].text):
        return _times_qualifier(tokens[k], np[0])
    return _phrase(np)


def _identifiers(text: str) -> set[str]:
    """Numbers the text uses as names: three or more digits written right after a capitalised
    word that is not a month ("Boeing 787", "Flight 370"). Such a number names the same thing
    everywhere in the text, even without the name before it ("the 787")."""
    out = set()
    for m in _IDENT_AFTER_NAME.finditer(text):
        name = m.group("name").lower()
        if name in _MONTHS or name in _NOT_NAMES or hedge_of(m.group("name") + " "):
            continue
        if re.search(rf"\b{name}\b", text):
            continue  # the word is also written in lower case: not a name
        out.add(m.group("num"))
    return out


def _skip(
    text: str,
    start: int,
    end: int,
    words: str,
    tokens: list[Any],
    k: int | None,
    identifiers: set[str],
) -> bool:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    low = words.lower()
    if re.match(r"[-–/][A-Za-z]", after) or re.search(
        r"[A-Za-z]\w*[-/]$", text[max(0, start - 12) : start]
    ):
        return True  # "30-day", "four-star", "A330-200"
    if re.match(r"/\d", after) or re.search(r"\d/$", before) or re.match(r"x\d", after):
        return True  # "24/7", "320x240"
    if re.match(r"\.\d", after) or before.endswith(("'", "’")):
        return True  # "1.1.1" (a version), "'11" (a year)
    joined = re.search(r"(\d+)[-–]$", text[max(0, start - 8) : start])
    if words in identifiers or (joined is not None and joined.group(1) in identifiers):
        return True  # "the 787" once the text has said "Boeing 787"; "737-800"
    if _IDENT_BEFORE.search(text[max(0, start - 12) : start]):
        return True  # "No. 1", "version 3.0", "Flight 447"
    if re.match(r"\s?(?:[ap]\.?m\b|:\d)", after):
        return True
    if is_ordinal(words):
        if low in _DISCOURSE_ORDINALS and not re.match(r"\s+times?\b", text[end : end + 7]):
            return True
        if words[:1].isupper() and re.match(r"\s+[A-Z]", text[end : end + 3]):
            return True  # "Second World War"
    if k is not None:
        tok = tokens[k]
        first = tokens[k - (len(words.split()) - 1)] if k - (len(words.split()) - 1) >= 0 else tok
        prev = tokens[first.i - tokens[0].i - 1] if first.i > tokens[0].i else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if low == "one" and (nxt is None or nxt.pos_ != "NOUN"):
            return True  # "one of them", "no one", "one more thing"
        plain_digits = re.fullmatch(r"\d+(?:\.\d+)?", words) is not None
        if plain_digits and prev is not None and prev.tag_ in ("NNP", "NNPS") and prev.whitespace_:
            return True  # "Boeing 737", "iPhone 4", "Mac OS X 10.4": a name's number
        money = _CURRENCY_BEFORE.search(text[max(0, start - 6) : start]) is not None
        if plain_digits and not money and nxt is not None and nxt.pos_ == "PROPN":
            return True  # "the 787 Dreamliner"
        if (
            plain_digits
            and len(words) >= 3
            and prev is not None
            and prev.lower_ == "the"
            and (nxt is None or nxt.pos_ not in ("NOUN", "ADJ", "NUM"))
        ):
            return True  # "the 787 is ...": a model named by its number
        if low.startswith("third") and nxt is not None and nxt.lower_ in ("party", "parties"):
            return True
    return False


def _in_time(times: Sequence[TimeExpr], start: int, end: int) -> bool:
    return any(t.start <= start and end <= t.end and t.kind != "duration" for t in times)


def _scope(times: Sequence[TimeExpr], sent_start: int, sent_end: int) -> str | None:
    for t in times:
        if (
            sent_start <= t.start < sent_end
            and t.kind != "duration"
            and t.granularity != "ref"
            and t.value
        ):
            return f"{t.text} ({t.value})"
    return None


def find_claims(
    text: str,
    spans: Sequence[Span] | None = None,
    *,
    claimant: Callable[[int], str | None] | None = None,
    doc: str = "page",
    anchor: str | None = None,
    times: Sequence[TimeExpr] | None = None,
    nlp: Any = None,
) -> tuple[Claim, ...]:
    """Every number asserted in the given regions of ``text`` (all of it when ``spans`` is None).

    ``claimant(offset)`` names the speaker of the sentence at ``offset`` (from turns or
    attributions); ``anchor`` resolves the time expressions that give each claim its
    ``time_scope``; pass ``times`` when they are already known. ``nlp`` defaults to the shared
    pipeline (:func:`onrecord.analyse.nlp.nlp`).
    """
    if nlp is None:
        from onrecord.analyse.nlp import nlp as load

        nlp = load()
    regions = sorted(spans, key=lambda s: s.start) if spans else [Span(0, len(text))]
    if times is None:
        times = find_times(text, regions, anchor=anchor, doc=doc)
    out: list[Claim] = []
    rx = number_pattern()
    identifiers = _identifiers(text)
    for region, parsed in zip(
        regions, nlp.pipe([text[r.start : r.end] for r in regions]), strict=True
    ):
        tokens = list(parsed)
        by_end = {region.start + t.idx + len(t.text): i for i, t in enumerate(tokens)}
        sents = [(region.start + s.start_char, region.start + s.end_char) for s in parsed.sents]
        matches = list(rx.finditer(text, region.start, region.end))
        i = 0
        while i < len(matches):
            m = matches[i]
            start, end, words = m.start(), m.end(), m.group(0)
            value = parse_number(words)
            k = by_end.get(end)
            if (
                value is None
                or _in_time(times, start, end)
                or _skip(text, start, end, words, tokens, k, identifiers)
            ):
                i += 1
                continue
            direction, hedge = "ordinal" if is_ordinal(words) else "exact", None
            low: float | None
            high: float | None
            v: float | None = value
            phrase_start, _phrase_end = start, end
            # ranges: "between 10 and 20", "from 5 to 7", "10-20"
            if i + 1 < len(matches) and direction == "exact":
                nxt = matches[i + 1]
                gap = text[end : nxt.start()]
                opener = _RANGE_OPEN.search(text[max(region.start, start - 9) : start])
                nv = parse_number(nxt.group(0))
                joins = _RANGE_JOIN.fullmatch(gap) is not None and gap.strip().lower() != "or"
                if gap.strip().lower() == "and" and opener is None:
                    joins = False
                if (
                    joins
                    and nv is not None
                    and nv > value
                    and not _in_time(times, nxt.start(), nxt.end())
                ):
                    if (
                        nv >= 1000 * value
                        and re.search(r"[a-z]", nxt.group(0))
                        and not re.search(r"[a-z]", words)
                    ):
                        value *= nv / (
                            parse_number(re.sub(r"[^\d.,]", "", nxt.group(0)) or "1") or 1
                        )
                    low, high, v = value, nv, None
                    direction = "range"
                    hedge = f"{opener.group('open')} … {gap.strip()}" if opener else gap.strip()
                    if opener:
                        phrase_start = start - len(opener.group(0))
                    end = nxt.end()
                    k = by_end.get(end)
                    i += 1
            if direction != "range":
                cur0 = _CURRENCY_BEFORE.search(text[max(region.start, start - 6) : start])
                at = start - (len(cur0.group(0)) if cur0 else 0)
                h = hedge_of(text[max(region.start, at - 30) : at])
                if h and direction == "exact":
                    direction, hedge = h
                    hm = re.search(rf"{re.escape(h[1])}\s+(?:(?:the|a|an)\s+)?$", text[:at], re.I)
                    phrase_start = at - len(hm.group(0)) if hm else start
                low, high = _interval(direction, value)
            unit = _unit(text, start, end, tokens, k, identifiers)
            np_end = end
            pm = _PERCENT_AFTER.match(text, end)
            if pm:
                np_end = pm.end()
            elif (
                unit
                and k is not None
                and not _CURRENCY_BEFORE.search(text[max(0, start - 6) : start])
            ):
                np = _np_after(tokens, k, identifiers)
                if not np and unit.startswith("of "):
                    tail = r"\s+".join(map(re.escape, unit.split()))
                    om = re.compile(rf"\s+{tail}").match(text, end)
                    np_end = om.end() if om else end
                elif np:
                    np_end = region.start + np[-1].idx + len(np[-1].text)
            cur = _CURRENCY_BEFORE.search(text[max(0, phrase_start - 6) : phrase_start])
            if cur and direction != "range" and not hedge:
                phrase_start -= len(cur.group(0))
            sent = next(((a, b) for a, b in sents if a <= start < b), (start, end))
            out.append(
                Claim(
                    start=phrase_start,
                    end=np_end,
                    text=text[phrase_start:np_end],
                    value=v,
                    low=low,
                    high=high,
                    direction=direction,
                    hedge=hedge,
                    unit=unit,
                    claimant=claimant(start) if claimant else None,
                    time_scope=_scope(times, *sent),
                    doc=doc,
                    stage=STAGE,
                )
            )
            i += 1
    return tuple(out)
