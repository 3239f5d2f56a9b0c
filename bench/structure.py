"""Benchmark of the structure stage (decode -> textdump -> layout) on the gold set.

    PYTHONPATH=src python bench/structure.py            # accuracy over bench/gold/structure
    PYTHONPATH=src python bench/structure.py --show F   # print the layout of one file
    PYTHONPATH=src python bench/structure.py --perf 50  # time + peak memory on a ~50 MB page

Gold: ``bench/gold/structure/NAME.txt`` with ``NAME.json``::

    {"kinds": ["title", "date", ...],          # one per block, in order
     "title": "...", "date": "2025-05-11", "dateline": "Moscow, Russia",
     "sources": [{"title": "...", "speaker": "...", "turns": 9,
                  "speakers": ["Joe Biden", null]}],
     "teasers": [{"title": "...", "date": "2023-10-19"}]}

Prints per-field accuracy and block-kind precision / recall / F1 (micro and per kind).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from onrecord.model import BLOCK_KINDS, Page
from onrecord.read.decode import decode
from onrecord.read.textdump import parse
from onrecord.structure import layout

GOLD = Path(__file__).resolve().parent / "gold" / "structure"


def read_page(path: Path) -> Page:
    text, encoding = decode(path.read_bytes())
    return layout(parse(text, origin=str(path), encoding=encoding))


def show(path: Path) -> None:
    page = read_page(path)
    text = page.text
    print(page.meta)
    for b in page.blocks:
        print(f"{b.kind:12} {b.origin:9} {text[b.start : b.end][:100]!r}")
    for s in page.sources:
        print(
            f"SOURCE {s.id} title={s.title!r} speaker={s.speaker!r} date={s.date} turns={len(s.turns)}"
        )
        for t in s.turns:
            print(f"   {t.speaker!r:24} {t.label!r:28} {text[t.start : t.end][:70]!r}")
    for t in page.teasers:
        print(f"TEASER {t.title!r} {t.date} {t.snippet[:60]!r}")


def evaluate(gold_dir: Path = GOLD) -> dict[str, float]:
    fields: dict[str, list[bool]] = {}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()

    def check(name: str, ok: bool) -> None:
        fields.setdefault(name, []).append(ok)

    files = sorted(gold_dir.glob("*.json"))
    for gold_path in files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = read_page(gold_path.with_suffix(".txt"))
        got = [b.kind for b in page.blocks]
        want = gold["kinds"]
        check("block count", len(got) == len(want))
        for g, w in zip(got, want, strict=False):
            if g == w:
                tp[w] += 1
            else:
                fp[g] += 1
                fn[w] += 1
        for extra in got[len(want) :]:
            fp[extra] += 1
        for missing in want[len(got) :]:
            fn[missing] += 1
        for key in ("title", "date", "dateline"):
            check(key, getattr(page.meta, key) == gold.get(key))
        sources = gold.get("sources", [])
        check("source count", len(page.sources) == len(sources))
        for want_s, got_s in zip(sources, page.sources, strict=False):
            check("source title", got_s.title == want_s.get("title"))
            check("source speaker", got_s.speaker == want_s.get("speaker"))
            check("source turns", len(got_s.turns) == want_s.get("turns"))
            want_sp = sorted(want_s.get("speakers", []), key=str)
            got_sp = sorted({t.speaker for t in got_s.turns}, key=str)
            check("turn speakers", got_sp == want_sp)
        teasers = gold.get("teasers", [])
        check("teaser count", len(page.teasers) == len(teasers))
        for want_t, got_t in zip(teasers, page.teasers, strict=False):
            check("teaser title", got_t.title == want_t["title"])
            check("teaser date", got_t.date == want_t.get("date"))
        # no report block may hold teaser or boilerplate text
        zone = [(t.start, t.end) for t in page.teasers]
        check(
            "report clean",
            not any(s <= b.start < e for b in page.report for s, e in zone),
        )

    print(f"structure gold set: {len(files)} pages ({gold_dir})")
    print(f"{'field':16} {'accuracy':>9}  n")
    scores: dict[str, float] = {}
    for name, oks in fields.items():
        acc = sum(oks) / len(oks)
        scores[name] = acc
        print(f"{name:16} {acc:9.3f}  {len(oks)}")
    print(f"\n{'block kind':14} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for kind in BLOCK_KINDS:
        n = tp[kind] + fn[kind]
        if not n and not fp[kind]:
            continue
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / n if n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:14} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}")
    total_tp = sum(tp.values())
    total = total_tp + sum(fn.values())
    micro = total_tp / total if total else 0.0
    print(f"{'micro (acc)':14} {micro:6.3f} {'':6} {'':6} {total:4d}")
    scores["block micro"] = micro
    return scores


def _timed(label: str, data: bytes) -> None:
    t0 = time.perf_counter()
    text, enc = decode(data)
    t1 = time.perf_counter()
    draft = parse(text, encoding=enc)
    t2 = time.perf_counter()
    page = layout(draft)
    t3 = time.perf_counter()
    turns = sum(len(s.turns) for s in page.sources)
    print(
        f"{label}: {len(data) / 1e6:.1f} MB, {len(draft.blocks)} blocks -> "
        f"decode {t1 - t0:.2f}s, textdump {t2 - t1:.2f}s, layout {t3 - t2:.2f}s "
        f"({len(page.sources)} sources, {turns} turns, {len(page.teasers)} teasers); "
        f"max RSS so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB"
    )


def perf(megabytes: int) -> None:
    """Time and memory on ~``megabytes`` MB: one huge page with one long transcript,
    a page repeated (a source every 3 KB: the worst case for source building), and a
    legacy-encoded text that goes through sampled detection. Peak memory of decode
    alone is measured with tracemalloc (which slows Python down, so not for timing)."""
    size = megabytes * 1_000_000
    unit = (GOLD / "wh_press_conference.txt").read_text(encoding="utf-8")
    head, rest = unit.split("THE PRESIDENT: Good afternoon.", 1)
    turns, tail = rest.split("END 3:02 P.M. EDT", 1)
    turns = "THE PRESIDENT: Good afternoon." + turns
    one_page = head + turns * (size // len(turns.encode()) + 1) + "END 3:02 P.M. EDT" + tail
    _timed("one long transcript", one_page.encode())
    body = unit.split("Related Stories")[0]
    _timed("repeated page", (body * (size // len(body.encode()) + 1)).encode())
    legacy = ("Президент заявил, что переговоры возобновятся. " * 40 + "\n\n") * (size // 3700 + 1)
    raw = legacy.encode("cp1251")
    del legacy
    tracemalloc.start()
    t0 = time.perf_counter()
    _, enc = decode(raw)
    t1 = time.perf_counter()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"legacy decode: {len(raw) / 1e6:.1f} MB {enc} in {t1 - t0:.2f}s, traced peak {peak / 1e6:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=Path)
    ap.add_argument("--perf", type=int, metavar="MB")
    args = ap.parse_args(argv)
    if args.show:
        show(args.show)
    elif args.perf:
        perf(args.perf)
    else:
        evaluate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
