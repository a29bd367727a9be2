"""Bytes on disk → text: the first step of the pipeline.

:func:`read_text` takes a path and returns the document's text together with a
:class:`~chidao.schema.Source` saying where it came from and how it was decoded.
Vietnamese documents reach us in several encodings; the reader recognises

- UTF-8, with or without a byte-order mark (what most tools write today);
- UTF-16 with a BOM (Notepad's "Unicode"), and BOM-less UTF-16LE/BE, told by
  the NUL byte that every ASCII character carries in one half of its pair;
- Windows-1258, the Vietnamese code page, which spells most toned vowels as a
  base letter plus a combining tone mark ("ệ" = "ê" + U+0323), so the text is
  NFC-normalized after decoding;
- Windows-1252, only when the bytes are not Vietnamese text in Windows-1258
  and every non-ASCII character is a plain Western letter or typographic mark.

It refuses, with an :class:`~chidao.errors.InputError` naming the file, what
is not a readable text document: a missing path, a folder, an empty file,
binary data (NUL bytes outside UTF-16, a PDF or Word file renamed ``.txt``,
many control characters), bytes no supported encoding explains, and formats
that will come later as optional extras (``.docx``, ``.pdf``, ``.html``).

Not recognised: the pre-Unicode font encodings TCVN3 (ABC) and VNI, which look
like Windows-1252 mojibake ("Quy Õt ®Þnh"); such files are read as whatever
their bytes happen to decode to.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from chidao.errors import InputError

if TYPE_CHECKING:
    from chidao.schema import Source

log = logging.getLogger("chidao")

#: Suffixes read as plain text, and the ``Source.format`` each gets.  A file
#: without a suffix is read as plain text too.
TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}

#: Formats people will hand us that need a converter we do not ship yet.
LATER_FORMATS = {
    ".docx": "Word", ".doc": "Word 97-2003", ".odt": "OpenDocument", ".rtf": "RTF",
    ".pdf": "PDF", ".html": "HTML", ".htm": "HTML", ".xml": "XML",
    ".xlsx": "Excel", ".xls": "Excel", ".zip": "ZIP", ".png": "image", ".jpg": "image",
    ".jpeg": "image", ".tif": "image", ".tiff": "image",
}

# File signatures of binary formats that turn up renamed as .txt.
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. a .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE file, e.g. a .doc"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip data"),
]

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32-be"),
    (b"\xff\xfe", "utf-16", "utf-16-le"),
    (b"\xfe\xff", "utf-16", "utf-16-be"),
]

# Control characters that plain text legitimately holds.
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v", "\x1a"}  # \x1a: DOS end-of-file mark

_SAMPLE = 64 * 1024


def _vietnamese_letters() -> frozenset[str]:
    bases = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    letters = {"đ", "Đ"}
    for base in bases + bases.upper():
        for tone in tones:
            letters.add(unicodedata.normalize("NFC", base + tone))
    return frozenset(c for c in letters if len(c) == 1)


VIETNAMESE_LETTERS = _vietnamese_letters()
# Non-ASCII punctuation that Vietnamese documents print.
_TYPOGRAPHY = set("\u00a0«»°§·×–—‘’‚“”„•…‰‹›€₫™")


def read_text(path: Union[str, os.PathLike]) -> tuple[str, "Source"]:
    """Read a text document: ``(NFC text, Source)``.

    >>> text, source = read_text("corpus/000_bd4616884724f4c0.txt")  # doctest: +SKIP
    >>> source.encoding, source.format
    ('utf-8', 'txt')

    Raises :class:`InputError` naming the file: "no such file", "is a
    directory", "empty file", "binary file (…)", "unsupported format .docx
    (…)", or "cannot decode (…)".
    """
    p = Path(path)
    return text_of(p, read_bytes(p))


def read_bytes(path: Union[str, os.PathLike], *, max_bytes: Optional[int] = None) -> bytes:
    """The bytes of a document file, after the checks :func:`read_text` makes
    before reading (a file, not a folder; a format chidao reads; not empty).

    A file of more than ``max_bytes`` bytes is refused unread: "too large".
    """
    p = Path(path)
    size = _check_file(p)
    _format_of(p)
    if max_bytes is not None and size > max_bytes:
        raise InputError(str(p), _too_large(size, max_bytes))
    return _read_bytes(p, max_bytes)


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1e6:.1f} MB, more than the limit of {limit / 1e6:g} MB)"


def text_of(path: Path, data: bytes, sha256: Optional[str] = None) -> tuple[str, "Source"]:
    """``(NFC text, Source)`` of the bytes ``data`` read from ``path``.

    ``sha256`` is the hex digest of ``data`` when the caller has it already.
    """
    from chidao.schema import Source  # pydantic: keep ``import chidao.io`` light

    fmt = _format_of(path)
    if fmt not in TEXT_FORMATS.values():  # .docx, .html, .pdf: chidao.formats
        from chidao.formats import read_document

        return read_document(path, data)
    text, encoding = decode(data, name=str(path))
    return text, Source(path=str(path), sha256=sha256 or hashlib.sha256(data).hexdigest(), format=fmt,
                        encoding=encoding)


def _format_of(p: Path) -> str:
    suffix = p.suffix.lower()
    # "QĐ số 15.2020" has no real suffix: only a short alphabetic one is a format.
    if not suffix or not suffix[1:].isalpha() or len(suffix) > 10:
        return "txt"
    if suffix in TEXT_FORMATS:
        return TEXT_FORMATS[suffix]
    from chidao.formats import FORMATS

    if suffix in FORMATS:
        return FORMATS[suffix].name
    what = LATER_FORMATS.get(suffix)
    hint = f"{what} files are not read yet; " if what else ""
    raise InputError(str(p), f"unsupported format {suffix} ({hint}chidao reads .txt, .md, .docx, .html and .pdf)")


def _check_file(p: Path) -> int:
    """The size of the regular file ``p``; else an InputError saying what it is."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except OSError as exc:  # a loop of links: "Too many levels of symbolic links"
        raise InputError(str(p), exc.strerror or str(exc)) from None
    except ValueError as exc:  # a NUL byte in the name
        raise InputError(str(p), f"invalid file name ({exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(str(p), "is a directory")
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block for ever, a device never end
        raise InputError(str(p), "not a regular file")
    return st.st_size


def _read_bytes(p: Path, max_bytes: Optional[int] = None) -> bytes:
    try:
        with open(p, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError as exc:  # "Permission denied", "Input/output error"
        raise InputError(str(p), exc.strerror or str(exc)) from None
    if max_bytes is not None and len(data) > max_bytes:  # it grew since we looked
        raise InputError(str(p), _too_large(os.path.getsize(p), max_bytes))
    if not data:
        raise InputError(str(p), "empty file")
    return data


def decode(data: bytes, *, name: Optional[str] = None) -> tuple[str, str]:
    """Bytes → ``(NFC text, encoding name)``; see the module docstring.

    ``name`` is the file named in the :class:`InputError` raised for bytes
    that are not text.
    """
    text, encoding = _decode(data, name)
    _check_controls(text, name)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(name, "empty file (only whitespace)")
    return text, encoding


def _decode(data: bytes, name: Optional[str]) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise InputError(name, f"cannot decode as {label} despite its byte-order mark ({exc.reason} at byte {exc.start})") from None

    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"binary file ({what})")

    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            raise InputError(name, f"binary file (NUL bytes, but not valid {utf16.upper()})") from None

    nul = data.find(0)
    if nul >= 0:
        raise InputError(name, f"binary file (NUL bytes, the first at byte {nul})")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc

    text = _mostly_utf8(data)
    if text is not None:
        bad = text.count("\ufffd")
        log.warning("%s: warning: %d byte(s) are not UTF-8, read as U+FFFD", name, bad)
        return text, "utf-8"

    for codec, plausible in (("cp1258", _looks_vietnamese), ("cp1252", _looks_western)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausible(unicodedata.normalize("NFC", text)):
            return text, codec

    bad = data[utf8_error.start]
    raise InputError(name, f"cannot decode: not UTF-8 (byte 0x{bad:02x} at {utf8_error.start}), UTF-16, "
                           "Windows-1258 or Windows-1252 text")


def _sniff_utf16(data: bytes) -> Optional[str]:
    """"utf-16-le" or "utf-16-be" when NULs sit in one half of the byte pairs.

    Every ASCII character (spaces, digits, line breaks, unaccented letters)
    and every Vietnamese letter of Latin-1 ("à", "ê", "ô") has a zero high
    byte in UTF-16, while the other half is almost never zero.
    """
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 text with a few stray bytes (a cut-off download, one pasted
    Windows-1252 quote), decoded with U+FFFD for those bytes; else ``None``."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if "\u0080" <= c and c != "\ufffd")
    if bad <= 3 and multibyte >= 20 * bad:
        return text
    return None


def _looks_vietnamese(text: str) -> bool:
    """Windows-1258 decoded Vietnamese: nearly every non-ASCII character is a
    Vietnamese letter (tone marks composed by NFC) or common punctuation."""
    other = [c for c in text if c >= "\u0080"]
    if not other:
        return True
    viet = sum(1 for c in other if c in VIETNAMESE_LETTERS)
    fine = viet + sum(1 for c in other if c in _TYPOGRAPHY)
    # A tone mark left over after NFC sits on something no Vietnamese word has.
    return viet > 0 and fine >= 0.95 * len(other)


def _looks_western(text: str) -> bool:
    """Windows-1252 text: every non-ASCII character a Latin-1 letter or a
    typographic mark — not the "Ã¡»" of UTF-8 read the wrong way."""
    for c in text:
        if c >= "\u0080" and c not in _TYPOGRAPHY and not ("\u00c0" <= c <= "\u00ff" and c.isalpha()):
            return False
    return True


# Control characters that plain text does not hold: all but those of _TEXT_CONTROLS, and DEL.
_BINARY_CONTROLS = re.compile("[%s]" % "".join(
    re.escape(chr(c)) for c in [*range(32), 0x7F] if chr(c) not in _TEXT_CONTROLS))


def _check_controls(text: str, name: Optional[str]) -> None:
    sample = text[:_SAMPLE]
    controls = len(_BINARY_CONTROLS.findall(sample))
    if controls and controls >= max(3, 0.01 * len(sample)):
        share = 100 * controls / len(sample)
        raise InputError(name, f"binary file ({controls} control characters in the first {len(sample)}, {share:.0f}%)")
