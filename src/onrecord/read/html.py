"""HTML page -> :class:`~onrecord.model.Draft`, through trafilatura.

The main text is found by trafilatura (its own cascade: main extractor, external
comparison, baseline rescue, recall escalation). This module keeps what plain
``trafilatura.extract`` throws away and the later stages need:

* block structure: one :class:`Block` per heading, paragraph, list item, table row
  or blockquote paragraph, in page order, separated by a blank line in
  ``Draft.text``; the title comes first as its own block;
* where each block came from: ``Block.origin`` is the XPath of the element in the
  parsed page (``/html/body/article/p[3]``), or ``line N`` when trafilatura built the
  element itself and only its source line is known;
* metadata: title, author, date, site name, canonical URL, language.

Encoding: the charset the caller declares (an HTTP ``Content-Type``) wins, then the
page's own ``<meta charset>`` / ``http-equiv`` / XML declaration, then detection by
:func:`onrecord.read.decode.decode`.

When trafilatura finds nothing (a page of bare text, a tiny page), the reader retries
with ``favor_recall`` and then falls back to trafilatura's ``baseline``, so a page with
visible text is never returned empty. Pages larger than :data:`MAX_HTML_BYTES` are
refused with :class:`TooLargeError` before parsing.
"""

from __future__ import annotations

import datetime
import logging
import re
import unicodedata
from dataclasses import replace
from html import unescape as html_unescape
from typing import Any

from lxml import etree

from ..errors import EmptyInputError, FormatError, InputError, TooLargeError
from ..model import Block, Draft, Metadata

log = logging.getLogger(__name__)

STAGE = "html/1"

__all__ = ["MAX_HTML_BYTES", "STAGE", "parse", "sniff_charset"]

#: Largest HTML page parsed (bytes, or characters for ``str`` input). Real news pages
#: are under 2 MB, most of it scripts. Measured on a 2-core machine, a page of nothing
#: but paragraphs takes about 3 s / 85 MB at 1 MB and 16 s / 190 MB at 4 MB (trafilatura
#: dominates), so 10 MB (~40 s, ~450 MB) is the most a single page may cost; larger
#: inputs are refused with a clear error before parsing.
MAX_HTML_BYTES = 10_000_000


_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""")
_SPACES = re.compile(r"[^\S\n]+")
_WORD = re.compile(r"\w+")

# where to look for the page element of an extracted block trafilatura rebuilt
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_OTHER = frozenset(("p", "blockquote", "pre", "td", "th", "dd", "dt", "li", "figcaption"))
_GROUPS = {
    "head": _HEADINGS,
    "item": frozenset(("li", "dd", "dt")),
    "row": frozenset(("tr",)),
    "cell": frozenset(("td", "th")),
}


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares about itself in its first 4 KB, if any."""
    head = data[:4096]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    charset = match.group(1).decode("ascii", "replace").strip().lower()
    # HTML5: a meta-declared UTF-16/32 in an ASCII-compatible byte stream means UTF-8
    if charset.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return "utf-8"
    return charset or None


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    """The transport's charset wins, then the page's own declaration, then detection
    (:func:`onrecord.read.decode.decode` also prefers valid UTF-8 over a declared
    single-byte Latin charset, the commonest mislabel on the web)."""
    from .decode import decode

    return decode(data, declared or sniff_charset(data))


def parse(
    html: str | bytes,
    *,
    origin: str = "<html>",
    url: str | None = None,
    declared_encoding: str | None = None,
) -> Draft:
    """Read one HTML page into a :class:`Draft` of format ``"html"``.

    ``declared_encoding`` is the charset from the transport (HTTP header, WARC record);
    ``url`` the address the page was fetched from (used for metadata and links).
    Raises :class:`EmptyInputError` when the page has no readable text,
    :class:`TooLargeError` above :data:`MAX_HTML_BYTES`, :class:`FormatError` when it
    cannot be parsed, and the decoding errors of :func:`onrecord.read.decode.decode`.
    """
    size = len(html)
    if size > MAX_HTML_BYTES:
        raise TooLargeError(
            f"{origin}: the HTML page is {size / 1e6:.0f} MB; onrecord reads pages up to "
            f"{MAX_HTML_BYTES / 1e6:.0f} MB. Save the article alone (or its text) and read that."
        )
    if isinstance(html, bytes):
        if not html.strip():
            raise EmptyInputError(f"{origin}: the page is empty")
        text, encoding = _decode(html, declared_encoding)
    else:
        text, encoding = html, (declared_encoding or "utf-8")
    if not text.strip():
        raise EmptyInputError(f"{origin}: the page is empty")
    try:
        return _parse_text(text, origin=origin, url=url, encoding=encoding)
    except InputError:
        raise
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        # lxml parser errors are ValueError subclasses; deep or broken trees end here
        log.debug("HTML extraction failed for %s", origin, exc_info=True)
        raise FormatError(
            f"{origin}: the HTML could not be parsed ({type(exc).__name__}); "
            "check that the file is an HTML page"
        ) from exc


# --------------------------------------------------------------------------- extraction


def _parse_text(text: str, *, origin: str, url: str | None, encoding: str) -> Draft:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        raise FormatError(f"{origin}: no HTML document found; check that the file is a web page")
    doc: Any = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
    )
    blocks = _blocks(doc.body) if doc is not None and doc.body is not None else []
    if not blocks:
        log.debug("%s: nothing extracted, retrying with favor_recall", origin)
        recall: Any = trafilatura.bare_extraction(
            tree, url=url, favor_recall=True, include_comments=False, with_metadata=False
        )
        if recall is not None and recall.body is not None:
            blocks = _blocks(recall.body)
    if not blocks:
        from trafilatura import baseline

        blocks = _blocks(baseline(tree)[0])
    if not blocks:
        raise EmptyInputError(f"{origin}: the page has no readable text")
    origins = _Origins(tree)
    blocks += _missing_sources(tree, blocks, origins)
    meta = _metadata(tree, url)
    return _assemble(blocks, meta, origins, encoding=encoding, origin=origin)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r", "").replace("\xa0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_Raw = tuple[str, str, Any]  # (kind, text, output element)

# trafilatura's output tags that make a block of their own
_BLOCK_TAGS = frozenset(("p", "head", "list", "item", "quote", "table", "row", "code", "div"))
_BLOCK_TAGS |= frozenset(("article", "main", "section", "body"))


def _blocks(body: Any) -> list[_Raw]:
    """Blocks of trafilatura's output tree, in document order.

    A heading, paragraph, list item, table row, code block or a paragraph inside a
    blockquote each become one block; ``<lb/>`` is a line break inside a block.
    """
    out: list[_Raw] = []
    _walk(body, out, 0)
    return out


def _walk(node: Any, out: list[_Raw], depth: int) -> None:
    if depth > 200:  # trafilatura's output follows the page tree, which lxml caps at 255
        raise FormatError("the page is nested too deeply to read")
    has_blocks = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in node)
    if not has_blocks:
        if node.tag not in ("body", "graphic"):
            _emit(out, node, _inline_text(node, with_tail=False))
        return
    loose: list[str] = [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str):
            loose.append(child.tail or "")
            continue
        if child.tag in _BLOCK_TAGS:
            _emit(out, node, "".join(loose))
            loose = []
            _walk(child, out, depth + 1)
            loose.append(child.tail or "")
        else:
            loose.append(_inline_text(child, with_tail=True))
    _emit(out, node, "".join(loose))


def _emit(out: list[_Raw], node: Any, raw: str) -> None:
    text = _clean(raw)
    if text and _WORD.search(text):
        out.append(("heading" if node.tag == "head" else "paragraph", text, node))


def _inline_text(el: Any, *, with_tail: bool) -> str:
    """Text of an element without block children: ``<lb/>`` is a line break, table
    cells are separated by `` | ``."""
    parts: list[str] = []

    def visit(node: Any, depth: int) -> None:
        if depth > 250:
            raise FormatError("the page is nested too deeply to read")
        if node is not el:
            if node.tag == "lb":
                parts.append("\n")
            elif node.tag == "cell" and node.getprevious() is not None:
                parts.append(" | ")
        if node.text and node.tag != "graphic":
            parts.append(node.text)
        for child in node:
            visit(child, depth + 1)
            if child.tail:
                parts.append(child.tail)

    visit(el, 0)
    if with_tail and el.tail:
        parts.append(el.tail)
    return "".join(parts)


# ---------------------------------------------------------------- embedded sources

# a heading or short line that introduces a primary source printed on the page
_INTRO = re.compile(
    r"""^\W*(?:
        full\ (?:text|transcript)
      | transcript
      | (?:read|see)\ (?:the\ )?(?:full|complete|entire)\ (?:text|transcript|statement|speech
            |remarks|interview|address|letter)
      | (?:the\ )?(?:full|complete)\ (?:text|transcript|statement|speech|remarks|interview
            |address)
      | (?:below|here)\ is\ (?:the\ )+(?:full\ |complete\ )?(?:text|transcript|statement
            |speech|remarks)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_ANCHOR_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
_OUTSIDE = frozenset(("a", "aside", "nav"))
_MIN_SOURCE_CHARS = 200
_PAGE_BLOCKS = ("p", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "dd", "dt")
_PAGE_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SECTION_ENDS = frozenset(("aside", "footer", "nav", "form", "script", "style", "template"))
_MAX_ADDED = 3000


def _missing_sources(tree: Any, raw: list[_Raw], origins: _Origins) -> list[_Raw]:
    """Blocks of a transcript or statement printed on the page that trafilatura left out.

    trafilatura keeps what is inside the article; a "Full text" / "Transcript" /
    "Read the full statement" section printed after it (a heading, or a bold line in a
    paragraph of its own) is often dropped. Such a section, up to the next heading of
    the same rank, is appended heading first, with the page XPath of every block as its
    origin; what the extraction already has is not repeated, and a "section" of less
    than two paragraphs or 200 characters is not a source.
    """
    have = {_norm(text) for _, text, _ in raw}
    added: list[_Raw] = []
    taken: set[Any] = set()
    anchors: list[tuple[Any, list[Any]]] = []
    for el in tree.iter(*_ANCHOR_TAGS):
        label = el.text_content()
        if len(label) > 120 or not _INTRO.match(label.strip()):
            continue
        if any(a.tag in _OUTSIDE for a in el.iterancestors()):
            continue
        label = _clean(label)
        match = _INTRO.match(label)
        # the phrase alone, or with a short title after it ("Transcript: the press call")
        if not match or len(label) - match.end() > 60 or label.endswith((".", "?", "!")):
            continue
        anchor = el
        if el.tag in ("strong", "b"):
            parent = el.getparent()
            if parent is None or parent.tag != "p" or len(_clean(parent.text_content())) > 120:
                continue
            anchor = parent
        anchors.append((anchor, _section_after(anchor)))
    for anchor, section in anchors:
        leaves = [leaf for el in section for leaf in _leaf_blocks(el) if leaf not in taken]
        new: list[_Raw] = []
        for leaf in leaves:
            taken.add(leaf)
            text = _clean(_page_text(leaf))
            key = _norm(text)
            if text and _WORD.search(text) and key not in have:
                kind = "heading" if leaf.tag in _PAGE_HEADINGS else "paragraph"
                new.append((kind, text, origins.path(leaf)))
        if len(new) < 2 or sum(len(t) for _, t, _ in new) < _MIN_SOURCE_CHARS:
            continue  # a source is several paragraphs; one stray line is not worth adding
        have.update(_norm(t) for _, t, _ in new)
        if anchor is not None and anchor not in taken:
            taken.add(anchor)
            text = _clean(_page_text(anchor))
            if _norm(text) not in have:
                have.add(_norm(text))
                kind = "heading" if anchor.tag in _PAGE_HEADINGS else "paragraph"
                new.insert(0, (kind, text, origins.path(anchor)))
        added += new
        if len(added) > _MAX_ADDED:
            break
    return added[:_MAX_ADDED]


def _section_after(anchor: Any) -> list[Any]:
    """The elements after a source heading, up to the next heading of its rank or higher."""
    rank = int(anchor.tag[1]) if anchor.tag in _PAGE_HEADINGS else 7
    node = anchor
    for _ in range(3):  # a heading alone at the end of its box: the text follows the box
        out: list[Any] = []
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib.tag in _SECTION_ENDS:
                break
            if sib.tag in _PAGE_HEADINGS and int(sib.tag[1]) <= rank:
                break
            out.append(sib)
        if out:
            return out
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return []


def _leaf_blocks(el: Any) -> list[Any]:
    """``el`` if it is a paragraph-like element, else its innermost paragraph-like ones."""
    if el.tag in _SECTION_ENDS:
        return []
    if el.tag in _PAGE_BLOCKS and next(el.iterdescendants(*_PAGE_BLOCKS), None) is None:
        return [el]
    return [
        d
        for d in el.iterdescendants(*_PAGE_BLOCKS)
        if next(d.iterdescendants(*_PAGE_BLOCKS), None) is None
        and not any(a.tag in _SECTION_ENDS for a in d.iterancestors())
    ]


def _page_text(el: Any) -> str:
    """Text of a page element, ``<br>`` as a line break, scripts left out."""
    parts: list[str] = []

    def visit(node: Any, depth: int) -> None:
        if depth > 250:
            raise FormatError("the page is nested too deeply to read")
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "template"):
            return
        if node.tag == "br":
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            visit(child, depth + 1)
            if child.tail:
                parts.append(child.tail)

    visit(el, 0)
    return "".join(parts)


def _norm(text: str) -> str:
    """A key to compare texts by, blind to whitespace (cheap: no regex)."""
    return "".join(text.split())


class _Origins:
    """Where an extracted block came from in the parsed page: the XPath of the page
    element with the same text (of the kind trafilatura turns into that block), else
    the source line trafilatura kept, else the block's tag."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self._by_text: dict[frozenset[str], dict[str, list[Any]]] = {}
        self._paths: dict[Any, str] = {}
        self._positions: dict[Any, dict[Any, tuple[int, int]]] = {}

    def find(self, out: Any, text: str) -> str:
        hits = self._index(_GROUPS.get(out.tag, _OTHER)).get(_norm(text))
        if hits:
            return self.path(hits.pop(0) if len(hits) > 1 else hits[0])
        if out.sourceline:
            return f"line {out.sourceline}"
        return f"<{out.tag}>"

    def path(self, el: Any) -> str:
        """The XPath of ``el`` (as lxml's ``getpath``, in time linear in the page:
        sibling positions are counted once per parent)."""
        cached = self._paths.get(el)
        if cached is not None:
            return cached
        parent = el.getparent()
        if parent is None:
            path = f"/{el.tag}"
        else:
            positions = self._positions.get(parent)
            if positions is None:
                positions = self._positions[parent] = _positions(parent)
            index, count = positions[el]
            step = el.tag if count == 1 else f"{el.tag}[{index}]"
            path = f"{self.path(parent)}/{step}"
        self._paths[el] = path
        return path

    def _index(self, tags: frozenset[str]) -> dict[str, list[Any]]:
        """Normalised text -> page elements with one of ``tags``, in page order."""
        found = self._by_text.get(tags)
        if found is None:
            found = self._by_text[tags] = {}
            for el in self.tree.iter(*tags):
                key = _norm(el.text_content())
                if not key:
                    continue
                prev = found.get(key)
                if prev is None:
                    found[key] = [el]
                elif any(a is prev[-1] for a in el.iterancestors()):
                    prev[-1] = el  # the innermost: <blockquote><p>x</p> -> the <p>
                else:
                    prev.append(el)
        return found


def _positions(parent: Any) -> dict[Any, tuple[int, int]]:
    """Each element child -> (its 1-based position among same-tag siblings, their count)."""
    children = [c for c in parent if isinstance(c.tag, str)]
    counts: dict[str, int] = {}
    for child in children:
        counts[child.tag] = counts.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    out = {}
    for child in children:
        seen[child.tag] = seen.get(child.tag, 0) + 1
        out[child] = (seen[child.tag], counts[child.tag])
    return out


def _metadata(tree: Any, url: str | None) -> Metadata:
    """Page metadata from meta tags, OpenGraph, JSON-LD, ``<title>``/``<h1>`` and htmldate.

    trafilatura's own ``extract_metadata`` also runs a costly heuristic author search
    over the whole page (8 ms a page); here the author comes from meta tags, JSON-LD or
    ``rel="author"``/``itemprop="author"`` elements only.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    doc = examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None  # trafilatura's rule: a one-word "author" is a site handle
    try:
        doc = extract_meta_json(tree, doc)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError):
        log.debug("unreadable JSON-LD metadata", exc_info=True)
    title = doc.title or extract_title(tree)
    author = doc.author or _byline(tree)
    canonical = doc.url or extract_url(tree, url) or url
    site = doc.sitename or extract_sitename(tree)
    if site:
        site = site.lstrip("@")
    date = _published_date(tree)
    if date is None:
        try:
            date = find_date(tree, url=canonical, original_date=True, extensive_search=False)
        except (ValueError, TypeError, OverflowError):
            log.debug("date search failed", exc_info=True)
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        found = tree.xpath(
            "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')"
            " = 'content-language']/@content"
        )
        lang = found[0] if found else None
    language = (lang or "").strip().split(",")[0].strip().lower() or None

    def clean(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        value = _clean(html_unescape(value)).replace("\n", " ")
        return value[:1000] or None

    return Metadata(
        title=clean(title),
        date=clean(date),
        author=clean(author),
        site=clean(site),
        url=clean(canonical),
        language=clean(language),
    )


_DATE_META = etree.XPath(
    "/html/head/meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='pubdate' or @name='publishdate'"
    " or @name='DC.date.issued' or @name='dcterms.created' or @property='og:published_time']"
    "/@content"
)
_LD_JSON = etree.XPath("//script[@type='application/ld+json']/text()")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


def _published_date(tree: Any) -> str | None:
    """The publication day a page states in its meta tags or JSON-LD (cheap: no
    heuristics); None sends the page to htmldate."""
    found = [str(v) for v in _DATE_META(tree)]
    for script in _LD_JSON(tree):
        found += _LD_DATE.findall(str(script))
    for value in found:
        match = _ISO_DAY.match(value)
        if match:
            try:
                day = datetime.date.fromisoformat(match.group(1))
            except ValueError:
                continue
            if 1990 <= day.year <= datetime.date.today().year + 1:
                return day.isoformat()
    return None


def _byline(tree: Any) -> str | None:
    for el in tree.xpath('//*[@rel="author" or @itemprop="author"][1]'):
        text = _clean(el.text_content())
        if 2 < len(text) < 80:
            return text
    return None


def _assemble(
    raw: list[_Raw], meta: Metadata, origins: _Origins, *, encoding: str, origin: str
) -> Draft:
    items = [
        (kind, text, out if isinstance(out, str) else origins.find(out, text))
        for kind, text, out in raw
    ]
    title = meta.title
    if items and title and _norm(items[0][1]).lower() == _norm(title).lower():
        items[0] = ("title", items[0][1], items[0][2])
    elif items and items[0][0] == "heading" and title is None:
        items[0] = ("title", items[0][1], items[0][2])
        meta = replace(meta, title=items[0][1])
    elif title:
        # a heading equal to the title further down is the same headline: drop it
        key = _norm(title).lower()
        items = [it for it in items if not (it[0] == "heading" and _norm(it[1]).lower() == key)]
        items.insert(0, ("title", title, _title_origin(origins, title)))
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, chunk, where in items:
        if parts:
            parts.append("\n\n")
            offset += 2
        blocks.append(Block(offset, offset + len(chunk), kind, where))
        parts.append(chunk)
        offset += len(chunk)
    text = "".join(parts)
    return Draft(
        text=text, blocks=tuple(blocks), meta=meta, encoding=encoding, format="html", origin=origin
    )


def _title_origin(origins: _Origins, title: str) -> str:
    key = _norm(title).lower()
    for el in origins.tree.iter("h1", "h2"):
        if _norm(el.text_content()).lower() == key:
            return origins.path(el)
    if origins.tree.find(".//title") is not None:
        return "/html/head/title"
    return "metadata"
