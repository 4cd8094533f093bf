"""Helpers of the fault suite: small good inputs, crafted bad ones, and reading what a run left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "documents"
GOOD = [CORPUS / "kyrgyzstan-2022-annual.docx", CORPUS / "kyrgyzstan-2021-annual.pdf"]
DATASETS = ("reports", "indicators", "evidence", "action_plan", "notes")


def copy_good(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(g, folder)) for g in GOOD]


def rows(out: Path, name: str = "reports") -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def by_name(out: Path) -> pd.DataFrame:
    """reports.parquet indexed by file name."""
    frame = rows(out)
    return frame.set_index(frame.source_path.map(lambda p: Path(p).name))


def content(out: Path) -> dict[str, list]:
    """Every dataset's rows (paths left out), to compare two runs."""
    found = {}
    for name in DATASETS:
        frame = rows(out, name).drop(columns=["source_path"], errors="ignore")
        found[name] = sorted(map(repr, frame.to_dict("records")))
    return found


# Root reads every file whatever its mode; without these two capabilities it is held to the mode bits
# like any user (``setpriv``, util-linux), which is how the suite makes a file unreadable as root.
NOT_ROOT = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def cli(*args: str, cwd: Path | None = None, timeout: float = 300, env: dict | None = None,
        prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """``swapscore ARGS`` in a fresh interpreter (behind ``prefix``, e.g. NOT_ROOT)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([*(prefix or []), sys.executable, "-m", "swapscore.pipeline.cli", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=timeout, env=environment)


def loop_pdf(kids: str = "[5 0 R 3 0 R]") -> bytes:
    """A one-page PDF without text whose page tree loops back on itself (pdfminer reads one page; pdfium
    cannot load the pages it counts)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids " + kids.encode() + b" /Count 3 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
    ]
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
