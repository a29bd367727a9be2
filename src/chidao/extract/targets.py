"""Placeholder until the extractor lands: finds no Target records."""

from __future__ import annotations

from chidao.context import DocContext
from chidao.schema import Target


def find_targets(ctx: DocContext) -> list[Target]:
    return []
