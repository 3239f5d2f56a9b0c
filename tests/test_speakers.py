"""attribute: cue verbs, participles, pronouns, descriptions, continuation, the seed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from factories import page_from_paragraphs
from onrecord.analyse import speakers
from onrecord.analyse.quotes import find_quotes
from onrecord.analyse.speakers import STAGE, attribute
from onrecord.model import Attribution, Page, Quote
from test_quotes import SEED_QUOTES, page_file, seed_report_page

RULES = {
    "cue-after",
    "cue-before",
    "cue-inverted",
    "participial",
    "according-to",
    "colon",
    "continuation",
    "unknown",
}


def run(page: Page) -> list[tuple[Quote, Attribution]]:
    quotes = find_quotes(page)
    who = attribute(page, quotes)
    assert len(who) == len(quotes)
    for a in who:
        assert a.rule in RULES
        assert 0.0 <= a.confidence <= 1.0
        assert a.stage == STAGE
        if a.mention is not None:
            assert page.text[a.mention.start : a.mention.end] == a.mention.text
    return list(zip(quotes, who, strict=True))


def by_opening(results: list[tuple[Quote, Attribution]], opening: str) -> Attribution:
    found = [a for q, a in results if q.text.startswith(opening)]
    assert found, opening
    return found[0]


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_results(seed_path: Path, nlp: Any) -> tuple[Page, list[tuple[Quote, Attribution]]]:
    page = seed_report_page(seed_path)
    return page, run(page)


def test_seed_every_quote_is_putins(seed_results: Any) -> None:
    _, results = seed_results
    assert len(results) == len(SEED_QUOTES)
    assert [a.speaker for _, a in results] == ["Vladimir Putin"] * 12


@pytest.mark.parametrize(
    ("opening", "rule", "cue", "mention"),
    [
        ("We have proposed steps", "cue-after", "said", "he"),
        ("It was not us", "participial", "stating", "He"),
        ("done a lot to organize them.", "participial", "noting", "Putin"),
        ("Tomorrow we are going", "participial", "saying", "He"),
        ("be rearmed, re-equipped", "participial", "warning", "he"),
        ("Our proposal is", "cue-after", "remarked", "Putin"),
        ("ready for talks without", "participial", "maintaining", "Putin"),
        ("Much has been done", "cue-after", "noted", "he"),
    ],
)
def test_seed_rules_and_mentions(
    seed_results: Any, opening: str, rule: str, cue: str, mention: str
) -> None:
    _, results = seed_results
    quote = next(q for q, _ in results if q.text.startswith(opening))
    a = by_opening(results, opening)
    assert (a.rule, a.cue) == (rule, cue)
    assert a.mention is not None and a.mention.text == mention
    # the mention is the word in the quote's own sentence, not one elsewhere
    assert quote.sentence.start <= a.mention.start < quote.sentence.end


def test_seed_uncued_paragraph_continues_the_speaker(seed_results: Any) -> None:
    _, results = seed_results
    a = by_opening(results, "Despite everything")
    assert a.rule == "continuation"
    assert a.speaker == "Vladimir Putin"
    assert a.mention is not None and a.mention.text == "Putin"


# --------------------------------------------------------------------------- rules on own pages


def test_cue_after_and_canonical_full_name(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "ap_city_council.txt"))
    a = by_opening(results, "We have watched")
    assert (a.speaker, a.rule, a.cue) == ("Linda Okafor", "cue-after", "said")
    assert a.mention is not None and a.mention.text == "Okafor"
    # an interrupted quote: one attribution, the name seen before as "Councilman Mark Bellamy"
    b = by_opening(results, "I want the barrier")
    assert b.speaker == "Mark Bellamy"
    # a pronoun after a paragraph about a man, with a woman mentioned before him
    c = by_opening(results, "Every hour my people")
    assert (c.speaker, c.mention.text if c.mention else None) == ("Daniel Herrera", "he")


def test_inverted_cue_with_description(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "guillemets_kremlin.txt"))
    a = by_opening(results, "We will not accept conditions")
    assert (a.speaker, a.rule) == ("Vladimir Putin", "cue-inverted")
    assert a.mention is not None and a.mention.text == "the Russian president"
    # "he" after a Peskov quote is Peskov, not the president he talks about
    b = by_opening(results, "The president has said many times")
    assert b.speaker == "Dmitry Peskov"


def test_organisations_speak(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "guillemets_kremlin.txt"))
    assert by_opening(results, "does not want peace").speaker == "Ukrainian Foreign Ministry"
    uk = run(page_file(pages_dir, "uk_minister_visit.txt"))
    a = by_opening(uk, "out of date")
    assert a.speaker == "Treasury"
    assert a.mention is not None and a.mention.text == "It"


def test_descriptions_resolve_to_the_titled_person(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "uk_minister_visit.txt"))
    body = [a for q, a in results if q.text == "no return to austerity"][1]
    assert body.speaker == "Rachel Harding"
    assert body.mention is not None and body.mention.text == "The Chancellor"


def test_pronoun_chain_with_two_genders(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "summit_pronouns.txt"))
    assert by_opening(results, "A common currency").speaker == "Javier Milei"
    assert by_opening(results, "We did not come here").speaker == "Gabriela Ríos"
    she = by_opening(results, "real progress")
    assert (she.speaker, she.mention.text if she.mention else None) == ("Gabriela Ríos", "She")
    assert by_opening(results, "I have been insulted").speaker == "Luiz Inácio Lula da Silva"


def test_according_to(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "scare_partial.txt"))
    a = by_opening(results, "nobody at the port authority")
    assert (a.speaker, a.rule) == ("Hans Vermeulen", "according-to")


def test_apposition_and_name_particles(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "scare_partial.txt"))
    a = by_opening(results, "as designed")
    assert a.speaker == "Annelies de Vries"
    b = by_opening(results, "We warned every shipping line")
    assert b.speaker == "Annelies de Vries"
    assert b.mention is not None and b.mention.text == "de Vries"


def test_unnamed_speakers_stay_unnamed(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "scare_partial.txt"))
    a = by_opening(results, "The computers don't")
    assert a.speaker is None
    assert a.mention is not None and a.mention.text == "One dockworker"


def test_colon_labels(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "interview_qa.txt"))
    a = by_opening(results, "I would not say the worst is over")
    assert (a.speaker, a.rule) == ("Elena Markova", "colon")
    assert by_opening(results, "They are illegal").speaker == "Pavel Orlov"


def test_continuation_over_paragraphs(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "multipara_speech.txt"))
    a = by_opening(results, "It is about the next generation")
    assert (a.speaker, a.rule) == ("Maria Delgado", "continuation")


def test_participle_takes_the_main_subject_not_the_nearest_name(nlp: Any) -> None:
    page = page_from_paragraphs(
        [
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.",
            "Scholz praised the French leader's patience, noting that Macron had been "
            "“extremely generous with his time.”",
        ]
    )
    ((_, a),) = run(page)
    assert (a.speaker, a.rule, a.cue) == ("Olaf Scholz", "participial", "noting")


def test_description_table_kremlin_leader(nlp: Any) -> None:
    page = page_from_paragraphs(
        [
            "Russian President Vladimir Putin met Hungarian Prime Minister Viktor Orban.",
            "“We value this dialogue,” the Kremlin leader said after the talks.",
        ]
    )
    ((_, a),) = run(page)
    assert a.speaker == "Vladimir Putin"
    assert a.mention is not None and a.mention.text == "the Kremlin leader"


def test_she_skips_the_man_mentioned_last(nlp: Any) -> None:
    page = page_from_paragraphs(
        [
            "Finance Minister Anna Keller presented the budget to parliament on Monday, "
            "a day after her deputy, Tomas Berg, resigned.",
            "“This is a budget for growth,” she said.",
        ]
    )
    ((_, a),) = run(page)
    assert a.speaker == "Anna Keller"


def test_uncued_quote_without_context_is_unknown(nlp: Any) -> None:
    page = page_from_paragraphs(["“Nobody knows.”"])
    ((_, a),) = run(page)
    assert (a.speaker, a.rule, a.confidence) == (None, "unknown", 0.0)


def test_no_quotes_no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> None:
        raise AssertionError("spaCy must not load for a page without quotes")

    monkeypatch.setattr(speakers, "nlp", boom)
    assert attribute(page_from_paragraphs(["Nothing quoted."]), ()) == ()


def test_only_paragraphs_that_matter_are_parsed(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    parsed: list[int] = []

    class Spy:
        def pipe(self, texts: Any, batch_size: int = 32) -> Any:
            texts = list(texts)
            parsed.extend(len(t) for t in texts)
            return nlp.pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(speakers, "nlp", lambda: Spy())
    filler = "Markets were calm and trading volumes were light across the region on Friday."
    paragraphs = [filler] * 500
    paragraphs[250] = "Economy Minister Sara Lind spoke to reporters in Oslo."
    paragraphs[251] = "“Growth will return next year,” she said."
    page = page_from_paragraphs(paragraphs)
    ((_, a),) = run(page)
    assert a.speaker == "Sara Lind"
    assert sum(parsed) < len(page.text) / 20


def test_uncued_partial_quote_takes_the_subject_of_its_sentence(nlp: Any) -> None:
    page = page_from_paragraphs(
        [
            "Health Minister Karin Solberg opened the new hospital wing on Monday.",
            "She singled out the nurses, “who kept this place running through the worst "
            "winter any of us can remember.”",
        ]
    )
    ((_, a),) = run(page)
    assert a.speaker == "Karin Solberg"
    assert a.mention is not None and a.mention.text == "She"
    assert a.confidence <= 0.5


def test_scare_quote_without_cue_is_not_given_to_the_sentence_subject(nlp: Any) -> None:
    page = page_from_paragraphs(["Karin Solberg rejected the “reform” on Monday."])
    ((_, a),) = run(page)
    assert (a.speaker, a.rule) == (None, "unknown")


def test_interviewer_label_is_nobody(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "interview_qa.txt"))
    q = by_opening(results, "Will you raise rates")
    assert (q.speaker, q.rule) == (None, "colon")
    assert by_opening(results, "If inflation does not fall").speaker == "Elena Markova"


def test_same_surname_two_people(pages_dir: Path, nlp: Any) -> None:
    results = run(page_file(pages_dir, "feature_blind.txt"))
    assert by_opening(results, "I kept notes").speaker == "Margaret Ellison"
    assert by_opening(results, "She kept notes on our wedding").speaker == "Peter Ellison"
    a = by_opening(results, "Richard exaggerates")
    assert a.speaker == "Margaret Ellison"
    assert a.mention is not None and a.mention.text == "the former ambassador"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["“”", "“ ”", "‘’ said he"],
        ["said “", "”said", "“he” said “she” said “it” said"],
        ["“X,” said", ", said “Y”", "“Z” according to", "according to “W”"],
        ["Q: “?”", "A: “!”", ": “:”", "“” — “”"],
        ["He said: «Да» и «Нет».", "“" + "word " * 3000 + "”"],
    ],
)
def test_odd_pages_never_crash(paragraphs: list[str], nlp: Any) -> None:
    run(page_from_paragraphs(paragraphs))


def test_quotes_outside_the_report_are_unknown(nlp: Any) -> None:
    page = page_from_paragraphs(["“Source words,” he said."])
    quotes = find_quotes(page)
    page = dataclasses.replace(page, blocks=(dataclasses.replace(page.blocks[0], kind="source"),))
    assert [a.rule for a in attribute(page, quotes)] == ["unknown"]


def test_quote_sentence_after_a_sentence_about_a_speaker(nlp: Any) -> None:
    page = page_from_paragraphs(
        ["Defence Minister Ana Costa was blunt about the negotiations. “We will not retreat.”"]
    )
    ((_, a),) = run(page)
    assert (a.speaker, a.rule) == ("Ana Costa", "continuation")


def test_canonical_name_takes_the_usual_spelling(nlp: Any) -> None:
    page = page_from_paragraphs(
        [
            "Prime Minister Ilona Varkonyi spoke after the conference.",
            "Várkonyi thanked the donors. “We asked for partnership,” Várkonyi said.",
            "“And we received it,” Várkonyi added.",
        ]
    )
    results = run(page)
    assert [a.speaker for _, a in results] == ["Ilona Várkonyi", "Ilona Várkonyi"]
