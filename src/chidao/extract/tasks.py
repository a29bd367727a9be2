"""Assignments: which outline unit asks which body to do what, by when.

A unit of the outline is a task when it asks for work; its lead (chủ trì, or the
body named as the doer) and support (phối hợp) come from the closest place that
names them:

1. the unit's own text — a doer at the start of a clause::

       "a) Sở Nông nghiệp và Phát triển nông thôn chủ trì phối hợp với các ngành
        chức năng, UBND các huyện, thị xã xây dựng kế hoạch ..."
       "1.1. Sở Tư pháp, Văn phòng UBND tỉnh: Tập trung ..."       (X: <task>)
       "4. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với ..."
       "6. UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ..." (request)
       "5. Chậm nhất ngày 31/10/2009, Thủ trưởng các Sở, ngành tỉnh, Chủ tịch UBND
        các huyện ... ; Sở Kế hoạch và Đầu tư phối hợp với ..."  (every clause's doer)
       "1. Các đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh ..."      (a head stands
        for the body: -> Ủy ban nhân dân tỉnh)

2. the lead-in of an enclosing unit, for each item under it::

       "Sở Công Thương chủ trì phối hợp với các ngành chức năng, UBND các huyện,
        thị xã thực hiện các nhiệm vụ:"   ->  a), b), c) ... lead Sở Công Thương
       "2.2. Sở Tài chính, các Sở, ngành, địa phương:"  -> each "-" item
       "4. Về tài nguyên, môi trường: Sở Tài nguyên và Môi trường chủ trì ...:"

3. the document's general address, in the text before the first unit, or a
   letter's "Kính gửi:" list::

       "UBND tỉnh yêu cầu thủ trưởng các sở, ngành, chủ tịch UBND các huyện, thị
        xã tập trung thực hiện các nhiệm vụ trọng tâm sau đây:"
       "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …,
        Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập đoàn …:" (a company's
        board keeps the list going but is no doer)

   An account of what was done is no address ("UBND tỉnh đã yêu cầu …").  When
   the address is a paragraph that trails a unit — "Để hoàn thành nhiệm vụ nêu
   trên, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố …:" after bullets of
   findings — that unit and those before it are findings, not tasks, and the units
   after it are addressed.  Bodies a letter's addressees belong to ("các Vụ, Cục
   thuộc Tổng cục Thuế") are not addressees.

4. otherwise the issuer (a report's "Phần thứ hai … nhiệm vụ" of the UBND).

A unit that does not open with its doer takes the doer from above, and a doer
named later in its text ("... . Các sở, ban, ngành tăng cường ...") is added;
whom the doer asks in turn ("…; đồng thời yêu cầu các cấp, các ngành") is not.
Support is the union of the lead-in's "phối hợp (với|cùng) …" and the unit's
own: "phối hợp với các Bộ: Nông nghiệp và PTNT, Xây dựng" (a list's colon does
not end the clause), "chủ trì cùng các bộ, ngành", OCR's "phối hop"; a supporter
named again beside the doer later stays a supporter.  Report-to recipients
("báo cáo về UBND tỉnh", "gửi Sở Kế hoạch và Đầu tư", "báo cáo Thủ tướng / Chính
phủ" broken by a page break: a name whose office stands before the clause opens
no clause as its doer) are neither.  A title on a line of its own is a clause of
its own ("7. Đẩy mạnh thông tin / Bộ Thông tin và Truyền thông phối hợp …").

Not tasks: headings in capitals and titles whose work is in their items ("1.
Phát triển nông nghiệp, nông thôn …" over a), b)); pure lead-ins ("Sở Y tế thực
hiện các nhiệm vụ:") — but a unit that says what to do in sentences of its own
before its items is a task; units under a heading of results ("ĐÁNH GIÁ", "KẾT
QUẢ", "TỒN TẠI"), purposes or goals ("MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU"); a report's
account of what was done; a decision's own act ("Điều 1. Ban hành …", "… có
hiệu lực …").  Rows of a table of tasks take their doers from the cells the
outline kept by role (``node.cells``), else from the header's column names.
Not covered: assignments in running prose without a unit (a press release),
doers named after the verb ("… do Sở Y tế thực hiện"), asides in brackets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from chidao.context import DocContext
from chidao.extract import gazetteer as gz
from chidao.extract.agencies import Found, canonical_of, scan
from chidao.schema import Node, Task
from chidao.text import CASE_ALIKES, fold_tones

# ------------------------------------------------------------------ language data


def _vi(p: str) -> re.Pattern:
    """Matched on the printed text, case-insensitive: folding tones would make
    "để" and "đề (xuất)", "giao" and "giáo (dục)" the same word."""
    return re.compile(p, re.IGNORECASE)


# re.IGNORECASE matches these letters with the odd ones of :data:`chidao.text.CASE_ALIKES` too
# ("ı", "İ" for "i", "ſ" for "s"); every other letter only with characters that fold as it does.
_IGNORECASE_MORE = {plain: "[" + plain + "".join(odd for odd, p in CASE_ALIKES.items() if p == plain) + "]"
                    for plain in set(CASE_ALIKES.values())}


def _folded_superset(pattern: str) -> re.Pattern:
    """A regex over the folded text (:attr:`DocContext.folded`) that matches wherever ``pattern``,
    written in lower case and matched with :func:`_vi`, can match the printed text: each letter
    folded, the letters of :data:`_IGNORECASE_MORE` widened.  Tones fold away, so it matches in
    more places; the original decides there."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])  # an escape (\s) is kept as it is
            i += 2
            continue
        if c == "[":
            raise ValueError("a character class is not folded: " + pattern)
        if c.isascii() and not c.isalpha():
            out.append(c)  # the regex's own syntax
        else:
            f = fold_tones(c)
            out.append(_IGNORECASE_MORE.get(f) or re.escape(f))
        i += 1
    return re.compile("".join(out))


def _folded_openers(words: str) -> frozenset:
    """The first two characters of the folded text (:attr:`DocContext.folded`) where a :func:`_vi`
    pattern can match whose every match opens with one of ``words`` (in lower case, two letters or
    more): each letter folded, or one re.IGNORECASE takes for it besides (:data:`_IGNORECASE_MORE`,
    kept as they are by the fold).  Asking for them first is a set look-up; a case-insensitive
    match that fails at once still costs a call into the engine."""
    def forms(letter: str) -> str:
        f = fold_tones(letter)
        return _IGNORECASE_MORE[f].strip("[]") if f in _IGNORECASE_MORE else f
    return frozenset(a + b for w in words.split() for a in forms(w[0]) for b in forms(w[1]))


# Phrases that may open a clause before its doer: "Căn cứ Chỉ thị này, ...", "Chậm nhất ngày ..., ".
# The intro never holds a giver's verb: in "đồng thời yêu cầu các cấp, các ngành …" the unit's doer
# asks; the ones asked are not doers of the unit.
_INTRO = _vi(
    r"(?:(?:căn\s+cứ|ngoài|trên\s+cơ\s+sở|chậm\s+nhất|trước|sau|trong|hằng|hàng|định\s+kỳ|khi|để|"
    r"nhằm|theo(?!\s+dõi)|từ|đối\s+với|riêng|bên\s+cạnh|tùy|trường\s+hợp|qua|thời\s+gian|đến|kể\s+từ|nếu)"
    r"(?!\w)(?:(?!yêu\s+cầu|giao\s|đề\s+nghị)[^,;:.\n]){0,200},\s*|đồng\s+thời\s*,\s*)+")
# A time phrase before the doer without a comma: "Hàng tháng Kho bạc Nhà nước quận - huyện tổng hợp …".
_TIME_INTRO = _vi(
    r"(?:(?:hàng|hằng)\s+(?:ngày|tuần|tháng|quý|năm)|định\s+kỳ(?:\s+(?:hàng|hằng))?(?:\s+\d+)?\s+(?:tuần|tháng|quý|năm)|"
    r"cuối\s+(?:mỗi\s+)?(?:tháng|quý|năm))(?!\w)\s*,?\s*")
# A heading that names the doer of its items: "2. Đối với Kho bạc Nhà nước:", "d) Đối với các địa phương:".
_FOR_BODY = _vi(r"(?:đối\s+với|về\s+phía|riêng(?:\s+đối\s+với)?)\s+")
# OCR and footnote debris between a marker and its text: "đ) 1 Đề nghị …"
_DEBRIS = re.compile(r"\d{1,2}[ \t]+(?=\w)")
# A giver before the doer: "UBND tỉnh giao ...", "Giao ...", "Đề nghị ...".
_GIVE = _vi(r"\s*(?:trân\s+trọng\s+|kính\s+)?(?P<v>giao|yêu\s+cầu|đề\s+nghị)(?:\s+cho)?\s+")
_CLAUSE_GIVE = _vi(r"(?:trân\s+trọng\s+|kính\s+)?(?P<v>giao|yêu\s+cầu|đề\s+nghị)(?:\s+cho)?\s+")
# "1. Trách nhiệm của Sở Y tế" over items: the body whose duties follow.
_DUTY_OF = _vi(r"(?:trách\s+nhiệm|nhiệm\s+vụ)\s+(?:cụ\s+thể\s+)?của\s+")
# Any of the three, tried in this order (one call instead of three, at every clause).
_OPENING = _vi("|".join(f"(?:{p.pattern})" for p in (_INTRO, _DUTY_OF, _TIME_INTRO)))
# The words every match of _OPENING (of each of the three), _FOR_BODY and _CLAUSE_GIVE opens with:
# where the folded text opens otherwise, the pattern is not asked.
_OPENING_OPENERS = _folded_openers(
    "căn ngoài trên chậm trước sau trong hằng hàng định khi để nhằm theo từ đối riêng bên tùy trường qua "
    "thời đến kể nếu đồng "    # _INTRO
    "trách nhiệm "             # _DUTY_OF
    "hàng hằng định cuối")     # _TIME_INTRO
_FOR_BODY_OPENERS = _folded_openers("đối về riêng")
_CLAUSE_GIVE_OPENERS = _folded_openers("trân kính giao yêu đề")
_GIVE_WORD = _vi(r"(?<!\w)(?:yêu\s+cầu|giao|đề\s+nghị)(?!\w)")
_CHO = _vi(r"cho\s+")
_FILLER = _vi(r"(?:các\s+|những\s+)?(?:đồng\s+chí\s+|ông\s+|bà\s+)")
_FILLER_OPENERS = _folded_openers("các những đồng ông bà")
_SEQ_SEP = _vi(r"\s*[,;/]\s*(?:và\s+)?|\s+(?:và|cùng|cùng\s+với)\s+")
_SUPPORT_PHRASES = (r"phối\s+h(?:ợ|o|ơ|ọ)p(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?", r"với\s+sự\s+phối\s+hợp\s+của",
                    r"cùng\s+với", r"chủ\s+trì\s+cùng")
_SUPPORT = _vi(rf"(?:{'|'.join(_SUPPORT_PHRASES)})\s+")
# _SUPPORT over the folded text, one phrase at a time: where it may match, found with scans the
# engine runs fast (each opens with plain letters; a case-insensitive pattern compares every
# character of the text).
_SUPPORT_FOLDED = tuple(_folded_superset(rf"{p}\s+") for p in _SUPPORT_PHRASES)
# After a doer: not a doer when only allowed or acted upon ("các chủ đầu tư được phép ...").
_NOT_DOER = _vi(r"\s+(?:được\s+phép|có\s+thể|đã\s+được|được\s+(?!giao))|\s*\d|\s*\)")
_COLON_AFTER = re.compile(r"\s*:")
# Words that may qualify addressees between two names of a list, ending at "và" or a comma.
_BRIDGE = _vi(
    r"(?:[ \t]*,?[ \t]*(?:các|cơ|quan|đơn|vị|thuộc|trực|tỉnh|thành|phố|trung|ương|TW|TƯ|có|liên|đoàn|thể|hội|"
    r"ban|ngành|cấp|trên|địa|bàn|phương|nhà|nước|lực|lượng|vũ|trang|doanh|nghiệp|chính|trị|xã|huyện|"
    r"phường|thị|trấn|đặc|khu|quận|và|"
    # heads of the addressees: "Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị thuộc tỉnh và …"
    r"thủ[ \t]+trưởng|giám[ \t]+đốc|người[ \t]+đứng[ \t]+đầu)(?!\w))*[ \t]*(?:,|(?<!\w)và|(?<!\w)cùng)[ \t]*")
_LINE_END = re.compile(r"[ \t.]*(?:\([^)\n]*\)[ \t.:]*)?(?:\n|$)")  # "Sở A (cơ quan thường trực)"
# Clause boundaries (:func:`_boundaries`): ";", ". " before a new sentence, ": ", and at a line
# break a new paragraph or a bullet line.
_LINE_BOUNDARY = re.compile(r"\n\s*\n|\n(?=\s*[-+•*]\s)")
_BOUNDARY_OPENERS = ";.:\n"  # the characters a boundary opens on
# A colon that opens a list of names sharing a head does not end the clause:
# "phối hợp với các Bộ: Nông nghiệp và PTNT, Xây dựng và các cơ quan liên quan …"
# and neither does "như:", "gồm:" before examples ("các cơ quan thuộc ngành Tài chính như: Hải
# quan và Kho bạc Nhà nước; Thanh tra tài chính; …" names sources, not doers).
_LIST_COLON = _vi(r"(?<!\w)(?:(?:các|những)\s+(?:sở|bộ|phòng|ban)(?:\s*,\s*(?:ban\s*,\s*)?ngành)?|như|gồm)\s*$")
# A paragraph break inside a sentence (a page break) does not end the clause: the text before
# it ends with a comma or a word that cannot end a sentence.
_OPEN_END = _vi(r"(?:,|(?<!\w)(?:của|và|với|cho|về|tại|theo|các|những|để|trình|gửi|báo\s+cáo|đề\s+nghị|"
                r"yêu\s+cầu|giao|là|có|được|do|thuộc|trên|trong))\s*$")
# A unit's decision of its own ("Điều 1. Ban hành Kế hoạch ...", "Quyết định này có hiệu lực ...").
_OWN_ACT = _vi(
    r"\s*(?:ban\s+hành|phê\s+duyệt|thành\s+lập|công\s+bố|bãi\s+bỏ|sửa\s+đổi|"
    r"(?:quyết\s+định|chỉ\s+thị|kế\s+hoạch|quy\s+định)\s+này\s+có\s+hiệu\s+lực)(?!\w)")
# A closing paragraph that looks back on the list ("Với những nhiệm vụ chủ yếu nói trên, ...").
_CLOSING = _vi(
    r"\n\s*(?:với|để|trên\s+đây|như\s+vậy|tóm\s+lại)[^\n.]{0,80}(?:nói\s+trên|nêu\s+trên|trên\s+đây|trên)(?!\w)")
# Headings of sections: results (not tasks), purposes and goals (not tasks), work (tasks).
_SECTION_KINDS = {
    "res": r"đánh\s+giá|kết\s+quả|tình\s+hình|tồn\s+tại|hạn\s+chế|nguyên\s+nhân|bài\s+học|thực\s+trạng|đã\s+đạt",
    "aim": r"mục\s+đích|mục\s+tiêu|căn\s+cứ\s+(?:pháp\s+lý|xây\s+dựng)",
    "work": r"nhiệm\s+vụ|giải\s+pháp|phương\s+hướng|tổ\s+chức\s+thực\s+hiện|đề\s+xuất|kiến\s+nghị|"
            r"phân\s+công|trách\s+nhiệm",
}
_SECTION = _vi("|".join(f"(?P<{kind}>{words})" for kind, words in _SECTION_KINDS.items()))
# _SECTION over the folded text, its words in one alternation: where it may match, found by a scan
# the engine runs fast (it skips to the letters the words open with; a case-insensitive search tries
# every alternative at every character of the heading).
_SECTION_FOLDED = _folded_superset("|".join(_SECTION_KINDS.values()))
_STRUCTURAL = {"attachment", "heading", "part", "chapter", "section"}
_THREE_WORDS = re.compile(r"\w+\W+\w+\W+\w+")
_INLINE_AFTER_COLON = re.compile(r":[ \t]*[^\s\-+•*]")


# Groups that stand outside a province's authority ("đề nghị" them is a request).
_GROUP_FAMILY = {
    "Các tổ chức chính trị - xã hội": "mass",
    "Ủy ban Mặt trận Tổ quốc các cấp": "mass",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": "central",
    "Các tập đoàn kinh tế, tổng công ty nhà nước": "central",
}


# ------------------------------------------------------------------ records

@dataclass
class _Subject:
    lead: list[str]
    support: list[str]
    request: bool = False
    colon: bool = False       # "X:" — the clause is only the doer
    leadin: bool = False      # the clause ends with ":" (introduces items)
    giver: bool = False       # named by "giao / yêu cầu / đề nghị"


@dataclass
class _Unit:
    node: Node
    start: int                # own text, marker excluded
    end: int                  # own text end (a closing paragraph cut off)
    subjects: list[_Subject] = field(default_factory=list)
    plain: int = 0            # clauses without a doer that carry content
    last_leadin: Optional[_Subject] = None
    support: list[str] = field(default_factory=list)
    first_is_doer: bool = False  # the unit opens with its doer


class _Reader:
    """Reads doers and supporters at positions of one document."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.text = ctx.text
        self.folded = ctx.folded
        self.mentions = sorted((f for f in scan(ctx) if not f.internal and not f.in_law_title), key=lambda f: f.start)
        self._mention_starts = [f.start for f in self.mentions]
        self.at: dict[int, Found] = {}
        for f in self.mentions:
            # a name read where its office or head begins ("Chủ tịch UBND các huyện"); a clause that
            # opens on the name after its office ("báo cáo Thủ tướng\n\nChính phủ …") has no doer
            self.at.setdefault(f.head_start if f.head_start is not None else f.start, f)
        self.starts = sorted(self.at)
        g = gz.load()
        self.list_head = g.list_head_re
        self.head_word = g.head_word_re
        self.issuer_names = _issuer(ctx)   # read once: it scans the issuer's name as a text of its own
        self.issuer = set(self.issuer_names)
        self._support_starts: Optional[list[int]] = None
        # node id -> :func:`_unit_span`, as the finder found it before reading the unit
        self.unit_spans: dict[str, tuple[int, int]] = {}

    def mentions_in(self, s: int, e: int) -> list[Found]:
        """The mentions that begin in text[s:e], in reading order (bisected, not scanned)."""
        return self.mentions[bisect.bisect_left(self._mention_starts, s):bisect.bisect_left(self._mention_starts, e)]

    def names_in(self, s: int, e: int) -> bool:
        """Does a name begin in text[s:e]?"""
        i = bisect.bisect_left(self.starts, s)
        return i < len(self.starts) and self.starts[i] < e

    def passes_on(self, giver: list[Found], taker: list[Found]) -> bool:
        """Does "<giver> giao / yêu cầu / đề nghị <taker>" make the taker the doer?

        Yes when the issuer gives ("UBND tỉnh đề nghị Bộ Tài chính ..."), or when the
        taker is not above the giver; "Sở Tài chính đề nghị UBND tỉnh phê duyệt" is a
        proposal, and Sở Tài chính stays the doer.
        """
        if any(f.canonical in self.issuer for f in giver):
            return True
        bodies = gz.load().bodies
        return not any(f.canonical in self.issuer or (f.body_id in bodies and bodies[f.body_id].family in
                                                       ("central", "party")) for f in taker)

    def outside(self, bodies: list[Found]) -> bool:
        """Is one of ``bodies`` outside the issuer's authority (a request, not an order)?

        For a province or district: the Front and mass organisations, Party bodies,
        central bodies, courts and procuracies.  For a ministry: anyone but its own
        units.  For the Government: the Front, mass organisations, Party and courts.
        """
        fams = gz.load().bodies
        issuer = " ".join(self.issuer)
        for f in bodies:
            fam = fams[f.body_id].family if f.body_id in fams else _GROUP_FAMILY.get(f.canonical, "other")
            judicial = f.canonical.startswith(("Tòa án", "Viện kiểm sát"))
            if issuer.startswith("Bộ "):
                return True
            if issuer in ("Chính phủ", "Thủ tướng Chính phủ"):
                if fam in ("mass", "party") or judicial:
                    return True
            elif fam in ("mass", "party", "central", "regional") or judicial:
                return True
        return False

    def sequence(self, p: int, limit: int) -> tuple[list[Found], int]:
        """Names one after another from ``p``: "Sở A, Sở B và UBND các huyện", "Các Sở: A, B"."""
        out: list[Found] = []
        pos = p
        while pos < limit:
            q = pos
            m = _FILLER.match(self.text, q) if self.folded[q:q + 2] in _FILLER_OPENERS else None
            if m:
                q = m.end()
            f = self.at.get(q)
            if f is None:
                # a shared head, maybe after a head word: "(Giám đốc) các Sở: Tài chính, Xây dựng"
                hm = self.head_word.match(self.folded, q)
                lh = self.list_head.match(self.folded, hm.end() if hm else q)
                f = self.at.get(lh.end()) if lh else None
            if f is None:
                break
            out.append(f)
            sep = _SEQ_SEP.match(self.text, f.end)
            if sep is not None and self._name_at(sep.end()):
                pos = sep.end()
                continue
            nxt = self._bridge(f.end, limit)
            if nxt is not None:
                pos = nxt
                continue
            if sep is None:
                break
            pos = sep.end()
        return out, (out[-1].end if out else p)

    def _name_at(self, q: int) -> bool:
        m = _FILLER.match(self.text, q) if self.folded[q:q + 2] in _FILLER_OPENERS else None
        if m:
            q = m.end()
        if q in self.at:
            return True
        hm = self.head_word.match(self.folded, q)
        lh = self.list_head.match(self.folded, hm.end() if hm else q)
        return bool(lh and lh.end() in self.at)

    def _bridge(self, e: int, limit: int) -> Optional[int]:
        """The next name of a list after words that qualify the last one: "Thủ trưởng các sở, ban,
        ngành, cơ quan, đơn vị thuộc tỉnh và Chủ tịch UBND các xã, phường" (the words between are
        nouns of the addressees, no verb), or None."""
        i = bisect.bisect_right(self.starts, e)
        if i >= len(self.starts):
            return None
        q = self.starts[i]
        if q >= limit or q - e > 100:
            return None
        m = _BRIDGE.fullmatch(self.text, e, q)
        return q if m else None

    def support_in(self, s: int, e: int) -> list[str]:
        """Bodies after "phối hợp (với|cùng)" in text[s:e]."""
        names: list[str] = []
        # _SUPPORT.finditer(text, s, e), asked only where the folded text says it may match
        starts = self.support_starts
        first = bisect.bisect_left(starts, s)
        if first == len(starts) or starts[first] >= e:
            return names  # most clauses and units: none
        pos = s
        for i in range(first, bisect.bisect_left(starts, e, first)):
            if starts[i] < pos:
                continue
            m = _SUPPORT.match(self.text, starts[i], e)
            if m is None:
                continue
            seq, _ = self.sequence(m.end(), e)
            names.extend(_names(seq))
            pos = m.end()
        return names

    @property
    def support_starts(self) -> list[int]:
        """Every offset where a pattern of :data:`_SUPPORT_FOLDED` matches the folded text,
        overlapping matches included (a clause may begin inside one): a superset of where
        _SUPPORT can match."""
        if self._support_starts is None:
            starts = set()
            for phrase in _SUPPORT_FOLDED:
                m = phrase.search(self.folded)
                while m is not None:
                    starts.add(m.start())
                    m = phrase.search(self.folded, m.start() + 1)
            self._support_starts = sorted(starts)
        return self._support_starts

    def subject(self, p: int, limit: int) -> Optional[tuple[_Subject, int]]:
        """The doer of the clause starting at ``p`` and where it ends.

        "Sở A chủ trì ..." · "Căn cứ ..., các sở ngành ..." · "Giao Sở A ..." ·
        "UBND tỉnh đề nghị Ủy ban MTTQ ..." (request) · "Sở A, Sở B: ..."
        """
        text = self.text
        folded = self.folded
        q = _skip_space(text, p)
        starts = [q]
        m = _DEBRIS.match(text, q) if text[q:q + 1].isdecimal() else None  # \d is a decimal digit
        if m and text[m.end()].isupper():
            starts.append(m.end())
        opener = folded[q:q + 2]
        m = _OPENING.match(text, q) if opener in _OPENING_OPENERS else None
        if m:
            starts.append(m.end())
        fb = _FOR_BODY.match(text, q) if opener in _FOR_BODY_OPENERS else None
        if fb:
            # "Đối với Kho bạc Nhà nước:" over items: the body is their doer (only as a heading's
            # whole clause; "Đối với các dự án ..., Sở A ..." is an intro, read above)
            seq, end = self.sequence(fb.end(), limit)
            if _names(seq) and (_COLON_AFTER.match(text, end) or _LINE_END.match(text, end)):
                return _Subject(_names(seq), [], request=False, colon=True), end
        for start in starts:
            request = False
            g = _CLAUSE_GIVE.match(text, start) if folded[start:start + 2] in _CLAUSE_GIVE_OPENERS else None
            if g:
                seq, end = self.sequence(g.end(), limit)
                request = "nghị" in g.group("v").lower() and self.outside(seq)
                giver = True
            else:
                seq, end = self.sequence(start, limit)
                giver = False
                gv = _GIVE.match(text, end) if seq else None
                if gv:
                    seq2, end2 = self.sequence(gv.end(), limit)
                    if seq2 and self.passes_on(seq, seq2):  # "UBND tỉnh giao Sở A ...": Sở A is the doer
                        seq, end, giver = seq2, end2, True
                        request = "nghị" in gv.group("v").lower() and self.outside(seq)
            lead = _names(seq) if seq and not _NOT_DOER.match(text, end) else None
            if lead:
                # "X:" or a line naming only the doer ("1. Sở Thông tin và Truyền thông" over items)
                colon = bool(_COLON_AFTER.match(text, end) or _LINE_END.match(text, end))
                return _Subject(lead, [], request=request, colon=colon, giver=giver), end
        return None


def _names(seq: list[Found]) -> list[str]:
    """Canonical names of a list of doers; organs of companies ("Chủ tịch Hội đồng thành viên, Tổng
    giám đốc các tập đoàn …") keep the list going but are not doers themselves."""
    return _dedupe(f.canonical for f in seq if f.kind != "organ")


_SPACE_RUN = re.compile(r"\s*")  # \s of a str pattern is what str.isspace() says


def _skip_space(s: str, p: int) -> int:
    return _SPACE_RUN.match(s, p).end() if p < len(s) else p  # a match would start at len(s)


def _dedupe(names) -> list[str]:
    return list(dict.fromkeys(names))


_ROW_LEAD = re.compile(r"[\s|]*")
_CELL_GAP = re.compile(r"\s*[|\t]\s*")


def _own_span(ctx: DocContext, node: Node) -> tuple[int, int]:
    """The unit's own text after its marker ("| 1 | ..." for a row of a table)."""
    s, e = ctx.own_text_span(node)
    marker = node.marker
    if node.kind == "row" and marker:
        p = _ROW_LEAD.match(ctx.text, s).end()
        if ctx.text.startswith(marker, p):
            p += len(marker)
            m = _CELL_GAP.match(ctx.text, p)
            return (m.end() if m else p), e
        return s, e
    p = s + len(marker) if marker and ctx.text.startswith(marker, s) else s
    return p, e


_TITLE_LINE = re.compile(r"[ \t]*([^\n]{1,120}?)[ \t]*\n[ \t]*(?=\w)")


def _title_end(text: str, s: int, e: int) -> Optional[int]:
    """Where a unit's title line ends when it stands on a line of its own, without a blank line
    after it ("7. Đẩy mạnh thông tin\nBộ Thông tin và Truyền thông phối hợp …"): a short line with
    no closing punctuation and no word that carries the sentence on, and a capital after it."""
    nl = text.find("\n", s, e)
    if nl < 0:
        return None  # no line break: what _TITLE_LINE would say, found cheaply
    k = nl + 1
    while k < e and text[k] in " \t":
        k += 1
    if k >= e or not text[k].isupper():
        return None  # no capital opens the next line, where a match of _TITLE_LINE would end
    if len(text[s:nl].strip(" \t")) > 120:
        return None  # a line too long for a title
    m = _TITLE_LINE.match(text, s, e)
    if not m or m.end() >= e or not text[m.end()].isupper():
        return None
    line = m.group(1)
    if line[-1] in ".,;:-–" or len(line.split()) > 15 or _OPEN_END.search(line):
        return None
    return m.end(1)


def _clauses(text: str, s: int, e: int, names_in=None) -> list[tuple[int, int, bool]]:
    """Clauses of text[s:e] as (start, end, ends with ':'); ``names_in(a, b)``: does text[a:b]
    name a body (a title names none: "Bộ Nông nghiệp … phối hợp với Bộ Công / Thương" is a
    sentence broken over a line, not a title)."""
    out = []
    p = s
    t = _title_end(text, s, e)
    if t is not None and not (names_in and names_in(s, t)):
        out.append((s, t, False))
        p = t
    for b, a, g in _boundaries(text, s, e):
        if g == ":" and _LIST_COLON.search(text, max(s, b - 30), b):
            continue
        if g[0] == "\n" and g.count("\n") > 1 and _OPEN_END.search(text, max(s, b - 20), b):
            continue
        if text[p:b].strip():
            out.append((p, b, g == ":"))
        p = a
    rest = text[p:e].rstrip()  # words left once the blanks after them are, or none
    if rest:
        out.append((p, e, rest.endswith(":")))
    return out


def _boundaries(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each clause boundary in text[s:e], in order and apart: ";", "." or
    ":" before a blank (":" also at the end), a match of :data:`_LINE_BOUNDARY`.

    The characters they open on are looked for with ``str.find``, which skips to one far faster
    than the engine scans a text for a class of characters."""
    at = []
    for ch in _BOUNDARY_OPENERS:
        p = text.find(ch, s, e)
        while p >= 0:
            at.append(p)
            p = text.find(ch, p + 1, e)
    at.sort()
    out = []
    cur = s
    for p in at:
        if p < cur:
            continue  # a line break inside the paragraph break just found
        ch = text[p]
        if ch == "\n":
            m = _LINE_BOUNDARY.match(text, p, e)
            if m is not None:
                out.append((p, m.end(), m.group()))
                cur = m.end()
        elif ch == ";" or (p + 1 < e and text[p + 1].isspace()) or (ch == ":" and p + 1 == e):
            out.append((p, p + 1, ch))  # (\s in a str pattern is what str.isspace() says)
    return out


def _unit_span(r: _Reader, node: Node) -> tuple[int, int]:
    s, e = _own_span(r.ctx, node)
    cut = _CLOSING.search(r.text, s, e)
    if cut:
        e = cut.start()  # a closing paragraph after the last item is not the item's
    return s, e


class _Units(dict):
    """Node id -> its :class:`_Unit`, read when first asked for: a unit the finder passes over
    (a heading, a unit of findings) is read only if a unit under it needs what it says."""

    def __init__(self, r: _Reader) -> None:
        super().__init__()
        self.reader = r

    def __missing__(self, nid: str) -> _Unit:
        u = self[nid] = _read_unit(self.reader, self.reader.ctx.nodes_by_id[nid])
        return u


def _read_unit(r: _Reader, node: Node) -> _Unit:
    span = r.unit_spans.get(node.id)
    s, e = span if span is not None else _unit_span(r, node)
    u = _Unit(node, s, e)
    text = r.text
    clauses = _clauses(text, s, e, r.names_in)
    skip_to = s
    first_bracket = text.find("(", s, e)  # no clause before it can be inside brackets
    for i, (cs, ce, colon) in enumerate(clauses):
        if cs < skip_to:
            continue
        if 0 <= first_bracket < cs and text.count("(", s, cs) > text.count(")", s, cs):
            continue  # inside brackets: an aside, not a clause of the unit
        got = r.subject(cs, e)
        if i == 0:
            u.first_is_doer = got is not None
        if got is None:
            if colon:
                u.last_leadin = None
                if _THREE_WORDS.search(text, cs, ce) and _INLINE_AFTER_COLON.match(text, ce):
                    u.plain += 1  # "(gửi file về địa chỉ mail: …)": a colon inside a sentence
            elif _THREE_WORDS.search(text, cs, ce):
                u.plain += 1
            continue
        subj, end = got
        k = i  # the clause the doer's predicate lies in
        while k + 1 < len(clauses) and clauses[k][1] <= end:
            k += 1
        pe, pcolon = clauses[k][1], clauses[k][2]
        if subj.colon:
            subj.leadin = True
            skip_to = end + 1
        else:
            subj.support = _dedupe(x for x in r.support_in(end, pe) if x not in subj.lead)
            # "UBND tỉnh yêu cầu các sở ...:" over items addresses them, it is not itself a task
            subj.leadin = pcolon or (subj.giver and bool(node.children))
            skip_to = pe + 1
        u.last_leadin = subj if subj.leadin else None
        u.subjects.append(subj)
    u.support = _dedupe(r.support_in(s, e))
    return u


def _is_heading(text: str, s: int = 0, e: Optional[int] = None) -> bool:
    """A line in capitals: "I. TẬP TRUNG THỰC HIỆN CÁC NHIỆM VỤ ..." (its first line, in text[s:e])."""
    e = len(text) if e is None else e
    s = _skip_space(text, s)  # what lstrip() leaves, without copying a long unit to find out
    end = min(e, s + 200)
    nl = text.find("\n", s, end)
    line_end = nl if nl >= 0 else end
    # upper() leaves a line as it is only if it leaves each character so (no character turns into
    # a string that opens with itself): a sentence's first letters already say it is none
    head = text[s:min(line_end, s + 4)]
    if head.upper() != head:
        return False
    line = text[s:line_end]
    return line.upper() == line and line.lower() != line


def _heading_text(ctx: DocContext, node: Node) -> str:
    if node.title:
        return node.title
    s, e = _own_span(ctx, node)
    return ctx.text[s:min(e, s + 200)].strip().split("\n", 1)[0]


def _section_search(heading: str) -> Optional[re.Match]:
    """``_SECTION.search(heading)``, asked only where the folded heading says it may match: the
    first of those places where it does is where the search would stop."""
    folded = fold_tones(heading)
    cand = _SECTION_FOLDED.search(folded)
    while cand is not None:
        m = _SECTION.match(heading, cand.start())
        if m is not None:
            return m
        cand = _SECTION_FOLDED.search(folded, cand.start() + 1)
    return None


def _section_kind(ctx: DocContext, node: Node, parents: dict, memo: dict) -> Optional[str]:
    """"res" / "aim" / "work" from the nearest enclosing heading that says."""
    pid = parents.get(node.id)
    if pid is None:
        return None
    if pid not in memo:
        anc = ctx.nodes_by_id[pid]
        h = _heading_text(ctx, anc)
        m = _section_search(h) if (anc.kind in _STRUCTURAL or _is_heading(h) or anc.title) else None
        memo[pid] = m.lastgroup if m else _section_kind(ctx, anc, parents, memo)
    return memo[pid]


def _address(r: _Reader, s: int, e: int) -> Optional[_Subject]:
    """The general address of a preamble: "UBND tỉnh yêu cầu thủ trưởng các sở, ... :".

    Not an account of what was done: "UBND tỉnh đã yêu cầu …", "Chính phủ đã kịp thời chỉ đạo …".
    """
    for m in _GIVE_WORD.finditer(r.text, s, e):
        if _NARRATIVE.search(r.text, max(s, m.start() - 30), m.start()):
            continue
        p = _skip_space(r.text, m.end())
        c = _CHO.match(r.text, p)
        seq, _ = r.sequence(c.end() if c else p, e)
        if _names(seq):
            return _Subject(_names(seq), [], request="nghị" in m.group().lower() and r.outside(seq))
    return None


_NARRATIVE = _vi(r"(?<!\w)(?:đã|vừa|từng)(?:\s+[^\W\d_]+){0,2}\s+$")
_PARAGRAPH = re.compile(r"\n[ \t]*(?=\S)")


def _trailing_address(r: _Reader, ctx: DocContext) -> Optional[tuple[_Subject, int]]:
    """An address that trails a top-level unit, as its own last paragraph ending with ":" —
    "Để hoàn thành nhiệm vụ nêu trên, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực
    thuộc Trung ương thực hiện một số giải pháp sau:" after bullets of findings.  Returns the
    address and the index of the top-level unit it trails: that unit and those before it are
    the document's account of the situation, not tasks; the units after it are addressed."""
    for i, n in enumerate(ctx.outline[:-1]):
        if n.children:
            continue
        s, e = _own_span(ctx, n)
        body = r.text[s:e].rstrip()
        if not body.endswith(":"):
            continue
        last = None
        for m in _PARAGRAPH.finditer(r.text, s, s + len(body)):
            last = m.end()
        if last is None:
            continue
        a = _address(r, last, s + len(body))
        if a is not None:
            return a, i
    return None


_KINH_GUI = _vi(r"\s*kính\s+gửi")
_OWNER_BEFORE = _vi(r"(?<!\w)(?:thuộc|của)\s+$")


def _addressees(r: _Reader) -> Optional[_Subject]:
    """The bodies under "Kính gửi:" — who a letter asks, when its items name no one."""
    for s, e in r.ctx.recipient_spans:
        if _KINH_GUI.match(r.text, s):
            # not the body the addressees belong to: "các Vụ, Cục, đơn vị thuộc Tổng cục Thuế"
            names = _dedupe(f.canonical for f in r.mentions_in(s, e) if not f.office
                            and f.kind != "organ" and not _OWNER_BEFORE.search(r.text, max(s, f.start - 15), f.start))
            if names:
                return _Subject(names, [])
    return None


def _issuer(ctx: DocContext) -> list[str]:
    name = canonical_of(ctx.meta.issuer, ctx) if ctx.meta.issuer else None
    if name and name.startswith("Sở ") and name.endswith(" tỉnh"):
        # "Sở Nông nghiệp và Môi trường tỉnh Trà Vinh" under its province's name in the header: the
        # home province's sở, named as its own header prints it
        name = name[:-len(" tỉnh")]
    if name is None:
        for f in scan(ctx):
            if f.start > 600:
                break
            if not f.group and (f.body_id in ("ubnd", "hdnd", "chinh_phu") or (f.body_id or "").startswith("Bộ:")):
                name = f.canonical
                break
    return [name] if name else []


_CELL_SEP = re.compile(r"\s*(?:\||\t)\s*")
_LEAD_COL = _vi(r"chủ\s+trì|thực\s+hiện|trách\s+nhiệm|đơn\s+vị\s+(?:chủ|thực)|cơ\s+quan\s+(?:chủ|thực)")
_SUPPORT_COL = _vi(r"phối\s+hợp")


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of the cells of a table line ("| 1 | Nhiệm vụ | Sở Y tế | ... |")."""
    out = []
    p = s
    for m in _CELL_SEP.finditer(text, s, e):
        out.append((p, m.start()))
        p = m.end()
    out.append((p, e))
    if out and out[0][0] == out[0][1]:
        out = out[1:]
    if out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


def _cell_roles(r: _Reader, node: Node) -> Optional[_Subject]:
    """A row of a table of tasks by the cells the outline kept for it (``node.cells``): the bodies
    named in its "lead" and "support" cells, found where those cells stand in the row."""
    cells = node.cells or {}
    if not cells.get("lead"):
        return None
    text = r.text
    line_s = text.rfind("\n", 0, node.span[0]) + 1
    line_e = text.find("\n", node.span[0])
    line_e = len(text) if line_e < 0 else line_e

    spans = _cells(text, line_s, line_e)

    def names(role: str) -> list[str]:
        cell = cells.get(role)
        span = next(((a, b) for a, b in reversed(spans) if text[a:b].strip() == cell), None) if cell else None
        if span is None:
            return []
        return _dedupe(f.canonical for f in r.mentions_in(span[0], span[1]) if not f.office
                       and f.kind != "organ")

    lead = names("lead")
    if not lead:
        return None
    return _Subject(lead, [x for x in names("support") if x not in lead])


def _table_roles(r: _Reader, node: Node, memo: dict) -> Optional[_Subject]:
    """A row of a table of tasks: its chủ trì and phối hợp cells, by the header's names."""
    cells = _cell_roles(r, node)
    if cells is not None:
        return cells
    text = r.text
    line_s = text.rfind("\n", 0, node.span[0]) + 1
    line_e = text.find("\n", node.span[0])
    line_e = len(text) if line_e < 0 else line_e
    if "|" not in text[line_s:line_e] and "\t" not in text[line_s:line_e]:
        return None
    # the header: the nearest earlier table line that names a chủ trì column
    key = None
    p = line_s
    for _ in range(60):
        if p <= 0:
            break
        q = text.rfind("\n", 0, p - 1) + 1
        line = text[q:p - 1]
        if "|" not in line and "\t" not in line:
            if line.strip():
                break
        elif _LEAD_COL.search(line):
            key = q
            break
        p = q
    if key is None:
        return None
    if key not in memo:
        he = text.find("\n", key)
        header = [text[a:b] for a, b in _cells(text, key, he if he >= 0 else len(text))]
        lead_col = next((i for i, h in enumerate(header) if _LEAD_COL.search(h) and not _SUPPORT_COL.search(h)), None)
        sup_col = next((i for i, h in enumerate(header) if _SUPPORT_COL.search(h)), None)
        memo[key] = (lead_col, sup_col, len(header))
    lead_col, sup_col, width = memo[key]
    cells = _cells(text, line_s, line_e)
    if lead_col is None or len(cells) != width:
        return None

    def names(i: Optional[int]) -> list[str]:
        if i is None:
            return []
        a, b = cells[i]
        return _dedupe(f.canonical for f in r.mentions_in(a, b) if not f.office)

    lead = names(lead_col)
    if not lead:
        return None
    return _Subject(lead, [x for x in names(sup_col) if x not in lead])


def _text_span(ctx: DocContext, node: Node) -> tuple[int, int]:
    """The unit's own words, marker and surrounding blanks left out: ``text[span] == task.text``."""
    s, e = _own_span(ctx, node)
    text = ctx.text
    if s < e:
        s = _SPACE_RUN.match(text, s, e).end()
    row = node.kind == "row"
    while e > s and (text[e - 1].isspace() or (row and text[e - 1] == "|")):
        e -= 1
    return s, e


def _make_task(ctx: DocContext, n: Node, idx: int, lead: list[str], support: list[str], request: bool) -> Task:
    s, e = ctx.own_text_span(n)   # the links take the marker's line too
    ts, te = _text_span(ctx, n)
    deadlines, targets, citations = _linked(ctx, s, e)
    return _task(dict(
        id=f"t{idx}", node_id=n.id, text=ctx.text[ts:te], lead=lead, support=support, request=request,
        deadlines=deadlines, targets=targets, citations=citations, span=(ts, te),
    ))


# ``Task(**fields)`` is this validator called from Python (BaseModel.__init__): called directly,
# it makes the same record for less work.
_task = Task.__pydantic_validator__.validate_python


_LINKED = ("deadlines", "targets", "citations")  # the records a task links to, by name in the context


def _linked(ctx: DocContext, s: int, e: int) -> list[list[int]]:
    """Indexes of the deadlines, of the targets and of the citations that begin in text[s:e].

    Bisected over views sorted by start, made once per document, so that
    linking stays linear however many tasks and records there are.
    """
    views = ctx.shared.get("task links")
    if views is None:
        views = ctx.shared["task links"] = [_by_start(getattr(ctx, name)) for name in _LINKED]
    out = []
    for order, starts in views:
        lo = bisect.bisect_left(starts, s)
        if lo == len(starts) or starts[lo] >= e:
            out.append([])  # most units: none
        else:
            out.append(sorted(order[lo:bisect.bisect_left(starts, e, lo)]))
    return out


def _by_start(items: list) -> tuple[list[int], list[int]]:
    """The indexes of ``items`` in order of their start, and those starts."""
    order = sorted(range(len(items)), key=lambda i: items[i].span[0])
    return order, [items[i].span[0] for i in order]


def _context_of(u: _Unit) -> Optional[_Subject]:
    """What a unit passes to its items: its lead-in, else its own doer."""
    if u.last_leadin is not None:
        return u.last_leadin
    doers = [sj for sj in u.subjects if not sj.colon]
    if doers:
        return _Subject(doers[0].lead, doers[0].support, doers[0].request)
    return None


def _inherited(ctx: DocContext, units: dict, parents: dict, nid: str) -> Optional[_Subject]:
    pid = parents.get(nid)
    while pid is not None:
        if ctx.nodes_by_id[pid].kind != "attachment":
            c = _context_of(units[pid])
            if c is not None:
                return c
        pid = parents.get(pid)
    return None


def _address_for(ctx: DocContext, r: _Reader, units: dict, parents: dict, n: Node,
                 doc_address: Optional[_Subject]) -> Optional[_Subject]:
    """The address of the attachment the unit is in, else of the document."""
    pid = parents.get(n.id)
    while pid is not None:
        if ctx.nodes_by_id[pid].kind == "attachment":
            u = units[pid]
            a = _address(r, u.start, u.end)
            if a is not None:
                return a
        pid = parents.get(pid)
    return doc_address


def _ids_under(n: Node) -> list[str]:
    out = [n.id]
    for c in n.children:
        out.extend(_ids_under(c))
    return out


_SENTENCE_ON = re.compile(r"[^\s.:;]\.[ \t]*\n?[ \t]*[^\W\d_]")
_PARA_BREAK = re.compile(r"\n\s*\n")


def _has_content(text: str, s: int, e: int) -> bool:
    """Sentences of work, not a title: "7/ Tăng cường chỉ đạo đôn đốc số thu … . Theo đó, mỗi đoàn
    …" over its items (a second sentence in the unit's first paragraph), against a title of one
    sentence ("1. Tập trung hoàn thiện cơ chế, chính sách.") or a lead-in ("2. Ổn định kinh tế vĩ mô:")."""
    t = text[s:e].strip()
    if not t or t.endswith(":") or len(t.split()) < 12:
        return False
    pb = _PARA_BREAK.search(t)
    return _SENTENCE_ON.search(t, 0, pb.start() if pb else len(t)) is not None


def find_tasks(ctx: DocContext) -> list[Task]:
    """Every outline unit that assigns work (see the module docstring)."""
    nodes = list(ctx.iter_nodes())
    if not nodes:
        return []
    r = _Reader(ctx)
    parents = ctx.parents
    units = _Units(r)

    first = min(n.span[0] for n in ctx.outline)
    doc_type = (ctx.meta.doc_type or "").lower()
    # a report or a submission is addressed upward: its "Kính gửi" reads it, and the work it plans
    # ("nhiệm vụ, giải pháp thời gian tới") is the issuer's own
    upward = doc_type.startswith(("báo cáo", "tờ trình"))
    doc_address = None if upward else _address(r, ctx.body_start, first)
    before_address: set[str] = set()
    if doc_address is None and not upward:
        got = _trailing_address(r, ctx)
        if got is not None:
            doc_address, k = got
            for top in ctx.outline[:k + 1]:
                before_address.update(_ids_under(top))
    if doc_address is None and not upward:
        doc_address = _addressees(r)
    is_report = doc_type.startswith("báo cáo")
    issuer = r.issuer_names

    tasks: list[Task] = []
    memo: dict = {}
    tables: dict = {}
    for n in nodes:
        nid, kind = n.id, n.kind  # read once: a field of a record is slow to read
        if kind == "row":
            row = _table_roles(r, n, tables)
            if row is not None:
                tasks.append(_make_task(ctx, n, len(tasks) + 1, row.lead, row.support, False))
                continue
        if kind in _STRUCTURAL:
            continue
        span = r.unit_spans[nid] = _unit_span(r, n)
        if _is_heading(r.text, *span) or nid in before_address:
            continue
        section = _section_kind(ctx, n, parents, memo)
        if section in ("res", "aim") or (is_report and section != "work"):
            continue
        u = units[nid]
        doers = [sj for sj in u.subjects if not sj.colon]
        colons = [sj for sj in u.subjects if sj.colon]
        if n.children:
            # a title or a lead-in over items is not a task; a doer with work of its own is, and
            # so is a unit that says what to do in sentences of its own before its items
            if not any(not sj.leadin for sj in doers) and not (colons and u.plain) and not (
                    not u.subjects and _has_content(r.text, u.start, u.end)):
                continue
        elif not u.subjects and (u.plain == 0 or _OWN_ACT.match(r.text, u.start)):
            continue
        lead: list[str] = []
        support: list[str] = list(u.support)
        request = False
        own = doers or colons
        for i, sj in enumerate(own):
            # a supporter of the unit's doer named again beside it later stays a supporter:
            # "Bộ KH&ĐT chủ trì, phối hợp với các bộ, ngành … . Bộ KH&ĐT và các bộ, ngành … theo dõi"
            lead.extend(x for x in sj.lead if not (i and x in own[0].support))
            request = request or sj.request
        if not (own and u.first_is_doer):
            # the doer comes from above; a doer named later in the text adds to it
            inherited = _inherited(ctx, units, parents, nid)
            if inherited is None:
                inherited = _address_for(ctx, r, units, parents, n, doc_address)
            if inherited is not None:
                lead = inherited.lead + lead
                support = inherited.support + support
                request = request or inherited.request
            elif not lead:
                lead.extend(issuer)
        lead = _dedupe(lead)
        support = [x for x in _dedupe(support) if x not in lead]
        tasks.append(_make_task(ctx, n, len(tasks) + 1, lead, support, request))
    return tasks
