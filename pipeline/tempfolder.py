"""One temporary folder per run, always removed: every worker's temporary files (OCR page images,
LibreOffice profiles and conversions) live under it.

The folder is ``swapscore-run-PID-XXXX`` in the system's temporary folder and
is removed when the run ends, however it ends short of SIGKILL.  After a
SIGKILL, the next run removes the folders of runs whose process is gone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "swapscore-run-"


@contextmanager
def run_temp_folder(base: Path | None = None) -> Iterator[Path]:
    base = base or Path(tempfile.gettempdir())
    remove_orphans(base)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_orphans(base: Path) -> list[Path]:
    """Run folders left by runs whose process no longer exists (killed with SIGKILL)."""
    removed = []
    for folder in base.glob(f"{PREFIX}*"):
        pid = _pid(folder.name)
        if pid is not None and pid != os.getpid() and not _alive(pid) and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _pid(name: str) -> int | None:
    try:
        return int(name[len(PREFIX):].split("-", 1)[0])
    except ValueError:
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
