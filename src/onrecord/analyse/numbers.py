"""Numbers written in digits or words: "27 million", "5,000", "a dozen", "six", "third", "1.5bn".

:func:`parse_number` turns the words of one number into a float. :func:`number_pattern` is the
regular expression :mod:`onrecord.analyse.claims` and :mod:`onrecord.analyse.time` use to find
numbers in running text; :func:`is_ordinal` says whether a number phrase is an ordinal.
"""

from __future__ import annotations

import re

STAGE = "numbers/1"

UNITS = {
    "zero": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
SUFFIX_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
}
SPECIAL = {
    "a dozen": 12,
    "dozen": 12,
    "half a dozen": 6,
    "a score": 20,
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a couple": 2,
    "a couple of": 2,
    "a pair of": 2,
}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SUFFIX = "|".join(sorted(SUFFIX_SCALES, key=len, reverse=True))

# One word-number: "twenty-seven", "a hundred and five", "two thousand three hundred".
_WORDNUM = (
    rf"(?:(?:{_WORD})(?:[- ](?:{_WORD}))?|an?(?= (?:{_SCALE})\b))"
    rf"(?:(?: and)? (?:{_SCALE}|{_WORD})(?:[- ](?:{_WORD}))?)*"
)
# Digits with an optional scale word or suffix: "27 million", "1.5bn", "5,000", "3.2 billion".
_DIGNUM = rf"(?:{_DIGITS})(?:(?:{_SUFFIX})\b|(?: (?:{_SCALE}))+)?"
# Units written onto the digits: "500km", "30GB", "2.5kg".
GLUED_UNITS = {
    "km": "kilometres",
    "kg": "kilograms",
    "mm": "millimetres",
    "cm": "centimetres",
    "ft": "feet",
    "gb": "gigabytes",
    "mb": "megabytes",
    "tb": "terabytes",
    "kb": "kilobytes",
    "mph": "miles per hour",
    "kph": "kilometres per hour",
    "mw": "megawatts",
    "gw": "gigawatts",
    "kw": "kilowatts",
    "kwh": "kilowatt hours",
    "ghz": "gigahertz",
    "mhz": "megahertz",
    "lb": "pounds",
    "lbs": "pounds",
}
_GLUED = "|".join(sorted(GLUED_UNITS, key=len, reverse=True))
_ORDNUM = rf"(?:\d+(?:st|nd|rd|th)\b|(?:(?:{_WORD})-)?(?:{_ORD}))"

NUMBER = (
    rf"(?<![\w.,])(?:(?:{_DIGITS})(?i:{_GLUED})\b|{_DIGNUM}|(?i:half a dozen|a dozen|dozen|a score|"
    rf"two-thirds|two thirds|three quarters|three-quarters|a third|half(?! past)|{_ORDNUM}|{_WORDNUM}"
    rf"(?: (?:{_SCALE}))*))(?![\w])"
)
_NUMBER_RE = re.compile(NUMBER)


def number_pattern() -> re.Pattern[str]:
    """The regular expression of one number (digits, words, ordinals) in running text."""
    return _NUMBER_RE


def is_ordinal(words: str) -> bool:
    """True for "third", "80th", "twenty-first"."""
    w = words.strip().lower()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", w):
        return True
    last = re.split(r"[- ]", w)[-1]
    return last in ORDINALS


def _words_value(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("and", "a", "an"):
            if w in ("a", "an"):
                current += 1
                seen = True
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in ORDINALS:
            current += ORDINALS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(words: str) -> float | None:
    """The value of one number written in digits, words or both.

    >>> parse_number("27 million"), parse_number("5,000"), parse_number("a dozen")
    (27000000.0, 5000.0, 12.0)
    >>> parse_number("third"), parse_number("1.5bn"), parse_number("twenty-seven")
    (3.0, 1500000000.0, 27.0)

    Returns None for words that are not a number ("several", "many").
    """
    w = re.sub(r"\s+", " ", words.strip().lower())
    w = w.replace("\u2013", "-").replace("\u2019", "'")
    if not w:
        return None
    if w in SPECIAL:
        return float(SPECIAL[w])
    m = re.fullmatch(rf"({_DIGITS})\s*((?:{_SUFFIX})|(?: ?(?:{_SCALE}))+)?", w)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = (m.group(2) or "").strip()
        if scale in SUFFIX_SCALES:
            value *= SUFFIX_SCALES[scale]
        elif scale:
            for s in scale.split():
                value *= SCALES[s]
        return value
    m = re.fullmatch(rf"({_DIGITS})\s?(?:{_GLUED})", w)
    if m:
        return float(m.group(1).replace(",", ""))
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return float(m.group(1))
    if re.fullmatch(r"\d+(?:\.\d+)?\s*(?:%|per ?cent)", w):
        return float(re.match(r"\d+(?:\.\d+)?", w).group(0))  # type: ignore[union-attr]
    parts = [p for p in re.split(r"[\s-]+", w) if p]
    return _words_value(parts)
