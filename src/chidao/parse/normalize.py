"""Placeholder: NFC only."""
from __future__ import annotations
from dataclasses import dataclass, field
from chidao.schema import Footnote
from chidao.text import nfc


@dataclass
class NormalizedText:
    text: str
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def normalize(raw: str) -> NormalizedText:
    return NormalizedText(nfc(raw))
