"""Others' views the source reports in more ways (issue 3, point 2): "It has also said
that …" (an organisation, with an auxiliary before its verb), "The report speaks of …"
(a document that is not the speaker's), and, on the report's side, a subject with an
aside before its verb ("He did, after all, say that …") is the speaker, not a third
party that keeps the words someone else's.

The statement is written for these tests: a health minister answering an aid group.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Marek Solvanic"

ANSWER = statement_text(
    SPEAKER,
    "The aid group Harbour Relief has made two accusations this week. "
    "It has also said that we knew about the first cases ten days before we announced them. "
    "That is false, and I will publish the laboratory dates tomorrow. "
    "The ombudsman's report speaks of systematic neglect of patients at Velka. "
    "I do not accept that word. "
    "Our report shows that the clinics in Velka reopened on Monday. "
    "The opposition says that this plan is a surrender. "
    "It is not.",
    title="Statement of the Minister of Health",
)


@pytest.fixture(scope="module")
def answer() -> SourceIndex:
    return SourceIndex([source_from_text(ANSWER, id="answer.txt")])


def verdict(index: SourceIndex, quote: str, context: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        (
            "we knew about the first cases ten days before we announced them",
            'Yet in the same statement he said "{q}".',
        ),
        ("systematic neglect of patients at Velka", 'Solvanic spoke of "{q}" at the clinic.'),
        (
            "this plan is a surrender",
            'He did, after all, say that "{q}", even if he then denied it.',
        ),
    ],
)
def test_a_view_the_source_gives_to_others_is_not_the_speakers(
    answer: SourceIndex, quote: str, context: str
) -> None:
    v = verdict(answer, quote, context.format(q=quote))
    assert (v.label, v.rule) == ("altered", "context"), (v.label, v.reasons)
    assert "others" in v.reasons[0]


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        # the speaker's own report
        ("the clinics in Velka reopened on Monday", 'He said "{q}".'),
        # the report keeps the view the aid group's
        (
            "we knew about the first cases ten days before we announced them",
            'He rejected the group\'s claim that "{q}".',
        ),
    ],
)
def test_the_speakers_own_words_or_a_view_kept_theirs_stand(
    answer: SourceIndex, quote: str, context: str
) -> None:
    v = verdict(answer, quote, context.format(q=quote))
    assert v.label in ("verbatim", "edited"), (v.label, v.reasons)
