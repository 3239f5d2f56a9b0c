"""The source index: sentences, tokens and postings, built once per set of sources.

Every speaker turn of every source is tokenised once (stage directions such as
"(Applause.)" or "[inaudible]" skipped, line wraps are only whitespace) and split into
sentences. Tokens are stored as arrays (span + an interned word form), and an inverted
index maps each word stem to the token positions where it occurs, so the passages a
quote may come from are found by looking up the quote's rarer words: the source is
never rescanned per quote. Sentence embeddings are computed lazily, only for the
sentences a quote needs, and cached on the index.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..letters import UPPER
from ..model import Source
from .align import same_name
from .normalize import Tok, fold, load_list, tokenize, vkey

log = logging.getLogger(__name__)

STAGE = "verify/1"

__all__ = ["STAGE", "Sentence", "SourceIndex", "speaker_key", "speaker_matches"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a source turn: its span and its token range in the index."""

    source: int  # index into SourceIndex.sources
    turn: int  # index into that source's turns (-1: the source had no turns)
    run: int  # consecutive turns of one speaker share a run id
    start: int
    end: int
    lo: int  # first token (global index)
    hi: int  # one past the last token


# --------------------------------------------------------------------------- speakers

_NAME_DROP = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "president",
        "prime",
        "minister",
        "foreign",
        "secretary",
        "chancellor",
        "the",
        "of",
        "king",
        "queen",
        "general",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "spokesman",
        "spokeswoman",
    ]
)


def speaker_key(name: str | None) -> tuple[str, ...]:
    """The folded name words of a speaker, titles dropped ("President Putin" → ("putin",))."""
    if not name:
        return ()
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name)
    out = tuple(vkey(fold(w)) for w in words if fold(w) not in _NAME_DROP)
    return out


def speaker_matches(query: str | None, speaker: str | None) -> bool:
    """Whether a quote's speaker and a turn's speaker are the same person.

    Tolerant: one name's words contained in the other's ("Putin" ~ "Vladimir Putin"),
    or the same surname; diacritics and transliteration variants are ignored.
    """
    a, b = speaker_key(query), speaker_key(speaker)
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    # "Jadwiga Zombek" for "Jadwiga Ząbek": the surname in another transliteration
    return a[-1] == b[-1] or (len(a[-1]) > 3 and same_name(a[-1], b[-1]))


# "President of Dravenia", "Minister of Agriculture of Ostravia": the last "of X" names
# the country an office holder speaks for
_OFFICE_OF = re.compile(
    r"\b(?:President|Prime Minister|Minister|Chancellor|King|Queen|Emir|Premier|Governor|"
    r"Mayor|Secretary|Ambassador|Chairman|Chair|Head|Leader|Spokesperson|Spokesman|"
    rf"Spokeswoman)(?:\s+of\s+(?:the\s+)?[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)*)*"
    rf"\s+of\s+(?:the\s+)?([{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)*?)"
    rf"(?=\s+[{UPPER}][\w'’-]*\s+[{UPPER}][\w'’-]*\s*(?::|$)|\s*[,:;.(]|\s+[a-z]|\s*$)"
)


_OFFICES = (
    r"(?:President|Prime Minister|Minister|Chancellor|King|Queen|Emir|Premier|Governor|"
    r"Mayor|Secretary|Ambassador|Chairman|Chair|Head|Leader|Spokesperson|Spokesman|"
    r"Spokeswoman)"
)
# "Selvaria's defence minister", "Selvarian Defence Minister"
_OFFICE_POSSESSIVE = re.compile(
    rf"\b([{UPPER}][\w-]+)['’]s\s+(?:[\w-]+\s+){{0,2}}?{_OFFICES}\b", re.I
)
_OFFICE_DEMONYM = re.compile(
    rf"\b([{UPPER}][\w-]+(?:ian|ean|ese|ish|ic|i|an))\s+(?:[{UPPER}][\w-]+\s+){{0,2}}?{_OFFICES}\b"
)


# "President Velimir Žoravčan of the Republic of Zavrenia", "Minister of Health Hedvika
# Čarnošek of the Republic of Kalvostia": the name (after a portfolio) between office
# and country
_OFFICE_NAME_OF = re.compile(
    rf"\b{_OFFICES}(?:\s+of\s+[{UPPER}][\w-]*(?:\s+and\s+[{UPPER}][\w-]*)?)?"
    rf"(?:\s+[{UPPER}][\w'’-]*){{1,4}}\s+of\s+(?:the\s+)?"
    rf"(?:(?:Republic|Kingdom|Federation|State|Principality|Commonwealth)\s+of\s+(?:the\s+)?)?"
    rf"([{UPPER}][\w'’-]*)"
)


def _offices(text: str) -> list[re.Match[str]]:
    """Matches whose group 1 names the country of an office held, in text order."""
    found = [
        *_OFFICE_OF.finditer(text),
        *_OFFICE_NAME_OF.finditer(text),
        *_OFFICE_POSSESSIVE.finditer(text),
        *_OFFICE_DEMONYM.finditer(text),
    ]
    return sorted(found, key=lambda m: m.start())


# an office and what it is held "of" or "for", segment by segment: "Director-General of
# the Civil Aviation Authority of the Republic of Kelvaria", "the Minister for the Sea and
# Fisheries of the Republic of Sarvonia", "chief executive of the national airline Brenavia"
_OFFICE_WORDS = (
    r"(?:Prime Minister|Minister|President|Chancellor|Premier|Governor|Mayor|Secretary|"
    r"Ambassador|Chairman|Chairwoman|Chair|Head|Leader|Spokesperson|Spokesman|Spokeswoman|"
    r"Director[- ]General|Director|Chief Executive|Chief Commissioner|Commissioner|"
    r"Prosecutor General|Attorney General|Administrator|Commander|Chief)"
)
_CAPS = rf"[{UPPER}][\w'’-]*(?:\s+(?:and\s+)?[{UPPER}][\w'’-]*)*"
_OFFICE_CHAIN = re.compile(
    rf"\b(?i:{_OFFICE_WORDS})(?:\s+[{UPPER}][\w'’-]*){{0,4}}?"
    rf"((?:\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_CAPS})+)"
)
_SEGMENT = re.compile(rf"\b(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?({_CAPS})")
_STATE_FORMS = frozenset(
    ["republic", "kingdom", "federation", "principality", "commonwealth", "state", "union"]
)
# bodies whose "we" a chief speaks: "the Authority", "the Bank", "the Company"
_BODIES = frozenset(
    [
        "authority",
        "agency",
        "bank",
        "company",
        "commission",
        "council",
        "police",
        "service",
        "board",
        "office",
        "ministry",
        "federation",
        "inspectorate",
        "directorate",
        "corporation",
        "operator",
        "airline",
        "union",
        "party",
    ]
)
_MINISTRY_OFFICES = frozenset(["minister", "secretary", "ministry"])


def _office_homes(text: str, name: set[str]) -> set[str]:
    """The country and the body an office is held of, when the office stands beside the
    speaker's name: {"kelvaria", "authority"} for "Teodor Žuvrač, Director-General of the
    Civil Aviation Authority of the Republic of Kelvaria"."""
    out: set[str] = set()
    for m in _OFFICE_CHAIN.finditer(text):
        near = text[max(0, m.start() - 60) : m.end() + 60]
        if not {vkey(fold(w)) for w in re.findall(r"[^\W\d_]+", near)} & name:
            continue
        office = m.group(0)[: m.start(1) - m.start()].split()[0].lower()
        segments = [g.group(1) for g in _SEGMENT.finditer(m.group(1))]
        for n, seg in enumerate(segments):
            words = [t.vkey for t in tokenize(seg) if t.kind == "word"]
            if not words or words[0] in name:
                continue
            if n == 0 and office in _MINISTRY_OFFICES:
                continue  # "Minister of Housing and Construction": the portfolio
            if n > 0 and segments[n - 1].lower() in _STATE_FORMS:
                out.add(words[0])  # "of the Republic of Kelvaria"
            elif words[-1] in _BODIES:
                out.add(words[-1])  # "of the Civil Aviation Authority"
                if words[-1] == "ministry" and n + 1 < len(segments):
                    continue
            elif len(words) == 1 and words[0] not in _PORTFOLIOS:
                out.add(words[0])  # "of Dravenia", "of Brenavia"
    return out


# "Minister of Defence", "Secretary of State": portfolios, not countries
_PORTFOLIOS = frozenset(
    [
        "defense",
        "defence",
        "foreign",
        "affairs",
        "finance",
        "agriculture",
        "health",
        "justice",
        "interior",
        "education",
        "economy",
        "energy",
        "transport",
        "trade",
        "labour",
        "labor",
        "state",
        "culture",
        "internal",
        "home",
        "environment",
        "industry",
        "treasury",
        "housing",
        "war",
        "security",
        "the",
        # "President of the Republic": the state's form, not its name
        "republic",
        "kingdom",
        "federation",
        "principality",
        "commonwealth",
        "country",
        "nation",
    ]
)


# words that begin a clause of their own inside a sentence (see SourceIndex.clauses)
_CLAUSE_WORDS = frozenset(
    [
        "and",
        "but",
        "because",
        "while",
        "which",
        "who",
        "whom",
        "whose",
        "although",
        "though",
        "if",
        "unless",
        "until",
        "when",
        "where",
        "so",
        "or",
        "since",
        "as",
    ]
)


def _words(text: str) -> list[str]:
    words = [t.vkey for t in tokenize(text) if t.kind == "word"]
    return [] if all(w in _PORTFOLIOS for w in words) else words


# --------------------------------------------------------------------------- the index

_STAGE_RE = re.compile(r"[(\[]\s*([^()\[\]\n]{1,60}?)\s*[)\]]")


def _stage_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of stage directions ("(Applause.)", "[inaudible 00:12:31]") in a turn."""
    words = load_list("stage_directions.txt")
    out: list[tuple[int, int]] = []
    for m in _STAGE_RE.finditer(text, start, end):
        inner = fold(m.group(1)).strip(" .!?:;,")
        if any(inner == w or inner.startswith(w + " ") for w in words) or (
            inner and inner.split()[0] in words
        ):
            out.append(m.span())
    return out


_BOUNDARY = re.compile(r"[.!?…]|\n\s*\n")
_OPENERS = "\"“‘'([«„"


class SourceIndex:
    """Sentences, tokens and an inverted index over a set of sources.

    ``SourceIndex(sources)`` tokenises every turn once. Lookups (:meth:`candidates`)
    use the postings of the quote's words, never a scan of the source text.
    """

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources: tuple[Source, ...] = tuple(sources)
        self.sentences: list[Sentence] = []
        self.run_speaker: list[str | None] = []
        self._forms: list[tuple[str, str, str, str, str, bool, bool]] = []
        self._form_id: dict[tuple[str, str, str, str, str, bool, bool], int] = {}
        self._stem_id: dict[str, int] = {}
        starts: list[int] = []
        ends: list[int] = []
        forms: list[int] = []
        stems: list[int] = []
        sent_of: list[int] = []
        for si, source in enumerate(self.sources):
            turns = [(ti, t.speaker, t.start, t.end) for ti, t in enumerate(source.turns)]
            if not turns:
                turns = [(-1, source.speaker, source.start, source.end)]
            prev_speaker: object = object()
            for ti, speaker, t_start, t_end in turns:
                if speaker is None or speaker_key(speaker) != speaker_key(
                    prev_speaker if isinstance(prev_speaker, str) else None
                ):
                    self.run_speaker.append(speaker)
                prev_speaker = speaker
                run = len(self.run_speaker) - 1
                self._index_turn(
                    source.text, si, ti, run, t_start, t_end, starts, ends, forms, stems, sent_of
                )
        self.starts = np.asarray(starts, dtype=np.int64)
        self.ends = np.asarray(ends, dtype=np.int64)
        self.forms = np.asarray(forms, dtype=np.int32)
        self.stems = np.asarray(stems, dtype=np.int32)
        self.sent_of = np.asarray(sent_of, dtype=np.int32)
        order = np.argsort(self.stems, kind="stable")
        self._post_order = order
        self._post_sorted = self.stems[order]
        self.n_tokens = len(starts)
        n_sent = len(self.sentences)
        self._sent_run = np.fromiter((x.run for x in self.sentences), dtype=np.int32, count=n_sent)
        self._sent_src = np.fromiter(
            (x.source for x in self.sentences), dtype=np.int32, count=n_sent
        )
        self._run_lo: dict[int, int] = {}
        self._run_hi: dict[int, int] = {}
        for k, sent in enumerate(self.sentences):
            self._run_lo.setdefault(sent.run, k)
            self._run_hi[sent.run] = k + 1
        self._vectors: dict[int, np.ndarray] = {}
        self._home: dict[str, frozenset[str]] = {}
        self._caps: tuple[str, ...] | None = None
        self._midcaps: frozenset[str] | None = None
        self._capset: frozenset[str] | None = None
        self._window_vectors: dict[tuple[int, int], np.ndarray] = {}
        self._clause_vectors: dict[int, np.ndarray] = {}
        log.debug(
            "indexed %d sources: %d sentences, %d tokens",
            len(self.sources),
            len(self.sentences),
            self.n_tokens,
        )

    # ------------------------------------------------------------------ building

    def _index_turn(
        self,
        text: str,
        si: int,
        ti: int,
        run: int,
        t_start: int,
        t_end: int,
        starts: list[int],
        ends: list[int],
        forms: list[int],
        stems: list[int],
        sent_of: list[int],
    ) -> None:
        pieces: list[tuple[int, int]] = []
        pos = t_start
        for s, e in _stage_spans(text, t_start, t_end):
            if s > pos:
                pieces.append((pos, s))
            pos = e
        if pos < t_end:
            pieces.append((pos, t_end))
        toks: list[Tok] = []
        for s, e in pieces:
            toks.extend(tokenize(text, s, e))
        if not toks:
            return
        stage = [p for p in _stage_spans(text, t_start, t_end)]
        sent_lo = len(starts)
        prev: Tok | None = None
        for tok in toks:
            if (
                prev is not None
                and tok.start != prev.start
                and self._is_boundary(text, prev, tok, stage)
            ):
                self._close_sentence(si, ti, run, sent_lo, starts, ends)
                sent_lo = len(starts)
            key = (tok.raw, tok.exact, tok.vkey, tok.stem, tok.kind, tok.cap, tok.contracted)
            fid = self._form_id.get(key)
            if fid is None:
                fid = len(self._forms)
                self._form_id[key] = fid
                self._forms.append(key)
            sid = self._stem_id.setdefault(tok.stem, len(self._stem_id))
            starts.append(tok.start)
            ends.append(tok.end)
            forms.append(fid)
            stems.append(sid)
            sent_of.append(len(self.sentences))
            prev = tok
        self._close_sentence(si, ti, run, sent_lo, starts, ends)

    @staticmethod
    def _is_boundary(text: str, prev: Tok, tok: Tok, stage: list[tuple[int, int]]) -> bool:
        gap = text[prev.end : tok.start]
        if not gap:
            return False
        if stage and any(prev.end <= s < tok.start for s, _ in stage):
            for s, e in stage:
                if prev.end <= s < tok.start:
                    gap = gap.replace(text[s:e], " ")
        if "\n" in gap and re.search(r"\n\s*\n", gap):
            return True
        if not _BOUNDARY.search(gap):
            return False
        first = tok.raw[:1]
        return first.isupper() or first.isdigit() or gap.rstrip()[-1:] in _OPENERS

    def _close_sentence(
        self, si: int, ti: int, run: int, lo: int, starts: list[int], ends: list[int]
    ) -> None:
        hi = len(starts)
        if hi > lo:
            self.sentences.append(Sentence(si, ti, run, starts[lo], ends[hi - 1], lo, hi))

    # ------------------------------------------------------------------ access

    def tokens(self, lo: int, hi: int) -> list[Tok]:
        """The tokens ``lo..hi`` (global indices) as :class:`Tok` records."""
        out: list[Tok] = []
        for i in range(lo, hi):
            raw, exact, vk, st, kind, cap, contracted = self._forms[int(self.forms[i])]
            out.append(
                Tok(
                    raw,
                    int(self.starts[i]),
                    int(self.ends[i]),
                    exact,
                    vk,
                    st,
                    kind,
                    cap,
                    contracted,
                )
            )
        return out

    def sentence_text(self, k: int) -> str:
        s = self.sentences[k]
        return self.sources[s.source].text[s.start : s.end]

    def text_of(self, source: int, start: int, end: int) -> str:
        return self.sources[source].text[start:end]

    def run_of(self, k: int) -> int:
        return self.sentences[k].run

    def run_bounds(self, k: int) -> tuple[int, int]:
        """First and one-past-last sentence of the run sentence ``k`` belongs to."""
        run = self.sentences[k].run
        return self._run_lo[run], self._run_hi[run]

    def sentence_mask(
        self, speaker: str | None, versions: Sequence[str] | None = None, *, unnamed: bool = False
    ) -> np.ndarray:
        """Which sentences belong to turns of ``speaker`` (all when None) and versions;
        with ``unnamed``, only turns whose speaker the source does not name."""
        if unnamed:
            flags = [name is None for name in self.run_speaker]
        else:
            flags = [speaker is None or speaker_matches(speaker, name) for name in self.run_speaker]
        runs_ok = np.array(flags or [False], dtype=bool)
        runs = self._sent_run
        mask = runs_ok[runs] if len(runs) else np.zeros(0, dtype=bool)
        if versions is not None:
            ok_src = np.array([src.version in versions for src in self.sources], dtype=bool)
            srcs = self._sent_src
            mask = mask & ok_src[srcs]
        return mask

    def home_words(self, speaker: str | None) -> frozenset[str]:
        """The country (or body) the speaker's "we" stands for, as folded words.

        Read from an office held "of" a country ("President of Dravenia Tomislav Kovač:",
        "Statement by the Minister of Agriculture of Ostravia"), a possessive ("Selvaria's
        defence minister") or a demonym ("Selvarian Defence Minister") in the labels of
        the speaker's turns, or in the title and the lines before the first turn of a
        source they speak in. There an office counts when the speaker's name follows it,
        or when it is the only office the title names. → {"dravenia"}, {"selvarian"}.
        """
        if not speaker:
            return frozenset()
        cached = self._home.get(speaker)
        if cached is not None:
            return cached
        name = set(speaker_key(speaker))
        out: set[str] = set()
        for source in self.sources:
            turns = [t for t in source.turns if speaker_matches(speaker, t.speaker)]
            if not turns and not speaker_matches(speaker, source.speaker):
                continue
            for t in turns:
                for m in _offices(t.label):
                    out.update(_words(m.group(1)))
            first = min((t.start for t in source.turns), default=source.start)
            preamble = source.text[source.start : min(first, source.start + 1500)]
            for n, text in enumerate((source.title or "", preamble)):
                found = list(_offices(text))
                for m in found:
                    after = {
                        vkey(fold(w))
                        for w in re.findall(r"[^\W\d_]+", text[m.end() : m.end() + 60])
                    }
                    within = {
                        vkey(fold(w))
                        for w in re.findall(r"[^\W\d_]+", text[m.start() : m.start(1)])
                    }
                    named = bool(within & name) and m.re is _OFFICE_NAME_OF
                    if after & name or named or (n == 0 and len(found) == 1):
                        out.update(_words(m.group(1)))
                out |= _office_homes(text, name)
        result = frozenset(out - name - _PORTFOLIOS)
        self._home[speaker] = result
        return result

    def short_name(self, word: str) -> bool:
        """Whether a folded word is the short form of a capitalised word of the sources
        ("dan" for "Daniel", "kat" for "Katarzyna"); at least three letters."""
        if len(word) < 3:
            return False
        if self._caps is None:
            self._caps = tuple(sorted({f[2] for f in self._forms if f[5] and f[4] == "word"}))
        return any(c != word and c.startswith(word) and len(c) - len(word) <= 4 for c in self._caps)

    def name_word(self, word: str) -> bool:
        """Whether a folded word is written with a capital inside a sentence of the
        sources: a name ("Dalvara says that …" opens a sentence with one)."""
        if self._midcaps is None:
            caps: set[str] = set()
            for s in self.sentences:
                toks = self.tokens(s.lo, s.hi)
                caps.update(t.vkey for t in toks[1:] if t.cap and t.kind == "word")
            self._midcaps = frozenset(caps)
        return word in self._midcaps

    def capitalised(self) -> frozenset[str]:
        """The folded words the sources write with a capital anywhere (read from the
        word forms, without a pass over the tokens)."""
        if self._capset is None:
            self._capset = frozenset(f[2] for f in self._forms if f[5] and f[4] == "word")
        return self._capset

    def has_speaker(self, speaker: str) -> bool:
        return any(speaker_matches(speaker, name) for name in self.run_speaker)

    # ------------------------------------------------------------------ lookup

    def postings(self, stem: str) -> np.ndarray:
        """Token positions where a stem occurs."""
        sid = self._stem_id.get(stem)
        if sid is None:
            return np.zeros(0, dtype=np.int64)
        lo = np.searchsorted(self._post_sorted, sid, side="left")
        hi = np.searchsorted(self._post_sorted, sid, side="right")
        return self._post_order[lo:hi]

    def candidates(
        self,
        stems: Sequence[tuple[str, float]],
        mask: np.ndarray,
        *,
        limit: int = 8,
        max_df: float = 0.05,
    ) -> list[tuple[int, float]]:
        """Sentences sharing the quote's words, best first: ``[(sentence, score)]``.

        ``stems`` are the quote's word stems with a weight each (synonyms of a word get
        a lower weight). Each stem adds its IDF to every sentence it occurs in; stems in
        more than ``max_df`` of the tokens (function words) are skipped unless nothing
        else is left.
        """
        n_sent = len(self.sentences)
        if not n_sent or not stems:
            return []
        scores = np.zeros(n_sent, dtype=np.float64)
        cap = max(50, int(self.n_tokens * max_df))
        used = 0
        seen: set[str] = set()
        for stem_, weight in stems:
            if stem_ in seen:
                continue
            seen.add(stem_)
            pos = self.postings(stem_)
            if not len(pos) or len(pos) > cap:
                continue
            sents = np.unique(self.sent_of[pos])
            idf = math.log(1.0 + self.n_tokens / len(pos))
            scores[sents] += idf * weight
            used += 1
        if not used:
            for stem_, weight in stems:
                pos = self.postings(stem_)
                if len(pos):
                    scores[np.unique(self.sent_of[pos])] += weight
        scores[~mask] = 0.0
        if not scores.any():
            return []
        k = min(limit, int((scores > 0).sum()))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top]

    # ------------------------------------------------------------------ embeddings

    def sentence_vectors(self, ids: Sequence[int]) -> np.ndarray:
        """Unit-length embeddings of sentences, computed once each and cached."""
        from . import semantic

        missing = [k for k in ids if k not in self._vectors]
        if missing:
            vecs = semantic.encode([self.sentence_text(k) for k in missing])
            for k, v in zip(missing, vecs, strict=True):
                self._vectors[k] = v
        return np.stack([self._vectors[k] for k in ids]) if ids else np.zeros((0, 384))

    def window_vector(self, lo: int, hi: int) -> np.ndarray:
        """Embedding of the sentences ``lo..hi`` read as one passage (cached)."""
        from . import semantic

        if hi - lo == 1:
            return self.sentence_vectors([lo])[0]
        key = (lo, hi)
        if key not in self._window_vectors:
            first, last = self.sentences[lo], self.sentences[hi - 1]
            text = self.sources[first.source].text[first.start : last.end]
            self._window_vectors[key] = semantic.encode([text])[0]
        return self._window_vectors[key]

    def window_vectors(self, windows: Sequence[tuple[int, int]]) -> list[np.ndarray]:
        """Embeddings of several sentence windows, the missing ones encoded in one batch."""
        from . import semantic

        singles = sorted({lo for lo, hi in windows if hi - lo == 1})
        if singles:
            self.sentence_vectors(singles)
        missing = [
            w for w in dict.fromkeys(windows) if w[1] - w[0] > 1 and w not in self._window_vectors
        ]
        if missing:
            texts = []
            for lo, hi in missing:
                first, last = self.sentences[lo], self.sentences[hi - 1]
                texts.append(self.sources[first.source].text[first.start : last.end])
            for w, vec in zip(missing, semantic.encode(texts), strict=True):
                self._window_vectors[w] = vec
        return [
            self._vectors[lo] if hi - lo == 1 else self._window_vectors[(lo, hi)]
            for lo, hi in windows
        ]

    def clauses(self, k: int) -> list[str]:
        """Parts of sentence ``k`` a short quote may render on its own: the stretches
        between punctuation marks and before a conjunction, and each two neighbours
        read together ("with regret" in "decided, with regret, to impose a curfew")."""
        s = self.sentences[k]
        text = self.sources[s.source].text
        toks = self.tokens(s.lo, s.hi)
        cuts = [0]
        for i in range(1, len(toks)):
            gap = text[toks[i - 1].end : toks[i].start]
            if any(c in gap for c in ",;:()\u2014\u2013") or toks[i].exact in _CLAUSE_WORDS:
                cuts.append(i)
        cuts.append(len(toks))
        parts = [(cuts[n], cuts[n + 1]) for n in range(len(cuts) - 1) if cuts[n + 1] > cuts[n]]
        if len(parts) < 2:
            return []
        spans = parts + [(parts[n][0], parts[n + 1][1]) for n in range(len(parts) - 1)]
        return [text[toks[a].start : toks[b - 1].end] for a, b in spans]

    def clause_similarity(self, ids: Sequence[int], qvec: np.ndarray) -> np.ndarray:
        """For each sentence, the best cosine of ``qvec`` with one of its :meth:`clauses`
        (0 for a sentence of one clause); the clause embeddings are computed once each."""
        from . import semantic

        missing = [k for k in dict.fromkeys(ids) if k not in self._clause_vectors]
        if missing:
            parts = [self.clauses(k) for k in missing]
            texts = [c for p in parts for c in p]
            vecs = semantic.encode(texts) if texts else np.zeros((0, 384), dtype=np.float32)
            at = 0
            for k, p in zip(missing, parts, strict=True):
                self._clause_vectors[k] = vecs[at : at + len(p)]
                at += len(p)
        out = np.zeros(len(ids), dtype=np.float64)
        for n, k in enumerate(ids):
            vecs = self._clause_vectors[k]
            if len(vecs):
                out[n] = float((vecs @ qvec).max())
        return out
