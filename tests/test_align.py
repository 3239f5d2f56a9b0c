"""Word alignment of a quote to a source passage."""

from __future__ import annotations

from onrecord.verify.align import align, diff_ops, same_name
from onrecord.verify.normalize import tokenize


def _ops(quote: str, source: str) -> list[tuple[str, str, str]]:
    q, s = tokenize(quote, quote=True), tokenize(source)
    al = align(q, s)
    return [(d.op, d.quote, d.source) for d in diff_ops(q, s, al.steps)]


def test_cut_at_both_ends_is_free() -> None:
    ops = _ops(
        "proposed steps towards a ceasefire",
        "We have proposed steps towards a ceasefire on many occasions.",
    )
    assert ops == [
        ("equal", "proposed steps towards a ceasefire", "proposed steps towards a ceasefire")
    ]


def test_word_relations() -> None:
    ops = _ops(
        "be rearmed, reequipped and frantically dig trenches in Kyiv",
        "have been rearmed, re-equipped and frantically digged trenches in Kiev",
    )
    assert ("inflection", "be", "been") in ops
    assert ("variant", "reequipped", "re-equipped") in ops
    assert ("inflection", "dig", "digged") in ops
    assert ("variant", "Kyiv", "Kiev") in ops


def test_split_compound_is_a_variant() -> None:
    ops = _ops("a long term peace", "a long-term peace")
    assert ("variant", "long term", "long-term") in ops


def test_ellipsis_stands_for_the_words_left_out() -> None:
    ops = _ops(
        "we propose … direct talks", "we propose that the authorities should resume direct talks"
    )
    assert ops[0] == ("equal", "we propose", "we propose")
    assert ops[1] == ("delete", "…", "that the authorities should resume")
    assert ops[-1] == ("equal", "direct talks", "direct talks")


def test_insertions_and_deletions_inside() -> None:
    ops = _ops(
        "we propose that the authorities resume talks",
        "we propose that the authorities in Kiev should resume talks",
    )
    assert ("delete", "", "in Kiev should") in ops


def test_a_changed_number_at_the_edge_stays_set_against_the_source() -> None:
    ops = _ops(
        "not even in 2004",
        "We have not closed it for a single day, not even in 2014, and we will not start now.",
    )
    assert ops[-1] == ("replace", "2004", "2014")


def test_transliterated_names() -> None:
    assert same_name("kalinovka", "kalynivka")
    assert same_name("kovach", "kovac")
    assert not same_name("austria", "australia")
    assert not same_name("severia", "siberia")
