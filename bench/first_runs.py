"""How each verdict rule does on statements it was not written for (issue 3).

Every ``heldout`` split from heldout21 on was written by a helper session that never saw
the verifier and was run once, blind, before anyone looked at its errors.
``bench/gold/verdicts/first_runs.jsonl`` keeps those first runs: for each gold quote the
label, rule and confidence the code of that day gave it (``code``: the commit). Later
tuning makes the same splits look better; the first runs do not move, so they are the
honest measure of a rule's precision on a new speaker, outlet and translator.

    PYTHONPATH=src python bench/first_runs.py              # per-rule precision, first runs
    PYTHONPATH=src python bench/first_runs.py --by-split   # accuracy of each first run
    PYTHONPATH=src python bench/first_runs.py --bands      # precision, copied vs free
    PYTHONPATH=src python bench/first_runs.py --record heldout44   # append a blind split
    PYTHONPATH=src python bench/first_runs.py --calibration  # write data/rule_precision.json

``--calibration`` writes the precision of each misquote rule with at least
``MIN_VERDICTS`` first-run verdicts to ``src/onrecord/verify/data/rule_precision.json``:
the verifier caps a misquote verdict's confidence at its rule's precision there. It
writes it by band too, for a band with at least ``MIN_BAND_VERDICTS`` of them: ``copied`` is the share of the quote's words that are the
passage's own (``copied_share``, kept with each first run), and a quote with less than
``rendering_copied`` of them (thresholds.json) is a free rendering, on which a word that
does not align is as often a translator's as a change (``--bands`` prints the table).
The rows recorded before heldout71 got their ``copied`` from the code of f78c465 (the
passage that code chose); later rows keep the share of their own first run.
A row also keeps ``similarity``, the cosine of the quote and its passage
(all-MiniLM-L6-v2; null without a passage or the model): a second feature the
calibration may read. From heldout143 on it is the passage of the row's own first run;
the rows before got it from the passage the code of 0ee039d chose.

The rule tables and ``--calibration`` use only the first runs of splits open for tuning:
a split listed in ``BLIND`` keeps its first run, but its gold labels feed no rule
precision until it is opened, so its blind figures stay blind.

``--record`` runs the current code on a split listed in ``BLIND`` in bench/verdicts.py
(and refuses a tuned or already recorded one), so record a new split before opening it.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import verdicts as V

FIRST_RUNS = V.GOLD_DIR / "first_runs.jsonl"
CALIBRATION = V.ROOT / "src" / "onrecord" / "verify" / "data" / "rule_precision.json"
MIN_VERDICTS = 20
# a band's own figure is read once it has half as many: the two bands differ (a rule right
# on 0.8-1.0 of the quotes that copy their passage is often right on 0.3-0.6 of the free
# renderings), so the overall figure mixes them in the proportion the first runs happened
# to have and describes neither; with MIN_VERDICTS overall, a band's own share on ten
# verdicts is nearer its truth than that mixture (README, thirty-third session)
MIN_BAND_VERDICTS = MIN_VERDICTS // 2
RENDERING_COPIED = json.loads(
    (V.ROOT / "src" / "onrecord" / "verify" / "data" / "thresholds.json").read_text("utf-8")
)["thresholds"]["rendering_copied"]


def load_first_runs() -> list[dict[str, object]]:
    if not FIRST_RUNS.exists():
        return []
    with FIRST_RUNS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_labels() -> dict[tuple[str, str, str, int], str]:
    """Gold labels by (split, report, quote, occurrence): a report may quote the same
    words twice, once faithfully and once not."""
    return {(g.split, g.report, g.quote, g.occurrence): g.label for g in V.load_all_gold()}


def keyed(rows: Sequence[dict[str, object]]) -> list[tuple[tuple[str, str, str, int], dict]]:
    """Each row with its gold key. Rows keep no occurrence, but a split's rows are
    recorded in gold order, so the n-th row with the same words is their n-th occurrence."""
    seen: collections.Counter[tuple[str, str, str]] = collections.Counter()
    out = []
    for r in rows:
        words = (str(r["split"]), str(r["report"]), str(r["quote"]))
        seen[words] += 1
        out.append(((*words, seen[words]), r))
    return out


def opened(rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    """The first runs of splits open for tuning. The rule tables and the calibration read
    gold labels quote by quote, so a blind split's first run is kept but its labels feed
    nothing until it is opened (taken out of ``BLIND``)."""
    return [r for r in rows if r["split"] not in V.BLIND]


def band_of(row: dict[str, object]) -> str:
    """ "free" for a first run on a free rendering, "copied" otherwise (see the module)."""
    copied = row.get("copied")
    if copied is None:
        return "unknown"
    return "free" if float(str(copied)) < RENDERING_COPIED else "copied"


def rule_table(rows: Sequence[dict[str, object]]) -> list[tuple[str, str, int, int, int, int]]:
    """(side predicted, rule, n, gold faithful, gold misquote, gold other) by rule."""
    gold = gold_labels()
    counts: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    for key, r in keyed(rows):
        label = gold.get(key)
        if label is None:
            continue
        truth = V._binary(label)
        side = V._binary(str(r["predicted"]))
        counts[(side, str(r["rule"]))][truth if truth in ("faithful", "misquote") else "other"] += 1
    out = []
    for (side, rule), c in counts.items():
        out.append((side, rule, sum(c.values()), c["faithful"], c["misquote"], c["other"]))
    return sorted(out, key=lambda t: -t[2])


def print_rules(rows: Sequence[dict[str, object]]) -> None:
    splits = sorted({str(r["split"]) for r in rows}, key=lambda s: int(s.removeprefix("heldout")))
    print(f"first runs: {len(rows)} quotes in {len(splits)} splits ({splits[0]}..{splits[-1]})")
    print(
        f"{'predicted':10} {'rule':24} {'n':>5} {'faithful':>9} {'misquote':>9} {'other':>6}  precision"
    )
    for side, rule, n, f, m, o in rule_table(rows):
        right = {"faithful": f, "misquote": m}.get(side)
        prec = "" if right is None else f"{right / n:.2f}"
        print(f"{side:10} {rule:24} {n:5d} {f:9d} {m:9d} {o:6d}  {prec}")


def print_by_split(rows: Sequence[dict[str, object]]) -> None:
    gold = gold_labels()
    by: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for key, r in keyed(rows):
        label = gold.get(key)
        if label is not None:
            by[str(r["split"])].append((V._binary(label), V._binary(str(r["predicted"]))))
    print(f"{'split':10} {'code':8} {'quotes':>6} {'accuracy':>8} {'faithful called misquote':>25}")
    code = {str(r["split"]): str(r["code"]) for r in rows}
    for split in sorted(by, key=lambda s: int(s.removeprefix("heldout"))):
        pairs = [p for p in by[split] if p[0] in ("faithful", "misquote")]
        acc = sum(g == p for g, p in pairs) / len(pairs)
        faithful = [p for g, p in pairs if g == "faithful"]
        fm = sum(p == "misquote" for p in faithful) / len(faithful)
        print(f"{split:10} {code[split]:8} {len(by[split]):6d} {acc:8.3f} {fm:25.1%}")


def misquote_precision(rows: Sequence[dict[str, object]]) -> dict[str, dict[str, object]]:
    """The precision of each misquote rule with at least ``MIN_VERDICTS`` verdicts, and
    in each band (:func:`band_of`) that has at least ``MIN_BAND_VERDICTS``."""
    bands = {
        band: {
            rule: {"verdicts": n, "precision": round(m / n, 2)}
            for side, rule, n, _f, m, _o in rule_table([r for r in rows if band_of(r) == band])
            if side == "misquote" and n >= MIN_BAND_VERDICTS
        }
        for band in ("copied", "free")
    }
    out: dict[str, dict[str, object]] = {}
    for side, rule, n, _f, m, _o in rule_table(rows):
        if side == "misquote" and n >= MIN_VERDICTS:
            entry: dict[str, object] = {"verdicts": n, "precision": round(m / n, 2)}
            by_band = {band: t[rule] for band, t in bands.items() if rule in t}
            if by_band:
                entry["bands"] = by_band
            out[rule] = entry
    return out


def wilson_low(k: int, n: int, z: float = 1.96) -> float:
    """The lower end of the 95% Wilson interval of a share ``k`` of ``n``."""
    if n == 0:
        return 0.0
    p = k / n
    centre = p + z * z / (2 * n)
    spread = z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5
    return (centre - spread) / (1 + z * z / n)


def open_odds(rows: Sequence[dict[str, object]]) -> dict[str, dict[str, object]]:
    """For each rule that left at least ``MIN_VERDICTS`` quotes uncertain, the share of
    them that were faithful, and the lower end of its 95% interval."""
    out: dict[str, dict[str, object]] = {}
    for side, rule, n, f, _m, _o in rule_table(rows):
        if side == "uncertain" and n >= MIN_VERDICTS:
            out[rule] = {
                "verdicts": n,
                "faithful": round(f / n, 2),
                "faithful_low": round(wilson_low(f, n), 3),
            }
    return out


def print_bands(rows: Sequence[dict[str, object]]) -> None:
    print(
        f"misquote rules by band (free rendering: under {RENDERING_COPIED:.0%} of the quote's "
        "words are the passage's own)"
    )
    print(f"{'rule':24} {'all':>10} {'copied':>12} {'free':>12}")
    for rule, e in sorted(misquote_precision(rows).items()):
        b = e.get("bands", {})
        assert isinstance(b, dict)
        cells = [
            f"{b[k]['precision']:.2f} ({b[k]['verdicts']})" if k in b else "-"
            for k in ("copied", "free")
        ]
        print(f"{rule:24} {e['precision']:.2f} ({e['verdicts']:>4}) {cells[0]:>12} {cells[1]:>12}")


def write_calibration(rows: Sequence[dict[str, object]]) -> None:
    splits = sorted({str(r["split"]) for r in rows}, key=lambda s: int(s.removeprefix("heldout")))
    precision = misquote_precision(rows)
    data = {
        "note": (
            "Precision of each misquote rule on statements it was not written for: the "
            f"first, blind runs of {splits[0]}..{splits[-1]} ({len(rows)} quotes; "
            "bench/gold/verdicts/first_runs.jsonl), rules with at least "
            f"{MIN_VERDICTS} verdicts, and by band ('bands': 'copied', 'free', where a "
            f"band has at least {MIN_BAND_VERDICTS} verdicts of its own; a free rendering has less than rendering_copied "
            "of its words from the passage). A misquote verdict's confidence is at most "
            "its rule's precision in its band (else overall); on a free rendering, a rule "
            "right in less than half its verdicts there gives way to a translation. "
            "Written by: PYTHONPATH=src python bench/first_runs.py "
            "--calibration"
        ),
        "precision": dict(sorted(precision.items())),
        "open_note": (
            "Rules that leave a quote uncertain, with the share of those quotes that were "
            "faithful in the first runs and the lower end of its 95% Wilson interval: "
            "where that lower end is above one half, the verifier decides such a quote as "
            "a translation, with the difference kept as a note."
        ),
        "open": dict(sorted(open_odds(rows).items())),
    }
    CALIBRATION.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {CALIBRATION.relative_to(V.ROOT)}: {len(precision)} rules")


def similarities(quotes: Sequence[str], passages: Sequence[str]) -> list[float | None]:
    """The cosine of each quote and its passage (3 decimals); None where there is no
    passage or no sentence model."""
    from onrecord.errors import ModelUnavailableError
    from onrecord.verify import semantic

    pairs = [(q, p) for q, p in zip(quotes, passages, strict=True) if p]
    try:
        qv = semantic.encode([q for q, _ in pairs])
        pv = semantic.encode([p for _, p in pairs])
    except ModelUnavailableError:
        return [None] * len(quotes)
    found = iter(round(float(a @ b), 3) for a, b in zip(qv, pv, strict=True))
    return [next(found) if p else None for p in passages]


def record(split: str) -> int:
    if split not in V.BLIND:
        print(f"{split} is not blind (BLIND in bench/verdicts.py): its first run is gone")
        return 2
    if any(r["split"] == split for r in load_first_runs()):
        print(f"{split} is already recorded")
        return 2
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    run = V.run_gold(split)
    sims = similarities([o.quote for o in run.outcomes], [o.passage for o in run.outcomes])
    with FIRST_RUNS.open("a", encoding="utf-8") as f:
        for o, sim in zip(run.outcomes, sims, strict=True):
            row = {
                "split": o.split,
                "report": o.report,
                "quote": o.quote,
                "code": head or "unknown",
                "predicted": o.predicted,
                "rule": o.rule,
                "confidence": o.confidence,
                "copied": round(o.copied, 3),
                "similarity": sim,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"recorded {len(run.outcomes)} first-run verdicts of {split} (code {head})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--by-split", action="store_true", help="accuracy of each first run")
    parser.add_argument("--record", metavar="SPLIT", help="run a blind split and append it")
    parser.add_argument("--bands", action="store_true", help="precision, copied vs free")
    parser.add_argument(
        "--calibration", action="store_true", help="write the rules' precision for the verifier"
    )
    args = parser.parse_args(argv)
    if args.record:
        return record(args.record)
    rows = load_first_runs()
    if not rows:
        print("no first runs recorded")
        return 1
    if args.by_split:  # totals only: allowed for a blind split
        print_by_split(rows)
        return 0
    rows = opened(rows)
    if args.calibration:
        write_calibration(rows)
    elif args.bands:
        print_bands(rows)
    else:
        print_rules(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
