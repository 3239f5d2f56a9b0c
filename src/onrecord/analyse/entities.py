"""People, organisations and places, with canonical names, variants, titles and descriptions.

Mentions come from two places: spaCy's NER (run with ``nlp.pipe`` over the paragraphs of the
given regions) and the variants table ``data/names.tsv`` (see its header for the format), which
also gives the canonical name and kind, and links descriptions to what they stand for ("the
Kiev regime" → Government of Ukraine, noted as a loaded description; "the Kremlin" →
Government of Russia, noted as metonymy). A table match wins over an overlapping NER span.

People named by surname only ("Erdogan") are merged into the full name seen elsewhere in the
text ("Recep Tayyip Erdogan"); titles written before a name ("President of the United States
Donald Trump", "US President Donald Trump", "the President of Türkiye, Mr Erdogan") or after it
in apposition ("Dmitry Peskov, the Kremlin spokesperson") are kept in ``Entity.titles``.
``Entity.variants`` lists every other name the entity goes by: the forms seen in the text first,
then the table's.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import FormatError
from onrecord.letters import UPPER
from onrecord.model import Entity, Mention, Span

log = logging.getLogger(__name__)

STAGE = "entities/2"

__all__ = ["STAGE", "NameRow", "canonical", "find_entities", "fold", "load_names"]

TABLE = Path(__file__).with_name("data") / "names.tsv"
KINDS = ("person", "organisation", "place", "group")
_NER_KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def fold(name: str) -> str:
    """A key for comparing names: no diacritics, no case, one kind of apostrophe, no "the"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("ı", "i")
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s$", "", s)
    return s


@dataclass(frozen=True, slots=True)
class NameRow:
    """One row of the variants table."""

    canonical: str
    kind: str
    variants: tuple[str, ...]
    note: str | None = None


def _strip_accents(s: str) -> str:
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if not unicodedata.combining(c)).replace("ı", "i")


def load_names(path: Path = TABLE) -> tuple[NameRow, ...]:
    """Read the variants table; a malformed row raises :class:`FormatError` naming the line."""
    rows: list[NameRow] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip():
            raise FormatError(f"{path}:{n}: expected 'canonical<TAB>kind<TAB>variants[<TAB>note]'")
        kind = cols[1].strip()
        if kind not in KINDS:
            raise FormatError(f"{path}:{n}: kind {kind!r} is not one of {', '.join(KINDS)}")
        variants = tuple(
            v.strip() for v in (cols[2] if len(cols) > 2 else "").split("|") if v.strip()
        )
        note = cols[3].strip() if len(cols) > 3 and cols[3].strip() else None
        rows.append(NameRow(cols[0].strip(), kind, variants, note))
    return tuple(rows)


@dataclass
class _Table:
    by_key: dict[str, NameRow] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    forms: dict[str, set[str]] = field(default_factory=dict)


@functools.cache
def _table(path: Path = TABLE) -> _Table:
    rows = load_names(path)
    t = _Table()
    alts: set[str] = set()
    for row in rows:
        names = {row.canonical, *row.variants}
        for name in list(names):
            names.add(_strip_accents(name))
            names.add(name.replace("'", "’"))
        for name in names:
            key = fold(name)
            # a row with a note (a description) must not capture the canonical of a neutral row
            if key not in t.by_key or (
                name in row.variants and t.by_key[key].canonical == row.canonical and row.note
            ):
                t.by_key.setdefault(key, row)
            alts.add(name)
        t.forms.setdefault(row.canonical, set()).update(n for n in {row.canonical, *row.variants})
    parts = []
    for name in sorted(alts, key=len, reverse=True):
        body = re.escape(name).replace(r"\ ", r"\s+")
        if re.fullmatch(r"[A-Z.]{2,6}", name) or len(name) <= 3:
            parts.append(body)  # acronyms and short names: exact case
        else:
            parts.append(f"(?i:{body})")
    t.pattern = re.compile(r"(?<![\w.-])(?:the\s+)?(?:" + "|".join(parts) + r")(?![\w-]|\.\w)")
    return t


def canonical(name: str) -> tuple[str, str, str | None] | None:
    """(canonical, kind, note) of a name the table knows, else None."""
    row = _table().by_key.get(fold(name))
    return (row.canonical, row.kind, row.note) if row else None


_TITLE_WORDS = (
    r"President|Vice[- ]President|Prime\s+Minister|Deputy\s+Prime\s+Minister|Foreign\s+Minister|"
    rf"Defen[cs]e\s+Minister|Minister(?:\s+of\s+[{UPPER}][\w]+(?:\s+(?:and\s+)?[{UPPER}][\w]+)*)?|Chancellor|"
    r"King|Queen|Crown\s+Prince|Prince|Emir|Sultan|Pope|Premier|Secretary(?:[- ]General)?|"
    r"Secretary\s+of\s+State|Spokes(?:person|man|woman)|Press\s+Secretary|Ambassador|Governor|"
    r"Senator|Congressman|Congresswoman|General|Admiral|Chairman|Chairwoman|Chair|CEO|Leader|"
    r"Mayor|Director|Commander(?:-in-Chief)?|Supreme\s+Commander(?:-in-Chief)?|Speaker|Envoy|"
    r"Special\s+Envoy|Chief\s+of\s+Staff|Head"
)
_ROLE_NOUNS_LOWER = (
    r"leader|director|spokes(?:person|man|woman)|minister|president|chairman|chairwoman|chief|"
    r"secretary|ambassador|governor|mayor|commander|envoy|adviser|advisor|founder|executive"
)
_HONORIFIC = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Madam)"
_TITLE_BEFORE = re.compile(
    rf"(?P<title>(?:(?:[{UPPER}][\w.'’-]*|U\.S\.)\s+){{0,3}}?(?:{_TITLE_WORDS}|(?<=[A-Za-z] )(?:{_ROLE_NOUNS_LOWER}))"
    rf"(?:\s+of\s+(?:the\s+)?[{UPPER}][\w'’-]+(?:\s+(?:of\s+)?(?:the\s+)?[{UPPER}][\w'’-]+){{0,4}})?)"
    rf",?\s+(?:{_HONORIFIC}\s+)?$"
)
_ROLE_NOUNS = (
    r"president|vice[- ]president|prime minister|minister|chancellor|spokes(?:person|man|woman)|"
    r"press secretary|ambassador|governor|senator|general|chairman|chair|chief executive|ceo|"
    r"leader|mayor|director|commander|speaker|envoy|aide|adviser|advisor|head|secretary|founder|"
    r"correspondent|editor|analyst|professor|chief"
)
_TITLE_AFTER = re.compile(
    rf"^,\s+(?P<title>(?:the|a|an)\s+(?:[\w'’.-]+\s+){{0,4}}?(?i:{_ROLE_NOUNS})"
    rf"(?:\s+(?:of|for|at)\s+(?:the\s+)?[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,3}})?)(?=[,.;)]|\s+(?:said|says|told)\b)"
)
_STOP = {
    "colleagues",
    "ladies",
    "gentlemen",
    "god",
    "share",
    "thank",
    "mr",
    "president",
    "minister",
    "the president",
}


@dataclass
class _Ent:
    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    from_table: bool = False


def _paragraphs(text: str, spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        pos = s.start
        for m in re.finditer(r"\n\s*\n|\n", text[s.start : s.end]):
            end = s.start + m.start()
            if end > pos:
                out.append(Span(pos, end))
            pos = s.start + m.end()
        if s.end > pos:
            out.append(Span(pos, s.end))
    return [p for p in out if text[p.start : p.end].strip()]


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim "the", possessive "'s" and punctuation from a mention."""
    s = text[start:end]
    m = re.match(r"(?i:the\s+)", s)
    if m:
        start += m.end()
    s = text[start:end]
    m2 = re.search(r"(?:['’]s|['’]|[,.;:])$", s)
    if m2 and not re.search(r"\b[A-Z]\.$|\b[A-Z]\.[A-Z]\.$", s):
        end -= len(m2.group(0))
    return start, end


def find_entities(
    text: str,
    spans: Sequence[Span] | None = None,
    *,
    nlp: Any = None,
) -> tuple[Entity, ...]:
    """People, organisations and places named in the given regions of ``text``.

    ``nlp`` defaults to the shared pipeline (:func:`onrecord.analyse.nlp.nlp`); pass
    ``nlp=False`` to use the variants table alone. Entities come in order of first mention.
    """
    table = _table()
    regions = sorted(spans, key=lambda s: s.start) if spans else [Span(0, len(text))]
    paras = _paragraphs(text, regions)
    found: list[
        tuple[int, int, str, str, str | None, bool]
    ] = []  # start, end, name, kind, note, table
    assert table.pattern is not None
    for p in paras:
        for m in table.pattern.finditer(text, p.start, p.end):
            start, end = _clean(text, m.start(), m.end())
            row = table.by_key.get(fold(text[start:end]))
            if row is None:
                continue
            found.append((start, end, row.canonical, row.kind, row.note, True))
    if nlp is not False:
        if nlp is None:
            from onrecord.analyse.nlp import nlp as load

            nlp = load()
        for p, doc in zip(paras, nlp.pipe([text[p.start : p.end] for p in paras]), strict=True):
            for ent in doc.ents:
                kind = _NER_KINDS.get(ent.label_)
                if kind is None:
                    continue
                start, end = _clean(text, p.start + ent.start_char, p.start + ent.end_char)
                surface = text[start:end]
                if text[p.start : p.end].strip() == ent.text.strip() and kind != "person":
                    continue  # a heading, not a name
                if ent.root.tag_ in ("JJ", "JJR", "JJS") or (
                    len(ent) == 1 and ent.root.pos_ == "ADJ"
                ):
                    continue  # "Ukrainian", "Russian": adjectives
                if (
                    end - start < 2
                    or not surface[:1].isupper()
                    or fold(surface) in _STOP
                    or re.search(r"\d", surface)
                ):
                    continue
                if any(s < end and start < e for s, e, *_ in found if _[3]):
                    continue  # the table's reading wins
                # a known name inside a longer NER span keeps its table reading
                row = table.by_key.get(fold(surface))
                if row is not None:
                    found.append((start, end, row.canonical, row.kind, row.note, True))
                else:
                    found.append((start, end, surface, kind, None, False))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, str, str | None, bool]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)

    ents: dict[str, _Ent] = {}
    order: list[str] = []
    for start, end, name, kind, note, from_table in kept:
        key = name
        if not from_table and kind == "person":
            key = _person_key(name, ents, kept)
        elif not from_table and kind == "organisation" and len(name.split()) == 1:
            # a lone surname the tagger read as an organisation ("as Várkonyi Promises
            # …" in a headline): the person of that surname, when the page has one
            person = _person_key(name, ents, kept)
            if person != name:
                key, kind = person, "person"
        ent = ents.get(key)
        if ent is None:
            ent = ents[key] = _Ent(key, kind, from_table=from_table)
            order.append(key)
        surface = text[start:end]
        ent.mentions.append(Mention(start, end, surface))
        if surface not in ent.forms:
            ent.forms.append(surface)
        if note:
            # say which words carry the note: one entity may be named both ways
            tagged = f"{note}: “{surface}”"
            if tagged not in ent.notes:
                ent.notes.append(tagged)
        if kind == "person":
            for title in _titles(text, start, end):
                if title not in ent.titles:
                    ent.titles.append(title)
    out = []
    for key in order:
        e = ents[key]
        variants = [f for f in e.forms if f != e.name]
        for v in sorted(table.forms.get(e.name, ())):
            if v != e.name and v not in variants:
                variants.append(v)
        out.append(
            Entity(
                name=e.name,
                kind=e.kind,
                mentions=tuple(e.mentions),
                variants=tuple(variants),
                titles=tuple(e.titles),
                note="; ".join(e.notes) or None,
                stage=STAGE,
            )
        )
    return tuple(out)


def _person_key(name: str, ents: dict[str, _Ent], kept: Sequence[tuple[Any, ...]]) -> str:
    """Merge "Erdogan" into "Recep Tayyip Erdogan" (seen before or after)."""
    words = name.split()
    candidates = [k for k, e in ents.items() if e.kind == "person"]
    candidates += [f[2] for f in kept if f[3] == "person" and f[2] not in candidates]
    if len(words) > 1:
        # "Ilona Varkonyi" and "Ilona Várkonyi": one person, the first spelling seen
        same = [c for c in candidates if fold(c) == fold(name)]
        return same[0] if same else name
    last = fold(words[0])
    matches = [c for c in candidates if len(c.split()) > 1 and fold(c.split()[-1]) == last]
    if not matches:
        # the table may know the full form by another spelling
        for c in candidates:
            row_forms = _table().forms.get(c, set())
            if any(fold(f) == last for f in row_forms):
                matches.append(c)
    # one person, however many spellings of the full name
    if matches and len({fold(c) for c in matches}) == 1:
        return matches[0]
    return name


def _titles(text: str, start: int, end: int) -> list[str]:
    out = []
    before = text[max(0, start - 90) : start]
    m = _TITLE_BEFORE.search(before)
    if m:
        title = re.sub(r"\s+", " ", m.group("title")).strip()
        title = re.sub(r"^(?:The|the)\s+", "", title)
        if title and not re.fullmatch(_HONORIFIC, title):
            out.append(title)
    m2 = _TITLE_AFTER.match(text[end : end + 120])
    if m2:
        out.append(re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", m2.group("title"))))
    return out
