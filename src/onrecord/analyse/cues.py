"""General knowledge for attributing quotes: cue verbs, pronouns, titles and roles.

The tables live in ``data/cues.json`` (lower case, general knowledge only: no entry
exists for a single page). This module loads them once and offers the small
helpers :mod:`onrecord.analyse.speakers` needs to compare a description ("the
Kremlin leader") with the titles a page gave a person ("Russian President
Vladimir Putin").
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

__all__ = ["Cues", "cues", "fold"]

_STOP = frozenset({"the", "a", "an", "of", "'s", "’s", "s", "'", "’", "its", "his", "her", "their"})


def fold(word: str) -> str:
    """Lower case without diacritics: "Erdoğan" -> "erdogan", "Türkiye" -> "turkiye"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


@dataclass(frozen=True)
class Cues:
    """The loaded tables (see ``data/cues.json``)."""

    verbs: frozenset[str]
    weak_verbs: frozenset[str]
    pronouns: dict[str, str]
    first_person: frozenset[str]
    honorifics: dict[str, str | None]
    roles: frozenset[str]
    description_heads: frozenset[str]
    leader_roles: frozenset[str]
    word_aliases: dict[str, str]
    phrase_aliases: dict[str, str]
    demonyms: dict[str, str]
    gendered_nouns: dict[str, str]
    organisation_words: frozenset[str]
    not_names: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]

    def role_words(self, words: Iterable[str]) -> frozenset[str]:
        """Normalised words of a title or description.

        Articles and possessive marks go, countries become their adjective
        ("President of Russia" and "Russian President" both give {russian,
        president}), synonyms collapse ("spokesman" -> "spokesperson") and
        well-known descriptions expand ("Kremlin leader" -> {russian, president}).
        """
        raw = [fold(w).strip(".,") for w in words]
        raw = [w for w in raw if w and w not in _STOP and w not in self.honorifics]
        phrase = " ".join(raw)
        for alias, meaning in sorted(self.phrase_aliases.items(), key=lambda kv: -len(kv[0])):
            if alias in phrase:
                phrase = phrase.replace(alias, meaning)
        # multi-word country names first ("united states"), then single words
        for country, adjective in sorted(self.demonyms.items(), key=lambda kv: -len(kv[0])):
            if " " in country and country in phrase:
                phrase = phrase.replace(country, adjective)
        out: set[str] = set()
        for word in phrase.split():
            word = self.demonyms.get(word, word)
            word = self.word_aliases.get(word, word)
            out.update(word.split())
        return frozenset(out)

    def head_of(self, words: frozenset[str]) -> str | None:
        """The role word a set of normalised words is about (None if it has none)."""
        for word in ("minister", "president", "prime", "chancellor", "spokesperson", "secretary"):
            if word in words:
                return word
        for word in sorted(words):
            if word in self.roles:
                return word
        return None

    def describes(
        self, description: frozenset[str], title: frozenset[str], head: str | None = None
    ) -> bool:
        """Can a description (normalised words) refer to someone with this title?

        ``head`` is the word the description is about when it is not a known role
        (a title the page itself used: "striker", "keeper")."""
        head = head or self.head_of(description)
        if head is None:
            return False
        rest = description - {head}
        if head == "leader":
            if not (title & self.leader_roles) and "leader" not in title:
                return False
        elif head not in title:
            return False
        return rest <= title

    def gender_of_first_name(self, name: str) -> str | None:
        name = fold(name)
        if name in self.male_names:
            return "male"
        if name in self.female_names:
            return "female"
        return None


@functools.cache
def cues() -> Cues:
    """The tables, loaded once."""
    raw = json.loads(
        resources.files("onrecord.analyse").joinpath("data/cues.json").read_text("utf-8")
    )
    return Cues(
        verbs=frozenset(raw["verbs"]),
        weak_verbs=frozenset(raw["weak_verbs"]),
        pronouns=dict(raw["personal_pronouns"]),
        first_person=frozenset(raw["first_person"]),
        honorifics=dict(raw["honorifics"]),
        roles=frozenset(raw["roles"]) | frozenset(raw["description_heads"]),
        description_heads=frozenset(raw["description_heads"]),
        leader_roles=frozenset(raw["leader_roles"]),
        word_aliases=dict(raw["word_aliases"]),
        phrase_aliases=dict(raw["phrase_aliases"]),
        demonyms=dict(raw["demonyms"]),
        gendered_nouns=dict(raw["gendered_nouns"]),
        organisation_words=frozenset(raw["organisation_words"]),
        not_names=frozenset(raw["not_names"]),
        male_names=frozenset(fold(n) for n in raw["first_names"]["male"]),
        female_names=frozenset(fold(n) for n in raw["first_names"]["female"]),
    )
