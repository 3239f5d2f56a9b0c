"""Word-by-word alignment of a quote to a source passage.

A semi-global alignment (dynamic programming): every quote word must be placed, the
source words before and after the quoted passage are free (cutting a sentence at
either end is normal quoting). Each pair of words is related at the strongest level
that holds:

``equal`` (same word) > ``variant`` (spelling variant, contraction, "re-equipped" ~
"reequipped") > ``synonym`` for other names of one referent (Turkey ~ Türkiye) >
``inflection`` (same stem) > ``synonym`` (general-English synonym table).

An ellipsis in the quote may stand for any number of source words; words in
[square brackets] are an editor's insertion and cost nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import DiffOp
from . import lexicon
from .normalize import Tok, keys, load_list, load_pairs, stem

__all__ = [
    "Alignment",
    "Step",
    "align",
    "diff_ops",
    "is_function",
    "relate",
    "synonym_groups",
]

MATCH_OPS = ("equal", "variant", "inflection", "synonym")

SCORE = {"equal": 1.0, "variant": 0.95, "alias": 0.8, "inflection": 0.75, "synonym": 0.6}
SUBSTITUTE = -0.6
SUBSTITUTE_BRACKET = -0.1
INSERT_CONTENT = -0.7
INSERT_FUNCTION = -0.35
DELETE_CONTENT = -0.6
DELETE_FUNCTION = -0.3


@functools.cache
def _function_words() -> frozenset[str]:
    extra = [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "so",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "it",
        "its",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "us",
        "our",
        "their",
        "your",
        "his",
        "her",
        "them",
        "me",
        "my",
        "which",
        "who",
        "whom",
        "what",
        "there",
        "here",
        "not",
        "no",
    ]
    extra += [
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "through",
        "during",
        "within",
        "between",
        "against",
        "among",
        "upon",
        "across",
        "toward",
        "towards",
        "via",
        "per",
        "off",
        "up",
        "down",
        "out",
        "also",
        "just",
        "either",  # "and not the next one either"
        "too",
    ]
    return frozenset(extra) | frozenset(w for w in load_list("fillers.txt") if " " not in w)


def is_function(tok: Tok) -> bool:
    """A function word (article, pronoun, auxiliary, preposition…)."""
    return tok.vkey in _function_words()


def function_words() -> frozenset[str]:
    """The function-word list (articles, pronouns, auxiliaries, prepositions…)."""
    return _function_words()


@functools.cache
def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for a, b in load_pairs("aliases.tsv"):
        if " " not in a:
            out[a] = b
        out.setdefault(b, b)
    return out


@functools.cache
def synonym_groups() -> dict[str, frozenset[int]]:
    """Stemmed word or phrase → ids of the synonym groups it belongs to."""
    out: dict[str, set[int]] = {}
    for gid, line in enumerate(load_list("synonyms.txt")):
        for member in line.split("|"):
            key = " ".join(stem(w) for w in member.strip().replace("-", "").split())
            if key:
                out.setdefault(key, set()).add(gid)
    return {k: frozenset(v) for k, v in out.items()}


def synonymous(a: str, b: str) -> bool:
    """Whether two stemmed words/phrases share a synonym group."""
    groups = synonym_groups()
    ga, gb = groups.get(a), groups.get(b)
    return bool(ga and gb and ga & gb)


def relate(q: Tok, s: Tok) -> tuple[str, float] | None:
    """How a quote word relates to a source word, with its alignment score."""
    if q.exact == s.exact:
        if q.contracted != s.contracted:
            return "variant", SCORE["variant"]
        return "equal", SCORE["equal"]
    if q.vkey == s.vkey:
        return "variant", SCORE["variant"]
    if q.kind == "num" or s.kind == "num":
        return None
    if q.cap and s.cap and same_name(q.vkey, s.vkey):
        return "variant", SCORE["variant"]
    aliases = _aliases()
    aq, as_ = aliases.get(q.vkey), aliases.get(s.vkey)
    if aq is not None and aq == as_:
        return "synonym", SCORE["alias"]
    if q.stem == s.stem and len(q.stem) > 1:
        return "inflection", SCORE["inflection"]
    if synonymous(q.stem, s.stem):
        return "synonym", SCORE["synonym"]
    if _lexicon_synonyms(q, s):
        return "synonym", SCORE["synonym"]
    return None


def _lexicon_synonyms(q: Tok, s: Tok) -> bool:
    """Two content words of one common WordNet sense ("frank" / "candid"), unless they
    are names, loaded words (modal, hedge, negation, unit) or of one scale of strength
    or opposites, which their own rules compare."""
    if q.cap or s.cap or q.kind != "word" or s.kind != "word" or len(q.stem) < 3:
        return False
    if is_function(q) or is_function(s) or loaded_kind(q) or loaded_kind(s):
        return False
    if _scaled(q.stem, s.stem):
        return False
    return lexicon.same_sense(q.vkey, s.vkey)


_DIGRAPHS = (
    ("shch", "s"),
    # Polish "szcz", "sz", "cz" are "shch", "sh", "ch" ("Breszta" / "Breshta")
    ("szcz", "s"),
    ("sz", "s"),
    ("cz", "c"),
    ("tch", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("zh", "z"),
    ("kh", "h"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("q", "k"),
    ("x", "ks"),
)


@functools.cache
def name_skeleton(word: str) -> str:
    """Consonant skeleton of a name for transliteration variants:
    "Kalinovka" ~ "Kalynivka", "Kovach" ~ "Kovač" (folded), "Zelenskiy" ~ "Zelensky"."""
    return _skeleton(word, _DIGRAPHS)


# Romanian ț is written "ts" by some outlets and "t" by others ("Țurcanu": "Tsurcanu",
# "Turcanu"), where Cyrillic ц is "ts" or "c": both readings of "ts" are tried
_DIGRAPHS_TS_T = tuple((a, "t") if a == "ts" else (a, b) for a, b in _DIGRAPHS)


def _denasal(word: str) -> str:
    """Polish ą/ę are nasal vowels that outlets spell "om"/"en": "Ząbek" / "Zombek"."""
    return re.sub(r"(?<=[aeiou])[mn](?=[bpdtgkcsz])", "", word)


def _skeleton(word: str, digraphs: tuple[tuple[str, str], ...]) -> str:
    w = word
    for a, b in digraphs:
        w = w.replace(a, b)
    w = w.replace("k", "c").replace("q", "c")  # Kapatsana / Căpățână, Qızılburun / Kyzylburun
    w = re.sub(r"[aeiouyjh]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


# German-style romanisation writes "sch" for both "sh" and "zh", "tsch" for "ch", "z" for
# "ts" and "w" for "v" ("Scharowez" / "Sharovets", "Schebrowez" / "Zhebrovets"): in the
# loose skeleton every hissing sound is one letter
_SIBILANTS = ("tsch", "shch", "sch", "sh", "zh", "ch", "ts", "tz", "z", "s", "c")


def _loose_spelling(word: str) -> str:
    w = word.replace("kh", "h").replace("ck", "k").replace("q", "k").replace("w", "v")
    for a in _SIBILANTS:
        w = w.replace(a, "S")
    return w


def _loose_skeleton(word: str) -> str:
    w = re.sub(r"[aeiouyjh]", "", _loose_spelling(word))
    return re.sub(r"(.)\1+", r"\1", w)


def _german_style(a: str, b: str) -> bool:
    """One spelling German-style and the other English-style or native, with the same
    consonants once every hissing sound counts as one ("Schelin" / "Zhelin")."""
    if "sch" not in a + b and "w" not in a + b:
        return False
    la, lb = _loose_skeleton(a), _loose_skeleton(b)
    if la != lb or len(la) < 2:
        return False
    from rapidfuzz.distance import Levenshtein

    close = Levenshtein.normalized_similarity(_loose_spelling(a), _loose_spelling(b))
    return close >= (0.6 if len(la) >= 3 else 0.8)  # "Schoigu" / "Shoigu"


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name (folded keys): same first letter, same consonant skeleton
    of at least three letters, and close enough as strings; or the same loose skeleton
    where one is written German-style."""
    if _german_style(a, b):
        return True
    if (
        not a
        or not b
        or (
            a[0] != b[0]
            and not (
                {a[0], b[0]} <= set("aeiouy")
                or {a[0], b[0]} <= set("ckq")
                or {a[0], b[0]} <= set("vw")
            )
        )
    ):
        return False
    ska = {name_skeleton(a), _skeleton(a, _DIGRAPHS_TS_T), _skeleton(_denasal(a), _DIGRAPHS)}
    skb = {name_skeleton(b), _skeleton(b, _DIGRAPHS_TS_T), _skeleton(_denasal(b), _DIGRAPHS)}
    shared = max((len(x) for x in ska & skb), default=0)
    # a two-letter skeleton is enough for names of five letters or more that end alike
    # ("Halim" / "Haleem")
    if shared < 2 or (shared == 2 and (min(len(a), len(b)) < 5 or a[-1] != b[-1])):
        return False  # "Maria" / "Mario" are two people
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b) >= (0.55 if shared >= 3 else 0.6)


def is_alias(q: Tok, s: Tok) -> bool:
    aliases = _aliases()
    aq = aliases.get(q.vkey)
    return aq is not None and aq == aliases.get(s.vkey) and q.vkey != s.vkey


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an alignment: quote token indices and source token indices.

    ``op``: one of :data:`MATCH_OPS`, "insert" (quote only), "delete" (source only),
    "replace" (a quote word set against a different source word) or "skip" (the
    source words an ellipsis stands for).
    """

    op: str
    q: tuple[int, ...]
    s: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Alignment:
    steps: tuple[Step, ...]
    score: float
    lo: int  # first source token used (window-relative)
    hi: int  # one past the last
    coverage: float  # weighted share of quote words matched (0..1)


def _ins_cost(t: Tok) -> float:
    if t.bracket:
        return 0.0
    return INSERT_FUNCTION if is_function(t) else INSERT_CONTENT


PHRASE_WORDS = 3  # longest synonym-table phrase the aligner matches as one unit


def phrase_ends(toks: Sequence[Tok]) -> dict[int, list[tuple[int, frozenset[int]]]]:
    """Spans of ``toks`` that are members of a synonym group, by end position (one past
    the last token): ``{end: [(length, group ids)]}``. Lets the aligner set "pulled out"
    against "withdrew" or "of the whole country" against "nationwide" as one step."""
    groups = synonym_groups()
    out: dict[int, list[tuple[int, frozenset[int]]]] = {}
    for a in range(len(toks)):
        words: list[str] = []
        for k in range(1, PHRASE_WORDS + 1):
            if a + k > len(toks):
                break
            t = toks[a + k - 1]
            if t.kind == "ellipsis" or t.bracket:
                break
            if k > 1 and t.start == toks[a + k - 2].start:
                break  # the two halves of "won't" are one word
            words.append(t.stem)
            gids = groups.get(" ".join(words))
            if gids:
                out.setdefault(a + k, []).append((k, gids))
    # "untrue" / "not true", "unable" / "not able": a negative prefix set against "not"
    for a, t in enumerate(toks):
        base = _negated_base(t)
        if base is not None:
            out.setdefault(a + 1, []).append((1, frozenset([_negation_gid(base)])))
        if t.vkey == "not" and a + 1 < len(toks):
            nxt = toks[a + 1]
            if nxt.kind == "word" and nxt.start != t.start and not nxt.bracket:
                out.setdefault(a + 2, []).append((2, frozenset([_negation_gid(nxt.stem)])))
    return out


_NEGATIVE_PREFIXES = ("un", "dis", "in", "im", "il", "ir", "non")


def _negated_base(t: Tok) -> str | None:
    """The stem of the word a negative prefix negates ("true" in "untrue"), or None."""
    if t.kind != "word" or t.bracket:
        return None
    return _prefix_base(t.raw.lower())


@functools.lru_cache(maxsize=65536)
def _prefix_base(raw: str) -> str | None:
    for prefix in _NEGATIVE_PREFIXES:
        base = raw[len(prefix) :].lstrip("-")
        if raw.startswith(prefix) and len(base) >= 4:
            return stem(keys(base)[1])
    return None


_NEGATION_GIDS: dict[str, int] = {}


def _negation_gid(base: str) -> int:
    """A group id of its own for "not X" / "unX" (negative: no synonym group has it)."""
    return _NEGATION_GIDS.setdefault(base, -1 - len(_NEGATION_GIDS))


def _glued(a: Tok, b: Tok) -> str:
    """Two words written as one, by their letters ("two thirds" / "two-thirds", whose
    "two" has the number key "2")."""
    return re.sub(r"[\W_]", "", (a.raw + b.raw).lower())


def align(q: Sequence[Tok], s: Sequence[Tok]) -> Alignment:
    """Align all of ``q`` to a contiguous stretch of ``s`` (its ends are free)."""
    m, n = len(q), len(s)
    dels = [DELETE_FUNCTION if is_function(t) else DELETE_CONTENT for t in s]
    prev = [0.0] * (n + 1)
    ptr: list[list[int]] = [[0] * (n + 1)]
    jump: dict[tuple[int, int], int] = {}
    rows: list[list[float]] = [prev]
    rel_cache: dict[tuple[int, int], tuple[str, float] | None] = {}
    q_phr = phrase_ends(q)
    s_phr = phrase_ends(s)
    phr: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(1, m + 1):
        qt = q[i - 1]
        cur = [0.0] * (n + 1)
        pr = [0] * (n + 1)
        if qt.kind == "ellipsis":
            best, arg = -1e18, 0
            for j in range(n + 1):
                if prev[j] > best:
                    best, arg = prev[j], j
                cur[j] = best
                pr[j] = 4
                jump[(i, j)] = arg
            rows.append(cur)
            ptr.append(pr)
            prev = cur
            continue
        ins = _ins_cost(qt)
        sub_miss = SUBSTITUTE_BRACKET if qt.bracket else SUBSTITUTE
        cur[0] = prev[0] + ins
        pr[0] = 2
        qv = qt.vkey
        prev2 = rows[i - 2] if i >= 2 else None
        for j in range(1, n + 1):
            st = s[j - 1]
            key = (i - 1, j - 1)
            if key in rel_cache:
                r = rel_cache[key]
            else:
                r = relate(qt, st)
                rel_cache[key] = r
            best = prev[j - 1] + (r[1] if r else sub_miss)
            arg = 1
            v = prev[j] + ins
            if v > best:
                best, arg = v, 2
            v = cur[j - 1] + dels[j - 1]
            if v > best:
                best, arg = v, 3
            if j >= 2 and len(qv) > 3 and qv in (s[j - 2].vkey + st.vkey, _glued(s[j - 2], st)):
                v = prev[j - 2] + 2 * SCORE["variant"]
                if v > best:
                    best, arg = v, 5
            if (
                prev2 is not None
                and q[i - 2].kind != "ellipsis"
                and len(st.vkey) > 3
                and st.vkey in (q[i - 2].vkey + qv, _glued(q[i - 2], qt))
            ):
                v = prev2[j - 1] + 2 * SCORE["variant"]
                if v > best:
                    best, arg = v, 6
            if i in q_phr and j in s_phr:
                for k, ga in q_phr[i]:
                    for n_s, gb in s_phr[j]:
                        if (k > 1 or n_s > 1) and ga & gb:
                            v = rows[i - k][j - n_s] + SCORE["synonym"] * max(k, n_s)
                            if v > best:
                                best, arg = v, 7
                                phr[(i, j)] = (k, n_s)
            cur[j] = best
            pr[j] = arg
        rows.append(cur)
        ptr.append(pr)
        prev = cur
    end = max(range(n + 1), key=lambda j: (prev[j], -j)) if m else 0
    score = prev[end] if m else 0.0
    steps: list[Step] = []
    i, j = m, end
    while i > 0:
        p = ptr[i][j]
        if p == 1:
            r = rel_cache.get((i - 1, j - 1))
            steps.append(Step(r[0] if r else "replace", (i - 1,), (j - 1,)))
            i, j = i - 1, j - 1
        elif p == 2:
            steps.append(Step("insert", (i - 1,), ()))
            i -= 1
        elif p == 3:
            steps.append(Step("delete", (), (j - 1,)))
            j -= 1
        elif p == 4:
            k = jump[(i, j)]
            steps.append(Step("skip", (i - 1,), tuple(range(k, j))))
            i, j = i - 1, k
        elif p == 5:
            steps.append(Step("variant", (i - 1,), (j - 2, j - 1)))
            i, j = i - 1, j - 2
        elif p == 6:
            steps.append(Step("variant", (i - 2, i - 1), (j - 1,)))
            i, j = i - 2, j - 1
        elif p == 7:
            k, n_s = phr[(i, j)]
            steps.append(Step("synonym", tuple(range(i - k, i)), tuple(range(j - n_s, j))))
            i, j = i - k, j - n_s
        else:  # pragma: no cover - row 0 has no pointers
            break
    steps.reverse()
    steps = _free_ends(steps, q, s)
    # a skip at the very start or end consumed nothing of the passage: keep it empty
    used = [x for st in steps if st.op not in ("insert", "skip") for x in st.s]
    lo = min(used) if used else 0
    hi = max(used) + 1 if used else 0
    steps = _trim_skips(steps, lo, hi)
    return Alignment(tuple(steps), score, lo, hi, _coverage(q, steps))


@functools.cache
def _kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for phrase, _cls in load_pairs("modality.tsv"):
        if " " not in phrase:
            out[phrase] = "modal"
    for phrase, _cls in load_pairs("hedges.txt"):
        if " " not in phrase:
            out.setdefault(phrase, "hedge")
    for word in load_list("negations.txt"):
        out.setdefault(word, "negation")
    return out


_UNITS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "percent",
        "per",
        "cent",
        "percentage",
    ]
)


def loaded_kind(tok: Tok) -> str | None:
    """The kind of a word whose change is always a change of claim, whatever the words
    around it: a number, a unit of time or share, a modal verb, a hedge or a negation."""
    if tok.kind == "num":
        return "number"
    if tok.vkey in _UNITS:
        return "unit"
    return _kinds().get(tok.vkey)


def _comparable(q: Sequence[Tok], s: Sequence[Tok], st: Step) -> bool:
    """Whether a quote word and a source word are of one kind whose change matters
    (numbers, names, modal verbs, hedges, negations)."""
    a, b = q[st.q[0]], s[st.s[0]]
    if a.kind == "num" and b.kind == "num":
        return True
    if a.cap and b.cap and a.kind == b.kind == "word":
        return True
    kinds = _kinds()
    if kinds.get(a.vkey) is not None and kinds.get(a.vkey) == kinds.get(b.vkey):
        return True
    return _scaled(a.stem, b.stem)


@functools.cache
def antonym_pairs() -> frozenset[tuple[str, str]]:
    """Stem pairs whose swap reverses the claim (``antonyms.tsv``), both ways round."""
    pairs: set[tuple[str, str]] = set()
    for a, b in load_pairs("antonyms.tsv"):
        sa, sb = stem(keys(a)[1]), stem(keys(b)[1])
        pairs.update({(sa, sb), (sb, sa)})
    return frozenset(pairs)


@functools.cache
def strength_table() -> dict[str, tuple[tuple[str, int], ...]]:
    """Stem → ((scale, level), ...) from ``strength.tsv``."""
    out: dict[str, list[tuple[str, int]]] = {}
    for line in load_list("strength.tsv"):
        word, scale, level = (x.strip() for x in line.split("\t"))
        # the inflected forms too: "guaranteed" stems to "guarant", "guarantee" to
        # "guarante"
        past = word + ("d" if word.endswith("e") else "ed")
        for form in {stem(keys(f)[1]) for f in (word, word + "s", past)}:
            if (scale, int(level)) not in out.setdefault(form, []):
                out[form].append((scale, int(level)))
    return {k: tuple(v) for k, v in out.items()}


def _scaled(a: str, b: str) -> bool:
    """Two stems on one scale of strength ("well" / "perfectly") or opposites: set
    against each other even at a quote's edge, where they are a changed claim."""
    table = strength_table()
    shared = {sc for sc, _ in table.get(a, ())} & {sc for sc, _ in table.get(b, ())}
    return bool(shared) or (a, b) in antonym_pairs()


def _free_ends(steps: list[Step], q: Sequence[Tok], s: Sequence[Tok]) -> list[Step]:
    """Before the first and after the last matched word the source is free: a quote word
    set against a source word there is an insertion, a source word left out is a cut."""
    matched = [k for k, st in enumerate(steps) if st.op in MATCH_OPS]
    if not matched:
        return steps
    first, last = matched[0], matched[-1]
    out: list[Step] = []
    for k, st in enumerate(steps):
        if first <= k <= last or st.op in ("skip",):
            out.append(st)
        elif st.op == "replace" and k in (first - 1, last + 1) and _comparable(q, s, st):
            out.append(st)  # "2004" set against "2014" at the edge is a changed number
        elif st.op == "replace":
            out.append(Step("insert", st.q, ()))
        elif st.op == "insert":
            out.append(st)
    return out


def _trim_skips(steps: list[Step], lo: int, hi: int) -> list[Step]:
    out: list[Step] = []
    for st in steps:
        if st.op == "skip":
            st = Step("skip", st.q, tuple(x for x in st.s if lo <= x < hi))
        out.append(st)
    return out


def reach(q: Sequence[Tok], steps: Sequence[Step]) -> float:
    """The weighted share of quote words matched, in order or moved."""
    return _coverage(q, steps)


def _coverage(q: Sequence[Tok], steps: Sequence[Step]) -> float:
    weight = {
        i: (0.3 if is_function(t) else 1.0)
        for i, t in enumerate(q)
        if t.kind != "ellipsis" and not t.bracket
    }
    total = sum(weight.values())
    if not total:
        return 0.0
    got = 0.0
    for st in steps:
        if st.op in MATCH_OPS:
            f = {"equal": 1.0, "variant": 1.0, "inflection": 0.9, "synonym": 0.8}[st.op]
            got += sum(weight.get(i, 0.0) for i in st.q) * f
    return got / total


def _words(toks: Sequence[Tok], idx: Sequence[int]) -> str:
    out: list[str] = []
    last = None
    for i in idx:
        t = toks[i]
        if (t.start, t.end) == last:
            continue
        last = (t.start, t.end)
        out.append(t.raw)
    return " ".join(out)


def diff_ops(q: Sequence[Tok], s: Sequence[Tok], steps: Sequence[Step]) -> tuple[DiffOp, ...]:
    """The word-level diff of an alignment; runs of equal/inserted/deleted words merged."""
    out: list[DiffOp] = []
    for st in steps:
        if st.op == "skip":
            op = DiffOp("delete", _words(q, st.q), _words(s, st.s))
        else:
            op = DiffOp(st.op, _words(q, st.q), _words(s, st.s))
        if st.op in ("equal", "insert", "delete") and out and out[-1].op == st.op:
            prev = out[-1]
            op = DiffOp(st.op, _join(prev.quote, op.quote), _join(prev.source, op.source))
            out[-1] = op
            continue
        out.append(op)
    return tuple(out)


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    return a + " " + b


_MOVE_OPS = ("equal", "variant", "inflection")


def pair_moved(
    q: Sequence[Tok], s: Sequence[Tok], al: Alignment, sentence_of: Sequence[int]
) -> Alignment:
    """Content words a translator moved to another place of the sentence ("confidence is
    not the question today" / "today the question is not one of confidence"): a quote
    word the alignment left as inserted and a word of the same source sentence(s) it left
    out, that are the same word, an inflection or a synonym, become one matched step.

    Function words, names, numbers and negations are never paired: their order carries
    who does what, which figure belongs to what, and what is denied. ``sentence_of`` gives
    the sentence of each source token.
    """
    steps = list(al.steps)
    if _contrast(q):
        return al  # "paid by the companies, not from the fund": the order is the claim
    used = {j for st in steps if st.op not in ("insert", "skip") for j in st.s}
    kept = {j for st in steps if st.op in MATCH_OPS for j in st.s}
    if not kept:
        return al
    sentences = {sentence_of[j] for j in kept}
    if len(sentences) > 1 and not _sentence_inside(q):
        # one quoted sentence matched across a sentence break ("… caused the breach. If
        # the company …"): the stretch itself is in doubt, moving words would hide it
        return al
    first, last = min(kept), max(kept)
    free_s = [
        j
        for j in range(max(0, first - _MOVE_REACH), min(len(s), last + 1 + _MOVE_REACH))
        if sentence_of[j] in sentences
        and j not in kept
        and (j not in used or any(st.op in ("delete", "replace") and j in st.s for st in steps))
        and _movable(s[j])
    ]
    if not free_s:
        return al
    # the sentence of the matched words on either side of each quote word: a word moves
    # within its own sentence, not into the next one
    anchor: dict[int, int] = {
        i: sentence_of[st.s[0]] for st in steps if st.op in MATCH_OPS and st.s for i in st.q
    }

    order = sorted(anchor)

    def home(i: int) -> set[int]:
        at = bisect.bisect_left(order, i)
        near = order[max(0, at - 1) : at] + [k for k in order[at : at + 2] if k > i][:1]
        return {anchor[k] for k in near}

    taken: set[int] = set()
    out: list[Step] = []
    for st in steps:
        # an inserted quote word, or one the alignment set against another word
        loose = st.op == "insert" or (st.op == "replace" and len(st.s) == 1)
        if not (loose and len(st.q) == 1 and _movable(q[st.q[0]]) and not _negated(q, st.q[0])):
            out.append(st)
            continue
        qt = q[st.q[0]]
        partner = next(
            (
                (j, r[0])
                for j in free_s
                if j not in taken
                # a word right after a negation moves only to a word negated too ("we
                # cannot use" / "cannot be used")
                and (not _negated(s, j) or _negation_before(q, st.q[0]))
                and sentence_of[j] in home(st.q[0])
                and (r := relate(qt, s[j])) is not None
                and r[0] in _MOVE_OPS
            ),
            None,
        )
        if partner is None:
            out.append(st)
            continue
        taken.add(partner[0])
        out.append(Step(partner[1], st.q, (partner[0],)))
        if st.op == "replace":
            out.append(Step("delete", (), st.s))  # its source word is left over
    if not taken:
        return al
    # two words that took each other's places ("the suppliers pay the state" for "the
    # state pays the suppliers") swap roles: that is no translator's word order
    was = {st.q[0]: st.s[0] for st in steps if st.op == "replace" and len(st.q) == len(st.s) == 1}
    now = {st.q[0]: st.s[0] for st in out if st.op in _MOVE_OPS and len(st.q) == len(st.s) == 1}
    for i, j in now.items():
        if i in was and any(now.get(k) == was[i] and was.get(k) == j for k in was):
            return al
    moved_s = taken
    # a replaced source word another quote word took: the replacing word is an insertion
    out = [
        Step("insert", st.q, ())
        if st.op == "replace" and set(st.s) & moved_s
        else Step(st.op, st.q, tuple(j for j in st.s if j not in moved_s))
        if st.op == "delete"
        else st
        for st in out
    ]
    out = [st for st in out if st.q or st.s]
    # the source words between the pairs that no step holds are left out ("Until the
    # commission has reported, [no] decision will be taken" quoted without its "no")
    inside = {j for st in out if st.op != "skip" for j in st.s}
    lo, hi = min(inside), max(inside) + 1
    for j in sorted(set(range(lo, hi)) - {x for st in out for x in st.s}):
        at = next(
            (k for k, st in enumerate(out) if st.s and st.op != "skip" and min(st.s) > j),
            len(out),
        )
        out.insert(at, Step("delete", (), (j,)))
    # the coverage stays that of the words in order: whether the quote is found at all is
    # not decided by words gathered from anywhere in the sentence
    return Alignment(tuple(out), al.score, min(al.lo, lo), max(al.hi, hi), al.coverage)


# the words of how much of a group a claim covers
_HOW_MANY = frozenset(
    [
        "no",
        "none",
        "nobody",
        "nothing",
        "never",
        "neither",
        "every",
        "all",
        "each",
        "everything",
        "everyone",
        "everybody",
        "most",
        "some",
        "only",
        "few",
        "many",
        "several",
        "any",
        "single",
    ]
)


def pair_sentence_starts(
    q: Sequence[Tok], s: Sequence[Tok], al: Alignment, sentence_of: Sequence[int]
) -> Alignment:
    """A quote that opens with words the alignment left out, set against a source
    sentence whose first words it also left out, renders those words: "Only one hospital
    ran short" / "Not a single hospital ran out", "Most of the rest was negotiated" /
    "Everything else was negotiated". The two runs (at most four words each) become one
    replaced step when the source's holds a negation or a word of how many, so the checks
    of negation and quantifiers read them."""
    steps = list(al.steps)
    k = 0
    while k < len(steps) and steps[k].op == "insert":
        k += 1
    if not 0 < k < len(steps) or k > 4 or steps[k].op not in MATCH_OPS or not steps[k].s:
        return al
    first = min(steps[k].s)
    sent = sentence_of[first]
    start = first
    while start > 0 and sentence_of[start - 1] == sent:
        start -= 1
    if not 0 < first - start <= 4 or any(
        j < first for st in steps[k:] for j in st.s if st.op != "skip"
    ):
        return al
    qidx = tuple(i for st in steps[:k] for i in st.q)
    if not any(t.vkey in _HOW_MANY or t.vkey in negation_words() for t in s[start:first]):
        return al  # other words: a rewording the checks of added words read
    merged = [Step("replace", qidx, tuple(range(start, first))), *steps[k:]]
    return Alignment(tuple(merged), al.score, min(al.lo, start), al.hi, al.coverage)


def _sentence_inside(q: Sequence[Tok]) -> bool:
    """Whether the quote holds a sentence break (a capital after a gap of ". ")."""
    return any(t.raw[:1].isupper() and t.start - q[i - 1].end > 1 for i, t in enumerate(q) if i > 0)


def reordered(steps: Sequence[Step]) -> bool:
    """Whether the matched source words stand in another order than the quote's (a pair
    of :func:`pair_moved`)."""
    last = -1
    for st in steps:
        if st.op in MATCH_OPS and st.s:
            if min(st.s) < last:
                return True
            last = max(st.s)
    return False


# "X more than Y", "X rather than Y": two things set against each other
PIVOTS = (("more", "than"), ("rather", "than"), ("less", "than"), ("instead", "of"))


def _contrast(toks: Sequence[Tok]) -> bool:
    """ "X, not Y", "X rather than Y", "X instead of Y", "X more than Y": two things set
    against each other, whose places a reversal swaps."""
    keys = [t.vkey for t in toks]
    for i, k in enumerate(keys):
        # a mark between "X" and "not" (", not", "— not"): the gap is wider than a space
        if k == "not" and i > 0 and toks[i].start - toks[i - 1].end > 1:
            return True
        if (k, keys[i + 1] if i + 1 < len(keys) else "") in (*PIVOTS, ("but", "not")):
            return True
    return False


_MOVE_REACH = 6  # how far outside the aligned stretch a moved word may stand


def _negated(toks: Sequence[Tok], i: int) -> bool:
    """ "easier, not harder": a word right after a negation keeps its place."""
    return i > 0 and toks[i - 1].vkey in negation_words()


def _negation_before(toks: Sequence[Tok], i: int) -> bool:
    """A negation among the two words before ``i`` ("cannot be used")."""
    return any(t.vkey in negation_words() for t in toks[max(0, i - 2) : i])


_MODALS = frozenset(
    [
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "wo",
        "ca",
        "cannot",
        "ought",
    ]
)


def _movable(t: Tok) -> bool:
    return (
        t.kind == "word"
        and not is_function(t)
        and t.vkey not in _MODALS
        and not t.cap
        and not t.bracket
        and t.vkey not in negation_words()
    )


@functools.cache
def negation_words() -> frozenset[str]:
    """The negation words of ``data/negations.txt``."""
    return frozenset(load_list("negations.txt"))
