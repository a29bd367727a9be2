#!/usr/bin/env python3
"""Long fuzzing of ``chidao.parse`` and of the file reader (not run in CI).

    python bench/fuzz.py                       # atheris when installed, else hypothesis; 11 minutes
    python bench/fuzz.py --seconds 60          # shorter
    python bench/fuzz.py --engine hypothesis   # hypothesis only

Each input must parse without an exception, serialise to JSON, keep every span
inside the text with ``text[span]`` equal to the record's text, and finish
within ``--timeout`` seconds (a hang or a quadratic blow-up on a small input
is a finding).  Bytes are also handed to :func:`chidao.io.decode`, which may
refuse them only with an :class:`~chidao.errors.InputError`.

atheris (coverage-guided, libFuzzer) starts from the corpus documents cut into
pieces and a dictionary of the markers, header words and phrases the patterns
of chidao are written around.  ``pip install atheris`` installs it where a
wheel exists; its findings go to ``--artifacts`` (default: a temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TOKENS = [
    "CHỈ THỊ", "QUYẾT ĐỊNH", "KẾ HOẠCH", "Số: ", "/CT-UBND", "/QĐ-TTg", "ngày ", " tháng ", " năm ", "Về việc ",
    "Căn cứ ", "Luật ", "Nghị định số ", "I. ", "II. ", "1. ", "1.1. ", "a) ", "đ) ", "- ", "+ ", "* ", "Điều ",
    "Chương ", "Mục ", "Phần thứ ", "PHỤ LỤC", "| STT | Nhiệm vụ | Chủ trì | Thời gian |", "|---|---|", "| 1 | ",
    "Sở Y tế", "UBND tỉnh", "Ủy ban nhân dân", "chủ trì, phối hợp với ", "các sở, ban, ngành", "trước ngày ",
    "31/12/2025", "quý III/2024", "hằng tháng", "đạt ", "%", " tỷ đồng", "trên ", "dưới ", " - ", "Nơi nhận:",
    "TM. ", "KT. ", "CHỦ TỊCH", "[footnoteRef:1]", "[1: ", "]", "**", "# ", "\n", "\n\n", "\t", "\u00a0", "\x00",
    "“", "”", "…", "./.", "Đề nghị ", "Giao ", "theo Quyết định số ", "chậm nhất ", "định kỳ 6 tháng",
]


def check(text: str) -> None:
    """parse() must not raise, and its record must hold together."""
    import chidao

    doc = chidao.parse(text)
    data = json.loads(doc.to_json())
    n = len(doc.text)
    assert data["text"] == doc.text
    for node in doc.iter_nodes():
        assert 0 <= node.span[0] <= node.span[1] <= n, node
    for kind in ("agencies", "deadlines", "targets", "citations", "tasks"):
        for rec in getattr(doc, kind):
            if rec.span is not None:
                s, e = rec.span
                assert 0 <= s <= e <= n and doc.text[s:e] == rec.text, (kind, rec)


def check_bytes(data: bytes) -> None:
    from chidao.errors import InputError
    from chidao.io import decode

    try:
        text, _ = decode(data, name="fuzz")
    except InputError:
        return
    check(text)


def _timed(fn, arg, timeout: float) -> None:
    t = time.perf_counter()
    fn(arg)
    took = time.perf_counter() - t
    if took > timeout:
        raise AssertionError(f"took {took:.1f} s on an input of {len(arg)} characters")


# ------------------------------------------------------------------ atheris


def _dict_entry(token: str) -> str:
    """A libFuzzer dictionary line: printable ASCII as is, other bytes as \\xNN."""
    out = []
    for byte in token.encode("utf-8"):
        c = chr(byte)
        out.append(c if 32 <= byte < 127 and c not in '"\\' else f"\\x{byte:02X}")
    return '"' + "".join(out) + '"'


def run_atheris(seconds: int, timeout: float, artifacts: Path, max_len: int) -> int:
    import atheris

    with atheris.instrument_imports():
        import chidao  # noqa: F401
        import chidao.pipeline

        chidao.pipeline._extractors()

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        if fdp.ConsumeBool():
            _timed(check_bytes, fdp.ConsumeBytes(fdp.remaining_bytes()), timeout)
        else:
            _timed(check, fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), timeout)

    seeds = Path(tempfile.mkdtemp(prefix="chidao-fuzz-seeds-"))
    for i, f in enumerate(sorted((ROOT / "corpus").glob("*.txt"))):
        data = f.read_bytes()
        for k in range(0, len(data), max_len // 2):
            (seeds / f"{i}-{k}").write_bytes(b"\x00" + data[k:k + max_len // 2])  # "\x00": the str path
    dictionary = seeds.parent / (seeds.name + ".dict")
    dictionary.write_text("\n".join(_dict_entry(t) for t in TOKENS) + "\n", encoding="ascii")
    artifacts.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], str(seeds), f"-max_total_time={seconds}", f"-timeout={int(timeout * 3)}",
            f"-max_len={max_len}", f"-dict={dictionary}", f"-artifact_prefix={artifacts}/", "-print_final_stats=1",
            "-rss_limit_mb=4096"]
    print("atheris:", " ".join(argv[1:]), flush=True)
    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


# ------------------------------------------------------------------ hypothesis


def run_hypothesis(seconds: int, timeout: float) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    piece = st.one_of(st.sampled_from(TOKENS), st.text(max_size=40),
                      st.text(alphabet="0123456789./-:%() IVXabcđ", max_size=20))
    documents = st.lists(piece, max_size=200).map("".join)
    deadline = time.monotonic() + seconds
    examples = 0

    @settings(max_examples=10**9, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(documents, st.binary(max_size=2000))
    def fuzz(text: str, data: bytes) -> None:
        nonlocal examples
        if time.monotonic() > deadline:
            raise _Done
        examples += 1
        _timed(check, text, timeout)
        _timed(check_bytes, data, timeout)

    try:
        fuzz()
    except Exception as exc:
        # Time is up: hypothesis may hand the stop back wrapped (replaying the last example once
        # more, it finds the clock past the deadline and calls the test flaky).  Anything else
        # it found is a failure, and goes on up.
        if not _only_done(exc):
            raise
    print(f"hypothesis: {examples} examples in {seconds} s, no failure", flush=True)
    return 0


class _Done(Exception):
    pass


def _only_done(exc: BaseException) -> bool:
    """Is ``exc`` the stop, alone or in a group of stops (hypothesis's FlakyFailure)?"""
    inner = getattr(exc, "exceptions", None)
    if inner is None:
        return isinstance(exc, _Done)
    return all(_only_done(e) for e in inner)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=int, default=660)
    ap.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds one input may take")
    ap.add_argument("--max-len", type=int, default=20_000)
    ap.add_argument("--artifacts", type=Path, default=Path(tempfile.gettempdir()) / "chidao-fuzz-artifacts")
    args = ap.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if engine == "atheris":
        return run_atheris(args.seconds, args.timeout, args.artifacts, args.max_len)
    return run_hypothesis(args.seconds, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
