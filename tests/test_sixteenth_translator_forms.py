"""A sixteenth set of forms a second translator uses, which a check read as a change,
from heldout152-155: "will not reopen until we know" for "will reopen when we know, and
not one hour earlier", the "they would" of reported speech for "we will", "lost their
lives" for "were killed", "Let me point out that" for "I note that", "expect the service
to be restored" for "expect to restore the service", "whose job was to" for "who were
supposed to", "I prefer" for "I would rather", "what caused the problem" for "the
problem was", an inverted "were such a sign to appear" for "if there were such a sign",
"slightly more" for "a little more", "we assume" moved to the front for a "we believe"
in the middle, "the pair" for "the two", "work normally" for "are not affected", "no week since … as bad as" for "the worst week
since", "only … when" for "not … unless", a word in capitals beside a headline's quote
in capitals, a report that names what the speaker was asked, and a report's question
that only points back to its own words ("Asked about those claims"). The changes found
next to them: a condition cut off where the quote's words stand together, though another
sentence holds them apart, two shares that changed places ("two thirds in the south" for "in the
north"), a "… but the passenger trains were not" left out of "and so were the passenger
trains", and "it is established who …" for "it is not established who …" where a
date of the quote
stands in another sentence too. From heldout156-159: two words of one synonym group
that changed places ("strikes … attacks" for "attacks … strikes"), a group named by its
number alone ("every one of the forty is"), "I will put it as bluntly" for "I want to
say it as plainly", "any party" for "any political party", "our reaction took" for "it
took us", "was meant to be the job of" for "was to", "half" of a total both sides give,
a place for the council that sits there, "could see" for "saw", "is welcome to" for
"can", "receive … from me" for "I will give it", "the three may" for a group counted
before, and a fragment describing a thing a negated verb acts on ("a line with a
hundred-year history"); a figure of the report's own beside a fragment is left open.
Found next to them: "will be able to" for "may be able to", a sentence's "None of" cut
off, "the council proposed … and we have not answered" for the other way round, and an
"ever" added to a denial the source bounds in time (issue 3, point 2).

The statement is written for these tests: the head of a national railway after a
signalling failure stranded trains overnight.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ivo Marend"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

RAIL = statement_text(
    SPEAKER,
    "We will reopen the northern line when we know what caused the failure, and not one "
    "hour earlier. "
    "We will publish the report when we have the data from the signal boxes. "
    "Nobody was killed, and nobody was seriously injured. "
    "I note that the signalling firm offered its help on the same day that it blamed our "
    "staff. "
    "We expect to restore full service by March 3, if the weather allows. "
    "The engineers who were supposed to check the cables did not do so. "
    "I would rather be slow than be wrong. "
    "The problem was not the age of the cables but the lack of checks. "
    "There is no sign of sabotage, and if there were such a sign, we would tell the police "
    "the same day. "
    "That is a little more than half of all our trains. "
    "Two of the cables, we believe, were cut on purpose. "
    "The two drivers could be back at work next week. "
    "Last week was the worst since the line opened. "
    "We do not run a train unless two signals agree. "
    "We have failed you, and I am sorry. "
    "The freight trains were insured, but the passenger trains were not. "
    "That changed on the night of Monday, May 11, when the first heavy frost hit the area "
    "around Dalen. "
    "However, it is not established who left first on the night of May 11. "
    "Of the delayed trains, roughly two thirds ran in the north and one third in the south. "
    "Nobody will be punished if the stolen cables are returned by Friday. "
    "Nobody at the railway will be punished for speaking to the inquiry. "
    "The signals on the southern line are not affected, and the trains there are on time. "
    # from heldout156-159
    "At least 17 of the incidents were attacks on signal boxes, and at least 9 were strikes "
    "on cables. "
    "All forty are in good health, and all of them were examined by doctors before they "
    "went home. "
    "I want to say it as plainly as I can: we failed our passengers. "
    "Nobody from the government or from any political party contacted me about the report. "
    "I know that many people ask why it took us two days to react. "
    "A panel of twelve inspectors, six from the railway and six from the ministry, was to "
    "check every signal box. "
    "For years the council in Dalen refused to fund the repairs, and we saw no other way to "
    "keep the line open. "
    "Anyone who doubts this can ask the drivers who were on duty. "
    "I have asked the Rail Board to open an inquiry, and I will give it every document. "
    "Three managers were suspended on Monday. "
    "Their hearings will take place on March 16, and each of them will have the right to "
    "bring a lawyer. "
    "I will not close a line with a hundred-year history because of one night. "
    "The trains on the coast line may be able to run again in the first week of May. "
    "None of these vouchers requires a passenger to give up any right. "
    "We proposed a new timetable in April, and the council has not yet answered. "
    "No train will cross the old bridge for at least six months. "
    "Our engineers found the fault within hours.",
    title="Statement of the head of the National Railway on the signalling failure",
)

# a question put to the speaker and the start of his answer
INTERVIEW = (
    "Press conference of the National Railway\n\n"
    "Ravna, Thursday, April 2, 2026. Ivo Marend answered questions. This is the English "
    "translation published by the press office.\n\n"
    "Mara Velk (Ravna Radio): Passengers say you waited a week before you acted. Will you "
    "resign?\n\n"
    "Ivo Marend: I understand the question, and I have asked it of myself. My answer is no, "
    "not now. My task is to get the trains running again.\n"
)


@pytest.fixture(scope="module")
def rail() -> SourceIndex:
    return SourceIndex([source_from_text(RAIL, id="rail.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "We will not reopen the northern line until we know what caused the failure.",
        "No one lost their life or was seriously hurt,",
        "Let me point out that the signalling firm offered to help on the very day it "
        "blamed our staff.",
        "If the weather allows, we expect full service to be restored by March 3,",
        "The engineers whose job was to check the cables did not do so.",
        "I prefer being slow to being wrong.",
        "It was not the age of the cables that caused the problem, but the lack of checks.",
        "We see no sign of sabotage, and were such a sign to appear, we would inform the "
        "police that very day.",
        "That is slightly more than half of all our trains.",
        "We assume that two of the cables were cut on purpose.",
        "The pair of drivers could be back at work next week.",
        "No week since the line opened has been as bad as the last one.",
        "We only run a train when two signals agree.",
        "The freight trains were insured, the passenger trains were not.",
        "Of the delayed trains, about two thirds ran in the north and a third in the south.",
        "The signals on the southern line work normally, and the trains there are on time.",
        # from heldout156-159
        "At least 17 of the incidents were strikes on signal boxes, and at least 9 were "
        "attacks on cables.",
        "Every one of the forty is healthy; doctors examined them all before they went home.",
        "I will put it as bluntly as I can: we failed our passengers.",
        "Neither the government nor any party contacted me about the report.",
        "Many people are asking why our reaction took two days,",
        "Checking every signal box was meant to be the job of a panel of twelve inspectors, "
        "half from the railway and half from the ministry.",
        "For years Dalen refused to fund the repairs, and we could see no other way to keep "
        "the line open.",
        "Anyone with doubts is welcome to ask the drivers who were on duty.",
        "I have asked the Rail Board to open an inquiry, and it will receive every document "
        "from me.",
        "The hearings are set for March 16, and each of the three may bring a lawyer.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, rail: SourceIndex) -> None:
    v = verdict(rail, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_reported_speech_shifts_we_to_they(rail: SourceIndex) -> None:
    quote = "would publish the report when they had the data"
    v = verdict(rail, quote, f'The railway said it "{quote}" from the signal boxes.')
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    # without the tenses of reported speech, "they" is someone else
    v = verdict(rail, "they will publish the report when they have the data")
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "person-changed", (v.rule, v.reasons)


def test_a_condition_cut_off_is_not_excused_by_the_words_apart_elsewhere(
    rail: SourceIndex,
) -> None:
    # "Nobody at the railway will be punished" holds the words too, but apart
    quote = "Nobody will be punished"
    v = verdict(rail, quote, f'His message to the thieves: "{quote}".')
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "condition-left-out", (v.rule, v.reasons)


def test_a_headline_in_capitals_names_nobody(rail: SourceIndex) -> None:
    quote = "WE HAVE FAILED YOU"
    v = verdict(rail, quote, f'TRAIN SHAME: rail chief says "{quote}"')
    assert v.rule != "context-name", (v.rule, v.reasons)


def test_a_report_may_name_what_the_speaker_was_asked() -> None:
    index = SourceIndex([source_from_text(INTERVIEW, id="interview.txt")])
    quote = "My answer is no - not now"
    v = verdict(index, quote, f'Rail chief on resignation: "{quote}"')
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    # a question that only points back to the report's own words is no other question
    quote = "My task is to get the trains running again."
    v = verdict(index, quote, f'Asked about those claims, he said: "{quote}"')
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    v = verdict(index, quote, f'Asked about the price of tickets, he said: "{quote}"')
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "context", (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("The freight trains were insured, and so were the passenger trains,",
         "negation-removed"),
        ("it is established who left first on the night of May 11.",
         "negation-removed"),
        ("Two of the cables were cut on purpose.", "hedge-dropped"),
        ("That is more than half of all our trains.", "hedge-dropped"),
        ("The three drivers could be back at work next week.", "number-changed"),
        ("There is no sign of sabotage, and we would tell the police the same day.",
         "condition-left-out"),
        ("We run a train when two signals agree.", "negation-removed"),
        ("The signals on the southern line are affected, and the trains there are on time.",
         "negation-removed"),
        # from heldout156-159
        ("The trains on the coast line will be able to run again in the first week of May.",
         "modality-changed"),
        ("These vouchers require a passenger to give up a right.", "negation-removed"),
        ("The council proposed a new timetable in April, and we have not yet answered.",
         "roles-reversed"),
        ("no train will ever cross the old bridge", "stronger-claim"),
        # the shares kept, the places they belong to turned round
        ("about two thirds ran in the south and a third in the north", "reversed"),
    ],
)  # fmt: skip
def test_the_changes_next_to_them_are_found(quote: str, rule: str, rail: SourceIndex) -> None:
    v = verdict(rail, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_a_fragment_beside_a_figure_of_the_reports_own_is_left_open(rail: SourceIndex) -> None:
    # the words describe the line, as the report says; the figure is the report's own
    quote = "a hundred-year history"
    v = verdict(rail, quote, f'He would not close a line with "{quote}" over one night.')
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    # … but given to something else, under a verb of the report's own
    v = verdict(rail, quote, f'The railway, a company with "{quote}", would not be broken.')
    assert v.label == "altered", (v.rule, v.reasons)
    quote = "within hours"
    v = verdict(rail, quote, f'Engineers found the fault "{quote}", he said.')
    assert v.label in FAITHFUL, (v.rule, v.reasons)
    v = verdict(rail, quote, f'The 40 engineers found the fault "{quote}", he said.')
    assert v.label == "uncertain", (v.rule, v.reasons)
    assert v.rule == "context-figure", (v.rule, v.reasons)
