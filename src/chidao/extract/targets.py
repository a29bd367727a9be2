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
    "khoảng 4,71 tỷ đồng", "gần 2.000 hộ", "ước đạt 2,8 tỷ USD"       ~
    "cao hơn 25% so với năm 2008"                =  25  % (a difference, not a bound)
    "giảm ít nhất 30% thời gian …, 30% chi phí …"  the second inherits ">="
    "đã ban hành 11.427 văn bản, gồm 2.607 công văn, 1.496 quyết định …;
     tổ chức 202 cuộc họp"                       results, a list of counts
    "có 52 đầu việc đến hạn, chỉ hoàn thành được 16 đầu việc, đạt 30,7%"
    "ít nhất một đề án"                           a spoken numeral after a comparator

``indicator`` is what the number measures: the counted noun and what follows
it ("xã đạt chuẩn nông thôn mới"), the noun phrase after a percentage ("20%
xã đạt chuẩn …"), or else the phrase before the number back to the start of
its clause or a goal verb ("phấn đấu | tăng trưởng tín dụng 13 - 14%");
"đạt 106% kế hoạch", "tăng 10% so với dự toán" take the measure before them.
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
figures, or a place in a list of such counts.

Deliberately not targets: years, dates, periods ("6 tháng đầu năm"), document
numbers and citations, ordinals and ranks ("kỳ họp thứ 20", "sinh con thứ 3 trở
lên", "xếp thứ 15/63"), numbers inside names ("Chương trình 135", "Đề án 30",
"Nghị quyết Trung ương 7", "Quốc lộ 10", "ĐT.468", "vành đai 3.5", "công nghệ
4.0", "ISO 9000", "500kV", "số 12"), spans of time and sizes ("5 năm", "2 cấp",
"xe 3,4 bánh", "24/24 giờ", "80 năm", "18 tuổi"), per-unit phrases ("trên 1
ha"), counts that only describe ("các xã dưới 9 tiêu chí", "rà soát 230 xã",
"tại 24 xã"), policy amounts without a goal ("hỗ trợ mỗi hộ 40 triệu đồng"),
the starting value of a change ("từ 45% lên 60%": only 60 is a target), and
rows of tables of figures (one indicator, several years: a series, GOLD.md).
Not handled: quantities in footnotes the normalizer moved out of the text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from chidao.context import DocContext
from chidao.data import units as U
from chidao.extract.grammar import (
    WB, WE, Lookback, NumberMatch, alternation, find_date_spans, find_numbers, find_periods,
    find_year_spans, tone_key, vx,
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
_UNIT_RE = regex.compile(
    rf"\s*(?:(?P<pct>{_alt(U.PERCENT_UNITS)})(?![^\W\d_]){_PER}"
    rf"|(?P<unit>{_alt(_UNITS)})(?![^\W\d_]|\d){_PER}"
    rf"|\s(?P<word>[^\W\d_]+){WE})",
    _F,
)
_FUNCTION_WORDS = {_key(w) for w in U.FUNCTION_WORDS}

_CMP_KEYS = {_key(k): v for k, v in U.COMPARATORS_BEFORE.items()}
_CMP_BEFORE_RE = Lookback(
    rf"(?:{WB}(?P<cmp>{_alt(U.COMPARATORS_BEFORE)})\s+(?:{_alt(U.COMPARATOR_FILLERS)}\s+)?"
    rf"|{WB}(?P<tu>{vx('từ')})\s+)$",
    _F,
)
_CMP_AFTER_KEYS = {_key(k): v for k, v in U.COMPARATORS_AFTER.items()}
_CMP_AFTER_RE = regex.compile(rf"\s*(?P<after>{_alt(U.COMPARATORS_AFTER)}){WE}", _F)
_DIFFERENCE_KEYS = {_key(w) for w in U.DIFFERENCE_WORDS}
_SO_VOI_RE = regex.compile(rf"\s*(?:,\s*)?(?:{vx('so với')}|{vx('so cùng kỳ')}){WE}[^,;.:()\n]{{0,60}}", _F)
_NEGATION_RE = regex.compile(rf"{WB}{_alt(U.NEGATIONS)}{WE}", _F)
# "từ 20% lên 25%": the first number is where it starts from.
_FROM_TO_RE = regex.compile(rf"\s*(?:{vx('lên')}|{vx('xuống')}|{vx('còn')})\s+\d", _F)

# "số 12", "số: 01" name a thing; "tổng số 1.200 hộ" counts.
_NAME_BEFORE_RE = Lookback(
    rf"{WB}(?:{_alt(U.NAME_WORDS)}|{vx('số')}(?<!{vx('tổng')}\s+{vx('số')}))\s*(?:[.:\-]\s*)?$", _F)
# Goal, result and kind cues in one pattern; each match is sorted by its words.
_CUE_RE = regex.compile(rf"{WB}{_alt(U.GOAL_CUES + U.RESULT_CUES + U.TARGET_KIND_CUES)}{WE}", _F)
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
_DAT_RE = regex.compile(rf"{WB}{vx('đạt')}{WE}", _F)

_AFTER_STOP_RE = regex.compile(rf"{WB}{_alt(U.AFTER_STOPS)}{WE}", _F)
_BEFORE_STOP_RE = Lookback(rf"{WB}{_alt(U.BEFORE_STOPS)}$", _F)
_TRIM_RE = Lookback(
    rf"{WB}(?:{_alt(U.BEFORE_TRIM)}|{_alt(U.COMPARATORS_BEFORE)}|{vx('từ')})\s*$", _F)
# Words never at either end of an indicator.
_EDGE_WORDS = {_key(w) for w in ["của", "các", "những", "và", "là", "cho", "thì", "với", "có", "được",
                                  "cả", "đạt"]}
_PERCENT_BASE_RE = regex.compile(rf"{_alt(U.PERCENT_BASES)}{WE}", _F)
_NEW_TAIL_RE = Lookback(rf"{WB}{_alt(U.NEW_TAILS)}\s+$", _F)

_TOKEN_RE = regex.compile(r"[^\W_]+(?:[&'./\-][^\W_]+)*|[()\[\],;:.!?\"“”|]")
_PUNCT = set("[],;:.!?\"“”|")

# Clause edges: . ; : ! ? before white space, and line breaks (the normalizer
# has joined wrapped lines, so a line break ends a paragraph or opens a list
# item).  Sentence edges: the same without ; and :.  Cues are read in the
# clause; a verb of reporting reads the whole sentence ("UBND tỉnh đã ban hành
# …; tổ chức 202 cuộc họp").  Table cells ("|") are clauses and sentences of
# their own.
_CLAUSE_EDGE_RE = regex.compile(r"[.;:!?](?=\s|$)|[|\n]")
_SENTENCE_EDGE_RE = regex.compile(r"[.!?](?=\s|$)|[|\n]")
_LIST_ITEM_RE = regex.compile(r"[ \t]*(?:[-+•*–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)\s")
# A cell that holds nothing but a figure: "| 2,5% |", "| 1.250 |", "| 13 - 14 |".
_FIGURE_CELL_RE = regex.compile(r"(?=\D*\d)[\s\d.,%/\-–~≥≤<>]+")

# "01/NQ-CP", "21-NQ/TU", "36a-NQ/CP", "108/2014/NĐ-CP", "02 /CT-UBND".
_DOCNUM_RE = regex.compile(
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


class _Doc:
    """What every number is read against, computed once per document.

    All lists are sorted, so each question about a number ("is there a goal
    word earlier in its clause?") is a binary search: the extractor stays
    linear however long the clauses run.
    """

    def __init__(self, ctx: DocContext, lo: int, hi: int) -> None:
        text, folded = ctx.text, ctx.folded
        self.text, self.lo, self.hi = text, lo, hi
        periods = sorted(list(find_periods(folded, pos=lo, endpos=hi))
                         + list(find_year_spans(folded, pos=lo, endpos=hi)), key=lambda p: p.start)
        blocked = [(c.span[0], c.span[1]) for c in ctx.citations]
        blocked += list(find_date_spans(folded, pos=lo, endpos=hi))
        blocked += [(p.start, p.end) for p in periods]
        blocked += [(m.start(), m.end()) for m in _DOCNUM_RE.finditer(text, lo, hi)]
        self.blocked = _merge(blocked)
        self.blocked_starts = [s for s, _ in self.blocked]
        self.years = [p for p in periods if p.year_given and p.last]
        self.year_starts = [p.start for p in self.years]
        self.clauses = [m.end() for m in _CLAUSE_EDGE_RE.finditer(text, lo, hi)]
        self.sentences = [m.end() for m in _SENTENCE_EDGE_RE.finditer(text, lo, hi)]
        self._cues: dict[int, tuple[list[int], list[int], list[int], list[int]]] = {}
        self._rows: dict[int, list[tuple[int, int]]] = {}  # line start -> its figure cells
        self._leads: dict[int, Optional[tuple[bool, Optional[str], Optional[int]]]] = {}
        self.is_report = bool(ctx.meta) and _key(ctx.meta.doc_type or "") == _key("Báo cáo")

    def blocked_at(self, pos: int) -> Optional[tuple[int, int]]:
        i = bisect.bisect_right(self.blocked_starts, pos) - 1
        if i >= 0 and self.blocked[i][0] <= pos < self.blocked[i][1]:
            return self.blocked[i]
        return None

    def is_blocked(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.blocked_starts, b - 1) - 1
        return i >= 0 and self.blocked[i][1] > a

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
            for m in _CUE_RE.finditer(self.text, *sentence):
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
                for m in _CUE_RE.finditer(self.text, a, k):
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


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping: so that the span before a position is the only one to check."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


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
    for num in find_numbers(text, lo, hi, numerals=True):
        if doc.is_blocked(num.start, num.end):
            continue
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


def _read(doc: _Doc, num: NumberMatch, found: list[_Found]) -> Optional[_Found]:
    src = doc.text
    scope_start, scope_end = doc.scope(doc.clauses, num.start)
    sentence = doc.scope(doc.sentences, num.start)
    sentence_start = sentence[0]
    # Words before the number are read in short windows: the longest phrase
    # looked for ("không thấp hơn mức", "giải quyết việc làm cho") is shorter.
    win = max(scope_start, num.start - 48)

    # A row of a table of figures (one indicator, several years) is a series,
    # not a target (GOLD.md): a figure alone in its cell, next to another.
    if _in_figure_row(doc, num.start):
        return None
    # Part of a name or an ordinal: "Chương trình 135", "kỳ họp thứ 20".
    if _NAME_BEFORE_RE.search(src, max(win, num.start - 24), num.start):
        return None
    # "từ 20% lên 25%": the target is where it goes, not where it starts.
    if num.form == "single" and _FROM_TO_RE.match(src, _unit_end(src, num.end), num.end + 16):
        return None

    # (windows on every match: the engine would otherwise scan ahead for a literal)
    um = _UNIT_RE.match(src, num.end, min(scope_end, num.end + 60))
    if um is None:
        return None
    if um.group("pct"):
        cls, unit = "percent", "%" + _per_tail(src, um)
    elif um.group("unit"):
        cls = _UNIT_CLASS[_key(um.group("unit"))]
        unit = " ".join(src[um.start("unit"):um.end()].split()).replace(" / ", "/")
    else:
        word = _key(um.group("word"))
        if word in _FUNCTION_WORDS or src[um.start("word")].isupper():
            return None
        cls, unit = "unknown", src[um.start("word"):um.end("word")]
    if cls == "none":
        return None
    if num.english and cls != "percent":
        return None  # "vành đai 3.5", "công nghệ 4.0"
    if cls == "unknown" and num.value is not None and 1900 <= num.value <= 2100 and num.value.is_integer():
        return None  # a year standing alone
    unit_end = um.end()

    # ------------------------------------------------ comparator
    comparator = "range" if num.form == "range" else "="
    cmp_start = num.start
    cm = _CMP_BEFORE_RE.search(src, max(win, num.start - 32), num.start)
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
    if comparator in ("<", ">", "<=") and _NEGATION_RE.search(src, scope_start, cmp_start):
        # "không còn xã đạt dưới 14 tiêu chí" = every xã reaches 14 or more
        comparator = {"<": ">=", ">": "<=", "<=": ">"}[comparator]

    if num.value == 1 and cm and cm.group("cmp") and _key(cm.group("cmp")) == "trên" and cls == "measure":
        return None  # "giá trị sản xuất trên 1 ha": per hectare, not more than one

    # ------------------------------------------------ is it a goal or a result?
    goal_ends, result_ends, kind_ends, kind_result_ends = doc.cues(sentence)
    cue = (doc.last_in(goal_ends, scope_start, cmp_start) >= 0
           or doc.last_in(result_ends, scope_start, cmp_start) >= 0)
    sentence_cue = cue or (doc.last_in(goal_ends, sentence_start, cmp_start) >= 0
                           or doc.last_in(result_ends, sentence_start, cmp_start) >= 0)
    verb = _VERB_BEFORE_RE.search(src, win, num.start) is not None
    # "thành lập mới 800 doanh nghiệp", "có thêm 15 xã": a goal by itself
    new = _NEW_TAIL_RE.search(src, max(win, num.start - 12), num.start) is not None
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
    listed = prev is not None and _LIST_BEFORE_RE.search(src, max(prev.end, cmp_start - 24), cmp_start) is not None
    after_span = _after_phrase(doc, after_end, scope_end)
    counts_reached = after_span is not None and _DAT_RE.search(src, after_span[0], after_span[1]) is not None
    strong = comparator in U.STRONG_COMPARATORS or (comparator == ">=" and am is not None)
    shaped = num.form in ("ratio", "range")

    if cls == "measure" and not verb:
        verb = _VERB_NEAR_RE.search(src, win, num.start) is not None
    if not _accept(cls, num, comparator, strong, shaped, cue, sentence_cue or year is not None, verb, new,
                   listed or sibling, counts_reached):
        return None

    # ------------------------------------------------ inherit a shared comparator
    if comparator == "=" and prev is not None and prev.comparator not in ("=", "range") \
            and prev.unit_class == cls and _JOIN_RE.fullmatch(src, prev.end, cmp_start):
        comparator = prev.comparator  # "giảm ít nhất 30% thời gian …, 30% chi phí …"

    # ------------------------------------------------ indicator and text
    start, end = cmp_start, after_end
    indicator: Optional[str] = None
    if cls in ("count", "weak", "unknown"):
        # what is counted is the indicator: "xã đạt chuẩn nông thôn mới"
        a = um.start("unit") if um.group("unit") else um.start("word")
        b = after_span[1] if after_span else um.end()
        indicator = _words(src, a, b)
        end = max(end, b)
    elif cls == "percent" and after_span and not _PERCENT_BASE_RE.match(src, after_span[0], after_span[1]):
        indicator = _words(src, *after_span)  # "20% xã đạt chuẩn nông thôn mới nâng cao"
        end = max(end, after_span[1])
    else:
        before = _before_phrase(doc, cmp_start, scope_start)
        if before is not None and not before[2] and prev is not None and prev.indicator \
                and prev.end >= before[1] and prev.end <= cmp_start:
            # "… lên 95/112 xã (đạt 84,8%)": a parenthesis on the quantity just before
            indicator = prev.indicator
        elif before is not None:
            indicator = _words(src, before[0], before[1])  # "tăng trưởng tín dụng 13 - 14%"
            if after_span and _VERB_ONLY_RE.fullmatch(src, before[0], before[1]):
                # "trồng mới 2.000 ha rừng tập trung": the verb and what it acts on
                indicator += " " + _words(src, *after_span)
            if before[2]:  # contiguous with the number: take it into the text
                start = before[0]
        elif prev is not None and prev.indicator:
            # "thu ngân sách đạt 12.500 tỷ đồng, tăng 10% so với dự toán": the same measure
            indicator = prev.indicator
        elif after_span:
            indicator = _words(src, *after_span)
        if after_span:
            end = max(end, after_span[1])
    if indicator is None and prev is not None:
        indicator = prev.indicator  # "hoàn thành được 16 đầu việc, đạt 30,7%": the share of those
    if so_voi:
        end = max(end, so_voi.end())
    while end > start and src[end - 1] in " \t\n,;":
        end -= 1

    kind = _kind(doc, kind_ends, kind_result_ends, scope_start, sentence_start, cmp_start,
                 found[-1] if found else None, lead[1] if lead else None)
    return _Found(start, end, num, comparator, unit, cls, indicator, year, kind, scope_start)


def _in_figure_row(doc: _Doc, at: int) -> bool:
    """Is ``at`` in a cell holding only a figure, in a "|" row with another such cell?"""
    src = doc.text
    a = src.rfind("\n", 0, at) + 1
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


_JOIN_RE = regex.compile(rf"\s*(?:,|{vx('và')})\s*", _F)
_VERB_ONLY_RE = regex.compile(rf"{_alt(U.QUANT_VERBS + ['thực hiện'])}(?:\s+{_alt(U.QUANT_VERB_TAILS)})?", _F)
_DIGIT_BEFORE_RE = regex.compile(r"\d")
# A verb of goals and reports a few words before a measure: "đào tạo nghề cho 25.000 người".
_VERB_NEAR_RE = Lookback(rf"{WB}{_alt(U.QUANT_VERBS)}(?:\s+[^\W\d_]+){{0,3}}\s+$", _F)


def _words(src: str, a: int, b: int) -> str:
    return " ".join(src[a:b].split())


def _per_tail(text: str, um) -> str:
    tail = text[um.end("pct"):um.end()]
    return "".join(tail.split())


_PCT_RE = regex.compile(r"\s*%")


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
    if cls == "percent":
        return True
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
    for t in _TOKEN_RE.finditer(src, start, min(limit, start + 160)):
        tok = t.group()
        if tok in _PUNCT or tok in "()" or any(c.isdigit() for c in tok):
            break
        if doc.blocked_at(t.start()) or _AFTER_STOP_RE.match(src, t.start(), min(limit, t.start() + 30)):
            break
        words.append((t.start(), t.end()))
        if len(words) >= 14:
            break
    while words and _key(src[words[-1][0]:words[-1][1]]) in _EDGE_WORDS:
        words.pop()
    return (words[0][0], words[-1][1]) if words else None


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
        m = _TRIM_RE.search(src, max(scope_start, j - 30), j)
        if m:
            end = m.start()
            continue
        b = doc.blocked_at(j - 1) if j > scope_start else None
        if b is not None and b[0] >= scope_start:
            end = b[0]
            continue
        return j
    return end


def _walk_left(doc: _Doc, end: int, scope_start: int) -> Optional[tuple[int, int]]:
    src = doc.text
    toks = list(_TOKEN_RE.finditer(src, max(scope_start, end - 200), end))
    words: list[tuple[int, int]] = []
    i = len(toks) - 1
    while i >= 0:
        t = toks[i]
        tok = t.group()
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
        stop = _BEFORE_STOP_RE.search(src, max(scope_start, t.end() - 12), t.end())
        if stop and not (_key(stop.group()) == "và" and not _DIGIT_BEFORE_RE.search(src, max(scope_start, t.start() - 25), t.start())):
            # ("và" ends the phrase only after another quantity: "… 70 tỷ đồng và tháng 5
            # sụt giảm …"; inside a phrase it joins: "giải quyết trước và đúng hạn")
            break
        words.append((t.start(), t.end()))
        if len(words) >= 16:
            break
        i -= 1
    words.reverse()
    # trim periods and edge words at both ends: "(năm 2025) tốc độ tăng trưởng kinh tế"
    while words and (_key(src[words[0][0]:words[0][1]]) in _EDGE_WORDS or doc.blocked_at(words[0][0])):
        words.pop(0)
    while words and (_key(src[words[-1][0]:words[-1][1]]) in _EDGE_WORDS
                     or doc.blocked_at(words[-1][0])):
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


# ------------------------------------------------------------------ kind and year


def _kind(doc: _Doc, kind_ends: list[int], result_ends: list[int], scope_start: int,
          sentence_start: int, at: int, prev: Optional[_Found], lead: Optional[str] = None) -> str:
    """"result" when the nearest cue before the number reports, "target" when it sets a goal.

    The clause decides; failing a cue there, the quantity before it in the
    sentence ("đã ban hành 5.230 văn bản, gồm … 125 kế hoạch; tổ chức 86 cuộc
    họp"); failing that, the sentence; failing that, a report reports and
    other documents set goals; a list item takes the word of its lead-in.
    """
    def nearest(start: int) -> Optional[str]:
        last_goal = doc.last_in(kind_ends, start, at)
        last_result = doc.last_in(result_ends, start, at)
        if last_result == last_goal:
            return None
        return "result" if last_result > last_goal else "target"

    kind = nearest(scope_start)
    if kind is None and prev is not None and prev.start >= sentence_start:
        kind = prev.kind
    return kind or nearest(sentence_start) or lead or ("result" if doc.is_report else "target")


_BASE_YEAR_RE = Lookback(rf"(?:{vx('so với')}|{vx('cùng kỳ')})\s*$", _F)


def _year_near(doc: _Doc, at: int, scope_start: int, scope_end: int) -> Optional[int]:
    """The year of the nearest period the clause names, not a base of comparison ("so với năm 2008")."""
    # only periods near the number: a clause may be long and hold many of both
    lo, hi = max(scope_start, at - 300), min(scope_end, at + 300)
    i = bisect.bisect_left(doc.year_starts, lo)
    best, best_d = None, None
    while i < len(doc.years) and doc.years[i].start < hi:
        p = doc.years[i]
        i += 1
        if p.end > hi or _BASE_YEAR_RE.search(doc.text, max(scope_start, p.start - 12), p.start):
            continue
        d = abs(p.start - at)
        if best_d is None or d < best_d:
            best, best_d = p.last.year, d
    return best
