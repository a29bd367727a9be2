"""The shared grammar of numbers, dates and periods, on phrases as documents print them."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.extract.grammar import (
    LazyPattern, Lookback, Prescanned, alternation, digit_runs, find_date_spans, find_dates, find_numbers,
    find_periods, find_year_spans, folded_hits, match_date_at, month_period, months_period, parse_date,
    parse_number, parse_numeral, parse_period, parse_range, prescan_words, quarter_period, roman_to_int,
    tone_key, vx, year_period, year_word_after,
)
from chidao.text import fold_tones

D = dt.date

# ------------------------------------------------------------------ numbers

NUMBERS = [
    ("10,5", 10.5),
    ("200.000", 200000.0),
    ("11.427", 11427.0),
    ("1.219,11", 1219.11),
    ("4,71", 4.71),
    ("02", 2.0),
    ("007", 7.0),
    ("2.231", 2231.0),
    ("1.000.000", 1000000.0),
    ("30,7", 30.7),
    ("3.5", 3.5),        # English style, as in "vành đai 3.5"
    ("hai", 2.0),
    ("mười", 10.0),
    ("mười lăm", 15.0),
    ("hai mươi", 20.0),
    ("hai mươi mốt", 21.0),
    ("ba trăm", 300.0),
    ("hai nghìn", 2000.0),
    ("62,15", 62.15),
    ("9.230,51", 9230.51),
    ("673.421", 673421.0),
    ("1,219.11", 1219.11),   # English grouping, as tables copied from other software print it
    ("abc", None),
    ("", None),
]


@pytest.mark.parametrize("token, value", NUMBERS)
def test_parse_number(token, value):
    assert parse_number(token) == value


# (phrase, [(form, numbers, matched text)])
QUANTITIES = [
    ("tăng trưởng tín dụng 13 - 14%", [("range", [13, 14], "13 - 14")]),
    ("tỷ lệ đô thị hóa 35-37%", [("range", [35, 37], "35-37")]),
    ("mở rộng 13–14 ha", [("range", [13, 14], "13–14")]),
    ("từ 13% - 14%", [("range", [13, 14], "13% - 14")]),
    ("thu hút từ 5 đến 7 dự án", [("range", [5, 7], "từ 5 đến 7")]),
    ("xây dựng 1 - 2 xã kiểu mẫu", [("range", [1, 2], "1 - 2")]),
    ("phát triển mới 550 - 600 doanh nghiệp", [("range", [550, 600], "550 - 600")]),
    ("có 67/85 xã đạt chuẩn", [("ratio", [67, 85], "67/85")]),
    ("đạt và vượt 19/20 chỉ tiêu", [("ratio", [19, 20], "19/20")]),
    ("trọng tải 200.000 tấn", [("single", [200000], "200.000")]),
    ("đạt 10,5%", [("single", [10.5], "10,5")]),
    # a span of years is not a range of values
    ("giai đoạn 2016 - 2020", [("single", [2016], "2016"), ("single", [2020], "2020")]),
    # a high end below the low end is no range
    ("mục 5 - 3", [("single", [5], "5"), ("single", [3], "3")]),
    # "5 đến 7" without "từ" is two numbers
    ("ngày 5 đến 7", [("single", [5], "5"), ("single", [7], "7")]),
    # a document number's digits and glued letters stay whole
    ("Tỉnh lộ 915B", [("single", [915], "915")]),
    # Vietnamese decimals are read whole, however the text around them runs
    ("đạt 62,15% kế hoạch năm 2016 bằng 107,73% cùng kỳ",
     [("single", [62.15], "62,15"), ("single", [2016], "2016"), ("single", [107.73], "107,73")]),
    ("là 9.230,51 tỷ đồng bằng 115,37%", [("single", [9230.51], "9.230,51"), ("single", [115.37], "115,37")]),
    ("bằng 66,08 % cùng kỳ", [("single", [66.08], "66,08")]),
    ("đạt 41,2 triệu cây xanh", [("single", [41.2], "41,2")]),
    ("từ 12,5% đến 14,5%", [("range", [12.5, 14.5], "từ 12,5% đến 14,5")]),
]


@pytest.mark.parametrize("phrase, expected", QUANTITIES)
def test_find_numbers(phrase, expected):
    got = [(n.form, n.numbers, phrase[n.start:n.end]) for n in find_numbers(phrase)]
    assert got == [(f, [float(x) for x in nums], t) for f, nums, t in expected]


def test_numerals_only_after_a_quantity_word():
    phrase = "mỗi đơn vị xây dựng ít nhất một đề án; một số xã, một cửa liên thông, hai cấp"
    got = [(n.value, phrase[n.start:n.end]) for n in find_numbers(phrase, numerals=True) if n.numeral]
    assert got == [(1.0, "một")]


def test_english_decimals_are_marked():
    n = next(find_numbers("đường vành đai 3.5 và công nghệ 4.0"))
    assert n.english and n.value == 3.5


def test_parse_range_and_numeral():
    assert parse_range("tăng 13 - 14%") == (13.0, 14.0)
    assert parse_range("đạt 14%") is None
    assert parse_numeral("mười hai") == 12.0
    assert parse_numeral("một số") is None


# ------------------------------------------------------------------ dates

DATES = [
    ("ngày 02 tháng 01 năm 2020", D(2020, 1, 2), True),
    ("ngày 02/5/2024", D(2024, 5, 2), True),
    ("02-5-2024", D(2024, 5, 2), True),
    ("02.5.2024", D(2024, 5, 2), True),
    ("ngày 13/12/ 2007", D(2007, 12, 13), True),
    ("ngày 04/2//2016", D(2016, 2, 4), True),
    ("Ngày 06 tháng 7, năm 2025", D(2025, 7, 6), True),
    ("NGÀY 15 THÁNG 12 NĂM 2025", D(2025, 12, 15), True),
    ("Hà Nội, ngày 26 tháng 0 6 năm 2018", D(2018, 6, 26), True),  # a PDF's letter spacing in a web copy
    ("ngày 20/01.", D(2025, 1, 20), False),           # year from the document
    ("ngày 20 tháng 01", D(2025, 1, 20), False),
]


@pytest.mark.parametrize("phrase, date, year_given", DATES)
def test_find_dates(phrase, date, year_given):
    got = list(find_dates(phrase, default_year=2025))
    assert [(m.date, m.year_given) for m in got] == [(date, year_given)]


@pytest.mark.parametrize("phrase", [
    "Nghị định số 10/2020/NĐ-CP",   # a document number
    "ban hành 2.231 đầu việc",       # thousands
    "đạt 19/20 chỉ tiêu",            # a ratio
    "kỷ niệm Quốc khánh 2/9",        # no "ngày": a holiday or a ratio, not a date
    "ngày 1 0 tháng 6 năm 2019",     # only a leading zero may stand apart
])
def test_not_dates(phrase):
    assert list(find_dates(phrase, default_year=2025)) == []


def test_dates_on_folded_text_and_impossible_days():
    assert parse_date(fold_tones("Trước Ngày 20 Tháng 01 Năm 2020")) == D(2020, 1, 20)
    assert [m.date for m in find_dates("ngày 30/02/2020")] == [None]


def test_match_date_at_after_a_cue():
    text = "chậm nhất 20/01, các đơn vị"
    m = match_date_at(text, len("chậm nhất"), default_year=2026)
    assert m.date == D(2026, 1, 20) and text[m.start:m.end] == "20/01"
    assert match_date_at("trước ngày 15/12/2025", len("trước")).date == D(2025, 12, 15)


def test_date_spans_keep_ratios_out():
    text = "ngày 20/01 và 19/20 xã; 20 tháng 01 năm 2020"
    assert [text[a:b] for a, b in find_date_spans(text)] == ["20/01", "20 tháng 01 năm 2020"]


# ------------------------------------------------------------------ periods

PERIODS = [
    ("trong tháng 01/2020", "month", D(2020, 1, 1), D(2020, 1, 31), "tháng 01/2020"),
    ("trong tháng 6 năm 2025", "month", D(2025, 6, 1), D(2025, 6, 30), "tháng 6 năm 2025"),
    ("trong tháng 2", "month", D(2024, 2, 1), D(2024, 2, 29), "tháng 2"),
    ("trong quý III/2025", "quarter", D(2025, 7, 1), D(2025, 9, 30), "quý III/2025"),
    ("trong quý 3 năm 2025", "quarter", D(2025, 7, 1), D(2025, 9, 30), "quý 3 năm 2025"),
    ("quý I năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), "quý I năm 2026"),
    ("Quý IV", "quarter", D(2024, 10, 1), D(2024, 12, 31), "Quý IV"),
    ("6 tháng đầu năm", "stretch", D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm"),
    ("06 tháng cuối năm 2016", "stretch", D(2016, 7, 1), D(2016, 12, 31), "06 tháng cuối năm 2016"),
    ("9 tháng đầu năm 2025", "stretch", D(2025, 1, 1), D(2025, 9, 30), "9 tháng đầu năm 2025"),
    ("SÁU THÁNG CUỐI NĂM", "stretch", D(2024, 7, 1), D(2024, 12, 31), "SÁU THÁNG CUỐI NĂM"),
    ("nửa cuối năm 2025", "stretch", D(2025, 7, 1), D(2025, 12, 31), "nửa cuối năm 2025"),
    ("6 tháng còn lại của năm", "stretch", D(2024, 7, 1), D(2024, 12, 31), "6 tháng còn lại của năm"),
    ("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), "năm 2025"),
    ("cuối năm 2009", "point", D(2009, 12, 31), D(2009, 12, 31), "cuối năm 2009"),
    ("hết năm 2025", "point", D(2025, 12, 31), D(2025, 12, 31), "hết năm 2025"),
    ("giữa năm", "point", D(2024, 6, 30), D(2024, 6, 30), "giữa năm"),
    ("đầu năm 2026", "point", D(2026, 1, 1), D(2026, 1, 1), "đầu năm 2026"),
    ("cuối tháng 6/2025", "point", D(2025, 6, 30), D(2025, 6, 30), "cuối tháng 6/2025"),
    ("giữa tháng 5", "point", D(2024, 5, 15), D(2024, 5, 15), "giữa tháng 5"),
    ("cuối quý III/2025", "point", D(2025, 9, 30), D(2025, 9, 30), "cuối quý III/2025"),
    ("Kết thúc năm 2016, có tổng kết", "point", D(2016, 12, 31), D(2016, 12, 31), "Kết thúc năm 2016"),
    ("kết thúc tháng 6/2025", "point", D(2025, 6, 30), D(2025, 6, 30), "kết thúc tháng 6/2025"),
]


@pytest.mark.parametrize("phrase, kind, first, last, text", PERIODS)
def test_find_periods(phrase, kind, first, last, text):
    got = list(find_periods(fold_tones(phrase), default_year=2024))
    assert [(p.kind, p.first, p.last, phrase[p.start:p.end]) for p in got] == [(kind, first, last, text)]


@pytest.mark.parametrize("phrase", [
    "giai đoạn 2016 - 2020",        # a span of years
    "năm học 2025-2026",
    "ngày 20 tháng 01 năm 2020",    # the month and year of a full date
    "tháng 13",                      # no such month
    "kết thúc năm học 2024 - 2025",  # a school year
])
def test_not_periods(phrase):
    assert list(find_periods(phrase, default_year=2024)) == []


# The words after "năm" when a day or month has no year: (text after the day, shift, words taken)
YEAR_WORDS = [
    (" năm sau.", 1, " năm sau"),
    (" năm tới, các sở", 1, " năm tới"),
    (" năm tiếp theo", 1, " năm tiếp theo"),
    (" năm nay, hoàn thành", 0, " năm nay"),
    (" năm trước, Lãnh đạo", None, " năm trước"),
    (" năm trước Thủ trưởng Cơ quan Thuế duyệt", None, " năm trước"),   # OCR lost the comma
    (" năm thực hiện kế hoạch, Thủ trưởng", None, " năm thực hiện kế hoạch"),
    (" nam thực hiện kế hoạch thanh tra, Lãnh đạo", None, " nam thực hiện kế hoạch thanh tra"),  # OCR "nam"
    (" năm kế hoạch thì phải", None, " năm kế hoạch"),
    (" năm liền trước năm kế hoạch", None, " năm liền trước"),
]


@pytest.mark.parametrize("text, shift, taken", YEAR_WORDS)
def test_year_words(text, shift, taken):
    y = year_word_after(text, 0)
    assert y is not None and (y.shift, text[y.start:y.end]) == (shift, taken)


@pytest.mark.parametrize("text", [" năm 2020", " năm Thủ trưởng", ", các sở", " năm\n2020", ""])
def test_not_year_words(text):
    assert year_word_after(text, 0) is None


def test_period_without_year_and_without_default():
    p = next(find_periods("trong quý II"))
    assert p.first is None and not p.year_given


def test_year_spans():
    text = "kế hoạch 5 năm giai đoạn 2021 - 2025 và nhiệm kỳ 2020–2025"
    got = [(text[p.start:p.end], p.first, p.last) for p in find_year_spans(text)]
    assert got == [("giai đoạn 2021 - 2025", D(2021, 1, 1), D(2025, 12, 31)),
                   ("nhiệm kỳ 2020–2025", D(2020, 1, 1), D(2025, 12, 31))]


def test_period_helpers():
    assert month_period(2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))
    assert quarter_period(2025, 4) == (D(2025, 10, 1), D(2025, 12, 31))
    assert months_period(2016, 7, 12) == (D(2016, 7, 1), D(2016, 12, 31))
    assert year_period(2025) == (D(2025, 1, 1), D(2025, 12, 31))
    assert [roman_to_int(x) for x in ("I", "ii", "III", "IV", "3", "V")] == [1, 2, 3, 4, 3, None]
    assert parse_period("hoàn thành trong quý 3/2025") == (D(2025, 7, 1), D(2025, 9, 30))


# ------------------------------------------------------------------ words


def test_exact_words_keep_tones_apart_but_not_tone_placement():
    import regex

    da = regex.compile(rf"(?<!\w){vx('đã')}(?!\w)", regex.I)
    assert da.search("tỉnh đã hoàn thành") and not da.search("tối đa 5%")
    hoa = regex.compile(vx("hóa đơn"), regex.I)
    assert hoa.search("HOÁ ĐƠN điện tử") and hoa.search("hóa đơn")
    assert tone_key("Quý") == "quý" and tone_key("Uỷ  ban") == "ủy ban" and tone_key("hoàn") == "hoàn"


# ------------------------------------------------------------------ the fast paths

# Passages with the near misses the fast paths must not change: a prescan of
# the tone-folded text, the runs of digits, the right-to-left look-back.
PASSAGES = [
    "6 tháng đầu năm 2016 và sáu tháng còn lại của năm; 115 tháng đầu năm",
    "quy định tại Nghị định số 10/2020/NĐ-CP ngày 20/01/2020; Quý III/2025, cuối quý 3, quý V",
    "THÁNG 6 NĂM 2025, thàng 7, trong nửa cuối năm 2025 và giữa tháng 5",
    "Sáu Tháng Đầu Năm 2024; nămX 2020, xnăm 2020, ngày 5 tháng 6, 13/12/ 2007",
    "Ngày 02-5-2024 giảm 13 - 14%, đạt 67/85 xã, từ 5 đến 7 dự án, 1.219,11 tỷ đồng, 4.0; 1,219.11",
    "giai đoạn 2021 - 2025, nhiệm kỳ 2020–2025, năm học 2025 -\t2026, 2016-2020, 12-2025, x2021-2022",
    "ít nhất một đề án, khoảng hai nghìn hộ, trên là ba xã, thêm\nmười lăm ngày, không dưới hai",
]


def test_tricky_periods():
    got = [(p.kind, PASSAGES[0][p.start:p.end], p.first, p.last) for p in find_periods(PASSAGES[0], default_year=2024)]
    assert got == [("stretch", "6 tháng đầu năm 2016", D(2016, 1, 1), D(2016, 6, 30)),
                   ("stretch", "sáu tháng còn lại của năm", D(2024, 7, 1), D(2024, 12, 31)),
                   ("point", "đầu năm", D(2024, 1, 1), D(2024, 1, 1))]
    # "quy định" is no quarter, "quý V" no quarter either
    assert [PASSAGES[1][p.start:p.end] for p in find_periods(PASSAGES[1])] == ["Quý III/2025", "cuối quý 3"]
    # in capitals; "thàng" (a wrong tone) is not "tháng"
    assert [PASSAGES[2][p.start:p.end] for p in find_periods(PASSAGES[2])] == [
        "THÁNG 6 NĂM 2025", "nửa cuối năm 2025", "giữa tháng 5"]


@pytest.mark.parametrize("text", PASSAGES)
def test_periods_read_the_same_with_the_folded_text(text):
    plain = list(find_periods(text, default_year=2024))
    assert list(find_periods(text, default_year=2024, folded=fold_tones(text))) == plain
    # a window of the text reads as the text does there
    assert list(find_periods(text, default_year=2024, pos=5, endpos=len(text) - 3, folded=fold_tones(text))) == \
        list(find_periods(text, default_year=2024, pos=5, endpos=len(text) - 3))


@pytest.mark.parametrize("text", PASSAGES)
def test_runs_of_digits_find_what_a_scan_finds(text):
    runs = digit_runs(text)
    assert list(find_numbers(text, numerals=True, runs=runs)) == list(find_numbers(text, numerals=True))
    assert list(find_numbers(text, 7, len(text) - 2, runs=runs)) == list(find_numbers(text, 7, len(text) - 2))
    assert list(find_date_spans(text, runs=runs)) == list(find_date_spans(text))
    assert list(find_numbers(text, numerals=True, folded=fold_tones(text))) == list(find_numbers(text, numerals=True))


@pytest.mark.parametrize("text", PASSAGES)
def test_numbers_left_out_are_the_ones_refused(text):
    def keep(a, b):
        return (a + b) % 3 != 0

    assert list(find_numbers(text, numerals=True, keep=keep)) == [
        n for n in find_numbers(text, numerals=True) if keep(n.start, n.end)]


def test_runs_of_digits():
    assert digit_runs("số 01/2020, 5 xã") == [(3, 5), (6, 10), (12, 13)]
    assert digit_runs("không có số") == []


@pytest.mark.parametrize("text", PASSAGES)
def test_year_spans_find_what_a_scan_finds(text):
    import regex

    # every span of years has its dash after four digits: found from the dashes
    scan = regex.compile(r"(?=[12])(?<![\d.,/])(?:19|20)\d\d[ \t]*[-–—‐‑−][ \t]*(?:19|20)\d\d(?![\d/])")
    assert [(p.first.year, p.last.year) for p in find_year_spans(text)] == [
        (int(m.group()[:4]), int(m.group()[-4:])) for m in scan.finditer(text)
        if int(m.group()[:4]) <= int(m.group()[-4:])]


def test_prescanned_finds_what_the_pattern_finds():
    import regex

    phrases = ["không", "chưa được", "tạm dừng", "đã"]
    pattern = rf"(?<!\w){alternation(phrases, exact=True)}(?!\w)"
    plain = regex.compile(pattern, regex.I)
    fast = Prescanned(pattern, phrases, regex.I)
    text = "Không tổ chức; CHƯA ĐƯỢC làm, tạm\ndừng, đã xong, tối đa, khôngkhí, chưa được"
    assert [m.span() for m in fast.finditer(text, fold_tones(text))] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in fast.finditer(text, None, 3, 40)] == [m.span() for m in plain.finditer(text, 3, 40)]
    assert fast.search(text, fold_tones(text), 20).span() == plain.search(text, 20).span()
    assert prescan_words(["chưa được", "chưa", "tạm dừng", "Đã"]) == ["chưa", "tam", "đa"]
    assert folded_hits("ſau khi đa", ["sau", "đa"]) == [0, 8]


@pytest.mark.parametrize("phrases, pattern", [
    (["trên", "dưới", "trên dưới", "không quá"], r"(?<![\w])(?:{alt})\s+$"),
    (["ban hành", "hoàn thành", "thành lập"], r"(?<![\w]){alt}(?:\s+được)?\s*(?::\s*)?$"),
    (["và"], r"(?<![\w]){alt}$"),
])
def test_lookback_finds_what_a_forward_search_finds(phrases, pattern):
    import regex

    text = "đạt trên dưới 50%, không quá 3 ngày; đã ban hành được: 12 văn bản và\n5 hoàn thành\n và"
    pat = pattern.format(alt=alternation(phrases, exact=True))
    fast, plain = Lookback(pat, regex.I), regex.compile(pat, regex.I)
    # (told which words every match holds, it passes over windows without them)
    told, folded = Lookback(pat, regex.I, needs=phrases), fold_tones(text)
    for end in range(len(text) + 1):
        for start in (0, max(0, end - 12)):
            got, want = fast.search(text, start, end), plain.search(text, start, end)
            assert (got and got.span()) == (want and want.span()), (start, end)
            assert fast.found(text, start, end) == (want is not None), (start, end)
            got = told.search(text, start, end, folded)
            assert (got and got.span()) == (want and want.span()), (start, end)


def test_long_s_is_read_as_s():
    # regex's IGNORECASE takes "ſ" for "s"; the prescans must not pass it over
    import regex

    pattern = rf"(?<![\w]){alternation(['sau', 'số'], exact=True)}\s+$"
    text = "ſau 5, ſố 7"
    plain, told = regex.compile(pattern, regex.I), Lookback(pattern, regex.I, needs=["sau", "số"])
    for end in (4, 10):
        assert told.search(text, 0, end, fold_tones(text)).span() == plain.search(text, 0, end).span()
    scan = Prescanned(rf"(?<![\w]){alternation(['sau', 'số'], exact=True)}", ["sau", "số"], regex.I)
    assert [m.span() for m in scan.finditer(text, fold_tones(text))] == [(0, 3), (7, 9)]


def test_patterns_compiled_on_first_use():
    import regex

    from chidao.extract import grammar

    lazy = LazyPattern(r"\d+", regex.I)
    assert lazy.search("số 12").group() == "12" and lazy.pattern == r"\d+"
    assert isinstance(grammar.NUMERAL_RE, regex.Pattern) and grammar.NUMERAL_RE.match("hai xã")


@pytest.mark.parametrize("text, span", [
    ("ſáu tháng đầu năm 2024", (D(2024, 1, 1), D(2024, 6, 30))),
    ("CUỐİ năm 2025", (D(2025, 12, 31), D(2025, 12, 31))),
    ("quý ıı/2024", (D(2024, 4, 1), D(2024, 6, 30))),
])
def test_period_words_in_odd_letters_are_read(text, span):
    # regex's IGNORECASE matches "ſ", "İ" and "ı" where the words have "s" and "i":
    # the period is read as if they were those letters, not dropped with a KeyError.
    assert parse_period(text) == span


def test_odd_letters_in_a_period_do_not_fail_an_extractor():
    import chidao

    doc = chidao.parse("Phấn đấu ſáu tháng đầu năm 2024 tăng trưởng tín dụng 10%.")
    assert not [w for w in doc.warnings if "extractor" in w and "failed" in w]
    assert [(d.start, d.end) for d in doc.deadlines] == [("2024-01-01", "2024-06-30")]


# Edges the quick checks before a pattern must agree with the pattern on: odd
# white space (\x1c is white space to Python, not to ``regex``), letters ``regex``
# takes for others with IGNORECASE, wrong tones, a mark after a word.
EDGES = [
    "ngày 20/01, ngày 20 - 01 - 2020, 20 tháng 01 năm 2020, 20\x1c/01, 20 /\x1c01, 5 tháng\x1c6, 5\x1ctháng 6",
    "1. Nội dung; 2-3 ngày; 10 tỷ; 6 tháng đầu năm; 3 THÁNG 4; 7 tHáng 8; 9 tĥáng 2; 30/02/2021; 31.12.2020",
    "nắm 2020, năm 2020, năm\u00a02021, năm\x1c2022, năm_2023, năm\u0301 2024, NĂM 2025, quý İİ/2024, quý ıı/2024",
    "tháng 6/2025, tháng\t7, tháng, hằng tháng, quỹ 2020, quy 3, quý 3 năm 2025, Tháng 12, tháng 1ngày",
]


@pytest.mark.parametrize("text", EDGES)
def test_quick_checks_agree_with_the_patterns(text):
    from chidao.extract import grammar

    runs = digit_runs(text)
    assert list(find_date_spans(text, runs=runs)) == list(find_date_spans(text))
    assert list(find_date_spans(fold_tones(text), runs=runs)) == list(find_date_spans(fold_tones(text)))
    assert list(find_numbers(text, runs=runs)) == list(find_numbers(text))
    # periods are found where a scan of the whole pattern finds them
    for source in (text, fold_tones(text)):
        scan = [m.span() for m in grammar._PERIOD_RE.finditer(source) if grammar._period_of(m, None) is not None]
        assert [(p.start, p.end) for p in find_periods(source)] == scan
        assert [(p.start, p.end) for p in find_periods(source, folded=fold_tones(text))] == scan


@pytest.mark.parametrize("text", [
    "giảm trên dưới  ", "mức dưới ", "xdưới ", "tăng trên dưới\n", "dưới \n\n", "trên  dưới ", "Trên Dưới ",
    "dưới", "trên dưới x ", "(dưới) ",
])
def test_search_phrase_last_agrees_with_search(text):
    import regex

    from chidao.extract.grammar import WB, Lookback, alternation
    rx = Lookback(rf"{WB}{alternation(['dưới', 'trên dưới', 'trên'], group='w', exact=True)}\s+$", regex.IGNORECASE)
    for pos in range(len(text)):
        want, got = rx.search(text, pos, len(text)), rx.search_phrase_last(text, pos, len(text))
        assert (want and (want.span(), want.group("w"))) == (got and (got.span(), got.group("w")))


def test_a_digit_newer_than_pythons_unicode_is_no_crash():
    # "\U000116d5" is a digit to ``regex`` (a newer Unicode) and not to float(): found by fuzzing.
    import chidao

    assert [n.value for n in find_numbers("tăng 12 và \U000116d5 lần")][:1] == [12.0]
    assert chidao.parse("Chỉ tiêu \U000116d5 xã").targets is not None
