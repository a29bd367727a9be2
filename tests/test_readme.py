"""The README's Python examples run as written.

Each ```python block runs on its own, in a temporary folder that holds the
repository's ``corpus/`` and ``examples/``.  A block preceded by the line
``<!-- no-test -->`` is left out.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.M | re.S)


def python_blocks(text: str) -> list[tuple[int, str, bool]]:
    """``(line number, code, skipped)`` of every ```python block."""
    blocks = []
    for m in _FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        before = text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        blocks.append((line, m.group(1), before == "<!-- no-test -->"))
    return blocks


BLOCKS = python_blocks(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples():
    assert len(BLOCKS) >= 6
    assert python_blocks("x\n<!-- no-test -->\n```python\nboom()\n```\n```python\nok()\n```\n") == [
        (3, "boom()\n", True), (6, "ok()\n", False)]


@pytest.mark.parametrize("line, code, skipped", BLOCKS, ids=[f"README.md:{b[0]}" for b in BLOCKS])
def test_readme_example_runs(line, code, skipped, tmp_path, monkeypatch, capsys):
    if skipped:
        pytest.skip("marked <!-- no-test --> in the README")
    for folder in ("corpus", "examples"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"{README}:{line}", "exec"), {"__name__": "__readme__"})
    capsys.readouterr()
