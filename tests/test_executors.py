"""The same extraction on a Dask cluster gives the same datasets as the local run, whatever the number of jobs."""

from __future__ import annotations

from pathlib import Path

import pytest

from swapscore.pipeline.batch import run_batch
from tests.conftest import CORPUS

FILES = sorted(CORPUS / n for n in ("kyrgyzstan-2020-comprehensive.pdf", "kyrgyzstan-2021-annual.pdf",
                                    "kyrgyzstan-2022-annual.docx", "un-swap-entity-report.docx",
                                    "tajikistan-2022-annual-inconsistent.pdf"))
DATASETS = ("reports", "indicators", "evidence", "action_plan", "notes", "audit")


def _bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.parquet").read_bytes() for name in DATASETS}


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local")
    run_batch(FILES, out, jobs=2)
    return _bytes(out)


def test_one_job_writes_the_same_datasets_as_two(local, tmp_path):
    run_batch(list(reversed(FILES)), tmp_path, jobs=1)
    assert _bytes(tmp_path) == local


def test_a_dask_local_cluster_writes_the_same_datasets(local, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        run_batch(FILES, tmp_path, scheduler=cluster.scheduler_address)
    assert _bytes(tmp_path) == local
