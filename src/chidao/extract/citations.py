"""Placeholder until the extractor lands: finds no Citation records."""

from __future__ import annotations

from chidao.context import DocContext
from chidao.schema import Citation


def find_citations(ctx: DocContext) -> list[Citation]:
    return []
