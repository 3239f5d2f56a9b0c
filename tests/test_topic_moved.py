"""Copied words set in a report sentence about something the speaker said elsewhere:
"She said the new terminal would be “more useful than a hundred meetings”" where the
words were about patience with the union and the terminal came three paragraphs earlier.
The words are right, the claim around them is not: ``altered`` (context) with the
sentence the report's subject comes from (issue 3, point 3). The same words in a report
sentence about their own subject stay verbatim.

The statement is written for these tests: a port minister on a new terminal and a strike.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.errors import ModelUnavailableError
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge, topic

SPEAKER = "Maren Solvik"

PORT = statement_text(
    SPEAKER,
    "The new container terminal in Varnholt will open in June. "
    "It will handle almost two million containers a year and employ about 900 people. "
    "The dredging of the approach channel was finished last week. "
    "Now to the strike. "
    "The dockworkers have been out for eleven days, and ships are waiting in the bay. "
    "It will hurt. "
    "Our talks with their union were difficult yesterday. "
    "In such talks a day of patience is sometimes more useful than a hundred meetings. "
    "We will meet the union again on Friday morning.",
    title="Statement of the Minister of Ports",
)

QUOTE = "more useful than a hundred meetings"
MOVED = (
    "She said the new container terminal in Varnholt, which is to open in June, would be "
    f'"{QUOTE}".'
)
IN_PLACE = f'She said that in the talks with the union a day of patience was sometimes "{QUOTE}".'


@pytest.fixture(scope="module")
def port() -> SourceIndex:
    return SourceIndex([source_from_text(PORT, id="port.txt")])


def test_words_moved_to_another_subject_are_altered_in_context(port: SourceIndex) -> None:
    v = judge(QUOTE, port, speaker=SPEAKER, context=MOVED)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "context-moved", v.rule
    # the reason names where the report's subject comes from
    assert "container terminal" in v.reasons[0], v.reasons


def test_the_same_words_about_their_own_subject_stay_verbatim(port: SourceIndex) -> None:
    v = judge(QUOTE, port, speaker=SPEAKER, context=IN_PLACE)
    assert v.label == "verbatim", (v.label, v.rule, v.reasons)


def test_without_the_sentence_model_the_moved_words_are_uncertain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unavailable(texts: object) -> object:
        raise ModelUnavailableError("no model in this test")

    monkeypatch.setattr(topic.semantic, "encode", unavailable)
    fresh = SourceIndex([source_from_text(PORT, id="port.txt")])
    v = judge(QUOTE, fresh, speaker=SPEAKER, context=MOVED)
    assert v.label == "uncertain", (v.label, v.rule, v.reasons)


def test_a_sentence_that_names_its_subject_keeps_it(port: SourceIndex) -> None:
    # the quote opens the report's sentence: what follows says who, where and when
    lede = (
        '"We will meet the union again on Friday morning," the minister told reporters '
        "at the new container terminal in Varnholt, which is to open in June."
    )
    v = judge(
        "We will meet the union again on Friday morning,", port, speaker=SPEAKER, context=lede
    )
    assert v.label == "verbatim", (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("frame", "label"),
    [
        (
            "On the new container terminal in Varnholt and its two million containers, she said:",
            "altered",
        ),
        ("On the dockworkers' strike and the ships waiting in the bay, she said:", "verbatim"),
    ],
)
def test_a_sentence_that_points_back_takes_the_reports_subject(
    port: SourceIndex, frame: str, label: str
) -> None:
    v = judge("It will hurt.", port, speaker=SPEAKER, context=f'{frame} "It will hurt."')
    assert v.label == label, (v.label, v.rule, v.reasons)


def test_other_quotations_leave_the_reports_claim_whole() -> None:
    from onrecord.verify.context import _claim_around

    # a clause break inside another quotation does not cut the report's sentence
    added = (
        'He insisted that "the licence is valid" and added: "We never claimed the field, '
        'and we never will."'
    )
    assert "never" not in _claim_around("the licence is valid", added)
    # another speaker's quoted sentence ends a clause: his name is not the claim's
    reply = (
        'Pelc said: "They closed the clinics, and now Dolmar pays for it." Solvik replied '
        'that the clinics had nothing to do with a virus spread in "crowded rooms".'
    )
    claim = _claim_around("crowded rooms", reply)
    assert "Pelc" not in claim and "clinics" in claim, claim
