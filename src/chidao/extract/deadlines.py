"""Deadlines: when a task is due, as printed, normalized to dates.

Forms covered (kind -> value):

    by        "trước ngày 20 tháng 01 năm 2020", "chậm nhất (là) (ngày) 31/10/2009",
              "hạn chót 15/12", "đến hết ngày 30/6/2025", "trước 30/6/2025",
              "Thời hạn hoàn thành: 31/12/2025", "Hạn chót nộp hồ sơ: 17 giờ 00 ngày 30/6/2025",
              "trước ngày 10 tháng 01 năm sau" (the year after), "trước 17h00 ngày
              20/5/2025", "chậm nhất đến ngày …", and OCR'd cues ("Cham nhát",
              "chậm nhát": read on the ASCII skeleton, grammar.fold_ascii) -> date
              "cuối năm 2020", "hết năm 2025", "đến hết năm", "kết thúc năm 2016", "giữa năm 2009"
              (30/6, BLDS Điều 146), "cuối tháng 6/2025", "cuối quý III"     -> the day
              "đến hết tháng 6/2025", "chậm nhất trong quý I/2026"          -> last day
              "trước tháng 6/2025" -> 31/5;  "trước năm 2026" -> 31/12/2025
    on        "trong ngày 20/11/2025", "vào ngày 20/11/2025"
    within    "trong tháng 6/2025", "trong quý 3/2025", "quý III/2025", "trong năm 2025",
              "trong năm nay", "6 tháng đầu năm", "6 tháng cuối năm 2016", "9 tháng đầu năm",
              "từ ngày 01/10 đến ngày 31/10/2025", "Thời gian thực hiện: tháng 9/2025",
              "từ tháng 10 đến tháng 12/2025" (one window, the year from its end),
              "Năm 2018: hoàn thành …" (a year heading an item; not "Năm 2016 là …"),
              and the due-time column of a table of tasks ("| … | Quý III/2025 |",
              "| … | Năm 2025 |", "| … | 30/11/2025 |")                    -> start, end
    from      "từ tháng 7/2025", "kể từ quý III/2025", "kể từ ngày 01/7/2025" -> start
              (a day before the document's date only with a duty in its clause:
              "vận hành từ ngày 01/7/2025" in a later document says when it began)
    by        also "trước 15/12" (day/month, the document's year)
    recurring "hằng/hàng tháng", "hằng quý", "hằng năm", "hằng tuần", "hằng ngày",
              "định kỳ 6 tháng" (half_yearly), "định kỳ hằng quý", "6 tháng một lần",
              "trước ngày 20 hằng tháng", "trước ngày 10 (của) tháng cuối quý" (quarterly);
              "trước ngày 15/12 hằng năm" -> by 15/12 of the document's year AND yearly
    relative  "trong vòng 24 giờ kể từ khi …" (hours too),
              "trong vòng 15 ngày kể từ ngày ký", "trong thời hạn 30 ngày làm việc kể từ
              ngày nhận được hồ sơ", "chậm nhất 05 ngày làm việc trước ngày họp" -> a date
              only when counted from the document's own date and that date is known
              (BLDS Điều 147: the first day is not counted); the text keeps the
              event's phrase ("… kể từ ngày Thủ trưởng Cơ quan Thuế ký Quyết định
              thanh tra"), so that deadlines counted from different events stay apart.
              A day or month whose year is an event's or a cycle's ("chậm nhất đến
              ngày 20 tháng 12 năm trước", "ngày 30 tháng 9 năm thực hiện kế hoạch",
              "trong tháng 12 năm trước năm kế hoạch") is relative too, never dated
              with the document's year.

A missing year is the document's year (``ctx.reference_date``, else
``ctx.year_hint``, else the first year its title names).

Deliberately not deadlines: horizons of goals ("đến năm 2030", "giai đoạn
2021-2025", "tầm nhìn đến năm 2050"), dates inside citations ("Nghị quyết số
01/NQ-CP ngày 01/01/2020"), the date a document takes effect ("có hiệu lực kể từ
ngày ký"), a bare month or year in prose ("phiên họp tháng 01/2020", "năm 2025"),
"ngay từ đầu năm", attributes ("kế hoạch hằng năm", "tăng bình quân hằng năm"),
a period under review ("sơ kết 6 tháng đầu năm", "kết quả thực hiện 9 tháng"),
cut-offs ("nợ đọng phát sinh trước 01/7/2025", "tính đến ngày 31/5/2025",
"chốt số liệu đến ngày 31/12"), durations without an anchor ("tập huấn trong 3
ngày"), and spans already past: ending before the document's date (not the
dated first of a yearly series, "trước ngày 05/7 hằng năm", which recurs), or — in a
report — within the period it reports on ("BÁO CÁO … 6 tháng đầu năm 2016");
with no date to compare, a bare period in a clause that says "đã" is taken as
past — unless a purpose or a duty stands between ("các doanh nghiệp đã được
kiểm tra … để thực hiện thanh tra toàn diện trong năm 2016": the "đã" is a
relative clause's).

Nor is a period the due time of a duty when it scopes something else: a
prohibition ("không tổ chức kiểm tra định kỳ trong năm 2020", "Chưa … tăng giá
trong Quý I và Quý II năm 2020"), how long a measure lasts ("miễn phí thị thực
… đến hết năm 2020", "gia hạn nộp thuế đến hết tháng 9"), a treaty's effect
("có hiệu lực (từ giữa năm 2020)"), what follows an event ("sau khi kết thúc
tháng 6"); and "hằng năm" after a noun phrase is its attribute ("kế hoạch thanh
tra hàng năm", "chỉ tiêu … hằng năm"), not a duty repeated ("hằng quý báo cáo",
"báo cáo định kỳ hằng tháng").  A firm cue ("chậm nhất", "hạn", "trước") keeps
a period due whatever precedes it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from chidao.context import DocContext
from chidao.data import periods as P
from chidao.extract.grammar import (
    DAY, DAY_MONTH_ROUGH, MONTH, NUMBER, WB, WE, LazyPattern, Lookback, PeriodMatch, Prescanned, alternation,
    digits_finditer, document_digit_runs, document_period_anchors, find_periods, folded_hits, last_day,
    match_date_at, parse_number, tone_key, vx, year_period, year_word_after,
)
from chidao.parse.tables import column_roles, split_row
from chidao.schema import Deadline
from chidao.text import CASE_ALIKES, fold_ascii, fold_tones


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    date: Optional[dt.date] = None
    first: Optional[dt.date] = None
    last: Optional[dt.date] = None
    recurrence: Optional[str] = None
    # 0 wins over 3 when two readings overlap: a composite "trước ngày 20
    # hằng tháng" over the bare "hằng tháng" inside it.
    priority: int = 2
    # explicit cue words ("trước ngày", "chậm nhất") are due times even in a
    # clause that also says "đã"; bare periods are not.
    explicit: bool = False
    # "trước ngày 15/12 hằng năm": the dated first of a yearly series, in the
    # document's year; it is never past, since the series goes on (its
    # "hằng năm" is a recurring record of its own).
    yearly_first: bool = False

    def due(self) -> Optional[dt.date]:
        """The last day the candidate covers, for telling past from future."""
        return self.date or self.last or self.first


def _alt(phrases, **kw) -> str:
    # Cue words are matched with their tones (grammar.vx) in the printed text:
    # tone-folded, "đã" would match "tối đa" and "từ" would match "tự".
    return alternation(phrases, exact=True, **kw)


_key = tone_key


def _asc(phrases, **kw) -> str:
    # The same phrases on the ASCII skeleton (DocContext.ascii, same offsets): for
    # OCR'd text that lost or garbled its marks ("Cham nhát" = "chậm nhất").
    return alternation(sorted({" ".join(fold_ascii(p).split()) for p in phrases}), exact=True, **kw)


# ------------------------------------------------------------------ patterns
#
# Every finder scans the document for something cheap to find — a digit, a
# period word, "hằng"/"hàng" — and reads the cue words in a short window
# before it with a pattern anchored at the window's end.  Scanning for the
# dozens of cue phrases themselves at every position would cost ten times more.

_F = regex.IGNORECASE
_BY_CUE = _alt(P.BY_DATE_CUES, group="cue")
# "17 giờ 00", "17h00", "16:30" between the cue and the day.
_TIME = rf"(?:\d{{1,2}}\s*(?:{vx('giờ')}|h|:)(?:\s*\d{{1,2}})?(?:\s*{vx('phút')})?(?:\s*,)?\s*)?"
_NGAY = rf"(?:{vx('ngày')}\s+)?"

# A day as printed, digit first: "20/01/2020", "20-01", "20 tháng 01 năm 2020".
_DAY_RE = LazyPattern(
    rf"(?=\d)(?<![\d/.,\-])(?:{DAY})(?:\s*[/.\-]\s*(?:{MONTH})|\s+{vx('tháng')}\s+(?:{MONTH}))(?![\d]|[.,]\d)", _F)

# Read backwards from a day: "trước ngày |", "chậm nhất là |", "Thời hạn hoàn thành: |".
_NGAY_BEFORE_RE = Lookback(rf"{WB}{vx('ngày')}\s+$", _F)
# ("chậm nhất đến ngày 20 tháng 12", "chậm nhất là vào ngày …")
_BY_BEFORE_RE = Lookback(
    rf"{WB}{_BY_CUE}(?:\s+{vx('là')})?(?:\s+{vx('vào')}|\s+{vx('đến')}(?:\s+{vx('hết')})?)?\s*(?::\s*)?{_TIME}{_NGAY}$",
    _F, needs=P.BY_DATE_CUES)
# "trước 17h00 ngày 20/5/2025", "trước 16 giờ 30 ngày …": "trước" and a time of day.
_BEFORE_TIME_RE = Lookback(rf"{WB}{vx('trước')}\s+(?=\d){_TIME}{_NGAY}$", _F, needs=["trước"])
_TIME_ASC = r"(?:\d{1,2}\s*(?:gio|h|:)(?:\s*\d{1,2})?(?:\s*phut)?(?:\s*,)?\s*)?"
_BY_BEFORE_ASC_RE = Lookback(
    rf"{WB}{_asc(P.OCR_BY_CUES)}(?:\s+la)?(?:\s+vao|\s+den(?:\s+het)?)?\s*(?::\s*)?{_TIME_ASC}(?:ngay\s+)?$", _F,
    needs=[fold_ascii(c) for c in P.OCR_BY_CUES])
_LABEL = rf"{WB}{_alt(P.LABEL_CUES)}(?:\s+[^\W\d_]+){{0,4}}\s*:\s*"
_LABEL_BEFORE_RE = Lookback(rf"{_LABEL}{_TIME}{_NGAY}$", _F)
_ON_BEFORE_RE = Lookback(rf"{WB}{_alt(P.ON_DATE_CUES)}\s+$", _F)
_FROM_BEFORE_RE = Lookback(rf"{WB}{_alt(['kể từ', 'bắt đầu từ', 'từ'])}\s+{vx('ngày')}\s+$", _F,
                           needs=['kể từ', 'bắt đầu từ', 'từ'])
# "trước 30/6/2025" (no "ngày"): only with a full date, and not after a
# participle ("nợ đọng phát sinh trước 01/7/2025" is a cut-off).
_BEFORE_BARE_RE = Lookback(rf"{WB}{vx('trước')}\s+$", _F, needs=["trước"])
_SLASH_DAY_RE = LazyPattern(rf"(?:{DAY})\s*/\s*(?:{MONTH})")
_CUTOFF_RE = Lookback(rf"{WB}{_alt(P.CUTOFF_VERBS)}\s+$", _F)
_TO_DATE_RE = LazyPattern(rf"\s*(?:,\s*)?(?:{vx('đến hết')}|{vx('đến')}|{vx('tới')}|[-–])\s*", _F)

# Recurrence: "hằng tháng", "hàng quý", "định kỳ hằng năm", "định kỳ 6 tháng
# (một lần)", "6 tháng một lần", and the day of a recurring due time:
# "trước ngày 20 hằng tháng", "trước ngày 10 (của) tháng cuối quý", "trước
# ngày 15/12 hằng năm" (the last also yields a dated "by").
_RECUR_PREFIXES = P.RECURRENCE_PREFIXES + ["mỗi"]
_RECUR_PREFIX = _alt(_RECUR_PREFIXES)
_MONTH_COUNT = rf"\d{{1,2}}|{_alt(['ba', 'sáu', 'mười hai'])}"
_RECUR_ANCHOR_RE = LazyPattern(
    # (not "mặt hàng năm 2025": goods, and a year)
    rf"(?P<plain>{_RECUR_PREFIX}\s+{_alt(P.RECURRENCE_UNITS, group='unit')}{WE}(?!\s+{vx('học')}|\s*\d))"
    rf"|(?P<of>{vx('tháng')}\s+(?:{vx('cuối')}|{vx('đầu')})\s+(?:{vx('của')}\s+)?(?:{_RECUR_PREFIX}\s+)?"
    rf"(?P<ofunit>{vx('quý')}|{vx('năm')}){WE})"
    rf"|(?P<months>(?P<n>{_MONTH_COUNT})\s+{vx('tháng')}"
    rf"(?P<once>\s+(?:{vx('một')}|0?1)\s+{vx('lần')})?{WE}"
    # not "10 tháng cuối quý" (a day's month) nor "6 tháng đầu năm" (a stretch)
    rf"(?!\s+(?:{vx('cuối')}|{vx('đầu')}|{vx('còn lại')})))",
    _F,
)
# Every match opens with a prefix word, with "tháng", or with the count just
# before a "tháng": found by substring searches of the tone-folded text
# (grammar.folded_hits), then tried there alone; a scan of the pattern over
# the whole text costs several times more.
_RECUR_WORDS = [fold_tones(w) for w in _RECUR_PREFIXES]
_RECUR_UNIT_KEYS = {_key(k): v for k, v in P.RECURRENCE_UNITS.items()}  # "tháng" -> "monthly"
_THANG_FOLDED = fold_tones("tháng")
_MONTH_COUNT_BEFORE_RE = Lookback(rf"(?:{_MONTH_COUNT})\s+$", _F)
_SPACES_BACK_RE = LazyPattern(r"\s+", regex.REVERSE)
_DINH_KY_BEFORE_RE = Lookback(rf"{WB}{vx('định kỳ')}\s+$", _F, needs=["định kỳ"])
_RECURRING_DAY_BEFORE_RE = Lookback(
    rf"{WB}{_BY_CUE}\s+{_NGAY}(?P<d>{DAY})(?:\s*[/\-.]\s*(?P<m>{MONTH}))?"
    rf"(?:\s+{vx('tháng')}\s+(?P<m2>{MONTH}))?\s+(?:{vx('của')}\s+)?$",
    _F, needs=P.BY_DATE_CUES,
)
_NOMINAL_BEFORE_RE = Lookback(rf"{WB}{_alt(P.NOMINAL_BEFORE_RECURRENCE)}\s+$", _F)
# "kế hoạch thanh tra hàng năm": a head noun and up to three words of its phrase.
_NOMINAL_HEAD_BEFORE_RE = Lookback(
    rf"{WB}{_alt(P.NOMINAL_HEADS_OF_RECURRENCE)}"
    rf"(?:[ \t]+(?!{_alt(P.NOMINAL_PHRASE_BREAKS)}{WE})[^\W\d_]+){{1,3}}[ \t]+$", _F)


def _either_case(letter: str) -> str:
    """A stdlib class for ``letter`` as regex's IGNORECASE reads it, which also takes the odd
    letters of :data:`chidao.text.CASE_ALIKES` ("ſ" for "s", "İ" and "ı" for "i")."""
    odd = "".join(c for c, plain in CASE_ALIKES.items() if plain == letter)
    return f"[{re.escape(letter)}{re.escape(letter.upper())}{odd}]"


# Relative: "trong vòng 15 ngày kể từ ngày ký", "chậm nhất 05 ngày làm việc
# trước ngày tổ chức hội nghị".  Found at the duration, digit first.
# (what may follow its first digits: more of the number, or a bracket or the first two letters of
# a unit, in either case, after any white space.  Stdlib ``re``'s \s takes in all of ``regex``'s,
# and its \d all but the newest digits, which are astral.)
_DURATION_NEXT_ROUGH = re.compile(r"[.,][\d\U00010000-\U0010FFFF]|\s*(?:\(|" + "|".join(sorted(
    {"".join(_either_case(c) for c in u.split()[0][:2]) for u in P.DURATION_UNITS})) + ")")
_DURATION_RE = LazyPattern(
    rf"(?=\d)(?<![\w.,/])(?P<n>{NUMBER})\s*(?:\([^()\n]{{1,30}}\)\s*)?(?P<unit>{_alt(P.DURATION_UNITS)}){WE}", _F)
_REL_BEFORE_RE = Lookback(rf"{WB}{_alt(P.RELATIVE_CUES, group='cue')}\s+(?:{vx('là')}\s+)?$", _F,
                          needs=P.RELATIVE_CUES)
_REL_BEFORE_ASC_RE = Lookback(rf"{WB}{_asc(P.OCR_RELATIVE_CUES)}\s+(?:la\s+)?$", _F,
                              needs=[fold_ascii(c) for c in P.OCR_RELATIVE_CUES])
# "05 ngày làm vệc" (OCR): a working day however "việc" came out.
_WORKDAY_ASC_RE = LazyPattern(r"\s+lam\s+v[a-z]{0,3}c(?![a-z])")
_ANCHOR_WORD_RE = LazyPattern(r"[ \t]+([^\W_]+(?:[/.][^\W_]+)*)")  # ("kết thúc 6 tháng đầu năm")
_ANCHOR_STOPS = {_key(w) for w in P.ANCHOR_STOPS}
_REL_ANCHOR_RE = LazyPattern(
    rf"\s*(?:,\s*)?(?:{vx('kể từ')}|{vx('tính từ')}|{vx('từ')}|{vx('sau khi')}|{vx('sau')}|{vx('trước')})\s+"
    rf"(?:{vx('ngày')}\s+|{vx('khi')}\s+|{vx('thời điểm')}\s+)?"
    rf"(?:(?P<what>{_alt(P.SELF_ANCHORS + P.OTHER_ANCHORS)})"
    rf"(?:\s+{_alt(['quyết định này', 'kế hoạch này', 'chỉ thị này', 'văn bản này', 'công văn này'])})?"
    rf"|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})",
    _F,
)
_STRONG_REL_CUES = {_key(c) for c in ["trong vòng", "trong thời hạn", "chậm nhất"]}
_SELF = {_key(a) for a in P.SELF_ANCHORS}

# "trong năm nay", "trong năm." — the document's year without a number.
_THIS_YEAR_RE = LazyPattern(
    rf"{WB}{vx('trong')}\s+(?:{vx('cả')}\s+)?{vx('năm')}(?:\s+{vx('nay')}{WE}|(?=\s*[,.;:)]|\s*$))", _F)

# Words right before a period, and what they make of it.
_PERIOD_CUES = {
    **{c: "within" for c in P.WITHIN_CUES},
    **{c: "by_end" for c in P.BY_END_CUES},
    **{c: "before" for c in P.BEFORE_CUES},
    **{c: "from" for c in P.FROM_CUES},
    **{c: "until" for c in P.UNTIL_CUES},
    **{c: "not" for c in P.NOT_DUE_BEFORE + P.REVIEW_WORDS},
}
_PERIOD_CUE_RE = Lookback(rf"{WB}{_alt(_PERIOD_CUES, group='cue')}\s+$", _F)
_PERIOD_CUE_KIND = {_key(k): v for k, v in _PERIOD_CUES.items()}
_LABEL_ONLY_BEFORE_RE = Lookback(rf"{_LABEL}$", _F)

# Words looked for in a clause (grammar.Prescanned: tried only where the
# folded text holds their first words).
_EFFECT_RE = Prescanned(rf"{WB}{_alt(P.EFFECT_WORDS)}{WE}", P.EFFECT_WORDS, _F)
_DUTY_RE = Prescanned(rf"{WB}{_alt(P.FUTURE_MARKERS + P.DUTY_WORDS)}{WE}", P.FUTURE_MARKERS + P.DUTY_WORDS, _F)
_PAST_RE = Prescanned(rf"{WB}{_alt(P.PAST_MARKERS)}{WE}", P.PAST_MARKERS, _F)
_FUTURE_RE = Prescanned(rf"{WB}{_alt(P.FUTURE_MARKERS)}{WE}", P.FUTURE_MARKERS, _F)
_SCOPE_BREAK_RE = Prescanned(
    rf"{WB}{_alt(P.FUTURE_MARKERS + P.SCOPE_BREAKS)}{WE}", P.FUTURE_MARKERS + P.SCOPE_BREAKS, _F)
# A negated verb or a measure with a duration before a period, in its clause.
_NEGATION_RE = Prescanned(
    rf"{WB}(?<!{vx('hàng')}\s)(?<!{vx('phi')}\s){_alt(P.NEGATIONS)}{WE}(?!\s+{_alt(P.NOT_NEGATIONS_AFTER)}{WE})",
    P.NEGATIONS, _F)
_VALIDITY_RE = Prescanned(rf"{WB}{_alt(P.VALIDITY_WORDS)}{WE}", P.VALIDITY_WORDS, _F)
# Cues that make a period a due time whatever precedes it: "chậm nhất trong quý I".
_FIRM_PERIOD_CUES = {_key(c) for c in ["chậm nhất", "chậm nhất là", "chậm nhất trong", "chậm nhất vào",
                                        "chậm nhất là trong", "muộn nhất", "muộn nhất là", "không muộn hơn",
                                        "không chậm hơn", "hạn", "thời hạn", "trước"]}
_SCOPE_EDGE_BACK = LazyPattern(r"[,.;:!?\n|]", regex.REVERSE)
# Clause edges for the "đã" test and the effect test; the reversed one finds
# the nearest edge before a position.
_CLAUSE_EDGE = LazyPattern(r"[.;:!?()\[\]\n|]")
_CLAUSE_EDGE_BACK = LazyPattern(r"[.;:!?()\[\]\n|]", regex.REVERSE)


# ------------------------------------------------------------------ entry point


def find_deadlines(ctx: DocContext) -> list[Deadline]:
    src = ctx.text
    asc = ctx.ascii
    lo, hi = ctx.body_start, ctx.body_end if ctx.body_end >= 0 else len(src)
    year = doc_year(ctx)
    past_before = _past_before(ctx, year)
    cited = sorted((c.span[0], c.span[1]) for c in ctx.citations)
    cited_starts = [s for s, _ in cited]

    cands: list[_Cand] = []
    runs = document_digit_runs(ctx)  # (one scan of the digits, shared with the targets)
    cands += _dates(src, ctx.folded, asc, runs, lo, hi, year)
    cands += _recurrences(src, ctx.folded, lo, hi, year)
    cands += _relative(src, ctx.folded, asc, runs, lo, hi, ctx.reference_date)
    cands += _periods(src, ctx.folded, lo, hi, year, document_period_anchors(ctx))
    if src.find("|", lo, hi) >= 0:
        cands += _table_cells(src, lo, hi, year)

    kept: list[_Cand] = []
    taken = _Intervals()
    for c in sorted(cands, key=lambda c: (c.priority, c.start, -(c.end - c.start))):
        if taken.overlaps(c.start, c.end):
            continue
        i = bisect.bisect_right(cited_starts, c.start) - 1
        if i >= 0 and cited[i][0] <= c.start < cited[i][1]:
            continue  # the date of a cited document
        if not _is_due(c, src, ctx.folded, past_before, lo):
            continue
        kept.append(c)
        taken.add(c.start, c.end)

    out = []
    for c in sorted(kept, key=lambda c: (c.start, c.priority)):
        out.append(Deadline(
            text=src[c.start:c.end],
            kind=c.kind,  # type: ignore[arg-type]
            date=_iso(c.date),
            start=_iso(c.first),
            end=_iso(c.last),
            recurrence=c.recurrence,  # type: ignore[arg-type]
            span=(c.start, c.end),
            node_id=ctx.node_id_at(c.start),
        ))
    return out


class _Intervals:
    """Non-overlapping spans kept sorted: an overlap test is a binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # spans starting before b
        return i > 0 and self.ends[i - 1] > a

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _iso(d: Optional[dt.date]) -> Optional[str]:
    return d.isoformat() if d else None


# ------------------------------------------------------------------ the document's time

_YEAR_IN_TITLE_RE = LazyPattern(rf"{WB}{vx('năm')}\s+((?:19|20)\d\d)(?!\d)", _F)


def doc_year(ctx: DocContext) -> Optional[int]:
    """The year a missing year means: the document's date, its year hint, or its title's year."""
    if ctx.reference_date:
        return ctx.reference_date.year
    if ctx.year_hint:
        return ctx.year_hint
    # Without a header reading, the title is the first lines: "NHIỆM VỤ TRỌNG
    # TÂM NĂM 2009", "Báo cáo … 6 tháng đầu năm 2016".
    head = ctx.text[: min(len(ctx.text), 800)]
    m = _YEAR_IN_TITLE_RE.search(head)
    return int(m.group(1)) if m else None


_REPORT_RE = LazyPattern(rf"^\W*{vx('báo cáo')}{WE}", _F | regex.MULTILINE)


def _past_before(ctx: DocContext, year: Optional[int]) -> Optional[dt.date]:
    """Due times ending before this day are past.

    The document's date; for a report, also the end of the period it reports
    on, named in its title ("BÁO CÁO … 6 tháng đầu năm 2016" -> 1/7/2016).
    """
    marks = []
    if ctx.reference_date:
        marks.append(ctx.reference_date)
    doc_type = (ctx.meta.doc_type or "") if ctx.meta else ""
    is_report = _key(doc_type) == _key("Báo cáo") or (
        not doc_type and _REPORT_RE.search(ctx.text, 0, min(len(ctx.text), 300)) is not None)
    if is_report:
        # the period its title names; only the title: a period in the body is a task's
        title = (ctx.meta.title if ctx.meta else None) or ctx.text[:ctx.body_start or min(len(ctx.text), 300)]
        for p in find_periods(title, default_year=year):
            if p.last:
                marks.append(p.last + dt.timedelta(days=1))
            break
    return max(marks) if marks else None


def _clause(src: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: up to the nearest . ; : ( ) | or line break (300 chars at most)."""
    m = _CLAUSE_EDGE_BACK.search(src, max(0, start - 300), start)
    a = m.end() if m else max(0, start - 300)
    m = _CLAUSE_EDGE.search(src, end, min(len(src), end + 300))
    b = m.start() if m else min(len(src), end + 300)
    return a, b


def _is_due(c: _Cand, src: str, folded: str, past_before: Optional[dt.date], lo: int = 0) -> bool:
    a, b = _clause(src, c.start, c.end)
    # "Quyết định này có hiệu lực kể từ ngày ký": an effective date, not a due
    # time; also "Hiệp định có hiệu lực (từ giữa năm 2020)", across the bracket.
    if _EFFECT_RE.search(src, folded, a, c.start) or _in_effect_bracket(src, folded, lo, c.start):
        return False
    if c.recurrence or c.yearly_first:
        return True
    due = c.due()
    if past_before is not None and due is not None:
        if c.kind == "from":
            # "(chính quyền hai cấp) vận hành từ ngày 01/7/2025" in a later
            # document: when something began, unless a duty or a plan is said
            if due >= past_before:
                return True
            return due >= past_before - dt.timedelta(days=31) and _DUTY_RE.search(src, folded, a, b) is not None \
                and not _PAST_RE.search(src, folded, a, b)
        return due >= past_before
    if past_before is None and not c.explicit and _said_past(src, folded, a, b, c):
        return False  # "Trong năm 2019, tỉnh đã …" with no date to compare with
    return True


def _in_effect_bracket(src: str, folded: str, lo: int, at: int) -> bool:
    """"Hiệp định EVFTA có hiệu lực (từ giữa năm 2020)": the bracket right after "có hiệu lực".

    Not "Luật Đất đai (có hiệu lực từ 01/8/2024) và báo cáo trong tháng 7/2024":
    the bracket closed before the period.
    """
    a = _scope_start(src, lo, at)
    last = None
    for m in _EFFECT_RE.finditer(src, folded, a, at):
        last = m
    return last is not None and ")" not in src[last.end():at]


def _said_past(src: str, folded: str, a: int, b: int, c: _Cand) -> bool:
    """Does the clause say the candidate's time is past ("đã", "vừa qua")?

    Not when a purpose or a duty stands between the marker and the period:
    in "các doanh nghiệp đã được kiểm tra … để thực hiện thanh tra toàn diện
    trong năm 2016" the "đã" is in a relative clause and the period is the
    main verb's.
    """
    for m in _PAST_RE.finditer(src, folded, a, b):
        if m.end() <= c.start:
            between = (m.end(), c.start)
        elif m.start() >= c.end:
            between = (c.end, m.start())
        else:
            return True
        if not _FUTURE_RE.search(src, folded, *between):
            return True
    return False


def _scope_start(src: str, lo: int, at: int, width: int = 100) -> int:
    """Where the stretch of words before ``at`` begins: the nearest , . ; : or line break (brackets do not end it)."""
    m = _SCOPE_EDGE_BACK.search(src, max(lo, at - width), at)
    return m.end() if m else max(lo, at - width)


# ------------------------------------------------------------------ finders


def _before(rx, src: str, lo: int, at: int, width: int = 60, folded: Optional[str] = None):
    """``rx`` (anchored with ``$``) matched in the window that ends at ``at``; ``folded``, the
    tone-folded ``src``, lets a window without the pattern's words be passed over (Lookback)."""
    return rx.search(src, max(lo, at - width), at, folded)


def _earliest(*ms):
    """Of matches that end at the same place, the one that starts first (the longest cue)."""
    got = [m for m in ms if m is not None]
    return min(got, key=lambda m: m.start()) if got else None


def _dates(src: str, folded: str, asc: str, runs: list[tuple[int, int]], lo: int, hi: int,
           year: Optional[int]) -> Iterator[_Cand]:
    """Days with a cue before them: by, on, from, and "từ ngày … đến ngày …".

    A day whose year is named by an event ("chậm nhất đến ngày 20 tháng 12 năm
    trước", "ngày 30 tháng 9 năm thực hiện kế hoạch") is a relative deadline:
    no date follows from the document's.
    """
    done = lo
    # (a day is one or two digits, then a separator or "tháng")
    for d in digits_finditer(_DAY_RE, src, lo, hi, runs, not_after="/.,-", max_digits=2, rough=DAY_MONTH_ROUGH):
        if d.start() < done:
            continue
        # the value is read from "ngày" on ("ngày 10 tháng 01 năm sau"); the cue
        # words are read before the day's digits, "ngày" included
        ng = _NGAY_BEFORE_RE.search_phrase_last(src, max(lo, d.start() - 8), d.start())
        dm = match_date_at(src, ng.start() if ng else d.start(), default_year=year)
        if dm is None:
            continue
        yw = None if dm.year_given else year_word_after(src, dm.end, hi)
        event = yw is not None and yw.shift is None
        if yw is not None and yw.shift == 0:
            dm = dm.__class__(dm.start, yw.end, dm.date, dm.year_given)  # "ngày 20 tháng 9 năm nay"
        if not (dm.date or event):
            continue
        at = d.start()
        m = _earliest(_before(_BY_BEFORE_RE, src, lo, at, folded=folded),
                      _before(_BY_BEFORE_ASC_RE, asc, lo, at, folded=asc),
                      _before(_BEFORE_TIME_RE, src, lo, at, folded=folded)) \
            or _before(_LABEL_BEFORE_RE, src, lo, at, 90, folded)
        if m:
            if not _CUTOFF_RE.found(src, max(lo, m.start() - 30), m.start()):
                # "văn bản được ban hành trước ngày …" describes, does not set
                if event:
                    yield _Cand(m.start(), yw.end, "relative", priority=1, explicit=True)
                else:
                    yield _Cand(m.start(), dm.end, "by", date=dm.date, priority=1, explicit=True)
            done = yw.end if event else dm.end
            continue
        m = _before(_FROM_BEFORE_RE, src, lo, at, folded=folded)
        if m:
            to = _TO_DATE_RE.match(src, dm.end, min(hi, dm.end + 20))
            dm2 = match_date_at(src, to.end(), default_year=dm.date.year if dm.date else year) if to else None
            yw2 = None if dm2 is None or dm2.year_given else year_word_after(src, dm2.end, hi)
            if event or (yw2 is not None and yw2.shift is None):
                # "Từ ngày 15 tháng 9 đến ngày 20 tháng 9 năm thực hiện kế hoạch"
                end = yw2.end if yw2 is not None and yw2.shift is None else yw.end  # type: ignore[union-attr]
                yield _Cand(m.start(), end, "relative", priority=1, explicit=True)
                done = end
            elif dm2 and dm2.date and dm.date and dm2.date >= dm.date:
                first = dm.date if dm.year_given or not dm2.year_given else dm.date.replace(year=dm2.date.year)
                yield _Cand(m.start(), dm2.end, "within", first=first, last=dm2.date, priority=1, explicit=True)
                done = dm2.end
            elif dm.date:
                yield _Cand(m.start(), dm.end, "from", first=dm.date, priority=1)
                done = dm.end
            continue
        if event:
            continue
        m = _before(_ON_BEFORE_RE, src, lo, at, folded=folded)
        if m:
            yield _Cand(m.start(), dm.end, "on", date=dm.date, priority=1)
            done = dm.end
            continue
        m = _before(_BEFORE_BARE_RE, src, lo, at, 12, folded)
        # ("trước 15/12": a day and month with "/" take the document's year)
        if m and (dm.year_given or (dm.date is not None and _SLASH_DAY_RE.fullmatch(src, dm.start, dm.end))) \
                and not _CUTOFF_RE.found(src, max(lo, m.start() - 30), m.start()):
            yield _Cand(m.start(), dm.end, "by", date=dm.date, priority=1)
            done = dm.end


def _recurrence_anchors(src: str, folded: str, lo: int, hi: int) -> Iterator[regex.Match]:
    """The matches of :data:`_RECUR_ANCHOR_RE` in ``src[lo:hi]``, as its ``finditer`` gives them."""
    done = lo
    for at in folded_hits(folded, _RECUR_WORDS + [_THANG_FOLDED], lo, hi):
        if at < done:
            continue
        if folded.startswith(_THANG_FOLDED, at):
            # "6 tháng (một lần)": the count opens the match.  It ends where the
            # white space before "tháng" starts; "mười hai" has a space of its own.
            sp = _SPACES_BACK_RE.match(src, lo, at)
            if sp is not None:
                w0 = sp.start() - 3
                sp2 = _SPACES_BACK_RE.match(src, lo, w0) if w0 > lo else None
                if sp2 is not None:
                    w0 = sp2.start() - 4
                cm = _MONTH_COUNT_BEFORE_RE.search(src, max(done, lo, w0), at)
                m = _RECUR_ANCHOR_RE.match(src, cm.start(), hi) if cm is not None else None
                if m is not None:
                    done = m.end()
                    yield m
                    continue
        m = _RECUR_ANCHOR_RE.match(src, at, hi)
        if m is not None:
            done = m.end()
            yield m


def _recurrences(src: str, folded: str, lo: int, hi: int, year: Optional[int]) -> Iterator[_Cand]:
    """"hằng tháng", "định kỳ 6 tháng", "trước ngày 20 hằng tháng", "trước ngày 15/12 hằng năm"."""
    for m in _recurrence_anchors(src, folded, lo, hi):
        if m.group("months"):
            n = parse_number(m.group("n"))
            rec = P.RECURRENCE_BY_MONTHS.get(int(n)) if n else None
            if rec is None:
                continue
            dk = _before(_DINH_KY_BEFORE_RE, src, lo, m.start(), 12, folded)
            if not (dk or m.group("once")):
                continue  # "6 tháng" alone is a span, not a schedule
            yield _Cand(dk.start() if dk else m.start(), m.end(), "recurring", recurrence=rec, priority=3)
            continue
        day = _before(_RECURRING_DAY_BEFORE_RE, src, lo, m.start(), 50, folded)
        if m.group("of"):
            if day:  # "trước ngày 10 tháng cuối quý"
                rec = "quarterly" if _key(m.group("ofunit")) == "quý" else "yearly"
                yield _Cand(day.start(), m.end(), "recurring", recurrence=rec, priority=0)
            continue
        unit = _RECUR_UNIT_KEYS[_key(m.group("unit"))]
        if day:
            month = day.group("m") or day.group("m2")
            if unit == "yearly" and month and year:
                # "trước ngày 15/12 hằng năm": this year's 15/12, and every year after
                head_end = day.end()
                while head_end > day.start() and src[head_end - 1].isspace():
                    head_end -= 1
                due = _safe_date(year, int(month), int(day.group("d")))
                if due:
                    yield _Cand(day.start(), head_end, "by", date=due, priority=0, explicit=True, yearly_first=True)
                yield _Cand(m.start(), m.end(), "recurring", recurrence="yearly", priority=0)
            elif unit in ("monthly", "quarterly", "yearly"):
                yield _Cand(day.start(), m.end(), "recurring", recurrence=unit, priority=0)
            continue
        if _key(m.group(0)).startswith("mỗi"):
            continue  # "mỗi năm tăng 5%": a rate, not a schedule
        if _NOMINAL_BEFORE_RE.found(src, max(lo, m.start() - 25), m.start()) \
                or _NOMINAL_HEAD_BEFORE_RE.found(src, max(lo, m.start() - 50), m.start()):
            continue  # "kế hoạch (thanh tra) hằng năm", "tăng bình quân hằng năm"
        dk = _before(_DINH_KY_BEFORE_RE, src, lo, m.start(), 12, folded)
        yield _Cand(dk.start() if dk else m.start(), m.end(), "recurring", recurrence=unit, priority=3)


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _relative(src: str, folded: str, asc: str, runs: list[tuple[int, int]], lo: int, hi: int,
              ref: Optional[dt.date]) -> Iterator[_Cand]:
    """"trong vòng 15 ngày kể từ ngày ký": counted from an event; dated when the event is the signing.

    The text runs to the end of the event's phrase ("kể từ ngày Thủ trưởng Cơ
    quan Thuế ký Quyết định thanh tra"), so that deadlines counted from
    different events stay apart.
    """
    for m in digits_finditer(_DURATION_RE, src, lo, hi, runs, not_after=".,/", not_after_letter=True,
                             rough=_DURATION_NEXT_ROUGH):
        cm = _before(_REL_BEFORE_RE, src, lo, m.start(), 30, folded)
        strong = cm is not None and _key(cm.group("cue")) in _STRONG_REL_CUES
        ocr = _before(_REL_BEFORE_ASC_RE, asc, lo, m.start(), 30, asc)
        if ocr is not None and (cm is None or not strong or ocr.start() < cm.start()):
            cm, strong = ocr, True
        if cm is None:
            continue
        unit = _key(m.group("unit"))
        dur_end = m.end()
        wd = _WORKDAY_ASC_RE.match(asc, dur_end, min(hi, dur_end + 16)) if unit == "ngày" else None
        if wd is not None:
            unit, dur_end = "ngày làm việc", wd.end()
        am = _REL_ANCHOR_RE.match(src, dur_end, min(hi, dur_end + 60))
        if am is None and not strong:
            continue  # "trong 3 ngày" alone is how long, not by when
        n = parse_number(m.group("n"))
        if not n:
            continue
        date = None
        if ref and am and am.group("what") and _key(am.group("what")) in _SELF:
            date = _add(ref, int(n), unit)
        end = _anchor_end(src, am.end(), hi) if am else dur_end
        yield _Cand(cm.start(), end, "relative", date=date, priority=1, explicit=True)


def _anchor_end(src: str, at: int, hi: int) -> int:
    """The end of an anchor's phrase: on to a comma or the main clause's words, twelve words at most."""
    words: list[regex.Match] = []
    pos = at
    while len(words) < 15:  # twelve to keep, three to look ahead
        w = _ANCHOR_WORD_RE.match(src, pos, min(hi, pos + 40))
        if w is None:
            break
        words.append(w)
        pos = w.end()
    for i in range(min(12, len(words))):
        for k in (1, 2, 3):
            if i + k <= len(words) and _key(" ".join(w.group(1) for w in words[i:i + k])) in _ANCHOR_STOPS:
                return words[i - 1].end() if i else at
    return words[min(12, len(words)) - 1].end() if words else at


_DURATION_KIND = {_key(k): v for k, v in P.DURATION_UNITS.items()}


def _add(ref: dt.date, n: int, unit: str) -> dt.date:
    """``ref`` + n units; the first day is not counted (BLDS 2015 Điều 147)."""
    kind = _DURATION_KIND[unit]
    if kind == "day":
        return ref + dt.timedelta(days=n)
    if kind == "week":
        return ref + dt.timedelta(weeks=n)
    if kind == "hour":
        return ref + dt.timedelta(days=-(-n // 24))
    if kind == "workday":
        d = ref
        while n > 0:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                n -= 1
        return d
    y, mo = divmod(ref.month - 1 + n, 12)
    y += ref.year
    mo += 1
    return min(dt.date(y, mo, min(ref.day, last_day(y, mo).day)), last_day(y, mo))


def _periods(src: str, folded: str, lo: int, hi: int, year: Optional[int], anchors: list[int]) -> Iterator[_Cand]:
    for p in find_periods(src, default_year=year, pos=lo, endpos=hi, folded=folded, anchors=anchors):
        cm = _PERIOD_CUE_RE.search_phrase_last(src, max(lo, p.start - 30), p.start)
        cue = _PERIOD_CUE_KIND.get(_key(cm.group("cue"))) if cm else None
        firm = cm is not None and _key(cm.group("cue")) in _FIRM_PERIOD_CUES
        if cm is None:
            cm = _LABEL_ONLY_BEFORE_RE.search(src, max(lo, p.start - 70), p.start, folded)
            cue = "within" if cm else None  # "Thời gian thực hiện: tháng 9/2025"
            firm = cm is not None
        start = cm.start() if cm and cue not in (None, "not") else p.start
        if cue == "not":
            continue
        if not p.year_given:
            yw = year_word_after(src, p.end, hi)
            if yw is not None and yw.shift is None:
                # "chậm nhất trong tháng 12 năm trước", "trong quý IV năm kế hoạch"
                if cue is not None:
                    yield _Cand(start, yw.end, "relative", priority=2, explicit=True)
                continue
            if yw is not None and yw.shift:
                p = _shifted(p, yw.shift, yw.end)
        if not firm and _scoped(src, folded, lo, start, cue):
            continue
        if cue == "from" and p.kind in ("month", "quarter", "stretch"):
            # "từ tháng 10 đến tháng 12/2025": one window, the year read from its end
            span = _to_period(src, p, hi, year)
            if span is not None:
                yield _Cand(start, span[0], "within", first=span[1], last=span[2], priority=1, explicit=True)
                continue
        if cue is None and p.kind == "year" and _YEAR_HEAD_BEFORE_RE.found(src, max(lo, p.start - 12), p.start) \
                and _YEAR_HEAD_AFTER_RE.match(src, p.end, min(hi, p.end + 4)):
            # "Năm 2018: hoàn thành …" opening an item: the year the item is due in
            yield _Cand(p.start, p.end, "within", first=p.first, last=p.last, priority=2, explicit=True)
            continue
        cand = _read_period(p, cue, start)
        if cand is not None:
            yield cand
    if year:
        for m in _THIS_YEAR_RE.finditer(src, lo, hi):
            a, b = year_period(year)
            if not _scoped(src, folded, lo, m.start(), "within"):
                yield _Cand(m.start(), m.end(), "within", first=a, last=b, priority=2)


# A year heading an item: at a line's start (after a list marker), then ":" or a dash.
_YEAR_HEAD_BEFORE_RE = Lookback(r"(?:^|\n)[ \t]*(?:[-+•*–][ \t]*|[a-zđ0-9]{1,2}[.)][ \t]*)?$", _F)
_YEAR_HEAD_AFTER_RE = LazyPattern(r"[ \t]*(?::|[-–][ \t])")


def _to_period(src: str, p: PeriodMatch, hi: int, year: Optional[int]):
    """(end, first, last) of "từ <p> đến <q>" when <q> is a period right after, or None."""
    to = _TO_DATE_RE.match(src, p.end, min(hi, p.end + 12))
    if to is None or to.end() == p.end:
        return None
    q = next(iter(find_periods(src, default_year=year, pos=to.end(), endpos=min(hi, to.end() + 40))), None)
    if q is None or q.start != to.end() or q.kind not in ("month", "quarter", "stretch") or q.last is None \
            or p.first is None:
        return None
    first = p.first
    if not p.year_given and q.year_given:
        first = first.replace(year=q.last.year)
    if first > q.last:
        return None
    return q.end, first, q.last


def _scoped(src: str, folded: str, lo: int, start: int, cue: Optional[str]) -> bool:
    """Is the period at ``start`` the span of a prohibition or of a measure, not a due time?

    "không tổ chức kiểm tra định kỳ trong năm 2020", "Chưa thực hiện điều chỉnh
    tăng giá trong Quý I và Quý II năm 2020": a negated verb in the words before
    it; "miễn phí thị thực … đến hết năm 2020", "gia hạn nộp thuế đến hết tháng
    9": how long a measure lasts.  Not when a duty stands between ("các đơn vị
    chưa hoàn thành phải xong trong quý I").
    """
    a = _scope_start(src, lo, start, 120)
    marks = list(_NEGATION_RE.finditer(src, folded, a, start))
    if cue in ("within", "until", "by_end", None):
        marks += list(_VALIDITY_RE.finditer(src, folded, a, start))
    # (a bracket closed in between ends the reach: "Luật (có hiệu lực từ …) và báo cáo trong tháng 7")
    return any(not _SCOPE_BREAK_RE.search(src, folded, m.end(), start) and ")" not in src[m.end():start] for m in marks)


def _shifted(p: PeriodMatch, years: int, end: int) -> PeriodMatch:
    """The period a number of years on ("quý I năm sau"), its span running to ``end``."""
    def move(d: Optional[dt.date]) -> Optional[dt.date]:
        if d is None:
            return None
        y = d.year + years
        return min(dt.date(y, d.month, 1) + dt.timedelta(days=d.day - 1), last_day(y, d.month))
    return PeriodMatch(p.start, end, p.kind, move(p.first), move(p.last), True, p.word)


_BARE_YEAR_RE = LazyPattern(r"\s*((?:19|20)\d\d)\s*(?:\.\s*)?")


def _table_cells(src: str, lo: int, hi: int, year: Optional[int]) -> Iterator[_Cand]:
    """The due-time column of a table of tasks ("| … | Thời gian hoàn thành |").

    There a bare "Tháng 9/2025", "Năm 2025" or "2025" is the window of the
    row's task, and a bare "30/6/2025" its due day.  Cue words inside a cell
    ("Trước ngày 30/6") are read by the other finders, which win.
    """
    column: Optional[int] = None
    pos = lo
    while pos < hi:
        if column is None:
            # (outside a table only a line with a "|" can start one: on to the next such line)
            bar = src.find("|", pos, hi)
            if bar < 0:
                break
            nl = src.rfind("\n", pos, bar)
            pos = nl + 1 if nl >= 0 else pos
        nl = src.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        cells = split_row(src[pos:end])
        if cells is None:
            if "|" not in src[pos:end]:
                column = None  # the table ended
        else:
            roles = column_roles(cells)
            if roles is not None:
                column = roles.index("deadline") if "deadline" in roles else None
            elif column is not None:
                spans = _cell_spans(src, pos, end)
                if len(spans) == len(cells) and column < len(spans):
                    yield from _cell(src, *spans[column], year)
        pos = end + 1


def _cell_spans(src: str, a: int, b: int) -> list[tuple[int, int]]:
    """Offsets of the cells of a "|" row, as :func:`chidao.parse.tables.split_row` cuts them."""
    bars = [i for i in range(a, b) if src[i] == "|"]
    starts = [a] + [i + 1 for i in bars]
    ends = bars + [b]
    spans = list(zip(starts, ends))
    if spans and not src[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]
    if spans and not src[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


def _cell(src: str, a: int, b: int, year: Optional[int]) -> Iterator[_Cand]:
    while a < b and src[a].isspace():
        a += 1
    while b > a and src[b - 1] in " \t.":
        b -= 1
    if a >= b:
        return
    ym = _BARE_YEAR_RE.fullmatch(src, a, b)
    if ym:
        first, last = year_period(int(ym.group(1)))
        yield _Cand(a, b, "within", first=first, last=last, priority=4)
        return
    dm = match_date_at(src, a, default_year=year)
    if dm and dm.date and dm.end >= b - 1:
        yield _Cand(a, dm.end, "by", date=dm.date, priority=4)
        return
    for p in find_periods(src, default_year=year, pos=a, endpos=b):
        if p.first is None or p.last is None:
            continue
        if p.kind == "point":
            yield _Cand(p.start, p.end, "by", date=p.first, priority=4)
        else:
            yield _Cand(p.start, p.end, "within", first=p.first, last=p.last, priority=4)


def _read_period(p: PeriodMatch, cue: Optional[str], start: int) -> Optional[_Cand]:
    """What a period means as a due time, given the word before it (see the table in the docstring)."""
    if p.first is None or p.last is None or cue == "not":
        return None
    end = p.end
    if p.kind == "point":
        if p.word == "đầu":
            # "ngay từ đầu năm" is when work starts; "vào/trước đầu năm 2026" a due day.
            if cue in ("within", "before", "until", "by_end"):
                return _Cand(start, end, "by", date=p.first)
            return None
        if cue == "from":
            return _Cand(start, end, "from", first=p.first)
        # "cuối năm 2020", "hết năm 2025", "giữa năm 2009": the year makes it a
        # due day; without one ("khen thưởng cuối năm") it needs a cue word.
        if p.year_given or cue in ("within", "before", "until", "by_end"):
            return _Cand(start, end, "by", date=p.first)
        return None
    if cue == "from":
        if p.kind == "year":
            return None  # "từ năm 2021": the start of a horizon
        return _Cand(start, end, "from", first=p.first)
    if cue == "before":
        return _Cand(start, end, "by", date=p.first - dt.timedelta(days=1))
    if cue == "by_end":
        return _Cand(start, end, "by", date=p.last)
    if cue == "until":
        if p.kind == "year":
            return None  # "đến năm 2030": a horizon
        return _Cand(start, end, "by", date=p.last)
    if cue == "within":
        return _Cand(start, end, "within", first=p.first, last=p.last)
    # No cue word.  A stretch of months ("6 tháng cuối năm 2016") and a quarter
    # with its year ("Quý III/2025" in a table of tasks) are due windows; a
    # bare month or year is only a date ("phiên họp tháng 01/2020").
    if p.kind == "stretch" or (p.kind == "quarter" and p.year_given):
        return _Cand(start, end, "within", first=p.first, last=p.last)
    return None
