"""Temporary files live in one folder per run, removed whatever happens; helpers die with their worker."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

import pytest
from faultkit import CORPUS, ROOT, by_name

from swapscore.parsers import ocr
from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.tempfolder import PREFIX, remove_orphans, run_temp_folder
from swapscore.pipeline.workers import Limits

SCAN = CORPUS / "moldova-2019-comprehensive-consultant-scan.pdf"
LEGACY = ROOT / "tests" / "fixtures" / "legacy-kyrgyzstan-2022-annual.doc"


def _tagged(tag: str) -> list[int]:
    """Processes that inherited ``tag``, but for multiprocessing's resource tracker (this test process's)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if tag.encode() in (entry / "environ").read_bytes() and b"resource_tracker" not in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not ocr.available() or not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="needs tesseract and LibreOffice, whose timeouts left files behind")
def test_timed_out_ocr_and_conversion_leave_no_file_and_no_process(tmp_path, monkeypatch):
    base = tmp_path / "tmp"
    base.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(base))
    tag = uuid.uuid4().hex
    monkeypatch.setenv("SWAPSCORE_FAULT_TAG", tag)  # inherited by the workers and the programs they start
    # each program does its work, then lingers: the timeout falls while it runs however fast the machine (an idle
    # one converts the .doc in under a second, inside the limit), with its output written to clean up
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("soffice", "tesseract"):
        real = shutil.which(name) or shutil.which("libreoffice")
        (bin_dir / name).write_text(f'#!/bin/sh\n"{real}" "$@"\nstatus=$?\nsleep 30\nexit $status\n')
        (bin_dir / name).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    out = tmp_path / "out"
    run_batch([SCAN, LEGACY], out, jobs=2, limits=Limits(timeout_s=1.5), audit=False)
    reports = by_name(out)
    assert set(reports.status) == {"failed"} and all(reports.error.str.startswith("failed: timeout"))
    assert list(base.iterdir()) == [], "temporary files outlived the run"
    deadline = time.monotonic() + 5
    while _tagged(tag) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _tagged(tag) == [], [Path(f"/proc/{p}/cmdline").read_bytes()[:120] for p in _tagged(tag)]


def test_the_run_folder_is_removed_on_an_exception_and_orphans_are_swept(tmp_path):
    with pytest.raises(RuntimeError), run_temp_folder(tmp_path) as folder:
        (folder / "page-1.png").write_bytes(b"x")
        raise RuntimeError("the run failed")
    assert not folder.exists()
    dead = tmp_path / f"{PREFIX}{_dead_pid()}-abcd"
    (dead / "worker-1").mkdir(parents=True)
    alive = tmp_path / f"{PREFIX}{os.getpid()}-efgh"
    alive.mkdir()
    assert remove_orphans(tmp_path) == [dead]
    assert alive.exists() and not dead.exists()


def _dead_pid() -> int:
    import subprocess

    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid
