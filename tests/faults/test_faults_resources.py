"""Failures of the run's resources are classified by type, reported, and never cached; signals are crashes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from faultkit import GOOD
from lxml import etree

from swapscore.parsers import docx as docx_parser
from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.cache import CACHE_DIRNAME
from swapscore.pipeline.process import safe_process
from swapscore.pipeline.workers import Limits, run_supervised


def _no_memory(*_args, **_kwargs):
    """What lxml raises when libxml2 cannot allocate: an XMLSyntaxError 'unknown error', code ERR_NO_MEMORY."""
    raise etree.XMLSyntaxError("unknown error", etree.ErrorTypes.ERR_NO_MEMORY, 0, 0)


def test_libxml2_out_of_memory_is_a_memory_failure_not_a_bad_docx(monkeypatch):
    monkeypatch.setattr(docx_parser.docx, "Document", _no_memory)
    outcome = safe_process(GOOD[0], memory_mb=150)
    report = outcome.extraction.report
    assert report.error.startswith("failed: memory") and "150 MB" in report.error
    assert "not a readable DOCX" not in report.error
    assert outcome.cacheable is False


def test_a_real_syntax_error_is_still_a_bad_docx(monkeypatch):
    def broken(*_args, **_kwargs):
        raise etree.XMLSyntaxError("StartTag: invalid element name", etree.ErrorTypes.ERR_NAME_REQUIRED, 1, 2)

    monkeypatch.setattr(docx_parser.docx, "Document", broken)
    outcome = safe_process(GOOD[0])
    assert "not a readable DOCX" in outcome.extraction.report.error and outcome.cacheable is True


def test_a_full_disk_is_not_cached(monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_parser.docx, "Document", full)
    outcome = safe_process(GOOD[0])
    assert outcome.extraction.report.error.startswith("failed: resources") and "ENOSPC" in outcome.extraction.report.error
    assert outcome.cacheable is False


def _slow_docx(path: Path) -> Path:
    from tests.test_robustness import _huge_docx

    _huge_docx(path, paragraphs=150_000)
    return path


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGSEGV])
def test_a_worker_killed_by_a_signal_is_a_crash_not_memory(sig, tmp_path):
    slow = _slow_docx(tmp_path / "slow.docx")
    outcomes = []

    def kill_the_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not multiprocessing.active_children():
            time.sleep(0.05)
        time.sleep(2.0)  # well into the file
        for child in multiprocessing.active_children():
            os.kill(child.pid, sig)

    killer = threading.Thread(target=kill_the_worker)
    killer.start()
    run_supervised([slow], 1, Limits(timeout_s=120, memory_mb=4096), outcomes.append)
    killer.join()
    (outcome,) = outcomes
    error = outcome.extraction.report.error
    assert error.startswith(f"failed: crashed (signal {int(sig)})") and "slow.docx" in error and "memory" not in error
    assert outcome.cacheable is False


def test_a_memory_failure_is_not_cached_and_a_rerun_with_more_memory_reads_the_file(tmp_path, monkeypatch):
    from tests.test_robustness import _huge_docx

    big = tmp_path / "big.docx"
    _huge_docx(big, paragraphs=50, words=10_000)  # about 4 MB of XML: parsing needs far more than 30 MB
    monkeypatch.setenv("SWAPSCORE_DOCX_MAX_XML_MB", "512")
    out = tmp_path / "out"
    _, first = run_batch([big, GOOD[0]], out, jobs=1, limits=Limits(timeout_s=120, memory_mb=30), audit=False)
    assert first.statuses.get("failed") == 1
    entries = {p.stem for p in (out / CACHE_DIRNAME).glob("*/*.json")}
    assert len(entries) == 1  # the good file only
    _, again = run_batch([big, GOOD[0]], out, jobs=1, limits=Limits(timeout_s=120, memory_mb=4096), audit=False)
    assert (again.parsed, again.cached) == (1, 1)
    assert "failed" not in again.statuses
