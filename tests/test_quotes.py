"""find_quotes: every mark style, apostrophes, paragraph runs, interruptions, the seed."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import pytest

from factories import page_from_paragraphs
from onrecord.analyse.quotes import STAGE, find_quotes, is_short, nested_spans
from onrecord.model import Page

ROOT = Path(__file__).resolve().parents[1]
SEED_CUT = "Below is the the President’s speech"

# the opening words of the 12 quotes of the seed's report, in order
SEED_QUOTES = (
    "We have proposed steps",
    "It was not us",
    "Despite everything",
    "done a lot to organize them.",
    "Tomorrow we are going",
    "At the same time",
    "We do not rule out",
    "be rearmed, re-equipped",
    "Our proposal is",
    "ready for talks without any preliminary conditions.",
    "I am sure that",
    "Much has been done",
)


def seed_report_page(seed_path: Path) -> Page:
    """The seed's report: its lines from the top to the source intro, one block each."""
    text = seed_path.read_text(encoding="utf-8")
    top = text[: text.index(SEED_CUT)]
    return page_from_paragraphs([line.strip() for line in top.splitlines() if line.strip()])


def page_file(pages_dir: Path, name: str) -> Page:
    raw = (pages_dir / "quotes" / name).read_text(encoding="utf-8")
    return page_from_paragraphs([p.strip() for p in raw.split("\n\n") if p.strip()])


def texts(page: Page) -> list[str]:
    return [q.text for q in find_quotes(page)]


# --------------------------------------------------------------------------- the seed


def test_seed_report_has_its_twelve_quotes_with_exact_spans(seed_path: Path) -> None:
    page = seed_report_page(seed_path)
    quotes = find_quotes(page)
    assert len(quotes) == len(SEED_QUOTES)
    for quote, opening in zip(quotes, SEED_QUOTES, strict=True):
        start = page.text.index(opening)
        end = page.text.index("”", start)
        assert (quote.start, quote.end) == (start, end), opening
        assert quote.text == page.text[start:end]
        assert quote.marks == "“”"
        assert quote.stage == STAGE
        assert quote.sentence.start <= quote.start and quote.end <= quote.sentence.end


def test_seed_sentences_hold_the_cues(seed_path: Path) -> None:
    page = seed_report_page(seed_path)
    quotes = find_quotes(page)
    sentence = quotes[3].sentence.of(page.text)
    assert sentence.startswith("Putin expressed appreciation")
    assert "noting that President Recep Tayyip Erdogan" in sentence
    last = quotes[-1].sentence.of(page.text)
    assert last.endswith("he noted, thanking international media representatives.")
    assert not last.startswith("He also acknowledged")


def test_seed_teaser_quote_is_not_in_the_report(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    page = page_from_paragraphs([p.strip() for p in text.split("\n\n") if p.strip()])
    cut = page.text.index(SEED_CUT)
    # everything from the source intro on is source or teaser, never report
    blocks = tuple(
        dataclasses.replace(b, kind="teaser" if b.start >= cut else b.kind) for b in page.blocks
    )
    page = dataclasses.replace(page, blocks=blocks)
    quotes = find_quotes(page)
    assert len(quotes) == 12
    assert all("Langley" not in q.text for q in quotes)
    assert all(q.end < cut for q in quotes)


# --------------------------------------------------------------------------- mark styles


@pytest.mark.parametrize(
    ("paragraph", "expected", "marks"),
    [
        ("“We are ready,” he said.", "We are ready,", "“”"),
        ('"We are ready," he said.', "We are ready,", '""'),
        ("‘We are ready,’ he said.", "We are ready,", "‘’"),
        ("'We are ready,' he said.", "We are ready,", "''"),
        ("«Мы готовы», сказал он.", "Мы готовы", "«»"),
        ("« Nous sommes prêts », a-t-il dit.", "Nous sommes prêts", "«»"),
        ("„Wir sind bereit“, sagte er.", "Wir sind bereit", "„“"),
        ("``We are ready,'' he said.", "We are ready,", "``''"),
        ("''We are ready,'' he said.", "We are ready,", "''''"),
        ("‹We are ready›, he said.", "We are ready", "‹›"),
        ("»Vi er klar«, sagde han.", "Vi er klar", "»«"),
    ],
)
def test_every_mark_style(paragraph: str, expected: str, marks: str) -> None:
    quotes = find_quotes(page_from_paragraphs([paragraph]))
    assert [q.text for q in quotes] == [expected]
    assert quotes[0].marks == marks


def test_apostrophes_and_possessives_are_not_marks() -> None:
    page = page_from_paragraphs(
        [
            "Russia’s envoy said the leaders’ talks don't matter and the Smiths' house "
            "still plays rock ’n’ roll from the ’90s and '80s, as O'Brien's friends know.",
        ]
    )
    assert find_quotes(page) == ()


def test_possessive_inside_single_quotes_does_not_close_them() -> None:
    page = page_from_paragraphs(["‘We visited the leaders’ homes and the Smiths’ farm,’ she said."])
    assert texts(page) == ["We visited the leaders’ homes and the Smiths’ farm,"]


def test_apostrophes_inside_straight_single_quotes() -> None:
    page = page_from_paragraphs(["'I'm sure it'll work, it's the workers' plan,' he said."])
    assert texts(page) == ["I'm sure it'll work, it's the workers' plan,"]


def test_nested_quote_stays_in_the_outer_one() -> None:
    page = page_from_paragraphs(
        ["“He told me ‘never again’ and I believed him,” she said of the ‘deal’."]
    )
    quotes = find_quotes(page)
    assert [q.text for q in quotes] == ["He told me ‘never again’ and I believed him,", "deal"]
    nested = nested_spans(page, quotes[0])
    assert [s.of(page.text) for s in nested] == ["never again"]


def test_partial_quote_inside_a_sentence() -> None:
    page = page_from_paragraphs(
        ["The minister said the plan had “done a lot to calm the markets” in May."]
    )
    quotes = find_quotes(page)
    assert [q.text for q in quotes] == ["done a lot to calm the markets"]
    assert quotes[0].sentence.of(page.text) == page.text


def test_scare_quotes_are_short_quotes() -> None:
    page = page_from_paragraphs(
        ["The so-called “special operation” was, in his words, “a disaster for everyone.”"]
    )
    quotes = find_quotes(page)
    assert [q.text for q in quotes] == ["special operation", "a disaster for everyone."]
    assert [is_short(q) for q in quotes] == [True, False]


# --------------------------------------------------------------------------- structure


def test_interrupted_quote_is_one_quote_with_two_parts() -> None:
    page = page_from_paragraphs(["“We want peace,” he said, “but not at any price.”"])
    (quote,) = find_quotes(page)
    assert [p.of(page.text) for p in quote.parts] == ["We want peace,", "but not at any price."]
    assert quote.text == "We want peace, but not at any price."
    assert (quote.start, quote.end) == (quote.parts[0].start, quote.parts[1].end)


def test_new_sentence_after_attribution_is_a_new_quote() -> None:
    page = page_from_paragraphs(["“We want peace,” he said. “Nobody wants war.”"])
    assert texts(page) == ["We want peace,", "Nobody wants war."]


def test_list_of_scare_quotes_is_not_merged() -> None:
    page = page_from_paragraphs(["He called them ‘lazy’, ‘greedy’ and ‘dishonest’."])
    assert texts(page) == ["lazy", "greedy", "dishonest"]


def test_quote_reopened_over_paragraphs(pages_dir: Path) -> None:
    page = page_file(pages_dir, "multipara_speech.txt")
    quotes = find_quotes(page)
    long = [q for q in quotes if len(q.parts) == 3]
    assert len(long) == 1
    parts = [p.of(page.text) for p in long[0].parts]
    assert parts[0] == "It is about the next generation."
    assert parts[1].startswith("It is about the farmer in Iowa")
    assert parts[2].endswith("before the problem solves us.")
    # the next paragraph is not swallowed
    assert "Republican leader" not in long[0].text
    assert long[0].sentence.of(page.text).startswith('"It is about the next generation.')


def test_quote_continued_without_reopening() -> None:
    page = page_from_paragraphs(
        ["“We will rebuild every school.", "And we will do it by September,” she said."]
    )
    (quote,) = find_quotes(page)
    assert [p.of(page.text) for p in quote.parts] == [
        "We will rebuild every school.",
        "And we will do it by September,",
    ]


def test_unbalanced_mark_never_swallows_the_page() -> None:
    page = page_from_paragraphs(
        [
            "The mayor said “the budget is fine and nobody should worry.",
            "Officials later disagreed.",
            "The report is due in June.",
        ]
    )
    quotes = find_quotes(page)
    assert [q.text for q in quotes] == ["the budget is fine and nobody should worry."]
    assert quotes[0].end <= page.blocks[0].end


@pytest.mark.parametrize(
    "paragraph",
    ["”", "“", "‘’“”«»", "He said ” and then “ and ' and \" alone.", "'", '"' * 7, "«««»", ""],
)
def test_garbage_marks_do_not_crash(paragraph: str) -> None:
    quotes = find_quotes(page_from_paragraphs([paragraph, "Next paragraph."]))
    for q in quotes:
        assert q.start <= q.end
        assert q.text.strip()


def test_only_report_blocks_are_scanned() -> None:
    page = page_from_paragraphs(
        ["“Report quote,” she said.", "“Source words,” he said.", "“Teaser words…”"]
    )
    blocks = (
        page.blocks[0],
        dataclasses.replace(page.blocks[1], kind="source"),
        dataclasses.replace(page.blocks[2], kind="teaser"),
    )
    page = dataclasses.replace(page, blocks=blocks)
    assert texts(page) == ["Report quote,"]


def test_headings_are_scanned_but_not_joined_to_paragraphs() -> None:
    page = page_from_paragraphs(["Minister vows ‘no return to austerity", "Body text here."])
    page = dataclasses.replace(
        page, blocks=(dataclasses.replace(page.blocks[0], kind="heading"), page.blocks[1])
    )
    (quote,) = find_quotes(page)
    assert quote.text == "no return to austerity"


def test_page_without_quotes() -> None:
    assert find_quotes(page_from_paragraphs(["Nothing was said today.", "Really."])) == ()


def test_find_quotes_on_a_large_page() -> None:
    """Correct on ~900k characters (speed is measured in bench/quotes.py, not here)."""
    paragraph = (
        "“We will not accept this,” the minister said on Tuesday, adding that the "
        "government’s plan was “realistic” and that the leaders’ talks would go on. "
        "Officials in Brussels did not respond to requests for comment on the matter."
    )
    page = page_from_paragraphs([paragraph] * 4000)  # about 900k characters
    quotes = find_quotes(page)
    assert len(quotes) == 8000
    assert {q.text for q in quotes} == {"We will not accept this,", "realistic"}


# --------------------------------------------------------------------------- gold gate


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "bench" / "quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_quotes"] = module
    spec.loader.exec_module(module)
    return module


def test_gold_set_floors(nlp: object) -> None:
    scores = _bench().evaluate()  # type: ignore[attr-defined]
    assert scores["exact_f1"] >= 0.95
    assert scores["overlap_f1"] >= 0.97
    assert scores["speaker_acc"] >= 0.90


def test_straight_marks_between_spaces_toggle() -> None:
    page = page_from_paragraphs(['He said " we will win " and left, then " maybe " again.'])
    assert texts(page) == ["we will win", "maybe"]


def test_second_cue_with_colon_opens_a_new_quote() -> None:
    page = page_from_paragraphs(
        ["“We are not closing any plant,” he said, adding: “But times are hard.”"]
    )
    assert texts(page) == ["We are not closing any plant,", "But times are hard."]


def test_hard_wrapped_lines_do_not_cut_the_sentence() -> None:
    page = page_from_paragraphs(
        [
            "Seeking Sustainable Peace\n“We do not rule out a new truce in the course of these\n"
            "negotiations,” the president told reporters in the Kremlin on\nSunday night."
        ]
    )
    (quote,) = find_quotes(page)
    sentence = quote.sentence.of(page.text)
    assert sentence.startswith("“We do not rule out")
    assert sentence.endswith("on\nSunday night.")
