"""Web pages (.html, .htm) → the text of the document they carry, without the site.

Portals publish a directive inside menus, breadcrumbs, share buttons, "Tin
khác" lists and a footer.  The reader (BeautifulSoup, with lxml when it is
installed) keeps the main content only:

1. Never content: ``script``, ``style``, ``noscript``, ``template``, forms,
   ``nav``, ``aside``, ``header`` / ``footer`` outside the article, elements
   whose role is navigation / banner / contentinfo / complementary, and
   elements whose id or class names chrome (menu, nav, breadcrumb, sidebar,
   footer, share, social, comment, related, banner, advert …).
2. The content is the page's ``<main>`` or ``[role=main]``, else its one
   ``<article>``, else the block that holds the most text in paragraphs
   (links counted for little), else the whole ``<body>``.
3. Block elements (``p``, ``div``, ``li``, headings, ``tr`` …) and ``<br>``
   end lines; lists get the markers the browser draws — ``<ol>`` numbers by
   its ``type`` and ``start`` ("1.", "a)", "I."), ``<ul>`` a "-" — and table
   rows become ``| cell | cell |``; a table of one or two columns is layout
   (the header beside the motto) and its cells are read one after the other.

The encoding is the one the page declares (``<meta charset>``), else UTF-8,
else what BeautifulSoup's detector finds.
"""

from __future__ import annotations

import re
from typing import Optional

from chidao.errors import InputError

_DROP_TAGS = ["script", "style", "noscript", "template", "form", "button", "select", "input",
              "textarea", "iframe", "svg", "canvas", "nav", "aside", "video", "audio", "object"]
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_CHROME_NAME = re.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|sidebar|side-bar|footer|site-header|"
    r"masthead|topbar|share|sharing|social|comments?|related|tin-?khac|other-news|banner|adverts?|ads|"
    r"quang-?cao|widget|cookie|popup|modal|pagination|toolbar|login|search-box|searchbox)(?:$|[\s_-])",
    re.I)
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol", "dl", "dt", "dd",
           "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "center", "address",
           "figure", "figcaption", "hr", "details", "summary", "body", "html", "tbody", "thead", "tfoot"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode(data: bytes) -> tuple[str, Optional[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "utf-16"
    declared = _META_CHARSET.search(data[:4096])
    for codec in ([declared.group(1).decode("ascii").lower()] if declared else []) + ["utf-8"]:
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            continue
    from bs4 import UnicodeDammit

    guess = UnicodeDammit(data, ["utf-8", "windows-1258", "windows-1252"])
    if guess.unicode_markup is None:
        raise InputError(None, "cannot decode this page")
    return guess.unicode_markup, guess.original_encoding


def _parser() -> str:
    try:
        import lxml  # noqa: F401

        return "lxml"
    except ImportError:
        return "html.parser"


def _is_chrome(el) -> bool:
    attrs = getattr(el, "attrs", None)
    if not attrs:
        return False
    if (attrs.get("role") or "").lower() in _CHROME_ROLES:
        return True
    if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
        return True
    names = " ".join([attrs.get("id") or ""] + list(attrs.get("class") or []))
    return bool(names) and _CHROME_NAME.search(names) is not None


def _strip_chrome(root) -> None:
    for el in root.find_all(_DROP_TAGS):
        el.decompose()
    body = root.body or root
    total = _text_weight(body)
    for el in body.find_all(True):
        if getattr(el, "decomposed", False):
            continue
        if el.name in ("header", "footer") and el.find_parent(["article", "main"]) is None:
            el.decompose()
        elif el.name not in ("main", "article") and _is_chrome(el):
            # A wrapper misnamed "… search …" that holds the document is not chrome.
            if el.find(["main", "article"]) is None and _text_weight(el) < 0.5 * total:
                el.decompose()


def _text_weight(el) -> int:
    """Characters of text in paragraphs, links counted for a tenth."""
    total = len(" ".join(el.get_text(" ").split()))
    linked = sum(len(" ".join(a.get_text(" ").split())) for a in el.find_all("a"))
    return total - linked + linked // 10


def _main_content(soup):
    body = soup.body or soup
    for candidate in (body.find("main"), body.find(attrs={"role": "main"})):
        if candidate is not None and _text_weight(candidate) > 0:
            return candidate
    articles = [a for a in body.find_all("article") if _text_weight(a) > 0]
    if len(articles) == 1:
        return articles[0]
    # The innermost block that still holds nearly all of the page's text.
    total = _text_weight(body)
    best, best_depth = body, 0
    for el in body.find_all(["div", "section", "td"]):
        if _text_weight(el) >= 0.85 * total:
            depth = sum(1 for _ in el.parents)
            if depth > best_depth:
                best, best_depth = el, depth
    return best


def _ol_marker(n: int, kind: str) -> str:
    from chidao.formats.docx import format_number

    if kind == "a":
        return format_number(n, "lowerLetter") + ")"
    if kind == "A":
        return format_number(n, "upperLetter") + "."
    if kind == "i":
        return format_number(n, "lowerRoman") + "."
    if kind == "I":
        return format_number(n, "upperRoman") + "."
    return f"{n}."


class _Writer:
    """Walks the content and writes lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.marker: Optional[str] = None  # of a list item, waiting for the item's first text

    def end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            if self.marker:
                line = f"{self.marker} {line}"
                self.marker = None
            self.lines.append(line)

    def walk(self, el) -> None:
        from bs4 import Comment, NavigableString, Tag

        for child in el.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.current.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.end_line()
            elif name == "table":
                self.end_line()
                self.table(child)
            elif name in ("ol", "ul"):
                self.end_line()
                self.list(child)
            elif name in _BLOCKS:
                self.end_line()
                self.walk(child)
                self.end_line()
            else:
                self.walk(child)

    def list(self, el) -> None:
        ordered = el.name == "ol"
        kind = (el.get("type") or "1") if ordered else ""
        try:
            n = int(el.get("start", "1")) if ordered else 0
        except ValueError:
            n = 1
        for li in el.find_all("li", recursive=False):
            try:
                n = int(li["value"]) if ordered and li.get("value") else n
            except ValueError:
                pass
            self.marker = _ol_marker(n, kind) if ordered else "-"
            self.walk(li)  # "<li><p>text</p></li>": the marker goes before the paragraph's text
            self.end_line()
            self.marker = None
            n += 1

    def table(self, el) -> None:
        rows = []
        for tr in el.find_all("tr"):
            if tr.find_parent("table") is not el:
                continue
            cells = []
            for cell in tr.find_all(["td", "th"], recursive=False):
                sub = _Writer()
                sub.walk(cell)
                sub.end_line()
                cells.append(sub.lines)
            rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        if width <= 2:
            for cells in rows:
                for lines in cells:
                    self.lines.extend(lines)
            return
        for cells in rows:
            if any(cells):
                self.lines.append("| " + " | ".join(" ".join(c) for c in cells) + " |")


def to_text(data: bytes, name: Optional[str] = None) -> tuple[str, Optional[str]]:
    """``(text of the page's main content, encoding)``."""
    from bs4 import BeautifulSoup

    try:
        markup, encoding = _decode(data)
    except InputError as exc:
        raise InputError(name, exc.reason) from None
    soup = BeautifulSoup(markup, _parser())
    _strip_chrome(soup)
    content = _main_content(soup)
    writer = _Writer()
    writer.walk(content)
    writer.end_line()
    return "\n".join(writer.lines), encoding
