"""Words of the header and the signature block (NĐ 30/2020, Phụ lục I; HD 36-HD/VPTW)."""

from __future__ import annotations

from chidao.data.doc_types import DOC_TYPES

# Names of document types as they head a document: every type chidao knows
# (one table, chidao.data.doc_types) and the longer forms only headings use.
# Matched longest first, so that "THÔNG BÁO KẾT LUẬN" wins over "THÔNG BÁO".
DOC_TYPE_HEADINGS = list(dict.fromkeys([
    "Chương trình hành động", "Thông báo kết luận", "Kế hoạch hành động", "Phụ lục", "Danh mục", "Quy trình",
    *DOC_TYPES,
]))
# The heading names a longer type than the one reported: a "Kế hoạch hành
# động" is a Kế hoạch, a "Thông báo kết luận" a Thông báo.
DOC_TYPE_REPORTED = {
    "Chương trình hành động": "Chương trình",
    "Kế hoạch hành động": "Kế hoạch",
    "Thông báo kết luận": "Thông báo",
}
# Types that are issued *with* a decision rather than on their own.
ATTACHABLE_TYPES = {
    "Kế hoạch", "Kế hoạch hành động", "Chương trình", "Chương trình hành động", "Quy định",
    "Quy chế", "Đề án", "Phương án", "Hướng dẫn", "Phụ lục", "Danh mục", "Quy trình", "Điều lệ",
}

# Positions printed above the signer's name, in CAPS in the block.
POSITIONS = [
    "Phó Thủ tướng", "Thủ tướng", "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Giám đốc",
    "Thứ trưởng", "Bộ trưởng", "Phó Bí thư", "Bí thư", "Phó Chánh Văn phòng", "Chánh Văn phòng",
    "Phó Trưởng ban", "Trưởng ban", "Phó Cục trưởng", "Cục trưởng", "Vụ trưởng", "Chánh Thanh tra",
    "Tổng Giám đốc", "Tổng Cục trưởng", "Thống đốc", "Phó Thống đốc", "Chủ nhiệm", "Trưởng phòng",
    "Chánh án", "Viện trưởng", "Tổng Kiểm toán", "Tổng Thư ký", "Trưởng đoàn", "Chủ tịch nước",
]
# Signature prefixes: state (TM., KT., Q., TL., TUQ.) and Party (T/M, K/T, T/L).
AUTHORITY_PREFIXES = {"TM": "TM.", "T/M": "TM.", "KT": "KT.", "K/T": "KT.", "Q": "Q.",
                      "TL": "TL.", "T/L": "TL.", "TUQ": "TUQ."}

# Body names as printed in CAPS and how they are written in running text.
BODY_CASE = {
    "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân",
    "UỶ BAN NHÂN DÂN": "Ủy ban nhân dân",
    "UBND": "Ủy ban nhân dân",
    "HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TỈNH ỦY": "Tỉnh ủy",
    "TỈNH UỶ": "Tỉnh ủy",
    "THÀNH ỦY": "Thành ủy",
    "HUYỆN ỦY": "Huyện ủy",
    "ĐẢNG ỦY": "Đảng ủy",
    "CHÍNH PHỦ": "Chính phủ",
    "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ",
    "VĂN PHÒNG CHÍNH PHỦ": "Văn phòng Chính phủ",
    "QUỐC HỘI": "Quốc hội",
    "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương",
    "BAN THƯỜNG VỤ": "Ban Thường vụ",
}
# Units named only by their parent: under "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
# a header line "VĂN PHÒNG" is the Văn phòng Ủy ban nhân dân thành phố Cần
# Thơ; under "BỘ TÀI CHÍNH", "THANH TRA" is the Thanh tra Bộ Tài chính (a
# "SỞ Y TẾ" is named on its own, and only borrows the parent's place).
UNITS_OF_PARENT = ("Văn phòng", "Thanh tra")

# Lines of the national motto and the Party's header, never the issuer.
MOTTO_PREFIXES = ("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP", "Độc lập", "ĐẢNG CỘNG SẢN", "Cộng hòa")

# Enacting words that end the header of a decision or resolution.
ENACTING_WORDS = ("QUYẾT ĐỊNH", "QUYẾT NGHỊ", "CHỈ THỊ", "BAN HÀNH", "QUY ĐỊNH")

# Paragraphs that close a document after its last unit ("Trên đây là …",
# "UBND tỉnh yêu cầu thủ trưởng các sở … thực hiện nghiêm Chỉ thị này").  They
# belong to no unit; matched at the start of a line after the last marker.
CLOSING_OPENERS = [
    "Trên đây là", "Với những", "Yêu cầu", "Đề nghị", "Nhận được", "Trong quá trình", "Quá trình thực hiện",
    "Chỉ thị này", "Quyết định này", "Kế hoạch này", "Thông báo này", "Công văn này", "Nghị quyết này",
    "Ủy ban nhân dân tỉnh yêu cầu", "Ủy ban nhân dân thành phố yêu cầu", "UBND tỉnh yêu cầu",
    "UBND thành phố yêu cầu", "UBND tỉnh đề nghị", "UBND tỉnh trân trọng", "Giám đốc các", "Thủ trưởng các",
    "Chủ tịch Ủy ban nhân dân các", "Chủ tịch UBND các", "Văn phòng Ủy ban nhân dân", "Văn phòng UBND",
    "Ban Thường vụ Tỉnh ủy yêu cầu", "Ban Thường vụ Thành ủy yêu cầu", "Bộ Tài chính đề nghị",
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu", "Chủ tịch UBND tỉnh yêu cầu",
    "Chủ tịch Ủy ban nhân dân thành phố yêu cầu", "Chủ tịch UBND thành phố yêu cầu",
    "Thủ tướng Chính phủ yêu cầu", "Bộ trưởng yêu cầu",
]
