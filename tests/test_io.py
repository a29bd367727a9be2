"""Reading files: every encoding an office produces gives the same text, and
whatever is not a text document is refused with the file's name and why."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest

import chidao
from chidao import InputError
from chidao.io import read_text

# How the same directive reaches us from different editors and systems.
ENCODINGS = [
    # (how it was saved, bytes, the encoding chidao reports)
    ("UTF-8 (Linux, LibreOffice, web forms)", lambda t, _: t.encode("utf-8"), "utf-8"),
    ("UTF-8 with BOM (Notepad 'UTF-8 with BOM')", lambda t, _: t.encode("utf-8-sig"), "utf-8-sig"),
    ("UTF-16 with BOM, CRLF (Notepad 'Unicode')", lambda t, _: t.replace("\n", "\r\n").encode("utf-16"),
     "utf-16-le"),
    ("UTF-16LE without BOM", lambda t, _: t.encode("utf-16-le"), "utf-16-le"),
    ("UTF-16BE with BOM", lambda t, _: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16-be"),
    ("Windows-1258 (old Vietnamese Windows)", lambda t, cp: cp(t), "cp1258"),
    ("Windows-1258, CRLF", lambda t, cp: cp(t.replace("\n", "\r\n")), "cp1258"),
]


@pytest.mark.parametrize("saved_as, encode, encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_every_encoding_gives_the_same_nfc_text(tmp_path, directive, encode_cp1258, saved_as, encode, encoding):
    data = encode(directive, encode_cp1258)
    path = tmp_path / "chi-thi-05.txt"
    path.write_bytes(data)

    text, source = read_text(path)

    expected = directive.replace("\n", "\r\n") if "CRLF" in saved_as else directive
    assert text == expected
    assert unicodedata.is_normalized("NFC", text)
    assert source.encoding == encoding
    assert source.format == "txt"
    assert source.path == str(path)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    # and the parser sees exactly what it would see from the string
    assert chidao.parse_file(path).text == chidao.parse(expected).text


def test_windows_1258_really_uses_combining_tone_marks(directive, encode_cp1258):
    # "Thực hiện": ự = ư + dot below, ệ = ê + dot below: one byte each for base and mark
    assert encode_cp1258("Thực hiện") == b"Th\xfd\xf2c hi\xea\xf2n"
    assert encode_cp1258(directive).decode("cp1258") != directive  # decomposed until NFC


def test_decomposed_utf8_is_composed(tmp_path):
    # macOS file names and some converters write NFD: "Quyết định" as e + ̂ + ́
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", "Quyết định số 01/QĐ-UBND"), encoding="utf-8")
    text, _ = read_text(path)
    assert text == unicodedata.normalize("NFC", "Quyết định số 01/QĐ-UBND")


def test_a_western_windows_1252_file_is_read_as_such(tmp_path):
    # a supplier's letter: letters Vietnamese does not use, so not Windows-1258
    letter = "Angebot der Müller & Söhne GmbH, Große Straße 5 – „Kỹ thuật“ ab 1. März\n"
    path = tmp_path / "angebot.txt"
    path.write_bytes(letter.encode("cp1252", errors="replace"))
    text, source = read_text(path)
    assert source.encoding == "cp1252"
    assert text.startswith("Angebot der Müller & Söhne GmbH, Große Straße 5 – „K?")


def test_a_few_stray_bytes_in_utf8_are_replaced_not_fatal(tmp_path, directive):
    # a download cut off in the middle of "ệ", or one pasted Windows-1252 quote
    path = tmp_path / "cut.txt"
    path.write_bytes(directive.encode("utf-8") + "Hiệ".encode("utf-8")[:-1])
    text, source = read_text(path)
    assert source.encoding == "utf-8"
    assert text.startswith(directive) and text.endswith("\ufffd")


@pytest.mark.parametrize("name, fmt", [
    ("chi-thi.txt", "txt"), ("CHI-THI.TXT", "txt"), ("ke-hoach.md", "md"), ("ke-hoach.markdown", "md"),
    ("README", "txt"),            # no suffix: plain text
    ("QĐ số 15.2020", "txt"),     # a number after the dot is not a format
])
def test_text_suffixes(tmp_path, directive, name, fmt):
    path = tmp_path / name
    path.write_text(directive, encoding="utf-8")
    assert read_text(path)[1].format == fmt


# What is refused, and the reason given.
REFUSED = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\r\n\t \n", "empty file (only whitespace)"),
    ("nul.txt", "Số: 05/CT-UBND".encode() + b"\x00\x01\x02\x00" * 50, "binary file (NUL bytes, the first at byte 16)"),
    ("renamed-pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document)"),
    ("renamed-docx.txt", b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(1, 200)), "binary file (a ZIP archive"),
    ("renamed-doc.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "binary file (an OLE file"),
    ("controls.txt", bytes(range(1, 32)) * 20 + b"abc", "binary file ("),
    ("garbage.txt", b"\x81\x8d\x8f\x90\x9d" * 10, "cannot decode: not UTF-8"),
    ("chi-thi.docx", b"PK\x03\x04", "not a valid .docx file ("),  # readers: tests/test_formats.py
    ("chi-thi.pdf", b"%PDF-1.4", "not a valid PDF file ("),
    ("bang.xyz", b"text", "unsupported format .xyz (chidao reads .txt, .md, .docx, .html and .pdf)"),
]


@pytest.mark.parametrize("name, data, reason", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_files_name_the_file_and_the_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        chidao.parse_file(path)
    assert err.value.path == str(path)
    assert err.value.reason.startswith(reason)
    assert str(err.value) == f"{path}: {err.value.reason}"


@pytest.mark.parametrize("name", ["missing.txt", "missing.docx"])
def test_missing_file_of_any_format(tmp_path, name):
    with pytest.raises(InputError, match=rf"{name}: no such file$"):
        chidao.parse_file(tmp_path / name)


@pytest.mark.parametrize("name", ["2024", "van-ban.md"])  # a folder is a folder, whatever its name
def test_folder(tmp_path, name):
    (tmp_path / name).mkdir()
    with pytest.raises(InputError, match="is a directory$"):
        chidao.parse_file(tmp_path / name)


def test_empty_string_is_an_empty_document_but_an_empty_file_is_an_error(tmp_path):
    # parse("") is a caller's choice and yields an empty Document; a file that
    # holds nothing is almost always a mistake, so it is never a silent {}.
    doc = chidao.parse("")
    assert doc.text == "" and doc.outline == [] and doc.tasks == []
    (tmp_path / "empty.txt").write_bytes(b"\xef\xbb\xbf")  # a BOM and nothing else
    with pytest.raises(InputError, match="empty file"):
        chidao.parse_file(tmp_path / "empty.txt")


def test_bundled_corpus_reads_as_utf8(corpus_dir):
    files = sorted(corpus_dir.glob("*.txt"))
    assert files
    for f in files:
        text, source = read_text(f)
        assert source.encoding in ("utf-8", "utf-8-sig") and len(text) > 1000


def test_parse_is_still_the_function_after_reading_a_file(tmp_path, directive):
    # `chidao/parse/` is also a sub-package: loading it must not replace `chidao.parse()`
    path = tmp_path / "chi-thi.txt"
    path.write_text(directive, encoding="utf-8")
    from_file = chidao.parse_file(path)
    assert callable(chidao.parse)
    assert chidao.parse(directive).text == from_file.text
