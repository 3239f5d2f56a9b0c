"""Readable reports for a terminal, with rich.

Each function writes to the ``Console`` it is given; nothing here decides anything.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model import FAITHFUL, CheckedQuote, DiffOp, Page, Report, Verdict

LABEL_STYLE = {
    "verbatim": "bold green",
    "cosmetic": "green",
    "edited": "cyan",
    "translation": "blue",
    "altered": "bold red",
    "unsourced": "red",
    "unverifiable": "yellow",
    "uncertain": "magenta",
}


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def label(name: str) -> str:
    return f"[{LABEL_STYLE.get(name, 'white')}]{name}[/]"


def diff_line(diff: tuple[DiffOp, ...]) -> str:
    """The word-level diff as one line: unchanged words plain, changes marked."""
    out: list[str] = []
    for op in diff:
        q, s = escape(op.quote), escape(op.source)
        if op.op == "equal":
            out.append(q)
        elif op.op == "insert":
            out.append(f"[green]+{{{q}}}[/]")
        elif op.op == "delete":
            out.append(f"[red]-{{{s}}}[/]")
        else:
            out.append(f"[yellow]{{{s} → {q}}}[/][dim]({op.op})[/]")
    return " ".join(out)


def render_page(page: Page, console: Console) -> None:
    m = page.meta
    console.print(f"[bold]{escape(m.title or '(no title)')}[/]")
    facts = [
        ("date", m.date),
        ("dateline", m.dateline),
        ("author", m.author),
        ("site", m.site),
        ("url", m.url),
        ("language", m.language),
        ("format", f"{page.format}, {page.encoding}"),
        ("origin", page.origin),
    ]
    for key, value in facts:
        if value:
            console.print(f"  [dim]{key}:[/] {escape(value)}")
    console.print()
    console.print(f"[bold]Report[/] ({len(page.report)} blocks)")
    for b in page.report:
        text = escape(_clip(page.text[b.start : b.end], 200))
        if b.kind == "heading":
            console.print(f"  [bold underline]{text}[/]")
        else:
            console.print(f"  [dim][{b.start}:{b.end}][/] {text}")
    console.print()
    console.print(f"[bold]Sources[/] ({len(page.sources)})")
    for s in page.sources:
        speakers = sorted({t.speaker for t in s.turns if t.speaker})
        console.print(
            f"  {escape(s.title or s.id)} — speaker {escape(s.speaker or '?')}, "
            f"{len(s.turns)} turns ({escape(', '.join(speakers))}), [{s.start}:{s.end}]"
        )
        for t in s.turns[:3]:
            console.print(
                f"    [dim]{escape(t.label or t.speaker or '')}:[/] {escape(_clip(s.text[t.start : t.end], 120))}"
            )
        if len(s.turns) > 3:
            console.print(f"    [dim]… {len(s.turns) - 3} more turns[/]")
    console.print()
    console.print(f"[bold]Teasers[/] ({len(page.teasers)}, not part of the report)")
    for teaser in page.teasers:
        console.print(f"  • {escape(_clip(teaser.title, 100))} [dim]{escape(teaser.date or '')}[/]")


def render_verdict(v: Verdict, console: Console, *, indent: str = "  ") -> None:
    console.print(f"{indent}{label(v.label)} [dim]({v.rule}, confidence {v.confidence:.2f})[/]")
    for reason in v.reasons:
        console.print(f"{indent}[dim]why:[/] {escape(reason)}")
    for m in v.matches[:2]:
        version = "" if m.version == "delivered" else f" ({m.version})"
        console.print(
            f"{indent}[dim]source{version} [{m.start}:{m.end}]:[/] {escape(_clip(m.text))}"
        )
    if v.diff and v.label not in ("verbatim", "unsourced", "unverifiable"):
        console.print(f"{indent}[dim]diff:[/] {diff_line(v.diff)}")


def render_quote(i: int, cq: CheckedQuote, console: Console) -> None:
    q, att = cq.quote, cq.attribution
    who = att.speaker or "unknown speaker"
    mention = f' ("{escape(att.mention.text)}")' if att.mention else ""
    console.print(f"[bold]{i}.[/] “{escape(_clip(q.text, 300))}” [dim][{q.start}:{q.end}][/]")
    console.print(f"  [dim]speaker:[/] {escape(who)}{mention} [dim]({att.rule})[/]")
    render_verdict(cq.verdict, console)


def render_report(report: Report, console: Console) -> None:
    page = report.page
    console.print(f"[bold]{escape(page.meta.title or page.origin)}[/]")
    if page.meta.date:
        console.print(f"  [dim]date:[/] {escape(page.meta.date)}")
    for s in report.sources:
        console.print(
            f"  [dim]source:[/] {escape(s.title or s.id)} ({escape(s.speaker or '?')}, {s.version})"
        )
    if not report.sources:
        console.print("  [yellow]no primary source found or given: quotes cannot be verified[/]")
    console.print()
    if not report.quotes:
        console.print("No quotes found in the report.")
    for i, cq in enumerate(report.quotes, 1):
        render_quote(i, cq, console)
        console.print()
    render_summary(report, console)
    render_facts(report, console)


def render_summary(report: Report, console: Console) -> None:
    table = Table(title="Verdicts", show_edge=False)
    table.add_column("label")
    table.add_column("quotes", justify="right")
    counts: dict[str, int] = {}
    for cq in report.quotes:
        counts[cq.verdict.label] = counts.get(cq.verdict.label, 0) + 1
    for name, n in sorted(counts.items(), key=lambda kv: (kv[0] not in FAITHFUL, kv[0])):
        table.add_row(label(name), str(n))
    if counts:
        console.print(table)


def render_facts(report: Report, console: Console) -> None:
    if report.claims:
        table = Table(title="Numeric claims", show_edge=False)
        for col in ("claim", "value", "hedge", "what", "claimant"):
            table.add_column(col)
        for c in report.claims:
            if c.direction == "range":
                value = f"{c.low:g}–{c.high:g}" if c.low is not None and c.high is not None else "?"
            else:
                value = f"{c.value:g}" if c.value is not None else "?"
            table.add_row(
                escape(_clip(c.text, 40)),
                value,
                escape(f"{c.direction} ({c.hedge})" if c.hedge else c.direction),
                escape(_clip(c.unit or "", 40)),
                escape(c.claimant or ""),
            )
        console.print(table)
    if report.timeline:
        table = Table(title="Timeline", show_edge=False)
        for col in ("when", "what", "who"):
            table.add_column(col)
        for e in report.timeline:
            when = e.when.value or "?"
            if len(e.when.readings) > 1:
                when += f" (or {', '.join(e.when.readings[1:])})"
            table.add_row(escape(when), escape(_clip(e.what, 70)), escape(e.who or ""))
        console.print(table)
    if report.entities:
        table = Table(title="Entities", show_edge=False)
        for col in ("name", "kind", "mentions", "variants / note"):
            table.add_column(col)
        for ent in report.entities:
            extra = ", ".join(ent.variants)
            if ent.note:
                extra = f"{extra}; {ent.note}" if extra else ent.note
            table.add_row(
                escape(ent.name), ent.kind, str(len(ent.mentions)), escape(_clip(extra, 60))
            )
        console.print(table)
    if report.mismatches:
        console.print("[bold]Report vs source[/]")
        for m in report.mismatches:
            console.print(f"  [red]{escape(m.kind)}[/]: {escape(m.reason)}")
