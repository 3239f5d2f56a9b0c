"""The question a report attaches to a reply (issue 3, point 3: context)."""

from __future__ import annotations

import pytest

from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge
from onrecord.verify.questions import asked_frame

INTERVIEW = (
    "Interview with the Minister of Transport\n\n"
    "Korvin, Tuesday, March 3, 2026. The Minister of Transport, Alena Marsk, answered "
    "questions from Radio Korvin. This is the English translation published by the "
    "ministry.\n\n"
    "Petr Halas: Minister, when will the Vistra bridge reopen to traffic?\n\n"
    "Alena Marsk: Not before May. The engineers found cracks in two of the pillars, and "
    "they need at least eight weeks to repair them.\n\n"
    "Petr Halas: The opposition says you should resign over the bridge.\n\n"
    "Alena Marsk: I will stay as long as the prime minister wants me to. My job is to "
    "get the bridge open.\n\n"
    "Petr Halas: Will the ferry be free while the bridge is closed?\n\n"
    "Alena Marsk: I do not know yet. The city council decides that on Friday.\n"
)
SPEAKER = "Alena Marsk"


@pytest.fixture(scope="module")
def interview() -> SourceIndex:
    return SourceIndex([source_from_text(INTERVIEW, id="interview.txt")])


@pytest.mark.parametrize(
    ("quote", "context", "label"),
    [
        # the reply set after the question it answered
        (
            "Not before May.",
            'Asked when the Vistra bridge would reopen, Marsk said: "Not before May."',
            "verbatim",
        ),
        (
            "I do not know yet.",
            "Asked whether ferry rides would be free during the closure, she replied: "
            '"I do not know yet."',
            "verbatim",
        ),
        # the same words set after a question she was not asked
        (
            "I do not know yet.",
            "Asked whether she would resign over the cracked pillars, she said: "
            '"I do not know yet."',
            "altered",
        ),
        (
            "Not before May.",
            'Asked about the price of bread in the capital, Marsk said: "Not before May."',
            "altered",
        ),
    ],
)
def test_a_reply_is_judged_with_the_question_the_report_gives(
    quote: str, context: str, label: str, interview: SourceIndex
) -> None:
    verdict = judge(quote, interview, speaker=SPEAKER, context=context)
    assert verdict.label == label, verdict.reasons
    if label == "altered":
        assert verdict.rule == "context"
        assert any("not asked" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("quote", "context", "question"),
    [
        (
            "Not before May.",
            'Asked by Radio Korvin when the bridge would reopen, the minister said: "Not before May."',
            "when the bridge would reopen",
        ),
        # the quote continues the question: no reply
        (
            "cracks in two of the pillars",
            'A reporter asked whether there were "cracks in two of the pillars"',
            None,
        ),
        # a question that only points back names nothing to compare
        ("Not before May.", 'Asked about this, Marsk said: "Not before May."', None),
        # no attribution after the question
        ("Not before May.", 'Asked about the bridge, "Not before May."', None),
    ],
)
def test_the_reports_question_is_read_from_the_sentence(
    quote: str, context: str, question: str | None
) -> None:
    frame = asked_frame(quote, context)
    assert (frame.text if frame else None) == question
