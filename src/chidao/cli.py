"""The ``chidao`` command.

    chidao convert corpus -o out          # every .txt/.md under corpus → out/**/*.json
    chidao convert a.txt b.md -o out      # out/a.json, out/b.json
    chidao convert corpus --jsonl | jq .meta.number
    chidao show corpus/000_bd4616884724f4c0.txt
    chidao schema > document.schema.json
    chidao render corpus/002_fb893aa1239ab8fe.txt -o review.html
    chidao eval corpus/gold corpus              # convert, then P/R/F1 against the gold files

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
    # Plain help, as click prints it: rich's help formatter (and the Markdown
    # parser it loads) would double the time `chidao --help` takes.
    rich_markup_mode=None,
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
    force: Annotated[bool, typer.Option("-f", "--force",
                                        help="Convert again files whose JSON is up to date.")] = False,
    max_size: Annotated[float, typer.Option("--max-size", metavar="MB", min=0,
                                            help="Refuse files larger than this many megabytes (0: no limit).")
                        ] = 10,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar and no summary; failures only.")] = False,
    tasks_csv: Annotated[Optional[Path], typer.Option("--tasks-csv", metavar="FILE", show_default=False,
                                                      help="Also write one row per task to FILE (CSV for Excel).")
                         ] = None,
) -> None:
    """Convert documents to JSON, one file per document.

    IN/sub/x.txt becomes OUT/sub/x.json; a file named directly becomes
    OUT/<stem>.json.  A file that fails is reported as "path: reason" and the
    others are still converted; the exit code is then 1.  A file whose JSON
    was made from the same bytes by this version of chidao is skipped
    (--force converts it again).
    """
    import time

    from chidao.batch import convert_many, iter_plan

    if out is None and not jsonl:
        raise typer.BadParameter("give an output folder with -o OUT, or --jsonl to print to stdout",
                                 param_hint="'-o' / '--out'")
    if out is not None and out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="'-o' / '--out'")
    if workers == 0:
        workers = os.cpu_count() or 1

    err = _stderr()
    totals = {"documents": 0, "skipped": 0, "nodes": 0, "tasks": 0, "warnings": 0, "failed": 0}

    progress = None
    if not quiet and err.is_terminal:
        count = sum(1 for _ in iter_plan(paths, out))  # a first, cheap pass: only names
        if count > PROGRESS_FROM:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            # No refresh thread: worker processes are forked from this one.
            progress = Progress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                TextColumn("{task.description}"), console=err, transient=True, auto_refresh=False)
            progress.start()
            task = progress.add_task("", total=count)
    shown = 0.0
    table = None
    if tasks_csv is not None:
        from chidao.export import TasksCsv

        table = TasksCsv(tasks_csv)
    try:
        # Results stream: nothing is kept but the totals.
        limit = int(max_size * 1_000_000) or None
        for result in convert_many(paths, out, workers=workers, jsonl=jsonl or table is not None and out is None,
                                   force=force, max_bytes=limit):
            if table is not None and result.ok:
                _add_tasks(table, result)
            if result.skipped:
                totals["skipped"] += 1
            elif result.ok:
                totals["documents"] += 1
                for key in ("nodes", "tasks", "warnings"):
                    totals[key] += result.counts.get(key, 0)
                if result.json is not None and jsonl:
                    _print_stdout(result.json + "\n")
            else:
                totals["failed"] += 1
                (progress.console if progress else err).print(result.line(), markup=False, style="red")
            if progress:
                progress.update(task, advance=1, description=result.source.name)
                if time.monotonic() - shown > 0.1:
                    progress.refresh()
                    shown = time.monotonic()
    except BaseException:
        if table is not None:
            table.discard()
        raise
    finally:
        if progress:
            progress.stop()
    if table is not None:
        table.close()

    if not quiet:
        _summary(err, totals, out)
    if totals["failed"]:
        raise typer.Exit(1)


def _parse_or_exit(path: Path):
    """The document at ``path``, or a one-line error naming the file and exit code 1."""
    from chidao import InputError, parse_file

    try:
        return parse_file(path)
    except InputError as exc:
        _stderr().print(str(exc), markup=False, style="red")
        raise typer.Exit(1) from None


def _add_tasks(table, result) -> None:
    """Rows of one converted (or up-to-date) document's tasks."""
    from chidao.schema import Document

    if result.json is not None:
        doc = Document.model_validate_json(result.json)
    elif result.output is not None and result.output.is_file():
        doc = Document.model_validate_json(result.output.read_bytes())
    else:
        return
    table.add(doc, str(result.source))


def _print_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `chidao convert --jsonl corpus | head -1`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def _summary(err: "Console", totals: dict[str, int], out: Optional[Path]) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(justify="right", style="bold")
    table.add_column()
    where = f" → {out}" if out is not None else ""
    table.add_row(str(totals["documents"]), f"documents converted{where}")
    if totals["skipped"]:
        table.add_row(str(totals["skipped"]), "unchanged since the last run, skipped (--force converts them again)")
    table.add_row(str(totals["nodes"]), "outline nodes")
    table.add_row(str(totals["tasks"]), "tasks")
    table.add_row(str(totals["warnings"]), "warnings")
    table.add_row(str(totals["failed"]), "failed", style="red" if totals["failed"] else None)
    err.print(table)


@app.command()
def show(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A .txt or .md document.", show_default=False)],
    width: Annotated[int, typer.Option(help="Characters of each node's text to show.")] = 60,
) -> None:
    """Print a document's outline as a tree, with what chidao read from its header."""
    from rich.console import Console

    doc = _parse_or_exit(path)
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


@app.command()
def render(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A document (.txt, .md, .docx, .html, .pdf).",
                                         show_default=False)],
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="The HTML file to write [default: FILE.html].",
                                                show_default=False)] = None,
) -> None:
    """Write a review page: the text with its outline, highlights and tasks, as one HTML file."""
    from chidao.render import write_html

    doc = _parse_or_exit(path)
    target = out if out is not None else path.with_name(path.name + ".html")
    try:
        write_html(doc, target)
    except OSError as exc:
        _stderr().print(f"cannot write {target}: {exc.strerror or exc}", markup=False, style="red")
        raise typer.Exit(1) from None
    _stderr().print(f"wrote {target}", markup=False)


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="Gold files, <stem>.json.", show_default=False)],
    pred: Annotated[Path, typer.Argument(metavar="PRED_DIR|CORPUS_DIR", show_default=False,
                                         help="chidao's JSON output (<stem>.json), or the documents to convert.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    workers: Annotated[int, typer.Option("-j", "--workers", min=0,
                                         help="Convert in N processes (0: one per CPU).")] = 1,
) -> None:
    """Score predictions against gold files: precision / recall / F1 per area.

    The second folder holds either predictions (<stem>.json, as `chidao
    convert` writes them) or the documents themselves (<stem>.txt, …), which
    are converted first.  A document without a prediction counts as empty.
    """
    from rich.console import Console

    from chidao.evaluate import (
        evaluate_corpus, evaluate_dirs, find_documents, load_golds, looks_like_predictions, tables,
    )

    if not pred.is_dir():
        raise typer.BadParameter(f"{pred} is not a folder", param_hint="PRED_DIR|CORPUS_DIR")
    try:
        stems = list(load_golds(gold))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="GOLD_DIR") from None
    if looks_like_predictions(pred, stems):
        report = evaluate_dirs(gold, pred)
    elif not find_documents(pred, stems):
        raise typer.BadParameter(f"{pred} holds neither predictions (<stem>.json) nor documents (<stem>.txt, …) "
                                 f"for the gold files of {gold}", param_hint="PRED_DIR|CORPUS_DIR")
    else:
        report = evaluate_corpus(gold, pred, workers=workers or os.cpu_count() or 1)
    if as_json:
        _print_stdout(report.to_json() + "\n")
        return
    console = Console(highlight=False)
    for table in tables(report, title=f"{len(report.documents)} documents"):
        console.print(table)
    if report.missing:
        _stderr().print(f"no prediction for {len(report.missing)} document(s): {', '.join(report.missing)}",
                        markup=False, style="yellow")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
