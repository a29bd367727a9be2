"""Citations: passages as offices write them, and the instruments a reader finds in them.

Each case is (name, passage, the document's own meta, expected citations in
reading order).  An expected citation lists only the fields it checks; the
number of records found must equal the number expected (negatives expect none).
"""

from __future__ import annotations

import chidao

import datetime as dt
import re

import pytest
import regex

from chidao.context import DocContext
from chidao.data.doc_types import DOC_TYPES, TYPE_CODES, TYPE_WORDS, doc_type_from_code, issuer_from_code
from chidao.extract import citations
from chidao.extract.citations import find_citations, find_mentions
from chidao.schema import Meta
from chidao.text import fold_tones

CASES = [
    # ------------------------------------------------------------ căn cứ blocks of decisions
    ("legal bases of a provincial decision",
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
     "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện "
     "thủ tục hành chính trên môi trường điện tử;\n"
     "Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ quy định một số "
     "nội dung và biện pháp thi hành trong số hóa hồ sơ;\n"
     "Theo đề nghị của Giám đốc Sở Nội vụ.",
     {"number": "512/QĐ-UBND", "doc_type": "Quyết định"},
     [{"doc_type": "Luật", "number": None, "title": "Luật Tổ chức chính quyền địa phương",
       "date": "2015-06-19", "relation": "căn cứ"},
      {"doc_type": "Nghị định", "number": "45/2020/NĐ-CP", "date": "2020-04-08", "issuer": "Chính phủ",
       "title": "về thực hiện thủ tục hành chính trên môi trường điện tử", "relation": "căn cứ"},
      {"doc_type": "Thông tư", "number": "01/2023/TT-VPCP", "date": "2023-04-05",
       "issuer": "Văn phòng Chính phủ", "relation": "căn cứ"}]),
    ("one căn cứ for a list of laws, the amending law keeps its whole name",
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
     "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 "
     "năm 2019;",
     {"number": "07/2021/QĐ-UBND"},
     [{"doc_type": "Luật", "title": "Luật Tổ chức chính quyền địa phương", "relation": "căn cứ"},
      {"doc_type": "Luật", "number": None, "date": "2019-11-22", "relation": "căn cứ",
       "title": "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                "chính quyền địa phương"}]),
    ("an amending ordinance keeps its whole name",
     "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 29 tháng 6 năm 2005;\n"
     "Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng "
     "ngày 16 tháng 7 năm 2012;",
     {"number": "49/2012/QĐ-UBND"},
     [{"doc_type": "Pháp lệnh", "title": "Pháp lệnh Ưu đãi người có công với cách mạng", "date": "2005-06-29"},
      {"doc_type": "Pháp lệnh", "date": "2012-07-16", "relation": "căn cứ",
       "title": "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng"}]),
    ("the constitution and a code",
     "Căn cứ Hiến pháp năm 2013; Căn cứ Bộ luật Lao động năm 2019;",
     {},
     [{"doc_type": "Hiến pháp", "title": "Hiến pháp năm 2013", "relation": "căn cứ"},
      {"doc_type": "Bộ luật", "title": "Bộ luật Lao động", "date": None}]),
    ("a law cited with its own number",
     "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;",
     {},
     [{"doc_type": "Luật", "number": "31/2024/QH15", "title": "Luật Đất đai", "date": "2024-01-18",
       "issuer": "Quốc hội"}]),
    ("a law by number only",
     "Thực hiện Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ.",
     {},
     [{"doc_type": "Luật", "number": "47/2019/QH14", "issuer": "Quốc hội", "relation": "thực hiện"}]),
    ("a resolution of the National Assembly",
     "Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ "
     "Chương trình phục hồi và phát triển kinh tế - xã hội.",
     {},
     [{"doc_type": "Nghị quyết", "number": "43/2022/QH15", "issuer": "Quốc hội", "date": "2022-01-11"}]),

    # ------------------------------------------------------------ symbols of every shape
    ("joint circular: both ministries issue it",
     "Chế độ công tác phí thực hiện theo Thông tư liên tịch số 35/2011/TTLT-BTC-BNV.",
     {},
     [{"doc_type": "Thông tư liên tịch", "number": "35/2011/TTLT-BTC-BNV",
       "issuer": "Bộ Tài chính, Bộ Nội vụ"}]),
    ("công văn: issuer and unit, no type code",
     "Ủy ban nhân dân tỉnh đã có Văn bản số 2418/UBND-KT ngày 15/3/2023 về việc tăng cường quản lý "
     "giá vật liệu xây dựng.",
     {},
     [{"doc_type": "Công văn", "number": "2418/UBND-KT", "date": "2023-03-15", "issuer": "Ủy ban nhân dân",
       "title": "về việc tăng cường quản lý giá vật liệu xây dựng"}]),
    ("công văn of a ministry and of a department",
     "Bộ Nông nghiệp và Phát triển nông thôn có Công văn số 5120/BNN-TT, Sở Tài chính có Công văn "
     "số 918/STC-QLG hướng dẫn cụ thể.",
     {},
     [{"doc_type": "Công văn", "number": "5120/BNN-TT", "issuer": "Bộ Nông nghiệp và Phát triển nông thôn"},
      {"doc_type": "Công văn", "number": "918/STC-QLG", "issuer": "Sở Tài chính"}]),
    ("generic 'văn bản' takes the type of its symbol",
     "Sở Y tế tổng hợp theo văn bản số 112/BC-SYT ngày 20/6/2024.",
     {},
     [{"doc_type": "Báo cáo", "number": "112/BC-SYT", "issuer": "Sở Y tế", "date": "2024-06-20"}]),
    ("Party resolution, ministerial term in brackets before the title",
     "Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) "
     "về đổi mới căn bản, toàn diện giáo dục và đào tạo, Ban Thường vụ Huyện ủy ban hành Kế hoạch.",
     {},
     [{"doc_type": "Nghị quyết", "number": "29-NQ/TW", "date": "2013-11-04",
       "issuer": "Ban Chấp hành Trung ương Đảng", "relation": "thực hiện",
       "title": "về đổi mới căn bản, toàn diện giáo dục và đào tạo"}]),
    ("Party conclusion and directive; hyphenated Party date",
     "Quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Chỉ thị số 05-CT/TW "
     "ngày 15-5-2016 của Bộ Chính trị.",
     {},
     [{"doc_type": "Kết luận", "number": "01-KL/TW", "issuer": "Bộ Chính trị", "relation": "thực hiện"},
      {"doc_type": "Chỉ thị", "number": "05-CT/TW", "date": "2016-05-15", "issuer": "Bộ Chính trị"}]),
    ("Party công văn of a provincial committee",
     "Theo Công văn số 845-CV/TU ngày 02/8/2022 của Ban Thường vụ Tỉnh ủy.",
     {},
     [{"doc_type": "Công văn", "number": "845-CV/TU", "issuer": "Ban Thường vụ Tỉnh ủy"}]),
    ("Party symbol with the slash and hyphen swapped",
     "Triển khai Nghị quyết số 18-NQ-TW về sắp xếp tổ chức bộ máy.",
     {},
     [{"doc_type": "Nghị quyết", "number": "18-NQ-TW", "relation": "thực hiện"}]),
    ("stray spaces in a handwritten number and date",
     "Bãi bỏ Quyết định số 44 /2005/QĐ-UBND ngày 06 / 7 /2005 của UBND tỉnh.",
     {},
     [{"doc_type": "Quyết định", "number": "44/2005/QĐ-UBND", "date": "2005-07-06",
       "issuer": "Ủy ban nhân dân tỉnh", "relation": "bãi bỏ"}]),
    ("the look-alike Icelandic Eth in a symbol",
     "Thực hiện Nghị định số 100/2015/N\u00d0-CP của Chính phủ về phát triển và quản lý nhà ở xã hội.",
     {},
     [{"doc_type": "Nghị định", "number": "100/2015/NĐ-CP", "issuer": "Chính phủ"}]),
    ("symbols whose hyphen a PDF copy lost",
     "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 và Quyết định số 2468/QĐUBND "
     "ngày 02/11/2018.",
     {},
     [{"doc_type": "Nghị định", "number": "61/2018/NĐCP", "issuer": "Chính phủ", "date": "2018-04-23"},
      {"doc_type": "Quyết định", "number": "2468/QĐUBND", "issuer": "Ủy ban nhân dân"}]),
    ("dotted separator and an issuer code with &",
     "Tờ trình số 473/TTr-NN&PTNT ngày 12/9/2007 và Chỉ thị số 11/CT.UBND đã nêu rõ.",
     {},
     [{"doc_type": "Tờ trình", "number": "473/TTr-NN&PTNT", "date": "2007-09-12"},
      {"doc_type": "Chỉ thị", "number": "11/CT.UBND"}]),
    ("guideline of the Fatherland Front",
     "Thực hiện Hướng dẫn số 05/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc "
     "Việt Nam.",
     {},
     [{"doc_type": "Hướng dẫn", "number": "05/HD-MTTW-BTT"}]),
    ("dispatch of the Prime Minister and an action programme",
     "Thực hiện Công điện số 86/CĐ-TTg ngày 21/8/2024 của Thủ tướng Chính phủ và Chương trình "
     "hành động số 14/CTr-UBND ngày 20/02/2024.",
     {},
     [{"doc_type": "Công điện", "number": "86/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "date": "2024-08-21"},
      {"doc_type": "Chương trình", "number": "14/CTr-UBND", "date": "2024-02-20"}]),
    ("plan, notice of conclusions, submission and scheme with symbols",
     "Căn cứ Kế hoạch số 87/KH-UBND ngày 10/4/2024; Thông báo kết luận số 215/TB-UBND ngày 02/5/2024; "
     "Tờ trình số 45/TTr-STC; Phương án số 02/PA-UBND và Đề án số 03/ĐA-UBND.",
     {},
     [{"doc_type": "Kế hoạch", "number": "87/KH-UBND", "relation": "căn cứ"},
      {"doc_type": "Thông báo", "number": "215/TB-UBND", "relation": "căn cứ"},
      {"doc_type": "Tờ trình", "number": "45/TTr-STC", "issuer": "Sở Tài chính"},
      {"doc_type": "Phương án", "number": "02/PA-UBND"},
      {"doc_type": "Đề án", "number": "03/ĐA-UBND"}]),
    ("words name the type even when the code says otherwise",
     "Tinh giản biên chế theo Nghị định 108/2014/NQ-CP.",
     {},
     [{"doc_type": "Nghị định", "number": "108/2014/NQ-CP", "issuer": "Chính phủ"}]),
    ("a symbol standing alone in a list takes its type from the code",
     "Các Nghị quyết số 19/NQ-CP, 35/NQ-CP và 02/NQ-CP của Chính phủ.",
     {},
     [{"doc_type": "Nghị quyết", "number": "19/NQ-CP"},
      {"doc_type": "Nghị quyết", "number": "35/NQ-CP"},
      {"doc_type": "Nghị quyết", "number": "02/NQ-CP", "issuer": "Chính phủ"}]),
    ("date written in words across a hard line break",
     "Nghị quyết số 12/NQ-HĐND ngày 10 tháng 12\nnăm 2021 của Hội đồng nhân dân tỉnh về dự toán "
     "ngân sách năm 2022.",
     {},
     [{"doc_type": "Nghị quyết", "number": "12/NQ-HĐND", "date": "2021-12-10",
       "issuer": "Hội đồng nhân dân tỉnh", "title": "về dự toán ngân sách năm 2022"}]),
    ("issuer named before the citation",
     "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 3321/UBND-VX ngày 05/10/2022, Sở Giáo dục và "
     "Đào tạo hướng dẫn như sau.",
     {},
     [{"doc_type": "Công văn", "number": "3321/UBND-VX", "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("issuer with an old tone placement and an abbreviation",
     "Theo Quyết định số 1302/QĐ-UBND ngày 20/5/2022 của Chủ tịch UBND tỉnh và Nghị quyết số "
     "06-NQ/TU của Tỉnh uỷ.",
     {},
     [{"number": "1302/QĐ-UBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh"},
      {"number": "06-NQ/TU", "issuer": "Tỉnh ủy"}]),
    ("title ends where a new clause begins after a comma",
     "Thực hiện Chỉ thị số 13/CT-TTg ngày 29/5/2019 của Thủ tướng Chính phủ về phát triển bền vững, "
     "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện.",
     {},
     [{"number": "13/CT-TTg", "title": "về phát triển bền vững", "relation": "thực hiện"}]),

    # ------------------------------------------------------------ laws by name
    ("laws named in running text, with and without a year",
     "Tổ chức thi hành Luật Phòng, chống tham nhũng năm 2018, Luật Tiếp cận thông tin và Luật Đất đai "
     "2024; triển khai Luật Thi đua, khen thưởng.",
     {},
     [{"doc_type": "Luật", "title": "Luật Phòng, chống tham nhũng", "date": None},
      {"doc_type": "Luật", "title": "Luật Tiếp cận thông tin"},
      {"doc_type": "Luật", "title": "Luật Đất đai"},
      {"doc_type": "Luật", "title": "Luật Thi đua, khen thưởng", "relation": "thực hiện"}]),
    ("a law not in the list: its name ends at the verb",
     "Các địa phương triển khai Luật Điện lực và Luật Thống kê, báo cáo kết quả về Sở Công Thương.",
     {},
     [{"title": "Luật Điện lực"}, {"title": "Luật Thống kê"}]),
    ("an unknown law's name ends at a preposition",
     "Rà soát các dự án theo Luật Nhà ở trên địa bàn tỉnh.",
     {},
     [{"title": "Luật Nhà ở"}]),
    ("the same law twice is one instrument",
     "Triển khai Luật Đầu tư công năm 2019. Các chủ đầu tư thực hiện đúng Luật Đầu tư công.",
     {},
     [{"title": "Luật Đầu tư công", "mentions": 1}]),
    ("ordinance by name",
     "Thực hiện Pháp lệnh Chi phí tố tụng và Bộ luật Dân sự.",
     {},
     [{"doc_type": "Pháp lệnh", "title": "Pháp lệnh Chi phí tố tụng"},
      {"doc_type": "Bộ luật", "title": "Bộ luật Dân sự"}]),

    # ------------------------------------------------------------ bare numbers and later mentions
    ("a bare number with its issuer; the list shares it",
     "Tiếp tục thực hiện Chỉ thị 03, Chỉ thị 27 của Tỉnh ủy về công tác cán bộ.",
     {},
     [{"doc_type": "Chỉ thị", "number": "03", "issuer": "Tỉnh ủy"},
      {"doc_type": "Chỉ thị", "number": "27", "issuer": "Tỉnh ủy"}]),
    ("a bare number resolves to the full symbol cited later",
     "Thực hiện Kết luận 14 của Bộ Chính trị. Kết luận số 14-KL/TW ngày 22/9/2021 về khuyến khích, "
     "bảo vệ cán bộ năng động, sáng tạo.",
     {},
     [{"doc_type": "Kết luận", "number": "14-KL/TW", "date": "2021-09-22", "mentions": 1,
       "issuer": "Bộ Chính trị"}]),
    ("the same symbol again and the same instrument with separators swapped",
     "Triển khai Nghị quyết số 36a/NQ-CP của Chính phủ về Chính phủ điện tử. Đến nay, việc thực hiện "
     "Nghị quyết số 36a-NQ/CP đạt kết quả bước đầu; Nghị quyết 36a/NQ-CP cần tiếp tục quán triệt.",
     {},
     [{"number": "36a/NQ-CP", "mentions": 2, "title": "về Chính phủ điện tử"}]),
    ("anaphora: 'nêu trên' and 'này' resolve to the cited resolution",
     "Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Để triển "
     "khai Nghị quyết này, các sở phải quán triệt. Kết quả thực hiện Nghị quyết nêu trên báo cáo hằng quý.",
     {"doc_type": "Kế hoạch"},
     [{"number": "57-NQ/TW", "mentions": 2, "relation": "thực hiện"}]),
    ("one number, two dates: two instruments",
     "Năm 2019 thực hiện Nghị quyết số 01/NQ-CP ngày 01/01/2019; năm 2020 thực hiện Nghị quyết số "
     "01/NQ-CP ngày 01/01/2020 của Chính phủ.",
     {},
     [{"number": "01/NQ-CP", "date": "2019-01-01"}, {"number": "01/NQ-CP", "date": "2020-01-01"}]),

    ("a bare number of another body stays an instrument of its own",
     "Tiếp tục thực hiện Chỉ thị 01 của Tỉnh ủy và Chỉ thị số 01/CT-UBND ngày 05/01/2024 của UBND tỉnh.",
     {},
     [{"number": "01", "issuer": "Tỉnh ủy"}, {"number": "01/CT-UBND", "date": "2024-01-05"}]),

    # ------------------------------------------------------------ pinpoints and relations
    ("pinpoint to a clause of an article",
     "Theo quy định tại khoản 2 Điều 5 Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ.",
     {},
     [{"number": "15/2021/NĐ-CP", "pinpoint": "khoản 2 Điều 5"}]),
    ("pinpoint to a point, and 'của' before the instrument",
     "Thực hiện theo điểm a khoản 1 Điều 3 của Thông tư số 01/2021/TT-BXD.",
     {},
     [{"number": "01/2021/TT-BXD", "pinpoint": "điểm a khoản 1 Điều 3", "issuer": "Bộ Xây dựng"}]),
    ("amendment, replacement and annex",
     "Quyết định này sửa đổi, bổ sung một số điều của Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019; "
     "thay thế Quyết định số 25/2015/QĐ-UBND; Quy chế ban hành kèm theo Quyết định số 08/2020/QĐ-UBND "
     "hết hiệu lực.",
     {"number": "30/2024/QĐ-UBND", "doc_type": "Quyết định"},
     [{"number": "12/2019/QĐ-UBND", "relation": "sửa đổi"},
      {"number": "25/2015/QĐ-UBND", "relation": "thay thế"},
      {"number": "08/2020/QĐ-UBND", "relation": "ban hành kèm theo"}]),
    ("a list after 'Thực hiện' shares the relation",
     "Thực hiện Luật Thanh niên năm 2020, Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 và Quyết định số "
     "1331/QĐ-TTg ngày 24/7/2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau.",
     {"doc_type": "Kế hoạch"},
     [{"title": "Luật Thanh niên", "relation": "thực hiện"},
      {"number": "13/2021/NĐ-CP", "relation": "thực hiện"},
      {"number": "1331/QĐ-TTg", "relation": "thực hiện"}]),
    ("a citation inside another's trích yếu has no relation of its own",
     "Căn cứ Kế hoạch số 215-KH/TU ngày 09/8/2024 của Ban Thường vụ Tỉnh ủy triển khai thực hiện "
     "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị;",
     {},
     [{"number": "215-KH/TU", "relation": "căn cứ"}, {"number": "35-CT/TW", "relation": None}]),
    ("a decision's title starting with its verb",
     "Căn cứ Quyết định số 27/2018/QĐ-TTg ngày 06/7/2018 của Thủ tướng Chính phủ ban hành Hệ thống "
     "ngành kinh tế Việt Nam;",
     {},
     [{"number": "27/2018/QĐ-TTg", "title": "ban hành Hệ thống ngành kinh tế Việt Nam",
       "relation": "căn cứ"}]),

    # ------------------------------------------------------------ the document itself
    ("the header number and 'Quyết định này' are the document itself",
     "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 1520/QĐ-UBND\nBến Tre, ngày 10 tháng 7 năm 2023\n"
     "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký; "
     "Chánh Văn phòng thi hành Quyết định số 1520/QĐ-UBND.",
     {},
     []),
    ("an attached plan points back at its own decision",
     "KẾ HOẠCH\nPhát triển thương mại điện tử năm 2024\n(Ban hành kèm theo Quyết định số 88/QĐ-UBND "
     "ngày 12/01/2024 của UBND tỉnh)\nKế hoạch này triển khai Chỉ thị số 02/CT-UBND.",
     {"number": "88/QĐ-UBND", "doc_type": "Quyết định"},
     [{"number": "02/CT-UBND", "relation": "thực hiện"}]),
    ("a law's own heading, and its name in the enacting line, are the law itself",
     "QUỐC HỘI\nLuật số: 22/2023/QH15\n\nLUẬT\nĐẤU THẦU\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ "
     "nghĩa Việt Nam;\nQuốc hội ban hành Luật Đấu thầu.",
     {},
     [{"doc_type": "Hiến pháp", "title": "Hiến pháp", "relation": "căn cứ"}]),
    ("'Chỉ thị này' in a directive",
     "Giám đốc các sở, ngành tổ chức thực hiện nghiêm Chỉ thị này.",
     {"doc_type": "Chỉ thị"},
     []),

    # ------------------------------------------------------------ odd spaces and list heads
    ("a type word broken over a line; the title's trailing 'và' dropped",
     "Căn cứ Quyết\nđịnh số 12/QĐ-UBND ngày 05/6/2019 của UBND tỉnh về việc ban hành quy chế, và",
     {},
     [{"doc_type": "Quyết định", "number": "12/QĐ-UBND", "date": "2019-06-05",
       "issuer": "Ủy ban nhân dân tỉnh", "title": "về việc ban hành quy chế", "relation": "căn cứ"}]),
    ("a no-break space and a double space inside the type words",
     "Theo Thông tư\u00a0liên  tịch số 35/2011/TTLT-BTC-BNV.",
     {},
     [{"doc_type": "Thông tư liên tịch", "number": "35/2011/TTLT-BTC-BNV"}]),
    ("a dash opens a list as a line start does: the list runs over ';'",
     "Kế hoạch - Thực hiện Nghị định số 15/2020/NĐ-CP; Quyết định số 2/QĐ-UBND.",
     {},
     [{"number": "15/2020/NĐ-CP", "relation": "thực hiện"},
      {"number": "2/QĐ-UBND", "relation": "thực hiện"}]),
    ("an anaphor over a line break",
     "Thực hiện Chỉ thị 01 của Tỉnh ủy; Chỉ thị\nnày yêu cầu.",
     {},
     [{"doc_type": "Chỉ thị", "number": "01", "issuer": "Tỉnh ủy", "mentions": 1}]),

    # ------------------------------------------------------------ not citations
    ("programme names and programme numbers",
     "Thực hiện Chương trình 135, Đề án 06 và Chương trình mục tiêu quốc gia xây dựng nông thôn mới; "
     "Tổ công tác Đề án 30 tiếp tục hoạt động.",
     {},
     []),
    ("Party congresses and plenums",
     "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Trung ương 4 "
     "khóa XII về xây dựng, chỉnh đốn Đảng.",
     {},
     []),
    ("lower-case generic mentions and a lawyer",
     "Thực hiện nghiêm các luật, pháp lệnh, nghị quyết có liên quan, đúng quy định của pháp luật; "
     "mời Luật sư Trần Văn Bình và giảng viên Trường Đại học Luật Hà Nội tư vấn; tăng cường kỷ luật, "
     "kỷ cương.",
     {},
     []),
    ("standards and technical regulations",
     "Công trình phải đạt TCVN 4054:2005 và QCVN 01:2021/BXD về quy hoạch xây dựng.",
     {},
     []),
    ("forms and annexes are not documents",
     "Báo cáo theo Mẫu số 01/TB ban hành kèm theo Thông tư số 02/2021/TT-BNV; số liệu tại Biểu số 02/BC.",
     {},
     [{"number": "02/2021/TT-BNV", "relation": "ban hành kèm theo"}]),
    ("'quyết định' the verb, a five-year plan, a year",
     "Hội đồng quyết định 3 nội dung quan trọng; hoàn thành kế hoạch 5 năm 2021-2025 và Nghị quyết "
     "2023 của tỉnh; tỷ lệ đạt 19/20 chỉ tiêu.",
     {},
     []),
]


def _ctx(text: str, meta: dict) -> DocContext:
    return DocContext(text=text, meta=Meta(**meta), reference_date=dt.date(2024, 6, 1))


@pytest.mark.parametrize("name, text, meta, expected", CASES, ids=[c[0] for c in CASES])
def test_citations(name, text, meta, expected):
    ctx = _ctx(text, meta)
    found = find_citations(ctx)
    got = [(c.doc_type, c.number, c.title) for c in found]
    assert len(found) == len(expected), got
    for c, want in zip(found, expected):
        assert ctx.text[c.span[0]:c.span[1]] == c.text
        for key, value in want.items():
            if key == "mentions":
                assert len(c.mentions) == value, (c.number, c.title, c.mentions)
                for s, e in c.mentions:
                    assert 0 <= s < e <= len(text)
            else:
                assert getattr(c, key) == value, (key, c)


def test_span_is_the_citation_as_printed():
    text = "Thực hiện Quyết định số 686/QĐ-TTg ngày 13/6/2023 của Thủ tướng Chính phủ về phê duyệt quy hoạch."
    (c,) = find_citations(_ctx(text, {}))
    assert c.text == "Quyết định số 686/QĐ-TTg ngày 13/6/2023 của Thủ tướng Chính phủ"
    assert text[c.span[0]:c.span[1]] == c.text


def test_mentions_come_in_reading_order_before_resolution():
    ms = find_mentions("Chỉ thị 48 của Tỉnh ủy; sau đó Chỉ thị số 48/CT-TU; Chỉ thị nêu trên.")
    assert [m.kind for m in ms] == ["bare", "symbol", "anaphor"]


def test_citations_in_a_footnote_are_found_and_attached_to_the_citing_unit():
    """Footnote texts are kept after the body of the normalized text, so a
    citation made only in a footnote is found like any other, and one already
    cited in the body is not repeated."""
    text = (
        "1. Triển khai Nghị quyết số 19/NQ-CP về môi trường kinh doanh; đã ban hành kế hoạch[footnoteRef:1].\n"
        "2. Tiếp tục cải cách hành chính.\n"
        "[1: Kế hoạch số 81/KH-UBND ngày 23/3/2016 thực hiện Nghị quyết số 19/NQ-CP.]\n"
    )
    doc = chidao.parse(text)
    assert [c.number for c in doc.citations] == ["19/NQ-CP", "81/KH-UBND"]
    in_note = doc.citations[1]
    assert doc.text[in_note.span[0]:in_note.span[1]] == in_note.text
    assert in_note.node_id == "1" and in_note.date == "2016-03-23"
    (fn,) = doc.footnotes
    assert fn.span[0] <= in_note.span[0] < fn.span[1]


def test_no_catastrophic_backtracking_on_long_runs():
    text = ("Quyết định số 12/QĐ-UBND-" + "AB-" * 3000 + " và Luật " + "Xây dựng " * 3000
            + "1/" * 5000 + "Nghị quyết " * 2000)
    import time
    t0 = time.perf_counter()
    find_citations(_ctx(text, {}))
    assert time.perf_counter() - t0 < 5


def test_the_stdlib_classes_cover_the_regex_classes():
    """Where the ``regex`` patterns may match is found first with the stdlib ``re``
    (faster), which must never miss a place.  Python's Unicode tables and those of
    ``regex`` may be of different versions: every digit and space ``regex`` knows
    must be one for ``re`` as well (the astral planes are in the digit class whole)."""
    regex_digit, regex_space = regex.compile(r"\d"), regex.compile(r"\s")
    re_digit, re_space = re.compile(citations._RE_DIGIT), re.compile(r"\s")
    for cp in range(0x10000):
        ch = chr(cp)
        if regex_digit.match(ch):
            assert re_digit.match(ch), hex(cp)
        if regex_space.match(ch):
            assert re_space.match(ch), hex(cp)


@pytest.mark.parametrize("space", [" ", "  ", "\n", "\t", "\u00a0", " \n "])
def test_every_type_and_list_word_is_looked_for_whatever_spaces_part_it(space):
    for finders, words in ((citations._TYPE_FINDERS, [*TYPE_WORDS, *citations._LAW_HEADS]),
                           (citations._LIST_TRIGGER_FINDERS, citations._LIST_TRIGGER_WORDS)):
        for word in words:
            text = "(" + space.join(word.split()) + " x"
            assert 1 in citations._word_starts(finders, fold_tones(text)), (word, space)


def test_doc_type_data_for_the_header_reader():
    assert "Quyết định" in DOC_TYPES and "Công văn" in DOC_TYPES
    assert TYPE_CODES["QĐ"] == "Quyết định" and TYPE_CODES["CV"] == "Công văn"
    assert doc_type_from_code("CTr") == "Chương trình" and doc_type_from_code("CT") == "Chỉ thị"
    assert doc_type_from_code("Ctr") == "Chương trình"
    assert doc_type_from_code("TT") == "Thông tư" and doc_type_from_code("TT", party=True) == "Thông tri"
    assert doc_type_from_code("QĐi", party=True) == "Quy định"
    assert doc_type_from_code("N\u00d0") == "Nghị định"
    assert doc_type_from_code("UBND") is None
    assert issuer_from_code("TTg") == "Thủ tướng Chính phủ"
    assert issuer_from_code("QH15") == "Quốc hội"
    assert issuer_from_code("BNNMT") == "Bộ Nông nghiệp và Môi trường"
    assert issuer_from_code("SKHĐT") == "Sở Kế hoạch và Đầu tư"
    assert issuer_from_code("TU") == "Tỉnh ủy"


@pytest.mark.parametrize("lead", [" ngày ", ", ngày ", " (ngày ", "\nban hành  ngày ", " ký\u00a0ngày ", " thông qua\tngày "])
def test_the_date_after_a_number_is_read_whatever_leads_to_it(lead):
    # _DATE_LEAD_RE is asked only as far as its rough copy for ``re`` reaches
    text = "Căn cứ Quyết định số 12/QĐ-UBND" + lead + "05/6/2019 của UBND tỉnh."
    (c,) = find_citations(_ctx(text, {}))
    assert c.number == "12/QĐ-UBND" and c.date == "2019-06-05"


def test_no_date_is_read_from_a_word_that_only_opens_with_ngay():
    (c,) = find_citations(_ctx("Căn cứ Quyết định số 12/QĐ-UBND ngàyx 05/6/2019.", {}))
    assert c.date is None
