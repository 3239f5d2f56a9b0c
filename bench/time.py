"""Time normalisation and detection on MEANTIME (../shared/data/meantime-dev).

    PYTHONPATH=src python bench/time.py [--errors]

(a) onrecord's normaliser handed the gold TIMEX3 DATE spans, anchored to the article's
    creation time; (b) dateparser handed the same spans (RELATIVE_BASE = the article date, each
    PREFER_DATES_FROM setting, the best one reported); accuracy of the value at the gold
    granularity. Reported over all DATE expressions and without the article's own dateline.
(c) find_times over the annotated part of each article (MEANTIME annotates the title, the
    dateline and the first four sentences only) against the gold TIMEX3 spans of every type:
    P/R/F1, exact and overlapping.

Comparison at the gold granularity: the system value becomes the interval of days it covers;
both ends, cut to the gold's granularity (year, quarter, month, ISO week, day, decade,
century), must equal the gold value. Gold values that name no date ("XXXX-XX-XX", "PXD") count
as right when the system gives no value; PAST_REF/PRESENT_REF/FUTURE_REF must be given as such.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import re
import sys
import warnings
from pathlib import Path

# this file is called time.py: keep its folder off sys.path so that nothing imported here can
# pick up a bench script instead of a standard library module; load the MEANTIME reader by path
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
_spec = importlib.util.spec_from_file_location("meantime", _HERE / "meantime.py")
assert _spec is not None and _spec.loader is not None
meantime = importlib.util.module_from_spec(_spec)
sys.modules["meantime"] = meantime
_spec.loader.exec_module(meantime)
from onrecord.analyse.time import find_times, interval, normalise  # noqa: E402
from onrecord.model import Span  # noqa: E402


def _cut(d: dt.date, gran: str) -> str:
    if gran == "year":
        return f"{d.year}"
    if gran == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if gran == "month":
        return f"{d.year}-{d.month:02d}"
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if gran == "decade":
        return f"{d.year // 10}"
    if gran == "century":
        return f"{d.year // 100}"
    return d.isoformat()


def gold_granularity(value: str) -> tuple[str, str]:
    """(granularity, the comparable part of the gold value)."""
    v = value
    if v.endswith("_REF"):
        return "ref", v
    if re.fullmatch(r"X{4}.*|P.*", v):
        return "none", v
    if m := re.fullmatch(r"FY(\d{4})", v):
        return "year", m[1]
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T([A-Z]{2})", v):
        return "part-of-day", v
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T.*", v):
        return "day", m[1]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return "day", v
    if m := re.fullmatch(r"(\d{4}-\d{2})-XX", v):
        return "month", m[1]
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return "month", v
    if re.fullmatch(r"\d{4}-Q\d", v):
        return "quarter", v
    if re.fullmatch(r"\d{4}-W\d{2}-WE", v):
        return "weekend", v
    if re.fullmatch(r"\d{4}-W\d{2}", v):
        return "week", v
    if re.fullmatch(r"\d{4}", v):
        return "year", v
    if re.fullmatch(r"\d{3}", v):
        return "decade", v
    if re.fullmatch(r"\d{2}", v):
        return "century", v
    return "other", v


def ours_right(value: str | None, gold: str) -> bool:
    gran, g = gold_granularity(gold)
    if gran == "none":
        return value is None or value.startswith("PX") or value == "XXXX-XX-XX"
    if value is None:
        return False
    if gran == "ref":
        return value == g
    if gran in ("part-of-day", "weekend"):
        return value == g
    iv = interval(value)
    if iv is None:
        return False
    return _cut(iv[0], gran) == g and _cut(iv[1], gran) == g


def dateparser_right(found: dt.datetime | None, gold: str) -> bool:
    gran, g = gold_granularity(gold)
    if gran == "none":
        return found is None
    if found is None or gran in ("ref", "part-of-day", "weekend", "other"):
        return False
    return _cut(found.date(), gran) == g


def run(show_errors: bool) -> dict[str, float]:
    import dateparser

    warnings.simplefilter("ignore")
    settings = ("past", "current_period", "future")
    n = {"all": 0, "body": 0}
    ours = {"all": 0, "body": 0}
    theirs = {s: {"all": 0, "body": 0} for s in settings}
    tp_exact = tp_overlap_sys = tp_overlap_gold = n_sys = n_gold = 0
    errors: list[str] = []
    for doc in meantime.load():
        if not doc.dct:
            continue
        base = dt.datetime.fromisoformat(doc.dct)
        ref: str | None = None
        gold_times = [m for m in doc.markables if m.tag == "TIMEX3"]
        for m in gold_times:
            if m.type != "DATE" or not m.value:
                continue
            keys = ["all"] if m.function == "CREATION_TIME" else ["all", "body"]
            te = normalise(doc.text, Span(m.start, m.end), anchor=doc.dct, ref=ref)
            value = te.value if te else None
            if value and te and te.granularity in ("day", "part-of-day", "time"):
                ref = value
            ok = ours_right(value, m.value)
            for k in keys:
                n[k] += 1
                ours[k] += ok
            for s in settings:
                found = dateparser.parse(
                    m.text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": s}
                )
                for k in keys:
                    theirs[s][k] += dateparser_right(found, m.value)
            if not ok:
                errors.append(f"{doc.name[:30]:30} {m.text!r:40} gold={m.value:12} ours={value}")
        # (c) detection
        system = find_times(doc.text, [Span(0, doc.annotated_end)], anchor=doc.dct)
        gold_spans = [(g.start, g.end) for g in gold_times]
        sys_spans = [(t.start, t.end) for t in system]
        n_sys += len(sys_spans)
        n_gold += len(gold_spans)
        tp_exact += len(set(sys_spans) & set(gold_spans))
        tp_overlap_sys += sum(any(s < ge and gs < e for gs, ge in gold_spans) for s, e in sys_spans)
        tp_overlap_gold += sum(
            any(s < ge and gs < e for s, e in sys_spans) for gs, ge in gold_spans
        )
    out: dict[str, float] = {}
    print("MEANTIME dev (airbus + apple): TIMEX3 DATE value accuracy at the gold granularity")
    for k, label in (("all", "all DATE"), ("body", "DATE without the dateline")):
        acc = ours[k] / n[k]
        best = max(settings, key=lambda s: theirs[s][k])
        dp = theirs[best][k] / n[k]
        out[f"ours_{k}"], out[f"dateparser_{k}"] = acc, dp
        detail = ", ".join(f"{s} {theirs[s][k] / n[k]:.3f}" for s in settings)
        print(f"  {label:28} n={n[k]:3}  onrecord {acc:.3f}   dateparser {dp:.3f} ({detail})")

    def prf(tp_p: int, tp_r: int) -> tuple[float, float, float]:
        p = tp_p / n_sys if n_sys else 0.0
        r = tp_r / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    pe, re_, fe = prf(tp_exact, tp_exact)
    po, ro, fo = prf(tp_overlap_sys, tp_overlap_gold)
    out.update(det_exact_f1=fe, det_overlap_f1=fo)
    print(f"find_times detection vs all TIMEX3 (n gold={n_gold}, n system={n_sys})")
    print(f"  exact    P {pe:.3f}  R {re_:.3f}  F1 {fe:.3f}")
    print(f"  overlap  P {po:.3f}  R {ro:.3f}  F1 {fo:.3f}")
    if show_errors:
        print("\n".join(["", "normaliser errors:", *errors]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list the expressions we got wrong")
    args = ap.parse_args()
    run(args.errors)


if __name__ == "__main__":
    main()
