"""Assignments: which unit asks which body to do what.

Each case is a short document as offices print them; a task is looked up by
the first words of its unit, and its lead and support are the canonical names
a careful reader writes down.
"""

from __future__ import annotations

import itertools

import pytest

import chidao
from chidao.extract.tasks import _boundaries

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


# ------------------------------------------------------------------ central documents, addresses, OCR

GOVERNMENT = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 08/CT-TTg
Hà Nội, ngày 04 tháng 3 năm 2021

CHỈ THỊ
Về các giải pháp hỗ trợ doanh nghiệp

"""

GENERAL_DEPARTMENT = """\
BỘ TÀI CHÍNH
TỔNG CỤC HẢI QUAN
Số: 1234/TCHQ-GSQL
Hà Nội, ngày 10 tháng 5 năm 2019
V/v tăng cường kiểm tra sau thông quan

Kính gửi: Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương.

"""


def test_address_of_a_central_directive_and_its_groups():
    doc = parse("""\
Năm qua, Chính phủ, Thủ tướng Chính phủ đã kịp thời chỉ đạo các cấp, các ngành triển khai nhiều giải pháp.

Để tháo gỡ khó khăn, Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập đoàn kinh tế, tổng công ty nhà nước tập trung thực hiện:

1. Quán triệt tinh thần chỉ đạo, chủ động xây dựng kế hoạch thực hiện.
2. Các bộ, ngành, địa phương rà soát thủ tục hành chính.
3. Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập đoàn, tổng công ty nhà nước chủ động thực hiện các giải pháp sản xuất kinh doanh.
""", header=GOVERNMENT)
    everyone = ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                "Các tập đoàn kinh tế, tổng công ty nhà nước"]
    assert roles(doc, "Quán triệt") == (everyone, [])     # the board of each company is not a doer
    assert roles(doc, "Các bộ, ngành, địa phương") == (everyone[:2], [])
    assert roles(doc, "Chủ tịch Hội đồng") == (everyone[2:], [])


def test_an_address_after_findings():
    doc = parse("""\
Qua kiểm tra 6 tháng đầu năm cho thấy:

- Một số Cục Hải quan có tỷ lệ kiểm tra thấp như: Cục Hải quan tỉnh Lạng Sơn, Quảng Ninh.

- Dữ liệu trên hệ thống chưa được cập nhật kịp thời như Cục Hải quan thành phố Hải Phòng.

Để khắc phục những tồn tại trên, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương thực hiện các giải pháp sau:

1/ Các Cục Hải quan rà soát kế hoạch kiểm tra sau thông quan.

- Lựa chọn doanh nghiệp có rủi ro cao để kiểm tra ngay.

2/ Tăng cường chỉ đạo thu hồi nợ thuế sau kiểm tra. Theo đó, mỗi đoàn kiểm tra phải phối hợp với bộ phận quản lý nợ theo dõi.

- Phân công đầu mối cập nhật dữ liệu.

3/ Đối với 5 Cục Hải quan có số thu lớn, yêu cầu báo cáo kết quả (gửi file về địa chỉ: kiemtra@customs.gov.vn).
""", header=GENERAL_DEPARTMENT)
    cls = ["Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương"]
    # what was found is not a task, and the offices named in the findings do not lend their names
    assert task(doc, "Một số Cục Hải quan") is None and task(doc, "Dữ liệu trên hệ thống") is None
    for item in ("Các Cục Hải quan rà soát", "Lựa chọn doanh nghiệp", "Tăng cường chỉ đạo thu hồi",
                 "Phân công đầu mối", "Đối với 5 Cục"):
        assert roles(doc, item) == (cls, []), item


def test_a_narrative_giver_is_not_the_address():
    doc = chidao.parse("""\
ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 300/UBND-KT
Long An, ngày 05 tháng 6 năm 2023
V/v phòng chống hạn mặn

Kính gửi:
- Sở Nông nghiệp và Phát triển nông thôn;
- UBND các huyện, thị xã, thành phố.

Thời gian qua, UBND tỉnh đã yêu cầu Sở Tài chính bố trí kinh phí chống hạn. Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Tăng cường theo dõi diễn biến độ mặn.
""")
    assert roles(doc, "Tăng cường theo dõi") == (
        ["Sở Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân cấp huyện"], [])


def test_recipients_of_reports_are_not_doers():
    doc = parse("""\
a) Bộ Tài chính:
- Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư đề xuất chính sách hỗ trợ, báo cáo Thủ tướng

Chính phủ trong tháng 3 năm 2021.
- Khẩn trương báo cáo Chính phủ trong tháng 3 năm 2021 để trình Ủy ban Thường vụ Quốc hội.
- Trình ngay Thủ tướng Chính phủ quyết định thí điểm; gửi Bộ Tư pháp thẩm định.
""", header=GOVERNMENT)
    assert roles(doc, "Chủ trì, phối hợp") == (["Bộ Tài chính"], ["Bộ Kế hoạch và Đầu tư"])
    assert roles(doc, "Khẩn trương báo cáo") == (["Bộ Tài chính"], [])
    assert roles(doc, "Trình ngay") == (["Bộ Tài chính"], [])


SUPPORT_FORMS = [
    ("a shared head after a colon",
     "a) Bộ Công Thương:\n- Chủ trì, phối hợp với các Bộ: Nông nghiệp và Phát triển nông thôn, Xây dựng và các cơ "
     "quan liên quan rà soát nguồn cung.\n", "Chủ trì, phối hợp",
     (["Bộ Công Thương"], ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng", "Các cơ quan có liên quan"])),
    ("a shared head without 'với'",
     "b) Bộ Ngoại giao chủ trì, phối hợp các Bộ: Công an, Tài chính cải tiến thủ tục thị thực.\n", "Bộ Ngoại giao",
     (["Bộ Ngoại giao"], ["Bộ Công an", "Bộ Tài chính"])),
    ("a tone lost by OCR", "c) Bộ Tài chính chủ trì, phối hop với Bộ Văn hóa, Thể thao và Du lịch đưa Quỹ vào "
     "hoạt động.\n", "Bộ Tài chính", (["Bộ Tài chính"], ["Bộ Văn hóa, Thể thao và Du lịch"])),
    ("chủ trì cùng",
     "7. Đẩy mạnh thông tin\nBộ Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các "
     "bộ, ngành, địa phương:\n- Cung cấp thông tin chính thống.\n", "Cung cấp thông tin",
     (["Bộ Thông tin và Truyền thông"], ["Ban Tuyên giáo Trung ương",
                                         "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])),
    ("the ministries with the central bodies and the provinces",
     "b) Bộ Kế hoạch và Đầu tư:\n- Chủ trì phối hợp với các bộ, ngành, cơ quan trung ương và địa phương trình "
     "Chính phủ chương trình cắt giảm thủ tục.\n", "Chủ trì phối hợp",
     (["Bộ Kế hoạch và Đầu tư"], ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                  "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])),
    ("a supporter named again beside the doer stays a supporter",
     "3. Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành theo dõi tình hình thực hiện. Bộ Kế hoạch và "
     "Đầu tư và các bộ, ngành thường xuyên đánh giá tác động.\n", "Bộ Kế hoạch và Đầu tư chủ trì",
     (["Bộ Kế hoạch và Đầu tư"], ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"])),
    # matched regardless of case, with what case-insensitive matching takes for "i" and "s" ("ı", "ſ")
    ("in capitals", "d) Bộ Công Thương chủ trì, VỚI SỰ PHỐI HỢP CỦA Bộ Xây dựng, kiểm tra thị trường.\n",
     "Bộ Công Thương", (["Bộ Công Thương"], ["Bộ Xây dựng"])),
    ("a dotless i and a long s", "đ) Bộ Y tế chủ trì, phốı hợp với Bộ Tài chính; Bộ Nội vụ chủ trì, với ſự phối "
     "hợp của Bộ Tư pháp rà soát.\n", "Bộ Y tế", (["Bộ Y tế", "Bộ Nội vụ"], ["Bộ Tài chính", "Bộ Tư pháp"])),
]


@pytest.mark.parametrize("case, body, prefix, expected", SUPPORT_FORMS, ids=[c[0] for c in SUPPORT_FORMS])
def test_forms_of_support(case, body, prefix, expected):
    assert roles(parse(body, header=GOVERNMENT), prefix) == expected


def test_who_a_doer_asks_is_not_a_doer_of_the_unit():
    doc = parse("""\
c) Bộ Thông tin và Truyền thông tập trung nghiên cứu giải pháp thúc đẩy kinh tế số; đồng thời yêu cầu các cấp, các ngành và đề nghị cộng đồng doanh nghiệp triển khai ứng dụng.
d) Các bộ, cơ quan trung ương và địa phương khẩn trương giao kế hoạch vốn. Yêu cầu các tập đoàn, tổng công ty nhà nước thường xuyên kiểm tra tiến độ.
""", header=GOVERNMENT)
    assert roles(doc, "Bộ Thông tin") == (["Bộ Thông tin và Truyền thông"], [])
    # the document's own voice ("Yêu cầu …" opening a sentence) names more doers
    assert roles(doc, "Các bộ, cơ quan") == (
        ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
         "Các tập đoàn kinh tế, tổng công ty nhà nước"], [])


def test_debris_between_marker_and_text():
    doc = parse("""\
1. Tháo gỡ khó khăn về tín dụng
đ) 1 Đề nghị Tổng Liên đoàn Lao động Việt Nam xem xét lùi thời điểm đóng kinh phí công đoàn.
""", header=GOVERNMENT)
    t = task(doc, "1 Đề nghị")
    assert (t.lead, t.request) == (["Tổng Liên đoàn Lao động Việt Nam"], True)


def test_a_title_is_not_a_task_but_sentences_over_items_are():
    doc = parse("""\
II. NHIỆM VỤ
1. Tập trung hoàn thiện cơ chế, chính sách; đẩy mạnh cải cách thủ tục hành chính phục vụ người dân.
- Các sở, ngành rà soát thủ tục hành chính.
2. Tăng cường chỉ đạo thu nộp ngân sách các khoản phải nộp sau thanh tra. Theo đó, mỗi đoàn thanh tra phải phối hợp với bộ phận quản lý nợ theo dõi.
- Phân công đầu mối nhập dữ liệu.
""")
    assert task(doc, "Tập trung hoàn thiện") is None
    assert task(doc, "Tăng cường chỉ đạo thu nộp") is not None


def test_a_party_programme():
    doc = chidao.parse("""\
TỈNH ỦY QUẢNG NINH
Số 15-CT/TU
Hạ Long, ngày 10 tháng 3 năm 2024

CHỈ THỊ
Về tăng cường công tác phòng, chống thiên tai

Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền các cấp tập trung thực hiện tốt các nhiệm vụ sau:

1. Quán triệt sâu sắc quan điểm chỉ đạo của Trung ương về phòng, chống thiên tai.
2. Tổ chức thực hiện
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện.
- Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban Dân vận Tỉnh ủy hướng dẫn tuyên truyền.
""")
    assert roles(doc, "Quán triệt") == (["Các cấp ủy, tổ chức đảng", "Ủy ban nhân dân các cấp"], [])
    assert roles(doc, "Các huyện ủy") == (["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc"], [])
    assert roles(doc, "Ban Tuyên giáo") == (["Ban Tuyên giáo Tỉnh ủy"], ["Ban Dân vận Tỉnh ủy"])


def test_post_2025_province():
    doc = parse("""\
Để vận hành chính quyền địa phương hai cấp, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành; Ủy ban nhân dân các xã, phường, đặc khu thực hiện các nhiệm vụ sau:
1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Thuế tỉnh, Công an tỉnh rà soát biên chế.
2. Sở Nông nghiệp và Môi trường hướng dẫn quản lý đất đai.
3. Tổ chức tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công.
""", header=HEADER.replace("2024", "2025").replace("12 tháng 3", "12 tháng 8"))
    assert roles(doc, "Sở Nội vụ") == (["Sở Nội vụ"], ["Sở Tài chính", "Thuế tỉnh", "Công an tỉnh"])
    assert roles(doc, "Sở Nông nghiệp") == (["Sở Nông nghiệp và Môi trường"], [])
    assert roles(doc, "Tổ chức tiếp nhận") == (["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"], [])


def test_a_letters_addressees_are_not_their_owner():
    doc = chidao.parse("""\
TỔNG CỤC HẢI QUAN
Số: 55/TCHQ-PC
Hà Nội, ngày 09 tháng 11 năm 2023
V/v chấn chỉnh việc ban hành văn bản

Kính gửi:
- Các Vụ, Cục, đơn vị thuộc Tổng cục Hải quan;
- Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương.

Thời gian qua còn nhiều văn bản trả lời chưa rõ ràng.

1. Văn bản trả lời phải đúng thẩm quyền.
""")
    assert roles(doc, "Văn bản trả lời") == (["Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương"], [])


def test_rows_read_by_the_cells_the_outline_kept():
    doc = parse("""\
I. NHIỆM VỤ
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Rà soát Sở Tài chính và UBND các huyện về thủ tục | Văn phòng UBND tỉnh | Sở Tài chính; UBND các huyện, thị xã, thành phố | Quý II/2024 |
""")
    # the body named in the task cell is not the doer
    assert roles(doc, "Rà soát Sở Tài chính") == (
        ["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Tài chính", "Ủy ban nhân dân cấp huyện"])


def test_a_district_plan():
    doc = chidao.parse("""\
ỦY BAN NHÂN DÂN
HUYỆN KỲ ANH
Số: 45/KH-UBND
Kỳ Anh, ngày 10 tháng 4 năm 2023

KẾ HOẠCH
Phòng chống dịch bệnh trên đàn gia súc

II. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Phát triển nông thôn
- Chủ trì, phối hợp với Trạm Chăn nuôi và Thú y, các ngành liên quan tham mưu UBND huyện chỉ đạo.
2. Công an huyện phối hợp với các cơ quan, đơn vị kiểm soát vận chuyển gia súc.
3. Ủy ban nhân dân các xã, thị trấn
Tổ chức tiêm phòng; báo cáo UBND huyện trước ngày 20 hằng tháng.
""")
    # the district's own offices: "các ngành", "các cơ quan, đơn vị" of a district are its phòng, ban
    assert roles(doc, "Chủ trì, phối hợp") == (
        ["Phòng Nông nghiệp và Phát triển nông thôn"], ["Trạm Chăn nuôi và Thú y", "Các phòng, ban, ngành"])
    assert roles(doc, "Công an huyện") == (["Công an huyện"], ["Các phòng, ban, ngành"])
    assert roles(doc, "Ủy ban nhân dân các xã") == (["Ủy ban nhân dân cấp xã"], [])
    assert "Ủy ban nhân dân cấp huyện" not in {a.canonical for a in doc.agencies}  # the issuer is one body


def test_a_sentence_broken_over_a_line_is_not_a_title():
    doc = parse("""\
b) Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Công
Thương và các cơ quan liên quan chỉ đạo đẩy mạnh sản xuất, báo cáo Thủ tướng Chính phủ.
""", header=GOVERNMENT)
    assert roles(doc, "Bộ Nông nghiệp") == (
        ["Bộ Nông nghiệp và Phát triển nông thôn"], ["Bộ Công Thương", "Các cơ quan có liên quan"])


# ------------------------------------------------------------------ headings, reports, lists of addressees

HEADER_2025 = HEADER.replace("12 tháng 3 năm 2024", "12 tháng 8 năm 2025")
GOV_HEADER = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 08/CT-TTg
Hà Nội, ngày 12 tháng 3 năm 2024

CHỈ THỊ
Về việc đẩy mạnh giải ngân vốn đầu tư công

"""
REPORT_HEADER = """\
UBND TỈNH TRÀ VINH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 120/BC-SNNMT
Trà Vinh, ngày 10 tháng 9 năm 2025

BÁO CÁO
Kết quả thực hiện nhiệm vụ 9 tháng năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh.

"""

DOER_CASES = [
    # 1. a heading that names the doer of its items
    ("heading names a body", HEADER, """\
UBND tỉnh yêu cầu các sở, ban, ngành tỉnh thực hiện tốt các nhiệm vụ sau:
1. Đối với Sở Tài chính:
a) Rà soát, bố trí vốn đầu tư công kịp thời cho các dự án.
2. Đối với Kho bạc Nhà nước:
- Kiểm soát chi chặt chẽ, đúng quy định.
3. Đối với các địa phương:
- Tập trung giải phóng mặt bằng.
4. Đối với các dự án chuyển tiếp:
- Đẩy nhanh tiến độ thi công.
""", {"Rà soát, bố trí": ["Sở Tài chính"], "Kiểm soát chi": ["Kho bạc Nhà nước"],
      "Tập trung giải phóng": ["Ủy ban nhân dân cấp huyện"],
      "Đẩy nhanh tiến độ": ["Các sở, ban, ngành"]}),          # a topic, not a body: the address stays
    ("heading names groups in a central text", GOV_HEADER, """\
Thủ tướng Chính phủ yêu cầu:
1. Đối với các Bộ, ngành:
a) Khẩn trương rà soát các văn bản hướng dẫn.
2. Đối với các địa phương:
a) Tập trung giải phóng mặt bằng.
""", {"Khẩn trương rà soát": ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
      "Tập trung giải phóng": ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]}),
    ("heading with its work inline", HEADER, """\
1. Đối với Sở Y tế: Tăng cường kiểm tra an toàn thực phẩm trên địa bàn.
""", {"Đối với Sở Y tế": ["Sở Y tế"]}),
    # 3. a unit that names its own doer after a time phrase does not inherit the heading's
    ("own doer after a time phrase", HEADER, """\
2. Đối với Sở Tài chính:
- Hàng tháng Kho bạc Nhà nước tỉnh tổng hợp tình hình giải ngân. Sở Tài chính theo dõi.
- Định kỳ hằng quý Công an tỉnh báo cáo kết quả.
- Hướng dẫn thủ tục thanh toán.
""", {"Hàng tháng Kho bạc": ["Kho bạc Nhà nước tỉnh", "Sở Tài chính"], "Định kỳ hằng quý": ["Công an tỉnh"],
      "Hướng dẫn thủ tục": ["Sở Tài chính"]}),
    # 4. a second group of addressees after words that qualify the first
    ("second addressee group", HEADER_2025, """\
Để thực hiện tốt nhiệm vụ, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị thuộc \
tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường tập trung thực hiện các nội dung sau:
1. Tăng cường công tác tuyên truyền về phòng cháy.
""", {"Tăng cường công tác": ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"]}),
    ("heads of two groups before the second", HEADER_2025, """\
1. Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị thuộc tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường:
a) Quán triệt phương châm "bốn tại chỗ" và "ba sẵn sàng".
11. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, \
phường nghiêm túc triển khai thực hiện Chỉ thị này./.
""", {"Quán triệt": ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"],
      "Giao Văn phòng": ["Văn phòng Ủy ban nhân dân tỉnh"]}),      # the closing paragraph is no part of 11.
    ("the Government's bodies 'trực thuộc Chính phủ'", GOV_HEADER, """\
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban \
nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.
""", {"Các Bộ trưởng": ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]}),
    ("a verb between names ends the list", HEADER, """\
UBND tỉnh yêu cầu các sở, ban, ngành tăng cường phối hợp với UBND các huyện, thị xã thực hiện:
1. Kiểm tra an toàn các khu dân cư.
""", {"Kiểm tra an toàn": ["Các sở, ban, ngành"]}),
    ("central bodies and localities", GOV_HEADER, """\
Thủ tướng Chính phủ yêu cầu các Bộ, cơ quan trung ương và địa phương thực hiện:
1. Rà soát các quy định về đầu tư công.
""", {"Rà soát các quy định": ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                               "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]}),
    # 2. a report addressed upward plans the issuer's own work
    ("a report's planned work is the issuer's", REPORT_HEADER, """\
I. KẾT QUẢ THỰC HIỆN
1. Sản xuất nông nghiệp ổn định, đã tổ chức kiểm tra 20 cơ sở.
II. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
1. Tiếp tục hướng dẫn nông dân xuống giống vụ Đông Xuân đúng lịch thời vụ.
2. Phối hợp với Ủy ban nhân dân các xã, phường kiểm tra đê bao.
""", {"Tiếp tục hướng dẫn": ["Sở Nông nghiệp và Môi trường"],
      "Phối hợp với Ủy ban": ["Sở Nông nghiệp và Môi trường"]}),
]


@pytest.mark.parametrize("case, header, body, leads", DOER_CASES, ids=[c[0] for c in DOER_CASES])
def test_where_the_doer_is_named(case, header, body, leads):
    doc = parse(body, header)
    for prefix, lead in leads.items():
        assert roles(doc, prefix)[0] == lead, prefix


def test_a_report_has_no_task_in_its_results():
    doc = parse(DOER_CASES[-1][2], REPORT_HEADER)
    assert task(doc, "Sản xuất nông nghiệp") is None
    assert roles(doc, "Phối hợp với Ủy ban")[1] == ["Ủy ban nhân dân cấp xã"]


@pytest.mark.parametrize("header, expected", [
    (HEADER_2025, ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"]),   # two-level government
    (HEADER, ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]),
])
def test_localities_follow_the_document_date(header, expected):
    doc = parse("1. Sở Y tế chủ trì, phối hợp với các sở, ngành, địa phương kiểm tra an toàn thực phẩm.\n", header)
    assert roles(doc, "Sở Y tế chủ trì") == (["Sở Y tế"], expected)


# ------------------------------------------------------------------ cheap tests before the patterns

import re  # noqa: E402

from chidao.extract import tasks as _tasks  # noqa: E402
from chidao.text import fold_tones  # noqa: E402

_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize("word", ["các", "đề", "riêng", "sau", "kính", "ông", "yêu", "từ", "bên", "căn", "nhiệm"])
def test_folded_openers_hold_every_form_the_engine_takes(word):
    openers = _tasks._folded_openers(word)
    firsts, seconds = ({m.group() for m in re.finditer(re.escape(c), _EVERY_CHARACTER, re.IGNORECASE)}
                       for c in word[:2])
    assert {fold_tones(a + b) for a in firsts for b in seconds} <= openers


_OPENER_TEXTS = [
    _tasks.__doc__, _tasks.__doc__.upper(),
    "Căn cứ Chỉ thị này, Sở Y tế …; Đối với các dự án, Sở A …; Định kỳ hằng tháng Sở B …; ſau khi …, Sở C …",
    "TRÁCH NHIỆM CỤ THỂ CỦA Sở Y tế; Về phía Sở A: …; RİÊNG Sở B; Kính đề nghị Ủy ban …; Các đồng chí Phó Chủ tịch",
    "Cuối mỗi quý, Sở Tài chính …; Đồng thời, Sở Nội vụ …; Trân trọng đề nghị …; Bà Nguyễn Thị A; những ông …",
]


@pytest.mark.parametrize("pattern, openers", [
    (_tasks._OPENING, _tasks._OPENING_OPENERS), (_tasks._FOR_BODY, _tasks._FOR_BODY_OPENERS),
    (_tasks._CLAUSE_GIVE, _tasks._CLAUSE_GIVE_OPENERS), (_tasks._FILLER, _tasks._FILLER_OPENERS),
], ids=["opening", "for_body", "clause_give", "filler"])
def test_openers_rule_out_only_places_the_pattern_cannot_match(pattern, openers):
    matched = 0
    for text in _OPENER_TEXTS:
        folded = fold_tones(text)
        for q in range(len(text)):
            if pattern.match(text, q):
                matched += 1
                assert folded[q:q + 2] in openers, text[q:q + 30]
    assert matched >= 3


def test_skip_space_is_what_isspace_says():
    assert {m.group() for m in re.finditer(r"\s", _EVERY_CHARACTER)} == {c for c in _EVERY_CHARACTER if c.isspace()}
    assert _tasks._skip_space(" \t\n x", 0) == 4 and _tasks._skip_space("ab", 5) == 5


def test_upper_changes_no_character_into_a_string_that_opens_with_it():
    # what lets _is_heading tell a sentence from its first letters
    assert not [c for c in _EVERY_CHARACTER if c.upper() != c and c.upper()[0] == c]
    assert _tasks._is_heading("I. TẬP TRUNG THỰC HIỆN CÁC NHIỆM VỤ\nSở Y tế") and not _tasks._is_heading("Tăng CƯỜNG")


@pytest.mark.parametrize("heading", [
    "II. NHIỆM VỤ, GIẢI PHÁP", "Kết quả thực hiện", "MỤC ĐÍCH, YÊU CẦU", "căn cứ pháp lý", "Tình hình",
    "Tổ chức triển khai thực hiện các nhiệm vụ", "TÌNH HİNH", "Phân công", "Về an toàn giao thông", "",
])
def test_section_search_is_the_search(heading):
    got, want = _tasks._section_search(heading), _tasks._SECTION.search(heading)
    assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


def _title_end_by_the_pattern(text, s, e):
    """What _title_end says, read from _TITLE_LINE alone (the cheap tests before it left out)."""
    m = _tasks._TITLE_LINE.match(text, s, e)
    if not m or m.end() >= e or not text[m.end()].isupper():
        return None
    line = m.group(1)
    if line[-1] in ".,;:-–" or len(line.split()) > 15 or _tasks._OPEN_END.search(line):
        return None
    return m.end(1)


@pytest.mark.parametrize("text", [
    "7. Đẩy mạnh thông tin\nBộ Thông tin và Truyền thông phối hợp", "Đẩy mạnh thông tin \t\n \tBộ Y tế",
    "Đẩy mạnh thông tin\n\tsở Y tế", "Đẩy mạnh thông tin\n", "Đẩy mạnh thông tin\n  ", "\nBộ Y tế", "  \n Bộ",
    "Đẩy mạnh thông tin:\nBộ Y tế", "Phối hợp với Bộ Công\nThương", "x" * 130 + "\nBộ Y tế", "Một hai\n(Bộ Y tế)",
])
def test_title_end_is_what_the_pattern_says(text):
    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            assert _tasks._title_end(text, s, e) == _title_end_by_the_pattern(text, s, e), (s, e)


def test_clause_boundaries_are_those_of_one_pattern():
    """_boundaries looks for the characters a boundary opens on with str.find; it must find
    what one finditer of the pattern it stands for finds, in any stretch of any text."""
    spec = re.compile(r";|\.(?=\s)|:(?=\s|$)|\n\s*\n|\n(?=\s*[-+•*]\s)")
    texts = ["a; b. c: d\n\ne\n- f\n+ g\n\u2022 h.\u00a0i:\u2028j::.;", "x.\n \n\t\ny:", ":\n", ".",
             "1.2. Sở A: tổ chức; 3) b\n \n\n* c", "\n\n\n- \n"]
    for text in texts:
        for s, e in itertools.combinations_with_replacement(range(len(text) + 1), 2):
            want = [(m.start(), m.end(), m.group()) for m in spec.finditer(text, s, e)]
            assert _boundaries(text, s, e) == want, (text, s, e)
