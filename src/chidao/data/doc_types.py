"""Document types, their symbol codes, issuer codes and the words that cite them.

Facts from NĐ 30/2020/NĐ-CP Phụ lục III (administrative documents), Luật ban
hành VBQPPL (normative documents: NĐ, TT, TTLT, QH<k> …) and Hướng dẫn
36-HD/VPTW (Party documents: "21-NQ/TU", "36-HD/VPTW"); see
``shared/reference/vn-standards.md`` §1.2, §1.3, §2, §3, §4.

The header reader maps "QĐ" → "Quyết định" with :func:`doc_type_from_code`;
the citation finder reads the type words, issuer codes and relation words.

    >>> doc_type_from_code("QĐ")
    'Quyết định'
    >>> doc_type_from_code("TT", party=True)
    'Thông tri'
    >>> issuer_from_code("QH14")
    'Quốc hội'
    >>> issuer_from_code("SKHĐT")
    'Sở Kế hoạch và Đầu tư'
"""

from __future__ import annotations

import re
from typing import Optional

# ------------------------------------------------------------------ type names

#: Canonical names of document types (state normative, state administrative,
#: Party), as the ``doc_type`` fields write them.
DOC_TYPES: tuple[str, ...] = (
    # normative (VBQPPL)
    "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Lệnh", "Nghị quyết", "Nghị quyết liên tịch",
    "Nghị định", "Quyết định", "Thông tư", "Thông tư liên tịch", "Văn bản hợp nhất",
    # administrative (NĐ 30/2020 Điều 7)
    "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo", "Hướng dẫn", "Chương trình",
    "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng",
    "Công văn", "Công điện", "Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền", "Giấy mời",
    "Giấy giới thiệu", "Giấy nghỉ phép", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công",
    "Bản sao y", "Bản trích sao", "Bản sao lục",
    # Party (Quy định 66-QĐ/TW)
    "Cương lĩnh", "Điều lệ", "Chiến lược", "Kết luận", "Thông tri", "Tuyên bố", "Lời kêu gọi",
    "Quy hoạch", "Bản sao",
)

# ------------------------------------------------------------------ type codes

#: State type codes: NĐ 30/2020 Phụ lục III, the VBQPPL codes, and legacy codes
#: of TTLT 55/2005 still printed on older documents.
STATE_TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
    "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình", "HĐ": "Hợp đồng",
    "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
    "SY": "Bản sao y", "TrS": "Bản trích sao", "SL": "Bản sao lục",
    # VBQPPL
    "L": "Lệnh", "PL": "Pháp lệnh", "NQLT": "Nghị quyết liên tịch", "NĐ": "Nghị định",
    "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "VBHN": "Văn bản hợp nhất",
    # legacy (TTLT 55/2005/TTLT-BNV-VPCP)
    "TS": "Bản trích sao", "QĐLT": "Quyết định", "CTLT": "Chỉ thị", "KHLT": "Kế hoạch",
    "HDLT": "Hướng dẫn", "TTrLT": "Tờ trình", "KL": "Kết luận",
}

#: Party type codes (Hướng dẫn 36-HD/VPTW): "21-NQ/TU", "1276-CV/TU", "08-QĐi/TW".
PARTY_TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "CT": "Chỉ thị",
    "KL": "Kết luận", "QC": "Quy chế", "TT": "Thông tri", "HD": "Hướng dẫn",
    "TB": "Thông báo", "TC": "Thông cáo", "BC": "Báo cáo", "TTr": "Tờ trình",
    "KH": "Kế hoạch", "CTr": "Chương trình", "CV": "Công văn", "BB": "Biên bản",
    "BS": "Bản sao", "ĐA": "Đề án", "PA": "Phương án", "QHo": "Quy hoạch",
}

#: Every type code, state first; codes only the Party uses (CV, QĐi, BS) added.
TYPE_CODES: dict[str, str] = {**{k: v for k, v in PARTY_TYPE_CODES.items()}, **STATE_TYPE_CODES}

# Joint documents name several issuers after the type: "TTLT-BTC-BNV".
JOINT_TYPES = frozenset({"Thông tư liên tịch", "Nghị quyết liên tịch"})
JOINT_CODES = frozenset({"TTLT", "NQLT", "QĐLT", "CTLT", "KHLT", "HDLT", "TTrLT"})

_TYPE_BY_FOLD = {k.casefold(): v for k, v in TYPE_CODES.items()}
_PARTY_BY_FOLD = {k.casefold(): v for k, v in PARTY_TYPE_CODES.items()}
_STATE_BY_FOLD = {k.casefold(): v for k, v in STATE_TYPE_CODES.items()}


def _dless(code: str) -> str:
    return code.casefold().replace("đ", "d").replace("ð", "d")


# Codes typed without the bar ("QD-UBND", "ND-CP"): only where that is not
# another code ("HD" is Hướng dẫn, not Hợp đồng).
_DLESS = {}
for _k, _v in TYPE_CODES.items():
    _d = _dless(_k)
    if _d not in _TYPE_BY_FOLD:
        _DLESS.setdefault(_d, _v)


def doc_type_from_code(code: str, *, party: bool = False) -> Optional[str]:
    """The document type a symbol's type code stands for, or None.

    ``party`` selects the Party reading of shared codes ("TT" is Thông tri in
    "05-TT/TW", Thông tư in "01/2020/TT-BNV").  Case matters only where it
    tells codes apart, and it always does so by whole code ("CTr" vs "CT"):
    "Ctr", "CTR", "QD" (no bar), "Ð" (U+00D0) are read too.
    """
    if not code:
        return None
    c = code.strip().replace("Ð", "Đ").replace("ð", "đ")
    table = _PARTY_BY_FOLD if party else _STATE_BY_FOLD
    f = c.casefold()
    hit = table.get(f) or _TYPE_BY_FOLD.get(f)
    if hit:
        return hit
    return _DLESS.get(_dless(c))


def is_type_code(code: str, *, party: bool = False) -> bool:
    return doc_type_from_code(code, party=party) is not None


# ------------------------------------------------------------------ issuer codes

#: Fields of ministries (Bộ …) and provincial departments (Sở …), by the code
#: that follows "B" or "S" in a symbol ("BKHĐT", "SKHĐT", "BNNPTNT").
FIELDS: dict[str, str] = {
    "NV": "Nội vụ", "TP": "Tư pháp", "KHĐT": "Kế hoạch và Đầu tư", "TC": "Tài chính",
    "CT": "Công Thương", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN": "Nông nghiệp và Phát triển nông thôn", "NNMT": "Nông nghiệp và Môi trường",
    "GTVT": "Giao thông vận tải", "XD": "Xây dựng", "TNMT": "Tài nguyên và Môi trường",
    "TTTT": "Thông tin và Truyền thông", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch", "KHCN": "Khoa học và Công nghệ",
    "GDĐT": "Giáo dục và Đào tạo", "YT": "Y tế", "QP": "Quốc phòng", "CA": "Công an",
    "NG": "Ngoại giao", "DTTG": "Dân tộc và Tôn giáo", "NgV": "Ngoại vụ",
}

#: Field abbreviations written with "&" in running text ("Sở KH&ĐT", "Bộ NN&PTNT").
FIELD_ABBREVIATIONS: dict[str, str] = {
    "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường", "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường", "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội", "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch", "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông",
    "KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
    "GTVT": "Giao thông vận tải", "GTVT&XD": "Giao thông vận tải",
}

#: Issuer codes of state and Party bodies → the body's name.
ISSUER_CODES: dict[str, str] = {
    # state, central
    "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội", "VPQH": "Văn phòng Quốc hội",
    "CTN": "Chủ tịch nước", "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ",
    "VPCP": "Văn phòng Chính phủ", "BQP": "Bộ Quốc phòng", "BCA": "Bộ Công an",
    "BNG": "Bộ Ngoại giao", "BNV": "Bộ Nội vụ", "BTP": "Bộ Tư pháp",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BKH": "Bộ Kế hoạch và Đầu tư", "BTC": "Bộ Tài chính",
    "BCT": "Bộ Công Thương", "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BNN&MT": "Bộ Nông nghiệp và Môi trường", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BGTVT": "Bộ Giao thông vận tải", "BXD": "Bộ Xây dựng",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BKHCN": "Bộ Khoa học và Công nghệ",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BYT": "Bộ Y tế", "UBDT": "Ủy ban Dân tộc", "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "NHNN": "Ngân hàng Nhà nước Việt Nam", "TTCP": "Thanh tra Chính phủ",
    "TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "KTNN": "Kiểm toán nhà nước",
    "BHXH": "Bảo hiểm xã hội", "TCT": "Tổng cục Thuế", "TCHQ": "Tổng cục Hải quan",
    "KBNN": "Kho bạc Nhà nước", "TCTK": "Tổng cục Thống kê",
    "ĐCTUBTWMTTQVN": "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "MTTW": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "BCĐCTMTQG": "Ban Chỉ đạo các Chương trình mục tiêu quốc gia",
    "HĐBCQG": "Hội đồng bầu cử quốc gia",
    # state, local
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "TTHĐND": "Thường trực Hội đồng nhân dân",
    "VPUBND": "Văn phòng Ủy ban nhân dân", "BCĐ": "Ban Chỉ đạo", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    # Party (Hướng dẫn 36-HD/VPTW)
    "TW": "Ban Chấp hành Trung ương", "VPTW": "Văn phòng Trung ương Đảng",
    "BTCTW": "Ban Tổ chức Trung ương", "BTGTW": "Ban Tuyên giáo Trung ương",
    "BDVTW": "Ban Dân vận Trung ương", "BNCTW": "Ban Nội chính Trung ương",
    "BĐNTW": "Ban Đối ngoại Trung ương", "BKTTW": "Ban Kinh tế Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương", "QUTW": "Quân ủy Trung ương",
    "ĐUCA": "Đảng ủy Công an Trung ương", "TU": "Tỉnh ủy", "HU": "Huyện ủy", "QU": "Quận ủy",
    "ThU": "Thị ủy", "ĐU": "Đảng ủy", "ĐUK": "Đảng ủy khối", "CB": "Chi bộ",
    "BTCTU": "Ban Tổ chức Tỉnh ủy", "BTGTU": "Ban Tuyên giáo Tỉnh ủy",
    "BDVTU": "Ban Dân vận Tỉnh ủy", "VPTU": "Văn phòng Tỉnh ủy",
    "UBKTTU": "Ủy ban Kiểm tra Tỉnh ủy", "BTCHU": "Ban Tổ chức Huyện ủy",
    "BTGHU": "Ban Tuyên giáo Huyện ủy", "BDVHU": "Ban Dân vận Huyện ủy", "VPHU": "Văn phòng Huyện ủy",
    "BCSĐ": "Ban cán sự đảng", "ĐĐ": "Đảng đoàn", "TWĐTN": "Ban Chấp hành Trung ương Đoàn",
}

#: Bodies that all sign with "/TW": a "57-NQ/TW" may be "của Bộ Chính trị".
CENTRAL_PARTY_BODIES = frozenset({
    "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư",
    "Ban Bí thư Trung ương Đảng", "Trung ương",
})

_ISSUER_BY_FOLD = {k.casefold(): v for k, v in ISSUER_CODES.items()}
_FIELD_BY_FOLD = {k.casefold(): v for k, v in FIELDS.items()}
_TERM_SUFFIX = re.compile(r"^(UBTVQH|QH)K?\d{1,2}$", re.IGNORECASE)


def issuer_from_code(code: str) -> Optional[str]:
    """The body an issuer code of a symbol stands for, or None when unknown.

    "CP" → Chính phủ, "QH14" → Quốc hội, "BKHĐT" → Bộ Kế hoạch và Đầu tư,
    "SKHĐT" → Sở Kế hoạch và Đầu tư, "TU" → Tỉnh ủy, "TW" → Ban Chấp hành
    Trung ương (the text may name Bộ Chính trị or Ban Bí thư instead).
    """
    if not code:
        return None
    c = code.strip().replace("Ð", "Đ").replace("ð", "đ")
    m = _TERM_SUFFIX.match(c)
    if m:
        c = m.group(1)
    f = c.casefold()
    if f in _ISSUER_BY_FOLD:
        return _ISSUER_BY_FOLD[f]
    if len(f) > 2 and f[0] in "bs" and f[1:] in _FIELD_BY_FOLD:
        return ("Bộ " if f[0] == "b" else "Sở ") + _FIELD_BY_FOLD[f[1:]]
    if f.replace("&", "") != f:
        return issuer_from_code(c.replace("&", ""))
    return None


def is_issuer_code(code: str) -> bool:
    return issuer_from_code(code) is not None


# ------------------------------------------------------------------ words in running text

#: Type words as they stand before a number in running text → canonical type.
#: Longest first when matching ("Nghị quyết liên tịch" before "Nghị quyết").
TYPE_WORDS: dict[str, str] = {
    "hiến pháp": "Hiến pháp", "bộ luật": "Bộ luật", "luật": "Luật", "pháp lệnh": "Pháp lệnh",
    "lệnh": "Lệnh", "nghị quyết liên tịch": "Nghị quyết liên tịch", "nghị quyết": "Nghị quyết",
    "nghị định": "Nghị định", "quyết định": "Quyết định", "chỉ thị": "Chỉ thị",
    "thông tư liên tịch": "Thông tư liên tịch", "thông tư": "Thông tư",
    "văn bản hợp nhất": "Văn bản hợp nhất", "quy chế": "Quy chế", "quy định": "Quy định",
    "thông cáo": "Thông cáo", "thông báo": "Thông báo", "hướng dẫn": "Hướng dẫn",
    "chương trình": "Chương trình", "kế hoạch": "Kế hoạch", "phương án": "Phương án",
    "đề án": "Đề án", "dự án": "Dự án", "báo cáo": "Báo cáo", "biên bản": "Biên bản",
    "tờ trình": "Tờ trình", "công văn": "Công văn", "công điện": "Công điện",
    "kết luận": "Kết luận", "thông tri": "Thông tri", "giấy mời": "Giấy mời",
    "văn bản": "Văn bản",  # generic: the symbol decides, else Công văn
}

#: The generic word for a document: its type is read from the symbol.
GENERIC_TYPE_WORDS = frozenset({"Văn bản"})

#: Words that may stand between a type word and its number without changing
#: the type: "Kế hoạch hành động số", "Thông báo kết luận số", "Công điện khẩn số".
TYPE_QUALIFIERS: tuple[str, ...] = (
    "hành động", "liên tịch", "liên ngành", "kết luận", "chỉ đạo", "hỏa tốc", "hoả tốc",
    "khẩn", "chuyên đề", "phối hợp", "triển khai", "thực hiện", "ý kiến chỉ đạo",
)

#: Types whose bare number is a citation ("Chỉ thị 01 của Tỉnh ủy"); a bare
#: number after Chương trình, Đề án, Dự án names a programme ("Chương trình
#: 135", "Đề án 30") and is not one.
BARE_NUMBER_TYPES = frozenset({
    "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Kết luận", "Công văn",
    "Công điện", "Thông báo", "Thông tri", "Tờ trình", "Quy định", "Hướng dẫn",
})

#: Words before a citation that say how the document relates to it → relation.
RELATION_WORDS: dict[str, str] = {
    "căn cứ": "căn cứ", "căn cứ vào": "căn cứ", "trên cơ sở": "căn cứ",
    "thực hiện": "thực hiện", "triển khai thực hiện": "thực hiện", "triển khai": "thực hiện",
    "thi hành": "thực hiện", "quán triệt": "thực hiện", "cụ thể hóa": "thực hiện",
    "sửa đổi": "sửa đổi", "sửa đổi, bổ sung": "sửa đổi", "bổ sung": "sửa đổi",
    "điều chỉnh": "sửa đổi",
    "thay thế": "thay thế",
    "bãi bỏ": "bãi bỏ", "hủy bỏ": "bãi bỏ", "huỷ bỏ": "bãi bỏ", "bãi bỏ một phần": "bãi bỏ",
    "ban hành kèm theo": "ban hành kèm theo", "kèm theo": "ban hành kèm theo",
}

#: Abbreviations inside issuer phrases ("của UBND tỉnh", "của BTV Tỉnh ủy").
ISSUER_ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "BTV": "Ban Thường vụ",
    "BTVTU": "Ban Thường vụ Tỉnh ủy", "BCH": "Ban Chấp hành", "TW": "Trung ương",
    "TƯ": "Trung ương", "MTTQ": "Mặt trận Tổ quốc", "BCĐ": "Ban Chỉ đạo", "VP": "Văn phòng",
    "TTg": "Thủ tướng", "CP": "Chính phủ", "TU": "Tỉnh ủy", "HU": "Huyện ủy", "TT": "Thường trực",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "UBKT": "Ủy ban Kiểm tra", "NHNN": "Ngân hàng Nhà nước",
    "BHXH": "Bảo hiểm xã hội", "KBNN": "Kho bạc Nhà nước", "TP": "thành phố",
    **FIELD_ABBREVIATIONS,
}

# ------------------------------------------------------------------ laws cited by name

#: Short names of laws (after "Luật "), to find where a cited name ends when it
#: holds a comma or "và" ("Luật Quản lý, sử dụng tài sản công", "Luật Phòng
#: cháy và chữa cháy").  Unknown names are delimited by rule; this list only
#: sharpens the common ones.
LAW_NAMES: tuple[str, ...] = (
    "An ninh mạng", "An ninh quốc gia", "An toàn thông tin mạng", "An toàn thực phẩm",
    "An toàn, vệ sinh lao động", "Ban hành văn bản quy phạm pháp luật", "Bảo hiểm xã hội",
    "Bảo hiểm y tế", "Bảo vệ môi trường", "Bảo vệ quyền lợi người tiêu dùng",
    "Bảo vệ và kiểm dịch thực vật", "Bảo vệ, chăm sóc và giáo dục trẻ em", "Báo chí",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Biên giới quốc gia", "Biển Việt Nam",
    "Bình đẳng giới", "Bưu chính", "Cán bộ, công chức", "Cán bộ, công chức và Luật Viên chức",
    "Các tổ chức tín dụng", "Cạnh tranh", "Căn cước", "Căn cước công dân", "Chăn nuôi",
    "Chất lượng sản phẩm, hàng hóa", "Chứng khoán", "Chuyển đổi số", "Chuyển giao công nghệ",
    "Công an nhân dân", "Công chứng", "Công đoàn", "Công nghệ thông tin", "Công nghệ cao",
    "Cư trú", "Dân quân tự vệ", "Dân số", "Dầu khí", "Di sản văn hóa", "Du lịch", "Dược",
    "Đa dạng sinh học", "Đấu giá tài sản", "Đấu thầu", "Đất đai", "Đầu tư", "Đầu tư công",
    "Đầu tư theo phương thức đối tác công tư", "Đê điều", "Điện ảnh", "Điện lực",
    "Điều ước quốc tế", "Địa chất và khoáng sản", "Đo đạc và bản đồ", "Đo lường", "Đường bộ",
    "Đường sắt", "Giá", "Giám định tư pháp", "Giao dịch điện tử", "Giáo dục", "Giáo dục đại học",
    "Giáo dục nghề nghiệp", "Giáo dục quốc phòng và an ninh", "Giao thông đường bộ",
    "Giao thông đường thủy nội địa", "Hải quan", "Hàng không dân dụng Việt Nam", "Hóa chất",
    "Hòa giải ở cơ sở", "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "Hôn nhân và gia đình",
    "Hộ tịch", "Hợp tác xã", "Hỗ trợ doanh nghiệp nhỏ và vừa", "Kế toán", "Khám bệnh, chữa bệnh",
    "Khí tượng thủy văn", "Khiếu nại", "Khoa học và công nghệ", "Khoa học, công nghệ và đổi mới sáng tạo",
    "Khoáng sản", "Kiểm toán độc lập", "Kiểm toán nhà nước", "Kiến trúc", "Kinh doanh bảo hiểm",
    "Kinh doanh bất động sản", "Lâm nghiệp", "Lưu trữ", "Mặt trận Tổ quốc Việt Nam",
    "Ngân hàng Nhà nước Việt Nam", "Ngân sách nhà nước", "Nghĩa vụ quân sự", "Người cao tuổi",
    "Người khuyết tật", "Nhà ở", "Phí và lệ phí", "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Phòng thủ dân sự", "Phòng, chống bạo lực gia đình",
    "Phòng, chống bệnh truyền nhiễm", "Phòng, chống mua bán người", "Phòng, chống ma túy",
    "Phòng, chống rửa tiền", "Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại của thuốc lá",
    "Phòng, chống tham nhũng", "Phòng, chống thiên tai", "Phổ biến, giáo dục pháp luật", "Quảng cáo",
    "Quản lý nợ công", "Quản lý ngoại thương", "Quản lý thuế", "Quản lý, sử dụng tài sản công",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Quốc phòng", "Quy hoạch",
    "Quy hoạch đô thị", "Quy hoạch đô thị và nông thôn", "Sở hữu trí tuệ",
    "Sử dụng năng lượng tiết kiệm và hiệu quả", "Tài nguyên nước",
    "Tài nguyên, môi trường biển và hải đảo", "Tần số vô tuyến điện", "Thanh niên", "Thanh tra",
    "Thi đua, khen thưởng", "Thi hành án dân sự", "Thi hành án hình sự", "Thú y", "Thủ đô",
    "Thủy lợi", "Thủy sản", "Thuế giá trị gia tăng", "Thuế thu nhập cá nhân",
    "Thuế thu nhập doanh nghiệp", "Thuế tiêu thụ đặc biệt", "Thuế xuất khẩu, thuế nhập khẩu",
    "Thư viện", "Thực hành tiết kiệm, chống lãng phí", "Thực hiện dân chủ ở cơ sở", "Thống kê",
    "Thương mại", "Tiếp cận thông tin", "Tiếp công dân", "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Tín ngưỡng, tôn giáo", "Tố cáo", "Tố tụng hành chính", "Tổ chức chính quyền địa phương",
    "Tổ chức Chính phủ", "Tổ chức Quốc hội", "Tổ chức Tòa án nhân dân",
    "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "Tổ chức HĐND và UBND",
    "Tổ chức Viện kiểm sát nhân dân", "Tổ chức cơ quan điều tra hình sự",
    "Trách nhiệm bồi thường của Nhà nước", "Trẻ em", "Trồng trọt",
    "Trật tự, an toàn giao thông đường bộ", "Trợ giúp pháp lý", "Trưng cầu ý dân", "Viên chức",
    "Viễn thông", "Việc làm", "Xây dựng", "Xuất bản", "Xuất cảnh, nhập cảnh của công dân Việt Nam",
    "Xử lý vi phạm hành chính", "Doanh nghiệp", "Thể dục, thể thao", "Nuôi con nuôi", "Quốc tịch Việt Nam",
    "Đơn vị hành chính - kinh tế đặc biệt", "Đặc xá",
)

#: Short names of codes (after "Bộ luật ").
CODE_NAMES: tuple[str, ...] = (
    "Dân sự", "Hình sự", "Lao động", "Tố tụng dân sự", "Tố tụng hình sự", "Hàng hải Việt Nam",
    "Hàng hải",
)

#: Short names of ordinances (after "Pháp lệnh ").
ORDINANCE_NAMES: tuple[str, ...] = (
    "Ưu đãi người có công với cách mạng", "Chi phí tố tụng", "Phí và lệ phí", "Dân số",
    "Quản lý thị trường", "Bảo vệ bí mật nhà nước", "Thư viện", "Quảng cáo", "Chống tham nhũng",
    "Xử lý vi phạm hành chính", "Cán bộ, công chức", "Tín ngưỡng, tôn giáo", "Thủ tục bắt giữ tàu biển",
)
