"""Number spans on MEANTIME (../shared/data/meantime-dev) against its MONEY/QUANTITY/PERCENT.

    PYTHONPATH=src python bench/number_spans.py [--errors]

find_claims runs over the annotated part of each article (MEANTIME annotates the title, the
dateline and the first four sentences). A claim's span covers hedge, currency, number and the
counted noun ("about 10 heads of state"); MEANTIME's VALUE covers the amount only ("179",
"US$ 40 billion", "up to 60"). So two matchings are printed:

- exact: the claim's *amount* (its span up to the end of the last number, with a following
  "%"/"percent") equals the gold span, ignoring a leading hedge on either side;
- overlap: the claim's span and the gold span share at least one character.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

# keep this folder off sys.path (bench/time.py must never shadow the standard library's time)
# and load the MEANTIME reader by path instead
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
_spec = importlib.util.spec_from_file_location("meantime", _HERE / "meantime.py")
assert _spec is not None and _spec.loader is not None
meantime = importlib.util.module_from_spec(_spec)
sys.modules["meantime"] = meantime
_spec.loader.exec_module(meantime)

from onrecord.analyse.claims import hedge_of  # noqa: E402
from onrecord.analyse.numbers import number_pattern  # noqa: E402
from onrecord.model import Claim, Span  # noqa: E402

_PCT = re.compile(r"\s?(?:%|(?i:per\s?cent|percent))")


def amount(text: str, c: Claim) -> tuple[int, int]:
    """The claim's amount: from after the hedge to the end of its last number (+ percent)."""
    start = c.start
    if c.hedge and c.direction != "range":
        h = hedge_of(text[c.start : c.start + len(c.hedge) + 5] + " ")
        if h is None or text[c.start : c.start + len(c.hedge)].lower() == c.hedge.lower():
            start = c.start + len(c.hedge)
            while start < c.end and text[start] == " ":
                start += 1
    ends = [m.end() for m in number_pattern().finditer(text, c.start, c.end)]
    end = ends[-1] if ends else c.end
    pm = _PCT.match(text, end)
    return start, pm.end() if pm else end


def _strip_hedge(text: str, start: int, end: int) -> int:
    h = hedge_of(text[start:end].split(" ", 2)[0] + " ") or hedge_of(
        " ".join(text[start:end].split(" ", 3)[:2]) + " "
    )
    if h:
        start += len(h[1])
        while start < end and text[start] == " ":
            start += 1
    return start


def run(show_errors: bool) -> dict[str, float]:
    from onrecord.analyse.claims import find_claims
    from onrecord.analyse.time import find_times

    n_sys = n_gold = tp_exact = tp_ov_sys = tp_ov_gold = 0
    c_sys = c_exact = c_ov_sys = c_ov_gold = 0
    errors: list[str] = []
    for doc in meantime.load():
        gold = [
            (m.start, m.end)
            for m in doc.markables
            if m.tag == "VALUE" and m.type in ("MONEY", "QUANTITY", "PERCENT")
        ]
        region = [Span(0, doc.annotated_end)]
        times = find_times(doc.text, region, anchor=doc.dct)
        claims = find_claims(doc.text, region, anchor=doc.dct, times=times)
        spans = [(c.start, c.end) for c in claims]
        amounts = {amount(doc.text, c) for c in claims}
        gold_cores = {(_strip_hedge(doc.text, s, e), e) for s, e in gold}
        cardinal = [
            c
            for c in claims
            if c.direction != "ordinal"
            and not any(t.start <= c.start < t.end for t in times if t.kind == "duration")
        ]
        c_spans = [(c.start, c.end) for c in cardinal]
        c_sys += len(cardinal)
        c_exact += len({amount(doc.text, c) for c in cardinal} & gold_cores)
        c_ov_sys += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in c_spans)
        c_ov_gold += sum(any(s < ge and gs < e for s, e in c_spans) for gs, ge in gold)
        n_sys += len(claims)
        n_gold += len(gold)
        tp_exact += len(amounts & gold_cores)
        tp_ov_sys += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in spans)
        tp_ov_gold += sum(any(s < ge and gs < e for s, e in spans) for gs, ge in gold)
        for s, e in spans:
            if not any(s < ge and gs < e for gs, ge in gold):
                errors.append(f"FP {doc.name[:28]:28} {doc.text[s:e]!r}")
        for gs, ge in gold:
            if not any(s < ge and gs < e for s, e in spans):
                errors.append(f"FN {doc.name[:28]:28} {doc.text[gs:ge]!r}")

    def prf(tp_p: int, tp_r: int, n_sys: int = n_sys) -> str:
        p = tp_p / n_sys if n_sys else 0.0
        r = tp_r / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"

    print(f"MEANTIME dev: number spans vs MONEY/QUANTITY/PERCENT (gold {n_gold}, system {n_sys})")
    print(f"  exact amount  {prf(tp_exact, tp_exact)}")
    print(f"  overlap       {prf(tp_ov_sys, tp_ov_gold)}")
    print(f"without ordinals and durations (MEANTIME leaves those out of VALUE; system {c_sys})")
    print(f"  exact amount  {prf(c_exact, c_exact, c_sys)}")
    print(f"  overlap       {prf(c_ov_sys, c_ov_gold, c_sys)}")
    if show_errors:
        print("\n".join(["", *errors]))

    def f1(tp_p: int, tp_r: int, n_s: int) -> float:
        p = tp_p / n_s if n_s else 0.0
        r = tp_r / n_gold if n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "exact_f1": f1(tp_exact, tp_exact, n_sys),
        "overlap_f1": f1(tp_ov_sys, tp_ov_gold, n_sys),
        "cardinal_overlap_f1": f1(c_ov_sys, c_ov_gold, c_sys),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    run(ap.parse_args().errors)


if __name__ == "__main__":
    main()
