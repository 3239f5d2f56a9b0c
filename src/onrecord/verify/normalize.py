"""Words of quotes and sources, normalised at three levels.

Every token keeps its character span in the text it came from and three keys:

``exact``
    lower-cased, curly apostrophes made straight, digit grouping removed ("5,000" →
    "5000"). Two tokens with the same ``exact`` are the *same word* (verbatim).
``vkey``
    the spelling-variant key: diacritics, dots and hyphens removed, UK spellings made
    US ("organise" → "organize", "honour" → "honor", "centre" → "center"),
    transliterations unified ("Kiev" → "kyiv"), number words made digits ("five" → "5").
    Same ``vkey`` but a different ``exact`` is a *spelling variant* (cosmetic).
``stem``
    a light stem of ``vkey`` (irregular forms from ``data/irregular.tsv``, then suffix
    rules). Same ``stem`` only is an *inflection* (edited).

Contractions are expanded ("don't" → "do" "not", both with the span of "don't" and
``contracted`` set), so "do not" and "don't" are variants of each other.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import NamedTuple

__all__ = [
    "Tok",
    "fold",
    "keys",
    "load_list",
    "load_pairs",
    "number_value",
    "stem",
    "tokenize",
    "vkey",
]


# --------------------------------------------------------------------------- data files


def _data_lines(name: str) -> Iterator[str]:
    text = resources.files("onrecord.verify").joinpath("data", name).read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


@functools.cache
def load_list(name: str) -> tuple[str, ...]:
    """A one-entry-a-line list from ``verify/data`` (comments and blanks skipped)."""
    return tuple(line.strip().lower() for line in _data_lines(name))


@functools.cache
def load_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """A two-column tab-separated table from ``verify/data``."""
    out: list[tuple[str, str]] = []
    for line in _data_lines(name):
        left, _, right = line.partition("\t")
        if right.strip():
            out.append((left.strip().lower(), right.strip().lower()))
    return tuple(out)


@functools.cache
def _variants() -> dict[str, str]:
    return dict(load_pairs("variants.tsv"))


@functools.cache
def _irregular() -> dict[str, str]:
    return dict(load_pairs("irregular.tsv"))


# --------------------------------------------------------------------------- tokens


class Tok(NamedTuple):
    """A word of a quote or a source with its span and its keys (a named tuple: cheap to
    make by the million when a large source is indexed)."""

    raw: str
    start: int
    end: int
    exact: str
    vkey: str
    stem: str
    kind: str = "word"  # "word", "num", "ellipsis"
    cap: bool = False  # written with a capital first letter
    contracted: bool = False  # part of an expanded contraction
    bracket: bool = False  # inside [square brackets] of a quote (an editor's insertion)


ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "jr",
        "sr",
        "rev",
        "hon",
        "messrs",
        "mme",
        "mlle",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "approx",
        "est",
        "fig",
    ]
)

# a spelled number joined to what it measures: "twelve-year-old", "four-day"

_TOKEN_RE = re.compile(
    r"(?P<ell>\.(?:\s?\.){2}|…)"
    r"|(?P<acr>(?:[^\W\d_]\.){2,})"
    # a time of day: "9:40" is the "9.40" of another house style
    r"|(?P<clock>(?<![\d:])\d{1,2}:\d{2}(?![\d:]))"
    r"|(?P<num>\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?)"
    r"|(?P<pct>%)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*(?:[-‐‑][^\W_]+)*['’]?)"
)

_PRONOUN_S = {
    "it": "is",
    "that": "is",
    "what": "is",
    "there": "is",
    "here": "is",
    "who": "is",
    "he": "is",
    "she": "is",
    "where": "is",
    "how": "is",
    "let": "us",
}
_NT_SPECIAL = {"won": "will", "can": "can", "shan": "shall", "ain": "is"}
_CLITICS = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}


def fold(word: str) -> str:
    """Lower-case, straight apostrophes, no diacritics."""
    word = word.replace("’", "'").replace("‘", "'").lower()
    word = (
        word.replace("ı", "i")
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("đ", "d")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ə", "a")  # Azerbaijani schwa: "Şahmərdanlı" / "Shahmardanli"
        .replace("ħ", "h")
        .replace("þ", "th")
        .replace("ð", "d")
    )
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_UK_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\w{2,}?)is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(\w+)ys(e|es|ed|ing|er|ers)$"), r"\1yz\2"),
    (
        re.compile(r"^(\w{3,}?)our(s|ed|ing|able|ably|ite|ites|er|ers|ful|less|hood|hoods)?$"),
        r"\1or\2",
    ),
    (re.compile(r"^(\w{2,}?)(t|b)re(s|d)?$"), r"\1\2er\3"),
    (re.compile(r"^(\w{3,}?)ogue(s)?$"), r"\1og\2"),
    (re.compile(r"^(\w*[aeiou]\w*[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"^(\w{3,}?)s(kiy|kyy|kyi|kii)$"), r"\1sky"),
)


_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_COMPOUND_NUMBER = re.compile(rf"({'|'.join(_TENS)})[-‐‑]({'|'.join(_UNITS)})")
# a spelled number joined to what it measures: "twelve-year-old", "four-day",
# "twenty-four-hour"
_SPELLED_COMPOUND = re.compile(
    rf"((?i:(?:{'|'.join(_TENS)})[-‐‑](?:{'|'.join(_UNITS)}))|[^\W\d_]+)"
    r"[-‐‑]([^\W\d_][^\W_]*(?:[-‐‑][^\W_]+)*)"
)


@functools.cache
def vkey(exact: str) -> str:
    """The spelling-variant key of a token's ``exact`` form."""
    word = fold(exact)
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return word
    if word.endswith("'s"):
        word = word[:-2] + "s"
    compound = _COMPOUND_NUMBER.fullmatch(word)
    if compound:  # "twenty-four" → "24"
        return str(_TENS[compound.group(1)] + _UNITS[compound.group(2)])
    word = word.replace("'", "").replace(".", "").replace("-", "").replace("‐", "").replace("‑", "")
    if "dj" in word:  # Serbo-Croatian "Đ" is written "Dj" or "D" without diacritics
        word = word.replace("dj", "d")
    if word.isdigit() or not word:
        return word
    table = _variants()
    if word in table:
        return table[word]
    for pattern, repl in _UK_RULES:
        new = pattern.sub(repl, word)
        if new != word:
            word = new
            break
    return table.get(word, word)


_KEEP_S = ("ss", "us", "is", "ous", "ics")


_VERB_PREFIXES = ("with", "over", "under", "out", "fore", "mis", "re", "up")


@functools.cache
def stem(word: str) -> str:
    """A light stem: irregular forms from the table, then English suffix rules."""
    irregular = _irregular()
    if word in irregular:
        lemma = irregular[word]
        # the lemma goes through the suffix rules too, so "gave" and "give" meet
        return lemma if lemma == word or lemma in irregular else stem(lemma)
    for prefix in _VERB_PREFIXES:  # "withdrew" is "with" + "drew", "overtook" "over" + "took"
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 2 and rest in irregular:
            return prefix + irregular[rest]
    if len(word) <= 3 or word.isdigit():
        return word
    w = word
    if (w.endswith("ies") and len(w) > 4) or (w.endswith("ied") and len(w) > 4):
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("eed"):
        pass  # "need", "proceed", "succeed": the past of an "-ee" verb is in the table
    elif (w.endswith("ed") and len(w) > 4) or w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(_KEEP_S):
        w = w[:-1]
    if w in irregular:
        lemma = irregular[w]
        return lemma if lemma == w or lemma in irregular else stem(lemma)
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


@functools.cache
def keys(raw: str) -> tuple[str, str, str]:
    """``(exact, vkey, stem)`` of one written word."""
    exact = raw.replace("’", "'").replace("‘", "'").lower()
    if exact and exact[0].isdigit():
        exact = exact.replace(",", "")
        if re.fullmatch(r"\d+\.0+", exact):
            exact = exact.split(".")[0]
    v = vkey(exact)
    base = v
    folded = fold(exact)
    if folded.endswith("'s") or folded.endswith("s'"):
        base = vkey(folded[:-2]) if folded.endswith("'s") else vkey(folded[:-1])
    return exact, v, stem(base)


def number_value(tok: Tok) -> float | None:
    """The value of a number token ("5,000" → 5000, "five" → 5, "3rd" → 3)."""
    key = tok.vkey
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:st|nd|rd|th|s)?", key)
    if not m:
        return None
    try:
        return float(m.group(1))
    except ValueError:  # pragma: no cover - regex guarantees a number
        return None


@functools.cache
def _expand(raw: str) -> tuple[str, ...] | None:
    """Expand a contraction into its words, or None when ``raw`` is not one."""
    low = fold(raw)
    if "'" not in low:
        return None
    if low == "cannot":
        return None
    head, _, tail = low.rpartition("'")
    if tail == "t" and head.endswith("n"):
        base = head[:-1]
        return (_NT_SPECIAL.get(head, base), "not")
    if tail in _CLITICS and head:
        return (head, _CLITICS[tail])
    if tail == "s" and head in _PRONOUN_S:
        return (head, _PRONOUN_S[head])
    return None


def tokenize(
    text: str, start: int = 0, end: int | None = None, *, quote: bool = False
) -> list[Tok]:
    """The tokens of ``text[start:end]`` with spans into ``text``.

    With ``quote`` the words inside [square brackets] are marked as an editor's
    insertion and ellipses become tokens of kind "ellipsis"; for sources, ellipses are
    dropped (a transcript's "..." is a pause, not a cut).
    """
    stop = len(text) if end is None else end
    out: list[Tok] = []
    brackets = _bracket_spans(text, start, stop) if quote else []
    bi = 0
    for m in _TOKEN_RE.finditer(text, start, stop):
        s, e = m.span()
        while bi < len(brackets) and brackets[bi][1] <= s:
            bi += 1
        in_bracket = bi < len(brackets) and brackets[bi][0] <= s < brackets[bi][1]
        group = m.lastgroup
        raw = m.group()
        if group == "ell":
            if quote:
                out.append(Tok(raw, s, e, "...", "...", "...", "ellipsis", bracket=in_bracket))
            continue
        if group == "clock":
            _, v, st = keys(raw.replace(":", "."))
            out.append(Tok(raw, s, e, raw, v, st, "num", bracket=in_bracket))
            continue
        if group == "pct":
            out.append(Tok(raw, s, e, "%", "percent", "percent", "word", bracket=in_bracket))
            continue
        if group == "word" and raw[-1] in "'’":
            raw = raw[:-1]
            e -= 1
            if raw.lower().endswith("s"):  # plural possessive: "leaders'"
                pass
        if (
            group == "word"
            and e < stop
            and text[e] == "."
            and fold(raw) in ABBREVIATIONS
            # "No. 5" is a number sign; "No. The doses …" an answer
            and (fold(raw) not in ("no", "nos") or re.match(r"\.\s*\d", text[e : e + 4]))
        ):
            e += 1
            raw = text[s:e]
        cap = raw[:1].isupper()
        kind = "num" if group == "num" else "word"
        expanded = _expand(raw) if group == "word" and ("'" in raw or "’" in raw) else None
        if expanded:
            for i, part in enumerate(expanded):
                ex, v, st = keys(part)
                out.append(
                    Tok(
                        raw,
                        s,
                        e,
                        ex,
                        v,
                        st,
                        kind,
                        cap and i == 0,
                        contracted=True,
                        bracket=in_bracket,
                    )
                )
            continue
        split = _PREFIX_RE.fullmatch(raw) if group == "word" and "-" in raw else None
        if split:
            # "the over-65s", "mid-December": the age group and the month, as words
            for g in (1, 2):
                a, b = s + split.start(g), s + split.end(g)
                # the age group "65s" is the age 65
                ex, v, st = keys(text[a:b].rstrip("s") if text[a].isdigit() else text[a:b])
                kind_g = "num" if text[a].isdigit() or v.isdigit() else "word"
                up = text[a].isupper()
                out.append(Tok(text[a:b], a, b, ex, v, st, kind_g, up, bracket=in_bracket))
            continue
        score = _SCORE_RE.fullmatch(raw) if group == "word" and "-" in raw else None
        if score and all(keys(score.group(g))[1].isdigit() for g in (1, 3)):
            # "a five-to-two vote" is "a vote of five to two": three words
            for g in (1, 2, 3):
                a, b = s + score.start(g), s + score.end(g)
                ex, v, st = keys(text[a:b])
                kind_g = "num" if v.isdigit() else "word"
                up = g == 1 and text[a].isupper()
                out.append(Tok(text[a:b], a, b, ex, v, st, kind_g, up, bracket=in_bracket))
            continue
        spelled = _SPELLED_COMPOUND.fullmatch(raw) if group == "word" else None
        if (
            spelled
            and keys(spelled.group(1))[1].isdigit()
            and not keys(spelled.group(2))[1].isdigit()
        ):
            # "a twelve-year-old boy", "a four-day strike": the number and what it
            # measures, as "a 12-year-old boy" is written
            for g in (1, 2):
                a, b = s + spelled.start(g), s + spelled.end(g)
                ex, v, st = keys(text[a:b])
                kind_g = "num" if g == 1 else "word"
                up = g == 1 and text[a].isupper()
                out.append(Tok(text[a:b], a, b, ex, v, st, kind_g, up, bracket=in_bracket))
            continue
        head = raw.split("-")[0].lower() if group == "word" and "-" in raw else ""
        if head in _SCALES and out and out[-1].kind == "num" and text[out[-1].end : s] == "-":
            # "a 65-million-dollar fund": the scale word goes with the number before it
            cut = s + len(head)
            for a, b in ((s, cut), (cut + 1, e)):
                ex, v, st = keys(text[a:b])
                out.append(Tok(text[a:b], a, b, ex, v, st, "word", False, bracket=in_bracket))
            continue
        ex, v, st = keys(raw)
        if kind == "word" and v.isdigit():
            kind = "num"
        out.append(Tok(raw, s, e, ex, v, st, kind, cap, bracket=in_bracket))
    return _merge_numbers(_merge_per_cent(out))


# "over-65s", "under-18s", "mid-December", "mid-2026": a prefix that is a word of its own
_PREFIX_RE = re.compile(r"((?i:over|under|mid))[-‐‑](\d+s?|[A-Z][^\W\d_]+)")

# number words joined by "to", "and" or "or" in one hyphenated word ("five-to-two")
_SCORE_RE = re.compile(r"([^\W\d_]+)[-‐‑](to|and|or)[-‐‑]([^\W\d_]+)")

_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
}


def _merge_numbers(toks: list[Tok]) -> list[Tok]:
    """ "five thousand", "27 million" → one number token whose ``vkey`` is the value, so
    "5,000" and "five thousand" are variants of each other."""

    def scale(t: Tok) -> int | None:
        # "hundred" may carry the key "100" (number words are keyed by value)
        return _SCALES.get(t.vkey) or _SCALES.get(t.raw.lower())

    if not any(scale(t) for t in toks):
        return toks
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "num" and i + 1 < len(toks) and scale(toks[i + 1]) and not t.contracted:
            m = re.fullmatch(r"\d+(?:\.\d+)?", t.vkey)
            if m:
                value = float(t.vkey)
                j = i + 1
                while j < len(toks) and (sc := scale(toks[j])):
                    value *= sc
                    j += 1
                last = toks[j - 1]
                key = str(int(value)) if value == int(value) else repr(value)
                raw = " ".join(x.raw for x in toks[i:j])
                exact = " ".join(x.exact for x in toks[i:j])
                out.append(
                    Tok(raw, t.start, last.end, exact, key, key, "num", t.cap, bracket=t.bracket)
                )
                i = j
                continue
        out.append(t)
        i += 1
    return _merge_compound(out)


def _merge_compound(toks: list[Tok]) -> list[Tok]:
    """ "two thousand five hundred", "one hundred and twenty": a spelled number that ends
    in a scale word, followed (after an optional "and") by a spelled number below that
    scale, is one number (2500, 120)."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        last = t.raw.split()[-1].lower() if t.kind == "num" else ""
        unit = _SCALES.get(last)
        j = i + 1
        if j < len(toks) and toks[j].vkey == "and" and " " in t.raw:
            j += 1
        nxt = toks[j] if j < len(toks) else None
        if (
            unit
            and t.raw[:1].isalpha()
            and nxt is not None
            and nxt.kind == "num"
            and nxt.raw[:1].isalpha()
            and re.fullmatch(r"\d+", t.vkey)
            and re.fullmatch(r"\d+", nxt.vkey)
            and 0 < int(nxt.vkey) < unit
        ):
            key = str(int(t.vkey) + int(nxt.vkey))
            raw = " ".join(x.raw for x in toks[i : j + 1])
            exact = " ".join(x.exact for x in toks[i : j + 1])
            out.append(Tok(raw, t.start, nxt.end, exact, key, key, "num", t.cap, bracket=t.bracket))
            i = j + 1
            continue
        out.append(t)
        i += 1
    return out


def _merge_per_cent(toks: list[Tok]) -> list[Tok]:
    if not any(t.vkey == "cent" for t in toks):
        return toks
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.vkey == "per" and i + 1 < len(toks) and toks[i + 1].vkey == "cent":
            n = toks[i + 1]
            out.append(
                Tok(
                    t.raw + " " + n.raw,
                    t.start,
                    n.end,
                    "per cent",
                    "percent",
                    "percent",
                    "word",
                    t.cap,
                    bracket=t.bracket,
                )
            )
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _bracket_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\[[^\[\]]*\]", text[:stop]) if m.start() >= start]
