"""Main-text extraction benchmark: onrecord's HTML reader against plain trafilatura.

Data: ``../shared/data/article-extraction-benchmark`` (181 news and blog pages,
``html/<id>.html.gz``, ``ground-truth.json`` with the ``articleBody`` a person marked).

Metric, as the benchmark publishes it: split text into ``\\w+`` tokens (case kept),
make 4-token shingles; per page count shingle true positives, false positives and
false negatives; precision and recall are averaged over pages and F1 is the harmonic
mean of the two averages. (A page where both texts yield no shingle scores P = R = 1;
an empty prediction against a non-empty truth scores P = 1, R = 0.)

What is scored for onrecord: ``Draft.text`` without its title block. The ground truth
is the article body only, and trafilatura's own ``extract`` does not output the title
either, so both systems are scored on the body. ``--with-title`` scores the whole text.

Both systems get the same input: the page bytes (trafilatura decodes them itself;
onrecord decodes through its own reader). Timing is CPU time per page (the best of
``--repeat`` runs, the two systems alternating page by page), summed over the set.

    python bench/extraction.py [--data DIR] [--limit N] [--repeat K] [--with-title] [--worst N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds scripts named like standard modules (time.py, numbers.py): keep the
# script's own folder off the import path before importing anything else
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.errors import InputError  # noqa: E402
from onrecord.read.html import parse  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_pr(predicted: str, truth: str) -> tuple[float, float]:
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def onrecord_text(data: bytes, url: str, *, with_title: bool) -> str:
    try:
        draft = parse(data, url=url)
    except InputError:
        return ""
    if with_title:
        return draft.text
    return "\n\n".join(draft.text[b.start : b.end] for b in draft.blocks if b.kind != "title")


def trafilatura_text(data: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(data, url=url) or ""


def run(
    systems: dict[str, Callable[[bytes, str], str]],
    pages: list[tuple[str, bytes, str, str]],
    repeat: int,
) -> tuple[dict[str, list[tuple[str, float, float]]], dict[str, float]]:
    """Score every system on every page; time each page as the best of ``repeat`` runs
    of CPU time (``time.thread_time``), the systems alternating page by page, so other
    processes on the machine disturb the comparison as little as possible."""
    scores: dict[str, list[tuple[str, float, float]]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for pid, data, url, truth in pages:
        best = dict.fromkeys(systems, float("inf"))
        outputs = {}
        for _ in range(max(1, repeat)):
            for name, fn in systems.items():
                start = time.thread_time()
                outputs[name] = fn(data, url)
                best[name] = min(best[name], time.thread_time() - start)
        for name in systems:
            seconds[name] += best[name]
            p, r = page_pr(outputs[name], truth)
            scores[name].append((pid, p, r))
    return scores, seconds


def summary(scores: list[tuple[str, float, float]]) -> tuple[float, float, float]:
    p = sum(s[1] for s in scores) / len(scores)
    r = sum(s[2] for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--with-title", action="store_true")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages onrecord does worst on")
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura logs a warning per discarded page

    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        path = args.data / "html" / f"{pid}.html.gz"
        pages.append(
            (pid, gzip.decompress(path.read_bytes()), truth[pid]["url"], truth[pid]["articleBody"])
        )
    if args.limit:
        pages = pages[: args.limit]

    systems: dict[str, Callable[[bytes, str], str]] = {
        "onrecord": lambda d, u: onrecord_text(d, u, with_title=args.with_title),
        "trafilatura": trafilatura_text,
    }
    scores, best = run(systems, pages, args.repeat)

    print(
        f"article-extraction-benchmark: {len(pages)} pages, 4-token shingles, "
        f"title {'scored' if args.with_title else 'not scored'}"
    )
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'ms/page':>8}")
    for name in systems:
        p, r, f1 = summary(scores[name])
        print(f"{name:<12} {p:9.4f} {r:7.4f} {f1:7.4f} {1000 * best[name] / len(pages):8.1f}")
    print(f"time ratio onrecord/trafilatura: {best['onrecord'] / best['trafilatura']:.2f}")
    if args.worst:
        ref = {pid: (p, r) for pid, p, r in scores["trafilatura"]}
        worst = sorted(scores["onrecord"], key=lambda s: s[1] + s[2])[: args.worst]
        for pid, p, r in worst:
            tp, tr = ref[pid]
            print(f"  {pid[:16]}  onrecord P={p:.2f} R={r:.2f}  trafilatura P={tp:.2f} R={tr:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
