"""Bytes on disk → text: placeholder until the reader lands (UTF-8 only)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from chidao.errors import InputError
from chidao.schema import Source


def read_text(path) -> tuple[str, Source]:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), exc.strerror or str(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(p), "not UTF-8 text") from None
    return text, Source(path=str(p), sha256=hashlib.sha256(data).hexdigest(), format=p.suffix.lstrip(".") or None, encoding="utf-8")
