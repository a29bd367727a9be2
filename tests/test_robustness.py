"""Inputs built to break a parser: each one has a clear outcome, and none hangs.

``chidao.parse`` never raises on a string and its cost grows with the length
of the text.  Here every adversarial input of issue 6 is parsed under a time
budget far above what linear work needs (a quadratic loop or a backtracking
pattern blows through it by minutes, not milliseconds), so the tests catch a
hang without becoming flaky timing tests; ``bench/run.py`` measures the
growth itself (time at n and 4n).  What happens to adversarial *files*
(binary, empty, NUL bytes, mixed encodings, 20 MB, a folder named like a
file) is in ``tests/test_batch.py``.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from contextlib import contextmanager

import pytest

import chidao


class Hang(Exception):
    """The budget ran out: a hang, or work that is not linear."""


@contextmanager
def budget(seconds: float):
    """Fail (not hang) when the block takes longer than ``seconds``."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        start = time.monotonic()
        yield
        assert time.monotonic() - start < seconds, f"took more than {seconds} s"
        return

    def expire(signum, frame):
        raise Hang(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _parse_and_dump(text: str):
    doc = chidao.parse(text)
    json.loads(doc.to_json())  # the record serialises and reads back
    return doc


# ------------------------------------------------------------------ odd but small

ODD = {
    "empty": "",
    "whitespace only": " \t\n\r\n\u00a0\u3000\x0c\n  ",
    "NUL bytes": "Số: 05/CT\x00-UBND\x00\x00\n1.\x00 Sở Y tế\x00",
    "control characters": "".join(map(chr, range(32))) * 20,
    "binary read as Latin-1": bytes(range(256)).decode("latin-1") * 10,
    "mixed encodings (UTF-8 bytes read as cp1252)": "Quyáº¿t Ä‘á»‹nh sá»‘ 05/QÄ-UBND\n1. Sá»Ÿ Y táº¿",
    "combining marks only": "\u0301\u0300\u0323" * 500,
    "right-to-left and emoji": "\u202eCHỈ THỊ\u202c 🇻🇳 1. Sở Y tế 😀\n" * 50,
    "lone markers": "I.\nII.\n1.\na)\n-\n+\n*\nĐiều 1.\nChương I\n" * 50,
    "only a header": "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 05/CT-UBND\nCHỈ THỊ\n",
    "markdown debris": "---\ntitle: x\n---\n**__**[](http://x)![]()\\.\\-#### > >\n" * 50,
    "footnote debris": "[footnoteRef:1][footnoteRef:2][1: a][^3]: b\n[^9][bookmark: _GoBack]" * 50,
    "table debris": "|||\n| STT | Nhiệm vụ | Chủ trì |\n|---|---|\n| 1 |\n|\n" * 50,
}


@pytest.mark.parametrize("text", ODD.values(), ids=ODD.keys())
def test_odd_inputs_parse_to_a_document(text):
    with budget(30):
        doc = _parse_and_dump(text)
    assert isinstance(doc.text, str)
    for node in doc.iter_nodes():
        assert 0 <= node.span[0] <= node.span[1] <= len(doc.text)


def test_whitespace_only_and_empty_give_empty_documents():
    for text in ("", " \n\t\r\n"):
        doc = chidao.parse(text)
        assert doc.text == "" and doc.outline == [] and doc.tasks == []


def test_nul_and_control_characters_are_dropped_from_the_text():
    doc = chidao.parse("Số: 05/CT\x00-UBND\x01\n1. Sở Y tế\x7f thực hiện")
    assert not any(c in doc.text for c in "\x00\x01\x7f")


def test_a_non_string_is_a_type_error_not_a_crash_inside():
    for value in (b"CHI THI", None, 12, ["1. x"]):
        with pytest.raises(TypeError, match="takes str"):
            chidao.parse(value)


def test_the_cycle_collector_is_paused_while_a_document_is_read_and_set_back_after(monkeypatch):
    import gc

    import chidao.pipeline

    states = []
    real_segment = chidao.pipeline.segment

    def watched(*a, **k):
        states.append(gc.isenabled())
        return real_segment(*a, **k)

    monkeypatch.setattr(chidao.pipeline, "segment", watched)
    chidao.parse("KẾ HOẠCH\n1. Sở Y tế chủ trì thực hiện.")
    assert states == [False] and gc.isenabled()

    def broken(*a, **k):
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(chidao.pipeline, "segment", broken)
    with pytest.raises(RuntimeError):
        chidao.parse("1. Sở Y tế")
    assert gc.isenabled()  # on again after a failure too

    monkeypatch.setattr(chidao.pipeline, "segment", real_segment)
    gc.disable()  # a caller that runs with the collector off keeps it off
    try:
        chidao.parse("1. Sở Y tế")
        assert not gc.isenabled()
    finally:
        gc.enable()


# ------------------------------------------------------------------ large, the sizes of issue 6

def test_one_hundred_thousand_markers():
    text = "\n".join(f"{i % 99 + 1}. Sở Y tế thực hiện" for i in range(100_000))
    with budget(240):  # linear work takes seconds
        doc = chidao.parse(text)
    assert sum(1 for _ in doc.iter_nodes()) == 100_000
    assert len({n.id for n in doc.iter_nodes()}) == 100_000  # repeated numbers get "~k" ids, all distinct


def test_a_single_line_of_five_megabytes():
    text = ("các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm túc nhiệm vụ được giao " * 63_000)[:5_000_000]
    with budget(240):
        doc = chidao.parse(text)
    assert len(doc.text) == 5_000_000 - 1  # the trailing space is stripped
    assert doc.outline == []


# ------------------------------------------------------------------ no catastrophic backtracking

# Runs of the characters the patterns of chidao are written around.  Each is
# 200,000 characters: linear work takes well under a few seconds each.
N = 200_000
PATHOLOGICAL = {
    "'Số ' repeated": "Số " * (N // 3),
    "'Số: 01/' repeated": "Số: 01/" * (N // 7),
    "'Căn cứ ' repeated": "Căn cứ " * (N // 7),
    "'ngày ' repeated": "ngày " * (N // 5),
    "'tháng năm ' repeated": "tháng năm " * (N // 10),
    "digits": "1" * N,
    "dots": "." * N,
    "dashes": "-" * N,
    "spaces": "a" + " " * N + "b",
    "tabs and spaces": " \t" * (N // 2),
    "'1.' repeated": "1." * (N // 2),
    "'1/' repeated": "1/" * (N // 2),
    "'1,5' repeated": "1,5" * (N // 3),
    "'1.250 ' repeated": "1.250 " * (N // 6),
    "digits and dots": "12.34.56." * (N // 9),
    "open brackets": "[" * N,
    "open parentheses": "(" * N,
    "pipes": "|" * N,
    "capitals": "A" * N,
    "capital words": "ỦY BAN NHÂN DÂN " * (N // 16),
    "caps lines": "ỦY BAN NHÂN DÂN\n" * (N // 16),
    "'I. ' lines": "I. X\n" * (N // 5),
    "'a) ' lines": "a) x\n" * (N // 5),
    "'- ' lines": "- x\n" * (N // 4),
    "newlines": "\n" * N,
    "dates": "ngày 12/3/2024 " * (N // 15),
    "percentages": "đạt 95% " * (N // 8),
    "agency names": "Sở Y tế, " * (N // 9),
    "footnote references": "[footnoteRef:1]" * (N // 15),
    "quotes": "“" * N,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_runs_finish(text):
    with budget(60):
        _parse_and_dump(text)
