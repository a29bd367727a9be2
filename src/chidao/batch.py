"""Convert many files at once: the engine behind ``chidao convert``.

>>> from chidao.batch import convert_many
>>> for r in convert_many(["corpus"], "out"):  # doctest: +SKIP
...     print(r.source, "->", r.output if r.ok else r.error)
corpus/000_bd4616884724f4c0.txt -> out/000_bd4616884724f4c0.json

Inputs are files and folders.  A folder is searched recursively for ``*.txt``
and ``*.md`` (hidden files and folders are skipped) and its layout is mirrored
under the output folder: ``IN/sub/x.txt`` → ``OUT/sub/x.json``.  A file named
directly goes to ``OUT/<stem>.json``.  Each JSON file is written atomically
(a temporary file in the same folder, then :func:`os.replace`), so a reader
never sees half a document.

A file that cannot be read or parsed becomes a failed :class:`Result` with a
one-line reason, and the others are still converted.  Results come in input
order whatever the number of workers, so two runs give the same output.
"""

from __future__ import annotations

import os
import uuid
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from chidao.errors import ChidaoError

#: Suffixes picked up when a folder is searched (compared in lower case).
INPUT_SUFFIXES = (".txt", ".md", ".markdown")

StrPath = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class Job:
    """One file to convert, and where its JSON goes (``None``: nowhere)."""

    source: Path
    output: Optional[Path]
    error: Optional[str] = None  # known before conversion: a clash, an empty folder


@dataclass
class Result:
    """What became of one input."""

    source: Path
    output: Optional[Path] = None
    error: Optional[str] = None  # one line: "binary file (…)", "ValueError: …"
    counts: dict[str, int] = field(default_factory=dict)  # nodes, tasks, warnings, …
    json: Optional[str] = None  # the document on one line, when asked for

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        """The failure as it is reported: ``path: reason``."""
        return f"{self.source}: {self.error}"


def plan(paths: Iterable[StrPath], out_dir: Optional[StrPath]) -> list[Job]:
    """The jobs for ``paths``, in order, each file once.

    Two inputs that would write the same output file (``a/x.txt`` and
    ``b/x.txt`` named directly, or ``x.txt`` beside ``x.md``) are not
    silently overwritten: the later one fails, naming the earlier.
    """
    out = Path(out_dir) if out_dir is not None else None
    jobs: list[Job] = []
    seen: set[Path] = set()
    writer: dict[Path, Path] = {}

    def add(src: Path, rel: Path) -> None:
        key = src.resolve()
        if key in seen:
            return
        seen.add(key)
        target = out / rel.with_suffix(".json") if out is not None else None
        if target is not None and target in writer:
            jobs.append(Job(src, None, f"would overwrite {target}, written for {writer[target]}"))
            return
        if target is not None:
            writer[target] = src
        jobs.append(Job(src, target))

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(_walk(p))
            if not found:
                jobs.append(Job(p, None, f"no {' or '.join(INPUT_SUFFIXES[:2])} files in this folder"))
            for f in found:
                add(f, f.relative_to(p))
        else:
            add(p, Path(p.name))  # a missing file fails later with "no such file"
    return jobs


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES):
                yield Path(root) / name


def convert_many(paths: Iterable[StrPath], out_dir: Optional[StrPath], *, workers: int = 1,
                 jsonl: bool = False, jobs: Optional[list[Job]] = None) -> Iterator[Result]:
    """Convert every input, yielding one :class:`Result` per file in input order.

    ``out_dir=None`` writes no files (use ``jsonl=True`` to get each document
    as one line of JSON in :attr:`Result.json`).  ``workers`` > 1 parses in
    that many processes.  ``jobs`` is a :func:`plan` made beforehand (the CLI
    counts them for its progress bar).
    """
    if jobs is None:
        jobs = plan(paths, out_dir)
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield convert_one(job, jsonl)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        futures: list[Future] = [pool.submit(convert_one, job, jsonl) for job in jobs]
        try:
            for job, fut in zip(jobs, futures):
                try:
                    yield fut.result()
                except Exception as exc:  # the worker process died (killed, out of memory)
                    yield Result(job.source, error=f"worker failed: {type(exc).__name__}: {exc}")
        finally:
            for fut in futures:
                fut.cancel()


def convert_one(job: Job, jsonl: bool = False) -> Result:
    """Read, parse and write one file; every error becomes ``Result.error``."""
    from chidao import parse_file

    if job.error:
        return Result(job.source, error=job.error)
    try:
        doc = parse_file(job.source)
    except ChidaoError as exc:
        return Result(job.source, error=getattr(exc, "reason", None) or str(exc))
    except Exception as exc:  # a parser bug must cost one file, not the run
        return Result(job.source, error=_one_line(f"{type(exc).__name__}: {exc}"))
    counts = {
        "nodes": sum(1 for _ in doc.iter_nodes()),
        "tasks": len(doc.tasks),
        "agencies": len(doc.agencies),
        "deadlines": len(doc.deadlines),
        "targets": len(doc.targets),
        "citations": len(doc.citations),
        "warnings": len(doc.warnings),
    }
    result = Result(job.source, job.output, counts=counts)
    if jsonl:
        result.json = doc.to_json(indent=None)
    if job.output is not None:
        try:
            write_atomic(job.output, doc.to_json() + "\n")
        except OSError as exc:
            return Result(job.source, error=f"cannot write {job.output}: {exc.strerror or exc}")
    return result


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that it appears whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _one_line(message: str, limit: int = 300) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
