"""Results cache: one file per (file content, extractor version), written as each file finishes.

Re-running ``extract`` over an unchanged archive parses nothing again; a run
killed half way leaves the finished files cached, so the next run completes
the archive.  The extractor version is swapscore's version plus a digest of
its own code and data files, so any change to the extractor invalidates the
cache without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import cache
from pathlib import Path

from pipeline import __version__
from pipeline.write import atomic_write_bytes
from schemas.records import Extraction

CACHE_DIRNAME = ".swapscore-cache"
_PACKAGES = ("pipeline", "parsers", "schemas")


@cache
def extractor_version() -> str:
    """swapscore's version and a digest of every source and data file of the extractor."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return f"{__version__}-{digest.hexdigest()[:12]}"


class ResultCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / extractor_version()

    def _path(self, report_id: str) -> Path:
        return self.folder / f"{report_id}.pickle"

    def get(self, report_id: str) -> Extraction | None:
        """The cached extraction of these bytes (labelled with the path it was first read from); None when absent
        or unreadable.  Entries are stored before duplicates are merged, so they never carry duplicate paths."""
        try:
            return pickle.loads(self._path(report_id).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return None

    def put(self, extraction: Extraction) -> None:
        if not extraction.report.report_id:
            return
        data = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self._path(extraction.report.report_id), lambda tmp: tmp.write_bytes(data))
