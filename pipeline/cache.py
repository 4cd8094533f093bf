"""Results cache: one JSON file per (file content, extractor version), written as each file finishes.

Re-running ``extract`` over an unchanged archive parses nothing again; a run
killed half way leaves the finished files cached, so the next run completes
the archive.  The extractor version is swapscore's version plus a digest of
its own code and data files, so any change to the extractor invalidates the
cache without anyone remembering to bump a number.

An entry is data, never code: JSON holding the key it was stored under (the
SHA-256 of the file's bytes), the extractor version, a SHA-256 of its
content, and the Extraction's fields.  A cache may sit on a shared disk, so
nothing read from it is trusted: an entry that cannot be read, is not the
JSON this module writes, was stored under another key or another extractor,
or whose content does not match its checksum is a miss (and a warning), and
the file is parsed again.  Writing an entry never fails a run either.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import time
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from swapscore.pipeline import __version__
from swapscore.pipeline.atomic import atomic_write_bytes
from swapscore.schemas import records
from swapscore.schemas.records import Extraction

CACHE_DIRNAME = ".swapscore-cache"
ENTRY_SUFFIX = ".json"
FORMAT = "swapscore-cache/1"
_PACKAGES = ("pipeline", "parsers", "schemas")
KEEP = ("last-run.json", "run.lock", "run.lock.owner")  # the output folder's record and lock (pipeline.stamp)


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


class CacheEntryError(ValueError):
    """A cache entry that is not what this module wrote for that key: treated as a miss."""


# --- Extraction <-> plain data -----------------------------------------------------------


def to_data(value):
    """A record as JSON-ready data: dataclasses as dicts of their fields, tuples as lists."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    return value


_SCALARS = {str, int, float, bool, type(None)}


def from_data(kind, data):
    """``data`` checked against the type ``kind`` (a record class, a tuple of records, a scalar) and built.

    Only the record classes of ``schemas.records`` are ever built, with exactly their fields; anything
    else raises CacheEntryError."""
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind):
        if not isinstance(data, dict) or set(data) != {f.name for f in dataclasses.fields(kind)}:
            raise CacheEntryError(f"not a {kind.__name__}: {_short(data)}")
        hints = _hints(kind)
        return kind(**{name: from_data(hints[name], value) for name, value in data.items()})
    if origin is tuple:
        if not isinstance(data, list):
            raise CacheEntryError(f"not a list: {_short(data)}")
        (item,) = {a for a in typing.get_args(kind) if a is not Ellipsis}
        return tuple(from_data(item, v) for v in data)
    if origin in (typing.Union, types.UnionType, typing.Literal):
        options = typing.get_args(kind)
        if origin is typing.Literal:
            if data in options and type(data) in _SCALARS:
                return data
            raise CacheEntryError(f"{_short(data)} is not one of {options}")
        for option in options:
            try:
                return from_data(option, data)
            except CacheEntryError:
                continue
        raise CacheEntryError(f"{_short(data)} is not a {kind}")
    if kind is float and type(data) in (int, float):
        return float(data)
    if kind in _SCALARS and type(data) is kind:
        return data
    raise CacheEntryError(f"{_short(data)} is not a {getattr(kind, '__name__', kind)}")


@cache
def _hints(kind) -> dict:
    return typing.get_type_hints(kind, vars(records))


def _short(data) -> str:
    text = repr(data)
    return text if len(text) <= 60 else text[:57] + "..."


def _checksum(payload: dict) -> str:
    return hashlib.sha256(_canonical(payload)).hexdigest()


def _canonical(data) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_entry(extraction: Extraction) -> bytes:
    payload = to_data(extraction)
    entry = {"format": FORMAT, "key": extraction.report.report_id, "extractor": extractor_version(),
             "sha256": _checksum(payload), "extraction": payload}
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_entry(raw: bytes, key: str) -> Extraction:
    """The Extraction an entry holds, after checking it is one this module wrote for ``key``."""
    try:
        entry = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CacheEntryError(f"not JSON ({type(exc).__name__})") from exc
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        raise CacheEntryError("not a swapscore cache entry")
    if entry.get("key") != key:
        raise CacheEntryError(f"stored under key {str(entry.get('key'))[:12]}..., not this file's")
    if entry.get("extractor") != extractor_version():
        raise CacheEntryError("written by another extractor version")
    payload = entry.get("extraction")
    if entry.get("sha256") != _checksum(payload):
        raise CacheEntryError("its content does not match its checksum (edited or damaged)")
    extraction = from_data(Extraction, payload)
    if extraction.report.report_id != key:
        raise CacheEntryError("it holds the result of another file")
    return extraction


# --- the cache folder -----------------------------------------------------------------------


class ResultCache:
    def __init__(self, root: Path, warn: Callable[[str], None] | None = None) -> None:
        self.root = root
        self.folder = root / extractor_version()
        self.warnings: list[str] = []
        self._warn = warn

    def _path(self, report_id: str) -> Path:
        return self.folder / f"{report_id}{ENTRY_SUFFIX}"

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        if self._warn is not None:
            self._warn(message)

    def has(self, report_id: str) -> bool:
        """Whether an entry is stored for these bytes (not whether it can be trusted: ``get`` checks that)."""
        return bool(report_id) and self._path(report_id).is_file()

    def get(self, report_id: str) -> Extraction | None:
        """The cached extraction of these bytes (labelled with the path it was first read from); None when
        absent, unreadable or not to be trusted (with a warning).  Entries are stored before duplicates are
        merged, so they never carry duplicate paths."""
        path = self._path(report_id)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            self.warn(f"cache entry {path} cannot be read ({type(exc).__name__}: {exc}); parsing the file again")
            return None
        try:
            return decode_entry(raw, report_id)
        except Exception as exc:  # noqa: BLE001 - whatever is wrong with an entry, it is a miss
            self.warn(f"cache entry {path} ignored: {exc}; parsing the file again")
            return None

    def put(self, extraction: Extraction) -> None:
        """Store one result; a cache that cannot be written is a warning, never a failed run."""
        if not extraction.report.report_id:
            return
        data = encode_entry(extraction)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self._path(extraction.report.report_id), lambda tmp: tmp.write_bytes(data))
        except OSError as exc:
            self.warn(f"cannot write to the cache {self.folder} ({type(exc).__name__}: {exc}); results are not cached")


# --- swapscore cache info | prune -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version: str
    entries: int
    bytes: int
    newest: float | None  # modification time of the newest entry
    current: bool


def info(root: Path) -> list[VersionInfo]:
    """One line per extractor version found in the cache folder, the current one marked."""
    current = extractor_version()
    found = []
    for folder in sorted(_children(root)):
        if not folder.is_dir() or folder.is_symlink():
            continue
        entries = [p for p in _children(folder) if p.suffix == ENTRY_SUFFIX and p.is_file()]
        stats = [p.stat() for p in entries]
        found.append(VersionInfo(folder.name, len(entries), sum(s.st_size for s in stats),
                                 max((s.st_mtime for s in stats), default=None), folder.name == current))
    return found


def prune(root: Path, older_than_days: float | None = None) -> tuple[int, int]:
    """Remove the entries of other extractor versions, stray temporary files, anything that is not an
    entry, and (with ``older_than_days``) current entries not written for that long.  (files, bytes) removed."""
    current = extractor_version()
    cutoff = time.time() - older_than_days * 86400 if older_than_days is not None else None
    removed = [0, 0]
    for child in _children(root):
        if child.name in KEEP:
            continue
        if child.name != current or not child.is_dir() or child.is_symlink():
            _remove(child, removed)
            continue
        for entry in _children(child):
            stale = cutoff is not None and entry.lstat().st_mtime < cutoff
            if stale or entry.suffix != ENTRY_SUFFIX or not entry.is_file() or entry.is_symlink():
                _remove(entry, removed)
    return removed[0], removed[1]


def remove_stray_temporaries(root: Path, older_than_s: float = 3600) -> int:
    """Temporary files of entries whose writer died (older than an hour: another run may be writing)."""
    cutoff = time.time() - older_than_s
    removed = [0, 0]
    for folder in (root, *(c for c in _children(root) if c.is_dir() and not c.is_symlink())):
        for child in _children(folder):
            if child.name.startswith(".") and child.name.endswith(".tmp") and child.lstat().st_mtime < cutoff:
                _remove(child, removed)
    return removed[0]


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except (NotADirectoryError, FileNotFoundError):
        return []


def _remove(path: Path, removed: list[int]) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            size = sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
            count = sum(1 for p in path.rglob("*") if not p.is_dir())
            shutil.rmtree(path)
        else:
            size, count = path.lstat().st_size, 1
            os.unlink(path)
    except FileNotFoundError:
        return
    removed[0] += count
    removed[1] += size
