"""Speed of the verifier: ms/quote for ``judge`` against sources of 10k, 100k and 1M words.

The sources are synthetic but realistic: the project's own transcript sentences
(``tests/pages/verify/harbour_transcript.txt``) repeated with varied numbers, dates and
names, so every copy differs and the inverted index has real work to do (a quote's rare
words occur once, its common words everywhere). Quotes are taken from the middle of the
source: verbatim, spelling variants, perturbed (number, negation, hedge) and paraphrased
ones (the paraphrases are the quotes that need the sentence model).

Prints, per size: words, index build time, ms/quote without embeddings (lexical stage
only; what needs the model is "uncertain") and with embeddings, and the model load time
(paid once per process, by the first quote that needs it).

    PYTHONPATH=src python bench/verify_speed.py            # 10k, 100k, 1M words
    PYTHONPATH=src python bench/verify_speed.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSCRIPT = ROOT / "tests" / "pages" / "verify" / "harbour_transcript.txt"

NAMES = [
    "Olsen",
    "Lindqvist",
    "Berg",
    "Halvorsen",
    "Nyberg",
    "Strand",
    "Dahl",
    "Moen",
    "Eklund",
    "Vik",
]
PLACES = ["Skarsund", "Norvik", "Brekke", "Lindholm", "Elling", "Tofte", "Vardal", "Hamnes"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October"]


def _body() -> str:
    text = TRANSCRIPT.read_text(encoding="utf-8")
    return text[text.index("Let me start") : text.index("Question:")]


def make_source(words: int, seed: int = 7) -> tuple[object, list[str]]:
    """A one-speaker source of about ``words`` words and the copies' texts."""
    from onrecord.model import Source, Turn

    rnd = random.Random(seed)
    body = _body()
    copies: list[str] = []
    total = 0
    n = 0
    while total < words:
        piece = re.sub(r"\d[\d,]*", lambda m: str(rnd.randint(2, 9999)), body)
        piece = piece.replace("Olsen", rnd.choice(NAMES)).replace("Skarsund", rnd.choice(PLACES))
        piece = piece.replace("Norvik", rnd.choice(PLACES)).replace("March", rnd.choice(MONTHS))
        piece = piece.replace("February", rnd.choice(MONTHS))
        copies.append(piece)
        total += len(piece.split())
        n += 1
    text = "\n\n".join(copies)
    turn = Turn("Ingrid Halvorsen", "Minister Ingrid Halvorsen:", 0, len(text))
    src = Source("synthetic", None, "Ingrid Halvorsen", text, 0, len(text), (turn,))
    return src, copies


def quotes_from(copies: list[str], rnd: random.Random) -> list[str]:
    """Quotes of every kind from copies in the middle of the source."""
    out: list[str] = []
    for _ in range(6):
        piece = copies[
            rnd.randrange(len(copies) // 4, max(len(copies) // 4 + 1, 3 * len(copies) // 4))
        ]
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", piece) if len(s.split()) > 6]
        s = rnd.choice(sentences)
        out.append(s)  # verbatim
        out.append(s.replace("organised", "organized").replace("per cent", "percent"))  # cosmetic
        out.append(re.sub(r"\d[\d,]*", "77", s, count=1))  # number changed (or verbatim)
        out.append(
            s.replace(" will ", " will not ", 1)
            if " will " in s
            else "We never " + s[0].lower() + s[1:]
        )
    out.append(
        "Mr Olsen and his crew worked around the clock, and I thank them for their patience and bravery."
    )
    out.append("We split the repair work into two phases.")
    out.append("Our ferries are the safest in Europe.")
    return out


def run(sizes: list[int], embeddings: bool) -> list[dict[str, float]]:
    from onrecord.verify import SourceIndex, judge, semantic

    rows = []
    for size in sizes:
        src, copies = make_source(size)
        began = time.perf_counter()
        index = SourceIndex([src])
        build = time.perf_counter() - began
        rnd = random.Random(size)
        quotes = quotes_from(copies, rnd)
        if embeddings:
            semantic.available()  # pay the model load outside the per-quote figures
        times: list[float] = []
        labels: dict[str, int] = {}
        for q in quotes:
            began = time.perf_counter()
            v = judge(q, index, speaker="Ingrid Halvorsen")
            times.append((time.perf_counter() - began) * 1000)
            labels[v.label] = labels.get(v.label, 0) + 1
        rows.append(
            {
                "words": index.n_tokens,
                "build_s": build,
                "ms_mean": statistics.fmean(times),
                "ms_median": statistics.median(times),
                "ms_max": max(times),
                "quotes": len(quotes),
                "labels": labels,  # type: ignore[dict-item]
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args(argv)

    saved = sys.modules.get("sentence_transformers", "absent")
    sys.modules["sentence_transformers"] = None  # type: ignore[assignment]
    from onrecord.verify import semantic

    semantic._state = semantic._State()
    lexical = run(args.sizes, embeddings=False)
    if saved == "absent":
        del sys.modules["sentence_transformers"]
    else:
        sys.modules["sentence_transformers"] = saved  # type: ignore[assignment]
    semantic._state = semantic._State()
    began = time.perf_counter()
    ok = semantic.available()
    load = time.perf_counter() - began
    full = run(args.sizes, embeddings=True) if ok else []

    print(f"sentence model load: {load:.2f} s" + ("" if ok else " (not available)"))
    print(
        f"{'words':>10} {'index s':>8} {'lexical ms/q':>13} {'(median)':>9} {'embed ms/q':>11} {'(median)':>9} {'(max)':>8}"
    )
    for n, row in enumerate(lexical):
        emb = full[n] if full else None
        print(
            f"{row['words']:>10,} {row['build_s']:>8.2f} {row['ms_mean']:>13.1f} {row['ms_median']:>9.1f} "
            + (
                f"{emb['ms_mean']:>11.1f} {emb['ms_median']:>9.1f} {emb['ms_max']:>8.1f}"
                if emb
                else ""
            )
        )
    for name, rows in (("without embeddings", lexical), ("with embeddings", full)):
        for row in rows:
            print(f"labels {name}, {row['words']:,} words: {row['labels']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
