"""``chidao convert`` over real folders: a bad file costs one line, never the run.

A clerk's archive holds files nobody can read, links that point at
themselves, two files that would write one JSON, a folder named like a file,
an output folder that refuses writes.  Each is reported as ``path: reason``
and everything else is converted; outputs appear whole or not at all; a
second run converts only what changed; and the same input gives the same
bytes every time, with one worker or two.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

import chidao
import chidao.batch as batch
import chidao.io
from chidao.batch import Job, convert_many, iter_plan, plan
from chidao.cli import app

runner = CliRunner()

ROOT_CAN_READ_ANYTHING = hasattr(os, "geteuid") and os.geteuid() == 0
HAS_FORK = "fork" in multiprocessing.get_all_start_methods()


@pytest.fixture
def archive(tmp_path, directive) -> Path:
    """Three directives in two folders."""
    root = tmp_path / "archive"
    (root / "2024").mkdir(parents=True)
    (root / "chi-thi-01.txt").write_text(directive, encoding="utf-8")
    (root / "2024" / "chi-thi-02.txt").write_text(directive.replace("05/CT-UBND", "06/CT-UBND"), encoding="utf-8")
    (root / "2024" / "ke-hoach-03.txt").write_text(directive.replace("CHỈ THỊ", "KẾ HOẠCH"), encoding="utf-8")
    return root


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _by_name(results) -> dict[str, batch.Result]:
    return {r.source.name: r for r in results}


# ------------------------------------------------------------------ re-runs, --force, identical bytes

def test_a_second_run_skips_unchanged_inputs_and_force_redoes_them(archive, tmp_path):
    out = tmp_path / "out"
    first = list(convert_many([archive], out))
    assert [r.ok and not r.skipped for r in first] == [True, True, True]
    stamp = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}

    again = list(convert_many([archive], out))
    assert [r.skipped for r in again] == [True, True, True]
    assert all(r.ok for r in again)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == stamp  # not rewritten

    forced = list(convert_many([archive], out, force=True))
    assert [r.skipped for r in forced] == [False, False, False]
    assert all(r.counts["nodes"] > 0 for r in forced)


def test_changed_content_and_a_new_chidao_version_are_converted_again(archive, tmp_path, monkeypatch):
    out = tmp_path / "out"
    list(convert_many([archive], out))
    (archive / "chi-thi-01.txt").write_text("CHỈ THỊ\nVề việc khác\n1. Sở Y tế thực hiện.\n", encoding="utf-8")
    results = _by_name(convert_many([archive], out))
    assert not results["chi-thi-01.txt"].skipped and results["chi-thi-01.txt"].ok
    assert results["chi-thi-02.txt"].skipped
    assert "Về việc khác" in (out / "chi-thi-01.json").read_text(encoding="utf-8")

    monkeypatch.setattr(chidao, "__version__", "99.0")  # a new release reads every file again
    assert [r.skipped for r in convert_many([archive], out)] == [False, False, False]
    assert json.loads((out / "chi-thi-01.json").read_text(encoding="utf-8"))["source"]["chidao_version"] == "99.0"


def test_an_output_written_for_another_path_or_damaged_is_converted_again(archive, tmp_path):
    out = tmp_path / "out"
    list(convert_many([archive], out))
    (out / "chi-thi-01.json").write_text('{"schema_version": "1", "source": {"sha256": "', encoding="utf-8")  # cut off
    moved = tmp_path / "moved"
    archive.rename(moved)  # same bytes, another path: source.path would differ
    results = list(convert_many([moved], out))
    assert [r.skipped for r in results] == [False, False, False]
    assert all(r.ok for r in results)


def test_cli_reports_skipped_files_and_force(archive, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["convert", str(archive), "-o", str(out)]).exit_code == 0
    again = runner.invoke(app, ["convert", str(archive), "-o", str(out)])
    assert again.exit_code == 0
    assert "0    documents converted" in again.stderr
    assert "3    unchanged since the last run, skipped" in again.stderr
    forced = runner.invoke(app, ["convert", str(archive), "-o", str(out), "--force"])
    assert "3    documents converted" in forced.stderr and "unchanged since" not in forced.stderr


def test_output_is_byte_identical_across_runs_and_worker_counts(archive, tmp_path):
    runs = []
    for i, workers in enumerate([1, 1, 2]):
        out = tmp_path / f"out{i}"
        assert all(r.ok for r in convert_many([archive], out, workers=workers))
        runs.append(_outputs(out))
    assert runs[0] == runs[1] == runs[2]
    # and the file is what the library gives for that path
    doc = chidao.parse_file(archive / "chi-thi-01.txt")
    assert runs[0]["chi-thi-01.json"] == (doc.to_json() + "\n").encode("utf-8")
    assert doc.to_json_bytes(indent=None) == doc.to_json(indent=None).encode("utf-8")


# ------------------------------------------------------------------ atomic writes

def test_a_write_that_fails_midway_leaves_the_old_output_whole_and_no_debris(archive, tmp_path, monkeypatch):
    out = tmp_path / "out"
    list(convert_many([archive], out))
    before = _outputs(out)
    (archive / "chi-thi-01.txt").write_text("CHỈ THỊ\n1. Nội dung mới.\n", encoding="utf-8")

    def replace(src, dst):  # the disk fills up, the machine stops: the rename never happens
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch.os, "replace", replace)
    results = _by_name(convert_many([archive], out))
    assert results["chi-thi-01.txt"].error == f"cannot write {out / 'chi-thi-01.json'}: No space left on device"
    assert _outputs(out) == before  # the old JSON is still there, whole; no temporary file left


# ------------------------------------------------------------------ files that cannot be read

def test_unreadable_files_are_reported_and_the_rest_converted(archive, tmp_path, monkeypatch):
    # Tests often run as root, who reads anything: make the read itself fail.
    locked = archive / "2024" / "chi-thi-02.txt"
    real_open = open

    def fake_open(file, *args, **kwargs):
        if Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(chidao.io, "open", fake_open, raising=False)
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(archive), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{locked}: Permission denied"
    assert sorted(_outputs(out)) == ["2024/ke-hoach-03.json", "chi-thi-01.json"]


@pytest.mark.skipif(ROOT_CAN_READ_ANYTHING, reason="root reads files whatever their mode; the mocked test covers it")
def test_chmod_000_file_and_folder(archive, tmp_path):
    locked = archive / "2024" / "chi-thi-02.txt"
    locked.chmod(0)
    closed = archive / "closed"
    closed.mkdir()
    (closed / "x.txt").write_text("CHỈ THỊ", encoding="utf-8")
    closed.chmod(0)
    try:
        results = _by_name(convert_many([archive], tmp_path / "out"))
        assert results["chi-thi-02.txt"].error == "Permission denied"
        assert results["closed"].error == "cannot list this folder: Permission denied"
        assert results["chi-thi-01.txt"].ok and results["ke-hoach-03.txt"].ok
    finally:
        locked.chmod(0o644)
        closed.chmod(0o755)


def test_read_only_output_folder_reports_every_file_it_could_not_write(archive, tmp_path, monkeypatch):
    out = tmp_path / "out"
    locked = out / "2024"
    real_write = batch.write_atomic

    def write_atomic(path, text):  # OUT/2024 is read-only (root ignores chmod, so say it here)
        if path.parent == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_write(path, text)

    monkeypatch.setattr(batch, "write_atomic", write_atomic)
    results = list(convert_many([archive], out))
    assert [r.line() for r in results if not r.ok] == [
        f"{archive / '2024' / 'chi-thi-02.txt'}: cannot write {locked / 'chi-thi-02.json'}: Permission denied",
        f"{archive / '2024' / 'ke-hoach-03.txt'}: cannot write {locked / 'ke-hoach-03.json'}: Permission denied",
    ]
    assert sorted(_outputs(out)) == ["chi-thi-01.json"]


@pytest.mark.skipif(ROOT_CAN_READ_ANYTHING, reason="root writes into read-only folders; the mocked test covers it")
def test_chmod_read_only_output_folder(archive, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        results = list(convert_many([archive], out))
        assert all(r.error.startswith("cannot write ") and r.error.endswith("Permission denied") for r in results)
    finally:
        out.chmod(0o755)


# ------------------------------------------------------------------ links, duplicates, odd names

def test_symlink_loops_are_reported_not_followed_for_ever(archive, tmp_path):
    (archive / "self.txt").symlink_to("self.txt")                  # a link to itself
    (archive / "ping.txt").symlink_to("pong.txt")                  # two links to each other
    (archive / "pong.txt").symlink_to("ping.txt")
    (archive / "2024" / "up").symlink_to("..")                     # a folder link back to an ancestor
    (archive / "dangling.txt").symlink_to("nowhere.txt")
    (archive / "same.txt").symlink_to("chi-thi-01.txt")            # another name for a file: converted once
    results = list(convert_many([archive], tmp_path / "out"))
    errors = {r.source.relative_to(archive).as_posix(): r.error for r in results if not r.ok}
    assert errors == {
        "2024/up": "link loop: this link leads back to a folder that contains it; not followed",
        "dangling.txt": "no such file",
        "ping.txt": "Too many levels of symbolic links",
        "pong.txt": "Too many levels of symbolic links",
        "self.txt": "Too many levels of symbolic links",
    }
    converted = sorted(r.source.relative_to(archive).as_posix() for r in results if r.ok)
    assert converted == ["2024/chi-thi-02.txt", "2024/ke-hoach-03.txt", "chi-thi-01.txt"]


def test_a_link_loop_named_directly_is_one_failure(tmp_path, directive):
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "ok.txt").write_text(directive, encoding="utf-8")
    results = list(convert_many([tmp_path / "loop.txt", tmp_path / "ok.txt"], tmp_path / "out"))
    assert [r.error for r in results] == ["Too many levels of symbolic links", None]


def test_a_linked_folder_is_searched(tmp_path, directive):
    real = tmp_path / "elsewhere" / "2023"
    real.mkdir(parents=True)
    (real / "bao-cao.txt").write_text(directive, encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "2023").symlink_to(real)
    results = list(convert_many([inbox], tmp_path / "out"))
    assert [r.ok for r in results] == [True]
    assert (tmp_path / "out" / "2023" / "bao-cao.json").exists()


def test_duplicate_names_never_overwrite_each_other(archive, tmp_path, directive):
    (archive / "chi-thi-01.md").write_text(directive.replace("05/CT", "99/CT"), encoding="utf-8")
    out = tmp_path / "out"
    results = list(convert_many([archive, archive / "chi-thi-01.txt", archive / "2024"], out))
    lines = [r.line() for r in results if not r.ok]
    # x.md and x.txt in one folder would both write x.json: the first in path order wins
    assert lines == [f"{archive / 'chi-thi-01.txt'}: would overwrite {out / 'chi-thi-01.json'}, "
                     f"written for {archive / 'chi-thi-01.md'}"]
    assert "99/CT-UBND" in (out / "chi-thi-01.json").read_text(encoding="utf-8")
    # the same file named again (directly, or through its folder) is converted once
    assert len(results) == 4


def test_a_folder_named_like_a_file(tmp_path, directive):
    folder = tmp_path / "x.txt"  # a folder called "x.txt", holding a document
    folder.mkdir()
    (folder / "y.txt").write_text(directive, encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.mkdir()
    out = tmp_path / "out"
    results = list(convert_many([tmp_path], out))
    assert [(r.source.relative_to(tmp_path).as_posix(), r.error) for r in results] == [("x.txt/y.txt", None)]
    assert (out / "x.txt" / "y.json").exists()
    named = list(convert_many([empty], out))
    assert [r.error for r in named] == ["no documents in this folder (*.txt, *.md, *.markdown, *.docx, *.html, "
                                        "*.htm, *.pdf)"]
    with pytest.raises(chidao.InputError, match="is a directory$"):
        chidao.parse_file(folder)


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp_path / "pipe.txt")
    results = list(convert_many([tmp_path], tmp_path / "out"))
    assert [r.error for r in results] == ["not a regular file"]


# ------------------------------------------------------------------ what is in the files

def test_bad_contents_each_get_one_clear_line(tmp_path, directive, encode_cp1258):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n  \n",
        "nul.txt": "Số: 05/CT-UBND".encode() + b"\x00" * 40,
        "binary.txt": bytes(range(256)) * 8,
        "mixed.txt": directive.encode("utf-8") + encode_cp1258(directive),  # two encodings in one file
        "good.txt": directive.encode("utf-8"),
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    errors = {r.source.name: r.error for r in convert_many([inbox], tmp_path / "out")}
    assert errors == {
        "binary.txt": "binary file (NUL bytes, the first at byte 0)",
        "blank.txt": "empty file (only whitespace)",
        "empty.txt": "empty file",
        "good.txt": None,
        "mixed.txt": errors["mixed.txt"],
        "nul.txt": "binary file (NUL bytes, the first at byte 16)",
    }
    # UTF-8 and Windows-1258 in one file: not one encoding, so not guessed at
    assert errors["mixed.txt"].startswith("cannot decode: not UTF-8")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, directive):
    big = tmp_path / "dump.txt"
    with open(big, "wb") as fh:  # 20 MB: a dump of a whole archive, not a document
        fh.write(directive.encode("utf-8") * (20_000_000 // len(directive.encode("utf-8")) + 1))
    (tmp_path / "ok.txt").write_text(directive, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(tmp_path), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{big}: too large (20.0 MB, more than the limit of 10 MB)"
    assert (tmp_path / "out" / "ok.json").exists()
    small = runner.invoke(app, ["convert", str(tmp_path / "ok.txt"), "-o", str(tmp_path / "o2"), "-q",
                                "--max-size", "0.001"])
    assert small.stderr.strip().endswith("more than the limit of 0.001 MB)")
    unlimited = list(convert_many([tmp_path / "ok.txt"], tmp_path / "o3", max_bytes=None))
    assert unlimited[0].ok


# ------------------------------------------------------------------ workers, streaming, memory

@pytest.mark.skipif(not HAS_FORK, reason="the crash is planted in a forked worker")
def test_a_worker_that_dies_costs_its_own_file_only(archive, tmp_path, monkeypatch):
    import chidao.pipeline

    real_run = chidao.pipeline.run

    def run(text, **kw):
        if "KẾ HOẠCH" in text:
            os._exit(9)  # as if killed by the OOM killer
        return real_run(text, **kw)

    monkeypatch.setattr(chidao.pipeline, "run", run)
    results = list(convert_many([archive], tmp_path / "out", workers=2))
    assert [(r.source.name, r.error) for r in results] == [
        ("chi-thi-02.txt", None),
        ("ke-hoach-03.txt", "worker process died while converting this file (killed, or out of memory?)"),
        ("chi-thi-01.txt", None),
    ]


def test_results_stream_while_the_folder_is_still_being_searched(archive, tmp_path):
    asked = []

    def inputs():
        for p in [archive / "chi-thi-01.txt", archive / "2024" / "chi-thi-02.txt", archive / "2024" / "ke-hoach-03.txt"]:
            asked.append(p)
            yield p

    stream = convert_many(inputs(), tmp_path / "out")
    first = next(stream)
    assert first.ok and len(asked) == 1  # nothing planned ahead of need
    assert len(list(stream)) == 2
    assert isinstance(iter_plan([archive], None), type(x for x in []))


def test_memory_does_not_grow_with_the_number_of_files(tmp_path, directive):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(240):
        (inbox / f"{i:04d}.txt").write_text(directive.replace("05/CT", f"{i}/CT"), encoding="utf-8")

    def peak(count: int) -> int:
        paths = sorted(inbox.iterdir())[:count]
        tracemalloc.start()
        for r in convert_many(paths, tmp_path / f"out{count}", force=True, jsonl=True):
            assert r.ok
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    peak(20)  # warm: imports, caches
    small, large = peak(30), peak(240)
    assert large < small + 2_000_000, (small, large)  # 8× the files, not 8× the memory


def test_plan_is_the_list_of_iter_plan(archive, tmp_path):
    jobs = plan([archive], tmp_path / "out")
    assert jobs == list(iter_plan([archive], tmp_path / "out"))
    assert [j.source.relative_to(archive).as_posix() for j in jobs] == [
        "2024/chi-thi-02.txt", "2024/ke-hoach-03.txt", "chi-thi-01.txt"]
    assert all(isinstance(j, Job) and j.error is None for j in jobs)
