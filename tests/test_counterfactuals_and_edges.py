"""A second translator's forms that keep the claim, next to the distortions they look
like (issue 3, point 2): "had it not been for" for "without", "would not have" for
"could not have", "must never be allowed to" for "must never", "close to normal" for
"almost back to normal", a time of day in figures for one in words ("9.10 in the
evening" / "ten past nine in the evening"), "not … until" for "only at", "every kovar"
for "entirely", "according to X" for "X believe", "the three" for "they" after "three
men"; and the distortions: a negation or quantifier at a sentence's start changed ("Only
one hospital" / "Not a single hospital"), a quote whose words, read across a sentence
break, hide the one sentence it reverses, an attribution left out ("according to our
information", "in the view of our security services"), an added word of intent or an
added item of a list, a claim the speaker reported as heard made his own, and who did
what to whom turned round where a possessor or a counted group is one of the parties.

The statement is written for these tests: a labour minister after a port strike.
"""

from __future__ import annotations

import pytest

from factories import FAITHFUL
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Vesna Korlat"

PORTS = (
    "News conference of the Minister of Labour of the Republic of Dravenia, Vesna Korlat, on "
    "the end of the port strike\n\n"
    "Lissa, Tuesday, June 2, 2026. Vesna Korlat, Minister of Labour of the Republic of "
    "Dravenia, spoke to reporters. This is the English translation published by the "
    "ministry.\n\n"
    f"{SPEAKER}: On Monday, at ten past three in the morning, the union and the employers "
    "signed an agreement that ended the strike. "
    "Not a single hospital ran out of medicines, because the union agreed to an emergency "
    "corridor for medicines and fuel. "
    "The Prime Minister spoke with both sides once. "
    "Everything else was negotiated by the mediator, not by the Prime Minister. "
    "Without his patience there would be no agreement today. "
    "But a strike that stops the trade of the whole country for three weeks must never "
    "become normal. "
    "Until the end of 2028 there can be no strike over wages in our ports. "
    "The wage increase will be paid entirely by the port companies, and not a single kovar "
    "will come from the state budget. "
    "We expect exports to be close to normal again in July. "
    "The ministry was informed only at ten past nine in the evening, more than seven hours "
    "later. "
    "We could not have done this alone. "
    "Some economists say the increase will ruin the ports. "
    "I understand that argument, but I do not accept it for our ports. "
    "I have not seen any such document, and nobody in my office has told me about one. "
    "Our inspectors and the port police believe that at least four of the cranes were "
    "damaged deliberately. "
    "Yesterday the police arrested three men at the Harbour Gate. "
    "They are held on suspicion of sabotage, and the prosecutor will ask the court on "
    "Friday to keep them in custody. "
    "According to the police, the three passed the crane codes to a foreign company for "
    "almost a year. "
    "At least nine of the twenty damaged cranes are, according to our information, older "
    "than thirty years. "
    "The evidence that the cranes were tampered with is, in the view of our inspectors, "
    "overwhelming. "
    "The alarm that should have warned the control room had been switched off. "
    "Children under three and elderly people should stay away from the quays. "
    "I have also heard the claim that the agreement is our revenge on the shipping lines. "
    "That is nonsense. "
    "We will not ask for sanctions against the shipping lines at this stage. "
    "We will ask our partners to share information. "
    "The union leader has also demanded my resignation. "
    "Yesterday, at my request, the supervisory board suspended the director of the port "
    "company.\n"
)


@pytest.fixture(scope="module")
def ports() -> SourceIndex:
    return SourceIndex([source_from_text(PORTS, id="ports.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        # "had it not been for" is "without"
        "There would be no deal today had it not been for his patience.",
        # what must not be let happen must not happen
        "A strike that brings the entire country's trade to a standstill for three weeks "
        "must never be allowed to become the norm.",
        # "can follow" a reasoning is to understand it
        "I can follow that reasoning, but for our ports I reject it.",
        # "every kovar … borne by" for "paid entirely by", the negation kept
        "Every kovar of the pay rise will be borne by the port companies; the state budget "
        "will not contribute a single one.",
        # "close to normal" is "almost back to normal"
        "In July, we expect exports to be almost back to normal.",
        # the same time of day in figures, "not … until" for "only at"
        "The ministry was not told until 9.10 in the evening, over seven hours afterwards.",
        # "ten minutes past three" for "ten past three in the morning"
        "The union and the employers signed an agreement ending the strike at ten minutes "
        "past three on Monday morning.",
        # "would not have" for "could not have", a counterfactual denied
        "We would not have managed this on our own.",
        # "never … such" for "not … any such", in the perfect
        "I have never seen such a document, and no one in my office has mentioned one to me.",
        # "according to X" for "X believe"
        "According to our inspectors and the port police, at least four of the cranes were "
        "damaged on purpose.",
        # "the three" for "they", after "three men"
        "The three are being held on suspicion of sabotage, and on Friday the prosecutor will "
        "ask the court to keep them in custody.",
        # "older" for "elderly": the parse of the list is no reversal
        "Children under three and older people should stay away from the quays.",
    ],
)
def test_renderings_that_keep_the_claim(ports: SourceIndex, quote: str) -> None:
    v = verdict(ports, quote)
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a sentence's first words changed: the negation and the quantifier
        (
            "Only one hospital ran short of medicines, because the union consented to an "
            "emergency corridor for medicines and fuel.",
            "negation-removed",
        ),
        ("Most of the rest was negotiated by the mediator.", "quantifier-changed"),
        # "at this stage. We will ask" read across the break hides the sentence reversed
        ("At this stage we will ask for sanctions against the shipping lines.", "negation-removed"),
        # an attribution left out inside the passage, and at its end
        (
            "At least nine of the twenty damaged cranes are older than thirty years.",
            "stronger-claim",
        ),
        ("The evidence that the cranes were tampered with is overwhelming.", "stronger-claim"),
        # one added word of intent (a loaded word: a stronger claim); one added item of a
        # list
        (
            "The alarm that should have warned the control room had been deliberately switched "
            "off.",
            "stronger-claim",
        ),
        (
            "Until the end of 2028 there can be no strike over wages or jobs in our ports.",
            "claim-added",
        ),
        # a time of day changed, in words
        (
            "The ministry was informed only at twenty past nine in the evening.",
            "number-changed",
        ),
    ],
)
def test_distortions_found(ports: SourceIndex, quote: str, rule: str) -> None:
    v = verdict(ports, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


@pytest.mark.parametrize(
    "quote",
    [
        # a possessor is a party: "my resignation", "at my request"
        "I have demanded the union leader's resignation.",
        "Yesterday, at the request of the supervisory board, I suspended the director of the "
        "port company.",
        # a counted group is a party: "the three"
        "According to the police, a foreign company passed the crane codes to the three for "
        "almost a year.",
    ],
)
def test_who_did_what_to_whom_turned_round(ports: SourceIndex, quote: str) -> None:
    v = verdict(ports, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "roles-reversed", (v.rule, v.reasons)


def test_a_claim_the_speaker_reported_as_heard_is_not_his_own(ports: SourceIndex) -> None:
    quote = "our revenge on the shipping lines"
    own = verdict(ports, quote, f'She admitted the agreement was "{quote}".')
    assert own.label == "altered" and own.rule == "context", (own.label, own.rule)
    kept = verdict(ports, quote, f'She dismissed the claim that the agreement was "{quote}".')
    assert kept.label in FAITHFUL, (kept.label, kept.reasons)
