"""The typed records chidao produces — the single source of truth for the JSON.

Field names follow the public contract (OUTPUT.md, schema_version "1"): other
tools read them, so they are only ever added to, never renamed.  Every ``span``
is ``[start, end)`` into :attr:`Document.text`, the normalized text.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Span = tuple[int, int]

NodeKind = Literal[
    "part", "chapter", "section", "article", "roman", "upper_letter", "arabic",
    "decimal", "letter", "dash", "plus", "star", "heading", "attachment", "row",
]
DeadlineKind = Literal["by", "on", "within", "from", "recurring", "relative"]
Recurrence = Literal["daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly"]
Comparator = Literal["=", ">", ">=", "<", "<=", "range", "~"]
TargetKind = Literal["target", "result"]
Relation = Literal["căn cứ", "thực hiện", "sửa đổi", "thay thế", "bãi bỏ", "ban hành kèm theo"]


def _chidao_version() -> str:
    from chidao import __version__

    return __version__


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Source(_Record):
    """Where a document came from."""

    path: Optional[str] = None
    sha256: Optional[str] = None
    format: Optional[str] = Field(None, description='"txt", "md", "docx", ...')
    encoding: Optional[str] = Field(None, description="encoding the bytes were decoded with")
    chidao_version: Optional[str] = Field(
        default_factory=lambda: _chidao_version(),
        description="version of chidao that made this record; `chidao convert` converts again when it changes")


class Signer(_Record):
    """The signature block: ``TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Đồng Văn Lâm``."""

    name: Optional[str] = None
    position: Optional[str] = Field(None, description='"Chủ tịch", "Phó Chủ tịch"')
    authority: Optional[str] = Field(None, description='"TM. Ủy ban nhân dân", "KT. Chủ tịch"')


class Attachment(_Record):
    """A document issued with this one: "KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"."""

    doc_type: Optional[str] = None
    title: Optional[str] = None
    span: Span


class Meta(_Record):
    """What the document is, who issued it, when, and to whom it goes."""

    doc_type: Optional[str] = Field(None, description='"Chỉ thị", "Quyết định", "Kế hoạch", ...')
    number: Optional[str] = Field(None, description='số, ký hiệu with spaces removed: "01/QĐ-UBND"')
    issuer: Optional[str] = Field(None, description='"Ủy ban nhân dân tỉnh Trà Vinh"')
    place: Optional[str] = None
    date: Optional[str] = Field(None, description="signing date, YYYY-MM-DD")
    title: Optional[str] = Field(None, description="trích yếu")
    signer: Optional[Signer] = None
    recipients: list[str] = Field(default_factory=list, description='"Nơi nhận" / "Kính gửi" lines')
    legal_bases: list[str] = Field(default_factory=list, description='"Căn cứ …" lines')
    attachments: list[Attachment] = Field(default_factory=list)


class Footnote(_Record):
    """A footnote taken out of the running text (docx ``[footnoteRef:N]`` … ``[N: text]``)."""

    label: str
    text: str
    offset: int = Field(description="where the reference mark stood in the normalized text")
    span: Optional[Span] = Field(None, description="the footnote's text, kept after the body of the normalized text")
    node_id: Optional[str] = None


class Node(_Record):
    """One numbered or bulleted unit of the hierarchy."""

    id: str = Field(description='stable path of labels: "II/3/a/-2"')
    kind: NodeKind
    marker: str = Field(description='as printed: "II.", "1.1.", "a)", "-", "Điều 1."')
    label: str = Field(description='marker without punctuation; bullets "-1", "+2"')
    title: Optional[str] = None
    text: str = Field(description="the node's own text after the marker, up to its first child")
    span: Span = Field(description="whole extent, marker and children included")
    cells: Optional[dict[str, str]] = Field(
        None, description='for a row of a table of tasks: its cells by role ("task", "lead", "support", "deadline", …)')
    children: list["Node"] = Field(default_factory=list)


class AgencyMention(_Record):
    text: str = Field(description='as written: "Sở KH&ĐT"')
    canonical: str = Field(description='"Sở Kế hoạch và Đầu tư"')
    group: bool = Field(False, description='a class of bodies: "các sở, ngành"')
    successor: Optional[str] = Field(None, description="the body that took over after the 2025 restructuring")
    span: Span
    node_id: Optional[str] = None


class Deadline(_Record):
    text: str
    kind: DeadlineKind
    date: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    recurrence: Optional[Recurrence] = None
    span: Span
    node_id: Optional[str] = None


class Target(_Record):
    text: str
    indicator: str
    comparator: Comparator = "="
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    base: Optional[float] = None
    unit: Optional[str] = None
    year: Optional[int] = None
    kind: TargetKind = "target"
    span: Span
    node_id: Optional[str] = None


class Citation(_Record):
    text: str
    doc_type: str
    number: Optional[str] = None
    date: Optional[str] = None
    issuer: Optional[str] = None
    title: Optional[str] = None
    pinpoint: Optional[str] = Field(None, description='"khoản 2 Điều 5"')
    relation: Optional[Relation] = None
    span: Span
    node_id: Optional[str] = None
    mentions: list[Span] = Field(default_factory=list, description="later references resolved to this instrument")


class Task(_Record):
    id: str
    node_id: Optional[str] = None
    text: str
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    request: bool = Field(False, description='"Đề nghị …": addressed to a body outside the issuer\'s authority')
    deadlines: list[int] = Field(default_factory=list)
    targets: list[int] = Field(default_factory=list)
    citations: list[int] = Field(default_factory=list)
    span: Optional[Span] = None


class Document(_Record):
    """One parsed document."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Optional[Source] = None
    meta: Meta = Field(default_factory=Meta)
    text: str = ""
    outline: list[Node] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    agencies: list[AgencyMention] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def iter_nodes(self):
        """Every node, depth first, in reading order."""
        stack = list(reversed(self.outline))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def to_json(self, *, indent: int | None = 1) -> str:
        return self.model_dump_json(indent=indent)

    def to_json_bytes(self, *, indent: int | None = 1) -> bytes:
        """:meth:`to_json` encoded as UTF-8, made as bytes at once: what a file is written from,
        without a string of the whole document to encode again."""
        return self.__pydantic_serializer__.to_json(self, indent=indent)
