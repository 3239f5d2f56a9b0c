"""What a second translator may write without changing the claim, and what changes it.

A negation moved into a word ("cannot sell" / "are unable to sell"), an equivalent hedge
("at least 40" / "no fewer than 40"), and fractions read as numbers ("more than a
third" / "more than half"); and a fragment whose report sentence puts someone else in
the speaker's "us" (issue 3, points 2 and 3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

PAGES = Path(__file__).resolve().parent / "pages" / "verify"
SPEAKER = "Jana Wolińska"


@pytest.fixture(scope="module")
def grain() -> SourceIndex:
    text = (PAGES / "grain_minister.txt").read_text(encoding="utf-8")
    return SourceIndex([source_from_text(text, id="grain_minister.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        "Farmers in the eastern districts are unable to sell their wheat while the corridor stays closed.",
        "We have never said no to a meeting with the Varnesian delegation.",
        "The price of bread stays the same whatever the traders in the capital may say.",
        "In our view, the corridor must have no fewer than 40 inspectors, instead of the 12 it has today.",
        "Up to 300 ships are waiting at anchor.",
    ],
)
def test_equivalent_renderings_are_not_misquotes(quote: str, grain: SourceIndex) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "Farmers in the eastern districts can sell their wheat while the corridor stays closed.",
            "negation-removed",
        ),
        ("We have declined to meet the Varnesian delegation.", "negation-removed"),
        (
            "The price of bread changes whatever the traders in the capital may say.",
            "negation-removed",
        ),
        (
            "In our view, the corridor must have fewer than 40 inspectors, instead of the 12 it has today.",
            "hedge-changed",
        ),
        ("Since the port was closed, our grain exports fell by more than half.", "number-changed"),
        (
            "Since the port was closed, our grain exports fell by more than two thirds.",
            "number-changed",
        ),
    ],
)
def test_changed_polarity_hedge_or_fraction_is_altered(
    quote: str, rule: str, grain: SourceIndex
) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label == "altered", verdict.reasons
    assert any(r.startswith(rule.replace("-", " ")) for r in verdict.reasons), verdict.reasons


def test_a_fragment_given_to_someone_else_than_us_is_altered(grain: SourceIndex) -> None:
    wrong = judge(
        "a message of support",
        grain,
        speaker=SPEAKER,
        context="Wolinska said the Red Crescent had sent Varnesia “a message of support” on the first day.",
    )
    assert wrong.label == "altered", wrong.reasons
    assert wrong.rule == "context"
    assert "Varnesia" in wrong.reasons[0] and "'us'" in wrong.reasons[0]


def test_the_speakers_own_country_may_stand_for_us(grain: SourceIndex) -> None:
    right = judge(
        "a message of support",
        grain,
        speaker=SPEAKER,
        context="Wolinska said the Red Crescent had sent Ostravia “a message of support” on the first day.",
    )
    assert right.label == "verbatim", right.reasons
    plain = judge(
        "a message of support",
        grain,
        speaker=SPEAKER,
        context="The Red Crescent sent “a message of support” on the first day, Wolinska said.",
    )
    assert plain.label == "verbatim", plain.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "The IGC will send its own team, led by inspector Ion Țurcanu.",  # acronym
        "The International Grain Council will send its own team, led by inspector Ion Tsurcanu.",
        "None of the drivers is in a condition that threatens their life.",  # compound's parts
    ],
)
def test_acronyms_transliterations_and_compounds_are_faithful(
    quote: str, grain: SourceIndex
) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label in ("cosmetic", "edited", "translation"), verdict.reasons


def test_will_becomes_would_in_reported_speech(grain: SourceIndex) -> None:
    fragment = judge(
        "would reopen the corridor on Monday",
        grain,
        speaker=SPEAKER,
        context="Wolinska said Ostravia “would reopen the corridor on Monday”.",
    )
    assert fragment.label not in ("altered", "unsourced", "uncertain"), fragment.reasons
    sentence = judge("We would reopen the corridor on Monday.", grain, speaker=SPEAKER)
    assert sentence.label == "altered", (
        sentence.reasons
    )  # a condition-free promise made conditional


@pytest.mark.parametrize(
    ("quote", "start"),
    [
        ("The port records suggest that the cargo was never unloaded.", "weaker claim"),
        (
            "If the inspections go well, we are fairly confident that exports will recover by the summer.",
            "hedge added",
        ),
        (
            "We demanded that the Varnesian delegation open the northern route to their lorries.",
            "who ",
        ),
    ],
)
def test_strength_degree_and_who_did_it(quote: str, start: str, grain: SourceIndex) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label == "altered", verdict.reasons
    assert any(r.startswith(start) for r in verdict.reasons), verdict.reasons


def test_another_partys_claim_reported_as_the_speakers_admission(grain: SourceIndex) -> None:
    verdict = judge(
        "had crossed the line",
        grain,
        speaker=SPEAKER,
        context="Wolinska admitted that Ostravian trucks “had crossed the line” last week.",
    )
    assert verdict.label == "altered", verdict.reasons
    assert "others" in verdict.reasons[0]
    kept = judge(
        "had crossed the line",
        grain,
        speaker=SPEAKER,
        context="Wolinska rejected the Varnesian claim that Ostravian trucks “had crossed the line”.",
    )
    assert kept.label == "verbatim", kept.reasons


def test_a_liveblog_time_is_not_part_of_the_claim(grain: SourceIndex) -> None:
    verdict = judge(
        "cannot sell their wheat",
        grain,
        speaker=SPEAKER,
        context="10:31 Wolinska says farmers in the east “cannot sell their wheat”.",
    )
    assert verdict.label == "verbatim", verdict.reasons


def test_a_quote_joining_distant_sentences_is_a_splice(grain: SourceIndex) -> None:
    verdict = judge(
        "We will reopen the corridor on Monday, led by inspector Ion Țurcanu.",
        grain,
        speaker=SPEAKER,
    )
    assert verdict.label == "altered", verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "The repairs to the quays will cost from 30 million to 45 million euros.",
        "The inspectors will report within 24 hours.",
        "Since the port was closed, our grain exports fell by more than a third.",
    ],
)
def test_ranges_and_number_words_are_faithful(quote: str, grain: SourceIndex) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label in ("verbatim", "cosmetic", "edited", "translation"), verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "On Tuesday, March 10, the Varnesian ambassador handed a note to our Foreign Minister, Piotr Nowak.",
            "roles-reversed",
        ),
        ("The damage to the port is estimated at … more than 90 million euros.", "figure-moved"),
        (
            "Families of the drivers can apply for compensation until the end of the year.",
            "date-changed",
        ),
        (
            "Farmers in the eastern districts cannot sell their wheat … The Red Crescent, "
            "which sent us a message of support on the first day, has offered to help with "
            "the inspections.",
            "splice",
        ),
    ],
)
def test_roles_figures_dates_and_far_ellipses(quote: str, rule: str, grain: SourceIndex) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == rule, verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("Two drivers were injured because of the storm.", "cause-added"),
        ("The inspectors will report within a week.", "number-changed"),
    ],
)
def test_a_cause_or_figure_put_in_place_of_other_words(
    quote: str, rule: str, grain: SourceIndex
) -> None:
    verdict = judge(quote, grain, speaker=SPEAKER)
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == rule, verdict.reasons


def test_a_short_ellipsis_is_editing(grain: SourceIndex) -> None:
    verdict = judge(
        "Farmers in the eastern districts cannot sell their wheat … The price of bread does not change",
        grain,
        speaker=SPEAKER,
    )
    assert verdict.label == "edited", verdict.reasons


JOINT = """Joint press conference of the Prime Minister of Ostravia and the President of Varnesia

Lenbork, March 16, 2026.

Jana Wolińska: We agreed to reopen the northern corridor on Monday. The inspectors will start work the same day. Daniel Ashby of the Red Crescent will lead them.

Marek Halvorsen: Varnesia will not pay for the repairs. The corridor was damaged by the storm, not by our lorries.

Question: Is the agreement a defeat for Ostravia?

Jana Wolińska: It is a step forward for both of our countries.
"""


@pytest.fixture(scope="module")
def joint() -> SourceIndex:
    return SourceIndex([source_from_text(JOINT, id="joint.txt")])


def test_words_of_the_other_speaker_are_altered(joint: SourceIndex) -> None:
    verdict = judge("Varnesia will not pay for the repairs.", joint, speaker="Jana Wolińska")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "wrong-speaker"
    assert "Marek Halvorsen" in verdict.reasons[0]
    own = judge("Varnesia will not pay for the repairs.", joint, speaker="Marek Halvorsen")
    assert own.label == "verbatim", own.reasons


def test_the_question_quoted_as_the_answer_is_altered(joint: SourceIndex) -> None:
    verdict = judge("a defeat for Ostravia", joint, speaker="Jana Wolińska")
    assert verdict.label == "altered", verdict.reasons
    assert "question" in verdict.reasons[0]


@pytest.fixture(scope="module")
def zarvand() -> SourceIndex:
    text = (PAGES / "zarvand_president.txt").read_text(encoding="utf-8")
    return SourceIndex([source_from_text(text, id="zarvand_president.txt")])


QURBANLI = "Elşad Qurbanlı"


@pytest.mark.parametrize(
    "quote",
    [
        "A working group on the Kyzylburun field is not a concession.",  # ı→y, Q→K
        "The Sarin's flow dropped to its lowest level in four decades.",
        "Citizens of both our countries will be able to travel visa-free for up to 90 days.",
        "Trade won't sit and wait for the railway.",
        "Should Merovia go to a tribunal on its own, that is its choice.",
        "On Monday, March 23, Zarvand will hand over nine citizens of Merovia.",
    ],
)
def test_second_translations_seen_on_blind_data_are_faithful(
    quote: str, zarvand: SourceIndex
) -> None:
    verdict = judge(quote, zarvand, speaker=QURBANLI)
    assert verdict.label in ("verbatim", "cosmetic", "edited", "translation"), verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "Most of them will never be able to return.",  # perfect → future: the time moved
        "On Monday, March 23, Zarvand will hand over eight citizens of Merovia.",
        "The Sarın's flow dropped to its lowest level in three decades.",
        "Citizens of our two countries will be able to travel with a visa for up to 90 days.",
    ],
)
def test_what_those_rules_must_still_catch(quote: str, zarvand: SourceIndex) -> None:
    verdict = judge(quote, zarvand, speaker=QURBANLI)
    assert verdict.label == "altered", verdict.reasons


@pytest.fixture(scope="module")
def flood() -> SourceIndex:
    text = (PAGES / "flood_address.txt").read_text(encoding="utf-8")
    return SourceIndex([source_from_text(text, id="flood_address.txt")])


ZABEK = "Jadwiga Ząbek"


@pytest.mark.parametrize(
    "quote",
    [
        "Not one pension will be cut.",
        "The state of emergency does not mean a curfew.",
        "We will not raise value added tax, and we will not raise income tax.",
        "We will not raise VAT or income tax.",
        "Floods that came once a century may now come every twenty years.",
        "I was informed of it roughly an hour later.",
        "Small firms can apply for grants of up to 150,000 euros.",
    ],
)
def test_more_second_translations_are_faithful(quote: str, flood: SourceIndex) -> None:
    verdict = judge(quote, flood, speaker=ZABEK)
    assert verdict.label in ("verbatim", "cosmetic", "edited", "translation"), verdict.reasons


def test_nasal_vowels_in_transliterated_names(flood: SourceIndex) -> None:
    assert judge("Good evening.", flood, speaker="Jadwiga Zombek").label == "verbatim"


@pytest.mark.parametrize(
    "quote",
    [
        "One pension will be cut.",
        "We will raise VAT, and we will not raise income tax.",
        "Floods that came once a century may now come every ten years.",
        "I was informed of it more than an hour later.",
        "Small firms must apply for grants of up to 150,000 euros.",
    ],
)
def test_and_the_misquotes_next_to_them_are_altered(quote: str, flood: SourceIndex) -> None:
    verdict = judge(quote, flood, speaker=ZABEK)
    assert verdict.label == "altered", verdict.reasons


def test_a_contrast_in_another_clause_is_no_negated_frame(flood: SourceIndex) -> None:
    verdict = judge(
        "I learned of it later",
        flood,
        speaker=ZABEK,
        context="Ząbek said the Water Authority had opened the sluices and “I learned of it later”.",
    )
    assert verdict.label == "verbatim", verdict.reasons


def test_a_negative_prefix_is_a_negation(flood: SourceIndex) -> None:
    verdict = judge(
        "It would be abnormal if the agency changed its plans because a minister disliked them.",
        flood,
        speaker=ZABEK,
    )
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


def test_a_condition_inside_the_sentence_left_out(flood: SourceIndex) -> None:
    verdict = judge(
        "the valley will be dry by Friday",
        flood,
        speaker=ZABEK,
        context="Ząbek promised that “the valley will be dry by Friday”.",
    )
    assert verdict.label == "altered", verdict.reasons
    assert "if the dams hold" in verdict.reasons[0]


def test_what_critics_say_is_not_the_speakers_view(flood: SourceIndex) -> None:
    verdict = judge(
        "spending too much on the valley to win votes in the south",
        flood,
        speaker=ZABEK,
        context="Ząbek admitted the government was “spending too much on the valley to win votes in the south”.",
    )
    assert verdict.label == "altered", verdict.reasons


def test_headline_shouting_and_short_first_names_are_no_new_names(joint: SourceIndex) -> None:
    shouting = judge(
        "the inspectors will start work",
        joint,
        speaker="Jana Wolińska",
        context="LENBORK CHRONICLE: corridor reopens Monday and “the inspectors will start work”",
    )
    assert shouting.label == "verbatim", shouting.reasons
    nickname = judge(
        "the inspectors will start work",
        joint,
        speaker="Jana Wolińska",
        context="Beside Dan, Wolinska said “the inspectors will start work” the same day.",
    )
    assert nickname.label == "verbatim", nickname.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "The city will pay for the repairs from its reserve rather than wait for the insurers.",
        "Residents of Brdo will have to wait until Friday at the earliest.",
        "There will be another briefing tomorrow at 12 noon.",
        "Families live 600 metres from the river.",
        "I don't know what caused the breach.",
        "Should the company not pay, the city will sue it.",
        "THEY WENT IN WITHOUT A MAP",
    ],
)
def test_renderings_from_the_blind_heldout8_run(quote: str, flood: SourceIndex) -> None:
    verdict = judge(quote, flood, speaker=ZABEK)
    assert verdict.label in ("verbatim", "cosmetic", "edited", "translation"), verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "Residents of Brdo will have to wait until Friday at the latest.",
        "Families live 500 metres from the river.",
        "The breach was caused by the company.",
    ],
)
def test_and_their_misquotes(quote: str, flood: SourceIndex) -> None:
    verdict = judge(quote, flood, speaker=ZABEK)
    assert verdict.label in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        "Mr. Warkhan will decide for the Front.",
        "I am able to tell you that the dams held.",
        "The names of the 34 people due to be leaving are known.",
        "Nobody has surrendered.",
    ],
)
def test_renderings_from_the_blind_heldout9_run(quote: str, flood: SourceIndex) -> None:
    verdict = judge(quote, flood, speaker=ZABEK)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    ("cosine", "expected"),
    [(0.95, None), (0.8, "added-unsure"), (0.5, "claim-added")],
)
def test_one_added_word_is_judged_by_how_much_the_quote_moves(
    cosine: float, expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above added_ok the word changes nothing; below added_unsure it is a new claim;
    between them the embedding cannot tell, and the verdict says so (uncertain)."""
    import numpy as np

    from onrecord.verify import verdict
    from onrecord.verify.meaning import Finding
    from onrecord.verify.normalize import tokenize

    quote = "I put this to the minister very bluntly."
    qtoks = list(tokenize(quote, quote=True))
    added = next(i for i, t in enumerate(qtoks) if t.raw == "bluntly")
    finding = Finding("claim-added", "words added: 'bluntly'", 0.75, (added,))

    def encode(texts: list[str]) -> np.ndarray:
        first = np.array([1.0, 0.0])
        other = np.array([cosine, (1 - cosine**2) ** 0.5])
        return np.array([first, *([other] * (len(texts) - 1))])

    monkeypatch.setattr(verdict.semantic, "encode", encode)
    out = verdict._added_checked(quote, qtoks, [finding])
    assert [f.rule for f in out] == ([expected] if expected else [])
