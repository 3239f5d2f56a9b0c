"""layout(): block kinds, metadata, embedded sources and teasers on the seed and own pages."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from onrecord.errors import OnrecordError
from onrecord.model import Block, Draft, Metadata
from onrecord.read.decode import decode
from onrecord.read.textdump import parse
from onrecord.structure import STAGE, layout
from onrecord.structure.boilerplate import is_boilerplate, is_list_heading
from onrecord.structure.meta import find_dateline, is_date_line, parse_date

BENCH_GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold" / "structure"


def _page_from(path: Path):
    text, enc = decode(path.read_bytes())
    return layout(parse(text, origin=str(path), encoding=enc))


@pytest.fixture(scope="module")
def seed(seed_path):
    return _page_from(seed_path)


def _of(page, kind):
    return [page.text[b.start : b.end] for b in page.blocks if b.kind == kind]


# --------------------------------------------------------------------------- the seed


def test_seed_metadata(seed):
    assert (
        seed.meta.title
        == "Putin Calls for Renewed Peace Talks with Ukraine, Urges Immediate Dialogue"
    )
    assert seed.meta.date == "2025-05-11"
    assert seed.meta.dateline == "Moscow, Russia"
    assert STAGE.startswith("structure/")


def test_seed_header_kinds(seed):
    kinds = [b.kind for b in seed.blocks[:5]]
    assert kinds == ["title", "date", "caption", "boilerplate", "paragraph"]
    assert seed.text[seed.blocks[2].start : seed.blocks[2].end].startswith("Russian President")


def test_seed_headings(seed):
    assert _of(seed, "heading") == [
        "Russia’s Readiness for Talks",
        "International Mediation Efforts",
        "Seeking Sustainable Peace",
        "Commemorating Victory and Recognizing Journalism",
    ]


def test_seed_report_ends_before_the_source_intro(seed):
    report = seed.report
    assert seed.text[report[0].start : report[0].end].startswith("Moscow, Russia – Following")
    last = seed.text[report[-1].start : report[-1].end]
    assert last.startswith("As Russia’s renewed offer of negotiations remains open")
    intro = seed.text.index("Below is the the President’s speech")
    assert all(b.end <= intro for b in report)
    assert _of(seed, "source-intro") == ["Below is the the President’s speech"]


def test_seed_source(seed):
    assert len(seed.sources) == 1
    src = seed.sources[0]
    assert src.id == "page#source1"
    assert src.text is seed.text
    assert src.title == "Press statement by the President of Russia"
    assert src.speaker == "Vladimir Putin"
    assert src.version == "delivered"
    assert src.date == "2025-05-11"
    first = src.turns[0]
    assert first.label == "President of Russia Vladimir Putin"
    assert seed.text[first.start : first.end].startswith(
        "Good evening, or maybe good night already."
    )
    assert {t.speaker for t in src.turns} == {"Vladimir Putin"}
    last = src.turns[-1]
    assert seed.text[last.start : last.end] == "Thank you very much for your attention."
    assert src.end == last.end
    # the header paragraph is in the source, but in no turn
    header = seed.text.index("In conclusion to festive events")
    assert src.start < header < first.start
    # the turns cover every paragraph of the speech
    assert len(src.turns) == 50
    assert any("half past one in Moscow" in seed.text[t.start : t.end] for t in src.turns)


def test_seed_teasers(seed):
    titles = [t.title for t in seed.teasers]
    assert len(titles) == 6
    assert titles[0].startswith("“General Langley’s Accusations Against Traoré")
    assert titles[1].startswith("Parade marking the 80th anniversary")
    assert titles[2] == "Russian Foreign Minister Sergey Lavrov’s interview with CBS"
    assert titles[3].startswith("Bridging Cultures: Anacia Gaothusi")
    assert titles[4] == "SADC PF Executive Committee calls on Namibian Speaker"
    assert titles[5].startswith("Workers of the World, Unite: From Africa to Palestine")
    assert {t.date for t in seed.teasers} == {"2025-05-11"}
    assert seed.teasers[0].snippet.startswith("By Fortune Madondo")
    assert seed.teasers[2].snippet.startswith("Question: Good morning, Minister Lavrov.")
    assert not any(t.snippet.startswith("Share") for t in seed.teasers)


def test_seed_zone_after_the_transcript_is_never_report(seed):
    zone = seed.text.index("Last Posts")
    assert seed.sources[0].end < zone
    for b in seed.blocks:
        if b.start >= zone:
            assert b.kind in ("boilerplate", "teaser")
    for b in seed.report:
        chunk = seed.text[b.start : b.end]
        assert "Share this story" not in chunk
        assert not any(t.start <= b.start < t.end for t in seed.teasers)


# --------------------------------------------------------------------------- own pages


def test_wire_story_with_related_cards(pages_dir):
    page = _page_from(pages_dir / "structure" / "wire_related.txt")
    assert page.meta.title == "Port strike ends after workers accept 9% pay rise"
    assert page.meta.date == "2025-03-06"
    assert page.meta.dateline == "Rotterdam"
    assert _of(page, "caption") == ["Dock workers voted on Wednesday to accept the new contract."]
    assert _of(page, "heading") == ["Backlog"]
    assert page.sources == ()
    assert [(t.title, t.date) for t in page.teasers] == [
        ("Antwerp port volumes rise for third straight month", "2025-03-05"),
        ("Shipping rates fall as Red Sea diversions ease", "2025-03-04"),
    ]
    assert page.teasers[0].snippet.startswith("The Belgian port handled")
    assert all("Share" not in page.text[b.start : b.end] for b in page.report)
    assert len(page.report) == 5


@pytest.mark.parametrize("gold", sorted(BENCH_GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_pages(gold):
    want = json.loads(gold.read_text(encoding="utf-8"))
    page = _page_from(gold.with_suffix(".txt"))
    assert page.meta.title == want["title"]
    assert page.meta.date == want["date"]
    assert page.meta.dateline == want["dateline"]
    assert len(page.sources) == len(want["sources"])
    for got, exp in zip(page.sources, want["sources"], strict=True):
        assert got.speaker == exp["speaker"]
        assert len(got.turns) == exp["turns"]
    assert [t.title for t in page.teasers] == [t["title"] for t in want["teasers"]]


def test_gold_set_block_kinds_floor():
    """The bench gate: block-kind accuracy over the gold set must not fall below 0.95."""
    right = total = 0
    for gold in sorted(BENCH_GOLD.glob("*.json")):
        want = json.loads(gold.read_text(encoding="utf-8"))["kinds"]
        got = [b.kind for b in _page_from(gold.with_suffix(".txt")).blocks]
        total += len(want)
        right += sum(g == w for g, w in zip(got, want, strict=False))
    assert total > 150
    assert right / total >= 0.95


def test_white_house_transcript_roles_and_stage_directions():
    page = _page_from(BENCH_GOLD / "wh_press_conference.txt")
    src = page.sources[0]
    assert src.speaker == "Joe Biden"
    by_label = {t.label: t.speaker for t in src.turns if t.label}
    assert by_label == {
        "THE PRESIDENT": "Joe Biden",
        "PRIME MINISTER ALBANESE": "Anthony Albanese",
        "Q": None,
    }
    for t in src.turns:
        words = page.text[t.start : t.end]
        assert words != "(Applause.)"
        assert not words.endswith("(Laughter.)")
        assert "END 3:02" not in words
        assert "Share this article" not in words


# --------------------------------------------------------------------------- html drafts


def test_html_draft_keeps_given_kinds_and_meta():
    text = (
        "Leaders meet in Geneva\n\nTalks resume\n\nThe two delegations met on Tuesday for the first "
        "time in months, officials said, and agreed to meet again next week in the same place.\n\n"
        "Related Stories\n\nOther story about Geneva talks\n\nA snippet of the other story that runs on…"
    )
    parts = text.split("\n\n")
    starts = [text.index(p) for p in parts]
    kinds = ["title", "heading", "paragraph", "heading", "paragraph", "paragraph"]
    blocks = tuple(
        Block(s, s + len(p), k, f"/p[{i}]")
        for i, (s, p, k) in enumerate(zip(starts, parts, kinds, strict=True))
    )
    draft = Draft(
        text,
        blocks,
        Metadata(title="Leaders meet in Geneva", date="2025-02-04", site="Example"),
        "utf-8",
        "html",
        "https://example.org/a",
    )
    page = layout(draft)
    assert [b.kind for b in page.blocks[:3]] == ["title", "heading", "paragraph"]
    assert page.meta.title == "Leaders meet in Geneva"
    assert page.meta.date == "2025-02-04"
    assert page.meta.site == "Example"
    assert (
        page.blocks[3].kind == "boilerplate"
    )  # "Related Stories" is a list heading, not the report's
    assert page.blocks[5].kind == "teaser"
    assert page.format == "html" and page.origin == "https://example.org/a"
    assert page.blocks[2].origin == "/p[2]"


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("11 May 2025", "2025-05-11"),
        ("May 11, 2025", "2025-05-11"),
        ("2025-05-11", "2025-05-11"),
        ("Published: Sunday 11th May 2025, 14:03 GMT", "2025-05-11"),
        ("Updated Sept. 3, 2024 10:32 a.m. EDT", "2024-09-03"),
        ("11.05.2025", "2025-05-11"),
        ("Posted on 2025-05-11T10:00:00Z", "2025-05-11"),
        ("May 21, 2025 7:05 AM GMT+1", "2025-05-21"),
    ],
)
def test_date_lines(text, iso):
    assert is_date_line(text) == iso
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text", ["We met on 11 May 2025 in Moscow", "May 2025", "31 February 2025", "Share"]
)
def test_not_date_lines(text):
    assert is_date_line(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Moscow, Russia – Following a series of events", "Moscow, Russia"),
        ("WINDHOEK, NAMIBIA – The President of the forum", "Windhoek, Namibia"),
        ("LONDON (Reuters) - Britain's economy grew", "London"),
        ("MOSCOW, May 11 (Reuters) - Russia said", "Moscow"),
        ("WASHINGTON (AP) — The Senate voted", "Washington"),
        ("Washington, D.C. — The city council", "Washington, D.C."),
    ],
)
def test_datelines(text, place):
    found = find_dateline(text)
    assert found is not None and found.place == place
    assert text[found.end :][0].isalpha()


@pytest.mark.parametrize(
    "text", ["The President – who spoke first – said", "He said - again", "In Moscow, Russia."]
)
def test_not_datelines(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Share this story",
        "Last Posts",
        "Related Stories",
        "Read more",
        "Advertisement",
        "Share on X",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Home | World | Business | Opinion",
        "Tags: Russia, Ukraine",
        "© 2024 Example News. All rights reserved.",
    ],
)
def test_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia’s Readiness for Talks",
        "Share prices fell sharply on Monday.",
        "More in Europe are worried about it now.",
        "Privacy campaigners said the law went too far.",
        "Thank you very much for your attention.",
    ],
)
def test_not_boilerplate(text):
    assert not is_boilerplate(text)
    assert not is_list_heading(text)


# --------------------------------------------------------------------------- robustness and size


def test_bad_drafts_raise_only_onrecord_errors():
    with pytest.raises(OnrecordError):
        layout("not a draft")  # type: ignore[arg-type]
    bad = Draft("short", (Block(0, 99),), Metadata(), "utf-8", "text", "<t>")
    with pytest.raises(OnrecordError):
        layout(bad)


def test_degenerate_drafts_lay_out():
    empty = layout(Draft("", (), Metadata(), "utf-8", "text", "<t>"))
    assert empty.blocks == () and empty.sources == () and empty.teasers == ()
    one = layout(parse("Only a line"))
    assert [b.kind for b in one.blocks] == ["title"]
    junk = layout(parse("Share this story\n\nAdvertisement\n\nRead more"))
    assert {b.kind for b in junk.blocks} == {"boilerplate"}


def test_random_pages_never_raise(seed_path):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    lines += [
        "Q: What?",
        "THE PRESIDENT: Yes.",
        "(Applause.)",
        "Full text:",
        "Related Stories",
        "…",
        ":",
        "A:",
    ]
    rng = random.Random(11)
    for _ in range(60):
        chosen = [rng.choice(lines) for _ in range(rng.randrange(1, 40))]
        text = "\n".join(chosen)
        if not text.strip():
            continue
        page = layout(parse(text))
        for b in page.blocks:
            assert 0 <= b.start <= b.end <= len(text)
        for s in page.sources:
            for t in s.turns:
                assert s.start <= t.start < t.end <= s.end


def test_a_few_megabytes_lay_out(seed_path):
    """Correct on ~3 MB (speed is measured in bench/structure.py --perf, not here)."""
    text = seed_path.read_text(encoding="utf-8") * 150  # ~3 MB, 16k blocks
    page = layout(parse(text))
    assert len(page.blocks) > 15_000
    assert page.meta.title.startswith("Putin Calls")


def test_read_more_inside_the_article_does_not_end_the_report(pages_dir):
    page = _page_from(pages_dir / "structure" / "readmore_midarticle.txt")
    kinds = [b.kind for b in page.blocks]
    assert kinds == [
        "title", "date", "paragraph", "boilerplate", "paragraph", "paragraph", "paragraph",
        "source-intro", "source", "source", "boilerplate", "teaser", "teaser",
    ]  # fmt: skip
    assert len(page.sources) == 1 and len(page.sources[0].turns) == 2
    assert page.sources[0].speaker is None  # a company statement: no person
    assert [t.title for t in page.teasers] == [
        "Ferry operator adds extra sailings for holiday season",
        "Storm damages harbour wall on northern island",
    ]


def test_html_heading_above_the_intro_is_part_of_the_intro():
    parts = [
        "Harbour strike ends",
        "Dock workers returned to work on Friday after the minister agreed to an independent review "
        "of shift patterns, ending a strike that lasted nine days.",
        "Full text",
        "Below is the transcript of the minister's remarks.",
        "Minister Helen Dubrovna: Good morning, everyone.",
        "Question: Will the night shifts be suspended?",
        "Minister Helen Dubrovna: Yes.",
    ]
    text = "\n\n".join(parts)
    kinds = ["title", "paragraph", "heading", "paragraph", "paragraph", "paragraph", "paragraph"]
    blocks = tuple(
        Block(text.index(p), text.index(p) + len(p), k, f"/p[{i}]")
        for i, (p, k) in enumerate(zip(parts, kinds, strict=True))
    )
    page = layout(Draft(text, blocks, Metadata(), "utf-8", "html", "<html>"))
    assert [b.kind for b in page.blocks] == [
        "title", "paragraph", "source-intro", "source-intro", "source", "source", "source",
    ]  # fmt: skip
    src = page.sources[0]
    assert src.speaker == "Helen Dubrovna"
    assert [t.speaker for t in src.turns] == ["Helen Dubrovna", None, "Helen Dubrovna"]
