"""Lines that belong to a web page or a file export, not to the document.

Portals and law sites wrap a document in chrome: view counters, audio
players, banners, "Tin khác" lists, visitor statistics.  Each pattern is
matched against a whole line (tone-folded, lower case) and the line dropped.
Patterns are anchored and short so that no line of real content matches.
"""

from __future__ import annotations

CHROME_LINE_PATTERNS = [
    r"image banner",
    r"banner",
    r"(?:so )?luot (?:xem|doc)\s*:?\s*[\d.,]*",
    r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}",          # audio player "0:00 / 0:00"
    r"giong (?:nam|nu)(?: mien (?:bac|trung|nam))?",  # text-to-speech voice picker
    r"nghe doc bai|doc bai viet|phat am thanh",
    r"tin khac|tin lien quan|bai viet lien quan|cac tin khac|tin moi nhat|tin da dua",
    r"thong ke truy cap|luot truy cap|dang truy cap\s*:?\s*\d*|dang online\s*:?\s*\d*",
    r"tong (?:so )?luot truy cap\s*:?[\d.,\s]*|hom nay\s*:?\s*[\d.,]+|hom qua\s*:?\s*[\d.,]+",
    r"trong tuan\s*:?\s*[\d.,]+|trong thang\s*:?\s*[\d.,]+|tat ca\s*:?\s*[\d.,]+",
    r"quang cao|lien ket website|lien ket web",
    r"chia se(?: bai viet)?|in trang|in bai viet|gui email|gui bai viet|facebook|zalo|twitter",
    r"ve dau trang|quay lai|tro ve|xem them|doc them|tai ve|tai xuong|download",
    r"ban quyen thuoc ve.*|copyright.*|©.*",
    r"trang chu(?:\s*[>»/|].*)?",
    r"dang nhap|dang ky|tim kiem",
    r"\[?(?:bookmark|toc)\b[^\]]*\]?",
    r"-*\s*(?:page break|ngat trang|het trang)\s*-*",          # converters' page separators
    r"(?:ky boi|nguoi ky|thoi gian ky|co quan|email|emai\w*|dia chi)\s*:.*",  # e-signature stamp
]
# A browser's print header or footer: up to eight words, then an address and
# maybe "1/3".  Tried only on lines holding one of URL_CUES.
URL_LINE_PATTERN = r"(?:\S+\s+){0,8}(?:https?://|www\.)\S*(?:\s+\d+\s*/\s*\d+)?"
URL_CUES = ("http", "www.")
# A line that stands three times or more (digits aside) is a running page
# header or footer of a printed or scanned document.
RUNNING_LINE_MIN_REPEATS = 3
