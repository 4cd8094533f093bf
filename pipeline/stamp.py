"""The record of the last complete run in an output folder, so that a re-run with nothing new writes nothing.

Like ``make``: when every input file has the same bytes as at the last run,
the extractor (code and data) is the same, and every output file still has
the bytes that run wrote, the outputs are current and the datasets and the
audit are not rebuilt.  Any change to an input, to swapscore, or to an
output file (edited, deleted) makes the next run write everything again.
The record lives in ``OUT/.swapscore-cache/last-run.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.cache import CACHE_DIRNAME, extractor_version
from pipeline.process import file_digest
from pipeline.write import atomic_write_bytes
from schemas.datasets import AUDIT, DATASETS

STAMP_NAME = "last-run.json"


def inputs_key(digests: dict[Path, str], audit: bool, unreadable: Iterable[Path] = ()) -> str:
    """One digest of what the outputs depend on: each input's path and bytes (or that it cannot be read),
    the extractor, the audit flag."""
    key = hashlib.sha256(f"{extractor_version()}\naudit={audit}\n".encode())
    for path in sorted(digests):
        key.update(f"{path}\0{digests[path]}\n".encode())
    for path in sorted(unreadable):
        key.update(f"{path}\0unreadable\n".encode())
    return key.hexdigest()


def output_names(audit: bool) -> list[str]:
    names = [d.filename for d in DATASETS] + ["datapackage.json"]
    return names + [AUDIT.filename, "audit.html"] if audit else names


def is_current(out_dir: Path, key: str) -> bool:
    """True when the last run in ``out_dir`` had these inputs and its outputs are untouched."""
    try:
        stamp = json.loads(_path(out_dir).read_text(encoding="utf-8"))
        return stamp["inputs"] == key and all(
            file_digest(out_dir / name) == digest for name, digest in stamp["outputs"].items()
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


def record(out_dir: Path, key: str, audit: bool) -> None:
    """Note that the outputs now in ``out_dir`` were written from the inputs ``key`` stands for."""
    outputs = {name: file_digest(out_dir / name) for name in output_names(audit)}
    text = json.dumps({"inputs": key, "outputs": outputs}, indent=2)
    atomic_write_bytes(_path(out_dir), lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _path(out_dir: Path) -> Path:
    return out_dir / CACHE_DIRNAME / STAMP_NAME
