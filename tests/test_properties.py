"""Properties that hold for any text at all, checked on generated documents.

``chidao.parse`` never refuses a string, and every offset it returns indexes
the normalized text it returns (OUTPUT.md: ``text[span[0]:span[1]]`` is the
record's ``text``; nodes nest inside their parents).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chidao

# Pieces of real directives, so that generated text reaches the segmenter and
# the extractors rather than only the "nothing found" paths.
FRAGMENTS = [
    "CHỈ THỊ", "QUYẾT ĐỊNH", "KẾ HOẠCH", "Số: 05/CT-UBND", "Trà Vinh, ngày 12 tháng 3 năm 2024",
    "Về việc đẩy mạnh chuyển đổi số", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    "I.", "II.", "IV.", "1.", "2.", "1.1.", "2.3.1.", "a)", "đ)", "b.", "-", "+", "*", "Điều 1.", "Điều 12.",
    "Chương I", "Chương II", "Mục 1", "Phần thứ nhất", "PHỤ LỤC", "STT",
    "Sở Y tế chủ trì, phối hợp với Sở Tài chính", "UBND các huyện, thị xã, thành phố", "Sở KH&ĐT",
    "các sở, ban, ngành tỉnh", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh", "Công an tỉnh",
    "trước ngày 31/12/2025", "chậm nhất ngày 15/01", "trong quý III/2024", "hằng tháng", "định kỳ 6 tháng",
    "đạt trên 95%", "tăng 13 - 14%", "67/85 xã đạt chuẩn", "giảm còn dưới 3,5%", "1.250 tỷ đồng",
    "theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ", "Nghị quyết số 21-NQ/TU",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
    "[footnoteRef:1]", "[1: Ghi chú]", "| 1 | Sở Y tế | Quý II |", "./.", "…", "“", "”",
]

vietnamese = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                              "ùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ0123456789 .,;:/()-%", max_size=40)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)  # incl. NUL, controls, RTL, emoji
breaks = st.sampled_from(["\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u2028", "\x0c", "\x00"])
piece = st.one_of(st.sampled_from(FRAGMENTS), vietnamese, any_text, breaks)
documents = st.lists(st.tuples(piece, breaks), max_size=60).map(lambda ps: "".join(a + b for a, b in ps))

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_span(span, n, what):
    s, e = span
    assert 0 <= s <= e <= n, f"{what} span {span} outside [0, {n}]"


@SETTINGS
@given(documents)
def test_parse_never_raises_and_every_span_indexes_the_text(raw):
    doc = chidao.parse(raw)
    text, n = doc.text, len(doc.text)
    ids = set()

    def walk(nodes, lo, hi):
        prev_end = lo
        for node in nodes:
            _check_span(node.span, n, f"node {node.id}")
            s, e = node.span
            assert lo <= s and e <= hi, f"node {node.id} {node.span} outside its parent [{lo}, {hi}]"
            assert s >= prev_end, f"node {node.id} overlaps its previous sibling"
            prev_end = e
            assert node.id not in ids, f"duplicate node id {node.id}"
            ids.add(node.id)
            walk(node.children, s, e)

    walk(doc.outline, 0, n)

    for kind in ("agencies", "deadlines", "targets", "citations", "tasks"):
        for i, rec in enumerate(getattr(doc, kind)):
            if rec.span is None:
                continue
            _check_span(rec.span, n, f"{kind}[{i}]")
            assert text[rec.span[0]:rec.span[1]] == rec.text, f"{kind}[{i}] text differs from its span"
            assert rec.node_id is None or rec.node_id in ids, f"{kind}[{i}] names unknown node {rec.node_id}"
    for c in doc.citations:
        for m in c.mentions:
            _check_span(m, n, "citation mention")
    for t in doc.tasks:
        assert all(0 <= i < len(doc.deadlines) for i in t.deadlines)
        assert all(0 <= i < len(doc.targets) for i in t.targets)
        assert all(0 <= i < len(doc.citations) for i in t.citations)
    for f in doc.footnotes:
        assert 0 <= f.offset <= n
    for a in doc.meta.attachments:
        _check_span(a.span, n, "attachment")


@SETTINGS
@given(documents)
def test_parsing_is_deterministic_and_round_trips_through_json(raw):
    doc = chidao.parse(raw)
    again = chidao.parse(raw)
    assert doc == again
    assert type(doc).model_validate_json(doc.to_json()) == doc


@settings(max_examples=50, deadline=None)
@given(documents)
def test_parsing_the_normalized_text_again_changes_nothing(raw):
    # normalizing is idempotent: what a tool stores as `text` parses to itself
    doc = chidao.parse(raw)
    assert chidao.parse(doc.text).text == doc.text
