"""A tenth set of forms a second translator uses, which a check read as a change: "would
take over 200 crossings" (a need, bounded), "the very pilots meant to guide it" for
"that were supposed to guide it", "in all likelihood" for "probably", "we have no
intention of closing" for "we do not intend to close", "gravely injured" for "seriously
injured", "rigged" for "manipulated", "On 6 March" for "On Friday, March 6", "Anyone who
booked online" for "if they booked online", "cannot be raised until … has been pumped
out" for "Before we can raise …, … must be pumped out", "four fishing boats" for "Four
of the damaged vessels were fishing boats", "two different things" for "not the same
thing", one "should" said for two coordinated clauses, "What escaped us" for "What we
did not know", "they get no sympathy from me" for "I have no sympathy for them", "may
not hold more than 40" for "may hold no more than 40", "on the verge of" for "close to",
"one or several" for "one or more", "I cannot believe" for "I do not believe", "by the
end of June" for "by June 30", "between shifts" for "between two shifts", "triple the
number" for "three times as many", "Whether it takes one month or three" for "it may
take a month, it may take three months", "tie the hands of" for "bind", "we believe" for
"we estimate"; a quote that ends before "and if I fail, then …" (a conditional sentence
of its own); and in a report's sentence: a date the report gives outside the quote
marks, and a condition it keeps by "while". The changes next to them are found: "I have
no intention of hiding" for "I will not hide" (a refusal softened, as "I do not intend
to" softens it), "critically" for "seriously", "an unforgivable failure" for "a serious
failure", "we will go to court" for "we are prepared to go to court", "we know" for "we
estimate", a "but only if" cut off, "a failure" for "a serious failure", "all of" for
"much of", "most ordinary passengers will not" for "no ordinary passenger will", another
day of the month, a condition the report does not keep, and a figure it does not give
(issue 3, point 2).

The statement is written for these tests: a ports minister after a ferry ran into a
quay.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Irena Volk"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

QUAY = statement_text(
    SPEAKER,
    "By sea, the same freight would need more than 200 ferry crossings a month. "
    "The ferry was let down by the pilots that were supposed to guide it. "
    "With the new radar, the crew would probably have seen the quay in time. "
    "I will not hide what went wrong. "
    "We do not intend to close the north quay. "
    "Two of the crew were seriously injured. "
    "The cargo records were manipulated by the shipping agent. "
    "I will stay and I will fix this, and if I fail, then the board will not need to "
    "dismiss me. "
    "We will repair the quay this year, but only if the insurer pays. "
    "As long as the quay is closed, the port loses up to 3 million korals a week. "
    "We have video showing that on March 3 the ferry left the harbour at full speed. "
    "On Friday, March 6, I suspended the harbour master. "
    "Passengers do not need to keep the paper ticket if they booked online. "
    "Before we can raise the ferry, the fuel that remains in its tanks must be pumped out. "
    "Four of the damaged vessels were fishing boats. "
    "Safety and speed are not the same thing. "
    "Passengers should book a seat only if they need one, and they should travel only with "
    "light luggage. "
    "What we did not know was that the radar had been switched off. "
    "The smugglers must be prosecuted, and I have no sympathy for them. "
    "That was a serious failure of the pilots. "
    "Much of the criticism is justified. "
    "No ordinary passenger will have to pay a fee. "
    "The north quay may hold no more than 40 containers. "
    "The talks with the shipowners were close to collapse. "
    "The closure of one or more of the old piers is not excluded. "
    "I do not believe that the pilots acted alone. "
    "The new ferry will be delivered by June 30. "
    "Every pilot is guaranteed at least 11 hours of rest between two shifts. "
    "In March the port handled almost 300 ships, three times as many as a year ago. "
    "The salvage may take a month, it may take three months, but the ferry will be raised. "
    "No new contract may be signed that would bind the next minister. "
    "If the insurer does not pay, we are prepared to go to court. "
    "We estimate that up to 40 containers fell into the harbour.",
    title="Statement of the Minister of Ports on the Ferry Accident at the North Quay",
)


@pytest.fixture(scope="module")
def quay() -> SourceIndex:
    return SourceIndex([source_from_text(QUAY, id="quay.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "Moving the same freight by sea would take over 200 ferry crossings a month.",
        "The ferry was let down by the very pilots meant to guide it.",
        "With the new radar, the crew would in all likelihood have seen the quay in time.",
        "We have no intention of closing the north quay.",
        "Two of the crew were gravely injured.",
        "The cargo records were rigged by the shipping agent.",
        "I will stay and I will fix this,",
        "On 6 March I suspended the harbour master.",
        "Anyone who booked online does not need to keep the paper ticket.",
        "The ferry cannot be raised until the remaining fuel has been pumped out of its tanks.",
        "Among the damaged vessels were four fishing boats.",
        "Safety and speed are two different things.",
        "Passengers should only book a seat if they need one, and travel only with light luggage.",
        "What escaped us was that the radar had been switched off.",
        "The smugglers must be prosecuted, and they get no sympathy from me.",
        "A lot of the criticism is justified.",
        "That was a grave failure of the pilots.",
        "The north quay may not hold more than 40 containers.",
        "The talks with the shipowners were on the verge of collapse.",
        "The closure of one or several of the old piers is not excluded.",
        "I cannot believe that the pilots acted alone.",
        "The new ferry will be delivered by the end of June.",
        "Every pilot is guaranteed a minimum of 11 hours' rest between shifts.",
        "In March the port handled close to 300 ships, triple the number of a year ago.",
        "Whether the salvage takes one month or three, the ferry will be raised.",
        "No new contract may be signed that would tie the hands of the next minister.",
        "We believe that up to 40 containers fell into the harbour.",
        "By our estimate, up to 40 containers fell into the harbour.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, quay: SourceIndex) -> None:
    v = verdict(quay, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        (
            "We have footage showing that the ferry left the harbour at full speed.",
            'On March 3, she added, "We have footage showing that the ferry left the harbour '
            'at full speed."',
        ),
        (
            "the port loses up to 3 million korals a week",
            'She said that while the quay is closed "the port loses up to 3 million korals a '
            'week".',
        ),
    ],
)
def test_a_report_sentence_that_keeps_the_claim_is_faithful(
    quote: str, context: str, quay: SourceIndex
) -> None:
    v = verdict(quay, quote, context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("Moving the same freight by sea would take 200 ferry crossings a month.", "hedge-dropped"),
        ("I have no intention of hiding what went wrong.", "modality-changed"),
        ("Two of the crew were critically injured.", "stronger-claim"),
        ("That was an unforgivable failure of the pilots.", "stronger-claim"),
        ("We will repair the quay this year,", "condition-left-out"),
        ("That was a failure of the pilots.", "weaker-claim"),
        ("All of the criticism is justified.", "quantifier-changed"),
        ("Most ordinary passengers will not have to pay a fee.", "quantifier-changed"),
        ("The north quay may hold more than 40 containers.", "hedge-dropped"),
        (
            "In March the port handled close to 300 ships, double the number of a year ago.",
            "number-dropped",
        ),
        ("If the insurer does not pay, we will go to court.", "modality-changed"),
        # the estimate, an opinion, made knowledge
        ("We know that up to 40 containers fell into the harbour.", "hedge-dropped"),
        ("On 7 March I suspended the harbour master.", "number-changed"),
        # without the report's "while", the condition is left out
        ("the port loses up to 3 million korals a week", "condition-left-out"),
    ],
)
def test_the_changes_next_to_them_are_found(quote: str, rule: str, quay: SourceIndex) -> None:
    v = verdict(quay, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_a_figure_outside_the_quote_must_be_the_sources(quay: SourceIndex) -> None:
    quote = "We have footage showing that the ferry left the harbour at full speed."
    kept = verdict(quay, quote, f'On March 3, she added, "{quote}"')
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)
    other = verdict(quay, quote, f'On March 4, she added, "{quote}"')
    assert other.label == "altered", (other.rule, other.reasons)
