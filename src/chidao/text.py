"""Folding of Vietnamese text for matching, without moving any offset.

Every fold here maps one character of NFC text to exactly one character, so a
match found in the folded string is a match at the same offsets in the
original.  That lets finders search a forgiving form ("Uỷ ban" = "Ủy ban",
"hoá" = "hóa", "SỞ" = "Sở") while their spans still index the normalized text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The five tone marks.  Old ("hoá", "Uỷ") and new ("hóa", "Ủy") placement differ
# only in which vowel carries the tone, so dropping the tone makes them equal
# while vowel quality (ă â ê ô ơ ư) and đ still tell words apart ("sở" ≠ "số").
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# Look-alikes seen in real files: Icelandic Eth for Đ, and dashes of every width.
LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@lru_cache(maxsize=4096)
def _fold_char(ch: str, keep_quality: bool) -> str:
    ch = LOOKALIKES.get(ch, ch)
    decomposed = unicodedata.normalize("NFD", ch.lower())
    if keep_quality:
        kept = "".join(c for c in decomposed if c not in _TONE_MARKS)
    else:
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
        kept = kept.replace("đ", "d")
    out = unicodedata.normalize("NFC", kept)
    # ``lower()`` can grow a character ("İ" -> "i̇"); never change the length.
    return out if len(out) == 1 else ch


class _FoldTable(dict):
    """Code point -> its fold, filled as characters turn up, for ``str.translate``
    (one dictionary look-up per character, in C)."""

    def __init__(self, keep_quality: bool) -> None:
        super().__init__()
        self.keep_quality = keep_quality

    def __missing__(self, cp: int) -> str:
        if len(self) > 50_000:  # text of every script: stay small
            self.clear()
        folded = self[cp] = _fold_char(chr(cp), self.keep_quality)
        return folded


_TONES = _FoldTable(True)
_ASCII = _FoldTable(False)


def fold_tones(text: str) -> str:
    """Lower case without tone marks, same length: "Uỷ ban" -> "uy ban", "Sở" -> "sơ"."""
    return text.translate(_TONES)


def fold_ascii(text: str) -> str:
    """Lower-case ASCII skeleton, same length: "Đầu tư" -> "dau tu"."""
    return text.translate(_ASCII)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash_spaces(text: str) -> str:
    """One space between words, none at the ends."""
    return " ".join(text.split())
