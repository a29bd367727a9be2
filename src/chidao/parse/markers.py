"""Recognize the marker that opens a line: "II.", "1.1.", "a)", "Điều 3.", "-", "Phần thứ hai".

A line that merely starts with a number is not a unit: "2.231 đầu việc",
"6 tháng đầu năm", "10% chi thường xuyên", "2025, năm ..." have no marker.
What a marker *could* be is decided here, line by line; what it *is* (roman
"C." or letter "C.", which parent) is decided by :mod:`chidao.parse.segment`
from its neighbours.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from chidao.data.markers import BULLET_STYLE, BULLETS, HEADING_WORDS, LETTERS, ORDINAL_WORDS, UPPER_LETTERS

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> Optional[int]:
    s = s.upper()
    if not s or any(c not in ROMAN_VALUES for c in s):
        return None
    total, prev = 0, 0
    for c in reversed(s):
        v = ROMAN_VALUES[c]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if int_to_roman(total) == s else None


def int_to_roman(n: int) -> str:
    out = []
    for v, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


class Marker(NamedTuple):
    """A marker at the start of a line.

    ``kinds`` lists what it may be, most likely first ("C." may be roman 100 or
    the letter C).  ``ordinals`` gives its position in its sequence for each
    kind, so that the segmenter can check continuity.  Immutable, and a named
    tuple rather than a frozen dataclass: it is made for most lines read, and
    a frozen dataclass sets each field through ``object.__setattr__``, three
    times slower.
    """

    text: str          # as printed, e.g. "1.1.", "a)", "Điều 3.", "-"
    end: int           # offset in the line where the unit's text begins
    kinds: tuple[str, ...]
    ordinals: tuple[int, ...]
    label: str         # marker without punctuation: "1.1", "a", "Điều 3", "-"
    style: str         # what makes two markers siblings: "roman.", "arabic)", "dash" ...
    heading: bool = False  # the text after it is an ALL CAPS heading


# The words a structural unit opens with, as printed: a line that starts
# otherwise ("Căn cứ", "Trong năm") is settled by ``str.startswith`` in C.
_UNIT_WORDS = ("Phần", "PHẦN", "Chương", "CHƯƠNG", "Mục", "MỤC", "Tiểu mục", "TIỂU MỤC", "Điều", "ĐIỀU",
               "Bước", "BƯỚC", "Phụ lục", "PHỤ LỤC")
_WORD_UNIT = regex.compile(
    r"(?P<word>%s)" % "|".join(_UNIT_WORDS) +
    r"[ \t]+(?P<num>(?:thứ|THỨ)[ \t]+(?P<ord>(?:mười|MƯỜI)(?:[ \t]+(?:một|hai|MỘT|HAI)\b)?|\w+)|[IVXLC]+\b|\d{1,3}[a-z]?)"
    r"(?P<punct>[ \t]*[.:)\-–][ \t]*|[ \t]+|$)",
)
# Roman and upper-letter markers need a space after them: "V/v", "TP.HCM" are not units.
_ROMAN = regex.compile(r"(?P<num>[IVXLC]+|Il|IIl|Ill)(?P<punct>[ \t]*[.)/:][ \t]+|[ \t]*-[ \t]+)(?=\S)")
_UPPER = regex.compile(r"(?P<num>[A-ZĐ])(?P<punct>[ \t]*[.)/][ \t]+)(?=\S)")
_DECIMAL = regex.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})(?P<punct>\.?[ \t]*[):/]?[ \t]+|\.)(?=\S)")
_ARABIC = regex.compile(r"(?P<num>\d{1,2})(?P<punct>[ \t]*[.)/][ \t]*|[ \t]*-[ \t]+)(?=\S)")
_LETTER = regex.compile(r"(?P<num>[a-zđ])(?P<punct>[ \t]*[).][ \t]*)(?=\S)")
_BULLET = regex.compile(r"(?P<glyph>[-–—−‐‑+*•·◊▪►○●❖✓])(?P<punct>[ \t]*)(?=\S)")

_LEADING_DIGITS = regex.compile(r"\d+")

# What may follow the first letter of a roman or upper-letter marker (the
# rest of a numeral, "Il" from OCR, spaces, the mark), and of a letter marker.
_AFTER_UPPER_INITIAL = frozenset(" \t.)/:-IVXLCl")
_AFTER_LETTER = frozenset(" \t).")

# The first letters of the heading words: most lines start otherwise, and skip _WORD_UNIT.
_HEADING_INITIALS = frozenset(w[0] for word in HEADING_WORDS for w in (word, word.upper()))

_CAPS_LETTER = regex.compile(r"\p{Lu}")
_LOWER_LETTER = regex.compile(r"\p{Ll}")


# Code point -> "U" (\\p{Lu}), "L" (\\p{Ll}) or None (neither) for the scripts
# documents are written in: ``s.translate(_LETTER_CASE)`` keeps one letter per
# cased letter, and two ``count`` calls in C replace a regex match per letter.
_CASE_TABLE_SIZE = 0x2000
_LETTER_CASE: tuple = ()


def _letter_cases(s: str) -> tuple[int, int]:
    """How many upper-case (\\p{Lu}) and lower-case (\\p{Ll}) letters ``s`` holds."""
    global _LETTER_CASE
    if not _LETTER_CASE:
        _LETTER_CASE = tuple("U" if _CAPS_LETTER.match(c) else "L" if _LOWER_LETTER.match(c) else None
                             for c in map(chr, range(_CASE_TABLE_SIZE)))
    cases = s.translate(_LETTER_CASE)  # code points past the table stay as they are
    upper, lower = cases.count("U"), cases.count("L")
    if upper + lower != len(cases):  # a character past the table: ask the regex engine
        return len(_CAPS_LETTER.findall(s)), len(_LOWER_LETTER.findall(s))
    return upper, lower


def is_caps_heading(s: str) -> bool:
    """An ALL CAPS heading: "TỔ CHỨC THỰC HIỆN", "I. NHIỆM VỤ" (digits, punctuation allowed)."""
    return _is_caps_head(s[:200])


@lru_cache(maxsize=4096)  # the same lines are asked about by normalize, header and segment
def _is_caps_head(head: str) -> bool:
    # Running text is settled without classifying every letter: it holds more
    # "n" and "h" (the commonest letters of Vietnamese words: "nh", "ng",
    # "th", "ch") than a heading of this length may hold lower-case letters
    # at all, since it allows one in ten of its letters.
    if head.count("n") + head.count("h") > len(head) // 10:
        return False
    letters, lowers = _letter_cases(head)
    return letters >= 4 and lowers <= letters // 10


def _ordinal_word(word: str) -> Optional[int]:
    w = " ".join(word.lower().split())
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(w) + 1
    return None


def match_marker(line: str) -> Optional[Marker]:
    """The marker that opens ``line`` (already stripped of leading spaces), or None."""
    # Normalize, header and segment ask about the same lines: remember short ones.  Not
    # long ones: reflow asks about a paragraph again as each wrapped line joins it, and
    # a cache keyed on every stage of it would hash and hold them all ("- x\n" × 50,000).
    return _match_marker_cached(line) if len(line) <= 300 else _match_marker(line)


def _match_marker(line: str) -> Optional[Marker]:
    if not line:
        return None
    c = line[0]
    # Groups are read by number and all at once (``groups()``): the regex
    # module takes several times longer to look a group up by its name.
    # ``line[end:end + 200]`` is all of the rest is_caps_heading reads.

    m = _WORD_UNIT.match(line) if c in _HEADING_INITIALS and line.startswith(_UNIT_WORDS) else None
    if m:
        word, num, ordinal_word, punct = m.groups()
        end = m.end()
        kind, style = HEADING_WORDS[" ".join(word.lower().split())]
        if ordinal_word:
            ordinal = _ordinal_word(ordinal_word)
            if ordinal is None:
                return None
        elif num[0].isdigit():
            ordinal = int(_LEADING_DIGITS.match(num).group(0))
        else:
            ordinal = roman_to_int(num)
            if ordinal is None:
                return None
        # "Mục tiêu", "Điều kiện" are words, not units: a number must follow,
        # and for Điều a "." or ":" (or end of line) after it.
        if kind == "article" and not punct.strip() and end < len(line):
            if not line[end:end + 1].isupper():
                return None
        marker = line[:end].rstrip()
        # The label in one spelling whatever the typography ("PHẦN THỨ NHẤT" and
        # "Phần thứ nhất" are both "Phần thứ nhất"), so that ids are stable.
        key = " ".join(word.lower().split())
        label = f"{key[0].upper()}{key[1:]} {' '.join(num.lower().split()) if ordinal_word else num}"
        return Marker(marker, end, (kind,), (ordinal,), label, style, is_caps_heading(line[end:end + 200]))

    if c in BULLETS:
        m = _BULLET.match(line)
        if not m:
            return None
        glyph = m.group(1)
        end = m.end()
        nxt = line[end:end + 1]
        if glyph == c and line[1:2] == c:  # "--", "**": rules and emphasis, not bullets
            return None
        if glyph in "-–—−" and nxt.isdigit():
            return None  # "-5%" is a number
        kind = BULLETS[glyph]
        style = BULLET_STYLE.get(glyph, glyph)
        return Marker(glyph, end, (kind,), (0,), style, style, is_caps_heading(line[end:end + 200]))

    if c.isdigit():
        m = _DECIMAL.match(line)
        if m:
            num = m.group(1)
            parts = [int(p) for p in num.split(".")]
            if all(p >= 1 for p in parts[1:]) and parts[0] >= 1:
                end = m.end()
                return Marker(line[:end].rstrip(), end, ("decimal",), (parts[-1],), num,
                              f"decimal{len(parts)}", is_caps_heading(line[end:end + 200]))
        m = _ARABIC.match(line)
        if m:
            num, punct = m.groups()
            end = m.end()
            n = int(num)
            nxt = line[end:end + 1]
            # "2.231 đầu việc", "19/20 chỉ tiêu", "1 - 2 xã": numbers, not markers;
            # "06/CT-TTg" at a line start: a document number wrapped there.
            tight = punct == punct.strip()  # no space after the mark
            if n == 0 or (nxt.isdigit() and (tight or punct.strip() not in (".", ")"))) \
                    or (tight and (not nxt.isupper() or "/" in punct)):
                return None
            punct = punct.strip() or "."
            return Marker(line[:end].rstrip(), end, ("arabic",), (n,), num, f"arabic{punct}",
                          is_caps_heading(line[end:end + 200]))
        return None

    if c.isupper():
        # "II.", "A)", "Il." (OCR): a numeral or a mark follows the first
        # letter; a word ("Căn cứ", "Ủy ban") is no marker, and most lines
        # are settled here without running the patterns.
        if line[1:2] not in _AFTER_UPPER_INITIAL:
            return None
        kinds: list[str] = []
        ords: list[int] = []
        m = _ROMAN.match(line)
        if m:
            value = roman_to_int(m.group(1).replace("l", "I"))
            if value:
                kinds.append("roman")
                ords.append(value)
        m2 = _UPPER.match(line)
        if m2:
            letter, letter_punct = m2.groups()
            if letter in UPPER_LETTERS and letter_punct.strip() in {".", ")", "/"}:
                kinds.append("upper_letter")
                ords.append(UPPER_LETTERS.index(letter) + 1)
        if not kinds:
            return None
        mm = m if kinds[0] == "roman" else m2
        num, punct = mm.groups()
        end = mm.end()
        punct = punct.strip() or "."
        # A single letter followed by a lower-case word is an initial ("A. Smith"
        # is rare here; "I. Về nhiệm vụ" is common) — keep both readings.
        return Marker(line[:end].rstrip(), end, tuple(kinds), tuple(ords), num, f"{kinds[0]}{punct}",
                      is_caps_heading(line[end:end + 200]))

    if c.islower():
        if line[1:2] not in _AFTER_LETTER:  # "a)", "b." — not "các", "triển khai"
            return None
        m = _LETTER.match(line)
        if m:
            letter, letter_punct = m.groups()
            if letter in LETTERS:
                punct = letter_punct.strip()
                if punct == "." and letter_punct == ".":
                    return None  # "v.v...", "e.g." — abbreviations, not "a." units
                end = m.end()
                return Marker(line[:end].rstrip(), end, ("letter",), (LETTERS.index(letter) + 1,),
                              letter, f"letter{punct}", is_caps_heading(line[end:end + 200]))
    return None


_match_marker_cached = lru_cache(maxsize=8192)(_match_marker)  # a Marker is immutable


# What a line that is nothing but a marker can look like, for a test in C:
# a unit word ("Điều 3", "Phần thứ hai"), a bullet glyph, a number with its
# mark ("1.", "2.3)", "4 -"), a roman numeral or capital with its mark ("II.",
# "Il." from OCR, "A)"), a letter with its mark ("b)").  Every marker the
# patterns above read is of one of these shapes; running text is not.
_WHOLE_MARKER_SHAPE = re.compile(
    r"(?:%s).*" % "|".join(_UNIT_WORDS)
    + r"|[%s][ \t]*" % "".join(map(re.escape, BULLETS))
    + r"|\d\S*[ \t]*\S?[ \t]*"
    + r"|[A-ZĐ][IVXLCl]*[ \t]*[.)/:\-][ \t]*"
    + r"|[a-zđ][ \t]*[).][ \t]*",
    re.DOTALL,
)


# The shape test alone (a match or None), for a caller that asks about every
# line: it settles most without a call to :func:`whole_marker`.
whole_marker_shape = _WHOLE_MARKER_SHAPE.fullmatch


def whole_marker(line: str) -> Optional[Marker]:
    """The marker ``line`` holds and nothing else ("1.", "b)", "-", "Điều 3"), or None.

    Read as if text followed it on the line, as it does once a marker left
    alone by a wrap is joined to its text.
    """
    if _WHOLE_MARKER_SHAPE.fullmatch(line) is None:
        return None
    m = match_marker(line + " x")
    return m if m is not None and m.end >= len(line) else None
