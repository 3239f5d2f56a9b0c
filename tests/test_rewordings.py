"""Rewordings a second translator makes that the word-by-word alignment alone misses, and
the changes that look like them (issue 3, point 2: phrase-level alignment).

The page ``pages/verify/brigade_briefing.txt`` is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

PAGES = Path(__file__).resolve().parent / "pages" / "verify"
SPEAKER = "Tomasz Wręga"


@pytest.fixture(scope="module")
def briefing() -> SourceIndex:
    text = (PAGES / "brigade_briefing.txt").read_text(encoding="utf-8")
    return SourceIndex([source_from_text(text, id="brigade_briefing.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        # a phrase of the synonym table set against one word ("withdrew")
        "the 4th Brigade pulled out of the northern part of Ostrava Dolna",
        # an ending of its own set against the rest of the source sentence
        "Without the help of our engineers, this withdrawal would most likely never have taken place.",
        # "since" of time is no cause
        "For the first time since the fighting began, attacks fell this week.",
        # "over the next few days" is no hedge
        "We expect the enemy's attacks to weaken during the next few days.",
        # "not as dangerous as" is "less dangerous than"
        "The new drone is less dangerous than the first reports said.",
        # the negation of "No soldier will wait" moved into the verb
        "won't wait a single day longer for his pay",
        # the figures stand in a sentence whose words the quote reorders
        "We lost 32 servicemen killed and 95 wounded over the same period.",
        # one wish for another ("would like to see" / "hope to see")
        "We hope to see the talks resume on Friday.",
        # "No." ends the answer: the next sentence has no negation
        "The village is still ours.",
        # "could not" / "were unable to"
        "We were unable to reach the hospital on Monday.",
        # "Should every unit …" is "If every unit …"; the hedge moved with the figure
        "Should every unit save fuel, the reserves will last roughly ten days longer.",
        # "my" in the speaker's words is "his" in a fragment of reported speech
        "had not come here to raise his voice",
        # "no one" is "nobody"
        "No one has surrendered.",
        # a country's possessive for its demonym
        "Darnia's newspapers print rumours.",
        # a number in a compound ("a 65-million-dollar fund")
        "The government will set up a 65-million-dollar fund for the families.",
        # "untrue" holds its negation once, not twice
        "It is untrue that we have abandoned anybody in Mirov.",
        # "the two sides" are "both sides"
        "The two sides have agreed to exchange the wounded.",
        # "a year" is "twelve months"
        "The truce must hold for a year before the crossing opens.",
        # "for now" renders a first estimate
        "We estimate for now that roughly 40 homes in Mirov were damaged.",
        # "wants the crossing reopened": the crossing is acted on, not acting
        "Darnia wants the Mirov crossing reopened for trade.",
        # the negation of the next short sentence, past where the alignment stopped
        "I won't pretend that the evacuation was organised well. It wasn't.",
        # "false" is "not true"
        "The story about the convoy is false.",
        # "four and a half" is 4.5
        "The fuel in Mirov will last 4.5 days.",
        # the source's "must" stands after the words the alignment kept
        "The engineers will complete the bridge in June, after which it has to be inspected by the ministry.",
    ],
)
def test_rewordings_are_not_misquotes(quote: str, briefing: SourceIndex) -> None:
    verdict = judge(quote, briefing, speaker=SPEAKER)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a unit changed at the quote's edge is no rewording
        ("The repair of the bridge at Lenka will take two weeks.", "number-changed"),
        # an ending unrelated to the rest of the source sentence is added
        (
            "We will not stay silent if civilians are attacked, and we will take the enemy to court.",
            "claim-added",
        ),
        # a promise turned into an attempt
        ("We will try not to cut the soldiers' pay.", "modality-added"),
        # "working well" / "working perfectly"
        ("Our air defence units are working perfectly.", "stronger-claim"),
        # "withdrew" / "advanced"
        (
            "the 4th Brigade advanced from the northern part of Ostrava Dolna to positions two "
            "kilometres to the west",
            "reversed",
        ),
        # "true" is not "not true"
        ("The story about the convoy is true.", "negation-removed"),
        # "four and a half" is not 4
        ("The fuel in Mirov will last 4 days.", "number-dropped"),
        # a negation that no sentence near the passage holds
        ("The engineers will not finish the bridge in June.", "negation-added"),
        # two years are not twelve months
        ("The truce must hold for two years before the crossing opens.", "number-changed"),
        # "not entirely accurate" grants a part of what "simply untrue" denies
        ("The enemy's claim about the convoy is not entirely accurate.", "weaker-claim"),
        # a time limit the speaker did not set
        ("Our troops are not leaving the Lenka heights for the time being.", "hedge-added"),
        # the two things compared change places
        (
            "In my view, their commander was speaking to us more than to his own public.",
            "reversed",
        ),
    ],
)
def test_changes_that_look_like_rewordings(quote: str, rule: str, briefing: SourceIndex) -> None:
    verdict = judge(quote, briefing, speaker=SPEAKER)
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == rule, verdict.reasons


def test_a_journalist_named_in_the_label_parenthesis_is_the_speaker(briefing: SourceIndex) -> None:
    # "Journalist (Irena Podolska, Velmar Public Television and Radio Service):" names her
    assert briefing.has_speaker("Irena Podolska")
    question = "simply because the enemy has run out of shells"
    verdict = judge(question, briefing, speaker="Irena Podolska")
    assert verdict.label == "verbatim", verdict.reasons
    # a question is no denial: the negated-frame check leaves it alone
    verdict = judge(
        question,
        briefing,
        speaker="Irena Podolska",
        context=f'A reporter asked whether that was "{question}".',
    )
    assert verdict.label == "verbatim", verdict.reasons
    # and her words put in the colonel's mouth are not his
    verdict = judge(question, briefing, speaker=SPEAKER)
    assert verdict.label in ("altered", "unsourced"), verdict.reasons


def test_words_of_a_headline_in_capitals_are_no_names(briefing: SourceIndex) -> None:
    verdict = judge(
        "take two months",
        briefing,
        speaker=SPEAKER,
        context="BRIDGE REPAIR DRAGS ON - colonel says work at Lenka will “take two months”",
    )
    assert verdict.label == "verbatim", verdict.reasons


def test_what_others_asked_for_is_not_the_speakers_aim(briefing: SourceIndex) -> None:
    quote = "close the border with Darnia"
    # "Some have asked us to close the border …": put in the army's mouth, it is altered
    verdict = judge(
        quote,
        briefing,
        speaker=SPEAKER,
        context=f"The colonel said the army wants to “{quote}”.",
    )
    assert verdict.label == "altered", verdict.reasons
    # the report that keeps it as others' call is right
    verdict = judge(
        quote,
        briefing,
        speaker=SPEAKER,
        context=f"The colonel rejected calls from some politicians to “{quote}”.",
    )
    assert verdict.label == "verbatim", verdict.reasons


def test_office_named_before_the_country_gives_the_speakers_home() -> None:
    text = (
        "Address of the President\n\n"
        "Velgrad, May 4, 2026. President Anton Mirek of the Republic of Olvenia spoke to "
        "parliament. This is the English translation published by the Office of the "
        "President of the Republic.\n\n"
        "President Anton Mirek: Good morning. We will build the new bridge this year.\n"
    )
    index = SourceIndex([source_from_text(text, id="address.txt")])
    assert "olvenia" in index.home_words("Anton Mirek")
    assert "republic" not in index.home_words("Anton Mirek")


def test_above_all_is_no_hedge_and_below_is_under(briefing: SourceIndex) -> None:
    verdict = judge(
        "Above all, we would like to see the talks resume on Friday.",
        briefing,
        speaker=SPEAKER,
    )
    assert verdict.rule not in ("hedge-added", "hedge-dropped", "hedge-changed"), verdict.reasons


def test_even_once_is_no_condition(briefing: SourceIndex) -> None:
    verdict = judge("Our soldiers did not fire even once on Sunday.", briefing, speaker=SPEAKER)
    assert verdict.rule != "condition-added", verdict.reasons


MEDICS = statement_text(
    "Ivo Darsk",
    "I would especially like to thank the medics of the second battalion "
    "for their courage. If the rebels want to take this to a tribunal, that is their right, "
    "and we will answer them there with evidence. The road to Kelm stays closed.",
    title="Briefing of the Garrison Commander",
)


def test_a_word_moved_and_reworded_is_one_rewording() -> None:
    # "especially like to thank" / "like to express special thanks": the aligner sees
    # "especially" dropped and "express special" added two words apart
    index = SourceIndex([source_from_text(MEDICS, id="medics.txt")])
    verdict = judge(
        "I would like to express special thanks to the medics of the second battalion "
        "for their courage.",
        index,
        speaker="Ivo Darsk",
    )
    assert verdict.label == "translation", verdict.reasons
    # words of the quote's own past its last matched word are not joined to the dropped
    # "that is their right": they are set against the rest of the sentence, and differ
    verdict = judge(
        "If the rebels want to take this to a tribunal, we will pull our troops back",
        index,
        speaker="Ivo Darsk",
    )
    assert verdict.label == "altered", verdict.reasons


RESCUERS = statement_text(
    "Ivo Darsk",
    "The rescuers in Kelm have not slept for two nights. The vaccine "
    "will be free for every soldier of the garrison. The road to Kelm stays closed.",
    title="Briefing of the Garrison Commander",
)


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        # the added words render the source's unpaired ones ("without sleep" / "slept")
        ("The rescuers in Kelm have gone two nights without sleep.", "translation"),
        ("Every soldier of the garrison will get the vaccine free of charge.", "translation"),
        # added words with nothing of the source's behind them stay a claim added
        ("The rescuers in Kelm have gone two nights without food.", "altered"),
        ("Every soldier of the garrison will get the vaccine once a year.", "altered"),
    ],
)
def test_added_words_that_render_the_sources_unpaired_words(quote: str, label: str) -> None:
    index = SourceIndex([source_from_text(RESCUERS, id="rescuers.txt")])
    verdict = judge(quote, index, speaker="Ivo Darsk")
    assert verdict.label == label, verdict.reasons


FIELD = statement_text(
    "Oleg Tarn",
    "We have never claimed the whole gas field. The levy applies to the excess "
    "profits of energy companies. She asked me only one thing: when the heating comes back. "
    "No country in our region has signed a contract before us.",
    title="Statement of the Minister of Energy",
)


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        # a bound of the claim left out, or a widener added, with nothing of its kind
        ("We have never claimed the gas field.", "altered"),
        ("The levy applies to the profits of energy companies.", "altered"),
        ("No country anywhere has signed a contract before us.", "altered"),
        # a word of the same family on the other side keeps the scope
        ("She asked me just one thing: when the heating comes back.", "translation"),
        ("We have never claimed the entire gas field.", "translation"),
    ],
)
def test_words_that_set_the_scope_of_a_claim(quote: str, label: str) -> None:
    index = SourceIndex([source_from_text(FIELD, id="field.txt")])
    verdict = judge(quote, index, speaker="Oleg Tarn")
    assert verdict.label == label, verdict.reasons
    if label == "altered":
        assert verdict.rule == "stronger-claim", verdict.reasons


COURT = statement_text(
    "Oleg Tarn",
    "The former mayor has been charged with fraud. The government has suspended "
    "all payments to the builder. I understand the anger of the tenants. I expect the new "
    "date to be kept.",
    title="Statement of the Justice Minister",
)


@pytest.mark.parametrize(
    "quote",
    [
        "The former mayor has been convicted of fraud.",
        "The government has cancelled all payments to the builder.",
        "I share the anger of the tenants.",
        "I guarantee the new date will be kept.",
    ],
)
def test_a_verb_higher_on_its_scale_is_a_stronger_claim(quote: str) -> None:
    index = SourceIndex([source_from_text(COURT, id="court.txt")])
    verdict = judge(quote, index, speaker="Oleg Tarn")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "stronger-claim", verdict.reasons


HEDGES = statement_text(
    "Oleg Tarn",
    "Since Thursday the total loss has reached more than 250 million selens. A new tax "
    "would be easy, and it might even be popular, but it would not be fair. The money will "
    "go mainly to staff bonuses. Did our supervision fail? In part, yes.",
    title="Press conference of the Port Authority",
)


@pytest.mark.parametrize(
    "quote",
    [
        "Since Thursday the total loss has exceeded 250 million selens.",
        "A new tax would be easy, perhaps even popular, but it would not be fair.",
        "The money will go mostly to staff bonuses.",
        "Did our supervision fail? Partly, yes.",
    ],
)
def test_hedges_in_other_words(quote: str) -> None:
    index = SourceIndex([source_from_text(HEDGES, id="hedges.txt")])
    verdict = judge(quote, index, speaker="Oleg Tarn")
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


def darsk(text: str, quote: str, context: str | None = None) -> Verdict:
    """``quote`` judged against a one-turn transcript of Ivo Darsk's."""
    index = SourceIndex([source_from_text(text, id="statement.txt")])
    return judge(quote, index, speaker="Ivo Darsk", context=context)


BUDGET = statement_text(
    "Ivo Darsk",
    "A year ago, in this hall, I promised you that 2026 would be a year of recovery. "
    "These measures were necessary, but they are not free. No one in this ministry gave "
    "any order to close the border crossing. We have asked our partners for help.",
    title="Address of the Finance Minister",
)


@pytest.fixture(scope="module")
def budget() -> SourceIndex:
    return SourceIndex([source_from_text(BUDGET, id="budget.txt")])


@pytest.mark.parametrize(
    "quote",
    [
        # the quote's first words render the source's, which the alignment leaves outside
        # the passage ("A year ago" / "Twelve months ago")
        "Twelve months ago, standing in this chamber, I pledged that 2026 would be the year we recovered,",
        # its last words render the end of the source sentence ("are not free")
        "These measures were needed, but they come at a cost,",
    ],
)
def test_words_at_the_quote_edge_that_render_the_rest_of_the_sentence(
    quote: str, budget: SourceIndex
) -> None:
    verdict = judge(quote, budget, speaker="Ivo Darsk")
    assert verdict.label == "translation", verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a clause of its own at the quote's end is still a claim added
        ("We have asked our partners for help, and they have promised to send it.", "claim-added"),
        # "I am not aware that anyone …" says less than "No one …"
        (
            "I am not aware that anyone in this ministry gave any order to close the border crossing.",
            "hedge-added",
        ),
    ],
)
def test_what_the_edge_rendering_does_not_excuse(
    quote: str, rule: str, budget: SourceIndex
) -> None:
    verdict = judge(quote, budget, speaker="Ivo Darsk")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == rule, verdict.reasons


REPEATS = statement_text(
    "Ivo Darsk",
    "Some say that our soldiers crossed the river. No, it is not true. We have asked the "
    "observers to visit the bank. The governor has been in the valley since Monday and I "
    "have no reason to doubt his commitment. But confidence is not the question today. "
    "The question is whether the plan was good enough, and that is for the commission to "
    "decide. They say we shelled the ferry. That is not true either.",
    title="Briefing of the Garrison Commander",
)


@pytest.mark.parametrize(
    "quote",
    [
        # the window of best word coverage takes "today. The question is" across a
        # sentence break; the sentence alone renders the quote
        "But today the question is not one of confidence.",
    ],
)
def test_a_quote_is_read_against_the_other_passages_found_nearly_as_well(quote: str) -> None:
    verdict = darsk(REPEATS, quote)
    assert verdict.label == "translation", verdict.reasons


def test_a_reply_no_added_before_a_denial_is_no_change() -> None:
    # the best word match pairs "That is not true" and leaves "No" added: a "No" that
    # opens the sentence answers; it negates nothing, so either denial renders the quote
    verdict = darsk(REPEATS, "No, that is not true.")
    assert verdict.label in ("edited", "translation"), verdict.reasons


def test_another_reading_does_not_excuse_a_change_found_in_every_passage() -> None:
    verdict = darsk(REPEATS, "Yes, that is true.")
    assert verdict.label == "altered", verdict.reasons


MODALS = statement_text(
    "Ivo Darsk",
    "I understand the anger of the workers. In the middle of a flood, the worst thing would "
    "be to change the people who are managing it. Next year a mild recession is possible, "
    "although it is not our central scenario. No, I do not rule it out, and anyone who did so "
    "would be lying. We do not rule out "
    "new taxes. Tonight I can say that those long nights were not in vain.",
    title="Address of the Finance Minister",
)


@pytest.mark.parametrize(
    "quote",
    [
        # "can" of the speaker's own grasping or saying is no possibility
        "I can understand why the workers are angry,",
        "Tonight I am able to tell you that those long nights were not in vain.",
        # "possible" after a superlative intensifies it
        "Replacing the people in charge in the middle of a flood would be the worst possible thing,",
        # "cannot be excluded" is "is possible"
        "A mild recession next year cannot be excluded, although it is not our central scenario.",
        # "rule it out": the object parts the phrase that "exclude" renders
        "No, I do not exclude it, and whoever did so would be lying.",
    ],
)
def test_modal_words_that_keep_the_modality(quote: str) -> None:
    verdict = darsk(MODALS, quote)
    assert verdict.label == "translation", verdict.reasons


def test_cannot_rule_out_quoted_as_can_rule_out_is_still_a_change() -> None:
    verdict = darsk(MODALS, "We can rule out new taxes.")
    assert verdict.label == "altered", verdict.reasons


ASLEEP = statement_text(
    "Ivo Darsk",
    "You say we were caught sleeping. We were not caught sleeping. Our command saw the "
    "intruders three weeks before the attack.",
    title="Briefing of the Garrison Commander",
)


def test_a_fragment_is_judged_at_the_place_that_fits_the_report() -> None:
    # the words stand first in the journalist's charge the speaker repeats, then in his
    # denial; the report gives the denial
    context = 'The commander insisted the army had not been "caught sleeping".'
    verdict = darsk(ASLEEP, "caught sleeping", context=context)
    assert verdict.label == "verbatim", verdict.reasons
    # the same words set in a claim that the speaker admitted it still fit neither place
    context = 'The commander admitted the army had been "caught sleeping".'
    verdict = darsk(ASLEEP, "caught sleeping", context=context)
    assert verdict.label == "altered", verdict.reasons


DEGREE = statement_text(
    "Ivo Darsk",
    "The fundamentals of our economy are stronger than the exchange rate suggests. If we do "
    "nothing now, we will have to do much more later. Prices rose faster in the north.",
    title="Address of the Finance Minister",
)


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        (
            "The fundamentals of our economy are much stronger than the exchange rate suggests.",
            "altered",
        ),
        ("If we do nothing now, we will have to do more later.", "altered"),
        # one intensifier for another
        ("If we do nothing now, we will have to do a lot more later.", "translation"),
        ("If we do nothing now, we will have to do far more later.", "translation"),
    ],
)
def test_an_intensifier_added_to_a_comparison_or_left_out(quote: str, label: str) -> None:
    verdict = darsk(DEGREE, quote)
    assert verdict.label == label, verdict.reasons


MOVED = statement_text(
    "Ivo Darsk",
    "They would be much worse if we did nothing today. We will not raise taxes, but we "
    "will cut spending.",
    title="Address of the Finance Minister",
)


def test_a_negation_moved_with_its_clause_to_the_front() -> None:
    # the condition and its "nothing" stand before the claim in the quote, after it in
    # the source: neither is added or left out
    verdict = darsk(MOVED, "Had we done nothing today, they would be far worse.")
    assert verdict.label == "translation", verdict.reasons


def test_a_negation_of_another_clause_is_not_moved() -> None:
    # the sentence's "not" governs "raise taxes", not the spending the quote denies
    verdict = darsk(MOVED, "we will not cut spending")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "negation-added", verdict.reasons


WITHOUT = statement_text(
    "Ivo Darsk",
    "Corruption in public procurement is not a victimless crime. The authorities of Norvath "
    "have cooperated fully and quickly. This would not have been possible without our "
    "Norvathi partners. Without this cooperation the money would be lost.",
    title="Statement of the Prosecutor General",
)


@pytest.mark.parametrize(
    "quote",
    [
        # "victimless" holds the "without"
        "Corruption in public procurement is not a crime without victims.",
        # "without delay" is "quickly", no negation
        "The authorities of Norvath have worked with us fully and without delay.",
        # the window of best word coverage runs on into the next sentence's "Without";
        # the sentence alone renders the quote
        "This would not have been possible without our partners in Norvath.",
    ],
)
def test_without_in_other_words(quote: str) -> None:
    verdict = darsk(WITHOUT, quote)
    assert verdict.label == "translation", verdict.reasons


def test_without_still_negates() -> None:
    verdict = darsk(WITHOUT, "This would have been possible without our Norvathi partners.")
    assert verdict.label == "altered", verdict.reasons


PREPOSITIONS = statement_text(
    "Ivo Darsk",
    "I want to be very clear about one thing: the bank does not defend any particular "
    "exchange rate. We will file complaints about every one of the 214 polling stations. "
    "Every one of those deaths is a tragedy, and I think of those families every day. "
    "About one in five voters stayed at home.",
    title="Statement of the Governor",
)


@pytest.mark.parametrize(
    "quote",
    [
        # "about" before "one thing", "every", and "I think" before "of" hedge nothing
        "Let me be quite clear on one point: the bank does not defend any particular exchange rate.",
        "We will file complaints concerning each of the 214 polling stations.",
        "Each of those deaths is a tragedy, and those families are in my thoughts every day.",
    ],
)
def test_prepositions_that_look_like_hedges(quote: str) -> None:
    verdict = darsk(PREPOSITIONS, quote)
    assert verdict.label == "translation", verdict.reasons


def test_about_one_in_five_is_still_a_hedge() -> None:
    verdict = darsk(PREPOSITIONS, "One in five voters stayed at home.")
    assert verdict.label == "altered", verdict.reasons


EFFORT = statement_text(
    "Ivo Darsk",
    "We will do everything to make sure that the money is returned. Only the three largest "
    "firms could meet the conditions. No, that is not true. I chose my words carefully. "
    "Without their work this case would not exist. A majority of one is narrow, but it is "
    "a majority.",
    title="Statement of the Prosecutor General",
)


@pytest.mark.parametrize(
    "quote",
    [
        # "all we can" measures effort: no possibility claimed
        "We will do all we can to make sure that the money is returned.",
        # "nobody apart from X" is "only X"
        "Nobody apart from the three largest firms could meet the conditions.",
        "No, that is not correct.",
        # "with care" is "carefully"
        "I picked my words with care.",
        # the source negates the verb, the quote the noun before it
        "Without their work there would be no case.",
        # a filler phrase of fillers.txt claims nothing
        "A majority of one is narrow, but it is a majority all the same.",
    ],
)
def test_rewordings_of_effort_exception_and_manner(quote: str) -> None:
    verdict = darsk(EFFORT, quote)
    assert verdict.label == "translation", verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("We can make sure that the money is returned.", "modality-changed"),
        ("Nobody could meet the conditions.", "negation-added"),
        ("With their work this case would not exist.", "negation-removed"),
    ],
)
def test_effort_and_exception_rules_keep_real_changes(quote: str, rule: str) -> None:
    verdict = darsk(EFFORT, quote)
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == rule, verdict.reasons


MODAL_PHRASES = statement_text(
    "Ivo Darsk",
    "Inside that zone, fishermen from both countries could work under common rules. "
    "The report will be published in full. Turnout rose mainly because young people voted.",
    title="Statement of the Minister",
)


@pytest.mark.parametrize(
    "quote",
    [
        # a modal phrase of modality.tsv is compared as a modal, not as words added
        "Inside that zone, fishermen from both countries would be able to work under common rules.",
        # a hedge phrase is compared as a hedge: "the chief reason … is that" is "mainly"
        "The chief reason turnout rose is that young people voted.",
    ],
)
def test_modal_and_hedge_phrases_are_not_claims_added(quote: str) -> None:
    verdict = darsk(MODAL_PHRASES, quote)
    assert verdict.label == "translation", verdict.reasons


def test_as_far_as_possible_limits_the_promise() -> None:
    verdict = darsk(MODAL_PHRASES, "The report will, as far as possible, be published in full.")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "hedge-added", verdict.reasons


HOPES = statement_text(
    "Ivo Darsk",
    "I hope that we will never need these beds. We expect trade to grow by 20 percent.",
    title="Statement of the Minister",
)


def test_hope_cut_off_reads_as_fact() -> None:
    verdict = darsk(
        HOPES, "We will never need these beds.", context='He said: "We will never need these beds."'
    )
    assert verdict.label == "altered", verdict.reasons
    assert "opinion presented as fact" in verdict.reasons[0]


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        ("we will never need these beds", 'He said he hoped "we will never need these beds".'),
        ("trade to grow by 20 percent", 'The minister expects "trade to grow by 20 percent".'),
        ("I hope that we will never need these beds.", None),
    ],
)
def test_hope_kept_by_the_report(quote: str, context: str | None) -> None:
    verdict = darsk(HOPES, quote, context=context)
    assert verdict.label in ("verbatim", "edited"), verdict.reasons


NOT = statement_text(
    "Ivo Darsk",
    "We will not withdraw from our own waters under threat. Without their help, this "
    "exchange would probably not have happened. We have never closed the border.",
    title="Statement of the Minister",
)


def test_never_for_not_is_a_stronger_claim() -> None:
    verdict = darsk(NOT, "We will never withdraw from our own waters under threat.")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "stronger-claim", verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        # a counterfactual: "would never have" is "would not have"
        "Without their help, this exchange would most likely never have taken place.",
        # the source's own "never"
        "We did not ever close the border.",
    ],
)
def test_never_where_the_source_allows_it(quote: str) -> None:
    verdict = darsk(NOT, quote)
    assert verdict.label in ("translation", "edited"), verdict.reasons


CONTRASTS = statement_text(
    "Ivo Darsk",
    "The big banks received no money from the state or from the National Bank. "
    "I know that this is painful news for families, and I will not pretend otherwise. "
    "But I would prefer to solve this at the table, not in a courtroom.",
    title="Statement of the Governor",
)


@pytest.mark.parametrize(
    "quote",
    [
        # "neither … nor" negates once
        "Neither the state nor the National Bank gave the big banks any money.",
        # "otherwise" just past the aligned words holds the quote's closing negation
        "I know this is bitter news for families, and I won't pretend it isn't.",
        # "rather … than" set apart is the source's "…, not …"
        "I would rather solve this at the table than in a courtroom.",
    ],
)
def test_negations_in_other_words(quote: str) -> None:
    verdict = darsk(CONTRASTS, quote)
    assert verdict.label == "translation", verdict.reasons


def test_neither_nor_still_counts_once() -> None:
    verdict = darsk(CONTRASTS, "The state and the National Bank gave the big banks money.")
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "negation-removed", verdict.reasons


UNLIKELY = statement_text(
    "Ivo Darsk",
    "Some prices might go down, but the general price level is unlikely to return to where "
    "it was two years ago.",
    title="Statement of the Governor",
)


def test_unlikely_is_probably_not() -> None:
    verdict = darsk(
        UNLIKELY,
        "Some prices could go down, but the overall price level probably won't get back to "
        "where it was two years ago.",
    )
    assert verdict.label == "translation", verdict.reasons


def test_likely_for_unlikely_is_reversed() -> None:
    verdict = darsk(
        UNLIKELY,
        "Some prices might go down, but the general price level is likely to return to where "
        "it was two years ago.",
    )
    assert verdict.label == "altered", verdict.reasons


TALKS = statement_text(
    "Ivo Darsk",
    "I speak for the Democratic Renewal Union tonight. The talks were difficult but honest. "
    "Then we will be in opposition, and we will be a strong opposition.",
    title="Statement of the Party Chair",
)


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        # the report's own dating of the event is no claim about the words
        ("difficult but honest", 'He described Sunday\'s session as "difficult but honest".'),
        # an acronym of a name the source spells out is no new name
        ("a strong opposition", 'The DRU chair said her party would be "a strong opposition".'),
    ],
)
def test_report_background_is_no_context_change(quote: str, context: str) -> None:
    verdict = darsk(TALKS, quote, context=context)
    assert verdict.label != "altered", verdict.reasons


def test_a_name_new_to_the_source_is_still_flagged() -> None:
    # not passed as verbatim; "uncertain" rather than "altered", because on statements
    # the rule was not written for such names were mostly the report's own (thresholds.json,
    # context_new_name)
    verdict = darsk(
        TALKS,
        "difficult but honest",
        context='He described the talks with Korvania as "difficult but honest".',
    )
    assert (verdict.label, verdict.rule) == ("uncertain", "context-name"), verdict.reasons
    assert "Korvania" in verdict.reasons[0]


REGRETS = statement_text(
    "Ivo Darsk",
    "I do not believe Valdoria will suspend our flights, and I would regret it if it did. "
    "My job now is to make sure this cannot happen again. Our text messages are sent by the "
    "same system that failed, so for almost four hours we could not contact passengers "
    "directly. I respect the minister, but I disagree with him on "
    "both points. With respect, the minister is wrong.",
    title="Statement of the Chief Executive",
)


@pytest.mark.parametrize(
    "quote",
    [
        # "had no way of" holds a modal and a negation
        "Our text messages go out through the very system that failed, so for nearly four "
        "hours we had no way of reaching passengers directly.",
        # "I have to contradict him": an obligation that only announces the speaker's act
        "I respect the minister, but I have to contradict him on both counts.",
        "With all due respect, the minister is mistaken.",
    ],
)
def test_conditions_modals_and_courtesies_in_other_words(quote: str) -> None:
    verdict = darsk(REGRETS, quote)
    assert verdict.label == "translation", verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        (
            "If we get the money, my job now is to make sure this cannot happen again.",
            "condition-added",
        ),
        ("I respect the minister, but I have to agree with him on both points.", None),
    ],
)
def test_conditions_modals_and_courtesies_keep_real_changes(quote: str, rule: str | None) -> None:
    verdict = darsk(REGRETS, quote)
    assert verdict.label == "altered", verdict.reasons
    if rule:
        assert verdict.rule == rule, verdict.reasons


FACTS = statement_text(
    "Ivo Darsk",
    "There was no cyberattack. I am sorry, and I take full responsibility for it. "
    "I believe the talks will succeed.",
    title="Statement of the Chief Executive",
)


@pytest.mark.parametrize(
    ("quote", "reason"),
    [
        # a statement of fact made an opinion
        ("We do not believe there was a cyberattack.", "opinion added"),
        # a part for the whole
        ("I am sorry, and I take some responsibility for it.", "weaker claim"),
    ],
)
def test_weaker_claims_in_other_words(quote: str, reason: str) -> None:
    verdict = darsk(FACTS, quote)
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == "weaker-claim", verdict.reasons
    assert reason in verdict.reasons[0]


@pytest.mark.parametrize(
    "quote",
    [
        # the source's own belief
        "I think the talks will succeed.",
        "I believe the negotiations will succeed.",
    ],
)
def test_beliefs_kept_are_no_weaker_claim(quote: str) -> None:
    verdict = darsk(FACTS, quote)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


PORT = statement_text(
    "Ivo Darsk",
    "The dockers' union is more worried about jobs than about wages. "
    "The terminal will report to the harbour board and not to the ministry. "
    "The situation at the terminal is serious, but it is under control. "
    "Two of the crane drivers were injured. "
    "We will not raise the port fees this year. "
    "Since the beginning of March the terminal has lost about a fifth of its traffic. "
    "My task now is to make sure this cannot happen again. "
    "I understand why the dockers are angry.",
    title="Statement of the Port Authority",
)


@pytest.mark.parametrize(
    ("quote", "rule", "reason"),
    [
        # what is set against what changes places around a pivot that stays put
        ("The dockers' union is more worried about wages than about jobs.", "reversed", "than"),
        (
            "The terminal will report to the ministry and not to the harbour board.",
            "reversed",
            None,
        ),
        # an absolute adverb added before words both sides share
        (
            "The situation at the terminal is serious, but it is fully under control.",
            "stronger-claim",
            "fully under control",
        ),
        ("Two of the crane drivers were critically injured.", "stronger-claim", "critically"),
        # an intention for a commitment
        ("We do not intend to raise the port fees this year.", "modality-changed", "intend"),
        ("We do not plan to raise the port fees this year.", "modality-changed", "plan"),
    ],
)
def test_swaps_absolutes_and_intentions_change_the_claim(
    quote: str, rule: str, reason: str | None
) -> None:
    verdict = darsk(PORT, quote)
    assert verdict.label == "altered", verdict.reasons
    assert verdict.rule == rule, verdict.reasons
    if reason:
        assert reason in verdict.reasons[0], verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        # a time phrase moved from the front of the sentence to its end
        "The terminal has shed roughly a fifth of its traffic since early March.",
        # "can never" is "cannot"
        "My job now is to make sure this can never happen again.",
        # "fully" between the speaker and the verb stresses, it claims nothing more
        "I fully understand why the dockers are angry.",
        # the order of the two things compared is kept
        "The dockers' union worries more about jobs than about wages.",
    ],
)
def test_moves_and_stresses_keep_the_claim(quote: str) -> None:
    verdict = darsk(PORT, quote)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


TRUCE = statement_text(
    "Ivo Darsk",
    "The damage in the port alone is estimated at about 12 million velars. "
    "But if we answer every shell with ten shells, there will be no truce left to defend. "
    "If these two conditions are met, the talks could resume on May 5. "
    "A second exchange could take place before the end of June, if the lists are reconciled. "
    "Households have withdrawn about 4 percent of their deposits, most of it in cash. "
    "Our forces return fire only when the lives of civilians are in direct danger. "
    "Yesterday evening the council met in an extraordinary session.",
    title="Statement of the Foreign Minister",
)


@pytest.mark.parametrize(
    "quote",
    [
        # one hedge of a class for two side by side ("estimated at about")
        "In the port alone the damage is put at roughly 12 million velars.",
        # "would" for "will" where both sentences are conditional
        "If we replied to each shell with ten of our own, there would be no truce left to defend.",
        # a condition moved to the other end of the sentence, or in other words
        "The talks could resume on May 5 if the two conditions are met.",
        "Provided the two conditions are fulfilled, the talks could resume on May 5.",
        "Should the lists be reconciled, a second exchange could take place before the end of June.",
        # "only if" for "only when"
        "Our forces return fire only if the lives of civilians are in direct danger.",
        # "mostly" renders "most of it"
        "Households have withdrawn about 4 percent of their deposits, mostly as cash.",
        "Last night the council met in an extraordinary session.",
    ],
)
def test_conditions_and_hedges_moved_or_reworded(quote: str) -> None:
    verdict = darsk(TRUCE, quote)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        # a condition the source does not state, though it has one of its own
        ("The talks could resume on May 5 if the army withdraws.", "condition-added"),
        # the hedge dropped
        ("The damage in the port alone is 12 million velars.", "hedge-dropped"),
        # a condition dropped from a sentence that states none
        ("A second exchange could take place before the end of June.", None),
    ],
)
def test_conditions_and_hedges_still_checked(quote: str, rule: str | None) -> None:
    verdict = darsk(TRUCE, quote)
    if rule is None:
        assert verdict.label == "altered", verdict.reasons
    else:
        assert verdict.rule == rule, verdict.reasons


GUNS = statement_text(
    "Ivo Darsk",
    "I will not argue about four days if the guns are silent. "
    "In the worst week the observers counted almost 300 violations, three times as many as "
    "in the first week of April. "
    "That is not our policy, and it has never been our policy.",
    title="Statement of the Foreign Minister",
)


def test_a_report_condition_of_its_own_is_not_the_source_condition() -> None:
    cut = "I will not argue about four days."
    other = darsk(
        GUNS,
        cut,
        context=f'Asked whether he would attend if the thirty days had not passed, he said: "{cut}"',
    )
    assert other.label == "altered", other.reasons
    assert other.rule == "condition-left-out", other.reasons
    same = darsk(
        GUNS,
        cut,
        context=f'He said that as long as the guns stayed silent, "{cut}"',
    )
    assert same.label not in ("altered", "unsourced"), same.reasons


def test_three_times_as_many_is_a_comparison_not_a_hedge() -> None:
    verdict = darsk(
        GUNS,
        "In the worst week the observers counted almost 300 violations, triple the number "
        "in the first week of April.",
    )
    assert verdict.rule != "hedge-dropped", verdict.reasons


def test_a_time_limit_added_weakens_the_claim() -> None:
    verdict = darsk(GUNS, "That is not our policy at the moment.")
    assert verdict.label == "altered", verdict.reasons


RESERVES = statement_text(
    "Ivo Darsk",
    "Since Monday the Bank has sold about 2 billion crowns from its reserves to slow the fall. "
    "We will stop the fall of the crown.",
    title="Statement of the Governor",
)


def test_an_effort_towards_a_stated_aim_is_no_weaker_claim() -> None:
    kept = darsk(
        RESERVES,
        "Since Monday the Bank has spent about 2 billion crowns of its reserves trying to slow the fall.",
    )
    assert kept.label not in ("altered", "unsourced"), kept.reasons
    weaker = darsk(RESERVES, "We will try to stop the fall of the crown.")
    assert weaker.label == "altered", weaker.reasons


def test_where_the_words_were_said_is_no_claim() -> None:
    verdict = darsk(
        GUNS,
        "That is not our policy,",
        context='"That is not our policy," Darsk told a news conference at the ministry in '
        "Velmora-Ost on Thursday.",
    )
    assert verdict.label not in ("altered", "unsourced", "uncertain"), verdict.reasons


FLOODS = statement_text(
    "Ivo Darsk",
    "If the situation requires it, we are prepared to evacuate up to 4,000 people from the "
    "valley. "
    "Not one lorry left the depot without the proper checks. "
    "That should never happen to anyone who lives by the river. "
    "The government decided, with some regret, to close the old bridge until the spring, "
    "because its pillars are cracked and the engineers cannot say how long they will hold.",
    title="Statement of the Interior Minister",
)


@pytest.mark.parametrize(
    "quote",
    [
        # the opening condition moved to the end, with its verb left out
        "We are ready to move up to 4,000 people out of the valley if we have to.",
        # "the required checks": an adjective before its noun lays no obligation
        "Not a single lorry left the depot without the required checks.",
        # "should ever have to": the second modal adds nothing to the first
        "Nobody who lives by the river should ever have to go through that.",
    ],
)
def test_modals_that_add_no_modality(quote: str) -> None:
    verdict = darsk(FLOODS, quote)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        # a plain obligation added is still one
        "We have to evacuate up to 4,000 people from the valley.",
        # "checks are required" lays the obligation the adjective does not
        "Not one lorry left the depot, because checks are required.",
    ],
)
def test_modals_that_add_modality_still_count(quote: str) -> None:
    verdict = darsk(FLOODS, quote)
    assert verdict.label in ("altered", "uncertain"), verdict.reasons


def test_a_short_rendering_is_found_in_its_clause() -> None:
    # against the whole long sentence the four words score too low; against its clause
    # "because its pillars are cracked" the quote finds its passage
    verdict = darsk(FLOODS, "its supports have cracks")
    assert verdict.label != "unsourced", verdict.reasons
    assert verdict.matches and "pillars are cracked" in verdict.matches[0].text


def test_a_name_alone_does_not_make_a_clause_the_source() -> None:
    # the clause with the valley resembles a never-said sentence about it, with few shared
    # words: that is no passage
    verdict = darsk(FLOODS, "The valley will be rebuilt by Christmas.")
    assert verdict.label == "unsourced", verdict.reasons


WARD = statement_text(
    "Ivo Darsk",
    "I will not hide from you that the next ten days will be difficult. "
    "Sadly, 57 people have died, most of them over the age of 70. "
    "I say that it is a lie, and a cruel one.",
    title="Statement of the Health Minister",
)


def test_a_negated_verb_of_hiding_asserts_what_follows() -> None:
    fragment = "the next ten days will be difficult"
    verdict = darsk(WARD, fragment, context=f'The minister warned that "{fragment}".')
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


@pytest.mark.parametrize(
    "quote",
    [
        # "older than" is the hedge "over the age of"
        "57 people have died, most of them older than 70.",
        # "a cruel one" stands for the noun: no figure
        "It is a lie, and a cruel lie.",
    ],
)
def test_ages_and_stand_in_ones(quote: str) -> None:
    verdict = darsk(WARD, quote)
    assert verdict.label not in ("altered", "unsourced"), verdict.reasons


def test_an_age_limit_changed_is_still_caught() -> None:
    verdict = darsk(WARD, "57 people have died, most of them younger than 70.")
    assert verdict.label == "altered", verdict.reasons


def test_a_movement_turned_round_is_reversed() -> None:
    text = statement_text(
        "Ivo Darsk",
        "The maternity ward was evacuated, and 31 mothers and babies were moved to Rastovo.",
        title="Statement of the Health Minister",
    )
    verdict = darsk(text, "31 mothers and babies were moved from Rastovo.")
    assert verdict.rule == "reversed", verdict.reasons
    # "from" for "to" before another word is no reversal of direction
    kept = darsk(text, "31 mothers and babies were moved to Rastovo.")
    assert kept.label == "verbatim", kept.reasons
