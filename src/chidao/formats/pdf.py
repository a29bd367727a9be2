"""PDF (.pdf) → the text of its text layer, page after page (pypdf).

A PDF made from Word or by a printer driver carries its text; a scan does
not, and is refused ("no text in this PDF file (a scan without a text
layer?)") — chidao does no OCR.  Pages are separated by a blank line, which
the normalizer reads as a page break: a sentence cut by one is joined again
and a lone page number between pages is dropped.  Encrypted files that open
with the empty password (most "protected" official PDFs) are read.
"""

from __future__ import annotations

import io
from typing import Optional

from chidao.errors import InputError


def to_text(data: bytes, name: Optional[str] = None) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:  # wrong password, missing cryptography package
                raise InputError(name, f"encrypted PDF ({exc})") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(name, f"not a valid PDF file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise InputError(name, f"not a valid PDF file ({type(exc).__name__}: {exc})") from None
    return "\n\n".join(page.strip("\n") for page in pages)
