"""Renderings a second translator writes without changing the claim, each beside the
distortion it must still catch (issue 3, point 2).

The statement is written for these tests: an electoral commission chair after a close
vote. Each faithful rendering below was once called a misquote by a general rule
(a list that repeats its "not", "whether or not", a reordered date, a passive "were
given" for "received", a hedge before "a third" or in the quote's own ending, "not …
even five" for "less than five", a negated phrase moved as a whole, a short form of a
name); each distortion beside it is the change that rule exists for.
"""

from __future__ import annotations

import pytest

from factories import statement_text
from onrecord.model import Verdict
from onrecord.structure.sources import source_from_text
from onrecord.verify import SourceIndex, judge

SPEAKER = "Mirko Čermak"

CHAIR = statement_text(
    SPEAKER,
    "Let me be clear: preliminary results are not final results. "
    "Whatever the final result, it will belong to the voters, not to the commission, the "
    "government or the opposition. "
    "It is not for me to tell citizens whether they should protest. "
    "We will not be divided, and we will not be frightened. "
    "Last year the commission asked the government for money for 400 inspectors, and we "
    "received money for 180. "
    "We cannot investigate crimes, we cannot question witnesses and we cannot seize evidence. "
    "Almost a third of the budget is for staff, and another quarter is for printing. "
    "Our printing costs reached about 1.1 million dinars last year, almost twice as much as "
    "in 2024. "
    "The electoral law we adopted in 2019 lasted less than five years. "
    "Parliament may vote in May on higher pay for polling staff. "
    "A handshake is not an agreement, and an agreement is worth nothing without signatures. "
    "The complaints from the Morvesh Federation have been answered. "
    "The observer mission published its report on Monday. "
    "It said that the election was well administered and that voters had a real choice. "
    "These demands of President Gorvalin are not conditions for a recount; they are "
    "conditions for surrender. "
    "It was the largest recount since independence. "
    "Many of the complaints will not be answered before the certification. "
    "Some of the videos appear to show voters being paid near polling stations. "
    "Our inspectors reported the first cases to the police on election day. "
    "I do not believe that a delay of 31 hours is technical. "
    "According to the registry, the districts had almost 340 polling stations. "
    "Families burn furniture to keep warm.",
    title="Press conference of the Chair of the Electoral Commission",
)


@pytest.fixture(scope="module")
def chair() -> SourceIndex:
    return SourceIndex([source_from_text(CHAIR, id="chair.txt")])


def verdict(index: SourceIndex, quote: str, context: str | None = None) -> Verdict:
    return judge(quote, index, speaker=SPEAKER, context=context)


@pytest.mark.parametrize(
    "quote",
    [
        # the "not" of a list repeated for each item
        "Whatever the final result, it will belong to the voters - not to the commission, "
        "not to the government and not to the opposition.",
        # "whether or not": the alternative of a question, no negation
        "It is not for me to tell citizens whether or not they should protest.",
        # "make no mistake" is "let me be clear"
        "Make no mistake: preliminary results are not final results.",
        # the passive of "give" is "receive"
        "Last year the commission asked the government for money for 400 inspectors, and "
        "we were given money for 180.",
        # one negation over a list of three
        "We cannot investigate crimes, question witnesses or seize evidence.",
        # "almost a third" / "nearly one third"
        "Nearly one third of the budget is for staff, and another quarter is for printing.",
        # a hedge in the quote's own ending, as in the rest of the source sentence
        "Last year our printing costs reached about 1.1 million dinars, nearly twice the 2024 figure.",
        # "not ... even five" is "less than five"
        "The electoral law we adopted in 2019 did not last even five years.",
        # the date moved to the front
        "In May, parliament may vote on higher pay for polling staff.",
        # the negated phrase moved as a whole
        "A handshake is not an agreement, and without signatures an agreement is worth nothing.",
        # a short form of the name
        "The complaints from the Federation have been answered.",
        # the superlative kept, the parties kept in their places
        "It was the biggest recount since independence.",
        "On election day our inspectors reported the first cases to the police.",
        "The first cases were reported to the police by our inspectors on election day.",
        # the negation of "I do not believe" is the claim's
        "A delay of 31 hours is not, in my view, technical.",
        # the figure moved with its hedge
        "Nearly 340 polling stations were in the districts, according to the registry.",
        # a clause of purpose: "so they can" for "to"
        "Families burn furniture so they can keep warm.",
    ],
)
def test_second_translator_renderings_are_faithful(quote: str, chair: SourceIndex) -> None:
    result = verdict(chair, quote)
    assert result.label not in ("altered", "unsourced"), result.reasons


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        # two clauses, each negated: dropping the second "not" is still caught
        ("We will not be divided, and we will be frightened.", "negation removed"),
        # the active "gave": who gave to whom turned round
        (
            "Last year the commission asked the government for money for 400 inspectors, "
            "and we gave money for 180.",
            "reversed",
        ),
        (
            "Nearly one half of the budget is for staff, and another quarter is for printing.",
            "half",
        ),
        ("The electoral law we adopted in 2019 lasted five years.", "hedge dropped"),
        ("In June, parliament may vote on higher pay for polling staff.", "June"),
        ("A delay of 31 hours is, in my view, technical.", "negation removed"),
        # the opinion dropped: a flat claim where the speaker gave a belief
        ("A delay of 31 hours is not technical.", "negation added"),
        # "one of the largest" weakens "the largest"
        ("It was one of the largest recounts since independence.", "weaker claim"),
        # "most" is more than "many"
        ("Most of the complaints will not be answered before the certification.", "Many"),
        # the reservation of "appear to" dropped
        ("Some of the videos show voters being paid near polling stations.", "hedge dropped"),
        # the two parties traded places around the verb
        (
            "The police reported the first cases to our inspectors on election day.",
            "who does what to whom reversed",
        ),
    ],
)
def test_the_distortions_beside_them_are_still_caught(
    quote: str, changed: str, chair: SourceIndex
) -> None:
    result = verdict(chair, quote)
    assert result.label == "altered", result.reasons
    assert changed in " ".join(result.reasons), result.reasons


def test_a_finding_the_report_gives_to_its_party_is_not_the_speakers_view(
    chair: SourceIndex,
) -> None:
    fragment = "well administered"
    kept = verdict(
        chair,
        fragment,
        context=f'He noted that the observer mission had found the election "{fragment}".',
    )
    assert kept.label not in ("altered", "unsourced"), kept.reasons
    own = verdict(chair, fragment, context=f'He said the election had been "{fragment}".')
    assert own.label == "altered", own.reasons
    assert any("others" in r for r in own.reasons), own.reasons
    # the outlet a report cites is no party to the claim
    cited = verdict(
        chair,
        fragment,
        context=f'He said the election had been "{fragment}", reports Radio Toverin, though he '
        "said the count was still open.",
    )
    assert cited.label == "altered", cited.reasons


@pytest.mark.parametrize(
    "context",
    [
        # the speaker under another romanization
        'Chermak called the demands "conditions for surrender".',
        # the office in his title, and the report's next claim after "and said"
        'Electoral Commission Chair Mirko Chermak called the demands "conditions for '
        'surrender" and said 23 complaints had been filed.',
        # a first name the source leaves out, before a surname it has
        'He called the demands of President Stepan Gorvalin "conditions for surrender".',
    ],
)
def test_names_the_source_has_are_no_new_context(context: str, chair: SourceIndex) -> None:
    result = verdict(chair, "conditions for surrender", context=context)
    assert result.label == "verbatim", result.reasons


def test_a_name_the_source_lacks_still_makes_a_new_context(chair: SourceIndex) -> None:
    result = verdict(
        chair,
        "conditions for surrender",
        context='He called the demands of the Halvorsen Group "conditions for surrender".',
    )
    assert result.label in ("altered", "uncertain"), result.reasons
