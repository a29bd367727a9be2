"""Marker grammar of Vietnamese documents: the kinds of numbered units, as data.

NĐ 30/2020 (Phụ lục I, II.6) and Luật ban hành VBQPPL give the hierarchy
Phần – Chương – Mục – Điều – khoản (1.) – điểm (a)); documents without
điều use roman "I.", arabic "1.", letters "a)", and in practice "1.1.",
"-", "+", "*" below them.  Party documents use the same shapes.
"""

from __future__ import annotations

# Điểm letters: the Vietnamese alphabet without ă â ê ô ơ ư and without
# f j w z (NĐ 30/2020, Phụ lục I; Luật 64/2025 Điều 10).
LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
UPPER_LETTERS = [c.upper() for c in LETTERS]

# "Phần thứ nhất", "PHẦN THỨ HAI": ordinal words, in order.
ORDINAL_WORDS = [
    "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    "mười một", "mười hai",
]

# Rank of structural kinds: a unit never sits inside one of equal or lower
# rank (an Điều never inside a khoản).  Roman, upper letter and arabic have
# no fixed order between them — "A." parts may hold "I." or the reverse —
# so they share a rank and the order is read from the document.
# Keyed by style (the word that opens the unit), so that "Bước 1." — a
# section-like step inside an ordinary item — is not ranked with "Mục 1".
STRUCTURAL_RANK = {
    "part": 0,
    "annex": 0,
    "chapter": 1,
    "section": 2,
    "subsection": 2.5,
    "article": 3,
}

# Bullet glyphs and the kind each one is reported as.  "-" and the dashes a
# word processor substitutes for it are one style; the others are their own.
BULLETS = {
    "-": "dash", "–": "dash", "—": "dash", "−": "dash", "‐": "dash", "‑": "dash",
    "+": "plus",
    "*": "star",
    "•": "dash", "·": "dash", "◊": "dash", "▪": "dash", "►": "dash", "○": "dash", "●": "dash",
    "❖": "dash", "✓": "dash", "": "dash", "": "dash",
}
# The kinds bullets are reported as: items that number nothing.
BULLET_KINDS = frozenset(BULLETS.values())
# Glyphs that share a style (so "–" continues a list begun with "-").
BULLET_STYLE = {"–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "·": "•"}

# Words that open a numbered structural unit, and the kind they make.
# Matched case-insensitively against tone-folded text.
# word -> (kind reported, style used for placement)
HEADING_WORDS = {
    "phần": ("part", "part"),
    "chương": ("chapter", "chapter"),
    "mục": ("section", "section"),
    "tiểu mục": ("section", "subsection"),
    "điều": ("article", "article"),
    "bước": ("section", "step"),
    "phụ lục": ("part", "annex"),
}

# OCR of a scan reads the roman "I." of a caps heading as the digit "1." or
# the letter "l." ("1. TINH THẦN CHỈ ĐẠO", then "II. NHIỆM VỤ"): the labels
# it is read as, by the kind it is then read as.  The segmenter takes the
# roman reading back only when the next such heading is a roman "II.".
OCR_ROMAN_ONE = {"arabic": "1", "letter": "l"}
