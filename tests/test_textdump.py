"""textdump.parse(): blocks of a plain-text dump, hard wraps, offsets and origins."""

from __future__ import annotations

import pytest

from onrecord.errors import EmptyInputError
from onrecord.read.textdump import parse, wrap_width


def _texts(draft):
    return [draft.text[b.start : b.end] for b in draft.blocks]


def test_blank_line_separated_paragraphs():
    text = "Title here\n\nFirst paragraph.\n\n\nSecond paragraph.\n"
    draft = parse(text, origin="t.txt", encoding="cp1251")
    assert _texts(draft) == ["Title here", "First paragraph.", "Second paragraph."]
    assert [b.origin for b in draft.blocks] == ["line 1", "line 3", "line 6"]
    assert all(b.kind == "paragraph" for b in draft.blocks)
    assert draft.format == "text" and draft.origin == "t.txt" and draft.encoding == "cp1251"
    assert draft.text is text


def test_heading_directly_above_its_paragraph_is_its_own_block(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    draft = parse(text)
    texts = _texts(draft)
    assert "Russia’s Readiness for Talks" in texts
    i = texts.index("Russia’s Readiness for Talks")
    assert texts[i + 1].startswith("During his address, Putin reaffirmed")
    assert draft.blocks[i + 1].origin == f"line {int(draft.blocks[i].origin.split()[1]) + 1}"


def test_offsets_are_stripped_and_exact():
    text = "  Indented title  \n\n\tA paragraph with spaces.   \n"
    draft = parse(text)
    assert _texts(draft) == ["Indented title", "A paragraph with spaces."]
    for b in draft.blocks:
        assert not text[b.start].isspace() and not text[b.end - 1].isspace()


def test_hard_wrapped_paragraphs_are_joined(pages_dir):
    text = (pages_dir / "read" / "wrapped.txt").read_text(encoding="utf-8")
    texts = _texts(parse(text))
    assert len(texts) == 4
    assert texts[0] == "Hard wrapped report"
    assert texts[1].startswith("The minister said") and texts[1].endswith("for small firms.")
    assert "\n" in texts[1]


def test_one_paragraph_per_line_is_not_joined():
    lines = [
        "The first paragraph is a long line that goes on for quite a while and ends here with a full stop.",
        "A short one.",
        "The third paragraph is also long, because dumps often print each paragraph on one line only, "
        "and the next one starts right below it.",
        "Fourth.",
        "Fifth line, of medium length, ending here.",
    ]
    draft = parse("\n".join(lines))
    assert _texts(draft) == lines


def test_wrapped_transcript_keeps_speaker_lines_apart(pages_dir):
    text = (pages_dir / "structure" / "wrapped_transcript.txt").read_text(encoding="utf-8")
    texts = _texts(parse(text))
    assert any(t.startswith("Question: Minister, does that mean") for t in texts)
    assert any(
        t.startswith("Minister Anton Rusev: It means") and t.endswith("opportunity.") for t in texts
    )
    assert "(Laughter.)" in texts


def test_wrap_width_needs_evidence():
    assert wrap_width([70, 71, 72, 69, 40], [70, 71, 72, 69]) == 72
    assert wrap_width([300, 20, 250, 30], [300, 20, 250]) is None  # too few / not wrapped
    assert wrap_width([28, 27, 24, 48, 400, 500], [28, 27, 24, 48]) is None  # headings


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t \n "])
def test_empty_text_raises(text):
    with pytest.raises(EmptyInputError):
        parse(text)


def test_single_line_without_newline():
    draft = parse("Just one line")
    assert _texts(draft) == ["Just one line"]
    assert draft.blocks[0].origin == "line 1"


def test_a_few_megabytes_parse(seed_path):
    text = seed_path.read_text(encoding="utf-8") * 100  # ~2 MB
    draft = parse(text)
    assert len(draft.blocks) > 10_000
    assert all(
        draft.blocks[i].end <= draft.blocks[i + 1].start for i in range(len(draft.blocks) - 1)
    )
