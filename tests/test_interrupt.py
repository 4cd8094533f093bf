"""Ctrl-C stops a run cleanly: no worker tracebacks, the files already read stay cached, the message says how to resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CORPUS, interruptible

FILES = sorted(CORPUS.glob("*.pdf"))[:8]


def _entries(out: Path) -> int:
    return sum(1 for p in (out / ".swapscore-cache").glob("*/*.json"))


def test_ctrl_c_stops_cleanly_keeps_what_was_read_and_resumes(tmp_path: Path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "swapscore.pipeline.cli", "extract", *map(str, FILES), "--out", str(out), "--jobs", "1"]
    # a terminal's Ctrl-C: SIGINT to the whole foreground process group, the workers included
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                           cwd=CORPUS.parent.parent, preexec_fn=interruptible)
    deadline = time.monotonic() + 240
    while _entries(out) < 1 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.1)
    assert run.poll() is None, "the run ended before it could be interrupted"
    os.killpg(run.pid, signal.SIGINT)
    stdout, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert "Run the same command again to resume" in stderr
    read = _entries(out)
    assert 1 <= read < len(FILES)
    assert not (out / "reports.parquet").exists()  # nothing in the folder changed
    resumed = subprocess.run([*command, "--json", "--quiet"], capture_output=True, text=True, timeout=600,
                             cwd=CORPUS.parent.parent)
    summary = json.loads(resumed.stdout)
    assert summary["cached"] >= read and summary["parsed"] == len(FILES) - summary["cached"]
    assert summary["files"] == len(FILES)
