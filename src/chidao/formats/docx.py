"""Word documents (.docx) → text, with Word's automatic numbering written out.

Offices type "1.", "a)", "-" by hand as often as they let Word number the
paragraphs.  Word's numbers are not in the paragraph's text: a paragraph
carries ``<w:numPr>`` (a list ``numId`` and a level ``ilvl``, directly or
through its style), and ``word/numbering.xml`` says how each level of that
list is drawn — ``<w:numFmt>`` (decimal, lowerLetter, upperRoman, bullet …),
``<w:lvlText>`` ("%1.", "%1.%2.", "%2)", "-"), ``<w:start>``.  This reader
counts the paragraphs as Word does and writes the marker Word would draw in
front of each one, so that ``1.`` / ``a)`` / ``-`` / ``I.`` reach the outline
reader like typed markers.

- Lists that share a definition (``abstractNum``) continue one count, unless
  a list restarts it with ``<w:startOverride>``; a level's count restarts
  after a paragraph of a higher level.
- Bullets drawn from the Symbol and Wingdings fonts (private-use characters)
  become the glyph they show ("•", "▪", "❖", "✓"; Courier's "o" is "○").
- Tables: a table of two columns or fewer is page layout (the issuer beside
  the national motto, "Nơi nhận" beside the signature): its cells are read
  one after the other, line by line.  Wider tables are data and become
  ``| cell | cell |`` rows, which the outline reader knows as tables of tasks.
- Not read: headers and footers of the page, text boxes, comments, footnotes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Iterator, Optional

from chidao.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Glyphs of bullet fonts (Symbol, Wingdings) as Word stores them, and what they show.
_BULLET_GLYPHS = {
    "\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "▪", "\uf0d8": "►", "\uf076": "❖", "\uf0fc": "✓",
    "\uf02d": "-", "\uf0e8": "►", "\uf06e": "▪", "\uf071": "❖", "o": "○",
}

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz, aaa …"""
    if n < 1:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, num_fmt: str) -> str:
    """One counter as a numFmt draws it: 4 → "4", "d", "D", "iv", "IV", "04"."""
    if num_fmt == "lowerLetter":
        return _letters(n)
    if num_fmt == "upperLetter":
        return _letters(n).upper()
    if num_fmt == "lowerRoman":
        return _roman(n)
    if num_fmt == "upperRoman":
        return _roman(n).upper()
    if num_fmt == "decimalZero":
        return f"{n:02d}"
    if num_fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and everything Word draws with digits


@dataclass
class Level:
    start: int = 1
    num_fmt: str = "decimal"
    text: str = "%1."
    style: Optional[str] = None  # a paragraph style bound to this level


@dataclass
class ListDef:
    abstract_id: str
    starts: dict[int, int] = field(default_factory=dict)   # startOverride by level
    levels: dict[int, Level] = field(default_factory=dict)  # lvl overrides by level


class Numbering:
    """The counters of every list of one document, advanced paragraph by paragraph."""

    def __init__(self, numbering_xml=None) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.lists: dict[str, ListDef] = {}
        self.counts: dict[str, dict[int, int]] = {}
        self._started: set[tuple[str, int]] = set()
        if numbering_xml is not None:
            self._load(numbering_xml)

    def _load(self, root) -> None:
        for absnum in root.iter(f"{_W}abstractNum"):
            self.abstract[absnum.get(f"{_W}abstractNumId")] = {
                int(lvl.get(f"{_W}ilvl", "0")): _level(lvl) for lvl in absnum.iter(f"{_W}lvl")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            ldef = ListDef(ref.get(f"{_W}val"))
            for override in num.iter(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    ldef.starts[ilvl] = int(start.get(f"{_W}val", "1"))
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    ldef.levels[ilvl] = _level(lvl)
            self.lists[num.get(f"{_W}numId")] = ldef

    def level(self, num_id: str, ilvl: int) -> Optional[Level]:
        ldef = self.lists.get(num_id)
        if ldef is None:
            return None
        return ldef.levels.get(ilvl) or self.abstract.get(ldef.abstract_id, {}).get(ilvl)

    def level_of_style(self, num_id: str, style_id: str) -> Optional[int]:
        ldef = self.lists.get(num_id)
        levels = self.abstract.get(ldef.abstract_id, {}) if ldef else {}
        return next((i for i, lvl in levels.items() if lvl.style == style_id), None)

    def next_marker(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list ``num_id`` at level ``ilvl``; its marker as drawn."""
        ldef = self.lists.get(num_id)
        level = self.level(num_id, ilvl)
        if ldef is None or level is None:
            return ""
        # Lists sharing a definition continue one count, unless one restarts it.
        key = f"num:{num_id}" if ldef.starts else f"abs:{ldef.abstract_id}"
        counts = self.counts.setdefault(key, {})
        if ilvl in ldef.starts and (num_id, ilvl) not in self._started:
            counts[ilvl] = ldef.starts[ilvl]
            self._started.add((num_id, ilvl))
        elif ilvl in counts:
            counts[ilvl] += 1
        else:
            counts[ilvl] = level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]

        if level.num_fmt == "bullet":
            return "".join(_BULLET_GLYPHS.get(c, c) for c in level.text).strip()

        def counter(i: int) -> str:
            lvl = self.level(num_id, i) or Level()
            return format_number(counts.get(i, lvl.start), lvl.num_fmt)

        out, i, text = [], 0, level.text
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                out.append(counter(int(text[i + 1]) - 1))
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out).strip()


def _level(lvl) -> Level:
    def val(tag: str) -> Optional[str]:
        el = lvl.find(f"{_W}{tag}")
        return None if el is None else el.get(f"{_W}val")

    start = val("start")
    return Level(start=int(start) if start and start.lstrip("-").isdigit() else 1,
                 num_fmt=val("numFmt") or "decimal",
                 text=val("lvlText") if val("lvlText") is not None else "",
                 style=val("pStyle"))


class _Reader:
    def __init__(self, document) -> None:
        from docx.text.paragraph import Paragraph

        self._Paragraph = Paragraph
        self.document = document
        try:
            numbering_xml = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_xml = None
        self.numbering = Numbering(numbering_xml)
        self.style_numpr: dict[str, tuple[Optional[str], Optional[int]]] = {}
        self._load_styles()

    def _load_styles(self) -> None:
        """numPr of each paragraph style, following ``basedOn``."""
        try:
            styles_el = self.document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        own: dict[str, tuple[Optional[str], Optional[int]]] = {}
        based: dict[str, str] = {}
        for style in styles_el.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            parent = style.find(f"{_W}basedOn")
            if parent is not None:
                based[sid] = parent.get(f"{_W}val")
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                own[sid] = _numpr(numpr)
        for sid in set(own) | set(based):
            seen, cur = set(), sid
            while cur and cur not in own and cur not in seen:
                seen.add(cur)
                cur = based.get(cur)
            if cur in own:
                self.style_numpr[sid] = own[cur]

    def marker(self, p) -> str:
        ppr = p.find(f"{_W}pPr")
        num_id, ilvl, style = None, None, None
        if ppr is not None:
            pstyle = ppr.find(f"{_W}pStyle")
            style = pstyle.get(f"{_W}val") if pstyle is not None else None
            numpr = ppr.find(f"{_W}numPr")
            if numpr is not None:
                num_id, ilvl = _numpr(numpr)
        if num_id is None and style in self.style_numpr:
            num_id, style_ilvl = self.style_numpr[style]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if not num_id or num_id == "0":
            return ""
        if ilvl is None:
            ilvl = (self.numbering.level_of_style(num_id, style) if style else None) or 0
        return self.numbering.next_marker(num_id, ilvl)

    def paragraph(self, p, parent) -> str:
        text = self._Paragraph(p, parent).text.replace("\t", " ")
        marker = self.marker(p)
        if marker and text.strip():
            return f"{marker} {text.lstrip()}"
        return text

    def blocks(self, container, parent) -> Iterator[str]:
        """Lines of the paragraphs and tables directly in ``container``, in order."""
        for child in container.iterchildren():
            if child.tag == f"{_W}p":
                yield self.paragraph(child, parent)
            elif child.tag == f"{_W}tbl":
                yield from self.table(child, parent)
            elif child.tag == f"{_W}sdt":  # content control: its content is inline
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    yield from self.blocks(content, parent)

    def table(self, tbl, parent) -> Iterator[str]:
        rows = []
        for tr in tbl.iter(f"{_W}tr"):
            if tr.getparent() is not tbl:
                continue  # a row of a nested table
            cells = []
            for tc in tr.iterchildren(f"{_W}tc"):
                lines = [ln for ln in self.blocks(tc, parent) if ln.strip()]
                cells.append(lines)
            rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        if width <= 2:  # page layout: read the cells one after the other
            for cells in rows:
                for lines in cells:
                    yield from lines
            return
        for cells in rows:
            if any(cells):
                yield "| " + " | ".join(" ".join(" ".join(ln.split()) for ln in c) for c in cells) + " |"


def _numpr(numpr) -> tuple[Optional[str], Optional[int]]:
    num = numpr.find(f"{_W}numId")
    lvl = numpr.find(f"{_W}ilvl")
    return (num.get(f"{_W}val") if num is not None else None,
            int(lvl.get(f"{_W}val", "0")) if lvl is not None else None)


def to_text(data: bytes, name: Optional[str] = None) -> str:
    """The text of a .docx file's body, one paragraph a line, numbering written out."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(name, f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors, …
        raise InputError(name, f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
    reader = _Reader(document)
    return "\n".join(reader.blocks(document.element.body, document._body))
