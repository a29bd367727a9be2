"""Citations of other documents: find every mention, then resolve them to instruments.

Two passes, as eyecite does it: :func:`find_mentions` reads the text once and
returns every candidate in order; :func:`resolve_mentions` then drops the
document's own number, joins later mentions to the instrument they name
(``mentions``) and fills each instrument's fields from all its mentions.
``find_citations(ctx)`` runs both.

Forms covered (``number`` is the symbol as printed, spaces removed)

* state symbols: "Nghị định số 30/2020/NĐ-CP", "Quyết định 686/QĐ-TTg",
  "35/2011/TTLT-BTC-BNV", "47/2019/QH14", "127/CĐ-TTg", "10/CTr-UBND",
  "05/HD-MTTW-BTT", "473/TTr-NN&PTNT", "11/CT.UBND", "05/1999/TTLT/BLĐTBXH-BYT",
  stray spaces ("44 /2005/QĐ-UBND"), the look-alike "Ð" (U+00D0), a hyphen
  lost in a PDF copy ("61/2018/NĐCP", "1961/QĐUBND");
* công văn symbols, issuer + unit and no type code: "Công văn số 7086/UBND-NN",
  "văn bản số 5973/SKHĐT-PTHT" (doc_type "Công văn");
* Party symbols: "Nghị quyết số 21-NQ/TU", "36-NQ/TW", "1276-CV/TU",
  "36a-NQ/CP", the mixed typo "72-NQ-TW";
* doc_type from the words before the number ("Kế hoạch hành động số …",
  "Thông báo kết luận số …", "kế hoạch sô …"), else from the type code;
* a bare number after a type word: "Chỉ thị 01 của Tỉnh ủy", "Quyết định số
  1234 ngày 05/6/2019" (number "01", "1234");
* laws, codes, ordinances and the constitution by name: "Luật Đầu tư công năm
  2019", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
  "Luật Quản lý, sử dụng tài sản công", "Bộ luật Dân sự", "Luật sửa đổi, bổ
  sung một số điều của Luật Các tổ chức tín dụng", "Pháp lệnh Ưu đãi người có
  công với cách mạng", "Hiến pháp năm 2013"; "Luật Đầu tư công số
  39/2019/QH14" is one numbered citation with the name as its title;
* after the number: the date ("ngày 01/01/2020", "ngày 19 tháng 6 năm 2015",
  "ngày 13/12/ 2007", "ngày 01-10-1997"), the issuer ("của Ban Thường vụ Tỉnh
  ủy", "của UBND tỉnh" → "Ủy ban nhân dân tỉnh"), the title ("về …", "về việc
  …", "V/v …"); the issuer may also come first: "của UBND tỉnh tại Quyết định
  số …"; a list shares it: "Chỉ thị 01, Chỉ thị 48 của Tỉnh ủy";
* pinpoints before the type: "điểm a khoản 1 Điều 3 Nghị định số …";
* relations: "Căn cứ …", "thực hiện …", "triển khai …", "sửa đổi, bổ sung …",
  "thay thế …", "bãi bỏ …", "ban hành kèm theo …", shared by a list ("Căn cứ
  Luật A; Luật B;", "Thực hiện Luật A, Nghị định B và Quyết định C"); none for
  a citation inside another's trích yếu ("Kế hoạch X … triển khai thực hiện
  Chỉ thị Y": X implements Y, this document does not);
* later mentions resolved to the instrument: the same symbol again (also with
  "-" and "/" swapped: "36a/NQ-CP" = "36a-NQ/CP"), its bare number
  ("Chỉ thị 48" = "48/CT-TU"), "Nghị quyết nêu trên", "Quyết định nói trên",
  "Nghị quyết này" (when the document is not itself a Nghị quyết);
* not the document itself: its own number (``ctx.meta.number`` and the
  "Số: …" header line), "Quyết định này", "Kế hoạch này" in a Quyết định
  that attaches a Kế hoạch, "(Ban hành kèm theo Quyết định số <own number>)",
  a law's own heading "LUẬT / KẾ TOÁN" and "Quốc hội ban hành Luật Kế toán".

Deliberately not covered

* standards and technical regulations ("TCVN 5574:2018", "QCVN 01:2021/BYT"),
  forms and annexes ("Mẫu số 01/TB", "Biểu số 02/BC");
* programme names and numbered programmes without a symbol ("Chương trình
  135", "Đề án 30", "Dự án 06"), Party congresses and plenums ("Nghị quyết Đại
  hội XIII", "Nghị quyết Trung ương 7 khóa IX");
* generic lower-case mentions ("các luật, pháp lệnh", "theo quy định của pháp
  luật", "các nghị quyết nêu trên"), "Luật sư …";
* documents named only by their subject ("Quyết định phê duyệt quy hoạch …"
  with no number) and plural anaphora ("các Quyết định trên").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterator, Optional

import regex

from chidao.context import DocContext, merged_spans, overlaps_any, span_index
from chidao.data import doc_types as D
from chidao.extract.grammar import find_dates
from chidao.schema import Citation
from chidao.text import fold_tones

__all__ = ["find_citations", "find_mentions", "resolve_mentions", "Mention", "Instrument"]


def _f(s: str) -> str:
    """Tone-folded lower case, the form ``ctx.folded`` has."""
    return fold_tones(s)


# Words the code below compares with folded text, folded once.
_FOLD_OF = {w: fold_tones(w) for w in ("bộ", "các", "này", "sư", "trên", "và")}


def _alt(words, escape=regex.escape) -> str:
    """A regex alternation of folded words, longest first, spaces as ``\\s+``
    (``escape=re.escape`` for the stdlib ``re``)."""
    out = sorted({_f(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(escape(p) for p in w.split()) for w in out)


_WB = r"(?<![\p{L}\p{N}])"  # word start
_WE = r"(?![\p{L}\p{N}])"  # word end

# ------------------------------------------------------------------ where a pattern may match

# ``regex`` is slow to scan a text for a pattern that opens on a long alternation
# of words (it tries each word at each offset), and slow to call.  So the big
# patterns are not scanned for: the stdlib ``re`` first finds where a match may
# start, by literals that it finds about as fast as ``str.find`` (_word_finders,
# _SYMBOL_BACKWARDS), and the ``regex`` pattern is tried only there (_matches_at),
# often after a rough copy of it for ``re`` has said yes (X_ROUGHLY for X_RE:
# the same without its checks at either end).  These may find too much, never
# too little: their literals are the pattern's and their classes cover its
# classes, which tests/test_citations.py checks for the digits and spaces of
# both Unicode tables.

# A digit for ``re`` wherever ``regex`` sees one: ``re``'s \d (Python's Unicode
# tables) and, for digits newer than those, the astral planes.  (``re``'s \s
# covers ``regex``'s \s as it is.)
_RE_DIGIT = r"[\d\U00010000-\U0010FFFF]"


def _word_finders(words) -> tuple[re.Pattern, ...]:
    """Stdlib patterns that together match wherever one of the folded ``words``
    starts (syllables apart by any spaces, as :func:`_alt` writes them), one per
    first letter: ``re`` looks for a literal first letter fast.  A match takes in
    the first syllable only, so where one is found the next may start right after
    it; what it passes over lies inside a word, where no word starts."""
    rests: dict[str, set[str]] = {}  # first syllable -> the rest of each word
    for w in {_f(w) for w in words}:
        first, *rest = w.split()
        rests.setdefault(first, set()).add("".join(r"\s+" + re.escape(p) for p in rest))
    by_letter: dict[str, list[str]] = {}
    for first, rest in sorted(rests.items()):
        ahead = "" if "" in rest else f"(?=(?:{'|'.join(sorted(rest))}))"
        by_letter.setdefault(first[0], []).append(re.escape(first[1:]) + ahead)
    return tuple(re.compile(re.escape(letter) + f"(?:{'|'.join(alts)})") for letter, alts in by_letter.items())


def _word_starts(finders: tuple[re.Pattern, ...], folded: str, pos: int = 0,
                 endpos: Optional[int] = None) -> list[int]:
    """Sorted offsets in ``folded[pos:endpos]`` where a word of ``finders`` that ends
    there may start."""
    endpos = len(folded) if endpos is None else endpos
    return sorted({m.start() for f in finders for m in f.finditer(folded, pos, endpos)})


def _matches_at(pattern: regex.Pattern, text: str, starts: list[int], pos: int = 0,
                endpos: Optional[int] = None, rough: Optional[re.Pattern] = None) -> Iterator[regex.Match]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that can start a match
    only at one of ``starts`` (sorted) and never matches the empty string: the
    same matches, tried only there.  ``rough``, a stdlib pattern that matches
    wherever ``pattern`` does (and maybe elsewhere), is quicker to try first."""
    if endpos is None:
        endpos = len(text)
    cur = pos
    for i in range(bisect.bisect_left(starts, pos), len(starts)):
        p = starts[i]
        if p >= endpos:
            break
        if p < cur:
            continue  # inside the last match, where finditer does not look
        if rough is not None and not rough.match(text, p, endpos):
            continue
        m = pattern.match(text, p, endpos)
        if m:
            yield m
            cur = m.end()


def _first_at(pattern: regex.Pattern, text: str, starts: list[int], pos: int,
              endpos: int, rough: Optional[re.Pattern] = None) -> Optional[regex.Match]:
    """``pattern.search(text, pos, endpos)`` for a pattern as :func:`_matches_at` takes."""
    return next(_matches_at(pattern, text, starts, pos, endpos, rough), None)


def _search_roughly(pattern: regex.Pattern, rough: re.Pattern, text: str, pos: int,
                    endpos: int) -> Optional[regex.Match]:
    """``pattern.search(text, pos, endpos)``, tried only where ``rough`` (a stdlib
    pattern that matches wherever ``pattern`` does, and maybe elsewhere) matches."""
    while True:
        r = rough.search(text, pos, endpos)
        if r is None:
            return None
        m = pattern.match(text, r.start(), endpos)
        if m:
            return m
        pos = r.start() + 1


# ------------------------------------------------------------------ patterns: symbols

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH = _DASHES.replace("-", "\\-")  # escaped: used inside [...]
_DA = f"[{_DASH}]"
_NUM = r"\d{1,5}[a-zđ]?"
_CODE = r"[A-ZĐÐ][A-Za-zĐđÐð&]*\d{0,2}"
_SP = r"[ \t]{0,2}"

_STATE = (
    rf"(?P<n1>{_NUM}){_SP}/{_SP}(?:(?P<y1>(?:19|20)\d\d){_SP}/{_SP})?"
    rf"(?P<c1>{_CODE}(?:(?:{_SP}{_DA}{_SP}|\.){_CODE})*(?:{_SP}/{_SP}{_CODE}(?:{_SP}{_DA}{_SP}{_CODE})*)?)"
)
_PARTY = rf"(?P<n2>{_NUM}){_SP}{_DA}{_SP}(?P<c2>{_CODE}{_SP}/{_SP}{_CODE}(?:{_SP}{_DA}{_SP}{_CODE})*)"
_PARTY_TYPO = rf"(?P<n3>{_NUM}){_DA}(?P<c3>{_CODE}{_DA}{_CODE})"
SYMBOL_RE = regex.compile(
    rf"(?<![\w./&{_DASH}])(?<!\d[:.])(?:{_PARTY}|{_STATE}|{_PARTY_TYPO})(?![\w&])"
)
# SYMBOL_RE up to the first letter of its first code, without its look-behinds.
_SYMBOL_ROUGHLY = re.compile(
    rf"{_RE_DIGIT}{{1,5}}[a-zđ]?[ \t]{{0,2}}"
    rf"(?:[{_DASH}]|/(?:[ \t]{{0,2}}(?:19|20){_RE_DIGIT}{{2}}[ \t]{{0,2}}/)?)[ \t]{{0,2}}[A-ZĐÐ]"
)
# Every symbol opens on _NUM, then _SP and "/" or a dash.  Read backwards from the
# separator (in the reversed text, where ``re`` finds a literal fast) the number's
# digits, which hold the symbol's start.
_SYMBOL_BACKWARDS = {
    sep: re.compile(re.escape(sep) + rf"[ \t]{{0,2}}[a-zđ]?({_RE_DIGIT}{{1,5}})")
    for sep in "/" + _DASHES
}
_CODE_RE = regex.compile(_CODE)
# Codes whose lower-case letters are part of the code, not a word.
_MIXED_CODES = frozenset(c.casefold() for c in (
    "CTr", "TTr", "QĐi", "QyĐ", "TrS", "TTg", "ThU", "QHo", "NgV", "TTrLT",
))
_STANDARD_BEFORE = regex.compile(r"(?:tcvn|qcvn|iso|iec|tcn|qcđp)[\s\d.:\-]*\Z")
# "Mẫu số 01/TB", "Biểu số 02/BC", "Phụ lục 03/KH": a form or an annex, not a document.
_FORM_BEFORE = regex.compile(
    rf"{_WB}(?:{_alt(['mẫu', 'biểu', 'biểu mẫu', 'phụ lục', 'phụ biểu'])})(?:\s+(?:sô|so))?[\s:]*\Z"
)

# ------------------------------------------------------------------ patterns: words

_TYPE_ALT = _alt(D.TYPE_WORDS)
_QUAL_ALT = _alt(D.TYPE_QUALIFIERS)
_TYPE_ALT_RE = _alt(D.TYPE_WORDS, re.escape)  # the same for the stdlib ``re``
_QUAL_ALT_RE = _alt(D.TYPE_QUALIFIERS, re.escape)
_TYPE_OF_FOLD = {_f(k): v for k, v in D.TYPE_WORDS.items()}

# The words right before a number: "Nghị quyết số ", "Kế hoạch hành động 81/…".
_PREFIX_RE = regex.compile(
    rf"{_WB}(?P<type>{_TYPE_ALT})(?:\s+(?P<qual>{_QUAL_ALT}))?(?:\s+(?P<so>sô|so)\s*:?)?[ \t\n(]*\Z"
)
_PREFIX_ROUGHLY = re.compile(rf"(?:{_TYPE_ALT_RE})(?:\s+(?:{_QUAL_ALT_RE}))?(?:\s+(?:sô|so)\s*:?)?[ \t\n(]*\Z")
# "Số: 01/QĐ-UBND" opening a header line: the document's own number.
_HEADER_NO_RE = regex.compile(r"(?:(?:^|\n|\|)[ \t]*(?:Số|SỐ|số)[ \t]*:?|(?:Số|SỐ)[ \t]*:)[ \t\n]*\Z")
_TYPED_HEADER_NO_RE = regex.compile(rf"(?:^|\n)[ \t|]*(?:{_TYPE_ALT})[ \t]+sô[ \t]*:[ \t\n]*\Z")
_ATTACHED_RE = regex.compile(
    rf"\(\s*(?:{_alt(['ban hành'])}\s+)?{_alt(['kèm theo'])}\s+(?:{_TYPE_ALT})(?:\s+(?:sô|so)\s*:?)?\s*\Z"
)

_BARE_RE = regex.compile(
    rf"{_WB}(?P<type>{_TYPE_ALT})(?:\s+(?P<qual>{_QUAL_ALT}))?\s+(?:(?P<so>sô|so)\s*:?\s*)?"
    rf"(?P<num>\d{{1,4}}[a-zđ]?)(?![\p{{L}}\p{{N}}]|[.,]\d|\s*[/{_DASH}]\s*[\p{{L}}\p{{N}}])"
)
_BARE_ROUGH_TAIL = rf"(?:\s+(?:{_QUAL_ALT_RE}))?\s+(?:(?:sô|so)\s*:?\s*)?{_RE_DIGIT}"  # after the type word
_BARE_ROUGHLY = re.compile(rf"(?:{_TYPE_ALT_RE}){_BARE_ROUGH_TAIL}")
# A count, not a number: "Hướng dẫn 3 bước", "Quyết định 5 nội dung", "Kế hoạch 5 năm".
_BARE_UNIT_AFTER = regex.compile(
    r"\s*(?:%|" + _alt([
        "tháng", "năm", "quý", "tuần", "giờ", "phút", "ngày làm việc", "bước", "lần", "đợt", "nội dung",
        "nhiệm vụ", "điểm", "vấn đề", "tiêu chí", "chỉ tiêu", "người", "xã", "huyện", "tỉnh", "đơn vị",
        "trường hợp", "văn bản", "khoản", "điều", "mục", "chương", "phần", "giải pháp", "nhóm", "lĩnh vực",
        "dự án", "công trình", "hồ sơ", "cuộc", "buổi", "tỷ", "triệu", "nghìn", "ha", "km",
    ]) + r")" + _WE + r"|\s*" + _f("ngày") + r"(?!\s+\d)"
)

_ANAPHOR_WORDS = ["này", "nêu trên", "nói trên", "trên đây", "đã nêu", "vừa nêu", "đã dẫn", "trên"]
_ANAPHOR_RE = regex.compile(
    rf"{_WB}(?P<type>{_TYPE_ALT})\s+(?P<w>{_alt(_ANAPHOR_WORDS)}){_WE}"
)
_ANAPHOR_ROUGH_TAIL = rf"\s+(?:{_alt(_ANAPHOR_WORDS, re.escape)})"
_ANAPHOR_ROUGHLY = re.compile(rf"(?:{_TYPE_ALT_RE}){_ANAPHOR_ROUGH_TAIL}")
# Where either _BARE_ROUGHLY or _ANAPHOR_ROUGHLY matches: a type word and then a number
# or an anaphoric word.  One call per type word tells both finders where to look.
_BARE_OR_ANAPHOR_ROUGHLY = re.compile(rf"(?:{_TYPE_ALT_RE})(?:{_BARE_ROUGH_TAIL}|{_ANAPHOR_ROUGH_TAIL})")
_ANAPHOR_END_RE = regex.compile(r"\s*(?:[,.;:)]|$)")
_PLURAL_BEFORE = regex.compile(_WB + r"(?:" + _alt(["các", "những", "mọi", "hai", "ba", "nhiều"]) + r")\s+\Z")

# Pinpoint before the type word: "điểm a khoản 2 Điều 5 (của) ".
_LIST_N = r"\d+[a-z]?(?:\s*(?:,|và|" + _f("và") + r")\s*\d+[a-z]?)*"
_LIST_L = r"[a-zđ]\d?(?:\s*(?:,|" + _f("và") + r")\s*[a-zđ]\d?)*"
# The words a pinpoint opens on: where _PINPOINT_RE matches with one.  (It may
# match without one, at "của " or at the end, but that is no pinpoint.)
_PINPOINT_ROUGHLY = re.compile(_alt(["điểm", "khoản", "điều", "mục", "chương", "phần"], re.escape))
_PINPOINT_RE = regex.compile(
    rf"{_WB}(?P<pin>(?:{_f('điểm')}\s+{_LIST_L}\s+)?(?:{_f('khoản')}\s+{_LIST_N}\s+)?"
    rf"(?:{_f('điều')}\s+{_LIST_N}\s+)?(?:(?:{_alt(['mục', 'chương', 'phần'])})\s+[ivxlc\d]+\s+)?)"
    rf"(?:{_f('của')}\s+)?\Z"
)

# After the number: date, issuer, title.
_DATE_LEAD_RE = regex.compile(
    rf"[ \t\n,]*\(?(?:(?:{_alt(['ban hành', 'ký', 'thông qua'])})\s+)?(?:{_f('ngày')}){_WE}"
)
# _DATE_LEAD_RE without its check at the end.  ``regex`` looks for a pattern's literal ("ngay")
# from where it is to match up to where it may end, as far as the text's end when the word is not
# near: given where this one ends, it looks no further.  (A match of _DATE_LEAD_RE is one of this,
# whose \s covers regex's, and takes the same path, or a shorter one where its \s is narrower.)
_DATE_LEAD_ROUGHLY = re.compile(
    rf"[ \t\n,]*\(?(?:(?:{_alt(['ban hành', 'ký', 'thông qua'], re.escape)})\s+)?{re.escape(_f('ngày'))}"
)
_OF_RE = regex.compile(rf"[ \t\n,]*{_f('của')}\s+")
_TERM_PAREN = rf"(?:[ \t]*\((?:{_alt(['khóa', 'khoá', 'nhiệm kỳ'])})[^()\n]{{1,20}}\))?"
_TITLE_LEAD_RE = regex.compile(
    rf"{_TERM_PAREN}[ \t\n,]*[\"“]?[ \t]*(?:{_alt(['về việc', 'về'])}{_WE}|v/v\b)\s*"
)
# Trích yếu of a decision or a normative text may start with its verb.
_TITLE_VERB_RE = regex.compile(
    rf"{_TERM_PAREN}[ \t\n]+(?=(?:(?P<verb>{_alt(['ban hành', 'phê duyệt', 'quy định', 'hướng dẫn'])})"
    rf"|(?P<amend>{_alt(['sửa đổi'])})){_WE})"
)
_VERB_TITLE_TYPES = frozenset({"Quyết định", "Nghị định", "Thông tư", "Nghị quyết", "Thông tư liên tịch"})
_BEFORE_ISSUER_RE = regex.compile(
    rf"{_WB}{_f('của')}\s+(?P<iss>[^,;.:()\n]{{2,70}}?)\s+(?:{_alt(['tại', 'theo'])})\s*\Z"
)

_RELATION_ALT = _alt(D.RELATION_WORDS)
_FILLER_WORDS = [
    "tốt", "có hiệu quả", "hiệu quả", "nghiêm", "nghiêm túc", "đầy đủ", "kịp thời", "quyết liệt",
    "đồng bộ", "nội dung", "các nội dung", "tinh thần", "một số điều của", "một số điều", "của",
    "có", "việc", "thắng lợi", "sâu rộng", "hiệu lực",
]
_FILLER = _alt(_FILLER_WORDS)
_RELATION_RE = regex.compile(rf"{_WB}(?P<rel>{_RELATION_ALT})(?:\s+(?:{_FILLER}))*[\s,:]*\Z")
_RELATION_ROUGHLY = re.compile(
    rf"(?:{_alt(D.RELATION_WORDS, re.escape)})(?:\s+(?:{_alt(_FILLER_WORDS, re.escape)}))*[\s,:]*\Z"
)
# A relation word that opens a list: at the start of a sentence or line the list may
# run over ";" ("Căn cứ Luật A; Luật B;", "Thực hiện Nghị định A; Quyết định B; …").
_LIST_TRIGGER_WORDS = [
    "căn cứ", "căn cứ vào", "trên cơ sở", "thực hiện", "triển khai thực hiện", "triển khai",
    "quán triệt", "thi hành",
]
_LIST_TRIGGER_RE = regex.compile(
    rf"(?P<head>(?:^|[\n.;:]|-)[ \t]*)?{_WB}(?P<rel>{_alt(_LIST_TRIGGER_WORDS)})\s+"
)
_LIST_TRIGGER_HEADS = "\n.;:-"  # the characters the head of _LIST_TRIGGER_RE may open on

# ------------------------------------------------------------------ patterns: laws by name

_LAW_HEADS = ("Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp")  # as _LAW_START_RE spells them
_LAW_START_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?P<code>Bộ luật|BỘ LUẬT)|(?P<law>Luật|LUẬT)|(?P<ord>Pháp lệnh|PHÁP LỆNH)"
    r"|(?P<const>Hiến pháp|HIẾN PHÁP))(?=[ \t\n]+[\p{L}])"
)
_KNOWN_LAW_RE = regex.compile(rf"(?:{_alt(D.LAW_NAMES)}){_WE}")
_KNOWN_CODE_RE = regex.compile(rf"(?:{_alt(D.CODE_NAMES)}){_WE}")
_KNOWN_ORDINANCE_RE = regex.compile(rf"(?:{_alt(D.ORDINANCE_NAMES)}){_WE}")
_AMEND_RE = regex.compile(
    rf"{_alt(['sửa đổi'])}(?:\s*,\s*|\s+){_alt(['bổ sung'])}"
    rf"(?:\s+(?:{_alt(['một số điều', 'một số điều, khoản', 'một số nội dung'])}|{_f('điều')}\s+\d+))?"
    rf"\s+(?:{_f('của')}\s+)?"
)
_NESTED_LAW_RE = regex.compile(rf"(?:(?:{_f('các')})\s+)?(?:{_f('bộ luật')}|luât|{_f('pháp lệnh')})\s+")
_NESTED_JOIN_RE = regex.compile(rf"\s*(?:,|{_f('và')})\s+(?:{_f('bộ luật')}|luât|{_f('pháp lệnh')})\s+")
_N_LAWS_RE = regex.compile(rf"\d+\s+(?:luât|{_f('văn bản')})\s+")
_YEAR_AFTER_RE = regex.compile(rf"[ \t,]*(?:{_f('năm')}\s+)?(?P<y>(?:19|20)\d\d)(?![\d/])")
_NUMBER_AFTER_RE = regex.compile(rf"[ \t,]*(?:{_f('số')}|so)\s*:?\s*")
_CONST_TAIL_RE = regex.compile(
    rf"\s+(?:{_alt(['nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'nước Cộng hoà xã hội chủ nghĩa Việt Nam'])})"
)

_TOKEN_RE = regex.compile(r"(?P<sep>[ \t]*(?:[,\-\u2013][ \t]*)?(?:\n[ \t]*)?)(?P<w>[\p{L}][\p{L}\p{M}&]*)")


def _token_at(text: str, pos: int) -> Optional[tuple[str, str, int, int]]:
    """The word at ``pos`` after its separator: (separator, word, start, end of the word)."""
    m = _TOKEN_RE.match(text, pos)
    if m is None:
        return None
    sep, w = m.groups()
    end = m.end()
    return sep, w, end - len(w), end


def _word_at(text: str, pos: int) -> str:
    """The word of :func:`_token_at`, or ""."""
    tok = _token_at(text, pos)
    return tok[1] if tok else ""

_NAME_STOP = frozenset(_f(w) for w in (
    "về của tại theo trong để nhằm cho với đến từ là được đã đang sẽ có không phải này đó nêu "
    "trên dưới năm ngày số các những và hoặc cũng như thì mà khi nay sau trước hiện gồm giữa tới "
    "vào ra cùng bằng do vì nên nhưng rằng mọi mỗi hết chưa đều vẫn rất lại sự tháng quý giai "
    "kể cả chỉ ở thuộc"
).split())
_NAME_STOP_BIGRAMS = frozenset(_f(w) for w in (
    "quy định", "hướng dẫn", "thực hiện", "triển khai", "ban hành", "sửa đổi", "bổ sung",
    "bảo đảm", "đảm bảo", "tổ chức thực", "thi hành", "có hiệu", "văn bản", "nghị định",
    "thông tư", "nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "đề án", "chương trình",
    "hiện hành", "liên quan",
))

_ISSUER_STOP = frozenset(
    "về ngày tại theo trong để nhằm cho với đến từ là được đã đang sẽ có không phải này đó trên "
    "dưới số năm các những cũng như nay gồm khi thì mà hoặc sau trước tháng quý giai việc v/v "
    "và/hoặc kèm".split()
)
_NAME_LOWER = frozenset(
    "nhân dân tỉnh huyện xã thành phố thị trấn quận phường nông thôn nhà nước hội trung ương "
    "đảng tối cao cấp quốc gia khu vực chi nhánh vụ việt nam trị thư".split()
)
_COMMA_NAMES = ("văn hóa", "văn hoá")
_COMMA_NAMES_F = tuple(_f(x) for x in _COMMA_NAMES)
_KNOWN_ISSUERS = {
    _f(n): n for n in (
        list(D.ISSUER_CODES.values())
        + ["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Ban Thường vụ Tỉnh ủy",
           "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân thành phố",
           "Thường trực Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]
    )
}
_ABBR = dict(D.ISSUER_ABBREVIATIONS)


# ------------------------------------------------------------------ mentions

@dataclass
class Mention:
    """One place in the text that cites a document (the output of the first pass)."""

    kind: str  # "symbol" | "bare" | "name" | "anaphor"
    start: int  # span of the citation text
    end: int
    lead: int  # start including a pinpoint before it
    reach: int  # end including the title after it
    doc_type: Optional[str] = None  # from the words
    code_type: Optional[str] = None  # from the symbol
    number: Optional[str] = None
    year: Optional[int] = None
    date: Optional[dt.date] = None
    issuer: Optional[str] = None  # from "của …"
    issuer_caps: bool = False
    code_issuer: Optional[str] = None
    title: Optional[str] = None
    title_caps: bool = False
    pinpoint: Optional[str] = None
    relation: Optional[str] = None
    own: bool = False  # the document's own number
    anaphor: Optional[str] = None  # "this" | "above"
    source: Optional[str] = None  # footnote label, None for the body

    @property
    def type(self) -> Optional[str]:
        if self.doc_type and self.doc_type not in D.GENERIC_TYPE_WORDS:
            return self.doc_type
        if self.code_type:
            return self.code_type
        if self.doc_type in D.GENERIC_TYPE_WORDS:
            return "Công văn"
        return None

    @property
    def key(self) -> Optional[str]:
        if self.kind == "symbol" and self.number:
            return number_key(self.number)
        if self.kind == "name" and self.title:
            return "t:" + _f(" ".join(self.title.split()))
        return None


_SPACES = regex.compile(r"\s+")
_SYMBOL_SEPARATOR = regex.compile(f"[{_DASH}/.]")


def _clean_number(raw: str) -> str:
    """The symbol as printed, spaces removed and the look-alike "Ð" read as "Đ"."""
    return _SPACES.sub("", raw).replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")


@lru_cache(maxsize=4096)
def number_key(number: str) -> str:
    """Identity of a symbol: case, spaces, bar on Đ and "-" vs "/" do not matter."""
    k = _f(_SPACES.sub("", number)).replace("đ", "d")
    return _SYMBOL_SEPARATOR.sub("/", k)


# Type words, and the heads _LAW_START_RE opens on (type words too, but _find_laws
# relies on them being here).
_TYPE_FINDERS = _word_finders([*D.TYPE_WORDS, *_LAW_HEADS])
_LAW_HEADS_FOLDED = tuple(_f(w) for w in _LAW_HEADS)
_LIST_TRIGGER_FINDERS = _word_finders(_LIST_TRIGGER_WORDS)


@dataclass
class _Src:
    text: str
    folded: str
    label: Optional[str] = None  # footnote label
    default_year: Optional[int] = None
    own_key: Optional[str] = None

    @cached_property
    def type_starts(self) -> list[int]:
        """Where a type word ("quyết định", "kế hoạch", …) or a law's head word
        ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp") may start."""
        return _word_starts(_TYPE_FINDERS, self.folded)

    @cached_property
    def symbol_starts(self) -> list[int]:
        """Where a match of SYMBOL_RE may start: somewhere in the digits before a
        "/" or a dash (``text``, not ``folded``)."""
        text = self.text
        backwards = text[::-1]
        n = len(text)
        out: set[int] = set()
        for sep, finder in _SYMBOL_BACKWARDS.items():
            if sep in text:
                for m in finder.finditer(backwards):
                    a, b = m.span(1)  # the digits, read backwards
                    out.add(n - b)
                    # further in, only after an (astral) character that is no digit:
                    # SYMBOL_RE's look-behind rules out a start right after a digit
                    if not backwards[a:b].isdecimal():
                        out.update(q for q in range(n - b + 1, n - a) if not text[q - 1].isdecimal())
        return sorted(out)

    def trigger_starts(self, stretches: list[tuple[int, int]]) -> list[int]:
        """Where a match of ``_LIST_TRIGGER_RE`` that lies inside one of ``stretches``
        ((start, end) pairs, apart and in order) may start: at a trigger word, or at
        the head before it (a line break, ".", ";", ":", "-" or the text's start,
        then spaces or tabs).

        Only the stretches are read: a scan of the whole text costs more than the
        look-up.  A trigger word inside a stretch starts a word, so no match of a
        finder that opens earlier in the stretch can cover its start: it is found."""
        folded = self.folded
        out = set()
        for r in (r for a, b in stretches for r in _word_starts(_LIST_TRIGGER_FINDERS, folded, a, b)):
            out.add(r)
            j = r
            while j > 0 and folded[j - 1] in " \t":
                j -= 1
            if j == 0:
                out.add(0)
            elif folded[j - 1] in _LIST_TRIGGER_HEADS:
                out.add(j - 1)
        return sorted(out)

    @cached_property
    def bare_or_anaphor_starts(self) -> list[int]:
        """The type starts where a match of ``_BARE_RE`` or ``_ANAPHOR_RE`` may start
        (their rough patterns say no elsewhere)."""
        folded = self.folded
        return [p for p in self.type_starts if _BARE_OR_ANAPHOR_ROUGHLY.match(folded, p)]

    @cached_property
    def law_starts(self) -> list[int]:
        """Where a match of ``_LAW_START_RE`` may start."""
        folded = self.folded
        return [p for p in self.type_starts if folded.startswith(_LAW_HEADS_FOLDED, p)]

    @cached_property
    def line_type_starts(self) -> list[int]:
        """Where a match of ``_CAPS_TYPE_LINE`` may start: the start of a line whose
        first word (after spaces, tabs, "|") may be a type word."""
        folded = self.folded
        out = []
        for p in self.type_starts:
            j = p
            while j > 0 and folded[j - 1] in " \t|":
                j -= 1
            if j == 0 or folded[j - 1] == "\n":
                out.append(j)
        return out


# ------------------------------------------------------------------ pass 1: find

def find_mentions(text: str, folded: Optional[str] = None, *, default_year: Optional[int] = None,
                  own_number: Optional[str] = None, label: Optional[str] = None) -> list[Mention]:
    """Every citation-like mention in ``text``, in reading order (no resolution yet).

    ``folded`` is ``fold_tones(text)`` when the caller has it; ``own_number``
    the document's own số ký hiệu; ``label`` names the footnote ``text`` is.
    """
    src = _Src(text, folded if folded is not None else fold_tones(text), label, default_year,
               number_key(own_number) if own_number else None)
    return _find_mentions(src)


def _find_mentions(src: _Src) -> list[Mention]:
    out: list[Mention] = []
    out.extend(_find_symbols(src))
    out.extend(_find_laws(src, out, span_index((m.lead, m.end) for m in out)))
    out.extend(_find_bare(src, span_index((m.lead, m.end) for m in out)))
    out.extend(_find_anaphors(src, span_index((m.lead, m.end) for m in out)))
    out.sort(key=lambda m: m.start)
    _titles(src, out)
    _relations(src, out)
    _share_issuers(src, out)
    return out


@lru_cache(maxsize=4096)
def _valid_code(code: str) -> bool:
    c = code.replace("Ð", "Đ").replace("ð", "đ")
    if c.casefold() in _MIXED_CODES:
        return True
    letters = [ch for ch in c if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return upper >= len(letters) - upper


def _find_symbols(src: _Src) -> list[Mention]:
    out = []
    for m in _matches_at(SYMBOL_RE, src.text, src.symbol_starts, rough=_SYMBOL_ROUGHLY):
        s, e = m.span()
        before = src.folded[max(0, s - 16):s]
        if _STANDARD_BEFORE.search(before) or _FORM_BEFORE.search(before):
            continue
        if m.group("n1"):
            party = False
            year = int(m.group("y1")) if m.group("y1") else None
        elif m.group("n2"):
            party, year = True, None
        else:
            party, year = True, None
        cs = m.start("c1") if m.group("n1") else m.start("c2") if m.group("n2") else m.start("c3")
        codes, cut = [], None
        for cm in _CODE_RE.finditer(src.text, cs, e):
            if not _valid_code(cm.group(0)):
                cut = cm.start()
                break
            codes.append(cm.group(0))
            last_end = cm.end()
        if not codes:
            continue
        if cut is not None:  # "12/QĐ-UBND - Ban hành …": the symbol ends before "Ban"
            e = last_end
        if m.group("n3") and not D.is_type_code(codes[0], party=True):
            continue  # "72-NQ-TW" only when the middle is a type code
        code_type, issuers = _classify(tuple(codes), party, year)
        mention = Mention("symbol", s, e, s, e, number=_clean_number(src.text[s:e]),
                          year=year, code_type=code_type, code_issuer=issuers, source=src.label)
        win_s = max(0, s - 80)
        pm = _first_at(_PREFIX_RE, src.folded, src.type_starts, win_s, s, _PREFIX_ROUGHLY)
        if pm:
            mention.doc_type = _TYPE_OF_FOLD.get(_SPACES.sub(" ", pm.group("type")))
            mention.start = mention.lead = pm.start()
            if _TYPED_HEADER_NO_RE.search(src.folded, max(0, pm.start() - 3), s):
                mention.own = True  # "Luật số: 88/2015/QH13" heading a law
        elif _HEADER_NO_RE.search(src.text, max(0, s - 12), s):
            mention.own = True
        if mention.type is None:
            continue  # an unknown code with no word saying what it is
        if mention.number and src.own_key and number_key(mention.number) == src.own_key:
            mention.own = True
        if not mention.own and src.own_key is None and _ATTACHED_RE.search(src.folded, win_s, s):
            mention.own = True  # "(Ban hành kèm theo Quyết định số …)" of this very document
        _pinpoint(src, mention)
        _after(src, mention)
        out.append(mention)
    return out


_JOINT_CODES = frozenset(c.casefold() for c in D.JOINT_CODES)


@lru_cache(maxsize=4096)
def _classify(codes: tuple[str, ...], party: bool, year: Optional[int]) -> tuple[Optional[str], Optional[str]]:
    """(type from the code, issuer from the code) of a symbol's letter groups."""
    first = codes[0]
    t = D.doc_type_from_code(first, party=party)
    if t is None and D.issuer_from_code(first) is None:
        # "61/2018/NĐCP", "1961/QĐUBND": the hyphen lost in a PDF copy
        for i in range(1, len(first)):
            head, tail = first[:i], first[i:]
            if D.doc_type_from_code(head, party=party) and D.issuer_from_code(tail):
                return _classify((head, tail) + codes[1:], party, year)
    if t:
        rest = codes[1:]
        joint = first.casefold() in _JOINT_CODES
        names = [n for n in (D.issuer_from_code(c) for c in (rest if joint else rest[:1])) if n]
        return t, (", ".join(dict.fromkeys(names)) or None)
    issuer = D.issuer_from_code(first)
    if issuer is None:
        return None, None
    if issuer in ("Quốc hội",):
        return "Luật", issuer
    if issuer == "Ủy ban Thường vụ Quốc hội":
        return "Nghị quyết", issuer
    if year is not None:
        return None, issuer  # "…/2019/XYZ-…" without a type code: the words must say
    return "Công văn", issuer  # "7086/UBND-NN": issuer + unit


def _pinpoint(src: _Src, m: Mention) -> None:
    # Only matches that hold a pinpoint are looked for (see _PINPOINT_ROUGHLY).
    pm = _search_roughly(_PINPOINT_RE, _PINPOINT_ROUGHLY, src.folded, max(0, m.start - 80), m.start)
    if pm and pm.group("pin").strip():
        s = pm.start("pin")
        m.pinpoint = " ".join(src.text[s:pm.end("pin")].split())
        m.lead = s


def _date_at(src: _Src, pos: int, year: Optional[int]) -> Optional[tuple[dt.date, int]]:
    rough = _DATE_LEAD_ROUGHLY.match(src.folded, pos)
    # endpos one past the rough end: the check at the end sees the character there
    lm = _DATE_LEAD_RE.match(src.folded, pos, rough.end() + 1) if rough else None
    if not lm:
        return None
    dy = year or src.default_year
    for d in find_dates(src.text, default_year=dy, pos=lm.start(), endpos=min(len(src.text), lm.end() + 40)):
        if d.start <= lm.end() + 1 and d.date:
            return d.date, d.end
        break
    return None


def _after(src: _Src, m: Mention) -> None:
    """Date, issuer ("của …") after the number; the span grows over them."""
    got = _date_at(src, m.end, m.year)
    if got:
        m.date, m.end = got
    om = _OF_RE.match(src.folded, m.end)
    if om:
        iss = _issuer_phrase(src, om.end())
        if iss:
            m.issuer, end, m.issuer_caps = iss
            m.end = end
            if m.date is None:
                got = _date_at(src, m.end, m.year)
                if got:
                    m.date, m.end = got
    if m.issuer is None:
        bm = _BEFORE_ISSUER_RE.search(src.folded, max(0, m.lead - 90), m.lead)
        if bm:
            iss = _issuer_phrase(src, bm.start("iss"))
            if iss and iss[1] == bm.end("iss") and _agrees(iss[0], m.code_issuer):
                m.issuer, _, m.issuer_caps = iss
    m.reach = max(m.reach, m.end)


def _agrees(text_issuer: str, code_issuer: Optional[str]) -> bool:
    """Does an issuer named before the citation fit its symbol ("UBND tỉnh" / "…-UBND")?"""
    if not code_issuer:
        return True
    a, b = _f(text_issuer), _f(code_issuer)
    return a.startswith(b) or b.startswith(a)


def _issuer_phrase(src: _Src, pos: int) -> Optional[tuple[str, int, bool]]:
    """The body named at ``pos`` ("Ủy ban nhân dân tỉnh Long An về …"): (name, end, caps)."""
    text, folded = src.text, src.folded
    kept: list[tuple[str, str, int]] = []  # (joiner, word, end)
    words: list[str] = []  # the words of kept
    nxt = _token_at(text, pos)
    while len(kept) < 12:
        if nxt is None:
            break
        sep, w, start, end = nxt
        lw = w.lower()
        joiner = " "
        if "\n" in sep and words and not w[:1].islower():
            break
        if "," in sep:
            if not words or not _f(" ".join(words[-2:])).endswith(_COMMA_NAMES_F):
                break
            joiner = ", "
        elif "-" in sep or "\u2013" in sep:
            if not (words and w[:1].isupper()):  # "Bộ Lao động - Thương binh và Xã hội"
                break
            joiner = " - "
        nxt = _token_at(text, end)
        nw = nxt[1] if nxt and "," not in nxt[0] and "\n" not in nxt[0] else ""
        if not words and not w[:1].isupper():
            return None
        if lw in _ISSUER_STOP:
            break
        if words and nw:
            bigram = f"{folded[start:end]} {folded[nxt[2]:nxt[3]]}"  # _f(f"{w} {nw}")
            if bigram in _NAME_STOP_BIGRAMS or bigram in _TYPE_OF_FOLD:
                break
        if lw == "và":
            if not (nw and nw[:1].isupper() and _f(f"{nw} {_word_at(text, nxt[3])}") not in _TYPE_OF_FOLD):
                break
        elif not w[:1].isupper():
            prev = words[-1] if words else ""
            titled = prev[:1].isupper() and not prev.isupper()
            if not (titled or lw in _NAME_LOWER):
                break
        kept.append((joiner, w, end))
        words.append(w)
    while kept and kept[-1][1].lower() in ("và", "các"):
        kept.pop()
    if not kept:
        return None
    raw = kept[0][1] + "".join(j + w for j, w, _ in kept[1:])
    caps = raw.isupper() and len(raw) > 3
    return _canonical_issuer(raw, caps), kept[-1][2], caps


_DOUBLED_BO = regex.compile(r"\bBộ Bộ\b")


@lru_cache(maxsize=4096)  # the same few bodies issue most of what a text cites
def _canonical_issuer(raw: str, caps: bool) -> str:
    raw = raw.replace(" ,", ",")
    words = []
    for w in raw.split(" "):
        core = w.strip(",")
        exp = _ABBR.get(core) or _ABBR.get(core.upper()) if core.isupper() or core in _ABBR else None
        words.append(w.replace(core, exp) if exp else w)
    name = " ".join(words)
    name = _DOUBLED_BO.sub("Bộ", name)
    name = _fix_tone(name)
    if caps:
        hit = _KNOWN_ISSUERS.get(_f(name))
        if hit:
            return hit
        low = name.lower()
        return low[:1].upper() + low[1:]
    return name


_OLD_TONES = (("uỷ", "ủy"), ("Uỷ", "Ủy"), ("UỶ", "ỦY"), ("hoá", "hóa"), ("Hoá", "Hóa"),
              ("hoà", "hòa"), ("Hoà", "Hòa"), ("thuỷ", "thủy"), ("Thuỷ", "Thủy"))


def _fix_tone(s: str) -> str:
    for a, b in _OLD_TONES:
        s = s.replace(a, b)
    return s


# ------------------------------------------------------------------ laws by name

def _find_laws(src: _Src, symbols: list[Mention], taken: tuple[list[int], list[int]]) -> list[Mention]:
    """Laws, codes, ordinances and the Constitution cited by name ("Luật Đầu tư công"), outside
    the numbered mentions ``symbols`` (whose spans ``taken`` indexes).  A name found here lies
    after every one found before it, so only the numbered ones need checking."""
    out: list[Mention] = []
    by_start = {m.start: m for m in symbols}
    pos = 0
    text, folded = src.text, src.folded
    while True:
        m = _first_at(_LAW_START_RE, text, src.law_starts, pos, len(text))
        if not m:
            break
        s = m.start()
        pos = m.end()
        if overlaps_any(taken, s, m.end()):
            continue
        if folded[max(0, s - 4):s].strip() == _FOLD_OF["bộ"] and m.group("law"):
            continue  # "BỘ LUẬT" read as "LUẬT"
        if _INSTITUTION_BEFORE.search(folded, max(0, s - 20), s):
            continue  # "Trường Đại học Luật Hà Nội", "Hội Luật gia"
        heading = m.group(0).isupper() and _LINE_START.search(text, max(0, s - 8), s)
        if heading and text[m.end():m.end() + 2].lstrip(" \t")[:1] != "\n":
            continue  # a heading line in capitals: no telling where a name ends
        kind = next(k for k in ("code", "law", "ord", "const") if m.group(k))
        p = m.end()
        while p < len(text) and text[p] in " \t\n":
            p += 1
        nm = _law_name(src, kind, p, m.group(0), s)
        if nm is None:
            continue
        title, end, caps = nm
        mention = Mention("name", s, end, s, end, title=title, title_caps=caps, source=src.label,
                          doc_type={"code": "Bộ luật", "law": "Luật", "ord": "Pháp lệnh",
                                    "const": "Hiến pháp"}[kind])
        if heading:
            mention.own = True  # "LUẬT" / "KẾ TOÁN": the law itself; "Luật kế toán" below is too
        # "Luật Đầu tư công số 39/2019/QH14": one numbered citation
        nm2 = _NUMBER_AFTER_RE.match(folded, end)
        if nm2 and nm2.end() in by_start:
            sym = by_start[nm2.end()]
            sym.start = sym.lead = s
            sym.title = title
            sym.doc_type = mention.doc_type
            sym.pinpoint = None
            _pinpoint(src, sym)
            pos = max(pos, sym.end)
            continue
        ym = _YEAR_AFTER_RE.match(folded, end)
        if ym and kind != "const":
            mention.year = int(ym.group("y"))
            mention.end = ym.end()
        got = _date_at(src, mention.end, None)
        if got:
            mention.date, mention.end = got
            mention.year = mention.date.year
        nm2 = _NUMBER_AFTER_RE.match(folded, mention.end)
        if nm2 and nm2.end() in by_start:
            sym = by_start[nm2.end()]
            sym.start = sym.lead = s
            sym.title, sym.doc_type = title, mention.doc_type
            sym.date = sym.date or mention.date
            sym.pinpoint = None
            _pinpoint(src, sym)
            pos = max(pos, sym.end)
            continue
        mention.reach = mention.end
        _pinpoint(src, mention)
        out.append(mention)
        pos = max(pos, mention.end)
    return out


_INSTITUTION_BEFORE = regex.compile(
    rf"{_WB}(?:"
    + _alt(["đại học", "khoa", "trường", "viện", "học viện", "tạp chí", "hội", "đoàn", "ngành"])
    + r")\s+\Z"
)
_LINE_START = regex.compile(r"(?:^|\n)[ \t|#*]*\Z")
_CAN_CU_BEFORE = regex.compile(rf"{_f('căn cứ')}\s*\Z")


def _law_name(src: _Src, kind: str, p: int, head: str, s: int) -> Optional[tuple[str, int, bool]]:
    """(title, end, caps) of the name that starts at ``p`` after the head word at ``s``
    ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")."""
    text, folded = src.text, src.folded
    head_title = {"code": "Bộ luật", "law": "Luật", "ord": "Pháp lệnh", "const": "Hiến pháp"}[kind]
    caps = head.isupper()
    if kind == "const":
        end = s + len(head)
        tm = _CONST_TAIL_RE.match(folded, end)
        if tm:
            end = tm.end()
        ym = _YEAR_AFTER_RE.match(folded, end)
        if ym:
            return f"Hiến pháp năm {ym.group('y')}", ym.end(), caps
        # a bare "Hiến pháp" counts only as a legal basis ("Căn cứ Hiến pháp …")
        if _CAN_CU_BEFORE.search(folded, max(0, s - 30), s):
            return "Hiến pháp", end, caps
        return None
    if kind in ("law", "ord") and _AMEND_RE.match(folded, p):  # (also "Pháp lệnh sửa đổi, bổ sung …")
        return _amending_law(src, p, head_title, caps)
    known, cat = {"code": (_KNOWN_CODE_RE, D.CODE_NAMES), "law": (_KNOWN_LAW_RE, D.LAW_NAMES),
                  "ord": (_KNOWN_ORDINANCE_RE, D.ORDINANCE_NAMES)}[kind]
    km = known.match(folded, p)
    if km:
        name = text[p:km.end()]
        if caps or name.isupper():
            # print the name as the list does
            name = next((n for n in cat if _f(n) == _f(name)), name)
        return f"{head_title} {' '.join(name.split())}", km.end(), caps
    if caps:
        return None  # an all-caps heading: no way to tell where a name ends
    end = _name_end(text, folded, p)
    if end <= p:
        return None
    name = " ".join(text[p:end].split())
    return f"{head_title} {name}", end, False


def _name_end(text: str, folded: str, p: int) -> int:
    """Where a law's name that starts at ``p`` ends, by rule."""
    n = 0
    end = p
    nxt = _token_at(text, p)
    while n < 14:
        if nxt is None:
            break
        sep, w, start, tend = nxt
        fw = folded[start:tend]  # _f(w)
        nxt = _token_at(text, tend)
        nw = nxt[1] if nxt else ""
        fnw = folded[nxt[2]:nxt[3]] if nxt else ""  # _f(nw)
        bigram = f"{fw} {fnw}" if nw else ""
        if n == 0:
            if not (w[:1].isupper() or fw == _FOLD_OF["các"]):
                return p
            if fw == _FOLD_OF["sư"] or w.lower() == "số":
                return p
        else:
            if "\n" in sep and not w[:1].islower():
                break
            if "-" in sep or "\u2013" in sep:
                if not w[:1].isupper():
                    break
            if "," in sep:
                if n > 2 or not w[:1].islower() or fw in _NAME_STOP or bigram in _NAME_STOP_BIGRAMS:
                    break
            if fw == _FOLD_OF["và"]:
                if not nw or fnw in _NAME_STOP or fnw in ("luât", _FOLD_OF["bộ"]) \
                        or _TYPE_OF_FOLD.get(f"{fnw} {_f(_word_at(text, nxt[3]))}") \
                        or f"{fnw} {_f(_word_at(text, nxt[3]))}" in _NAME_STOP_BIGRAMS:
                    break
            elif fw in _NAME_STOP or bigram in _NAME_STOP_BIGRAMS or _TYPE_OF_FOLD.get(bigram):
                break
        n += 1
        end = tend
    # a name does not end on "và"
    while end > p:
        tail = text[p:end].rsplit(None, 1)
        if len(tail) == 2 and _f(tail[1]) == _FOLD_OF["và"]:
            end = p + len(tail[0])
            continue
        break
    return end


def _amending_law(src: _Src, p: int, head_title: str, caps: bool) -> Optional[tuple[str, int, bool]]:
    """"Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": the whole name."""
    text, folded = src.text, src.folded
    q = _AMEND_RE.match(folded, p).end()
    end = None
    nl = _NESTED_LAW_RE.match(folded, q)
    if nl:
        while nl:
            r = nl.end()
            km = _KNOWN_LAW_RE.match(folded, r) or _KNOWN_CODE_RE.match(folded, r) \
                or _KNOWN_ORDINANCE_RE.match(folded, r)
            e = km.end() if km else _name_end(text, folded, r)
            if e <= r:
                break
            end = e
            nl = _NESTED_JOIN_RE.match(folded, end)
    else:
        n = _N_LAWS_RE.match(folded, q)
        if n:
            end = _clause_end(text, n.end(), 80)
    if end is None:
        return None
    return f"{head_title} {' '.join(text[p:end].split())}", end, caps


_CLAUSE_END_RE = regex.compile(r"[;.:()\n]|,\s|\s(?:ngày|năm)\s")


def _clause_end(text: str, p: int, limit: int) -> int:
    m = _CLAUSE_END_RE.search(text, p, min(len(text), p + limit))
    return m.start() if m else min(len(text), p + limit)


# ------------------------------------------------------------------ bare numbers, anaphora

def _find_bare(src: _Src, taken: tuple[list[int], list[int]]) -> list[Mention]:
    out = []
    for m in _matches_at(_BARE_RE, src.folded, src.bare_or_anaphor_starts, rough=_BARE_ROUGHLY):
        s, e = m.span()
        if overlaps_any(taken, s, e):
            continue
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20") and num.isdigit():
            continue  # a year
        if _BARE_UNIT_AFTER.match(src.folded, e):
            continue
        t = _TYPE_OF_FOLD.get(_SPACES.sub(" ", m.group("type")))
        if not m.group("so"):
            if not src.text[s].isupper():
                continue  # "quyết định 3 vấn đề": the verb
            if t not in D.BARE_NUMBER_TYPES:
                continue  # "Chương trình 135", "Đề án 30": names of programmes
        mention = Mention("bare", s, e, s, e, doc_type=t, number=src.text[m.start("num"):e],
                          source=src.label)
        _pinpoint(src, mention)
        _after(src, mention)
        out.append(mention)
    return out


def _find_anaphors(src: _Src, taken: tuple[list[int], list[int]]) -> list[Mention]:
    out = []
    for m in _matches_at(_ANAPHOR_RE, src.folded, src.bare_or_anaphor_starts, rough=_ANAPHOR_ROUGHLY):
        s, e = m.span()
        if overlaps_any(taken, s, e):
            continue
        w = _SPACES.sub(" ", m.group("w"))
        orig_w = src.text[m.start("w"):e].lower()
        if w == _FOLD_OF["này"] and orig_w != "này":
            continue  # "nay"
        if w == _FOLD_OF["trên"] and not _ANAPHOR_END_RE.match(src.text[e:e + 3]):
            continue  # "Nghị quyết trên địa bàn": not an anaphor
        if _PLURAL_BEFORE.search(src.folded, max(0, s - 12), s):
            continue
        t = _TYPE_OF_FOLD.get(_SPACES.sub(" ", m.group("type")))
        if t in D.GENERIC_TYPE_WORDS or t is None:
            continue
        mention = Mention("anaphor", s, e, s, e, doc_type=t, source=src.label,
                          anaphor="this" if w == _FOLD_OF["này"] else "above")
        _pinpoint(src, mention)
        out.append(mention)
    return out


# ------------------------------------------------------------------ titles, relations, lists

_TITLE_STOP_RE = regex.compile(
    r"[;()\[\]:?!\n]|\.(?=\s|$)|\.{3}|…|"
    + r",\s*(?:" + _alt(["đồng thời", "trong đó", "phấn đấu", "góp phần", "tạo", "nhằm", "đảm bảo",
                          "bảo đảm", "đề nghị", "yêu cầu", "giao", "cụ thể", "theo đó", "kết quả"])
    + r")" + _WE
)
_TITLE_MAX = 240


_COMMA_UPPER_RE = regex.compile(r",\s+(?=\p{Lu})")
_TITLE_TAIL_RE = regex.compile(r"(?:\s*(?:,|và|-|–|\"|”))+\Z")


def _strip_title_tail(raw: str) -> str:
    """``_TITLE_TAIL_RE.sub("", raw)``, looked for among the last characters first
    (a search from the start would try every offset)."""
    if not raw or raw[-1] not in ',à-–"”':
        return raw  # a match ends on one of these
    cut = max(0, len(raw) - 24)
    m = _TITLE_TAIL_RE.search(raw, cut)
    if m and (m.start() == 0 or not _in_title_tail(raw[m.start() - 1])):
        return raw[:m.start()]  # nothing before it could belong to the match
    return _TITLE_TAIL_RE.sub("", raw)


def _in_title_tail(ch: str) -> bool:
    """May ``ch`` be part of a match of _TITLE_TAIL_RE?"""
    return ch.isspace() or ch in ',và-–"”'


def _titles(src: _Src, ms: list[Mention]) -> None:
    """The "về …" after a citation: up to ";", a sentence end, a bracket, the
    next citation, or a comma that opens a new clause ("…, UBND tỉnh yêu cầu").

    "Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính
    phủ": the amended law's name belongs to the title, not a citation of its own.
    """
    inside: list[Mention] = []
    leads = [m.lead for m in ms]
    for m in ms:
        if m.kind not in ("symbol", "bare") or m.own:
            continue
        amend = False
        tm = _TITLE_LEAD_RE.match(src.folded, m.end)
        if tm:
            s = tm.start() + len(tm.group(0)) - len(tm.group(0).lstrip(" \t\n,\"“"))
            if src.folded[s] == "(":  # "(khóa XI) về …"
                s = src.folded.index(")", s) + 1
                s += len(src.folded[s:tm.end()]) - len(src.folded[s:tm.end()].lstrip(" \t\n,"))
            body = tm.end()
        else:
            vm = _TITLE_VERB_RE.match(src.folded, m.end)
            if not vm or (vm.group("verb") and m.type not in _VERB_TITLE_TYPES):
                continue
            amend = bool(vm.group("amend"))
            s = body = vm.end()
            if src.folded[m.end:s].strip().startswith("("):
                continue
        limit = min(len(src.text), s + _TITLE_MAX)
        for x in ms[bisect.bisect_left(leads, s - 200):]:
            if x.lead <= s or (amend and x.kind == "name"):
                continue
            if x.lead >= limit:
                break
            if _search_roughly(_RELATION_RE, _RELATION_ROUGHLY, src.folded, max(body, x.lead - 60), x.lead):
                continue  # "về việc thực hiện Chỉ thị số …": a citation inside the title
            limit = x.lead
            break
        ends = [x.start() for x in (_TITLE_STOP_RE.search(src.folded, body, limit),
                                    _COMMA_UPPER_RE.search(src.text, body, limit)) if x]
        e = min(ends) if ends else limit
        if not ends and e == s + _TITLE_MAX:
            cut = src.text.rfind(" ", s, e)
            e = cut if cut > body else e
        raw = src.text[s:e].rstrip()
        raw = _strip_title_tail(raw)
        if len(raw) <= body - s + 2:
            continue
        m.title = " ".join(raw.split())
        m.title_caps = raw.isupper()
        m.reach = s + len(raw)
        if amend:
            inside.extend(x for x in ms if x.kind == "name" and s <= x.start and x.end <= m.reach)
    for x in inside:
        if x in ms:
            ms.remove(x)


def _relations(src: _Src, ms: list[Mention]) -> None:
    spans = sorted((m.lead, m.reach) for m in ms)
    span_starts, span_reach = span_index(spans)
    starts = [m.start for m in ms]  # ms is in reading order
    pending = []  # the mentions that may share the relation word of a list
    for m in ms:
        if m.own:
            continue
        win = max(0, m.lead - 80)
        rm = _search_roughly(_RELATION_RE, _RELATION_ROUGHLY, src.folded, win, m.lead)
        near = (ms[bisect.bisect_left(starts, rm.start() - 600):bisect.bisect_left(starts, rm.start())]
                if rm else [])
        if rm and any(x.end <= rm.start() < x.reach or _GAP_ONLY.fullmatch(src.folded, x.reach, rm.start())
                      for x in near if x is not m and x.kind != "anaphor"):
            # "Quyết định X về việc thực hiện Chỉ thị Y", "Chương trình X của Tỉnh ủy
            # thực hiện Nghị quyết Y": X implements Y, not this text
            continue
        if rm:
            m.relation = D.RELATION_WORDS.get(_rel_key(src.text[rm.start("rel"):rm.end("rel")]))
            if m.relation:
                continue
        pending.append(m)
    if not pending:
        return
    # "Căn cứ Luật A; Luật B; Nghị định C …", "Thực hiện Luật A, Nghị định B và
    # Quyết định C": a list after one relation word shares it.  Trigger words are looked
    # for before the pending mentions only (what one mention finds does not depend on
    # another's relation, so they can wait for the first loop to end).
    trigger_starts = src.trigger_starts(merged_spans(((max(0, x.lead - _LIST_REACH), x.lead) for x in pending),
                                                      touching=True))
    for m in pending:
        lo = max(0, m.lead - _LIST_REACH)
        last = None
        for cm in _matches_at(_LIST_TRIGGER_RE, src.folded, trigger_starts, lo, m.lead):
            i = bisect.bisect_right(span_starts, cm.start())
            if not (i and span_reach[i - 1] > cm.start()):  # not a word inside a trích yếu
                last = cm
        if last is None:
            continue
        gap = _GAP_RE if last.group("head") is not None else _GAP_COMMA_RE
        if _covered(src.folded, last.end(), m.lead, spans, gap):
            m.relation = D.RELATION_WORDS.get(_rel_key(last.group("rel")))


_LIST_REACH = 1500  # how far before a citation the relation word of its list may be


def _rel_key(s: str) -> str:
    k = " ".join(s.lower().split())
    k = k.replace("huỷ", "hủy")
    if k in D.RELATION_WORDS:
        return k
    fk = _f(k)
    return next((w for w in D.RELATION_WORDS if _f(w) == fk), k)


_GAP_ONLY = regex.compile(r"[ \t]*")
_GAP_RE = regex.compile(r"[\s,;\-]*(?:(?:và|" + _f("và") + r")[\s,;]*)?")


_GAP_COMMA_RE = regex.compile(r"[\s,]*(?:(?:và|" + _f("và") + r")\s*)?")


def _covered(folded: str, a: int, b: int, spans, gap=_GAP_RE) -> bool:
    """Is folded[a:b] nothing but other citations and list punctuation?"""
    p = a
    for s, e in spans[max(0, bisect.bisect_left(spans, (a - 2000, 0))):]:
        if s >= b:
            break
        if e <= p:
            continue
        g = gap.match(folded, p, s)
        if g is None or g.end() < s:
            return False
        p = max(p, e)
    g = gap.match(folded, p, b)
    return g is not None and g.end() >= b


_SHARED_ISSUER_GAP = regex.compile(r"[\s,]*(?:" + _f("và") + r")?\s*")


def _share_issuers(src: _Src, ms: list[Mention]) -> None:
    """"Chỉ thị 01, Chỉ thị 48 của Tỉnh ủy": the list shares its issuer."""
    for i in range(len(ms) - 2, -1, -1):
        a, b = ms[i], ms[i + 1]
        if a.issuer or a.code_issuer or not b.issuer or a.kind in ("anaphor", "name") or a.type != b.type:
            continue
        gap = src.folded[a.reach:b.lead]
        if _SHARED_ISSUER_GAP.fullmatch(gap):
            a.issuer, a.issuer_caps = b.issuer, b.issuer_caps


# ------------------------------------------------------------------ pass 2: resolve

@dataclass
class Instrument:
    """One cited document and every mention of it (the output of the second pass)."""

    mentions: list[Mention] = field(default_factory=list)

    @property
    def primary(self) -> Mention:
        # the first numbered or named mention, one in the body before one in a footnote
        return min(self.mentions, key=lambda m: (m.kind not in ("symbol", "name"), m.source is not None))


def resolve_mentions(ms: list[Mention], *, own_types=()) -> list[Instrument]:
    """Group mentions into instruments; drop the document's own and dangling ones."""
    own_keys = {m.key for m in ms if m.own and m.key}
    ms = [m for m in ms if not m.own and not (m.key and m.key in own_keys)]
    groups: dict[str, list[Instrument]] = {}
    order: list[Instrument] = []

    def new(key: str, m: Mention) -> Instrument:
        inst = Instrument([m])
        groups.setdefault(key, []).append(inst)
        order.append(inst)
        return inst

    # numbered and named instruments; one number with two dates is two instruments
    for m in ms:
        if m.kind not in ("symbol", "name"):
            continue
        k = m.key
        if k is None:
            continue
        insts = groups.get(k)
        if not insts:
            new(k, m)
            continue
        if m.date:
            same = [i for i in insts if _date_of(i) in (None, m.date)]
            if not same:
                new(k, m)
                continue
            same[-1].mentions.append(m)
        else:
            insts[-1].mentions.append(m)
    # a name already numbered elsewhere ("Luật Đầu tư công" after "… số 39/2019/QH14")
    by_title = {}
    for inst in order:
        p = inst.primary
        if p.kind == "symbol" and p.title and p.doc_type in ("Luật", "Bộ luật", "Pháp lệnh"):
            by_title["t:" + _f(p.title)] = inst
    for k in list(groups):
        if k in by_title:
            for inst in groups.pop(k):
                by_title[k].mentions.extend(inst.mentions)
                order.remove(inst)
    # bare numbers: the symbol they abbreviate, else an instrument of their own
    for m in ms:
        if m.kind != "bare":
            continue
        target = _bare_target(m, order)
        if target:
            target.mentions.append(m)
            continue
        k = f"bare:{m.type}:{m.number.lstrip('0')}"
        if groups.get(k):
            groups[k][-1].mentions.append(m)
        else:
            new(k, m)
    # anaphora
    own = set(own_types)
    for m in ms:
        if m.kind != "anaphor":
            continue
        if m.anaphor == "this" and m.type in own:
            continue
        target = _antecedent(m, order, within=400 if m.anaphor == "this" else None)
        if target:
            target.mentions.append(m)
    for inst in order:
        inst.mentions.sort(key=lambda x: (x.source is not None, x.start))
    order.sort(key=lambda i: (i.primary.source is not None, i.primary.start))
    return order


def _date_of(inst: Instrument) -> Optional[dt.date]:
    return next((m.date for m in inst.mentions if m.date), None)


_LEAD_NUMBER = regex.compile(r"\s*(\d+)([a-zđ]?)")


def _lead_number(number: str) -> str:
    m = _LEAD_NUMBER.match(number)
    return (m.group(1).lstrip("0") + m.group(2)) if m else number


def _type_of(inst: Instrument) -> Optional[str]:
    p = inst.primary
    return p.type


def _bare_target(m: Mention, order: list[Instrument]) -> Optional[Instrument]:
    """The numbered instrument "Chỉ thị 48" abbreviates: same type, same number, an issuer
    that does not contradict; the nearest one before it, else the first after."""
    cands = [i for i in order if i.primary.kind == "symbol" and _type_of(i) == m.type
             and _lead_number(i.primary.number) == _lead_number(m.number)
             and _same_body(m.issuer, i.primary.issuer or i.primary.code_issuer)]
    if not cands:
        return None
    before = [i for i in cands if i.primary.start < m.start]
    return before[-1] if before else cands[0]


def _same_body(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    if a in D.CENTRAL_PARTY_BODIES and b in D.CENTRAL_PARTY_BODIES:
        return True
    fa, fb = _f(a), _f(b)
    return fa in fb or fb in fa


def _antecedent(m: Mention, order: list[Instrument], within: Optional[int]) -> Optional[Instrument]:
    best, best_pos = None, -1
    for inst in order:
        if _type_of(inst) != m.type:
            continue
        for x in inst.mentions:
            if x.source == m.source and x.start < m.start and x.start > best_pos:
                best, best_pos = inst, x.start
    if best is None or (within is not None and m.start - best_pos > within):
        return None
    return best


# ------------------------------------------------------------------ records

# When mentions disagree, the strongest relation wins ("Căn cứ" over "thực hiện").
_RELATION_RANK = {"căn cứ": 0, "sửa đổi": 1, "thay thế": 1, "bãi bỏ": 1, "ban hành kèm theo": 2,
                  "thực hiện": 3}


def _record(inst: Instrument, ctx: DocContext) -> Citation:
    p = inst.primary
    ms = [p] + [m for m in inst.mentions if m is not p]
    doc_type = (next((m.doc_type for m in ms if m.kind != "anaphor" and m.doc_type
                      and m.doc_type not in D.GENERIC_TYPE_WORDS), None)
                or p.type or "Công văn")
    date = p.date or next((m.date for m in ms if m.date), None)
    issuer = (next((m.issuer for m in ms if m.issuer and not m.issuer_caps), None)
              or next((m.issuer for m in ms if m.issuer), None)
              or p.code_issuer or next((m.code_issuer for m in ms if m.code_issuer), None))
    if p.kind == "name":
        title = p.title
    else:
        title = (next((m.title for m in ms if m.title and not m.title_caps), None)
                 or next((m.title for m in ms if m.title), None))
    pinpoint = next((m.pinpoint for m in ms if m.pinpoint), None)
    rels = [m.relation for m in ms if m.relation]
    relation = min(rels, key=lambda r: _RELATION_RANK.get(r, 9)) if rels else None
    return Citation(
        text=ctx.text[p.start:p.end],
        doc_type=doc_type,
        number=p.number,
        date=date.isoformat() if date else None,
        issuer=issuer,
        title=title,
        pinpoint=pinpoint,
        relation=relation,
        span=(p.start, p.end),
        node_id=ctx.node_id_at(p.start),
        mentions=[(m.start, m.end) for m in inst.mentions if m is not p],
    )


_CAPS_TYPE_LINE = regex.compile(rf"(?m)^[ \t|]*(?P<t>{_TYPE_ALT}){_WE}(?![ \t]*(?:sô|so|\d))")


def _own_types(ctx: DocContext, src: _Src) -> set[str]:
    """Types the document itself has: its own, and those of attached plans ("KẾ HOẠCH").

    ``src`` reads ``ctx.text``."""
    own = set()
    if ctx.meta.doc_type:
        own.add(ctx.meta.doc_type)
    for a in ctx.meta.attachments:
        if a.doc_type:
            own.add(a.doc_type)
    for m in _matches_at(_CAPS_TYPE_LINE, src.folded, src.line_type_starts):
        if ctx.text[m.start("t"):m.end("t")].isupper():  # a heading "KẾ HOẠCH", "QUYẾT ĐỊNH"
            own.add(_TYPE_OF_FOLD.get(" ".join(m.group("t").split()), ""))
    own.discard("")
    return own


def _default_year(ctx: DocContext) -> Optional[int]:
    if ctx.reference_date:
        return ctx.reference_date.year
    return ctx.year_hint


def find_citations(ctx: DocContext) -> list[Citation]:
    """Every document the text cites, one record per instrument, in reading order."""
    # Footnote texts are part of ctx.text (kept after the body), so they are read here too.
    src = _Src(ctx.text, ctx.folded, None, _default_year(ctx),
               number_key(ctx.meta.number) if ctx.meta.number else None)
    own_types = _own_types(ctx, src)
    ms = _find_mentions(src)
    insts = resolve_mentions(ms, own_types=own_types)
    insts.sort(key=lambda i: i.primary.start)
    return [_record(i, ctx) for i in insts]
