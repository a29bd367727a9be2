"""Tables for people who live in spreadsheets: one row per task.

``chidao convert … --tasks-csv tasks.csv`` writes, for every document, one
row per task: the document, the unit that holds it, lead and supporting
agencies, its deadlines and targets in normal form, and its text.  The file
is UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly,
and it is written atomically.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Iterator, Union

from chidao.schema import Deadline, Document, Target

TASK_COLUMNS = ["document", "task", "node", "lead", "support", "deadlines", "targets", "citations",
                "request", "text"]
# Several values in one cell: a separator no agency name contains.
JOIN = "; "


def deadline_label(d: Deadline) -> str:
    """"trước ngày 20/01/2020 (2020-01-20)", "hằng quý (quarterly)"."""
    value = d.date or (f"{d.start}..{d.end}" if d.start or d.end else None) or d.recurrence
    return f"{d.text} ({value})" if value else d.text


def target_label(t: Target) -> str:
    return t.text


def task_rows(doc: Document, document: str) -> Iterator[list[str]]:
    """The rows of one document's tasks, in the order of :data:`TASK_COLUMNS`."""
    for task in doc.tasks:
        yield [
            document,
            task.id,
            task.node_id or "",
            JOIN.join(task.lead),
            JOIN.join(task.support),
            JOIN.join(deadline_label(doc.deadlines[i]) for i in task.deadlines if i < len(doc.deadlines)),
            JOIN.join(target_label(doc.targets[i]) for i in task.targets if i < len(doc.targets)),
            JOIN.join(doc.citations[i].text for i in task.citations if i < len(doc.citations)),
            "yes" if task.request else "",
            " ".join(task.text.split()),
        ]


class TasksCsv:
    """A tasks table being written; it appears at ``path`` only when closed without error."""

    def __init__(self, path: Union[str, os.PathLike]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        # utf-8-sig writes the BOM Excel looks for; newline="" as the csv module asks.
        self._file = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file)
        self._writer.writerow(TASK_COLUMNS)
        self.rows = 0

    def add(self, doc: Document, document: str) -> None:
        for row in task_rows(doc, document):
            self._writer.writerow(row)
            self.rows += 1

    def close(self) -> None:
        self._file.close()
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        self._file.close()
        try:
            os.unlink(self._tmp)
        except OSError:
            pass

    def __enter__(self) -> "TasksCsv":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None or issubclass(exc_type, SystemExit):
            self.close()
        else:
            self.discard()
