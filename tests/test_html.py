"""The HTML reader: blocks, origins, metadata, encodings, embedded sources, bad input."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

from onrecord.errors import BinaryInputError, EmptyInputError, InputError, TooLargeError
from onrecord.model import Draft
from onrecord.read import html
from onrecord.read.html import parse, sniff_charset


@pytest.fixture(scope="module")
def html_dir(pages_dir: Path) -> Path:
    return pages_dir / "html"


def read(html_dir: Path, name: str, **kw) -> Draft:
    return parse((html_dir / name).read_bytes(), origin=name, **kw)


def chunks(draft: Draft, kind: str | None = None) -> list[str]:
    return [draft.text[b.start : b.end] for b in draft.blocks if kind is None or b.kind == kind]


PAGES = [
    "transcript_page.html",
    "transcript_outside_article.html",
    "teasers_page.html",
    "malformed_page.html",
    "cp1251_page.html",
    "cp1251_undeclared.html",
    "shift_jis_page.html",
]


@pytest.mark.parametrize("name", PAGES)
def test_blocks_tile_the_text(html_dir: Path, name: str) -> None:
    draft = read(html_dir, name)
    assert draft.format == "html" and draft.origin == name
    assert draft.blocks[0].kind == "title" and draft.blocks[0].start == 0
    expected = "\n\n".join(chunks(draft))
    assert draft.text == expected  # blocks in order, separated by exactly one blank line
    for block in draft.blocks:
        chunk = draft.text[block.start : block.end]
        assert chunk == chunk.strip() and "\n\n" not in chunk
        assert block.kind in ("title", "heading", "paragraph")
        assert block.origin


def test_transcript_page_keeps_headings_blockquote_and_turns(html_dir: Path) -> None:
    draft = read(html_dir, "transcript_page.html")
    kinds = [(b.kind, draft.text[b.start : b.end][:30]) for b in draft.blocks]
    assert kinds[0] == ("title", "Harbour strike ends as ministe")
    assert ("heading", "A long dispute") in kinds
    assert ("heading", "Read the full statement") in kinds
    quote = next(
        b for b in draft.blocks if draft.text[b.start : b.end].startswith("We have never asked")
    )
    assert quote.kind == "paragraph" and quote.origin.endswith("/blockquote/p")
    turns = [c for c in chunks(draft) if c.startswith(("Minister Helen Dubrovna:", "Question:"))]
    assert len(turns) == 6  # every speaker turn is a block of its own
    # the heading comes before the transcript, in page order
    assert chunks(draft).index("Read the full statement") < chunks(draft).index(turns[0])


def test_origins_are_paths_into_the_page(html_dir: Path) -> None:
    draft = read(html_dir, "transcript_page.html")
    origins = [b.origin for b in draft.blocks]
    assert origins[0] == "/html/body/main/article/h1"
    assert "/html/body/main/article/h2[1]" in origins
    assert all(o.startswith("/html/body/main/article/") for o in origins)
    assert len(set(origins)) == len(origins)


def test_metadata_from_meta_tags(html_dir: Path) -> None:
    meta = read(html_dir, "transcript_page.html").meta
    assert meta.title == "Harbour strike ends as minister agrees to pay review"
    assert meta.author == "Maria Okafor"
    assert meta.date == "2025-03-14"
    assert meta.site == "The Coastal Ledger"
    assert meta.url == "https://ledger.example.org/news/2025/03/harbour-strike-ends"
    assert meta.language == "en"


def test_metadata_from_json_ld(html_dir: Path) -> None:
    meta = read(html_dir, "teasers_page.html", url="https://courier.example.com/news/x").meta
    assert meta.title == "Flood barrier passes first winter test"
    assert meta.author == "Daniel Hughes"
    assert meta.date == "2024-12-02"
    assert meta.site == "Riverside Courier"
    assert meta.language == "en-gb"
    assert meta.url == "https://courier.example.com/news/x"  # no canonical link: the given URL


def test_teasers_asides_and_navigation_stay_out(html_dir: Path) -> None:
    for name, absent in [
        (
            "teasers_page.html",
            [
                "Insurance premiums fall",
                "Christmas market returns",
                "Bus route 12",
                "Most read",
                "Subscribe",
                "Terms",
            ],
        ),
        (
            "transcript_page.html",
            ["Ferry timetable cut", "Related stories", "Privacy policy", "Sport"],
        ),
    ]:
        draft = read(html_dir, name)
        for words in absent:
            assert words not in draft.text, (name, words)
    body = chunks(read(html_dir, "teasers_page.html"), "paragraph")
    assert len(body) == 5 and body[-1].startswith("Natarajan said engineers")


def test_cp1251_page_with_http_equiv(html_dir: Path) -> None:
    draft = read(html_dir, "cp1251_page.html")
    assert draft.encoding == "cp1251"
    assert draft.meta.title == "Городской совет одобрил ремонт набережной"
    assert "«Мы долго спорили о деталях" in draft.text
    assert draft.meta.author == "Анна Смирнова" and draft.meta.language == "ru"


def test_cp1251_page_without_declaration_is_detected(html_dir: Path) -> None:
    draft = read(html_dir, "cp1251_undeclared.html")
    assert "Депутаты городского совета во вторник" in draft.text


def test_shift_jis_page(html_dir: Path) -> None:
    draft = read(html_dir, "shift_jis_page.html")
    assert draft.encoding.replace("-", "_") == "shift_jis"
    assert draft.meta.title == "市議会、駅前広場の改修計画を承認"
    assert "山本健一市長は記者会見で「誰もが安心して集まれる広場にしたい。" in draft.text


def test_transport_charset_wins_over_meta(html_dir: Path) -> None:
    data = (html_dir / "cp1251_page.html").read_bytes().replace(b"windows-1251", b"iso-8859-5")
    assert "Депутаты" not in parse(data).text  # the wrong meta charset is followed...
    assert "Депутаты" in parse(data, declared_encoding="windows-1251").text  # ...unless HTTP says


def test_sniff_charset() -> None:
    assert sniff_charset(b'<meta charset="Shift_JIS">') == "shift_jis"
    assert (
        sniff_charset(b"<meta http-equiv=Content-Type content='text/html; charset=KOI8-R'>")
        == "koi8-r"
    )
    assert sniff_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><html>') == "iso-8859-1"
    assert sniff_charset(b'<meta charset="utf-16">') == "utf-8"  # HTML5 rule
    assert sniff_charset(b"<html><p>no charset</p>") is None


def test_str_input_and_line_breaks() -> None:
    page = (
        "<html><head><title>Council vote delayed</title></head><body><article>"
        "<h1>Council vote delayed</h1><p>The vote on the new budget was put off until next week "
        "after two members fell ill.<br>A date will be announced on Monday.</p>"
        "<p>The mayor said the delay would not affect services in the meantime, and that the "
        "draft budget would be published in full before the vote.</p></article></body></html>"
    )
    draft = parse(page)
    assert draft.encoding == "utf-8"
    assert chunks(draft, "paragraph")[0].endswith("fell ill.\nA date will be announced on Monday.")


def test_tiny_page_still_gives_its_text() -> None:
    draft = parse(b"<html><body><div>Polls close at ten tonight.</div></body></html>")
    assert "Polls close at ten tonight." in draft.text


def test_malformed_html_reads(html_dir: Path) -> None:
    draft = read(html_dir, "malformed_page.html")
    assert draft.meta.title == "Ferry service resumes after repairs"
    assert any(c.startswith("The island ferry returned") for c in chunks(draft, "paragraph"))


def test_deeply_nested_html_is_no_traceback() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "<p>Deep inside.</p>" + "</div>" * 100_000
    try:
        draft = parse(page + "</body></html>")
    except InputError:
        return
    assert isinstance(draft, Draft)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n ", EmptyInputError),
        (b"<html><body><script>var x = 1;</script></body></html>", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
    ],
)
def test_unreadable_pages_raise_input_errors(data: bytes, error: type) -> None:
    with pytest.raises(error):
        parse(data, origin="bad.html")


def test_too_large_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "MAX_HTML_BYTES", 1000)
    with pytest.raises(TooLargeError, match=r"big\.html"):
        parse(b"<html>" + b"x" * 2000, origin="big.html")


# --------------------------------------------------------------------------- the seed


def seed_to_html(text: str) -> str:
    """The seed text dump as a plain news page: <h1> title, <time>, one <p> per line,
    a short line above its paragraph as <h2>, share widgets in <div>s, and everything
    from "Last Posts" on in an <aside>."""
    parts = [c for c in text.split("\n\n") if c.strip()]
    title, date = parts[0].strip(), parts[1].strip()
    body: list[str] = []
    aside: list[str] = []
    target = body
    for chunk in parts[2:]:
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines[0] == "Last Posts":
            target = aside
            lines = lines[1:]
        for i, line in enumerate(lines):
            esc = html_lib.escape(line, quote=False)
            if line == "Share this story":
                target.append('<div class="share-buttons">Share this story</div>')
            elif (
                target is body
                and i < len(lines) - 1
                and len(line) < 90
                and not re.search(r"[.:”]$", line)
            ):
                target.append(f"<h2>{esc}</h2>")
            else:
                target.append(f"<p>{esc}</p>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html_lib.escape(title)}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>'
        f'<h1>{html_lib.escape(title)}</h1><time datetime="2025-05-11">{date}</time>\n'
        + "\n".join(body)
        + '</article><aside class="latest-posts"><h3>Last Posts</h3>'
        + "\n".join(aside)
        + "</aside></main><footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_seed_as_html_gives_the_text_dump_report_and_source(seed_path: Path) -> None:
    structure = pytest.importorskip("onrecord.structure")
    textdump = pytest.importorskip("onrecord.read.textdump")
    seed = seed_path.read_text(encoding="utf-8")
    from_html = structure.layout(parse(seed_to_html(seed).encode("utf-8"), origin="seed.html"))
    from_text = structure.layout(textdump.parse(seed, origin="seed.txt"))

    def report(page):
        return [page.text[b.start : b.end] for b in page.report]

    assert report(from_html) == report(from_text)
    assert len(report(from_html)) > 15
    assert len(from_html.sources) == len(from_text.sources) == 1
    got, want = from_html.sources[0], from_text.sources[0]
    assert got.speaker == want.speaker == "Vladimir Putin"
    assert [got.text[t.start : t.end] for t in got.turns] == [
        want.text[t.start : t.end] for t in want.turns
    ]
    assert from_html.meta.title == from_text.meta.title
    assert from_html.meta.date == from_text.meta.date == "2025-05-11"
    # the "Last Posts" cards are not in the HTML page's text at all
    cards = [line for line in seed.split("Last Posts", 1)[1].splitlines() if len(line) > 40]
    assert cards and not any(line in from_html.text for line in cards)


def test_full_text_section_outside_the_article_is_kept(html_dir: Path) -> None:
    draft = read(html_dir, "transcript_outside_article.html")
    texts = chunks(draft)
    start = texts.index("Full text")
    assert draft.blocks[start].kind == "heading"
    assert draft.blocks[start].origin == "/html/body/main/section/h2"
    turns = texts[start + 2 :]
    assert len(turns) == 6 and all(t.startswith(("Minister Helen", "Question:")) for t in turns)
    assert draft.blocks[start + 2].origin == "/html/body/main/section/p[2]"
    # the report before it is unchanged, and no teaser comes along
    assert chunks(read(html_dir, "transcript_page.html"))[:9] == texts[:9]
    assert "ports podcast" not in draft.text and "Fishing quota" not in draft.text
