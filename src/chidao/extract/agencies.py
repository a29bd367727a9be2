"""Placeholder until the extractor lands: finds no AgencyMention records."""

from __future__ import annotations

from chidao.context import DocContext
from chidao.schema import AgencyMention


def find_agencies(ctx: DocContext) -> list[AgencyMention]:
    return []
