"""The command line: parse arguments, call the library, format, exit.

Exit codes: 0 success, 1 internal error, 2 usage error, 3 unreadable input.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from . import api
from .errors import InputError, OnrecordError
from .model import Page
from .present import json as as_json
from .present import text as as_text

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check what the news says against what was said.",
)

T = TypeVar("T")


class Format(StrEnum):
    text = "text"
    json = "json"


def _out() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _fail(message: str, code: int) -> typer.Exit:
    one_line = " ".join(message.split())
    sys.stderr.write(f"onrecord: {one_line}\n")
    return typer.Exit(code)


def _guard(fn: Callable[[], T]) -> T:
    """Run ``fn``; turn library errors into one-line messages and exit codes."""
    try:
        return fn()
    except OnrecordError as exc:
        raise _fail(exc.message, exc.exit_code) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except MemoryError:
        raise _fail("out of memory: the input is too large for this machine", 3) from None
    except Exception as exc:  # the last line of defence: never a traceback for users
        logging.getLogger("onrecord").debug("internal error", exc_info=True)
        raise _fail(f"internal error: {type(exc).__name__}: {exc} (please report it)", 1) from None


def _pages(spec: str) -> Iterator[Page | InputError]:
    """One page for a file or URL, many for a directory, glob, WARC or JSONL."""
    yield from api.read_all(spec, stdin=sys.stdin.buffer)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _each_page(spec: str, fmt: Format, show: Callable[[Page], None]) -> None:
    """Call ``show`` for every page of ``spec``; errors of single records are reported
    and the rest goes on. Exit 3 if no page at all could be read."""
    pages = _guard(lambda: list(_pages(spec)))
    good = 0
    for item in pages:
        if isinstance(item, InputError):
            if len(pages) == 1:
                raise _fail(item.message, item.exit_code)
            if fmt is Format.json:
                sys.stdout.write(json.dumps({"error": item.message}) + "\n")
            else:
                sys.stderr.write(f"onrecord: skipped: {' '.join(item.message.split())}\n")
            continue
        good += 1
        _guard(functools.partial(show, item))
    if not pages:
        raise _fail(f"no readable page found in {spec!r}", 3)
    if good == 0:
        raise typer.Exit(3)


@app.command()
def read(
    page: Annotated[str, typer.Argument(help="A file, directory, glob, URL, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Show what was read: metadata, report paragraphs, embedded sources, teasers."""

    def show(p: Page) -> None:
        if format is Format.json:
            _print_json(as_json.page_to_dict(p))
        else:
            as_text.render_page(p, _out())

    _each_page(page, format, show)


@app.command()
def check(
    page: Annotated[str, typer.Argument(help="A file, directory, glob, URL, or - for stdin.")],
    source: Annotated[
        list[Path] | None,
        typer.Option("--source", "-s", help="A primary source (transcript); repeatable."),
    ] = None,
    prepared: Annotated[
        list[Path] | None,
        typer.Option(help="The text as prepared for delivery (a version of the same statement)."),
    ] = None,
    translation: Annotated[
        list[Path] | None, typer.Option(help="An official translation of the same statement.")
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Moment of speaking/publishing: YYYY-MM-DD[THH:MM±HH:MM].")
    ] = None,
    facts: Annotated[bool, typer.Option(help="Also extract claims, timeline and entities.")] = True,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Find every quote, its speaker, and how faithful it is to the primary source."""
    if date is not None:
        _guard(lambda: _check_date(date))

    def show(p: Page) -> None:
        report = api.check(
            p,
            sources=source or [],
            prepared=prepared or [],
            translations=translation or [],
            date=date,
            facts=facts,
        )
        if format is Format.json:
            _print_json(as_json.report_to_dict(report))
        else:
            as_text.render_report(report, _out())

    _each_page(page, format, show)


def _check_date(value: str) -> None:
    from datetime import datetime

    from .errors import UsageError

    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--date {value!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM+03:00"
        ) from None


@app.command()
def verify(
    quote: Annotated[str, typer.Argument(help="The quoted words.")],
    source: Annotated[
        list[Path], typer.Option("--source", "-s", help="A primary source; repeatable.")
    ],
    speaker: Annotated[str | None, typer.Option(help="Who the quote is attributed to.")] = None,
    context: Annotated[
        str | None, typer.Option(help="The report sentence the quote stands in.")
    ] = None,
    prepared: Annotated[
        list[Path] | None, typer.Option(help="Prepared text of the statement.")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Check one quote against its source."""
    verdict = _guard(
        lambda: api.verify(quote, source, speaker=speaker, context=context, prepared=prepared or [])
    )
    if format is Format.json:
        _print_json({"quote": quote, "speaker": speaker, **as_json.verdict_to_dict(verdict)})
    else:
        console = _out()
        console.print(f"“{quote}”", markup=False)
        as_text.render_verdict(verdict, console)


@app.command()
def demo(
    facts: Annotated[bool, typer.Option(help="Also extract claims, timeline and entities.")] = True,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Run check on the example page that ships with onrecord."""
    folder = resources.files("onrecord") / "demo"
    with resources.as_file(folder / "page.txt") as page_path:
        check(
            str(page_path),
            source=None,
            prepared=None,
            translation=None,
            date=None,
            facts=facts,
            format=format,
        )


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
