"""Pydantic models of chidao's output (see OUTPUT.md)."""

from chidao.schema.models import (
    SCHEMA_VERSION,
    AgencyMention,
    Attachment,
    Citation,
    Deadline,
    Document,
    Footnote,
    Meta,
    Node,
    Signer,
    Source,
    Target,
    Task,
)

__all__ = [
    "SCHEMA_VERSION", "AgencyMention", "Attachment", "Citation", "Deadline", "Document",
    "Footnote", "Meta", "Node", "Signer", "Source", "Target", "Task",
]


def json_schema() -> dict:
    """The JSON Schema of a :class:`Document`."""
    return Document.model_json_schema()
