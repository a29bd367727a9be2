"""Targets: the quantities a document sets as goals or reports as results.

Forms covered (comparator, numbers, unit):

    "tăng trưởng tín dụng 13 - 14%"              range 13, 14  %
    "phát triển mới 550 - 600 doanh nghiệp"      range 550, 600  doanh nghiệp
    "thu hút từ 3 đến 5 dự án"                   range 3, 5  dự án
    "67/85 xã đạt chuẩn nông thôn mới"          =  67 of 85  xã
    "tăng trưởng GRDP … đạt 10,5%"               =  10.5  %
    "nợ xấu (duy trì dưới mức 2%)"               <  2  %
    "giá trị tăng thêm trên 25 triệu đồng/ha/năm"  >  25  triệu đồng/ha/năm
    "giải ngân … đạt từ 90% trở lên", "giảm ít nhất 30% thời gian xử lý",
    "không dưới 14 tiêu chí", "không còn xã đạt dưới 14 tiêu chí"   >=
    "tối đa 5%", "không quá 3%", "lên đến 200.000 tấn",
    "không để nợ xấu vượt quá 3%"                                     <=
    "khoảng 4,71 tỷ đồng", "gần 2.000 hộ"                             ~
    "ước đạt 2,8 tỷ USD"  =  (an estimate reported: kind "result"; "~" is "khoảng")
    "cách ly tối thiểu 10 ngày", "phun tối thiểu 4 lần/ngày", "ít nhất 01 lần"  >=
                          (spans and counts of times only under a floor)
    "1.200 cán bộ, công chức, viên chức", "100% xã, phường …"  a list of counted
                          things is one unit (three or more, or a usual pair)
    "Nạo vét 146 công trình thủy lợi", "Số hóa 100% hồ sơ đảng viên"  the verb of
                          action opens the span; in a report it makes a count a result
    "cao hơn 25% so với năm 2008"                =  25  % (a difference, not a bound)
    "giảm ít nhất 30% thời gian …, 30% chi phí …"  the second inherits ">="
    "đã ban hành 11.427 văn bản, gồm 2.607 công văn, 1.496 quyết định …;
     tổ chức 202 cuộc họp"                       results, a list of counts
    "có 52 đầu việc đến hạn, chỉ hoàn thành được 16 đầu việc, đạt 30,7%"
    "ít nhất một đề án"                           a spoken numeral after a comparator
    "toàn tỉnh trồng được 41,2 triệu cây xanh"    =  41.2  triệu cây (a scale word and
                                                  the counted thing: "triệu lượt khách",
                                                  "nghìn thuê bao"; "1,2 triệu tấn")
    "10 bác sĩ/vạn dân", "1.200 cán bộ, công chức", "tăng gấp 1,5 lần"

Numbers are read whole in the Vietnamese way everywhere, phrases included:
"62,15% kế hoạch", "9.230,51 tỷ đồng", "66,08 %".

``indicator`` is what the number measures: the counted noun and what follows
it ("xã đạt chuẩn nông thôn mới"), the noun phrase after a percentage ("20%
xã đạt chuẩn …"), or else the phrase before the number back to the start of
its clause or a goal verb ("phấn đấu | tăng trưởng tín dụng 13 - 14%");
"tăng 10% so với dự toán" takes the measure before it.  A percentage of a base
("X đạt 62,15% kế hoạch năm 2016", "X bằng 107,73% cùng kỳ năm 2015", "X chiếm
35% GRDP") measures X — the subject before the verb, or the quantity just
before whose subject it shares ("X là 4.818,1 tỷ đồng, đạt 52,2% … và bằng
87,03% …"; "55.713 doanh nghiệp, đạt 62,15% …" shares "doanh nghiệp được thanh
tra, kiểm tra") — and the indicator names both: "X so với kế hoạch năm 2016";
a share of another quantity is "X trên Y" ("… đạt 52,2% số thuế tăng thu").
A named measure before a ratio verb wins over the counted noun ("Số người
tham gia bảo hiểm y tế đạt 1,15 triệu người"); "lũy kế 10 tháng 3.798 tỷ đồng"
is the measure before, accumulated.
``kind`` is "result" when the nearest cue reports ("đã", "đạt được", "kết
quả", "tính đến", "ước đạt") and "target" when it sets a goal ("phấn đấu",
"chỉ tiêu", "mục tiêu", "kế hoạch", …); ``year`` is the nearest year the clause
names ("năm 2025", "đến năm 2030", "giai đoạn 2021 - 2025"), not a base year
("so với năm 2008").

Which quantities count: a percentage always; money and measures with a
comparator, a verb of goals and reports ("trồng mới 2.000 ha", "đào tạo nghề
cho 25.000 người"), or a goal/result word, a year or other figures in their
sentence.  A bare count ("06 nhiệm vụ", "04 nhà", "230 xã") needs more: a
ratio, a range, a firm comparator ("ít nhất", "tối đa", "khoảng", "… trở lên"),
"mới"/"thêm" ("thành lập mới 800 doanh nghiệp"), "đạt" in what it counts ("20
xã đăng ký đạt chuẩn"), or a verb of goals and reports right before it
("ban hành 11.427", "hoàn thành được 16") in a sentence of goals, results or
figures (a percentage later in it counts), or a place in a list of such counts
(also one that runs on after a ";" and a line break).  A verb of action with
"được" ("kiểm tra được 673.421 hồ sơ") reports a result by itself.

Deliberately not targets: forecasts ("dự báo lượng mưa cao hơn … 10 - 20%"),
bounds inside a selection ("các xã có tỷ lệ hộ nghèo dưới 40%"), legal limits
on durations ("thời hạn thanh tra không quá 30 ngày"), years, dates, periods ("6 tháng đầu năm"), document
numbers and citations, ordinals and ranks ("kỳ họp thứ 20", "sinh con thứ 3 trở
lên", "xếp thứ 15/63"), numbers inside names ("Chương trình 135", "Đề án 30",
"Nghị quyết Trung ương 7", "Quốc lộ 10", "ĐT.468", "vành đai 3.5", "công nghệ
4.0", "ISO 9000", "500kV", "số 12"), spans of time and sizes ("5 năm", "2 cấp",
"xe 3,4 bánh", "24/24 giờ", "80 năm", "18 tuổi"), per-unit phrases ("trên 1
ha"), counts that only describe ("các xã dưới 9 tiêu chí", "rà soát 230 xã",
"tại 24 xã"), policy amounts without a goal ("hỗ trợ mỗi hộ 40 triệu đồng"),
the starting value of a change ("từ 45% lên 60%": only 60 is a target), a
"1" that is an article ("nhưng 1 người nộp thuế thấy …"), the page count a web
print puts after its address ("….html?print=1 5/16"), and rows of tables of
figures (one indicator, several years: a series, GOLD.md).
Not handled: quantities in footnotes the normalizer moved out of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterator, Optional

import regex

from chidao.context import DocContext, merged_spans
from chidao.data import units as U
from chidao.extract.grammar import (
    WB, WE, LazyPattern, Lookback, NumberMatch, Prescanned, alternation, digits_finditer, document_digit_runs,
    document_period_anchors, find_date_spans, find_numbers, find_periods, find_year_spans, folded_hits, prescan_text,
    prescan_words, rough_phrases, tone_key, vx,
)
from chidao.schema import Target

_F = regex.IGNORECASE


def _alt(phrases, **kw) -> str:
    # Cue words are matched with their tones (grammar.vx): folded, "đã" would
    # match "tối đa" and "cần" would match "cân đối".
    return alternation(phrases, exact=True, **kw)


_key = tone_key


# ------------------------------------------------------------------ tables compiled

# unit as printed in the table -> "count" | "weak" | "measure" | "money" | "none";
# a unit in two lists keeps the first.
_UNITS: dict[str, str] = {}
for _cls, _words in (("count", U.COUNT_UNITS), ("weak", U.WEAK_UNITS), ("measure", U.MEASURE_UNITS),
                     ("money", U.MONEY_UNITS), ("none", U.NON_TARGET_UNITS)):
    for _w in _words:
        _UNITS.setdefault(_w, _cls)
_UNIT_CLASS = {_key(w): c for w, c in reversed(list(_UNITS.items()))}

# The unit right after a number: "%", "tỷ đồng", "Hợp tác xã", "15ha", with
# per-unit tails ("triệu đồng/ha/năm", "%/năm").
_PER = rf"(?:\s*/\s*{_alt(U.PER_UNITS)}{WE})*"
_UNIT_RE = LazyPattern(
    rf"\s*(?:(?P<pct>{_alt(U.PERCENT_UNITS)})(?![^\W\d_]){_PER}"
    rf"|(?P<unit>{_alt(_UNITS)})(?![^\W\d_]|\d){_PER}"
    rf"|\s(?P<word>[^\W\d_]+){WE})",
    _F,
)
_FUNCTION_WORDS = {_key(w) for w in U.FUNCTION_WORDS}
# (only a pair that ends the phrase: in "1 đề án, ứng dụng chuyển đổi số" the
# words after qualify both, and the count is of "đề án")
_PAIRED_UNIT_RE = LazyPattern(rf"[ \t]*,[ \t]*(?P<unit>{_alt(_UNITS)})(?=[ \t]*(?:[,;.:)]|$))", _F | regex.MULTILINE)

# "cán bộ, công chức, viên chức", "xã, phường": one more counted thing after a comma
_CHAIN_ITEM_RE = LazyPattern(rf"[ \t]*,[ \t]*(?P<unit>{_alt(_UNITS)})(?![^\W\d_])", _F)
_CHAIN_HEAD_RE = LazyPattern(rf"[ \t]*(?P<unit>{_alt(_UNITS)})(?![^\W\d_])", _F)
_UNIT_WORDS = tuple(prescan_words(_UNITS))
_USUAL_PAIRS = {_key(p) for p in U.USUAL_UNIT_PAIRS}
# (each two neighbours of a list: "sở, ban, ngành" gives "sở, ban" and "ban, ngành")
_NOUN_PAIRS = sorted({pair for p in U.USUAL_NOUN_PAIRS
                      for parts in [[_key(x) for x in p.split(",")]] for pair in zip(parts, parts[1:])})
_TIME_UNITS = {_key(w) for w in U.BOUNDED_TIME_UNITS}
# (words looked for in a clause: grammar.Prescanned tries them only where the folded text holds them)
_FORECAST_RE = Prescanned(rf"{WB}{_alt(U.FORECAST_WORDS)}{WE}", U.FORECAST_WORDS, _F)
_PLAN_WORDS = ['phấn đấu', 'chỉ tiêu', 'mục tiêu', 'kế hoạch']
_PLAN_RE = Prescanned(rf"{WB}{_alt(_PLAN_WORDS)}{WE}", _PLAN_WORDS, _F)
_GOAL_ONLY_RE = Prescanned(rf"{WB}{_alt(U.GOAL_CUES)}{WE}", U.GOAL_CUES, _F)
# "trong thời hạn tối đa 15 ngày": a due time (deadlines.py), not a target
_DUE_BEFORE_RE = Lookback(
    rf"{WB}(?:{vx('thời hạn')}|{vx('trong vòng')}|{vx('trong')}|{vx('chậm nhất')}|{vx('sau')}|{vx('trước')})"
    rf"(?:\s+{vx('là')})?\s+$", _F, needs=["thời hạn", "trong", "chậm nhất", "sau", "trước"])
# A bound inside a selection: "các xã có tỷ lệ hộ nghèo dưới 40%", "số hộ có thu
# nhập trên 100 triệu đồng" say which ones, not what is aimed at.
_CRITERION_BEFORE_RE = Lookback(
    rf"{WB}(?P<head>{vx('các')}|{vx('những')}|{vx('số')}|{vx('đối với')})\s+[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,4}}"
    rf"[ \t]+{vx('có')}[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,6}}[ \t]+$", _F,
    needs=["các", "những", "số", "đối với"])
# "Mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính":
# a measure of a relation keeps its "đối với" phrase.
_RELATION_HEAD_RE = LazyPattern(
    rf"{WB}{_alt(['mức độ hài lòng', 'sự hài lòng', 'chỉ số hài lòng', 'mức độ', 'tỷ lệ', 'chỉ số', 'niềm tin'])}{WE}", _F)


def _unit_chain(src: str, at: int, limit: int, view: Optional[str] = None) -> Optional[int]:
    """The end of a list of counted things at ``at`` ("cán bộ, công chức, viên chức"), or None.

    Three or more are always one list; two only when the pair is usual
    ("xã, phường", "cán bộ, công chức").  ``view``: :func:`prescan_text` of
    the folded text, to pass over a place where no unit starts.
    """
    if view is not None:
        j = at
        while j < limit and src[j] in " \t":
            j += 1
        if not view.startswith(_UNIT_WORDS, j):
            return None
    hm = _CHAIN_HEAD_RE.match(src, at, min(limit, at + 40))
    if hm is None or _UNIT_CLASS.get(_key(hm.group("unit"))) != "count":
        return None
    items, end = [hm.group("unit")], hm.end()
    while len(items) < 6:
        m = _CHAIN_ITEM_RE.match(src, end, min(limit, end + 40))
        if m is None or _UNIT_CLASS.get(_key(m.group("unit"))) != "count":
            break
        items.append(m.group("unit"))
        end = m.end()
    if len(items) >= 3 or (len(items) == 2 and _key(", ".join(items)) in _USUAL_PAIRS):
        return end
    return None


_CMP_KEYS = {_key(k): v for k, v in U.COMPARATORS_BEFORE.items()}
_CMP_BEFORE_RE = Lookback(
    rf"(?:{WB}(?P<cmp>{_alt(U.COMPARATORS_BEFORE)})\s+(?:{_alt(U.COMPARATOR_FILLERS)}\s+)?"
    rf"|{WB}(?P<tu>{vx('từ')})\s+)$",
    _F,
)
_CMP_AFTER_KEYS = {_key(k): v for k, v in U.COMPARATORS_AFTER.items()}
_CMP_AFTER_RE = LazyPattern(rf"\s*(?P<after>{_alt(U.COMPARATORS_AFTER)}){WE}", _F)
_DIFFERENCE_KEYS = {_key(w) for w in U.DIFFERENCE_WORDS}
_SO_VOI_RE = LazyPattern(rf"\s*(?:,\s*)?(?:{vx('so với')}|{vx('so cùng kỳ')}){WE}[^,;.:()\n]{{0,60}}", _F)
_NEGATION_RE = Prescanned(rf"{WB}{_alt(U.NEGATIONS)}{WE}", U.NEGATIONS, _F)
# "từ 20% lên 25%": the first number is where it starts from.
_FROM_TO_RE = LazyPattern(rf"\s*(?:{vx('lên')}|{vx('xuống')}|{vx('còn')})\s+\d", _F)

# "số 12", "số: 01" name a thing; "tổng số 1.200 hộ" counts.
_NAME_BEFORE_RE = Lookback(
    rf"{WB}(?:{_alt(U.NAME_WORDS)}|{vx('số')}(?<!{vx('tổng')}\s+{vx('số')}))\s*(?:[.:\-]\s*)?$", _F)
# Goal, result and kind cues in one pattern; each match is sorted by its words.
_CUE_RE = LazyPattern(rf"{WB}{_alt(U.GOAL_CUES + U.RESULT_CUES + U.TARGET_KIND_CUES)}{WE}", _F)
# (each cue opens with one of these words: the places to try _CUE_RE, see _Doc.cue_matches)
_CUE_WORDS = prescan_words(U.GOAL_CUES + U.RESULT_CUES + U.TARGET_KIND_CUES)
# (and where _CUE_RE matches, the prescan view holds the whole cue, tone-folded: a stdlib
# look at it there turns away most first-word hits for a part of the engine's cost)
_CUE_ROUGH = re.compile(rough_phrases(U.GOAL_CUES + U.RESULT_CUES + U.TARGET_KIND_CUES))
_GOAL_KEYS = {_key(w) for w in U.GOAL_CUES}
_RESULT_KEYS = {_key(w) for w in U.RESULT_CUES}
_KIND_TARGET_KEYS = {_key(w) for w in U.TARGET_KIND_CUES}
_KIND_RESULT_KEYS = _RESULT_KEYS - {_key(w) for w in U.NEUTRAL_RESULT_CUES}
_VERB_BEFORE_RE = Lookback(
    rf"{WB}{_alt(U.QUANT_VERBS)}(?:\s+{_alt(U.QUANT_VERB_TAILS)})?(?:\s*[:,])?\s+"
    rf"(?:{_alt(U.COMPARATORS_BEFORE)}\s+(?:{_alt(U.COMPARATOR_FILLERS)}\s+)?)?$",
    _F,
)
_LIST_BEFORE_RE = Lookback(
    rf"(?:[,;:]|{WB}(?:{vx('gồm')}|{vx('bao gồm')}|{vx('trong đó')}|{vx('trong đó có')}|{vx('và')}|{vx('có')}))\s*$", _F)
_DAT_RE = Prescanned(rf"{WB}{vx('đạt')}{WE}", ["đạt"], _F)

_AFTER_STOP_RE = LazyPattern(rf"{WB}{_alt(U.AFTER_STOPS)}{WE}", _F)
_AFTER_STOP_WORDS = tuple(prescan_words(U.AFTER_STOPS))
_BEFORE_STOP_RE = Lookback(rf"{WB}{_alt(U.BEFORE_STOPS)}$", _F)
_TRIM_RE = Lookback(
    rf"{WB}(?:{_alt(U.BEFORE_TRIM)}|{_alt(U.COMPARATORS_BEFORE)}|{vx('từ')})\s*$", _F)
# Words never at either end of an indicator.
_EDGE_WORDS = {_key(w) for w in ["của", "các", "những", "và", "là", "cho", "thì", "với", "có", "được",
                                  "cả", "đạt"]}
_LEADING_PREPS = {_key(w) for w in U.LEADING_PREPOSITIONS}
_FIGURE_TOKEN_RE = LazyPattern(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
# (with the months it runs over: "lũy kế 10 tháng")
_QUALIFIER_RE = LazyPattern(
    rf"{_alt(U.FIGURE_QUALIFIERS)}(?:\s+\d{{1,2}}\s+{vx('tháng')}(?:\s+{vx('đầu năm')})?)?", _F)
_MEASURE_HEAD_RE = LazyPattern(rf"{_alt(U.MEASURE_HEADS)}{WE}", _F)
_PERCENT_BASE_RE = LazyPattern(rf"{_alt(U.PERCENT_BASES)}{WE}", _F)
_NEW_TAIL_RE = Lookback(rf"{WB}{_alt(U.NEW_TAILS)}\s+$", _F, needs=U.NEW_TAILS)

# (a number is one token however it is grouped: "62,15", "9.230,51")
_TOKEN_RE = LazyPattern(r"\d+(?:[.,]\d+)+(?![\w])|[^\W_]+(?:[&'./\-][^\W_]+)*|[()\[\],;:.!?\"“”|]")
_PUNCT = set("[],;:.!?\"“”|")

# Clause edges: . ; : ! ? before white space, and line breaks (the normalizer
# has joined wrapped lines, so a line break ends a paragraph or opens a list
# item).  Sentence edges: the same without ; and :.  Cues are read in the
# clause; a verb of reporting reads the whole sentence ("UBND tỉnh đã ban hành
# …; tổ chức 202 cuộc họp").  Table cells ("|") are clauses and sentences of
# their own.
_CLAUSE_MARKS = ".;:!?"  # (edges only before white space or at the end)
_CLAUSE_BREAKS = "|\n"
# (white space as the patterns' \s reads it: Python's isspace() less four control characters)
_NOT_REGEX_SPACE = "\x1c\x1d\x1e\x1f"


def _clause_edges(text: str, lo: int, hi: int) -> list[int]:
    """The ends of the clause edges in ``text[lo:hi]``, in order.

    (Substring searches for the few edge characters: a pattern scan of the
    whole text costs several times more.)
    """
    ends = []
    for ch in _CLAUSE_BREAKS:
        i = text.find(ch, lo, hi)
        while i >= 0:
            ends.append(i + 1)
            i = text.find(ch, i + 1, hi)
    for ch in _CLAUSE_MARKS:
        i = text.find(ch, lo, hi)
        while i >= 0:
            j = i + 1
            if j >= hi or (text[j].isspace() and text[j] not in _NOT_REGEX_SPACE):
                ends.append(j)
            i = text.find(ch, j, hi)
    ends.sort()
    return ends


_LIST_ITEM_RE = LazyPattern(r"[ \t]*(?:[-+•*–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)\s")
# A cell that holds nothing but a figure: "| 2,5% |", "| 1.250 |", "| 13 - 14 |".
_FIGURE_CELL_RE = LazyPattern(r"(?=\D*\d)[\s\d.,%/\-–~≥≤<>]+")

# "01/NQ-CP", "21-NQ/TU", "36a-NQ/CP", "108/2014/NĐ-CP", "02 /CT-UBND".
# (what may follow its first digits: a letter right after them, or a "/" or "-" after any white space;
# stdlib ``re``'s \s takes in all of ``regex``'s)
_DOCNUM_NEXT_ROUGH = re.compile(r"[a-zA-Z]|\s*[/\-]")
_DOCNUM_RE = LazyPattern(
    r"(?=\d)(?<![\w/])\d+[a-zA-Z]?(?:\s*/\s*\d{4})?\s*[/\-]\s*[A-ZĐ][\wĐđ&]*(?:[/\-][\wĐđ&.]+)*")


@dataclass
class _Found:
    start: int
    end: int
    num: NumberMatch
    comparator: str
    unit: Optional[str]
    unit_class: str
    indicator: Optional[str]
    year: Optional[int]
    kind: str
    scope: int
    # the quantity measured, without a base of comparison ("số thu ngân sách" of
    # "số thu ngân sách so với cùng kỳ"): what a later "…, bằng 115% cùng kỳ" shares
    measure: Optional[str] = None


class _Doc:
    """What every number is read against, computed once per document.

    All lists are sorted, so each question about a number ("is there a goal
    word earlier in its clause?") is a binary search: the extractor stays
    linear however long the clauses run.
    """

    def __init__(self, ctx: DocContext, lo: int, hi: int) -> None:
        text, folded = ctx.text, ctx.folded
        self.text, self.folded, self.lo, self.hi = text, folded, lo, hi
        self.view = prescan_text(folded)
        runs = document_digit_runs(ctx)  # (the folded text has its digits where the text has them)
        periods = sorted(list(find_periods(folded, pos=lo, endpos=hi, folded=folded,
                                           anchors=document_period_anchors(ctx)))
                         + list(find_year_spans(folded, pos=lo, endpos=hi, runs=runs)), key=lambda p: p.start)
        blocked = [(c.span[0], c.span[1]) for c in ctx.citations]
        blocked += list(find_date_spans(folded, pos=lo, endpos=hi, runs=runs))
        blocked += [(p.start, p.end) for p in periods]
        # (digits, then a letter, or a "/" or "-" after any white space)
        blocked += [m.span() for m in digits_finditer(_DOCNUM_RE, text, lo, hi, runs, not_after="/",
                                                      not_after_letter=True, rough=_DOCNUM_NEXT_ROUGH)]
        self.blocked = merged_spans(blocked)
        self.blocked_starts = [s for s, _ in self.blocked]
        self.years = [p for p in periods if p.year_given and p.last]
        self.year_starts = [p.start for p in self.years]
        self.clauses = _clause_edges(text, lo, hi)
        self.sentences = [e for e in self.clauses if text[e - 1] not in ";:"]
        self._cues: dict[int, tuple[list[int], list[int], list[int], list[int]]] = {}
        self._rows: dict[int, list[tuple[int, int]]] = {}  # line start -> its figure cells
        self._line_starts: Optional[list[int]] = None  # made on first use, then bisected
        self._leads: dict[int, Optional[tuple[bool, Optional[str], Optional[int]]]] = {}
        self.is_report = bool(ctx.meta) and _key(ctx.meta.doc_type or "") == _key("Báo cáo")

    def blocked_at(self, pos: int) -> Optional[tuple[int, int]]:
        i = bisect.bisect_right(self.blocked_starts, pos) - 1
        if i >= 0 and self.blocked[i][0] <= pos < self.blocked[i][1]:
            return self.blocked[i]
        return None

    def is_free(self, a: int, b: int) -> bool:
        """Does no blocked span overlap ``[a, b)``?  (Asked of every number.)"""
        i = bisect.bisect_right(self.blocked_starts, b - 1) - 1
        return i < 0 or self.blocked[i][1] <= a

    def scope(self, edges: list[int], pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(edges, pos)
        return (edges[i - 1] if i else self.lo), (edges[i] if i < len(edges) else self.hi)

    def cues(self, sentence: tuple[int, int]) -> tuple[list[int], list[int], list[int], list[int]]:
        """Ends of the goal, result, target-kind and result-kind cue words of one sentence.

        Read once per sentence that holds a number, not over the whole text:
        most sentences hold none.
        """
        got = self._cues.get(sentence[0])
        if got is None:
            goal: list[int] = []
            result: list[int] = []
            kind: list[int] = []
            kind_result: list[int] = []
            for m in self.cue_matches(*sentence):
                k = _key(m.group())
                if k in _GOAL_KEYS:
                    goal.append(m.end())
                if k in _RESULT_KEYS:
                    result.append(m.end())
                if k in _KIND_TARGET_KEYS:
                    kind.append(m.end())
                if k in _KIND_RESULT_KEYS:
                    kind_result.append(m.end())
            got = self._cues[sentence[0]] = (goal, result, kind, kind_result)
        return got

    def cue_matches(self, a: int, b: int) -> Iterator[regex.Match]:
        """The matches of :data:`_CUE_RE` in ``text[a:b]``, as its ``finditer`` gives them.

        Tried only where the folded text holds a cue's first word at the start
        of a word: a scan of the pattern over a sentence costs several times more.
        """
        src = self.text
        done = a
        for at in folded_hits(self.folded, _CUE_WORDS, a, b):
            # (a letter or digit before it: the pattern's word edge fails)
            if at < done or (at > 0 and (src[at - 1].isalpha() or src[at - 1].isdecimal())):
                continue
            if _CUE_ROUGH.match(self.view, at, b) is None:
                continue
            m = _CUE_RE.match(src, at, b)
            if m is not None:
                done = m.end()
                yield m

    def lead_in(self, sentence_start: int) -> Optional[tuple[bool, Optional[str], Optional[int]]]:
        """For a list item under a lead-in ("Phấn đấu đến hết năm 2025:\\n- 08 xã …"),
        what the lead-in says: (a goal/result word?, "target"/"result"/None, its year).
        """
        if sentence_start in self._leads:
            return self._leads[sentence_start]
        got = None
        E = self.sentences
        if _LIST_ITEM_RE.match(self.text, sentence_start, sentence_start + 16):
            j = bisect.bisect_left(E, sentence_start)
            steps = 0
            # back over the items above it
            while 0 < j < len(E) and E[j] == sentence_start and steps < 60:
                before = E[j - 1]
                if not _LIST_ITEM_RE.match(self.text, before, before + 16):
                    break
                sentence_start, j, steps = before, j - 1, steps + 1
            k = sentence_start - 1
            while k > self.lo and self.text[k].isspace():
                k -= 1
            if k > self.lo and self.text[k] == ":":
                a, _ = self.scope(self.clauses, k - 1)
                kinds = []
                cue, kinds = False, []
                for m in self.cue_matches(a, k):
                    key = _key(m.group())
                    cue = cue or key in _GOAL_KEYS or key in _RESULT_KEYS
                    if key in _KIND_RESULT_KEYS:
                        kinds.append("result")
                    elif key in _KIND_TARGET_KEYS:
                        kinds.append("target")
                year = _year_near(self, k, a, k + 1)
                got = (cue or bool(kinds), kinds[-1] if kinds else None, year)
        self._leads[sentence_start] = got
        return got

    @staticmethod
    def last_in(ends: list[int], a: int, b: int) -> int:
        """The last cue ending in ``(a, b]``, or -1."""
        i = bisect.bisect_right(ends, b) - 1
        return ends[i] if i >= 0 and ends[i] > a else -1


# ------------------------------------------------------------------ entry point


def find_targets(ctx: DocContext) -> list[Target]:
    # Numbers, dates and periods are found in the folded text; words are
    # matched in the printed text (same offsets), with their tones.
    text = ctx.text
    lo = max(0, ctx.body_start)
    hi = ctx.body_end if ctx.body_end >= 0 else len(text)
    doc = _Doc(ctx, lo, hi)

    found: list[_Found] = []
    # (numbers on the printed text: folded, "một" and "mốt" are one word)
    # (numbers in dates, periods, citations and document numbers are not made at all)
    for num in find_numbers(text, lo, hi, numerals=True, folded=ctx.folded, runs=document_digit_runs(ctx),
                            keep=doc.is_free):
        f = _read(doc, num, found)
        if f is not None:
            found.append(f)

    out = []
    for f in found:
        ind = f.indicator or ""
        n = f.num
        out.append(Target(
            text=text[f.start:f.end],
            indicator=ind,
            comparator=f.comparator,  # type: ignore[arg-type]
            value=n.value,
            low=n.low,
            high=n.high,
            base=n.base,
            unit=f.unit,
            year=f.year,
            kind=f.kind,  # type: ignore[arg-type]
            span=(f.start, f.end),
            node_id=ctx.node_id_at(f.start),
        ))
    return out


# ------------------------------------------------------------------ one number


# Punctuation right after a number leaves no room for a unit (none opens with
# one, and a unit word needs white space before it): "Điều 5.", "1,", "(3)".
_NO_UNIT_AFTER = frozenset(".,;:)”") - {w[:1] for w in [*_UNITS, *U.PERCENT_UNITS]}


def _read(doc: _Doc, num: NumberMatch, found: list[_Found]) -> Optional[_Found]:
    src = doc.text
    if num.end < len(src) and src[num.end] in _NO_UNIT_AFTER:
        return None  # (the test below would say the same, at more cost)
    scope_start, scope_end = doc.scope(doc.clauses, num.start)
    sentence = doc.scope(doc.sentences, num.start)
    sentence_start = sentence[0]
    # Words before the number are read in short windows: the longest phrase
    # looked for ("không thấp hơn mức", "giải quyết việc làm cho") is shorter.
    win = max(scope_start, num.start - 48)

    # Without a unit after it a number is no quantity: the cheapest test, and
    # the one most numbers fail, comes first.
    # (windows on every match: the engine would otherwise scan ahead for a literal)
    um, cls, unit, counted_at = _scaled_unit(src, num.end, scope_end)
    if um is None:
        um = _UNIT_RE.match(src, num.end, min(scope_end, num.end + 60))
    if um is None:
        return None
    # A row of a table of figures (one indicator, several years) is a series,
    # not a target (GOLD.md): a figure alone in its cell, next to another.
    if _in_figure_row(doc, num.start):
        return None
    # Part of a name or an ordinal: "Chương trình 135", "kỳ họp thứ 20" (never a
    # Vietnamese decimal or grouped figure: "lũy kế 10 tháng 3.798,254 tỷ đồng").
    if _NAME_BEFORE_RE.found(src, max(win, num.start - 24), num.start, doc.folded) \
            and not (num.form == "single" and not num.english and _FIGURE_TOKEN_RE.fullmatch(src, num.start, num.end)):
        return None
    # "từ 20% lên 25%": the target is where it goes, not where it starts.
    if num.form == "single" and _FROM_TO_RE.match(src, _unit_end(src, num.end), num.end + 16):
        return None

    pair_end = 0
    if counted_at is not None:
        # "41,2 triệu cây xanh": unit "triệu cây"; "1,2 triệu tấn": unit "triệu tấn"
        counted_at = None if counted_at < 0 else counted_at
    elif um.group("pct"):
        cls, unit = "percent", "%" + _per_tail(src, um)
    elif um.group("unit"):
        cls = _UNIT_CLASS[_key(um.group("unit"))]
        if cls == "count":
            # "1.200 cán bộ, công chức", "346 thông báo, báo cáo": one count of a pair of kinds
            pm = _PAIRED_UNIT_RE.match(src, um.end(), min(scope_end, um.end() + 40))
            if pm is not None and _UNIT_CLASS[_key(pm.group("unit"))] == "count":
                pair_end = pm.end()
            chain = _unit_chain(src, um.start("unit"), scope_end)
            if chain is not None and chain > pair_end:
                pair_end = chain  # "1.200 cán bộ, công chức, viên chức"
        unit = " ".join(src[um.start("unit"):pair_end or um.end()].split()).replace(" / ", "/")
    else:
        word = _key(um.group("word"))
        if word in _FUNCTION_WORDS or src[um.start("word")].isupper():
            return None
        cls, unit = "unknown", src[um.start("word"):um.end("word")]
    if cls == "none":
        # "tăng gấp 2 lần so với năm 2020": a multiple is a quantity
        if _key(unit) == "lần" and _TIMES_BEFORE_RE.found(src, max(win, num.start - 16), num.start, doc.folded):
            cls = "times"
        elif um.group("unit") and _key(um.group("unit")) in _TIME_UNITS and not num.form == "range":
            # "tối thiểu 10 ngày", "tối thiểu 4 lần/ngày": a span or a frequency under a firm bound
            tm = _CMP_BEFORE_RE.search(src, max(win, num.start - 32), num.start, doc.folded)
            # (only a floor: "không quá 30 ngày" is a legal limit on a duration, a due time)
            if tm is None or not tm.group("cmp") or _CMP_KEYS[_key(tm.group("cmp"))] != ">=" \
                    or _DUE_BEFORE_RE.found(src, max(scope_start, tm.start() - 24), tm.start(), doc.folded):
                return None
            cls = "time"
        else:
            return None
    if _after_web_address(src, num.start):
        return None  # "…/van-ban.html?print=1 5/16": the page count of a web print
    if num.english and cls != "percent":
        return None  # "vành đai 3.5", "công nghệ 4.0"
    if cls == "unknown" and num.value is not None and 1900 <= num.value <= 2100 and num.value.is_integer():
        return None  # a year standing alone
    unit_end = pair_end or um.end()

    # ------------------------------------------------ comparator
    comparator = "range" if num.form == "range" else "="
    cmp_start = num.start
    cm = _CMP_BEFORE_RE.search(src, max(win, num.start - 32), num.start, doc.folded)
    am = _CMP_AFTER_RE.match(src, unit_end, min(scope_end, unit_end + 16))
    after_end = am.end() if am else unit_end
    if num.form != "range":
        if cm and cm.group("cmp") and not (num.form == "ratio" and _CMP_KEYS[_key(cm.group("cmp"))] in (">", "<")):
            # (a ratio counts a set: in "đạt và vượt 19/20 chỉ tiêu", "vượt" is the verb)
            comparator = _CMP_KEYS[_key(cm.group("cmp"))]
            cmp_start = cm.start()
        if am:
            comparator = _CMP_AFTER_KEYS[_key(am.group("after"))]
            if cm:
                cmp_start = cm.start()
    so_voi = _SO_VOI_RE.match(src, after_end, min(scope_end, after_end + 90))
    if so_voi and cm and cm.group("cmp") and _key(cm.group("cmp")) in _DIFFERENCE_KEYS:
        comparator = "="  # "cao hơn 25% so với năm 2008": an increase of 25%
    if comparator in ("<", ">", "<=") and _NEGATION_RE.search(src, doc.folded, scope_start, cmp_start):
        # "không còn xã đạt dưới 14 tiêu chí" = every xã reaches 14 or more
        comparator = {"<": ">=", ">": "<=", "<=": ">"}[comparator]

    if num.value == 1 and cm and cm.group("cmp") and _key(cm.group("cmp")) == "trên" and cls == "measure":
        return None  # "giá trị sản xuất trên 1 ha": per hectare, not more than one
    # "dự báo lượng mưa cao hơn … 10 - 20%": a forecast, unless a goal follows the word
    fa = max(sentence_start, cmp_start - 160)
    fm = None
    for fm in _FORECAST_RE.finditer(src, doc.folded, fa, cmp_start):
        pass
    # (not a frequency or span under a floor: "phát bản tin cảnh báo thiên tai tối
    # thiểu 4 lần/ngày" is a duty; forecasts are not floors)
    if fm is not None and cls != "time" and not _PLAN_RE.search(src, doc.folded, fm.end(), cmp_start):
        return None
    if comparator in ("<", ">", "<=", ">="):
        crit = _CRITERION_BEFORE_RE.search(src, max(scope_start, cmp_start - 90), cmp_start, doc.folded)
        if crit is not None and not _GOAL_ONLY_RE.search(src, doc.folded, crit.start(), cmp_start):
            return None  # "các xã có tỷ lệ hộ nghèo dưới 40%": which ones, not a goal

    # ------------------------------------------------ is it a goal or a result?
    goal_ends, result_ends, kind_ends, kind_result_ends = doc.cues(sentence)
    cue = (doc.last_in(goal_ends, scope_start, cmp_start) >= 0
           or doc.last_in(result_ends, scope_start, cmp_start) >= 0)
    sentence_cue = cue or (doc.last_in(goal_ends, sentence_start, cmp_start) >= 0
                           or doc.last_in(result_ends, sentence_start, cmp_start) >= 0)
    verb = _VERB_BEFORE_RE.found(src, win, num.start, doc.folded)
    # "Nạo vét 146 công trình thủy lợi", "cấp 3.215 giấy chứng nhận": a verb of action on the count
    action = _ACTION_BEFORE_RE.search(src, win, num.start, doc.folded) if verb else None
    if action is not None and action.start() < scope_start:
        action = None
    # "kiểm tra được 673.421 hồ sơ", "trồng được 41,2 triệu cây": what was achieved
    done = _DONE_BEFORE_RE.found(src, win, num.start, doc.folded)
    if done:
        cue = sentence_cue = True
    # "thành lập mới 800 doanh nghiệp", "có thêm 15 xã": a goal by itself
    new = _NEW_TAIL_RE.found(src, max(win, num.start - 12), num.start, doc.folded)
    prev = found[-1] if found and found[-1].scope == scope_start else None
    # an earlier quantity of the same sentence makes it a sentence of figures
    in_figures = bool(found) and found[-1].start >= sentence_start
    # "đã tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 1.198 hồ sơ": the same thing counted again
    sibling = prev is not None and prev.unit == unit and cls != "unknown"
    sentence_cue = sentence_cue or in_figures
    year = _year_near(doc, num.start, scope_start, scope_end)
    # an item of a list under "Phấn đấu đến hết năm 2025:" reads its lead-in
    lead = doc.lead_in(sentence_start)
    if lead is not None:
        sentence_cue = sentence_cue or lead[0]
        year = year if year is not None else lead[2]
    listed = prev is not None and _LIST_BEFORE_RE.found(src, max(prev.end, cmp_start - 24), cmp_start)
    # "… trong đó: 10 triệu cây xanh trồng phân tán;\n31,2 triệu cây xanh trồng rừng
    # tập trung": the same unit right after the last quantity's clause continues its list
    last = found[-1] if found else None
    if last is not None and last.unit == unit and 0 <= cmp_start - last.end <= 16 \
            and _LIST_GAP_RE.fullmatch(src, last.end, cmp_start):
        listed = sentence_cue = True
    after_span = _after_phrase(doc, after_end, scope_end)
    counts_reached = after_span is not None \
        and _DAT_RE.search(src, doc.folded, after_span[0], after_span[1]) is not None
    strong = comparator in U.STRONG_COMPARATORS or (comparator == ">=" and am is not None)
    shaped = num.form in ("ratio", "range")

    if cls == "measure" and not verb:
        verb = _VERB_NEAR_RE.found(src, win, num.start, doc.folded)
    if cls in ("money", "measure", "count") and not sentence_cue:
        # "Tổng số thuế tăng thu là 9.230,51 tỷ đồng bằng 115,37% cùng kỳ": a
        # percentage later in the sentence makes it a sentence of figures too
        sentence_cue = _LATER_PERCENT_RE.search(src, after_end, min(sentence[1], after_end + 120)) is not None
    if num.value == 1 and num.form == "single" and comparator == "=" and not (verb or new or cls == "percent"):
        return None  # "nhưng 1 người nộp thuế thấy …": "1" as an article, not a count
    # in a report, a count after a verb of action is a result by itself
    context = sentence_cue or year is not None or (doc.is_report and action is not None and cls == "count")
    if not _accept(cls, num, comparator, strong, shaped, cue, context, verb, new,
                   listed or sibling, counts_reached):
        return None

    # ------------------------------------------------ inherit a shared comparator
    if comparator == "=" and prev is not None and prev.comparator not in ("=", "range") \
            and prev.unit_class == cls and _JOIN_RE.fullmatch(src, prev.end, cmp_start):
        comparator = prev.comparator  # "giảm ít nhất 30% thời gian …, 30% chi phí …"

    # ------------------------------------------------ indicator and text
    start, end = cmp_start, after_end
    indicator: Optional[str] = None
    measure: Optional[str] = None
    named = None
    if cls in ("count", "weak", "unknown", "measure") \
            and _RATIO_VERB_BEFORE_RE.found(src, max(scope_start, cmp_start - 24), cmp_start, doc.folded):
        # "Số người tham gia bảo hiểm y tế đạt 1,15 triệu người": the subject names what is counted
        subject = _subject(doc, cmp_start, scope_start, sentence_start, prev)
        if subject is not None and subject[0] is not None and _MEASURE_HEAD_RE.match(src, subject[0], subject[1]):
            named = subject
    if named is not None:
        indicator = _words(src, named[0], named[1])
        if named[2]:
            start = named[0]
        if after_span:
            end = max(end, after_span[1])
    elif cls in ("count", "weak", "unknown") or counted_at is not None:
        # what is counted is the indicator: "xã đạt chuẩn nông thôn mới", "cây xanh"
        a = counted_at if counted_at is not None else um.start("unit") if um.group("unit") else um.start("word")
        b = after_span[1] if after_span else unit_end
        indicator = _words(src, a, b)
        end = max(end, b)
        if action is not None:
            start = min(start, action.start("v"))  # "Cấp 3.215 giấy chứng nhận …": the verb names the measure
        # and what was done to it, for a share of it read later: "doanh nghiệp
        # được thanh tra, kiểm tra" (… đạt 62,15% kế hoạch)
        measure = _with_verb(src, indicator, win, cmp_start)
    elif cls == "percent":
        indicator, measure, start, end = _percent_indicator(
            doc, num, cmp_start, scope_start, sentence_start, after_span, so_voi, prev, start, end)
        if action is not None and after_span is not None and start == cmp_start \
                and indicator == _words(src, *after_span):
            start = action.start("v")  # "Số hóa 100% hồ sơ đảng viên": the verb names the measure
    else:
        subject = _subject(doc, cmp_start, scope_start, sentence_start, prev)
        if subject is not None and subject[0] is not None:
            indicator = _words(src, subject[0], subject[1])  # "tăng trưởng tín dụng 13 - 14%"
            if after_span and _VERB_ONLY_RE.fullmatch(src, subject[0], subject[1]):
                # "trồng mới 2.000 ha rừng tập trung": the verb and what it acts on
                indicator += " " + _words(src, *after_span)
            elif cls == "measure" and um.group("unit") and _key(um.group("unit")) not in _PHYSICAL \
                    and (_VERB_ONLY_RE.fullmatch(src, subject[0], subject[1])
                         or (action is not None and action.start() > subject[0])):
                # ("Bão số 3 làm 12 người chết": "người chết", not the subject)
                # "đón 1.200 lượt khách": what is counted, not the verb alone
                indicator = _words(src, um.start("unit"), after_span[1] if after_span else um.end())
            if subject[2]:  # contiguous with the number: take it into the text
                start = subject[0]
        elif subject is not None and cls == "measure" and um.group("unit") \
                and _key(um.group("unit")) not in _PHYSICAL:
            # "10 bác sĩ/vạn dân và 32 giường bệnh/vạn dân": a thing counted is its own measure
            indicator = _words(src, um.start("unit"), after_span[1] if after_span else um.end())
        elif subject is not None:
            indicator = subject[1]  # the measure of the quantity before: "…, tăng 10% so với dự toán"
        elif after_span:
            indicator = _words(src, *after_span)
        if after_span:
            end = max(end, after_span[1])
    if indicator is None and prev is not None:
        indicator = prev.measure  # "hoàn thành được 16 đầu việc, đạt 30,7%": the share of those
    if not indicator and cls == "measure" and um.group("unit") and _key(um.group("unit")) not in _PHYSICAL:
        indicator = _words(src, um.start("unit"), um.end("unit"))  # "30 giường bệnh/vạn dân"
    if measure is None:
        measure = indicator
    if so_voi:
        end = max(end, so_voi.end())
    while end > start and src[end - 1] in " \t\n,;":
        end -= 1

    kind = _kind(doc, kind_ends, kind_result_ends, scope_start, sentence_start, cmp_start,
                 found[-1] if found else None, lead[1] if lead else None, done)
    return _Found(start, end, num, comparator, unit, cls, indicator, year, kind, scope_start, measure)


def _in_figure_row(doc: _Doc, at: int) -> bool:
    """Is ``at`` in a cell holding only a figure, in a "|" row with another such cell?"""
    src = doc.text
    if doc._line_starts is None:  # one pass, so that a 5 MB line is not searched back once per number
        # (the lengths of the lines, summed: all of it in C)
        doc._line_starts = list(accumulate(map((1).__add__, map(len, src.split("\n"))), initial=0))[:-1]
    a = doc._line_starts[bisect.bisect_right(doc._line_starts, at) - 1]
    row = doc._rows.get(a)
    if row is None:
        b = src.find("\n", at)
        b = len(src) if b < 0 else b
        figure_cells: list[tuple[int, int]] = []
        if src.count("|", a, b) >= 2:
            start = a
            for cell in src[a:b].split("|"):
                end = start + len(cell)
                if cell.strip() and _FIGURE_CELL_RE.fullmatch(cell):
                    figure_cells.append((start, end))
                start = end + 1
        row = doc._rows[a] = figure_cells if len(figure_cells) >= 2 else []
    i = bisect.bisect_right(row, (at, len(src))) - 1
    return i >= 0 and row[i][0] <= at < row[i][1]


_JOIN_RE = LazyPattern(rf"\s*(?:,|{vx('và')})\s*", _F)
_LIST_GAP_RE = LazyPattern(r"[\s;,]*(?:(?:[-+•–*]|[a-zđ]\)|\d{1,2}[.)])[ \t]+)?")

# ------------------------------------------------------------------ units after a scale word

_ACTION_VERBS = [v for v in U.QUANT_VERBS if v not in U.NOT_ACTION_VERBS]
_SCALE_RE = LazyPattern(rf"\s*(?P<scale>{_alt(U.SCALE_WORDS)})(?=\s)", _F)
_SCALE_FIRST_LETTERS = {c for w in U.SCALE_WORDS for c in (w[0], w[0].upper())}
_PHYSICAL = {_key(w) for w in U.PHYSICAL_MEASURES}


def _scaled_unit(src: str, at: int, limit: int):
    """"41,2 triệu cây xanh" -> (match of "cây", class, "triệu cây", start of "cây xanh").

    The last item is -1 for a physical measure ("1,2 triệu tấn"): its
    indicator is read before the number.

    A scale word followed by a counted thing makes one unit: "triệu cây",
    "nghìn lượt khách", "triệu liều".  Money ("triệu đồng", "tỷ USD") and
    physical measures ("triệu tấn") keep the plain reading, where the measure
    is named before the number.  Returns (None, None, None, None) otherwise.
    """
    none = (None, None, None, None)
    end = min(limit, at + 20)
    j = at
    while j < end and src[j].isspace():
        j += 1
    if j >= end or src[j] not in _SCALE_FIRST_LETTERS:
        return none  # (most numbers: no scale word to ask the engine about)
    sm = _SCALE_RE.match(src, at, end)
    if sm is None:
        return none
    nm = _UNIT_RE.match(src, sm.end(), min(limit, sm.end() + 60))
    if nm is None or nm.group("pct"):
        return none
    if nm.group("unit"):
        cls = _UNIT_CLASS[_key(nm.group("unit"))]
        if cls not in ("count", "weak", "measure"):
            return none
        noun_start = nm.start("unit")
        unit = _key(src[sm.start("scale"):sm.end()]) + " " + " ".join(src[noun_start:nm.end()].split())
        unit = unit.replace(" / ", "/")
        if _key(nm.group("unit")) in _PHYSICAL:
            return nm, cls, unit, -1  # "1,2 triệu tấn": measured thing named before
        return nm, cls, unit, noun_start
    word = nm.group("word")
    if _key(word) in _FUNCTION_WORDS or word[0].isupper():
        return none
    # an unlisted noun: most are two syllables ("nghìn thuê bao", "triệu gia súc")
    w2 = _NEXT_WORD_RE.match(src, nm.end(), min(limit, nm.end() + 20))
    end = nm.end()
    if w2 is not None and _key(w2.group(1)) not in _FUNCTION_WORDS and w2.group(1).islower() \
            and not _AFTER_STOP_RE.match(src, w2.start(1), min(limit, w2.start(1) + 30)):
        end = w2.end()
    unit = _key(src[sm.start("scale"):sm.end()]) + " " + " ".join(src[nm.start("word"):end].split())
    return _NOUN_RE.match(src, nm.start("word"), end), "measure", unit, nm.start("word")


# An unlisted noun of one or two words, read like a unit match (no "pct", no "unit").
_NOUN_RE = LazyPattern(r"(?P<pct>(?!))?(?P<unit>(?!))?(?P<word>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")
_NEXT_WORD_RE = LazyPattern(r"[ \t]+([^\W\d_]+)(?![\w])")


_DONE_BEFORE_RE = Lookback(rf"{WB}{_alt(_ACTION_VERBS)}\s+{vx('được')}\s+$", _F, needs=["được"])
_TIMES_BEFORE_RE = Lookback(rf"{WB}{vx('gấp')}\s+$", _F, needs=["gấp"])
# The page count a web print puts after its address ("…html?print=1 5/16"): no quantity.
_WEB_ADDRESS_RE = LazyPattern(r"https?:|www\.|\.com|\.vn|\.net|\.org|\.htm|\.asp|\.php|[?&]\w+=", _F)


def _after_web_address(src: str, at: int) -> bool:
    """Does a web address (the header of a printed web page) stand right before ``at``?"""
    j = at
    while j > 0 and src[j - 1] in " \t":
        j -= 1
    i = j
    while i > max(0, j - 200) and not src[i - 1].isspace():
        i -= 1
    return j - i >= 8 and _WEB_ADDRESS_RE.search(src, i, j) is not None
_LATER_PERCENT_RE = LazyPattern(r"(?<![\w.,])\d+(?:[.,]\d+)*[ \t]?%")

# ------------------------------------------------------------------ what a percentage measures

# Verbs that set a quantity against a base: "X đạt 62,15% kế hoạch", "X bằng
# 107,73% cùng kỳ", "X chiếm 30% tổng vốn".  With a subject before them, the
# noun phrase after the percentage is the base, not what is measured.
_RATIO_VERBS = ['đạt', 'đạt được', 'ước đạt', 'bằng', 'chiếm', 'tương đương', 'tương đương với']
_RATIO_VERB_BEFORE_RE = Lookback(
    rf"{WB}(?P<v>{_alt(_RATIO_VERBS)})"
    rf"(?:\s+{_alt(['khoảng', 'gần', 'xấp xỉ', 'trên', 'dưới', 'hơn'])})?\s+$", _F, needs=_RATIO_VERBS)
_COORD_BEFORE_RE = Lookback(rf"(?:,|{WB}{vx('và')}|{WB}{vx('và')}\s+{vx('đã')}|{WB}{vx('đồng thời')})\s*$", _F)
_ACTION_BEFORE_RE = Lookback(
    rf"{WB}(?P<v>{_alt(_ACTION_VERBS)})(?:\s+(?P<tail>{_alt(U.QUANT_VERB_TAILS)}))?(?:\s*[:,])?\s+"
    rf"(?:{_alt(U.COMPARATORS_BEFORE)}\s+(?:{_alt(U.COMPARATOR_FILLERS)}\s+)?)?$", _F)
_ACTION_JOIN_BEFORE_RE = Lookback(rf"{WB}{_alt(_ACTION_VERBS)}\s*(?:,|\s{vx('và')})\s*$", _F)


def _with_verb(src: str, noun: str, win: int, at: int) -> str:
    """The counted thing with what was done to it: "doanh nghiệp được thanh tra, kiểm tra".

    From "toàn ngành đã thanh tra, kiểm tra được 55.713 doanh nghiệp"; the
    noun alone when no verb of action stands right before the number.
    """
    vm = _ACTION_BEFORE_RE.search(src, win, at)
    if vm is None:
        return noun
    a = vm.start()
    for _ in range(3):  # "thanh tra, kiểm tra", "rà soát, sửa đổi và bãi bỏ"
        jm = _ACTION_JOIN_BEFORE_RE.search(src, max(0, a - 30), a)
        if jm is None:
            break
        a = jm.start()
    verbs = _words(src, a, vm.end("v"))
    if len(verbs) > 1 and verbs[0].isupper() and verbs[1].islower():
        verbs = verbs[0].lower() + verbs[1:]  # "Kiểm tra được 673.421 hồ sơ" opens its sentence
    tail = vm.group("tail")
    if tail and _key(tail) != _key("được"):
        verbs += " " + tail
    return f"{noun} được {verbs}"


def _percent_indicator(doc: "_Doc", num: NumberMatch, cmp_start: int, scope_start: int, sentence_start: int,
                       after_span, so_voi, prev: Optional["_Found"], start: int, end: int):
    """(indicator, measure, start, end) of a percentage.

    "20% xã đạt chuẩn nông thôn mới": the phrase after is what is measured.
    "số thuế … là 9.230,51 tỷ đồng bằng 115,37% cùng kỳ năm 2015", "55.713
    doanh nghiệp, đạt 62,15% kế hoạch năm 2016": the phrase after is a base,
    the measure is the subject before the verb (or the quantity just before,
    whose subject it shares), and the indicator says both: "số thuế … so với
    cùng kỳ năm 2015".  "… là 4.818,1 tỷ đồng đạt 52,2% số thuế tăng thu": a
    share, "… trên số thuế tăng thu".
    """
    src = doc.text
    is_base = after_span is not None and _PERCENT_BASE_RE.match(src, after_span[0], after_span[1]) is not None
    rv = _RATIO_VERB_BEFORE_RE.search(src, max(scope_start, cmp_start - 24), cmp_start, doc.folded)
    subject = _subject(doc, cmp_start, scope_start, sentence_start, prev)
    if after_span is not None and not is_base and not (rv and subject):
        ind = _words(src, *after_span)  # "20% xã đạt chuẩn nông thôn mới nâng cao"
        return ind, ind, start, max(end, after_span[1])
    measure = None
    if subject is not None:
        if subject[0] is None:
            measure = subject[1]
        else:
            measure = _words(src, subject[0], subject[1])
            if subject[2]:
                start = subject[0]
    base = None
    if after_span is not None:
        b_end = _base_end(doc, after_span[1])
        base = _SO_PREFIX_RE.sub("", _words(src, after_span[0], b_end))  # "(đạt 101,1%) so dự toán"
        end = max(end, b_end)
        joint = " so với " if is_base or (rv and _key(rv.group("v")) == "bằng") else " trên "
    elif so_voi is not None and rv is not None:
        base = _words(src, so_voi.start(), so_voi.end()).lstrip(", ")
        joint = " "
    if measure and base and (rv is not None or is_base):
        return measure + joint + base, measure, start, end
    return measure or base, measure, start, end


_BASE_TAIL_RE = LazyPattern(r"\s+")
_SO_PREFIX_RE = LazyPattern(rf"^{vx('so')}(?:\s+{vx('với')})?\s+", _F)


def _base_end(doc: "_Doc", at: int) -> int:
    """The end of a base phrase, with the period that names it: "kế hoạch | năm 2016"."""
    m = _BASE_TAIL_RE.match(doc.text, at, min(doc.hi, at + 4))
    nxt = m.end() if m else at
    b = doc.blocked_at(nxt)
    if b is not None and b[0] == nxt and b[1] - nxt <= 40:
        return b[1]
    return at


def _subject(doc: "_Doc", cmp_start: int, scope_start: int, sentence_start: int, prev: Optional["_Found"]):
    """What the quantity at ``cmp_start`` measures, read leftwards.

    (start, end, contiguous) of a phrase ("tăng trưởng tín dụng 13 - 14%"),
    or (None, measure) when it shares the subject of the quantity before it
    ("… đạt 12.500 tỷ đồng, tăng 10% so với dự toán", "… đạt 52,2% số thuế
    tăng thu và bằng 87,03% so với cùng kỳ"), or None.
    """
    src = doc.text
    floor = scope_start
    shared = prev is not None and bool(prev.measure) and prev.start >= sentence_start and prev.end <= cmp_start
    if shared and prev.end > floor:  # type: ignore[union-attr]
        floor = prev.end  # type: ignore[union-attr]  # the words of the quantity before are its own
    t = _trim_right(doc, cmp_start, floor)
    if shared and (t <= floor or _COORD_BEFORE_RE.found(src, max(floor, t - 12), t)):
        return None, prev.measure  # type: ignore[union-attr]
    before = _before_phrase(doc, cmp_start, floor)
    if before is not None and not before[2] and shared and prev.end >= before[1]:  # type: ignore[union-attr]
        return None, prev.measure  # type: ignore[union-attr]  # "… lên 95/112 xã (đạt 84,8%)"
    if before is not None and shared and _QUALIFIER_RE.fullmatch(src, before[0], before[1]):
        # "…, lũy kế ước 29.520 tỷ đồng": the measure before, accumulated
        return None, f"{prev.measure} {_words(src, before[0], before[1])}"  # type: ignore[union-attr]
    if before is not None:
        return before
    if shared:
        return None, prev.measure  # type: ignore[union-attr]
    return None



_VERB_START_RE = LazyPattern(rf"{_alt(U.QUANT_VERBS + ['thực hiện'])}{WE}", _F)
_VERB_END_RE = Lookback(rf"{WB}{_alt(U.QUANT_VERBS + ['thực hiện'])}$", _F)
_VERB_ONLY_RE = LazyPattern(rf"{_alt(U.QUANT_VERBS + ['thực hiện'])}(?:\s+{_alt(U.QUANT_VERB_TAILS)})?", _F)
_DIGIT_BEFORE_RE = LazyPattern(r"\d")
# A verb of goals and reports a few words before a measure: "đào tạo nghề cho 25.000 người".
_VERB_NEAR_RE = Lookback(rf"{WB}{_alt(U.QUANT_VERBS)}(?:\s+[^\W\d_]+){{0,3}}\s+$", _F)


def _words(src: str, a: int, b: int) -> str:
    return " ".join(src[a:b].split())


def _per_tail(text: str, um) -> str:
    tail = text[um.end("pct"):um.end()]
    return "".join(tail.split())


_PCT_RE = LazyPattern(r"\s*%")


def _unit_end(src: str, at: int) -> int:
    m = _PCT_RE.match(src[at:at + 4])
    return at + m.end() if m else at


def _accept(cls: str, num: NumberMatch, comparator: str, strong: bool, shaped: bool, cue: bool,
            context: bool, verb: bool, new: bool, listed: bool, counts_reached: bool) -> bool:
    """Is this quantity a goal or a result?  (The rules of the module docstring.)

    ``cue``: a goal/result word earlier in the clause; ``context``: the same
    in the sentence, or other figures in it, or a year in the clause;
    ``listed``: in a list of counts, or the same unit counted just before.
    """
    if cls in ("percent", "times"):
        return True
    if cls == "time":
        return comparator == ">="
    if num.numeral:
        # spoken numerals only under a firm cue: "ít nhất một đề án"
        return cls in ("count", "measure", "money") and (strong or (cue and verb))
    if cls == "weak":
        return strong
    if cls == "unknown":
        return cue and (shaped or strong)
    if shaped or strong or new:
        return True
    if cls == "money":
        return context or comparator in (">", "<")
    if cls == "measure":
        return context or verb or comparator in (">", "<")
    # a bare count
    if counts_reached:
        return True  # "20 xã đăng ký đạt chuẩn"
    if comparator in (">", "<"):
        return cue  # not "các xã dưới 9 tiêu chí" in a sentence of tasks
    return (context and listed) or (context and verb)


# ------------------------------------------------------------------ phrases


def _after_phrase(doc: _Doc, start: int, limit: int) -> Optional[tuple[int, int]]:
    """The noun phrase right after the quantity, up to the next clause: "xã đạt chuẩn nông thôn mới"."""
    src = doc.text
    words: list[tuple[int, int]] = []
    crossed = False
    chain = _unit_chain(src, start, limit, doc.view)
    if chain is not None:
        # "100% cán bộ, công chức, viên chức được bồi dưỡng": the list is one head
        m = _CHAIN_HEAD_RE.match(src, start, chain)
        words.append((m.start("unit"), chain))  # type: ignore[union-attr]
        start, crossed = chain, True
    toks = _Tokens(src, start, min(limit, start + 160))
    for i, t in enumerate(toks):
        tok = t.group()
        if tok == "," and words and not crossed and _short_pair_after(doc, toks, i + 1, limit) \
                and not _verb_after_noun(src, toks, i):
            # "số thuế tăng thu qua thanh tra, kiểm tra": a comma inside a pair
            crossed = True
            continue
        if tok in _PUNCT or tok in "()" or _has_digit(tok):
            break
        if doc.blocked_at(t.start()) or _after_stop(doc, t.start(), limit):
            break
        words.append((t.start(), t.end()))
        if len(words) >= 14:
            break
    while words and _key(src[words[-1][0]:words[-1][1]]) in _EDGE_WORDS:
        words.pop()
    return (words[0][0], words[-1][1]) if words else None


class _Tokens:
    """The matches of :data:`_TOKEN_RE` in ``src[start:end]``, read only as far as they are asked for.

    (A phrase after a quantity mostly ends within a few words of the 160
    characters read for it: reading them all cost more than the rest of it.)
    """

    def __init__(self, src: str, start: int, end: int) -> None:
        self._unread = _TOKEN_RE.finditer(src, start, end)
        self._read: list[regex.Match] = []

    def get(self, i: int) -> Optional[regex.Match]:
        """Token ``i`` (from 0), or None past the last."""
        read = self._read
        while len(read) <= i:
            t = next(self._unread, None)
            if t is None:
                return None
            read.append(t)
        return read[i]

    def __iter__(self) -> Iterator[regex.Match]:
        i = 0
        while (t := self.get(i)) is not None:
            yield t
            i += 1


def _after_stop(doc: _Doc, at: int, limit: int):
    """:data:`_AFTER_STOP_RE` matched at ``at``, asked only where the folded text opens with one of its words."""
    if not doc.view.startswith(_AFTER_STOP_WORDS, at):
        return None
    return _AFTER_STOP_RE.match(doc.text, at, min(limit, at + 30))


def _has_digit(tok: str) -> bool:
    return not tok.isalpha() and any(c.isdigit() for c in tok)  # (letters are never digits)


def _verb_after_noun(src: str, toks: _Tokens, i: int) -> bool:
    """Does a verb follow the comma at token ``i`` after a word that is not one?

    "hồ sơ đảng viên, kết nối với …" opens the next clause; "thanh tra, kiểm tra"
    is a pair of verbs.
    """
    after = toks.get(i + 1)
    if after is None or i < 1:
        return False
    if not _VERB_START_RE.match(src, after.start(), min(len(src), after.start() + 30)):
        return False
    before = toks.get(i - 1)
    return not _VERB_END_RE.found(src, max(0, before.end() - 24), before.end())


def _plain_word(doc: _Doc, t) -> bool:
    tok = t.group()
    return tok not in _PUNCT and tok not in "()" and not _has_digit(tok) \
        and not doc.blocked_at(t.start())


def _short_pair_after(doc: _Doc, toks: _Tokens, i: int, limit: int) -> bool:
    """Do one or two plain words follow from token ``i`` on, and then the phrase's end (punctuation or a stop word)?"""
    n = 0
    while n <= 2 and (t := toks.get(i)) is not None:
        if not _plain_word(doc, t) or _after_stop(doc, t.start(), limit):
            break
        n, i = n + 1, i + 1
    if not 1 <= n <= 2:
        return False
    t = toks.get(i)
    if t is None:
        return True
    # the pair ends the phrase: punctuation or a word that opens another clause
    # (not a number: "dự toán năm, tăng 12,3%" is a new predicate)
    return t.group() in _PUNCT or t.group() in "()" or (
        _plain_word(doc, t) and _after_stop(doc, t.start(), limit) is not None)


def _before_phrase(doc: _Doc, end: int, scope_start: int) -> Optional[tuple[int, int, bool]]:
    """The phrase the quantity measures, read leftwards: "tăng trưởng tín dụng (13 - 14%)".

    Returns (start, end, contiguous): ``contiguous`` is False when the phrase
    had to be taken from before an opening parenthesis ("nợ xấu (duy trì …").
    """
    src = doc.text
    contiguous = True
    for _ in range(2):
        end = _trim_right(doc, end, scope_start)
        span = _walk_left(doc, end, scope_start)
        if span is not None:
            return span[0], span[1], contiguous
        # nothing but verbs inside a parenthesis: read before the "("
        j = end
        while j > scope_start and src[j - 1].isspace():
            j -= 1
        if j > scope_start and src[j - 1] == "(":
            end = j - 1
            contiguous = False
            continue
        return None
    return None


def _trim_right(doc: _Doc, end: int, scope_start: int) -> int:
    """Drop verbs, comparators and periods off the right end: "… năm 2025 đạt | 10,5%"."""
    src = doc.text
    while end > scope_start:
        j = end
        while j > scope_start and src[j - 1].isspace():
            j -= 1
        m = _TRIM_RE.search(src, max(scope_start, j - 30), j, doc.folded)
        if m:
            end = m.start()
            continue
        b = doc.blocked_at(j - 1) if j > scope_start else None
        if b is not None and b[0] >= scope_start:
            end = b[0]
            continue
        return j
    return end


def _noun_pair_across(src: str, comma: int, after: int) -> bool:
    """Does a usual pair of nouns ("người dân, doanh nghiệp") stand around the comma at ``comma``?"""
    left = " " + _key(src[max(0, comma - 25):comma])
    right = _key(src[after:after + 25]) + " "
    return any(left.endswith(" " + a) and right.startswith((b + " ", b + ",")) for a, b in _NOUN_PAIRS)


def _walk_left(doc: _Doc, end: int, scope_start: int) -> Optional[tuple[int, int]]:
    src = doc.text
    toks = list(_TOKEN_RE.finditer(src, max(scope_start, end - 200), end))
    words: list[tuple[int, int]] = []
    crossed = False
    i = len(toks) - 1
    while i >= 0:
        t = toks[i]
        tok = t.group()
        if tok == "," and not crossed and words and (
                # "số thuế tăng thu qua thanh tra, kiểm tra (là 9.230,51 tỷ đồng)": a short pair
                (len(words) <= 2 and i > 0 and _plain_word(doc, toks[i - 1])
                 and not _BEFORE_STOP_RE.found(src, max(scope_start, toks[i - 1].end() - 12), toks[i - 1].end(),
                                               doc.folded))
                # "mức độ hài lòng của người dân, doanh nghiệp đối với …": a usual pair of nouns
                or _noun_pair_across(src, t.start(), t.end())):
            crossed = True  # a pair joined by a comma: one indicator
            i -= 1
            continue
        if tok == ")":
            # keep a short abbreviation in parentheses: "năng suất nhân tố tổng hợp (TFP)"
            k = i - 1
            while k >= 0 and toks[k].group() != "(" and i - k <= 4:
                k -= 1
            inner = toks[k + 1:i]
            if k >= 0 and toks[k].group() == "(" and 0 < len(inner) <= 2 and not any(
                    c.isdigit() for x in inner for c in x.group()):
                words.append((toks[k].start(), t.end()))
                i = k - 1
                continue
            break
        if tok in _PUNCT or tok == "(":
            break
        if tok[0].isdigit() and not doc.blocked_at(t.start()) and (
                not tok.isdigit() or src.startswith("%", t.end()) or src.startswith(" %", t.end())):
            break  # another quantity ("62,15% kế hoạch | bằng 107,73%")
        stop = _BEFORE_STOP_RE.search_phrase_last(src, max(scope_start, t.end() - 12), t.end())
        if stop and _key(stop.group()) == "với" and _key(src[max(scope_start, t.start() - 4):t.start()].strip()) == "đối" \
                and _RELATION_HEAD_RE.search(src, max(scope_start, t.start() - 90), t.start()):
            stop = None  # "mức độ hài lòng của người dân đối với việc …": one measure
        if stop and not (_key(stop.group()) == "và" and not _DIGIT_BEFORE_RE.search(src, max(scope_start, t.start() - 25), t.start())):
            # ("và" ends the phrase only after another quantity: "… 70 tỷ đồng và tháng 5
            # sụt giảm …"; inside a phrase it joins: "giải quyết trước và đúng hạn")
            break
        words.append((t.start(), t.end()))
        if len(words) >= 16:
            break
        i -= 1
    words.reverse()
    # trim periods and edge words at both ends: "(năm 2025) tốc độ tăng trưởng kinh tế",
    # "(đến năm 2025) thu nhập bình quân"
    while words and (_key(src[words[0][0]:words[0][1]]) in _EDGE_WORDS or doc.blocked_at(words[0][0])
                     or src[words[0][0]] == ","
                     or (len(words) > 1 and doc.blocked_at(words[1][0])
                         and _key(src[words[0][0]:words[0][1]]) in _LEADING_PREPS)):
        words.pop(0)
    while words and (_key(src[words[-1][0]:words[-1][1]]) in _EDGE_WORDS
                     or doc.blocked_at(words[-1][0])):
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


# ------------------------------------------------------------------ kind and year


def _kind(doc: _Doc, kind_ends: list[int], result_ends: list[int], scope_start: int,
          sentence_start: int, at: int, prev: Optional[_Found], lead: Optional[str] = None,
          done: bool = False) -> str:
    """"result" when the nearest cue before the number reports, "target" when it sets a goal.

    The clause decides; failing a cue there, the quantity before it in the
    sentence ("đã ban hành 5.230 văn bản, gồm … 125 kế hoạch; tổ chức 86 cuộc
    họp"); failing that, the sentence; failing that, a report reports and
    other documents set goals; a list item takes the word of its lead-in.
    Words inside the quantity before ("đạt 62,15% kế hoạch năm 2016 | bằng
    107,73%") are its own, not cues; "kiểm tra được 673.421 hồ sơ" reports
    (``done``); a paragraph of figures keeps the kind of its last one.
    """
    def nearest(start: int) -> Optional[str]:
        last_goal = doc.last_in(kind_ends, start, at)
        last_result = doc.last_in(result_ends, start, at)
        if last_result == last_goal:
            return None
        return "result" if last_result > last_goal else "target"

    own = scope_start
    if prev is not None and prev.start >= sentence_start and scope_start < prev.end <= at:
        own = prev.end
    kind = nearest(own)
    if kind is None and done:
        kind = "result"
    if kind is None and prev is not None and prev.start >= sentence_start:
        kind = prev.kind
    kind = kind or nearest(sentence_start)
    if kind is None and prev is not None and prev.end <= at and "\n" not in doc.text[prev.end:at]:
        kind = prev.kind  # the sentence before, in the same paragraph of figures
    return kind or lead or ("result" if doc.is_report else "target")


_BASE_YEAR_RE = Lookback(rf"(?:{vx('so với')}|{vx('cùng kỳ')})\s*$", _F, needs=["so với", "cùng kỳ"])


def _year_near(doc: _Doc, at: int, scope_start: int, scope_end: int) -> Optional[int]:
    """The year of the nearest period the clause names, not a base of comparison ("so với năm 2008")."""
    # only periods near the number: a clause may be long and hold many of both
    lo, hi = max(scope_start, at - 300), min(scope_end, at + 300)
    i = bisect.bisect_left(doc.year_starts, lo)
    best, best_d = None, None
    while i < len(doc.years) and doc.years[i].start < hi:
        p = doc.years[i]
        i += 1
        if p.end > hi or _BASE_YEAR_RE.found(doc.text, max(scope_start, p.start - 12), p.start, doc.folded):
            continue
        d = abs(p.start - at)
        if best_d is None or d < best_d:
            best, best_d = p.last.year, d
    return best
