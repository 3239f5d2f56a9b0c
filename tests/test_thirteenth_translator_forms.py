"""A thirteenth set of forms a second translator uses, which a check read as a change,
from heldout128-131: "is out of the question" for a "will not" cut off before the
quote's first word, "we will not hesitate to" for "without hesitation", "missed" for
"did not notice", "in under two days" for "in less than forty-eight hours", "is our
duty" for "we have to", "could not be confirmed" for "was not confirmed", "asked me if"
for "asked me whether", "the entire valley" for "on the whole valley" (no hedge "on
the whole"), "too little" for "not enough", and a view of others the speaker agrees
with in the next sentence ("They are right"); a report's "agreed with" is read as
"conceded" (the view made his own, which the source must then say). The changes found
there: one ordinal for another ("the first quarter" for "the second quarter"), a
possibility cut off at the sentence's start ("I do not rule out that"), a passage
copied whole with a claim of the report's own joined on, "part of" put before what the
source says whole, "did nothing" for "did not do enough", "in full" added, and what
"the inquiry shows that" quoted as a fact. From heldout132-135: "too few" for "not
enough", "has yet to" for "has not yet", "the hope of" (a noun, no modal),
"conceivable" for "possible", "the help she has provided" (a verb, no condition), and a
condition moved to the front with "such" (issue 3, point 2).

The statement is written for these tests: the head of a water authority after a dam's
spillway overflowed.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ivo Marend"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

DAM = statement_text(
    SPEAKER,
    "I will not resign while the repairs are still under way. "
    "If the river rises again, we will open the spillway without hesitation. "
    "Either the inspectors did not notice the cracks, or they noticed them and said nothing. "
    "The new gates were installed in less than forty-eight hours. "
    "We do not want to blame anyone, but we have to protect the villages downstream. "
    "A report of a second leak near Orsel was checked overnight, and it was not confirmed. "
    "No reservoir may hold more than 90 percent of its capacity before October 1. "
    "The mayors of the valley have asked me whether the dam is safe. "
    "We will lift the restrictions on the whole valley on Friday. "
    "The Farmers' Union has said that the warning sirens came too late. "
    "They are right: the sirens sounded forty minutes after the first overflow. "
    "The Chamber of Engineers has said that the spillway was too narrow. "
    "I will come back to that question next week. "
    "The second phase of the repairs will start in June. "
    "We expect the reservoir to be full again by the second quarter of 2027. "
    "I do not rule out that there will be dismissals once the inquiry is finished. "
    "As of this morning, 31 families have returned to their homes. "
    "It is this authority that is responsible, and I accept that responsibility. "
    "We did not ignore the warnings, but we did not do enough about them. "
    "All farmers will be paid by the end of November. "
    "If the inquiry shows that the operators ignored the alarms, they will lose their "
    "licences. "
    "There are not enough engineers to inspect every dam this year. "
    "The ministry has not yet answered our request for money. "
    "The chances of finding the two missing fishermen alive are very small. "
    "A second overflow is possible, and if it happens, we will be ready. "
    "I want to thank the mayor of Orsel for her patience and her help. "
    "The operators should publish the report they are talking about, if it exists. "
    "The upper gates will be opened on Friday.",
    title="Statement of the Director of the Valley Water Authority on the Orsel Dam",
)


@pytest.fixture(scope="module")
def dam() -> SourceIndex:
    return SourceIndex([source_from_text(DAM, id="dam.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "Resigning while the repairs are still under way is out of the question for me.",
        "should the river rise again, we will not hesitate to open the spillway",
        "Either the inspectors missed the cracks, or they noticed them and said nothing.",
        "The new gates were installed in under two days.",
        "We do not wish to blame anybody, but protecting the villages downstream is our duty.",
        "a report of a second leak near Orsel was checked overnight, and it could not be confirmed",
        "The mayors of the valley have asked me if the dam is safe.",
        "We did not ignore the warnings, but we did too little about them.",
        # from heldout132-135
        "There are too few engineers to inspect every dam this year.",
        "The ministry has yet to respond to our request for money.",
        "the hope of finding the two missing fishermen alive is very slim",
        "A second overflow is conceivable, and if it happens, we will be ready.",
        "My thanks go to the mayor of Orsel for her patience and for the help she has provided.",
        "If such a report exists, the operators should publish it.",
        "We will lift the restrictions on the entire valley on Friday.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, dam: SourceIndex) -> None:
    v = verdict(dam, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_a_view_the_speaker_agrees_with_next_is_his_own(dam: SourceIndex) -> None:
    quote = "the warning sirens came too late"
    for context in (
        f'The director said "{quote}".',
        f'He agreed with the Farmers\' Union that "{quote}".',
    ):
        v = verdict(dam, quote, context)
        assert v.label in FAITHFUL, (context, v.rule, v.reasons)


def test_a_view_the_speaker_only_reports_is_not_his_own(dam: SourceIndex) -> None:
    quote = "the spillway was too narrow"
    # the report gives him the Chamber's view, or says he agreed with it: he did neither
    for context in (
        f'He said "{quote}".',
        f'He agreed with the Chamber of Engineers that "{quote}".',
    ):
        v = verdict(dam, quote, context)
        assert v.label == "altered", (context, v.rule, v.reasons)
        assert v.rule == "context", (context, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("The third phase of the repairs will start in June.", "number-changed"),
        ("We expect the reservoir to be full again by the first quarter of 2027.",
         "date-changed"),
        ("There will be dismissals once the inquiry is finished.", "modality-dropped"),
        ("As of this morning, 31 families have returned to their homes, some of them after a "
          "night in the school.", "claim-added"),
        ("and I accept part of that responsibility", "weaker-claim"),
        ("We did not ignore the warnings, but we did nothing about them.", "stronger-claim"),
        ("All farmers will be paid in full by the end of November.", "stronger-claim"),
        ("The ministry has answered our request for money.", "negation-removed"),
        # "provided" opening a clause is a condition; "the help she has provided" is not
        ("The upper gates will be opened on Friday, provided the river falls.", "condition-added"),
        # a length of time converted, but not the same length
        ("The new gates were installed in under two weeks.", "number-changed"),
    ],
)  # fmt: skip
def test_the_changes_next_to_them_are_found(quote: str, rule: str, dam: SourceIndex) -> None:
    v = verdict(dam, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_what_an_inquiry_may_show_is_a_condition(dam: SourceIndex) -> None:
    quote = "the operators ignored the alarms"
    v = verdict(dam, quote, f'He said "{quote}".')
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "condition-left-out", (v.rule, v.reasons)
    kept = verdict(
        dam, quote, f'He said they would lose their licences if it emerged that "{quote}".'
    )
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)


def test_a_fragment_inside_the_reports_sentence_keeps_its_possibility(dam: SourceIndex) -> None:
    # lower case: the report's own sentence says "did not rule out"
    quote = "there will be dismissals once the inquiry is finished"
    v = verdict(dam, quote, f'He did not rule out that "{quote}".')
    assert v.rule != "modality-dropped", (v.rule, v.reasons)


def test_a_negation_cut_off_is_still_found_when_the_quote_has_no_other(dam: SourceIndex) -> None:
    v = verdict(dam, "Resign while the repairs are still under way.")
    assert v.label == "altered", (v.rule, v.reasons)


def test_the_same_ordinal_in_figures_is_a_spelling() -> None:
    index = SourceIndex(
        [source_from_text(statement_text(SPEAKER, "The second phase starts in June."), id="s.txt")]
    )
    v = verdict(index, "The 2nd phase starts in June.")
    assert v.label in FAITHFUL, (v.rule, v.reasons)
