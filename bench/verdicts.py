# ruff: noqa: E402
"""Quote verdicts measured on the project's gold set (and on the seed page).

The gold set lives in ``bench/gold/verdicts/``: a self-written transcript of a
fictional head of state's press statement (``transcript.txt``), a prepared-text
version of a few passages (``prepared.txt``), 27 self-written news reports quoting it
(``reports/``) and one JSON line per quote with its label (``gold.jsonl``). Reports are
split whole into ``dev`` (for tuning), ``test`` (for the figures; looked at during
development, see the issue notes), ``heldout`` and ``heldout2`` (written blind by
someone who never ran the verifier; their first blind figures are in the issue notes,
after which they were opened for tuning). Further statements live in their own folders
(transcript, reports, gold file): ``statement2/`` (a prime minister's press conference,
split ``heldout3``, written blind, first run blind, then opened for tuning) and
``statement3/`` (a minister's interview, split ``heldout4``), ``statement4/`` (a joint
press conference of two leaders, split ``heldout5``), ``statement5/`` (a speech, split
``heldout6``), ``statement6/`` (a central bank's press conference, split ``heldout7``),
``statement7/`` (a mayor's press conference, split ``heldout8``), ``statement8/`` (a
foreign minister on a ceasefire, split ``heldout9``), ``statement9/`` (a health
minister's briefing, ``heldout10``), ``statement10/`` (a defence spokesman's briefing,
``heldout11``), ``statement11/`` (a prime minister's TV interview, ``heldout12``) and
``statement12/`` (a president's summit speech, ``heldout13``), ``statement13/`` (an interior
minister after a crowd crush, ``heldout14``), ``statement14/`` (a president's address to
parliament, ``heldout15``), ``statement15/`` (a foreign minister after prisoner-exchange
talks, ``heldout16``), ``statement16/`` (a central bank governor in a currency crisis,
``heldout17``) and ``statement17/`` (a labour minister during a national strike,
``heldout18``), ``statement18/`` (a president after a dam failure, ``heldout19``),
``statement19/`` (a health minister's broadcast interview, ``heldout20``), ``statement20/``
(a defence minister's briefing after a drone strike, ``heldout21``), ``statement21/`` (a
state energy company's president on the radio, ``heldout22``), ``statement22/`` (a
prosecutor general on a corruption indictment, ``heldout23``), ``statement23/`` (an
opposition leader on election night, ``heldout24``), ``statement24/`` (an airline's chief
executive after an IT outage, ``heldout25``), ``statement25/`` (a football federation's
president on match fixing, ``heldout26``), ``statement26/`` (a foreign minister on a prisoner
exchange and a river ceasefire, ``heldout27``), ``statement27/`` (a central bank governor
after an emergency rate rise, ``heldout28``), ``statement28/`` (a foreign minister on a
prisoner exchange and shelling, ``heldout29``), ``statement29/`` (a president's address
after a strike on a border city, ``heldout30``), ``statement30/`` (a health minister on
a virus outbreak, ``heldout31``), ``statement31/`` (an electoral commission chair after a
disputed election, ``heldout32``), ``statement32/`` (a wartime president's TV interview,
``heldout33``), ``statement33/`` (a transport minister after a train collision,
``heldout34``), ``statement34/`` (a humanitarian agency's head on a besieged city,
``heldout35``), ``statement35/`` (a central bank governor after an emergency rate rise,
``heldout36``), ``statement36/`` (a health minister on an outbreak, ``heldout37``),
``statement37/`` (a foreign minister after border talks, ``heldout38``), ``statement38/``
(a mining company's chief executive after a mine collapse, ``heldout39``),
``statement39/`` (a prime minister presenting an austerity budget, ``heldout40``),
``statement40/`` (an agriculture minister on a drought, ``heldout41``), ``statement41/``
(a nuclear operator's chief and the safety regulator after a coolant leak, ``heldout42``),
``statement42/`` (a head of state proposing direct talks after a truce, ``heldout43``),
``statement43/`` (a defence minister announcing a withdrawal and a detainee handover,
``heldout44``), ``statement44/`` (a finance minister before parliament's budget
committee after a debt restructuring, ``heldout45``), ``statement45/`` (a police
commissioner after a prison escape, ``heldout46``), ``statement46/`` (a civil aviation
authority's head after an emergency landing, ``heldout47``), ``statement47/`` (an
education minister after an exam leak, ``heldout48``), ``statement48/`` (a fisheries
minister after an oil spill, ``heldout49``), ``statement49/`` (a housing minister after a
tower block fire, ``heldout50``), ``statement50/`` (a trade minister answering a
neighbour's tariffs, ``heldout51``), ``statement51/`` (a labour minister after a dock
strike, ``heldout52``), ``statement52/`` (a forestry and fire service's head after
wildfires, ``heldout53``), ``statement53/`` (a foreign minister expelling diplomats,
``heldout54``), ``statement54/`` (a mayor after tap water was contaminated,
``heldout55``), ``statement55/`` (a sports minister after a stadium crush, ``heldout56``),
``statement56/`` (a culture minister after a museum theft, ``heldout57``) and
``statement57/`` (a statistics office's head defending revised figures, ``heldout58``),
and ``statement58/`` to ``statement173/`` (``heldout59`` to ``heldout174``, each folder's
README says what statement it is); heldout160 to heldout174 are still blind, and the first
run of every split from heldout21 on is kept per quote in ``first_runs.jsonl`` (``bench/first_runs.py``). All
likewise: other speakers,
topics and writers, to measure what the rules do on text they were not written for.
A new blind split gets its own folder and its name in ``BLIND`` (procedure and the
brief for the helper who writes it: ``docs/BLIND_GOLD.md``).

For each gold quote this script finds the quote in its report (the ``occurrence``-th
time the exact text stands between quote marks), takes the report sentence around it as
``context``, and calls the real verifier::

    judge(quote, SourceIndex([delivered, prepared]), speaker=gold speaker, context=sentence)

It does not use the quote finder or the speaker resolver: the quotes and speakers are
the gold ones, so the figures measure the verdict alone.

It prints per-label precision / recall / F1 and support; the faithful (verbatim,
cosmetic, edited, translation) vs misquote (altered, unsourced) confusion matrix with
accuracy and the rate of faithful quotes called misquotes; the number of altered quotes
labelled verbatim, cosmetic or edited (the target is 0); ``uncertain`` counts; and
ms/quote. Gold ``unverifiable`` quotes (speakers with no source) are scored per label
but kept out of the faithful-vs-misquote matrix.

``--seed`` also runs the 12 quotes of the seed page (``../shared/seeds/000_...txt``, read
at run time, never copied), against the transcript printed in the page. Expected, in
page order::

     1 "We have proposed steps towards a ceasefire ..."        verbatim
     2 "It was not us who interrupted the negotiations ..."    verbatim
     3 "... the authorities in Kyiv should resume ..."         cosmetic (Kyiv / Kiev)
     4 "done a lot to organize them."                          cosmetic (organize / organise)
     5 "Tomorrow we are going to have a conversation ..."      cosmetic (Türkiye / Turkiye, Mr. / Mr)
     6 "At the same time, I would like to express ..."         verbatim
     7 "We do not rule out that ..."                           verbatim
     8 "be rearmed, re-equipped, and frantically dig ..."      edited
     9 "Our proposal is, as they say, on the table. ..."       verbatim
    10 "ready for talks without any preliminary conditions."   verbatim
    11 "I am sure that the spirit of solidarity ..."           verbatim
    12 "Much has been done to ensure ..."                      verbatim

Usage::

    python bench/verdicts.py                       # test split
    python bench/verdicts.py --split dev --list-errors
    python bench/verdicts.py --split all --seed --json
    python bench/verdicts.py --no-embeddings       # as if sentence-transformers were missing

Run from the repository root with ``PYTHONPATH=src`` (or with onrecord installed).
"""

from __future__ import annotations

import os
import sys

# bench/ holds scripts named like standard modules (time.py, numbers.py); running this
# file puts bench/ first on sys.path, so drop it before importing anything else.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# the reader's own list of abbreviations ("Mr.", "Oct. 8", "No. 5"): a report sentence
# is cut where the product cuts it
from onrecord.analyse.quotes import ABBREVIATIONS

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "bench" / "gold" / "verdicts"
SEED = ROOT.parent / "shared" / "seeds" / "000_e4bb2a768bc5b848.txt"
STATEMENT = "dravenia-nerva-summit-2025-06-07"

GOLD_LABELS = (
    "verbatim",
    "cosmetic",
    "edited",
    "translation",
    "altered",
    "unsourced",
    "unverifiable",
)
FAITHFUL = ("verbatim", "cosmetic", "edited", "translation")
MISQUOTE = ("altered", "unsourced")
# splits that have been looked at while tuning ("all" runs these); every heldout split was
# written blind by a helper session and first run blind (figures in the README and in
# first_runs.jsonl), then opened for tuning; the splits in BLIND are still blind and only
# ever run on their own (their totals, never their errors)
SPLITS = ("dev", "test")
TUNED = (
    *SPLITS,
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
    "heldout61",
    "heldout62",
    "heldout63",
    "heldout64",
    "heldout65",
    "heldout66",
    "heldout67",
    "heldout68",
    "heldout69",
    "heldout70",
    "heldout71",
    "heldout72",
    "heldout73",
    "heldout74",
    "heldout75",
    "heldout76",
    "heldout77",
    "heldout78",
    "heldout79",
    "heldout80",
    "heldout81",
    "heldout82",
    "heldout83",
    "heldout84",
    "heldout85",
    "heldout86",
    "heldout87",
    "heldout88",
    "heldout89",
    "heldout90",
    "heldout91",
    "heldout92",
    "heldout93",
    "heldout94",
    "heldout95",
    "heldout96",
    "heldout97",
    "heldout98",
    "heldout99",
    "heldout100",
    "heldout101",
    "heldout102",
    "heldout103",
    "heldout104",
    "heldout105",
    "heldout106",
    "heldout107",
    "heldout108",
    "heldout109",
    "heldout110",
    "heldout111",
    "heldout112",
    "heldout113",
    "heldout114",
    "heldout115",
    "heldout116",
    "heldout117",
    "heldout118",
    "heldout119",
    "heldout120",
    "heldout121",
    "heldout122",
    "heldout123",
    "heldout124",
    "heldout125",
    "heldout126",
    "heldout127",
    "heldout128",
    "heldout129",
    "heldout130",
    "heldout131",
    "heldout132",
    "heldout133",
    "heldout134",
    "heldout135",
    "heldout136",
    "heldout137",
    "heldout138",
    "heldout139",
    "heldout140",
    "heldout141",
    "heldout142",
    "heldout143",
    "heldout144",
    "heldout145",
    "heldout146",
    "heldout147",
    "heldout148",
    "heldout149",
    "heldout150",
    "heldout151",
    "heldout152",
    "heldout153",
    "heldout154",
    "heldout155",
    "heldout156",
    "heldout157",
    "heldout158",
    "heldout159",
)
BLIND: tuple[str, ...] = (
    "heldout160",
    "heldout161",
    "heldout162",
    "heldout163",
    "heldout164",
    "heldout165",
    "heldout166",
    "heldout167",
    "heldout168",
    "heldout169",
    "heldout170",
    "heldout171",
    "heldout172",
    "heldout173",
    "heldout174",
)

OPEN_MARKS = "“\"‘'«„‚"
CLOSE_MARKS = "”\"’'»“‘"

SEED_EXPECTED = (
    "verbatim",
    "verbatim",
    "cosmetic",
    "cosmetic",
    "cosmetic",
    "verbatim",
    "verbatim",
    "edited",
    "verbatim",
    "verbatim",
    "verbatim",
    "verbatim",
)


# --------------------------------------------------------------------------- the gold set


@dataclass(frozen=True)
class GoldQuote:
    """One line of ``gold.jsonl``."""

    report: str
    quote: str
    occurrence: int
    speaker: str | None
    label: str
    kind: str
    source_sentence: str
    split: str
    note: str
    prepared_sentence: str | None = None
    # the statement folder under GOLD_DIR ("" for the first statement, whose files sit
    # in GOLD_DIR itself); each folder has transcript.txt, maybe prepared.txt, reports/
    statement: str = ""

    @property
    def source_pieces(self) -> list[str]:
        """``source_sentence`` split at " … ": non-contiguous passages (splices)."""
        if not self.source_sentence:
            return []
        return [p for p in self.source_sentence.split(" … ") if p]


def statement_dirs() -> list[str]:
    """The statements of the gold set: "" (GOLD_DIR itself) and each sub-folder with a gold file."""
    return ["", *sorted(p.parent.name for p in GOLD_DIR.glob("*/gold.jsonl"))]


def load_all_gold() -> list[GoldQuote]:
    """Every statement's gold lines."""
    rows: list[GoldQuote] = []
    for statement in statement_dirs():
        rows.extend(load_gold(GOLD_DIR / statement / "gold.jsonl", statement=statement))
    return rows


def load_gold(path: Path | None = None, statement: str = "") -> list[GoldQuote]:
    """Read ``gold.jsonl``; raises ``ValueError`` naming the line that is malformed."""
    path = path or GOLD_DIR / "gold.jsonl"
    rows: list[GoldQuote] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                rows.append(
                    GoldQuote(
                        report=data["report"],
                        quote=data["quote"],
                        occurrence=int(data.get("occurrence", 1)),
                        speaker=data.get("speaker"),
                        label=data["label"],
                        kind=data["kind"],
                        source_sentence=data.get("source_sentence", ""),
                        split=data["split"],
                        note=data.get("note", ""),
                        prepared_sentence=data.get("prepared_sentence"),
                        statement=statement,
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{number}: malformed gold line ({exc})") from exc
    return rows


def read_report(name: str, statement: str = "") -> str:
    return (GOLD_DIR / statement / "reports" / name).read_text(encoding="utf-8")


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th time ``quote`` stands between quote marks.

    "Between quote marks" means the character before is an opening mark and the one after
    a closing mark, so a quote that is also part of a longer one is not confused with it.
    Raises ``LookupError`` when there are fewer occurrences.
    """
    found = 0
    start = text.find(quote)
    while start != -1:
        end = start + len(quote)
        if (
            start > 0
            and text[start - 1] in OPEN_MARKS
            and end < len(text)
            and text[end] in CLOSE_MARKS
        ):
            found += 1
            if found == occurrence:
                return start, end
        start = text.find(quote, start + 1)
    raise LookupError(f"quote not found {occurrence} time(s) between marks: {quote[:60]!r}")


_BOUNDARY = re.compile(r"[.!?…][\"”’'»)]*\s+(?=[\"“‘'«(]?[A-Z0-9À-Þ])")


def _sentence_starts(paragraph: str) -> list[int]:
    """Offsets (into ``paragraph``) where a new sentence begins."""
    starts = [0]
    for m in _BOUNDARY.finditer(paragraph):
        before = paragraph[: m.start() + 1]
        word = re.search(r"([\w.]+)\.$", before)
        if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
            continue
        starts.append(m.end())
    return starts


def context_of(text: str, start: int, end: int) -> str:
    """The report sentence(s) containing ``text[start:end]``.

    The paragraph is the line the quote stands on; sentence breaks inside the quote do
    not count, so a quote of several sentences gets the whole report sentence around it.
    """
    par_start = text.rfind("\n", 0, start) + 1
    par_end = text.find("\n", end)
    if par_end == -1:
        par_end = len(text)
    paragraph = text[par_start:par_end]
    lo, hi = start - par_start, end - par_start
    starts = _sentence_starts(paragraph)
    first = max(s for s in starts if s <= lo)
    later = [s for s in starts if s > hi]
    last = min(later) if later else len(paragraph)
    return paragraph[first:last].strip()


# --------------------------------------------------------------------------- the pipeline


class PipelineMissing(RuntimeError):
    """A module this benchmark needs is not importable (yet)."""


@dataclass
class Pipeline:
    judge: Any
    index: Any
    build_seconds: float
    semantic: Any = None

    def model_load_seconds(self) -> float | None:
        if self.semantic is None:
            return None
        try:
            return self.semantic.load_seconds()
        except AttributeError:
            return None


def _import(what: str, module: str, names: Sequence[str]) -> list[Any]:
    try:
        mod = __import__(module, fromlist=list(names))
        return [getattr(mod, n) for n in names]
    except (ImportError, AttributeError) as exc:
        raise PipelineMissing(
            f"{what} is not available: cannot import {', '.join(names)} from {module} ({exc}). "
            "Run from the repository root with PYTHONPATH=src once that module exists."
        ) from exc


def build_pipeline(
    sources: Iterable[tuple[str, str, str | None]], statement: str = STATEMENT
) -> Pipeline:
    """Index ``(text, id, version)`` sources with the real verifier.

    Sources with a version share one statement key. Raises :class:`PipelineMissing`.
    """
    (source_from_text,) = _import(
        "the source parser", "onrecord.structure.sources", ["source_from_text"]
    )
    (source_index,) = _import("the source index", "onrecord.verify.index", ["SourceIndex"])
    (judge,) = _import("the verifier", "onrecord.verify", ["judge"])
    try:
        from onrecord.verify import semantic
    except ImportError:
        semantic = None
    began = time.perf_counter()
    parsed = [
        source_from_text(text, id=sid, version=version or "delivered", statement=statement)
        for text, sid, version in sources
    ]
    index = source_index(parsed)
    return Pipeline(judge, index, time.perf_counter() - began, semantic)


# --------------------------------------------------------------------------- running


@dataclass
class Outcome:
    report: str
    quote: str
    speaker: str | None
    gold: str
    kind: str
    split: str
    predicted: str
    rule: str
    reasons: tuple[str, ...]
    confidence: float
    ms: float
    context: str
    copied: float = 0.0  # share of the quote's words that are the passage's own
    passage: str = ""  # the source text the verdict matched the quote to ("" if none)


@dataclass
class Run:
    outcomes: list[Outcome] = field(default_factory=list)
    build_seconds: float = 0.0
    model_load_seconds: float | None = None


def run_gold(split: str, pipeline: Pipeline | None = None) -> Run:
    """Judge every gold quote of ``split`` against its statement's sources.

    "all" is every split that has been used for tuning (TUNED); a blind split is
    only ever run on its own. ``pipeline`` (for the first statement) may be passed in to
    share an index; other statements get their own.
    """
    rows = [g for g in load_all_gold() if g.split == split or (split == "all" and g.split in TUNED)]
    pipelines: dict[str, Pipeline] = {}
    if pipeline is not None:
        pipelines[""] = pipeline
    for g in rows:
        if g.statement not in pipelines:
            pipelines[g.statement] = gold_pipeline(g.statement)
    run = Run(build_seconds=sum(p.build_seconds for p in pipelines.values()))
    (copied_share,) = _import("the verifier", "onrecord.verify.calibration", ["copied_share"])
    reports: dict[tuple[str, str], str] = {}
    for g in rows:
        key = (g.statement, g.report)
        text = reports.setdefault(key, read_report(g.report, g.statement))
        start, end = locate(text, g.quote, g.occurrence)
        context = context_of(text, start, end)
        began = time.perf_counter()
        pipe = pipelines[g.statement]
        verdict = pipe.judge(g.quote, pipe.index, speaker=g.speaker, context=context)
        ms = (time.perf_counter() - began) * 1000
        run.outcomes.append(
            Outcome(
                g.report,
                g.quote,
                g.speaker,
                g.label,
                g.kind,
                g.split,
                verdict.label,
                verdict.rule,
                tuple(verdict.reasons),
                float(verdict.confidence),
                ms,
                context,
                copied_share(verdict.diff),
                verdict.matches[0].text if verdict.matches else "",
            )
        )
    loads = [p.model_load_seconds() for p in pipelines.values()]
    run.model_load_seconds = next((s for s in loads if s is not None), None)
    return run


def gold_pipeline(statement: str = "") -> Pipeline:
    """The verifier over one statement's transcript (and its prepared text, if any)."""
    folder = GOLD_DIR / statement
    sources: list[tuple[str, str, str | None]] = [
        ((folder / "transcript.txt").read_text(encoding="utf-8"), "transcript.txt", None)
    ]
    if (folder / "prepared.txt").exists():
        sources.append(
            ((folder / "prepared.txt").read_text(encoding="utf-8"), "prepared.txt", "prepared")
        )
    return build_pipeline(sources, statement=statement or STATEMENT)


_SEED_QUOTE = re.compile(r"“([^“”]+)”")


def run_seed() -> Run:
    """The seed page: its report's quotes against the transcript printed in the page."""
    if not SEED.exists():
        raise FileNotFoundError(f"the seed page is missing: {SEED}")
    (read,) = _import("the page reader", "onrecord.api", ["read"])
    (source_index,) = _import("the source index", "onrecord.verify.index", ["SourceIndex"])
    (judge,) = _import("the verifier", "onrecord.verify", ["judge"])
    try:
        from onrecord.verify import semantic
    except ImportError:
        semantic = None
    found: list[tuple[str, str]] = []
    try:
        page = read(str(SEED))
    except ImportError as exc:
        raise PipelineMissing(f"the page reader cannot run ({exc})") from exc
    if not page.sources:
        raise PipelineMissing("the page reader found no embedded source in the seed page")
    began = time.perf_counter()
    index = source_index(list(page.sources))
    run = Run(build_seconds=time.perf_counter() - began)
    speaker = page.sources[0].speaker
    for block in page.report:
        if block.kind != "paragraph":
            continue
        for m in _SEED_QUOTE.finditer(page.text, block.start, block.end):
            context = context_of(page.text, m.start(1), m.end(1))
            found.append((m.group(1), context))
    for i, (quote, context) in enumerate(found):
        gold = SEED_EXPECTED[i] if i < len(SEED_EXPECTED) else "?"
        began = time.perf_counter()
        verdict = judge(quote, index, speaker=speaker, context=context)
        ms = (time.perf_counter() - began) * 1000
        run.outcomes.append(
            Outcome(
                "seed",
                quote,
                speaker,
                gold,
                "seed",
                "seed",
                verdict.label,
                verdict.rule,
                tuple(verdict.reasons),
                float(verdict.confidence),
                ms,
                context,
            )
        )
    if len(found) != len(SEED_EXPECTED):
        print(
            f"warning: found {len(found)} quotes in the seed report, expected {len(SEED_EXPECTED)}",
            file=sys.stderr,
        )
    if semantic is not None:
        run.model_load_seconds = semantic.load_seconds()
    return run


# --------------------------------------------------------------------------- figures


def _binary(label: str) -> str:
    if label in FAITHFUL:
        return "faithful"
    if label in MISQUOTE:
        return "misquote"
    return label  # uncertain, unverifiable, anything else


def figures(run: Run) -> dict[str, Any]:
    outs = run.outcomes
    per_label: dict[str, dict[str, float]] = {}
    for label in GOLD_LABELS:
        tp = sum(1 for o in outs if o.gold == label and o.predicted == label)
        predicted = sum(1 for o in outs if o.predicted == label)
        support = sum(1 for o in outs if o.gold == label)
        p = tp / predicted if predicted else 0.0
        r = tp / support if support else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_label[label] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "support": support,
            "predicted": predicted,
        }
    columns = ("faithful", "misquote", "uncertain", "unverifiable")
    matrix = {
        row: {
            col: sum(1 for o in outs if _binary(o.gold) == row and _binary(o.predicted) == col)
            for col in columns
        }
        for row in ("faithful", "misquote")
    }
    binary = [o for o in outs if _binary(o.gold) in ("faithful", "misquote")]
    correct = sum(1 for o in binary if _binary(o.gold) == _binary(o.predicted))
    decided = [o for o in binary if _binary(o.predicted) in ("faithful", "misquote")]
    correct_decided = sum(1 for o in decided if _binary(o.gold) == _binary(o.predicted))
    faithful_total = sum(matrix["faithful"].values())
    altered_as_faithful = [
        o for o in outs if o.gold == "altered" and o.predicted in ("verbatim", "cosmetic", "edited")
    ]
    ms = [o.ms for o in outs]
    uncertain = Counter(o.gold for o in outs if o.predicted == "uncertain")
    return {
        "quotes": len(outs),
        "labels": per_label,
        "exact_label_accuracy": round(sum(1 for o in outs if o.gold == o.predicted) / len(outs), 3)
        if outs
        else 0.0,
        "faithful_vs_misquote": {
            "matrix": matrix,
            "accuracy": round(correct / len(binary), 3) if binary else 0.0,
            "accuracy_on_decided": round(correct_decided / len(decided), 3) if decided else 0.0,
            "faithful_called_misquote_rate": round(
                matrix["faithful"]["misquote"] / faithful_total, 3
            )
            if faithful_total
            else 0.0,
        },
        "altered_labelled_verbatim_cosmetic_edited": len(altered_as_faithful),
        "uncertain": {"total": sum(uncertain.values()), "by_gold_label": dict(uncertain)},
        "ms_per_quote": {
            "mean": round(statistics.fmean(ms), 2) if ms else 0.0,
            "median": round(statistics.median(ms), 2) if ms else 0.0,
            "max": round(max(ms), 2) if ms else 0.0,
        },
        "index_build_seconds": round(run.build_seconds, 3),
        "model_load_seconds": None
        if run.model_load_seconds is None
        else round(run.model_load_seconds, 3),
    }


def print_figures(title: str, fig: dict[str, Any]) -> None:
    print(f"\n== {title}: {fig['quotes']} quotes")
    print(f"{'label':<14}{'prec':>7}{'recall':>8}{'F1':>7}{'support':>9}{'predicted':>11}")
    for label, row in fig["labels"].items():
        print(
            f"{label:<14}{row['precision']:>7.3f}{row['recall']:>8.3f}{row['f1']:>7.3f}"
            f"{row['support']:>9}{row['predicted']:>11}"
        )
    print(f"exact label accuracy: {fig['exact_label_accuracy']:.3f}")
    fm = fig["faithful_vs_misquote"]
    cols = ("faithful", "misquote", "uncertain", "unverifiable")
    print("\nfaithful vs misquote (rows: gold, columns: predicted)")
    print(f"{'':<10}" + "".join(f"{c:>14}" for c in cols))
    for row, counts in fm["matrix"].items():
        print(f"{row:<10}" + "".join(f"{counts[c]:>14}" for c in cols))
    print(
        f"accuracy {fm['accuracy']:.3f} (uncertain counted wrong; on decided quotes "
        f"{fm['accuracy_on_decided']:.3f}); faithful called misquote "
        f"{fm['faithful_called_misquote_rate']:.1%}"
    )
    print(
        f"altered quotes labelled verbatim/cosmetic/edited: "
        f"{fig['altered_labelled_verbatim_cosmetic_edited']} (target 0)"
    )
    unc = fig["uncertain"]
    print(f"uncertain: {unc['total']} {unc['by_gold_label'] or ''}".rstrip())
    ms = fig["ms_per_quote"]
    load = fig["model_load_seconds"]
    print(
        f"ms/quote: mean {ms['mean']:.1f}, median {ms['median']:.1f}, max {ms['max']:.1f}; "
        f"index built in {fig['index_build_seconds']:.2f} s; sentence model load "
        + ("not loaded" if load is None else f"{load:.2f} s")
        + " (the first quote that needs it pays the load, so it is inside max)"
    )


def print_errors(run: Run) -> None:
    wrong = [o for o in run.outcomes if o.gold != o.predicted]
    print(f"\n-- {len(wrong)} misjudged")
    for o in wrong:
        print(
            f"\n[{o.report}] gold {o.gold} ({o.kind}) -> predicted {o.predicted} "
            f"by {o.rule} ({o.confidence:.2f})"
        )
        print(f"  quote:   {o.quote}")
        print(f"  speaker: {o.speaker}")
        print(f"  context: {o.context}")
        for reason in o.reasons:
            print(f"  reason:  {reason}")


def print_seed(run: Run) -> None:
    print(f"\n== seed: {len(run.outcomes)} quotes")
    for i, o in enumerate(run.outcomes, 1):
        mark = "ok " if o.gold == o.predicted else "XX "
        print(f"{mark}{i:>2} expected {o.gold:<10} got {o.predicted:<12} {o.quote[:60]}")
    right = sum(1 for o in run.outcomes if o.gold == o.predicted)
    print(f"seed: {right}/{len(run.outcomes)} as expected")


def print_by_split(run: Run) -> None:
    """One line a split: quotes, accuracy, faithful called misquote, altered passed."""
    print(
        f"\n{'split':<10} {'quotes':>6} {'accuracy':>8} {'decided':>8} {'f->m':>6}"
        f" {'m->f':>5} {'a->vce':>6}"
    )
    for split in dict.fromkeys(o.split for o in run.outcomes):
        f = figures(Run([o for o in run.outcomes if o.split == split]))
        fm = f["faithful_vs_misquote"]
        print(
            f"{split:<10} {f['quotes']:>6} {fm['accuracy']:>8.3f} {fm['accuracy_on_decided']:>8.3f}"
            f" {fm['faithful_called_misquote_rate'] * 100:>5.1f}% {fm['matrix']['misquote']['faithful']:>5}"
            f" {f['altered_labelled_verbatim_cosmetic_edited']:>6}"
        )


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*TUNED, *BLIND, "all"), default="test")
    parser.add_argument("--seed", action="store_true", help="also run the seed page's 12 quotes")
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    parser.add_argument(
        "--by-split", action="store_true", help="also print the headline figures of each split"
    )
    parser.add_argument(
        "--list-errors", action="store_true", help="print each misjudged quote with its reasons"
    )
    parser.add_argument(
        "--no-embeddings",
        action="store_true",
        help="run as if sentence-transformers were not installed",
    )
    args = parser.parse_args(argv)
    if args.no_embeddings:
        sys.modules["sentence_transformers"] = None  # type: ignore[assignment]

    result: dict[str, Any] = {"split": args.split, "embeddings": not args.no_embeddings}
    status = 0
    try:
        gold_run = run_gold(args.split, gold_pipeline())
    except PipelineMissing as exc:
        print(f"verdicts: {exc}", file=sys.stderr)
        return 2
    seed_run = None
    if args.seed:
        try:
            seed_run = run_seed()
        except (PipelineMissing, FileNotFoundError) as exc:
            print(f"verdicts: seed not run: {exc}", file=sys.stderr)
            result["seed"] = {"error": str(exc)}
            status = 2
    result["gold"] = figures(gold_run)
    if seed_run is not None:
        result["seed"] = {
            "as_expected": sum(1 for o in seed_run.outcomes if o.gold == o.predicted),
            "quotes": [
                {"quote": o.quote, "expected": o.gold, "label": o.predicted, "rule": o.rule}
                for o in seed_run.outcomes
            ],
            "ms_per_quote": round(statistics.fmean(o.ms for o in seed_run.outcomes), 2)
            if seed_run.outcomes
            else 0.0,
        }
    if args.json:
        if args.list_errors:
            result["errors"] = [
                {
                    "report": o.report,
                    "quote": o.quote,
                    "gold": o.gold,
                    "kind": o.kind,
                    "predicted": o.predicted,
                    "rule": o.rule,
                    "reasons": list(o.reasons),
                }
                for o in gold_run.outcomes + (seed_run.outcomes if seed_run else [])
                if o.gold != o.predicted
            ]
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return status
    mode = "with embeddings" if not args.no_embeddings else "without embeddings"
    print_figures(f"gold set, split {args.split} ({mode})", result["gold"])
    if args.by_split:
        print_by_split(gold_run)
    if args.list_errors:
        print_errors(gold_run)
    if seed_run is not None:
        print_seed(seed_run)
        if args.list_errors:
            print_errors(seed_run)
    return status


if __name__ == "__main__":
    sys.exit(main())
