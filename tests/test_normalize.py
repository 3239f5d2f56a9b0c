"""Normalisation of quote and source words: the three keys, tokens and their spans."""

from __future__ import annotations

import pytest

from onrecord.verify.normalize import keys, number_value, stem, tokenize


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("organise", "organize"),
        ("organisation", "organization"),
        ("honour", "honor"),
        ("centre", "center"),
        ("analysed", "analyzed"),
        ("travelled", "traveled"),
        ("programme", "program"),
        ("defence", "defense"),
        ("Kiev", "Kyiv"),
        ("Erdoğan", "Erdogan"),
        ("Türkiye", "Turkiye"),
        ("re-equipped", "reequipped"),
        ("Mr.", "Mr"),
        ("five", "5"),
        ("Đurovac", "Djurovac"),
        ("Zelenskiy", "Zelensky"),
    ],
)
def test_spelling_variants_share_a_key_but_not_the_exact_form(uk: str, us: str) -> None:
    a, b = keys(uk), keys(us)
    assert a[0] != b[0]
    assert a[1] == b[1]


@pytest.mark.parametrize(
    ("a", "b"),
    [("four", "for"), ("your", "yor"), ("filled", "filed"), ("Turkey", "Türkiye"), ("hour", "hor")],
)
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert keys(a)[1] != keys(b)[1]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("digged", "dig"),
        ("dug", "dig"),
        ("been", "be"),
        ("negotiations", "negotiation"),
        ("proposed", "propos"),
        ("proposes", "propos"),
    ],
)
def test_stems(form: str, lemma: str) -> None:
    assert stem(keys(form)[1]) == lemma or keys(form)[2] == lemma


def test_tokens_keep_their_spans() -> None:
    text = "He said: “We don't rule out 5,000 … [talks] with Mr. Erdoğan — 40 per cent.”"
    toks = tokenize(text, quote=True)
    for t in toks:
        assert text[t.start : t.end] == t.raw
    words = [t.exact for t in toks]
    assert words[:4] == ["he", "said", "we", "do"]
    assert tuple(t.exact for t in toks if t.contracted) == ("do", "not")
    assert [t.kind for t in toks if t.kind == "ellipsis"] == ["ellipsis"]
    assert [t.raw for t in toks if t.bracket] == ["talks"]
    assert "mr." in words and "5000" in words
    assert toks[-1].vkey == "percent" and toks[-1].raw == "per cent"


def test_source_ellipses_are_not_tokens() -> None:
    assert [t.raw for t in tokenize("Well... we will see.")] == ["Well", "we", "will", "see"]


def test_numbers_with_scales_and_words() -> None:
    toks = tokenize("almost five thousand times, 27 million people, 1.5 billion")
    nums = [t for t in toks if t.kind == "num"]
    assert [t.vkey for t in nums] == ["5000", "27000000", "1500000000"]
    assert number_value(nums[0]) == 5000.0
    assert tokenize("5,000")[0].vkey == nums[0].vkey


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("two thousand five hundred people", ["2500"]),
        ("one hundred and twenty beds", ["120"]),
        # two figures joined by "and" stay two when the second is no part of the first
        ("two hundred beds and three nurses", ["200", "3"]),
        ("five hundred and 20", ["500", "20"]),
    ],
)
def test_compound_spelled_numbers(text: str, keys: list[str]) -> None:
    assert [t.vkey for t in tokenize(text) if t.kind == "num"] == keys
