"""Convert many files at once: the engine behind ``chidao convert``.

>>> from chidao.batch import convert_many
>>> for r in convert_many(["corpus"], "out"):  # doctest: +SKIP
...     print(r.source, "->", r.output if r.ok else r.error)
corpus/000_bd4616884724f4c0.txt -> out/000_bd4616884724f4c0.json

Inputs are files and folders.  A folder is searched recursively for the
suffixes of :data:`INPUT_SUFFIXES` (hidden files and folders are skipped,
links to folders are followed unless they lead back to a folder being
searched) and its layout is mirrored under the output folder:
``IN/sub/x.txt`` → ``OUT/sub/x.json``.  A file named directly goes to
``OUT/<stem>.json``.  Each JSON file is written atomically (a temporary file
in the same folder, then :func:`os.replace`), so a reader never sees half a
document.

A file that cannot be read or parsed becomes a failed :class:`Result` with a
one-line reason, and the others are still converted; so does a folder that
cannot be listed, a link loop, or a worker process that dies.  Results come
in input order whatever the number of workers, so two runs give the same
output, byte for byte.

An output that exists and was made from the same bytes at the same path by
the same version of chidao (``source.sha256``, ``source.path`` and
``source.chidao_version`` in the JSON) is not made again: the result is
``skipped``; ``force=True`` converts it anyway.

Everything streams: folders are searched while earlier files are being
converted, at most a few jobs per worker are in flight, and no result is kept
once it has been yielded, so memory does not grow with the number of files.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import json
import os
import stat
import sys
import threading
import uuid
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from chidao.errors import ChidaoError

#: Suffixes picked up when a folder is searched (compared in lower case);
#: the last four are read through :mod:`chidao.formats` (optional extras).
INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".html", ".htm", ".pdf")

StrPath = Union[str, "os.PathLike[str]"]

#: Jobs sent to a worker at once, and chunks in flight per worker: enough to
#: keep every worker busy, few enough that memory does not grow with the run.
CHUNK = 4
IN_FLIGHT_PER_WORKER = 4

#: Files larger than this are refused unread ("too large"): ten megabytes is
#: a few thousand pages, far more than any directive, and reading a dump of
#: a whole archive as one document helps nobody.  ``None``: no limit.
DEFAULT_MAX_BYTES: Optional[int] = 10_000_000


@dataclass(frozen=True)
class Options:
    """How each job is run (sent to the workers with its chunk)."""

    jsonl: bool = False
    force: bool = False
    max_bytes: Optional[int] = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Job:
    """One file to convert, and where its JSON goes (``None``: nowhere)."""

    source: Path
    output: Optional[Path]
    error: Optional[str] = None  # known before conversion: a clash, an empty folder, a link loop


@dataclass
class Result:
    """What became of one input."""

    source: Path
    output: Optional[Path] = None
    error: Optional[str] = None  # one line: "binary file (…)", "ValueError: …"
    counts: dict[str, int] = field(default_factory=dict)  # nodes, tasks, warnings, …
    json: Optional[str] = None  # the document on one line, when asked for
    skipped: bool = False  # its output is up to date: same bytes, same path, same chidao

    @property
    def ok(self) -> bool:
        return self.error is None

    def document(self):
        """The parsed :class:`~chidao.schema.Document` (from :attr:`json`; ``None`` when not kept)."""
        from chidao.schema import Document

        return Document.model_validate_json(self.json) if self.json is not None else None

    def line(self) -> str:
        """The failure as it is reported: ``path: reason``."""
        return f"{self.source}: {self.error}"


# ------------------------------------------------------------------ planning


def plan(paths: Iterable[StrPath], out_dir: Optional[StrPath]) -> list[Job]:
    """The jobs for ``paths``, in order, each file once (see :func:`iter_plan`)."""
    return list(iter_plan(paths, out_dir))


def iter_plan(paths: Iterable[StrPath], out_dir: Optional[StrPath]) -> Iterator[Job]:
    """The jobs for ``paths``, in order, each file once, as the folders are searched.

    A folder's files come in the order of their paths (``2024/a.txt``,
    ``2024/quy-1/b.txt``, ``2024/z.txt``, ``c.txt``).  The same file reached
    twice (named twice, or through a link) is converted once.  Two inputs
    that would write the same output file (``a/x.txt`` and ``b/x.txt`` named
    directly, or ``x.txt`` beside ``x.md``) are not silently overwritten: the
    later one fails, naming the earlier.

    What is remembered per file is two small integers, so that planning a
    million files stays within a few tens of megabytes.
    """
    out = Path(out_dir) if out_dir is not None else None
    seen: set[int] = set()  # (st_dev, st_ino) of the files planned
    claimed: dict[int, Optional[str]] = {}  # hash of an output path -> who writes it (named files only)

    def job(src: Path, rel: Path, ident: Optional[int], named: bool, siblings: Callable[[], list[str]]) -> Optional[Job]:
        if ident is not None:
            if ident in seen:
                return None
            seen.add(ident)
        if out is None:
            return Job(src, None)
        target = out / rel.with_suffix(".json")
        key = _digest(str(target))
        if key in claimed:
            earlier = claimed[key] or _earlier_sibling(src, siblings()) or "an earlier input"
            return Job(src, None, f"would overwrite {target}, written for {earlier}")
        claimed[key] = str(src) if named else None
        return Job(src, target)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = False
            for src, rel, ident, siblings, error in _walk(p):
                if error is not None:
                    found = True  # reported: not also "no documents"
                    yield Job(src, None, error)
                    continue
                found = True  # a document, even if it was planned already through another path
                j = job(src, rel, ident, False, siblings)
                if j is not None:
                    yield j
            if not found:
                yield Job(p, None, "no documents in this folder (" + ", ".join(
                    f"*{s}" for s in INPUT_SUFFIXES) + ")")
        else:  # a missing file fails later with "no such file", a link loop with its reason
            j = job(p, Path(p.name), _ident_of(p), True, lambda: [])
            if j is not None:
                yield j


def _digest(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogateescape"), digest_size=12).digest(), "big")


def _ident_of(p: Path) -> Optional[int]:
    try:
        st = p.stat()
    except (OSError, ValueError):
        return None
    return (st.st_dev << 64) | st.st_ino


def _earlier_sibling(src: Path, names: list[str]) -> Optional[str]:
    stem = src.stem
    for name in names:
        if name != src.name and Path(name).stem == stem:
            return str(src.with_name(name))
    return None


def _is_input(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES)


def _walk(top: Path) -> Iterator[tuple[Path, Path, Optional[int], Callable[[], list[str]], Optional[str]]]:
    """``(path, path relative to top, identity, names of its folder, error)`` for
    every input under ``top``, depth first in name order, without recursion
    (trees of any depth) and holding one folder's names per level."""
    try:
        top_st = top.stat()
    except OSError as exc:
        yield top, Path(), None, list, f"cannot search this folder: {exc.strerror or exc}"
        return
    # One frame per open folder: (path, rel, (dev, ino), names, position)
    stack: list[list] = []
    ancestors: set[tuple[int, int]] = set()

    def open_dir(path: Path, rel: Path, st: os.stat_result) -> Optional[str]:
        try:
            with os.scandir(path) as it:
                names = sorted(e.name for e in it if not e.name.startswith("."))
        except OSError as exc:
            return f"cannot list this folder: {exc.strerror or exc}"
        key = (st.st_dev, st.st_ino)
        ancestors.add(key)
        stack.append([path, rel, key, names, 0])
        return None

    error = open_dir(top, Path(), top_st)
    if error:
        yield top, Path(), None, list, error
        return
    while stack:
        frame = stack[-1]
        path, rel, key, names, i = frame
        if i >= len(names):
            stack.pop()
            ancestors.discard(key)
            continue
        frame[4] = i + 1
        name = names[i]
        child = path / name
        try:
            lst = os.lstat(child)
        except OSError:
            continue  # removed while we searched
        is_link = stat.S_ISLNK(lst.st_mode)
        try:
            st = os.stat(child) if is_link else lst
        except OSError as exc:
            if _is_input(name):  # a dangling link or a loop of links: fails with its reason when read
                yield child, rel / name, None, (lambda n=names: n), None
            elif is_link and exc.errno == errno.ELOOP:
                yield child, rel / name, None, list, f"cannot search this folder: {exc.strerror}"
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) in ancestors:
                yield child, rel / name, None, list, \
                    "link loop: this link leads back to a folder that contains it; not followed"
                continue
            error = open_dir(child, rel / name, st)
            if error:
                yield child, rel / name, None, list, error
            continue
        if _is_input(name):
            yield child, rel / name, (st.st_dev << 64) | st.st_ino, (lambda n=names: n), None


# ------------------------------------------------------------------ converting


def convert_many(paths: Iterable[StrPath], out_dir: Optional[StrPath], *, workers: int = 1,
                 jsonl: bool = False, jobs: Optional[Iterable[Job]] = None,
                 executor: Optional[Executor] = None, force: bool = False,
                 max_bytes: Optional[int] = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Convert every input, yielding one :class:`Result` per file in input order.

    ``out_dir=None`` writes no files (use ``jsonl=True`` to get each document
    as one line of JSON in :attr:`Result.json`).  ``workers`` > 1 parses in
    that many processes.  ``executor``, any :class:`concurrent.futures.Executor`
    (a Dask ``Client.get_executor()``, a thread pool, …), runs the jobs
    instead, and is left open for its owner; ``workers`` is then not used.
    ``jobs`` is a :func:`plan` made beforehand.  ``force`` converts inputs
    whose output is up to date too.  A file of more than ``max_bytes`` bytes
    fails as "too large" (``None``: no limit).
    """
    todo = iter(jobs) if jobs is not None else iter_plan(paths, out_dir)
    opts = Options(jsonl, force, max_bytes)
    if executor is not None:
        yield from _pipelined(todo, executor.submit, opts, max(2, _executor_width(executor)))
        return
    if workers <= 1:
        for job in todo:
            yield _convert(job, opts)
        return
    first = list(islice(todo, 2))
    if len(first) < 2:  # one file: no process to start
        for job in first:
            yield _convert(job, opts)
        return
    yield from _in_processes(_chain(first, todo), workers, opts)


def _chain(first: list[Job], rest: Iterator[Job]) -> Iterator[Job]:
    yield from first
    yield from rest


def _executor_width(executor: Executor) -> int:
    return getattr(executor, "_max_workers", None) or os.cpu_count() or 2


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    while True:
        chunk = list(islice(jobs, size))
        if not chunk:
            return
        yield chunk


def _pipelined(jobs: Iterator[Job], submit: Callable[..., Future], opts: Options, width: int) -> Iterator[Result]:
    """Run chunks of jobs through ``submit``, at most ``width`` × a few in flight; yield in order."""
    pending: deque[tuple[list[Job], Future]] = deque()
    try:
        for chunk in _chunks(jobs, CHUNK):
            pending.append((chunk, submit(convert_chunk, chunk, opts)))
            while len(pending) >= width * IN_FLIGHT_PER_WORKER:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        for _, fut in pending:
            fut.cancel()


def _collect(chunk: list[Job], fut: Future) -> list[Result]:
    try:
        return fut.result()
    except Exception as exc:  # the worker died (killed, out of memory, a lost node)
        return [Result(job.source, error=f"worker failed: {type(exc).__name__}: {exc}") for job in chunk]


def _pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes.  Where fork is safe (POSIX, one
    thread), workers are forked from this process, which has imported the
    parser already, so they start at once."""
    import multiprocessing

    if sys.platform != "win32" and threading.active_count() == 1 \
            and "fork" in multiprocessing.get_all_start_methods():
        try:
            import chidao.pipeline

            chidao.pipeline._extractors()  # import every stage before the fork
        except Exception:  # pragma: no cover - a broken stage fails each file, in the workers
            pass
        context = multiprocessing.get_context("fork")
    else:  # threads do not survive a fork: start clean processes
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    # The workers share this process's memory until they write to it, and a garbage collection
    # in a worker writes to every object it scans: frozen, the objects made so far (the parser,
    # its patterns and tables) are left alone there, and stay shared.  The first submit forks
    # every worker (with fork they are all started at once); this process then collects as before.
    gc.collect()
    gc.freeze()
    try:
        pool.submit(int)
    finally:
        gc.unfreeze()
    return pool


def _in_processes(jobs: Iterator[Job], workers: int, opts: Options) -> Iterator[Result]:
    """:func:`_pipelined` over a process pool that survives a worker's death.

    When a worker dies (killed, out of memory, a crash in C code) every job in
    flight fails with it, and the culprit cannot be told from its
    neighbours: each of those jobs is then run again alone, in a fresh
    process, so that only the one that kills its worker is reported.
    """
    pool = _pool(workers)
    pending: deque[tuple[list[Job], Future]] = deque()
    width = workers * IN_FLIGHT_PER_WORKER
    try:
        chunks = _chunks(jobs, CHUNK)
        exhausted = False
        while True:
            while not exhausted and len(pending) < width:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    pending.append((chunk, pool.submit(convert_chunk, chunk, opts)))
                except BrokenProcessPool:
                    pending.append((chunk, _failed_future()))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                yield from fut.result()
                continue
            except BrokenProcessPool:
                pass
            except Exception as exc:  # pragma: no cover - a result that cannot be sent back
                yield from [Result(job.source, error=f"worker failed: {type(exc).__name__}: {exc}") for job in chunk]
                continue
            # The pool is broken: retry what was in flight one by one, then go on with a new pool.
            retry = chunk + [job for c, _ in pending for job in c]
            pending.clear()
            pool.shutdown(wait=True, cancel_futures=True)
            for job in retry:
                yield _alone(job, opts)
            pool = _pool(workers)
    finally:
        for _, fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _failed_future() -> Future:
    fut: Future = Future()
    fut.set_exception(BrokenProcessPool("the worker pool is broken"))
    return fut


def _alone(job: Job, opts: Options) -> Result:
    """Run one job in a process of its own; a death is that job's failure."""
    with _pool(1) as solo:
        try:
            return solo.submit(_convert, job, opts).result()
        except BrokenProcessPool:
            return Result(job.source, error="worker process died while converting this file "
                                            "(killed, or out of memory?)")
        except Exception as exc:  # pragma: no cover
            return Result(job.source, error=_one_line(f"worker failed: {type(exc).__name__}: {exc}"))


def convert_chunk(jobs: list[Job], opts: Options = Options()) -> list[Result]:
    """:func:`convert_one` for each job: what a worker process runs."""
    return [_convert(job, opts) for job in jobs]


def convert_one(job: Job, jsonl: bool = False, force: bool = False,
                max_bytes: Optional[int] = DEFAULT_MAX_BYTES) -> Result:
    """Read, parse and write one file; every error becomes ``Result.error``.

    Unless ``force``, an output made from the same bytes by this version of
    chidao is left as it is and the result is ``skipped``.
    """
    return _convert(job, Options(jsonl, force, max_bytes))


def _convert(job: Job, opts: Options) -> Result:
    import chidao.pipeline
    from chidao.io import read_bytes, text_of

    jsonl = opts.jsonl
    if job.error:
        return Result(job.source, error=job.error)
    try:
        data = read_bytes(job.source, max_bytes=opts.max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        if job.output is not None and not opts.force and not jsonl \
                and _up_to_date(job.output, digest, str(job.source)):
            return Result(job.source, job.output, skipped=True)
        text, source = text_of(job.source, data, digest)
        del data
        doc = chidao.pipeline.run(text, source=source)
    except ChidaoError as exc:
        return Result(job.source, error=_one_line(getattr(exc, "reason", None) or str(exc)))
    except RecursionError:
        return Result(job.source, error="RecursionError: the document nests too deeply to be read")
    except MemoryError:
        return Result(job.source, error="MemoryError: the document is too large for the memory available")
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
    try:
        if jsonl:
            result.json = doc.to_json(indent=None)
        if job.output is not None:
            body = doc.to_json_bytes()
            del doc
            write_atomic(job.output, body + b"\n")
    except OSError as exc:
        return Result(job.source, error=_one_line(f"cannot write {job.output}: {exc.strerror or exc}"))
    except Exception as exc:  # pragma: no cover - a record pydantic cannot serialise
        return Result(job.source, error=_one_line(f"{type(exc).__name__}: {exc}"))
    return result


# The head of an output file holds its "source" object: read that much, not the document.
_HEAD = 16 * 1024


def _up_to_date(output: Path, digest: str, path: str) -> bool:
    """Was ``output`` made from these bytes, at this path, by this version of chidao?"""
    from chidao import __version__

    try:
        with open(output, "rb") as fh:
            head = fh.read(_HEAD)
            at = head.find(b'"source":')
            if at < 0:
                return False
            if len(head) == _HEAD and head.find(b'"meta":', at) < 0:
                head += fh.read()  # a very long path: read on
        source, _ = json.JSONDecoder().raw_decode(head[at + 9:].decode("utf-8", "replace").lstrip())
    except (OSError, ValueError):
        return False
    return (isinstance(source, dict) and source.get("sha256") == digest and source.get("path") == path
            and source.get("chidao_version") == __version__)


def write_atomic(path: Path, text: Union[str, bytes]) -> None:
    """Write ``text`` (a string, written as UTF-8, or its bytes) to ``path`` so that it appears
    whole or not at all."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


def _one_line(message: str, limit: int = 300) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
