"""Who said each quote: cue verbs, participles, pronouns, descriptions, continuation.

:func:`attribute` gives one :class:`~onrecord.model.Attribution` per quote. It
parses (spaCy, through :func:`onrecord.analyse.nlp.nlp`) only the report
paragraphs that matter: those holding quotes, the few before each, and the lead
paragraphs where people are introduced with their full names and titles. Long
paragraphs are cut to windows around the quotes.

The evidence, in order:

1. a cue verb in the quote's sentence, outside any quote ("said", "noted",
   "warned", … see ``data/cues.json``). The cue whose clause governs the quote
   wins, else the nearest. Its subject (``nsubj``) is the speaker: rule
   ``cue-after`` / ``cue-before`` by the cue's place, ``cue-inverted`` when the
   subject follows the verb ("said Putin"). A participle ("noting that",
   "warning that", "saying, “…”") has no subject of its own and takes the
   subject of the clause it hangs on: rule ``participial``;
2. "according to X": rule ``according-to``;
3. "X: “…”": rule ``colon``;
4. rule ``continuation`` for uncued quotes: the speaker of an earlier quote in
   the same paragraph; for a paragraph that opens with the quote, the speaker of
   the previous paragraph's quotes or the person that paragraph is about; for a
   sentence that is only the quote, the person the paragraph is about so far;
   for a quote in the lead blocks (a heading) repeating words quoted with a
   speaker elsewhere, that speaker (confidence 0.6);
5. for an uncued quote of more than three words, the person who is the subject
   of the sentence's main verb ("She singled out the nurses, “who …”"): rule
   ``cue-before``/``cue-after`` with that verb as the cue, confidence 0.5;
6. otherwise ``unknown`` (speaker None, confidence 0).

An unnamed subject ("a European diplomat", "the club") gives speaker None with
the mention kept; an organisation ("the Kremlin", "the Treasury", "EU") gives
its name as written, without the article.

A subject that is a pronoun ("he", "she"; "they"/"it" for organisations) or a
description ("the Russian president", "the Kremlin leader", "the minister")
resolves to the most salient compatible person mentioned before it (subjects of
main clauses first, the most recent sentence first; mentions inside quotes do
not count). Descriptions must fit the titles the page gave the person. Names are
canonical: the longest form of the person's name used in the report, titles
stripped ("Putin" -> "Vladimir Putin").
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from onrecord.analyse.cues import Cues, cues, fold
from onrecord.analyse.nlp import nlp
from onrecord.letters import UPPER
from onrecord.model import Attribution, Block, Mention, Page, Quote

__all__ = ["STAGE", "attribute"]

log = logging.getLogger(__name__)

STAGE = "speakers/1"

#: a report block longer than this is parsed only in windows around its quotes
MAX_UNIT = 5000
#: how many report blocks before a quoted one are parsed for context
CONTEXT_BLOCKS = 3
#: the lead blocks always parsed (full names and titles are given there)
LEAD_BLOCKS = 3

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NP_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nmod", "nummod", "flat", "case", "quantmod"}
)
# labels of the interviewer's turns in a Q&A printed in a report
_INTERVIEW_LABELS = frozenset({"q", "question", "interviewer", "reporter", "journalist", "host"})
_MARKS = frozenset("“”„‟\"«»‹›‘’‚‛'`")
_MODIFIERS = frozenset(
    [
        "foreign",
        "defence",
        "defense",
        "finance",
        "interior",
        "justice",
        "health",
        "economy",
        "economic",
        "trade",
        "energy",
        "deputy",
        "vice",
        "acting",
        "former",
        "first",
        "state",
        "press",
        "national",
        "security",
        "chief",
        "general",
        "supreme",
        "grand",
        "crown",
        "white",
        "house",
        "kremlin",
        "executive",
        "senior",
        "top",
        "presidential",
        "federal",
        "regional",
    ]
)

# --------------------------------------------------------------------------- records


@dataclass
class _Entity:
    kind: str  # "person" | "org"
    forms: list[str]
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    last: int = -1  # offset of the latest mention
    spellings: Counter[str] = field(default_factory=Counter)  # each name word as written

    @property
    def canonical(self) -> str:
        """The longest form, each word in its most used spelling ("Várkonyi" over
        "Varkonyi" when the page mostly writes it so; diacritics win ties)."""
        longest = max(self.forms, key=lambda f: (len(f.split()), len(f)))
        if self.kind != "person" or not self.spellings:
            return longest
        words = []
        for word in longest.split():
            variants = [w for w in self.spellings if fold(w) == fold(word)] or [word]
            words.append(
                max(variants, key=lambda w: (self.spellings[w], sum(ord(c) > 127 for c in w)))
            )
        return " ".join(words)

    @property
    def surname(self) -> str:
        return fold(self.canonical.split()[-1])

    def words(self) -> set[str]:
        return {fold(w) for form in self.forms for w in form.split()}


@dataclass
class _Ref:
    """A mention of an entity in the parsed text."""

    entity: _Entity
    start: int
    end: int
    text: str
    sent: int  # global sentence index
    salience: int  # 2 subject of a main clause, 1 a subject, 0 anything else
    quoted: bool  # inside a quote: never an antecedent


@dataclass
class _Found:
    entity: _Entity | None
    mention: Mention | None
    confidence: float


# --------------------------------------------------------------------------- analysis


class _Analysis:
    def __init__(self, page: Page, quotes: Sequence[Quote]) -> None:
        self.page = page
        self.text = page.text
        self.quotes = quotes
        self.cues: Cues = cues()
        self.report: tuple[Block, ...] = page.quotable
        self.block_starts = [b.start for b in self.report]
        spans = sorted((p.start, p.end) for q in quotes for p in q.parts)
        self.quoted_starts = [s for s, _ in spans]
        self.quoted_ends = [e for _, e in spans]
        self.entities: list[_Entity] = []
        self.title_nouns: set[str] = set()
        self.refs: list[_Ref] = []
        self.ref_starts: list[int] = []
        self.ref_by_token: dict[int, _Ref] = {}
        self.offsets: dict[int, int] = {}
        self.tokens: list[Any] = []
        self.token_starts: list[int] = []
        self.sent_index: dict[tuple[int, int], int] = {}
        self._parse()

    # ---------------------------------------------------------------- helpers

    def pos(self, tok: Any) -> int:
        return int(tok.idx) + self.offsets[id(tok.doc)]

    def quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted_ends[i]

    def is_quoted_token(self, tok: Any) -> bool:
        return tok.text in _MARKS or tok.text in ("``", "''") or self.quoted(self.pos(tok))

    def block_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, pos) - 1)

    def tokens_between(self, start: int, end: int) -> list[Any]:
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        return self.tokens[lo:hi]

    def sent_of(self, tok: Any) -> int:
        sent = tok.sent
        return self.sent_index.get((id(tok.doc), sent.start), 0)

    def mention(self, toks: Sequence[Any]) -> Mention:
        start = self.pos(toks[0])
        end = self.pos(toks[-1]) + len(toks[-1].text)
        return Mention(start, end, self.text[start:end])

    # ---------------------------------------------------------------- parsing

    def _units(self) -> list[tuple[int, int]]:
        wanted: dict[int, list[tuple[int, int]]] = {}
        for k in range(min(LEAD_BLOCKS, len(self.report))):
            wanted.setdefault(k, [])
        for q in self.quotes:
            for part in q.parts:
                k = self.block_of(part.start)
                wanted.setdefault(k, []).append((q.sentence.start, q.sentence.end))
                for j in range(max(0, k - CONTEXT_BLOCKS), k):
                    wanted.setdefault(j, [])
        units: list[tuple[int, int]] = []
        for k in sorted(wanted):
            block = self.report[k]
            if block.end - block.start <= MAX_UNIT:
                units.append((block.start, block.end))
                continue
            windows = [
                (max(block.start, s - 1500), min(block.end, e + 500)) for s, e in wanted[k]
            ] or [(max(block.start, block.end - 1500), block.end)]
            windows.sort()
            merged: list[tuple[int, int]] = []
            for s, e in windows:
                s = self._snap(s, block.start)
                if merged and s <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], e))
                else:
                    merged.append((s, e))
            units.extend(merged)
        return units

    def _snap(self, pos: int, floor: int) -> int:
        """Move a window start back to the start of a sentence (or a space)."""
        look = self.text.rfind(". ", floor, pos)
        if look >= 0 and pos - look < 400:
            return look + 2
        space = self.text.rfind(" ", floor, pos)
        return space + 1 if space >= 0 else floor

    def _parse(self) -> None:
        units = self._units()
        docs = list(nlp().pipe((self.text[s:e] for s, e in units), batch_size=32))
        n_sent = 0
        for (start, _), doc in zip(units, docs, strict=True):
            self.offsets[id(doc)] = start
            for tok in doc:
                self.tokens.append(tok)
                self.token_starts.append(start + tok.idx)
            for sent in doc.sents:
                self.sent_index[(id(doc), sent.start)] = n_sent
                n_sent += 1
        self.docs = docs
        log.debug("parsed %d units, %d chars", len(units), sum(e - s for s, e in units))
        for doc in docs:
            for sent in doc.sents:
                self._read_sentence(doc, sent)

    # ---------------------------------------------------------------- entities

    def _title_word(self, word: str) -> bool:
        w = fold(word).strip(".")
        c = self.cues
        return (
            w in c.roles
            or w in c.honorifics
            or w + "." in c.honorifics
            or w in c.demonyms
            or w in c.demonyms.values()
            or w in _MODIFIERS
            or w in ("of", "the")
        )

    def _name_words(self, toks: Sequence[Any]) -> tuple[list[str], str | None]:
        """Name words of a PERSON span with titles and honorifics stripped, and the
        gender an honorific gives."""
        words = [t.text for t in toks if t.tag_ != "POS" and t.text not in ("’s", "'s")]
        gender: str | None = None
        while words and self._title_word(words[0]) and len(words) > 1:
            h = fold(words[0]).strip(".")
            gender = self.cues.honorifics.get(h) or self.cues.honorifics.get(h + ".") or gender
            words.pop(0)
        words = [w.strip(",") for w in words if w.strip(",")]
        return words, gender

    def _find_person(self, words: Sequence[str]) -> _Entity | None:
        if not words:
            return None
        last = fold(words[-1])
        first = fold(words[0]) if len(words) > 1 else None
        folded = [fold(w) for w in words]
        found: list[_Entity] = []
        for ent in self.entities:
            if ent.kind != "person":
                continue
            if any([fold(w) for w in f.split()][-len(folded) :] == folded for f in ent.forms):
                found.append(ent)
            elif ent.surname == last:
                firsts = {fold(f.split()[0]) for f in ent.forms if len(f.split()) > 1}
                if first is None or not firsts or first in firsts:
                    found.append(ent)
        if not found and len(words) == 1:
            found = [e for e in self.entities if e.kind == "person" and last in e.words()]
        if not found:
            return None
        # the most recently mentioned one
        return max(found, key=lambda e: e.last)

    def person(self, words: Sequence[str], gender: str | None = None) -> _Entity | None:
        words = [w for w in words if w]
        if not words:
            return None
        ent = self._find_person(words)
        form = " ".join(words)
        if ent is None:
            ent = _Entity("person", [form])
            self.entities.append(ent)
        elif form not in ent.forms:
            ent.forms.append(form)
        ent.spellings.update(words)
        if ent.gender is None:
            ent.gender = gender or self.cues.gender_of_first_name(ent.canonical.split()[0])
        return ent

    def _person_like(self, toks: Sequence[Any]) -> _Entity | None:
        """A name the small model took for an organisation: "Bellamy said" after
        "Mark Bellamy", "Its director, Annelies de Vries,", "Mr Grant"."""
        if not all(t.pos_ == "PROPN" for t in toks):
            return None
        if fold(" ".join(t.text for t in toks)) in self.cues.organisation_words:
            return None
        words, gender = self._name_words(toks)
        known = self._find_person(words)
        if known is not None:
            return known
        root = toks[-1]
        named = (
            gender is not None
            or self.cues.gender_of_first_name(words[0]) is not None
            or (root.dep_ == "appos" and self._is_role_noun(root.head))
            or any(c.dep_ == "appos" and self._is_role_noun(c) for c in root.children)
        )
        return self.person(words, gender) if named and words else None

    def _is_role_noun(self, tok: Any) -> bool:
        return tok.pos_ == "NOUN" and (
            fold(tok.text) in self.cues.description_heads
            or fold(tok.lemma_) in self.cues.description_heads
        )

    def org(self, name: str) -> _Entity:
        key = fold(name)
        for ent in self.entities:
            if ent.kind == "org" and any(fold(f) == key for f in ent.forms):
                return ent
        ent = _Entity("org", [name])
        self.entities.append(ent)
        return ent

    def _titles_around(self, doc: Any, start: int, end: int, sent: Any) -> list[str]:
        """Title words around a name: "Russian President Vladimir Putin", "Dmitry
        Peskov, the Kremlin spokesman,", "the President of Türkiye, Mr. Erdogan"."""
        words: list[str] = []
        j = start - 1
        common = False  # a lowercase noun right before a name is a title: "striker Sam Morris"
        while j >= sent.start:
            t = doc[j]
            low = fold(t.text)
            if t.is_punct or t.pos_ in ("VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ"):
                break
            if t.pos_ == "ADP" and low != "of":
                break
            lower_noun = t.pos_ == "NOUN" and t.text.islower()
            if t.text[:1].isupper() or self._title_word(t.text) or t.tag_ == "POS" or lower_noun:
                if lower_noun and (not words or fold(words[-1]) not in ("of",)):
                    common = common or j == start - 1
                    if j == start - 1:
                        self.title_nouns.add(fold(t.lemma_))
                words.append(t.text)
                j -= 1
                continue
            break
        found = [w for w in words if fold(w) in self.cues.roles]
        result = words if found or common else []
        # apposition before: "the Russian president, Vladimir Putin"
        if j >= sent.start + 1 and doc[j].text == ",":
            before = self._phrase(doc, j - 1, -1, sent)
            if before:
                result += before
        # apposition after: "Dmitry Peskov, the Kremlin spokesman,"
        if end < sent.end - 1 and doc[end].text == ",":
            after = self._phrase(doc, end + 1, 1, sent)
            if after:
                result += after
        return result

    def _phrase(self, doc: Any, i: int, step: int, sent: Any) -> list[str]:
        """An apposition beside a name, walking from ``i`` by ``step`` (+1 or -1)."""
        toks: list[Any] = []
        while sent.start <= i < sent.end and len(toks) < 8:
            t = doc[i]
            if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ"):
                break
            if t.pos_ == "ADP" and fold(t.text) != "of":
                break
            toks.append(t)
            i += step
            if t.pos_ == "DET" and step < 0:
                break
        words = [t.text for t in toks]
        if any(fold(w) in self.cues.roles for w in words):
            return words
        # "The keeper, Luca Bianchi" / "Luca Bianchi, the keeper,": a determiner and a noun
        nouns = [t for t in toks if t.pos_ == "NOUN" and t.text.islower()]
        has_det = any(t.pos_ == "DET" or t.dep_ == "poss" for t in toks)
        # "In the morning, Putin said" is no apposition
        clause_start = step > 0 or i < sent.start or doc[i].pos_ != "ADP"
        if nouns and has_det and clause_start:
            head = max(nouns, key=lambda t: t.i)
            self.title_nouns.add(fold(head.lemma_))
            return words
        return []

    def _learn_gender(self, ent: _Entity, words: Iterable[str]) -> None:
        if ent.gender is None:
            for w in words:
                g = self.cues.gendered_nouns.get(fold(w))
                if g:
                    ent.gender = g
                    return

    # ---------------------------------------------------------------- reading sentences

    def _salience(self, tok: Any) -> int:
        if tok.dep_ in _SUBJECT_DEPS:
            return 2 if tok.head.dep_ == "ROOT" or tok.head == tok.sent.root else 1
        return 0

    def _add_ref(self, ent: _Entity, toks: Sequence[Any], head: Any) -> _Ref:
        m = self.mention(toks)
        ref = _Ref(
            ent,
            m.start,
            m.end,
            m.text,
            self.sent_of(head),
            self._salience(head),
            self.quoted(m.start),
        )
        # refs arrive in text order while reading; keep the list sorted regardless
        k = bisect.bisect_right(self.ref_starts, ref.start)
        self.refs.insert(k, ref)
        self.ref_starts.insert(k, ref.start)
        ent.last = max(ent.last, ref.start)
        for t in toks:
            self.ref_by_token[self.pos(t)] = ref
        return ref

    def _read_sentence(self, doc: Any, sent: Any) -> None:
        ents = {e.start: e for e in sent.ents}
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            ent = ents.get(i)
            if ent is not None and ent.label_ == "PERSON":
                words, gender = self._name_words(list(ent))
                if words and not all(self._title_word(w) for w in words):
                    person = self.person(words, gender)
                    if person is not None:
                        titles = self._titles_around(doc, ent.start, ent.end, sent)
                        if i > 0:
                            h = fold(doc[i - 1].text).strip(".")
                            g = self.cues.honorifics.get(h)
                            if g and person.gender is None:
                                person.gender = g
                        person.titles |= self.cues.role_words(titles)
                        self._learn_gender(person, titles)
                        self._add_ref(person, list(ent), ent.root)
                i = ent.end
                continue
            if ent is not None and ent.label_ == "ORG":
                toks = [t for t in ent if t.pos_ != "DET"]
                if toks:
                    who = self._person_like(toks)
                    if who is None:
                        who = self.org(" ".join(t.text for t in toks))
                    self._add_ref(who, toks, ent.root)
                i = ent.end
                continue
            low = tok.text.lower()
            if low in self.cues.pronouns and tok.dep_ in _SUBJECT_DEPS:
                if not self.quoted(self.pos(tok)):
                    found = self.resolve_pronoun(tok)
                    if found is not None:
                        self._add_ref(found, [tok], tok)
            elif self._is_description(tok):
                toks = self.np(tok)
                if not self.quoted(self.pos(tok)):
                    found = self.resolve_description(toks)
                    if found is not None:
                        self._add_ref(found, toks, tok)
            i += 1

    def _is_description(self, tok: Any) -> bool:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            return False
        heads = self.cues.description_heads
        if (
            fold(tok.text) not in heads
            and fold(tok.lemma_) not in heads
            and fold(tok.lemma_) not in self.title_nouns
        ):
            return False
        return any(c.dep_ in ("det", "poss") for c in tok.children) or any(
            c.dep_ in ("amod", "compound") for c in tok.children
        )

    def np(self, tok: Any) -> list[Any]:
        """The noun phrase of ``tok``: determiners, adjectives, compounds; no clauses."""
        keep = {tok.i}
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in _NP_DEPS and c.i not in keep:
                    keep.add(c.i)
                    stack.append(c)
        lo, hi = min(keep), max(keep)
        # contiguous, and never across a quote mark or comma
        span: list[Any] = []
        for t in tok.doc[lo : hi + 1]:
            if t.text in _MARKS or t.text == ",":
                if t.i < tok.i:
                    span = []
                    continue
                break
            span.append(t)
        return span or [tok]

    # ---------------------------------------------------------------- resolution

    def _candidates(self, pos: int, sent: int) -> list[_Ref]:
        """Antecedent candidates before ``pos``: most recent sentence first, subjects
        of main clauses first within a sentence."""
        refs: list[_Ref] = []
        k = bisect.bisect_left(self.ref_starts, pos) - 1
        while k >= 0 and self.refs[k].sent >= sent - 12:
            if not self.refs[k].quoted:
                refs.append(self.refs[k])
            k -= 1
        refs.sort(key=lambda r: (-r.sent, -r.salience, r.start))
        return refs

    def resolve_pronoun(self, tok: Any) -> _Entity | None:
        low = tok.text.lower()
        kind = self.cues.pronouns.get(low)
        pos = self.pos(tok)
        sent = self.sent_of(tok)
        for ref in self._candidates(pos, sent):
            ent = ref.entity
            if kind == "group":
                if ent.kind == "org":
                    return ent
                continue
            if ent.kind != "person":
                continue
            if ent.gender is not None and ent.gender != kind:
                continue
            if ent.gender is None and kind in ("male", "female"):
                ent.gender = kind
            return ent
        return None

    def resolve_description(self, toks: Sequence[Any]) -> _Entity | None:
        words = [t.text for t in toks if t.pos_ != "DET"]
        desc = self.cues.role_words(words)
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
        head = self.cues.head_of(desc)
        if head is None and nouns and fold(nouns[-1].lemma_) in self.title_nouns:
            head = fold(nouns[-1].lemma_)
            desc = desc | {head}
        if head is None:
            return None
        first = toks[0]
        pos = self.pos(first)
        sent = self.sent_of(first)
        block = self.block_of(pos)
        people = [r for r in self._candidates(pos, sent) if r.entity.kind == "person"]

        def fits(ent: _Entity) -> bool:
            return self.cues.describes(desc, frozenset(ent.titles), head)

        # 1. someone with that title in this paragraph
        for ref in people:
            if self.block_of(ref.start) == block and fits(ref.entity):
                return self._described(ref.entity, words)
        # 2. the person the previous sentence is about, if the page gave them no such title
        recent = [r for r in people if r.sent >= sent - 1 and self.block_of(r.start) == block]
        if recent and head not in recent[0].entity.titles:
            return self._described(recent[0].entity, words)
        # 3. someone with that title before, then anyone in the page with it
        for ref in people:
            if fits(ref.entity):
                return self._described(ref.entity, words)
        for ent in self.entities:
            if ent.kind == "person" and fits(ent):
                return ent
        return None

    def _described(self, ent: _Entity, words: Sequence[str]) -> _Entity:
        self._learn_gender(ent, words)
        return ent

    def who(self, tok: Any) -> _Found:
        """The entity a subject token refers to."""
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Putin, who said ..."
        if tok.pos_ != "PROPN":
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    found = self.who(c)
                    if found.entity is not None and found.entity.kind == "person":
                        return found
        ref = self.ref_by_token.get(self.pos(tok))
        toks = self.np(tok)
        low = tok.text.lower()
        if ref is not None and (ref.start <= self.pos(tok) < ref.end):
            conf = 0.95 if self.cues.pronouns.get(low) is None else 0.85
            span = [t for t in toks if self.pos(t) in self.ref_by_token] or [tok]
            if low in self.cues.pronouns:
                span = [tok]
            return _Found(ref.entity, self.mention(span), conf)
        if low in self.cues.first_person or low in _INTERVIEW_LABELS:
            return _Found(None, self.mention([tok]), 0.3)
        if low in self.cues.pronouns:
            return _Found(self.resolve_pronoun(tok), self.mention([tok]), 0.8)
        m = self.mention(toks)
        if self._is_description(tok) or fold(m.text) in self.cues.phrase_aliases:
            return _Found(self.resolve_description(toks), m, 0.8)
        content = [t for t in toks if t.pos_ != "DET"]
        if tok.text[:1].isupper() and not self._orgish(content):
            names = [t for t in content if t.text[:1].isupper()]
            person = self._person_like(names) if names and tok.pos_ == "PROPN" else None
            if person is None and names:
                person = self._find_person(self._name_words(names)[0])
            if person is not None:
                return _Found(person, m, 0.9)
        if tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or self._orgish(content):
            name = self.text[self.pos(content[0]) : self.pos(content[-1]) + len(content[-1])]
            if name[:1].isupper():
                return _Found(self.org(name), m, 0.85)
            return _Found(self._org_by_head(tok), m, 0.6)
        if tok.pos_ == "PROPN":
            if tok.is_upper and len(tok.text) <= 5 and len(content) == 1:
                return _Found(self.org(tok.text), m, 0.8)  # EU, NATO, IAEA
            words, gender = self._name_words([t for t in content if t.pos_ == "PROPN"])
            if not words or all(len(w) < 2 for w in words):
                return _Found(None, m, 0.3)
            person = self.person(words, gender)
            return _Found(person, m, 0.85)
        return _Found(None, m, 0.4)

    def _orgish(self, toks: Sequence[Any]) -> bool:
        if not toks:
            return False
        phrase = fold(" ".join(t.text for t in toks))
        return phrase in self.cues.organisation_words or fold(toks[-1].lemma_) in (
            self.cues.organisation_words
        )

    def _org_by_head(self, tok: Any) -> _Entity | None:
        head = fold(tok.lemma_)
        for ref in reversed(self.refs):
            if (
                ref.entity.kind == "org"
                and ref.start < self.pos(tok)
                and fold(ref.entity.canonical.split()[-1]) == head
            ):
                return ref.entity
        return None

    # ---------------------------------------------------------------- canonical names

    def canonical(self, ent: _Entity) -> str:
        if ent.kind != "person":
            return ent.canonical
        surname = ent.canonical.split()[-1]
        if len(ent.canonical.split()) == 1:
            self._expand(ent, surname)
        return ent.canonical

    def _expand(self, ent: _Entity, surname: str) -> None:
        """Look through the whole report for a fuller form: "Vladimir Putin"."""
        from spacy.lang.en.stop_words import STOP_WORDS

        pattern = re.compile(rf"((?:[{UPPER}][\w’'.-]*\s+){{1,3}})" + re.escape(surname) + r"\b")
        best = ent.canonical
        for block in self.report:
            for m in pattern.finditer(self.text, block.start, block.end):
                before = m.group(1).split()
                name: list[str] = []
                for w in reversed(before):
                    f = fold(w).strip(".")
                    if (
                        self._title_word(w)
                        or f in STOP_WORDS
                        or f in self.cues.not_names
                        or not w[:1].isupper()
                        or w.endswith((",", "’s", "'s"))
                    ):
                        break
                    name.insert(0, w)
                if name:
                    form = " ".join([*name, surname])
                    if len(form.split()) > len(best.split()):
                        best = form
        if best not in ent.forms:
            ent.forms.append(best)
        if ent.gender is None:
            ent.gender = self.cues.gender_of_first_name(best.split()[0])

    # ---------------------------------------------------------------- quotes

    def cue_tokens(self, quote: Quote) -> list[Any]:
        toks = self.tokens_between(quote.sentence.start, quote.sentence.end)
        out = []
        for t in toks:
            if self.is_quoted_token(t):
                continue
            if not (t.tag_.startswith("VB") or t.pos_ == "VERB"):
                continue
            if fold(t.lemma_) in self.cues.verbs or fold(t.text) in self.cues.verbs:
                out.append(t)
        return out

    def choose_cue(self, quote: Quote, cands: list[Any]) -> Any | None:
        if not cands:
            return None
        inside = [t for part in quote.parts for t in self.tokens_between(part.start, part.end)]
        ids = {(id(t.doc), t.i) for t in inside}
        cand_ids = {(id(c.doc), c.i): c for c in cands}
        votes: Counter[tuple[int, int]] = Counter()
        for t in inside:
            h = t
            if (id(h.head.doc), h.head.i) in ids and h.head is not h:
                continue  # not a root of the quote's pieces
            steps = 0
            weak: tuple[int, int] | None = None
            while steps < 30:
                steps += 1
                key = (id(h.doc), h.i)
                if key in cand_ids and key not in ids:
                    if fold(h.lemma_) not in self.cues.weak_verbs:
                        votes[key] += 1
                        weak = None
                        break
                    weak = weak or key  # "called it “…”": look for a stronger cue above
                if h.head is h:
                    break
                h = h.head
            if weak is not None:
                votes[weak] += 1
        if votes:
            return cand_ids[votes.most_common(1)[0][0]]

        # nearest cue, preferring one right after the quote
        def distance(c: Any) -> int:
            p = self.pos(c)
            d = min(
                abs(p - part.end) if p >= part.end else abs(part.start - p) + 20
                for part in quote.parts
            )
            return d + (15 if fold(c.lemma_) in self.cues.weak_verbs else 0)

        return min(cands, key=distance)

    def subject(self, verb: Any) -> Any | None:
        for c in verb.children:
            if c.dep_ in _SUBJECT_DEPS and not self.is_quoted_token(c):
                return self._past_dateline(c, verb)
        return None

    def _past_dateline(self, subj: Any, verb: Any) -> Any:
        """ "LONDON — Union leader Gareth Pryce said": the parser may take the dateline
        place for the subject; a person named between it and the verb is meant."""
        if subj.ent_type_ not in ("GPE", "LOC") and not subj.is_upper:
            return subj
        if subj.doc is not verb.doc or subj.i > verb.i:
            return subj
        for t in reversed(subj.doc[subj.i + 1 : verb.i]):
            if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("appos", "nsubj")):
                return t
        return subj

    def attribute(self, quote: Quote) -> tuple[Attribution, _Found | None]:
        cands = self.cue_tokens(quote)
        cue = self.choose_cue(quote, cands)
        if cue is not None:
            subj = self.subject(cue)
            rule = ""
            head = cue
            if subj is None and cue.tag_ == "VBG":
                rule = "participial"
                steps = 0
                while subj is None and head.head is not head and steps < 10:
                    head = head.head
                    subj = self.subject(head)
                    steps += 1
            elif subj is None:
                steps = 0
                while (
                    subj is None and head.dep_ in ("conj", "xcomp", "advcl", "ccomp") and steps < 5
                ):
                    head = head.head
                    subj = self.subject(head)
                    steps += 1
                if subj is None:  # "…,” said Putin parsed without nsubj
                    for c in cue.rights:
                        if c.dep_ in ("dobj", "attr", "npadvmod", "dative") and c.pos_ in (
                            "PROPN",
                            "NOUN",
                            "PRON",
                        ):
                            subj = c
                            break
            if subj is not None and not self.is_quoted_token(subj):
                if not rule:
                    if subj.i > cue.i and subj.doc is cue.doc:
                        rule = "cue-inverted"
                    elif self.pos(cue) > quote.start:
                        rule = "cue-after"
                    else:
                        rule = "cue-before"
                found = self.who(subj)
                weak = fold(cue.lemma_) in self.cues.weak_verbs
                conf = found.confidence * (0.9 if rule == "participial" else 1.0)
                conf *= 0.85 if weak else 1.0
                if found.entity is None:
                    conf = min(conf, 0.4)
                return self._make(found, rule, cue.text, conf), found
        acc = self.according_to(quote)
        if acc is not None:
            return self._make(acc, "according-to", "according to", acc.confidence * 0.95), acc
        colon = self.colon(quote)
        if colon is not None:
            return self._make(colon, "colon", None, colon.confidence * 0.85), colon
        return Attribution(None, None, "unknown", None, 0.0, STAGE), None

    def _make(self, found: _Found, rule: str, cue: str | None, conf: float) -> Attribution:
        speaker = self.canonical(found.entity) if found.entity is not None else None
        return Attribution(speaker, found.mention, rule, cue, round(conf, 3), STAGE)

    def according_to(self, quote: Quote) -> _Found | None:
        toks = self.tokens_between(quote.sentence.start, quote.sentence.end)
        for t in toks:
            if t.lower_ == "according" and not self.is_quoted_token(t):
                for c in t.children:
                    if c.lower_ == "to":
                        for obj in c.children:
                            if obj.dep_ == "pobj":
                                return self.who(obj)
                nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
                if nxt is not None and nxt.lower_ == "to":
                    for obj in nxt.children:
                        if obj.dep_ == "pobj":
                            return self.who(obj)
        return None

    def colon(self, quote: Quote) -> _Found | None:
        first = quote.parts[0].start
        i = first - 1
        while i >= 0 and (self.text[i] in _MARKS or self.text[i].isspace()):
            i -= 1
        if i < 0 or self.text[i] != ":":
            return None
        block = self.report[self.block_of(first)]
        lead = [t for t in self.tokens_between(max(block.start, quote.sentence.start), i)]
        lead = [t for t in lead if not self.is_quoted_token(t)]
        if not lead:
            return None
        for t in lead:
            if t.dep_ in _SUBJECT_DEPS and t.head in lead:
                return self.who(t)
        nouns = [t for t in lead if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if nouns:
            return self.who(nouns[-1].head if nouns[-1].dep_ == "compound" else nouns[-1])
        return None

    def main_clause(self, quote: Quote) -> Attribution | None:
        """The subject of the main verb of the quote's sentence, if it is a person."""
        verbs = [
            t
            for t in self.tokens_between(quote.sentence.start, quote.sentence.end)
            if t.pos_ in ("VERB", "AUX") and not self.is_quoted_token(t)
        ]

        def depth(t: Any) -> int:
            n = 0
            while t.head is not t and n < 50:
                t, n = t.head, n + 1
            return n

        for tok in sorted(verbs, key=depth)[:1]:
            subj = self.subject(tok)
            if subj is None:
                continue
            found = self.who(subj)
            if found.entity is None or found.entity.kind != "person":
                continue
            rule = "cue-after" if self.pos(tok) > quote.start else "cue-before"
            return self._make(found, rule, tok.text, 0.5)
        return None

    def main_subject(self, block_index: int, before: int | None = None) -> _Found | None:
        """Who a paragraph (up to ``before``) is about: the subject of its last main
        clause with a person."""
        block = self.report[block_index]
        lo = bisect.bisect_left(self.ref_starts, block.start)
        hi = bisect.bisect_left(self.ref_starts, block.end if before is None else before)
        refs = [r for r in self.refs[lo:hi] if not r.quoted]
        people = [r for r in refs if r.entity.kind == "person" and r.salience == 2]
        if not people:
            people = [r for r in refs if r.salience >= 1]
        if not people:
            return None
        last = people[-1]
        return _Found(last.entity, Mention(last.start, last.end, last.text), 0.7)


def attribute(page: Page, quotes: Sequence[Quote]) -> tuple[Attribution, ...]:
    """One :class:`Attribution` per quote of ``page``, in the same order."""
    if not quotes:
        return ()
    if not page.quotable:
        return tuple(Attribution(None, None, "unknown", None, 0.0, STAGE) for _ in quotes)
    analysis = _Analysis(page, quotes)
    results: list[Attribution] = []
    founds: list[_Found | None] = []
    for quote in quotes:
        attribution, found = analysis.attribute(quote)
        results.append(attribution)
        founds.append(found)
    # continuation: uncued quotes take the speaker of their paragraph or of the one before
    for n, quote in enumerate(quotes):
        if results[n].rule != "unknown":
            continue
        block = analysis.block_of(quote.start)
        earlier: list[int] = []
        for k in range(n - 1, -1, -1):
            if analysis.block_of(quotes[k].end) < block - 1:
                break
            if results[k].speaker is not None:
                earlier.append(k)
        whole = _is_whole_paragraph(page, analysis.report[block], quote)
        chosen: tuple[str | None, Mention | None] | None = None
        if earlier:
            k = earlier[0]
            if analysis.block_of(quotes[k].end) == block or whole:
                chosen = (results[k].speaker, results[k].mention)
        if chosen is None and whole and block > 0:
            found = analysis.main_subject(block - 1)
            if found is not None and found.entity is not None:
                chosen = (analysis.canonical(found.entity), found.mention)
        if chosen is None and not whole and _is_whole_sentence(page, quote):
            # "Putin was blunt. “We will not retreat.”": the person the paragraph is about
            found = analysis.main_subject(block, before=quote.start)
            if found is not None and found.entity is not None:
                chosen = (analysis.canonical(found.entity), found.mention)
        if chosen is not None and chosen[0] is not None:
            results[n] = Attribution(chosen[0], chosen[1], "continuation", None, 0.7, STAGE)
    # the same words quoted elsewhere with a speaker (a headline repeating the body)
    for n, quote in enumerate(quotes):
        if results[n].rule != "unknown" or analysis.block_of(quote.start) >= LEAD_BLOCKS:
            continue
        words = _words(quote.text)
        if len(words) < 2:
            continue
        for k, other in enumerate(quotes):
            if k == n or results[k].speaker is None or results[k].rule == "continuation":
                continue
            theirs = _words(other.text)
            if _contains(theirs, words) or _contains(words, theirs):
                results[n] = Attribution(
                    results[k].speaker, results[k].mention, "continuation", None, 0.6, STAGE
                )
                break
    # last resort for longer quotes: the person the quote's sentence is about
    # ("She singled out the mayor, “…”"): the main verb taken as a weak cue
    for n, quote in enumerate(quotes):
        if results[n].rule == "unknown" and len(quote.text.split()) > 3:
            results[n] = analysis.main_clause(quote) or results[n]
    log.debug("attributed %d quotes", len(results))
    return tuple(results)


def _is_whole_paragraph(page: Page, block: Block, quote: Quote) -> bool:
    """Does the quote start its paragraph (the paragraph is, or opens with, the quote)?"""
    head = page.text[block.start : quote.parts[0].start]
    return not head.strip(" \t\n“”„‟\"«»‹›‘’‚‛'`—–-")


def _is_whole_sentence(page: Page, quote: Quote) -> bool:
    """Is the quote's sentence nothing but the quote?"""
    before = page.text[quote.sentence.start : quote.parts[0].start]
    after = page.text[quote.parts[-1].end : quote.sentence.end]
    return not re.search(r"\w", before + after)


def _words(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"\w+", text)]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return 0 < n <= len(longer) and any(
        longer[i : i + n] == shorter for i in range(len(longer) - n + 1)
    )
