"""Vietnamese words of quantity, as data: numerals, units, comparators, cues.

Read by :mod:`chidao.extract.grammar` (numerals) and
:mod:`chidao.extract.targets` (everything else).  Entries are written as
printed, with tones.  The code matches them in any case and either tone
placement ("Hợp tác xã" = "HỢP TÁC XÃ", "hoá" = "hóa") but with their tones
("đã" is not "đa", "cần" is not "cân"), and merges each list into one pattern
in which a longer entry wins over a shorter one that starts it ("triệu đồng"
over "triệu"): lists here are grouped by meaning, not by length.
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
    "triệu", "tỷ", "nghìn tỷ", "ngàn tỷ", "USD", "nghìn USD", "triệu USD", "tỷ USD", "đô la Mỹ",
    "triệu đô la Mỹ", "tỷ đô la Mỹ", "đô la", "triệu đô la", "tỷ đô la", "Euro", "triệu Euro",
    "tỷ Euro", "EUR", "VNĐ", "VND",
]
# Scale words: after one, the counted thing is part of the unit ("41,2 triệu cây
# xanh" is counted in "triệu cây", "2,5 triệu lượt khách" in "triệu lượt khách").
SCALE_WORDS = ["trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "nghìn tỷ", "ngàn tỷ", "trăm nghìn", "chục nghìn"]

# Measures of land, weight, length, energy, people.
MEASURE_UNITS = [
    "ha", "héc-ta", "hecta", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "mét",
    "tấn", "nghìn tấn", "triệu tấn", "tạ", "kg", "lít", "triệu lít", "MW", "kWh", "triệu kWh",
    "GWh", "người", "nghìn người", "lượt người", "lượt", "lượt khách", "nghìn lượt", "triệu lượt",
    "lao động", "nghìn lao động", "khách", "lượt khách quốc tế", "giường bệnh", "giường",
    "con", "cây", "tàu", "TEU", "căn", "căn hộ", "m2 sàn", "tấn/ha",
    "héc ta", "hécta", "sào", "tỷ m3", "triệu m3", "m3/ngày đêm", "m3/ngày", "MWh", "kW",
    "kWp", "MWp", "GW", "lượt hành khách", "hành khách", "lượt phương tiện", "liều", "liều vắc xin",
    "nghìn ha", "tạ/ha", "tấn/năm", "lít/ngày",
]
# Measures of a physical amount: after a scale word they stay a measure of
# something named before ("sản lượng lương thực đạt 1,2 triệu tấn"); any other
# counted thing after a scale word is what is counted ("41,2 triệu cây xanh").
PHYSICAL_MEASURES = [
    "ha", "héc-ta", "hecta", "héc ta", "hécta", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "mét",
    "tấn", "tạ", "kg", "lít", "MW", "kWh", "GWh", "MWh", "kW", "kWp", "MWp", "GW", "TEU", "sào",
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
    "khu công nghiệp", "khu", "làng", "làng nghề", "chợ", "siêu thị", "căn nhà", "ngôi nhà",
    "trạm", "trạm y tế", "bệnh viện", "tuyến", "tuyến đường", "cầu", "phòng học", "thiết chế",
    "nhà văn hóa", "giấy phép", "giấy chứng nhận", "tài khoản", "đối tượng", "trẻ em", "trẻ",
    "bệnh nhân", "ca", "sáng kiến", "đề tài", "nhãn hiệu", "cơ quan", "đơn vị", "địa phương",
    "tổ chức", "ý kiến", "kiến nghị", "phiên", "tin", "bài", "tin bài", "chuyên mục",
    "phóng sự", "tác phẩm", "suất", "phần quà", "xe", "chiếc",
    "dược sĩ", "điều dưỡng", "trường mầm non", "trường tiểu học", "trường trung học cơ sở", "trường trung học phổ thông",
    "hộ dân", "hộ kinh doanh", "khu dân cư", "hợp đồng", "vụ án", "vụ vi phạm", "trường hợp",
    "người nộp thuế", "lao động nông thôn", "cơ sở giáo dục", "cơ sở y tế", "phòng khám", "thư viện",
    "điểm du lịch", "khu du lịch", "homestay", "nhà ở", "công trình nhà ở", "thuê bao", "giao dịch",
    "lượt truy cập", "cây giống", "con giống", "gia súc", "gia cầm",
    # bodies counted in reports: "12 Bộ, cơ quan trung ương", "63 tỉnh, thành phố"
    "bộ", "bộ, ngành", "cơ quan trung ương", "tỉnh", "tỉnh, thành phố",
    "mã số", "mã số vùng trồng", "mã vùng trồng", "mã số cơ sở đóng gói", "điểm sạt lở",
    "vụ cháy", "vụ tai nạn", "tàu cá", "hộ dân", "nhân khẩu", "lồng bè", "công trình thủy lợi",
]
# A list of counted things after one number is one count of them all:
# "1.200 cán bộ, công chức, viên chức", "100% xã, phường, thị trấn".  Two kinds
# joined by a comma are read as one only when the pair is usual (below) or ends
# the phrase: in "1 đề án, ứng dụng chuyển đổi số" the count is of "đề án".
USUAL_UNIT_PAIRS = [
    "cán bộ, công chức", "công chức, viên chức", "cán bộ, đảng viên", "xã, phường", "phường, xã",
    "xã, thị trấn", "bộ, ngành", "tỉnh, thành phố", "cơ quan, đơn vị", "sở, ngành", "doanh nghiệp, hợp tác xã",
    "học sinh, sinh viên", "hộ gia đình, cá nhân", "tổ chức, cá nhân", "cơ quan, tổ chức",
    "bộ, cơ quan trung ương", "bộ, cơ quan ngang bộ", "sở, ban, ngành",
]
# Nouns usually paired by a comma inside one indicator: "mức độ hài lòng của
# người dân, doanh nghiệp đối với …", "số tổ chức, cá nhân vi phạm" (the
# pairs of counted things above are such pairs too).
USUAL_NOUN_PAIRS = USUAL_UNIT_PAIRS + [
    "người dân, doanh nghiệp", "doanh nghiệp, người dân", "cá nhân, tổ chức", "người dân, du khách",
]

# Spans of time and counts of times, which are quantities set as targets only
# under a floor: "cách ly tối thiểu 10 ngày", "phun khử trùng tối thiểu 4
# lần/ngày", "kiểm tra ít nhất 01 lần" (not "thời hạn thanh tra không quá 30
# ngày", a legal limit; not "5 năm", "18 tuổi").
BOUNDED_TIME_UNITS = ["ngày", "lần", "giờ", "tuần", "buổi"]
# Words that make a quantity a forecast, not a goal or a result:
# "dự báo lượng mưa cao hơn trung bình nhiều năm từ 10 - 20%".
FORECAST_WORDS = ["dự báo", "dự đoán", "theo dự báo", "nhận định", "cảnh báo"]

# Counted things that are spans of time, sizes or ranks, never goals on their
# own: "5 năm", "2 cấp", "xe 3,4 bánh", "24/24h", "80 năm Cách mạng tháng Tám".
NON_TARGET_UNITS = [
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "lần", "cấp", "bánh", "chiều",
    "mặt", "kỳ", "khóa", "bước", "giai đoạn", "loại", "rõ", "h", "kV", "sao", "tầng",
    "vùng", "ngành", "trụ cột", "đột phá", "quý",
    "tiết", "chữ", "trang", "điều", "khoản", "mục", "chương", "phần", "câu",
]
# Counted things that turn into a goal only under a strong cue (a comparator,
# a ratio, a range): "04 nhà" is a slogan, "ít nhất 02 nhà văn hóa" a goal.
WEAK_UNITS = ["nhà", "đợt", "buổi", "nhóm", "khâu", "nội dung", "lĩnh vực"]

# "25 triệu đồng/ha/năm", "8%/năm", "50 triệu đồng/người/năm": per-unit tails.
PER_UNITS = ["ha", "năm", "người", "tháng", "hộ", "lao động", "ngày", "km", "tấn", "con", "m2", "sào",
             "vạn dân", "nghìn dân", "ngàn dân", "1.000 dân", "10.000 dân", "100.000 dân", "dân",
             "km2", "m3", "kWh", "lít", "kg", "giờ", "tuần", "quý", "ngày đêm", "người dân", "học sinh",
             "trẻ", "xã", "lớp", "trường", "doanh nghiệp", "đơn vị", "hộ gia đình", "lượt"]

# ------------------------------------------------------------------ comparators

# Comparators a count needs no other cue with ("ít nhất 02 Hợp tác xã"); "trên"
# and "dưới" also describe groups ("các xã dưới 9 tiêu chí", "trên 60 tuổi").
STRONG_COMPARATORS = [">=", "<=", "~"]

# Words before the number -> comparator (GOLD.md: ">" trên/vượt, ">=" ít nhất/
# tối thiểu/từ … trở lên/không dưới, "<" dưới, "<=" tối đa/không quá, "~" khoảng).
# "mức" is a filler: "dưới mức 2%", "ở mức trên 50%".
COMPARATORS_BEFORE = {
    "trên": ">", "hơn": ">", "vượt": ">", "vượt trên": ">", "vượt quá": ">", "cao hơn": ">", "lớn hơn": ">",
    "nhiều hơn": ">", "vượt mức": ">",
    "ít nhất": ">=", "ít nhất là": ">=", "tối thiểu": ">=", "tối thiểu là": ">=", "không dưới": ">=",
    "không thấp hơn": ">=", "không ít hơn": ">=", "tối thiểu đạt": ">=",
    "dưới": "<", "thấp hơn": "<", "nhỏ hơn": "<", "ít hơn": "<", "chưa đến": "<", "chưa tới": "<", "không đến": "<",
    "tối đa": "<=", "tối đa là": "<=", "không quá": "<=", "không vượt quá": "<=", "không vượt": "<=",
    "lên đến": "<=", "lên tới": "<=", "không cao hơn": "<=", "nhiều nhất": "<=",
    "khoảng": "~", "gần": "~", "xấp xỉ": "~", "trên dưới": "~",
    "ước khoảng": "~", "khoảng chừng": "~", "chừng": "~",
}
# After the number ("từ 90% trở lên": the "từ" before is part of this).
COMPARATORS_AFTER = {
    "trở lên": ">=", "trở xuống": "<=", "trở lại": "<=", "trở đi": ">=",
}
# Filler between a comparator and its number: "dưới mức 2%", "trên mức 50%".
COMPARATOR_FILLERS = ["mức", "là", "con số"]
# Comparatives that state a difference when "so với" follows: "cao hơn 25% so
# với năm 2008" is an increase of 25% ("="), not "more than 25%".
DIFFERENCE_WORDS = ["cao hơn", "thấp hơn", "lớn hơn", "nhỏ hơn", "nhiều hơn", "ít hơn", "tăng", "giảm"]
# Negations that flip "dưới": "không còn xã đạt dưới 14 tiêu chí" means every
# xã reaches at least 14; "không để nợ xấu vượt quá 3%" means at most 3%.
NEGATIONS = ["không còn", "không có", "không để", "không để xảy ra", "xóa", "xóa bỏ"]

# ------------------------------------------------------------------ cues

# In the same sentence, before the number: the sentence states a goal …
GOAL_CUES = [
    "phấn đấu", "chỉ tiêu", "mục tiêu", "đạt", "vượt", "không còn", "tối thiểu", "ít nhất",
    "kế hoạch giao", "được giao", "yêu cầu",
]
# … or reports a result.  ("tăng", "giảm", "có" are too common to count.)
RESULT_CUES = [
    "đã", "đạt được", "hoàn thành được", "thực hiện được", "kết quả", "ước đạt", "ước tính",
    "ước thực hiện", "lũy kế", "so với cùng kỳ", "tính đến", "đến nay", "đến hết", "đến ngày",
    "thiệt hại", "tính toán", "trong kỳ", "bị",
]
# Cue words that say a figure is being stated but not whether it is reached or
# aimed at: "đến hết 6 tháng có 52 đầu việc" (reached), "đến hết năm 2025 có
# thêm 08 xã" (aimed at).  They count as cues, not for the kind.
NEUTRAL_RESULT_CUES = ["đến hết", "đến ngày"]

# For telling a target from a result: the nearest of these before the number
# wins against the nearest RESULT_CUES.  ("đạt" is neither: "phấn đấu đạt" /
# "đã đạt".)
TARGET_KIND_CUES = [
    "phấn đấu", "chỉ tiêu", "mục tiêu", "kế hoạch", "đến năm", "phải", "bảo đảm", "đảm bảo",
    "đăng ký", "cần", "tiếp tục", "triển khai", "nhân rộng", "tiết kiệm", "tập trung", "dự kiến",
    "sẽ", "định hướng", "không còn", "ít nhất", "tối thiểu",
]

# Verbs of a report or a goal that take a count right after them: "ban hành
# 11.427 văn bản", "tổ chức 202 cuộc họp", "phát triển mới 550 doanh nghiệp";
# and the words that open a list of such counts ("gồm 2.607 công văn").
QUANT_VERBS = [
    "đạt", "vượt", "có", "ban hành", "hoàn thành", "tổ chức", "phát triển", "thành lập",
    "xây dựng", "giảm", "tăng", "kéo giảm", "giải quyết", "xử lý", "tiếp nhận", "cấp", "đào tạo",
    "tuyển", "tuyển sinh", "tuyển dụng", "thu hút", "hỗ trợ", "giải ngân", "nâng", "bãi bỏ",
    "cắt giảm", "đơn giản hóa", "sắp xếp", "công nhận", "khởi công", "đưa vào", "cho vay",
    "tạo việc làm cho", "giải quyết việc làm cho", "kết nạp", "trồng", "nhân rộng", "tinh giản",
    "huy động", "sửa chữa", "làm mới", "nâng cấp", "bàn giao", "thanh tra", "kiểm tra",
    "phát hiện", "xử phạt", "tập huấn", "bồi dưỡng", "tặng", "trao", "thụ lý", "cấp phép",
    "phê duyệt", "thẩm định", "xuất khẩu", "gồm", "trong đó", "trong đó có", "bao gồm",
    "thêm", "mới", "được", "còn", "chỉ còn", "hoàn thành được",
    "đón", "tiêm", "tiêm chủng", "khám", "khám, chữa bệnh cho", "phục vụ", "sản xuất", "khai thác",
    "tiêu thụ", "vận chuyển", "xây mới", "cải tạo", "di dời", "bố trí", "phân bổ", "truy thu",
    "thu hồi", "xử phạt vi phạm hành chính", "giải quyết dứt điểm", "đầu tư", "xây dựng mới", "lắp đặt",
    "chuyển đổi", "số hóa", "kết nối", "cung cấp", "tiếp đón", "thu nộp", "nộp", "xây", "làm", "mở",
    "mở mới", "nâng cấp, mở rộng", "tu sửa", "sửa chữa, nâng cấp",
    "nạo vét", "gia cố", "sơ tán", "kiên cố hóa", "cứng hóa", "bê tông hóa", "khắc phục", "cấp mới",
    "cấp đổi", "chứng nhận", "lấy mẫu", "giám sát", "tiêm phòng", "ký kết", "thu giữ", "tịch thu",
    "cấp phát", "tiếp cận", "vận động", "hướng dẫn", "tuyên truyền", "xác minh", "tiêu hủy",
    "gieo trồng", "gieo cấy", "thu hoạch", "phun", "cứu hộ", "cứu nạn", "hoàn thiện", "thẩm tra",
]
# … of which these do nothing to what they count ("có 52 đầu việc", "gồm 2.607
# công văn", "tăng 12%"): the others say what was done to it ("doanh nghiệp
# được thanh tra", "hồ sơ được giải quyết").
NOT_ACTION_VERBS = [
    "đạt", "vượt", "có", "gồm", "trong đó", "trong đó có", "bao gồm", "thêm", "mới", "được", "còn",
    "chỉ còn", "tăng", "giảm", "nâng", "kéo giảm", "tạo việc làm cho", "giải quyết việc làm cho",
    "xuất khẩu", "hoàn thành được",
]
# Words between such a verb and the number: "hoàn thành được 16", "cấp mới 20".
QUANT_VERB_TAILS = ["được", "mới", "thêm", "thành công", "cho", "lại"]
# … of which "mới" and "thêm" make the count a goal by themselves: "thành lập
# mới 800 doanh nghiệp", "trồng mới 2.000 ha", "có thêm 15 xã".
NEW_TAILS = ["mới", "thêm"]

# Words right before a number that make it part of a name or an ordinal:
# "Chương trình 135", "Đề án 30", "kỳ họp thứ 20", "Quốc lộ 10", "đô thị loại 4".
NAME_WORDS = [
    "chương trình", "đề án", "nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "thông tư",
    "nghị định", "luật", "công văn", "thông báo", "kết luận", "điều", "khoản", "điểm", "mục",
    "chương", "phần", "phụ lục", "biểu", "bảng", "mẫu", "mẫu số", "quốc lộ", "tỉnh lộ", "đường tỉnh",
    "huyện lộ", "đường", "vành đai", "cao tốc", "tuyến", "cầu", "kỳ họp", "khóa", "lần", "thứ",
    "loại", "hạng", "cấp độ", "mức độ", "vùng", "cơ sở", "giai đoạn", "tổ", "khu", "lô", "phường",
    "khóm", "ấp", "khu phố", "mạch", "công nghệ", "ISO", "KB", "phiên bản", "phiên họp",
    "hội nghị", "đại hội", "trung ương", "nhà máy", "tổ máy", "lớp", "khối", "tầng", "top",
    "COVID", "tuổi", "độ tuổi", "ngày", "tháng", "năm", "quý", "nhiệm kỳ", "niên khóa", "năm học",
    "mã", "ký hiệu", "hotline", "điện thoại", "fax", "tập", "trang", "dòng", "hình", "sơ đồ",
]

# Where an indicator phrase stops, read rightwards from the unit: the words that
# open another clause.  (Not "đạt", "có", "đến": "xã đạt chuẩn", "xã chưa có
# đường ô tô đến trung tâm" are indicators.)
AFTER_STOPS = [
    "theo", "để", "nhằm", "trong đó", "trong", "so với", "và", "với", "đối với", "tại", "đến năm",
    "đến hết", "vào năm", "trở lên", "phấn đấu", "đảm bảo", "bảo đảm", "góp phần", "đồng thời",
    "khi", "nếu", "nhưng", "do", "vì", "từ", "giai đoạn", "thời kỳ", "hoặc", "cùng với",
    "trên địa bàn", "trên cơ sở", "bằng", "thông qua", "nhất là", "đặc biệt là", "như", "trên",
    "dưới", "ở mức", "mức", "mỗi", "hằng", "hàng", "bình quân", "tương đương", "tương ứng",
]
# Nouns after a percentage that are its base, not what it measures: "đạt 106%
# kế hoạch", "bằng 95% dự toán", "95,5% dân số" — the measure is before.
PERCENT_BASES = [
    "kế hoạch", "dự toán", "dân số", "tổng số", "tổng", "chỉ tiêu", "mục tiêu", "cùng kỳ", "GRDP",
    "kế hoạch vốn", "kế hoạch năm", "so với", "so",
]
# Words that only qualify a figure stated just before ("Giá trị sản xuất … ước
# 3.115 tỷ đồng, lũy kế ước 29.520 tỷ đồng"): the measure is the one before.
FIGURE_QUALIFIERS = ["lũy kế", "luỹ kế", "cộng dồn", "cả năm", "cả kỳ", "lũy kế cả năm", "riêng", "trong đó",
                     "bình quân", "ước cả năm", "lũy kế từ đầu năm"]
# … and leftwards from the number: the words that open the clause the measure sits in.
BEFORE_STOPS = [
    "phấn đấu", "đảm bảo", "bảo đảm", "nhằm", "để", "phải", "đạt", "có", "là", "và", "với",
    "trong đó", "gồm", "bao gồm", "cần", "tiếp tục", "cụ thể", "như", "thì", "nhưng", "chỉ",
    "đã", "sẽ", "đang",
]
# Verbs and fillers trimmed off the right end of a phrase read leftwards:
# "giải ngân vốn đầu tư công đạt (từ 90%)", "nợ xấu (duy trì dưới mức 2%)".
BEFORE_TRIM = [
    "đạt", "đạt được", "ở mức", "ở", "mức", "là", "chiếm", "duy trì", "giữ", "còn", "đạt tỷ lệ",
    "bằng", "khoảng", "với", "có", "được", "đến", "lên", "tăng", "giảm", "tăng lên", "giảm xuống",
    "giảm còn", "tăng thêm", "xuống", "xuống còn", "ước đạt", "ước", "trên", "dưới",
    "gấp", "tăng gấp", "tăng lên gấp", "tương đương", "tương đương với", "dự kiến", "dự kiến đạt",
    "làm", "khiến", "gây", "làm cho",
]
# First words of a phrase that names a measure: "Số thuê bao internet băng rộng
# đạt 1.219,11 nghìn thuê bao", "Đàn gia súc đạt 1,2 triệu con" — the phrase,
# not the counted noun after the number, is the indicator.  ("Toàn tỉnh đạt
# 2 triệu cây" names a place: there the counted noun is.)
MEASURE_HEADS = [
    "số", "tổng số", "số lượng", "tổng", "lượng", "sản lượng", "giá trị", "kim ngạch", "doanh thu",
    "thu nhập", "diện tích", "công suất", "quy mô", "đàn", "tỷ lệ", "mức", "chỉ số", "dân số",
    "lực lượng", "tổng vốn", "vốn", "nguồn vốn", "thu", "chi", "tổng thu", "tổng chi", "năng suất",
    "lượt", "tổng lượt", "số lượt",
]
# Prepositions left at the start of a phrase whose period was cut away:
# "(đến năm 2025) thu nhập bình quân", "(trong năm 2024) số vụ tai nạn".
LEADING_PREPOSITIONS = ["đến", "tới", "từ", "trong", "vào", "sau", "trước", "đến hết", "tính đến", "cho"]

# Words that are never the unit of a number: after "2/9 và", "2020 có", the
# number counts nothing.
FUNCTION_WORDS = [
    "và", "của", "các", "những", "là", "có", "được", "theo", "trong", "với", "cho", "tại", "đến",
    "từ", "so", "trên", "dưới", "để", "nhằm", "đã", "sẽ", "đang", "thì", "mà", "hoặc", "hay", "cả",
    "mỗi", "này", "đó", "năm", "tháng", "ngày", "về", "vào", "ra", "lên", "xuống", "khi", "nếu",
    "tới", "sau", "trước", "bị", "do", "bởi", "vì", "nên", "thành", "như", "cùng", "đều",
]
