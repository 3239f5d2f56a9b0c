"""A fourteenth set of forms a second translator uses, which a check read as a change,
from heldout136-139: "never happened" for "did not happen" (one past event, not a
claim for all time), a name spelled another way and made possessive ("Schilna's
station" for "the station of Žilna"), "two decades" with "our companies" for "twenty
years" with "our two companies", a twelve-hour clock without its "p.m." ("at 9:52 on
Sunday evening"), "most of all" (no quantifier), "once" before a past event (no
condition), "anyone with a complaint" for "if anyone has a complaint", "our forecast is
that" for "we expect", "that is not going to change" for "and will continue to do so",
"wherever we can" for "where we can", "regained some ground" for "recovered
somewhat", and the party of a reported question named by
its noun in the report ("Passengers, he said, are asking …" for "many passengers are
asking"). The changes found there: the clause that restricts the sentence's subject
skipped ("Passengers who missed a connection" → "Passengers"), a condition whose words
were set against others ("and if the contractor still refuses to pay, we will go to
court" → "and take it to court"), and a party's "has said it is" left out, which gives
its claim as a fact; and from the stronger claims missed on all opened statements,
"often" for a "sometimes" that stands just outside the aligned words, "the most
reliable" for "a reliable", and "had any damage" for "had serious damage" in a denial
From heldout140-143: "stayed silent" for "did not sound", "stood at 4" for "was 4"
(a figure's copula, and what it measures named before it on both sides), "all 7
stations" for "all seven stations" beside a clock time "06:00", "once" for "when" (a
time clause, no condition added), "for the most part" for "mostly", and "will" moved
back to "would" in a reported "did not rule out that"; found: a denial's limit cut off
where the quote ends its sentence ("can be predicted." for "can be predicted to the
minute.") and "questionable" for "false" (issue 3, point 2).

The statement is written for these tests: the head of a national railway after a
signal failure stranded night trains.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ivo Marend"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

RAILWAY = statement_text(
    SPEAKER,
    "The signals between Orsel and Žilna failed at 9:52 p.m. on Sunday. "
    "Eleven night trains stopped in open country, and some passengers waited for five hours. "
    "But I will not apologise for a collision that did not happen. "
    "The ministry was not notified of the closure until the next morning. "
    "The first replacement bus reached the station of Žilna at midnight. "
    "Our two companies have run the night train to Varna together for twenty years. "
    "Above all, I want to speak to the passengers who spent the night in cold carriages. "
    "After the last train had left, the operators switched off the old system. "
    "If anyone has a complaint, they should write to the passenger office, not to the "
    "newspapers. "
    "We expect traffic to return to normal by Friday. "
    "The railway is paying every refund on time and will continue to do so. "
    "We will help the stranded passengers where we can. "
    "Many passengers are asking a simple question: why did nobody tell them what was "
    "happening? "
    "Passengers who missed a connection will receive a full refund. "
    "We will give the report to the ministry, and if the contractor still refuses to pay, "
    "we will go to court. "
    "The contractor has said that it is repairing the cables. "
    "We will not cut the night trains. "
    "Since Wednesday, ticket sales have recovered somewhat, and today they stand at about "
    "80 percent of normal. "
    "The railway and the ministry have different tasks, and sometimes they pull in "
    "different directions. "
    "Orsel will remain a reliable hub of the network. "
    "None of the trains had serious damage. "
    "On Monday alone, more than 41,000 passengers travelled, the highest figure ever "
    "recorded on the line. "
    "The rules say that a train may wait only twenty minutes at a closed signal. "
    "Some economists have suggested that we should close the night line for good. "
    "That would be a mistake. "
    # from heldout140-143
    "The alarm at Orsel station did not sound, because a cable had been cut. "
    "The trains ran until 11 p.m. on Sunday, although the risk level was already 4. "
    "There are inspectors at all seven stations on the line, from 06:00 until the last "
    "train has left. "
    "When the new line is in operation, it will provide at least 300 permanent jobs. "
    "I do not rule out that the timetable will have to change. "
    "There have been meetings with the unions, mostly about wages. "
    "No engineer believes that a signal failure can be predicted to the minute. "
    "That is false: the cables were cut on Saturday. "
    "The railway will not leave the stranded passengers alone. "
    "We did not reach an agreement, but we came closer than at any time since the talks "
    "began in March.",
    title="Statement of the Director General of the National Railway on the signal failure",
)


@pytest.fixture(scope="module")
def railway() -> SourceIndex:
    return SourceIndex([source_from_text(RAILWAY, id="railway.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "But I will not apologise for a collision that never happened.",
        "The ministry was never informed of the closure until the next morning.",
        "The first replacement bus reached Schilna's station at midnight.",
        "For two decades our companies have run the night train to Varna together.",
        "The signals between Orsel and Žilna failed at 9:52 on Sunday evening.",
        "Most of all I want to address the passengers who spent the night in cold carriages.",
        "Once the last train had left, the operators switched off the old system.",
        "Anyone with a complaint should write to the passenger office rather than to the "
        "newspapers.",
        "Our forecast is that traffic will be back to normal by Friday.",
        "The railway pays every refund on time, and that is not going to change.",
        "We will help the stranded passengers wherever we can.",
        "ticket sales have regained some ground since Wednesday and are now at around 80 "
        "percent of normal",
        # the checks of the stronger claims, where the words say as much
        "Monday alone saw more than 41,000 passengers, the most ever recorded on the line.",
        "Under the rules, a train may wait just twenty minutes at a closed signal.",
        # from heldout140-143
        "The alarm at Orsel station stayed silent because a cable had been cut.",
        "Although the risk level already stood at 4, the trains ran until 11 p.m. on Sunday.",
        "There are inspectors at all 7 stations on the line,",
        "Once it is up and running, the new line will provide at least 300 permanent jobs.",
        "Meetings have been held with the unions, for the most part about wages.",
        # no limit of a denial cut off: rendered in other words, or of another clause
        "The railway will not abandon the stranded passengers.",
        "We did not reach an agreement, but we came closer than at any time since the talks began.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, railway: SourceIndex) -> None:
    v = verdict(railway, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_a_question_of_others_is_kept_when_the_report_names_them(railway: SourceIndex) -> None:
    quote = "a simple question"
    kept = verdict(railway, quote, f'Passengers, he said, are asking "{quote}".')
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)
    # the report makes the question his own: "many passengers" asked it
    own = verdict(railway, quote, f'The director said he had "{quote}" for the contractor.')
    assert own.label not in FAITHFUL, (own.rule, own.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("Passengers will receive a full refund.", "condition-left-out"),
        ("We will hand the report to the ministry and take it to court.", "condition-left-out"),
        ("The contractor is repairing the cables.", "stronger-claim"),
        # "never" for a plain "will not": a refusal made one for all time
        ("We will never cut the night trains.", "stronger-claim"),
        # the clock read whole: not the same time of the evening
        ("The signals between Orsel and Žilna failed at 8:52 on Sunday evening.",
         "number-changed"),
        ("ticket sales have regained ground since Wednesday and are now at around 80 percent "
         "of normal", "hedge-dropped"),
        # a word of a scale at the quote's edge, its counterpart just outside the passage
        ("often pull in different directions", "stronger-claim"),
        ("Orsel will remain the most reliable hub of the network.", "stronger-claim"),
        ("None of the trains had any damage.", "stronger-claim"),
        # from heldout140-143: a denial's limit cut off where the quote ends its sentence
        ("No engineer believes that a signal failure can be predicted.", "stronger-claim"),
        ("That is questionable: the cables were cut on Saturday.", "weaker-claim"),
        ("I do not rule out that the timetable would have to change.", "modality-changed"),
        # the count of the parties kept, but another one
        ("Our three companies have run the night train to Varna together for twenty years.",
         "number-changed"),
    ],
)  # fmt: skip
def test_the_changes_next_to_them_are_found(quote: str, rule: str, railway: SourceIndex) -> None:
    v = verdict(railway, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_a_clause_that_only_describes_the_subject_is_no_restriction(railway: SourceIndex) -> None:
    # "Passengers who missed a connection" restricts; the quote that keeps the clause, or
    # a report that attributes the claim ("according to"), changes nothing
    kept = verdict(railway, "Passengers who missed a connection will get a full refund.")
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)
    told = verdict(railway, "According to the contractor, it is repairing the cables.")
    assert told.label in FAITHFUL, (told.rule, told.reasons)


def test_a_party_named_beside_words_made_his_own_keeps_them_others(railway: SourceIndex) -> None:
    quote = "We should close the night line for good."
    v = verdict(
        railway,
        quote,
        f'He seemed to give ground to economists who want the line closed: "{quote}"',
    )
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "context", (v.rule, v.reasons)


def test_will_moves_back_to_would_in_reported_speech(railway: SourceIndex) -> None:
    quote = "did not rule out that the timetable would have to change"
    v = verdict(railway, quote, f'He "{quote}", the paper wrote.')
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    whole = verdict(
        railway, "No engineer believes that a signal failure can be predicted to the minute."
    )
    assert whole.label == "verbatim", (whole.rule, whole.reasons)
