"""Placeholder until the extractor lands: finds no Deadline records."""

from __future__ import annotations

from chidao.context import DocContext
from chidao.schema import Deadline


def find_deadlines(ctx: DocContext) -> list[Deadline]:
    return []
