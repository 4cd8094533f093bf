"""A run killed at any stage (parse, write, audit) by SIGKILL, SIGTERM or SIGINT leaves a folder that is
either the earlier run's, or says it is mixed; workers and temporary files do not outlive it; the next run
repairs the folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from faultkit import CORPUS, ROOT, cli, content

from swapscore.pipeline import stamp
from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.cache import CACHE_DIRNAME
from swapscore.pipeline.process import file_digest
from swapscore.pipeline.workers import Limits
from tests.conftest import interruptible

FIRST = CORPUS / "kyrgyzstan-2022-annual.docx"
SECOND = CORPUS / "kyrgyzstan-2021-annual.pdf"
THIRD = CORPUS / "tajikistan-2022-annual-inconsistent.pdf"
DRIVER = Path(__file__).with_name("killed_run.py")


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> dict:
    """A complete run over all three files (the rows a repaired folder must hold), its cache, and a DOCX
    that keeps a worker busy for minutes."""
    from tests.test_robustness import _huge_docx

    base = tmp_path_factory.mktemp("clean")
    run_batch([FIRST, SECOND, THIRD], base / "out", jobs=2, cache_dir=base / "cache")
    slow = base / "slow.docx"
    _huge_docx(slow, paragraphs=150_000)
    entries = {p.name: p for p in (base / "cache").glob("*/*.json")}
    return {"content": content(base / "out"), "cache": base / "cache", "slow": slow, "entries": entries}


def _workers_tagged(tag: str) -> list[int]:
    """Processes whose environment holds ``tag`` (the killed run's workers inherit it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if tag.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _run_killed(stage: str, signame: str, files: list[Path], out: Path, cache: Path, tmp_base: Path, tag: str):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_base), "SWAPSCORE_FAULT_TAG": tag}
    args = [*map(str, files), "--out", str(out), "--cache-dir", str(cache), "--jobs", "2"]
    log = tmp_base.parent / "killed-run.log"  # a file, not a pipe: an orphaned worker would hold a pipe open
    with log.open("w") as handle:
        run = subprocess.run([sys.executable, str(DRIVER), stage, signame, *args], env=env, stdout=handle,
                             stderr=subprocess.STDOUT, timeout=180, cwd=ROOT, preexec_fn=interruptible)
    return run.returncode, log.read_text()


@pytest.mark.parametrize("signame", ["SIGKILL", "SIGTERM", "SIGINT"])
@pytest.mark.parametrize("stage", ["parse", "write", "audit"])
def test_a_kill_at_any_stage_leaves_a_folder_the_next_run_repairs(stage, signame, clean, tmp_path, monkeypatch):
    out, cache, tmp_base = tmp_path / "out", tmp_path / "cache", tmp_path / "tmp"
    tmp_base.mkdir()
    shutil.copytree(clean["cache"], cache)
    run_batch([FIRST], out, jobs=1, cache_dir=cache)  # the earlier run: one file, from the cache
    earlier = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    files = [FIRST, SECOND, THIRD]
    if stage == "parse":  # two files to parse, one of which keeps its worker busy when the signal comes
        (cache / next(iter(clean["entries"].values())).parent.name / _entry_of(SECOND, clean)).unlink()
        files.append(clean["slow"])
    tag = uuid.uuid4().hex
    returncode, log = _run_killed(stage, signame, files, out, cache, tmp_base, tag)
    assert returncode != 0, log[-1500:]

    deadline = time.monotonic() + 10  # workers die with their parent, even after SIGKILL
    while _workers_tagged(tag) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _workers_tagged(tag), "a worker outlived its parent"
    left = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    if stage == "parse":
        assert left == earlier  # nothing written yet: the earlier outputs stand
    else:
        assert not stamp.is_current(out, "anything"), "a killed run must not leave a record"
    if stage == "write":
        with pytest.raises(stamp.MixedRunError):
            stamp.check_one_run(out)
        refused = cli("audit", str(out))
        assert refused.returncode == 2 and "different runs" in " ".join(refused.stderr.split())
    if signame != "SIGKILL":  # a handled signal cleans up on the way out
        assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
        assert not any(tmp_base.iterdir()), "the run's temporary folder outlived it"
    assert not (out / CACHE_DIRNAME / stamp.LOCK_NAME).exists() or _lock_is_free(out)

    monkeypatch.setattr("tempfile.tempdir", str(tmp_base))
    _, repaired = run_batch([FIRST, SECOND, THIRD], out, jobs=1, cache_dir=cache, limits=Limits(timeout_s=120))
    assert not repaired.up_to_date
    assert content(out) == clean["content"]
    assert stamp.check_one_run(out) is not None
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not any(tmp_base.iterdir()), "the killed run's temporary folder was not swept"
    _, again = run_batch([FIRST, SECOND, THIRD], out, jobs=1, cache_dir=cache)
    assert again.up_to_date


def _entry_of(path: Path, clean: dict) -> str:
    from swapscore.pipeline.process import file_digest

    return f"{file_digest(path)}.json"


def _lock_is_free(out: Path) -> bool:
    with stamp.locked(out, wait=0):
        return True


def test_stray_temporaries_of_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "out"
    run_batch([FIRST], out, jobs=1)
    stray = [out / ".reports.parquet.k1ll3d.tmp", out / CACHE_DIRNAME / ".last-run.json.x.tmp"]
    for path in stray:
        path.write_bytes(b"")
    _, summary = run_batch([FIRST], out, jobs=1)
    assert not any(p.exists() for p in stray)
    assert summary.up_to_date  # the temporaries were not outputs: the folder was current


def test_a_second_run_stops_with_a_clear_message_or_waits_its_turn(clean, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(clean["cache"], cache)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with stamp.locked(out):  # another run holds the folder
        refused = cli("extract", str(FIRST), "--out", str(out), "--cache-dir", str(cache))
        waiting = subprocess.Popen([sys.executable, "-m", "swapscore.pipeline.cli", "extract", str(FIRST), "--out", str(out),
                                    "--cache-dir", str(cache), "--wait"], env=env, cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert waiting.poll() is None  # it cannot have finished: the folder is held
        assert not (out / "reports.parquet").exists()
    assert refused.returncode == 3
    assert f"in use by another swapscore run (pid {os.getpid()}" in " ".join(refused.stderr.split())
    assert waiting.wait(timeout=120) == 0, waiting.stderr.read()[-1500:]
    assert len(content(out)["reports"]) == 1


def test_two_runs_at_once_into_one_folder_leave_one_run_s_files(clean, tmp_path):
    """Two runs over different inputs started together: one waits for the other; the folder ends with
    the files of one run (holding the rows of both: the second adds to the first), which the next run of
    the same inputs finds up to date."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(clean["cache"], cache)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    inputs = {"one": [FIRST], "two": [FIRST, SECOND]}
    runs = {name: subprocess.Popen([sys.executable, "-m", "swapscore.pipeline.cli", "extract", *map(str, files), "--out",
                                    str(out), "--cache-dir", str(cache), "--wait"], env=env, cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for name, files in inputs.items()}
    for name, run in runs.items():
        assert run.wait(timeout=120) == 0, (name, run.stderr.read()[-1500:])
    ids = {stamp.run_id(stamp.inputs_key({p: file_digest(p) for p in files}, True)): name
           for name, files in inputs.items()}
    last = ids[stamp.check_one_run(out)]  # the folder is all of one run, either one
    assert len(content(out)["reports"]) == 2  # the second run added its rows to the first's (FIRST read by both)
    _, again = run_batch(inputs[last], out, jobs=1, cache_dir=cache)
    assert again.up_to_date
