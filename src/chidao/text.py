"""Folding of Vietnamese text for matching, without moving any offset.

Every fold here maps one character of NFC text to exactly one character, so a
match found in the folded string is a match at the same offsets in the
original.  That lets finders search a forgiving form ("Uỷ ban" = "Ủy ban",
"hoá" = "hóa", "SỞ" = "Sở") while their spans still index the normalized text.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache
from typing import Optional

# The five tone marks.  Old ("hoá", "Uỷ") and new ("hóa", "Ủy") placement differ
# only in which vowel carries the tone, so dropping the tone makes them equal
# while vowel quality (ă â ê ô ơ ư) and đ still tell words apart ("sở" ≠ "số").
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# Look-alikes seen in real files: Icelandic Eth for Đ, and dashes of every width.
LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
# Letters case-insensitive matching (``re`` and ``regex`` alike) takes for plain ones:
# "ſáu" matches "sáu", "gİờ" matches "giờ".  lower() keeps them (and makes "İ" two
# characters), so a matched word is read through this table before it is looked up.
CASE_ALIKES = {"ſ": "s", "\u212a": "k", "ı": "i", "İ": "i"}
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
    """Code point -> its fold, filled as characters turn up, for ``str.translate``."""

    def __init__(self, keep_quality: bool) -> None:
        super().__init__()
        self.keep_quality = keep_quality

    def __missing__(self, cp: int) -> str:
        if len(self) > 50_000:  # text of every script: stay small
            self.clear()
        folded = self[cp] = _fold_char(chr(cp), self.keep_quality)
        return folded


# ``str.translate`` looks each character up from Python objects (about 80 ns a
# character), and every document is folded several times.  The characters
# Vietnamese text is made of fit in one byte's 256 values, so the common case
# runs as two C loops instead: encode each character to its slot with a
# charmap codec, then decode the slots through the table of folds.  A
# character outside the alphabet becomes the slot of U+FFFF and is folded on
# its own afterwards (U+FFFF itself, should a text hold one, takes that path too).
_VOWELS = "aăâeêioôơuưy"
_TONE_COMBINERS = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_OUTSIDE = "\uffff"


def _alphabet() -> str:
    ascii_ = "\x00\t\n\r" + "".join(chr(i) for i in range(0x20, 0x7F))
    letters = []
    for v in _VOWELS:
        for tone in _TONE_COMBINERS:
            c = unicodedata.normalize("NFC", v + tone)
            letters += [c, c.upper()]
    punctuation = "\u00a0\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022"
    chars = "".join(dict.fromkeys(ascii_ + "đĐ" + "".join(letters) + punctuation + _OUTSIDE))
    assert len(chars) <= 256, len(chars)
    return chars


class _Folder:
    def __init__(self, keep_quality: bool) -> None:
        self.slow = _FoldTable(keep_quality)
        alphabet = _alphabet()
        self.slots = codecs.charmap_build(alphabet)
        self.folds = "".join(c if c == _OUTSIDE else self.slow[ord(c)] for c in alphabet)

    def __call__(self, text: str) -> str:
        data, _ = codecs.charmap_encode(text, "chidao-fold-outside", self.slots)
        out = codecs.charmap_decode(data, "strict", self.folds)[0]
        if _OUTSIDE not in out:
            return out
        parts, last = [], 0
        at = out.find(_OUTSIDE)
        while at >= 0:
            parts.append(out[last:at])
            parts.append(text[at].translate(self.slow))
            last = at + 1
            at = out.find(_OUTSIDE, last)
        parts.append(out[last:])
        return "".join(parts)


def _outside_alphabet(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return _OUTSIDE * (exc.end - exc.start), exc.end


codecs.register_error("chidao-fold-outside", _outside_alphabet)
_TONES = _Folder(True)
_ASCII = _Folder(False)


def fold_tones(text: str) -> str:
    """Lower case without tone marks, same length: "Uỷ ban" -> "uy ban", "Sở" -> "sơ"."""
    return _TONES(text)


def fold_ascii(text: str) -> str:
    """Lower-case ASCII skeleton, same length: "Đầu tư" -> "dau tu"."""
    return _ASCII(text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash_spaces(text: str) -> str:
    """One space between words, none at the ends."""
    return " ".join(text.split())


def find_all(text: str, word: str, start: int = 0, end: Optional[int] = None) -> list[int]:
    """Every offset where ``word`` begins in text[start:end], overlapping ones included:
    ``str.find`` in a loop, the quickest way to a few literal words in a long text."""
    end = len(text) if end is None else end
    out = []
    i = text.find(word, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1, end)
    return out
