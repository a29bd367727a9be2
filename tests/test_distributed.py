"""chidao.convert_many with any concurrent.futures.Executor: a process pool, threads, Dask."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import chidao


def _summary(results):
    return [(r.source.name, r.ok, r.counts.get("nodes"), r.error) for r in results]


@pytest.fixture
def inputs(tmp_path, corpus_dir, directive):
    """Three corpus documents, a directive, and a file that fails."""
    broken = tmp_path / "hong.txt"
    broken.write_bytes(b"%PDF-1.4 renamed")
    typed = tmp_path / "chi-thi.txt"
    typed.write_text(directive, encoding="utf-8")
    return [*sorted(corpus_dir.glob("*.txt"))[:3], broken, typed]


def test_default_process_pool_keeps_input_order(inputs):
    results = list(chidao.convert_many(inputs, workers=2))
    assert [r.source for r in results] == inputs
    assert [r.ok for r in results] == [True, True, True, False, True]
    assert results[3].error == "binary file (a PDF document)"
    doc = results[4].document()
    assert doc.meta.number == "05/CT-UBND"


def test_any_executor_same_results(inputs):
    serial = list(chidao.convert_many(inputs, workers=1))
    with ThreadPoolExecutor(max_workers=3) as pool:
        threaded = list(chidao.convert_many(inputs, executor=pool))
    assert _summary(threaded) == _summary(serial)
    assert [r.json for r in threaded] == [r.json for r in serial]


def test_executor_writes_files(inputs, tmp_path):
    out = tmp_path / "out"
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(chidao.convert_many(inputs, out_dir=out, executor=pool))
    written = sorted(p.name for p in out.glob("*.json"))
    assert written == sorted(r.output.name for r in results if r.ok)
    assert json.loads((out / "chi-thi.json").read_text(encoding="utf-8"))["meta"]["number"] == "05/CT-UBND"


def test_dask_local_cluster(inputs):
    distributed = pytest.importorskip("distributed", reason="Dask is not installed: pip install 'chidao[dask]'")
    serial = _summary(chidao.convert_many(inputs, workers=1))
    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1,
                            dashboard_address=None) as client:
        results = list(chidao.convert_many(inputs, executor=client.get_executor()))
    assert _summary(results) == serial
    assert results[0].document().text


def test_dask_worker_processes(inputs):
    """Workers in other processes, as on a cluster: jobs and results travel pickled."""
    distributed = pytest.importorskip("distributed", reason="Dask is not installed: pip install 'chidao[dask]'")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        results = list(chidao.convert_many(inputs[-2:], executor=client.get_executor()))
    assert [r.ok for r in results] == [False, True]
    assert results[1].document().meta.number == "05/CT-UBND"
