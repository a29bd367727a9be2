"""Raw text → the normalized text every span indexes.

Steps, in order (each one a small function):

1. Unicode: NFC (files mix NFC and NFD), the look-alike "Ð" (U+00D0) → "Đ",
   no BOM / zero-width characters, non-breaking spaces as spaces, CRLF → LF.
2. Export artifacts: docx ``[bookmark: _GoBack]`` dropped; footnotes
   ``…[footnoteRef:1]…`` + ``[1: Theo tính toán …]`` taken out of the running
   text and kept as :class:`~chidao.schema.Footnote` records at the place of
   their reference mark.
3. Markdown reposts: front matter, ``**bold**``/``__bold__`` emphasis, ``#``
   heading marks, links and images.
4. Web chrome: whole lines such as "Lượt xem: 44", "0:00 / 0:00", "Tin khác"
   (:mod:`chidao.data.chrome`).
5. Reflow: hard-wrapped lines and sentences split by a PDF page break (blank
   lines, a lone page number) are joined; a line that opens a new unit ("2.",
   "b)", "- "), a heading, or the header's own lines are never merged, and a
   wrapped "- xã hội" (a dash that continues an unfinished sentence) is not
   taken for a bullet.

The old/new tone placement ("hoá"/"hóa", "Uỷ"/"Ủy") is *not* rewritten —
spans must show the text as printed — it is folded for matching by
:mod:`chidao.text`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import regex

from chidao.data.chrome import CHROME_LINE_PATTERNS, RUNNING_LINE_MIN_REPEATS, URL_CUES, URL_LINE_PATTERN
from chidao.data.markers import BULLET_KINDS
from chidao.parse.markers import is_caps_heading, match_marker, whole_marker, whole_marker_shape
from chidao.schema import Footnote
from chidao.text import LOOKALIKES, fold_ascii

# A private-use character stands where a footnote reference was, so that its
# offset survives reflow; it is removed (and its offset recorded) at the end.
_FN_MARK = "\ue000"


@dataclass
class NormalizedText:
    text: str
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes_start: int = -1  # where the footnote texts appended after the body begin


# ------------------------------------------------------------------ 1. unicode

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u3000\t\x0b\x0c"), " ")
_COMMON_SPACES = "\t\u00a0"  # in _SPACES too
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # the same, to test for any quickly


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def clean_unicode(raw: str) -> str:
    return _clean_unicode(raw)[0]


def _clean_unicode(raw: str) -> tuple[str, bool]:
    """The clean text, and whether its only white space is " " and line breaks."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    # Every character taken away or replaced below (invisible marks, odd spaces,
    # control characters, surrogates, the private-use footnote mark) is
    # unprintable, and so is every white space character but " ": a text
    # printable but for its line breaks, most texts, holds none of them, as
    # one test in C tells.  Tabs and non-breaking spaces, the odd characters
    # texts hold most, become spaces first (a memchr each when absent), so
    # that the test settles the texts that hold nothing else.
    for ch in _COMMON_SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    printable = text.replace("\n", "").isprintable()
    if not printable:
        # str.translate with a small dict raises and clears a KeyError for every
        # character it leaves alone; a replace per character present is far faster.
        for table in (_INVISIBLE, _SPACES):
            for cp, new in table.items():
                ch = chr(cp)
                if ch in text:
                    text = text.replace(ch, new or "")
        printable = text.replace("\n", "").isprintable()
    if not printable:
        if _CONTROL_CHARS.search(text):
            text = _CONTROL.sub("", text)
        if _SURROGATE.search(text):
            # A lone surrogate (from a broken decoder) cannot be written as UTF-8 JSON.
            text = _SURROGATE.sub("\ufffd", text)
        text = text.replace(_FN_MARK, "")
    for bad, good in LOOKALIKES.items():
        text = text.replace(bad, good)
    # Neither the look-alikes nor NFC make white space of a printable character.
    return _nfc(text), printable


def _nfc(text: str) -> str:
    """NFC of ``text``, composed line by line.

    ``normalize`` hands back a line already in NFC after a quick check, and
    composes the others: a text that mixes forms (a few pasted paragraphs in
    NFD) is then composed where it needs to be, not all over.  A line break
    neither composes with nor is reordered around any character, so the NFC
    of the lines joined is the NFC of the whole.
    """
    return "\n".join([unicodedata.normalize("NFC", line) for line in text.split("\n")])


# ------------------------------------------------------------------ 2. export artifacts

_BOOKMARK = regex.compile(r"\[bookmark:[^\]\n]{0,200}\]")
_FN_REF = regex.compile(r"\[footnoteRef:(\d{1,4})\]|\[\^(\d{1,4})\](?!:)")
# docx export "[1: text]" inline; Markdown "[^1]: text" on its own line.
_FN_DEF = regex.compile(r"\[(\d{1,4}):[ \t]([^\]\n]{0,5000})\]|(?m)^[ \t]*\[\^(\d{1,4})\]:[ \t]*(.{0,5000})$")
# The docx form alone, for a text with no "[^": the engine then looks for "["
# only, where the alternation is tried at every position (twenty times slower).
_FN_DEF_DOCX = regex.compile(r"\[(\d{1,4}):[ \t]([^\]\n]{0,5000})\]")
# What a reference alone on its line starts with: without one, _LONE_REF
# (which may start at any white space) need not run.
_LONE_REF_CUE = re.compile(rf"\n[ \t]*{_FN_MARK}")


def take_footnotes(text: str) -> tuple[str, dict[str, str]]:
    """Remove footnote definitions and mark references; return the texts by label."""
    defs: dict[str, str] = {}

    def keep_def(m: regex.Match) -> str:
        if m.group(1):  # "[1: text]" from a docx export
            label, body = m.group(1), m.group(2)
        else:  # "[^1]: text" in Markdown
            label, body = m.group(3), m.group(4)
        defs[label] = " ".join((body or "").split())
        return ""

    # Every artifact opens with "[": most texts hold none, which one scan for
    # the single character tells (memchr in C, where a word is searched for
    # position by position).
    if "[" not in text:
        return text, defs
    if "[bookmark:" in text:
        text = _BOOKMARK.sub("", text)
    if "[footnoteRef:" not in text and "[^" not in text:
        return text, defs
    text = (_FN_DEF if "[^" in text else _FN_DEF_DOCX).sub(keep_def, text)
    text = _FN_REF.sub(lambda m: _FN_MARK + (m.group(1) or m.group(2)) + _FN_MARK, text)
    if _LONE_REF_CUE.search(text):
        # A reference alone on its line belongs to the end of the line above.
        text = _LONE_REF.sub(r"\1", text)
    return text, defs


_LONE_REF = regex.compile(rf"\s*\n[ \t]*({_FN_MARK}\d{{1,4}}{_FN_MARK})[ \t]*(?=\n|$)")


# ------------------------------------------------------------------ 3. markdown

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(?:[A-Za-z_][\w-]*[ \t]*:.*\n){1,40}---[ \t]*\n")
_EMPHASIS = regex.compile(r"\*\*|__")
_MD_HEADING = regex.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")
_MD_IMAGE = regex.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_MD_LINK = regex.compile(r"\[([^\]\n]{1,300})\]\((?:https?:|/|#)[^)\n]{0,500}\)")
# A quote mark however indented, nested ones too: reflow takes the indent away, so a
# mark left behind would open the line of the text read again ("  >" -> ">").
_MD_QUOTE = regex.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
# A whole line in italics: "*Cần Thơ, ngày 18 tháng 11 năm 2025*", "_Căn cứ …;_".  Stdlib
# ``re``: tried at every line start, it is several times quicker there than ``regex``.
_MD_ITALIC_LINE = re.compile(r"(?m)^([ \t]*)[*_](?=\S)([^*_\n]{1,2000}?)(?<=\S)[*_][ \t]*$")
# Markdown escapes the dot of "1\." so that it does not render as a list.
_MD_ESCAPE = regex.compile(r"\\([.\-*+_()\[\]#!|>])")


def strip_markdown(text: str) -> str:
    text = _FRONT_MATTER.sub("", text, count=1)
    # Each pattern needs a character most documents do not hold; testing for
    # it is a scan in C, where the multi-line patterns are tried at every
    # position of the text.  A single character first: its scan is memchr,
    # where a pair of them is looked for position by position.
    if "*" in text or "_" in text:
        if "**" in text or "__" in text:
            text = _EMPHASIS.sub("", text)
        text = _sub_in_lines_holding(_MD_ITALIC_LINE, r"\1\2", text, "*_")
    if "]" in text and "](" in text:
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
    if "#" in text:
        text = _sub_in_lines_holding(_MD_HEADING, "", text, "#")
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if ">" in text:
        text = _sub_in_lines_holding(_MD_QUOTE, "", text, ">")
    return text


def _sub_in_lines_holding(pattern, repl: str, text: str, marks: str) -> str:
    """``pattern.sub(repl, text)`` for a line pattern, each of whose matches lies
    within a line and holds one of the characters ``marks``.

    The pattern runs on the lines holding a mark only (the others cannot
    change): the few there are are found by a scan in C per mark, where the
    pattern, anchored at line starts, would be tried at every position of the
    text.  On one line alone, ``^`` and ``$`` match where they did in all of it.
    """
    line_starts: set[int] = set()
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            line_starts.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at)
            at = text.find(mark, line_end) if line_end >= 0 else -1
    pieces: list[str] = []
    done = 0
    for start in sorted(line_starts):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        pieces += (text[done:start], pattern.sub(repl, text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# ------------------------------------------------------------------ 4. chrome

# Plain patterns on ASCII text: the stdlib engine runs them twice as fast.
_CHROME_LINE_BODY = r"(?:%s)[ \t.:]*" % "|".join(CHROME_LINE_PATTERNS)
_CHROME = re.compile(_CHROME_LINE_BODY)
# The line break before each line that may be chrome, in the folded lines
# joined and framed by line breaks: one search, where a fullmatch per line
# cost a call per line.  The look-ahead may run on past the line's end (a
# pattern's \s takes a line break), so each line found is checked on its own;
# a line chrome on its own is always found, as the same match then ends at
# the line break after it.
_CHROME_LINE_START = re.compile(r"\n(?=[^\n])(?=%s\n)" % _CHROME_LINE_BODY)
_URL_LINE = re.compile(r"%s[ \t.:]*" % URL_LINE_PATTERN)


def is_chrome(line: str) -> bool:
    s = _chrome_candidates([line])[0]
    return bool(s) and _is_folded_chrome(fold_ascii(s))


def _chrome_candidates(lines: list[str]) -> list[str]:
    """What of each line the chrome patterns are tried on; "" for a line too long to be chrome.

    For all lines at once: a function call per line cost more than its work.
    """
    stripped = [line.strip().lstrip("-–•·*+|>● ") for line in lines]
    return [s if len(s) <= 160 else "" for s in stripped]


def _is_folded_chrome(folded: str, url_cues: bool = True) -> bool:
    """``url_cues``: false when the line is known to hold none of URL_CUES."""
    if _CHROME.fullmatch(folded) is not None:
        return True
    return url_cues and any(cue in folded for cue in URL_CUES) and _URL_LINE.fullmatch(folded) is not None


def _drop_chrome(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (line, clean) pairs whose clean line is not chrome (:func:`is_chrome`).

    The candidates are folded in one call, joined by line breaks (the fold
    keeps every character in its place, and a line break stays one): a call
    per line cost more than the folding itself.
    """
    all_folded = fold_ascii("\n".join(_chrome_candidates([clean for _, clean in pairs])))
    # A line holds a URL cue only if the lines together do: most texts are
    # settled by one scan here, not by one per line.
    if any(cue in all_folded for cue in URL_CUES):
        folded = all_folded.split("\n")
        return [p for p, f in zip(pairs, folded) if not (f and _is_folded_chrome(f))]
    framed = "\n" + all_folded + "\n"
    chrome: set[int] = set()  # indexes of chrome lines
    index, counted_to = 0, 0  # the line that starts after framed[counted_to]
    for m in _CHROME_LINE_START.finditer(framed):
        start = m.end()
        index += framed.count("\n", counted_to, m.start())
        counted_to = m.start()
        line = framed[start:framed.find("\n", start)]
        if line and _is_folded_chrome(line, False):
            chrome.add(index)
    if not chrome:
        return pairs
    return [p for i, p in enumerate(pairs) if i not in chrome]


_DIGITS = regex.compile(r"\d+")


def running_lines(lines: list[str]) -> set[str]:
    """Page headers and footers: the same line (digits aside) on page after page.

    Only lines of several words that open no unit count, so that repeated
    list items ("- Như trên;") or table rows never do.
    """
    shaped = [ln for ln in lines if 12 <= len(ln) <= 160 and " " in ln and "|" not in ln]
    # The digits of every line replaced in one call, on the lines joined (a
    # line break is no digit): a call per line cost more than the work.
    keys = _DIGITS.sub("#", "\n".join(shaped)).split("\n") if shaped else []
    # A line that opens a unit does not count.  Few keys stand often enough
    # to matter, so the marker test runs on their lines only.
    repeated = {k for k, n in Counter(keys).items() if n >= RUNNING_LINE_MIN_REPEATS}
    if not repeated:
        return repeated
    counts = Counter(k for ln, k in zip(shaped, keys) if k in repeated and match_marker(ln) is None)
    return {k for k, n in counts.items() if n >= RUNNING_LINE_MIN_REPEATS}


# ------------------------------------------------------------------ 5. reflow

_TERMINAL = ".;:!?…"
_PAGE_NUMBER = regex.compile(r"(?:-[ \t]*)?(?:trang[ \t]+)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?(?:[ \t]*-)?", regex.I)
# Lines the header and trailer are made of: they always start a line of their own.
# Case matters: "Số: 01/QĐ-UBND" opens a header line, "số 01/NQ-CP" continues a sentence.
_FIXED_LINE = regex.compile(
    r"(?:Số[ \t]*:|Số[ \t]+\d|Nơi nhận|NƠI NHẬN|Kính gửi|KÍNH GỬI|Căn cứ|CĂN CỨ|Xét đề nghị|Theo đề nghị|"
    r"T/?M[.\s]|K/?T[.\s]|Q\.|T/?L[.\s]|TUQ\.|QUYẾT ĐỊNH[ \t]*:|QUYẾT NGHỊ[ \t]*:|\([Đđ]ã ký\)|V/v\b|"
    r"CỘNG H|Độc lập|\|)",
)
# Words a sentence never ends on: a line ending with one of them goes on.
_OPEN_ENDINGS = frozenset(
    "và các của với cho trong theo về tại là những thuộc từ đến để như hoặc bằng do được "
    "có trên dưới giữa vào ra".split()
)
_RULE = regex.compile(r"[-_=*.~ ]{3,}")
# The first characters the patterns above can match (a plain-ASCII first
# character outside them settles a line without running the pattern).
_RULE_CHARS = frozenset("-_=*.~ ")
_FIXED_INITIALS = frozenset("SNKCXTQ(VĐ|")
_PAGE_NUMBER_INITIALS = frozenset("-tT0123456789")
_PAGE_NUMBER_FINALS = frozenset("-0123456789")  # the last characters _PAGE_NUMBER can match


def _is_rule(line: str) -> bool:
    return line[:1] in _RULE_CHARS and _RULE.fullmatch(line) is not None


def _is_page_number(line: str) -> bool:
    c = line[:1]
    if c.isascii() and c not in _PAGE_NUMBER_INITIALS:
        return False  # "Căn cứ …", "triển khai …": most lines
    c = line[-1:]
    if c.isascii() and c not in _PAGE_NUMBER_FINALS:
        return False  # "Tăng cường …;", "- Sở Y tế": most of the rest
    return _PAGE_NUMBER.fullmatch(line) is not None


_CLOSERS = " *_\"'”’)"  # what may follow a sentence's last mark
# A line not empty that ends with none of these ends no sentence (below).
_SENTENCE_TAILS = frozenset(_TERMINAL + _CLOSERS)


def _ends_sentence(line: str) -> bool:
    if line[-1:] in _TERMINAL:
        return True  # most sentences; and an empty line ("" is in every string), as below
    if line.startswith("(") and line.endswith(")"):
        return True  # "(Ban hành kèm theo Quyết định số …)"
    s = line.rstrip(_CLOSERS)
    return not s or s[-1] in _TERMINAL


def _starts_lower(line: str) -> bool:
    c = line[:1]
    return c.islower() or c in ",;)" or (c.isdigit() and match_marker(line) is None)


def _continues(prev: str, line: str, wrapped: bool, adjacent: bool) -> bool:
    """Is ``line`` the rest of the sentence ``prev`` left unfinished?"""
    # (A Python call costs more than most of these tests: each test's cheap
    # first part is made before its call, and settles most lines.)
    if not prev or not line or prev[-1] in _TERMINAL or (prev[-1] in _SENTENCE_TAILS and _ends_sentence(prev)):
        return False
    if (prev[0] in _RULE_CHARS and _is_rule(prev)) or (line[0] in _RULE_CHARS and _is_rule(line)) \
            or line == "|" or prev == "|":
        return False
    if line[0] in _FIXED_INITIALS and _FIXED_LINE.match(line):
        return False
    lone = whole_marker(line) if whole_marker_shape(line) else None
    if lone is not None and lone.kinds[0] not in BULLET_KINDS:  # _is_lone_marker(line)
        return False
    marker = match_marker(line)
    if marker is not None:
        # A dash that carries on a sentence ("kinh tế\n- xã hội") is a wrap.
        # Never under a heading, which stays on its line, nor under a bare "-".
        return (marker.kinds[0] == "dash" and line[marker.end:marker.end + 1].islower() and adjacent
                and not is_caps_heading(prev) and any(c.isalnum() for c in prev))
    if is_caps_heading(prev) or is_caps_heading(line):
        # Headings stay on their lines (the header reader joins a wrapped
        # title itself): "QUYẾT ĐỊNH" / "BAN HÀNH …" / "ỦY BAN NHÂN DÂN TỈNH …".
        return False
    if _starts_lower(line):
        return True
    # An upper-case start continues a hard-wrapped line ("… phối hợp với\nSở Y tế"),
    # but only where lines are visibly wrapped: long, and not a heading pair.
    if prev[prev.rfind(" ") + 1:].lower() in _OPEN_ENDINGS:  # its last word (no copy of the rest)
        return True  # "… Sở Kế hoạch và Đầu tư và các\nSở, ngành": the line cannot end there
    return wrapped and len(prev) >= 25


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: most long lines stop short of a sentence end."""
    long_lines = [ln for ln in lines if len(ln) >= 40]
    if len(long_lines) < 5:
        return False
    # A line ending with a sentence's last mark ends one, a line ending with
    # no sentence tail ends none: most are told so without a call.
    open_ends = sum(1 for ln in long_lines if ln[-1] not in _SENTENCE_TAILS
                    or (ln[-1] not in _TERMINAL and not _ends_sentence(ln)))
    return open_ends / len(long_lines) >= 0.4


def _squash_line(line: str, plain_spaces: bool = False) -> str:
    """The line with one space between words and none at its ends.

    ``plain_spaces``: the line is known to hold no white space but " ".
    """
    # Most lines are so already: no other white space (``isprintable`` is
    # false for every white space character but the plain space), no double
    # space, no space at an end.  Splitting a paragraph into its words only
    # to join them again is the costlier part of reading a long line.
    if (plain_spaces or line.isprintable()) and "  " not in line and not line.startswith(" ") \
            and not line.endswith(" "):
        return line
    return " ".join(line.split())


def _squashed_lines(text: str, plain_spaces: bool) -> list[str]:
    """The lines of ``text``, each as :func:`_squash_line` leaves it.

    ``plain_spaces``: the text holds no white space but " " and line breaks;
    then, with no double space and no space at a line's start or end in all
    of it, every line is squashed already and the text is only split.
    """
    if plain_spaces and "  " not in text and " \n" not in text and "\n " not in text \
            and not text.startswith(" ") and not text.endswith(" "):
        return text.split("\n")
    return [_squash_line(ln, plain_spaces) for ln in text.split("\n")]


def reflow(text: str, plain_spaces: bool = False) -> str:
    """``plain_spaces``: the text holds no white space but " " and line breaks."""
    lines = _squashed_lines(text, plain_spaces)
    if _FN_MARK in text:
        # Decide on the lines as they will read once footnote marks are gone.
        # Only a line holding a mark changes; the others are squashed already.
        pairs = [(ln, _MARK_RE.sub("", ln).strip() if _FN_MARK in ln else ln) for ln in lines]
    else:
        pairs = [(ln, ln) for ln in lines]
    pairs = _drop_chrome(pairs)
    running = running_lines([c for _, c in pairs])
    if running:
        pairs = [p for p in pairs if _DIGITS.sub("#", p[1]) not in running]
    pairs = _join_bare_markers(pairs)
    wrapped = _is_wrapped([c for _, c in pairs])
    # The line still growing is held apart from the finished ones, in plain
    # local names, so that ``+=`` can extend it in place: a paragraph joined
    # from 100,000 lines is then built in linear time, not copied at each join.
    out: list[str] = []  # the finished lines
    seen: list[str] = []  # the same lines without marks
    cur: str | None = None  # the last line, still growing (None before the first)
    cur_clean = ""  # the same without marks
    pending_blank = 0
    for line, clean in pairs:
        if not clean:
            if line:  # only footnote marks: they stay with the line above
                if cur is not None:
                    cur += line
                    continue
            else:
                pending_blank += 1
                continue
        prev = cur_clean
        # (_is_page_number's first test, on the first character, made before the call.)
        if prev and (clean[0] in _PAGE_NUMBER_INITIALS or not clean[0].isascii()) and _is_page_number(clean) \
                and not _ends_sentence(prev) and not _is_lone_marker(prev):
            # A page number inside a sentence: drop it, remember the break.
            pending_blank = max(pending_blank, 1)
            continue
        joined = False
        # (_continues's first test, the end of ``prev``, made before the call.)
        if prev and prev[-1] not in _TERMINAL and _continues(prev, clean, wrapped, pending_blank == 0):
            # After a blank line (a page break), only a lower-case word goes on.
            joined = not pending_blank or clean[:1].islower()
        if joined:
            # (Both sides are squashed lines, so the join needs no strip.)
            # The shape test first: it settles most lines without the call.
            lone_before = bool(seen) and bool(seen[-1]) and whole_marker_shape(prev) and _takes_next_line(prev, clean)
            prev = None  # no second reference: the joins below extend in place
            cur += " " + line
            cur_clean += " " + clean
            pending_blank = 0
            if lone_before and _continues(seen[-1], cur_clean, wrapped, True):
                # "kinh tế\n-\n\nxã hội": the bullet, now with its text, is
                # itself a wrap of the line above (as it will read next time).
                tail, tail_clean = cur, cur_clean
                cur, cur_clean = out.pop(), seen.pop()
                cur += " " + tail
                cur_clean += " " + tail_clean
            continue
        if cur is not None:
            out.append(cur)
            seen.append(cur_clean)
            if pending_blank:
                out.append("")
                seen.append("")
        cur, cur_clean = line, clean
        pending_blank = 0
    if cur is not None:
        out.append(cur)
    return "\n".join(out).strip("\n")


_MARK_RE = regex.compile(rf"{_FN_MARK}\d{{0,4}}{_FN_MARK}")


def _join_bare_markers(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"1.\nTiếp tục …", "-\ntriển khai …": a marker alone on its line, its text
    wrapped onto the next, becomes one line before any other decision, so
    that the text reads the same when normalized again."""
    # Only a line of a marker's shape can take the next one (_takes_next_line
    # asks whole_marker first): those few are found in one pass.
    shaped = [i for i, (_, clean) in enumerate(pairs) if whole_marker_shape(clean)]
    n = len(pairs)
    out: list[tuple[str, str]] = []
    done = 0  # pairs[:done] are in out
    for i in shaped:
        if i < done or i + 1 >= n:
            continue  # joined to the marker above it, or the last line
        line, clean = pairs[i]
        nxt, nxt_clean = pairs[i + 1]
        if _takes_next_line(clean, nxt_clean):
            out += pairs[done:i]
            out.append((line + " " + nxt, clean + " " + nxt_clean))
            done = i + 2
    out += pairs[done:]
    return out


def _takes_next_line(line: str, nxt: str) -> bool:
    # The line first: few lines are a marker alone, and its shape test is the cheaper one.
    m = whole_marker(line)
    if m is None or not nxt or match_marker(nxt) is not None:
        return False
    # A bullet alone ("-", "+", "*": also the star under a Party issuer)
    # takes only a line that cannot start a sentence of its own.
    return m.kinds[0] not in BULLET_KINDS or _starts_lower(nxt)


def _is_lone_marker(line: str) -> bool:
    m = whole_marker(line)
    return m is not None and m.kinds[0] not in BULLET_KINDS


# ------------------------------------------------------------------ all steps

def normalize(raw: str) -> NormalizedText:
    text, plain_spaces = _clean_unicode(raw)
    # Taking footnotes and Markdown out adds no white space: plain_spaces still holds.
    text, defs = take_footnotes(text)
    text = strip_markdown(text)
    text = reflow(text, plain_spaces)
    footnotes: list[Footnote] = []
    warnings: list[str] = []
    if _FN_MARK in text:
        parts = text.split(_FN_MARK)
        pieces = [parts[0]]
        pos = len(parts[0])
        for i in range(1, len(parts), 2):
            label = parts[i]
            after = parts[i + 1] if i + 1 < len(parts) else ""
            at_end = not after and i + 2 >= len(parts)
            if (after[:1] in ("\n", " ") or at_end) and pieces[-1].endswith((" ", "\t")):
                kept = pieces[-1].rstrip(" \t")  # "… rất lớn [1]" at a line end: no trailing space
                pos -= len(pieces[-1]) - len(kept)
                pieces[-1] = kept
            if (not pieces[-1] or pieces[-1].endswith("\n")) and after[:1] in (" ", "\t"):
                after = after.lstrip(" \t")  # a mark that opened a line leaves no indent
            if label in defs:
                footnotes.append(Footnote(label=label, text=defs[label], offset=pos))
            else:
                warnings.append(f"footnote {label} is referenced but its text was not found")
            pieces.append(after)
            pos += len(after)
        text = "".join(pieces)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        footnotes = [f.model_copy(update={"offset": min(max(f.offset - lead, 0), len(text))}) for f in footnotes]
    notes_start = len(text)
    if footnotes:
        text, footnotes = _append_notes(text, footnotes)
    return NormalizedText(text=text, footnotes=footnotes, warnings=warnings, notes_start=notes_start)


def _append_notes(text: str, footnotes: list[Footnote]) -> tuple[str, list[Footnote]]:
    """Footnote texts go after the body, as a printed page has them at its foot.

    Out of the running text, they still sit in the one text every span
    indexes, so extractors read them like any other sentence ("… khoảng 4,71
    tỷ đồng" in a footnote is a figure all the same) and each record found
    there is attached to the node that cites the footnote.
    """
    pieces = [text]
    pos = len(text)
    placed = []
    for fn in footnotes:
        head = f"\n\n({fn.label}) "
        pieces.append(head + fn.text)
        start = pos + len(head)
        pos = start + len(fn.text)
        placed.append(fn.model_copy(update={"span": (start, pos)}))
    return "".join(pieces), placed
