"""Every path found gets a row or a line: unreadable files, folders, broken links, FIFOs, a looping page tree."""

from __future__ import annotations

import os
import shutil

import pytest
from faultkit import GOOD, NOT_ROOT, by_name, cli, copy_good, loop_pdf

from swapscore.pipeline.batch import discover, run_batch
from swapscore.pipeline.workers import Limits


def test_broken_links_fifos_and_a_looping_page_tree_get_failed_rows(tmp_path):
    archive = tmp_path / "archive"
    copy_good(archive)
    (archive / "gone.pdf").symlink_to(archive / "deleted-long-ago.pdf")
    os.mkfifo(archive / "pipe.docx")  # reading it would block for ever: it must never be opened
    (archive / "loop.pdf").write_bytes(loop_pdf())
    found = discover([archive])
    out = tmp_path / "out"
    _, summary = run_batch(found.files, out, jobs=2, limits=Limits(timeout_s=60), audit=False)
    reports = by_name(out)
    assert sorted(reports.index) == sorted(["gone.pdf", "pipe.docx", "loop.pdf", *(g.name for g in GOOD)])
    assert reports.loc["gone.pdf"].status == "failed"
    assert "broken symbolic link" in reports.loc["gone.pdf"].error and "gone.pdf" in reports.loc["gone.pdf"].error
    assert reports.loc["pipe.docx"].status == "failed" and "a FIFO" in reports.loc["pipe.docx"].error
    loop = reports.loc["loop.pdf"]
    assert loop.status == "failed" and "page tree is damaged" in loop.error and "internal error" not in loop.error
    assert set(reports.loc[[g.name for g in GOOD]].status) == {"ok"}
    assert summary.files == 5


def test_a_link_to_a_folder_is_named_in_the_summary(tmp_path):
    archive = tmp_path / "archive"
    copy_good(archive / "real")
    (archive / "alias").symlink_to(archive / "real")
    found = discover([archive])
    assert len(found.files) == 2
    assert any("alias" in line and "not followed" in line for line in found.problems)


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="setpriv (util-linux) drops root's read-anything capability")
def test_an_unreadable_file_and_folder_as_not_root(tmp_path):
    """Without root's power to read anything, a mode-000 file gets a failed row, a mode-000 folder a line
    in the summary, and the good files their rows (it used to end the run with PermissionError)."""
    archive = tmp_path / "archive"
    copy_good(archive)
    locked = archive / "locked.pdf"
    shutil.copy(GOOD[1], locked)
    locked.chmod(0o000)
    closed = archive / "closed"
    closed.mkdir()
    shutil.copy(GOOD[0], closed / "inside.docx")
    closed.chmod(0o000)
    out = tmp_path / "out"
    try:
        run = cli("extract", str(archive), "--out", str(out), "--jobs", "1", prefix=NOT_ROOT)
    finally:
        closed.chmod(0o755)
    assert run.returncode == 1, run.stderr[-2000:]  # a file failed; no traceback
    assert "Traceback" not in run.stderr
    reports = by_name(out)
    assert sorted(reports.index) == sorted(["locked.pdf", *(g.name for g in GOOD)])
    assert reports.loc["locked.pdf"].status == "failed" and "permission denied" in reports.loc["locked.pdf"].error
    assert set(reports.loc[[g.name for g in GOOD]].status) == {"ok"}
    stderr = " ".join(run.stderr.split())
    assert "closed" in stderr and "cannot be listed" in stderr
