"""Benchmark quote finding and speaker attribution on the gold set.

Usage: ``PYTHONPATH=src python bench/quotes.py``

Prints quote-span precision/recall/F1 (exact: every part's span equal; overlap:
the quotes share characters), speaker accuracy on the gold quotes that were found,
``find_quotes`` speed in chars/s on a large page and ``attribute`` cost in
ms/quote. The gold set is ``bench/gold/quotes/*.json``: each names a page under
``tests/pages/quotes/`` (paragraphs separated by blank lines) and lists its quotes
as the exact text of each part, in page order, with the expected speaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds scripts named like standard modules (numbers.py, time.py): keep the
# script's own folder off the import path so the standard library wins.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
ROOT = _HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import json  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from onrecord.analyse.quotes import find_quotes  # noqa: E402
from onrecord.analyse.speakers import attribute  # noqa: E402
from onrecord.model import Block, Metadata, Page, Quote  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "quotes"
SEED = ROOT.parent / "shared" / "seeds" / "000_e4bb2a768bc5b848.txt"


def page_of(paragraphs: list[str]) -> Page:
    blocks: list[Block] = []
    at = 0
    for i, para in enumerate(paragraphs):
        blocks.append(Block(at, at + len(para), "paragraph", f"paragraph {i}"))
        at += len(para) + 2
    text = "\n\n".join(paragraphs)
    return Page(text, Metadata(), tuple(blocks), (), (), "utf-8", "text", "<bench>")


def read_page(path: Path) -> Page:
    raw = path.read_text(encoding="utf-8")
    return page_of([p.strip() for p in raw.split("\n\n") if p.strip()])


@dataclass
class GoldQuote:
    parts: tuple[tuple[int, int], ...]
    speaker: str | None


def gold_quotes(page: Page, entries: list[dict]) -> list[GoldQuote]:
    """Locate each gold part in the page text, in order."""
    out: list[GoldQuote] = []
    cursor = 0
    for entry in entries:
        spans = []
        for part in entry["parts"]:
            at = page.text.find(part, cursor)
            if at < 0:
                raise ValueError(f"gold part not found in page: {part!r}")
            spans.append((at, at + len(part)))
            cursor = at + len(part)
        out.append(GoldQuote(tuple(spans), entry["speaker"]))
    return out


def _overlaps(q: Quote, g: GoldQuote) -> bool:
    return q.start < g.parts[-1][1] and g.parts[0][0] < q.end


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(gold_dir: Path = GOLD) -> dict[str, float]:
    """Scores over the gold set (used by the gate in tests/test_quotes.py)."""
    n_pred = n_gold = exact = overlap = 0
    spk_ok = spk_n = named_ok = named_n = 0
    attr_time = 0.0
    n_attr = 0
    for path in sorted(gold_dir.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        page = read_page(ROOT / entry["page"])
        gold = gold_quotes(page, entry["quotes"])
        quotes = find_quotes(page)
        t0 = time.perf_counter()
        who = attribute(page, quotes)
        attr_time += time.perf_counter() - t0
        n_attr += len(quotes)
        n_pred += len(quotes)
        n_gold += len(gold)
        used_exact: set[int] = set()
        used_overlap: set[int] = set()
        for g in gold:
            for k, q in enumerate(quotes):
                if k not in used_exact and tuple((p.start, p.end) for p in q.parts) == g.parts:
                    used_exact.add(k)
                    exact += 1
                    break
            for k, q in enumerate(quotes):
                if k not in used_overlap and _overlaps(q, g):
                    used_overlap.add(k)
                    overlap += 1
                    spk_n += 1
                    spk_ok += who[k].speaker == g.speaker
                    if g.speaker is not None:
                        named_n += 1
                        named_ok += who[k].speaker == g.speaker
                    break
    pe, re_, fe = _prf(exact, n_pred, n_gold)
    po, ro, fo = _prf(overlap, n_pred, n_gold)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "exact_p": pe,
        "exact_r": re_,
        "exact_f1": fe,
        "overlap_p": po,
        "overlap_r": ro,
        "overlap_f1": fo,
        "speaker_acc": spk_ok / spk_n if spk_n else 1.0,
        "speaker_acc_named": named_ok / named_n if named_n else 1.0,
        "ms_per_quote": 1000 * attr_time / n_attr if n_attr else 0.0,
    }


def speed(target_chars: int = 2_000_000) -> tuple[int, float, int]:
    """find_quotes on a big page made of the gold pages repeated."""
    paragraphs: list[str] = []
    for path in sorted((ROOT / "tests" / "pages" / "quotes").glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    big: list[str] = []
    size = 0
    while size < target_chars:
        big += paragraphs
        size += sum(len(p) + 2 for p in paragraphs)
    page = page_of(big)
    t0 = time.perf_counter()
    quotes = find_quotes(page)
    dt = time.perf_counter() - t0
    return len(page.text), dt, len(quotes)


def seed_speed(copies: int = 120) -> str:
    """find_quotes on the whole seed page repeated: ordinary news density."""
    if not SEED.exists():
        return "seed speed: seed not found"
    paragraphs = [p.strip() for p in SEED.read_text("utf-8").split("\n\n") if p.strip()]
    page = page_of(paragraphs * copies)
    t0 = time.perf_counter()
    quotes = find_quotes(page)
    dt = time.perf_counter() - t0
    return (
        f"find_quotes (seed page x{copies}): {len(page.text) / dt / 1e6:.2f} M chars/s "
        f"({len(page.text)} chars, {len(quotes)} quotes, {dt:.2f} s)"
    )


def seed_check() -> str:
    if not SEED.exists():
        return "seed: not found (../shared missing)"
    text = SEED.read_text(encoding="utf-8")
    cut = text.find("Below is the the President’s speech")
    page = page_of([line.strip() for line in text[:cut].splitlines() if line.strip()])
    quotes = find_quotes(page)
    who = attribute(page, quotes)
    putin = sum(a.speaker == "Vladimir Putin" for a in who)
    return f"seed: {len(quotes)} quotes (expected 12), {putin} attributed to Vladimir Putin"


def main() -> None:
    from onrecord.analyse.nlp import nlp

    nlp()  # load the model outside the timings
    scores = evaluate()
    chars, dt, n = speed()
    print(f"gold quotes: {scores['gold']:.0f}, predicted: {scores['predicted']:.0f}")
    print(
        f"exact   P {scores['exact_p']:.3f}  R {scores['exact_r']:.3f}  F1 {scores['exact_f1']:.3f}"
    )
    print(
        f"overlap P {scores['overlap_p']:.3f}  R {scores['overlap_r']:.3f}"
        f"  F1 {scores['overlap_f1']:.3f}"
    )
    print(
        f"speaker accuracy {scores['speaker_acc']:.3f} (named speakers only: "
        f"{scores['speaker_acc_named']:.3f})"
    )
    print(f"attribute: {scores['ms_per_quote']:.1f} ms/quote (gold pages, model loaded)")
    print(
        f"find_quotes (gold pages repeated, quote-dense): {chars / dt / 1e6:.2f} M chars/s "
        f"({chars} chars, {n} quotes, {dt:.2f} s)"
    )
    print(seed_speed())
    print(seed_check())


if __name__ == "__main__":
    main()
