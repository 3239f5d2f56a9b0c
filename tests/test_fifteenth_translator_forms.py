"""A fifteenth set of forms a second translator uses, which a check read as a change,
from heldout144-147: "did not start until 6:20" for "started at 6:20, late" (the time it
happened, nothing denied), "and longer should we need them" (an inverted "if"), "a
mere 212" for "only 212", "in full" for "100 percent of", "a quarter past midnight" for
"00:15", a Polish "sz" for "sh" in a name, "will have to" for "will be mandatory" set
elsewhere in a reordered sentence (and "with access" for "that can access"), "frank"
for "clear" in "I must be clear", "were supposed to" for the "would" of what a plan
assumed, and a fragment that carries its own "who want me to", the speaker's "and I
gave that order" after advice he took, or the report's "not" before words the source
calls wrong to say. The changes found there: "should" made "will" after a subject's
aside closed by a comma, a party's "claim to have" left out, "there is no evidence
that" left out before a denial, "the largest ever" for "the largest this decade",
"looks like" or "usually" left out, a name the passage gives to another party put in
place of the name it has there, "blocked" for "slowed down", the speaker's own demand
given to the party it was made of, a clause copied word for word followed by a claim of
the quote's own, a "but I do not rule it out" cut off, a condition cut off from a
fragment whose report sentence says little, a denial of "direct or indirect" talks kept
for direct ones, and "not closed for long" for "never closed". From heldout148-151: "in
the region of" (about), "passed on" (no figure passed), "most of them" for "mostly", "a
large part of" for "much of", and "no evidence against" for "no evidence for or
against" found (issue 3, point 2).

The statement is written for these tests: the director of a city's water utility after
a main pipeline burst left districts without water.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ivo Marend"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

WATER = statement_text(
    SPEAKER,
    "The pumps at Kerem station started at 6:20 a.m., forty minutes late, because a valve "
    "had jammed. "
    "The repair crews will stay at least until Sunday, and longer if we need them. "
    "Only 212 of the 400 engineers were on duty on Saturday. "
    "But the city cannot pay 100 percent of every loss, and no city does that. "
    "The first burst was reported at about 00:15. "
    "The Koshara district was the last to get water back. "
    "From May 1, a pressure test will be mandatory for every contractor that can access "
    "the network. "
    "But I must also be clear. "
    "The plan assumed that the tankers would arrive between 7 a.m. and 9 a.m. "
    "The remaining districts, including the Old Town, should have water again by Friday. "
    "The hackers claim to have copied the data of 40,000 customers. "
    "There is no evidence that any customer drank contaminated water. "
    "This is the largest repair this decade. "
    "A tariff without a plan looks like a tax. "
    "A drop in pressure is usually a sign of a leak. "
    "Engineers from the Varn Water Board arrived on Monday, and the police of Dessel are "
    "guarding the pumping station. "
    "The frost did not cause the burst on its own, but it slowed down the repairs. "
    "I have demanded that Hydrokon give the city a full report by Monday. "
    "Nine people remain in hospital, and the doctors have told me that we cannot rule out "
    "that the number of patients will rise. "
    "At this stage there is no sign that anyone at the utility was involved, but I do not "
    "rule it out. "
    "If the inquiry finds that I bear responsibility, I will resign. "
    "At 5 a.m. the health office advised us to shut all four wells, and I gave that order "
    "at once. "
    "Some people have asked me to answer with a ban on bottled water from Dessel. "
    "But it is wrong to say that the city was left without water. "
    "There were no talks with the contractor, direct or indirect. "
    "The main valve was never closed; it stayed open until the repair began. "
    # forms that the first drafts of these checks read as changes
    "A pressure drop of five percent is a normal part of a healthy network. "
    "The valve was switched off by the contractor, not by the utility, and the rules do "
    "not make an exception for that. "
    "The first tankers were in place at 7.30, less than forty minutes after we were "
    "informed. "
    "Yesterday evening the Varn Ministry of Public Works published a statement on the "
    "burst. "
    "I want to thank the Dessel Water Commissioner, Ana Kovar, for her quick help. "
    "Because of these doubts, in March we asked the National Water Council to examine the "
    "pipes. "
    "We will not introduce planned water cuts for households. "
    "All our other pipelines are working normally, but we have ordered extra checks. "
    "The utility will never ask you for your account number by text message or email. "
    "In the remaining 40 samples we found no lead at all, or only traces. "
    "I will not name any firm or any engineer until the inquiry is complete. "
    "A frost of this strength usually means that old pipes crack. "
    # from heldout148-151
    "Every day of the outage costs the city about 2 million korvas. "
    "We have handed over all the inspection reports. "
    "The inspectors found leaks in 300 pipes, mostly in the Old Town. "
    "Much of this water was lost in the old network. "
    "We expect to recover a large share of these costs from the contractor. "
    "The utility has no evidence for or against the contractor.",
    title="Statement of the Director of the City Water Utility on the pipeline burst",
)


@pytest.fixture(scope="module")
def water() -> SourceIndex:
    return SourceIndex([source_from_text(WATER, id="water.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "Because a valve had jammed, the pumps at Kerem station did not start until 6:20 "
        "a.m., forty minutes behind time.",
        "The repair crews will remain at least until Sunday, and for longer should we need them.",
        "A mere 212 of the 400 engineers were on duty on Saturday.",
        "But the city cannot pay every loss in full, and no city does that.",
        "The first burst was reported at around a quarter past midnight.",
        "The Koszara district was the last to get water back.",
        "Starting on May 1, every contractor with access to the network will have to pass a "
        "pressure test.",
        "But I must also be frank.",
        "According to the plan, the tankers were supposed to arrive between 7 a.m. and 9 a.m.",
        "The remaining districts, including the Old Town, should have water again by Friday.",
        # what the first drafts of these checks read as changes
        "A five-percent pressure drop is simply what a healthy network looks like.",
        "The contractor, not the utility, turned the valve off, and the rules make no "
        "exception for such a case.",
        "Last night the Varn Public Works Ministry issued a statement on the burst,",
        "I would like to thank Ana Kovar, Dessel's water commissioner, for her quick help.",
        "Given these doubts, we turned to the National Water Council in March and asked it to "
        "examine the pipes,",
        "Households will not face scheduled water cuts.",
        "All of our other pipelines are operating as normal, although we have ordered "
        "additional checks.",
        # two alternatives kept as two, or no alternatives at all
        "The utility will never, by SMS or by e-mail, request your account number,",
        "no lead at all",
        "I will name neither a firm nor an engineer before the inquiry has been concluded,",
        # "as a rule" and "normally" render "usually"
        "A frost of this strength, as a rule, means that old pipes crack.",
        "A frost of this strength normally means that old pipes crack.",
        # from heldout148-151
        "Each day that the outage lasts costs the city in the region of 2 million korvas.",
        "We have passed on all the inspection reports.",
        "The inspectors found leaks in 300 pipes, most of them in the Old Town.",
        "A large part of the water was lost in the old network.",
        "We expect to get a large part of these costs back from the contractor.",
        "The utility has no evidence for or against the contractor.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, water: SourceIndex) -> None:
    v = verdict(water, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("The remaining districts, including the Old Town, will have water again by Friday.",
         "modality-changed"),
        ("The hackers have copied the data of 40,000 customers.", "stronger-claim"),
        ("No customer drank contaminated water.", "stronger-claim"),
        ("This is the largest repair ever.", "stronger-claim"),
        ("A tariff without a plan is a tax.", "hedge-dropped"),
        ("A drop in pressure is a sure sign of a leak.", "hedge-dropped"),
        ("the police of Varn are guarding the pumping station", "name-changed"),
        ("Engineers from the Dessel Water Board arrived on Monday,", "name-changed"),
        ("The frost did not cause the burst on its own, but it blocked the repairs.",
         "stronger-claim"),
        ("Hydrokon has demanded that the city give a full report by Monday.", "roles-reversed"),
        ("Nine people remain in hospital, most of them on ventilators,", "claim-added"),
        ("There is no sign that anyone at the utility was involved.", "stronger-claim"),
        # a denial of two alternatives kept for one; "never" made "not for long"
        ("There were no direct talks with the contractor.", "weaker-claim"),
        ("The main valve was not closed for long.", "weaker-claim"),
        # "not until 7.30" where the source says how quick it was
        ("The first tankers were not in place until 7.30, less than forty minutes after we "
         "were alerted,", "negation-added"),
        # from heldout148-151: "for or against" kept for one side
        ("the utility has no evidence against the contractor", "weaker-claim"),
        # "nor should we": an inversion after a negative, no condition
        ("The repair crews will stay at least until Sunday, nor should we leave them.",
         "modality-added"),
    ],
)  # fmt: skip
def test_the_changes_next_to_them_are_found(quote: str, rule: str, water: SourceIndex) -> None:
    v = verdict(water, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_a_quote_whose_words_stand_in_the_source_keeps_its_limit(water: SourceIndex) -> None:
    # "no sign … was involved" copied to the end of its sentence would drop the reservation;
    # the whole sentence keeps it
    whole = verdict(
        water,
        "At this stage there is no sign that anyone at the utility was involved, but I do not "
        "rule it out.",
    )
    assert whole.label == "verbatim", (whole.rule, whole.reasons)
    # a fragment "any customer drank contaminated water" has no denial of its own: the
    # report may set it in the "no evidence that" itself
    frag = verdict(water, "any customer drank contaminated water")
    assert frag.rule != "stronger-claim" or "left out" not in frag.reasons[0], frag.reasons


def test_a_condition_is_read_even_where_the_report_says_little(water: SourceIndex) -> None:
    quote = "I will resign,"
    v = verdict(water, quote, f'"{quote}" he told journalists.')
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "condition-left-out", (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        # the speaker acted on the advice: the view is his
        ("shut all 4 wells", 'He said that at 5 a.m. he ordered staff to "shut all 4 wells".'),
        # the quote names the view as others'
        ("who have asked me to answer with a ban",
         'He admitted that there are residents "who have asked me to answer with a ban".'),
        # the report denies what the source calls wrong to say
        ("without water", 'The city, he insisted, was not "without water".'),
    ],
)  # fmt: skip
def test_others_view_kept_or_taken_up(quote: str, context: str, water: SourceIndex) -> None:
    v = verdict(water, quote, context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_words_called_wrong_to_say_made_his_claim_are_others_view(water: SourceIndex) -> None:
    v = verdict(water, "without water", 'The city, he admitted, was "without water".')
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "context", (v.rule, v.reasons)
