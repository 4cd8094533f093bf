"""Inputs named by URL (``s3://``, ``gs://``, ``https://``, ``file://``...), read through fsspec.

An archive too big for one machine lives in object storage; a worker (a
local one, or a Dask worker on another machine) reads such a file itself:
it copies the bytes into its temporary folder, reads the copy, and the row
keeps the URL as its ``source_path``.  A local path stays a ``Path``; a URL
stays a ``str`` from discovery to the row.  fsspec is an optional extra
(``pip install 'swapscore[remote]'``, plus ``s3fs`` or ``gcsfs`` for those
stores).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from typing import IO
from urllib.parse import urlparse

Source = Path | str  # a local path, or a URL
URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: object) -> bool:
    return isinstance(source, str) and bool(URL.match(source))


def as_source(text: str) -> Source:
    """A command-line input: a URL as it is, anything else as a local path."""
    return text if is_url(text) else Path(text)


def name_of(source: Source) -> str:
    return PurePosixPath(urlparse(source).path).name if is_url(source) else Path(source).name


def suffix_of(source: Source) -> str:
    return PurePosixPath(name_of(source)).suffix.lower()


def _fsspec():
    try:
        import fsspec
    except ImportError as exc:
        raise RuntimeError("inputs given as URLs need fsspec: pip install 'swapscore[remote]'") from exc
    return fsspec


def open_bytes(source: Source) -> IO[bytes]:
    """The source's bytes, for reading (a local file, or a URL through fsspec)."""
    if is_url(source):
        return _fsspec().open(source, "rb").open()
    return Path(source).open("rb")


def discover_url(url: str, suffixes: tuple[str, ...]) -> list[str]:
    """The files with one of ``suffixes`` under the folder ``url`` (recursively), or ``url`` itself when it
    names a file; FileNotFoundError when it names nothing."""
    fs, root = _fsspec().core.url_to_fs(url)
    if not fs.exists(root):
        raise FileNotFoundError(f"{url}: no such file or folder")
    if not fs.isdir(root):
        return [url]
    return sorted(fs.unstrip_protocol(p) if not is_url(p) else p for p in fs.find(root)
                  if PurePosixPath(urlparse(p).path if is_url(p) else p).suffix.lower() in suffixes)


def fetch(url: str) -> Path:
    """A local copy of ``url`` in a new folder under the temporary folder (the run's, in a worker)."""
    folder = Path(tempfile.mkdtemp(prefix="fetched-"))
    target = folder / (name_of(url) or "input")
    with open_bytes(url) as source, target.open("wb") as copy:
        shutil.copyfileobj(source, copy, 1 << 20)
    return target
