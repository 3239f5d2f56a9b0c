"""A fifth set of forms a second translator uses, which a check read as a change: "over a
century" for "more than a hundred years", "a third" for "one in every three", "trebled
over three years" (a time, no "more than"), "a year or longer" for "a year or more", "by
Tuesday at the latest" for "no later than Tuesday", "what I intend to do" for "what I am
going to do", "nobody needs to" for "there is no reason to", "will be accepting from July
1" for "has agreed to accept from July 1", "he pledged his support" for "he promised us
support", two negations that cancel ("have not stopped working" / "have been working"),
"keep your distance" for "do not approach", "leave the ferry alone" for "do not block
the ferry", and a number that counts the names just listed ("Ondria and Qessar, two
countries where …"). The changes next to them are found: "ever" for a refusal bounded to
this year, "purely" and "killers" where the speaker used no word as strong, a figure
given to another thing the same sentence counts, the clause that restricts "any
evidence" cut off, an intention made a promise, and a whole sentence quoted from under
"I am not saying that …" (issue 3, point 2).

The statement is written for these tests: a trade minister after a neighbour's ban on
wine imports.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Mirela Tosvan"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

TRADE = statement_text(
    SPEAKER,
    "Our vintners have sold wine to Delvaria for more than a hundred years. "
    "For too long, almost one in every three dinars that our growers earned abroad came "
    "from one single buyer. "
    "Exports of wine to Ostria have tripled in three years, although from a low base. "
    "Most of the wine is bottled and can be stored for a year or more. "
    "Our lawyers are preparing the complaint now, and it will be submitted no later than "
    "Tuesday, May 19. "
    "My job is to reopen that market, and that is what I am going to do. "
    "There is no reason to pour any wine away. "
    "Qessa has already agreed to accept our certificates from July 1. "
    "I spoke with the Delvarian trade commissioner on Sunday, and he has promised us "
    "full support. "
    "I want to thank the customs officers at Tarnek, who have been working through the "
    "night. "
    "If you see a lorry blocked at the border, do not approach it and do not try to move "
    "it yourself. "
    "I understand the anger, but I ask the growers not to block the bridge. "
    "Next month a trade mission will travel to Ostria and Qessa, where demand for our wine "
    "has grown quickly. "
    "None of this will replace the Delvarian market this year. "
    "It is a political measure, and it came two weeks after our parliament voted. "
    "Three dangerous men attacked a lorry driver at the border on Friday. "
    "That is almost 38 percent of all our wine exports and more than half of our exports "
    "of fresh fruit. "
    "That claim is not supported by any evidence that has been shown to us. "
    "We intend to open an office in Ostria by the end of the year. "
    "I am not saying that the trade agreement is dead.",
    title="Statement of the Trade Minister on the Ban on Wine Imports",
)


@pytest.fixture(scope="module")
def trade() -> SourceIndex:
    return SourceIndex([source_from_text(TRADE, id="trade.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "Our vintners have sold wine to Delvaria for over a century,",
        "For far too long, nearly a third of what our growers earned abroad came from a "
        "single buyer.",
        "Wine exports to Ostria have trebled over three years, though from a small base,",
        "Most of the wine is bottled and can be kept for a year or longer.",
        "Our lawyers are drafting the complaint at this moment, and it will be lodged by "
        "Tuesday, May 19, at the latest,",
        "My task is to reopen that market, and that is what I intend to do.",
        "Nobody needs to pour any wine away.",
        "From July 1, Qessa will already be accepting our certificates.",
        "On Sunday I talked to the Delvarian trade commissioner, and he pledged his full support.",
        "My thanks go to the customs officers at Tarnek, who have not stopped working since "
        "last night.",
        "Should you see a lorry blocked at the border, keep your distance and do not "
        "attempt to move it on your own.",
        "I get the anger, but I am asking the growers to leave the bridge alone.",
        "A trade mission will visit Ostria and Qessa next month, two countries where demand "
        "for our wine has been rising fast,",
    ],
)
def test_the_same_claim_in_a_second_translation_is_faithful(quote: str, trade: SourceIndex) -> None:
    v = verdict(trade, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("None of this will ever replace the Delvarian market.", "stronger-claim"),
        (
            "It is a purely political measure, and it came two weeks after our parliament voted.",
            "stronger-claim",
        ),
        ("Three killers attacked a lorry driver at the border on Friday.", "stronger-claim"),
        # the figure given to another thing the same sentence counts
        ("almost 38 percent of all our fresh fruit exports", "name-changed"),
        ("That claim is not supported by any evidence.", "condition-left-out"),
        ("We will open an office in Ostria by the end of the year.", "modality-changed"),
        # the same changes stay found: a hedge, a figure, a number of years
        ("Our vintners have sold wine to Delvaria for over a decade,", "number-changed"),
        ("Nearly a quarter of what our growers earned abroad came from one buyer.", None),
        ("Our lawyers will submit the complaint on Tuesday, May 19, at the latest.", None),
        ("I ask the growers to block the bridge.", "negation-removed"),
    ],
)
def test_the_changes_next_to_them_are_found(
    quote: str, rule: str | None, trade: SourceIndex
) -> None:
    v = verdict(trade, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)


def test_a_sentence_quoted_from_under_i_am_not_saying_is_altered(trade: SourceIndex) -> None:
    quote = "The trade agreement is dead."
    context = f'As for the agreement that parliament refused to sign, the minister said: "{quote}"'
    v = verdict(trade, quote, context)
    assert v.label == "altered", (v.rule, v.reasons)
    assert "negation" in v.reasons[0]


def test_a_sentence_quoted_whole_with_its_denial_is_verbatim(trade: SourceIndex) -> None:
    quote = "I am not saying that the trade agreement is dead."
    v = verdict(trade, quote, f'The minister said: "{quote}"')
    assert v.label == "verbatim", (v.rule, v.reasons)


def test_what_follows_not_but_is_said(trade: SourceIndex) -> None:
    index = SourceIndex(
        [
            source_from_text(
                statement_text(
                    SPEAKER,
                    "We met the growers on Monday. If they sell abroad, that is not a ban but "
                    "a second market, and the law allows it. Thank you.",
                ),
                id="growers.txt",
            )
        ]
    )
    context = 'She told the growers that selling abroad was "a second market" under the law.'
    v = verdict(index, "a second market", context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)
