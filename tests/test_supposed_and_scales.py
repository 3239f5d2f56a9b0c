"""Words the source only supposes or weighs, quoted as said (issue 3, point 2): the
clause of an "if" or of "I do not rule out that" quoted as a statement, a quote that
starts inside a condition, a "may" turned into "will", a thing to be considered turned
into a decision, a judgement or an assurance made stronger or weaker, a view of another
person named by office quoted as the speaker's, a claim added after a copied sentence.
And the second translator's forms that keep the claim: "never … so badly" for "the
worst … since", "no differently" for "the same", "nobody acted on" for "ignored", "not
before" for "only after", "none of" for "not", "nor can I exclude" for "I also do not
rule out", "should it emerge that" for "if", "could not" in reported speech, "whom he
should" for "whom to", "should be reported" for an order, a passive for an active, the
two of "between" swapped, "each" and "every" swapped, a country's possessive for its
demonym, a name moved and transliterated, a count fronted ("Of these, …"), and a number
spelled in a compound ("a twelve-year-old boy").

The statement is written for these tests: a transport minister after a bridge closure.
"""

from __future__ import annotations

import pytest

from factories import FAITHFUL
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Tomas Verhalj"

BRIDGE = (
    "News conference of the Minister of Transport of the Republic of Ostrevia, Tomas "
    "Verhalj, on the closure of the Danel bridge\n\n"
    "Kerin, Friday, March 6, 2026. Tomas Verhalj, Minister of Transport of the Republic of "
    "Ostrevia, spoke to reporters. This is the English translation published by the "
    "ministry.\n\n"
    f"{SPEAKER}: It is the worst damage the bridge has suffered since it was opened in 1961. "
    "Last year the inspectors warned the operator three times, and these warnings were "
    "ignored. "
    "I understand the anger of the drivers, and I would have felt the same in their place. "
    "The operator will decide about the tolls, and I hope it will decide only after the "
    "inquiry. "
    "The other cables have not been tested yet. "
    "I also do not rule out that the repairs will take longer than a year. "
    "If the engineers find that the piers are cracked, we will close the bridge for good. "
    "If the city wants to help the commuters, the ferry is the place to start. "
    "If the auditors find that we made an error in the toll tables, we will correct it the "
    "same day. "
    "If dust from the works reached the school, it may have caused the children's "
    "coughing. "
    "A director who hid the reports for a year cannot run the operator while the inquiry "
    "is going on. "
    "I will not tell the inspectors whom to question. "
    "If someone offers you a cheaper crossing permit, report it to the police. "
    "I have the inspection reports here, and I will publish them on Monday. "
    "Varenna has helped us, and I want to thank the Varennian transport minister for the "
    "cranes. "
    "Our engineers have worked between us and Varenna since the autumn of 2025. "
    "Inspectors of the Danel Authority checked every cable on both towers, and they spoke "
    "to each of the workers in private. "
    "The operator has confirmed only about 140 of these defects to the Authority. "
    "The youngest of the injured was a boy of 12 from Sarel. "
    "On Monday the director of the operator, Ivana Holčenko, offered me her resignation. "
    "I accepted it. "
    "The Finance Minister also demanded that the operator repay the subsidy and stop all "
    "dividends until the inquiry is finished. "
    "We will not do that. "
    "But the decision to reopen the bridge in January was wrong, and it was made without "
    "the data the operator had. "
    "What would be a scandal is to know about a crack and to keep quiet about it. "
    "The engineers believe that the northern pier is still sound. "
    "Varenna will keep its ferry running; its minister confirmed this to me yesterday. "
    "The state will not pay the operator's fines. "
    "We may open a temporary pontoon bridge in the summer. "
    "The government will consider compensation for shops that lost trade, but only for "
    "those shops. "
    "Every driver who paid a toll in February will receive a full refund, whether he "
    "crossed the bridge or not. "
    "We have nothing to hide, and the inspectors will help us prove it. "
    "Only drivers with a permit may cross the old bridge. "
    "Parking at the ferry is free and it is voluntary to use it. "
    "The water in the site tanks was not safe to drink. "
    "The evidence of neglect is overwhelming. "
    "I have suspended the operator's licence until the inquiry is completed. "
    "I take my share of responsibility for that. "
    "We would prefer an agreement with the operator, but I cannot exclude that we end up in "
    "court. "
    "Only after the inspectors present their findings will the government name those "
    "responsible. "
    "No lane will be reopened without the consent of the inspectors. "
    "We informed the city council on March 2, because it needed to close the riverside "
    "road. "
    "The hauliers' association says that the bridge was mismanaged, and that the tolls should "
    "be cut to one euro. "
    "If we give the hauliers a discount, every other group will ask for the same, and that "
    "would cost more than forty million. "
    "If Varenna can send pontoons, we will welcome them. "
    "Kovalen says that the bridge was never safe. "
    "That is not true.\n"
)


@pytest.fixture(scope="module")
def bridge() -> SourceIndex:
    return SourceIndex([source_from_text(BRIDGE, id="bridge.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        # "the worst damage … since" said as a comparison nothing earlier matched
        "Never since it was opened in 1961 has the bridge been damaged as badly as now.",
        # "nobody acted on" for "were ignored"
        "Last year the inspectors warned the operator three times, and nobody acted on "
        "these warnings.",
        # "no differently" for "the same"
        "I understand the anger of the drivers; in their position I would have felt no "
        "differently.",
        # "not before" for "only after"
        "The operator will decide about the tolls, and I hope it will not decide before the "
        "inquiry.",
        # "none of" for "have not"
        "None of the other cables has been tested yet.",
        # "nor can I exclude" for "I also do not rule out"
        "Nor can I exclude that the repairs will take longer than a year.",
        # "should it emerge that" for "if"
        "Should it emerge that dust from the works reached the school, it may have caused "
        "the children's coughing.",
        # "could not … was" in reported speech for "cannot … is"
        "could not run the operator while the inquiry was going on",
        # "whom they should question" for "whom to question"
        "I am not going to tell the inspectors whom they should question.",
        # an order rendered with "should"
        "Anyone who offers you a cheaper crossing permit should be reported to the police.",
        # the object of "I will publish them" made the subject of a passive
        "I have the inspection reports here, and they will be made public on Monday.",
        # a country's possessive for its demonym
        "Varenna has helped us, and I want to thank Varenna's transport minister for the cranes.",
        # the two of "between" swapped
        "Our engineers have been working between Varenna and ourselves since the autumn of 2025.",
        # "each" and "every" swapped
        "Inspectors of the Danel Authority checked each cable on both towers, and they spoke "
        "to every one of the workers in private.",
        # what the figure counts, fronted
        "Of these defects, the operator has confirmed only about 140 to the Authority.",
        # a number spelled in a compound
        "The youngest of the injured was a twelve-year-old boy from Sarel.",
        # the name moved and transliterated
        "On Monday Ivana Holchenko, director of the operator, offered me her resignation, "
        "which I accepted.",
        # "demonstrate" for "prove"
        "We have nothing to conceal, and the inspectors will help us demonstrate it.",
        # "nobody … unless" for "only"
        "Nobody may cross the old bridge unless they have a permit.",
        # "costs nothing" for "free", "nobody is forced" for "voluntary"
        "Parking at the ferry costs nothing, and nobody is forced to use it.",
        # "unfit" for "not safe"
        "The water in the site tanks was unfit for drinking.",
        # "they will be welcome" for "we will welcome them"
        "If Varenna can send pontoons, they will be welcome.",
        # one wish for another
        "We would rather reach an agreement with the operator, but I cannot exclude that we "
        "end up in court.",
    ],
)
def test_renderings_that_keep_the_claim(bridge: SourceIndex, quote: str) -> None:
    v = verdict(bridge, quote)
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "context", "rule"),
    [
        # the clause of "I also do not rule out that", quoted as a forecast
        (
            "the repairs will take longer than a year",
            'He warned that "the repairs will take longer than a year".',
            "modality-dropped",
        ),
        # the clause of an "if", quoted as a statement
        (
            "the city wants to help the commuters",
            'He said "the city wants to help the commuters" and that the ferry was the place '
            "to start.",
            "condition-left-out",
        ),
        # the main clause, its condition cut off
        ("we will close the bridge for good", None, "condition-left-out"),
        # a quote that takes the condition's object and leaves its verb behind
        (
            "We will correct the error in the toll tables the same day.",
            None,
            "condition-left-out",
        ),
    ],
)
def test_suppositions_quoted_as_said(
    bridge: SourceIndex, quote: str, context: str | None, rule: str
) -> None:
    v = verdict(bridge, quote, context)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_a_condition_kept_by_the_report_is_no_distortion(bridge: SourceIndex) -> None:
    v = verdict(
        bridge,
        "the city wants to help the commuters",
        'He said that if "the city wants to help the commuters", the ferry is the place to start.',
    )
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)
    v = verdict(
        bridge,
        "the repairs will take longer than a year",
        'He did not rule out that "the repairs will take longer than a year".',
    )
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a judgement softened and hardened
        (
            "But the decision to reopen the bridge in January was unfortunate, and it was "
            "made without the data the operator had.",
            "weaker-claim",
        ),
        (
            "But the decision to reopen the bridge in January was reckless, and it was made "
            "without the data the operator had.",
            "stronger-claim",
        ),
        (
            "What would be a crime is to know about a crack and to keep quiet about it.",
            "stronger-claim",
        ),
        # a belief made a certainty, a confirmation a guarantee
        ("The engineers are certain that the northern pier is still sound.", "stronger-claim"),
        (
            "Varenna will keep its ferry running; its minister guaranteed this to me yesterday.",
            "stronger-claim",
        ),
        # a refusal made a preference
        ("The state would rather not pay the operator's fines.", "modality-changed"),
        # "may" made "will", both verbs reworded
        ("In the summer we will put up a temporary pontoon bridge.", "modality-changed"),
        # overwhelming evidence made considerable, a suspension a revocation, a share of
        # responsibility the whole of it
        ("The evidence of neglect is considerable.", "weaker-claim"),
        (
            "I have revoked the operator's licence until the inquiry is completed.",
            "stronger-claim",
        ),
        ("I take full responsibility for that.", "quantifier-changed"),
        # a thing to be considered made a decision
        (
            "The government will compensate shops that lost trade, but only those shops.",
            "stronger-claim",
        ),
    ],
)
def test_claims_made_stronger_or_weaker(bridge: SourceIndex, quote: str, rule: str) -> None:
    v = verdict(bridge, quote)
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == rule, (v.rule, v.reasons)


def test_deliberation_kept_in_other_words(bridge: SourceIndex) -> None:
    v = verdict(bridge, "The government will look at compensation for shops that lost trade")
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


def test_a_claim_added_after_copied_words(bridge: SourceIndex) -> None:
    v = verdict(
        bridge,
        "Every driver who paid a toll in February will receive a full refund, whether he "
        "crossed the bridge or not, and a free pass for March.",
    )
    assert v.label == "altered", (v.label, v.rule, v.reasons)


def test_a_demand_of_someone_named_by_office_is_not_the_speakers(bridge: SourceIndex) -> None:
    v = verdict(
        bridge,
        "repay the subsidy and stop all dividends until the inquiry is finished",
        'Verhalj said the operator would "repay the subsidy and stop all dividends until the '
        'inquiry is finished".',
    )
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "context"


def test_a_short_sentence_joined_to_a_distant_one_is_a_splice(bridge: SourceIndex) -> None:
    v = verdict(bridge, "I accepted it, and I would have felt the same in their place.")
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "splice", (v.rule, v.reasons)
    v = verdict(
        bridge, "I understand the drivers' anger, and I would have felt the same in their place."
    )
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


def test_conditions_closed_without_a_comma(bridge: SourceIndex) -> None:
    # "Only after … will the government say": the inverted auxiliary closes the condition
    v = verdict(bridge, "The government will name those responsible.")
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "condition-left-out", (v.rule, v.reasons)
    # "none will be reopened without …": the exception of a negated claim
    v = verdict(bridge, "No lane will be reopened.")
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "condition-left-out", (v.rule, v.reasons)
    v = verdict(bridge, "No lane will be reopened without the inspectors' consent.")
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)


def test_a_view_the_speaker_reports_is_not_his_admission(bridge: SourceIndex) -> None:
    # a sentence that opens with the party's name, and a report that says he "sided with"
    v = verdict(
        bridge,
        "the bridge was never safe",
        'He even sided with his critics, saying "the bridge was never safe".',
    )
    assert v.label == "altered", (v.label, v.rule, v.reasons)
    assert v.rule == "context", (v.rule, v.reasons)


def test_an_editors_bracket_stands_for_the_words_it_replaces(bridge: SourceIndex) -> None:
    # "[the city council]" for "it": the date before "because it" is not quoted
    v = verdict(bridge, "[the city council] needed to close the riverside road")
    assert v.label == "edited", (v.label, v.rule, v.reasons)
    v = verdict(bridge, "[the city council] needed to close the riverside road on March 9")
    assert v.label == "altered", (v.label, v.rule, v.reasons)


def test_a_new_clause_after_the_others_wish_is_the_speakers(bridge: SourceIndex) -> None:
    # ", and that would cost": the speaker's own clause, which the report keeps
    # hypothetical with its own "would"
    v = verdict(
        bridge, "more than forty million", 'That, he said, would cost "more than forty million".'
    )
    assert v.label in FAITHFUL, (v.label, v.rule, v.reasons)
    # ", and that they …" goes on with the others' claim
    v = verdict(
        bridge,
        "the tolls should be cut to one euro",
        'He also said "the tolls should be cut to one euro".',
    )
    assert v.label == "altered", (v.label, v.rule, v.reasons)
