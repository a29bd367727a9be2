"""Shared Vietnamese grammar of numbers and dates, used by every extractor.

Numbers (Vietnamese notation: "." groups thousands, "," marks decimals):

    "10,5" -> 10.5     "200.000" -> 200000     "11.427" -> 11427
    "1.219,11" -> 1219.11     "02" -> 2     "13 - 14" -> range (13, 14)

Dates:

    "ngày 02 tháng 01 năm 2020"   "02/5/2024"   "02-5-2024"   "02.5.2024"
    "13/12/ 2007" (typo)   "04/2//2016" (typo)   "ngày 20/01" (year from context)

Not dates: "2.231 đầu việc", "10/2020/NĐ-CP" (a document number), "19/20 chỉ tiêu".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

# ------------------------------------------------------------------ numbers

# A Vietnamese number as printed: "200.000", "10,5", "1.219,11", "02", "4,71".
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_RE = regex.compile(rf"(?<![\d.,])(?:{NUMBER})(?![\d]|[.,]\d)")


def parse_number(token: str) -> Optional[float]:
    """Value of a number written the Vietnamese way; None when it is not one.

    A lone "." followed by exactly three digits groups thousands ("11.427" is
    eleven thousand), as Vietnamese print does; "," is the decimal mark.
    """
    tok = token.strip().replace(" ", "")
    if not tok:
        return None
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
        tok = tok.replace(".", "").replace(",", ".")
    elif regex.fullmatch(r"\d+,\d+", tok):
        tok = tok.replace(",", ".")
    elif regex.fullmatch(r"\d+\.\d+", tok):
        pass  # "4.0", "3.5" (a decimal written the English way)
    elif not tok.isdigit():
        return None
    try:
        return float(tok)
    except ValueError:
        return None


# ------------------------------------------------------------------ dates

_SEP = r"\s*[/.\-]{1,2}\s*"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19\d\d|20\d\d)"

# "02/5/2024", "02-5-2024", "02.5.2024", "13/12/ 2007", "04/2//2016"; the
# look-arounds keep document numbers ("10/2020/NĐ-CP") and decimals out.
NUMERIC_DATE = (
    rf"(?<![\d/.,\-])(?P<d>{DAY}){_SEP}(?P<m>{MONTH}){_SEP}(?P<y>{YEAR})(?![\d/]|\.\d|\s*/\s*[A-ZĐ])"
)
# "ngày 02 tháng 01 năm 2020" (also "ngày 02 tháng 01, năm 2020").
FORMAL_DATE = (
    rf"(?P<d2>{DAY})\s+tháng\s+(?P<m2>{MONTH})\s*,?\s+năm\s+(?P<y2>{YEAR})(?!\d)"
)
# "ngày 20/01", "ngày 20 tháng 01" — the year comes from the document.
SHORT_DATE = rf"ngày\s+(?P<d3>{DAY})(?:{_SEP}|\s+tháng\s+)(?P<m3>{MONTH})(?![\d/.\-]|\s+năm)"

DATE_RE = regex.compile(rf"{NUMERIC_DATE}|{FORMAL_DATE}|{SHORT_DATE}", regex.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    date: Optional[dt.date]  # None when the day does not exist (30/02/2020)
    year_given: bool


def _mk(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, *, default_year: Optional[int] = None,
               pos: int = 0, endpos: Optional[int] = None) -> Iterator[DateMatch]:
    """Every date in ``text[pos:endpos]``; years left out resolve to ``default_year``."""
    for m in DATE_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        if m.group("d"):
            y, mo, d, given = int(m.group("y")), int(m.group("m")), int(m.group("d")), True
        elif m.group("d2"):
            y, mo, d, given = int(m.group("y2")), int(m.group("m2")), int(m.group("d2")), True
        else:
            if default_year is None:
                yield DateMatch(m.start(), m.end(), None, False)
                continue
            y, mo, d, given = default_year, int(m.group("m3")), int(m.group("d3")), False
        yield DateMatch(m.start(), m.end(), _mk(y, mo, d), given)


def parse_date(text: str, *, default_year: Optional[int] = None) -> Optional[dt.date]:
    """The first date in ``text``, or None."""
    for m in find_dates(text, default_year=default_year):
        if m.date:
            return m.date
    return None
