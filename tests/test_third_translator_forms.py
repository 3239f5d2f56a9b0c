"""More forms a second translator uses for what the source says, which a check read as a
change: a time written "9:40" for "9.40" or "6.42 yesterday evening" for "6.42 in the
evening", a person named by office ("our ambassador") and an organisation by its own
words ("the pilots' union"), "personally" for "myself", negations moved into words
("out of danger", "without charge", "unprotected", "advise against", "neither … nor",
"not even"), a reply "No," left out, a condition said with "would" or a relative clause
or moved to the sentence's end, "we expect" for "should", "prefer to" for "would
rather", "not excluding" for "do not rule out", and a cause that is the source
sentence's subject. An absolute stance ("full confidence"), an equal degree made greater
("safer than"), a refusal made a leaning ("not inclined to") and what the source only
asks ("whether he could have done more") quoted as said are changes. The changes these checks exist for are still found (issue 3,
point 2).

The statement is written for these tests: a harbour minister after a storm.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Tomas Reveld"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

STORM = statement_text(
    SPEAKER,
    "At 5.20 the north pier gave way and at least 30 boats were torn from their moorings. "
    "Yesterday, at 7.15 in the evening, the old crane of the Selma quay fell into the harbour. "
    "Ambassador Vorlin will return to Kestrel only when the cargo is released. "
    "The Union of Harbour Pilots has agreed to work double shifts until Friday. "
    "I spoke with the captain myself for almost an hour. "
    "One of the dockers is still in hospital, but his life is no longer in danger. "
    "Fishermen whose boats were lost travelled home free of charge. "
    "The storm left the east quay without protection for two days. "
    "We advise sailors not to leave port unless it is necessary. "
    "I do not know when the pier will reopen, and neither does anyone else. "
    "No, there is no reason for alarm, and no ship has ever sunk inside this harbour. "
    "Smugglers must not find a safe harbour anywhere, including on the islands. "
    "If we close the port, we lose the winter trade and we tell our customers to go "
    "elsewhere. "
    "That is simply not possible, because it takes at least two years to build a pier. "
    "If a skipper is ordered to sail in a gale, he or she may refuse without any "
    "penalty. "
    "If the inspectors find that the pier was neglected, then those responsible for "
    "maintenance will have to answer for it. "
    "The port authority is examining the damage, and its first report should be ready "
    "by next Tuesday. "
    "I would rather be criticised for closing the port too early than too late. "
    "We do not want to close it, but we do not rule it out. "
    "The detour adds between two and three hours to a voyage to the islands. "
    "We will ask the government to cover the repairs, but we will not wait for the "
    "government. "
    "I know what closing both quays would mean for the families who live from fishing, but "
    "safety comes first.",
    title="Statement of the Harbour Minister",
)


@pytest.fixture(scope="module")
def storm() -> SourceIndex:
    return SourceIndex([source_from_text(STORM, id="storm.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "At 5:20 the north pier gave way and at least 30 boats were torn from their moorings.",
        "At 7.15 yesterday evening the old crane of the Selma quay fell into the harbour,",
        "Our ambassador will go back to Kestrel only once the cargo has been released,",
        "The harbour pilots' union has agreed to work double shifts until Friday,",
        "I personally talked to the captain for nearly an hour,",
        "One of the dockers is still being treated in hospital, but he is out of danger,",
        "Fishermen whose boats were lost travelled home without charge,",
        "The storm left the east quay unprotected for two days,",
        "We advise sailors against leaving port unless they must,",
        "Neither I nor anyone else knows when the pier will reopen,",
        "There is no reason for alarm, and never has any ship sunk inside this harbour,",
        "Smugglers must find no refuge anywhere, not even on the islands,",
        "Closing the port would mean losing the winter trade and telling our customers to go "
        "elsewhere.",
        "it takes at least two years to build a pier",
        "A skipper who is ordered to sail in a gale can say no without facing any penalty.",
        "Those responsible for maintenance will have to answer for it if the inspectors "
        "conclude that the pier was neglected,",
        "The port authority is looking into the damage, and we expect its first report by "
        "next Tuesday.",
        "I prefer to be blamed for closing the port too soon rather than too late,",
        "We do not want to close it, but we are not excluding it",
        "A voyage to the islands will take two to three hours longer because of the detour.",
        "I am aware what it would mean for fishing families if both quays were shut, but "
        "safety takes priority,",
    ],
)
def test_the_same_claim_in_a_second_translation_is_faithful(quote: str, storm: SourceIndex) -> None:
    v = verdict(storm, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rules"),
    [
        # another time of day
        (
            "At 5:50 the north pier gave way and at least 30 boats were torn from their moorings.",
            ("number-changed",),
        ),
        # another ambassador
        (
            "Ambassador Dorval will return to Kestrel only when the cargo is released.",
            ("name-changed", "name-dropped", "name-added"),
        ),
        # the negation moved to the other verb
        (
            "We will not ask the government to cover the repairs.",
            ("negation-added",),
        ),
        # the condition cut off
        ("we lose the winter trade", ("condition-left-out",)),
        # the "should" dropped
        (
            "The port authority is examining the damage, and its first report is ready.",
            ("modality-dropped", "claim-added", "wording-changed"),
        ),
        # "do not rule it out" turned into a promise
        (
            "We do not want to close it, but we will do it.",
            ("modality-changed", "negation-removed"),
        ),
    ],
)
def test_the_changes_are_still_found(
    quote: str, rules: tuple[str, ...], storm: SourceIndex
) -> None:
    v = verdict(storm, quote)
    assert v.label in ("altered", "uncertain"), (v.label, v.rule, v.reasons)
    assert v.rule in rules, (v.rule, v.reasons)


DEGREES = statement_text(
    SPEAKER,
    "The harbour master has my confidence for now, but confidence is not unconditional. "
    "Sailing in our waters is as safe today as it was a year ago. "
    "We have full trust in the inspectors. "
    "I say it again: the ministry will not pay for private yachts. "
    "Every minister must ask himself whether he could have done more. "
    "Smugglers use boats from many ports, and Kestrel is a partner and a friend.",
)


@pytest.fixture(scope="module")
def degrees() -> SourceIndex:
    return SourceIndex([source_from_text(DEGREES, id="degrees.txt")])


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        # a stance given whole, an equal degree made greater, a refusal made a leaning
        ("The harbour master has my full confidence.", "altered"),
        ("sailing in our waters is today safer than it was a year ago", "altered"),
        ("the ministry is not inclined to pay for private yachts", "altered"),
        # what the source only asks, quoted as said
        ("I could have done more.", "altered"),
        ("he could have done more", "altered"),
        # the same degree in other words
        ("We have complete trust in the inspectors.", "faithful"),
        ("Sailing in our waters is just as safe today as it was a year ago.", "faithful"),
        (
            "Did I do enough? Every minister must ask himself whether he could have done more.",
            "faithful",
        ),
        # words moved, not added
        (
            "Smugglers operate boats from many different ports, and Kestrel is a friend and "
            "partner of ours.",
            "faithful",
        ),
    ],
)
def test_a_degree_or_a_refusal_made_stronger_or_weaker(
    quote: str, label: str, degrees: SourceIndex
) -> None:
    v = verdict(degrees, quote)
    if label == "faithful":
        assert v.label in FAITHFUL, (v.rule, v.reasons)
    else:
        assert v.label == label, (v.rule, v.reasons)


def test_a_cause_that_is_not_the_sentence_subject_is_still_added() -> None:
    index = SourceIndex(
        [
            source_from_text(
                statement_text(
                    SPEAKER,
                    "The strike ended on Monday and prices rose by 5 percent. "
                    "We met the pilots on Tuesday.",
                ),
                id="strike.txt",
            )
        ]
    )
    v = verdict(index, "Prices rose by 5 percent because of the strike.")
    assert v.label == "altered", (v.rule, v.reasons)
    assert any(r.startswith("cause added") for r in v.reasons), (v.rule, v.reasons)
