"""Names and dates: a name or a date (month, weekday) changed, added or dropped, with
what keeps it the same (an acronym for the full name, a possessive or demonym, a
pronoun resolved to its name, "yesterday" for the weekday it was).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ...analyse.time import MONTHS, WEEKDAYS
from ..align import is_function, same_name
from ..normalize import Tok, stem
from .base import TITLE_WORDS, WE_WORDS, Finding, Side, _is_month, statement_date
from .numbers import in_clock, same_span
from .view import _matched, _phrase, _sentences_around, _View


def _is_name(side: Side, i: int) -> bool:
    t = side.toks[i]
    if len(side.text) < 400 and side.text.isupper():
        return False  # a headline in capitals: "THEY WENT IN BLIND"
    if not t.cap or t.kind != "word" or t.raw in ("I",) or t.contracted:
        return False
    if t.vkey in TITLE_WORDS or is_function(t):
        return False
    return not side.initial(i)


def name_initials(side: Side, idx: Sequence[int]) -> dict[str, list[int]]:
    """Runs of capitalised words among ``idx`` by their initials: "International Monetary
    Fund" → {"imf": [positions]} (function words inside a run are skipped: "of", "the")."""
    out: dict[str, list[int]] = {}
    run: list[int] = []
    pos = sorted(idx)
    for k, i in enumerate([*pos, -1]):
        t = side.toks[i] if i >= 0 else None
        # "The International …": the article is no initial
        if (
            t is not None
            and t.cap
            and t.kind == "word"
            and not t.raw.isupper()
            and (run or not is_function(t))
        ):
            run.append(i)
            continue
        if t is not None and run and is_function(t) and k + 1 < len(pos):
            nxt = side.toks[pos[k + 1]]
            if nxt.cap and not nxt.raw.isupper():
                continue
        if len(run) >= 2:
            initials = "".join(side.toks[r].raw[0].lower() for r in run)
            out.setdefault(initials, run.copy())
        run = []
    return out


def _spelled_out(side: Side, idx: Sequence[int], acronym: str) -> list[int]:
    """Consecutive lower-case words whose initials spell ``acronym``: "value added tax"."""
    pos = list(idx)
    n = len(acronym)
    for k in range(len(pos) - n + 1):
        run = pos[k : k + n]
        if (
            run[-1] - run[0] == n - 1
            and "".join(side.toks[i].raw[:1].lower() for i in run) == acronym
        ):
            return run
    return []


def _acronyms(v: _View, cq: set[int], cs: set[int]) -> None:
    """An acronym on one side for the full name on the other ("IMF" / "International
    Monetary Fund") is the same name: mark both as accounted for."""
    s_idx = sorted(v.region | v.scope)
    q_idx = list(range(len(v.q.toks)))
    s_exp, q_exp = name_initials(v.s, s_idx), name_initials(v.q, q_idx)
    for side, idx, other, other_idx, other_exp, mine, theirs in (
        (v.q, q_idx, v.s, s_idx, s_exp, cq, cs),
        (v.s, s_idx, v.q, q_idx, q_exp, cs, cq),
    ):
        for i in idx:
            t = side.toks[i]
            if t.kind == "word" and t.raw.isupper() and 2 <= len(t.raw) <= 6:
                run = other_exp.get(t.raw.lower()) or _spelled_out(other, other_idx, t.raw.lower())
                if run:
                    mine.add(i)
                    theirs.update(run)


_DATE_WORDS = frozenset(
    """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


def _main_sentence(v: _View) -> set[int]:
    """Source words of the sentence holding most of the aligned words: a word deleted
    outside it belongs to a neighbouring sentence the alignment only grazed ("… on
    Friday. It does not mean a curfew" for "The state of emergency does not mean …")."""
    counts: dict[int, int] = {}
    starts: list[int] = [0]
    for j in range(1, len(v.s.toks)):
        if v.s.sentence_break(j):
            starts.append(j)

    def sentence_of(j: int) -> int:
        return max(k for k in starts if k <= j)

    for j, (op, _) in v.s_match.items():
        if _matched(op):
            counts[sentence_of(j)] = counts.get(sentence_of(j), 0) + 1
    if not counts:
        return set(range(len(v.s.toks)))
    main = max(counts, key=lambda k: counts[k])
    nxt = [k for k in starts if k > main]
    return set(range(main, nxt[0] if nxt else len(v.s.toks)))


def _matched_later_in_sentence(v: _View, j: int) -> bool:
    """Whether a source word after ``j``, in ``j``'s sentence, is aligned to the quote."""
    k = j + 1
    while k < len(v.s.toks) and not v.s.sentence_break(k):
        if _matched(v.s_match.get(k, ("delete", ()))[0]):
            return True
        k += 1
    return False


_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])


@functools.lru_cache(maxsize=64)
def _statement_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) of the day a statement was given, from the first date of
    its opening lines, else its first weekday name."""
    head = text[:800]
    day = statement_date(head)
    if day is not None:
        return day.weekday()
    m = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", head, flags=re.IGNORECASE)
    return WEEKDAYS[m.group(1).lower()] if m else None


def _same_day(v: _View, i: int, j: int) -> bool:
    """A day named by its weekday on one side and as "yesterday"/"today"/"tomorrow" on the
    other, and the same day counted from the statement's date (a report writes "on
    Tuesday" for the speaker's "yesterday")."""
    a, b = v.q.toks[i].vkey, v.s.toks[j].vkey
    day, rel = (a, b) if a in WEEKDAYS else (b, a)
    side, k = (v.s, j) if a in WEEKDAYS else (v.q, i)
    offset = _RELATIVE_DAYS.get(rel)
    if rel == "this" and side.toks[k + 1 : k + 2] and side.toks[k + 1].vkey in _PARTS_OF_DAY:
        offset = 0  # "this afternoon" / "on Wednesday afternoon"
    if day not in WEEKDAYS or offset is None:
        return False
    given = _statement_weekday(v.s.text)
    return given is not None and (given + offset) % 7 == WEEKDAYS[day]


def _relative_day_near(v: _View, i: int) -> bool:
    """The quote's weekday is the "yesterday"/"today"/"tomorrow" of the passage's
    sentences, which the alignment left unpaired ("On Sunday, in an unscheduled session"
    / "Yesterday, at an extraordinary meeting")."""
    return v.q.toks[i].vkey in WEEKDAYS and any(
        v.s.toks[j].vkey in _RELATIVE_DAYS and _same_day(v, i, j) for j in v.scope | v.region
    )


def _date_word(side: Side, i: int) -> bool:
    """A month (not the modal "may") or a weekday."""
    t = side.toks[i]
    return t.vkey in _DATE_WORDS or (t.vkey == "may" and _is_month(side, i))


def _date_moved(v: _View, i: int, j: int) -> bool:
    """The date of one side of a replacement stands elsewhere on the other side: the
    words were reordered ("may vote in May" / "In May, … may vote"), the date kept."""

    def elsewhere(a: Side, k: int, b: Side, within: Iterable[int]) -> bool:
        return _date_word(a, k) and any(
            b.toks[n].vkey == a.toks[k].vkey and _date_word(b, n) for n in within
        )

    moved_s = elsewhere(v.s, j, v.q, range(len(v.q.toks))) or not _date_word(v.s, j)
    moved_q = elsewhere(v.q, i, v.s, v.scope | v.region) or not _date_word(v.q, i)
    return moved_s and moved_q


def _weekday_left_out(v: _View, i: int, j: int) -> bool:
    """The source names the day by weekday and date ("On Friday, April 10"), the quote by
    its date alone ("On 10 April"): the date the quote gives stands in the source too."""
    day = _day_and_month(v.q, i)
    return (
        v.s.toks[j].vkey in WEEKDAYS
        and day is not None
        and any(_day_and_month(v.s, n) == day for n in v.scope | v.region)
    )


def _day_and_month(side: Side, i: int) -> tuple[str, str] | None:
    """The day and month of a day number written beside its month ("10 April", "April
    10"), or None."""
    if side.toks[i].kind != "num":
        return None
    for k in (i - 1, i + 1):
        if 0 <= k < len(side.toks) and side.toks[k].vkey in MONTHS:
            return side.toks[i].vkey, side.toks[k].vkey
    return None


_STAND_IN_BEFORE = frozenset(
    ["a", "an", "the", "this", "that", "which", "every", "each", "another"]
)


def stand_in_one(side: Side, j: int) -> bool:
    """A spelled "one" after an article and an adjective ("a cruel one") or after "the",
    "this", "which", …: the noun's stand-in, not the figure 1 ("not one of those calls")."""
    t = side.toks[j]
    if not (t.raw.isalpha() and t.vkey == "1"):
        return False
    before = [side.toks[k].vkey for k in range(max(0, j - 2), j)]
    # "we are a reliable supplier and want to remain one": a copula's "one" that ends
    # its clause
    if (
        before
        and before[-1] in _REMAIN
        and (
            j + 1 >= len(side.toks)
            or side.sentence_break(j + 1)
            or side.toks[j + 1].kind != "word"
            or side.toks[j + 1].vkey in ("and", "but", "too")
        )
    ):
        return True
    return bool(before) and (
        before[-1] in _STAND_IN_BEFORE or (len(before) == 2 and before[0] in ("a", "an", "the"))
    )


_REMAIN = frozenset(
    ["remain", "remains", "remained", "stay", "stays", "stayed", "become", "becomes", "became"]
)


def _date_fronted(v: _View, j: int) -> bool:
    """The source's date at ``j`` stands, with the same day, earlier in the quote ("…
    will receive a letter by June 5" / "By 5 June, every student … will get a letter")."""
    day = [t.vkey for t in v.s.toks[max(0, j - 1) : j + 2] if t.kind == "num"]
    return any(
        t.vkey == v.s.toks[j].vkey
        and _date_word(v.q, n)
        and (not day or any(u.vkey in day for u in v.q.toks[max(0, n - 1) : n + 2]))
        for n, t in enumerate(v.q.toks)
    )


def _date_after_end(v: _View, cq: set[int]) -> list[Finding]:
    """The quote's last words stand where the passage, just past the aligned words, has a
    month or weekday ("until the end of the year" / "… of December") or a figure ("in
    less than an hour" / "… ten minutes")."""
    if not v.region or not v.steps or v.steps[-1].op != "insert":
        return []
    tail = [i for i in v.steps[-1].q if i not in cq]
    if not tail:
        return []
    b = max(v.region) + 1
    nxt: list[int] = []
    for j in range(b, min(len(v.s.toks), b + len(tail) + 1)):
        if v.s.sentence_break(j):
            break
        nxt.append(j)
    dates = [j for j in nxt if _date_word(v.s, j)]
    # "a lie, and a cruel one": "one" standing in for the noun is no figure
    figures = [j for j in nxt if v.s.toks[j].kind == "num" and not stand_in_one(v.s, j)]
    q_keys = {v.q.toks[i].vkey for i in tail}
    if dates and v.s.toks[dates[0]].vkey not in q_keys and not _date_fronted(v, dates[0]):
        cq.update(tail)
        src = _phrase(v.s, dates[0], dates[0] + 1, 2, 0)
        return [Finding("date-changed", f"date changed: '{src}' → '{v.q.words(tail)}'", 0.85)]
    # a figure the quote has elsewhere is where the alignment stopped short ("had at
    # least fifteen" / "been fifteen at minimum"), not a figure changed
    if figures and v.s.toks[figures[0]].vkey not in {t.vkey for t in v.q.toks}:
        if same_span(v.q.toks, tail, v.s.toks, nxt):
            return []  # "for a fortnight" / "for two weeks"
        if any(in_clock(v.q, i) for i in tail):
            return []  # "at 18:00" / "at six in the evening": the numbers check compares
        cq.update(tail)
        src = v.s.words(nxt)
        return [Finding("number-changed", f"number changed: '{src}' → '{v.q.words(tail)}'", 0.85)]
    return []


def _names(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    _acronyms(v, cq, cs)
    out += _date_after_end(v, cq)
    main = _main_sentence(v)
    for st in v.steps:
        if st.op == "replace":
            i, j = st.q[0], st.s[0]
            if i in cq or j in cs or v.q.toks[i].bracket:
                continue
            if _same_day(v, i, j):
                continue  # "Yesterday I declared …" / "On Tuesday I declared …"
            if _date_word(v.s, j) or _date_word(v.q, i):
                if _date_moved(v, i, j):
                    continue  # "may vote in May" quoted as "In May, … may vote"
                if _weekday_left_out(v, i, j):
                    continue  # "On Friday, April 10" quoted as "On 10 April"
                out.append(
                    Finding(
                        "date-changed",
                        f"date changed: '{_phrase(v.s, j, j + 1, 1, 0)}' → '{_phrase(v.q, i, i + 1, 1, 0)}'",
                        0.9,
                    )
                )
                cq.add(i)
                cs.add(j)
                continue
            if _in_scope(v, v.q.toks[i]):
                if _name_moved(v, i, j):
                    out.append(
                        Finding(
                            "name-changed",
                            f"name changed: '{_phrase(v.s, j, j + 1, 0, 0)}' → "
                            f"'{_phrase(v.q, i, i + 1, 0, 0)}'",
                            0.85,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
                continue
            if (
                v.q.toks[i].cap
                and v.s.toks[j].cap
                and same_place(v.q.toks[i].vkey, v.s.toks[j].vkey)
            ):
                continue  # "Dalvaran newspapers" / "Dalvara's newspapers"
            if v.s.toks[j].vkey in _THIRD_PRONOUNS and _named_near(v, v.q.toks[i]):
                continue  # "He told me" quoted as "Senn told me": the pronoun resolved
            if (
                v.s.toks[j].vkey in _STAND_INS
                and _named_in_source(v, v.q.toks[i])
                and _same_next(v, i, j)
            ):
                # "that it accepts" / "we want Kavrosia to accept", "for the other side" /
                # "for the Kaldorian side": the party the source refers to, named
                continue
            if v.s.toks[j].vkey in WE_WORDS and v.q.own(i):
                continue  # "our own fuel" quoted as "Sarvonia's own fuel": the speaker's side
            if v.q.toks[i].cap and _possessive_spelled(v, v.q.toks[i]):
                continue  # "the first houses of Žabrina" / "Schabrina's first houses"
            office = _office_pair(v, i, j)
            if office == "same":
                continue  # "the Home Minister" for "the Interior Minister"
            if office == "other":
                out.append(
                    Finding(
                        "name-changed",
                        f"office changed: '{v.s.words(range(*_name_run(v.s, j)))}' → "
                        f"'{v.q.words(range(*_name_run(v.q, i)))}'",
                        0.9,
                    )
                )
                cq.add(i)
                cs.add(j)
                continue
            if _is_name(v.q, i) or (_is_name(v.s, j) and v.q.toks[i].cap):
                out.append(
                    Finding(
                        "name-changed",
                        f"name changed: '{_phrase(v.s, j, j + 1, 0, 0)}' → '{_phrase(v.q, i, i + 1, 0, 0)}'",
                        0.9,
                    )
                )
                cq.add(i)
                cs.add(j)
    for st in v.steps:
        if st.op == "insert":
            i = st.q[0]
            if i in cq or v.q.toks[i].bracket or not _is_name(v.q, i) or _in_scope(v, v.q.toks[i]):
                continue
            if _relative_day_near(v, i):
                continue
            if _pronoun_unpaired(v) and _named_near(v, v.q.toks[i], possessive=True):
                continue  # "The Prime Minister did raise her case" / "Ms Qasımlı's case"
            out.append(Finding("name-added", f"name added: '{_phrase(v.q, i, i + 1, 1, 1)}'", 0.85))
            cq.add(i)
        elif st.op == "delete":
            j = st.s[0]
            if j in v.skipped:
                continue  # behind an editor's bracket: not quoted
            if (
                j not in cs
                and _date_word(v.s, j)
                and not any(_date_word(v.q, i) for i in range(len(v.q.toks)))
                and _matched_later_in_sentence(v, j)
            ):
                out.append(
                    Finding("date-changed", f"date dropped: '{_phrase(v.s, j, j + 1, 2, 0)}'", 0.85)
                )
                cs.add(j)
                continue
            if j in cs or not _is_name(v.s, j) or _bracket_near(v, j) or j not in main:
                continue
            if any(
                t.stem == v.s.toks[j].stem
                or ((t.cap or len(t.vkey) >= 6) and same_place(t.vkey, v.s.toks[j].vkey))
                # moved and spelled another way: "Vesna Hrubchenka, director of …" for
                # "the director of …, Vesna Hrubčenka"
                or (t.cap and v.s.toks[j].cap and _spelled_as(t.vkey, v.s.toks[j].vkey))
                for t in v.q.toks
            ):
                continue  # "the Constitution" / "a constitutional right"
            if _head_kept(v, j) or _name_rendered(v, j):
                continue  # "the Morvesh Federation" / "the Federation"
            if _apposition_kept(v, j):
                continue  # "headed by Vesna Tomašić, a retired judge" / "by a retired judge"
            out.append(
                Finding("name-dropped", f"name dropped: '{_phrase(v.s, j, j + 1, 1, 1)}'", 0.75)
            )
            cs.add(j)
    return out


_OFFICES = frozenset(["minister", "secretary"])
# one office under two names: "Home Minister" / "Interior Minister"
_SAME_OFFICE = (
    frozenset(["home", "interior", "internal"]),
    frozenset(["foreign", "external"]),
    frozenset(["finance", "treasury", "financial"]),
    frozenset(["defence", "defense", "war"]),
)


# the head word of an office, and the words that name one office
_TITLES = frozenset(
    [
        *("president", "minister", "chancellor", "governor", "mayor", "premier"),
        *("king", "queen", "speaker", "commissioner", "ambassador", "secretary"),
        *("chairman", "chairwoman", "chair", "chairperson"),
    ]
)
_SAME_TITLE = (
    frozenset(["minister", "secretary", "premier"]),
    frozenset(["chairman", "chairwoman", "chair", "chairperson"]),
)


def _office_pair(v: _View, i: int, j: int) -> str | None:
    """One office for another ("other": "the Prime Minister" for "the Foreign Minister",
    title words, so no name change by themselves, but another person), or the same
    office under another name ("same": "Home Minister" / "Interior Minister")."""
    q, s = v.q.toks, v.s.toks
    if (
        q[i].cap
        and s[j].cap
        and q[i].vkey in _TITLES
        and s[j].vkey in _TITLES
        and q[i].vkey != s[j].vkey
    ):
        # "informed the President" for "informed the Prime Minister": another office
        # (not "the Foreign Secretary" / "the Foreign Minister", "the Premier")
        same = any({q[i].vkey, s[j].vkey} <= t for t in _SAME_TITLE)
        return "same" if same else "other"
    if i + 1 >= len(q) or j + 1 >= len(s):
        return None
    if not (
        q[i].cap
        and s[j].cap
        and q[i].vkey != s[j].vkey
        and q[i + 1].vkey == s[j + 1].vkey
        and q[i + 1].vkey in _OFFICES
    ):
        return None
    if any({q[i].vkey, s[j].vkey} <= same for same in _SAME_OFFICE):
        return "same"
    return "other"


def _head_kept(v: _View, j: int) -> bool:
    """The dropped word is a modifier in a name whose capitalised head the quote keeps
    ("the Morvesh Federation" quoted as "the Federation"): a short form of the name."""
    k = j + 1
    while k < len(v.s.toks) and v.s.toks[k].cap and not v.s.sentence_break(k):
        if _matched(v.s_match.get(k, ("delete", ()))[0]):
            return True
        k += 1
    return False


_NAME_JOINS = frozenset(["of", "for", "and", "the", "on"])
# polite titles name no office: "Mr Sebalj" is not "the man"
_POLITE = frozenset(["mr", "mrs", "ms", "dr", "sir", "lord", "madam"])


def _name_rendered(v: _View, j: int) -> bool:
    """The dropped word belongs to a name the quote renders by its other words: a person
    by the office that stands before the name ("Ambassador Kovrin" / "our ambassador"),
    an organisation by a word of its own ("the Union of Air Traffic Controllers" / "the
    controllers' union")."""
    toks = v.s.toks
    lo = j
    while (
        lo > 0
        and not v.s.sentence_break(lo)
        and (toks[lo - 1].cap or (toks[lo - 1].vkey in _NAME_JOINS and lo > 1 and toks[lo - 2].cap))
    ):
        lo -= 1
    hi = j + 1
    while (
        hi < len(toks)
        and not v.s.sentence_break(hi)
        and (
            toks[hi].cap
            or (toks[hi].vkey in _NAME_JOINS and hi + 1 < len(toks) and toks[hi + 1].cap)
        )
    ):
        hi += 1
    others = [
        k
        for k in range(lo, hi)
        if k != j
        and toks[k].kind == "word"
        and toks[k].vkey not in _NAME_JOINS | _POLITE
        and not is_function(toks[k])
        # a capital that only opens the sentence is no word of the name
        and (toks[k].vkey in TITLE_WORDS or not (k == 0 or v.s.sentence_break(k)))
    ]
    # a word of the quote paired with a word elsewhere in the source renders nothing
    # here ("the Independent Police Inspectorate, not by the police itself")
    q_stems = {
        t.stem
        for i, t in enumerate(v.q.toks)
        if not _matched(v.q_match.get(i, ("insert", ()))[0])
        or all(lo <= k < hi for k in v.q_match[i][1])
    }
    if any(toks[k].vkey in _LEGISLATURES for k in range(lo, hi)) and q_stems & _PARLIAMENT:
        return True  # "the National Assembly refused" / "parliament denied": the legislature
    return any(toks[k].stem in q_stems for k in others)


# a legislature's own name and the common noun that renders it
_LEGISLATURES = frozenset(
    ["assembly", "parliament", "congress", "senate", "duma", "diet", "chamber", "sejm", "rada"]
)
_PARLIAMENT = frozenset(
    stem(w) for w in ("parliament", "legislature", "lawmakers", "legislators", "deputies", "mps")
)


def _name_run(side: Side, j: int) -> tuple[int, int]:
    """The capitalised words around ``j`` (one name)."""
    toks = side.toks
    lo, hi = j, j + 1
    while lo > 0 and toks[lo - 1].cap and not side.sentence_break(lo):
        lo -= 1
    while hi < len(toks) and toks[hi].cap and not side.sentence_break(hi):
        hi += 1
    return lo, hi


def _apposition_kept(v: _View, j: int) -> bool:
    """The dropped name has a description beside it, set off by a comma, and the quote
    renders the person by that description: "a commission headed by Vesna Tomašić, a
    retired judge of the Supreme Court" / "chaired by a retired Supreme Court judge";
    "the director of the plant, Ivo Marek" / "the plant's director"."""
    toks = v.s.toks
    lo, hi = _name_run(v.s, j)
    desc: list[int] = []
    if hi < len(toks) and "," in v.s.gap(hi):
        k = hi
        if toks[k].vkey in ("a", "an", "the"):
            while k < len(toks) and len(desc) < 8 and not v.s.sentence_break(k):
                if k > hi and re.search(r"[,;:]", v.s.gap(k)):
                    break
                desc.append(k)
                k += 1
    if not desc and lo > 0 and "," in v.s.gap(lo):
        k = lo - 1
        while k >= 0 and len(desc) < 8 and not v.s.sentence_break(k + 1):
            desc.append(k)
            opens = toks[k].vkey in ("a", "an", "the") and not (
                k > 0 and toks[k - 1].vkey in ("of", "for")
            )
            if opens or re.search(r"[,;:]", v.s.gap(k)):
                break
            k -= 1
    content = {toks[k].stem for k in desc if not is_function(toks[k]) and toks[k].kind == "word"}
    if len(content) < 2:
        return False
    q_stems = {t.stem for t in v.q.toks}
    return len(content & q_stems) * 3 >= len(content) * 2


def _name_moved(v: _View, i: int, j: int) -> bool:
    """The quote puts a name the passage gives to something else where the passage has
    another name, and that name is nowhere in the quote ("experts from the Sarnovian
    team" / "experts from the Velmark team …, and the police of Sarnovia"): one party's
    name given to another. Two names of one list in another order keep both."""
    q, s = v.q.toks[i], v.s.toks[j]
    if not (_is_name(v.q, i) and _is_name(v.s, j)) or same_place(q.vkey, s.vkey):
        return False
    lo, hi = _name_run(v.s, j)
    if any(v.s.toks[k].stem == q.stem for k in range(max(0, lo - 3), min(len(v.s.toks), hi + 3))):
        return False  # the words of one name in another order ("the Foreign Ministry" /
        # "the Ministry of Foreign Affairs")
    return not any(
        t.cap and (t.stem == s.stem or same_place(t.vkey, s.vkey) or _spelled_as(t.vkey, s.vkey))
        for t in v.q.toks
    )


def _in_scope(v: _View, tok: Tok) -> bool:
    """Whether a word (or a spelling of it) stands in the quoted source sentences."""
    from ..align import is_alias, same_name

    for j in v.scope:
        t = v.s.toks[j]
        if (
            t.stem == tok.stem
            or t.vkey == tok.vkey
            or is_alias(tok, t)  # "by SMS" / "by text message", moved in the sentence
            or (t.cap and tok.cap and same_name(t.vkey, tok.vkey))
            or (t.cap and tok.cap and same_place(t.vkey, tok.vkey))
        ):
            return True
    return False


_THIRD_PRONOUNS = frozenset(["he", "she", "him", "her", "they", "them"])


PRONOUN_SENTENCES = 3  # sentences back in which a pronoun's person is looked for


_REFERRING = _THIRD_PRONOUNS | frozenset(["his", "their", "it", "its"])
# words that refer to a party without naming it ("that it accepts", "the other side")
_STAND_INS = frozenset(["it", "its", "other"])


def _same_next(v: _View, i: int, j: int) -> bool:
    """The word after the name (past a "to") is the one after the source's stand-in:
    the name takes its place ("Kavrosia to accept" / "it accepts", "the Kaldorian side"
    / "the other side"), not another clause ("because Corvanta had switched off" for
    "because it depends on")."""
    for k in (i + 1, i + 2):
        op, js = v.q_match.get(k, ("insert", ()))
        if _matched(op) and j + 1 in js:
            return True
        if k < len(v.q.toks) and v.q.toks[k].vkey != "to":
            break
    return False


def _named_in_source(v: _View, tok: Tok) -> bool:
    """The name (or its demonym, "Kaldorian" for "Kaldoria") stands somewhere in the
    source: the parties of a dispute are named once, often far from a later "it"."""
    names = v.s.names
    return tok.cap and (tok.vkey in names or any(same_place(n, tok.vkey) for n in names))


def _pronoun_unpaired(v: _View) -> bool:
    """A pronoun of the passage that the alignment left without a partner: what an added
    name may stand for ("her case" / "Ms Qasımlı's case", "It demands" / "The Fund is
    demanding")."""
    if not v.region:
        return False
    lo = min(v.region)
    return any(
        v.s.toks[j].vkey in _REFERRING and not _matched(v.s_match.get(j, ("delete", ()))[0])
        for j in v.region | set(range(max(0, lo - 2), lo))
    )


def _named_near(v: _View, tok: Tok, *, possessive: bool = False) -> bool:
    """The name stands in the passage's sentences or up to :data:`PRONOUN_SENTENCES`
    before them (where a "he" of the passage was introduced); with ``possessive`` also
    as "Qasımlı's" for "Qasımlı"."""
    if not v.scope:
        return False
    return any(
        v.s.toks[j].vkey == tok.vkey
        or same_name(v.s.toks[j].vkey, tok.vkey)
        or (possessive and same_place(v.s.toks[j].vkey, tok.vkey))
        for j in _sentences_around(v, PRONOUN_SENTENCES, 0)
        if v.s.toks[j].cap
    )


def _possessive_spelled(v: _View, tok: Tok) -> bool:
    """The quote's "Schabrina's" is a name of the passage's sentence spelled another way
    and made possessive ("the first houses of Žabrina"): the same name moved."""
    vk = tok.vkey
    if not (vk.endswith("s") and len(vk) > 5):
        return False
    return any(v.s.toks[j].cap and _spelled_as(vk, v.s.toks[j].vkey) for j in v.scope | v.region)


def _spelled_as(q_name: str, s_name: str) -> bool:
    """The quote's name is the source's spelled another way, or its possessive
    ("schilnas" for Schilna's, "zilna")."""
    return same_name(q_name, s_name) or (
        q_name.endswith("s") and len(q_name) > 5 and same_name(q_name[:-1], s_name)
    )


def same_place(a: str, b: str) -> bool:
    """A name and its possessive or demonym: "qasimli"/"qasimlis", "zarvand"/"zarvandi",
    "merovia"/"merovian", "dalvaras" (Dalvara's)/"dalvaran", "halvanys" (Halvany's) /
    "halvanian"."""
    if a.endswith("s") and len(a) > 5 and _same_place_base(a[:-1], b):
        return True
    if b.endswith("s") and len(b) > 5 and _same_place_base(a, b[:-1]):
        return True
    return _same_place_base(a, b)


def _same_place_base(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return (
        len(short) >= 4
        # "halvany"/"halvanian", "kestrana"/"kestranian": the final vowel gives way
        and long_.startswith(short[:-1] if short.endswith(("a", "y", "o", "e")) else short)
        and len(long_) - len(short) <= 3
    )


def _bracket_near(v: _View, j: int) -> bool:
    k = v.step_of_s.get(j)
    if k is None:
        return False
    return any(any(v.q.toks[i].bracket for i in st.q) for st in v.steps[max(0, k - 2) : k + 3])
