"""Build records by hand for unit tests that should not depend on the readers."""

from __future__ import annotations

from collections.abc import Sequence

from onrecord.model import Block, Metadata, Page, Source, Turn

# the verdict labels of a faithful quote (issue 3)
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")


def page_from_paragraphs(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    date: str | None = None,
    sources: Sequence[Source] = (),
) -> Page:
    """A page whose report is exactly ``paragraphs``, separated by blank lines."""
    text = ""
    blocks: list[Block] = []
    for i, para in enumerate(paragraphs):
        if text:
            text += "\n\n"
        blocks.append(Block(len(text), len(text) + len(para), "paragraph", f"paragraph {i}"))
        text += para
    return Page(
        text=text,
        meta=Metadata(title=title, date=date),
        blocks=tuple(blocks),
        sources=tuple(sources),
        teasers=(),
        encoding="utf-8",
        format="text",
        origin="<test>",
    )


def source_from_turns(
    turns: Sequence[tuple[str | None, str]],
    *,
    id: str = "source",
    title: str | None = None,
    version: str = "delivered",
    statement: str | None = None,
) -> Source:
    """A standalone source made of ``(speaker, words)`` turns, one paragraph each."""
    text = ""
    made: list[Turn] = []
    for speaker, words in turns:
        if text:
            text += "\n\n"
        made.append(Turn(speaker, speaker or "", len(text), len(text) + len(words)))
        text += words
    speakers = [s for s, _ in turns if s]
    return Source(
        id=id,
        title=title,
        speaker=speakers[0] if speakers else None,
        text=text,
        start=0,
        end=len(text),
        turns=tuple(made),
        version=version,
        statement=statement,
    )


def statement_text(speaker: str, words: str, *, title: str = "Statement to the press") -> str:
    """A one-turn transcript as the verifier reads it from a file: a title, a dateline
    paragraph naming the translation, then ``Speaker: words``."""
    return (
        f"{title}\n\n"
        f"Ravna, Thursday, April 2, 2026. {speaker} spoke to reporters. This is the English "
        f"translation published by the press office.\n\n"
        f"{speaker}: {words}\n"
    )
