"""A clause the outlet appends, and what a second translator may say otherwise (issue 3,
point 2): "…, and he has accepted" after a copied sentence is a claim added, while a
clause of the same sentence moved to the end is not; "no specific warning" for "no
warning" denies a part; "one reason" made "the reason",
"no evidence of" made "there was none", a limiting "unilaterally" cut off, "hurt" made
"ruin", "support" made "understand" are changes. "has not yet been put out" for "is
still burning", "the condition is that" for "must", "have room for" for "can hold",
"will have to" for "must", "I doubt" for "I do not think", "I won't promise" for "I do
not want to promise", "falls short" for "not enough", an editor's "[its]" for "our", "the port will reopen" for "we will reopen the
port" keep the claim, as do a list in another order, "because of" for "a consequence
of" and an "it" named; "leaving" for "staying" reverses it.

The statement is written for these tests: a port authority's head after a storm.
"""

from __future__ import annotations

import pytest

from factories import FAITHFUL
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Marta Kelenvy"

STORM = (
    "News conference of the head of the Port Authority of Selvane, Marta Kelenvy, after "
    "the storm of February 3\n\n"
    "Orlen, Thursday, February 5, 2026. Marta Kelenvy, head of the Port Authority of "
    "Selvane, spoke to reporters. This is the English translation published by the "
    "Authority.\n\n"
    f"{SPEAKER}: The storm damaged two cranes and the roof of the grain terminal. "
    "We have written to the shipping line and offered to cover the cost of the delay. "
    "The fire in the fuel store is still burning, and the fire brigade expects to put it "
    "out by Friday evening. "
    "The road to the ferry terminal is still closed. "
    "The second condition is that the operator publishes its safety records before "
    "March 1. "
    "Our silos at Venna can hold 80,000 tonnes of grain. "
    "The operator will have to explain why the alarm did not sound. "
    "I do not think anyone can give a date for the reopening today. "
    "We are grateful for the loan from the city, but that is not enough. "
    "But we will review our own emergency plans too. "
    "If the wind drops below 40 knots, we will reopen the port on Saturday. "
    "The early warning was one reason why nobody was hurt. "
    "We have found no evidence of sabotage. "
    "The operator cannot raise its fees unilaterally. "
    "The closure will hurt the fishermen and the small traders on the quay. "
    "The dockers' union has demanded a second safety inspection, and I fully support that "
    "demand. "
    "The damage to the breakwater is severe. "
    "I respect the dockers, and my door is open to their union. "
    "We are not at war with the shipping line, and we do not want a dispute with it. "
    "There was no warning about the storm surge. "
    "Nobody at the Authority hid anything. "
    "I do not want to promise money that is not ours. "
    "The city will pay for repairs to windows and roofs from its reserve. "
    "The closure was not a consequence of the strike. "
    "The two ferry companies have told us that they are staying. "
    "The Harbour Board of Venna wrote to me last week. "
    "It demands two more tugs by March, a new radar and a second pilot boat. "
    "An old crane that works is better than a new one that does not. "
    "The shelters will stay open for as long as the warning is in force.\n"
)


@pytest.fixture(scope="module")
def storm() -> SourceIndex:
    return SourceIndex([source_from_text(STORM, id="storm.txt")])


def verdict(index: SourceIndex, quote: str) -> Verdict:
    return judge(quote, index, speaker=SPEAKER)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a clause appended after the copied sentence
        (
            "We have written to the shipping line and offered to cover the cost of the delay, "
            "and it has accepted.",
            "claim-added",
        ),
        # an appended clause that reuses the sentence's own words with another subject
        (
            "We are not at war with the shipping line, and we do not want a dispute with it, "
            "but the shipping line clearly wants one.",
            "claim-added",
        ),
        # "one reason" made "the reason"
        ("The early warning was the reason why nobody was hurt.", "stronger-claim"),
        # the limiting adverb cut off at the quote's end
        ("The operator cannot raise its fees", "stronger-claim"),
        # one scale: hurt / ruin, severe / catastrophic, support / understand
        (
            "The closure will ruin the fishermen and the small traders on the quay.",
            "stronger-claim",
        ),
        ("The damage to the breakwater is catastrophic.", "stronger-claim"),
        (
            "The dockers' union has demanded a second safety inspection, and I understand "
            "that demand.",
            "weaker-claim",
        ),
        # an adjective put into a whole denial
        ("There was no specific warning about the storm surge.", "weaker-claim"),
        ("Nobody at the Authority hid anything important.", "weaker-claim"),
        # the opposite verb
        ("The two ferry companies have told us that they are leaving.", "reversed"),
        # "not closed yet" denies what "still closed" says
        ("The road to the ferry terminal is not closed yet.", "negation-added"),
        # an obligation where the source has a condition's outcome, not a requirement
        ("If the wind drops below 40 knots, we must reopen the port on Saturday.", None),
    ],
)
def test_changes_found(storm: SourceIndex, quote: str, rule: str | None) -> None:
    v = verdict(storm, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)


def test_an_absence_of_evidence_made_an_absence_is_named(storm: SourceIndex) -> None:
    # A free rendering (half its words the passage's own): since heldout108-111 were
    # opened, the stronger-claim check has a free band of its own in the calibration
    # (right in 30% of its first-run verdicts there), so the verdict gives way to a
    # translation, but its reasons still name the stronger claim for the reader.
    v = verdict(storm, "We have established that there was no sabotage.")
    assert v.label == "translation", (v.label, v.rule, v.reasons)
    assert any("stronger claim" in r and "no evidence of sabotage" in r for r in v.reasons)


@pytest.mark.parametrize(
    "quote",
    [
        # "has not yet been put out" for "is still burning"
        "The fire in the fuel store has not yet been put out; the fire brigade expects to put "
        "it out by Friday evening.",
        # "the condition is that" rendered with "must"
        "Secondly, the operator must make its safety records public before March 1.",
        # capacity: "have room for" / "can hold"
        "Our silos at Venna have room for 80,000 tonnes of grain.",
        # "will have to" / "must"
        "It is the operator that must explain why the alarm did not sound.",
        # "falls short" / "is not enough"
        "We are grateful for the loan from the city, but it falls short.",
        # an editor's referent in brackets
        "But [the Authority] will review [its] own emergency plans too.",
        # "I doubt" for "I do not think"
        "I doubt anyone can give a date for the reopening today.",
        # a refusal said as an intention or as a future
        "I won't promise money that isn't ours.",
        # a list in another order
        "The city will pay for repairs to roofs and windows from its reserve.",
        # a cause the source gives as a consequence
        "The closure did not happen because of the strike.",
        # a pronoun resolved to the name the speaker gave just before
        "The Harbour Board is demanding two more tugs by March, a new radar and a second "
        "pilot boat.",
        # "worth more than a new one": a comparison, no hedge on a figure
        "An old crane that works is worth more than a new one that does not.",
        # "in effect" of a warning in force: no "in effect" hedge
        "The shelters will remain open for as long as the warning is in effect.",
        # the thing acted on made the subject
        "If the wind drops below 40 knots, the port will reopen on Saturday.",
        # a clause of the same sentence moved to the end
        "My door is open to the dockers' union, and I have respect for the dockers.",
    ],
)
def test_renderings_that_keep_the_claim(storm: SourceIndex, quote: str) -> None:
    v = verdict(storm, quote)
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


def test_doubt_against_belief(storm: SourceIndex) -> None:
    """ "I think" and "I doubt" are opposites: a source that doubts quoted as believing."""
    v = verdict(storm, "I think anyone can give a date for the reopening today.")
    assert v.label == "altered", (v.label, v.rule, v.reasons)
