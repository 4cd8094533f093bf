"""Files written whole or not at all: a temporary file beside the target, renamed onto it.

Kept apart from ``pipeline.write`` so that what only needs a small file written (the cache, the record of
the last run) does not import pyarrow.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

RUN_ID_KEY = "swapscore.run_id"  # the Parquet metadata key naming the run that wrote a file


def temporary_beside(path: Path) -> Path:
    """A new empty temporary file beside ``path`` (``.NAME.XXXX.tmp``: see ``is_temporary``), with the mode
    the file itself would get from ``open`` (mkstemp makes it 0600, and the rename would keep that)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
    finally:
        os.close(fd)
    return Path(tmp)


def current_umask() -> int:
    """The process's umask, read without changing it where Linux shows it (/proc), else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def is_temporary(path: Path) -> bool:
    """A temporary file of ``atomic_write_bytes`` (one a killed run may have left behind)."""
    return path.name.startswith(".") and path.name.endswith(".tmp")


def atomic_write_bytes(path: Path, write) -> None:
    """Call ``write(tmp_path)`` then rename the result onto ``path``."""
    tmp = temporary_beside(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
