"""A free rendering: a second translator's own words are no misquote by themselves
(issue 3, point 2), and what a rendering must still not do.

The statement is written for these tests: a harbour master after a ferry fire. Each
faithful rendering below renders a sentence so freely that its passage is found by
meaning, and leaves words the aligner cannot pair ("people aboard", "showed no fault");
until the eleventh session each was called "claim added". Each distortion beside them
joins a clause on, adds a condition or cause, or changes a figure, and stays altered (a
single word of the passage swapped for words of the quote's own, "free" / "once a year",
is in test_rewordings.py).
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge
from onrecord.verify.calibration import open_odds
from onrecord.verify.meaning.rendering import adds_a_clause, new_marker, only_rendering_cues
from onrecord.verify.normalize import tokenize

SPEAKER = "Tomas Brevik"

HARBOUR = statement_text(
    SPEAKER,
    "At 3:10 on Monday morning a fire broke out in the engine room of the ferry Aldra, "
    "about four nautical miles off the harbour. "
    "Two hundred and twelve passengers and crew were on board at that moment. "
    "All of them were brought ashore by the coast guard within three hours. "
    "Eleven people were taken to hospital with smoke poisoning, and none of them is in danger. "
    "The cause of the fire is not yet known. "
    "I will not speculate about it before the investigators have finished their work. "
    "The harbour will stay closed to large ships until Thursday. "
    "If the divers find no damage to the hull, the ferry will be towed to the shipyard in Kelmo. "
    "The operator, Nordline, has promised to pay the costs of every passenger. "
    "We asked the navy for a second tug, and it arrived before noon. "
    "Anger must not take the place of facts. "
    "The crew did what they were trained to do, and they did it well. "
    "Our inspectors checked this ship in February and found nothing wrong with the engines.",
    title="Statement of the Harbour Master",
)


@pytest.fixture(scope="module")
def harbour() -> SourceIndex:
    return SourceIndex([source_from_text(HARBOUR, id="harbour.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "At the time there were 212 people aboard, passengers and crew together.",
        "Our inspectors looked at this vessel in February and the engines showed no fault.",
    ],
)
def test_a_free_rendering_is_a_translation(quote: str, harbour: SourceIndex) -> None:
    v = verdict(harbour, quote)
    assert (v.label, v.rule) == ("translation", "free-rendering"), v.reasons
    assert v.confidence < 0.9  # a rendering read by meaning, said with less certainty
    assert any(r.startswith("not counted as a change: words added") for r in v.reasons)


def test_words_that_rephrase_the_sentence_need_no_free_reading(harbour: SourceIndex) -> None:
    # "got every one of them to land" renders words of the source sentence the aligner
    # left unmatched: a translation before the free-rendering check is needed
    v = verdict(harbour, "The coast guard got every one of them to land within three hours.")
    assert (v.label, v.rule) == ("translation", "translation"), (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a clause joined on
        (
            "At the time there were 212 people aboard, passengers and crew together, "
            "and the captain was drunk.",
            "claim-added",
        ),
        # a figure changed inside the same rendering
        ("At the time there were 221 people aboard, passengers and crew together.", "number-added"),
        # a condition and a cause the passage does not have
        (
            "Our inspectors looked at this vessel in February and the engines showed no "
            "fault, as long as the logbook is right.",
            "claim-added",
        ),
        (
            "Nordline, the operator, has given its word that every passenger's costs will "
            "be covered, because the ferry was overloaded.",
            "cause-added",
        ),
        # a negation joined on
        (
            "The coast guard got every one of them to land within three hours, and nobody "
            "was hurt.",
            "negation-added",
        ),
    ],
)
def test_what_a_rendering_adds_is_still_caught(quote: str, rule: str, harbour: SourceIndex) -> None:
    v = verdict(harbour, quote)
    assert (v.label, v.rule) == ("altered", rule), v.reasons


def test_a_promise_around_a_fragment_leaves_the_verdict_with_a_note(
    harbour: SourceIndex,
) -> None:
    context = 'He promised that everyone would be ashore "within three hours".'
    v = verdict(harbour, "within three hours", context)
    assert v.label == "verbatim"
    assert v.confidence <= 0.7
    assert any("promised these words" in r for r in v.reasons)


def test_an_admission_around_a_fragment_is_left_to_the_calibration(
    harbour: SourceIndex,
) -> None:
    # the stance check leaves "admitted" open; the calibration decides such open cases
    # only when they were faithful beyond chance on statements the check was not written
    # for, and then as a rendering, never "verbatim"
    v = verdict(harbour, "did it well", 'He admitted the crew "did it well".')
    _share, low = open_odds()["context-stance"]
    assert v.rule == "context-stance"
    assert v.label == ("translation" if low > 0.5 else "uncertain"), v.reasons


def test_the_cues_a_rendering_raises() -> None:
    assert adds_a_clause("words added: 'and charges will follow'")
    assert not adds_a_clause("words added: 'and charges'")  # too short for a clause
    assert not adds_a_clause("words added: 'people aboard'")
    assert not adds_a_clause("hedge added: 'and more than'")
    q = tokenize("No pension will be cut, as long as the levy brings in money.")
    s = tokenize("No pension will be cut.")
    assert new_marker(q, s)
    assert not new_marker(s, s)
    assert not new_marker(q, q)  # the passage has it too
    assert only_rendering_cues(["words added: 'people aboard'", "hedge added: 'about'"], s, s)
    assert not only_rendering_cues(["words added: 'people aboard'"], q, s)
    assert not only_rendering_cues(["negation added: 'no'"], s, s)
    assert not only_rendering_cues([], s, s)
