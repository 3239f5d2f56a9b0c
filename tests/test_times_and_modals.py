"""Times of day, an inverted "should", reported "would", "will have to", a distance, a
"can" of time, a present passive, a deadline, "unless", a moved cause, "binding on" and a
fragment that only names a thing:
forms a second translator uses that keep the claim, next to the changes that do not
(issue 3, point 2).

The statement is written for these tests: a rail operator's chief after a derailment.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Irena Valdek"

DERAILMENT = statement_text(
    SPEAKER,
    "The control room was told of the derailment at 03:40 on Sunday, and our repair crews "
    "were at the bridge by 05:15. "
    "The supplier of the axles will pay for the repairs, and if it refuses, we will go to "
    "court. "
    "The minister assured me this morning that the line will reopen. "
    "Passengers to Kerlin must wait at least two more days. "
    "We are obliged by the 2019 concession to run a replacement bus every hour. "
    "The bridge is 12 kilometres from the depot in Lesna. "
    "The inspectors blamed the supplier for the cracked axle. "
    "No train will cross before the bridge can be inspected. "
    "From October 1, the night fares will be cut by half. "
    "If the inspection fails, then the emergency timetable will stay in force. "
    "The report must reach the ministry by June 30. "
    "I told the unions on Monday that drivers would not lose any pay. "
    "If we do not replace the axles now, the line could close again by the middle of winter. "
    "Because of the derailment, the people of Lesna spent the night away from home. "
    "The people of Kerlin spent the night in a hotel. "
    "The new rules bind every contractor on the line.",
    title="Statement of the Chief Executive",
)


@pytest.fixture(scope="module")
def rail() -> SourceIndex:
    return SourceIndex([source_from_text(DERAILMENT, id="rail.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    "quote",
    [
        # a time of day moved to the front of its clause is the same time
        "The control room heard of the derailment at 03:40 on Sunday, and by 05:15 our "
        "repair crews had reached the bridge.",
        # ", and should it refuse, …" is "if it refuses"
        "The repairs will be paid for by the axle supplier, and should it refuse, we will "
        "take the matter to court.",
        # "would" in the "that" clause of a reported assurance is the "will" that was said
        "This morning the minister gave me his assurance that the line would reopen.",
        # "will have to" is "must", the "will" only sets the time
        "Passengers to Kerlin will have to wait at least two more days.",
        # "bound by" an agreement is "obliged by" it
        "We are bound by the 2019 concession to run a replacement bus every hour.",
        # a distance holds both ways
        "The depot in Lesna lies 12 kilometres from the bridge.",
        # "can" in a clause of time says when
        "No train will cross before the bridge is inspected.",
        # a present passive for a future one is tense, not modality
        "From October 1, the night fares are halved.",
        # a deadline: "no later than" is "by"
        "The report has to reach the ministry no later than June 30.",
        # the future seen from a past report, in other words
        "I made it clear to the unions on Monday that drivers were not going to lose any pay.",
        # "unless" is "if … not"
        "Unless we replace the axles now, the line could close again by the middle of winter.",
        # a cause moved from the sentence's start to its end
        "The people of Lesna spent the night away from home because of the derailment.",
        # "binding on" is "bind"
        "The new rules are binding on every contractor on the line.",
    ],
)
def test_the_same_claim_in_other_forms_is_faithful(quote: str, rail: SourceIndex) -> None:
    v = verdict(rail, quote)
    assert v.label in ("translation", "edited"), v.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a different time is a changed figure, wherever it stands
        (
            "The control room heard of the derailment at 03:40 on Sunday, and by 06:15 our "
            "repair crews had reached the bridge.",
            "number",
        ),
        # "should" as advice, not as "if"
        (
            "The axle supplier should pay for the repairs, and if it refuses, we will go to court.",
            "modality",
        ),
        # a reported "might" is not the "will" that was said
        ("This morning the minister gave me his assurance that the line might reopen.", "modality"),
        # "may" for "must"
        ("Passengers to Kerlin may wait at least two more days.", "modality"),
        # who blamed whom, turned round
        ("The supplier blamed the inspectors for the cracked axle.", "roles"),
        ("No train can cross before the bridge is inspected.", "modality"),
        ("From October 1, the night fares will be cut by a third.", "number"),
        ("The report must not reach the ministry by June 30.", "negation"),
        (
            "If we replace the axles now, the line could close again by the middle of winter.",
            "negation",
        ),
        ("The people of Kerlin spent the night in a hotel because of the strike.", "cause"),
        (
            "I made it clear to the unions on Monday that drivers might not lose any pay.",
            "modality",
        ),
    ],
)
def test_a_changed_time_or_modal_is_still_caught(quote: str, rule: str, rail: SourceIndex) -> None:
    v = verdict(rail, quote)
    assert v.label == "altered", v.reasons
    assert v.rule.startswith(rule), (v.rule, v.reasons)


def test_a_fragment_that_names_a_thing_keeps_no_condition(rail: SourceIndex) -> None:
    assert verdict(rail, "emergency timetable").label == "verbatim"
    cut = verdict(rail, "the emergency timetable will stay in force")
    assert (cut.label, cut.rule) == ("altered", "condition-left-out"), cut.reasons
