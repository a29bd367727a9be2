"""The ``chidao`` command.

    chidao convert corpus -o out          # every .txt/.md under corpus → out/**/*.json
    chidao convert a.txt b.md -o out      # out/a.json, out/b.json
    chidao convert corpus --jsonl | jq .meta.number
    chidao show corpus/000_bd4616884724f4c0.txt
    chidao schema > document.schema.json

Only typer is imported at start: the parser, pydantic and rich load inside
the command that needs them, so ``chidao --help`` answers at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, List, Optional

import typer

import chidao

if TYPE_CHECKING:
    from rich.console import Console

    from chidao.schema import Document, Node

app = typer.Typer(
    name="chidao",
    help="Structured, typed data (JSON) from Vietnamese administrative documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

#: Runs with more files than this get a progress bar (when stderr is a terminal).
PROGRESS_FROM = 3


def _version(value: bool) -> None:
    if value:
        typer.echo(f"chidao {chidao.__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Structured, typed data (JSON) from Vietnamese administrative documents."""


def _stderr() -> "Console":
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


@app.command()
def convert(
    paths: Annotated[List[Path], typer.Argument(metavar="PATH", show_default=False,
                                                help="Files and folders; folders are searched for *.txt and *.md.")],
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="Output folder (created if missing).",
                                                show_default=False)] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Also print each document as one JSON line to stdout.")] = False,
    workers: Annotated[int, typer.Option("-j", "--workers", min=0,
                                         help="Parse in N processes (0: one per CPU).")] = 1,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar and no summary; failures only.")] = False,
) -> None:
    """Convert documents to JSON, one file per document.

    IN/sub/x.txt becomes OUT/sub/x.json; a file named directly becomes
    OUT/<stem>.json.  A file that fails is reported as "path: reason" and the
    others are still converted; the exit code is then 1.
    """
    from chidao.batch import convert_many, plan

    if out is None and not jsonl:
        raise typer.BadParameter("give an output folder with -o OUT, or --jsonl to print to stdout",
                                 param_hint="'-o' / '--out'")
    if out is not None and out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="'-o' / '--out'")
    if workers == 0:
        workers = os.cpu_count() or 1

    err = _stderr()
    jobs = plan(paths, out)
    totals = {"documents": 0, "nodes": 0, "tasks": 0, "warnings": 0}
    failures: list[str] = []

    progress = None
    if not quiet and len(jobs) > PROGRESS_FROM and err.is_terminal:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            TextColumn("{task.description}"), console=err, transient=True)
        progress.start()
        task = progress.add_task("", total=len(jobs))
    try:
        for result in convert_many(paths, out, workers=workers, jsonl=jsonl, jobs=jobs):
            if result.ok:
                totals["documents"] += 1
                for key in ("nodes", "tasks", "warnings"):
                    totals[key] += result.counts.get(key, 0)
                if result.json is not None:
                    _print_stdout(result.json + "\n")
            else:
                failures.append(result.line())
                (progress.console if progress else err).print(result.line(), markup=False, style="red")
            if progress:
                progress.update(task, advance=1, description=result.source.name)
    finally:
        if progress:
            progress.stop()

    if not quiet:
        _summary(err, totals, failures, out)
    if failures:
        raise typer.Exit(1)


def _print_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `chidao convert --jsonl corpus | head -1`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def _summary(err: "Console", totals: dict[str, int], failures: list[str], out: Optional[Path]) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(justify="right", style="bold")
    table.add_column()
    where = f" → {out}" if out is not None else ""
    table.add_row(str(totals["documents"]), f"documents converted{where}")
    table.add_row(str(totals["nodes"]), "outline nodes")
    table.add_row(str(totals["tasks"]), "tasks")
    table.add_row(str(totals["warnings"]), "warnings")
    table.add_row(str(len(failures)), "failed", style="red" if failures else None)
    err.print(table)


@app.command()
def show(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A .txt or .md document.", show_default=False)],
    width: Annotated[int, typer.Option(help="Characters of each node's text to show.")] = 60,
) -> None:
    """Print a document's outline as a tree, with what chidao read from its header."""
    from rich.console import Console

    from chidao import InputError, parse_file

    try:
        doc = parse_file(path)
    except InputError as exc:
        _stderr().print(str(exc), markup=False, style="red")
        raise typer.Exit(1) from None
    console = Console(highlight=False)
    console.print(_meta_panel(doc))
    console.print(_outline_tree(doc, width))


def _meta_panel(doc: "Document"):
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    m = doc.meta
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold")
    table.add_column()
    path = doc.source.path if doc.source else None
    if path:
        table.add_row("file", Text(path))
    signer = m.signer and ", ".join(x for x in (m.signer.authority, m.signer.position, m.signer.name) if x)
    for key, value in [("type", m.doc_type), ("number", m.number), ("issuer", m.issuer), ("place", m.place),
                       ("date", m.date), ("title", m.title), ("signer", signer)]:
        if value:
            table.add_row(key, Text(value))
    nodes = sum(1 for _ in doc.iter_nodes())
    table.add_row("found", Text(f"{nodes} outline nodes, {len(doc.tasks)} tasks, {len(doc.agencies)} agency "
                                f"mentions, {len(doc.deadlines)} deadlines, {len(doc.targets)} targets, "
                                f"{len(doc.citations)} citations"))
    for warning in doc.warnings[:5]:
        table.add_row("warning", Text(warning, style="yellow"))
    if len(doc.warnings) > 5:
        table.add_row("", Text(f"… and {len(doc.warnings) - 5} more warnings", style="yellow"))
    title = Text(Path(path).name) if path else None
    return Panel(table, title=title, title_align="left", expand=False)


def _outline_tree(doc: "Document", width: int):
    from rich.text import Text
    from rich.tree import Tree

    root = Tree(Text(doc.meta.doc_type or "document", style="bold"))
    if not doc.outline:
        root.add(Text("(no numbered outline found)", style="dim"))

    def add(branch, node: "Node") -> None:
        label = Text(no_wrap=True, overflow="ellipsis")
        label.append(node.id, style="cyan")
        label.append("  ")
        label.append(node.marker, style="bold")
        label.append("  ")
        own = node.title or node.text
        if own.startswith(node.marker):  # the marker is shown once, in bold
            own = own[len(node.marker):]
        label.append(_clip(own, width))
        child = branch.add(label)
        for c in node.children:
            add(child, c)

    for node in doc.outline:
        add(root, node)
    return root


def _clip(text: str, width: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


@app.command()
def schema() -> None:
    """Print the JSON Schema of chidao's output documents."""
    import json

    from chidao.schema import json_schema

    _print_stdout(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
