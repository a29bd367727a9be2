"""Rows of tables of tasks, as outline units.

Markdown reposts and docx exports keep tables as "|"-separated rows::

    | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
    |---|---|---|---|---|
    | I | Lĩnh vực kinh tế | | | |
    | 1 | Xây dựng Đề án … | Sở Tài chính | Các sở, ngành | Quý II/2025 |

Each numbered row of a table whose heading names a task column and a lead or
due-time column is a unit of kind "row"; its marker is its STT as printed and
its cells are kept by role (``task``, ``lead``, ``support``, ``deadline`` …).
Rows of tables of figures are not units.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from chidao.data.tables import COLUMN_ROLES
from chidao.text import fold_tones

_SEPARATOR = regex.compile(r"^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_STT = regex.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2}){0,3}|[IVXLC]+|[A-ZĐ]|[a-zđ])[.)]?$")
_FOLDED_ROLES = {fold_tones(k): v for k, v in COLUMN_ROLES.items()}
# Heading words found inside a longer heading: longest first, sorted once.
_ROLES_LONGEST_FIRST = [(k, v) for k, v in sorted(_FOLDED_ROLES.items(), key=lambda kv: -len(kv[0])) if len(k) > 4]


def split_row(line: str) -> Optional[list[str]]:
    """The cells of a "|" table row, or None when the line is not one."""
    if line.count("|") < 2 or _SEPARATOR.match(line):
        return None
    cells = [c.strip() for c in line.strip().split("|")]
    if cells and cells[0] == "":
        cells = cells[1:]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def column_roles(cells: list[str]) -> Optional[list[Optional[str]]]:
    """Roles of a heading row's columns, or None when it does not head a table of tasks."""
    roles: list[Optional[str]] = []
    for c in cells:
        key = " ".join(fold_tones(c).strip(" .:*").split())
        role = _FOLDED_ROLES.get(key)
        if role is None:
            for k, v in _ROLES_LONGEST_FIRST:
                if k in key:
                    role = v
                    break
        roles.append(role)
    if "task" in roles and ("lead" in roles or "deadline" in roles):
        return roles
    return None


@dataclass
class Row:
    stt: str                 # as printed: "1", "1.2", "II", "a)"
    label: str
    shape: str               # "arabic", "decimal2", "roman", "upper_letter", "letter"
    ordinal: int
    cells: dict[str, str]    # by role
    text: str                # the cells after the STT, joined with " | "
    text_offset: int         # where that text begins in the line


def read_row(line: str, roles: list[Optional[str]]) -> Optional[Row]:
    from chidao.parse.markers import roman_to_int
    from chidao.data.markers import LETTERS

    cells = split_row(line)
    if not cells or len(cells) < 2:
        return None
    m = _STT.match(cells[0])
    if not m:
        return None
    num = m.group("num")
    if num[0].isdigit():
        parts = num.split(".")
        shape = "arabic" if len(parts) == 1 else f"decimal{len(parts)}"
        ordinal = int(parts[-1])
    elif num in LETTERS:
        shape, ordinal = "letter", LETTERS.index(num) + 1
    elif roman_to_int(num):
        shape, ordinal = "roman", roman_to_int(num)
    else:
        shape, ordinal = "upper_letter", ord(num[0]) - ord("A") + 1
    by_role: dict[str, str] = {}
    for role, cell in zip(roles[1:] if roles and roles[0] == "stt" else roles, cells[1:]):
        if role and cell:
            by_role[role] = cell
    rest = [c for c in cells[1:]]
    first = line.index(cells[1]) if cells[1] and cells[1] in line else len(line)
    return Row(cells[0], num, shape, ordinal, by_role, " | ".join(c for c in rest if c), first)
