"""Shared fixtures: a short directive as an office would type it, and the corpus."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A short chỉ thị in the usual layout: national motto, number and date,
# title, numbered tasks with lead and supporting agencies, deadlines, targets,
# a citation, and the signature block.
DIRECTIVE = """\
ỦY BAN NHÂN DÂN
TỈNH TRÀ VINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/CT-UBND
Trà Vinh, ngày 12 tháng 3 năm 2024

CHỈ THỊ
Về việc đẩy mạnh chuyển đổi số trong cơ quan nhà nước năm 2024

Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

I. NHIỆM VỤ TRỌNG TÂM
1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ:
a) Tham mưu kế hoạch chuyển đổi số, hoàn thành trước ngày 30/4/2024.
b) Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%.
2. Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả hằng quý.

II. TỔ CHỨC THỰC HIỆN
Giám đốc các sở, ngành tỉnh nghiêm túc thực hiện Chỉ thị này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Hẳn
"""


@pytest.fixture
def directive() -> str:
    """The directive above, in NFC as every reader must return it."""
    return unicodedata.normalize("NFC", DIRECTIVE)


@pytest.fixture
def corpus_dir() -> Path:
    return ROOT / "corpus"


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Text as Windows-1258 stores it: a precomposed letter where the code
    page has one ("à", "ê", "ơ"), otherwise base letter + combining tone mark
    ("ệ" = "ê" + U+0323).  Python's codec only does the first half."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        tone = "".join(c for c in parts if c in _TONE_MARKS)
        out += (base + tone).encode("cp1258")
    return bytes(out)


@pytest.fixture(name="encode_cp1258")
def _encode_cp1258_fixture():
    return encode_cp1258
