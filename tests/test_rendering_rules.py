"""More renderings a second translator writes without changing the claim, each beside
the distortion it must still catch (issue 3, point 2).

The statement is written for these tests: a central bank governor after a rate rise.
Each faithful rendering below was once called a misquote by a general rule (a weekday
for the speaker's "yesterday", "1.5" for "one and a half", "a four-to-three vote",
"near" as a hedge, "voted no", "may not" for "forbids", "is taking place" for "there
is", a modal inside an indirect question, "fully" for "full"); each distortion beside it
is the change that rule exists for (a hedge cut off at the quote's first word, "dozens"
made "hundreds", "no doubt" made "my doubts", "forbids" made "discourages").
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ilse Varnak"

GOVERNOR = statement_text(
    SPEAKER,
    "Yesterday the council decided to raise the main rate by one and a half points. "
    "The decision was taken by a vote of four to three. "
    "The three members who voted against it did not oppose a rise. "
    "There is no trade war between our two countries. "
    "Perhaps we should have acted sooner. "
    "More than a third of our grain comes from the south. "
    "Inflation is close to 9 percent. "
    "Dozens of farms have closed since March. "
    "I have no doubt that the minister means what he says. "
    "The treaty forbids us to close the border. "
    "Savers may still withdraw cash at any branch. "
    "The council is not divided about the aim, only about the pace. "
    "The savings fund has a full guarantee from the state. "
    "Their pressure hurts ordinary families. "
    "Some have suggested that we should quietly drop the target. "
    "That would be a mistake. "
    "Last month the agency Morrow Quint changed its outlook and wrote that the council had "
    "lost control of prices. "
    "That is not true. "
    "We will do whatever it takes to protect savers. "
    "If the rate passes 12 percent by May, we will pause purchases for two weeks. "
    "So far the supplier has delivered less than half of the grain it promised. "
    "Farmers from Dresna can borrow at the same rate as our own farmers. "
    "I do not accept this as an excuse for the delay. "
    "Among the over-65s, 58 percent have savings accounts. "
    "We will review the rate by mid-December. "
    "I strongly recommend fixed-rate loans. "
    "Prices have fallen slightly since March. "
    "I hope that prices will be stable by summer.",
    title="Press conference of the Governor",
)


@pytest.fixture(scope="module")
def governor() -> SourceIndex:
    return SourceIndex([source_from_text(GOVERNOR, id="governor.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        # the statement was given on a Thursday: its "yesterday" is Wednesday
        "On Wednesday the council decided to raise the main rate by 1.5 points.",
        # number words joined in one word
        "The decision was taken by a four-to-three vote.",
        # "voted no" is a vote against, no negation
        "The three members who voted no were not against a rise.",
        # the existence that "there is" states
        "No trade war is taking place between our two countries.",
        # "near" a figure is "close to" it
        "Inflation is near 9 percent.",
        # a negated modal renders a ban
        "Under the treaty we may not close the border.",
        # "should" inside an indirect question names the matter under debate
        "The council is not divided about the aim; the disagreement is only about what the "
        "pace should be.",
        # the adverb of the source's adjective
        "The savings fund is fully guaranteed by the state.",
        # "exceed" a figure is "pass" it; "a fortnight" at the quote's end is "two weeks"
        "Should the rate exceed 12 percent by May, we will pause purchases for a fortnight",
        # "not even half" is "less than half"
        "So far the supplier has delivered not even half of the grain it promised.",
        # "in my view" renders the speaker's "I do not accept"
        "In my view this is no excuse for the delay.",
        # the age group and the month of a hyphenated word
        "Among people over 65, 58 percent have savings accounts.",
        "We will review the rate by the middle of December.",
    ],
)
def test_second_translator_renderings_are_faithful(quote: str, governor: SourceIndex) -> None:
    result = verdict(governor, quote)
    assert result.label not in ("altered", "unsourced"), result.reasons


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        # a hedge of the source sentence cut off at the quote's first word
        ("A third of our grain comes from the south.", "hedge dropped"),
        ("We should have acted sooner.", "hedge dropped"),
        # a plural that counts roughly, made larger
        ("Hundreds of farms have closed since March.", "number changed"),
        # "no doubt" turned into a doubt
        ("I have my doubts that the minister means what he says.", "negation removed"),
        # a ban in the sentence before does not excuse a "not" of one's own
        ("Savers may not withdraw cash at any branch.", "negation added"),
        # a ban made advice
        ("The treaty discourages us from closing the border.", "weaker claim"),
        # pressure made blackmail
        ("Their blackmail hurts ordinary families.", "stronger claim"),
        # an emphasis on the speaker's own act dropped
        ("I recommend fixed-rate loans.", "weaker claim"),
        # "slightly" made "sharply"
        ("Prices have fallen sharply since March.", "stronger claim"),
        # the number still read after "one and a half"
        (
            "Yesterday the council decided to raise the main rate by two and a half points.",
            "number changed",
        ),
        # a weekday that is not the speaker's "yesterday"
        ("On Monday the council decided to raise the main rate by 1.5 points.", "Monday"),
    ],
)
def test_the_distortions_beside_them_are_still_caught(
    quote: str, changed: str, governor: SourceIndex
) -> None:
    result = verdict(governor, quote)
    assert result.label == "altered", result.reasons
    assert changed in " ".join(result.reasons), result.reasons


def test_a_hedge_the_report_keeps_outside_the_quote_is_not_dropped(governor: SourceIndex) -> None:
    fragment = "a third of our grain"
    kept = verdict(
        governor, fragment, context=f'She said more than "{fragment}" comes from the south.'
    )
    assert kept.label not in ("altered", "unsourced"), kept.reasons


@pytest.mark.parametrize(
    ("fragment", "context"),
    [
        # the participle's subject is the speaker; the words are the view she reported
        (
            "we should quietly drop the target",
            'Varnak even floated a plan on inflation, telling reporters that "{}".',
        ),
        # "and wrote that": the subject of the first verb, a third party
        ("the council had lost control of prices", 'Varnak conceded that "{}".'),
    ],
)
def test_a_view_she_reported_is_not_her_own(
    fragment: str, context: str, governor: SourceIndex
) -> None:
    result = verdict(governor, fragment, context=context.format(fragment))
    assert result.label == "altered", result.reasons
    assert any("others" in r for r in result.reasons), result.reasons


def test_an_opening_participle_sets_the_scene_not_the_claim(governor: SourceIndex) -> None:
    fragment = "whatever it takes"
    scene = verdict(
        governor,
        fragment,
        context=f'Speaking at the bank on Korvel Square, Varnak said the council would do "{fragment}" to protect savers.',
    )
    assert scene.label == "verbatim", scene.reasons
    claim = verdict(
        governor,
        fragment,
        context=f'Varnak said the council would do "{fragment}" to protect the Korvel Square banks.',
    )
    assert claim.label in ("altered", "uncertain"), claim.reasons


def test_a_hope_is_kept_only_as_a_hope(governor: SourceIndex) -> None:
    fragment = "prices will be stable by summer"
    hoped = verdict(governor, fragment, context=f'She said she hoped "{fragment}".')
    assert hoped.label not in ("altered", "unsourced"), hoped.reasons
    sure = verdict(governor, fragment, context=f'She sounded confident: "{fragment}".')
    assert sure.label == "altered", sure.reasons
    assert "opinion presented as fact" in sure.reasons[0]


def test_a_demonym_of_a_place_the_source_names_is_no_new_name(governor: SourceIndex) -> None:
    fragment = "at the same rate"
    result = verdict(
        governor,
        fragment,
        context=f'Varnak said Dresnian farmers can borrow "{fragment}" as local farmers.',
    )
    assert result.label == "verbatim", result.reasons
