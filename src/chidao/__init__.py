"""chidao — structured, typed data from Vietnamese administrative documents.

>>> import chidao
>>> doc = chidao.parse("CHỈ THỊ\\nVề việc ...\\nI. NHIỆM VỤ\\n1. Sở Y tế chủ trì ...")
>>> [n.id for n in doc.iter_nodes()]
['I', 'I/1']

The public surface: :func:`parse`, :func:`parse_file`, :func:`convert_many`,
the records of :mod:`chidao.schema`, and :class:`ChidaoError`.  Around them:
:mod:`chidao.render` (review pages), :mod:`chidao.evaluate` (scores against
gold files), :mod:`chidao.spacy_component` (the spaCy factory "chidao") and
:mod:`chidao.formats` (.docx, .html, .pdf).
"""

from __future__ import annotations

import datetime as _dt
from os import PathLike
from typing import TYPE_CHECKING, Optional, Union

from chidao.errors import ChidaoError, InputError

# The package ``chidao.parse`` (normalize, header, segment) shares its name with
# the function ``chidao.parse``.  Importing the package first binds it once;
# the function defined below then takes the attribute for good (later imports
# of ``chidao.parse.<module>`` set attributes on the package, not here).
import chidao.parse as _parse_package  # noqa: E402,F401

if TYPE_CHECKING:  # the models pull in pydantic; keep ``import chidao`` light
    from concurrent.futures import Executor
    from typing import Iterable, Iterator

    from chidao.batch import Result
    from chidao.schema import Document

__version__ = "0.1.0"
__all__ = ["parse", "parse_file", "convert_many", "ChidaoError", "InputError", "Document", "__version__"]


def parse(text: str, *, reference_date: Optional[_dt.date] = None) -> "Document":
    """Read one document from its text.

    ``reference_date`` resolves dates without a year ("trước ngày 20/01") and
    relative deadlines; by default it is the document's own date when printed.
    Never raises on any string: what the parser is unsure of goes to
    ``Document.warnings``.
    """
    from chidao.pipeline import run

    if not isinstance(text, str):
        raise TypeError(f"chidao.parse() takes str, not {type(text).__name__}; use parse_file() for files")
    return run(text, reference_date=reference_date)


def parse_file(path: Union[str, PathLike], *, reference_date: Optional[_dt.date] = None) -> "Document":
    """Read a document from a file (UTF-8 with or without BOM, UTF-16, Windows-1258, ...).

    Raises :class:`InputError` naming the file when it is missing, a folder,
    binary or undecodable.
    """
    from chidao.io import read_text
    from chidao.pipeline import run

    text, source = read_text(path)
    return run(text, reference_date=reference_date, source=source)


def convert_many(paths: "Iterable[Union[str, PathLike]]", *, out_dir: Optional[Union[str, PathLike]] = None,
                 executor: "Optional[Executor]" = None, workers: Optional[int] = None) -> "Iterator[Result]":
    """Parse many files (and folders, searched for every readable format) in parallel.

    Yields one :class:`chidao.batch.Result` per file, in input order: ``ok``,
    ``error`` (one line), ``counts``, and ``document()``.  With ``out_dir``
    each document is also written to ``OUT/<name>.json`` (folders mirrored).

    ``executor`` is any :class:`concurrent.futures.Executor` — a Dask
    ``Client.get_executor()`` to spread the files over a cluster (every
    worker must see the paths, e.g. on a shared file system), a thread
    pool, …; it is not shut down.  By default a process pool of ``workers``
    processes (one per CPU) is used.
    """
    import os

    from chidao.batch import convert_many as _convert_many

    return _convert_many(paths, out_dir, jsonl=out_dir is None, executor=executor,
                         workers=workers or os.cpu_count() or 1)


def __getattr__(name: str):
    if name == "Document":
        from chidao.schema import Document

        return Document
    raise AttributeError(f"module 'chidao' has no attribute {name!r}")
