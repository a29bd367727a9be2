"""Errors chidao raises on purpose: each names the file and the reason."""

from __future__ import annotations


class ChidaoError(Exception):
    """Base class of every error chidao raises deliberately."""


class InputError(ChidaoError):
    """A file could not be read as a document (binary, undecodable, missing, a folder)."""

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)
