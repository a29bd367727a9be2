"""The tasks table: one row per task, opening cleanly in Excel."""

import csv
import subprocess
import sys
from pathlib import Path

import chidao
from chidao.export import TASK_COLUMNS, TasksCsv, task_rows

CHI_THI = """\
CHỈ THỊ
Về tăng cường phòng, chống thiên tai năm 2026

1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh rà soát phương án ứng phó,
hoàn thành trước ngày 30/4/2026.
2. Sở Tài chính bố trí kinh phí; hằng quý báo cáo UBND tỉnh.
"""


def test_one_row_per_task_with_normal_forms():
    doc = chidao.parse(CHI_THI)
    rows = list(task_rows(doc, "chi-thi.txt"))
    assert len(rows) == len(doc.tasks) >= 2
    first = dict(zip(TASK_COLUMNS, rows[0]))
    assert first["document"] == "chi-thi.txt" and first["node"] == "1"
    assert first["lead"] == "Sở Nông nghiệp và Môi trường"
    assert "Công an tỉnh" in first["support"]
    assert "(2026-04-30)" in first["deadlines"]


def test_file_has_a_bom_and_appears_only_when_complete(tmp_path):
    doc = chidao.parse(CHI_THI)
    path = tmp_path / "out" / "tasks.csv"
    with TasksCsv(path) as table:
        table.add(doc, "a.txt")
        assert not path.exists()  # written to a temporary file until closed
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == TASK_COLUMNS and len(rows) == 1 + len(doc.tasks)


def test_convert_writes_the_tasks_table(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "chi-thi.txt").write_text(CHI_THI, encoding="utf-8")
    out, table = tmp_path / "out", tmp_path / "tasks.csv"
    cmd = [sys.executable, "-m", "chidao.cli", "convert", str(src), "-o", str(out), "--tasks-csv", str(table), "-q"]
    for _ in range(2):  # the second run skips the unchanged file but still lists its tasks
        subprocess.run(cmd, check=True)
        rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows) >= 3 and rows[1][0].endswith("chi-thi.txt")
