"""The ``chidao`` command as people use it: convert a folder of documents,
pipe JSON lines, look at one document, print the schema."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import chidao
from chidao.batch import convert_many, plan
from chidao.cli import app

runner = CliRunner()


@pytest.fixture
def inbox(tmp_path, directive, encode_cp1258) -> Path:
    """A clerk's folder: a directive, a plan in a sub-folder saved by old
    Windows, a scanned PDF someone renamed to .txt, and files that are not
    documents at all."""
    root = tmp_path / "inbox"
    (root / "2024" / "quy-1").mkdir(parents=True)
    (root / "chi-thi-05.txt").write_text(directive, encoding="utf-8")
    (root / "2024" / "quy-1" / "ke-hoach-12.txt").write_bytes(encode_cp1258(directive.replace("CHỈ THỊ", "KẾ HOẠCH")))
    (root / "2024" / "bao-cao.md").write_text(directive.replace("CHỈ THỊ", "BÁO CÁO"), encoding="utf-8-sig")
    (root / "2024" / "scan.txt").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)))
    (root / "notes.json").write_text("{}", encoding="utf-8")  # not an input: only .txt and .md are
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")  # hidden: skipped
    return root


def test_convert_mirrors_the_folder_and_reports_the_bad_file(inbox, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(inbox), "-o", str(out)])

    assert result.exit_code == 1  # one file failed ...
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2024/bao-cao.json", "2024/quy-1/ke-hoach-12.json", "chi-thi-05.json"]  # ... the rest converted
    assert f"{inbox / '2024' / 'scan.txt'}: binary file (a PDF document)" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""

    doc = json.loads((out / "2024" / "quy-1" / "ke-hoach-12.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == "1"
    assert doc["source"]["encoding"] == "cp1258"
    assert "KẾ HOẠCH" in doc["text"]


def test_convert_files_named_directly_go_to_out_stem_json(inbox, tmp_path):
    # the form the project's own hooks use: chidao convert corpus/*.txt -o DIR
    out = tmp_path / "out"
    files = [inbox / "chi-thi-05.txt", inbox / "2024" / "quy-1" / "ke-hoach-12.txt"]
    result = runner.invoke(app, ["convert", *map(str, files), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["chi-thi-05.json", "ke-hoach-12.json"]
    assert "2    documents converted" in result.stderr


def test_convert_requires_an_output(inbox):
    result = runner.invoke(app, ["convert", str(inbox)])
    assert result.exit_code == 2
    assert "-o OUT" in result.stderr


def test_missing_input_is_one_failure_among_others(inbox, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(inbox / "chi-thi-05.txt"), str(tmp_path / "khong-co.txt"),
                                 "-o", str(out), "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{tmp_path / 'khong-co.txt'}: no such file"  # --quiet: no summary
    assert (out / "chi-thi-05.json").exists()


def test_jsonl_streams_one_document_per_line(inbox):
    result = runner.invoke(app, ["convert", str(inbox), "--jsonl"])
    assert result.exit_code == 1  # the renamed PDF
    lines = result.stdout.splitlines()
    docs = [json.loads(line) for line in lines]
    # in the order of their paths: 2024/bao-cao.md, 2024/quy-1/ke-hoach-12.txt, chi-thi-05.txt
    assert [Path(d["source"]["path"]).name for d in docs] == ["bao-cao.md", "ke-hoach-12.txt", "chi-thi-05.txt"]
    assert "scan.txt: binary file" in result.stderr  # failures and summary never mix into stdout


def test_parallel_workers_write_the_same_files(inbox, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert runner.invoke(app, ["convert", str(inbox), "-o", str(one)]).exit_code == 1
    assert runner.invoke(app, ["convert", str(inbox), "-o", str(two), "--workers", "2"]).exit_code == 1
    for f in one.rglob("*.json"):
        assert (two / f.relative_to(one)).read_bytes() == f.read_bytes()


def test_convert_many_yields_results_in_input_order(inbox, tmp_path):
    results = list(convert_many([inbox], tmp_path / "out"))
    assert [r.source.relative_to(inbox).as_posix() for r in results] == [
        "2024/bao-cao.md", "2024/quy-1/ke-hoach-12.txt", "2024/scan.txt", "chi-thi-05.txt"]
    assert [r.ok for r in results] == [True, True, False, True]
    assert results[2].error == "binary file (a PDF document)"
    assert results[3].output == tmp_path / "out" / "chi-thi-05.json"
    assert set(results[3].counts) >= {"nodes", "tasks", "warnings"}
    assert not list((tmp_path / "out").rglob(".*.tmp"))  # no temporary files left behind


def test_two_inputs_for_one_output_do_not_overwrite_each_other(tmp_path, directive):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "chi-thi.txt").write_text(directive, encoding="utf-8")
    jobs = plan([tmp_path / "a" / "chi-thi.txt", tmp_path / "b" / "chi-thi.txt"], tmp_path / "out")
    assert jobs[0].error is None
    assert jobs[1].error.startswith(f"would overwrite {tmp_path / 'out' / 'chi-thi.json'}")


def test_a_parser_crash_costs_one_file_not_the_run(inbox, tmp_path, monkeypatch):
    import chidao.pipeline

    real_run = chidao.pipeline.run

    def run(text, **kw):
        if "BÁO CÁO" in text:
            raise ValueError("segmenter lost its place\nat line 3")
        return real_run(text, **kw)

    monkeypatch.setattr(chidao.pipeline, "run", run)
    result = runner.invoke(app, ["convert", str(inbox), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{inbox / '2024' / 'bao-cao.md'}: ValueError: segmenter lost its place at line 3" in result.stderr
    assert (tmp_path / "out" / "chi-thi-05.json").exists()


def test_schema_prints_valid_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"meta", "outline", "tasks"} <= set(schema["properties"])


def test_show_prints_meta_and_outline(inbox):
    result = runner.invoke(app, ["show", str(inbox / "chi-thi-05.txt")])
    assert result.exit_code == 0, result.stderr
    assert "chi-thi-05.txt" in result.stdout
    assert "outline nodes" in result.stdout


def test_show_tree_lists_ids_markers_and_clipped_text():
    from rich.console import Console

    from chidao.cli import _outline_tree
    from chidao.schema import Document, Node

    text = "I. NHIỆM VỤ\n1. Sở Y tế chủ trì [footnoteRef:1] triển khai tiêm chủng mở rộng cho trẻ em dưới 5 tuổi."
    doc = Document(text=text, outline=[
        Node(id="I", kind="roman", marker="I.", label="I", title="NHIỆM VỤ", text="", span=(0, len(text)),
             children=[Node(id="I/1", kind="arabic", marker="1.", label="1", text=text[15:], span=(12, len(text)))]),
    ])
    console = Console(width=120, record=True)
    console.print(_outline_tree(doc, width=40))
    shown = console.export_text()
    assert "I  I.  NHIỆM VỤ" in shown
    assert "I/1  1.  Sở Y tế chủ trì [footnoteRef:1] triển k…" in shown  # brackets are text, not markup


def test_show_missing_file_is_one_line():
    result = runner.invoke(app, ["show", "khong-co.txt"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "khong-co.txt: no such file"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.stdout.strip() == f"chidao {chidao.__version__}"


CHIDAO = shutil.which("chidao", path=os.path.dirname(sys.executable))


@pytest.mark.skipif(CHIDAO is None, reason="console script not installed")
@pytest.mark.parametrize("form", ["folder", "files"])
def test_console_script_converts_the_corpus(corpus_dir, tmp_path, form):
    # the README's `chidao convert corpus -o out` and the hooks' `chidao convert corpus/*.txt -o DIR`
    files = sorted(corpus_dir.glob("*.txt"))
    args = [str(corpus_dir)] if form == "folder" else [str(f) for f in files]
    done = subprocess.run([CHIDAO, "convert", *args, "-o", str(tmp_path)],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600)
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == [f.stem + ".json" for f in files]  # gold/*.json are not inputs
