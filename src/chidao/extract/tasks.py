"""Placeholder until the extractor lands: finds no Task records."""

from __future__ import annotations

from chidao.context import DocContext
from chidao.schema import Task


def find_tasks(ctx: DocContext) -> list[Task]:
    return []
