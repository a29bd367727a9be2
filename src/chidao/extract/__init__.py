"""Extractors: each a function ``(DocContext) -> list[record]``."""
