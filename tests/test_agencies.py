"""Bodies named in a document: every family of the gazetteer, each abbreviation,
the 2025 successors, shared-head lists, and what is not an agency.

Each case is a passage as it is printed in real directives, plans and letters,
with the canonical names a careful reader writes down.
"""

from __future__ import annotations


import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.context import DocContext
from chidao.extract.agencies import find_agencies, scan
from chidao.extract.gazetteer import load, modern_tones
from chidao.schema import Meta

PROVINCE = dict(issuer="Ủy ban nhân dân tỉnh Trà Vinh", place="Trà Vinh", doc_type="Chỉ thị", date="2020-01-02")


def mentions(text: str, **meta):
    return find_agencies(DocContext(text=text, meta=Meta(**(meta or PROVINCE))))


def names(text: str, **meta) -> list[str]:
    """Distinct canonical names of the specific bodies, in reading order."""
    return list(dict.fromkeys(m.canonical for m in mentions(text, **meta) if not m.group))


def groups(text: str, **meta) -> list[str]:
    return list(dict.fromkeys(m.canonical for m in mentions(text, **meta) if m.group))


# ------------------------------------------------------------------ families of bodies

FAMILIES = [
    ("central state bodies",
     "Thực hiện Nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội và Chính phủ; Văn phòng Chính phủ, "
     "Thanh tra Chính phủ, Kiểm toán Nhà nước và Ngân hàng Nhà nước Việt Nam theo dõi.",
     ["Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Văn phòng Chính phủ", "Thanh tra Chính phủ",
      "Kiểm toán Nhà nước", "Ngân hàng Nhà nước Việt Nam"]),
    ("ministries before 2025",
     "Bộ Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài nguyên và Môi trường, "
     "Bộ Giao thông vận tải, Bộ Thông tin và Truyền thông, Bộ Lao động - Thương binh và Xã hội, Ủy ban Dân tộc.",
     ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Nông nghiệp và Phát triển nông thôn",
      "Bộ Tài nguyên và Môi trường", "Bộ Giao thông vận tải", "Bộ Thông tin và Truyền thông",
      "Bộ Lao động - Thương binh và Xã hội", "Ủy ban Dân tộc"]),
    ("ministries after 2025",
     "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Khoa học và Công nghệ, "
     "Bộ Nội vụ, Bộ Xây dựng, Bộ Công an, Bộ Quốc phòng và Bộ Ngoại giao.",
     ["Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo", "Bộ Khoa học và Công nghệ", "Bộ Nội vụ",
      "Bộ Xây dựng", "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao"]),
    ("Party bodies",
     "Thực hiện Kết luận của Bộ Chính trị, Ban Bí thư và Nghị quyết của Ban Chấp hành Trung ương; Ban Thường vụ "
     "Tỉnh ủy, Thường trực Tỉnh ủy, Ủy ban Kiểm tra Trung ương, Ủy ban Kiểm tra Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy "
     "và Ban Cán sự Đảng UBND tỉnh.",
     ["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Ban Thường vụ Tỉnh ủy",
      "Thường trực Tỉnh ủy", "Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
      "Ban Cán sự Đảng Ủy ban nhân dân tỉnh"]),
    ("provincial government",
     "Ủy ban nhân dân tỉnh giao Văn phòng UBND tỉnh, Thanh tra tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, "
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh báo cáo Hội đồng nhân dân tỉnh.",
     ["Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Thanh tra tỉnh", "Công an tỉnh",
      "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội đồng nhân dân tỉnh"]),
    ("offices of central bodies in the province",
     "Cục Thuế tỉnh, Cục Hải quan tỉnh, Cục Thống kê, Kho bạc Nhà nước tỉnh, Ngân hàng Nhà nước Chi nhánh tỉnh "
     "Trà Vinh, Bảo hiểm xã hội tỉnh và Cục Quản lý thị trường phối hợp thực hiện.",
     ["Cục Thuế tỉnh", "Cục Hải quan tỉnh", "Cục Thống kê", "Kho bạc Nhà nước tỉnh",
      "Ngân hàng Nhà nước Chi nhánh tỉnh Trà Vinh", "Bảo hiểm xã hội tỉnh", "Cục Quản lý thị trường"]),
    ("other provincial bodies",
     "Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp, Đài Phát thanh và Truyền hình, Báo Trà Vinh, "
     "Ban Dân tộc, Ban An toàn giao thông tỉnh, Quỹ Đầu tư phát triển tỉnh tham gia.",
     ["Ban Quản lý Khu kinh tế", "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình",
      "Báo Trà Vinh", "Ban Dân tộc", "Ban An toàn giao thông tỉnh", "Quỹ Đầu tư phát triển tỉnh"]),
    ("the Front and mass organisations",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên minh Hợp tác xã tỉnh, Hội Liên hiệp Phụ nữ tỉnh, "
     "Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh Đoàn và Liên đoàn Lao động tỉnh vận động đoàn viên.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên minh Hợp tác xã tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
      "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Tỉnh Đoàn", "Liên đoàn Lao động tỉnh"]),
    ("every sở of NĐ 24/2014 and NĐ 107/2020",
     "Sở Nội vụ, Sở Tư pháp, Sở Kế hoạch và Đầu tư, Sở Tài chính, Sở Công Thương, Sở Nông nghiệp và Phát triển "
     "nông thôn, Sở Giao thông vận tải, Sở Xây dựng, Sở Tài nguyên và Môi trường, Sở Thông tin và Truyền thông, "
     "Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ, "
     "Sở Giáo dục và Đào tạo, Sở Y tế, Sở Ngoại vụ, Sở Du lịch.",
     ["Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
      "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
      "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
      "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
      "Sở Ngoại vụ", "Sở Du lịch"]),
    ("sở of the 2025 restructuring",
     "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Dân tộc và Tôn giáo, Sở Tài chính, Sở Xây dựng, "
     "Thuế tỉnh và Công an tỉnh.",
     ["Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Sở Tài chính", "Sở Xây dựng", "Thuế tỉnh",
      "Công an tỉnh"]),
    ("bodies outside the gazetteer",
     "Nâng cao chất lượng Trung tâm Phục vụ hành chính công; hỗ trợ Đại học Bách Khoa cơ sở 2, Trường đại học "
     "Y Dược Thái Bình; đề án tổ chức lại Bệnh viện Đa khoa huyện Kỳ Anh. Thực hiện việc di dời Bảo tàng tỉnh.",
     ["Trung tâm Phục vụ hành chính công", "Đại học Bách Khoa", "Trường Đại học Y Dược Thái Bình",
      "Bệnh viện Đa khoa huyện Kỳ Anh", "Bảo tàng tỉnh"]),
]


@pytest.mark.parametrize("family, passage, expected", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_every_family_of_bodies(family, passage, expected):
    assert names(passage) == expected


# ------------------------------------------------------------------ abbreviations and spellings

ABBREVIATIONS = [
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở KHĐT", "Sở Kế hoạch và Đầu tư"),
    ("Bộ KH và ĐT", "Bộ Kế hoạch và Đầu tư"),
    ("Sở KH-ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở NN và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở GTVT", "Sở Giao thông vận tải"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
    ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("UBMTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("BCH BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Liên minh HTX tỉnh", "Liên minh Hợp tác xã tỉnh"),
    ("TT.TU", "Thường trực Tỉnh ủy"),
    ("TT.HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh"),
    ("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
    ("VP Chính phủ", "Văn phòng Chính phủ"),
    ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("NHNN Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
    ("KBNN tỉnh", "Kho bạc Nhà nước tỉnh"),
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
    ("Đoàn ĐBQH tỉnh", "Đoàn Đại biểu Quốc hội tỉnh"),
    ("BQL các KCN", "Ban Quản lý các khu công nghiệp"),
    ("Ban Chỉ huy PCTT và TKCN tỉnh", "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"),
]


@pytest.mark.parametrize("printed, canonical", ABBREVIATIONS, ids=[a[0] for a in ABBREVIATIONS])
def test_each_abbreviation_is_expanded(printed, canonical):
    passage = f"Giao {printed} chủ trì, tổng hợp báo cáo kết quả."
    assert names(passage) == [canonical]


SPELLINGS = [
    ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),                     # old tone placement
    ("UỶ BAN NHÂN DÂN TỈNH TRÀ VINH", "Ủy ban nhân dân tỉnh"),            # capitals, home province dropped
    ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở xây dựng", "Sở Xây dựng"),                                       # lower-case field
    ("sở y tế", "Sở Y tế"),                                               # all lower case
    ("Sở Lao động – Thương bình và Xã hội", "Sở Lao động - Thương binh và Xã hội"),   # en dash, tone typo
    ("Sở Lao động Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),     # no dash
    ("Sở Giao thông – Vận tải", "Sở Giao thông vận tải"),
    ("Sở Khoa học - Công nghệ", "Sở Khoa học và Công nghệ"),
    ("Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở Nông nghiệp & PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Đài Phát thanh & Truyền hình", "Đài Phát thanh và Truyền hình"),
    ("Sở Kế hoạch và\nĐầu tư", "Sở Kế hoạch và Đầu tư"),                 # broken over a line
    ("Ủy\nban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Sở Tài nguyên và Môi truờng", "Sở Tài nguyên và Môi trường"),      # misspelt: the fuzzy step
    ("Cục Quản lý Thị Trường", "Cục Quản lý thị trường"),
]


@pytest.mark.parametrize("printed, canonical", SPELLINGS, ids=[s[0].replace("\n", "/") for s in SPELLINGS])
def test_spelling_variants(printed, canonical):
    assert names(f"Đề nghị {printed} phối hợp thực hiện.") == [canonical]


def test_modern_tone_placement():
    assert modern_tones("Uỷ ban, hoá, Thuỷ lợi, Hoà Bình, khoẻ, quý") == "Ủy ban, hóa, Thủy lợi, Hòa Bình, khỏe, quý"


# ------------------------------------------------------------------ places

def test_home_province_dropped_other_province_kept():
    passage = ("Phối hợp với Sở Kế hoạch và Đầu tư thành phố Cần Thơ, Sở Kế hoạch và Đầu tư tỉnh Trà Vinh "
               "và UBND tỉnh Long An.")
    assert names(passage) == ["Sở Kế hoạch và Đầu tư thành phố Cần Thơ", "Sở Kế hoạch và Đầu tư tỉnh",
                              "Ủy ban nhân dân tỉnh Long An"]


def test_place_that_is_part_of_the_name_is_kept():
    assert names("Ngân hàng Nhà nước chi nhánh Thanh Hóa; Báo Nghệ An; Trung tâm Mắt Hà Tĩnh.",
                 issuer="Ủy ban nhân dân tỉnh Thanh Hóa") == [
        "Ngân hàng Nhà nước Chi nhánh Thanh Hóa", "Báo Nghệ An", "Trung tâm Mắt Hà Tĩnh"]


def test_a_central_name_with_a_province_is_its_branch():
    assert names("Phối hợp với Ngân hàng Nhà nước tỉnh Bến Tre và NHNN Việt Nam.") == [
        "Ngân hàng Nhà nước Chi nhánh tỉnh Bến Tre", "Ngân hàng Nhà nước Việt Nam"]


def test_named_economic_zone():
    assert names("Ban quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp, Cục Thuế tỉnh thực hiện.",
                 issuer="Ủy ban nhân dân tỉnh Thanh Hóa") == [
        "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Cục Thuế tỉnh"]


def test_tinh_gon_is_not_a_locality():
    # "tinh gọn" folds like "tỉnh"; "cơ sở giáo dục" is a school, not a Sở
    assert names("Rà soát, sắp xếp mạng lưới cơ sở giáo dục và đào tạo tinh gọn, hiệu quả.") == []


def test_hdnd_borrows_the_locality_of_the_next_name():
    assert names("Báo cáo HĐND và UBND tỉnh kết quả thực hiện.") == [
        "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"]


def test_district_document_names_its_own_bodies():
    district = dict(issuer="Ủy ban nhân dân huyện Kỳ Anh", doc_type="Kế hoạch")
    passage = ("ỦY BAN NHÂN DÂN\nHUYỆN KỲ ANH\n\nPhòng Tài chính - Kế hoạch, Công an huyện, Ban Chỉ huy Quân sự "
               "huyện, Huyện Đoàn và UBND các xã, thị trấn thực hiện.")
    assert names(passage, **district) == ["Ủy ban nhân dân huyện", "Phòng Tài chính - Kế hoạch", "Công an huyện",
                                          "Ban Chỉ huy Quân sự huyện", "Huyện Đoàn"]
    assert groups(passage, **district) == ["Ủy ban nhân dân cấp xã"]
    # a district's "các ngành", "các cơ quan, đơn vị" are its offices; "các sở, ngành" the province's
    assert groups("Các ngành, các cơ quan, đơn vị và các sở, ngành tỉnh phối hợp.", **district) == [
        "Các phòng, ban, ngành", "Các sở, ban, ngành"]


# ------------------------------------------------------------------ lists and "và"

LISTS = [
    ("shared head with a colon",
     "5.1. Các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội; Trường Đại học Trà Vinh: Xây dựng môi "
     "trường giáo dục lành mạnh.",
     ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Trường Đại học Trà Vinh"]),
    ("shared head sở, ngành",
     "3.5. Các Sở, ngành: Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, "
     "Ban Quản lý Khu kinh tế: Tiếp tục triển khai.",
     ["Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường",
      "Ban Quản lý Khu kinh tế"]),
    ("plural head without a colon",
     "Giao các Sở Tài chính, Kế hoạch và Đầu tư, Xây dựng thẩm định.",
     ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng"]),
    ("và inside names and between them",
     "Sở Tài nguyên và Môi trường và các Sở liên quan; Sở Kế hoạch và Đầu tư và Sở Văn hóa, Thể thao và Du lịch.",
     ["Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch"]),
    ("abbreviations in a shared-head list",
     "Các Sở: Y tế, GD&ĐT, Lao động - TB và XH triển khai.",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"]),
]


@pytest.mark.parametrize("case, passage, expected", LISTS, ids=[c[0] for c in LISTS])
def test_lists(case, passage, expected):
    assert names(passage) == expected


def test_shared_head_list_is_not_a_group():
    passage = "3.5. Các Sở, ngành: Kế hoạch và Đầu tư, Tài nguyên và Môi trường: Tiếp tục triển khai."
    assert groups(passage) == []


# ------------------------------------------------------------------ groups

GROUPS = [
    ("các sở, ban, ngành tỉnh", "Các sở, ban, ngành"),
    ("Thủ trưởng các Sở, Ban, ngành tỉnh", "Các sở, ban, ngành"),
    ("các ngành chức năng", "Các sở, ban, ngành"),
    ("các cơ quan, đơn vị", "Các sở, ban, ngành"),
    ("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân cấp huyện"),
    ("Ủy ban nhân dân các huyện thị xã, thành phố", "Ủy ban nhân dân cấp huyện"),
    ("UBND các xã, phường, thị trấn", "Ủy ban nhân dân cấp xã"),
    ("Chủ tịch UBND các xã, phường, đặc khu", "Ủy ban nhân dân cấp xã"),
    ("các địa phương", "Ủy ban nhân dân cấp huyện"),
    ("các cơ quan, đơn vị liên quan", "Các cơ quan có liên quan"),
    ("các bộ, ngành Trung ương", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("các tập đoàn kinh tế, tổng công ty nhà nước", "Các tập đoàn kinh tế, tổng công ty nhà nước"),
    ("Công an các huyện", "Công an cấp huyện"),
]


@pytest.mark.parametrize("printed, canonical", GROUPS, ids=[g[0] for g in GROUPS])
def test_groups(printed, canonical):
    passage = f"Đề nghị {printed} tổ chức thực hiện."
    assert groups(passage) == [canonical]
    assert names(passage) == []


def test_cac_dia_phuong_follows_the_two_level_government():
    after = dict(PROVINCE, date="2025-07-06")
    assert groups("Các sở, ngành, địa phương triển khai.", **after) == [
        "Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"]
    assert groups("Các sở, ngành, địa phương triển khai.") == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]


# ------------------------------------------------------------------ 2025 successors

SUCCESSORS = [
    ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
    ("Sở Giao thông vận tải", "Sở Xây dựng"),
    ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
    ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
    ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
    ("Ban Dân tộc", "Sở Dân tộc và Tôn giáo"),
    ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"),
    ("Bộ Giao thông vận tải", "Bộ Xây dựng"),
    ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"),
    ("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"),
    ("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ"),
    ("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"),
    ("Tổng cục Thuế", "Cục Thuế"),
    ("Tổng cục Hải quan", "Cục Hải quan"),
    ("Cục Thuế tỉnh", "Thuế tỉnh"),
    ("Cục Hải quan tỉnh", "Chi cục Hải quan khu vực"),
    ("Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước khu vực"),
    ("Ngân hàng Nhà nước Chi nhánh tỉnh Bến Tre", "Ngân hàng Nhà nước Khu vực"),
    ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội khu vực"),
    ("Đài Phát thanh và Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình"),
    ("Báo Trà Vinh", "Báo và Phát thanh, Truyền hình Trà Vinh"),
    ("Ban Chỉ huy Quân sự huyện Càng Long", "Ban Chỉ huy Phòng thủ khu vực"),
    ("Chi cục Thuế huyện Càng Long", "Thuế cơ sở"),
    ("Sở Công nghiệp", "Sở Công Thương"),
]


@pytest.mark.parametrize("old, new", SUCCESSORS, ids=[s[0] for s in SUCCESSORS])
def test_2025_successor(old, new):
    found = [m for m in mentions(f"Giao {old} thực hiện.") if not m.group]
    assert len(found) == 1
    assert found[0].successor == new


@pytest.mark.parametrize("kept", ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Bộ Công an", "Thanh tra tỉnh",
                                  "Sở Nông nghiệp và Môi trường", "Công an tỉnh"])
def test_bodies_kept_in_2025_have_no_successor(kept):
    assert [m.successor for m in mentions(f"Giao {kept} thực hiện.")] == [None]


# ------------------------------------------------------------------ not agencies

def test_offices_held_by_one_person_are_not_agencies():
    passage = ("Thực hiện Quyết định số 686/QĐ-TTg của Thủ tướng Chính phủ, báo cáo Chủ tịch UBND tỉnh, "
               "các Phó Chủ tịch UBND tỉnh và Phó Thủ tướng Chính phủ.")
    assert names(passage) == []
    # ... but the task finder still sees the body behind the office
    ctx = DocContext(text=passage, meta=Meta(**PROVINCE))
    assert [f.office for f in scan(ctx) if f.canonical == "Ủy ban nhân dân tỉnh"] == ["Chủ tịch", "các Phó Chủ tịch"]


def test_copy_lines_keep_bodies_but_not_the_issuers_own_units():
    text = ("Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.\n"
            "Nơi nhận:\n- VP Chính phủ;\n- Bộ KH và ĐT;\n- TT.TU, TT.HĐND tỉnh;\n- CT, các PCT UBND tỉnh;\n"
            "- BLĐVP;\n- Các Phòng CM thuộc VP;\n- Phòng NCTH;\n- Lãnh đạo Văn phòng UBND tỉnh;\n- Lưu: VT, THNV.\n")
    start = text.index("- VP")
    ctx = DocContext(text=text, meta=Meta(**PROVINCE), recipient_spans=[(start, len(text))])
    got = list(dict.fromkeys(m.canonical for m in find_agencies(ctx) if not m.group))
    assert got == ["Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng Chính phủ", "Bộ Kế hoạch và Đầu tư",
                   "Thường trực Tỉnh ủy", "Thường trực Hội đồng nhân dân tỉnh"]
    lanh_dao = [m for m in find_agencies(ctx) if m.span[0] > text.index("Lãnh đạo")]
    assert lanh_dao == []


def test_a_ministrys_own_units_on_its_copy_lines():
    text = ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
            "Bộ Tài chính hướng dẫn như sau.\n"
            "Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ;\n- Cục Quản lý giá;\n- Vụ Ngân sách nhà nước;\n"
            "- Lưu: VT, Cục QLG.\n")
    start = text.index("Nơi nhận")
    ctx = DocContext(text=text, meta=Meta(issuer="Bộ Tài chính", doc_type="Công văn"),
                     recipient_spans=[(start, len(text))])
    got = list(dict.fromkeys(m.canonical for m in find_agencies(ctx) if not m.group))
    assert got == ["Bộ Tài chính", "Văn phòng Chính phủ"]


def test_a_unit_named_with_its_body_is_a_body_and_so_is_its_parent():
    # the unit's full name takes the body it belongs to; the body itself is named too
    assert names("Văn phòng Bộ Tài chính và Thanh tra Bộ Xây dựng; Văn phòng Sở Y tế.") == [
        "Văn phòng Bộ Tài chính", "Bộ Tài chính", "Thanh tra Bộ Xây dựng", "Bộ Xây dựng", "Văn phòng Sở Y tế",
        "Sở Y tế"]
    assert names("Xét đề nghị của Trưởng Ban Thanh tra Tổng cục Thuế,", issuer="Tổng cục Thuế") == [
        "Ban Thanh tra Tổng cục Thuế", "Tổng cục Thuế"]


NOT_AGENCIES = [
    ("codes inside document numbers", "Theo Quyết định số 01/QĐ-UBND và Công văn số 7086/UBND-NN của tỉnh."),
    ("a law's title", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015."),
    ("lower-case generic phrases",
     "Xây dựng trung tâm văn hóa - thể thao xã; triển khai dự án xây dựng bệnh viện tâm thần; phát triển các "
     "ngành công nghiệp; đội ngũ cán bộ khoa học và công nghệ; bộ máy hành chính."),
    ("bodies still to be set up",
     "Chỉ đạo xây dựng Đề án thành lập Trung tâm hành chính công tỉnh, huyện; Trung tâm Xúc tiến, hỗ trợ đầu tư."),
    ("companies", "Công ty Điện lực, Tổng công ty Bưu điện và Ngân hàng TMCP Công thương cung cấp dịch vụ."),
    ("social insurance as a policy", "Thực hiện tốt chính sách bảo hiểm xã hội, bảo hiểm y tế."),
    ("Chính phủ điện tử", "Xây dựng Chính phủ điện tử, hướng tới Chính phủ số."),
    ("a heading in capitals", "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA TỈNH"),
    ("records, not departments", "Hoàn thành hồ sơ địa chính, hồ sơ y tế, hồ sơ tư pháp điện tử; bổ sung Tài chính."),
]


@pytest.mark.parametrize("case, passage", NOT_AGENCIES, ids=[c[0] for c in NOT_AGENCIES])
def test_not_agencies(case, passage):
    assert names(passage) == []


def test_short_name_in_brackets_is_the_canonical_one():
    passage = ("3. Tổ công tác Đề án Đơn giản hóa các thủ tục hành chính trên lĩnh vực nhà nước quản lý giai đoạn "
               "2007-2010 (Tổ công tác Đề án 30) tiếp tục triển khai thực hiện hiệu quả Đề án.")
    assert names(passage) == ["Tổ công tác Đề án 30"]


def test_spans_and_text_index_the_document():
    text = "Giao Sở KH&ĐT, Sở Tài chính và UBND các huyện, thị xã thực hiện."
    for m in mentions(text):
        assert text[m.span[0]:m.span[1]] == m.text
    assert [m.text for m in mentions(text)] == ["Sở KH&ĐT", "Sở Tài chính", "UBND các huyện, thị xã"]


# ------------------------------------------------------------------ the gazetteer and speed

def test_gazetteer_is_versioned_data():
    g = load()
    assert g.version
    assert "Sở:Kế hoạch và Đầu tư" in g.bodies
    assert g.bodies["Sở:Kế hoạch và Đầu tư"].successor == "Sở Tài chính"


def test_a_long_document_finds_every_name_of_its_pages():
    # about as many names per page as a provincial directive has; the speed of
    # this is measured by bench/run.py, not by a test
    block = ("a) Sở Nông nghiệp và Phát triển nông thôn chủ trì phối hợp với các ngành chức năng, UBND các huyện, "
             "thị xã xây dựng kế hoạch triển khai thực hiện Chương trình hành động về nông nghiệp, nông dân, nông "
             "thôn; tập trung vốn đầu tư, hoàn chỉnh hạ tầng thiết yếu, kết nối giao thông và tổ chức dạy nghề, "
             "tạo việc làm trên các cụm dân cư có điều kiện để thu hút dân vào sống ổn định, xây dựng mô hình nông "
             "thôn mới văn minh, hiện đại; báo cáo UBND tỉnh trước ngày 31/10/2009.\n")
    n_small = len(find_agencies(DocContext(text=block * 40)))
    n_big = len(find_agencies(DocContext(text=block * 400)))
    assert n_small > 0 and n_big == 10 * n_small


# ------------------------------------------------------------------ central documents, offices, names in lower case

MINISTRY = dict(issuer="Tổng cục Hải quan", doc_type="Công văn", date="2019-05-10", number="1234/TCHQ-GSQL")
GOVERNMENT = dict(issuer="Thủ tướng Chính phủ", doc_type="Chỉ thị", date="2021-03-04", number="08/CT-TTg")


def test_issuer_level_is_read_from_name_or_number():
    from chidao.extract.gazetteer import is_central
    assert is_central("Bo tài chính")                     # OCR lost the tone
    assert is_central("Thủ tướng chínhphủ")
    assert is_central(None, "4222/TCT-PC") and is_central(None, "05/CT-TTg") and is_central(None, "12/BTP-VP")
    assert is_central("Bảo hiểm xã hội Việt Nam")
    assert not is_central("Ủy ban nhân dân tỉnh Lào Cai", "258/KH-UBND")
    assert not is_central("Cục Thuế tỉnh Hòa Bình")       # a department's office in a province
    assert not is_central("Bộ Chỉ huy Quân sự tỉnh Long An")
    assert not is_central("Tỉnh ủy Nghệ An", "27-CTr/TU")


CLASSES = [
    ("a general department's 'các Cục …' is every province's",
     MINISTRY, "Các Cục Hải quan rà soát lại kế hoạch; Cục Hải quan tỉnh Quảng Ninh, Cục Hải quan Lạng Sơn báo cáo.",
     ["Cục Hải quan tỉnh Quảng Ninh", "Cục Hải quan Lạng Sơn"],
     ["Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương"]),
    ("the list of provinces after the class is part of it",
     MINISTRY, "Kính gửi: Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương.",
     [], ["Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương"]),
    ("a bare provincial name in a central letter is a class",
     dict(issuer="Bộ Tài chính", doc_type="Công văn", date="2023-04-05"),
     "Chỉ đạo Sở Tài chính phối hợp với Kho bạc Nhà nước rà soát; gửi báo cáo về Bộ Tài chính.",
     ["Kho bạc Nhà nước", "Bộ Tài chính"], ["Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương"]),
    ("a counted class in a provincial text",
     PROVINCE, "Có 5 Chi cục Thuế chưa hoàn thành kế hoạch; Chi cục Thuế huyện Càng Long báo cáo.",
     ["Chi cục Thuế huyện Càng Long"], ["Chi cục Thuế cấp huyện"]),
    ("the district list of a class of district offices",
     MINISTRY, "Chi cục Hải quan các quận, huyện, thị xã và khu vực thực hiện.",
     [], ["Chi cục Hải quan cấp huyện"]),
    ("in a provincial text the bare name is the province's own office",
     PROVINCE, "Giao Cục Thuế phối hợp với Sở Tài chính thực hiện.", ["Cục Thuế", "Sở Tài chính"], []),
    ("after 1/3/2025 the bare Cục Thuế of a central text is the central department",
     dict(issuer="Bộ Tài chính", doc_type="Công văn", date="2025-06-10"), "Giao Cục Thuế hướng dẫn thực hiện.",
     ["Cục Thuế"], []),
    ("a central text's 'các ngành' are the ministries; its 'các địa phương' the provinces",
     GOVERNMENT, "Yêu cầu các cấp, các ngành và các địa phương triển khai.",
     [], ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
          "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("… but its 'các sở, ngành' are still the provinces' departments",
     GOVERNMENT, "Chỉ đạo các sở, ngành tổng hợp báo cáo.", [], ["Các sở, ban, ngành"]),
    ("the ministries with the central bodies and the provinces",
     GOVERNMENT, "Phối hợp với các bộ, ngành, cơ quan trung ương và địa phương triển khai.",
     [], ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
          "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("a central text's 'Công an tỉnh', 'UBND tỉnh' are each province's",
     dict(issuer="Bộ Công an", doc_type="Công văn", date="2020-06-01"),
     "Giám đốc Công an tỉnh, thành phố trực thuộc Trung ương phối hợp với Ủy ban nhân dân tỉnh; Công an tỉnh "
     "Lào Cai báo cáo.", ["Công an tỉnh Lào Cai"],
     ["Công an các tỉnh, thành phố trực thuộc Trung ương",
      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("the Secretariat's provincial committees",
     dict(issuer="Ban Bí thư", doc_type="Chỉ thị", date="2020-01-01", number="05-CT/TW"),
     "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương lãnh đạo thực hiện.", [],
     ["Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"]),
    ("a name followed by 'các bộ, ngành' is one in each of them",
     GOVERNMENT, "Đề nghị Ban Chỉ đạo 138 các Bộ, ngành, địa phương chấn chỉnh; Trưởng Ban Chỉ đạo 138 quốc gia.",
     ["Ban Chỉ đạo 138 quốc gia"], None),
]


@pytest.mark.parametrize("case, meta, passage, expected, classes", CLASSES, ids=[c[0] for c in CLASSES])
def test_classes_of_provincial_bodies(case, meta, passage, expected, classes):
    assert names(passage, **meta) == expected
    if classes is not None:
        assert groups(passage, **meta) == classes


OFFICES_AND_ORGANS = [
    ("a title after a body's head word is a person's office",
     "Điều 3. Cục Trưởng Cục Hải quan các tỉnh, thành phố trực thuộc Trung ương và Tổng cục Trưởng Tổng cục "
     "Hải quan chịu trách nhiệm thi hành; theo Quyết định của Tổng cục Tổng cục trưởng Tổng cục Hải quan.",
     ["Tổng cục Hải quan"]),
    ("a company's board is not a public body",
     "Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập đoàn kinh tế, tổng công ty nhà nước; Hội đồng quản trị "
     "các công ty cổ phần.", []),
    ("offices of the Party and the State", "Báo cáo Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ.", []),
    ("but their offices are bodies",
     "Văn phòng Tổng Bí thư; Văn phòng Chủ tịch nước; Văn phòng Trung ương Đảng.",
     ["Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Văn phòng Trung ương Đảng"]),
]


@pytest.mark.parametrize("case, passage, expected", OFFICES_AND_ORGANS, ids=[c[0] for c in OFFICES_AND_ORGANS])
def test_offices_and_company_organs(case, passage, expected):
    assert names(passage, **MINISTRY) == expected


FULL_NAMES = [
    ("Trung ương abbreviated", "Đề nghị Ủy ban TW Mặt trận Tổ quốc Việt Nam và Ban Tuyên giáo TƯ phối hợp.",
     ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ban Tuyên giáo Trung ương"]),
    ("the Secretariat with its committee", "Thực hiện Kết luận của Ban Bí thư Trung ương Đảng khóa XIII.",
     ["Ban Bí thư Trung ương Đảng"]),
    ("a general department, not its provincial office",
     "Tổng cục trưởng Tổng cục Thi hành án dân sự, Giám đốc Sở Tư pháp các tỉnh thực hiện.",
     ["Tổng cục Thi hành án dân sự"]),
    ("a steering committee with its number and level", "Thực hiện chỉ đạo của Ban Chỉ đạo 389 quốc gia.",
     ["Ban Chỉ đạo 389 quốc gia"]),
    ("a unit with the body it belongs to", "Xét đề nghị của Vụ trưởng Vụ Pháp chế, Trưởng Ban Kiểm tra nội bộ "
     "Tổng cục Thống kê.", ["Vụ Pháp chế", "Ban Kiểm tra nội bộ Tổng cục Thống kê", "Tổng cục Thống kê"]),
    ("a unit with a lower-case name before its parent",
     "Thực hiện ý kiến của Văn phòng thường trực Ban chỉ đạo 138 quốc gia tại Công văn số 20/VPTT.",
     ["Văn phòng thường trực Ban Chỉ đạo 138 quốc gia", "Ban Chỉ đạo 138 quốc gia"]),
    ("a verb phrase inside a capitalised name", "Vụ Tổ chức cán bộ và Ủy ban Giám sát tài chính Quốc gia.",
     ["Vụ Tổ chức cán bộ", "Ủy ban Giám sát tài chính Quốc gia"]),
    ("a slash between two names is not a document code",
     "Nêu rõ Tổng cục Hải quan/Cục Hải quan tỉnh Lào Cai trả lời về việc gì.",
     ["Tổng cục Hải quan", "Cục Hải quan tỉnh Lào Cai"]),
]


@pytest.mark.parametrize("case, passage, expected", FULL_NAMES, ids=[c[0] for c in FULL_NAMES])
def test_full_names(case, passage, expected):
    assert names(passage, **MINISTRY) == expected


LOWER_CASE_NAMES = [
    ("a list of sources", "Thông tin từ các cơ quan như: Kho bạc Nhà nước; Thanh tra tài chính; Uỷ ban chứng khoán "
     "Nhà nước; Cục quản lý giá...", ["Kho bạc Nhà nước", "Thanh tra tài chính", "Ủy ban chứng khoán Nhà nước",
                                      "Cục quản lý giá"]),
    ("after a word that governs a noun", "Theo đề nghị của Vụ chính sách thuế, Ủy ban quản lý vốn nhà nước tại "
     "doanh nghiệp phối hợp.", ["Vụ chính sách thuế", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]),
    ("a verb at the start of a clause is not a name",
     "Thanh tra người nộp thuế theo đơn tố cáo. Văn phòng làm việc tại tầng 3.", []),
    ("a common noun before a capital", "Ban hành quy trình Thanh tra thuế và Trung tâm điện lực Duyên Hải.", []),
    ("lower-case heads", "Xây dựng trung tâm thương mại, trung tâm xã và văn phòng đại diện.", []),
    ("a heading word inside capitals", "MỘT SỐ NHIỆM VỤ TRỌNG TÂM Năm 2024 của tỉnh.", []),
]


@pytest.mark.parametrize("case, passage, expected", LOWER_CASE_NAMES, ids=[c[0] for c in LOWER_CASE_NAMES])
def test_lower_case_names(case, passage, expected):
    assert names(passage, **MINISTRY) == expected


def test_party_bodies_and_groups():
    party = dict(issuer="Tỉnh ủy Nghệ An", doc_type="Chỉ thị", date="2024-03-10", number="15-CT/TU")
    passage = ("TỈNH ỦY NGHỆ AN\n\nBan Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, Ủy ban Mặt trận Tổ quốc "
               "và các tổ chức chính trị - xã hội các cấp thực hiện. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực "
               "thuộc Tỉnh ủy quán triệt; đảng ủy các xã, phường, đặc khu triển khai.")
    # the place printed after "Tỉnh ủy" is part of its name, and the bare "Tỉnh ủy" is the same body
    assert names(passage, **party) == ["Tỉnh ủy Nghệ An", "Ban Thường vụ Tỉnh ủy"]
    assert groups(passage, **party) == [
        "Các cấp ủy, tổ chức đảng", "Ủy ban Mặt trận Tổ quốc các cấp", "Các tổ chức chính trị - xã hội",
        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Đảng ủy cấp xã"]
    assert names("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số.") == ["Ban Chấp hành Đảng bộ tỉnh"]
    # a single committee is not a class; "cấp ủy" alone is a common noun
    assert groups("Huyện ủy Nghi Lộc và cấp ủy, chính quyền phải chỉ đạo.", **party) == []


def test_copy_lines_of_a_ministry_keep_national_bodies():
    text = ("Bộ Tư pháp hướng dẫn như sau.\nNơi nhận:\n- Ủy ban quốc gia VSTBPNVN (để b/c);\n"
            "- Phòng Thương mại và Công nghiệp Việt Nam;\n- Thành viên Ban VSTBPN ngành TP;\n- Vụ Tổ chức cán bộ;\n"
            "- Thanh tra tài chính;\n- Lưu: VT.\n")
    start = text.index("Nơi nhận")
    ctx = DocContext(text=text, meta=Meta(issuer="Bộ Tư pháp", doc_type="Công văn", number="12/BTP-VP"),
                     recipient_spans=[(start, len(text))])
    got = list(dict.fromkeys(m.canonical for m in find_agencies(ctx) if not m.group))
    assert got == ["Bộ Tư pháp", "Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam",
                   "Phòng Thương mại và Công nghiệp Việt Nam"]


# ------------------------------------------------------------------ names read to their end, and what is no body

GOVERNMENT_2024 = dict(issuer="Thủ tướng Chính phủ", doc_type="Quyết định", date="2024-03-04", number="08/QĐ-TTg")
FINANCE = dict(issuer="Bộ Tài chính", doc_type="Công văn", date="2024-03-04", number="123/BTC-QLN")
HCM = dict(issuer="Ủy ban nhân dân Thành phố Hồ Chí Minh", place="Thành phố Hồ Chí Minh", doc_type="Quyết định",
           date="2020-01-02")

WHOLE_NAMES = [
    ("'và' and 'đối' inside a name", FINANCE, "Cục Quản lý nợ và Kinh tế đối ngoại chủ trì thực hiện.",
     ["Cục Quản lý nợ và Kinh tế đối ngoại"]),
    ("a verb phrase kept inside a project board's name", HCM,
     "Giao Ban Quản lý dự án đầu tư xây dựng thành phố thực hiện.",
     ["Ban Quản lý dự án đầu tư xây dựng thành phố"]),
    ("a project board and the verb after it", HCM,
     "Ban Quản lý dự án đầu tư xây dựng thành phố đôn đốc nhà thầu đẩy nhanh tiến độ.",
     ["Ban Quản lý dự án đầu tư xây dựng thành phố"]),
    ("a comma inside a provincial command's name", PROVINCE,
     "Theo Báo cáo số 215/BC-BCH của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh.",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]),
    ("a comma and a number inside a steering committee's name", GOVERNMENT_2024,
     "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 chủ trì, phối hợp với Bộ Y tế.",
     ["Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19", "Bộ Y tế"]),
    ("national business associations", GOVERNMENT_2024,
     "Đề nghị Phòng Thương mại và Công nghiệp Việt Nam, Hội Doanh nghiệp nhỏ và vừa, các hội nghề nghiệp "
     "động viên doanh nghiệp nhỏ và vừa.",
     ["Phòng Thương mại và Công nghiệp Việt Nam", "Hội Doanh nghiệp nhỏ và vừa"]),
    ("the locality of a provincial school", PROVINCE, "Trường Chính trị tỉnh tổ chức bồi dưỡng.",
     ["Trường Chính trị tỉnh"]),
    ("an abbreviated department", GOVERNMENT_2024, "Cục Kiểm soát TTHC, Văn phòng Chính phủ theo dõi.",
     ["Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ"]),
    ("a body in brackets", PROVINCE,
     "Bộ Chỉ huy Quân sự tỉnh (Ban Chỉ huy Phòng thủ dân sự tỉnh) chủ trì.",
     ["Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
    ("a board by its field and place", HCM, "Ban Quản trang thành phố thực hiện.", ["Ban Quản trang thành phố"]),
    ("a body named only in a footnote", PROVINCE,
     "1. Sở Y tế chủ trì triển khai Kế hoạch[1].\n\n[1] Theo đề nghị của Trung tâm Kiểm soát bệnh tật tỉnh.",
     ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
    # not bodies
    ("the Prime Minister's assistant is not the Government Inspectorate", GOVERNMENT_2024,
     "Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng;\n- VPCP: BTCN, các PCN, Trợ lý TTCP, Thư ký TTCP;\n- Lưu: VT.",
     ["Văn phòng Chính phủ"]),
    ("TTCP alone is the Inspectorate", GOVERNMENT_2024, "Giao TTCP kiểm tra việc thực hiện.",
     ["Thanh tra Chính phủ"]),
    ("a newspaper subscription", HCM, "Các đơn vị mua báo Nhân dân, báo Sài Gòn Giải phóng năm 2020.", []),
    ("a signature block flattened into a cell", PROVINCE,
     "| Nơi nhận:\n- Như Điều 3; | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH |", []),
    ("a signature block on a copy line", PROVINCE, "- Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", []),
    ("boards of a unit and the verb 'ban hành'", PROVINCE, "Ban Giám đốc Sở Y tế và Ban hành Kế hoạch.",
     ["Sở Y tế"]),
]


@pytest.mark.parametrize("case, meta, passage, expected", WHOLE_NAMES, ids=[c[0] for c in WHOLE_NAMES])
def test_whole_names_and_no_bodies(case, meta, passage, expected):
    assert names(passage, **meta) == expected


def test_district_offices_named_by_class():
    assert groups("Phòng LĐTBXH quận - huyện tổng hợp báo cáo.", **HCM) == [
        "Phòng Lao động - Thương binh và Xã hội cấp huyện"]
    assert names("Phòng LĐTBXH quận - huyện tổng hợp báo cáo.", **HCM) == []


@pytest.mark.parametrize("meta, expected", [
    (dict(issuer="Ủy ban nhân dân tỉnh Trà Vinh", doc_type="Chỉ thị", date="2025-08-01"), "Ủy ban nhân dân cấp xã"),
    (dict(issuer="Ủy ban nhân dân tỉnh Trà Vinh", doc_type="Chỉ thị", date="2025-06-30"), "Ủy ban nhân dân cấp huyện"),
])
def test_cac_dia_phuong_by_the_documents_date(meta, expected):
    assert groups("Sở Y tế phối hợp với các sở, ngành, địa phương kiểm tra.", **meta) == [
        "Các sở, ban, ngành", expected]


def test_cac_dia_phuong_by_the_year_and_the_communes_named():
    """Only the year is printed: a 2025 text that names communes and wards and no district is after 1/7/2025."""
    head = "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 05/CT-UBND\n\nCHỈ THỊ\nNăm 2025\n\n"
    after = chidao_parse(head + "1. Sở Y tế phối hợp với các sở, ngành, địa phương và UBND các xã, phường kiểm tra.\n")
    before = chidao_parse(head + "1. Sở Y tế phối hợp với các sở, ngành, địa phương và UBND các huyện kiểm tra.\n")
    assert "Ủy ban nhân dân cấp xã" in after.tasks[0].support
    assert "Ủy ban nhân dân cấp xã" not in before.tasks[0].support


def chidao_parse(text: str):
    import chidao
    return chidao.parse(text)


# ------------------------------------------------------------------ where names begin

def test_names_after_brackets_marks_tabs_and_line_breaks():
    text = ("(Sở Tài chính) và Sở Y tế;\n\tSở Xây dựng,“Sở Nội vụ” và\u00a0Sở Tư pháp/Sở Công Thương-Sở Giao "
            "thông vận tải")
    assert names(text) == ["Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương",
                           "Sở Giao thông vận tải"]


def test_groups_and_shared_heads_after_their_first_words():
    text = ("Các sở, ban, ngành tỉnh; chính quyền các cấp; các Sở: Y tế, Tài chính; những ngành chức năng; các "
            "huyện ủy, thị ủy, thành ủy; các cơ quan, đơn vị có liên quan; các xã, phường; thành phố Trà Vinh; "
            "chính sách các cấp.")
    assert groups(text) == ["Các sở, ban, ngành", "Ủy ban nhân dân các cấp",
                            "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Các cơ quan có liên quan",
                            "Ủy ban nhân dân cấp xã"]
    assert names(text) == ["Sở Y tế", "Sở Tài chính"]


def test_a_name_is_read_by_the_metadata_it_is_asked_with():
    from chidao.extract.agencies import canonical_of
    home = DocContext(text="", meta=Meta(**PROVINCE))
    other = DocContext(text="", meta=Meta(issuer="Ủy ban nhân dân tỉnh Long An", place="Long An"))
    for _ in range(2):  # asked again, in either order
        assert canonical_of("Ủy ban nhân dân tỉnh Trà Vinh", home) == "Ủy ban nhân dân tỉnh"
        assert canonical_of("Ủy ban nhân dân tỉnh Trà Vinh", other) == "Ủy ban nhân dân tỉnh Trà Vinh"


def test_folding_keeps_what_begins_a_word():
    """The finder looks for word starts in the folded views: a word character, a space and a line
    break must stay what they are through both folds, for every character."""
    from chidao.text import fold_ascii, fold_tones
    chars = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    marks = [[m.start() for m in re.finditer(p, s)] for s in (chars, fold_tones(chars), fold_ascii(chars))
             for p in (r"\w", " ", "\n")]
    assert marks[0:3] == marks[3:6] == marks[6:9]


WORDS = ["Sở", "sở", "SỞ", "Y", "tế", "UBND", "Ủy", "Uỷ", "ban", "Ban", "nhân", "dân", "tỉnh", "Chỉ", "đạo", "các",
         "Các", "ngành", "và", "KH", "ĐT", "Trà", "Vinh", "2", "ı", "Ω", "_x", "Bộ", "Tài", "chính", "huyện", "ủy"]
GAPS = [" ", "  ", "\n", "\t", "\u00a0", "(", ")", "/", "-", "–", "“", ",", ", ", ".", ": ", "&", "_", ""]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=25))
@settings(max_examples=300, deadline=None)
def test_word_start_scans_find_what_a_look_behind_finds(pieces):
    from chidao.extract.gazetteer import other_word_starts
    g = load()
    ctx = DocContext(text="".join(w + gap for w, gap in pieces))
    folded, others = ctx.folded, other_word_starts(ctx.ascii)
    at_word_start = [p for p in range(len(folded)) if p == 0 or not (folded[p - 1].isalnum() or folded[p - 1] == "_")]
    assert others == [p for p in at_word_start if (folded[p].isalnum() or folded[p] == "_") and folded[p - 1:p] != " "]
    body_re = re.compile(r"(?<!\w)" + g.body_scan.pattern.pattern)
    aliases = [m.span() for m in map(body_re.match, [folded] * len(folded), range(len(folded))) if m]
    assert g.body_scan.spans(folded, others) == aliases
    # a group or a shared-head list may begin: the first word, its key and the key's patterns
    first_words = {k.split()[0] for k in g.group_by_first} | g.list_first
    group_pre = re.compile("(?:" + "|".join(map(re.escape, sorted(first_words, key=len, reverse=True))) + r")(?!\w)")
    openings = []
    for s in at_word_start:
        m = group_pre.match(folded, s)
        if m is None:
            continue
        key = m.group()
        if key in g.list_first and g.list_head_re.match(folded, s):
            openings.append(s)
            continue
        nw = re.compile(r"\s+(\w+)").match(folded, m.end())
        if key in g.group_second and nw is not None and nw.group(1) in g.group_second[key]:
            key = f"{key} {nw.group(1)}"
        if key in g.group_any and g.group_any[key].match(folded, s):
            openings.append(s)
    assert [s for s, _ in g.group_scan.spans(folded, others)] == openings
