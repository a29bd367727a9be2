"""Vietnamese words of quantity, as data: numerals, units, comparators, cues.

Read by :mod:`chidao.extract.grammar` (numerals) and
:mod:`chidao.extract.targets` (everything else).  Entries are written as
printed, with tones; the code folds tones and case when it compiles them,
so "Hợp tác xã", "hợp tác xã" and "HỢP TÁC XÃ" are one entry.  Where order
matters (a longer unit before a shorter one that starts it), the code sorts
by length, so lists here are grouped by meaning, not by length.
"""

from __future__ import annotations

# ------------------------------------------------------------------ numerals

# Spoken numerals as printed in prose: "hai xã", "mười lăm ngày", "ba khâu
# đột phá".  "năm" (five) and "tư" (four) are left out as first words: "năm"
# is far more often "year", "tư" is "đầu tư", "tư nhân".
NUMERAL_DIGITS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mốt": 1,
}
NUMERAL_TENS = {"mười": 10, "mươi": 10}
NUMERAL_SCALES = {"trăm": 100, "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}
NUMERAL_NOT_FIRST = {"năm", "tư", "lăm", "nhăm", "mươi", "mốt", "trăm", "nghìn", "ngàn", "triệu", "tỷ"}
# "một số" (some), "một cách" (in a way), "một cửa" (one-stop) are not counts.
NUMERAL_NOT_BEFORE = {"số", "cách", "cửa", "phần", "chút", "lúc", "khi", "mặt", "trong", "vài"}

# ------------------------------------------------------------------ units

PERCENT_UNITS = ["%", "phần trăm"]

# Money: the scale words and currencies, longest wins ("triệu đồng" over "đồng").
MONEY_UNITS = [
    "đồng", "nghìn đồng", "ngàn đồng", "triệu đồng", "tỷ đồng", "nghìn tỷ đồng", "ngàn tỷ đồng",
    "triệu", "tỷ", "nghìn tỷ", "USD", "triệu USD", "tỷ USD", "đô la Mỹ", "triệu đô la Mỹ",
]

# Measures of land, weight, length, energy, people.
MEASURE_UNITS = [
    "ha", "héc-ta", "hecta", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "mét",
    "tấn", "nghìn tấn", "triệu tấn", "tạ", "kg", "lít", "triệu lít", "MW", "kWh", "triệu kWh",
    "GWh", "người", "nghìn người", "lượt người", "lượt", "lượt khách", "nghìn lượt", "triệu lượt",
    "lao động", "nghìn lao động", "khách", "lượt khách quốc tế", "giường bệnh", "giường",
    "con", "cây", "tàu", "TEU", "căn", "căn hộ", "m2 sàn", "tấn/ha",
]

# Things counted in goals and reports.  A count is a target only with a cue
# (see targets.py); the table says what the unit is.
COUNT_UNITS = [
    "xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố", "ấp", "thôn", "bản", "khu phố",
    "tổ dân phố", "hộ", "hộ gia đình", "hộ nghèo", "gia đình", "học sinh", "sinh viên", "học viên",
    "giáo viên", "bác sĩ", "cán bộ", "công chức", "viên chức", "đảng viên", "hội viên", "đoàn viên",
    "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "trang trại", "cơ sở", "dự án", "công trình",
    "văn bản", "quyết định", "chỉ thị", "công văn", "thông báo", "báo cáo", "kế hoạch",
    "chương trình", "đề án", "tờ trình", "nghị quyết", "ứng dụng", "thủ tục", "thủ tục hành chính",
    "hồ sơ", "vụ", "vụ việc", "đơn", "đơn thư", "cuộc", "cuộc họp", "cuộc thanh tra",
    "cuộc kiểm tra", "đoàn", "lớp", "trường", "trường học", "điểm trường", "tiêu chí", "chỉ tiêu",
    "đầu việc", "nhiệm vụ", "sản phẩm", "sản phẩm OCOP", "mô hình", "điểm", "cụm", "cụm công nghiệp",
    "khu công nghiệp", "khu", "làng", "làng nghề", "chợ", "siêu thị", "nhà", "căn nhà", "ngôi nhà",
    "trạm", "trạm y tế", "bệnh viện", "tuyến", "tuyến đường", "cầu", "phòng học", "thiết chế",
    "nhà văn hóa", "giấy phép", "giấy chứng nhận", "tài khoản", "đối tượng", "trẻ em", "trẻ",
    "bệnh nhân", "ca", "sáng kiến", "đề tài", "nhãn hiệu", "cơ quan", "đơn vị", "địa phương",
    "tổ chức", "ý kiến", "kiến nghị", "phiên", "buổi", "tin", "bài", "tin bài", "chuyên mục",
    "phóng sự", "tác phẩm", "suất", "phần quà", "xe", "chiếc", "đợt",
]

# Counted things that are spans of time, sizes or ranks, never goals on their
# own: "5 năm", "2 cấp", "xe 3,4 bánh", "24/24h", "80 năm Cách mạng tháng Tám".
NON_TARGET_UNITS = [
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "lần", "cấp", "bánh", "chiều",
    "mặt", "kỳ", "khóa", "bước", "giai đoạn", "loại", "rõ", "nhà", "h", "kV", "sao", "tầng",
    "khâu", "nhóm", "vùng", "nội dung", "lĩnh vực", "ngành", "trụ cột", "đột phá", "quý",
    "tiết", "buổi", "chữ", "trang", "điều", "khoản", "mục", "chương", "phần", "câu",
]
# Counted things that turn into a goal only under a strong cue (a comparator,
# a ratio, a range): "04 nhà" is a slogan, "ít nhất 02 nhà văn hóa" a goal.
WEAK_UNITS = ["nhà", "đợt", "buổi", "nhóm", "khâu", "nội dung", "lĩnh vực"]

# "25 triệu đồng/ha/năm", "8%/năm", "50 triệu đồng/người/năm": per-unit tails.
PER_UNITS = ["ha", "năm", "người", "tháng", "hộ", "lao động", "ngày", "km", "tấn", "con", "m2", "sào"]

# ------------------------------------------------------------------ comparators

# Words before the number -> comparator (GOLD.md: ">" trên/vượt, ">=" ít nhất/
# tối thiểu/từ … trở lên/không dưới, "<" dưới, "<=" tối đa/không quá, "~" khoảng).
# "mức" is a filler: "dưới mức 2%", "ở mức trên 50%".
COMPARATORS_BEFORE = {
    "trên": ">", "hơn": ">", "vượt": ">", "vượt trên": ">", "cao hơn mức": ">", "vượt mức": ">",
    "ít nhất": ">=", "ít nhất là": ">=", "tối thiểu": ">=", "tối thiểu là": ">=", "không dưới": ">=",
    "không thấp hơn": ">=", "không ít hơn": ">=", "tối thiểu đạt": ">=", "từ": ">=",
    "dưới": "<", "thấp hơn": "<", "chưa đến": "<", "chưa tới": "<", "không đến": "<",
    "tối đa": "<=", "tối đa là": "<=", "không quá": "<=", "không vượt quá": "<=", "không vượt": "<=",
    "lên đến": "<=", "lên tới": "<=", "không cao hơn": "<=", "nhiều nhất": "<=",
    "khoảng": "~", "gần": "~", "xấp xỉ": "~", "trên dưới": "~", "ước": "~", "ước đạt": "~",
    "ước khoảng": "~", "ước tính": "~", "khoảng chừng": "~", "chừng": "~",
}
# "từ" alone is ">=" only when "trở lên" follows ("từ 90% trở lên"); a bare
# "từ" before a range opens "từ 5 đến 7".
COMPARATORS_AFTER = {
    "trở lên": ">=", "trở xuống": "<=", "trở lại": "<=", "trở đi": ">=",
}
# Filler between a comparator and its number: "dưới mức 2%", "ở mức trên 50%".
COMPARATOR_FILLERS = ["mức", "là", "con số", "tỷ lệ"]
# Negations that flip "dưới": "không còn xã đạt dưới 14 tiêu chí" means every
# xã reaches at least 14; "không để nợ xấu vượt quá 3%" means at most 3%.
NEGATIONS = ["không còn", "không có", "không để", "không để xảy ra", "xóa", "xóa bỏ"]

# ------------------------------------------------------------------ cues

# A sentence with one of these before the number speaks of a goal.
GOAL_CUES = [
    "phấn đấu", "chỉ tiêu", "mục tiêu", "đạt", "vượt", "bảo đảm", "đảm bảo", "duy trì",
    "nâng", "nâng cao tỷ lệ", "kéo giảm", "giảm", "tăng", "hoàn thành", "giữ vững", "tối thiểu",
    "ít nhất", "không còn", "xây dựng mới", "phát triển mới", "thành lập mới",
]
# … and one of these of a result that was reached.
RESULT_CUES = ["đã", "đạt được", "hoàn thành được", "kết quả", "thực hiện được", "so với cùng kỳ",
               "ước đạt", "lũy kế", "tính đến", "đến nay", "đến hết", "có"]
# Verbs of a report or a goal that take a count right after them: "ban hành
# 11.427 văn bản", "tổ chức 202 cuộc họp", "phát triển mới 550 doanh nghiệp".
QUANT_VERBS = [
    "đạt", "đạt được", "vượt", "có", "ban hành", "hoàn thành", "hoàn thành được", "tổ chức",
    "phát triển", "phát triển mới", "thành lập", "thành lập mới", "xây dựng", "xây dựng mới",
    "giảm", "tăng", "kéo giảm", "giải quyết", "xử lý", "tiếp nhận", "cấp", "cấp mới", "đào tạo",
    "tuyển", "tuyển sinh", "tuyển dụng", "thu hút", "hỗ trợ", "giải ngân", "nâng", "bãi bỏ",
    "cắt giảm", "đơn giản hóa", "sắp xếp", "công nhận", "khởi công", "đưa vào", "cho vay",
    "tạo việc làm cho", "giải quyết việc làm cho", "kết nạp", "trồng", "trồng mới", "nhân rộng",
    "tinh giản", "thu", "chi", "huy động", "đầu tư", "sửa chữa", "làm mới", "nâng cấp", "bàn giao",
    "gồm", "trong đó", "với", "được", "thanh tra", "kiểm tra", "phát hiện", "xử phạt",
    "tuyên truyền", "tập huấn", "bồi dưỡng", "vận động", "tặng", "trao", "tiếp", "thụ lý",
    "cấp phép", "phê duyệt", "thẩm định", "đăng ký", "xuất khẩu", "sản xuất", "tiêu thụ",
]

# Words right before a number that make it part of a name or an ordinal:
# "Chương trình 135", "Đề án 30", "kỳ họp thứ 20", "Quốc lộ 10", "đô thị loại 4".
NAME_WORDS = [
    "chương trình", "đề án", "nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "thông tư",
    "nghị định", "luật", "công văn", "thông báo", "kết luận", "điều", "khoản", "điểm", "mục",
    "chương", "phần", "phụ lục", "biểu", "bảng", "mẫu", "số", "quốc lộ", "tỉnh lộ", "đường tỉnh",
    "huyện lộ", "đường", "vành đai", "cao tốc", "tuyến", "cầu", "kỳ họp", "khóa", "lần", "thứ",
    "loại", "hạng", "cấp độ", "mức độ", "vùng", "cơ sở", "giai đoạn", "tổ", "khu", "lô", "phường",
    "khóm", "ấp", "khu phố", "mạch", "công nghệ", "ISO", "KB", "phiên bản", "phiên họp",
    "hội nghị", "đại hội", "trung ương", "nhà máy", "tổ máy", "lớp", "khối", "tầng", "top",
    "COVID", "covid-", "Covid", "tuổi", "độ tuổi", "ngày", "tháng", "năm", "quý", "nhiệm kỳ",
    "niên khóa", "năm học", "Industry", "Chương", "web", "mã", "ký hiệu", "hotline", "điện thoại",
]

# Where an indicator phrase stops, read away from the number: punctuation
# and the words that open another clause.
INDICATOR_STOPS = [
    "phấn đấu", "đảm bảo", "bảo đảm", "nhằm", "để", "theo", "trong đó", "trong", "so với",
    "và", "với", "tại", "của tỉnh", "đến năm", "vào năm", "năm", "trở lên", "trở xuống", "đạt",
    "đến", "khi", "nếu", "thì", "nhưng", "do", "vì", "tuy", "đồng thời", "góp phần", "từ",
    "phải", "cần", "có", "đạt chuẩn", "gồm", "như", "mà", "sau", "trước", "giai đoạn",
]
