"""Deadlines read from short passages written the way chỉ thị, kế hoạch and báo cáo write them."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.extract.deadlines import find_deadlines
from chidao.pipeline import read

D = dt.date


def deadlines(text: str, ref: dt.date | None = None):
    ctx = read(text, reference_date=ref)
    found = find_deadlines(ctx)
    for d in found:  # the contract: spans index the text
        assert ctx.text[d.span[0]:d.span[1]] == d.text
    return found


def value(d) -> tuple:
    """A deadline as (kind, value): a date, a (start, end) pair, or a recurrence."""
    if d.recurrence:
        return (d.kind, d.recurrence)
    if d.date:
        return (d.kind, d.date)
    if d.start or d.end:
        return (d.kind, d.start, d.end)
    return (d.kind,)


# (passage, reference date, expected values in order)
CASES = [
    # ---- by: a cue word and a day
    ("Các sở, ngành gửi báo cáo về Sở Nội vụ trước ngày 15/12/2024 để tổng hợp.", None,
     [("by", "2024-12-15")]),
    ("Sở Tài chính chủ trì, trình UBND tỉnh chậm nhất là ngày 30 tháng 9 năm 2025.", None,
     [("by", "2025-09-30")]),
    ("Chậm nhất ngày 20/01/2026, các đơn vị gửi kế hoạch về Văn phòng UBND tỉnh.", None,
     [("by", "2026-01-20")]),
    ("Hạn chót nộp hồ sơ: 17 giờ 00 ngày 30/6/2025.", D(2025, 6, 1), [("by", "2025-06-30")]),
    ("Thời hạn hoàn thành: 31/12/2025.", D(2025, 3, 1), [("by", "2025-12-31")]),
    ("Báo cáo kết quả về Sở Y tế trước ngày 05/9.", D(2025, 7, 20), [("by", "2025-09-05")]),
    ("Gửi báo cáo năm trước ngày 10 tháng 01 năm sau.", D(2025, 3, 1), [("by", "2026-01-10")]),
    ("UBND các huyện hoàn thành dứt điểm trước 30/6/2025 các hồ sơ còn tồn đọng.", D(2025, 1, 5),
     [("by", "2025-06-30")]),
    # ---- by: the day a period names
    ("Phấn đấu đến hết năm 2025, 100% hồ sơ được số hóa.", D(2025, 3, 1), [("by", "2025-12-31")]),
    ("Phấn đấu cuối năm 2026 hoàn thành di dời các cơ sở gây ô nhiễm.", D(2025, 3, 1),
     [("by", "2026-12-31")]),
    ("Trình HĐND tỉnh tại kỳ họp giữa năm 2026.", D(2025, 9, 1), [("by", "2026-06-30")]),
    ("Tổ chức Hội nghị tổng kết vào cuối tháng 12/2025.", D(2025, 3, 1), [("by", "2025-12-31")]),
    ("Hoàn thành việc cấp giấy chứng nhận trước tháng 6/2025.", D(2025, 1, 5), [("by", "2025-05-31")]),
    ("Hoàn thành việc rà soát đến hết tháng 8/2025.", D(2025, 3, 1), [("by", "2025-08-31")]),
    # ---- on
    ("Tổ chức lễ kỷ niệm vào ngày 03/02/2026 tại Hội trường tỉnh.", D(2025, 12, 1), [("on", "2026-02-03")]),
    # ---- within
    ("Hoàn thành việc rà soát trong tháng 8/2025.", D(2025, 3, 1), [("within", "2025-08-01", "2025-08-31")]),
    ("Phấn đấu hoàn thành trong quý IV/2025.", D(2025, 7, 1), [("within", "2025-10-01", "2025-12-31")]),
    ("Trình Thủ tướng Chính phủ trong quý I năm 2026.", D(2025, 7, 1),
     [("within", "2026-01-01", "2026-03-31")]),
    ("Phấn đấu giải ngân 60% kế hoạch vốn trong 9 tháng đầu năm.", D(2025, 3, 1),
     [("within", "2025-01-01", "2025-09-30")]),
    ("Tập trung chỉ đạo các nhiệm vụ trọng tâm 6 tháng cuối năm 2025.", D(2025, 7, 10),
     [("within", "2025-07-01", "2025-12-31")]),
    ("Bảo đảm hoàn thành xây dựng nhà đại đoàn kết trong năm 2025.", D(2025, 2, 1),
     [("within", "2025-01-01", "2025-12-31")]),
    ("Hoàn thành, đưa vào sử dụng trong năm nay.", D(2025, 1, 5), [("within", "2025-01-01", "2025-12-31")]),
    ("Thời gian thực hiện: từ ngày 01/10/2025 đến ngày 31/10/2025.", D(2025, 9, 20),
     [("within", "2025-10-01", "2025-10-31")]),
    ("Thời gian thực hiện: Quý III/2025.", D(2025, 5, 1), [("within", "2025-07-01", "2025-09-30")]),
    # ---- from
    ("Áp dụng thống nhất trên địa bàn tỉnh từ tháng 7/2025.", D(2025, 6, 10), [("from", "2025-07-01", None)]),
    ("Kể từ ngày 01/01/2026, các cơ quan chỉ tiếp nhận hồ sơ trực tuyến.", D(2025, 12, 1),
     [("from", "2026-01-01", None)]),
    # ---- recurring
    ("Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh kết quả thực hiện.", None,
     [("recurring", "half_yearly"), ("recurring", "yearly")]),
    ("Các đơn vị tổ chức kiểm tra hằng tuần, báo cáo hàng quý.", None,
     [("recurring", "weekly"), ("recurring", "quarterly")]),
    ("Hàng tháng, Sở Công Thương tổng hợp tình hình giá cả thị trường.", None, [("recurring", "monthly")]),
    ("Cập nhật số liệu lên hệ thống hằng ngày.", None, [("recurring", "daily")]),
    ("Báo cáo kết quả thực hiện Chỉ thị định kỳ 03 tháng một lần.", None, [("recurring", "quarterly")]),
    ("Các đơn vị báo cáo kết quả trước ngày 20 hằng tháng.", None, [("recurring", "monthly")]),
    ("Báo cáo định kỳ trước ngày 15 của tháng cuối quý gửi Sở Kế hoạch và Đầu tư.", None,
     [("recurring", "quarterly")]),
    ("Hằng quý báo cáo, gửi Văn phòng UBND tỉnh trước ngày 10 tháng cuối\nquý để tổng hợp.", None,
     [("recurring", "quarterly"), ("recurring", "quarterly")]),
    ("Tổng hợp, báo cáo UBND tỉnh trước ngày 25/11 hằng năm.", D(2023, 3, 1),
     [("by", "2023-11-25"), ("recurring", "yearly")]),
    # A quy chế signed in October: this year's 05/7 has passed, but the series
    # is dated from the document's year all the same
    ("Sở Lao động - Thương binh và Xã hội tổng hợp dự toán, báo cáo Bộ trước ngày 05 tháng 7 hàng năm.",
     D(2012, 10, 23), [("by", "2012-07-05"), ("recurring", "yearly")]),
    # ---- relative
    ("Trong thời hạn 15 ngày kể từ ngày ký Quyết định này, các sở phải ban hành kế hoạch.", D(2024, 3, 4),
     [("relative", "2024-03-19")]),
    ("Trong vòng 10 ngày làm việc kể từ ngày ký, các huyện báo cáo.", D(2024, 3, 1),
     [("relative", "2024-03-15")]),
    ("Trong vòng 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan có thẩm quyền giải quyết.", None,
     [("relative",)]),
    ("Chậm nhất 05 ngày làm việc trước ngày tổ chức hội nghị, gửi tài liệu về Văn phòng.", None,
     [("relative",)]),
    # ---- a negated verb scopes a period but does not make it the duty's; a duty after it does
    ("Các đơn vị chưa hoàn thành phải hoàn thành trong quý I/2025.", D(2025, 1, 5),
     [("within", "2025-01-01", "2025-03-31")]),
    ("Phát triển ngành hàng không trong năm 2025 theo quy hoạch.", D(2025, 1, 5),
     [("within", "2025-01-01", "2025-12-31")]),
    # ---- a measure's duration vs. the duty to propose it
    ("Đề xuất gia hạn nộp thuế đến hết tháng 12/2021, báo cáo Chính phủ trong tháng 7/2021.", D(2021, 6, 1),
     [("within", "2021-07-01", "2021-07-31")]),
    # ---- "đã" in a relative clause; the main verb is a duty
    ("Các Cục Thuế lựa chọn các doanh nghiệp đã được kiểm tra trước khi hoàn thuế để thực hiện thanh tra "
     "toàn diện trong năm 2016.", None, [("within", "2016-01-01", "2016-12-31")]),
    ("Các hồ sơ đã tiếp nhận phải được giải quyết trong tháng 10/2024.", None,
     [("within", "2024-10-01", "2024-10-31")]),
    # ---- the end of a year
    ("10/ Kết thúc năm 2016, có tổng kết công tác thanh tra, kiểm tra trên địa bàn.", None, [("by", "2016-12-31")]),
    # ---- a day whose year is an event's: relative, never dated with the document's year
    ("Chậm nhất đến ngày 20 tháng 12 năm trước, Lãnh đạo bộ phận thanh tra trình duyệt kế hoạch.", D(2009, 5, 5),
     [("relative",)]),
    ("- Chậm nhất là ngày 30 tháng 9 năm thực hiện kế hoạch, Thủ trưởng Cơ quan Thuế duyệt xong.", D(2009, 5, 5),
     [("relative",)]),
    ("Từ ngày 15 tháng 9 đến ngày 20 tháng 9 năm thực hiện kế hoạch thanh tra, rà soát danh sách.", D(2009, 5, 5),
     [("relative",)]),
    ("Trong tháng 12 năm trước năm kế hoạch, Sở Tài chính trình UBND tỉnh.", D(2024, 5, 1), [("relative",)]),
    ("Các đơn vị hoàn thành trong quý I năm sau.", D(2024, 5, 1), [("within", "2025-01-01", "2025-03-31")]),
    ("Trước ngày 20 tháng 9 năm nay, các huyện hoàn thành rà soát.", D(2024, 5, 1), [("by", "2024-09-20")]),
    # ---- OCR'd cue words
    ("Cham nhát ngày 15/11/2024, các đơn vị gửi báo cáo.", None, [("by", "2024-11-15")]),
    ("Chậm nhat là ngày 30 tháng 11 năm 2024 gửi về Sở Tài chính.", None, [("by", "2024-11-30")]),
    ("chậm nhát là 15 ngày làm việc, kể từ ngày ký Quyết định thanh tra, Trưởng đoàn phải báo cáo.", None,
     [("relative",)]),
    ("Trong thời hạn 05 ngày làm vệc trước khi hết thời hạn thanh tra, Trưởng đoàn báo cáo.", None,
     [("relative",)]),
    # ---- more ways of writing a day
    ("Gửi báo cáo về Sở Nội vụ trước 17h00 ngày 20/5/2025.", D(2025, 3, 1), [("by", "2025-05-20")]),
    ("Thời gian: tháng 10/2025.", D(2025, 3, 1), [("within", "2025-10-01", "2025-10-31")]),
    ("Định kỳ hằng tháng báo cáo kết quả về Sở Công Thương.", None, [("recurring", "monthly")]),
    ("Hoàn thành việc số hóa hồ sơ không muộn hơn tháng 6/2025.", D(2025, 1, 5), [("by", "2025-06-30")]),
    # ---- an effective date in brackets ends with its bracket
    ("Chuẩn bị triển khai Luật Đất đai (có hiệu lực từ ngày 01/8/2024) và báo cáo trong tháng 7/2024.",
     D(2024, 6, 1), [("within", "2024-07-01", "2024-07-31")]),
    # ---- a data cut-off is not the due day
    ("Riêng báo cáo tháng 12, chốt số liệu đến ngày 31/12 và gửi về Bộ trước ngày 05/01 năm sau.",
     D(2010, 6, 28), [("by", "2011-01-05")]),
]


@pytest.mark.parametrize("text, ref, expected", CASES)
def test_deadlines(text, ref, expected):
    assert [value(d) for d in deadlines(text, ref)] == [tuple(e) for e in expected]


NOT_DEADLINES = [
    ("Quyết định này có hiệu lực kể từ ngày ký.", None),
    ("Quyết định này có hiệu lực thi hành kể từ ngày 01/01/2025.", D(2024, 12, 20)),
    ("Mục tiêu đến năm 2030, tầm nhìn đến năm 2050 tỉnh trở thành tỉnh khá của cả nước.", D(2024, 5, 2)),
    ("Thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025.", D(2024, 5, 2)),
    ("Căn cứ Nghị quyết số 01/NQ-CP ngày 08/01/2024 của Chính phủ.", D(2024, 5, 2)),
    ("Xếp loại thi đua khen thưởng cuối năm cho các cơ quan, đơn vị.", D(2025, 3, 1)),
    ("Ngay từ đầu năm, các ngành đã triển khai quyết liệt các nhiệm vụ.", D(2025, 3, 1)),
    ("Trong năm 2024, tỉnh đã giải ngân 95% kế hoạch vốn.", D(2025, 1, 5)),
    ("Trong năm 2024, tỉnh đã giải ngân 95% kế hoạch vốn.", None),  # no date: "đã" tells
    ("Xây dựng kế hoạch hằng năm và kế hoạch 5 năm về phát triển nguồn nhân lực.", None),
    ("Tốc độ tăng trưởng bình quân hàng năm đạt 7%.", None),
    ("Kim ngạch xuất khẩu các mặt hàng năm 2024 tăng 12%.", None),
    ("Báo cáo Chủ tịch UBND tỉnh tại phiên họp tháng 01/2020.", D(2020, 1, 2)),
    ("Ngày 15/3/2025, UBND tỉnh đã tổ chức Hội nghị triển khai.", None),
    ("Bố trí kinh phí xử lý dứt điểm nợ đọng phát sinh trước 01/7/2025.", None),
    ("Tính đến ngày 31/5/2025, toàn tỉnh có 1.200 doanh nghiệp.", None),
    ("Chuẩn bị tốt nhất cho Lễ khai giảng năm học mới 2025-2026.", D(2025, 7, 6)),
    ("Sơ kết 6 tháng đầu năm 2025 và đánh giá 9 tháng đầu năm.", D(2025, 5, 1)),
    ("Tổ chức tập huấn trong 3 ngày cho cán bộ cấp xã.", None),
    ("Ban hành kèm theo Quyết định số 1131/QĐ-UBND ngày 15 tháng 5 năm 2025.", D(2025, 5, 20)),
    # ---- the span of a prohibition or of a measure, an effective date in brackets,
    # a plan "hằng năm" (an attribute), a period in a clause that reports, a school year
    ("Chỉ đạo cơ quan thuế xem xét không tổ chức kiểm tra định kỳ trong năm 2020 đối với các doanh nghiệp.", None),
    ("Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020 đối với các mặt hàng thiết yếu.", None),
    ("Nghiêm cấm tổ chức lễ hội trong tháng 02/2021.", D(2021, 1, 20)),
    ("Không để xảy ra tình trạng thiếu hàng trong quý I/2024.", D(2024, 1, 5)),
    ("Đề xuất việc miễn phí thị thực đối với khách du lịch theo chương trình trọn gói đến hết năm 2020.", None),
    ("Kéo dài thời gian hỗ trợ lãi suất đến hết năm 2023.", D(2022, 6, 1)),
    ("Chủ động xuất khẩu sang EU sau khi Hiệp định EVFTA có hiệu lực (từ giữa năm 2020).", None),
    ("Định hướng xây dựng kế hoạch thanh tra hàng năm của Cơ quan Thuế cấp trên.", None),
    ("Giao chỉ tiêu thu ngân sách hằng năm cho các huyện.", None),
    ("Trong quý III/2024, tỉnh đã khởi công 5 dự án trọng điểm.", None),
    ("Kết thúc năm học 2024 - 2025, các trường tổ chức tổng kết.", None),
    ("Sau khi kết thúc tháng 6/2025, các đơn vị báo cáo.", D(2025, 1, 5)),
]


@pytest.mark.parametrize("text, ref", NOT_DEADLINES)
def test_not_deadlines(text, ref):
    assert [d.text for d in deadlines(text, ref)] == []


def test_a_report_does_not_take_its_own_period_as_due():
    text = (
        "BÁO CÁO\n"
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 và phương hướng 6 tháng cuối năm 2024\n\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Trong 6 tháng đầu năm, toàn tỉnh đã cấp 1.200 giấy chứng nhận.\n"
        "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
        "1. Hoàn thành việc cấp giấy chứng nhận trong quý III/2024.\n"
    )
    got = {value(d) for d in deadlines(text)}
    assert got == {("within", "2024-07-01", "2024-12-31"), ("within", "2024-07-01", "2024-09-30")}


def test_table_of_tasks_due_column():
    text = (
        "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\n\n"
        "I. NHIỆM VỤ CỤ THỂ\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng Đề án phát triển du lịch | Sở Văn hóa, Thể thao và Du lịch | Các sở | Quý III/2025 |\n"
        "| 2 | Rà soát quy hoạch | Sở Xây dựng | UBND cấp huyện | Tháng 9/2025 |\n"
        "| 3 | Tổng kết thực hiện | Sở Nội vụ | | Năm 2025 |\n"
        "| 4 | Báo cáo kết quả | Văn phòng UBND tỉnh | | 30/11/2025 |\n"
        "| 5 | Kiểm tra, đôn đốc | Thanh tra tỉnh | | Thường xuyên |\n"
    )
    got = [(value(d), d.text) for d in deadlines(text, D(2025, 3, 1))]
    assert got == [
        (("within", "2025-07-01", "2025-09-30"), "Quý III/2025"),
        (("within", "2025-09-01", "2025-09-30"), "Tháng 9/2025"),
        (("within", "2025-01-01", "2025-12-31"), "Năm 2025"),
        (("by", "2025-11-30"), "30/11/2025"),
    ]


def test_missing_year_comes_from_the_year_hint_when_undated():
    text = "CHỈ THỊ\nVề các nhiệm vụ trọng tâm năm 2009\n\nI. NHIỆM VỤ\n1. Chậm nhất ngày 15/11, báo cáo kết quả."
    assert [value(d) for d in deadlines(text)] == [("by", "2009-11-15")]


def test_spans_and_nodes():
    text = "I. NHIỆM VỤ\n1. Sở Tài chính trình UBND tỉnh trước ngày 20 tháng 01 năm 2020.\n"
    d = deadlines(text, D(2020, 1, 2))[0]
    assert d.text == "trước ngày 20 tháng 01 năm 2020"


def test_a_cong_van_from_header_to_signature():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 1520/UBND-TH\nV/v báo cáo số lượng cán bộ, công chức\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Tre, ngày 25 tháng 3 năm 2025\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
        "Thực hiện Công văn số 1234/BNV-CCVC ngày 15/3/2025 của Bộ Nội vụ về việc báo cáo số lượng cán bộ, "
        "công chức, UBND tỉnh đề nghị các sở, ngành:\n"
        "1. Rà soát, tổng hợp số liệu (tính đến ngày 31/3/2025) gửi về Sở Nội vụ trước ngày 10/4/2025.\n"
        "2. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/4/2025.\n"
        "3. Từ năm 2025, định kỳ hằng năm các đơn vị cập nhật số liệu trước ngày 31/12.\n"
        "Đề nghị các cơ quan, đơn vị khẩn trương thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
    )
    assert [value(d) for d in deadlines(text)] == [
        ("by", "2025-04-10"), ("by", "2025-04-15"), ("recurring", "yearly"), ("by", "2025-12-31")]


def test_party_style_dates():
    text = "Các cấp ủy báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15-12-2025."
    assert [value(d) for d in deadlines(text)] == [("by", "2025-12-15")]


def test_relative_deadlines_keep_their_events_apart():
    text = ("3. Chậm nhất là 03 ngày làm việc, kể từ ngày Thủ trưởng Cơ quan Thuế ký Quyết định thanh tra, "
            "Trưởng đoàn thanh tra giao nhiệm vụ.\n"
            "4. Chậm nhất là 03 ngày làm việc, kể từ ngày Thủ trưởng Cơ quan Thuế duyệt kế hoạch thanh tra, "
            "Trưởng đoàn nhập dữ liệu.\n")
    got = [d.text for d in deadlines(text)]
    assert got == [
        "Chậm nhất là 03 ngày làm việc, kể từ ngày Thủ trưởng Cơ quan Thuế ký Quyết định thanh tra",
        "Chậm nhất là 03 ngày làm việc, kể từ ngày Thủ trưởng Cơ quan Thuế duyệt kế hoạch thanh tra",
    ]


def test_a_plan_years_days_are_not_the_documents():
    # a procedure's yearly cycle: no date follows from the document's own year
    text = ("Bước 3. Trình, duyệt kế hoạch thanh tra năm.\n"
            "1. Chậm nhất đến ngày 20 tháng 12 năm trước, Lãnh đạo bộ phận thanh tra phải trình duyệt.\n"
            "2. Cham nhát đến ngày 30 tháng 12 năm trước Thủ trưởng Cơ quan Thuế duyệt xong kế hoạch.\n")
    got = deadlines(text, D(2009, 5, 5))
    assert [(d.kind, d.date, d.text) for d in got] == [
        ("relative", None, "Chậm nhất đến ngày 20 tháng 12 năm trước"),
        ("relative", None, "Cham nhát đến ngày 30 tháng 12 năm trước"),
    ]


def test_an_anchor_runs_over_its_numbers():
    (d,) = deadlines("Thời gian gửi báo cáo chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính.")
    assert (d.kind, d.text) == ("relative", "chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính")


# ---- year headings, hours, past starts, month ranges, a day without its year
MORE_CASES = [
    ("Năm 2018: hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập.", D(2017, 12, 1),
     [("within", "2018-01-01", "2018-12-31")]),
    ("- Năm 2019: 100% xã có nhà văn hóa đạt chuẩn.", D(2017, 12, 1),
     [("within", "2019-01-01", "2019-12-31")]),
    ("Năm 2016 là năm đầu thực hiện Nghị quyết Đại hội.", D(2016, 3, 1), []),
    ("Trong năm 2016 - 2020: tập trung phát triển hạ tầng.", D(2016, 3, 1), []),
    ("Báo cáo nhanh về Ban Chỉ huy trong vòng 24 giờ kể từ khi xảy ra sự cố.", D(2025, 8, 1), [("relative",)]),
    ("Gửi báo cáo trong vòng 48 giờ kể từ ngày ký.", D(2025, 8, 1), [("relative", "2025-08-03")]),
    ("Trực ban 24/24 giờ trong thời gian mưa lũ.", D(2025, 8, 1), []),
    ("Chính quyền địa phương hai cấp vận hành từ ngày 01/7/2025, bước đầu ổn định.", D(2025, 7, 20), []),
    ("Kể từ ngày 01/7/2025, các cơ quan chỉ tiếp nhận hồ sơ trực tuyến.", D(2025, 7, 10),
     [("from", "2025-07-01", None)]),
    ("Tổ chức cao điểm ra quân từ tháng 10 đến tháng 12/2025.", D(2025, 9, 1),
     [("within", "2025-10-01", "2025-12-31")]),
    ("Thực hiện từ quý III đến quý IV/2025.", D(2025, 5, 1), [("within", "2025-07-01", "2025-12-31")]),
    ("Gửi báo cáo về Sở Tài chính trước 15/12.", D(2025, 9, 1), [("by", "2025-12-15")]),
    ("Nợ đọng phát sinh trước 01/7 được xử lý theo quy định cũ.", D(2025, 9, 1), []),
    ("Hoàn thành kiểm tra trong tháng 9.", D(2025, 8, 1), [("within", "2025-09-01", "2025-09-30")]),
]


@pytest.mark.parametrize("text, ref, expected", MORE_CASES)
def test_more_deadlines(text, ref, expected):
    assert [value(d) for d in deadlines(text, ref)] == [tuple(e) for e in expected]


# ---- recurrences found from their words in the folded text, counts before "tháng"
RECURRENCES = [
    ("Báo cáo định kỳ 6 tháng một lần.", [("recurring", "định kỳ 6 tháng một lần", "half_yearly")]),
    ("Kiểm tra 12 tháng một lần.", [("recurring", "12 tháng một lần", "yearly")]),
    ("Tổng kết mười hai tháng một lần.", [("recurring", "mười hai tháng một lần", "yearly")]),
    ("Báo cáo 115 tháng một lần.", []),
    ("Báo cáo hằng tháng, hàng quý và mỗi năm tăng 5%.",
     [("recurring", "hằng tháng", "monthly"), ("recurring", "hàng quý", "quarterly")]),
    ("Gửi trước ngày 10 tháng cuối quý.", [("recurring", "trước ngày 10 tháng cuối quý", "quarterly")]),
    ("Rà soát hàng năm học 2025.", []),
]


@pytest.mark.parametrize("text, expected", RECURRENCES)
def test_recurrences(text, expected):
    assert [(d.kind, d.text, d.recurrence) for d in deadlines(text, D(2025, 1, 1))] == expected


def test_a_count_before_its_month_across_white_space():
    # (text as the normalizer would not leave it: the finders read any white space)
    from chidao.context import DocContext

    ctx = DocContext(text="Tổng kết mười  hai\ttháng một lần; báo cáo 6\n tháng một lần.",
                     reference_date=D(2025, 1, 1))
    assert [(d.text, d.recurrence) for d in find_deadlines(ctx)] == [
        ("mười  hai\ttháng một lần", "yearly"), ("6\n tháng một lần", "half_yearly")]


def test_deadlines_do_not_depend_on_what_other_finders_shared():
    import chidao

    text = ("Các sở gửi báo cáo trước ngày 15/12/2024; trong vòng 15 ngày kể từ ngày ký, "
            "hoàn thành trong quý III/2025 và báo cáo hằng tháng.")
    assert chidao.parse(text).deadlines == deadlines(text)


@pytest.mark.parametrize("text", [
    "trong 15 ngày, 3 tháng, 2 tuần, 24 giờ, 05 ngày làm việc, 10 (mười) ngày, 1.000 ngày, 2,5 giờ, 6 tháng.",
    "1. Nội dung; 2. Sở; 10 tỷ, 5 người, 3 nhóm, 7 NGÀY, 8 Tuần, 9 gİờ, 4 gıờ, 12\x1cngày, 13 tÀi, 14 (",
    "ngày 20/01, 20 - 01, 20 tháng 01 năm 2020, 20\x1c/01, 5 THÁNG 6, 31.12, 1.2.3, 7-8 tháng",
])
def test_quick_checks_before_day_and_duration_patterns_agree_with_them(text):
    from chidao.extract import deadlines
    from chidao.extract.grammar import DAY_MONTH_ROUGH, digit_runs, digits_finditer

    runs = digit_runs(text)
    for pattern, kw in ((deadlines._DAY_RE, dict(not_after="/.,-", max_digits=2, rough=DAY_MONTH_ROUGH)),
                        (deadlines._DURATION_RE, dict(not_after=".,/", not_after_letter=True,
                                                      rough=deadlines._DURATION_NEXT_ROUGH))):
        assert [m.span() for m in digits_finditer(pattern, text, 0, len(text), runs, **kw)] == \
            [m.span() for m in pattern.finditer(text)]
