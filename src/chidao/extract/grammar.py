"""Shared Vietnamese grammar of numbers, dates and periods, used by every extractor.

Numbers (Vietnamese notation: "." groups thousands, "," marks decimals):

    "10,5" -> 10.5     "200.000" -> 200000     "11.427" -> 11427
    "1.219,11" -> 1219.11     "02" -> 2     "4.0", "3.5" -> 4.0, 3.5 (English style)
    "1,219.11" -> 1219.11 (English grouping: a "," before a "." reads no other way)
    ranges  "13 - 14", "13-14", "13–14", "13% - 14%", "từ 5 đến 7", "1 - 2 xã"
    ratios  "67/85", "19/20"
    numerals where they quantify: "hai", "mười", "mười lăm", "hai mươi", "ba trăm"
    ("một số", "một cách", "một cửa" are not numbers; "năm" and "tư" never start one)

Dates:

    "ngày 02 tháng 01 năm 2020"   "02/5/2024"   "02-5-2024"   "02.5.2024"
    "13/12/ 2007" (typo)   "04/2//2016" (typo)   "ngày 20/01" (year from context)
    "ngày 10 tháng 01 năm sau" (the year after)   after a deadline word also "20/01"
    and, for a day or month printed without a year, the words after "năm"
    (:func:`year_word_after`): "năm sau"/"năm tới" +1, "năm nay" 0, "năm trước",
    "năm thực hiện kế hoạch" — a year no date follows from

Periods, each resolved to (first day, last day); a missing year is the
document's year (``default_year``):

    months    "tháng 01/2020", "tháng 6 năm 2025", "tháng 6" (no year)
    quarters  "quý III/2025", "quý 3 năm 2025", "quý I năm 2026", "quý IV"
    stretches "6 tháng đầu năm", "6 tháng cuối năm 2016", "9 tháng đầu năm",
              "sáu tháng đầu năm", "nửa cuối năm 2025", "6 tháng còn lại của năm"
    years     "năm 2025"
    points    "cuối năm 2009", "hết năm 2025", "kết thúc năm 2016", "giữa năm", "đầu năm 2026",
              "cuối tháng 6/2025", "giữa tháng 5", "cuối quý III/2025"
    spans of years (:func:`find_year_spans`, never due times): "giai đoạn 2021 - 2025",
              "nhiệm kỳ 2020–2025", "năm học 2025-2026"

Not dates: "2.231 đầu việc", "10/2020/NĐ-CP" (a document number), "19/20 chỉ tiêu",
"2/9" without "ngày" (a ratio or a holiday), "5/3 năm 2024" (mixed forms are
not read).  Not periods: "năm 2016 - 2020" (a span of years), "năm học 2025 -
2026", "tháng" and "năm" inside a full date.

Words: period and date words match the text as printed and its tone-folded form
(:func:`vi`; :attr:`DocContext.folded` has the same offsets), in any case.  Cue
words that differ from others only by tone ("đã"/"đa", "từ"/"tự", "cần"/"cân")
are matched with their tones in either placement ("hoá" = "hóa") by :func:`vx`.
:func:`alternation` merges a list of phrases into one trie-shaped pattern, and
:class:`Lookback` reads the words just before a position: the tools the
extractors use to stay fast (every scan here is linear in the text).  The
engine reads a long list of phrases at about a tenth of a microsecond a
character, so the finders ask it only where a cheaper look says a match may
start: a substring search of the folded text for the phrases' first words
(:func:`folded_hits`, :class:`Prescanned`), the runs of digits a number or a
date opens with (:func:`digit_runs`, shared by the finders of a document).
Patterns are compiled on first use (:class:`LazyPattern`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple, Optional

import regex

from chidao.data import periods as P
from chidao.data import units as U
from chidao.text import CASE_ALIKES, find_all, fold_ascii, fold_tones

# ------------------------------------------------------------------ helpers


def vi(phrase: str) -> str:
    """A regex fragment for a Vietnamese phrase that matches it toned or tone-folded.

    "tháng" -> "th[áa]ng"; spaces match any run of white space (lines wrap
    inside phrases).  Compile with IGNORECASE for case.
    """
    out = []
    for ch in phrase:
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
            continue
        low = ch.lower()
        folded = fold_tones(low)
        if folded != low:
            out.append(f"[{low}{folded}]")
        else:
            out.append(regex.escape(low))
    return "".join(out)


# Old and new tone placement ("hoá"/"hóa", "thuỷ"/"thủy") are both in print.
# Only in open syllables (nothing after the glide: "hoàn" has one spelling) and
# never after "q" ("quý": the "u" belongs to the consonant).
_TONE_PLACEMENT = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TO_NEW_RE = regex.compile(rf"(?<!q)(?:{'|'.join(_TONE_PLACEMENT)})(?!\w)")
_TO_OLD_RE = regex.compile(rf"(?<!q)(?:{'|'.join(_TONE_PLACEMENT.values())})(?!\w)")
_TO_OLD = {v: k for k, v in _TONE_PLACEMENT.items()}


def _modern(low: str) -> str:
    return _TO_NEW_RE.sub(lambda m: _TONE_PLACEMENT[m.group()], low)


def _spellings(low: str) -> set[str]:
    """A lower-case phrase in both tone placements: {"hoá đơn", "hóa đơn"}."""
    return {_modern(low), _TO_OLD_RE.sub(lambda m: _TO_OLD[m.group()], _modern(low))}


def vx(phrase: str) -> str:
    """A regex fragment for a Vietnamese phrase with its tones exactly as written.

    Folding tones merges words that differ only by tone ("đã" past / "đa"
    many, "cần" need / "cân" balance, "quá" too / "qua" through, "từ" from /
    "tự" self), so cue words are matched on the printed text with this; only
    the two placements of a tone ("hoá" = "hóa") are taken as one.  Compile
    with IGNORECASE for case.
    """
    variants = _spellings(" ".join(phrase.lower().split()))
    parts = [r"\s+".join(regex.escape(w) for w in v.split(" ")) for v in sorted(variants)]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


_CASE_LOOSE = str.maketrans(CASE_ALIKES)  # a matched word as the tables spell it


@lru_cache(maxsize=8192)  # (asked of the same few hundred cue words over and over)
def tone_key(s: str) -> str:
    """Lower case, one space, modern tone placement: the key of a word matched with :func:`vx`
    ("gİờ", matched case-insensitively, is the key "giờ")."""
    return _modern(" ".join(s.translate(_CASE_LOOSE).lower().split()))


_escape = lru_cache(maxsize=None)(regex.escape)


@lru_cache(maxsize=None)  # (the same phrase turns up in many lists)
def _atoms(phrase: str, exact: bool) -> tuple[tuple[str, ...], ...]:
    """The phrase as regex atoms, one per character (white space: one atom), per spelling."""
    low = " ".join(phrase.lower().split())
    variants = _spellings(low) if exact else {low}
    out = []
    for v in sorted(variants):
        atoms = []
        for ch in v:
            if ch == " ":
                atoms.append(r"\s+")
            elif exact or fold_tones(ch) == ch:
                atoms.append(_escape(ch))
            else:
                atoms.append(f"[{ch}{fold_tones(ch)}]")
        out.append(tuple(atoms))
    return tuple(out)


# Each pattern :func:`alternation` returned -> how it was asked for, to merge
# the same phrases by their endings on demand: the shape a right-to-left
# engine reads fast (see :class:`Lookback`).
_ALTERNATIONS: dict[str, tuple[frozenset, Optional[str], bool]] = {}


def alternation(phrases, *, group: Optional[str] = None, exact: bool = False) -> str:
    """One pattern for many phrases, :func:`vi`-style (or, ``exact``, :func:`vx`-style).

    The phrases are merged into a trie, so the engine reads a position once
    instead of trying every phrase in turn (a list of 200 units costs little
    more than one), and a longer phrase wins over its prefix: "triệu đồng"
    over "triệu".
    """
    return _alternation(frozenset(phrases), group, exact)


@lru_cache(maxsize=None)  # (a list is often merged for several patterns)
def _alternation(phrases: frozenset, group: Optional[str], exact: bool) -> str:
    trie: dict = {}
    for p in phrases:
        for atoms in _atoms(p, exact):
            node = trie
            for a in atoms:
                node = node.setdefault(a, {})
            node[""] = {}
    body = _trie_pattern(trie) or "(?!)"
    out = f"(?P<{group}>{body})" if group else f"(?:{body})"
    _ALTERNATIONS[out] = (phrases, group, exact)
    return out


@lru_cache(maxsize=None)
def _endings_alternation(phrases: frozenset, group: Optional[str], exact: bool) -> str:
    """:func:`alternation` with the phrases merged by their endings (the trie of the reversed phrases)."""
    ends: dict = {}
    for p in phrases:
        for atoms in _atoms(p, exact):
            node = ends
            for a in reversed(atoms):
                node = node.setdefault(a, {})
            node[""] = {}
    body = _endings_pattern(ends) or "(?!)"
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


def _trie_pattern(node: dict) -> str:
    branches = [a + _trie_pattern(child) for a, child in sorted(node.items()) if a]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: the longer phrase is tried first, the shorter one on backtracking
    return f"(?:{body})?" if "" in node else body


def _endings_pattern(node: dict) -> str:
    """:func:`_trie_pattern` of a trie of reversed phrases, written left to right again."""
    branches = [_endings_pattern(child) + a for a, child in sorted(node.items()) if a]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def lead(phrases, extra: str = "") -> str:
    """A look-ahead for the first letters of ``phrases`` (toned, folded, both cases).

    Put in front of a pattern that opens with a look-behind or a long
    alternation, it lets the engine skip most positions at once: a scan of a
    long document goes several times faster.
    """
    chars = set(extra)
    for p in phrases:
        c = p.strip()[:1]
        if c:
            for x in (c, fold_tones(c.lower())):
                chars |= {x.lower(), x.upper()}
    body = "".join(regex.escape(c) for c in sorted(chars))
    return f"(?=[{body}])"


class LazyPattern:
    """A pattern compiled on its first use, then used as the compiled one.

    Compiling the long phrase lists of the extractors is most of what
    importing them costs; this way an import costs little, and a pattern a
    run never needs is never compiled.  After the first use its methods are
    the compiled pattern's own, at no cost per call.  ``pattern`` may be a
    function that returns the pattern's text (built on first use too).
    """

    _METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")

    def __init__(self, pattern, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            text, flags = self._source
            compiled = self.compiled = regex.compile(text() if callable(text) else text, flags)
            for method in self._METHODS:
                setattr(self, method, getattr(compiled, method))
        return compiled if name == "compiled" else getattr(compiled, name)


class Lookback:
    """A pattern anchored with ``$``, for reading the words just before a position.

    ``search(text, pos, endpos)`` finds the match that ends exactly at
    ``endpos`` and starts no earlier than ``pos``, the leftmost (hence
    longest) one: "trên dưới" rather than "dưới".  A forward search tries every start in the
    window; this first asks a right-to-left copy of the pattern, anchored at
    ``endpos``, which fails at once when nothing ends there — the common case
    — and only then reads the window forwards.  The right-to-left copy has
    its phrase lists merged by their endings (:func:`alternation`), so that
    it reads the last letter once instead of once per phrase; which phrase
    matches does not matter to it, only whether one does.  Both copies are
    compiled on first use (:class:`LazyPattern`).
    """

    def __init__(self, pattern: str, flags: int = 0, needs=None) -> None:
        self.forward = LazyPattern(pattern, flags)
        self.backward = LazyPattern(lambda: _endings_first(pattern), flags | regex.REVERSE)
        # ("$" also matches before a final line break, and before every one
        # with MULTILINE: there a match need not end at ``endpos``)
        self._multiline = bool(flags & regex.MULTILINE)
        # ``needs``: phrases one of which every match holds.  Given the folded
        # text, a window without the first word of any is passed over at once.
        self._needs = _words_re(prescan_words(needs)) if needs else None

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None, folded: Optional[str] = None):
        """Like ``Pattern.search(text, pos, endpos)`` for a pattern that ends with ``$``.

        ``folded``: :func:`chidao.text.fold_tones` of the whole ``text``, if the caller has it.
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        return self.forward.search(text, pos, end) if self._ends(text, pos, end, folded) else None

    def found(self, text: str, pos: int = 0, endpos: Optional[int] = None, folded: Optional[str] = None) -> bool:
        """Whether :meth:`search` finds a match: asked of the right-to-left copy alone."""
        return self._ends(text, pos, len(text) if endpos is None else min(endpos, len(text)), folded)

    def search_phrase_last(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        """:meth:`search` for a pattern that is a word edge, one phrase list, then white space or
        nothing: ``WB(?P<name>phrases)\\s+$`` or ``WB(?P<name>phrases)$``, its phrases ending in
        a letter.

        The phrase of a match then ends where the white space before ``endpos``
        starts, and the leftmost match is the longest phrase that ends there
        (and has its word edge): the right-to-left copy, which tries a longer
        phrase before its ending, finds the same one, its start and group
        included, and the forward search is not needed.
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._multiline or (end > pos and text[end - 1] == "\n"):
            return self.search(text, pos, end)  # ("$" also before a line break: read as search does)
        return self.backward.match(text, pos, end)

    def _ends(self, text: str, pos: int, end: int, folded: Optional[str]) -> bool:
        if folded is not None and self._needs is not None and self._needs.search(folded, pos, end) is None:
            return False
        return self.backward.match(text, pos, end) is not None or (
            (self._multiline or (end > pos and text[end - 1] == "\n"))
            and self.backward.search(text, pos, end) is not None)


def _words_re(words) -> re.Pattern:
    """A stdlib pattern for any of ``words`` (tone-folded) in the folded text, odd letters included.

    (``re`` reads a list of literals fast; "ſ" and "İ" stand for "s" and "i"
    as in :func:`folded_hits`.)
    """
    odd = {"s": "[sſ]", "i": "[iİ]"}
    return re.compile("|".join("".join(odd.get(c, re.escape(c)) for c in w) for w in words))


def _endings_first(pattern: str) -> str:
    """``pattern`` with each phrase list :func:`alternation` made merged by its endings instead.

    (Longest first: a short list's pattern may be part of a longer one's text.
    Each is a whole group, so either way the phrases matched stay the same.)
    """
    for fwd in sorted(_ALTERNATIONS, key=len, reverse=True):
        if fwd in pattern:
            pattern = pattern.replace(fwd, _endings_alternation(*_ALTERNATIONS[fwd]))
    return pattern


# regex's IGNORECASE takes "ſ" for "s" and "İ" for "i"; the tone-folded text
# keeps both as they are.  A prescan reads them as those letters.
_CASE_ODD = str.maketrans({"ſ": "s", "İ": "i"})


def folded_hits(folded: str, words, pos: int = 0, endpos: Optional[int] = None) -> list[int]:
    """Offsets, in order, where one of ``words`` (tone-folded, lower case) starts in ``folded[pos:endpos]``.

    A prescan for :func:`vi` and :func:`vx` patterns: wherever such a pattern
    for one of the words matches the printed text, in any case, its
    tone-folded form (:attr:`DocContext.folded`, same offsets) holds the
    word.  A substring search costs a small part of a pattern scan, and the
    pattern then needs trying only at the hits.
    """
    end = len(folded) if endpos is None else endpos
    return _hits(_prescan_view(folded, pos, end), words, pos, end)


def _prescan_view(folded: str, pos: int, end: int) -> str:
    if folded.find("ſ", pos, end) >= 0 or folded.find("İ", pos, end) >= 0:
        return folded.translate(_CASE_ODD)
    return folded


def prescan_text(folded: str) -> str:
    """The tone-folded text as the prescans read it (the same but for the two odd letters above).

    Where a :func:`vi` or :func:`vx` pattern for a list of phrases matches,
    this text starts with one of their :func:`prescan_words` (a quick
    ``startswith`` with a tuple of them tells where trying it is of no use).
    """
    return _prescan_view(folded, 0, len(folded))


def _hits(view: str, words, pos: int, end: int) -> list[int]:
    hits: list[int] = []
    if end - pos <= 2000:
        # a clause or a sentence: most words are not in it, which ``in`` tells fastest
        seg = view[pos:end]
        for w in words:
            if w in seg:
                hits.extend(pos + i for i in find_all(seg, w))
    else:
        for w in words:
            hits.extend(find_all(view, w, pos, end))
    hits.sort()
    return hits


def prescan_words(phrases) -> list[str]:
    """The tone-folded first words of ``phrases``, for :func:`folded_hits`.

    (A word that another one in the list begins is left out: its hits are
    among the shorter one's.)
    """
    words = {fold_tones(p.split()[0].lower()) for p in phrases if p.strip()}
    return sorted(w for w in words if not any(v != w and w.startswith(v) for v in words))


class Prescanned:
    """A pattern every match of which opens with one of ``phrases`` (its
    :func:`alternation`, maybe behind look-behinds), scanned by trying it only
    where the tone-folded text holds the first word of one (:func:`folded_hits`).

    ``finditer`` and ``search`` give what the pattern's own give.  The engine
    reads a list of phrases at a tenth of a microsecond a character; the
    substring searches cost a small part of that.  (The pattern never
    matches the empty string.)

    ``rough``, if given, is a stdlib pattern that matches the prescan view
    (:func:`prescan_text`) wherever the pattern matches the text: where it
    does not the engine is not asked (``re`` answers for a part of the cost).
    """

    def __init__(self, pattern: str, phrases, flags: int = 0, rough: Optional[re.Pattern] = None) -> None:
        self.pattern = LazyPattern(pattern, flags)
        self.words = prescan_words(phrases)
        self._any_word = _words_re(self.words)  # (most clauses hold none of them: one look tells)
        self._rough = rough

    def finditer(self, text: str, folded: Optional[str], pos: int = 0,
                 endpos: Optional[int] = None) -> Iterator[regex.Match]:
        """``pattern.finditer(text, pos, endpos)``; ``folded`` is :func:`chidao.text.fold_tones`
        of the whole ``text`` (:attr:`DocContext.folded`), or None to fold the window here."""
        end = len(text) if endpos is None else endpos
        base, view = (0, folded) if folded is not None else (pos, fold_tones(text[pos:end]))
        if end - pos <= 2000 and self._any_word.search(view, pos - base, end - base) is None:
            return  # (a clause without any of the words: the common case)
        done = pos
        rough = self._rough
        view = _prescan_view(view, pos - base, end - base)
        for at in _hits(view, self.words, pos - base, end - base):  # folded_hits, the view kept for ``rough``
            if rough is not None and rough.match(view, at, end - base) is None:
                continue
            at += base
            if at >= done:
                m = self.pattern.match(text, at, end)
                if m is not None:
                    done = m.end()
                    yield m

    def search(self, text: str, folded: Optional[str], pos: int = 0,
               endpos: Optional[int] = None) -> Optional[regex.Match]:
        """``pattern.search(text, pos, endpos)``, as :meth:`finditer`."""
        for m in self.finditer(text, folded, pos, endpos):
            return m
        return None


def rough_phrases(phrases) -> str:
    """A stdlib pattern for any of ``phrases`` as the prescan view (:func:`prescan_text`) holds them:
    tone-folded, lower case, any white space between the words."""
    return "(?:" + "|".join(r"\s+".join(re.escape(fold_tones(w)) for w in p.lower().split())
                            for p in sorted(set(phrases))) + ")"


# Word edges that also work for "%" and digits.
WB = r"(?<![\w])"
WE = r"(?![\w])"

# ------------------------------------------------------------------ runs of digits

_DIGIT_RUN_RE = LazyPattern(r"\d+")


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The runs of digits in ``text``, in order, as spans.

    Every number, date and document number the finders read opens a run of
    digits (their patterns look behind them for no digit), so trying a
    pattern at these places alone finds what a scan of the whole text finds
    (:func:`digits_finditer`), for a part of the cost; and one list serves
    every finder of a document (:func:`document_digit_runs`).
    """
    return [m.span() for m in _DIGIT_RUN_RE.finditer(text)]


def document_digit_runs(ctx) -> list[tuple[int, int]]:
    """:func:`digit_runs` of ``ctx.text``, once per document (kept in ``ctx.shared``).

    The tone-folded text has its digits at the same places.
    """
    runs = ctx.shared.get("digit_runs")
    if runs is None:
        runs = ctx.shared["digit_runs"] = digit_runs(ctx.text)
    return runs


def digits_finditer(pattern, text: str, pos: int, end: int, runs: Optional[list[tuple[int, int]]], *,
                    not_after: str = "", not_after_letter: bool = False,
                    max_digits: int = 0, then: str = "",
                    rough: Optional[re.Pattern] = None,
                    alone: Optional[Callable[[str, int, int, int], bool]] = None
                    ) -> Iterator[regex.Match | tuple[int, int]]:
    """``pattern.finditer(text, pos, end)`` for a pattern every match of which opens a run of digits.

    ``runs`` is :func:`digit_runs` of ``text`` (None: scan as ``finditer``
    does).  The other arguments repeat what the pattern asks of a run, so
    that the engine is not asked about one that cannot match: no character
    of ``not_after`` (or, ``not_after_letter``, no letter) before it; at most
    ``max_digits`` digits (0: any number); if ``then`` is given, one of
    its characters after it, past any white space; and if ``rough`` is given
    (a stdlib pattern, several times cheaper to call than a ``regex`` one),
    a match of it right after the run wherever the pattern matches there.
    ``alone(text, start, stop, end)`` says, where it can tell cheaply, that the
    pattern's match at a run is the run itself (its first group the digits,
    any other group unmatched): there its span, a tuple, stands for it, and
    the engine is not asked (a long pattern costs it a few microseconds).
    """
    if runs is None:
        yield from pattern.finditer(text, pos, end)
        return
    done = pos
    for i in range(bisect_left(runs, (pos,)), len(runs)):
        at, stop = runs[i]
        if at >= end:
            break
        if at < done or (max_digits and stop - at > max_digits):
            continue
        if at > 0:
            before = text[at - 1]
            if before in not_after or (not_after_letter and before.isalpha()):
                continue
        if then:
            while stop < end and text[stop].isspace():
                stop += 1
            if stop >= end or text[stop] not in then:
                continue
        if rough is not None and rough.match(text, runs[i][1], end) is None:
            continue
        if alone is not None:
            stop = min(runs[i][1], end)  # (the engine sees no further than ``end``)
            if alone(text, at, stop, end):
                done = stop
                yield at, stop
                continue
        m = pattern.match(text, at, end)
        if m is not None:
            done = m.end()
            yield m


# ------------------------------------------------------------------ numbers

# A Vietnamese number as printed: "200.000", "10,5", "1.219,11", "02", "4,71";
# and the English "1,219.11" of tables copied from other software (a "," before
# a "." can only be read that way).
NUMBER = r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_RE = regex.compile(rf"(?<![\d.,])(?:{NUMBER})(?![\d]|[.,]\d)")


_GROUPED = LazyPattern(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPED = LazyPattern(r"\d{1,3}(?:,\d{3})+\.\d+")
_COMMA_DECIMAL = LazyPattern(r"\d+,\d+")
_DOT_DECIMAL = LazyPattern(r"\d+\.\d+")


def parse_number(token: str) -> Optional[float]:
    """Value of a number written the Vietnamese way; None when it is not one.

    A lone "." followed by exactly three digits groups thousands ("11.427" is
    eleven thousand), as Vietnamese print does; "," is the decimal mark.
    """
    tok = token.strip().replace(" ", "")
    if not tok:
        return None
    if not tok[0].isdigit():
        return parse_numeral(token)
    marked = "." in tok or "," in tok  # (every form below has a mark: most tokens skip them all)
    if marked and _EN_GROUPED.fullmatch(tok):
        tok = tok.replace(",", "")
    elif marked and _GROUPED.fullmatch(tok):
        tok = tok.replace(".", "").replace(",", ".")
    elif marked and _COMMA_DECIMAL.fullmatch(tok):
        tok = tok.replace(",", ".")
    elif marked and _DOT_DECIMAL.fullmatch(tok):
        pass  # "4.0", "3.5" (a decimal written the English way)
    elif not tok.isdigit():
        return None
    try:
        return float(tok)
    except ValueError:
        return None


_NUMERAL_WORDS = {**U.NUMERAL_DIGITS, **U.NUMERAL_TENS, **U.NUMERAL_SCALES}
_FOLDED_NUMERALS = {fold_tones(k): k for k in _NUMERAL_WORDS}
NUMERAL = (
    rf"{WB}(?!{alternation(U.NUMERAL_NOT_FIRST)}{WE}){alternation(_NUMERAL_WORDS)}"
    rf"(?:\s+{alternation(_NUMERAL_WORDS)})*{WE}"
    rf"(?!\s+{alternation(U.NUMERAL_NOT_BEFORE)}{WE})"
)
_NUMERAL_RE = LazyPattern(NUMERAL, regex.IGNORECASE)


def __getattr__(name: str):
    # ``NUMERAL_RE``, the compiled pattern, made on first use like the others
    # (module attributes are looked up here only when missing)
    if name == "NUMERAL_RE":
        return _NUMERAL_RE.compiled
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_numeral(words: str) -> Optional[float]:
    """Value of a spoken numeral: "hai" 2, "mười lăm" 15, "hai mươi mốt" 21, "ba trăm" 300.

    None when the words are not a numeral.
    """
    parts = [_FOLDED_NUMERALS.get(fold_tones(w.lower())) for w in words.split()]
    if not parts or None in parts:
        return None
    total, current = 0, 0
    for w in parts:
        if w in U.NUMERAL_DIGITS:
            current += U.NUMERAL_DIGITS[w]
        elif w == "mười":
            current += 10
        elif w == "mươi":  # "hai mươi": the digits before are tens
            current = (current or 1) * 10
        else:  # scales
            scale = U.NUMERAL_SCALES[w]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
    return float(total + current)


# The records the finders return are named tuples: as immutable as frozen
# dataclasses, and made three times faster (one ``tuple.__new__``, where a
# frozen dataclass sets each field through ``object.__setattr__``): one is
# made per number, date and period.
class NumberMatch(NamedTuple):
    """One number, range or ratio in the text.

    ``form`` is "single" (``value``), "range" (``low``, ``high``) or "ratio"
    (``value`` of ``base``: "67/85").  ``english`` marks "3.5"-style numbers,
    which in these documents are mostly names ("vành đai 3.5", "công nghệ 4.0").
    """

    start: int
    end: int
    form: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    base: Optional[float] = None
    english: bool = False
    numeral: bool = False

    @property
    def numbers(self) -> list[float]:
        return [v for v in (self.value, self.low, self.high, self.base) if v is not None]


_DASH = r"[-–—‐‑−]"
_NUM_BODY = rf"(?:\d+\.\d{{1,2}}(?![\d.])|{NUMBER})(?!\d|[.,]\d)"
_NUM = rf"(?<![\w.,/])(?P<n>{_NUM_BODY})"
# Digit first: a pattern that opens with a digit lets the engine skip to the
# next digit at once (ten times faster than opening with a look-behind or "từ").
_QUANTITY_RE = LazyPattern(
    rf"(?=\d){_NUM}(?:"
    # "13 - 14", "13-14", "13% - 14%", "5 đến 7" (after "từ", checked in code); on one
    # line: "đạt 95%\n- 100% xã …" is a number and a bullet, not a range
    rf"[ \t]*(?:%[ \t]*)?(?P<join>{_DASH}|{vi('đến')}|{vi('tới')})[ \t]*(?P<hi>{_NUM_BODY})"
    rf"(?![ \t]*{_DASH}[ \t]*\d|\s*/\s*\d)"
    # "67/85"
    rf"|[ \t]*/[ \t]*(?P<b>{_NUM_BODY})(?!\s*/)"
    rf")?",
    regex.IGNORECASE,
)
_FROM_BEFORE_RE = Lookback(rf"{WB}{vi('từ')}\s+$", regex.IGNORECASE)
_DASHES = set("-–—‐‑−")
# Before a number: what the look-behind of :data:`_NUM` lets through among
# ASCII characters (not \w, not ". , /"); any other is left to the engine.
_QUANTITY_FREE_BEFORE = frozenset(c for c in map(chr, range(128)) if not (c.isalnum() or c in "_.,/"))
# What may open the rest of a quantity (a range or a ratio), past a "%" and
# spaces or tabs: a dash or "/", or the "đ" of "đến" or the "t" of "tới" (in
# either case: nothing else folds to them).  A number must follow it.
_QUANTITY_TAIL_FIRST = frozenset("/đĐtT%") | _DASHES


def _past_blanks(text: str, i: int, end: int) -> int:
    while i < end and text[i] in " \t":
        i += 1
    return i


def _quantity_alone(text: str, at: int, stop: int, end: int) -> bool:
    """Is the match of :data:`_QUANTITY_RE` at the run of digits ``text[at:stop]`` the run alone?

    So it is when the character before is plainly no part of a word or a
    number, no digit follows a "," or "." after the run (the number would go
    on), and no number follows what could open a range or a ratio ("- 14",
    "/85", "đến 7": a superset is tested, its letters unread).
    """
    if at > 0 and text[at - 1] not in _QUANTITY_FREE_BEFORE:
        return False
    if stop < end and text[stop] in ".,":
        return not (stop + 1 < end and text[stop + 1].isdecimal())
    j = _past_blanks(text, stop, end)
    if j < end and text[j] == "%":
        j = _past_blanks(text, j + 1, end)
    if j >= end or text[j] not in _QUANTITY_TAIL_FIRST:
        return True
    j = _past_blanks(text, j + (3 if text[j] in "đĐtT" else 1), end)
    return not (j < end and text[j].isdecimal())


# Spoken numerals are read only after the words that make them a target's
# number ("ít nhất một đề án", "khoảng hai nghìn hộ"): elsewhere "một", "hai",
# "ba" are far more often parts of names and idioms, and a scan for them
# everywhere would cost as much as all numbers together.
_NUMERAL_CUES = ['ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'không dưới', 'khoảng', 'gần', 'trên', 'hơn', 'dưới']
_NUMERAL_NEW = ['mới', 'thêm']
_NUMERAL_AFTER = Prescanned(
    rf"(?:{alternation(_NUMERAL_CUES)}|{alternation(_NUMERAL_NEW)})(?:\s+{vi('là')})?\s+(?={NUMERAL})",
    _NUMERAL_CUES + _NUMERAL_NEW, regex.IGNORECASE,
    # (the words with a numeral's first word after them: the cue words alone are common)
    rough=re.compile(rf"{rough_phrases(_NUMERAL_CUES + _NUMERAL_NEW)}(?:\s+{rough_phrases(['là'])})?\s+"
                     rf"{rough_phrases(_NUMERAL_WORDS)}"),
)


def _is_year(v: Optional[float], tok: str) -> bool:
    return v is not None and len(tok) == 4 and tok.isdigit() and 1900 <= v <= 2100


def find_numbers(text: str, pos: int = 0, endpos: Optional[int] = None, *,
                 numerals: bool = False, folded: Optional[str] = None,
                 runs: Optional[list[tuple[int, int]]] = None,
                 keep: Optional[Callable[[int, int], bool]] = None) -> Iterator[NumberMatch]:
    """Every number, range and ratio in ``text[pos:endpos]``, left to right.

    A "range" needs its low end below its high end and no years ("2016 - 2020"
    is a span of years, not a range of values: it comes back as two singles).
    With ``numerals`` spoken numerals ("hai", "mười lăm") come back too, where
    a comparator or "mới"/"thêm" stands before them ("ít nhất một đề án");
    ``folded`` is :func:`chidao.text.fold_tones` of the whole ``text``
    (:attr:`DocContext.folded`), if the caller has it, to look for those
    words; ``runs``, :func:`digit_runs` of ``text``, if it has them.  A number
    whose span ``keep(start, end)`` refuses is left out (not made at all).
    """
    end = len(text) if endpos is None else endpos
    if keep is None:
        keep = _keep_all
    out: list[NumberMatch] = []
    for m in digits_finditer(_QUANTITY_RE, text, pos, end, runs, not_after=".,/", not_after_letter=True,
                             alone=_quantity_alone):
        if m.__class__ is tuple:  # a number alone: its span (``alone``), a run of digits
            a, b = m
            if keep(a, b):
                # (ASCII digits: parse_number reads them with float(); no "." makes them English.
                # Other digits go to parse_number: float() knows only those of Python's Unicode)
                tok = text[a:b]
                out.append(NumberMatch(a, b, "single", value=float(tok) if tok.isascii() else parse_number(tok)))
            continue
        # (all four groups at once: ``regex`` looks up each group by name several times slower)
        lo_tok, join, hi_tok, b_tok = m.groups()  # "n", "join", "hi", "b"
        if hi_tok:
            lo, hi = parse_number(lo_tok), parse_number(hi_tok)
            start = m.start()
            dash = join[0] in _DASHES
            fm = None if dash else _FROM_BEFORE_RE.search_phrase_last(text, max(pos, start - 8), start)
            if (dash or fm) and lo is not None and hi is not None and lo < hi \
                    and not (_is_year(lo, lo_tok) or _is_year(hi, hi_tok)):
                if keep(fm.start() if fm else start, m.end()):
                    out.append(NumberMatch(fm.start() if fm else start, m.end(), "range", low=lo, high=hi))
                continue
            # not a range: report both ends as singles
            _add_single(out, keep, m.start("n"), m.end("n"), lo_tok)
            _add_single(out, keep, m.start("hi"), m.end("hi"), hi_tok)
            continue
        if b_tok:
            a, b = parse_number(lo_tok), parse_number(b_tok)
            if a is not None and b is not None and b > 0 and a <= b and not _is_year(b, b_tok):
                if keep(m.start(), m.end()):
                    out.append(NumberMatch(m.start(), m.end(), "ratio", value=a, base=b))
            else:
                _add_single(out, keep, m.start("n"), m.end("n"), lo_tok)
                _add_single(out, keep, m.start("b"), m.end("b"), b_tok)
            continue
        _add_single(out, keep, m.start(), m.end(), lo_tok)
    if numerals:
        for c in _NUMERAL_AFTER.finditer(text, folded, pos, end):
            m = _NUMERAL_RE.match(text, c.end(), min(end, c.end() + 40))
            v = parse_numeral(m.group(0)) if m else None
            if v is not None and keep(m.start(), m.end()):
                out.append(NumberMatch(m.start(), m.end(), "single", value=v, numeral=True))
        out.sort(key=lambda n: n.start)
    yield from out


def _keep_all(start: int, end: int) -> bool:
    return True


def _add_single(out: list, keep: Callable[[int, int], bool], start: int, end: int, tok: str) -> None:
    if keep(start, end):
        out.append(_single(start, end, tok))


_ENGLISH = LazyPattern(r"\d+\.\d{1,2}")


def _single(start: int, end: int, tok: str) -> NumberMatch:
    english = "." in tok and _ENGLISH.fullmatch(tok) is not None
    return NumberMatch(start, end, "single", value=parse_number(tok), english=english)


def parse_range(text: str) -> Optional[tuple[float, float]]:
    """(low, high) of the first range in ``text``: "13 - 14%" -> (13, 14); None without one."""
    for n in find_numbers(text):
        if n.form == "range":
            return n.low, n.high  # type: ignore[return-value]
    return None


# ------------------------------------------------------------------ dates

_SEP = r"\s*[/.\-]{1,2}\s*"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19\d\d|20\d\d)"

_NGAY, _THANG, _NAM = vi("ngày"), vi("tháng"), vi("năm")

# "02/5/2024", "02-5-2024", "02.5.2024", "13/12/ 2007", "04/2//2016"; the
# look-arounds keep document numbers ("10/2020/NĐ-CP") and decimals out.
NUMERIC_DATE = (
    rf"(?<![\d/.,\-])(?P<d>{DAY}){_SEP}(?P<m>{MONTH}){_SEP}(?P<y>{YEAR})(?![\d/]|\.\d|\s*/\s*[A-ZĐ])"
)
# "ngày 02 tháng 01 năm 2020" (also "ngày 02 tháng 01, năm 2020"; and "tháng
# 0 6" as a PDF's letter spacing reaches a web copy: no day or month is "0").
_SPACED = r"|0[ \t][1-9]"
FORMAL_DATE = (
    rf"(?<!\d)(?P<d2>{DAY}{_SPACED})\s+{_THANG}\s+(?P<m2>{MONTH}{_SPACED})(?:\s*,)?\s+{_NAM}\s+(?P<y2>{YEAR})(?!\d)"
)
# "ngày 20/01", "ngày 20 tháng 01" — the year comes from the document.
# "ngày 10 tháng 01 năm sau": the year after the document's.
SHORT_DATE = (
    rf"{_NGAY}\s+(?P<d3>{DAY})(?:{_SEP}|\s+{_THANG}\s+)(?P<m3>{MONTH})"
    rf"(?![\d/\-]|\.\d|\s*[/\-]\s*\d|(?:\s*,)?\s+{_NAM}\s+\d)"  # a full stop may end the sentence
    rf"(?P<next>\s+{_NAM}\s+(?:{vi('sau')}|{vi('tới')}|{vi('tiếp theo')}))?"
)

DATE_RE = regex.compile(rf"{lead(['ngày'], '0123456789')}(?:{NUMERIC_DATE}|{FORMAL_DATE}|{SHORT_DATE})",
                        regex.IGNORECASE)
# After a deadline word a bare "20/01" is a date too ("chậm nhất 20/01").
_BARE_DAY_MONTH_RE = LazyPattern(
    rf"(?<![\d/.,])(?P<d>{DAY})\s*[/\-.]\s*(?P<m>{MONTH})(?![\d/\-]|\.\d|\s*[/\-]\s*\d)", regex.IGNORECASE)


class DateMatch(NamedTuple):
    start: int
    end: int
    date: Optional[dt.date]  # None when the day does not exist (30/02/2020)
    year_given: bool


def _mk(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _date_of(m: regex.Match, default_year: Optional[int]) -> DateMatch:
    if m.group("d"):
        y, mo, d, given = int(m.group("y")), int(m.group("m")), int(m.group("d")), True
    elif m.group("d2"):
        y, given = int(m.group("y2")), True
        mo, d = int("".join(m.group("m2").split())), int("".join(m.group("d2").split()))  # "0 6": 6
    else:
        if default_year is None:
            return DateMatch(m.start(), m.end(), None, False)
        y, mo, d, given = default_year, int(m.group("m3")), int(m.group("d3")), False
        if m.group("next"):
            y += 1
    return DateMatch(m.start(), m.end(), _mk(y, mo, d), given)


def find_dates(text: str, *, default_year: Optional[int] = None,
               pos: int = 0, endpos: Optional[int] = None) -> Iterator[DateMatch]:
    """Every date in ``text[pos:endpos]``; years left out resolve to ``default_year``."""
    for m in DATE_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        yield _date_of(m, default_year)


_LEAD_NGAY_RE = LazyPattern(rf"\s*(?:{_NGAY}\s+)?", regex.IGNORECASE)
_SPACES_RE = LazyPattern(r"\s*")


def match_date_at(text: str, pos: int, *, default_year: Optional[int] = None) -> Optional[DateMatch]:
    """The date that starts at ``pos`` (after white space and an optional "ngày"), or None.

    For use right after a deadline word: there a bare "20/01" is a date too.
    """
    # (every match ends within a few dozen characters: bounding the window
    # keeps the engine from scanning the rest of the document for a literal)
    end = min(len(text), pos + 60)
    m = _LEAD_NGAY_RE.match(text, pos, end)
    at = m.end() if m else pos
    dm = DATE_RE.match(text, at, end)
    if dm is None and at != pos:  # SHORT_DATE includes "ngày"
        dm = DATE_RE.match(text, _SPACES_RE.match(text, pos, end).end(), end)
    if dm is not None:
        return _date_of(dm, default_year)
    bm = _BARE_DAY_MONTH_RE.match(text, at, end)
    if bm is not None:
        # a bare day/month followed by a year is a full date DATE_RE would have taken
        if default_year is None:
            return DateMatch(bm.start(), bm.end(), None, False)
        return DateMatch(bm.start(), bm.end(), _mk(default_year, int(bm.group("m")), int(bm.group("d"))), False)
    return None


# The digits of a date, digit first (fast to scan): "20/01/2020", "20 tháng 01
# năm 2020", and a day and month without a year only after "ngày" ("ngày 20/01"),
# since a bare "19/20" is a ratio.
_DATE_DIGITS_RE = LazyPattern(
    rf"(?=\d)(?<![\d/.,\-])(?:{NUMERIC_DATE.replace('(?P<d>', '(?:').replace('(?P<m>', '(?:').replace('(?P<y>', '(?:')}"
    # (not "lũy kế 10 tháng 3.798,254 tỷ đồng": a count of months, then a number)
    rf"|(?:{DAY})\s+{_THANG}\s+(?:{MONTH})(?:(?:\s*,)?\s+{_NAM}\s+(?:{YEAR}))?(?!\d|[.,]\d)"
    rf"|(?<={_NGAY}\s{{1,3}})(?:{DAY})(?:{_SEP})(?:{MONTH})(?![\d/\-]|\.\d|\s*[/\-]\s*\d))",
    regex.IGNORECASE,
)


# What follows the digits of a day wherever a day and month follow ("20/01",
# "20 - 01", "20 tháng 01"): a separator and a digit, or white space and the
# "t" of "tháng".  (Stdlib ``re``'s \s takes in all of ``regex``'s.)
DAY_MONTH_ROUGH = re.compile(r"\s*[/.\-]{1,2}\s*[0-9]|\s+[tT]")


def find_date_spans(text: str, *, pos: int = 0, endpos: Optional[int] = None,
                    runs: Optional[list[tuple[int, int]]] = None) -> Iterator[tuple[int, int]]:
    """Where the digits of dates are (no values): a fast scan for what is not a quantity.

    ``runs``: :func:`digit_runs` of ``text``, if the caller has them.
    """
    end = len(text) if endpos is None else endpos
    # (a day is one or two digits, then a separator or "tháng")
    for m in digits_finditer(_DATE_DIGITS_RE, text, pos, end, runs, not_after="/.,-", max_digits=2,
                             rough=DAY_MONTH_ROUGH):
        yield m.span()


def parse_date(text: str, *, default_year: Optional[int] = None) -> Optional[dt.date]:
    """The first date in ``text``, or None."""
    for m in find_dates(text, default_year=default_year):
        if m.date:
            return m.date
    return None


# ------------------------------------------------------------------ periods


def last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def month_period(y: int, m: int) -> tuple[dt.date, dt.date]:
    """"tháng 6/2025" -> (2025-06-01, 2025-06-30)."""
    return dt.date(y, m, 1), last_day(y, m)


def months_period(y: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """Months ``first``..``last`` of year ``y``: "6 tháng cuối năm" = (7, 12)."""
    return dt.date(y, first, 1), last_day(y, last)


def quarter_period(y: int, q: int) -> tuple[dt.date, dt.date]:
    """"quý III/2025" -> (2025-07-01, 2025-09-30)."""
    return months_period(y, 3 * q - 2, 3 * q)


def year_period(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def roman_to_int(s: str) -> Optional[int]:
    """"III" -> 3, "iv" -> 4, "3" -> 3; None for anything else (quarters only need 1-4)."""
    return P.QUARTER_NUMBERS.get(s.strip().translate(_CASE_LOOSE).lower())


def _word_key(matched: str) -> str:
    """A matched period word as the tables of :mod:`chidao.data.periods` spell it, tone-folded:
    "Sáu" -> "sau", "ſáu" -> "sau", "cuối  năm" -> "cuoi nam"."""
    return " ".join(fold_tones(matched.translate(_CASE_LOOSE).lower()).split())


class PeriodMatch(NamedTuple):
    """A named stretch of time.

    ``kind``: "month", "quarter", "stretch" (months of a year), "year", or
    "point" (a day named by its place in a period: "cuối năm" = 31/12, in
    which case ``first == last``).  ``first``/``last`` are None when the year
    is missing and no default was given.  ``word`` is the point word
    ("cuối", "hết", "giữa", "đầu") for points.
    """

    start: int
    end: int
    kind: str
    first: Optional[dt.date]
    last: Optional[dt.date]
    year_given: bool
    word: Optional[str] = None


_YEAR_TAIL = rf"(?:\s*[/\-.]\s*|\s+{_NAM}\s+)"
_ROMAN_Q = r"(?:IV|III|II|I|[1-4])"
_COUNT = rf"(?P<cnt>\d{{1,2}}|{alternation(P.MONTH_COUNT_WORDS)})"
_ENDS = alternation(P.YEAR_ENDS, group="ye")
_POINT = alternation(P.POINTS_OF_YEAR, group="pt")
_POINT_WORDS = {fold_tones(k): k for k in P.POINTS_OF_YEAR}
_MONTH_COUNTS = {fold_tones(k): v for k, v in P.MONTH_COUNT_WORDS.items()}
_NAMED_STRETCH_MONTHS = {fold_tones(k): v for k, v in P.NAMED_STRETCHES.items()}
_FIRST_HALF = fold_tones("đầu")
# The forms of a period, in the order the pattern tries them; each is a group
# named for its form, the outermost (``_period_of`` reads ``lastgroup``).
_PERIOD_FORMS = {
    # "6 tháng đầu năm 2016", "sáu tháng cuối năm", "9 tháng đầu năm"
    "stretch": rf"(?P<stretch>{WB}{_COUNT}\s+{_THANG}\s+{_ENDS}\s+(?:{vi('của')}\s+)?{_NAM}"
               rf"(?:\s+(?P<sy>{YEAR})(?![\d]|[ \t]*{_DASH}[ \t]*\d)|(?![ \t]+\d|\s+{vi('học')})))",
    "named": rf"(?P<named>{WB}{alternation(P.NAMED_STRETCHES, group='nm')}(?:\s+(?P<ny>{YEAR}))?(?!\d))",
    # "cuối năm 2009", "hết năm 2025", "giữa năm", "cuối tháng 6/2025", "cuối quý III/2025"
    "point": rf"(?P<point>{WB}{_POINT}\s+(?:"
             rf"{vi('quý')}\s+(?P<pq>{_ROMAN_Q}){WE}(?:{_YEAR_TAIL}(?P<pqy>{YEAR}))?"
             rf"|{_THANG}\s+(?P<pm>{MONTH})(?!\d)(?:{_YEAR_TAIL}(?P<pmy>{YEAR}))?(?![\d/])"
             rf"|{_NAM}(?:\s+(?P<py>{YEAR})(?![\d]|[ \t]*{_DASH}[ \t]*\d)"
             rf"|(?![ \t]+\d|\d|\s+{vi('học')}|\s+{vi('tài chính')}))"
             rf"))",
    # "quý III/2025", "quý 3 năm 2025", "quý IV"
    "quarter": rf"(?P<quarter>{WB}{vi('quý')}\s+(?P<q>{_ROMAN_Q}){WE}(?:{_YEAR_TAIL}(?P<qy>{YEAR}))?(?!\d))",
    # "tháng 01/2020", "tháng 6 năm 2025", "tháng 6" (never the month of a full date)
    "month": rf"(?P<month>(?<!\d\s{{0,3}})(?<!{_NGAY}\s{{1,3}}){WB}{_THANG}\s+(?P<m>{MONTH})(?!\d)"
             rf"(?:{_YEAR_TAIL}(?P<my>{YEAR}))?(?!\d|\s*[/\-]\s*\d))",
    # "năm 2025" (not "năm 2016 - 2020", not "năm 2025-2026")
    "year": rf"(?P<year>(?<!{_THANG}\s+\d{{1,2}}(?:\s*,)?\s+){WB}{_NAM}\s+(?P<y>{YEAR})(?!\d|[ \t]*{_DASH}[ \t]*\d))",
}
_PERIOD_RE = LazyPattern("|".join(_PERIOD_FORMS.values()), regex.IGNORECASE)


# Every period names a month, a year or a quarter.  Their tone-folded
# spellings are found with plain substring searches (far faster than any
# pattern scan), each hit is checked to be one of the anchor words as
# :func:`vi` spells them, and the full pattern is tried only at the few
# words before a true anchor.
_ANCHOR_NAMES = ("tháng", "năm", "quý")
_ANCHOR_WORDS = [fold_tones(w) for w in _ANCHOR_NAMES]
# (what ``vi("tháng")``, ``vi("năm")`` and ``vi("quý")`` match with IGNORECASE:
# for these letters that is what lower() makes them, character for character)
_ANCHOR_SPELLINGS = frozenset([*_ANCHOR_NAMES, *_ANCHOR_WORDS])
# (the anchor's word edge: a letter or digit after it fails it, and so does any other
# character ``regex`` reads as \w; these common ones it never does)
_WORD_CHAR_RE = LazyPattern(r"\w")
_NOT_WORD_CHARS = frozenset(" \t\n\r,.;:/()-–\"'")
# Every form of :data:`_PERIOD_RE` opens with one of these words and white
# space: the word starts worth trying before an anchor.
_PERIOD_FIRST_WORDS = sorted({p.split()[0] for p in [*P.MONTH_COUNT_WORDS, *P.NAMED_STRETCHES, *P.POINTS_OF_YEAR]}
                             | {"quý", "tháng", "năm"})
_PERIOD_START_RE = LazyPattern(rf"{WB}(?:\d{{1,2}}|{alternation(_PERIOD_FIRST_WORDS)})(?=\s)", regex.IGNORECASE)
_QUY = fold_tones("quý")
# (a quarter is always numbered: "quy định", "quy mô" open no period)
_QUARTER_NUMBER_RE = LazyPattern(rf"\s+{_ROMAN_Q}{WE}", regex.IGNORECASE)


def _opening_pairs() -> list[tuple[str, str]]:
    """The first two words of the period forms that open before their anchor (not with a count in digits)."""
    pairs = {(c, "tháng") for c in P.MONTH_COUNT_WORDS}
    for phrase in P.NAMED_STRETCHES:
        w = phrase.split()
        if not w[0].isdigit():
            pairs.add((w[0], w[1]))
    for point in P.POINTS_OF_YEAR:
        w = point.split()
        pairs |= {(w[0], w[1])} if len(w) > 1 else {(w[0], a) for a in ("quý", "tháng", "năm")}
    return sorted(pairs)


# A period that opens before its anchor opens with one of these pairs of words
# (white space between; an earlier anchor in reach either opened a period
# already or opens none), or with a count right before a "tháng" anchor:
# mostly there is neither, and the anchor is the only place to try.  The pairs
# are looked for in the folded text with stdlib ``re``, which reads a list of
# literals fast and whose white space takes in the pattern's.
_PERIOD_OPENING_RE = re.compile("|".join(
    rf"{re.escape(fold_tones(a))}\s+{re.escape(fold_tones(b))}" for a, b in _opening_pairs()))
_THANG_FOLDED = fold_tones("tháng")
_ANCHOR_LENGTHS = {w[0]: len(w) for w in _ANCHOR_WORDS}
# The one form that opens with each anchor word ("quý III/2025", "tháng 6", "năm
# 2025"), by the folded word's first letter: where only the anchor can open a
# period no other form of :data:`_PERIOD_RE` can match there (none opens with
# these words), and the form alone is matched at half the cost.
_ANCHOR_FORM_RE = {fold_tones(word)[0]: LazyPattern(_PERIOD_FORMS[form], regex.IGNORECASE)
                   for word, form in (("quý", "quarter"), ("tháng", "month"), ("năm", "year"))}
# A count opens a stretch only right before its "tháng" ("6 tháng đầu năm"):
# a digit elsewhere before an anchor starts nothing that reaches it.
_COUNT_JUST_BEFORE_RE = LazyPattern(r"\d\s+", regex.REVERSE)


def document_period_anchors(ctx) -> list[int]:
    """Where the anchor words of periods start in the document's folded text, in order: the
    substring searches of :func:`find_periods`, made once per document (kept in ``ctx.shared``)."""
    anchors = ctx.shared.get("period_anchors")
    if anchors is None:
        # (searched in the folded text itself: the prescan view differs from it only where
        # it has "s" and "i", which no anchor word holds)
        anchors = ctx.shared["period_anchors"] = _hits(ctx.folded, _ANCHOR_WORDS, 0, len(ctx.folded))
    return anchors


def find_periods(text: str, *, default_year: Optional[int] = None,
                 pos: int = 0, endpos: Optional[int] = None, folded: Optional[str] = None,
                 anchors: Optional[list[int]] = None) -> Iterator[PeriodMatch]:
    """Every month, quarter, stretch of months, year or point of a period, left to right.

    ``folded`` is :func:`chidao.text.fold_tones` of the whole ``text``
    (:attr:`DocContext.folded`), if the caller has it: the words are looked
    for there first; ``anchors``, with it, :func:`document_period_anchors`
    of its document, if the caller has them.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    # ``view`` is the folded text from ``base`` on
    base, view = (0, folded) if folded is not None else (pos, fold_tones(text[pos:end]))
    view = _prescan_view(view, pos - base, end - base)
    if anchors is not None and folded is not None:
        # (the same words the searches find in the window, and the few that run past its end)
        hits = anchors[bisect_left(anchors, pos):bisect_left(anchors, end)]
    else:
        hits = _hits(view, _ANCHOR_WORDS, pos - base, end - base)
    done = pos
    for at in hits:
        at += base
        if at < done:
            continue
        after = at + _ANCHOR_LENGTHS[view[at - base]]
        if after > end:
            continue  # (not wholly in the window)
        if after < end and (text[after].isalpha() or text[after].isdecimal()):
            continue  # part of a longer word ("quyết", "quyền"): the anchor's word edge fails
        if text[at:after].lower() not in _ANCHOR_SPELLINGS:
            continue  # another tone: "nắm", "quỹ"
        if after < end and text[after] not in _NOT_WORD_CHARS and _WORD_CHAR_RE.match(text, after):
            continue
        quarter = view.startswith(_QUY, at - base)
        if quarter and _QUARTER_NUMBER_RE.match(text, after, end) is None:
            continue
        # the longest period form puts five words before its anchor ("sáu tháng còn lại của năm")
        w0 = max(done, at - 28)
        if _PERIOD_OPENING_RE.search(view, w0 - base, after - base) is None and not (
                view.startswith(_THANG_FOLDED, at - base) and _COUNT_JUST_BEFORE_RE.match(text, w0, at)):
            # Only the anchor can open the period, and there a month ("tháng 6") or a
            # year ("năm 2025") has its number after white space; in digits.
            if not quarter:
                j = after
                while j < end and text[j].isspace():
                    j += 1
                if j == after or j >= end or text[j] not in "0123456789":
                    continue  # "hằng năm", "trong tháng"
            starts: Iterator[int] = iter((at,))
            form_re = _ANCHOR_FORM_RE[view[at - base]]
        else:
            starts = (w.start() for w in _PERIOD_START_RE.finditer(text, w0, min(end, after + 1)))
            form_re = _PERIOD_RE
        for w in starts:
            m = form_re.match(text, w, min(end, w + 80))
            if m and m.end() > at:
                done = m.end()
                pm = _period_of(m, default_year)
                if pm is not None:
                    yield pm
                break


def _year(tok: Optional[str], default_year: Optional[int]) -> tuple[Optional[int], bool]:
    return (int(tok), True) if tok else (default_year, False)


def _period_of(m: regex.Match, default_year: Optional[int]) -> Optional[PeriodMatch]:
    s, e = m.start(), m.end()
    # Each form is an outermost group of the pattern, which closes after the
    # groups inside it: the last group matched names the form.  (``regex``
    # looks a group up by name several times slower than it gives this.)
    form = m.lastgroup
    if form == "stretch":
        cnt_tok = _word_key(m.group("cnt"))
        cnt = int(cnt_tok) if cnt_tok.isdigit() else _MONTH_COUNTS[cnt_tok]
        if not 1 <= cnt <= 11:
            return None
        y, given = _year(m.group("sy"), default_year)
        first_half = _word_key(m.group("ye")) == _FIRST_HALF
        lo, hi = (1, cnt) if first_half else (13 - cnt, 12)
        first, last = months_period(y, lo, hi) if y else (None, None)
        return PeriodMatch(s, e, "stretch", first, last, given)
    if form == "named":
        lo, hi = _NAMED_STRETCH_MONTHS[_word_key(m.group("nm"))]
        y, given = _year(m.group("ny"), default_year)
        first, last = months_period(y, lo, hi) if y else (None, None)
        return PeriodMatch(s, e, "stretch", first, last, given)
    if form == "point":
        word = _POINT_WORDS[_word_key(m.group("pt"))]
        if m.group("pq"):
            y, given = _year(m.group("pqy"), default_year)
            rule = P.POINTS_OF_QUARTER.get(word)
            if rule is None or not y:
                return PeriodMatch(s, e, "point", None, None, given, word) if rule else None
            a, b = quarter_period(y, roman_to_int(m.group("pq")))
            day = a if rule == "first" else b
        elif m.group("pm"):
            y, given = _year(m.group("pmy"), default_year)
            rule = P.POINTS_OF_MONTH[word]
            if not y:
                return PeriodMatch(s, e, "point", None, None, given, word)
            mo = int(m.group("pm"))
            a, b = month_period(y, mo)
            day = a if rule == "first" else b if rule == "last" else dt.date(y, mo, rule)
        else:
            y, given = _year(m.group("py"), default_year)
            rule = P.POINTS_OF_YEAR[word]
            if not y:
                return PeriodMatch(s, e, "point", None, None, given, word)
            a, b = year_period(y)
            day = a if rule == "first" else b if rule == "last" else dt.date(y, *rule)
        return PeriodMatch(s, e, "point", day, day, given, word)
    if form == "quarter":
        y, given = _year(m.group("qy"), default_year)
        first, last = quarter_period(y, roman_to_int(m.group("q"))) if y else (None, None)
        return PeriodMatch(s, e, "quarter", first, last, given)
    if form == "month":
        y, given = _year(m.group("my"), default_year)
        first, last = month_period(y, int(m.group("m"))) if y else (None, None)
        return PeriodMatch(s, e, "month", first, last, given)
    y = int(m.group("y"))
    first, last = year_period(y)
    return PeriodMatch(s, e, "year", first, last, True)


# "giai đoạn 2021 - 2025", "thời kỳ 2021-2030", "nhiệm kỳ 2020 - 2025", "năm học
# 2025 - 2026", "2016-2020": spans of years.  Horizons and terms, never due times.
_YEAR_SPAN_RE = LazyPattern(
    rf"(?=[12])(?<![\d.,/])(?P<a>{YEAR})[ \t]*{_DASH}[ \t]*(?P<b>{YEAR})(?![\d/])", regex.IGNORECASE)
_YEAR_SPAN_WORD_RE = Lookback(
    rf"{WB}{alternation(['giai đoạn', 'thời kỳ', 'nhiệm kỳ', 'năm học', 'niên khóa', 'niên khoá', 'năm'])}\s+$",
    regex.IGNORECASE)


def _year_span_matches(text: str, pos: int, end: int,
                       runs: Optional[list[tuple[int, int]]] = None) -> Iterator[regex.Match]:
    """The matches of :data:`_YEAR_SPAN_RE` in ``text[pos:end]``, as its ``finditer`` gives them.

    Each one opens with a whole run of four digits ("2021") that spaces or tabs
    and a dash follow: read off ``runs`` (:func:`digit_runs` of ``text``, made
    here if the caller has none), where the pattern would scan for its digits.
    """
    if runs is None:
        runs = digit_runs(text)
    done = pos
    for i in range(bisect_left(runs, (pos,)), len(runs)):
        at, stop = runs[i]
        if at >= end:
            break
        if at < done or stop - at != 4 or not text.startswith(("19", "20"), at):
            continue
        dash = _past_blanks(text, stop, end)
        if dash < end and text[dash] in _DASHES:
            m = _YEAR_SPAN_RE.match(text, at, end)
            if m is not None:
                done = m.end()
                yield m


def find_year_spans(text: str, *, pos: int = 0, endpos: Optional[int] = None,
                    runs: Optional[list[tuple[int, int]]] = None) -> Iterator[PeriodMatch]:
    """Spans of years ("giai đoạn 2021 - 2025") as periods of kind "years".

    ``runs``: :func:`digit_runs` of ``text``, if the caller has them.
    """
    for m in _year_span_matches(text, pos, len(text) if endpos is None else endpos, runs):
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= b:
            w = _YEAR_SPAN_WORD_RE.search_phrase_last(text, max(pos, m.start() - 14), m.start())
            yield PeriodMatch(w.start() if w else m.start(), m.end(), "years",
                              dt.date(a, 1, 1), dt.date(b, 12, 31), True)


def parse_period(text: str, *, default_year: Optional[int] = None) -> Optional[tuple[dt.date, dt.date]]:
    """(first day, last day) of the first period in ``text``: "quý III/2025" -> (2025-07-01, 2025-09-30)."""
    for p in find_periods(text, default_year=default_year):
        if p.first and p.last:
            return p.first, p.last
    return None


# ------------------------------------------------------------------ "năm sau", "năm thực hiện kế hoạch"


class YearWord(NamedTuple):
    """The year of a day or month printed without one, named by words after "năm".

    ``shift`` is +1 ("năm sau", "năm tới"), 0 ("năm nay"), or None when the
    year is named by an event ("năm thực hiện kế hoạch", "năm kế hoạch") or is
    the year before one ("năm trước" in a yearly cycle): no date follows from
    the document's own.  ``end`` is where the words stop.
    """

    start: int
    end: int
    shift: Optional[int]


def _ascii_phrases(phrases) -> dict[str, list[str]]:
    return {p: fold_ascii(p).split() for p in phrases}


_YEAR_WORD_HEAD_RE = LazyPattern(r"[ \t]*(?:,[ \t]*)?nam[ \t]+(?=[a-z])")
_WORD_AT_RE = LazyPattern(r"[ \t]*([^\W\d_]+)")
_YEAR_WORD_SHIFTS = [(_ascii_phrases(P.YEAR_WORDS_NEXT), 1), (_ascii_phrases(P.YEAR_WORDS_THIS), 0),
                     (_ascii_phrases(P.YEAR_WORDS_PREV), None)]
# Words that end the name of an event year: a new clause begins.
_YEAR_EVENT_STOPS = {"thi", "phai", "de", "va", "hoac", "nhung", "neu", "khi", "cho", "gui", "nham"}


def year_word_after(text: str, pos: int, endpos: Optional[int] = None) -> Optional[YearWord]:
    """The "năm …" words right after a day or month printed without a year, or None.

    "tháng 12 năm trước" -> shift None; "ngày 10 tháng 01 năm sau" -> +1;
    "ngày 30 tháng 9 năm thực hiện kế hoạch" -> None (an event's year), its
    words up to a comma, a capitalised word (the next sentence's subject in
    text that lost its commas) or six words; "tháng 6 năm 2025" -> None (a
    year in digits is not this).  Read on the ASCII skeleton: OCR'd text
    drops marks ("nam thực hiện").
    """
    end = min(len(text) if endpos is None else endpos, pos + 90)
    window = fold_ascii(text[pos:end])
    head = _YEAR_WORD_HEAD_RE.match(window)
    if head is None:
        return None
    words: list[tuple[int, int]] = []
    at = head.end()
    while len(words) < 6:
        m = _WORD_AT_RE.match(window, at)
        if m is None:
            break
        if words and text[pos + m.start(1)].isupper():
            break
        words.append((m.start(1), m.end(1)))
        at = m.end()
    if not words:
        return None
    folded = [window[a:b] for a, b in words]
    for table, shift in _YEAR_WORD_SHIFTS:
        for phrase in sorted(table.values(), key=len, reverse=True):
            if folded[:len(phrase)] == phrase:
                return YearWord(pos, pos + words[len(phrase) - 1][1], shift)
    if text[pos + words[0][0]].isupper():
        return None
    n = 1
    while n < len(words) and folded[n] not in _YEAR_EVENT_STOPS:
        n += 1
    return YearWord(pos, pos + words[n - 1][1], None)
