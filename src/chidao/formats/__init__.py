"""Readers for formats other than plain text: Word (.docx), web pages (.html,
.htm) and PDF (.pdf, its text layer).

Each reader turns a file into the plain text the pipeline reads — one
paragraph a line, numbering that Word or the browser would draw written out
as markers ("1.", "a)", "-"), tables as ``| cell | cell |`` rows — and is a
module of its own with one function ``to_text(data, name) -> str``.  The
library each needs is an optional extra, imported only when such a file is
read; without it :func:`read_document` raises an
:class:`~chidao.errors.InputError` naming the file and the command that
installs the extra::

    pip install 'chidao[docx]'     # python-docx
    pip install 'chidao[html]'     # beautifulsoup4
    pip install 'chidao[pdf]'      # pypdf
    pip install 'chidao[all]'      # the three, and dask
"""

from __future__ import annotations

import hashlib
import importlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chidao.errors import InputError

if TYPE_CHECKING:
    from chidao.schema import Source


@dataclass(frozen=True)
class Format:
    """One readable format: its ``Source.format`` name, reader module, and extra."""

    name: str          # "docx", "html", "pdf"
    module: str        # "chidao.formats.docx"
    extra: str         # the optional dependency group: pip install 'chidao[<extra>]'
    requires: str      # the import name of the library the extra brings


#: Suffixes (lower case) read by a reader of this package.
FORMATS: dict[str, Format] = {
    ".docx": Format("docx", "chidao.formats.docx", "docx", "docx"),
    ".html": Format("html", "chidao.formats.html", "html", "bs4"),
    ".htm": Format("html", "chidao.formats.html", "html", "bs4"),
    ".xhtml": Format("html", "chidao.formats.html", "html", "bs4"),
    ".pdf": Format("pdf", "chidao.formats.pdf", "pdf", "pypdf"),
}


class MissingExtra(ImportError):
    """The library a format needs is not installed."""


def format_of(path: Path) -> "Format | None":
    """The reader for ``path``'s suffix, or ``None`` when it is not one of :data:`FORMATS`."""
    return FORMATS.get(path.suffix.lower())


def read_document(path: Path, data: bytes) -> tuple[str, "Source"]:
    """The text of a .docx / .html / .pdf file whose bytes are ``data``.

    Raises :class:`InputError` naming the file when its extra is not
    installed or the file is not a valid document of its format.
    """
    from chidao.schema import Source

    fmt = format_of(path)
    if fmt is None:
        raise InputError(str(path), f"no reader for {path.suffix} files")
    try:
        importlib.import_module(fmt.requires)
    except ImportError:
        raise InputError(str(path), f"reading {path.suffix.lower()} files needs the '{fmt.extra}' extra: "
                                    f"pip install 'chidao[{fmt.extra}]'") from None
    reader = importlib.import_module(fmt.module)
    result = reader.to_text(data, str(path))
    text, encoding = result if isinstance(result, tuple) else (result, None)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(str(path), f"no text in this {fmt.name.upper()} file"
                                    + (" (a scan without a text layer?)" if fmt.name == "pdf" else ""))
    source = Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), format=fmt.name, encoding=encoding)
    return text, source
