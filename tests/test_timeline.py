"""Timeline of events: onrecord.analyse.timeline."""

from __future__ import annotations

from pathlib import Path

from onrecord.analyse.time import find_times, interval, speech_moment
from onrecord.analyse.timeline import build
from onrecord.model import Span


def test_seed_timeline_in_date_order(seed_path: Path, nlp) -> None:
    text = seed_path.read_text(encoding="utf-8")
    i, j = text.index("Below is the the President"), text.index("Last Posts")
    moment = speech_moment(text[i:j], "2025-05-11", None)
    times = find_times(text, [Span(i, j)], anchor=moment)
    events = build(times, text, who=lambda _: "Vladimir Putin", nlp=nlp)
    starts = [interval(e.when.value)[0] for e in events]  # type: ignore[index]
    assert starts == sorted(starts)
    whens = [e.when.text for e in events]
    assert whens.index("the end of 2022") < whens.index("from March 18 to April 17")
    assert whens.index("the early hours of May 7") < whens.index("next Thursday, May 15")
    assert whens.index("next Thursday, May 15") < whens.index("September")
    by_when = {e.when.text: e for e in events}
    assert "launched" in by_when["the early hours of May 7"].what
    assert (
        by_when["the early hours of May 7"].who == "Government of Ukraine"
    )  # "the Kiev authorities"
    september = by_when["September"]
    assert "visit" in september.what and september.who == "Vladimir Putin"  # "I will pay ..."
    # no durations or vague references on a timeline
    assert all(e.when.kind != "duration" and e.when.granularity != "ref" for e in events)


def test_our_transcript(pages_dir: Path, nlp) -> None:
    text = (pages_dir / "claims" / "harbour_transcript.txt").read_text(encoding="utf-8")
    times = find_times(text, anchor="2024-03-14T00:15+01:00")
    events = build(times, text, nlp=nlp)
    monday = next(e for e in events if e.when.text == "Monday, March 18")
    assert "return" in monday.what
    assert monday.who is not None and "members" in monday.who
    assert events[0].when.text == "the end of 2020"


def test_nothing_dated_nothing_built(nlp) -> None:
    text = "It lasted four days and now it is over."
    assert build(find_times(text, anchor="2024-01-01"), text, nlp=nlp) == ()
