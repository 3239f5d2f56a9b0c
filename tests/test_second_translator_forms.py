"""Forms a second translator uses for what the source says, which a check read as a
change: a ban said with "may not" for "must not", "could cost as much as" for "up to",
"a supplier they can rely on" for "a reliable supplier", "never has a summer been this
dry" for "the driest summer", "will never reopen" for "will not open again", "hold off"
for "not begin", "therefore" for "That means", "X expects" for "According to X, … is
expected", a condition moved and reworded, "would need to" for "would have to",
"limited to" for "only in", and the report's own condition in its words. The changes
these checks exist for are still found (issue 3, point 2).

The statement is written for these tests: an agriculture minister on a chemical spill.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Dara Velkovska"

SPILL = statement_text(
    SPEAKER,
    "Farmers along the Seltra must not use river water for irrigation until further notice. "
    "Owners of wells need not pay for the tests. "
    "The first estimate of the Ministry of Finance puts the cost of the clean-up at up to "
    "120 million velars. "
    "The new filters will cost 40 million velars. "
    "I say to our partners in Varesh that we are a reliable supplier and that we want to "
    "remain one. "
    "This has been the driest summer since measurements began in 1921. "
    "If the inspection finds the plant unsafe, it will not open again. "
    "The depot will not open this year. "
    "I ask the President not to begin consultations before the Assembly has voted on "
    "September 29. "
    "Four deputies have stayed with us. "
    "That means the government can count on 65 votes. "
    "The coalition has 70 seats in the Assembly. "
    "According to the National Institute of Public Health, the tap water in the seven "
    "towns that take their water from wells along the river is expected to be safe by "
    "March 27. "
    "The opposition parties together have 75 seats, if all the Agrarians who left vote "
    "with them. "
    "A minority government would have to win support for each law separately. "
    "Such a ban would apply only in Kelmora and for no longer than 30 days. "
    "If they do not comply, the government will use the powers it has under the Food "
    "Security Act.",
    title="Statement of the Minister of Agriculture",
)


@pytest.fixture(scope="module")
def spill() -> SourceIndex:
    return SourceIndex([source_from_text(SPILL, id="spill.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")


@pytest.mark.parametrize(
    "quote",
    [
        "Until further notice, farmers along the Seltra may not use river water for irrigation.",
        "According to the Finance Ministry's first estimate, the clean-up could cost as "
        "much as 120 million velars.",
        "My message to our partners in Varesh is that we are a supplier they can rely on, "
        "and we intend to stay that way.",
        "Never since records began in 1921 has a summer been this dry.",
        "Should the inspection find the plant unsafe, it will never reopen.",
        "I am asking the President to hold off on consultations until the Assembly has "
        "voted on September 29.",
        "The government can therefore rely on 65 votes.",
        "The National Institute of Public Health expects the tap water in the seven towns "
        "that draw their water from wells beside the river to be safe by March 27.",
        "If every Agrarian who walked out votes with them, the opposition parties "
        "together hold 75 seats.",
        "A minority cabinet would need to secure support law by law.",
        "Any such ban would be limited to Kelmora and would last 30 days at most.",
    ],
)
def test_a_second_translators_form_keeps_the_quote_faithful(spill: SourceIndex, quote: str) -> None:
    v = verdict(spill, quote)
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


def test_the_reports_condition_in_its_own_words_keeps_a_cut_quote_verbatim(
    spill: SourceIndex,
) -> None:
    quote = "the government will use the powers it has under the Food Security Act"
    kept = verdict(spill, quote, context=f'If the traders refuse, she warned, "{quote}".')
    assert kept.label == "verbatim", (kept.label, kept.rule, kept.reasons)
    cut = verdict(spill, quote, context=f'She warned that "{quote}".')
    assert (cut.label, cut.rule) == ("altered", "condition-left-out"), cut.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # no obligation is not a ban
        ("Owners of wells must not pay for the tests.", "modality-added"),
        # no ceiling in the source: "could" adds a doubt the speaker did not voice
        ("The new filters could cost 40 million velars.", "modality-changed"),
        # "not this year" is not "never"
        ("The depot will never open.", "stronger-claim"),
        # no consequence drawn in the source
        ("The coalition therefore has 70 seats in the Assembly.", "cause-added"),
    ],
)
def test_the_changes_these_forms_resemble_are_still_found(
    spill: SourceIndex, quote: str, rule: str
) -> None:
    v = verdict(spill, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


RIVER = statement_text(
    SPEAKER,
    "It is the owner of Kalvex who is accusing Morvatia, not me. "
    "No, I am not accusing Morvatia. "
    "The Ministry of the Interior is ready to pay half of the cost of the street lighting, "
    "but the council must pay the other half. "
    "The Ministry of Finance believes that the lendar is undervalued by at least 10 percent. "
    "Boiling does not remove cyanide from water. "
    "Monetary policy cannot do all the work alone; it needs help from the budget. "
    "The claim that we ignored the warnings is false, and I reject it. "
    "The markets are nervous, and I understand that. "
    "I reject Mr Lodovan's claim. "
    "The council has neglected the harbour districts for years. "
    "In some stretches below Lužna, the inspectors found no living fish at all. "
    "The exclusion zone has a radius of three kilometres, and nobody may enter it without "
    "the permission of the army. "
    "The tap water in Varoshen is safe to drink. "
    "We now expect inflation to peak at about 11 percent in June. "
    "During the first days we did not have enough tablets. "
    "The tax would not apply to small savings banks. "
    "I do not say that the whole election was stolen. "
    "This deal will not solve all our problems.",
    title="Statement of the Minister of the Environment",
)


@pytest.fixture(scope="module")
def river() -> SourceIndex:
    return SourceIndex([source_from_text(RIVER, id="river.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        "According to the Ministry of Finance, the lendar is undervalued by at least 10 percent.",
        "Monetary policy cannot carry the whole burden on its own; the budget has to help.",
        "The exclusion zone has a radius of three kilometres, and entry is forbidden to "
        "anyone without the permission of the army.",
        "The tap water in Varoshen can be drunk safely.",
        "Inflation should top out at around 11 percent in June.",
        "During the first days our stocks of tablets were insufficient.",
        "Small savings banks would be exempt from the tax.",
        # "not … the entire X" answers "not … the whole X" and grants no part on its own
        "I am not claiming the entire election was stolen.",
        "This deal will not fix every problem we have.",
    ],
)
def test_more_second_translator_forms_keep_the_quote_faithful(
    river: SourceIndex, quote: str
) -> None:
    v = verdict(river, quote)
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # the same words stand elsewhere, said of someone else: the speaker's "I" is his
        ("I am accusing Morvatia", "negation-removed"),
        (
            "The council is ready to pay half of the cost of the street lighting, but the "
            "Ministry of the Interior must pay the other half.",
            "roles-reversed",
        ),
        ("Boiling does not remove all the cyanide from water.", "weaker-claim"),
        ("The claim that we ignored the warnings is a lie, and I reject it.", "stronger-claim"),
        ("The claim that we ignored the warnings is exaggerated.", "weaker-claim"),
        ("The markets are panicking, and I understand that.", "stronger-claim"),
        ("I have doubts about Mr Lodovan's claim.", "weaker-claim"),
        ("The council has abandoned the harbour districts for years.", "stronger-claim"),
        # the quote opens as a sentence and cuts off "In some stretches": the finding
        # made general
        ("Below Lužna, the inspectors found no living fish at all.", "stronger-claim"),
    ],
)
def test_changes_of_degree_person_and_roles_are_found(
    river: SourceIndex, quote: str, rule: str
) -> None:
    v = verdict(river, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)
