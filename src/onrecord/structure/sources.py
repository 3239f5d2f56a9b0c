"""Primary sources printed in a page (or given as a file): transcripts and statements.

A source is an optional title line ("Press statement by the President of Russia"),
optional header lines (a summary paragraph, a place, a date, a time) and then the
spoken words, usually as speaker turns: "President of Russia Vladimir Putin: Good
evening...", "THE PRESIDENT: ...", "Q: ...". A paragraph without a label continues
the previous speaker. Each paragraph of speech becomes one :class:`Turn` whose span
covers the spoken words only: the label, and stage directions standing at either
edge ("(Applause.)"), are outside; stage directions inside a paragraph are found by
:func:`stage_directions` so the verifier can skip them.

Role labels ("THE PRESIDENT", "THE PRIME MINISTER") are resolved against the people
the title, header and surrounding page name ("Remarks by President Biden" ->
"Joe Biden"); question labels ("Q", "QUESTION", "Journalist") have speaker ``None``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from onrecord.errors import EmptyInputError
from onrecord.letters import UPPER as U
from onrecord.model import Block, Source, Span, Turn
from onrecord.structure.meta import is_date_line, parse_date
from onrecord.structure.names import (
    canonical_person,
    expand_surname,
    role_key,
)

log = logging.getLogger(__name__)

STAGE = "sources/1"

__all__ = [
    "QUESTION_ROLES",
    "STAGE",
    "Label",
    "build_source",
    "intro_strength",
    "is_stage_direction_block",
    "source_from_text",
    "speaker_label",
    "stage_directions",
]

# ----------------------------------------------------------------------------- labels

# lower-case name particles, alone or joined to the next name: "bin Rashid",
# "al-Sufayri", "van der Berg", "de la Cruz", "ibn Saud", "abu Bakr"
_PARTICLES = (
    r"(?:al|el|ad|as|an|at|ibn|bin|bint|abu|de|da|di|do|del|della|dos|das|du|van|von|der|"
    r"den|ter|le|la)"
)
_LABEL = re.compile(
    rf"""(?P<label>
        (?:Q|A|QUESTION|ANSWER|Q\d{{1,2}})(?=\s*[(:])
      | [{U}][{U}.'’\-]*(?:\x20[{U}][{U}.'’\-]*){{0,6}}                   # THE PRESIDENT, MR. SMITH
      | [{U}][\w.'’\-]*(?:\x20(?:[{U}][\w.'’\-]*|{_PARTICLES}(?:-[{U}][\w.'’\-]*)?|of|the|for|and)){{0,8}}  # Title Case
    )
    (?P<paren>\s*[(\[][^)\]\n]{{1,80}}[)\]])?
    [ \t]*:(?:[ \t]*(?=\S)|\s*$)
    """,
    re.X,
)
# "Q    Mr. President, ..." (no colon, as in White House transcripts), "Q. What...", "A. We..."
_QA_LABEL = re.compile(r"(?P<label>Q|A)(?:\t+|\x20{2,}|\.\x20(?=[A-Z\"“]))")
QUESTION_ROLES = frozenset(
    """
    q question questions journalist journalists reporter reporters correspondent
    audience participant participants interviewer moderator host anchor press
    """.split()  # noqa: SIM905
)
_ANSWER_ROLES = frozenset({"a", "answer"})
_PAREN_RE = re.compile(r"[(\[][^)\]]*[)\]]")
_NOT_LABELS = frozenset(
    """
    note editor's editors update updated photo photos source sources video read watch
    transcript text full statement summary background context warning disclaimer correction
    tags tag share related more also see advertisement sponsored breaking live analysis
    opinion comment comments subscribe follow listen key points date time location place
    venue subject re title headline caption credit credits image images file files
    translation translated original language languages topic topics quote quotes
    published posted breaking exclusive clarification example meanwhile however today
    yesterday tomorrow now here there why what how who when where result results verdict
    conclusion introduction step tip fact facts lesson price cost warning notice attention
    important reminder pictured above left right top bottom inset
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker label at the start of a paragraph."""

    label: str  # as written, without the colon ("THE PRESIDENT")
    start: int  # of the label
    end: int  # of the label (before any parenthetical and the colon)
    content: int  # where the spoken words begin


def speaker_label(text: str, start: int, end: int) -> Label | None:
    """The speaker label that opens ``text[start:end]``, or None.

    Accepts "Q:", "THE PRESIDENT:", "MR. SMITH (via interpreter):", and Title Case
    labels that name a person or a role ("President of Russia Vladimir Putin:",
    "Journalist:"); refuses sentences with a colon ("I would like to emphasise: ...").
    """
    m = _LABEL.match(text, start, min(end, start + 140))
    if m is None:
        q = _QA_LABEL.match(text, start, min(end, start + 10))
        if q is not None:
            return Label(q.group("label"), q.start("label"), q.end("label"), q.end())
        return None
    label = m.group("label")
    words = label.split()
    first = words[0].lower().strip(".’'")
    if first in _NOT_LABELS or label.lower() in _NOT_LABELS:
        return None
    if any(w.lower().rstrip(".") in _NOT_LABELS for w in words[-1:]):
        return None
    if len(words) == 1 and not label.isupper() and label.lower().endswith(("ed", "ing")):
        return None  # "Published:", "Breaking:"
    key = role_key(label)
    upper = label.isupper()
    person = canonical_person(label)
    if not (person or key or upper):
        return None
    if not upper and not key and len(words) > 5:
        return None
    if upper and not key and person is None and len(label) <= 1 and label not in {"Q", "A"}:
        return None
    return Label(label, m.start("label"), m.end("label"), m.end())


def _is_question(label: str) -> bool:
    key = role_key(label)
    words = key.split()
    return bool(words) and all(w in QUESTION_ROLES for w in words)


# ----------------------------------------------------------------------------- stage directions

_STAGE_WORDS = (
    r"applause|applauding|applauds|laughter|laughs|laughing|chuckles|inaudible|unintelligible|"
    r"indiscernible|crosstalk|cross-talk|cross\s+talk|interruption|interrupting|interrupted|pause|"
    r"pauses|sighs|coughs|music|cheers|cheering|booing|boos|audience|off[\s-]mic(?:rophone)?|"
    r"mic|microphone|in\s+english|in\s+russian|in\s+french|in\s+german|in\s+spanish|in\s+chinese|"
    r"in\s+ukrainian|in\s+arabic|via\s+(?:an\s+)?interpreter|through\s+(?:an\s+)?interpreter|"
    r"as\s+translated|translation|translated|interpretation|speaks|speaking|technical|"
    r"recording|video|break|end|silence|gavel|bell|overlapping|unclear|sic|phonetic|"
    r"background\s+noise|noise|protester|protesters|heckler|heckling|disturbance|"
    r"moment\s+of\s+silence|no\s+audio|audio|transcript|ph|\?\?\?"
)
_STAGE_PAREN = re.compile(
    rf"\((?=[^()\n]{{0,60}}\))[^()\n]*?\b(?:{_STAGE_WORDS})\b[^()\n]*\)",
    re.I,
)
_STAGE_BRACKET = re.compile(r"\[[^\[\]\n]{1,60}\]")
_STAGE_BLOCK = re.compile(
    r"^(?:\s*(?:\([^()\n]{1,80}\)|\[[^\[\]\n]{1,80}\]))+\s*$"
    r"|^(?:END|BEGIN)\b.{0,40}$"
    r"|^\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?\s*[A-Z]{2,4}\.?$",
)


def stage_directions(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of stage directions in ``text[start:end]``: "(Applause.)", "[inaudible]",
    "(Laughter)", "(in English)". Square brackets are always transcriber notes;
    parentheses only when they hold a stage-direction word."""
    stop = len(text) if end is None else end
    found: list[Span] = []
    for rx in (_STAGE_PAREN, _STAGE_BRACKET):
        pos = start
        while True:
            m = rx.search(text, pos, stop)
            if m is None:
                break
            found.append(Span(m.start(), m.end()))
            pos = m.end()
    found.sort(key=lambda s: s.start)
    return found


def is_stage_direction_block(text: str) -> bool:
    """True for a paragraph that is only stage directions / timing ("(Applause.)", "END 3:05 P.M. EDT")."""
    t = text.strip()
    return len(t) <= 120 and bool(_STAGE_BLOCK.match(t))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without stage directions and whitespace at its edges."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        for span in stage_directions(text, start, end):
            if span.start == start:
                start, changed = span.end, True
                break
            if span.end == end:
                end, changed = span.start, True
                break
    return start, end


# ----------------------------------------------------------------------------- intros

_NOUNS = (
    r"speech|statement|statements|transcript|remarks|address|text|interview|readout|"
    r"press\s+conference|news\s+conference|briefing|letter|communiqu[eé]|declaration|comments|"
    r"q\s*&\s*a|conversation|message|keynote|lecture|testimony|conference|exchange|"
    r"announcement|proclamation|decree|appeal|toast|sermon|verbatim"
)
_INTRO_STRONG = re.compile(
    rf"""^(?:
        (?:below|here|the\s+following|following|what\s+follows|beneath)\s+(?:is|are)\b.{{0,120}}?\b(?:{_NOUNS})\b.{{0,80}} |
        (?:the\s+)?(?:full|complete|entire|official)\s+(?:english\s+)?(?:text|transcript|translation)\b.{{0,120}} |
        (?:an?\s+)?(?:edited\s+|abridged\s+)?(?:transcript|text)\s+(?:of|follows)\b.{{0,120}} |
        .{{0,100}}\b(?:{_NOUNS})\b[^.]{{0,40}}\b(?:in\s+full|below|follows) |
        (?:{_NOUNS}|full\s+(?:{_NOUNS}))
    )[\s.:…]*$""",
    re.I | re.X,
)
_INTRO_WEAK = re.compile(
    rf"""^(?:
        (?:read|see|watch|view)\s+(?:the\s+)?(?:full|complete|entire|official)\b.{{0,60}}?\b(?:{_NOUNS})\b.{{0,60}} |
        (?:the\s+)?(?:full|complete)\s+(?:{_NOUNS})\b.{{0,100}}
    )[\s.:…]*$""",
    re.I | re.X,
)


_ANY_NOUN = re.compile(rf"\b(?:{_NOUNS})\b", re.I)
_NOT_INTRO = re.compile(
    r"\b(?:key\s+points|highlights|takeaways|main\s+points|what\s+we\s+know|reactions?|"
    r"analysis|summary|timeline|fact[\s-]check)\b",
    re.I,
)


def intro_strength(text: str) -> int:
    """2 for an intro that announces a source below ("Below is the speech", "Full text:"),
    1 for one that may only be a link ("Read the full statement"), 0 otherwise."""
    t = text.strip()
    if len(t) > 200 or not t or not _ANY_NOUN.search(t) or _NOT_INTRO.search(t):
        return 0
    if _INTRO_STRONG.match(t) or (t.endswith(":") and _INTRO_WEAK.match(t)):
        return 2
    if _INTRO_WEAK.match(t):
        return 1
    return 0


# ----------------------------------------------------------------------------- titles

_TITLE_WORDS = re.compile(
    rf"\b(?:{_NOUNS}|remarks|words|opening|closing|meeting|visit|session|summit|talks|hearing)\b",
    re.I,
)


def _title_like(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 200 or is_date_line(t):
        return False
    if t[-1] in ".!?;,…" and (not _TITLE_WORDS.search(t) or t.count(" ") >= 10):
        return False
    return t[0].isupper() or t[0].isdigit() or t[0] in "\"“‘'"


# ----------------------------------------------------------------------------- building a source

_CAPRUN = re.compile(
    rf"[{U}][\w’'.\-]*(?:\s+(?:(?:of|the|de|da|van|von|al|bin)\s+)*[{U}][\w’'.\-]*)*"
)


def _people(text: str) -> tuple[dict[str, str], list[str]]:
    """Roles and people named in ``text``: ({"president": "Biden"}, ["Biden", ...])."""
    roles: dict[str, str] = {}
    people: list[str] = []
    for m in _CAPRUN.finditer(text):
        run = m.group()
        if " " not in run and not run[:1].isupper():
            continue
        person = canonical_person(run)
        if person is None or person.lower() in QUESTION_ROLES:
            continue
        key = role_key(run)
        if key:
            roles.setdefault(key, person)
        if key or len(person.split()) >= 2:
            people.append(person)
    return roles, list(dict.fromkeys(people))


@dataclass
class _Ctx:
    text: str
    roles: dict[str, str]
    people: list[str]
    page_text: str
    cache: dict[str, str]

    def expand(self, name: str) -> str:
        if " " in name:
            return name
        if name not in self.cache:
            whole = next((p for p in self.people if p.endswith(" " + name)), None)
            self.cache[name] = whole or expand_surname(name, self.page_text)
        return self.cache[name]

    def resolve(self, label: str, paren: str = "") -> str | None:
        if _is_question(label):
            # "Journalist (Mirela Hodžić, Vetranian Public Television):" names the asker
            named = canonical_person(paren.strip(" ()[]:").split(",")[0].strip())
            return named if named and " " in named else None
        person = canonical_person(label)
        if person:
            return self.expand(person)
        key = role_key(label)
        if not key or _is_answer(label):
            return None
        if key in self.roles:
            return self.expand(self.roles[key])
        # "THE PRIME MINISTER" vs "prime minister of australia": compare the last role word
        last = key.split()[-1]
        for k, v in self.roles.items():
            if k.split()[-1] == last:
                return self.expand(v)
        return None


def build_source(
    text: str,
    blocks: Sequence[Block],
    *,
    id: str,
    context: str = "",
    page_text: str | None = None,
    version: str = "delivered",
    statement: str | None = None,
    speaker: str | None = None,
    date: str | None = None,
    report: str = "",
    cache: dict[str, str] | None = None,
) -> tuple[Source, list[str]] | None:
    """A :class:`Source` from consecutive ``blocks`` of ``text``, and the role of each
    block ("title", "header", "turn", "stage"). ``context`` is text that may name the
    speakers (the intro line, the page title); ``page_text`` is searched to complete
    surnames; ``report`` is the page's own text before the source, whose most-named
    person speaks an unlabelled source nobody else is named for. None when ``blocks``
    is empty. ``cache`` keeps surname completions between the sources of one page."""
    if not blocks:
        return None
    labels = [speaker_label(text, b.start, b.end) for b in blocks]
    first_label = next((i for i, lab in enumerate(labels) if lab is not None), None)
    roles_of: list[str] = ["turn"] * len(blocks)
    chunks = [text[b.start : b.end] for b in blocks[:6]]

    title: str | None = None
    if labels[0] is None and _title_like(chunks[0]):
        title = chunks[0].strip()
        roles_of[0] = "title"
    # header: everything before a label that comes early; otherwise only short lines
    early = first_label is not None and first_label <= (4 if title else 3)
    header_date: str | None = None
    for i, chunk in enumerate(chunks):
        if roles_of[i] == "title" or labels[i] is not None:
            if labels[i] is not None:
                break
            continue
        d = is_date_line(chunk) or (parse_date(chunk) if len(chunk) <= 80 else None)
        if d:
            header_date = header_date or d
        if early or d or (len(chunk) <= 60 and chunk.rstrip()[-1:] not in '.!?"”’'):
            roles_of[i] = "header"
        else:
            break
    for i, b in enumerate(blocks):
        if roles_of[i] == "turn" and is_stage_direction_block(text[b.start : b.end]):
            roles_of[i] = "stage"

    header_text = " ".join(
        text[b.start : b.end]
        for b, r in zip(blocks, roles_of, strict=True)
        if r in ("title", "header")
    )
    label_text = " ; ".join(dict.fromkeys(lab.label for lab in labels if lab is not None))
    roles, people = _people(" ; ".join((header_text, context, label_text)))
    ctx = _Ctx(
        text,
        roles,
        people,
        page_text if page_text is not None else text,
        {} if cache is None else cache,
    )

    turns: list[Turn] = []
    unlabelled: set[int] = set()  # turns spoken before any label: the main speaker's
    current: str | None = speaker
    seen_label = False
    pending = ""  # a label standing alone on its line names the next paragraph's speaker
    for i, (b, lab) in enumerate(zip(blocks, labels, strict=True)):
        if roles_of[i] != "turn":
            continue
        if lab is not None:
            current = ctx.resolve(lab.label, text[lab.end : lab.content])
            seen_label = True
            s, e = _trim(text, lab.content, b.end)
            label = lab.label
            if s >= e:
                pending = lab.label
                continue
        else:
            s, e = _trim(text, b.start, b.end)
            label, pending = pending, ""
        if s < e:
            if not seen_label:
                unlabelled.add(len(turns))
            turns.append(Turn(current, label, s, e))

    main = speaker
    if main is None:
        words: Counter[str] = Counter()
        for t in turns:
            if t.speaker:
                words[t.speaker] += text.count(" ", t.start, t.end) + 1
        if words:
            main = words.most_common(1)[0][0]
        else:
            named = (
                _title_person(title or "") or _title_person(context) or _title_person(header_text)
            )
            if named:
                main = ctx.expand(named)
            elif report:
                main = _most_named(report)
    if main is not None:
        # unlabelled speech before any label, and "A:" answers, are the main speaker's
        answers = {k for k, t in enumerate(turns) if _is_answer(t.label)}
        follow = _answer_continuations(turns, answers)
        turns = [
            Turn(main, t.label, t.start, t.end)
            if t.speaker is None and (k in unlabelled or k in answers or k in follow)
            else t
            for k, t in enumerate(turns)
        ]

    source = Source(
        id=id,
        title=title,
        speaker=main,
        text=text,
        start=blocks[0].start,
        end=blocks[-1].end,
        turns=tuple(turns),
        version=version,
        statement=statement,
        date=header_date or date,
    )
    return source, roles_of


def _is_answer(label: str) -> bool:
    return _PAREN_RE.sub("", label).strip(" .").lower() in _ANSWER_ROLES


def _answer_continuations(turns: list[Turn], answers: set[int]) -> set[int]:
    """Unlabelled turns that continue an "A:" answer."""
    out: set[int] = set()
    inside = False
    for k, t in enumerate(turns):
        if t.label:
            inside = k in answers
        elif inside:
            out.add(k)
    return out


_BY = re.compile(
    rf"\b(?:by|from|of|with)\s+((?:the\s+)?[{U}][\w’'.\-]*(?:\s+(?:(?:of|the)\s+)*[{U}][\w’'.\-]*){{0,7}})"
)


def _title_person(title: str) -> str | None:
    """The person a title names: "Statement by Vladimir Putin" -> "Vladimir Putin"."""
    for m in _BY.finditer(title):
        person = canonical_person(m.group(1))
        if person:
            return person
    for m in _CAPRUN.finditer(title):
        person = canonical_person(m.group())
        if person and (role_key(m.group()) or " " in person):
            return person
    return None


def _most_named(text: str) -> str | None:
    """The person ``text`` names most often (full name given at least once)."""
    _roles, people = _people(text)
    if not people:
        return None
    counts: Counter[str] = Counter()
    for person in set(people):
        if " " not in person:
            continue
        surname = person.split()[-1]
        counts[person] = len(re.findall(rf"\b{re.escape(surname)}\b", text))
    if not counts:
        return None
    ranked = counts.most_common(2)
    best, n = ranked[0]
    if n < 2 or (len(ranked) > 1 and ranked[1][1] == n):
        return None  # named once, or a tie: no one stands out
    return best


def source_from_text(
    text: str,
    *,
    id: str,
    version: str = "delivered",
    statement: str | None = None,
    speaker: str | None = None,
) -> Source:
    """Parse a file that is only a transcript or statement (given with ``--source``).

    Optional title and header lines, then turns; without any speaker label the text is
    one speaker's: ``speaker``, else the person the title names, else None.
    Raises :class:`EmptyInputError` for blank text.
    """
    from onrecord.read.textdump import parse

    draft = parse(text, origin=id)
    blocks = [b for b in draft.blocks if not _is_intro_only(text[b.start : b.end])]
    built = build_source(
        text,
        blocks or list(draft.blocks),
        id=id,
        version=version,
        statement=statement,
        speaker=speaker,
    )
    if built is None:
        raise EmptyInputError(f"{id}: the source has no text")
    return built[0]


def _is_intro_only(chunk: str) -> bool:
    return intro_strength(chunk) == 2 and len(chunk) < 60 and chunk.rstrip().endswith(":")
