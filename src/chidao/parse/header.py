"""Header and trailer: what the document is, who issued it, when, who signed, to whom.

Reads the parts NĐ 30/2020 (Điều 8) puts around the content::

    ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     (issuer | motto)
    TỈNH TRÀ VINH   | Độc lập - Tự do - Hạnh phúc
    Số: 01/QĐ-UBND  | Trà Vinh, ngày 02 tháng 01 năm 2020   (number | place, date)
    QUYẾT ĐỊNH                                              (type)
    Ban hành Kế hoạch …                                     (trích yếu)
    Căn cứ …;                                               (legal bases)
    QUYẾT ĐỊNH:                                             (enacting word: body follows)
    …
    Nơi nhận: - …;        TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Đồng Văn Lâm
    KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)          (attached documents)

Flattened header tables (cells on their own lines between lone "|" lines),
cells wrapped mid-word ("Trà" / "Vinh, ngày …"), documents with no header at
all (the issuer is then read from the text: "UBND tỉnh yêu cầu …" and the
province it names most), and news pages that report a decision
("QUYẾT ĐỊNH SỐ 4192/QĐ-UBND NGÀY 02/5/2024 CỦA UBND TỈNH …", "Chủ tịch UBND
tỉnh Long An - Ông Nguyễn Văn Út đã ký …") are read too.  A bylined
reporter is not a signer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

import regex

from chidao.data.header import (
    ATTACHABLE_TYPES, AUTHORITY_PREFIXES, BODY_CASE, DOC_TYPE_HEADINGS, DOC_TYPE_REPORTED,
    MOTTO_PREFIXES, POSITIONS, UNITS_OF_PARENT,
)
from chidao.data.places import CITIES, PLACE_NAMES, PROVINCES, level_of
from chidao.extract.grammar import find_dates
from chidao.parse.markers import is_caps_heading, match_marker
from chidao.schema import Attachment, Meta, Signer
from chidao.text import find_all, fold_ascii, squash_spaces


@dataclass
class AttachedPart:
    """A document attached to this one; its items form their own part of the outline."""

    doc_type: str
    title: str
    start: int          # the heading's first character
    content_start: int  # where its own content begins (after "(Ban hành kèm theo …)")
    end: int


@dataclass
class Header:
    meta: Meta
    body_start: int = 0
    body_end: int = -1
    recipient_spans: list[tuple[int, int]] = field(default_factory=list)
    attachments: list[AttachedPart] = field(default_factory=list)
    year_hint: Optional[int] = None
    warnings: list[str] = field(default_factory=list)
    # fold_ascii of the text read, if reading it needed one (a header with no
    # place to name the issuer by): the pipeline hands it on to DocContext.ascii.
    ascii: Optional[str] = None

    def ascii_of(self, text: str) -> str:
        """fold_ascii(text) of the text read, folded once."""
        if self.ascii is None:
            self.ascii = fold_ascii(text)
        return self.ascii


@dataclass
class _Line:
    start: int
    end: int
    text: str


# Where a flattened two-column header row holds two cells on one line:
# "ỦY BAN NHÂN DÂN TỈNH X   CỘNG HÒA XÃ HỘI …", "Số: 12/KH-UBND   X, ngày …".
_CELL_SPLIT = regex.compile(
    r"(?<=\S)[ \t]+(?=(?i:c[oộô]ng[ \t]+h[oòóô]a[ \t]+x[aã][ \t]+h[oộô]i)|(?i:[đd][oộô]c[ \t]+l[aậâ]p)[ \t]*[-–—]"
    r"|ĐẢNG CỘNG SẢN VIỆT NAM)"
    r"|(?<=(?i:h[aạ]nh[ \t]+ph[uú]c))[ \t]+(?=\S)"
    r"|(?<=^(?i:số)[ \t]*:?[ \t]*\d{1,5}[^\s,;|]*(?:[ \t]*[/\-][ \t]?[^\s,;|]+)*)[ \t]+(?=\p{Lu}[^\d,.|]{1,40}[,.][ \t]*ngày\b)"
)


def _cells(raw: str, pos: int) -> list[_Line]:
    """The cells of a "|" row as lines of their own: "| Số: 773/QĐ-TTg | Hà Nội, ngày … |"."""
    out, cut = [], 0
    for cell in raw.split("|"):
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            out.append(_Line(pos + cut + lead, pos + cut + len(cell.rstrip()), cell.strip()))
        cut += len(cell) + 1
    return out or [_Line(pos, pos + len(raw), raw.strip())]


def _lines(text: str, header_lines: int = 40) -> list[_Line]:
    out, pos = [], 0
    for k, raw in enumerate(text.split("\n")):
        if "|" in raw and raw.strip() != "|" and raw.count("|") <= 4:
            # A flattened header or signature table: one cell, one line.
            for cell in _cells(raw, pos):
                out.extend(_split_cell(cell) if k < header_lines else [cell])
        elif k < header_lines and (" C" in raw or " Đ" in raw or " ĐẢNG" in raw or "húc " in raw
                                 or (raw.lstrip()[:2].lower() == "số" and "ngày" in raw)):
            out.extend(_split_cell(_Line(pos, pos + len(raw), raw)))
        else:
            out.append(_Line(pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    return out


# What every split of _CELL_SPLIT needs nearby, on the ASCII fold: a cheap test
# (stdlib re, no look-behind) that spares most lines the pattern's
# look-behinds at every space.  One pattern per cue, each opening with its
# word: the engine then looks for that word alone, where an alternation of
# them would be tried at every "c", "d" and "h" of a long paragraph.
_CELL_SPLIT_CUES = (re.compile(r"cong[ \t]+hoa"), re.compile(r"doc[ \t]+lap"), re.compile(r"hanh[ \t]+phuc"))


def _has_cell_split_cue(folded: str) -> bool:
    return (folded.startswith("so") or "dang cong san" in folded
            or any(cue.search(folded) is not None for cue in _CELL_SPLIT_CUES))


def _split_cell(line: _Line) -> list[_Line]:
    raw, pos = line.text, line.start
    if not _has_cell_split_cue(fold_ascii(raw)):
        return [_Line(pos, line.end, raw.strip())]
    out, cut = [], 0
    for m in _CELL_SPLIT.finditer(raw):
        out.append(_Line(pos + cut, pos + m.start(), raw[cut:m.start()].strip()))
        cut = m.end()
    out.append(_Line(pos + cut, line.end, raw[cut:].strip()))
    return out


# ------------------------------------------------------------------ patterns

_TYPE_ALT = "|".join(regex.escape(t) for t in sorted(DOC_TYPE_HEADINGS, key=len, reverse=True))
_TYPE_HEADING = regex.compile(rf"(?P<type>{_TYPE_ALT})\b(?P<rest>.*)", regex.IGNORECASE)
# "Số: 01/QĐ-UBND", "Số 15-CT/TU", "Số: 02 /CT-UBND", "Số: 4155QĐ/ BTP", OCR "số: 4222 /TCT -PC".
_NUMBER = regex.compile(
    r"(?i:số)[ \t]*:?[ \t]*(?P<num>\d{1,5}[\p{L}\d]{0,4}[ \t]*[/\-][ \t]?[^\s,;|]*(?:[ \t]+[/\-][ \t]?[^\s,;|]+)*)")
_NEWS_NUMBER = regex.compile(r"\bSỐ[ \t]*:?[ \t]*(?P<num>\d{1,5}[a-zA-Z]?[ \t]*[/\-][^\s,;|]+)", regex.IGNORECASE)
_PLACE_DATE = regex.compile(r"^(?P<place>[^\d,.\n|]{2,40}?)[ \t]*[,.][ \t]*(?P<date>ngày\b.*)$", regex.IGNORECASE)
_AUTHORITY = regex.compile(r"^(?P<pre>TM|T/M|KT|K/T|Q|TL|T/L|TUQ)[ \t]*\.?[ \t]+(?P<rest>\S.*)$")
_SIGNED_WORDS = "đã ký|Đã ký|ĐÃ KÝ"
_SIGNED = regex.compile(rf"^\(?(?:{_SIGNED_WORDS}|ký|Ký)(?: và đóng dấu)?\)?$")
_NAME = regex.compile(r"^(?:\p{Lu}[\p{Ll}]*|\p{Lu}+)(?:[ \t]+(?:\p{Lu}[\p{Ll}]*|\p{Lu}+)){1,5}$")
_NEWS_SIGNER = regex.compile(
    r"(?P<pos>(?:Phó )?(?:Chủ tịch|Giám đốc|Bộ trưởng|Thủ tướng|Bí thư)[^.\n]{0,80}?)[ \t]*[-–,][ \t]*"
    r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)[ \t]+(?P<name>\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4})[ \t]+(?:đã[ \t]+)?ký"
)
# Also OCR's "Noi nhận", "Nơi nhân", "Kinh gửi".
# "Lưu: VT, VP. Lê Hoàng Phúc": a copy line, then the name from the column beside it.
_NAME_AFTER_COPY_LINE = regex.compile(r"^(?P<copy>.+[.;,:])[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){1,4})$")
_SIGNED_AT_END = regex.compile(rf"[ \t]*\((?:{_SIGNED_WORDS})\)$")
_RECIPIENTS_HEAD = regex.compile(r"^(?P<head>(?i:n[oơ]i[ \t]+nh[aậâ]n|k[ií]nh[ \t]+g[uử][ií]))[ \t]*:?[ \t]*(?P<rest>.*)$")
_BASIS = regex.compile(r"^[-–+]?[ \t]*(?:Căn cứ|CĂN CỨ)\b")
_PROPOSAL = regex.compile(r"^(?:Xét đề nghị|Theo đề nghị|Xét Tờ trình|Theo Tờ trình)\b")
_ENACTING = regex.compile(r"^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|KẾT LUẬN|THÔNG BÁO|BAN HÀNH)[ \t]*:[ \t]*$")
_ATTACHED_NOTE = regex.compile(r"\((?:[^()\n]{0,40}?)(?:kèm theo|ban hành theo)\b[^\n]{0,400}\)", regex.IGNORECASE)
_RULE = regex.compile(r"^[-_=*.~ ]+$")  # "-------", and the Party header's lone "*"
_YEAR = regex.compile(r"\b(?:năm|NĂM)[ \t]+(?P<y>(?:19|20)\d\d)\b")
# Compiled once: a call of ``regex.match(pattern, …)`` costs several times the
# match itself in looking the pattern up.
_BARE_NUMBER = regex.compile(r"(?P<num>\d{1,5}[a-zA-Z]?[ \t]*[/\-][^\s,;|]*)")  # "01/QĐ-UBND" under a lone "Số:"
_WHITE_RUN = regex.compile(r"\s+")
_DATE_LINE = regex.compile(r"ngày[ \t]+\d")
_PLACE_LEVEL = regex.compile(r"^(?:tinh|thanh pho|tp\.?)\s+")
_PLACE_OF_PARENT = regex.compile(r"\b(?:tỉnh|thành phố)\s+(\p{Lu}.*)$")
_LEVEL_WORD = regex.compile(r"\b(?:tỉnh|thành phố)\b")
_NEWS_ISSUER = regex.compile(r"\bCỦA[ \t]+(?P<who>.+?)(?=[ \t]+(?:VỀ|BAN HÀNH|PHÊ DUYỆT|QUY ĐỊNH)\b|$)")
_NEWS_TITLE = regex.compile(r"\b(?:VỀ|BAN HÀNH|PHÊ DUYỆT|QUY ĐỊNH)\b.*")
_PERSON_TITLE = regex.compile(r"\b(?:Ông|Bà)\b")
_NUMBER_CODE = regex.compile(r"\d+[a-zA-Z]?[/\-](?:\d{4}/)?(?P<code>[^\-/]+)")
_ISSUER_CODE = regex.compile(r"-(UBND|HĐND|TU)\b")
_CHAIR_REQUESTS = regex.compile(r"Chủ tịch (?:UBND|Ủy ban nhân dân) tỉnh yêu cầu")


def _canon_type(name: str) -> str:
    for t in DOC_TYPE_HEADINGS:
        if t.lower() == name.lower():
            return t
    return name[:1].upper() + name[1:].lower()


# Words after which the next word starts a name ("Bộ Tài chính", "Sở Nội vụ"),
# and the level words after which every word of a place name is capitalised.
_BODY_WORDS = {"bộ", "sở", "ban", "cục", "vụ", "phòng", "chi cục", "tổng cục", "viện", "trung tâm", "đài", "báo",
               "thanh tra", "kho bạc", "ngân hàng", "bảo hiểm", "liên minh", "quỹ", "hội", "văn phòng"}
_PLACE_WORDS = {"tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn"}


# Longest first, so that "THỦ TƯỚNG CHÍNH PHỦ" is cased before "CHÍNH PHỦ".
_BODY_CASE_PATTERNS = [(k, regex.compile(rf"(?<!\w){regex.escape(k)}(?!\w)"), BODY_CASE[k])
                       for k in sorted(BODY_CASE, key=len, reverse=True)]


def _proper_case(caps: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH TRÀ VINH" -> "Ủy ban nhân dân tỉnh Trà Vinh", "BỘ TÀI CHÍNH" -> "Bộ Tài chính".

    NĐ 30/2020 Phụ lục II: a body's type word and the first word of each field
    it names take a capital ("Sở Văn hóa, Thể thao và Du lịch"); place names
    are capitalised word by word.
    """
    s = squash_spaces(caps)
    for k, pattern, cased in _BODY_CASE_PATTERNS:
        if k in s:
            s = pattern.sub(cased, s)
    words = s.split(" ")
    out: list[str] = []
    in_place = False
    for i, w in enumerate(words):
        if not (w.isupper() and len(w) > 1):
            out.append(w)
            in_place = in_place and w[:1].isupper()
            continue
        lw = w.lower()
        if lw in _BODY_WORDS:
            in_place = False
        prev1 = out[-1].lower().strip(",") if out else ""
        prev2 = " ".join(out[-2:]).lower() if len(out) >= 2 else prev1
        if prev1 in _PLACE_WORDS or prev2 in _PLACE_WORDS or prev2 in {"tỉnh ủy", "thành ủy", "huyện ủy"}:
            in_place = True
        starts_name = i == 0 or in_place or prev1 in _BODY_WORDS or prev2 in _BODY_WORDS \
            or prev1 == "và" or (out and out[-1].endswith(","))
        if lw in _PLACE_WORDS or lw in {"thành", "thị"}:
            starts_name, in_place = i == 0, False
        out.append(lw[:1].upper() + lw[1:] if starts_name else lw)
    s = " ".join(out)
    return s[:1].upper() + s[1:]


# ------------------------------------------------------------------ places

_PLACE_INDEX = {fold_ascii(p).replace(" - ", " ").replace("-", " "): p for p in PROVINCES + CITIES}


def canonical_place(name: str) -> Optional[str]:
    """The province or city a printed name means ("Hung Yên" → "Hưng Yên"), or None."""
    from rapidfuzz import fuzz, process

    key = fold_ascii(squash_spaces(name)).replace("-", " ")
    key = _PLACE_LEVEL.sub("", key)
    key = " ".join(key.split())
    if key in _PLACE_INDEX:
        return _PLACE_INDEX[key]
    best = process.extractOne(key, list(_PLACE_INDEX), scorer=fuzz.ratio, score_cutoff=88)
    return _PLACE_INDEX[best[0]] if best else None


def _province_in_text(folded: str) -> Optional[str]:
    """The province a document without header speaks of most ("tỉnh Long An"), given its ASCII fold."""
    counts: Counter[str] = Counter()
    for key, name in _PLACE_INDEX.items():
        n = folded.count(key)
        if n:
            counts[name] = n
    return counts.most_common(1)[0][0] if counts else None


# ------------------------------------------------------------------ reading

def read_header(text: str) -> Header:
    lines = _lines(text)
    meta = Meta()
    header = Header(meta=meta, body_end=len(text))
    n = len(lines)

    # The header is the run of header-like lines at the top; it ends at the
    # first paragraph or numbered unit.
    type_idx: Optional[int] = None
    body_idx = 0
    last_header_idx = -1
    issuer_lines: list[str] = []
    saw_motto = False
    junk = 0
    # Lines above the national motto are header or noise (a web-print title,
    # an e-signature stamp), however long.
    motto_idx = next((k for k in range(min(n, 30)) if _is_motto(lines[k].text)), -1)
    i = 0
    limit = min(n, 80)
    while i < limit:
        ln = lines[i].text
        if not ln or ln == "|" or _RULE.match(ln):
            i += 1
            continue
        if _is_motto(ln):
            saw_motto = True
            last_header_idx = i
            i += 1
            continue
        m = _NUMBER.match(ln) if ln[:2].lower() == "số" else None
        if m or ln in {"Số:", "Số", "số:"}:
            if not m and i + 1 < n:
                m = _BARE_NUMBER.match(lines[i + 1].text)
                i += 1
            if m and not meta.number:
                meta.number = _WHITE_RUN.sub("", m.group("num")).rstrip(".")
                rest = lines[i].text[m.end():] if m.string == lines[i].text else ""
                dates = [d for d in find_dates(rest) if d.date] if "ngày" in rest else []
                if dates and not meta.date:  # "Số: 45/BC-SYT ngày 10 tháng 10 năm 2022"
                    meta.date = dates[0].date.isoformat()
                    pd = _PLACE_DATE.match(rest.strip())
                    if pd and not meta.place:  # "Số: 12/KH-UBND Hà Nội, ngày …" on one line
                        meta.place = canonical_place(pd.group("place")) or squash_spaces(pd.group("place"))
            last_header_idx = i
            i += 1
            continue
        if not meta.date and _DATE_LINE.match(ln):  # a date line without a place
            dates = [d for d in find_dates(ln) if d.date]
            if dates:
                meta.date = dates[0].date.isoformat()
                last_header_idx = i
                i += 1
                continue
        pd = _PLACE_DATE.match(ln)
        if not pd and len(ln.split()) <= 2 and i + 1 < n and _PLACE_DATE.match(lines[i + 1].text):
            i += 1  # "Trà" / "Vinh, ngày …": the place's cell wrapped; read with the next line
            continue
        if pd and not meta.date:
            place = pd.group("place").strip()
            prev = lines[i - 1].text if i else ""
            if prev and prev[:1].isupper() and len(prev.split()) <= 2 and not _RULE.match(prev) and prev != "|" \
                    and not prev.startswith(("Số", "Độc")) and not is_caps_heading(prev):
                place = prev + " " + place  # "Trà" / "Vinh, ngày …": a wrapped cell
            meta.place = canonical_place(place) or squash_spaces(place)
            meta.place = PLACE_NAMES.get(meta.place, meta.place)
            dates = [d for d in find_dates(pd.group("date")) if d.date]
            if dates:
                meta.date = dates[0].date.isoformat()
            last_header_idx = i
            i += 1
            continue
        tm = _TYPE_HEADING.fullmatch(ln) if is_caps_heading(ln) or ln.isupper() else None
        if tm and type_idx is None and not _ENACTING.match(ln):
            rest = tm.group("rest").strip()
            type_idx = i
            meta.doc_type = DOC_TYPE_REPORTED.get(_canon_type(tm.group("type")), _canon_type(tm.group("type")))
            title_lines: list[str] = []
            news = _NEWS_NUMBER.match(rest)
            if news:  # "QUYẾT ĐỊNH SỐ 4192/QĐ-UBND NGÀY 02/5/2024 CỦA UBND TỈNH BAN HÀNH …"
                _read_news_heading(rest, meta)
                title_lines.append(_news_title(rest))
            elif rest:
                title_lines.append(rest)
            j = i + 1
            while j < n and j < i + 12:
                t = lines[j].text
                if not t:
                    if title_lines:
                        break
                    j += 1
                    continue
                if t == "|" or _RULE.match(t) or _BASIS.match(t) or _PROPOSAL.match(t) or _ENACTING.match(t) \
                        or _RECIPIENTS_HEAD.match(t) or match_marker(t) is not None:
                    break
                if t.startswith("(") and t.endswith(")"):
                    j += 1
                    last_header_idx = j - 1
                    continue  # "(Báo cáo của UBND tỉnh tại Kỳ họp …)"
                if title_lines and is_caps_heading(t) != is_caps_heading(title_lines[-1]):
                    break
                if _looks_like_issuer(t) and title_lines:
                    break
                if not is_caps_heading(t) and len(t) > 250:
                    break  # a paragraph, not a title
                title_lines.append(t)
                j += 1
            if title_lines and not meta.title:
                meta.title = squash_spaces(" ".join(title_lines)).rstrip(".")
            last_header_idx = j - 1
            i = j
            continue
        top_block = type_idx is None and i < 14 and meta.number is None and meta.date is None
        if top_block and is_caps_heading(ln) and len(ln) < 120 and match_marker(ln) is None \
                and (not saw_motto or _BODY_START.match(fold_ascii(ln))):
            issuer_lines.append(ln)  # "ỦY BAN NHÂN DÂN" / "TỈNH TRÀ VINH"
            last_header_idx = i
            i += 1
            continue
        if top_block and not saw_motto and ln.isupper() and len(ln) < 60 and match_marker(ln) is None:
            issuer_lines.append(ln)  # "ỦY" / "BAN NHÂN" / "DÂN": a wrapped cell
            last_header_idx = i
            i += 1
            continue
        if ln.startswith("V/v") or ln.startswith("V/V"):
            meta.title = meta.title or squash_spaces(ln[3:].strip(" :."))
            meta.doc_type = meta.doc_type or "Công văn"
            last_header_idx = i
            i += 1
            continue
        if _BASIS.match(ln):
            meta.legal_bases.append(ln.lstrip("-–+ ").rstrip(";.,"))
            last_header_idx = i
            i += 1
            continue
        if _PROPOSAL.match(ln) or _ENACTING.match(ln) or (type_idx is not None and _looks_like_issuer(ln)):
            last_header_idx = i
            i += 1
            continue
        rh = _RECIPIENTS_HEAD.match(ln)
        if rh and fold_ascii(rh.group("head")).startswith("k"):
            end_idx = _read_recipients(lines, i, meta)
            header.recipient_spans.append((lines[i].start, lines[end_idx].end))
            meta.doc_type = meta.doc_type or "Công văn"
            last_header_idx = end_idx
            i = end_idx + 1
            continue
        if type_idx is None and ((not saw_motto and i < motto_idx)
                                 or (junk < 8 and len(ln) < 100 and match_marker(ln) is None)):
            # Above the header proper: an e-signature stamp, a scanner's noise, a
            # site's search box.  Skip it; it is header only if a header follows.
            junk += 1
            i += 1
            continue
        break
    body_idx = last_header_idx + 1
    header.body_start = lines[body_idx].start if body_idx < n else len(text)

    if issuer_lines:
        meta.issuer = _issuer_from_lines(issuer_lines)

    _read_trailers(lines, header)
    _read_attachments(text, lines, header)
    if meta.number is None and meta.date is None:
        _news_issued(text, meta)
    if meta.doc_type is None and meta.number:
        meta.doc_type = _type_from_number(meta.number)
    if not meta.issuer:
        meta.issuer = _infer_issuer(text, header)
    elif meta.issuer in BODY_CASE.values() or meta.issuer.endswith((" tỉnh", " thành phố")):
        # "CỦA UBND TỈNH": the province is the one the text names.
        place = (canonical_place(meta.place) if meta.place else None) or _province_in_text(header.ascii_of(text))
        if place:
            level = "" if meta.issuer.endswith((" tỉnh", " thành phố")) else " " + level_of(place)
            if meta.issuer in {"Ủy ban nhân dân", "Hội đồng nhân dân"} or level == "":
                meta.issuer = f"{meta.issuer}{level} {place}"
    _news_signer(text, meta)
    header.year_hint = _year_hint(text, meta)
    if meta.date is None and meta.doc_type is None:
        header.warnings.append("no document type or date found in the header")
    return header


_MOTTO_WORDS = frozenset(
    "cong hoa xa hoi chu nghia viet nam doc lap tu do hanh phuc dang san".split())


_WORD = regex.compile(r"\w+")
_MOTTO_HEAD = 64


def _may_open_motto(head: str) -> bool:
    """Could a line opening with the folded ``head`` be the motto?  Its complete words say."""
    count = 0
    for m in _WORD.finditer(head):
        if m.end() == len(head):
            break  # the cut may have split this word
        if count == 12 or m.group() not in _MOTTO_WORDS:
            return False
        count += 1
    return True


def _is_motto(line: str) -> bool:
    """A line of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", however wrapped."""
    # A paragraph is told by its first words, without folding all of it.
    if len(line) > _MOTTO_HEAD and not _may_open_motto(fold_ascii(line[:_MOTTO_HEAD])):
        return False
    words = _WORD.findall(fold_ascii(line))
    return 0 < len(words) <= 12 and all(w in _MOTTO_WORDS for w in words)


def _looks_like_issuer(line: str) -> bool:
    up = line.upper()
    return up.startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "BỘ TRƯỞNG",
                          "THỦ TƯỚNG", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "GIÁM ĐỐC")) and is_caps_heading(line)


# Words that open the name of a body in the header block.
# Words that open the name of a body in the header block (matched on the
# ASCII fold, so that OCR's "TONG CỤC", "BO TÀI CHÍNH" count too).
_BODY_START = regex.compile(
    r"(?:bo|so|tong cuc|cuc|chi cuc|uy ban|ubnd|hdnd|hoi dong|ban|van phong|thanh tra|kho bac|tinh uy|"
    r"thanh uy|huyen uy|dang uy|dang doan|ban can su|trung tam|truong|vien|dai|bao|ngan hang|bao hiem|"
    r"cong an|bo chi huy|thu tuong|chinh phu|quoc hoi|kiem toan|toa an|vien kiem sat)\b"
)


def _issuer_from_lines(lines: list[str]) -> str:
    """The issuing body of the header block.

    A two-level header names the parent body first and the issuing body
    below it ("BỘ TÀI CHÍNH / TỔNG CỤC THUẾ"; "UBND TỈNH QUẢNG BÌNH / SỞ NỘI
    VỤ"); a line that opens no body continues the one above ("ỦY BAN NHÂN /
    DÂN / TỈNH TRÀ VINH").  A local parent lends its place to the body.
    """
    bodies: list[str] = []
    for ln in lines:
        ln = ln.strip("|-—–* ")
        if not ln:
            continue
        if not bodies or (_BODY_START.match(fold_ascii(ln)) and len(bodies[-1].split()) >= 2):  # "ỦY" / "BAN NHÂN DÂN" is one
            bodies.append(ln)
        else:
            bodies[-1] += " " + ln
    issuer = _proper_case(bodies[-1])
    if len(bodies) > 1:
        parent = _proper_case(bodies[-2])
        if issuer in UNITS_OF_PARENT:
            return f"{issuer} {parent}"  # "Văn phòng" under "Ủy ban nhân dân thành phố Cần Thơ"
        place = _PLACE_OF_PARENT.search(parent)
        if place and not _LEVEL_WORD.search(issuer):
            # "Sở Nội vụ tỉnh Quảng Bình", but "Tỉnh ủy Quảng Trị" (the level is in the name)
            where = place.group(1) if issuer.endswith(" ủy") else place.group(0)
            issuer = f"{issuer} {where}"
    return issuer


def _read_news_heading(rest: str, meta: Meta) -> None:
    m = _NEWS_NUMBER.match(rest)
    if m:
        meta.number = _WHITE_RUN.sub("", m.group("num"))
    d = [x for x in find_dates(rest) if x.date]
    if d:
        meta.date = d[0].date.isoformat()
    by = _NEWS_ISSUER.search(rest)
    if by:
        meta.issuer = _proper_case(by.group("who"))


def _news_title(rest: str) -> str:
    m = _NEWS_TITLE.search(rest)
    return m.group(0) if m else rest


def _read_recipients(lines: list[_Line], i: int, meta: Meta) -> int:
    """Read "Nơi nhận:" / "Kính gửi:" and the list under it; return the last line's index."""
    m = _RECIPIENTS_HEAD.match(lines[i].text)
    rest = m.group("rest").strip() if m else ""
    # A trailer of two columns flattened line by line (a PDF's text layer):
    # "Nơi nhận: PHÓ BÍ THƯ THƯỜNG TRỰC" holds the signer's position, and
    # the signer's name ends the last copy line ("- Lưu: VT, VP. Lê Hoàng Phúc").
    column_position = (_position_of(rest) or _POSITIONS_FOLDED.get(fold_ascii(squash_spaces(rest)).upper())
                       if m and rest.isupper() and fold_ascii(m.group("head")).startswith("n") else None)
    if rest and column_position is None:
        meta.recipients.append(rest.lstrip("-–+ ").rstrip(";.,"))
    j, last = i + 1, i
    while j < len(lines):
        t = lines[j].text
        if not t:
            j += 1
            continue
        if t[0] in "-–+•" and match_marker(t) is not None and len(t) < 200:
            meta.recipients.append(t.lstrip("-–+• ").rstrip(";.,"))
            last = j
            j += 1
            continue
        # A page footer or header may cut the list: go on if it resumes just below.
        resume = next((k for k in range(j + 1, min(len(lines), j + 5))
                       if lines[k].text[:1] in "-–+•" and match_marker(lines[k].text) is not None), None)
        if resume is not None and all(not lines[k].text or (not is_caps_heading(lines[k].text)
                                                             and match_marker(lines[k].text) is None)
                                      for k in range(j, resume)):
            j = resume
            continue
        break
    if column_position is not None:
        _column_signer(lines, i, column_position, meta)
    return last


def _column_signer(lines: list[_Line], i: int, position: str, meta: Meta) -> None:
    """The signer of a two-column trailer read line by line: the position was on
    the "Nơi nhận:" line ``i``, the name ends the last copy line ("Lưu …. Name"),
    the authority is the line just above ("T/M BAN THƯỜNG VỤ")."""
    if not meta.recipients:
        return
    named = _NAME_AFTER_COPY_LINE.match(meta.recipients[-1])
    if named is None or not fold_ascii(named.group("copy")).startswith("luu"):
        return
    meta.recipients[-1] = named.group("copy").rstrip(";.,")
    # "- Như điều 3; (Đã ký)": the signature column's mark beside a copy line
    meta.recipients[:] = [_SIGNED_AT_END.sub("", r).rstrip(";.,") for r in meta.recipients]
    authority = None
    above = next((ln.text for ln in reversed(lines[max(0, i - 3):i]) if ln.text), "")
    am = _AUTHORITY.match(above) if above[:1] in _AUTHORITY_INITIALS else None
    if am and am.group("rest").isupper():
        held = am.group("rest")
        authority = AUTHORITY_PREFIXES[am.group("pre")] + " " + (_position_of(held) or _proper_case(held))
    if meta.signer is None:
        meta.signer = Signer(name=named.group("name"), position=position, authority=authority)


def _read_trailers(lines: list[_Line], header: Header) -> None:
    """Nơi nhận lists and signature blocks, wherever they stand."""
    meta = header.meta
    n = len(lines)
    i = 0
    while i < n:
        t = lines[i].text
        # Only "Nơi nhận" (its "n" in either case) opens a list here; "Kính gửi" is the header's.
        rh = _RECIPIENTS_HEAD.match(t) if t[:1] in ("n", "N") else None
        if rh and fold_ascii(rh.group("head")).startswith("n") and lines[i].start >= header.body_start:
            end = _read_recipients(lines, i, meta)
            header.recipient_spans.append((lines[i].start, lines[end].end))
            i = end + 1
            continue
        sig = _signature_at(lines, i)
        if sig is not None:
            end, signer = sig
            header.recipient_spans.append((lines[i].start, lines[end].end))
            if meta.signer is None and signer.name:
                meta.signer = signer
                if not meta.issuer and signer.authority and signer.authority.startswith("TM."):
                    meta.issuer = signer.authority[3:].strip()
            i = end + 1
            continue
        i += 1


_POSITIONS_UPPER = [(p, p.upper()) for p in POSITIONS]
# The same without tones, for a scan's "TỎNG CỤC TRƯỞNG" where a position stands alone.
_POSITIONS_FOLDED = {fold_ascii(p).upper(): p for p in POSITIONS}
_POSITION_STARTS = tuple(up for _, up in _POSITIONS_UPPER)


def _position_of(line: str) -> Optional[str]:
    s = squash_spaces(line).upper()
    if not s.startswith(_POSITION_STARTS):  # most lines: one test in C
        return None
    for p, up in _POSITIONS_UPPER:
        if s == up or (s.startswith(up + " ") and len(s) < 60 and is_caps_heading(s)):
            return p
    return None


_POSITION_ALT = "|".join(regex.escape(p.upper()) for p in sorted(POSITIONS, key=len, reverse=True))
_ONE_LINE_SIGNATURE = regex.compile(
    rf"^(?:(?P<pre>TM|T/M|KT|K/T|Q|TL|T/L|TUQ)[ \t]*\.?[ \t]+(?P<auth>[\p{{Lu}} ,./]+?)[ \t]+)?(?P<pos>{_POSITION_ALT})"
    rf"[ \t]*(?:\(?[Đđ]ã ký\)?)?[ \t]*(?P<name>\p{{Lu}}\p{{Ll}}*(?:[ \t]+\p{{Lu}}\p{{Ll}}*){{1,5}})$"
)


# How a one-line signature and an authority line can start ("TM.", "KT.",
# "Q.", "TL.", "TUQ." or a position): most lines are settled in C.
_AUTHORITY_INITIALS = ("T", "K", "Q")
_SIGNATURE_STARTS = _AUTHORITY_INITIALS + _POSITION_STARTS


def _signature_at(lines: list[_Line], i: int) -> Optional[tuple[int, Signer]]:
    """A signature block starting at line ``i``: authority?, position, (Đã ký)?, name."""
    t = lines[i].text
    one = _ONE_LINE_SIGNATURE.match(t) if t[:1].isupper() and t.startswith(_SIGNATURE_STARTS) else None
    if one:  # "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Nguyễn Văn A", "THỦ TƯỚNG Nguyễn Văn A": a flattened block
        auth = None
        if one.group("pre"):
            held = one.group("auth")
            auth = AUTHORITY_PREFIXES[one.group("pre")] + " " + (_position_of(held) or _proper_case(held))
        return i, Signer(name=one.group("name"), position=_position_of(one.group("pos")), authority=auth)
    if not t or len(t) > 80:
        return None
    authority = None
    j = i
    am = _AUTHORITY.match(t) if t[:1] in _AUTHORITY_INITIALS else None
    if am and am.group("rest").isupper():
        parts = [am.group("rest")]
        j = i + 1
        while j < len(lines) and lines[j].text.isupper() and _position_of(lines[j].text) is None \
                and len(parts) < 4:
            parts.append(lines[j].text)
            j += 1
        held = " ".join(parts)
        authority = AUTHORITY_PREFIXES[am.group("pre")] + " " + (_position_of(held) or _proper_case(held))
        while j < len(lines) and not lines[j].text:
            j += 1
        if j >= len(lines):
            return None
    position = _position_of(lines[j].text) if j < len(lines) else None
    if position is None:
        return None
    if authority is None and not is_caps_heading(lines[j].text):
        return None
    k = j + 1
    name = None
    while k < len(lines) and k <= j + 8:
        s = lines[k].text
        if not s or s == "|" or _SIGNED.match(s):
            k += 1
            continue
        if _NAME.match(s) and _position_of(s) is None and not s.startswith(("Nơi", "NƠI")):
            name = " ".join(w if not w.isupper() or len(w) == 1 else w[:1] + w[1:].lower() for w in s.split())
        break
    if name is None:
        return None
    return k, Signer(name=name, position=position, authority=authority)


_TYPE_WORDS = "|".join(regex.escape(t) for t in sorted(DOC_TYPE_HEADINGS, key=len, reverse=True))
_NEWS_ISSUED = regex.compile(
    rf"Ngày[ \t]+(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})[ \t]*,[ \t]*(?P<who>[^,.\n]{{3,120}}?)[ \t]+(?:đã[ \t]+)?"
    rf"(?:ký[ \t]+)?ban hành[ \t]+(?P<type>{_TYPE_WORDS})[ \t]+(?:số[ \t]+)?(?P<num>\d{{1,5}}[^\s,;]*)",
    regex.IGNORECASE,
)


def _news_issued(text: str, meta: Meta) -> None:
    """A news page: "Ngày 23/8/2017, Tỉnh ủy … đã ban hành Chương trình số 27-CTr/TU …"."""
    m = _NEWS_ISSUED.search(text[:5000])
    if not m:
        return
    meta.number = _WHITE_RUN.sub("", m.group("num")).rstrip(".")
    meta.doc_type = _canon_type(m.group("type"))
    dates = [d for d in find_dates(m.group("date")) if d.date]
    if dates:
        meta.date = dates[0].date.isoformat()
    who = squash_spaces(m.group("who"))
    if not meta.issuer and not _PERSON_TITLE.search(who):
        meta.issuer = who[:1].upper() + who[1:]


def _news_signer(text: str, meta: Meta) -> None:
    if meta.signer is not None:
        return
    m = _NEWS_SIGNER.search(text[:5000])
    if m:
        pos = squash_spaces(m.group("pos"))
        meta.signer = Signer(name=m.group("name"), position=pos, authority=None)


def _read_attachments(text: str, lines: list[_Line], header: Header) -> None:
    """Documents issued with this one: a type heading followed by "(Ban hành kèm theo …)"."""
    found: list[tuple[int, int, str, str]] = []
    n = len(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        if ln.start < header.body_start or not t or not is_caps_heading(t):
            continue
        m = _TYPE_HEADING.fullmatch(t)
        if not m:
            continue
        name = _canon_type(m.group("type"))
        if name not in ATTACHABLE_TYPES and name.split()[0] not in {"Kế", "Chương"}:
            continue
        title_parts = [t]
        j = i + 1
        note_idx = None
        while j < n and j <= i + 8:
            s = lines[j].text
            if _ATTACHED_NOTE.fullmatch(s) or (s.startswith("(") and "kèm theo" in s.lower()):
                note_idx = j
                break
            if not s or not is_caps_heading(s):
                break
            title_parts.append(s)
            j += 1
        if note_idx is None:
            continue
        # The note may wrap: "(Ban hành kèm theo Quyết định số 460/QĐ-TCT" / "ngày … của …)".
        k = note_idx
        while k < min(n - 1, note_idx + 3) and not lines[k].text.endswith(")"):
            k += 1
        if lines[k].text.endswith(")"):
            note_idx = k
        found.append((i, note_idx, DOC_TYPE_REPORTED.get(name, name), squash_spaces(" ".join(title_parts))))
    for k, (i, note_idx, name, title) in enumerate(found):
        end = lines[found[k + 1][0]].start if k + 1 < len(found) else len(text)
        content_start = lines[note_idx + 1].start if note_idx + 1 < n else len(text)
        header.attachments.append(AttachedPart(name, title, lines[i].start, content_start, end))
        header.meta.attachments.append(Attachment(doc_type=name, title=title, span=(lines[i].start, end)))


def _type_from_number(number: str) -> Optional[str]:
    try:
        from chidao.data.doc_types import doc_type_from_code
    except ImportError:  # pragma: no cover - the table ships with the package
        return None
    m = _NUMBER_CODE.match(number)
    return doc_type_from_code(m.group("code")) if m else None


_ISSUER_BODIES = ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "HĐND", "Hội đồng nhân dân", "Ban Thường vụ Tỉnh ủy",
                  "Tỉnh ủy")
_ISSUER_VERBS = regex.compile(
    r"\b(?P<body>%s)" % "|".join(_ISSUER_BODIES) +
    r"[ \t]+(?P<level>tỉnh|thành phố)?[ \t]*(?:trân trọng[ \t]+)?(?:yêu cầu|đề nghị|giao|chỉ đạo|quyết định|"
    r"xác định|báo cáo|ban hành|tại Kỳ họp)",
)


def _issuer_verbs(text: str) -> list[regex.Match]:
    """The matches of ``_ISSUER_VERBS.finditer(text)``.

    Each starts where one of its bodies is named (``\\b`` takes no
    character): the pattern is tried there only, found by ``str.find``,
    where the engine would try it at every position.  A start inside the
    match before it is passed over, as ``finditer`` does.
    """
    out: list[regex.Match] = []
    done = 0
    for start in sorted({i for body in _ISSUER_BODIES for i in find_all(text, body)}):
        if start < done:
            continue
        m = _ISSUER_VERBS.match(text, start)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def _infer_issuer(text: str, header: Header) -> Optional[str]:
    """A provincial body named as the actor of the text ("UBND tỉnh yêu cầu …"), with its province."""
    meta = header.meta
    body = None
    code = None
    if meta.number:
        m = _ISSUER_CODE.search(meta.number)
        code = m.group(1) if m else None
    if code == "UBND":
        body = "Ủy ban nhân dân"
    elif code == "HĐND":
        body = "Hội đồng nhân dân"
    elif code == "TU":
        body = "Tỉnh ủy"
    else:
        counts = Counter(m.group("body") for m in _issuer_verbs(text[:20000]))
        counts.update(m.group(0) for m in _CHAIR_REQUESTS.finditer(text[:20000]))
        if counts:
            top = counts.most_common(1)[0][0]
            body = BODY_CASE.get(top.upper(), top) if not top.startswith("Chủ tịch") else "Ủy ban nhân dân"
            if top in {"UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân"}:
                body = "Ủy ban nhân dân"
            elif top in {"HĐND"}:
                body = "Hội đồng nhân dân"
    if body is None:
        return None
    if body == "Tỉnh ủy":
        place = meta.place or _province_in_text(header.ascii_of(text))
        return f"Tỉnh ủy {place}" if place else "Tỉnh ủy"
    place = canonical_place(meta.place) if meta.place else None
    place = place or _province_in_text(header.ascii_of(text))
    return f"{body} {level_of(place)} {place}" if place else body


def _year_hint(text: str, meta: Meta) -> Optional[int]:
    if meta.date:
        return int(meta.date[:4])
    for source in (meta.title or "", text[:3000]):
        years = [int(m.group("y")) for m in _YEAR.finditer(source)]
        if years:
            return Counter(years).most_common(1)[0][0]
    return None
