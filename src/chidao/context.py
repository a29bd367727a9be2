"""The one shared object every pipeline step reads and adds to.

Like a spaCy ``Doc``: reading produces the normalized text, the metadata and
the outline; each extractor is a small function ``(ctx) -> list[record]`` whose
result the pipeline stores on the context; the task finder then reads what the
extractors found.  Nothing reaches back to an earlier step.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Optional

from chidao.schema import (
    AgencyMention, Citation, Deadline, Document, Footnote, Meta, Node, Source, Target, Task,
)
from chidao.text import fold_ascii, fold_tones


def span_index(spans) -> tuple[list[int], list[int]]:
    """``(starts, reach)`` of ``spans`` sorted by start, ``reach[i]`` the largest
    end among the first ``i + 1``: an offset lies in some span iff, with
    ``i = bisect_right(starts, offset)``, ``i > 0 and reach[i - 1] > offset``."""
    starts: list[int] = []
    reach: list[int] = []
    far = -1
    for s, e in sorted(spans):
        far = max(far, e)
        starts.append(s)
        reach.append(far)
    return starts, reach


def merged_spans(spans, *, touching: bool = False) -> list[tuple[int, int]]:
    """``spans`` in order, merged where they overlap (and, ``touching``, where one ends
    where the next begins): the span before an offset is then the only one to check."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and (s <= out[-1][1] if touching else s < out[-1][1]):
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def overlaps_any(index: tuple[list[int], list[int]], s: int, e: int) -> bool:
    """Does a span of ``index`` (:func:`span_index`) overlap ``[s, e)``, an empty range never?
    A bisection, where a look at every span would make a long document quadratic."""
    starts, reach = index
    i = bisect.bisect_left(starts, e)  # the spans that begin before ``e``: does one reach past ``s``?
    return s < e and i > 0 and reach[i - 1] > s


@dataclass
class DocContext:
    text: str
    meta: Meta = field(default_factory=Meta)
    outline: list[Node] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: Optional[Source] = None
    reference_date: Optional[dt.date] = None
    # Where the content lies: from the end of the header to the end of the
    # text (footnote texts included).  Extractors may skip the header;
    # "Nơi nhận" lists and signature blocks are in ``recipient_spans``.
    body_start: int = 0
    body_end: int = -1
    # Spans of header and trailer regions that are lists of recipients, so that
    # extractors of tasks do not read "Kính gửi: Sở Y tế" as an assignment.
    recipient_spans: list[tuple[int, int]] = field(default_factory=list)
    # Footnote texts are kept after the body, from here on (see parse.normalize).
    notes_start: int = -1
    # The year the document speaks of when it prints no date ("NHIỆM VỤ TRỌNG
    # TÂM NĂM 2009"): what a missing year in a deadline resolves to.
    year_hint: Optional[int] = None

    # Intermediate results one component computes and a later one reuses
    # (the agency scan, offices included, that the task finder reads).
    shared: dict = field(default_factory=dict)

    agencies: list[AgencyMention] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.notes_start < 0:
            self.notes_start = len(self.text)
        if self.body_end < 0:
            self.body_end = len(self.text)

    # ------------------------------------------------------------ folded views
    @cached_property
    def folded(self) -> str:
        """:func:`chidao.text.fold_tones` of the text: same length, same offsets."""
        return fold_tones(self.text)

    @cached_property
    def ascii(self) -> str:
        """:func:`chidao.text.fold_ascii` of the text: same length, same offsets."""
        return fold_ascii(self.text)

    # ------------------------------------------------------------ outline access
    def iter_nodes(self) -> Iterator[Node]:
        stack = list(reversed(self.outline))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    @cached_property
    def _node_index(self) -> tuple[list[int], list[Node], list[int]]:
        """Nodes in reading order (depth first is start order), with each one's parent index."""
        nodes: list[Node] = []
        up: list[int] = []
        stack = [(n, -1) for n in reversed(self.outline)]
        while stack:
            node, parent = stack.pop()
            up.append(parent)
            nodes.append(node)
            me = len(nodes) - 1
            stack.extend((c, me) for c in reversed(node.children))
        return [n.span[0] for n in nodes], nodes, up

    @cached_property
    def nodes_by_id(self) -> dict[str, Node]:
        return {n.id: n for n in self.iter_nodes()}

    @cached_property
    def parents(self) -> dict[str, Optional[str]]:
        out: dict[str, Optional[str]] = {}
        for n in self.iter_nodes():
            for c in n.children:
                out[c.id] = n.id
        for n in self.outline:
            out[n.id] = None
        return out

    def node_at(self, offset: int) -> Optional[Node]:
        """The deepest node whose span holds ``offset``.

        Inside a footnote's text (kept after the body), the node that cites it.
        """
        if offset >= self.notes_start:
            for fn in self.footnotes:
                if fn.span and fn.span[0] <= offset <= fn.span[1]:
                    return self.node_at(fn.offset) if fn.offset < self.notes_start else None
        starts, nodes, up = self._node_index
        # The last unit opened before ``offset`` or one of its ancestors holds it.
        i = bisect.bisect_right(starts, offset) - 1
        while i >= 0:
            n = nodes[i]
            if n.span[0] <= offset < n.span[1]:
                return n
            i = up[i]
        return None

    def node_id_at(self, offset: int) -> Optional[str]:
        n = self.node_at(offset)
        return n.id if n else None

    def own_text_span(self, node: Node) -> tuple[int, int]:
        """Span of the node's marker and own text, up to its first child."""
        end = node.children[0].span[0] if node.children else node.span[1]
        return node.span[0], end

    def in_recipients(self, offset: int) -> bool:
        starts, reach = self._recipient_index()
        i = bisect.bisect_right(starts, offset)
        return i > 0 and reach[i - 1] > offset

    def _recipient_index(self) -> tuple[list[int], list[int]]:
        """The recipient spans' starts in order, and the furthest end of the
        spans up to each: one bisection per question, not a pass over all."""
        spans = self.recipient_spans
        key = (id(spans), len(spans))
        cached = self.__dict__.get("_recipients_by_start")
        if cached is None or cached[0] != key:
            cached = (key, *span_index(spans))
            self.__dict__["_recipients_by_start"] = cached
        return cached[1], cached[2]

    # ------------------------------------------------------------ output
    def to_document(self) -> Document:
        return Document(
            source=self.source,
            meta=self.meta,
            text=self.text,
            outline=self.outline,
            footnotes=self.footnotes,
            agencies=self.agencies,
            deadlines=self.deadlines,
            targets=self.targets,
            citations=self.citations,
            tasks=self.tasks,
            warnings=self.warnings,
        )
