"""A second translator's forms that keep the claim: the speaker's own country or body for
"we/our" ("Orlavia's own water" / "our own water", "we caused" / "the Authority
caused"), an active sentence for a passive one, "six in the evening" for 18:00, "as long
as we do not know" for "until we know", "requires … to be checked" for "must be
inspected", "is free to" for "may", "leaves untouched" for "does not affect", "will
stay open" for "will not close", "no swimming will be allowed" for "all swimming is
banned"; next to distortions of who holds an opinion or a thing: a belief left out
("our engineers believe"), another party's experts made "ours", a journalist's question
quoted as the answer, others' view reported as the speaker's warning (issue 3, point 2).

The statement is written for these tests: a water authority's director after a dam
failure.
"""

from __future__ import annotations

import pytest

from factories import FAITHFUL
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Mila Dravec"

DAM = (
    "News conference of Director-General Mila Dravec of the Water Authority of the Republic "
    "of Orlavia on the failure of the Lesk dam\n\n"
    "Ravna, Thursday, April 2, 2026. Mila Dravec, Director-General of the Water Authority of "
    "the Republic of Orlavia, spoke to reporters. This is the English translation published "
    "by the press office.\n\n"
    f"{SPEAKER}: Yesterday at 18:00 I signed an order closing every weir on the Lesk river, "
    "with immediate effect. "
    "Until we know why the spillway gave way, I cannot exclude a design problem. "
    "Under the safety plan approved by the ministry, these gates must be inspected every "
    "six months. "
    "This payment does not affect any further claims, which the families may pursue in "
    "court. "
    "We will not close the Lesk bridge, because half of our own water comes across it. "
    "The cost of a flood is counted in homes, and no insurer can pay that back. "
    "The Kelmar River Board, which built the dam, has made its own demand. "
    "The gauge at station 14 was last read on March 3, and since then the level had risen "
    "by more than 2 metres. "
    "From midnight tonight, all swimming is banned in the reservoir. "
    "No water from the closed zone has reached the taps since Saturday. "
    "I do not accept that the Authority caused this failure, but I accept that we could "
    "have seen the cracks earlier. "
    "The repair of the spillway must be paid for by the owner and its insurer, not by "
    "Orlavian taxpayers. "
    "The spillway gave way, in our preliminary view, because of erosion that should have "
    "been found a year ago. "
    "The logbook shows a repair that our engineers believe was never made. "
    "The Board's engineers have already been invited, and two of them will arrive on "
    "Tuesday. "
    "Others say that the water will reach the old town within a week. "
    "I spoke with the family yesterday, and I was ashamed to hear that nobody had called "
    "them. "
    "By Wednesday evening, all but 12 families had moved into hotel rooms. "
    "The full compensation will come from a fund of 30 million, which the government "
    "approved this morning. "
    "Residents will not be moved out automatically. "
    "I now come to the question that everyone is asking: why did the water rise so fast? "
    "If the Board withdraws its claim before June 1, our measures will not take effect at "
    "all. "
    "No engineer can honestly guarantee that. "
    "Doing nothing would cost more homes, not fewer. "
    "In total, more than 1,400 homes depend on the dam, and up to 4,000 if we count the "
    "farms. "
    "The gates were replaced during works that ended in October 2023, more than three years "
    "after the new rules came into force. "
    "The contractor is suspected of supplying false certificates for the gates. "
    "The Federation has warned that our plan for the Lesk valley will start a panic and "
    "could cost 300 jobs. "
    "These gates fold like paper. "
    "This is the worst flood the valley has seen since 1987. "
    "There are no perfect defences against water. "
    "I trust the plan, and so do most of our engineers. "
    "They say the town was warned. No, that is not true. "
    "They also say we hid the report. That is simply false. "
    "More than 40 boats and six helicopters are working in the valley. "
    "The Prime Minister promised to study our proposal. "
    "On May 8, Orlavia formally requested talks with Kelmar. "
    "Some commentators say that the Authority was too slow and should have closed the "
    "bridge in June. "
    "Give us the gauge readings, and we will open the weir within an hour.\n\n"
    "Question: The farmers' union says the gates were opened too late to save the fields. "
    "Is that true?\n\n"
    f"{SPEAKER}: The farmers' union has told us that the water reached the fields on Friday "
    "night. We are checking this.\n"
)


@pytest.fixture(scope="module")
def dam() -> SourceIndex:
    return SourceIndex([source_from_text(DAM, id="dam.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        # the time of day in words, and "with immediate effect" in other words
        "Yesterday at six in the evening I signed an order closing every weir on the Lesk "
        "river, effective immediately.",
        # "as long as … not" is "until"
        "As long as we do not know what made the spillway give way, a design problem cannot "
        "be ruled out.",
        # a verb of obligation for "must"
        "The safety plan approved by the ministry requires these gates to be inspected every "
        "six months.",
        # "is free to" for "may", "leaves untouched" for "does not affect"
        "This payment leaves untouched any further claims, which the families are free to "
        "pursue in court.",
        # the opposite of a negated verb, with "since" for "because"
        "The Lesk bridge will stay open, since half of our own water comes across it.",
        # a phrasal verb said in one word, and "ever" of emphasis
        "The cost of a flood is counted in homes, and no insurer can ever repay that.",
        # a light verb's particle
        "The Kelmar River Board, which built the dam, has put forward a demand of its own.",
        # a number that names a thing, said in another order
        "The last reading of the gauge at station 14 was on March 3, and since then the level "
        "had risen by more than 2 metres.",
        # "no … will be allowed" for "all … is banned"
        "From midnight tonight, no swimming at all will be allowed in the reservoir.",
        # "not a single" for "no", the time moved to the front
        "Since Saturday not a single drop of water from the closed zone has reached the taps.",
        # the speaker's own country for "our"
        "We will not close the Lesk bridge, because half of Orlavia's own water comes across it.",
        # the speaker's own body for "we"
        "I do not accept that we caused this failure, but I accept that we could have seen "
        "the cracks earlier.",
        # an active sentence for a passive one
        "It is the owner and its insurer who must pay for the repair of the spillway, not the "
        "Orlavian taxpayer.",
        # the opinion kept
        "The spillway gave way, in our preliminary view, because of erosion.",
        # "all but 12" with a figure is "every … except twelve", no hedge
        "By Wednesday evening every family except twelve had been moved into hotel rooms.",
        # the sentence turned round by a relative clause
        "The government this morning approved a fund of 30 million, from which the full "
        "compensation will be paid.",
        # a negative subject for "not", "evacuated" for "moved out"
        "Nobody will be evacuated automatically.",
        # a modal of a rhetorical question
        "Everyone is asking one question: how could the water rise so quickly?",
        # "never" for "not … at all", "enter into force" for "take effect"
        "Should the Board withdraw its claim before June 1, our measures will never enter "
        "into force.",
        # "in good conscience" for "honestly"
        "No engineer could promise that in good conscience.",
        # a word with the negation inside for "doing nothing"
        "Inaction would mean more lost homes, not fewer.",
        # "once" for "if"
        "Altogether, over 1,400 homes rely on the dam, and as many as 4,000 once the farms "
        "are included.",
        # a negative prefix for "not"
        "No, that is untrue.",
        # "quite" is no form of "quit"
        "That is quite simply untrue.",
        # the bound kept
        "This is the worst flood the valley has known since 1987.",
        # an order and ", and" said as the condition it is
        "If you give us the gauge readings, we will open the weir within an hour.",
        # an ellipsis that leaves out a date, not a figure of the same kind
        "The gates were replaced ... more than three years after the new rules came into force.",
    ],
)
def test_faithful_renderings(dam: SourceIndex, quote: str) -> None:
    v = verdict(dam, quote)
    assert v.label in FAITHFUL, (quote, v.label, v.reasons)


def test_age_in_the_report_is_no_figure_of_the_claim(dam: SourceIndex) -> None:
    context = (
        "The family of a 61-year-old farmer say nobody has called them, and Dravec said she "
        'was "ashamed".'
    )
    v = verdict(dam, "ashamed", context)
    assert v.label != "altered" or "61" not in " ".join(v.reasons), v.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # the time of day changed
        (
            "Yesterday at six in the morning I signed an order closing every weir on the Lesk "
            "river, with immediate effect.",
            "number-changed",
        ),
        # the opinion left out
        (
            "The spillway gave way because of erosion that should have been found a year ago.",
            "hedge-dropped",
        ),
        # the belief left out: a suspicion made a fact
        ("The logbook shows a repair that was never made.", "stronger-claim"),
        # the condition left out, "once" and all
        (
            "Altogether, over 1,400 homes rely on the dam, and as many as 4,000 farms.",
            "condition-left-out",
        ),
        # a suspicion made a fact
        ("The contractor supplied forged certificates for the gates.", "stronger-claim"),
        # a bounded comparison made unbounded
        ("This is the worst flood the valley has ever seen.", "stronger-claim"),
        # a word that narrowed a denial, or a group, left out
        ("There are no defences against water.", "stronger-claim"),
        ("I trust the plan, and so do our engineers.", "stronger-claim"),
        # the order before ", and" left out: the promise reads as unconditional
        ("We will open the weir within an hour.", "condition-left-out"),
        # two figures that changed what they count
        ("More than 40 helicopters and six boats are working in the valley.", "reversed"),
        # the doer turned round (an office as the doer; a synonym of the verb)
        ("I promised to study the Prime Minister's proposal.", "roles-reversed"),
        ("On May 8, Kelmar formally asked Orlavia for talks.", "roles-reversed"),
        # another party's engineers made the speaker's
        (
            "Our engineers have already been invited by the Board, and two of them will arrive "
            "on Tuesday.",
            "person-changed",
        ),
    ],
)
def test_distortions(dam: SourceIndex, quote: str, rule: str) -> None:
    v = verdict(dam, quote)
    assert v.label == "altered" and v.rule == rule, (quote, v.label, v.rule, v.reasons)


def test_the_speakers_own_engineers_stay_ours(dam: SourceIndex) -> None:
    # "Orlavia's" is the speaker's country: "our" keeps the owner; "the Board's" does not
    text = DAM.replace("The Board's engineers", "Orlavia's engineers")
    index = SourceIndex([source_from_text(text, id="dam2.txt")])
    v = verdict(
        index, "Our engineers have already been invited, and two of them will arrive on Tuesday."
    )
    assert v.label in FAITHFUL, (v.label, v.reasons)


def test_home_of_the_speaker_read_from_the_header(dam: SourceIndex) -> None:
    assert {"orlavia", "authority"} <= dam.home_words(SPEAKER)
    assert "water" not in dam.home_words(SPEAKER)


def test_a_journalists_question_is_not_the_answer(dam: SourceIndex) -> None:
    v = verdict(dam, "the gates were opened too late to save the fields")
    assert v.label == "altered" and v.rule == "wrong-speaker", (v.label, v.rule, v.reasons)


def test_others_view_reported_by_an_outlet_as_his_warning(dam: SourceIndex) -> None:
    context = (
        "The old town is at risk, according to Ravna City News, which reports Dravec as "
        'warning that "the water will reach the old town within a week".'
    )
    v = verdict(dam, "the water will reach the old town within a week", context)
    assert v.label == "altered" and v.rule == "context", (v.label, v.rule, v.reasons)


def test_others_warning_reported_as_his_own(dam: SourceIndex) -> None:
    quote = "Our plan for the Lesk valley will start a panic and could cost 300 jobs"
    v = verdict(dam, quote, f'"{quote}," she said.')
    assert v.label == "altered" and v.rule == "context", (v.label, v.rule, v.reasons)


def test_a_sentence_opening_capital_is_no_name_of_the_slot(dam: SourceIndex) -> None:
    context = 'DEATH TRAP: Minister says Lesk dam gates "fold like paper"'
    v = verdict(dam, "fold like paper", context)
    assert v.label == "verbatim", (v.label, v.reasons)


def test_others_view_that_the_report_says_he_conceded(dam: SourceIndex) -> None:
    quote = "the Authority was too slow"
    context = (
        "In a stunning admission, Dravec conceded what her critics have said for weeks, "
        f'that "{quote}".'
    )
    v = verdict(dam, quote, context)
    assert v.label == "altered" and v.rule == "context", (v.label, v.rule, v.reasons)
    # the report that keeps the critics' framing stays faithful
    kept = f'Dravec rejected the critics\' view that "{quote}".'
    assert verdict(dam, quote, kept).label in FAITHFUL
    # … or names it a claim: "rejected arguments in the press that …"
    named = 'Dravec rejected arguments in the press that the Authority was "too slow".'
    assert verdict(dam, "too slow", named).label != "altered"
