"""The numbered hierarchy: markers found line by line, placed into a tree from context.

Levels are not fixed per marker kind.  The same "1." sits under "I." in one
document and under "* TỔ CHỨC THỰC HIỆN" in the next; "A." parts may hold
"I." sections or the reverse.  Like regulations-parser, placement combines
hard constraints with preferences, each a small named predicate:

constraints
    :func:`same_style_is_sibling` — a marker of a style already open closes
        everything opened after it and becomes its sibling ("2." after "1.");
    :func:`can_contain` — an Điều never sits inside a khoản, a numbered unit
        never inside a bullet, a caps bullet heading ("* TỔ CHỨC THỰC HIỆN")
        never inside an ordinary item, a decimal "2.3" only under its "2.";
preferences
    :func:`ocr_roman_one` — a caps heading "1." (or "l.") whose next heading
        of its rank is a roman "II." is the roman "I." that OCR misread;
    :func:`ocr_roman_next` — a roman numeral OCR wrote with an "l" ("Il.")
        that would repeat the open one ("II.") is the next one ("III.");
    :func:`choose_kind` — an ambiguous marker ("I." roman or the letter I,
        "C." roman 100 or the letter C) takes the reading that continues an
        open sequence, else the one that starts a sequence.

A marker that breaks the expected numbering (a skip, a restart) is still
placed, and a ``warnings`` entry says where — never silently.  Ids are the
labels of the ancestors and the node joined with "/" ("II/3/a/-2"); bullets
are numbered among their siblings ("-1", "-2"); a repeated id gets "~2".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from chidao.context import span_index
import regex

from chidao.data.header import CLOSING_OPENERS
from chidao.data.markers import BULLET_KINDS, OCR_ROMAN_ONE, STRUCTURAL_RANK
from chidao.parse.header import Header
from chidao.parse.markers import Marker, int_to_roman, is_caps_heading, match_marker
from chidao.parse.tables import Row, column_roles, read_row, split_row
from chidao.schema import Node
from chidao.text import fold_tones

_OCR_ROMAN_ONE_LABELS = frozenset(OCR_ROMAN_ONE.values())


@dataclass
class _Open:
    kind: str
    style: str
    ordinal: int
    label: str
    marker: str
    start: int
    text_start: int
    heading: bool
    row: Optional[Row] = None
    end: int = -1
    children: list["_Open"] = field(default_factory=list)


@dataclass
class _Candidate:
    start: int          # offset of the marker's first character
    marker: Marker
    row: Optional[Row] = None


# ------------------------------------------------------------------ constraints and preferences

def style_of(kind: str, marker: Marker) -> str:
    if kind in ("roman", "upper_letter"):
        punct = marker.text[len(marker.label):].strip() or "."
        return f"{kind}{punct}"
    return marker.style


def choose_kind(marker: Marker, stack: list[_Open]) -> tuple[str, int, bool]:
    """Pick a reading of an ambiguous marker; return (kind, ordinal, confident)."""
    if len(marker.kinds) == 1:
        return marker.kinds[0], marker.ordinals[0], True
    for kind, ordinal in zip(marker.kinds, marker.ordinals):
        style = style_of(kind, marker)
        for o in reversed(stack):
            if o.style == style:
                if o.ordinal + 1 == ordinal:
                    return kind, ordinal, True
                break
    for kind, ordinal in zip(marker.kinds, marker.ordinals):
        if ordinal == 1:
            return kind, ordinal, True
    # "V." with no open sequence: the roman reading is the more common one for
    # I, V, X; for C and L the letter reading is.
    kind, ordinal = (marker.kinds[0], marker.ordinals[0]) if marker.label in {"I", "V", "X"} \
        else (marker.kinds[-1], marker.ordinals[-1])
    return kind, ordinal, False


def ocr_roman_one(cands: list[_Candidate], k: int) -> bool:
    """Is the caps heading at ``k`` ("1. TINH THẦN CHỈ ĐẠO") a roman "I." that OCR
    read as a digit or a letter?  Only when the document confirms it: the next
    caps heading that is roman or of its own style is a roman "II.", so that
    "1. MỤC TIÊU … 2. NHIỆM VỤ" stays arabic."""
    m = cands[k].marker
    if not m.heading or OCR_ROMAN_ONE.get(m.kinds[0]) != m.label or not m.style.endswith("."):
        return False
    for cand in cands[k + 1:]:
        nxt = cand.marker
        if not nxt.heading:
            continue
        if "roman" in nxt.kinds:
            return nxt.ordinals[nxt.kinds.index("roman")] == 2 and style_of("roman", nxt) == "roman."
        if nxt.style == m.style:
            return False  # "2. NHIỆM VỤ": an arabic (or letter) sequence of headings
    return False


def ocr_roman_next(m: Marker, stack: list[_Open]) -> Optional[Marker]:
    """"Il. TỔ CHỨC THỰC HIỆN" after "II.": OCR miscounts the strokes of "III."
    into an "l"; a numeral of strokes alone that would repeat the open one of
    its style is read as the next (no document numbers "II." twice in a row)."""
    if m.kinds != ("roman",) or "l" not in m.label or m.label.strip("Il"):
        return None
    style = style_of("roman", m)
    for o in reversed(stack):
        if o.style == style:
            if o.ordinal == m.ordinals[0] and o.ordinal < 3:
                return m._replace(ordinals=(o.ordinal + 1,), label=int_to_roman(o.ordinal + 1))
            return None
    return None


def _as_roman_one(m: Marker) -> Marker:
    return m._replace(kinds=("roman",), ordinals=(1,), label="I", style="roman.")


def same_style_is_sibling(style: str, stack: list[_Open]) -> Optional[int]:
    """Index of the open unit of the same style, whose sibling the new marker is."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].style == style:
            return i
    return None


def can_contain(parent: _Open, kind: str, style: str, heading: bool, label: str) -> bool:
    if style in STRUCTURAL_RANK:
        return parent.style in STRUCTURAL_RANK and STRUCTURAL_RANK[parent.style] < STRUCTURAL_RANK[style]
    if parent.kind in BULLET_KINDS and kind not in BULLET_KINDS and not parent.heading:
        return False  # "- …" items hold no "a)"; a caps "* TỔ CHỨC THỰC HIỆN" holds "1."
    if heading and not parent.heading and kind != "row":
        return False  # a caps heading ("II. CÁC NHIỆM VỤ") never sits inside an ordinary item
    if kind == "decimal":
        prefix = label.rsplit(".", 1)[0]
        return parent.label == prefix or parent.kind not in ("arabic", "decimal")
    return True


def _restarts_after(cands: list[_Candidate], k: int, stack: list[_Open]) -> bool:
    """Does the marker after an unmarked heading restart a sequence that is open?"""
    nxt = next((c for c in cands[k + 1:] if c.marker.kinds[0] != "heading"), None)
    if nxt is None or nxt.marker.kinds[0] in BULLET_KINDS:
        return False
    m = nxt.marker
    for kind, ordinal in zip(m.kinds, m.ordinals):
        if ordinal == 1 and any(o.style == style_of(kind, m) for o in stack):
            return True
    return False


def _decimal_fits(label: str, stack: list[_Open], style: str) -> bool:
    """"2.3" is a unit only under an open "2." or after "2.2"; "3.5 triệu" is a number."""
    prefix, last = label.rsplit(".", 1)
    for o in reversed(stack):
        if o.style == style:
            return o.label.rsplit(".", 1)[0] == prefix
        if o.kind in ("arabic", "decimal") and o.label == prefix:
            return True
    return last == "1" and not any(o.kind in ("arabic", "decimal") for o in stack)


# ------------------------------------------------------------------ finding candidates

def _candidates(text: str, start: int, end: int, skips: list[tuple[int, int]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    skip_starts, skip_reach = span_index(skips)
    roles = None  # column roles of the table of tasks being read, if any
    prev_caps = False  # the line just above is an ALL CAPS line (a heading that may wrap)
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        raw = text[pos:line_end]
        stripped = raw.lstrip()
        off = pos + len(raw) - len(stripped)
        pos = line_end + 1
        if not stripped:
            roles = None  # a blank line ends a table
            prev_caps = False
            continue
        i = bisect_right(skip_starts, off)
        if i and skip_reach[i - 1] > off:  # inside a skipped span
            continue
        cells = split_row(stripped) if "|" in stripped else None
        if cells is not None:
            heading_roles = column_roles(cells)
            if heading_roles is not None:
                roles = heading_roles
                continue
            row = read_row(stripped, roles) if roles else None
            if row is not None:
                out.append(_Candidate(off, _row_marker(row), row))
            continue
        if roles and stripped.strip("|-: ") == "":
            continue  # the "|---|---|" line under a heading row
        roles = None
        m = match_marker(stripped)
        caps = m.heading if m is not None else is_caps_heading(stripped)
        if m is not None:
            out.append(_Candidate(off, m))
        elif caps and not prev_caps and len(stripped) < 200:
            # An unmarked heading ("TỔ CHỨC THỰC HIỆN"): not a unit of its own, but
            # the items after it restart their numbering under it.
            out.append(_Candidate(off, Marker("", 0, ("heading",), (0,), "H", "heading", True)))
        prev_caps = caps
    return out


def _row_marker(row: Row) -> Marker:
    return Marker(row.stt, row.text_offset, ("row",), (row.ordinal,), row.label, f"row-{row.shape}", False)


# ------------------------------------------------------------------ building the tree

def _build(text: str, cands: list[_Candidate], region_end: int, closes: list[int],
           warnings: list[str]) -> list[_Open]:
    roots: list[_Open] = []
    stack: list[_Open] = []
    closes = sorted(c for c in closes)
    ci = 0

    def close_to(depth: int, at: int) -> None:
        while len(stack) > depth:
            stack.pop().end = at

    for k, cand in enumerate(cands):
        # A "Nơi nhận" list or a signature block ends every open unit.
        while ci < len(closes) and closes[ci] <= cand.start:
            close_to(0, closes[ci])
            ci += 1
        m = cand.marker
        if m.heading and m.label in _OCR_ROMAN_ONE_LABELS and ocr_roman_one(cands, k):
            warnings.append(f"marker {m.text!r} at offset {cand.start}: read as the roman 'I.' "
                            "that a scan misread, since 'II.' follows")
            m = _as_roman_one(m)
        elif "l" in m.label:
            nxt = ocr_roman_next(m, stack)
            if nxt is not None:
                warnings.append(f"marker {m.text!r} at offset {cand.start}: read as {nxt.label!r}, "
                                "the next roman numeral, that a scan misread")
                m = nxt
        kind, ordinal, confident = choose_kind(m, stack)
        style = style_of(kind, m)
        label = m.label
        if kind == "decimal" and not _decimal_fits(label, stack, style):
            continue  # a number such as "3.5 triệu", not a unit
        heading = m.heading
        if not confident:
            warnings.append(f"marker {m.text!r} at offset {cand.start}: read as {kind} without a sequence to confirm it")
        if kind == "heading":
            # Only where the numbering after it starts again ("10." … "TỔ CHỨC
            # THỰC HIỆN" … "1."); otherwise a caps line is a wrapped title, a
            # page header or noise, and closes nothing.
            if not _restarts_after(cands, k, stack):
                continue
            # It closes ordinary items and earlier unmarked headings, and sits
            # under the nearest open heading-like unit ("I. NHIỆM VỤ").
            depth = len(stack)
            while depth and (not stack[depth - 1].heading or stack[depth - 1].kind == "heading"):
                depth -= 1
            close_to(depth, cand.start)
            node = _Open(kind, style, 0, label, "", cand.start, cand.start, True)
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            continue
        idx = same_style_is_sibling(style, stack)
        if idx is not None and kind not in BULLET_KINDS or (idx is not None and kind in BULLET_KINDS and
                                                             (not heading or stack[idx].heading)):
            prev = stack[idx]
            if kind not in BULLET_KINDS and ordinal != prev.ordinal + 1:
                what = "restarts" if ordinal == 1 else "skips"
                warnings.append(f"marker {m.text!r} at offset {cand.start} follows {prev.marker!r}: numbering {what}")
            close_to(idx, cand.start)
        else:
            while stack and not can_contain(stack[-1], kind, style, heading, label):
                close_to(len(stack) - 1, cand.start)
            if ordinal > 1 and kind not in BULLET_KINDS and kind != "article":
                warnings.append(f"marker {m.text!r} at offset {cand.start} opens a list that does not start at 1")
        node = _Open(kind, style, ordinal, label, m.text, cand.start, cand.start + m.end, heading, cand.row)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    close_to(0, closes[ci] if ci < len(closes) else region_end)
    return roots


class _Ids(set):
    """The node ids given so far, and for a repeated id the next "~k" to try."""

    def __init__(self) -> None:
        super().__init__()
        self.suffix: dict[str, int] = {}


def _to_nodes(text: str, opens: list[_Open], parent_id: str, used: set[str]) -> list[Node]:
    out: list[Node] = []
    bullet_counts: dict[str, int] = {}
    for o in opens:
        if o.kind in BULLET_KINDS or o.kind == "heading":
            bullet_counts[o.style] = bullet_counts.get(o.style, 0) + 1
            label = f"{o.label}{bullet_counts[o.style]}"
        else:
            label = o.label
        node_id = f"{parent_id}/{label}" if parent_id else label
        if node_id in used:
            # The smallest free "~k": ids are only ever added, so the search for
            # a base goes on from where it stopped (linear, not quadratic, in
            # the number of repeats).
            base = node_id
            k = used.suffix.get(base, 2) if isinstance(used, _Ids) else 2
            node_id = f"{base}~{k}"
            while node_id in used:
                k += 1
                node_id = f"{base}~{k}"
            if isinstance(used, _Ids):
                used.suffix[base] = k + 1
        used.add(node_id)
        end = o.end
        while end > o.start and text[end - 1].isspace():
            end -= 1
        children = _to_nodes(text, o.children, node_id, used)
        own_end = children[0].span[0] if children else end
        own = text[o.text_start:own_end].strip() if o.text_start < own_end else ""
        if o.row is not None:
            own = o.row.text
        first_line = own.split("\n", 1)[0].strip()
        title = None
        if first_line and (is_caps_heading(first_line) or (children and "\n" not in own and len(own) < 300)):
            title = first_line.rstrip(" .:")
        out.append(_validated_node(dict(
            id=node_id, kind=o.kind, marker=o.marker, label=label, title=title, text=own,
            span=(o.start, max(end, o.start + len(o.marker))),
            cells=o.row.cells if o.row is not None else None, children=children)))
    return out


# ``Node(**fields)`` is this validator called from Python (BaseModel.__init__):
# called directly, it makes the same node for a third less work, and a
# document has hundreds of nodes.
_validated_node = Node.__pydantic_validator__.validate_python


_CLOSING = regex.compile(
    r"(?m)^[ \t]*(?:%s)\b" % "|".join(regex.escape(fold_tones(w)) for w in sorted(CLOSING_OPENERS, key=len, reverse=True)))


def _closing_paragraph(text: str, last_start: int, end: int) -> Optional[int]:
    """Where the closing paragraph after the last unit begins, if there is one."""
    nl = text.find("\n", last_start, end)
    if nl < 0:
        return None
    m = _CLOSING.search(fold_tones(text[nl:end]))
    return nl + m.start() + (len(m.group(0)) - len(m.group(0).lstrip())) if m else None


def segment(ctx, header: Header) -> list[Node]:
    """The outline of the document in ``ctx.text``, given what the header reader found."""
    text = ctx.text
    skips = list(header.recipient_spans)
    closes = [s for s, _ in header.recipient_spans]
    regions: list[tuple[int, int, Optional[int]]] = []
    first_att = header.attachments[0].start if header.attachments else ctx.notes_start
    regions.append((header.body_start, first_att, None))
    for i, att in enumerate(header.attachments):
        regions.append((att.content_start, att.end, i))
    used: set[str] = _Ids()
    outline: list[Node] = []
    for start, end, att_index in regions:
        if start >= end:
            continue
        cands = _candidates(text, start, end, skips)
        region_closes = [c for c in closes if start <= c < end]
        closing = _closing_paragraph(text, cands[-1].start, end) if cands else None
        if closing is not None:
            region_closes.append(closing)
        opens = _build(text, cands, end, region_closes, ctx.warnings)
        if att_index is None:
            outline.extend(_to_nodes(text, opens, "", used))
            continue
        att = header.attachments[att_index]
        att_id = f"PL{att_index + 1}"
        used.add(att_id)
        children = _to_nodes(text, opens, att_id, used)
        att_end = end
        while att_end > att.start and text[att_end - 1].isspace():
            att_end -= 1
        own_end = children[0].span[0] if children else att_end
        heading_line = text[att.start:text.find("\n", att.start) if "\n" in text[att.start:att_end] else att_end]
        outline.append(Node(
            id=att_id, kind="attachment", marker=heading_line.strip(), label=att_id, title=att.title,
            text=text[att.content_start:own_end].strip(), span=(att.start, att_end), children=children,
        ))
    return outline
