"""A twelfth set of forms a second translator uses, which a check read as a change: "We
have no indication that" for "We have no information that", "wherever they can" for
"where possible", "I will say this first" for "I want to say at the start", "I must tell
you frankly" for "I have to be honest", "has no right to act surprised" for "should not
be surprised", "were supposed to sail" for "were due to sail", an order ("keep it
frozen") for "you should keep it frozen", "the absence of proof" for "no evidence", "it
will stay off the agenda" for "it will not be discussed", "for that reason" for "that is
exactly why", "therefore" for a sentence's "So", "Any harbour that runs low" for "If any
harbour runs short", "make … public unless we paid" for "publish … if we did not pay",
a date moved to the front ("By 5 June, …"), "not to me" for "not for me", a weekday kept
without its date, an aside left out by an ellipsis before a figure, "is not something I
can promise" for "I cannot promise", "…, the Institute says" for "According to the
Institute", "partial" for "incomplete", "they will not be available" for "we will not
have them"; and in a report's sentence: the group a condition picks out and a
counterfactual of the report's own. From heldout120-127 (opened a session later):
"unrelated to" for "have nothing to do with", "not what I would prefer" for "not my
preferred choice", "the bulk of it" for "mostly", "the two of us" for "we", "weighing
more than" for "heavier than", "will be able to see" for "will have access to", "later
than it should have been" for "too late", "This year" for the statement's own year, "more than a fish" for "not just a fish", "in under an hour" for "within an hour",
"is expected by October 23" for "expect to deliver by October 23", "[the Ministry]" for
"we", "as a result" for a "because of this" just past the words quoted; and
found there: a figure right after a clock time ("at 6:44, four minutes after"), "Part of"
cut off, "only" for "not only", two places swapped in the form of their
demonyms. The changes next to them are found: "We have no evidence that" left out, "have
established" for "believe", "refused" for "agreed to", "Some" cut off at the quote's
start, and the speaker's "we" made the doer of the other side's act (issue 3, point 2).

The statement is written for these tests: a fisheries minister after a fishing bank was
closed.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Ivo Marend"
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")

BANK = statement_text(
    SPEAKER,
    "We closed the Kessel Bank to all trawlers on May 18. "
    "We have no evidence that any vessel of ours entered Dravonian waters. "
    "We have no information that the cod stock has collapsed. "
    "Boats should return to port where possible until the storm has passed. "
    "Our scientists believe the stock fell because the water warmed. "
    "The union asked for a seat on the monitoring board, and I have agreed to that. "
    "I want to say at the start that no fisherman will lose his licence. "
    "On compensation, I have to be honest: that is a matter for the courts, not for the "
    "Ministry. "
    "If the Government does not fund the patrols, then it should not be surprised when the "
    "next incident comes. "
    "About 300 trawlers were due to sail on Monday. "
    "If your catch cannot be sold, you should keep it frozen until the inspectors have seen "
    "it. "
    "No evidence of harm is not the same as no risk. "
    "Quotas for 2027 were not discussed in Lerwick, and they will not be discussed as long "
    "as Dravonia denies the facts. "
    "The mediator was neutral, and that is exactly why both sides trusted it. "
    "The fund is empty. So I do not count on that money. "
    "If any harbour runs short of ice, it must tell us immediately. "
    "If your neighbour is a fisherman, please call on him today and ask how he is. "
    "Some harbours reported shortages of ice last week. "
    "Dravonia signed a similar pledge in 2024 and broke it after six weeks. "
    "In the night from Sunday, May 17, to Monday, May 18, two of our trawlers were boarded. "
    "They threatened to publish the names of our skippers if we did not pay. "
    "Every skipper whose boat was damaged will receive a letter by June 5. "
    "Whether the captain broke the law is for the court to decide, not for me. "
    "Fourth, the whole fleet, with 240 vessels and more than 3,000 crew, had only four "
    "inspectors. "
    "If we had closed the bank at once, about 2,000 families would have lost their income "
    "overnight. "
    "I cannot promise when the bank will reopen. "
    "The count must be repeated in every harbour next month. "
    "According to the Marine Institute, more than 40 percent of the cod in the bank are "
    "under age. "
    "If we had published incomplete counts, we would have frightened every harbour for "
    "nothing. "
    "If we do not repair those boats now, we will not have them when the next storm comes. "
    "The first patrol boat reached the bank at 6:44, two minutes after the alarm. "
    "Retailers must not raise prices on goods that have nothing to do with the catch. "
    "A ban is not my preferred choice, because our buyers have contracts to honour. "
    "The worst hit is the port of Velsk, where the catch fell by more than 40 percent, "
    "mostly cod. "
    "On June 3 I spoke with the Dravonian Minister of Fisheries, Ana Kost, and we agreed on "
    "a joint patrol. "
    "From today, boats heavier than 40 tonnes must stay in port. "
    "The inquiry will have access to every logbook held by the Ministry. "
    "The harbour was closed at 6:51, in my view at least four minutes too late. "
    "The total allowable catch of cod in 2026 will be cut from 24,000 tonnes to 9,500 "
    "tonnes. "
    "Part of this rise in fish prices is speculation, not a real shortage. "
    "Norvalia will pay for 40 percent of the patrols on the Dravonian side of the bank. "
    "For many families on the coast, cod is not just a fish; it is their whole livelihood. "
    "The closure is not only our decision; the Commission asked for it too. "
    "Within an hour, more than 60 inspectors were on the quay. "
    "The scientists expect to deliver their report on the Kessel Bank by October 23. "
    "I have asked the Ministry's lawyers to examine whether we can cancel the licences. "
    "The money will come from the Ministry's reserve, and no harbour will lose a single "
    "krona from its budget because of this.",
    title="Statement of the Minister of Fisheries of Norvalia on the Closure of the Kessel Bank",
)


@pytest.fixture(scope="module")
def bank() -> SourceIndex:
    return SourceIndex([source_from_text(BANK, id="bank.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        "We have no indication that the cod stock has collapsed.",
        "Boats ought to return to port wherever they can until the storm has passed.",
        "I will say this first: no fisherman will lose his licence.",
        "As for compensation, I must tell you frankly that this is for the courts to decide, "
        "not for the Ministry.",
        "A Government that won't pay for the patrols has no right to act surprised when the "
        "next incident arrives.",
        "About 300 trawlers were supposed to sail on Monday.",
        "Should you be unable to sell your catch, keep it frozen until the inspectors have seen "
        "it.",
        "The absence of proof of harm does not mean the absence of risk.",
        "In Lerwick the question of quotas for 2027 was not on the agenda, and it will stay off "
        "the agenda for as long as Dravonia denies the facts.",
        "The mediator was neutral, and it is precisely for that reason that it enjoyed the "
        "trust of both.",
        "I am therefore not relying on that money.",
        "Any harbour that runs low on ice must alert us at once.",
        "They threatened to make our skippers' names public unless we paid.",
        "By 5 June, every skipper whose boat was damaged will get a letter.",
        "It is up to the court, not to me, to decide whether the captain broke the law.",
        "During the night from Sunday 17 May into Monday, two of our trawlers were boarded.",
        "the whole fleet ... had only four inspectors",
        "When the bank reopens is not something I can promise.",
        "More than 40 percent of the cod in the bank are under age, the Marine Institute says.",
        "If we had published partial counts, we would have frightened every harbour for nothing.",
        "Unless those boats are repaired now, they will not be available when the next storm "
        "comes.",
        # from heldout120-123
        "Retailers must not raise prices on goods unrelated to the catch.",
        "A ban is not what I would prefer, since our buyers have contracts to honour.",
        "The port of Velsk has suffered most, with the catch down by more than 40 percent, the "
        "bulk of it cod.",
        "On 3 June I had a conversation with Ana Kost, Dravonia's fisheries minister, and the "
        "two of us settled on a joint patrol.",
        "As of today, any boat weighing more than 40 tonnes has to stay in port.",
        "The inquiry will be able to see every logbook in the possession of the Ministry.",
        "The harbour was shut at 6:51, in my opinion no less than four minutes later than it "
        "should have been.",
        "This year the total permissible catch of cod will be reduced from 24,000 to 9,500 tonnes.",
        "For many families on the coast, cod is more than a fish - it is everything they live on.",
        # from heldout124-127
        "In under an hour there were over 60 inspectors on the quay.",
        "The scientists' report on the Kessel Bank is expected by October 23.",
        "I have asked the Ministry's lawyers to examine whether [the Ministry] can cancel the "
        "licences.",
        "The cost will be covered from the Ministry's reserve, and not one harbour will see its "
        "budget cut by a single krona as a result.",
    ],
)
def test_a_second_translators_forms_are_faithful(quote: str, bank: SourceIndex) -> None:
    v = verdict(bank, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        (
            "call on him today and ask how he is",
            'His message to readers whose neighbour is a fisherman: "call on him today and ask '
            'how he is".',
        ),
        (
            "about 2,000 families would have lost their income overnight",
            'He said an immediate closure would have been ruinous: "about 2,000 families would '
            'have lost their income overnight".',
        ),
    ],
)
def test_a_report_sentence_that_keeps_the_claim_is_faithful(
    quote: str, context: str, bank: SourceIndex
) -> None:
    v = verdict(bank, quote, context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # (the "any" of "no evidence that any" becomes the quote's "No")
        ("No vessel of ours entered Dravonian waters.", ("hedge-dropped", "negation-added")),
        ("Our scientists have established that the stock fell because the water warmed.",
         "stronger-claim"),
        ("The union asked for a seat on the monitoring board, and I have refused that.",
         "reversed"),
        ("Harbours reported shortages of ice last week.", "stronger-claim"),
        ("We signed a similar pledge in 2024 and broke it six weeks later.", "person-changed"),
        # from heldout120-123
        ("This rise in fish prices is speculation, not a real shortage.", "stronger-claim"),
        ("Dravonia will pay for 40 percent of the patrols on the Norvalian side of the bank.",
         "roles-reversed"),
        ("For many families on the coast, cod is just a fish.", "negation-removed"),
        # "not only" with its "not" dropped is a denial dropped, not an edit
        ("The closure is only our decision.", "negation-removed"),
        ("The scientists will deliver their report on the Kessel Bank by October 23.",
         "modality-changed"),
        # without the report's words for whom it holds, the condition is left out
        ("call on him today and ask how he is", "condition-left-out"),
    ],
)  # fmt: skip
def test_the_changes_next_to_them_are_found(
    quote: str, rule: str | tuple[str, ...], bank: SourceIndex
) -> None:
    v = verdict(bank, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule in ((rule,) if isinstance(rule, str) else rule), (v.rule, v.reasons)


def test_a_fragment_inside_the_reports_sentence_keeps_its_cut(bank: SourceIndex) -> None:
    # lower case: the report's own sentence may say "some" ("in some of them, 'harbours
    # reported …'"); only a quote that opens as a sentence drops the limit
    quote = "harbours reported shortages of ice last week"
    v = verdict(bank, quote, f'In the north, he said, "{quote}".')
    assert v.rule != "stronger-claim", (v.rule, v.reasons)


def test_a_modal_of_intent_is_still_compared_when_no_speech_act_follows(
    bank: SourceIndex,
) -> None:
    # "I want to say" frames a speech act; "I will close" is a promise of its own
    v = verdict(bank, "I will close the Kessel Bank to all trawlers.")
    assert v.label != "verbatim", (v.rule, v.reasons)


def test_a_speech_act_is_the_speakers_own(bank: SourceIndex) -> None:
    # a passive "repeated" is no speech act of the speaker's: "must" → "may" is a change
    v = verdict(bank, "The count may be repeated in every harbour next month.")
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "modality-changed", (v.rule, v.reasons)


def test_a_schedule_is_not_a_promise(bank: SourceIndex) -> None:
    v = verdict(bank, "About 300 trawlers will sail on Monday.")
    assert v.label == "altered", (v.rule, v.reasons)


def test_a_date_moved_to_the_front_keeps_its_day(bank: SourceIndex) -> None:
    v = verdict(bank, "By 15 June, every skipper whose boat was damaged will get a letter.")
    assert v.label == "altered", (v.rule, v.reasons)


def test_a_relative_clause_that_leaves_out_part_of_the_condition_is_found(
    bank: SourceIndex,
) -> None:
    # "If any harbour runs short of ice" said of any harbour "that asks for help"
    v = verdict(bank, "Any harbour that asks for help must tell us immediately.")
    assert v.label == "altered", (v.rule, v.reasons)


def test_a_figure_right_after_a_clock_time_is_compared(bank: SourceIndex) -> None:
    # the clock "6:44" is one token: the figure after it is read, not skipped
    v = verdict(
        bank, "The first patrol boat reached the bank at 6:44, four minutes after the alarm."
    )
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule == "number-changed", (v.rule, v.reasons)
    kept = verdict(
        bank, "The first patrol boat reached the bank at 6:44, two minutes after the alarm."
    )
    assert kept.label == "verbatim", (kept.rule, kept.reasons)


def test_a_year_said_as_this_year_must_be_the_statements_own(bank: SourceIndex) -> None:
    # the statement is dated 2026: "next year" is not "in 2026"
    v = verdict(
        bank,
        "Next year the total permissible catch of cod will be reduced from 24,000 to 9,500 tonnes.",
    )
    assert v.label == "altered", (v.rule, v.reasons)


def test_the_two_of_us_is_no_figure_but_two_countries_are_counted(bank: SourceIndex) -> None:
    v = verdict(
        bank, "On June 3 I spoke with two Dravonian ministers, and we agreed on a joint patrol."
    )
    assert v.label == "altered", (v.rule, v.reasons)
