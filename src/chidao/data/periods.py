"""Vietnamese words of time, as data: periods, recurrences and deadline cues.

Read by :mod:`chidao.extract.grammar` (periods) and
:mod:`chidao.extract.deadlines` (cues).  Every entry is written the way it is
printed, with its tones.  Period words are matched toned or tone-folded
(``grammar.vi``); cue words with their tones, in either tone placement
(``grammar.vx``: "hoá" = "hóa", but "đã" ≠ "đa" and "từ" ≠ "tự"), in any case.

Sources: Bộ luật Dân sự 2015 Điều 146 ("đầu năm" = 1/1, "giữa năm" = 30/6,
"cuối năm" = 31/12; "đầu/giữa/cuối tháng" = day 1 / 15 / last day) and the
usage of chỉ thị, kế hoạch and báo cáo (../shared/reference/vn-standards.md §6).
"""

from __future__ import annotations

# ------------------------------------------------------------------ periods

# Roman and arabic quarter numbers: "quý III/2025" = "quý 3/2025".
QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Spans of months counted from one end of the year: (count, "đầu"|"cuối").
# "6 tháng đầu năm" = months 1..6; "6 tháng cuối năm" = 7..12; "9 tháng đầu
# năm" = 1..9.  Counts are also written as words ("sáu tháng đầu năm").
MONTH_COUNT_WORDS = {"ba": 3, "sáu": 6, "chín": 9, "mười": 10}
YEAR_ENDS = {"đầu": "first", "cuối": "last"}

# Other names of a stretch of the year -> (first month, last month).
NAMED_STRETCHES = {
    "nửa đầu năm": (1, 6),
    "nửa cuối năm": (7, 12),
    "6 tháng còn lại của năm": (7, 12),
    "sáu tháng còn lại của năm": (7, 12),
}

# Points of a period (BLDS 2015 Điều 146): which day of the period they name.
# "first" = the period's first day, "last" = its last day, 15 / (6, 30) = a
# fixed day of the month / of the year.
# "Kết thúc năm 2016, có tổng kết …" is the end of the year as "cuối năm" is.
POINTS_OF_YEAR = {"đầu": "first", "giữa": (6, 30), "cuối": "last", "hết": "last", "kết thúc": "last"}
POINTS_OF_MONTH = {"đầu": "first", "giữa": 15, "cuối": "last", "hết": "last", "kết thúc": "last"}
POINTS_OF_QUARTER = {"đầu": "first", "cuối": "last", "hết": "last", "kết thúc": "last"}

# A day or month printed without its year but with "năm" and a word: "ngày 10
# tháng 01 năm sau", "tháng 12 năm trước", "ngày 30 tháng 9 năm thực hiện kế
# hoạch".  The word says which year: the document's next one, its own, or a
# year named by an event (the plan's year, "năm trước" of a yearly cycle) that
# no date can be computed for.  Matched on the ASCII skeleton (OCR drops marks:
# "nam thực hiện").
YEAR_WORDS_NEXT = ["sau", "tới", "tiếp theo", "kế tiếp", "kế tiếp theo"]
YEAR_WORDS_THIS = ["nay", "này"]
YEAR_WORDS_PREV = ["trước", "liền trước", "ngoái", "trước đó"]

# ------------------------------------------------------------------ recurrence

# "hằng" and "hàng" are both in official use (NĐ 30/2020 writes "hàng năm").
RECURRENCE_PREFIXES = ["hằng", "hàng"]
RECURRENCE_UNITS = {
    "ngày": "daily",
    "tuần": "weekly",
    "tháng": "monthly",
    "quý": "quarterly",
    "năm": "yearly",
}
# "định kỳ 6 tháng", "định kỳ 3 tháng một lần", "6 tháng một lần".
RECURRENCE_BY_MONTHS = {1: "monthly", 3: "quarterly", 6: "half_yearly", 12: "yearly"}

# Heads of noun phrases whose "hằng năm" is an attribute of the thing, with a
# few words between: "kế hoạch thanh tra hàng năm" is the annual inspection
# plan, "chỉ tiêu được giao hằng năm" a yearly quota — not a duty repeated every
# year ("hằng quý báo cáo", "báo cáo định kỳ hằng tháng" are).
NOMINAL_HEADS_OF_RECURRENCE = [
    "kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "ngân sách", "kinh phí", "định mức",
    "chương trình công tác", "lễ hội", "nguồn vốn", "vốn", "quỹ",
]
# … and the words that end such a phrase: after them the recurrence is the duty's.
NOMINAL_PHRASE_BREAKS = ["và", "hoặc", "để", "rồi", "thì", "phải", "báo cáo", "gửi", "tổ chức"]

# Nouns that take "hằng năm" as an attribute rather than as a schedule of
# work: "kế hoạch hằng năm" is a kind of plan, "tăng bình quân hằng năm" a rate.
NOMINAL_BEFORE_RECURRENCE = [
    "kế hoạch", "dự toán", "ngân sách", "bình quân", "tăng trưởng", "thu nhập",
    "sản lượng", "doanh thu", "lễ hội", "sinh hoạt", "cuộc sống", "đời sống",
    "công việc", "chi phí", "tốc độ", "mức", "tính", "theo", "vụ", "mùa",
]

# ------------------------------------------------------------------ deadline cues

# Words that make the date after them a due date ("by").  Order does not
# matter: the code merges them into one pattern where the longest wins.
BY_DATE_CUES = [
    "trước ngày", "chậm nhất là ngày", "chậm nhất là vào ngày", "chậm nhất vào ngày",
    "chậm nhất ngày", "chậm nhất là", "chậm nhất", "muộn nhất là", "muộn nhất",
    "hạn chót là", "hạn chót", "hạn cuối", "thời hạn", "hạn", "đến hết ngày", "đến ngày",
    "trước hoặc trong ngày", "không muộn hơn ngày", "không muộn hơn", "xong trước ngày",
]
# "trong ngày 20/11/2025", "vào ngày 20/11/2025": the day itself.
ON_DATE_CUES = ["trong ngày", "vào ngày", "ngay trong ngày"]

# Words before a month, quarter or year that make it the window of a task.
WITHIN_CUES = ["trong", "ngay trong", "trong cả", "trong suốt", "vào"]
# Words before a period that make its last day the due date.
BY_END_CUES = ["đến hết", "hết", "chậm nhất", "chậm nhất là", "chậm nhất trong", "chậm nhất vào",
               "từ nay đến", "từ nay đến hết", "hạn", "thời hạn", "không muộn hơn", "không chậm hơn",
               "chậm nhất là trong", "muộn nhất", "muộn nhất là"]
# "đến tháng 6/2025" = by its end; but "đến năm 2030" is a horizon (the code
# tells the two apart by the kind of period).
UNTIL_CUES = ["đến", "tới"]
# "trước tháng 6/2025" = by the end of May.
BEFORE_CUES = ["trước"]
# "từ tháng 7/2025", "kể từ quý III/2025": a start, open-ended.
FROM_CUES = ["từ", "kể từ", "bắt đầu từ", "bắt đầu"]

# Words that, right before a period, say it is a horizon or a past span and
# not a due time: "ngay từ đầu năm", "giai đoạn 2021 - 2025", "so với cùng kỳ".
# ("sau khi kết thúc tháng 6/2025": what follows it, not its due time)
NOT_DUE_BEFORE = ["ngay từ", "giai đoạn", "thời kỳ", "tầm nhìn", "so với", "cùng kỳ", "của", "sau", "sau khi"]
# … or that make the period the subject of a review, not its window:
# "sơ kết 6 tháng đầu năm 2025", "báo cáo kết quả thực hiện 9 tháng đầu năm".
REVIEW_WORDS = ["tổng kết", "sơ kết", "đánh giá", "kiểm điểm", "báo cáo", "kết quả", "tình hình",
                "thực hiện", "số liệu", "kết quả thực hiện", "tình hình thực hiện"]

# Labels of a due time in tables and forms: "Thời hạn hoàn thành: 30/6/2025",
# "Hạn chót nộp hồ sơ: 17 giờ 00 ngày 30/6/2025", "Thời gian thực hiện: Quý III/2025".
LABEL_CUES = ["thời hạn", "hạn chót", "hạn cuối", "thời hạn hoàn thành", "thời gian hoàn thành", "thời gian",
              "thời gian thực hiện", "tiến độ hoàn thành", "tiến độ thực hiện", "hạn nộp", "hạn gửi"]

# Participles that make "trước ngày D" a cut-off describing things, not a due
# time: "nợ đọng phát sinh trước 01/7/2025", "văn bản ban hành trước ngày …".
# (Active "ban hành", "hoàn thành" before "trước ngày" are due times.)
# "Tính đến ngày 31/5/2025, toàn tỉnh có …" is the date figures are counted to.
# "chốt số liệu đến ngày 31/12" is the day the figures are closed (NĐ 09/2019
# cut-offs), not the day the report is due.
CUTOFF_VERBS = ["phát sinh", "xảy ra", "hình thành", "được ban hành", "được phê duyệt", "được cấp",
                "có hiệu lực", "được giao từ", "tồn đọng", "tính", "lũy kế", "chốt số liệu",
                "số liệu tính", "số liệu chốt"]

# Relative deadlines: "trong vòng 15 ngày", "trong thời hạn 30 ngày làm việc
# kể từ ngày nhận được", "chậm nhất 05 ngày sau khi".
RELATIVE_CUES = ["trong vòng", "trong thời hạn", "trong thời gian", "chậm nhất", "không quá",
                 "tối đa", "sau", "trong"]
DURATION_UNITS = {"ngày làm việc": "workday", "ngày": "day", "tuần": "week", "tháng": "month", "giờ": "hour"}
# What "kể từ ngày …" is counted from; those that are the document itself
# give a date when the document's date is known.
SELF_ANCHORS = ["ký", "ký ban hành", "ban hành", "ký quyết định", "ban hành quyết định",
                "ban hành kế hoạch", "ban hành chỉ thị", "ký kế hoạch"]
OTHER_ANCHORS = ["nhận được", "tiếp nhận", "có", "kết thúc", "hoàn thành", "phát hiện",
                 "xảy ra", "được giao", "nhận"]

# Cue words read on the ASCII skeleton of the text as well, for OCR'd scans
# that lose or garble marks ("Cham nhất", "chậm nhát", "Chậm nhat"): only
# phrases no other Vietnamese phrase folds into.
OCR_BY_CUES = ["chậm nhất", "chậm nhất là", "muộn nhất", "muộn nhất là", "hạn chót", "trước ngày",
               "đến hết ngày", "không muộn hơn"]
OCR_RELATIVE_CUES = ["chậm nhất", "chậm nhất là", "trong thời hạn", "trong thời hạn là", "trong vòng",
                     "muộn nhất"]
# Where the event a relative deadline counts from stops ("kể từ ngày Thủ trưởng
# Cơ quan Thuế ký Quyết định thanh tra, Trưởng đoàn …"): a comma, or the words
# that open the main clause.
ANCHOR_STOPS = ["thì", "phải", "để", "nhằm", "theo", "các", "những", "mà", "đồng thời", "có trách nhiệm"]

# A period right after a negated verb is the span of a prohibition, not a due
# time: "không tổ chức kiểm tra định kỳ trong năm 2020", "Chưa thực hiện điều
# chỉnh tăng giá trong Quý I".  ("không quá", "không muộn hơn" are cues, and
# "không gian", "hàng không", "không ngừng", "không chỉ" are not negations.)
NEGATIONS = ["không", "chưa", "không được", "chưa được", "không để", "chưa để", "cấm", "nghiêm cấm", "tạm dừng",
             "tạm ngừng", "tạm hoãn", "dừng", "ngừng"]
NOT_NEGATIONS_AFTER = ["quá", "muộn", "chậm", "ngừng", "chỉ", "những", "gian", "khí", "phận", "ảnh",
                       "dưới", "ít", "thấp", "vượt", "kể", "lâu", "phải"]
# … and one after a measure with a duration is how long the measure lasts:
# "miễn phí thị thực … đến hết năm 2020", "gia hạn nộp thuế đến hết tháng 9".
VALIDITY_WORDS = ["miễn", "miễn giảm", "gia hạn", "kéo dài", "giãn", "khoanh", "tạm dừng", "tạm ngừng",
                  "tạm hoãn", "hiệu lực"]
# Words between a past marker and a period that make the period the future
# purpose of the clause: "các doanh nghiệp đã được kiểm tra … để thực hiện
# thanh tra toàn diện trong năm 2016".
FUTURE_MARKERS = ["để", "nhằm", "sẽ", "phải", "cần", "yêu cầu", "đề nghị"]
# Words that make "từ ngày X" a duty that starts then even when the document
# is dated a little after X ("Kể từ ngày 01/7/2025, các cơ quan chỉ tiếp nhận hồ
# sơ trực tuyến"); without them a past "từ ngày X" says when something began.
DUTY_WORDS = ["chỉ", "áp dụng", "thực hiện", "triển khai", "tiếp nhận", "giao", "chịu trách nhiệm",
              "có trách nhiệm", "bắt buộc", "không được", "dừng", "chấm dứt"]
# … and the words that end a negated verb's reach before a period: "không để
# tồn đọng hồ sơ, đồng thời hoàn thành trong quý I".
SCOPE_BREAKS = ["nhưng", "đồng thời", "sau đó", "rồi", "song"]

# A due time is never the date a document takes effect ("có hiệu lực (thi
# hành) kể từ ngày ký").  Not "thi hành" alone: "tổ chức thi hành trước ngày …"
# is a due time.
EFFECT_WORDS = ["hiệu lực"]

# Words in the same clause that mark a stretch of time as already past when the
# document's own date is unknown ("Trong năm 2024, tỉnh đã ...").
# ("qua" alone is not one: "thông qua" is a verb.)
PAST_MARKERS = ["đã", "vừa qua", "thời gian qua", "năm qua", "tháng qua", "quý qua", "trước đó",
                "cùng kỳ"]
