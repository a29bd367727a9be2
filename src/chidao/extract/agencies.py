"""Bodies named in a document: every mention, with its canonical name.

Forms covered (the gazetteer, ``data/agencies.json``, lists the names)::

    Sở Kế hoạch và Đầu tư · Sở KH&ĐT · Sở KHĐT · Sở KH và ĐT · Bộ KH-ĐT
    Sở NN&PTNT · Sở Nông nghiệp & PTNT · Sở LĐ-TB&XH · Sở VH,TT&DL · Sở GD&ĐT
    Sở Lao động – Thương bình và Xã hội (tone typo) · Sở Giao thông – Vận tải
    Sở Khoa học - Công nghệ · Sở Văn hóa - Thể thao và Du lịch · sở xây dựng
    Uỷ ban nhân dân tỉnh = Ủy ban nhân dân tỉnh · UBND tỉnh Trà Vinh (home
    province dropped) · Sở KH&ĐT thành phố Cần Thơ (other province kept)
    VP Chính phủ · TT.TU, TT.HĐND tỉnh · Ban Thường vụ Tỉnh ủy · Ban Cán sự Đảng
    UBND tỉnh · Ủy ban MTTQ Việt Nam tỉnh · Liên minh HTX tỉnh · BCH BĐBP ·
    Ngân hàng Nhà nước Chi nhánh tỉnh Trà Vinh · Đài Phát thanh & Truyền hình
    names broken over a line ("Ủy\\nban nhân dân"), "HĐND và UBND tỉnh" (HĐND
    borrows the locality)
    shared heads: "Các Sở: Giáo dục và Đào tạo, Lao động - TB&XH" (two sở),
    "Các Sở, ngành: Kế hoạch và Đầu tư, ..., Ban Quản lý Khu kinh tế",
    "các Sở Tài chính, Kế hoạch và Đầu tư"; "và" inside a name ("Sở Kế hoạch
    và Đầu tư") versus between names ("Sở Tài nguyên và Môi trường và các Sở")
    groups (group=True): các sở, ban, ngành · các ngành chức năng · UBND các
    huyện, thị xã, thành phố · UBND các xã, phường · các địa phương (level from
    the document's date and issuer) · các cơ quan, đơn vị liên quan · các bộ, ngành
    bodies outside the gazetteer, by their head word and capitalisation:
    "Trung tâm Phục vụ hành chính công", "Trường Đại học Y Dược Thái Bình",
    "Bệnh viện Đa khoa huyện Kỳ Anh", "Ban Chỉ đạo phòng chống tham nhũng",
    "Báo Trà Vinh", "Tổ công tác Đề án ... (Tổ công tác Đề án 30)" (the short
    name in brackets becomes the canonical one)
    misspelt fields after "Sở"/"Bộ" by rapidfuzz ("Sở Tài nguyên và Môi truờng")
    a unit with the body it belongs to: "Ban Thanh tra Tổng cục Thuế", "Văn phòng
    Bộ Tư pháp" (the body is a mention of its own too); names in lower case where a
    name stands by position ("…; Cục quản lý giá; Uỷ ban chứng khoán Nhà nước")
    classes by the issuer's level: a central document (the Government, a ministry,
    a general department; :func:`chidao.extract.gazetteer.is_central`) names a
    province's bodies only as classes ("Cục Thuế", "Cục Thuế các tỉnh, thành phố"
    -> "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"; "Công an tỉnh"), and
    its "các ngành" are the ministries; a quantifier makes a class anywhere ("các
    Cục Thuế", "13 Chi cục Thuế"); Party classes ("các cấp ủy, tổ chức đảng", "các
    huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "đảng ủy các xã, phường")

Not reported as agencies (kept in :func:`scan` for the task finder): offices
held by one person ("Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh", "các PCT UBND
tỉnh"), the issuer's own units on its copy lines ("Lưu: VT", "Phòng NCTH",
"Lãnh đạo Văn phòng"), bodies named inside a law's title ("Luật Tổ chức Chính
phủ"), codes inside document numbers ("01/QĐ-UBND"), bodies to be set up
("thành lập Trung tâm …"), lower-case generic phrases ("trung tâm văn hóa",
"bệnh viện tâm thần"), companies and their organs ("Hội đồng thành viên", kept for
the task finder's lists), a person's title after a head word ("Cục Trưởng",
"Tổng cục Tổng cục trưởng"), abbreviations we cannot expand ("Ban VSTBPN ngành
TP").  Not covered: abbreviations not in the
gazetteer when standing alone ("Sở TC"), bare "MTTQ", names split by a page
break inside a word.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import Optional


from chidao.context import DocContext, overlaps_any
from chidao.extract import gazetteer as gz
from chidao.schema import AgencyMention, Meta
from chidao.text import find_all

_LOCAL_LEVEL_CUTOFF = dt.date(2025, 7, 1)  # two-level local government


@dataclass(slots=True)  # thousands per document: made and read in the finder's inner loops
class Found:
    """One mention as the finder sees it (more than :class:`AgencyMention`)."""

    start: int
    end: int
    canonical: str
    group: bool = False
    successor: Optional[str] = None
    kind: str = "gaz"              # gaz | group | list | fuzzy | generic
    body_id: Optional[str] = None
    office: Optional[str] = None   # an office held by one person precedes it ("Chủ tịch")
    head: Optional[str] = None     # a head standing for the body precedes it ("Giám đốc")
    head_start: Optional[int] = None
    internal: bool = False         # the issuer's internal unit on a copy line
    level: Optional[str] = None    # locality as printed: "tỉnh", "huyện"
    place: Optional[str] = None
    in_law_title: bool = False
    parent: Optional[str] = None    # the body a unit's name ends with ("Ban Thanh tra Tổng cục Thuế")
    national: bool = False          # a national body by its name ("… Việt Nam", "… Trung ương")

    @property
    def reported(self) -> bool:
        """An agency of the document: not an office held by one person ("Chủ tịch UBND tỉnh"; a class
        of offices, "Chủ tịch UBND các xã", stands for the class of bodies), not a copy-line unit."""
        return not ((self.office and not self.group) or self.internal or self.in_law_title or self.kind == "organ")


# ------------------------------------------------------------------ document facts

@dataclass
class _Doc:
    text: str
    folded: str
    ascii: str
    home: Optional[gz.Province]
    local_group: str
    level: str = "tỉnh"   # the issuer's level: "huyện" for a UBND huyện, where "Công an huyện" is one body
    home_local: Optional[str] = None  # the issuing district's or commune's name ("Kỳ Anh")
    central: bool = False             # a central issuer: the Government, a ministry, a general department
    date: Optional[dt.date] = None
    in_recipients: Optional[object] = None  # offset -> on a "Kính gửi" / "Nơi nhận" list?

    @cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in _NEWLINE.finditer(self.text)]

    @cached_property
    def other_starts(self) -> list[int]:
        """The word starts not after a blank (:func:`gazetteer.other_word_starts`), for every scan."""
        return gz.other_word_starts(self.ascii)

    @cached_property
    def openings(self) -> list[tuple[int, int, str]]:
        """Words that may open a group or a shared-head list ("các", "ubnd", "sở") where a word
        begins, as (start, end, folded word): one scan of the text for both passes."""
        folded = self.folded
        return [(s, e, folded[s:e]) for s, e in gz.load().group_scan.spans(folded, self.other_starts)]

    def fold(self, s: int, e: int) -> str:
        """:func:`gazetteer.fold` of text[s:e], read from the folded text where the slice is
        already in NFC (folding one character at a time, the slice of the fold is the fold of
        the slice): a small string folded on its own costs as much as a line of text."""
        piece = self.text[s:e]
        return self.folded[s:e] if unicodedata.is_normalized("NFC", piece) else gz.fold(piece)

    def line_start(self, pos: int) -> int:
        """Start of the line that holds ``pos`` (a bisection, not a scan back over a long line)."""
        i = bisect.bisect_left(self._newlines, pos)
        return self._newlines[i - 1] + 1 if i else 0


def _is_central(ctx: DocContext) -> bool:
    if ctx.meta.issuer or ctx.meta.number:
        return gz.is_central(ctx.meta.issuer, ctx.meta.number)
    first = next((ln for ln in ctx.text[:400].splitlines() if ln.strip()), "")
    return gz.is_central(first.strip()[:60])


def _doc_date(ctx: DocContext) -> Optional[dt.date]:
    date = ctx.reference_date
    if date is None and ctx.meta.date:
        try:
            date = dt.date.fromisoformat(ctx.meta.date)
        except ValueError:
            date = None
    if date is None and ctx.year_hint:
        date = dt.date(ctx.year_hint, 1, 1)
    return date


def _doc_facts(ctx: DocContext) -> _Doc:
    central = _is_central(ctx)
    home = None if central else (gz.province_of(ctx.meta.place) or gz.province_of(ctx.meta.issuer))
    if home is None and not central:
        counts: Counter = Counter()
        for m in _PROV_LEAD.finditer(ctx.ascii):
            if not gz.at_word_start(ctx.ascii, m.start()):
                continue
            hit = gz.match_province(ctx.ascii, m.end())
            if hit and hit[0]:
                counts[hit[0].name] += 1
        if counts:
            name = counts.most_common(1)[0][0]
            home = next(p for p in gz.load().provinces.values() if p.name == name)
    level = _issuer_level(ctx)
    home_local = None
    if level != "tỉnh" and ctx.meta.issuer:
        m = _ISSUER_LEVEL.search(gz.fold(ctx.meta.issuer))
        if m:
            home_local = ctx.meta.issuer[m.end():].strip().title() or None
    return _Doc(ctx.text, ctx.folded, ctx.ascii, home, _local_group(ctx, central), level, home_local, central,
                _doc_date(ctx), ctx.in_recipients)


_ISSUER_LEVEL = re.compile(
    r"(?:uy ban nhân dân|ubnd|hôi đông nhân dân|hđnd)\s+(tinh|thanh phô|huyên|quân|thi xa|xa|phương|thi trân|đăc khu)")
_LEVEL_NAMES = {"tinh": "tỉnh", "thanh phô": "thành phố", "huyên": "huyện", "quân": "quận", "thi xa": "thị xã",
                "xa": "xã", "phương": "phường", "thi trân": "thị trấn", "đăc khu": "đặc khu"}
_SAME_LEVEL = {"huyện": {"huyện", "quận", "thị xã", "thành phố"}, "xã": {"xã", "phường", "thị trấn", "đặc khu"}}


def _issuer_level(ctx: DocContext) -> str:
    """"huyện" / "xã" when a district or commune issued the document, else "tỉnh"."""
    m = _ISSUER_LEVEL.search(gz.fold(ctx.meta.issuer or ctx.text[:200]))
    if not m:
        return "tỉnh"
    lv = _LEVEL_NAMES[m.group(1)]
    if lv == "thành phố":
        rest = (ctx.meta.issuer or ctx.text[:200])[m.end(1):]
        return "tỉnh" if gz.province_of("tỉnh " + rest.strip()) else "huyện"
    if lv in _SAME_LEVEL["huyện"]:
        return "huyện"
    if lv in _SAME_LEVEL["xã"]:
        return "xã"
    return "tỉnh"


def _local_group(ctx: DocContext, central: bool) -> str:
    """What "các địa phương" means in this document."""
    issuer = gz.fold(ctx.meta.issuer or ctx.text[:300])
    if central:
        return _PROVINCES_GROUP
    if _DISTRICT.search(issuer):
        return "Ủy ban nhân dân cấp xã"
    date = _doc_date(ctx)
    if date is not None and date >= _LOCAL_LEVEL_CUTOFF:
        return "Ủy ban nhân dân cấp xã"
    if date is None or (date.year == _LOCAL_LEVEL_CUTOFF.year and ctx.reference_date is None and not ctx.meta.date):
        # only the year is known (or none): a 2025 text that names communes and wards but no district
        # is of the two-level government
        folded = ctx.folded
        if _COMMUNES.search(folded) and not _DISTRICT_WORD.search(folded) and (
                date is not None or _AFTER_2025.search(folded)):
            return "Ủy ban nhân dân cấp xã"
    return "Ủy ban nhân dân cấp huyện"


_COMMUNES = re.compile(r"(?<!\w)(?:cac\s+)?xa\s*,\s*phương(?!\w)|(?<!\w)đăc\s+khu(?!\w)")
_DISTRICT_WORD = re.compile(r"(?<!\w)(?:huyên|cac\s+quân|thi\s+xa)(?!\w)")
_AFTER_2025 = re.compile(r"(?<!\w)(?:nông\s+nghiêp\s+va\s+môi\s+trương|chinh\s+quyên\s+đia\s+phương\s+hai\s+câp)(?!\w)")


# ------------------------------------------------------------------ small readers

_WS = re.compile(r"[ \t]*(?:\n[ \t]*)?")
_NEWLINE = re.compile(r"\n")
_SPACES = re.compile(r"\s+")
_PROV_LEAD = re.compile(r"(?:tinh|thanh pho)\s+")  # at a word start (checked: a look-behind is tried at every character)
_PROVINCES_GROUP = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
_MINISTRIES_GROUP = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
_DISTRICT = re.compile(r"(?:uy ban nhân dân|ubnd)\s+(?:huyên|quân|thi xa)")
_PLURAL_BEFORE = re.compile(r"(?:cac|nhưng)\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|;|và)|\s+[a-zđ]")
_FUZZ_SEG = re.compile(r"[^,;:.()\n]{2,60}")
_ONE_WORD = re.compile(r"\s*\S+")
_TIGHT_NUMBER = re.compile(r"-\d+(?![\w/-])")
_INNER_COMMA = re.compile(r",[ \t]*(\w+)")
_INNER_DASH = re.compile(r"[ \t]*[-–][ \t]*(?=[^\W\d_])")
_CLAUSE_STOP = re.compile(r"[,;.\n]")
_TINH_END = re.compile(r"\s(?:tỉnh|Tỉnh)\s+$")
_CONNECTOR = re.compile(r"\s*(?:,|và|&|-|–)\s*")
_CT_FOLDED = re.compile(r"(?:ct|pct)(?!\w)")
_CT_UPPER = re.compile(r"(?:CT|PCT)(?!\w)")
_ANY_WORD = re.compile(r"\w")
_LEADERS_BEFORE = re.compile(r"(?:lanh\s+đao|lđ|blđ)\s*$")
_OPEN_SHORT = re.compile(r"[^()]{0,120}\(\s*(?:goi\s+tăt\s+la\s*:?\s*)?")
_CLOSE = re.compile(r"\s*\)")
_MINISTRY_UNIT = re.compile(r"(?:Cục|Vụ|Văn phòng|Thanh tra|Trung tâm|Viện)\s")
_NAME_WORD = re.compile(r"[ \t]*(?:\n[ \t]*)?(\d+[A-Za-z]?|[^\W\d_][\w]*)")
_VN = re.compile(r"\s+(?:viêt\s+nam|vn)(?!\w)")
_SYMBOL_AFTER = re.compile(r"(?:/|-[A-ZĐ0-9])")
_LAW_BEFORE = re.compile(r"(?<!\w)(?:Luật|LUẬT|Bộ luật|Pháp lệnh)(?:[ \t]+[\w]+){0,3}[ \t]+$")


def modern_lower(s: str) -> str:
    return gz.modern_tones(s).lower()


def _is_upperish(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _cap_run(text: str, pos: int, stop: frozenset, max_words: int = 4) -> tuple[list[str], int]:
    """Capitalised words from ``pos`` ("Kỳ Anh", "Tân An", "3"): a place name."""
    words: list[str] = []
    p = pos
    while len(words) < max_words:
        m = _NAME_WORD.match(text, p)
        if not m or "\n" in text[p:m.start(1)]:
            break
        w = m.group(1)
        if not _is_upperish(w) or w.lower() in stop or (w[:1].isdigit() and words):
            break
        words.append(w)
        p = m.end()
        if w[:1].isdigit():
            break
    return words, p


def _read_locality(d: _Doc, end: int, mode: Optional[str], keep_place: bool = False):
    """Locality printed after a name: (level, place, group qualifier, new end)."""
    g = gz.load()
    if mode in (None, "region"):
        return None, None, None, end
    if mode == "place":
        m = _WS.match(d.text, end)
        p0 = m.end() if m and m.end() > end else None
        if p0 is not None:
            hit = gz.match_province(d.ascii, p0)
            if hit and hit[0]:
                return None, hit[0], None, hit[1]
        return None, None, None, end
    nw = _NEXT_WORD.match(d.folded, end)
    if nw is None:
        return None, None, None, end
    m = g.locality_re.match(d.folded, end) if nw.group(1) in g.locality_first else None
    if not m:
        if (mode == "optional" or keep_place) and d.text[nw.start(1)].isupper():
            m2 = _WS.match(d.text, end)
            if m2 and m2.end() > end:
                hit = gz.match_province(d.ascii, m2.end())
                if hit and hit[0] and d.text[m2.end():m2.end() + 1].isupper():
                    return None, hit[0], None, hit[1]
        return None, None, None, end
    lv_surface = d.text[m.start("lv"):m.end("lv")]
    lv = g.level_forms.get(_SPACES.sub(" ", modern_lower(lv_surface)).rstrip("."))
    if lv is None:
        return None, None, None, end  # "tinh gọn" is not "tỉnh"
    if lv_surface.rstrip(".").lower() in ("tp", "tx") and not lv_surface[:2].isupper():
        return None, None, None, end
    qual = m.group("q")
    stop = m.end()
    if qual:
        return lv, None, qual, stop
    m2 = _WS.match(d.text, stop)
    p0 = m2.end() if m2 else stop
    if p0 > stop:
        hit = gz.match_province(d.ascii, p0)
        if hit and hit[0] and d.text[p0:p0 + 1].isupper():
            return lv, hit[0], None, hit[1]
        if lv not in ("tỉnh",):
            words, p1 = _cap_run(d.text, p0, g.place_stop)
            if words:
                return lv, " ".join(words), None, p1
    return lv, None, None, stop


def _place_text(place) -> str:
    if isinstance(place, gz.Province):
        return place.name
    return place.title() if place.isupper() else place


def _with_locality(core: str, body: gz.Body, lv, place, d: _Doc) -> str:
    # the home province is dropped ("UBND tỉnh Trà Vinh" -> "Ủy ban nhân dân tỉnh"), except where the
    # place name is part of the name: after no level word ("Tỉnh ủy Thừa Thiên Huế", "Báo Nghệ An")
    if place is not None and isinstance(place, gz.Province) and d.home and place.key == d.home.key \
            and not body.keep_place and not (body.local == "place" and lv is None):
        place = None
    if place is not None and not isinstance(place, gz.Province) and d.home_local \
            and _place_text(place) == d.home_local:
        place = None  # "UBND huyện Kỳ Anh" in Kỳ Anh's own document
    parts = [core]
    if lv:
        parts.append(lv)
    if place is not None:
        parts.append(_place_text(place))
    return " ".join(parts)


# ------------------------------------------------------------------ the passes

_LOWER_LEVELS = ("huyện", "xã", "quận", "phường", "thị xã", "thị trấn", "đặc khu")


def _gazetteer_pass(d: _Doc) -> tuple[list[Found], list[Found]]:
    """Aliases of the gazetteer; returns (accepted, waiting for a borrowed locality)."""
    g = gz.load()
    out: list[Found] = []
    pending: list[Found] = []
    pos = 0
    # every word start an alias matches at, overlapping ones included: a rejected match may hide
    # one that starts inside it; an accepted one is read to its end (its locality included)
    for s, e in g.body_scan.spans(d.folded, d.other_starts):
        if s < pos:
            continue
        f = _read_alias(g, d, s, e)
        if f is None:
            continue
        (pending if f.kind == "pending" else out).append(f)
        pos = f.end
    return out, pending


@lru_cache(maxsize=8192)
def _alias_printed(surface: str, folded: str) -> Optional[gz.Alias]:
    """The alias of the gazetteer a matched surface is, by its folded key and by the capitals
    the alias asks for ("UBND" but not "ubnd" where only capitals are an abbreviation); None
    when no entry agrees.  A function of the surface alone, so remembered across mentions."""
    cands = gz.load().aliases.get(gz.key_of(folded))
    if not cands:
        return None
    words = gz.key_words(surface)
    return next((a for a in cands if len(a.upper) == len(words)
                 and all(not need or w.isupper() for need, w in zip(a.upper, words))
                 and (not a.cased or surface[0].isupper())), None)


def _read_alias(g: gz.Gazetteer, d: _Doc, s: int, e: int) -> Optional[Found]:
    """The mention an alias match makes, with its locality, or None."""
    text, folded = d.text, d.folded
    if ((s >= 2 and text[s - 1] in "/-" and text[s - 2].isalnum()) or (
            e < len(text) and text[e] in "/-" and _SYMBOL_AFTER.match(text, e))) and text[s:e].upper() == text[s:e]:
        return None  # a code inside a document number: "01/QĐ-UBND" (not "Tổng cục Thuế/Cục Thuế")
    alias = _alias_printed(text[s:e], folded[s:e])
    if alias is None:
        return None
    body = alias.body
    if body.head and modern_lower(text[s:s + len(body.head)]) != body.head.lower():
        return None  # the head with its own tone: "hồ sơ y tế", "bổ sung" are not "Sở Y tế", "Bộ"
    if body.not_followed_by is not None and body.not_followed_by.match(folded, e):
        return None
    if body.not_preceded_by is not None and body.not_preceded_by.search(folded, max(0, s - 40), s):
        return None
    vn = False
    if body.vn:
        mv = _VN.match(folded, e)
        if mv and (folded[mv.end() - 2:mv.end()] != "vn" or text[mv.end() - 2:mv.end()] == "VN"):
            vn, e = True, mv.end()
    core = body.canonical + (" Việt Nam" if vn else "")
    if body.named:  # "Ban Quản lý Khu kinh tế Nghi Sơn (và các khu công nghiệp)"
        m2 = _WS.match(text, e)
        if m2 and m2.end() > e and not gz.match_province(d.ascii, m2.end()):
            words, p1 = _cap_run(text, m2.end(), g.place_stop)
            if words:
                core, e = f"{core} {' '.join(words)}", p1
    if body.tail is not None:  # "Ban Bí thư Trung ương Đảng"
        mt = body.tail.match(folded, e)
        if mt:
            core, e = f"{core} {body.tail_text}", mt.end()
    lv, place, qual, e2 = _read_locality(d, e, body.local, body.keep_place)
    f = Found(s, e, core, body_id=body.id)
    own_level = lv in _SAME_LEVEL.get(d.level, ())
    if qual == "câp" and lv == "tỉnh":
        qual = None  # "Liên minh HTX cấp tỉnh": the one provincial body
    if qual or (lv in _LOWER_LEVELS and place is None and not own_level):
        # "Công an các huyện", "UBND huyện" in a province's text, "Thanh tra cấp huyện",
        # "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương": a class of bodies
        f.group = True
        f.canonical, f.end = _class_of(d, core, lv, qual, e2)
        if body.family == "company":
            f.kind = "organ"
        return f
    if body.family == "company":
        f.kind = "organ"  # "Hội đồng thành viên" of each state company: not a public body
    if lv is None and place is None:
        if body.local == "required":
            if body.group:
                f.group = True
                return f
            f.kind = "pending"  # "HĐND và UBND tỉnh": may borrow the next name's locality
            return f
        if body.needs_qualifier and not vn:
            return None
        f.successor = body.successor
        f.group = body.group
        return f
    if body.with_locality:
        body = g.bodies[body.with_locality]
        core = body.canonical
    f.canonical = _with_locality(core, body, lv, place, d)
    f.end, f.level, f.place = e2, lv, _place_text(place) if place is not None else None
    f.body_id = body.id
    f.successor = body.successor or body.successor_local
    f.group = body.group
    return f


_PROVINCE_LIST = re.compile(
    r"\s*(?:,|;|va|-)\s*thanh\s+phô(?:\s+trưc\s+thuôc\s+(?:trung\s+ương|tw|tư))?(?!\w)")
_DISTRICT_LIST = re.compile(
    r"(?:\s*(?:,|;|va|-)?\s*(?:huyên|quân|thi\s+xa|thanh\s+phô|tp|tx|khu\s+vưc)(?!\w))+")
_COMMUNE_LIST = re.compile(r"(?:\s*(?:,|;|va|-)?\s*(?:xa|phương|thi\s+trân|đăc\s+khu)(?!\w))+")


def _class_of(d: _Doc, core: str, lv: str, qual: Optional[str], end: int) -> tuple[str, int]:
    """Name and end of a class of bodies by level: "Công an cấp huyện", "Chi cục Thuế cấp huyện"
    (the quận, huyện, thị xã list taken in), "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"."""
    if lv in ("tỉnh", "thành phố") and qual == "cac":
        m = _PROVINCE_LIST.match(d.folded, end) if lv == "tỉnh" else None
        if m or d.central:
            return f"{core} các tỉnh, thành phố trực thuộc Trung ương", (m.end() if m else end)
    if lv in _SAME_LEVEL["huyện"] or lv == "huyện":
        m = _DISTRICT_LIST.match(d.folded, end)
        return f"{core} cấp huyện", (m.end() if m else end)
    if lv in _SAME_LEVEL["xã"]:
        m = _COMMUNE_LIST.match(d.folded, end)
        return f"{core} cấp xã", (m.end() if m else end)
    return (f"{core} cấp {lv}" if lv == "tỉnh" else f"{core} {lv}"), end


def _group_pass(d: _Doc) -> list[Found]:
    g = gz.load()
    out = []
    folded = d.folded
    reach = -1  # the end of the last group found: a list is read once, not again from each of its words
    group_second, group_any = g.group_second, g.group_any
    # most first words ("các", "chính", "thành") begin no group: each is turned down in a few steps
    for s, w_end, key in d.openings:
        if s < reach:
            continue  # inside a list already read
        if key in group_second:  # "các" only before "sở", "ngành", "huyện" ...
            nw = _NEXT_WORD.match(folded, w_end)
            if nw is not None and nw.group(1) in group_second[key]:
                key = f"{key} {nw.group(1)}"
            elif key not in group_any:
                continue
        if key not in group_any or group_any[key].match(folded, s) is None:
            continue
        best = None
        for gp in g.group_by_first[key]:
            m = gp.pattern.match(folded, s)
            if m is None or (best is not None and m.end() <= best[1]):
                continue
            before = folded[max(0, s - 60):s]
            if (gp.after is not None and not gp.after.search(before)) or \
                    (gp.not_after is not None and gp.not_after.search(before)):
                continue
            best = (gp, m.end())
        if best is None:
            continue
        gp, e = best
        canon = d.local_group if gp.canonical == "@local" else gp.canonical
        if canon == "Các sở, ban, ngành" and not _SO_WORD.search(folded, s, e):
            # "các ngành", "các cơ quan, đơn vị" are the issuer's level's: a central document's are the
            # ministries, a district's its offices (but "các sở, ngành" are the provinces' departments)
            if d.central:
                canon = _MINISTRIES_GROUP
            elif d.level == "huyện":
                canon = "Các phòng, ban, ngành"
        colon = _COLON.match(folded, e)
        if colon and g.domain_re["Sở"].match(folded, colon.end()):
            continue  # "Các Sở, ngành: Kế hoạch và Đầu tư, ..." is a list head, not a group
        out.append(Found(s, e, canon, group=True, kind="group"))
        reach = e
    return out


_COLON = re.compile(r"\s*:\s*")
_SO_WORD = re.compile(r"(?<!\w)sơ(?!\w)")


def _select(cands: list[Found]) -> list[Found]:
    """No two mentions overlapping; where some do, the longest first."""
    out: list[Found] = []
    cluster: list[Found] = []
    end = -1
    for f in sorted(cands, key=_START):
        if f.start >= end:  # a new cluster; most are one mention alone, kept as it is
            if len(cluster) == 1:
                out.append(cluster[0])
            elif cluster:
                out.extend(_resolve(cluster))
            cluster = [f]
            end = f.end
        else:
            cluster.append(f)
            end = max(end, f.end)
    if len(cluster) == 1:
        out.append(cluster[0])
    elif cluster:
        out.extend(_resolve(cluster))
    return out


_START = attrgetter("start")


def _select_more(found: list[Found], more: list[Found]) -> list[Found]:
    """:func:`_select` of the mentions found and more: ``found`` is a selection already, which
    :func:`_select` gives back as it is, so with nothing more (the usual case) there is nothing to do."""
    return _select(found + more) if more else found


def _resolve(cluster: list[Found]) -> list[Found]:
    if len(cluster) == 1:
        return cluster
    taken: list[Found] = []
    for f in sorted(cluster, key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= t.start or t.end <= f.start for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


_LIST_SEP = re.compile(r"\s*(?:[,;]\s*(?:va\s+)?|\s+va\s+)")


def _field_mention(d: _Doc, pos: int, head: str) -> Optional[Found]:
    """A bare field ("Kế hoạch và Đầu tư", "KH&ĐT") at ``pos`` read as ``head`` + field."""
    g = gz.load()
    m = g.domain_re[head].match(d.folded, pos)
    if not m:
        return None
    s, e = m.span()
    entries = g.domain_aliases.get(gz.key_of(d.folded[s:e]), [])
    words = gz.words_of(d.text[s:e])
    for name, upper in entries:
        if len(upper) == len(words) and all(not need or w.isupper() for need, w in zip(upper, words)):
            body = g.bodies.get(f"{head}:{name}")
            if body is None:
                return None
            lv, place, qual, e2 = _read_locality(d, e, body.local)
            canon = _with_locality(body.canonical, body, lv, place, d) if (lv or place) else body.canonical
            return Found(s, e2, canon, successor=body.successor, kind="list", body_id=body.id)
    return None


def _list_pass(d: _Doc, found: list[Found]) -> list[Found]:
    """Fields sharing one head: "Các Sở: GD&ĐT, LĐ-TB&XH", "các Sở Tài chính, Xây dựng"."""
    g = gz.load()
    starts = {f.start: f for f in found}
    out: list[Found] = []

    def walk(pos: int, head: str, first: bool) -> None:
        while True:
            if not first:
                m = _LIST_SEP.match(d.folded, pos)
                if not m:
                    return
                pos = m.end()
            first = False
            if pos in starts:
                pos = starts[pos].end
                continue
            f = _field_mention(d, pos, head)
            if f is None or not d.text[f.start:f.start + 1].strip():
                return
            out.append(f)
            pos = f.end

    for s, _, word in d.openings:
        m = g.list_head_re.match(d.folded, s) if word in g.list_first else None
        if m is None:
            continue
        head = {"sơ": "Sở", "bô": "Bộ", "phong": "Phòng"}[m.group(1)]
        walk(m.end(), head, True)
    for f in found:
        body = g.bodies.get(f.body_id or "")
        if not body or not body.head or f.level or f.place:
            continue
        plural = _PLURAL_BEFORE.search(d.folded, max(0, f.start - 8), f.start) is not None
        pos = f.end
        while True:
            m = _LIST_SEP.match(d.folded, pos)
            if not m or m.end() in starts:
                break
            nxt = _field_mention(d, m.end(), body.head)
            if nxt is None:
                break
            # a singular head continues only over a capitalised field name of two words or more
            if not plural and not (d.text[nxt.start].isupper() and len(gz.words_of(d.text[nxt.start:nxt.end])) >= 2):
                break
            if not plural and _LIST_GOES_ON.match(d.text, nxt.end) is None and nxt.end < len(d.text) \
                    and d.text[nxt.end:nxt.end + 1] not in ":.\n":
                break
            out.append(nxt)
            pos = nxt.end
    return out


def _occupancy(found: list[Found]) -> tuple[list[int], list[int]]:
    """Where the mentions found lie, as :func:`chidao.context.span_index` of their spans: asked
    with a bisection (a map of the whole text would cost more to fill than the few questions asked
    of it).  ``found`` is a selection (:func:`_select`): in order and none overlapping, so the
    mentions that are not empty are sorted already and each reaches no further than its own end."""
    spans = [f for f in found if f.end > f.start]
    return [f.start for f in spans], [f.end for f in spans]


_covered = overlaps_any  # does a mention found (:func:`_occupancy`) overlap text[s:e]?


_FUZZY_HEADS = ("Sở", "Bộ", "SỞ", "BỘ")


def _fuzzy_pass(d: _Doc, found: list[Found]) -> list[Found]:
    """"Sở"/"Bộ" followed by a misspelt field: rapidfuzz on the few words after it."""
    g = gz.load()
    occ = _occupancy(found)
    out = []
    # the heads as printed ("Sở", "BỘ") are found by plain string search, far cheaper than a regex
    # asking of every character whether it is one of their first letters
    heads = sorted((i, head) for head in _FUZZY_HEADS for i in find_all(d.text, head))
    for s, head in heads:
        m = g.fuzzy_head_re.match(d.folded, s)
        if m is None or not gz.at_word_start(d.folded, s) or _covered(occ, s, m.end() + 1):
            continue
        head = head.title()
        seg = _FUZZ_SEG.match(d.ascii, m.end())
        if not seg:
            continue
        words = seg.group(0).split()
        for n in range(min(7, len(words)), 1, -1):
            cand = " ".join(words[:n])
            hit = gz.fuzzy_field(cand, 88.0)
            if hit:
                body = g.bodies.get(f"{head}:{hit[0]}")
                if body is None:
                    break
                end = m.end()
                for _ in range(n):
                    end = _ONE_WORD.match(d.text, end).end()
                out.append(Found(s, end, body.canonical, successor=body.successor, kind="fuzzy", body_id=body.id))
                break
    return out


def _next_word(text: str, pos: int) -> Optional[re.Match]:
    m = _NAME_WORD.match(text, pos)
    if not m or "\n\n" in text[pos:m.start(1)]:
        return None
    return m


def _stops(g: gz.Gazetteer, text: str, m: re.Match) -> bool:
    """Does the word at ``m`` (and the next) end a name: "của", "chủ trì", "về việc"?

    Verb phrases stop a name only in lower case: "Vụ Tổ chức cán bộ", "Ủy ban Giám sát tài
    chính Quốc gia" are names, "… tổ chức thực hiện", "… giám sát" are not.
    """
    w = m.group(1).lower()
    if w in g.generic_stop:
        return True
    if not m.group(1)[:1].islower():
        return False
    nxt = _next_word(text, m.end())
    return bool(nxt) and f"{w} {nxt.group(1).lower()}" in g.generic_stop_phrases


def _name_verb(g: gz.Gazetteer, text: str, m: re.Match) -> bool:
    """A verb that names what a body does ("quản lý", "giám sát"): part of a lower-case name."""
    nxt = _next_word(text, m.end())
    return bool(nxt) and f"{m.group(1).lower()} {nxt.group(1).lower()}" in g.name_verbs


_QUALIFIERS = frozenset({"nhà nước", "quốc gia", "việt nam", "trung ương"})


def _qualifier(text: str, m: re.Match) -> bool:
    """"Nhà nước", "Quốc gia", "Việt Nam": capitalised words that end a lower-case name
    ("Ủy ban chứng khoán Nhà nước"), unlike a place ("Trung tâm điện lực Duyên Hải")."""
    nxt = _next_word(text, m.end())
    return bool(nxt) and f"{m.group(1).lower()} {nxt.group(1).lower()}" in _QUALIFIERS


# Words of a person's office, not of a body: "Cục Trưởng", "Tổng cục Tổng cục trưởng".
_TITLE_WORDS = frozenset({"trưởng", "phó"})
# Where a capitalised head followed by lower-case words is still a name ("…; Cục quản lý giá;
# Uỷ ban chứng khoán", "của Văn phòng thường trực Ban chỉ đạo 389 quốc gia"): inside a
# sentence, after a list separator or a word that governs a noun.  At the start of a clause
# "Thanh tra người nộp thuế", "Văn phòng làm việc" are verbs and common nouns.
_NAME_SLOT = re.compile(
    r"(?:[;,:(“\"]|(?<!\w)(?:của|và|với|cho|tại|thuộc|đến|về|gồm|như|là|hoặc|giữa|cùng))\s*$")
_BULLET_LINE = re.compile(r"[ \t]*[-–+•*][ \t]*$")


def _name_slot(d: _Doc, s: int) -> bool:
    """Does a name stand at ``s`` by its position (see :data:`_NAME_SLOT`)?"""
    line_s = d.line_start(s)
    if d.in_recipients is not None and d.in_recipients(s) and _BULLET_LINE.fullmatch(d.text, line_s, s):
        return True  # "- Thanh tra tài chính;" on a copy line
    return _NAME_SLOT.search(modern_lower(d.text[max(0, s - 12):s])) is not None


def _not_first(rec: dict, text: str, m: re.Match) -> bool:
    """Is the word at ``m`` (or it and the next: "Quản lý") one that cannot open a name after this head?
    Compared in title case: "ỦY BAN NHÂN DÂN" of a signature is "Ủy ban" + "Nhân"."""
    nf = rec.get("not_first")
    if not nf:
        return False
    w = m.group(1)
    if w in nf or w.capitalize() in nf:
        return True
    nxt = _next_word(text, m.end())
    return bool(nxt) and f"{w.capitalize()} {nxt.group(1).lower()}" in nf


def _compound(g: gz.Gazetteer, text: str, words: list[str], m: re.Match) -> bool:
    """A verb phrase that stays in a name after the words before it: "… dự án đầu tư | xây dựng"."""
    if len(words) < 2 or not g.name_compounds:
        return False
    nxt = _next_word(text, m.end())
    if not nxt:
        return False
    phrase = f"{words[-2]} {words[-1]} {m.group(1)} {nxt.group(1)}".lower()
    return phrase in g.name_compounds or f"{words[-1]} {m.group(1)} {nxt.group(1)}".lower() in g.name_compounds


@dataclass
class _Name:
    words: list[str]
    end: int
    parent: Optional[Found] = None   # the body the unit belongs to: "Ban Thanh tra | Tổng cục Thuế"


def _name_after(g: gz.Gazetteer, d: _Doc, rec: dict, s: int, e: int, starts: dict) -> Optional[_Name]:
    """The words of a name after its head word (see :func:`_generic_pass`), or None when the
    words make a person's office ("Cục Trưởng") or a phrase that never ends."""
    text = d.text
    words: list[str] = []
    p = e
    caps_run = 0
    first_rule = rec.get("first", "cap")
    caps_head = text[s:e].isupper()
    lower = False
    parent = None
    max_words = rec.get("max_words", 10)
    while len(words) < max_words:
        mw = _next_word(text, p)
        if not mw:
            break
        w = mw.group(1)
        lw = w.lower()
        if mw.start(1) in starts:
            # a name of the gazetteer begins: "Văn phòng | Bộ Tài chính", "Ban Thanh tra | Tổng cục Thuế"
            f2 = starts[mw.start(1)]
            if not f2.group and f2.kind in ("gaz", "generic") and not text[p:mw.start(1)].strip() \
                    and "\n\n" not in text[p:mw.start(1)]:
                parent = f2
            break
        if caps_head and not (w.isupper() or w.isdigit()):
            break  # "CỤC THUẾ | Độc lập": a heading in capitals ends where the capitals do
        if lw in _TITLE_WORDS:
            return None
        if not words:
            if first_rule == "cap" and not _is_upperish(w):
                if not (rec.get("lower") and text[s].isupper() and _name_slot(d, s)) or _not_first(rec, text, mw) or (
                        _stops(g, text, mw) and not _name_verb(g, text, mw)):
                    break  # "Văn phòng làm việc", "Thanh tra người nộp thuế"
                lower = True
            elif _not_first(rec, text, mw) or _stops(g, text, mw):
                break  # "Ban Chỉ đạo | các cấp" is not a name
            if first_rule == "place":
                hit = gz.match_province(d.ascii, mw.start(1))
                if lw == "cáo" or not ((hit and hit[0]) or w[:1].isupper()):
                    break
        else:
            if _stops(g, text, mw) and not (lower and _name_verb(g, text, mw)) and not _compound(g, text, words, mw):
                break
            if lw == "và":
                nxt = _next_word(text, mw.end())
                if not nxt or nxt.start(1) in starts or _stops(g, text, nxt):
                    break
            elif caps_run >= 2 and not _is_upperish(w) and not lower:
                break
            elif lower and _is_upperish(w) and not w.isdigit() and not _qualifier(text, mw):
                break  # "Trung tâm điện lực | Duyên Hải": a lower-case name does not take a proper name
        words.append(w)
        caps_run = caps_run + 1 if _is_upperish(w) else 0
        p = mw.end()
        mt = _TIGHT_NUMBER.match(text, p) if text.startswith("-", p) else None
        if mt:  # "dịch Covid-19": a number joined by a dash is part of the word
            words[-1] += mt.group()
            p = mt.end()
        mc = _INNER_COMMA.match(text, p) if text.startswith(",", p) else None
        if mc and (lw, mc.group(1).lower()) in g.name_comma_pairs and len(words) < max_words:
            # a comma inside a name: "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19"
            words.append(mc.group(1))
            caps_run = caps_run + 1 if _is_upperish(mc.group(1)) else 0
            p = mc.end()
        md = _INNER_DASH.match(text, p)
        if md:  # a dash inside a name: "Thi đua - Khen thưởng"
            nxt = _next_word(text, md.end())
            if nxt and not _stops(g, text, nxt) and nxt.start(1) not in starts:
                words.append("-")
                p = md.end()
    else:
        if lower:
            return None  # lower-case words that run on: a phrase, not a name
    while words and (words[-1] == "-" or words[-1].lower() in ("và", "của", "về")):
        words.pop()
    if lower and parent is None and words and not _name_ends(g, text, e, words):
        return None
    if rec.get("verb") and not _name_slot(d, s):
        return None  # "Thanh tra Sở Tài chính …" opening a clause: to inspect
    return _Name(words, p, parent)


_AFTER_NAME = re.compile(r"\s*(?:[,;:.)(\n…]|$|-\s)")


def _name_ends(g: gz.Gazetteer, text: str, e: int, words: list[str]) -> bool:
    """Does a lower-case name end at a boundary: punctuation, a function word or a verb?"""
    end = e
    for w in words:
        end = text.index(w, end) + len(w)
    if _AFTER_NAME.match(text, end):
        return True
    nxt = _next_word(text, end)
    return nxt is None or _stops(g, text, nxt) or nxt.group(1).lower() == "và"


_CHAIN_GAP = re.compile(r"[\s,;]*(?:[^\W\d_A-ZĐ]+\s*[,;]\s*){0,2}(?:và\s+)?")
# "các" + a class of bodies or of localities after a name: one such body in each (folded text)
_CLASS_AFTER = re.compile(
    r"\s+cac\s+(?:bô|nganh|sơ|tinh|huyên|xa|đia\s+phương|câp|đơn\s+vi|cơ\s+quan|quân|phương|thanh\s+phô|thi\s+xa)(?!\w)")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_NATIONAL = re.compile(r"Việt Nam|Trung ương|[Qq]uốc gia|Chính phủ")


def _generic_pass(d: _Doc, found: list[Found]) -> list[Found]:
    """Two readings: the second knows where the first found names begin, so a unit
    followed by a body outside the gazetteer takes it as its parent ("Văn phòng thường
    trực | Ban chỉ đạo 389 quốc gia")."""
    cands = _generic_heads(d, found)
    heads = [s for s, _, _ in cands]
    first = _generic_read(d, found, cands, {})
    if not any(_head_before(heads, f.start) for f in first):
        return first  # no head stands shortly before another name: nothing to read again
    return _generic_read(d, found, cands, {f.start: f for f in first if not f.group})


def _head_before(heads: list[int], pos: int, reach: int = 80) -> bool:
    i = bisect.bisect_left(heads, pos)
    return i > 0 and heads[i - 1] > pos - reach


def _generic_heads(d: _Doc, found: list[Found]) -> list[tuple[int, int, dict]]:
    """The head words a body outside the gazetteer may follow, as (start, end, head record):
    not inside a name already found, printed with the head's own tones, not in a heading in
    capitals, not a body still to be set up ("thành lập Trung tâm A, huyện; Trung tâm B").
    The same for both readings of :func:`_generic_pass`, so found once."""
    g = gz.load()
    occ = _occupancy(found)
    out: list[tuple[int, int, dict]] = []
    chain_end: dict[str, int] = {}
    caps_lines: dict[int, bool] = {}  # line start -> the line is in capitals (asked once per line)
    text, folded = d.text, d.folded
    reach = 0
    for s, e in g.generic_scan.spans(folded, d.other_starts):
        if s < reach:
            continue  # inside a longer head: "ban" of "ủy ban"
        reach = e
        rec = g.generic_heads[gz.key_of(folded[s:e])]
        if rec.get("head_cased") and not text[s].isupper():
            continue  # the cheapest test first: "ban hành", "báo cáo" in lower case
        if _covered(occ, s, e):
            continue  # a head that begins a name of the gazetteer ("Sở Y tế", "Ban Dân tộc")
        surface = text[s:e]
        if not _same_head(surface, rec["head"]):
            continue  # the head with its own tones: "Sơ kết" is not "Sở"
        if surface.upper() == surface:  # else a letter of the head, so of its line, is not a capital
            line_s = d.line_start(s)
            if line_s not in caps_lines:
                line_e = text.find("\n", e)
                line = text[line_s:line_e if line_e >= 0 else len(text)]
                caps_lines[line_s] = line.upper() == line
            if caps_lines[line_s]:
                continue  # a heading in capitals: no case to read names by
        if surface.isupper():
            wb = _WORD_BEFORE.search(text, max(0, s - 20), s)
            if wb and len(wb.group(1)) > 1 and wb.group(1).isupper() and not wb.group(1).isdigit():
                continue  # "… NHIỆM VỤ TRỌNG TÂM …": inside a run of capitals
        hkey = rec["canonical"]
        before = folded[max(0, s - 30):s]
        if g.generic_skip_before.search(before) or (
                hkey in chain_end and _CHAIN_GAP.fullmatch(text, chain_end[hkey], s)):
            # "thành lập Trung tâm A, huyện; Trung tâm B": bodies still to be set up
            stop = _CLAUSE_STOP.search(text, e, e + 120)
            chain_end[hkey] = stop.start() if stop else e
            continue
        out.append((s, e, rec))
    return out


@lru_cache(maxsize=1024)
def _same_head(surface: str, head: str) -> bool:
    """Is ``surface`` the head word printed with its own tones, in any case or spacing?"""
    return _SPACES.sub(" ", modern_lower(surface)) == head.lower()


def _generic_read(d: _Doc, found: list[Found], cands: list[tuple[int, int, dict]], more_starts: dict) -> list[Found]:
    """Bodies outside the gazetteer, read from a head word and capital letters.

    After the head the name runs while words are capitalised, or lower case
    after a single capitalised word ("Trung tâm Phục vụ hành chính công"); it
    stops at punctuation, at a function word or verb ("của", "chủ trì"), and
    after a run of two capitalised words when a lower-case one follows
    ("Đại học Bách Khoa | cơ sở 2").  Heads marked ``lower`` take a name in
    lower case where a name stands by position ("…; Cục quản lý giá;").  A unit
    followed by the body it belongs to takes its name ("Ban Thanh tra Tổng cục
    Thuế", "Văn phòng Bộ Tư pháp"); the body stays a mention of its own.  A name
    followed by "các …" is a class ("Ban Chỉ đạo 389 các bộ, ngành").
    """
    g = gz.load()
    starts = {**more_starts, **{f.start: f for f in found}}
    out: list[Found] = []
    text = d.text
    for s, e, rec in cands:
        got = _name_after(g, d, rec, s, e, starts)
        if got is None:
            continue
        words, parent = got.words, got.parent
        if not words and parent is None:
            continue
        if rec.get("first") == "place" and not any(_is_upperish(w) for w in words):
            continue
        real = [w for w in words if w != "-"]
        if real and real[0].isupper() and len(real[0]) > 1 and real[0].isalpha() and (
                not text[s:e].isupper() or len(real) == 1):
            continue  # "Phòng NCTH", "Ban VSTBPN ngành TP", "CỤC THU": an abbreviation we cannot expand
        end = e
        for w in words:
            end = text.index(w, end) + len(w)
        name = gz.clean_surface(text[e:end])
        if d.home:
            if name.endswith(" " + d.home.name) and _TINH_END.search(name, 0, len(name) - len(d.home.name)):
                name = name[:len(name) - len(d.home.name)].rstrip()
        canon = f"{rec['canonical']} {name}".rstrip()
        if parent is not None:
            canon = f"{canon} {parent.canonical}"
        successor = None
        if rec.get("first") == "place":
            hit = gz.match_province(d.ascii, _WS.match(text, e).end())
            if hit and hit[0]:
                successor = f"Báo và Phát thanh, Truyền hình {hit[0].name}"
        f = Found(s, end, canon, successor=successor, kind="generic")
        f.parent = parent.canonical if parent is not None else None
        f.national = bool(_NATIONAL.search(canon))
        if parent is None and _CLASS_AFTER.match(d.folded, end):
            f.group = True  # "Ban chỉ đạo 389 các Bộ, ngành, địa phương": one in each
            lv, _, qual, e2 = _read_locality(d, end, "optional")
            if lv is not None and qual == "cac":  # "Chi cục Hải quan các quận, huyện": by level
                f.canonical, f.end = _class_of(d, canon, lv, qual, e2)
        out.append(f)
    return out


def _borrow_localities(d: _Doc, pending: list[Found], found: list[Found]) -> list[Found]:
    """"HĐND và UBND tỉnh": a name that needs a locality takes the next one's."""
    g = gz.load()
    out = []
    by_start = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    for p in pending:
        i = bisect.bisect_left(starts, p.end)  # the first mention after it, if it is close
        if i == len(by_start) or by_start[i].start - p.end > 12:
            continue
        f = by_start[i]
        if _CONNECTOR.fullmatch(d.text, p.end, f.start) and (f.level or f.place) and not f.group:
            body = g.bodies[p.body_id]
            p.canonical = _with_locality(body.canonical, body, f.level, None, d)
            p.level, p.successor, p.kind = f.level, body.successor, "gaz"
            out.append(p)
    return out


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _attach_offices(d: _Doc, found: list[Found], ctx: DocContext) -> None:
    g = gz.load()
    folded, office_last_words = d.folded, g.office_last_words
    for f in found:
        s = f.start
        seg = folded[max(0, s - 24):s].rstrip(" \t\n,.")
        if seg[seg.rfind(" ") + 1:] not in office_last_words:
            continue  # no "... Chủ tịch", "... Giám đốc" just before: the usual case, decided cheaply
        before = d.folded[max(0, f.start - 50):f.start]
        m = g.office_suppress_re.search(before)
        if m:
            o_start = f.start - len(before) + m.start()
            surface = d.text[o_start:f.start]
            # abbreviations (CT, PCT) only in capitals
            if not _CT_FOLDED.match(d.fold(o_start, f.start)) or _CT_UPPER.match(surface):
                f.office = gz.clean_surface(surface)
                f.head_start = o_start
                continue
        m = g.office_head_re.search(before)
        if m:
            o_start = f.start - len(before) + m.start()
            f.head = gz.clean_surface(d.text[o_start:f.start])
            f.head_start = o_start
    starts = [f.start for f in found]
    # bodies named inside the title of a law: "Luật", "Pháp lệnh" within the 40 characters before
    law_words = ((i + len(w), i + 41) for w in _LAW_MARKS for i in find_all(d.text, w))
    for f in _starting_in(found, starts, law_words):
        w = d.text[max(0, f.start - 40):f.start]
        if _LAW_BEFORE.search(w):
            f.in_law_title = True
    # copy lines: the issuer's own units
    central = d.central
    for f in _starting_in(found, starts, ctx.recipient_spans):  # as DocContext.in_recipients(f.start)
        line_s = d.line_start(f.start)
        head = d.text[line_s:f.start]
        if g.recipient_internal_re.match(d.fold(line_s, f.end)) and (
                (f.kind == "generic" and not f.national and f.parent is None) or _ANY_WORD.search(head)):
            f.internal = True
        elif _LEADERS_BEFORE.search(d.fold(line_s, f.start)):
            f.internal = True
        elif central and f.kind == "generic" and _MINISTRY_UNIT.match(f.canonical) and f.parent is None \
                and not f.national:
            f.internal = True  # a ministry's own Cục, Vụ, Văn phòng on its copy lines


_LAW_MARKS = ("uật", "UẬT", "lệnh")  # of "Luật", "LUẬT", "Bộ luật", "Pháp lệnh": see _LAW_BEFORE


def _starting_in(found: list[Found], starts: list[int], ranges) -> list[Found]:
    """The mentions found (in order: ``starts`` are theirs, sorted) that begin in one of ``ranges``,
    [start, end) each: a bisection per range instead of a question per mention."""
    picked: set[int] = set()
    for a, b in ranges:
        picked.update(range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)))
    return [found[i] for i in sorted(picked)]


def _short_names(d: _Doc, found: list[Found]) -> None:
    """"Tổ công tác Đề án … (Tổ công tác Đề án 30)": the name in brackets is the one used."""
    found.sort(key=lambda f: f.start)
    for a, b in zip(found, found[1:]):
        gap = d.folded[a.end:b.start]
        if "(" in gap and _OPEN_SHORT.fullmatch(gap) and _CLOSE.match(d.text, b.end) \
                and a.canonical.split()[0] == b.canonical.split()[0] and not a.group and not b.group:
            a.canonical = b.canonical
            b.internal = b.internal  # the short form is a second mention of the same body


_UNIFY_FAMILIES = {"provincial", "mass", "local", "local_government", "party"}


def _unify(found: list[Found], d: "_Doc") -> None:
    """One body, one name: "Đoàn ĐBQH" next to "Đoàn Đại biểu Quốc hội tỉnh" in the
    same document is the provincial delegation, so both get the name with "tỉnh"."""
    g = gz.load()
    if d.central:
        return  # a central document: a bare name is the central body
    with_tinh = {}
    for f in found:
        if f.body_id not in g.bodies or g.bodies[f.body_id].family not in _UNIFY_FAMILIES:
            continue
        if f.body_id and f.level == "tỉnh" and f.place is None and not f.group:
            with_tinh.setdefault(f.body_id, f)
    for f in found:
        if f.body_id in with_tinh and f.level is None and f.place is None and not f.group:
            src = with_tinh[f.body_id]
            f.canonical, f.level, f.successor = src.canonical, src.level, src.successor or f.successor
    # "Tỉnh ủy Quảng Ninh" in the heading and "Tỉnh ủy" in the text: one body, the printed full name
    if d.home is not None:
        named = {f.body_id: f for f in found if f.place == d.home.name and f.level is None and not f.group
                 and f.body_id in g.bodies and g.bodies[f.body_id].local == "place"}
        for f in found:
            if f.body_id in named and f.place is None and f.level is None and not f.group:
                f.canonical, f.place = named[f.body_id].canonical, named[f.body_id].place


_QUANT_BEFORE = re.compile(r"(?<!\w)(?:cac|nhưng|môt\s+sô|môi|tưng|\d+)\s+$")


def _classes(d: _Doc, found: list[Found]) -> None:
    """A provincial or district body named without its locality where it cannot be one body:
    in a central document ("Cục Thuế", "Sở Tài chính" of a ministry's letter are each province's;
    so is its "Công an tỉnh", "Ủy ban nhân dân tỉnh"), or after a quantifier ("các Cục Thuế",
    "13 Cục Thuế", "từng Chi cục Thuế").  A class is reported as a group under its class name
    ("Cục Thuế các tỉnh, thành phố trực thuộc Trung ương")."""
    g = gz.load()
    for f in found:
        body = g.bodies.get(f.body_id or "")
        if body is None or f.group or f.place:
            continue
        if d.central and f.level == "tỉnh" and body.family in ("provincial", "local_government", "party") \
                and f.canonical == f"{body.canonical} tỉnh":
            f.group = True  # a central text's "Công an tỉnh", "UBND tỉnh": each province's
            f.canonical = f"{body.canonical} các tỉnh, thành phố trực thuộc Trung ương"
            m = _PROVINCE_LIST.match(d.folded, f.end)
            f.end = m.end() if m else f.end
            continue
        if f.level or body.family not in ("provincial", "local"):
            continue
        if body.local not in ("optional", "required") or f.canonical != body.canonical:
            continue
        if body.central_after and d.date and d.date.isoformat() >= body.central_after:
            continue  # "Cục Thuế" after 1/3/2025 is the central department
        q = _QUANT_BEFORE.search(d.folded, max(0, f.start - 10), f.start)
        if not (d.central or (q and body.head is None)):
            continue
        f.group = True
        if q and q.group().rstrip() in ("cac", "nhưng") and f.head_start is None:
            f.start = q.start()  # "Các Cục Thuế rà soát …": the class opens its clause
        if body.family == "provincial":
            f.canonical = f"{body.canonical} các tỉnh, thành phố trực thuộc Trung ương"
        else:
            f.canonical = f"{body.canonical} cấp huyện"


# ------------------------------------------------------------------ public

def scan(ctx: DocContext) -> list[Found]:
    """Every mention the finder sees, offices and copy-line units included (cached)."""
    cached = ctx.shared.get("agency_scan")
    if cached is not None:
        return cached
    d = _doc_facts(ctx)
    gaz, pending = _gazetteer_pass(d)
    groups = _group_pass(d)
    found = _select(gaz + groups)
    found = _select_more(found, _list_pass(d, found))
    found = _select_more(found, _fuzzy_pass(d, found))
    occ = _occupancy(found)
    found = _select_more(found, _borrow_localities(d, [p for p in pending if not _covered(occ, p.start, p.end)], found))
    found = _select_more(found, _generic_pass(d, found))
    _attach_offices(d, found, ctx)
    _short_names(d, found)
    _unify(found, d)
    _classes(d, found)
    ctx.shared["agency_scan"] = found
    return found


def canonical_of(name: str, ctx: Optional[DocContext] = None) -> Optional[str]:
    """Canonical name of a free string ("Ủy ban nhân dân tỉnh Trà Vinh" -> "Ủy ban nhân dân tỉnh")."""
    meta = ctx.meta if ctx is not None else Meta()
    return _canonical_of(name, meta.issuer, meta.number, meta.place, meta.date)


@lru_cache(maxsize=1024)
def _canonical_of(name: str, issuer: Optional[str], number: Optional[str], place: Optional[str],
                  date: Optional[str]) -> Optional[str]:
    """:func:`canonical_of` by the four fields of the metadata the finder reads (issuer, number,
    place, date: should it read another, add it here), remembered: the task finder asks it of
    every document's issuer, and issuers recur."""
    sub = DocContext(text=name, meta=Meta(issuer=issuer, number=number, place=place, date=date))
    found = [f for f in scan(sub) if not f.group]
    return found[0].canonical if found else None


def find_agencies(ctx: DocContext) -> list[AgencyMention]:
    """Every body named in the document, in reading order (see the module docstring)."""
    out = []
    for f in scan(ctx):
        if not f.reported:
            continue
        out.append(_agency_mention(dict(
            text=ctx.text[f.start:f.end], canonical=f.canonical, group=f.group, successor=f.successor,
            span=(f.start, f.end), node_id=ctx.node_id_at(f.start),
        )))
    return out


# ``AgencyMention(**fields)`` is this validator called from Python (BaseModel.__init__): called
# directly, it makes the same record for less work, and a document names hundreds of bodies.
_agency_mention = AgencyMention.__pydantic_validator__.validate_python
