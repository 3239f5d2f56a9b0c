"""Person names as written -> canonical names.

``canonical_person("President of Russia Vladimir Putin") == "Vladimir Putin"``: titles,
roles, honorifics, nationality words and "of <country>" phrases in front of a name
are dropped. A label that is only a role ("THE PRESIDENT", "Q", "Moderator") has no
name: ``None`` (roles are resolved against a transcript's header by
:mod:`onrecord.structure.sources`).

The rule is positional, not a list of people: the name is what follows the *last*
role word of the label (and the "of ..." phrase attached to it), provided it looks
like a name (capitalised words, name particles allowed).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from onrecord.letters import UPPER

STAGE = "names/1"

__all__ = [
    "ROLE_WORDS",
    "STAGE",
    "WELL_KNOWN",
    "canonical_person",
    "expand_surname",
    "is_role_label",
    "role_key",
    "smart_title",
]

# single words that are titles, roles, honorifics or their qualifiers (lower case)
ROLE_WORDS = frozenset(
    """
    president presidents vice prime minister ministers deputy first foreign defence defense
    interior finance state secretary secretary-general general-secretary undersecretary
    under-secretary assistant chancellor vice-chancellor vice-president king queen prince
    princess crown emperor empress sultan emir sheikh shaikh ayatollah supreme leader chairman
    chairwoman chairperson chair co-chair speaker senator sen representative rep congressman
    congresswoman congressmember delegate governor gov lieutenant lt mayor general gen
    admiral adm colonel col major maj captain capt sergeant sgt commander commander-in-chief
    chief marshal ambassador envoy special judge justice attorney spokesman spokeswoman
    spokesperson press director ceo cfo coo founder executive officer head pope cardinal
    bishop archbishop rev reverend father imam rabbi sir dame lord lady baron baroness mr
    mrs ms miss mx dr prof professor hon honourable honorable excellency his her he mp mep
    comrade cde monsieur madame mme herr frau senor senora señor señora former acting
    incoming outgoing then late interim caretaker self-proclaimed the a an de-facto official
    officials aide adviser advisor counsel counsellor councillor councilor member leader
    premier minister-president taoiseach tanaiste chief-of-staff staff host anchor
    correspondent reporter journalist moderator interviewer question answer q a audience
    participant participants narrator announcer translator interpreter voice unidentified
    unknown male female man woman press-secretary commissioner high vp potus flotus
    presidential ministerial royal highness majesty sheik
    """.split()  # noqa: SIM905
)
# words that may follow "of" inside a role phrase ("Minister of Foreign Affairs")
_OF_ROLE = frozenset(
    """
    foreign affairs defence defense state finance interior justice health economy economic
    development trade industry energy education culture agriculture transport labour labor
    the staff joint chiefs commerce treasury homeland security internal external national
    public international relations emergency situations emergencies digital science
    """.split()  # noqa: SIM905
)
# multi-word place names that may follow "of" ("President of the United States Joe Biden")
_PLACES = frozenset(
    """
    united states|united kingdom|russian federation|people's republic of china|republic of korea
    democratic republic of the congo|united arab emirates|saudi arabia|south africa|south korea
    north korea|new zealand|sri lanka|czech republic|european commission|european council
    european union|european parliament|united nations|dominican republic|costa rica|el salvador
    ivory coast|côte d'ivoire|sierra leone|burkina faso|south sudan|central african republic
    papua new guinea|bosnia and herzegovina|north macedonia|trinidad and tobago|the netherlands
    russia|ukraine|china|india|france|germany|italy|spain|turkey|türkiye|turkiye|iran|iraq|israel
    japan|brazil|mexico|canada|australia|poland|hungary|serbia|belarus|kazakhstan|uzbekistan
    egypt|nigeria|kenya|ethiopia|namibia|zimbabwe|botswana|zambia|ghana|senegal|mali|niger
    pakistan|afghanistan|indonesia|vietnam|venezuela|cuba|argentina|chile|colombia|peru|syria
    lebanon|jordan|qatar|kuwait|oman|bahrain|yemen|libya|tunisia|algeria|morocco|sudan|armenia
    azerbaijan|georgia|moldova|romania|bulgaria|greece|cyprus|austria|switzerland|belgium
    netherlands|denmark|norway|sweden|finland|estonia|latvia|lithuania|slovakia|slovenia
    croatia|albania|montenegro|kosovo|portugal|ireland|iceland|luxembourg|malta|mongolia
    thailand|malaysia|singapore|philippines|myanmar|cambodia|laos|bangladesh|nepal|taiwan
    korea|tanzania|uganda|rwanda|angola|mozambique|cameroon|congo|somalia|eritrea|palestine
    england|scotland|wales|britain|america|europe|africa|asia|nato|the kremlin|kremlin|moscow
    washington|london|paris|berlin|beijing|kyiv|kiev|tehran|ankara|the un|the eu|the us
    the uk|the u.s.|u.s.|the u.k.|u.k.|the white house|the state department|the european union
    """.replace("\n", "|").split("|")
)
_PLACES = frozenset(p.strip() for p in _PLACES if p.strip())
_MAX_PLACE_WORDS = max(len(p.split()) for p in _PLACES)
_PARTICLES = frozenset(
    "de del della der den di da dos das du la le van von ter bin ibn al el ben abu y e".split()  # noqa: SIM905
)
_NOT_PEOPLE = frozenset(
    """
    note editor's editors update updated photo photos source sources video read watch
    transcript text full statement summary background context warning disclaimer
    correction tags tag share related more also see advertisement sponsored breaking
    live analysis opinion comment comments subscribe follow listen key points
    """.split()  # noqa: SIM905
)
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_TOKEN = re.compile(r"[^\s,]+")
_POSSESSIVE = re.compile(r"[’']s$")
# leading role phrases that name a role ("the president") - used to build role keys
# role words that are also initials or articles: roles only at the start of a label
_WEAK_ROLES = frozenset({"a", "q", "an", "he", "e"})
_ROLE_KEY_DROP = frozenset(
    "the a an mr mrs ms miss dr prof sir dame hon former acting his her he then late".split()  # noqa: SIM905
)


def smart_title(word: str) -> str:
    """Title-case one ALL-CAPS word: "MCDONALD" -> "McDonald", "O'BRIEN" -> "O'Brien"."""
    if not word.isupper():
        return word
    parts = re.split(r"([\-'’.])", word.lower())
    out = "".join(p[:1].upper() + p[1:] for p in parts)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


def _norm_token(tok: str) -> str:
    return tok.strip(".:;,").lower()


def _is_role(tok: str) -> bool:
    low = _norm_token(tok)
    if low in ROLE_WORDS:
        return True
    # "secretary-general", "vice-premier", "co-chair"
    return "-" in low and all(p in ROLE_WORDS or p in {"co", "ex", "vice"} for p in low.split("-"))


def _looks_like_name(tokens: list[str]) -> bool:
    if not tokens or len(tokens) > 6:
        return False
    seen_cap = False
    for tok in tokens:
        core = tok.strip(".,")
        if not core:
            return False
        if core.lower() in _PARTICLES:
            continue
        head, dash, rest = core.partition("-")
        if dash and head.lower() in _PARTICLES and rest[:1].isupper():
            seen_cap = True  # "al-Sufayri", "el-Baradei"
            continue
        if core.lower() in _NOT_PEOPLE:
            return False
        if not (core[0].isupper() or (core[0] in "'’" and len(core) > 1)):
            return False
        if any(ch.isdigit() for ch in core):
            return False
        if not _is_role(core):
            seen_cap = True
    return seen_cap


def _skip_of_phrase(tokens: list[str], i: int) -> int:
    """Index after an "of ..." phrase starting at ``tokens[i]`` (== "of"), or ``i``."""
    j = i + 1
    # role continuation: "of Foreign Affairs", "of State", "of the Joint Chiefs of Staff"
    while j < len(tokens) and (
        _norm_token(tokens[j]) in _OF_ROLE or _norm_token(tokens[j]) == "of"
    ):
        j += 1
    if j > i + 1 and (j >= len(tokens) or _norm_token(tokens[j - 1]) not in {"the", "of"}):
        return j
    j = i + 1
    # a known place, longest first
    for n in range(min(_MAX_PLACE_WORDS, len(tokens) - j), 0, -1):
        cand = " ".join(_norm_token(t) for t in tokens[j : j + n])
        if cand in _PLACES:
            return j + n
        if cand.startswith("the ") and cand[4:] in _PLACES:
            return j + n
    # unknown place: one capitalised word (plus "the"), leaving a name behind
    if j < len(tokens) and _norm_token(tokens[j]) == "the":
        j += 1
    if j < len(tokens) - 1:
        return j + 1
    return i


@functools.lru_cache(maxsize=8192)
def canonical_person(label: str) -> str | None:
    """The person a label names, without titles and roles; ``None`` for a bare role.

    >>> canonical_person("Russian Foreign Minister Sergey Lavrov")
    'Sergey Lavrov'
    """
    if not label:
        return None
    text = _PAREN.sub(" ", label).strip().strip(":;,.–—-").strip()
    if not text:
        return None
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    if text.isupper() or all(t.isupper() for t in tokens if any(c.isalpha() for c in t)):
        tokens = [smart_title(t) for t in tokens]
    # candidate starts: after each role word (and its "of ..." phrase)
    starts = [0]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = _norm_token(tok)
        if low in _WEAK_ROLES and i > 0 and starts[-1] != i:
            i += 1
            continue
        if _is_role(tok) or _POSSESSIVE.search(tok.strip(".,")):
            starts.append(i + 1)
        elif low == "of" and starts[-1] == i:
            after = _skip_of_phrase(tokens, i)
            if after > i:
                starts.append(after)
                i = after
                continue
        i += 1
    name: list[str] = []
    for start in reversed(starts):
        cand = tokens[start:]
        # a trailing "of Australia" after a name: "Prime Minister Albanese of Australia"
        cut = next((k for k, t in enumerate(cand) if k > 0 and t == "of"), None)
        if cut is not None:
            cand = cand[:cut]
        if _looks_like_name(cand):
            name = cand
            break
    if not name:
        return None
    out = " ".join(t.strip(",;:") for t in name).strip()
    out = re.sub(r"\s+(Jr|Sr)\.?$", "", out)
    return out or None


def is_role_label(label: str) -> bool:
    """True for a label that names only a role: "THE PRESIDENT", "Q", "Moderator"."""
    return canonical_person(label) is None and bool(_TOKEN.findall(_PAREN.sub(" ", label)))


@functools.lru_cache(maxsize=8192)
def role_key(label: str) -> str:
    """A comparable key for the role a label names: "THE PRESIDENT" -> "president",
    "Russian Prime Minister Li" -> "prime minister", "Mr. Smith" -> ""."""
    words = [_norm_token(t) for t in _TOKEN.findall(_PAREN.sub(" ", label))]
    out = [w for w in words if w and w not in _ROLE_KEY_DROP and _is_role(w)]
    return " ".join(out)


_BEFORE_NAME = re.compile(rf"((?:[{UPPER}][\w’'\-]+\.?\s+){{1,3}})$")


def expand_surname(name: str, text: str, *, limit: int = 2_000_000, max_hits: int = 200) -> str:
    """A one-word name made whole from ``text``: "Biden" -> "Joe Biden" when the text
    says "Joe Biden". Role words are not taken for first names ("President Biden").
    Looks at the first ``max_hits`` mentions in the first ``limit`` characters; falls
    back to :data:`WELL_KNOWN`, then to ``name`` itself."""
    if not name or " " in name.strip():
        return name
    counts: Counter[str] = Counter()
    hits = 0
    for m in re.finditer(rf"\b{re.escape(name)}\b", text[:limit]):
        hits += 1
        if hits > max_hits:
            break
        before = _BEFORE_NAME.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        tokens = before.group(1).split()
        # drop leading role words and anything before them
        keep: list[str] = []
        for tok in tokens:
            if _is_role(tok) or _POSSESSIVE.search(tok) or tok.lower() in _NOT_PEOPLE:
                keep = []
            else:
                keep.append(tok)
        if keep and _looks_like_name([*keep, name]):
            counts[" ".join([*keep, name])] += 1
    if not counts:
        return WELL_KNOWN.get(name.lower(), name)
    return counts.most_common(1)[0][0]


# Surnames of people who are often named by surname alone in transcript headers
# ("Remarks by President Biden"); used only when the text itself never gives the
# full name. General knowledge, not tied to any page.
WELL_KNOWN = {
    "biden": "Joe Biden", "trump": "Donald Trump", "obama": "Barack Obama",
    "harris": "Kamala Harris", "vance": "JD Vance", "putin": "Vladimir Putin",
    "medvedev": "Dmitry Medvedev", "lavrov": "Sergey Lavrov", "peskov": "Dmitry Peskov",
    "zelensky": "Volodymyr Zelensky", "zelenskyy": "Volodymyr Zelenskyy",
    "macron": "Emmanuel Macron", "scholz": "Olaf Scholz", "merz": "Friedrich Merz",
    "starmer": "Keir Starmer", "sunak": "Rishi Sunak", "albanese": "Anthony Albanese",
    "modi": "Narendra Modi", "erdogan": "Recep Tayyip Erdogan", "erdoğan": "Recep Tayyip Erdoğan",
    "netanyahu": "Benjamin Netanyahu", "blinken": "Antony Blinken", "rubio": "Marco Rubio",
    "guterres": "António Guterres", "stoltenberg": "Jens Stoltenberg", "rutte": "Mark Rutte",
    "meloni": "Giorgia Meloni", "trudeau": "Justin Trudeau", "carney": "Mark Carney",
    "lula": "Luiz Inácio Lula da Silva", "ramaphosa": "Cyril Ramaphosa",
    "kishida": "Fumio Kishida", "ishiba": "Shigeru Ishiba", "sheinbaum": "Claudia Sheinbaum",
    "lukashenko": "Alexander Lukashenko", "orban": "Viktor Orban", "orbán": "Viktor Orbán",
    "leavitt": "Karoline Leavitt", "jean-pierre": "Karine Jean-Pierre",
}  # fmt: skip
