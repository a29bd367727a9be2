"""The review page: what it holds, that it escapes, and that a real browser runs it cleanly."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import chidao
from chidao.cli import app
from chidao.render import anchor_ids, highlights, render_html
from chidao.schema import AgencyMention, Task

runner = CliRunner()

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
# As the machine's notes say: without the background-networking flags Chromium
# keeps knocking on a closed network.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--enable-logging=stderr", "--v=0"]
CONSOLE = re.compile(r":CONSOLE[:(]")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'; .ci/run installs it)")


@pytest.fixture
def reviewed(directive):
    """The directive parsed, with one task and one hostile agency name added."""
    doc = chidao.parse(directive)
    node = next(n for n in doc.iter_nodes() if n.id == "I/1/a")
    start = doc.text.index("Sở Nội vụ")
    hostile = AgencyMention(text="Sở Nội vụ", canonical='Sở Nội vụ <script>alert("x")</script> & "co"',
                            span=(start, start + len("Sở Nội vụ")))
    task = Task(id="t1", node_id=node.id, text=node.text, lead=["Sở Thông tin và Truyền thông"],
                support=["Sở Nội vụ"], deadlines=list(range(len(doc.deadlines)))[:1],
                targets=list(range(len(doc.targets)))[:1], span=node.span)
    return doc.model_copy(update={"tasks": [task], "agencies": [*doc.agencies, hostile]})


def test_page_holds_outline_highlights_and_tasks(reviewed):
    page = render_html(reviewed)
    anchors = anchor_ids(reviewed)
    for node in reviewed.iter_nodes():
        assert f'id="{html.escape(anchors[node.id])}"' in page          # each unit is a block with an id
        assert f'<span class="nid">{html.escape(node.id)}</span>' in page  # ids visible in the outline
    assert "<details open><summary>" in page                             # the outline folds
    for kind, records in [("agency", reviewed.agencies), ("deadline", reviewed.deadlines),
                          ("target", reviewed.targets), ("citation", reviewed.citations)]:
        assert records, f"the directive should have {kind} records"
        assert page.count(f'class="hl hl-{kind}"') >= len(records)
    deadline = reviewed.deadlines[0]
    assert f'title="{deadline.kind}: {deadline.date}"' in page          # the normalized value on hover
    # the task row links to the task's place in the text
    assert '<span class="task-anchor" id="task-0"></span>' in page
    assert '<a href="#task-0">I/1/a</a>' in page
    assert "<td>Sở Thông tin và Truyền thông</td>" in page


def test_everything_is_escaped_and_nothing_is_fetched(reviewed):
    evil = "I. <img src=x onerror=alert(1)> NHIỆM VỤ & </div></mark>\n1. Sở Y tế chủ trì \"quote\" 'apos'."
    pages = [render_html(reviewed), render_html(chidao.parse(evil), title="<b>t</b>")]
    for page in pages:
        assert "<script>alert" not in page and "<img" not in page and "<b>t</b>" not in page
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)
        assert "Content-Security-Policy" in page and "default-src 'none'" in page
        assert page.count("<script>") == 1                                # only the page's own
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot;" in pages[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[1]


def test_marks_nest_and_split_at_unit_boundaries(reviewed):
    page = render_html(reviewed)
    opened = len(re.findall(r"<mark\b", page))
    assert opened == page.count("</mark>")
    # every highlighted stretch, put back together, is the record's text
    text = re.sub(r"<[^>]+>", "", page.split('<div class="text">', 1)[1].split("</section>", 1)[0])
    assert html.unescape(text).replace("\n", "") .startswith(reviewed.text.split("\n", 1)[0])
    assert len(highlights(reviewed)) == sum(len(x) for x in (reviewed.agencies, reviewed.deadlines,
                                                             reviewed.targets, reviewed.citations))


def test_render_command(tmp_path, directive):
    src = tmp_path / "chi-thi.txt"
    src.write_text(directive, encoding="utf-8")
    result = runner.invoke(app, ["render", str(src), "-o", str(tmp_path / "review.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "review.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["render", str(src)])  # default: FILE.html beside it
    assert result.exit_code == 0 and (tmp_path / "chi-thi.txt.html").is_file()
    result = runner.invoke(app, ["render", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "no such file" in result.stderr


# ------------------------------------------------------------------ in a real browser

# Clicks what a reviewer clicks, then writes what happened where --dump-dom shows it.
_DRIVE = """<script>
(function(){
  var r=[];
  var node=document.querySelector('.node>.fold');
  node.click(); r.push('folded='+node.parentNode.classList.contains('folded'));
  var child=node.parentNode.querySelector('.node-body>.node');
  r.push('child-hidden='+(getComputedStyle(child).display==='none'));
  node.click(); r.push('unfolded='+!node.parentNode.classList.contains('folded'));
  var box=document.querySelector('.legend input[data-kind=agency]');
  box.click(); r.push('hide-agency='+document.body.classList.contains('hide-agency'));
  var m=document.querySelector('mark.hl-deadline');
  m.dispatchEvent(new MouseEvent('mouseenter'));
  r.push('inspector='+document.getElementById('inspector').textContent);
  document.documentElement.setAttribute('data-driven', r.join('|'));
})();
</script></body>"""


def _chromium(args: list[str], profile: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if CONSOLE.search(line)]


@needs_chromium
def test_console_errors_are_caught(tmp_path):
    """The check below is real: a page that throws is seen throwing."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>undefinedFunction();</script>", encoding="utf-8")
    out = _chromium(["--dump-dom", bad.as_uri()], tmp_path / "profile")
    assert any("undefinedFunction" in line for line in _console(out.stderr)), out.stderr[-2000:]


@needs_chromium
def test_page_in_headless_chromium(tmp_path, reviewed):
    page = tmp_path / "review.html"
    page.write_text(render_html(reviewed), encoding="utf-8")

    out = _chromium(["--dump-dom", page.as_uri()], tmp_path / "profile")
    assert out.returncode == 0, out.stderr[-2000:]
    assert _console(out.stderr) == []                                   # no errors, no CSP violations
    dom = out.stdout
    assert 'data-ready="yes"' in dom                                    # the script ran to its end
    expected = len(highlights(reviewed))
    assert f'data-highlights="{expected}"' in dom                       # every record highlighted
    assert f"{expected} highlighted records" in dom
    for kind in ("agency", "deadline", "target", "citation"):
        assert f'class="hl hl-{kind}"' in dom

    driven = tmp_path / "driven.html"
    driven.write_text(render_html(reviewed).replace("</body>", _DRIVE), encoding="utf-8")
    out = _chromium(["--dump-dom", driven.as_uri()], tmp_path / "profile")
    assert _console(out.stderr) == []
    state = re.search(r'data-driven="([^"]*)"', out.stdout)
    assert state, out.stdout[:2000]
    d = reviewed.deadlines[0]
    assert html.unescape(state.group(1)).split("|") == [
        "folded=true", "child-hidden=true", "unfolded=true", "hide-agency=true",
        f"inspector=deadline{d.kind}: {d.date}"]

    shot = tmp_path / "review.png"
    out = _chromium([f"--screenshot={shot}", "--window-size=1280,1600", "--hide-scrollbars", page.as_uri()],
                    tmp_path / "profile")
    assert shot.is_file(), out.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000     # a page, not a blank square
    keep = os.environ.get("CHIDAO_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "review.png")


@needs_chromium
def test_corpus_document_in_headless_chromium(tmp_path, corpus_dir):
    doc = chidao.parse_file(corpus_dir / "001_2f4734c3cc559241.txt")
    page = tmp_path / "001.html"
    page.write_text(render_html(doc), encoding="utf-8")
    out = _chromium(["--dump-dom", page.as_uri()], tmp_path / "profile")
    assert _console(out.stderr) == []
    assert f'data-highlights="{len(highlights(doc))}"' in out.stdout
    shot = tmp_path / "001.png"
    _chromium([f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri()], tmp_path / "profile")
    assert shot.is_file() and shot.stat().st_size > 20_000
    keep = os.environ.get("CHIDAO_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, Path(keep) / "001.png")
