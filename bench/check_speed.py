"""Words per second for ``onrecord.check``: the seed page, and a large page made from
the project's own demo page (its report paragraphs repeated with varied numbers, its
transcript given as the source).

    python bench/check_speed.py [--copies 200]
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from importlib import resources
from pathlib import Path

import onrecord
from onrecord.analyse.nlp import nlp

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e4bb2a768bc5b848.txt"


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def timed(label: str, page: str | Path, sources: list[Path], *, facts: bool = True) -> None:
    t0 = time.perf_counter()
    report = onrecord.check(page, sources=sources, facts=facts)
    dt = time.perf_counter() - t0
    n = words(report.page.text)
    print(
        f"{label:<28} {n:>9,} words {len(report.quotes):>6} quotes {dt:8.2f} s "
        f"{n / dt:>10,.0f} words/s {1000 * dt / max(1, len(report.quotes)):8.1f} ms/quote"
    )


def large_page(copies: int, out: Path) -> tuple[Path, Path]:
    demo = resources.files("onrecord") / "demo"
    page = (demo / "page.txt").read_text(encoding="utf-8")
    transcript = demo / "transcript.txt"
    head, _, _ = page.partition("\nBelow is the")
    paragraphs = head.split("\n\n")
    body = []
    for i in range(copies):
        for p in paragraphs[3:]:
            body.append(re.sub(r"\b(\d{2,})\b", lambda m, i=i: str(int(m.group(1)) + i), p))
    out.write_text("\n\n".join(paragraphs[:3] + body) + "\n", encoding="utf-8")
    src = out.with_name("transcript.txt")
    src.write_text(transcript.read_text(encoding="utf-8"), encoding="utf-8")
    return out, src


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=200)
    args = parser.parse_args()
    t0 = time.perf_counter()
    nlp()
    print(f"spaCy model load: {time.perf_counter() - t0:.2f} s (once per process)")
    onrecord.check(SEED)  # warm-up: caches, lazy imports
    timed("seed", SEED, [])
    timed("seed, no facts", SEED, [], facts=False)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        page, src = large_page(args.copies, Path(tmp) / "large.txt")
        timed(f"demo x{args.copies}", page, [src])
        timed(f"demo x{args.copies}, no facts", page, [src], facts=False)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:,.0f} MB")


if __name__ == "__main__":
    main()
