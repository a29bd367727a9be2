"""Word, web pages and PDF: the files are made here, as offices and portals make them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import chidao
from chidao import InputError
from chidao.formats import FORMATS, read_document
from chidao.io import read_text
from chidao.formats.docx import Numbering, format_number

docx = pytest.importorskip("docx", reason="python-docx (extra 'docx') is not installed")
bs4 = pytest.importorskip("bs4", reason="beautifulsoup4 (extra 'html') is not installed")
pypdf = pytest.importorskip("pypdf", reason="pypdf (extra 'pdf') is not installed")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# ------------------------------------------------------------------ .docx

def _numbering_xml(levels: list[tuple[str, str]], abstract_id: int) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    return f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def _add_list(document, levels, abstract_id: int, num_ids: list[tuple[int, bool]]) -> None:
    """A list definition and its instances (num id, restarts at 1?)."""
    from docx.oxml import parse_xml

    root = document.part.numbering_part.element
    first_num = root.find(f"{{{W}}}num")
    absnum = parse_xml(_numbering_xml(levels, abstract_id))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        root.append(absnum)
    for num_id, restart in num_ids:
        override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
        root.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}">'
                              f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))


def _numbered(document, text: str, num_id: int, ilvl: int):
    from docx.oxml import parse_xml

    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def make_docx(path: Path) -> Path:
    """A chỉ thị typed in Word: header table, auto-numbered I. / 1. / a) / - items, a
    second list restarting at 1, a "List Bullet" styled paragraph, a table of tasks."""
    d = docx.Document()
    header = d.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 05/CT-UBND"
    header.cell(1, 1).text = "Trà Vinh, ngày 12 tháng 3 năm 2024"
    d.add_paragraph("CHỈ THỊ")
    d.add_paragraph("Về việc đẩy mạnh chuyển đổi số trong cơ quan nhà nước năm 2024")
    d.add_paragraph("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:")

    _add_list(d, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")],
              abstract_id=90, num_ids=[(91, False), (92, True)])
    _numbered(d, "NHIỆM VỤ TRỌNG TÂM", 91, 0)
    _numbered(d, "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ:", 91, 1)
    _numbered(d, "Tham mưu kế hoạch chuyển đổi số, hoàn thành trước ngày 30/4/2024.", 91, 2)
    _numbered(d, "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%.", 91, 2)
    _numbered(d, "Rà soát hạ tầng mạng của các cơ quan.", 91, 3)
    _numbered(d, "Ủy ban nhân dân các huyện báo cáo kết quả hằng quý.", 91, 1)
    _numbered(d, "TỔ CHỨC THỰC HIỆN", 91, 0)
    _numbered(d, "Sở Tài chính bố trí kinh phí.", 91, 1)
    d.add_paragraph("Danh mục nhiệm vụ:")
    tasks = d.add_table(rows=2, cols=5)
    for cell, text in zip(tasks.rows[0].cells, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]):
        cell.text = text
    for cell, text in zip(tasks.rows[1].cells, ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Thông tin và Truyền thông",
                                                 "Các sở, ngành", "Quý II/2024"]):
        cell.text = text
    d.add_paragraph("Phụ lục kèm theo:")
    _numbered(d, "Biểu mẫu báo cáo.", 92, 0)  # a second list of one definition, restarted: "I."
    d.add_paragraph("Ghi chú", style="List Bullet")
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- Như trên;")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    d.add_paragraph("CHỦ TỊCH")
    d.add_paragraph("Lê Văn Hẳn")
    d.save(path)
    return path


def test_docx_auto_numbering_becomes_markers(tmp_path):
    path = make_docx(tmp_path / "chi-thi-05.docx")
    text, source = read_text(path)
    lines = text.splitlines()
    assert "I. NHIỆM VỤ TRỌNG TÂM" in lines
    assert "1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ:" in lines
    assert "a) Tham mưu kế hoạch chuyển đổi số, hoàn thành trước ngày 30/4/2024." in lines
    assert "b) Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%." in lines
    assert "- Rà soát hạ tầng mạng của các cơ quan." in lines
    assert "2. Ủy ban nhân dân các huyện báo cáo kết quả hằng quý." in lines
    assert "II. TỔ CHỨC THỰC HIỆN" in lines
    assert "1. Sở Tài chính bố trí kinh phí." in lines  # a level restarts under a new parent
    assert "I. Biểu mẫu báo cáo." in lines            # startOverride restarts the second list
    assert any(line.endswith("Ghi chú") and line[0] in "•-" for line in lines)  # style-based bullet
    # the header table is layout: its cells are read one after the other
    assert lines[:6] == ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 05/CT-UBND", "Trà Vinh, ngày 12 tháng 3 năm 2024"]
    # the table of tasks is data: "|" rows
    assert ("| 1 | Xây dựng kho dữ liệu dùng chung | Sở Thông tin và Truyền thông | Các sở, ngành | Quý II/2024 |"
            in lines)
    assert source.format == "docx" and source.path == str(path) and len(source.sha256) == 64


def test_docx_parses_into_the_outline(tmp_path):
    doc = chidao.parse_file(make_docx(tmp_path / "chi-thi-05.docx"))
    ids = [n.id for n in doc.iter_nodes()]
    assert ids[:6] == ["I", "I/1", "I/1/a", "I/1/b", "I/1/b/-1", "I/2"]
    assert "II/1" in ids
    assert doc.meta.number == "05/CT-UBND"
    assert doc.meta.date == "2024-03-12"
    assert any(d.date == "2024-04-30" for d in doc.deadlines)


@pytest.mark.parametrize("n, fmt, drawn", [
    (4, "decimal", "4"), (4, "lowerLetter", "d"), (27, "lowerLetter", "aa"), (3, "upperLetter", "C"),
    (14, "upperRoman", "XIV"), (9, "lowerRoman", "ix"), (7, "decimalZero", "07"), (2, "bullet", ""),
])
def test_word_number_formats(n, fmt, drawn):
    assert format_number(n, fmt) == drawn


def test_multi_level_text_and_symbol_bullets():
    from docx.oxml import parse_xml

    xml = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1">'
           '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
           '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
           '<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
           '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    numbering = Numbering(parse_xml(xml))
    drawn = [numbering.next_marker("5", lvl) for lvl in (0, 1, 1, 2, 0, 1)]
    assert drawn == ["3.", "3.1.", "3.2.", "•", "4.", "4.1."]
    assert numbering.next_marker("404", 0) == ""  # an unknown list draws nothing


# ------------------------------------------------------------------ .html

# The portal page of examples/ (also used by the README): site chrome around a directive.
PAGE = (Path(__file__).resolve().parent.parent / "examples" / "chi-thi-05.html").read_text(encoding="utf-8")


def make_html(path: Path) -> Path:
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_html_keeps_the_document_and_leaves_the_site_out(tmp_path):
    text, source = read_text(make_html(tmp_path / "chi-thi-05.html"))
    lines = text.splitlines()
    for chrome in ("Trang chủ", "Tin tức", "Liên kết", "Bộ Nội vụ", "Chia sẻ", "Tin khác", "Bản quyền",
                   "Cổng thông tin", "99/CT-UBND", "color:red"):
        assert chrome not in text, chrome
    assert lines[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc"]
    assert "1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ:" in lines  # <ol> numbers drawn
    assert "a) Tham mưu kế hoạch chuyển đổi số, hoàn thành trước ngày 30/4/2024." in lines
    assert "2. Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả hằng quý." in lines
    assert source.format == "html" and source.encoding == "utf-8"


def test_html_parses_like_the_typed_directive(tmp_path):
    doc = chidao.parse_file(make_html(tmp_path / "chi-thi-05.htm"))
    assert [n.id for n in doc.iter_nodes()] == ["I", "I/1", "I/1/a", "I/1/b", "I/2", "II"]
    assert doc.meta.number == "05/CT-UBND"
    assert doc.meta.doc_type == "Chỉ thị"
    assert any(c.number == "749/QĐ-TTg" for c in doc.citations)


def test_html_in_the_declared_legacy_encoding(tmp_path, encode_cp1258):
    path = tmp_path / "cp1258.html"
    path.write_bytes(encode_cp1258(PAGE.replace('charset="utf-8"', 'charset="windows-1258"')))
    text, source = read_text(path)
    assert "Ủy ban nhân dân các huyện" in text
    assert source.encoding == "windows-1258"


def test_html_main_element_wins(tmp_path):
    page = ("<html><body><div class='top'>Đăng nhập | Liên hệ | Sơ đồ trang</div>"
            "<main><h1>KẾ HOẠCH</h1><ul><li>Sở Y tế chủ trì.</li><li><p>Sở Tài chính</p><p>phối hợp.</p></li></ul>"
            "<ol type='I' start='2'><li><p><strong>TỔ CHỨC</strong> THỰC HIỆN</p></li></ol></main>"
            "<div>Lượt xem: 42</div></body></html>")
    path = tmp_path / "ke-hoach.html"
    path.write_text(page, encoding="utf-8")
    text, _ = read_text(path)
    assert text.splitlines() == ["KẾ HOẠCH", "- Sở Y tế chủ trì.", "- Sở Tài chính", "phối hợp.",
                                 "II. TỔ CHỨC THỰC HIỆN"]


# ------------------------------------------------------------------ .pdf

def make_pdf(path: Path) -> Path:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test dependency) is not installed")
    if not FONT.is_file():
        pytest.skip(f"no Unicode font at {FONT} (Debian package fonts-dejavu-core; .ci/run installs it)")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pages = [
        ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH", "Số: 05/CT-UBND", "Trà Vinh, ngày 12 tháng 3 năm 2024", "",
         "CHỈ THỊ", "Về việc đẩy mạnh chuyển đổi số trong cơ quan nhà nước năm 2024", "",
         "I. NHIỆM VỤ TRỌNG TÂM", "1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ:",
         "a) Tham mưu kế hoạch chuyển đổi số, hoàn thành", "1"],
        ["trước ngày 30/4/2024.", "b) Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%.",
         "2. Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả hằng quý.", "2"],
    ]
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_pdf_text_layer(tmp_path):
    path = make_pdf(tmp_path / "chi-thi-05.pdf")
    text, source = read_text(path)
    assert "Sở Thông tin và Truyền thông chủ trì" in text
    assert source.format == "pdf"
    doc = chidao.parse_file(path)
    ids = [n.id for n in doc.iter_nodes()]
    assert ids == ["I", "I/1", "I/1/a", "I/1/b", "I/2"]
    # the sentence cut by the page break is whole again, the page number gone
    a = next(n for n in doc.iter_nodes() if n.id == "I/1/a")
    assert "hoàn thành trước ngày 30/4/2024." in a.text
    assert any(d.date == "2024-04-30" for d in doc.deadlines)
    assert doc.meta.number == "05/CT-UBND"


def test_pdf_without_text_is_refused(tmp_path):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test dependency) is not installed")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # a "scan": drawing, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match=r"scan\.pdf: no text in this PDF file \(a scan without a text layer\?\)"):
        chidao.parse_file(path)


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize("name, data, reason", [
    ("hong.docx", b"PK\x03\x04 not really a zip", "not a valid .docx file ("),
    ("hong.pdf", b"%PDF-1.4\n garbage", "not a valid PDF file ("),
    ("trong.html", b"<html><body><nav>Menu</nav></body></html>", "no text in this HTML file"),
])
def test_broken_files_name_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        chidao.parse_file(path)
    assert err.value.path == str(path)
    assert err.value.reason.startswith(reason)


@pytest.mark.parametrize("suffix", [".docx", ".html", ".htm", ".pdf"])
def test_missing_extra_names_the_file_and_the_install_command(tmp_path, monkeypatch, suffix):
    fmt = FORMATS[suffix]
    monkeypatch.setitem(sys.modules, fmt.requires, None)  # "import docx" now raises ImportError
    path = tmp_path / f"van-ban{suffix}"
    path.write_bytes(b"x")
    with pytest.raises(InputError) as err:
        chidao.parse_file(path)
    assert str(err.value) == (f"{path}: reading {suffix} files needs the '{fmt.extra}' extra: "
                              f"pip install 'chidao[{fmt.extra}]'")


def test_folders_are_searched_for_every_format(tmp_path):
    from chidao.batch import plan

    make_docx(tmp_path / "a.docx")
    make_html(tmp_path / "b.html")
    (tmp_path / "c.txt").write_text("CHỈ THỊ\n1. Sở Y tế chủ trì.", encoding="utf-8")
    jobs = plan([tmp_path], tmp_path / "out")
    assert sorted(j.source.name for j in jobs) == ["a.docx", "b.html", "c.txt"]


def test_read_document_directly(tmp_path):
    path = make_html(tmp_path / "x.html")
    text, source = read_document(path, path.read_bytes())
    assert text.startswith("ỦY BAN NHÂN DÂN") and source.format == "html"
