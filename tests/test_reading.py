"""Reading documents the way an official does: header, trailer and the numbered hierarchy.

Each test is a short document of a kind the seeds do not contain.
"""

import unicodedata

import pytest

import chidao


def outline(doc):
    """(id, marker) of every unit in reading order."""
    return [(n.id, n.marker) for n in doc.iter_nodes()]


def ids(doc):
    return [n.id for n in doc.iter_nodes()]


QUYET_DINH_QPPL = """\
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 14/2023/QĐ-UBND
Quảng Nam, ngày 15 tháng 8 năm 2023

QUYẾT ĐỊNH
Ban hành Quy định về quản lý cụm công nghiệp trên địa bàn tỉnh

ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;
Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 1520/TTr-SCT ngày 02 tháng 8 năm 2023.

QUYẾT ĐỊNH:

Điều 1. Phạm vi điều chỉnh
1. Quyết định này quy định về quản lý cụm công nghiệp.
2. Đối tượng áp dụng gồm:
a) Các cơ quan quản lý nhà nước;
b) Tổ chức, cá nhân đầu tư hạ tầng kỹ thuật;
c) Các doanh nghiệp sản xuất trong cụm công nghiệp.
Điều 2. Trách nhiệm thi hành
1. Sở Công Thương chủ trì hướng dẫn thực hiện.
2. UBND các huyện, thị xã, thành phố:
a) Rà soát quy hoạch cụm công nghiệp;
b) Báo cáo định kỳ hằng năm.
Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2023.

Nơi nhận:
- Như Điều 3;
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Anh Tuấn
"""


def test_quyet_dinh_with_dieu_khoan_diem():
    doc = chidao.parse(QUYET_DINH_QPPL)
    m = doc.meta
    assert m.doc_type == "Quyết định"
    assert m.number == "14/2023/QĐ-UBND"
    assert m.date == "2023-08-15"
    assert m.place == "Quảng Nam"
    assert m.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert m.title.startswith("Ban hành Quy định về quản lý cụm công nghiệp")
    assert len(m.legal_bases) == 2 and m.legal_bases[1].startswith("Căn cứ Nghị định số 32/2024/NĐ-CP")
    assert m.signer.name == "Trần Anh Tuấn"
    assert m.signer.position == "Phó Chủ tịch"
    assert "Bộ Công Thương" in m.recipients
    assert ids(doc) == [
        "Điều 1", "Điều 1/1", "Điều 1/2", "Điều 1/2/a", "Điều 1/2/b", "Điều 1/2/c",
        "Điều 2", "Điều 2/1", "Điều 2/2", "Điều 2/2/a", "Điều 2/2/b", "Điều 3",
    ]
    dieu1 = doc.outline[0]
    assert dieu1.kind == "article" and dieu1.title == "Phạm vi điều chỉnh"
    # "Nơi nhận" dashes are recipients, not units
    assert not any(n.marker == "-" for n in doc.iter_nodes())


CONG_VAN = """\
BỘ TÀI CHÍNH
-------
Số: 5210/BTC-NSNN
V/v hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026

Hà Nội, ngày 21 tháng 5 năm 2025

Kính gửi:
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Chỉ thị số 14/CT-TTg ngày 20 tháng 5 năm 2025 của Thủ tướng Chính phủ, Bộ Tài chính đề nghị:
1. Các bộ, cơ quan trung ương lập dự toán gửi Bộ Tài chính trước ngày 20/7/2025.
2. Ủy ban nhân dân các tỉnh chỉ đạo Sở Tài chính tổng hợp dự toán.
Đề nghị các cơ quan, địa phương thực hiện./.

Nơi nhận:
- Như trên;
- Văn phòng Chính phủ;
- Lưu: VT, NSNN.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
(Đã ký)
Võ Thành Hưng
"""


def test_cong_van_with_kinh_gui():
    doc = chidao.parse(CONG_VAN)
    m = doc.meta
    assert m.doc_type == "Công văn"
    assert m.number == "5210/BTC-NSNN"
    assert m.title == "hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026"
    assert m.date == "2025-05-21" and m.place == "Hà Nội"
    assert m.issuer == "Bộ Tài chính"
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in m.recipients
    assert m.signer.name == "Võ Thành Hưng" and m.signer.authority == "KT. Bộ trưởng"
    # Kính gửi lines are not units; the numbered requests are
    assert outline(doc) == [("1", "1."), ("2", "2.")]


KE_HOACH_PARTS = """\
KẾ HOẠCH
Triển khai chuyển đổi số năm 2026

A. MỤC ĐÍCH, YÊU CẦU
I. Mục đích
1. Nâng cao nhận thức về chuyển đổi số.
2. Hoàn thiện hạ tầng số.
II. Yêu cầu
1. Bảo đảm đồng bộ, thống nhất.
B. NHIỆM VỤ, GIẢI PHÁP
I. Hạ tầng số
1. Sở Khoa học và Công nghệ chủ trì:
- Nâng cấp trung tâm dữ liệu;
- Phát triển mạng truyền số liệu chuyên dùng.
C. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành xây dựng kế hoạch chi tiết.
"""


def test_ke_hoach_with_upper_letter_parts_and_restarts():
    doc = chidao.parse(KE_HOACH_PARTS)
    assert ids(doc) == [
        "A", "A/I", "A/I/1", "A/I/2", "A/II", "A/II/1",
        "B", "B/I", "B/I/1", "B/I/1/-1", "B/I/1/-2",
        "C", "C/1",
    ]
    # "C." follows "B.": a letter, not roman 100
    c = doc.outline[2]
    assert c.kind == "upper_letter" and c.title == "TỔ CHỨC THỰC HIỆN"
    assert doc.outline[0].children[0].kind == "roman"


def test_markers_wrapped_onto_the_next_line():
    text = (
        "CHỈ THỊ\nVề công tác phòng chống thiên tai\n\n"
        "1.\nSở Nông nghiệp và Môi trường chủ trì rà soát phương án\n"
        "ứng phó với bão, lũ.\n"
        "2.\nCông an tỉnh bảo đảm an ninh trật tự.\n"
    )
    doc = chidao.parse(text)
    assert outline(doc) == [("1", "1."), ("2", "2.")]
    assert doc.outline[0].text.startswith("Sở Nông nghiệp và Môi trường chủ trì rà soát phương án ứng phó")


def test_wrapped_dash_continues_the_sentence():
    text = (
        "I. NHIỆM VỤ\n"
        "1. Phát triển kinh tế\n"
        "- Thúc đẩy tăng trưởng, bảo đảm an sinh và phát triển văn hóa\n"
        "- xã hội bền vững trên địa bàn.\n"
        "- Đẩy mạnh cải cách hành chính.\n"
    )
    doc = chidao.parse(text)
    assert ids(doc) == ["I", "I/1", "I/1/-1", "I/1/-2"]
    assert "văn hóa - xã hội bền vững" in doc.outline[0].children[0].children[0].text


def test_a_dash_item_under_a_heading_is_not_a_wrap():
    # "KẾ HOẠCH\n- triển khai …": a heading stays on its line, even when the
    # item below it starts lower-case; reading the text again keeps it so.
    text = "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n\nI. NHIỆM VỤ\n- triển khai nền tảng số.\n"
    doc = chidao.parse(text)
    assert ids(doc) == ["I", "I/-1"]
    assert chidao.parse("CHỈ THỊ\n-\nb\n").text == "CHỈ THỊ\n- b"
    assert chidao.parse("CHỈ THỊ\n- b\n").text == "CHỈ THỊ\n- b"


def test_numbering_restarts_under_a_new_parent():
    text = (
        "I. KẾT QUẢ\n1. Kinh tế tăng trưởng.\n2. Thu ngân sách đạt dự toán.\n"
        "II. NHIỆM VỤ\n1. Tăng cường kỷ luật.\n2. Đẩy mạnh giải ngân.\n3. Cải cách hành chính.\n"
    )
    doc = chidao.parse(text)
    assert ids(doc) == ["I", "I/1", "I/2", "II", "II/1", "II/2", "II/3"]
    assert not [w for w in doc.warnings if "numbering" in w]


def test_a_line_that_starts_with_a_number_is_not_a_unit():
    text = (
        "1. Kết quả thực hiện\n"
        "Toàn tỉnh có\n"
        "2.231 đầu việc đã hoàn thành;\n"
        "6 tháng đầu năm thu ngân sách đạt 52%.\n"
        "10% chi thường xuyên được tiết kiệm.\n"
        "3.5 triệu lượt khách du lịch.\n"
        "2. Nhiệm vụ\n"
    )
    doc = chidao.parse(text)
    assert outline(doc) == [("1", "1."), ("2", "2.")]


def test_roman_or_letter_is_read_from_the_neighbours():
    text = "A. Mục tiêu\nB. Nội dung\nC. Kinh phí\nD. Tổ chức\n"
    doc = chidao.parse(text)
    assert [n.kind for n in doc.outline] == ["upper_letter"] * 4
    text = "I. Mục tiêu\nII. Nội dung\nIII. Kinh phí\nIV. Tổ chức\nV. Hiệu lực\n"
    doc = chidao.parse(text)
    assert [n.label for n in doc.outline] == ["I", "II", "III", "IV", "V"]
    assert [n.kind for n in doc.outline] == ["roman"] * 5


def test_letters_follow_vietnamese_order():
    items = "a b c d đ e g h i k".split()
    text = "1. Nhiệm vụ:\n" + "".join(f"{c}) Nội dung {c};\n" for c in items)
    doc = chidao.parse(text)
    assert [n.label for n in doc.outline[0].children] == items
    assert not [w for w in doc.warnings if "numbering" in w]


def test_nfd_input_is_read_as_nfc():
    nfd = unicodedata.normalize("NFD", QUYET_DINH_QPPL)
    doc = chidao.parse(nfd)
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert doc.meta.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert ids(doc)[:2] == ["Điều 1", "Điều 1/1"]


def test_markdown_repost_with_site_chrome():
    text = (
        "---\ntitle: Chỉ thị 05\nsource: portal\n---\n"
        "Trang chủ\nLượt xem: 1.204\n"
        "**CHỈ THỊ**\n**Về tăng cường quản lý đất đai**\n\n"
        "**1.** Sở Nông nghiệp và Môi trường rà soát hiện trạng sử dụng đất.\n"
        "|\n"
        "**2.** UBND các xã, phường kiểm tra vi phạm.\n"
        "Tin khác\n"
    )
    doc = chidao.parse(text)
    assert doc.meta.doc_type == "Chỉ thị"
    assert outline(doc) == [("1", "1."), ("2", "2.")]
    assert "Lượt xem" not in doc.text and "Tin khác" not in doc.text and "**" not in doc.text


def test_pdf_page_break_inside_a_sentence():
    text = (
        "1. Sở Tài chính chủ trì tham mưu bố trí kinh phí thực\n\n"
        "12\n\n"
        "hiện các nhiệm vụ được giao.\n"
        "2. Sở Nội vụ hướng dẫn sắp xếp bộ máy.\n"
    )
    doc = chidao.parse(text)
    assert outline(doc) == [("1", "1."), ("2", "2.")]
    assert "kinh phí thực hiện các nhiệm vụ" in doc.outline[0].text


def test_docx_footnotes_become_records():
    text = (
        "1. Thiệt hại do sự cố môi trường rất lớn[footnoteRef:1]; cần hỗ trợ người dân. "
        "[1: Theo tính toán sơ bộ, thiệt hại khoảng 70 tỷ đồng.]\n"
        "[bookmark: _GoBack]2. Tiếp tục khắc phục hậu quả.\n"
    )
    doc = chidao.parse(text)
    assert outline(doc) == [("1", "1."), ("2", "2.")]
    assert "footnoteRef" not in doc.text and "bookmark" not in doc.text
    (fn,) = doc.footnotes
    assert fn.label == "1" and fn.text.startswith("Theo tính toán sơ bộ")
    assert doc.text[fn.offset - 4:fn.offset] == "lớn;"[:4] or doc.text[:fn.offset].endswith("rất lớn")
    assert fn.node_id == "1"


def test_news_page_reporting_a_decision():
    text = (
        "image banner\n"
        "QUYẾT ĐỊNH SỐ 1234/QĐ-UBND NGÀY 10/3/2025 CỦA UBND TỈNH VỀ KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH\n"
        "Lượt xem: 12\n\n"
        "Ngày 10/3/2025, Phó Chủ tịch UBND tỉnh Đồng Tháp - Ông Lê Văn Bình đã ký Quyết định số 1234/QĐ-UBND. "
        "Theo đó, tỉnh Đồng Tháp phấn đấu 100% thủ tục hành chính được thực hiện trực tuyến.\n"
        "Phóng viên: Nguyễn Thị Mai\n"
    )
    doc = chidao.parse(text)
    m = doc.meta
    assert (m.doc_type, m.number, m.date) == ("Quyết định", "1234/QĐ-UBND", "2025-03-10")
    assert m.issuer == "Ủy ban nhân dân tỉnh Đồng Tháp"
    assert m.signer.name == "Lê Văn Bình"


def test_attached_plan_is_its_own_part_of_the_outline():
    text = (
        "QUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống dịch\n\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch.\n"
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
        "CHỦ TỊCH\nNguyễn Văn Nam\n"
        "KẾ HOẠCH\nPHÒNG, CHỐNG DỊCH BỆNH NĂM 2026\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/01/2026)\n"
        "I. MỤC ĐÍCH\n1. Chủ động phòng bệnh.\nII. NHIỆM VỤ\n1. Sở Y tế chủ trì.\n"
    )
    doc = chidao.parse(text)
    assert ids(doc) == ["Điều 1", "Điều 2", "PL1", "PL1/I", "PL1/I/1", "PL1/II", "PL1/II/1"]
    att = doc.outline[2]
    assert att.kind == "attachment" and att.title.startswith("KẾ HOẠCH PHÒNG, CHỐNG DỊCH")
    assert doc.meta.attachments[0].doc_type == "Kế hoạch"
    assert doc.meta.signer.name == "Nguyễn Văn Nam"


def test_party_style_header_and_signature():
    text = (
        "TỈNH ỦY BÌNH ĐỊNH\n*\nSố 15-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuy Nhơn, ngày 03 tháng 4 năm 2024\n\n"
        "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận\n\n"
        "1. Các cấp ủy đảng quán triệt sâu sắc.\n2. Ban Dân vận Tỉnh ủy hướng dẫn.\n\n"
        "Nơi nhận:\n- Các huyện ủy, thị ủy;\n- Lưu Văn phòng Tỉnh ủy.\n\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLê Kim Toàn\n"
    )
    doc = chidao.parse(text)
    m = doc.meta
    assert m.number == "15-CT/TU" and m.doc_type == "Chỉ thị" and m.date == "2024-04-03"
    assert m.signer.name == "Lê Kim Toàn" and m.signer.authority.startswith("TM.")
    assert outline(doc) == [("1", "1."), ("2", "2.")]


@pytest.mark.parametrize("text", ["", "   \n\t\n", "Số", "1.", "-", "|\n|\n|", "\x00\x01abc", "Điều"])
def test_odd_inputs_never_raise(text):
    doc = chidao.parse(text)
    for n in doc.iter_nodes():
        assert 0 <= n.span[0] <= n.span[1] <= len(doc.text)


KE_HOACH_TABLE = """\
KẾ HOẠCH
Thực hiện Nghị quyết số 10/NQ-HĐND năm 2025

II. DANH MỤC NHIỆM VỤ
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Lĩnh vực kinh tế | | | |
| 1 | Xây dựng Đề án phát triển cụm công nghiệp | Sở Công Thương | Sở Tài chính, UBND cấp xã | Quý II/2025 |
| 2 | Rà soát quy hoạch đất đai | Sở Nông nghiệp và Môi trường | Các sở, ngành | Tháng 9/2025 |
| II | Lĩnh vực xã hội | | | |
| 1 | Kiện toàn mạng lưới y tế cơ sở | Sở Y tế | UBND các xã | Năm 2025 |

| Chỉ tiêu | 2024 | 2025 |
|---|---|---|
| 1 | 5% | 6% |
III. TỔ CHỨC THỰC HIỆN
"""


def test_rows_of_a_table_of_tasks_are_units_with_cells():
    doc = chidao.parse(KE_HOACH_TABLE)
    assert ids(doc) == ["II", "II/I", "II/I/1", "II/I/2", "II/II", "II/II/1", "III"]
    row = doc.outline[0].children[0].children[0]
    assert row.kind == "row" and row.marker == "1"
    assert row.cells == {
        "task": "Xây dựng Đề án phát triển cụm công nghiệp", "lead": "Sở Công Thương",
        "support": "Sở Tài chính, UBND cấp xã", "deadline": "Quý II/2025",
    }
    # the table of figures after it has no units


def test_other_marker_shapes():
    text = (
        "Bước 1. Rà soát hồ sơ\n1/ Kiểm tra danh mục;\n2/ Đối chiếu số liệu;\n"
        "Bước 2. Tổng hợp kết quả\n◊ Lập báo cáo;\n◊ Gửi Sở Nội vụ.\n"
    )
    doc = chidao.parse(text)
    assert ids(doc) == ["Bước 1", "Bước 1/1", "Bước 1/2", "Bước 2", "Bước 2/◊1", "Bước 2/◊2"]


def test_dash_bullets_with_plus_below():
    text = (
        "a) Sở Y tế thực hiện các nhiệm vụ:\n"
        "- Củng cố mạng lưới y tế cơ sở:\n"
        "+ Bổ sung bác sĩ cho trạm y tế xã;\n"
        "+ Đầu tư trang thiết bị.\n"
        "- Phòng, chống dịch bệnh.\n"
        "b) Sở Giáo dục và Đào tạo rà soát trường lớp.\n"
    )
    doc = chidao.parse(text)
    assert ids(doc) == ["a", "a/-1", "a/-1/+1", "a/-1/+2", "a/-2", "b"]


def test_header_table_flattened_onto_one_line_per_row():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "-------   Độc lập - Tự do - Hạnh phúc\n"
        "Số: 125 /KH-UBND   Bắc Ninh, ngày 03 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\nTriển khai công tác cải cách hành chính năm 2024\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chỉ số cải cách hành chính.\n\n"
        "Nơi nhận:\n- Bộ Nội vụ (b/c);\n- Lưu: VT, NC.\n"
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Nguyễn Hương Giang\n"
    )
    doc = chidao.parse(text)
    m = doc.meta
    assert m.issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert m.number == "125/KH-UBND"
    assert (m.place, m.date) == ("Bắc Ninh", "2024-03-03")
    assert m.doc_type == "Kế hoạch"
    assert m.title == "Triển khai công tác cải cách hành chính năm 2024"
    assert m.signer.name == "Nguyễn Hương Giang" and m.signer.position == "Chủ tịch"
    assert ids(doc) == ["I", "I/1"]


def test_signer_name_in_capitals_and_date_without_place():
    text = (
        "SỞ Y TẾ\nSố: 45/BC-SYT\nngày 10 tháng 10 năm 2022\n\nBÁO CÁO\nKết quả công tác y tế 9 tháng\n\n"
        "1. Kết quả đạt được.\n\nGIÁM ĐỐC\n\nTRẦN VĂN HÙNG\n"
    )
    doc = chidao.parse(text)
    assert doc.meta.date == "2022-10-10" and doc.meta.place is None
    assert doc.meta.issuer == "Sở Y tế"
    assert doc.meta.signer.name == "Trần Văn Hùng" and doc.meta.signer.position == "Giám đốc"


def test_markdown_escapes_headings_and_pandoc_footnotes():
    text = (
        "## I\\. MỤC TIÊU\n"
        "1\\. Sở Y tế rà soát mạng lưới y tế cơ sở[^1].\n"
        "2\\. Sở Tài chính bố trí kinh phí.\n\n"
        "[^1]: Theo Kế hoạch số 12/KH-UBND ngày 05/01/2024.\n"
    )
    doc = chidao.parse(text)
    assert ids(doc) == ["I", "I/1", "I/2"]
    (fn,) = doc.footnotes
    assert fn.text.startswith("Theo Kế hoạch số 12/KH-UBND") and fn.node_id == "I/1"
    assert "[^1]" not in doc.text and "\\" not in doc.text


def test_markdown_quotes_indented_and_nested():
    # a repost quoting the decision: "> " however indented, "> >" nested; reading the text
    # again finds no mark left over
    text = ("  > 1. Sở Y tế rà soát mạng lưới y tế cơ sở.\n"
            "> > 2. Sở Tài chính bố trí kinh phí.\n"
            " >\n")
    doc = chidao.parse(text)
    assert ids(doc) == ["1", "2"] and ">" not in doc.text
    assert chidao.parse(doc.text).text == doc.text


def test_ocr_page_header_and_spaced_markers():
    text = (
        "II . NHIỆM VỤ TRỌNG TÂM\n"
        "1 . Ðẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp\n"
        "- 3 -\n"
        "tỉnh.\n"
        "2 . Tăng cường kỷ luật, kỷ cương.\n"
    )
    doc = chidao.parse(text)
    assert outline(doc) == [("II", "II ."), ("II/1", "1 ."), ("II/2", "2 .")]
    assert "Đẩy mạnh" in doc.text  # the Eth look-alike is read as Đ
    assert "cạnh tranh cấp tỉnh." in doc.outline[0].children[0].text


SCANNED_CONG_VAN = """\
Ký bởi: Cổng Thông tin điện tử Chính phủ
Thời gian ký: 12.04.2021 09:15:00 +07:00
BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC HẢI QUAN Độc lập — Tự do — Hạnh phúc
số: 1520 /TCHQ -GSQL Hà Nội. ngày 12 tháng 4 năm 2021
V/v tăng cường kiểm tra hàng hóa nhập khẩu

Kính gửi: Cục Hải quan các tỉnh, thành phố.

Để tăng cường công tác quản lý, Tổng cục Hải quan yêu cầu:
I. NỘI DUNG KIỂM TRA
1. Rà soát danh mục hàng hóa rủi ro cao trong quý II năm
Công văn 1520/TCHQ-GSQL - Trang 1
2021.
2. Chỉ thị số
06/CT-TTg ngày 31/3/2021 của Thủ tướng Chính phủ được quán triệt.
II. TỔ CHỨC THỰC HIỆN
Bước 1. Lập kế hoạch kiểm tra.
Bước 2. Báo cáo kết quả.
Công văn 1520/TCHQ-GSQL - Trang 2
Noi nhận: KT. TỔNG CỤC TRƯỞNG
- Như trên;
- Lãnh đạo Bộ Tài chính (để b/c);
Công văn 1520/TCHQ-GSQL - Trang 3
- Lưu: VT, GSQL.
"""


def test_scanned_two_level_header_and_broken_trailer():
    doc = chidao.parse(SCANNED_CONG_VAN)
    m = doc.meta
    assert m.issuer == "Tổng cục Hải quan"
    assert m.number == "1520/TCHQ-GSQL" and m.date == "2021-04-12" and m.place == "Hà Nội"
    assert m.doc_type == "Công văn"
    # the running footer is gone; the sentence it cut is whole again
    assert "Trang 1" not in doc.text and "trong quý II năm 2021." in doc.text
    # "06/CT-TTg" at a line start is a wrapped number, not a unit; "Bước" sits under "II."
    assert ids(doc) == ["I", "I/1", "I/2", "II", "II/Bước 1", "II/Bước 2"]
    # the recipient list, even cut by a footer, holds no units
    assert "Lãnh đạo Bộ Tài chính (để b/c)" in m.recipients and "Lưu: VT, GSQL" in m.recipients


def test_a_caps_heading_does_not_nest_in_an_ordinary_item():
    text = (
        "I. KẾT QUẢ\n1. Thu ngân sách đạt dự toán.\n2. Giải ngân vốn đầu tư công chậm.\n"
        "1. NHIỆM VỤ TRỌNG TÂM\n"  # an OCR'd "II." read as "1."
        "a) Đẩy mạnh giải ngân.\n"
    )
    doc = chidao.parse(text)
    top = [n.id for n in doc.outline]
    assert "I/2/1" not in ids(doc)  # not under "2. Giải ngân …"
    assert len(top) + len(doc.outline[0].children) >= 3


def test_markdown_repost_with_header_and_signature_in_tables():
    text = (
        "| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n"
        "| Số: 520 /QĐ-TTg | Hà Nội, ngày 12 tháng 5 năm 2019 |\n\n"
        "**QUYẾT ĐỊNH**\n\n**Phê duyệt Đề án phát triển du lịch cộng đồng**\n\n"
        "*Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;*\n\n"
        "**QUYẾT ĐỊNH:**\n\n"
        "**Điều 1.** Phê duyệt Đề án với các mục tiêu sau:\n"
        "1. 100% khu du lịch cộng đồng có quy chế quản lý;\n"
        "2. 80% hộ tham gia được tập huấn.\n"
        "**Điều 2.** Quyết định có hiệu lực kể từ ngày ký.\n\n"
        "| **Nơi nhận:** - Các Bộ, cơ quan ngang bộ; - Lưu: VT, KGVX. | THỦ TƯỚNG Nguyễn Xuân Phúc |\n"
    )
    doc = chidao.parse(text)
    m = doc.meta
    assert (m.doc_type, m.number, m.date, m.place) == ("Quyết định", "520/QĐ-TTg", "2019-05-12", "Hà Nội")
    assert m.issuer == "Thủ tướng Chính phủ"
    assert m.signer.name == "Nguyễn Xuân Phúc" and m.signer.position == "Thủ tướng"
    assert m.legal_bases == ["Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"]
    # "1. 100% khu du lịch …" opens a unit: a space stands between the mark and the number
    assert ids(doc) == ["Điều 1", "Điều 1/1", "Điều 1/2", "Điều 2"]


def test_closing_paragraph_belongs_to_no_unit():
    text = (
        "1. Sở Y tế chủ trì phòng, chống dịch.\n"
        "2. Sở Tài chính bố trí kinh phí.\n"
        "UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện./.\n"
    )
    doc = chidao.parse(text)
    last = doc.outline[-1]
    assert "nghiêm túc" not in doc.text[last.span[0]:last.span[1]]


def test_party_committee_under_its_party_organisation():
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nTỈNH ỦY\n*\nSố 15-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Trị, ngày 20 tháng 8 năm 2025\n\nCHỈ THỊ\nvề công tác chuyển đổi số trong các cơ quan đảng\n\n"
        "1. Các cấp ủy quán triệt.\n"
    )
    assert chidao.parse(text).meta.issuer == "Tỉnh ủy Quảng Trị"


@pytest.mark.parametrize("parent, unit, issuer", [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ", "VĂN PHÒNG", "Văn phòng Ủy ban nhân dân thành phố Cần Thơ"),
    ("BỘ TÀI CHÍNH", "THANH TRA", "Thanh tra Bộ Tài chính"),
    ("UBND TỈNH QUẢNG BÌNH", "SỞ NỘI VỤ", "Sở Nội vụ tỉnh Quảng Bình"),
    ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "Tổng cục Thuế"),
])
def test_a_unit_under_its_parent_body(parent, unit, issuer):
    # A unit named only by its parent (the Office, the Inspectorate) takes
    # the parent's name; a department takes only its place.
    text = (f"{parent}\n{unit}\n-------\nSố: 245/TB-VPUB\nHà Nội, ngày 18 tháng 11 năm 2025\n\n"
            "THÔNG BÁO\nKết luận của lãnh đạo tại cuộc họp\n\n1. Các đơn vị khẩn trương thực hiện.\n")
    assert chidao.parse(text).meta.issuer == issuer


def test_a_lone_surrogate_does_not_break_the_json():
    doc = chidao.parse("1. Sở Y tế \ud800 chủ trì rà soát.\n")
    assert "\ufffd" in doc.text
    assert chidao.Document.model_validate_json(doc.to_json()) == doc


def test_chrome_lines_found_by_one_search_are_the_lines_chrome_on_their_own():
    from chidao.parse.normalize import _drop_chrome, is_chrome

    lines = [
        "Lượt xem", ":", "Lượt xem: 44", "", "0:00 / 0:00", "Tin khác", "Tin khác nổi bật của tỉnh",
        "- Chia sẻ", "Trang chủ > Văn bản", "--- Page break ---", "Lượt truy cập", "Hôm nay: 12",
        "Ký bởi: Văn phòng UBND", "1. Sở Y tế chủ trì.", "[bookmark: _GoBack", "]", "Quảng cáo", "tin khac",
    ]
    pairs = [(ln, ln) for ln in lines]
    assert _drop_chrome(pairs) == [p for p in pairs if not is_chrome(p[1])]


def test_sentence_end_told_by_the_last_character():
    from chidao.parse.normalize import _SENTENCE_TAILS, _ends_sentence

    for line in ["thực hiện", "(Ban hành kèm theo Quyết định số 1)", "Điều 1.", "“Hạnh phúc”", "a)", "x *", "3"]:
        if line[-1] not in _SENTENCE_TAILS:
            assert not _ends_sentence(line)


def test_marker_caches_keep_no_long_paragraph():
    # Bullets that each continue the line above ("- x" after "- x") grow one
    # paragraph line by line; the marker caches must not key on every stage
    # of it, which made reading quadratic in time and memory.
    from chidao.parse import markers

    paragraph = "- x" + " - x" * 500
    before = markers._match_marker_cached.cache_info().currsize
    assert markers.match_marker(paragraph) == markers.match_marker(paragraph + " - x")
    assert markers._match_marker_cached.cache_info().currsize == before
    before = markers._is_caps_head.cache_info().currsize
    assert not markers.is_caps_heading(paragraph) and not markers.is_caps_heading(paragraph + " - x")
    assert markers._is_caps_head.cache_info().currsize <= before + 1  # one key: the head both share


def test_a_paragraph_wrapped_over_many_lines_reads_as_one():
    # A PDF export that breaks every few words: the lines are joined back into
    # one sentence, each word once, however many lines it took.
    # (Each line differs: a line repeated on every page is a running header.)
    verbs = ["tăng cường", "kiểm tra", "giám sát", "đôn đốc", "rà soát", "đánh giá", "tổng hợp", "báo cáo"]
    fields = ["đầu tư công", "đất đai", "xây dựng", "môi trường", "y tế", "giáo dục", "giao thông",
              "thuế", "hải quan", "tài chính", "ngân sách", "chuyển đổi số", "du lịch", "lao động"]
    words = [f"{verb} lĩnh vực {field} và" for verb in verbs for field in fields]
    text = "CHỈ THỊ\nVề công tác kiểm tra\n\n1. Các sở, ngành\n" + "\n".join(words) + ".\n2. Báo cáo kết quả.\n"
    doc = chidao.parse(text)
    assert ids(doc) == ["1", "2"]
    assert doc.outline[0].text == "Các sở, ngành " + " ".join(words) + "."


def test_a_lone_dash_wrapped_twice_rejoins_the_sentence_above():
    # "văn hóa\n-\n\nxã hội": the dash, its text on the next line after a blank
    # one, continues the sentence above; and a footnote mark after the joined
    # line stays with it.
    text = ("I. NHIỆM VỤ\n1. Phát triển kinh tế, văn hóa\n-\n\nxã hội bền vững[footnoteRef:1]\n"
            "2. Cải cách hành chính.\n\n[footnote:1] Theo Nghị quyết của Tỉnh ủy.\n")
    doc = chidao.parse(text)
    assert ids(doc) == ["I", "I/1", "I/2"]
    assert doc.outline[0].children[0].text.startswith("Phát triển kinh tế, văn hóa - xã hội bền vững")


OCR_CHI_THI = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 11/CT-TTg
Hà Nội, ngày 04 tháng 3 năm 2020

CHỈ THỊ
Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh

1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG
1. Quán triệt sâu sắc tinh thần chỉ đạo của Ban Bí thư.
2. Tập trung thực hiện "nhiệm vụ kép".
II. CÁC NHIỆM VỤ, GIẢI PHÁP CỤ THỂ
1. Tháo gỡ khó khăn về tiếp cận vốn, tín dụng.
2. Rà soát, cắt giảm thủ tục hành chính.
Il. TỔ CHỨC THỰC HIỆN
1. Các bộ, cơ quan, địa phương tổ chức thực hiện.
"""


def test_scanned_roman_numerals_misread_as_digit_and_l_are_read_back():
    # A scan reads "I." as "1." and "III." as "Il.": the document's own
    # sequence ("II." next, no "II." twice) says which numeral was printed.
    doc = chidao.parse(OCR_CHI_THI)
    assert ids(doc) == ["I", "I/1", "I/2", "II", "II/1", "II/2", "III", "III/1"]
    assert [n.marker for n in doc.outline] == ["1.", "II.", "Il."]  # as printed
    assert sum("scan misread" in w for w in doc.warnings) == 2


def test_caps_headings_numbered_in_arabic_stay_arabic():
    text = OCR_CHI_THI.replace("II. CÁC", "2. CÁC").replace("Il. TỔ", "3. TỔ")
    doc = chidao.parse(text)
    assert doc.outline[0].id == "1" and not {"I", "II", "III"} & set(ids(doc))
    assert not any("scan misread" in w for w in doc.warnings)
    # "l." opening a caps heading, then "II.": the same misreading
    doc = chidao.parse(OCR_CHI_THI.replace("1. TINH", "l. TINH"))
    assert [n.id for n in doc.outline] == ["I", "II", "III"]


def test_a_two_column_trailer_flattened_by_a_pdf():
    # The text layer of a PDF reads the trailer's two columns line by line:
    # the position shares the "Nơi nhận:" line, the name ends the last copy line.
    text = (
        "TỈNH ỦY QUẢNG TRỊ\nSố 15-CT/TU\nQuảng Trị, ngày 20 tháng 8 năm 2025\n\nCHỈ THỊ\n"
        "về đẩy mạnh chuyển đổi số\n\n1. Các cấp ủy quán triệt, triển khai thực hiện.\n"
        "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc.\n\n"
        "T/M BAN THƯỜNG VỤ\nNơi nhận: PHÓ BÍ THƯ THƯỜNG TRỰC\n- Ban Bí thư Trung ương Đảng (để b/c),\n"
        "- Các đảng ủy trực thuộc Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy. Phan Thị Mai Hương\n"
    )
    meta = chidao.parse(text).meta
    assert (meta.signer.name, meta.signer.position, meta.signer.authority) == (
        "Phan Thị Mai Hương", "Phó Bí thư", "TM. Ban Thường vụ")
    assert meta.recipients == ["Ban Bí thư Trung ương Đảng (để b/c)", "Các đảng ủy trực thuộc Tỉnh ủy",
                               "Lưu Văn phòng Tỉnh ủy"]
    # A letter to a director keeps its addressee
    letter = chidao.parse("BỘ Y TẾ\nSố: 12/BYT-KH\nHà Nội, ngày 02 tháng 3 năm 2025\n\n"
                          "Kính gửi: GIÁM ĐỐC SỞ Y TẾ\n\nBộ Y tế đề nghị các sở báo cáo.\n")
    assert letter.meta.recipients == ["GIÁM ĐỐC SỞ Y TẾ"] and letter.meta.signer is None


def test_a_flattened_trailer_from_a_scan():
    # OCR's "TỎNG" for "TỔNG", and the "(Đã ký)" of the signature column
    # beside the first copy line
    text = (
        "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 460/QĐ-TCT\nHà Nội, ngày 05 tháng 5 năm 2009\n\nQUYẾT ĐỊNH\n"
        "Về việc ban hành quy trình thanh tra thuế\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
        "Nơi nhận: TỎNG CỤC TRƯỞNG\n- Như điều 2; (Đã ký)\n- Lãnh đạo Bộ Tài chính (để báo cáo);\n"
        "- Lưu: VT,TTr. Đặng Hạnh Thu\n"
    )
    meta = chidao.parse(text).meta
    assert (meta.signer.name, meta.signer.position) == ("Đặng Hạnh Thu", "Tổng Cục trưởng")
    assert meta.recipients == ["Như điều 2", "Lãnh đạo Bộ Tài chính (để báo cáo)", "Lưu: VT,TTr"]


def test_ids_of_word_units_do_not_depend_on_capitals():
    # "PHẦN THỨ NHẤT" in one copy, "Phần thứ nhất" in another: the same ids;
    # the marker keeps its printed form.
    caps = chidao.parse("KẾ HOẠCH\nvề chuyển đổi số\n\nPHẦN THỨ NHẤT\nMỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
                        "CHƯƠNG II\nQUY ĐỊNH CHUNG\nĐIỀU 3. Phạm vi điều chỉnh\n")
    plain = chidao.parse("KẾ HOẠCH\nvề chuyển đổi số\n\nPhần thứ nhất\nMỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
                         "Chương II\nQUY ĐỊNH CHUNG\nĐiều 3. Phạm vi điều chỉnh\n")
    assert ids(caps) == ids(plain) == ["Phần thứ nhất", "Phần thứ nhất/1", "Phần thứ nhất/Chương II",
                                       "Phần thứ nhất/Chương II/Điều 3"]
    assert caps.outline[0].marker == "PHẦN THỨ NHẤT"
