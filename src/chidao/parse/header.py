"""Placeholder."""
from __future__ import annotations
from dataclasses import dataclass, field
from typing import Optional
from chidao.schema import Meta


@dataclass
class Header:
    meta: Meta
    body_start: int = 0
    body_end: int = -1
    recipient_spans: list[tuple[int, int]] = field(default_factory=list)
    attachment_spans: list[tuple[int, int]] = field(default_factory=list)
    year_hint: Optional[int] = None
    warnings: list[str] = field(default_factory=list)


def read_header(text: str) -> Header:
    return Header(Meta(), 0, len(text))
