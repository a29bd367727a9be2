"""Assignments: which unit asks which body to do what.

Each case is a short document as offices print them; a task is looked up by
the first words of its unit, and its lead and support are the canonical names
a careful reader writes down.
"""

from __future__ import annotations

import pytest

import chidao

HEADER = """\
ỦY BAN NHÂN DÂN
TỈNH TRÀ VINH
Số: 05/CT-UBND
Trà Vinh, ngày 12 tháng 3 năm 2024

CHỈ THỊ
Về việc thực hiện các nhiệm vụ trọng tâm năm 2024

"""


def parse(body: str, header: str = HEADER):
    return chidao.parse(header + body)


def task(doc, prefix: str):
    """The task of the unit whose text starts with ``prefix``, or None."""
    for t in doc.tasks:
        if t.text.startswith(prefix):
            return t
    return None


def roles(doc, prefix: str):
    t = task(doc, prefix)
    assert t is not None, f"no task for {prefix!r}: {[x.text[:30] for x in doc.tasks]}"
    return t.lead, t.support


# ------------------------------------------------------------------ where the doer comes from

def test_lead_in_passes_lead_and_support_to_each_item():
    doc = parse("""\
I. PHÁT TRIỂN CÔNG NGHIỆP
1. Về sản xuất công nghiệp

Tập trung thực hiện các giải pháp tháo gỡ khó khăn cho doanh nghiệp.

Sở Công Thương chủ trì phối hợp với các ngành chức năng, UBND các huyện, thị xã thực hiện các nhiệm vụ:

a) Triển khai kế hoạch phát triển các ngành công nghiệp chủ yếu.

b) Rà soát, thống kê phân loại các doanh nghiệp; phối hợp với Sở Tài chính đề xuất chính sách hỗ trợ.
""")
    assert roles(doc, "Triển khai kế hoạch") == (
        ["Sở Công Thương"], ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"])
    assert roles(doc, "Rà soát, thống kê") == (
        ["Sở Công Thương"], ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện", "Sở Tài chính"])
    # the title and the lead-in are not tasks themselves
    assert task(doc, "Về sản xuất công nghiệp") is None
    assert task(doc, "PHÁT TRIỂN CÔNG NGHIỆP") is None


def test_doer_then_colon():
    doc = parse("""\
1. Tiếp tục tổ chức thi hành pháp luật nghiêm minh:
1.1. Sở Tư pháp, Văn phòng UBND tỉnh: Tập trung nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.
1.2. Sở KH&ĐT: Tiếp tục rà soát và ban hành các cơ chế, chính sách.
2. Ổn định kinh tế vĩ mô:
2.1. Sở Tài chính, các Sở, ngành, địa phương:
- Thực hiện triệt để tiết kiệm, chống lãng phí.
- Nâng cao hiệu quả công tác quản lý thu ngân sách nhà nước.
2.2. Các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội; Trường Đại học Trà Vinh: Xây dựng môi
trường giáo dục lành mạnh.
""")
    assert roles(doc, "Sở Tư pháp") == (["Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh"], [])
    assert roles(doc, "Sở KH&ĐT") == (["Sở Kế hoạch và Đầu tư"], [])
    for item in ("Thực hiện triệt để", "Nâng cao hiệu quả"):
        assert roles(doc, item) == (["Sở Tài chính", "Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"], [])
    assert roles(doc, "Các Sở: Giáo dục") == (
        ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Trường Đại học Trà Vinh"], [])
    assert task(doc, "Sở Tài chính, các Sở") is None  # a pure lead-in
    assert task(doc, "Tiếp tục tổ chức thi hành") is None


def test_heading_with_topic_then_doer():
    doc = parse("""\
4. Về tài nguyên, môi trường: Sở Tài nguyên và Môi trường chủ trì phối hợp với các ngành chức năng thực hiện các nhiệm vụ:
a) Hoàn thành Dự án xây dựng hệ thống hồ sơ địa chính. Đề xuất Tỉnh ủy, UBND tỉnh tổng kết 5 năm thực hiện.
b) Xây dựng kế hoạch thực hiện xã hội hóa công tác bảo vệ môi trường.
""")
    for item in ("Hoàn thành Dự án", "Xây dựng kế hoạch"):
        assert roles(doc, item) == (["Sở Tài nguyên và Môi trường"], ["Các sở, ban, ngành"])


def test_general_address_in_the_preamble():
    doc = parse("""\
Để thực hiện thắng lợi các mục tiêu năm 2025, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường tập trung thực hiện tốt các nhiệm vụ sau:

I. QUAN ĐIỂM, ĐỊNH HƯỚNG ĐIỀU HÀNH
1. Quán triệt, tổ chức thực hiện đồng bộ các nhiệm vụ, giải pháp phát triển kinh tế - xã hội.
2. Tăng cường kỷ cương, kỷ luật hành chính:
- Tiếp tục sắp xếp tổ chức, bộ máy. Các Sở, ban, ngành tăng cường cán bộ xuống cơ sở.
- Ứng dụng mạnh mẽ khoa học công nghệ, chuyển đổi số trong chỉ đạo điều hành.
""", header=HEADER.replace("2024", "2025"))
    everyone = ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"]
    assert roles(doc, "Quán triệt") == (everyone, [])
    assert roles(doc, "Tiếp tục sắp xếp") == (everyone, [])   # a doer named later adds to the address
    assert roles(doc, "Ứng dụng mạnh mẽ") == (everyone, [])
    assert task(doc, "Tăng cường kỷ cương") is None           # its items are the tasks


def test_issuer_when_nothing_names_a_doer():
    doc = chidao.parse("""\
BÁO CÁO
Kiểm điểm công tác chỉ đạo, điều hành của Ủy ban nhân dân tỉnh 6 tháng đầu năm 2016

Phần thứ nhất
ĐÁNH GIÁ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Về công tác quy hoạch: Chỉ đạo rà soát, bổ sung quy hoạch; ban hành 12 quyết định phê duyệt.
Phần thứ hai
MỘT SỐ NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM
1. Chủ động xây dựng, hoàn thiện bộ chính sách hỗ trợ khôi phục sản xuất.
2. Các sở, ban, ngành, đoàn thể cấp tỉnh rà soát, đôn đốc triển khai thực hiện nhiệm vụ được giao.
""")
    assert task(doc, "Về công tác quy hoạch") is None  # a report of what was done
    assert roles(doc, "Chủ động xây dựng") == (["Ủy ban nhân dân tỉnh"], [])
    assert roles(doc, "Các sở, ban, ngành") == (["Các sở, ban, ngành"], [])


def test_a_letter_asks_its_addressees():
    doc = chidao.parse("""\
ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 3456/UBND-KT
V/v triển khai các giải pháp phòng, chống hạn hán năm 2024
Bình Định, ngày 15 tháng 4 năm 2024

Kính gửi:
- Sở Nông nghiệp và Phát triển nông thôn;
- Sở Công Thương;
- Công ty TNHH Khai thác công trình thủy lợi Bình Định;
- UBND các huyện, thị xã, thành phố.

Trước tình hình nắng nóng kéo dài, Chủ tịch UBND tỉnh có ý kiến như sau:

1. Tập trung rà soát nguồn nước, xây dựng phương án cấp nước chống hạn.

2. Giao Sở Nông nghiệp và Phát triển nông thôn theo dõi, tổng hợp, báo cáo UBND tỉnh hằng tuần.
""")
    assert roles(doc, "Tập trung rà soát") == (
        ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương", "Ủy ban nhân dân cấp huyện"], [])
    assert roles(doc, "Giao Sở Nông nghiệp") == (["Sở Nông nghiệp và Phát triển nông thôn"], [])


def test_duties_of_a_body_over_its_items():
    doc = parse("""\
IV. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Sở Y tế
- Chủ trì tham mưu UBND tỉnh chỉ đạo công tác phòng chống dịch.
- Phối hợp với Sở Tài chính dự trù kinh phí.
2. Sở Thông tin và Truyền thông (cơ quan thường trực)
- Tuyên truyền trên các phương tiện thông tin đại chúng.
""")
    assert roles(doc, "Chủ trì tham mưu") == (["Sở Y tế"], [])
    assert roles(doc, "Phối hợp với Sở Tài chính") == (["Sở Y tế"], ["Sở Tài chính"])
    assert roles(doc, "Tuyên truyền") == (["Sở Thông tin và Truyền thông"], [])
    assert task(doc, "Trách nhiệm của Sở Y tế") is None
    assert task(doc, "Sở Thông tin và Truyền thông") is None


# ------------------------------------------------------------------ heads, requests, recipients

def test_a_head_stands_for_the_body():
    doc = parse("""\
III. TỔ CHỨC THỰC HIỆN
1. Các đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh theo dõi lĩnh vực phân công trực tiếp chỉ đạo.
2. Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch cụ thể.
3. Giám đốc Sở Y tế, Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Chỉ thị này.
""")
    assert roles(doc, "Các đồng chí Phó Chủ tịch") == (["Ủy ban nhân dân tỉnh"], [])
    assert roles(doc, "Thủ trưởng các sở") == (["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"], [])
    assert roles(doc, "Giám đốc Sở Y tế") == (["Sở Y tế", "Văn phòng Ủy ban nhân dân tỉnh"], [])


def test_giao_and_requests_outside_the_issuers_authority():
    doc = parse("""\
1. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, đôn đốc.
2. UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường phối hợp với các ngành tổ chức giám sát.
3. Đề nghị Liên đoàn Lao động tỉnh, Tỉnh Đoàn vận động đoàn viên tham gia.
""")
    t1, t2, t3 = task(doc, "Giao Văn phòng"), task(doc, "UBND tỉnh đề nghị"), task(doc, "Đề nghị Liên đoàn")
    assert (t1.lead, t1.support, t1.request) == (
        ["Văn phòng Ủy ban nhân dân tỉnh"], ["Các cơ quan có liên quan"], False)
    assert (t2.lead, t2.support, t2.request) == (
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], ["Các sở, ban, ngành"], True)
    assert (t3.lead, t3.request) == (["Liên đoàn Lao động tỉnh", "Tỉnh Đoàn"], True)


def test_who_asks_whom():
    doc = parse("""\
1. Sở Tài chính đề nghị UBND tỉnh phê duyệt dự toán bổ sung.
2. Sở Y tế đề nghị Bộ Y tế hỗ trợ vắc xin.
3. UBND tỉnh đề nghị Bộ Tài chính xem xét bổ sung kinh phí.
4. UBND tỉnh giao Sở Xây dựng chủ trì thẩm định.
5. Sở Nội vụ đề nghị các sở, ngành rà soát biên chế.
""")
    got = {t.text[:12]: (t.lead, t.request) for t in doc.tasks}
    assert got == {
        "Sở Tài chính": (["Sở Tài chính"], False),               # a proposal upwards: still the Sở's task
        "Sở Y tế đề n": (["Sở Y tế"], False),
        "UBND tỉnh đề": (["Bộ Tài chính"], True),                # the issuer asks a ministry
        "UBND tỉnh gi": (["Sở Xây dựng"], False),
        "Sở Nội vụ đề": (["Các sở, ban, ngành"], False),         # peers within the province
    }


def test_report_to_recipients_are_not_leads():
    doc = parse("""\
1. UBND các huyện, thị xã, thành phố xây dựng kế hoạch; báo cáo kết quả về Sở Kế hoạch và Đầu tư để tổng hợp, báo cáo UBND tỉnh.
2. Thủ trưởng các Sở, ngành tỉnh đánh giá kết quả thực hiện gửi về Sở Kế hoạch và Đầu tư, Văn phòng UBND tỉnh, Cục Thống kê; Sở Kế hoạch và Đầu tư phối hợp với Văn phòng UBND tỉnh, Cục Thống kê tổng hợp, báo cáo Tỉnh ủy.
""")
    assert roles(doc, "UBND các huyện") == (["Ủy ban nhân dân cấp huyện"], [])
    assert roles(doc, "Thủ trưởng các Sở") == (
        ["Các sở, ban, ngành", "Sở Kế hoạch và Đầu tư"], ["Văn phòng Ủy ban nhân dân tỉnh", "Cục Thống kê"])


def test_opening_phrases_before_the_doer():
    doc = parse("""\
1. Căn cứ Chỉ thị này, căn cứ kế hoạch đã giao, các sở ngành, UBND các huyện, thị xã đề ra giải pháp cụ thể.
2. Ngoài các nhiệm vụ quy định trên đây, Sở Kế hoạch và Đầu tư đề xuất UBND tỉnh các giải pháp cấp bách.
3. Chậm nhất ngày 31/10/2024, Sở Tài chính tổng hợp, báo cáo UBND tỉnh.
4. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh để xem xét.
""")
    assert roles(doc, "Căn cứ Chỉ thị") == (["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"], [])
    assert roles(doc, "Ngoài các nhiệm vụ") == (["Sở Kế hoạch và Đầu tư"], [])
    assert roles(doc, "Chậm nhất ngày") == (["Sở Tài chính"], [])
    assert roles(doc, "Trong quá trình") == (["Các sở, ban, ngành"], [])


def test_allowed_is_not_assigned():
    doc = parse("""\
1. Tăng cường cải cách thủ tục đầu tư xây dựng cơ bản:
a) Thủ trưởng các ngành, Chủ tịch UBND các huyện, thị xã triển khai kế hoạch đầu tư. Trong quá trình triển khai thực hiện, các chủ đầu tư được phép quyết định điều chuyển vốn.
""")
    assert roles(doc, "Thủ trưởng các ngành") == (["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"], [])


# ------------------------------------------------------------------ not tasks

def test_shared_head_after_a_head_word():
    doc = parse("""\
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng; Giám đốc Kho bạc Nhà nước tỉnh; Thủ trưởng các cơ quan, đơn vị có liên quan và Chủ tịch UBND huyện Phù Mỹ chịu trách nhiệm thi hành Quyết định này./.
""")
    assert roles(doc, "Chánh Văn phòng") == (
        ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng",
         "Kho bạc Nhà nước tỉnh", "Các cơ quan có liên quan", "Ủy ban nhân dân huyện Phù Mỹ"], [])


def test_decision_articles():
    doc = chidao.parse("""\
ỦY BAN NHÂN DÂN
TỈNH TRÀ VINH
Số: 01/QĐ-UBND
Trà Vinh, ngày 02 tháng 01 năm 2020
QUYẾT ĐỊNH
Ban hành Kế hoạch hành động năm 2020
ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động năm 2020.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các Sở, Ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.
""")
    assert task(doc, "Ban hành kèm theo") is None
    assert task(doc, "Quyết định này có hiệu lực") is None
    assert roles(doc, "Chánh Văn phòng") == (
        ["Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"], [])


def test_purposes_are_not_tasks_but_the_work_is():
    doc = parse("""\
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức về chuyển đổi số.
2. Yêu cầu
- Các sở, ngành, địa phương bám sát mục tiêu.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Thông tin và Truyền thông
- Chủ trì xây dựng nền tảng chia sẻ dữ liệu; phối hợp với Sở Tài chính, Sở KH&ĐT bố trí kinh phí.
- Hướng dẫn UBND các huyện, thị xã, thành phố triển khai.
""")
    assert task(doc, "Nâng cao nhận thức") is None
    assert task(doc, "Các sở, ngành, địa phương bám sát") is None
    assert task(doc, "Sở Thông tin và Truyền thông") is None  # names the doer of the items below
    assert roles(doc, "Chủ trì xây dựng") == (
        ["Sở Thông tin và Truyền thông"], ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"])
    assert roles(doc, "Hướng dẫn UBND") == (["Sở Thông tin và Truyền thông"], [])


# ------------------------------------------------------------------ tables, links, ids

def test_rows_of_a_table_of_tasks():
    doc = parse("""\
II. NHIỆM VỤ CỤ THỂ
PHỤ LỤC
DANH MỤC NHIỆM VỤ
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Làm sạch dữ liệu hộ tịch | Sở Tư pháp | Công an tỉnh; UBND các huyện, thành phố | Quý II/2024 |
| 2 | Tích hợp dịch vụ công trực tuyến | Văn phòng UBND tỉnh | Sở TT&TT, các sở, ngành liên quan | Tháng 6/2024 |
""")
    assert roles(doc, "Làm sạch dữ liệu") == (["Sở Tư pháp"], ["Công an tỉnh", "Ủy ban nhân dân cấp huyện"])
    assert roles(doc, "Tích hợp dịch vụ") == (
        ["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Thông tin và Truyền thông", "Các sở, ban, ngành"])


def test_deadlines_targets_and_citations_of_the_units_own_text():
    doc = parse("""\
1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ:
a) Tham mưu kế hoạch chuyển đổi số theo Quyết định số 749/QĐ-TTg ngày 03/6/2020, hoàn thành trước ngày 30/4/2024.
b) Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%.
""")
    a, b = task(doc, "Tham mưu kế hoạch"), task(doc, "Phấn đấu tỷ lệ")
    for t in (a, b):
        for kind in ("deadlines", "targets", "citations"):
            for i in getattr(t, kind):
                span = getattr(doc, kind)[i].span
                assert t.span[0] <= span[0] < t.span[1]
    assert [doc.deadlines[i].date for i in a.deadlines] == ["2024-04-30"]
    assert [doc.citations[i].number for i in a.citations] == ["749/QĐ-TTg"]
    assert b.deadlines == [] and len(b.targets) == 1


def test_ids_nodes_and_spans():
    doc = parse("""\
1. Sở Y tế chủ trì theo dõi tình hình dịch bệnh.
2. Sở Giáo dục và Đào tạo phối hợp với Sở Y tế triển khai tiêm chủng trong trường học.
""")
    assert [t.id for t in doc.tasks] == ["t1", "t2"]
    ids = {n.id for n in doc.iter_nodes()}
    for t in doc.tasks:
        assert t.node_id in ids
        assert doc.text[t.span[0]:t.span[1]] == t.text
    assert roles(doc, "Sở Giáo dục") == (["Sở Giáo dục và Đào tạo"], ["Sở Y tế"])


@pytest.mark.parametrize("body", ["", "Chỉ có một đoạn văn không đánh số, giao Sở Y tế thực hiện."])
def test_no_outline_no_tasks(body):
    assert parse(body).tasks == []
