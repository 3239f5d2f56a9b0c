"""A sixth set of forms a second translator uses, which a check read as a change: "every
fifth" for "one in five", "most probable" for "most likely", "in 36 hours or less" for
"within 36 hours", "buy no more than they need" for "buy only what they need", "with no
need to go to court" for "without having to go to court", "plenty of it" for "no shortage
of it", "nobody's account" (a negation with a possessive), "still under way" for "not
finished", "Not since 1998 has … a harder week" for "the most difficult week since
1998", a passive with its agent ("has been asked by me" / "I have asked"; "was not
planned by us" / "we did not plan it"), a person named by the description beside the
name ("chaired by a retired judge" / "headed by Irma Solvik, a retired judge"), an
editor's bracket naming who "we" is, and a denied request that is no one else's view
("The Fund has not asked for a freeze"). The changes next to them are found: a request
turned around (who asked whom), "hardly" for "not", "slashed" for "reduced", a hedge
dropped where the quote's passage starts after the figure, and another's belief cut off
("The police believe …") (issue 3, point 2).

The statement is written for these tests: a central bank governor during a run on the
currency.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Halvard Omsted"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

BANK = statement_text(
    SPEAKER,
    "From June 1, inspectors will check at least one in five transfers abroad, instead of "
    "one in twenty today. "
    "At this stage, a software fault is the most likely cause. "
    "The new terminals could be running within 36 hours. "
    "If people withdraw only what they need, the queues will disappear within a few days. "
    "Each saver will be repaid within 30 days, without having to go to court. "
    "Cash is safe, and there is no shortage of it at the branches. "
    "There will be no freezing of deposits, and no forced conversion of savings accounts. "
    "The review is not finished, and I do not rule out that there were other causes as "
    "well. "
    "This has been the most difficult week for our currency since 1998. "
    "I have also asked Mr Tarnvik to meet the savers in person. "
    "We did not want this fall, and we did not plan it. "
    "That is why the board today appointed a panel headed by Irma Solvik, a retired judge "
    "of the Supreme Court. "
    "What we have done is ask the banks to report every large transfer within one day. "
    "The Fund has not asked for a freeze on wages, and I would not support one. "
    "The Central Bank has asked the commercial banks to keep their branches open on "
    "Saturday. "
    "A country that cannot pay for its imports is not independent. "
    "The Fund wants the deficit reduced, and there are many ways to do that. "
    "For about 2.4 million savers, the outage also froze the mobile payments. "
    "The police believe the group behind the rumours has about ten members.",
    title="Statement of the Governor of the Central Bank on the Run on the Currency",
)


@pytest.fixture(scope="module")
def bank() -> SourceIndex:
    return SourceIndex([source_from_text(BANK, id="bank.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "Starting June 1, at least every fifth transfer abroad will be checked, compared "
        "with every twentieth today.",
        "At this stage a software fault is the most probable cause.",
        "The new terminals might be running in 36 hours or less,",
        "Provided people withdraw no more than they need, the queues will be gone in a few days.",
        "Every saver will be repaid within 30 days, with no need to go to court,",
        "Cash is safe, and the branches have plenty of it.",
        "Deposits will not be frozen, and nobody's savings account will be forcibly converted,",
        "The review is still under way, and other causes cannot be excluded.",
        "Not since 1998 has our currency gone through a harder week,",
        "Mr Tarnvik has also been asked by me to meet the savers in person,",
        "This fall was neither wanted nor planned by us.",
        "That is why the board today set up a panel chaired by a retired Supreme Court judge,",
        "What [the Central Bank has] done is ask the banks to report every large transfer "
        "within one day.",
        "No wage freeze has been requested by the Fund, and I would not back one.",
    ],
)
def test_the_same_claim_in_a_second_translation_is_faithful(quote: str, bank: SourceIndex) -> None:
    v = verdict(bank, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "The commercial banks have asked the Central Bank to keep their branches open on "
            "Saturday.",
            "roles-reversed",
        ),
        ("Mr Tarnvik has also asked me to meet the savers in person,", "roles-reversed"),
        ("A country that cannot pay for its imports is hardly independent.", "weaker-claim"),
        (
            "The Fund wants the deficit slashed, and there are many ways to do that.",
            "stronger-claim",
        ),
        ("the outage also froze the mobile payments of 2.4 million savers", "hedge-dropped"),
        ("The group behind the rumours has about ten members.", "stronger-claim"),
        # the same changes stay found: another share, a hedge added, a qualifier left out
        (
            "Starting June 1, at least every fourth transfer abroad will be checked.",
            "number-changed",
        ),
        ("The new terminals will be running in 36 hours or more.", None),
        ("If people withdraw money, the queues will disappear within a few days.", None),
        ("The review is finished, and I do not rule out other causes.", "negation-removed"),
    ],
)
def test_the_changes_next_to_them_are_found(
    quote: str, rule: str | None, bank: SourceIndex
) -> None:
    v = verdict(bank, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    if rule is not None:
        assert v.rule == rule, (v.rule, v.reasons)


def test_a_request_reported_the_same_way_round_is_faithful(bank: SourceIndex) -> None:
    v = verdict(
        bank,
        "The Central Bank has urged the commercial banks to keep their branches open on Saturday.",
    )
    assert v.label in FAITHFUL, (v.rule, v.reasons)
