"""Read MEANTIME NAF-like XML (../shared/data/meantime-dev) for the bench scripts.

The XML holds tokens and stand-off markables (TIMEX3, VALUE, ENTITY_MENTION) pointing at token
ids. :func:`load` rebuilds a plain text from the tokens (no space before closing punctuation,
one line for the title and one for the dateline) and gives every markable character offsets.
Nothing here is copied into the project: the data stays in ../shared.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "meantime-dev"

_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m|’s|’)$", re.I)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "``", "“"}


@dataclass
class Markable:
    tag: str
    type: str
    value: str | None
    function: str | None
    start: int
    end: int
    text: str


@dataclass
class Doc:
    name: str
    text: str
    dct: str | None
    annotated_end: int  # MEANTIME annotates only the first sentences: text[:annotated_end]
    markables: list[Markable] = field(default_factory=list)


def _doc(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    text = ""
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    prev_sent = None
    prev_tok = None
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if text:
            if sent != prev_sent and prev_sent in ("0", "1"):
                text += "\n"
            elif not (_NO_SPACE_BEFORE.match(word) or prev_tok in _NO_SPACE_AFTER):
                text += " "
        offsets[tok.get("t_id", "")] = (len(text), len(text) + len(word))
        sentence_of[tok.get("t_id", "")] = int(sent or 0)
        text += word
        prev_sent, prev_tok = sent, word
    marks: list[Markable] = []
    markables = root.find("Markables")
    last_sentence = 0
    for el in markables if markables is not None else []:
        ids = [a.get("t_id", "") for a in el.iter("token_anchor")]
        if not ids:
            continue
        last_sentence = max(last_sentence, *(sentence_of[i] for i in ids))
        start = min(offsets[i][0] for i in ids)
        end = max(offsets[i][1] for i in ids)
        marks.append(
            Markable(
                tag=el.tag,
                type=el.get("type") or el.get("syntactic_type") or "",
                value=el.get("value"),
                function=el.get("functionInDocument"),
                start=start,
                end=end,
                text=text[start:end],
            )
        )
    marks.sort(key=lambda m: m.start)
    dct = next(
        (m.value for m in marks if m.tag == "TIMEX3" and m.function == "CREATION_TIME"), None
    )
    if dct is None:  # a few articles only give their date on the dateline (sentence 1)
        line_end = text.find("\n", text.find("\n") + 1)
        dct = next(
            (
                m.value
                for m in marks
                if m.tag == "TIMEX3"
                and m.start <= line_end
                and m.value
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.value)
            ),
            None,
        )
    annotated_end = max(
        (offsets[t][1] for t, n in sentence_of.items() if n <= last_sentence), default=0
    )
    return Doc(path.stem, text, dct, annotated_end, marks)


def load(root: Path = DATA) -> Iterator[Doc]:
    """Every article of the sub-corpora under ``root``, in file-name order."""
    if not root.exists():
        raise SystemExit(f"MEANTIME data not found at {root}")
    for path in sorted(root.glob("corpus_*/*.xml")):
        yield _doc(path)
