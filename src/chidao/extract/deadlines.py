"""Deadlines: when a task is due, as printed, normalized to dates.

Forms covered (kind -> value):

    by        "trước ngày 20 tháng 01 năm 2020", "chậm nhất (là) (ngày) 31/10/2009",
              "hạn chót 15/12", "đến hết ngày 30/6/2025"                  -> date
              "cuối năm 2020", "hết năm 2025", "đến hết năm", "giữa năm 2009"
              (30/6, BLDS Điều 146), "cuối tháng 6/2025", "cuối quý III"     -> the day
              "đến hết tháng 6/2025", "chậm nhất trong quý I/2026"          -> last day
              "trước tháng 6/2025" -> 31/5;  "trước năm 2026" -> 31/12/2025
    on        "trong ngày 20/11/2025", "vào ngày 20/11/2025"
    within    "trong tháng 6/2025", "trong quý 3/2025", "quý III/2025", "trong năm 2025",
              "trong năm nay", "6 tháng đầu năm", "6 tháng cuối năm 2016", "9 tháng đầu năm",
              "từ ngày 01/10 đến ngày 31/10/2025"                           -> start, end
    from      "từ tháng 7/2025", "kể từ quý III/2025", "kể từ ngày 01/7/2025" -> start
    recurring "hằng/hàng tháng", "hằng quý", "hằng năm", "hằng tuần", "định kỳ 6 tháng"
              (half_yearly), "định kỳ hằng quý", "6 tháng một lần", "trước ngày 20 hằng
              tháng", "trước ngày 10 tháng cuối quý" (quarterly)
              "trước ngày 15/12 hằng năm" -> by 15/12 of the document's year AND yearly
    relative  "trong vòng 15 ngày kể từ ngày ký", "trong thời hạn 30 ngày làm việc kể từ
              ngày nhận được hồ sơ" -> date when counted from the document's own date and
              that date is known (BLDS Điều 147: the first day is not counted)

A missing year is the document's year (``ctx.reference_date``, else
``ctx.year_hint``, else the first year its title names).

Deliberately not deadlines: horizons of goals ("đến năm 2030", "giai đoạn
2021-2025", "tầm nhìn đến năm 2050"), dates inside citations ("Nghị quyết số
01/NQ-CP ngày 01/01/2020"), the date a document takes effect ("có hiệu lực kể từ
ngày ký"), a bare month or year ("phiên họp tháng 01/2020", "năm 2025"),
"ngay từ đầu năm", attributes ("kế hoạch hằng năm", "tăng bình quân hằng năm"),
and spans already past: before the document's date, or — in a report — the
period it reports on ("Báo cáo … 6 tháng đầu năm 2016").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from chidao.context import DocContext
from chidao.data import periods as P
from chidao.extract.grammar import (
    DAY, MONTH, NUMBER, NUMERAL, WB, WE, DateMatch, PeriodMatch, alternation, find_dates,
    find_periods, last_day, match_date_at, parse_number, year_period, vi,
)
from chidao.schema import Deadline
from chidao.text import fold_tones


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

    def due(self) -> Optional[dt.date]:
        """The last day the candidate covers, for telling past from future."""
        return self.date or self.last or self.first


def _fold_key(s: str) -> str:
    return " ".join(fold_tones(s.lower()).split())


# ------------------------------------------------------------------ patterns

_F = regex.IGNORECASE
_RECUR_UNIT = alternation(P.RECURRENCE_UNITS, group="unit")
_RECUR_PREFIX = alternation(P.RECURRENCE_PREFIXES)
_COUNT = rf"(?P<n>\d{{1,2}}|{NUMERAL})"
_THANG = vi("tháng")

# "hằng tháng", "hàng quý", "định kỳ hằng năm", "định kỳ 6 tháng (một lần)",
# "6 tháng một lần".
_RECUR_RE = regex.compile(
    rf"(?P<plain>{WB}(?:{vi('định kỳ')}\s+)?{_RECUR_PREFIX}\s+{_RECUR_UNIT}{WE}(?!\s+{vi('học')}))"
    rf"|(?P<months>{WB}{vi('định kỳ')}\s+{_COUNT}\s+{_THANG}(?:\s+(?:{vi('một')}|0?1)\s+{vi('lần')})?{WE})"
    rf"|(?P<times>{WB}{_COUNT}\s+{_THANG}\s+(?:{vi('một')}|0?1)\s+{vi('lần')}{WE})",
    _F,
)
_NOMINAL_BEFORE_RE = regex.compile(rf"{WB}{alternation(P.NOMINAL_BEFORE_RECURRENCE)}\s+$", _F)

# "trước ngày 20 hằng tháng", "trước ngày 10 (của) tháng cuối quý", "trước
# ngày 15/12 hằng năm" (the last also yields a dated "by").
_BY_CUE = alternation(P.BY_DATE_CUES, group="cue")
_RECURRING_DAY_RE = regex.compile(
    rf"{WB}{_BY_CUE}\s+(?:{vi('ngày')}\s+)?(?P<d>{DAY})(?:\s*[/\-.]\s*(?P<m>{MONTH}))?"
    rf"(?:\s+{vi('tháng')}\s+(?P<m2>{MONTH}))?\s+(?:{vi('của')}\s+)?"
    rf"(?:(?P<rec>(?:{_RECUR_PREFIX}|{vi('mỗi')})\s+(?P<unit>{vi('tháng')}|{vi('quý')}|{vi('năm')}))"
    rf"|{vi('tháng')}\s+(?:{vi('cuối')}|{vi('đầu')}|{vi('thứ')}\s+\w+)\s+(?:{vi('của')}\s+)?"
    rf"(?:{vi('mỗi')}\s+|{_RECUR_PREFIX}\s+)?(?P<of>{vi('quý')}|{vi('năm')}))(?![\w])",
    _F,
)

# "trước ngày …", "chậm nhất …", "hạn …" followed by a date.
_BY_DATE_RE = regex.compile(
    rf"{WB}{_BY_CUE}(?:\s+{vi('là')})?(?:\s+{vi('vào')})?"
    rf"(?:\s+\d{{1,2}}\s*(?:{vi('giờ')}|h|:)\s*(?:\d{{1,2}})?(?:\s*{vi('phút')})?\s*,?)?\s*:?(?=\s*(?:{vi('ngày')}\s+)?\d)",
    _F,
)
_ON_DATE_RE = regex.compile(rf"{WB}{alternation(P.ON_DATE_CUES)}(?=\s+\d)", _F)
# "từ ngày 01/10 đến (hết) ngày 31/10/2025" and "(kể) từ ngày 01/7/2025".
_FROM_DATE_RE = regex.compile(rf"{WB}(?:{vi('kể từ')}|{vi('bắt đầu từ')}|{vi('từ')})(?=\s+{vi('ngày')}\s+\d)", _F)
_TO_DATE_RE = regex.compile(rf"\s*,?\s*(?:{vi('đến hết')}|{vi('đến')}|{vi('tới')}|[-–])\s*", _F)

# Relative: "trong vòng 15 ngày kể từ ngày ký", "chậm nhất 05 ngày làm việc sau khi …".
_REL_CUE = alternation(P.RELATIVE_CUES, group="cue")
_REL_RE = regex.compile(
    rf"{WB}{_REL_CUE}\s+(?:{vi('là')}\s+)?(?P<n>{NUMBER}|{NUMERAL})\s*(?:\([^()\n]{{1,30}}\)\s*)?"
    rf"(?P<unit>{alternation(P.DURATION_UNITS)}){WE}"
    rf"(?P<anchor>\s*,?\s*(?:{vi('kể từ')}|{vi('tính từ')}|{vi('từ')}|{vi('sau khi')}|{vi('sau')})\s+"
    rf"(?:{vi('ngày')}\s+|{vi('khi')}\s+|{vi('thời điểm')}\s+)?(?P<what>{alternation(P.SELF_ANCHORS + P.OTHER_ANCHORS)})"
    rf"(?:\s+{alternation(['quyết định này', 'kế hoạch này', 'chỉ thị này', 'văn bản này', 'công văn này'])})?)?",
    _F,
)
_STRONG_REL_CUES = {_fold_key(c) for c in ["trong vòng", "trong thời hạn", "chậm nhất"]}
_SELF = {_fold_key(a) for a in P.SELF_ANCHORS}

# "trong năm nay", "trong năm." — the document's year without a number.
_THIS_YEAR_RE = regex.compile(
    rf"{WB}{vi('trong')}\s+(?:{vi('cả')}\s+)?{vi('năm')}(?:\s+{vi('nay')}{WE}|(?=\s*[,.;:)]|\s*$))", _F)

# Words right before a period, and what they make of it.
_PERIOD_CUES = {
    **{c: "within" for c in P.WITHIN_CUES},
    **{c: "by_end" for c in P.BY_END_CUES},
    **{c: "before" for c in P.BEFORE_CUES},
    **{c: "from" for c in P.FROM_CUES},
    **{c: "until" for c in P.UNTIL_CUES},
    **{c: "not" for c in P.NOT_DUE_BEFORE},
}
_PERIOD_CUE_RE = regex.compile(rf"{WB}{alternation(_PERIOD_CUES, group='cue')}\s+$", _F)
_PERIOD_CUE_KIND = {_fold_key(k): v for k, v in _PERIOD_CUES.items()}

_EFFECT_RE = regex.compile(rf"{WB}{alternation(P.EFFECT_WORDS)}{WE}", _F)
_PAST_RE = regex.compile(rf"{WB}{alternation(P.PAST_MARKERS)}{WE}", _F)
# Clause edges for the "đã" test and the effect test.
_CLAUSE_EDGE = regex.compile(r"[.;:!?()\[\]\n]")


# ------------------------------------------------------------------ entry point


def find_deadlines(ctx: DocContext) -> list[Deadline]:
    folded = ctx.folded
    lo, hi = ctx.body_start, ctx.body_end if ctx.body_end >= 0 else len(folded)
    year = doc_year(ctx)
    past_before = _past_before(ctx, year)
    cited = sorted((c.span[0], c.span[1]) for c in ctx.citations)

    cands: list[_Cand] = []
    cands += _recurring_days(folded, lo, hi, year)
    cands += _dates(folded, lo, hi, year)
    cands += _relative(folded, lo, hi, ctx.reference_date)
    cands += _periods(folded, lo, hi, year)
    cands += _recurrences(folded, lo, hi)

    kept: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (c.priority, c.start, -(c.end - c.start))):
        if any(s < c.end and c.start < e for s, e in taken):
            continue
        if any(s <= c.start < e for s, e in cited):
            continue  # the date of a cited document
        if not _is_due(c, folded, past_before):
            continue
        kept.append(c)
        taken.append((c.start, c.end))

    out = []
    for c in sorted(kept, key=lambda c: (c.start, c.priority)):
        out.append(Deadline(
            text=ctx.text[c.start:c.end],
            kind=c.kind,  # type: ignore[arg-type]
            date=_iso(c.date),
            start=_iso(c.first),
            end=_iso(c.last),
            recurrence=c.recurrence,  # type: ignore[arg-type]
            span=(c.start, c.end),
            node_id=ctx.node_id_at(c.start),
        ))
    return out


def _iso(d: Optional[dt.date]) -> Optional[str]:
    return d.isoformat() if d else None


# ------------------------------------------------------------------ the document's time

_YEAR_IN_TITLE_RE = regex.compile(rf"{WB}{vi('năm')}\s+((?:19|20)\d\d)(?!\d)", _F)


def doc_year(ctx: DocContext) -> Optional[int]:
    """The year a missing year means: the document's date, its year hint, or its title's year."""
    if ctx.reference_date:
        return ctx.reference_date.year
    if ctx.year_hint:
        return ctx.year_hint
    # Without a header reading, the title is the first lines: "NHIỆM VỤ TRỌNG
    # TÂM NĂM 2009", "Báo cáo … 6 tháng đầu năm 2016".
    head = ctx.folded[: min(len(ctx.folded), 800)]
    m = _YEAR_IN_TITLE_RE.search(head)
    return int(m.group(1)) if m else None


_REPORT_RE = regex.compile(rf"^\W*{vi('báo cáo')}{WE}", _F | regex.MULTILINE)


def _past_before(ctx: DocContext, year: Optional[int]) -> Optional[dt.date]:
    """Due times ending before this day are past.

    The document's date; for a report, also the end of the period it reports
    on, named in its title ("BÁO CÁO … 6 tháng đầu năm 2016" -> 1/7/2016).
    """
    marks = []
    if ctx.reference_date:
        marks.append(ctx.reference_date)
    doc_type = (ctx.meta.doc_type or "") if ctx.meta else ""
    head_end = min(len(ctx.folded), max(ctx.body_start, 0) + 600)
    is_report = _fold_key(doc_type) == _fold_key("Báo cáo") or (
        not doc_type and _REPORT_RE.search(ctx.folded, 0, min(len(ctx.folded), 300)) is not None)
    if is_report:
        for p in find_periods(ctx.folded, default_year=year, endpos=head_end):
            if p.last:
                marks.append(p.last + dt.timedelta(days=1))
            break
    return max(marks) if marks else None


def _clause(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: up to the nearest . ; : ( ) or line break."""
    a = start
    while a > 0 and not _CLAUSE_EDGE.match(folded, a - 1) and start - a < 300:
        a -= 1
    b = end
    while b < len(folded) and not _CLAUSE_EDGE.match(folded, b) and b - end < 300:
        b += 1
    return a, b


def _is_due(c: _Cand, folded: str, past_before: Optional[dt.date]) -> bool:
    a, b = _clause(folded, c.start, c.end)
    # "Quyết định này có hiệu lực kể từ ngày ký": an effective date, not a due time.
    if _EFFECT_RE.search(folded, a, c.start):
        return False
    if c.recurrence:
        return True
    due = c.due()
    if past_before is not None and due is not None:
        if c.kind == "from":
            return due >= past_before - dt.timedelta(days=31)
        return due >= past_before
    if past_before is None and not c.explicit and _PAST_RE.search(folded, a, b):
        return False  # "Trong năm 2019, tỉnh đã …" with no date to compare with
    return True


# ------------------------------------------------------------------ finders


def _recurrences(folded: str, lo: int, hi: int) -> Iterator[_Cand]:
    for m in _RECUR_RE.finditer(folded, lo, hi):
        if _NOMINAL_BEFORE_RE.search(folded, max(lo, m.start() - 25), m.start()):
            continue  # "kế hoạch hằng năm", "tăng bình quân hằng năm"
        if m.group("plain"):
            rec = P.RECURRENCE_UNITS[{_fold_key(k): k for k in P.RECURRENCE_UNITS}[_fold_key(m.group("unit"))]]
        else:
            n = parse_number(m.group("n"))
            rec = P.RECURRENCE_BY_MONTHS.get(int(n)) if n else None
            if rec is None:
                continue
        yield _Cand(m.start(), m.end(), "recurring", recurrence=rec, priority=3)


def _recurring_days(folded: str, lo: int, hi: int, year: Optional[int]) -> Iterator[_Cand]:
    for m in _RECURRING_DAY_RE.finditer(folded, lo, hi):
        if m.group("of"):
            rec = "quarterly" if _fold_key(m.group("of")) == _fold_key("quý") else "yearly"
            yield _Cand(m.start(), m.end(), "recurring", recurrence=rec, priority=0)
            continue
        rec = {"thang": "monthly", "quy": "quarterly", "năm": "yearly"}[_fold_key(m.group("unit"))]
        month = m.group("m") or m.group("m2")
        if rec == "yearly" and month and year:
            # "trước ngày 15/12 hằng năm": this year's 15/12, and every year after.
            day = _safe_date(year, int(month), int(m.group("d")))
            head_end = m.start("rec")
            while head_end > m.start() and folded[head_end - 1].isspace():
                head_end -= 1
            if day:
                yield _Cand(m.start(), head_end, "by", date=day, priority=0, explicit=True)
            yield _Cand(m.start("rec"), m.end(), "recurring", recurrence="yearly", priority=0)
            continue
        yield _Cand(m.start(), m.end(), "recurring", recurrence=rec, priority=0)


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _dates(folded: str, lo: int, hi: int, year: Optional[int]) -> Iterator[_Cand]:
    for m in _BY_DATE_RE.finditer(folded, lo, hi):
        dm = match_date_at(folded, m.end(), default_year=year)
        if dm and dm.date:
            yield _Cand(m.start(), dm.end, "by", date=dm.date, priority=1, explicit=True)
    for m in _ON_DATE_RE.finditer(folded, lo, hi):
        dm = match_date_at(folded, m.end(), default_year=year)
        if dm and dm.date:
            yield _Cand(m.start(), dm.end, "on", date=dm.date, priority=1)
    for m in _FROM_DATE_RE.finditer(folded, lo, hi):
        dm = match_date_at(folded, m.end(), default_year=year)
        if not (dm and dm.date):
            continue
        to = _TO_DATE_RE.match(folded, dm.end)
        dm2 = match_date_at(folded, to.end(), default_year=dm.date.year) if to else None
        if dm2 and dm2.date and dm2.date >= dm.date:
            first = dm.date if dm.year_given or not dm2.year_given else dm.date.replace(year=dm2.date.year)
            yield _Cand(m.start(), dm2.end, "within", first=first, last=dm2.date, priority=1, explicit=True)
        else:
            yield _Cand(m.start(), dm.end, "from", first=dm.date, priority=1)


def _relative(folded: str, lo: int, hi: int, ref: Optional[dt.date]) -> Iterator[_Cand]:
    for m in _REL_RE.finditer(folded, lo, hi):
        cue = _fold_key(m.group("cue"))
        if not m.group("anchor") and cue not in _STRONG_REL_CUES:
            continue  # "trong 3 ngày" alone is how long, not by when
        n = parse_number(m.group("n"))
        if not n:
            continue
        date = None
        what = _fold_key(m.group("what") or "")
        if ref and what in _SELF:
            date = _add(ref, int(n), _fold_key(m.group("unit")))
        yield _Cand(m.start(), m.end(), "relative", date=date, priority=1, explicit=True)


def _add(ref: dt.date, n: int, unit: str) -> dt.date:
    """``ref`` + n units; the first day is not counted (BLDS 2015 Điều 147)."""
    kind = {_fold_key(k): v for k, v in P.DURATION_UNITS.items()}[unit]
    if kind == "day":
        return ref + dt.timedelta(days=n)
    if kind == "week":
        return ref + dt.timedelta(weeks=n)
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


def _periods(folded: str, lo: int, hi: int, year: Optional[int]) -> Iterator[_Cand]:
    for p in find_periods(folded, default_year=year, pos=lo, endpos=hi):
        cm = _PERIOD_CUE_RE.search(folded, max(lo, p.start - 30), p.start)
        cue = _PERIOD_CUE_KIND.get(_fold_key(cm.group("cue"))) if cm else None
        start = cm.start() if cm and cue not in (None, "not") else p.start
        cand = _read_period(p, cue, start)
        if cand is not None:
            yield cand
    if year:
        for m in _THIS_YEAR_RE.finditer(folded, lo, hi):
            a, b = year_period(year)
            yield _Cand(m.start(), m.end(), "within", first=a, last=b, priority=2)


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
