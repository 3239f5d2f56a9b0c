"""A second translator's forms that keep the claim (a hedge after its figure, "hardly any"
for "almost without", "breaks its word" for "does not keep its word", "should not" for an
imperative "do not", "on Thursday afternoon" for "this afternoon"), next to distortions
that only change a degree or a cut (an intensifier added, a comparative made absolute, a
quote that starts inside a condition or after "I do not rule out that", figures that
changed verbs) (issue 3, point 2).

The statement is written for these tests: a port authority's director after a ferry fire.
"""

from __future__ import annotations

import importlib

import pytest

from factories import FAITHFUL, statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Irena Vukasova"

FERRY = statement_text(
    SPEAKER,
    "On the night of the fire, only seven crew members were on duty on a ship that should "
    "have had at least fifteen. "
    "A lifeboat and about 100 life jackets were taken from a store near Kalden, twelve "
    "kilometres from the port. "
    "Every lorry is being checked, and I ask drivers for patience, because waiting times may "
    "reach up to two hours. "
    "If you see smoke on the quay, do not approach it and do not try to put it out. "
    "The second part of the board's decision concerns the crews. "
    "If the operator does not keep its word, the blame will be the operator's, not the port's. "
    "Closing the north quay costs us very little, because it was built for ships nobody sails "
    "any more. "
    "The work of the firefighters was not in vain. "
    "I want to thank the firefighters who have been working for more than 30 hours almost "
    "without rest. "
    "As of two o'clock this afternoon, eleven of the fourteen missing have been found. "
    "We will not stop until all fourteen are back with their families. "
    "The passengers on the ferry are safe. "
    "The harbour will be safer when the tankers are moored further out. "
    "The old cranes are dangerous. "
    "The alarm system of this ship failed. "
    "The sprinklers on the car deck had not worked for nine days before the fire. "
    "The operator's claim is false. "
    "We expect a written report before the hearing in Selvik. "
    "The first findings point to a fault in a refrigerated lorry. "
    "If the last three are not found by Sunday, I will ask the navy to search the bay. "
    "I do not rule out that we will close the port if the wind turns. "
    "It has also been said that the captain left the ship first. "
    "We have no information that confirms this. "
    "Second, it must pay the families of the crew, without conditions. "
    "On Monday we will send 60 firefighters to Kalden and receive 40 from Selvik. "
    "The operator's insurance was cut by about 10 percent in 2025. "
    "We will pay our debts to the suppliers. "
    "At this moment I can neither confirm nor deny it. "
    "At 6:15 on Monday morning I took the decision to close the quay. "
    "But I will not resign before the inquiry, because that would help nobody. "
    "They told me that they may move the regatta by one week, but they have not yet decided. "
    "The 2019 accord allows local boats to fish in the bay. "
    "The injured were taken to hospitals in Sedlin, Kalden and Ostrun, and the hospital in "
    "Kalden alone received 38 patients. "
    "The mayor, Tomas Hradil, wants me to resign. He says that I have lost control of the port.",
    title="Statement of the Port Authority",
)


@pytest.fixture(scope="module")
def port() -> SourceIndex:
    return SourceIndex([source_from_text(FERRY, id="port.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        # a hedge after its figure
        "On the night of the fire just seven crew members were working on a ship where there "
        "ought to have been fifteen at minimum,",
        # "close to" a place is no hedge
        "A lifeboat and roughly 100 life jackets were stolen from a store close to Kalden, "
        "twelve kilometres from the port.",
        # "for as long as two hours" bounds a figure; "may have to wait" keeps "may"
        "All lorries are being inspected, and I would ask drivers to be patient, since they "
        "may have to wait for as long as two hours.",
        # an imperative prohibition rendered with "should not"
        "Anyone who sees smoke on the quay should not go near it and should not try to put it out.",
        # "has to do with" is "concerns"
        "The second element of the board's decision has to do with the crews.",
        # a negated verb rendered as its opposite
        "If the operator breaks its word, the blame will be the operator's, not the port's.",
        # "hardly … anything" for "very little"; "for nothing" for "in vain"
        "Closing the north quay hardly costs us anything, because it was built for ships "
        "nobody sails any more.",
        "The work of the firefighters was not for nothing.",
        # "hardly any" for "almost without"
        "I would like to thank the firefighters who have worked for more than 30 hours with "
        "hardly any rest.",
        # a time of day in words
        "It was at a quarter past six on Monday morning that I decided to close the quay.",
        # "so I will not do it": the negated verb said earlier in other words
        "Stepping down before the inquiry would help no one, so I will not do it.",
        # the alignment stops one word short of the source's "not"
        "According to them, the regatta could be pushed back a week, though no decision has "
        "been made.",
        # a verb of permission is the other side's "may"
        "The 2019 accord, under which local boats may fish in the bay,",
        # the statement was given on a Thursday
        "By two o'clock on Thursday afternoon, eleven of the fourteen missing had been found.",
    ],
)
def test_the_same_claim_in_other_forms_is_faithful(quote: str, port: SourceIndex) -> None:
    v = verdict(port, quote)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "On the night of the fire just seven crew members were working on a ship where there "
            "ought to have been fifteen.",
            "hedge",
        ),
        ("Anyone who sees smoke on the quay should go near it.", "modality"),
        (
            "If the operator keeps its word, the blame will be the operator's, not the port's.",
            "negation",
        ),
        (
            "I would like to thank the firefighters who have worked for more than 30 hours "
            "without rest.",
            "hedge",
        ),
        (
            "By two o'clock on Friday afternoon, eleven of the fourteen missing had been found.",
            "date",
        ),
        (
            "It was at a quarter to six on Monday morning that I decided to close the quay.",
            "number",
        ),
        ("Stepping down before the inquiry would help no one, so I will do it.", "negation"),
        # degree
        ("The old cranes are extremely dangerous.", "stronger"),
        ("The alarm system of this ship failed completely.", "stronger"),
        ("The harbour will be safe when the tankers are moored further out.", "stronger"),
        ("The passengers on the ferry are safer.", "weaker"),
        (
            "The sprinklers on the car deck had not worked properly for nine days before the fire.",
            "weaker",
        ),
        ("The operator's claim is misleading.", "weaker"),
        ("We demand a written report before the hearing in Selvik.", "stronger"),
        ("The first findings prove a fault in a refrigerated lorry.", "stronger"),
        # who and which figure
        ("Second, we must pay the families of the crew, without conditions.", "person"),
        (
            "On Monday we will receive 60 firefighters from Kalden and send 40 to Selvik.",
            "reversed",
        ),
    ],
)
def test_a_changed_claim_is_caught(quote: str, rule: str, port: SourceIndex) -> None:
    v = verdict(port, quote)
    assert v.label == "altered", (v.rule, v.reasons)
    assert v.rule.startswith(rule), (v.rule, v.reasons)


def test_a_consequence_the_source_does_not_draw_is_a_cause_added(port: SourceIndex) -> None:
    v = verdict(
        port,
        "The operator's insurance was cut by around 10 percent in 2025, which is why the "
        "firefighters came late.",
    )
    assert v.label == "altered", (v.rule, v.reasons)
    assert any(r.startswith("cause added: 'which is why") for r in v.reasons), v.reasons


def test_a_quote_that_starts_inside_a_condition_drops_it(port: SourceIndex) -> None:
    v = verdict(port, "By Sunday, I will ask the navy to search the bay.")
    assert v.label == "altered" and v.rule == "condition-left-out", (v.rule, v.reasons)
    assert "If the last three are not found by Sunday" in v.reasons[0]


def test_a_quote_cut_after_i_do_not_rule_out_states_a_plan(port: SourceIndex) -> None:
    v = verdict(port, "We will close the port if the wind turns.")
    assert v.label == "altered", (v.rule, v.reasons)
    assert "I do not rule out that" in v.reasons[0]


def test_a_fragment_in_a_clause_of_its_own_is_not_under_the_negation(port: SourceIndex) -> None:
    context = 'She vowed to keep searching until all of them are "back with their families".'
    v = verdict(port, "back with their families", context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


@pytest.mark.parametrize(
    ("quote", "as_own", "as_theirs"),
    [
        # "It has also been said that …": a view of nobody named
        (
            "the captain left the ship first",
            'Vukasova said "{q}".',
            'Asked about claims that "{q}", Vukasova said she had none.',
        ),
        # "He says that …": the mayor's view, a sentence after he is named
        (
            "I have lost control of the port",
            'Vukasova admitted: "{q}".',
            'Hradil says that "{q}", Vukasova said.',
        ),
    ],
)
def test_what_others_say_is_no_claim_of_the_speaker(
    quote: str, as_own: str, as_theirs: str, port: SourceIndex
) -> None:
    own = verdict(port, quote, as_own.format(q=quote))
    assert own.label == "altered" and own.rule == "context", (own.rule, own.reasons)
    kept = verdict(port, quote, as_theirs.format(q=quote))
    assert kept.label in FAITHFUL, (kept.rule, kept.reasons)


def test_our_turned_its_in_reported_speech_is_an_inflection(port: SourceIndex) -> None:
    context = 'The authority said it "would pay its debts to the suppliers".'
    v = verdict(port, "would pay its debts to the suppliers", context)
    assert v.label in FAITHFUL, (v.rule, v.reasons)


def test_a_denial_of_both_is_not_a_confirmation(port: SourceIndex) -> None:
    # "neither confirm nor deny": the opposite the quote keeps is the source's own word
    v = verdict(port, "At the moment I can confirm this.")
    assert v.label == "altered" and v.rule.startswith("negation"), (v.rule, v.reasons)


def test_a_check_right_less_than_half_the_time_leaves_the_verdict_open(
    port: SourceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    quote = "The old cranes are extremely dangerous."
    sure = verdict(port, quote)
    assert sure.label == "altered" and sure.rule == "stronger-claim", sure.reasons
    calibration = importlib.import_module("onrecord.verify.calibration")
    monkeypatch.setattr(calibration, "rule_precision", lambda: {"stronger-claim": 0.4})
    monkeypatch.setattr(calibration, "band_precision", lambda: {})
    open_ = verdict(port, quote)
    assert open_.label == "uncertain" and open_.rule == "stronger-claim"
    assert open_.reasons[0].startswith("not decided: this check (stronger-claim) was right in 40%")
    assert open_.confidence <= 0.4
    assert open_.reasons[1:] == sure.reasons


def test_a_name_put_for_another_of_the_same_sentence_is_a_name_changed(port: SourceIndex) -> None:
    # "Sedlin" is in the source sentence, so the name check leaves it to the reworded block
    v = verdict(port, "the hospital in Sedlin alone received 38 patients")
    assert v.label == "altered" and v.rule == "name-changed", (v.rule, v.reasons)
    assert v.reasons == ("name changed: 'Kalden' → 'Sedlin'",)
