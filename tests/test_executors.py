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


def test_a_worker_neither_runs_the_callers_script_again_nor_imports_the_audits_libraries(tmp_path):
    """A spawned worker would import the caller's main script (and all it imports) before its first file;
    ours starts without it, and reading a file imports neither pyarrow nor pandas nor spaCy."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    marker = tmp_path / "script-imported-by-a-worker"
    script = tmp_path / "caller.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "if __name__ != '__main__':\n"
        f"    open({str(marker)!r}, 'w').close()\n"
        "from pathlib import Path\n"
        "from swapscore.pipeline.workers import Limits, run_supervised\n"
        "def check(outcome):\n"
        "    print(outcome.extraction.report.status)\n"
        "if __name__ == '__main__':\n"
        "    run_supervised([Path(sys.argv[1])], 1, Limits(), check)\n"
    )
    probe = tmp_path / "probe.py"  # what a worker has imported once it has read a file
    probe.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\n"
        "from swapscore.pipeline.process import load_readers, safe_process\n"
        "load_readers(); safe_process(Path(sys.argv[1]))\n"
        "print(sorted(m for m in ('pyarrow', 'pandas', 'spacy', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, str(script), str(FILES[0])], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["ok"] and not marker.exists()
    imported = subprocess.run([sys.executable, str(probe), str(FILES[0])], capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "[]"
