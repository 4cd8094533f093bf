"""The output folder's runs: one at a time (a lock), every file marked with its run, and the record of the
last complete run, so that a re-run with nothing new writes nothing.

Like ``make``: when every input file has the same bytes as at the last run,
the extractor (code and data) is the same, and every output file still has
the bytes that run wrote, the outputs are current and the datasets and the
audit are not rebuilt.  Any change to an input, to swapscore, or to an
output file (edited, deleted) makes the next run write everything again.
The record lives in ``OUT/.swapscore-cache/last-run.json``; it is removed
before a run writes anything and written again last, so a run killed while
writing leaves no record and the next run writes everything again.  It also
keeps what the run's summary needs (each report row and its number of
indicators, the audit's finding counts), so a re-run that finds the outputs
current prints its summary without opening a cache entry or a dataset.

Every Parquet file of a run carries the run's id in its metadata
(``swapscore.run_id``, a digest of the inputs, the extractor and the audit
flag: two runs of the same inputs write the same bytes), and so does
``datapackage.json``.  A folder whose files name different runs (a run
killed between two renames) is refused by the up-to-date check and the
audit, and repaired by the next ``extract``.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from swapscore.pipeline.atomic import RUN_ID_KEY, atomic_write_bytes, is_temporary
from swapscore.pipeline.cache import CACHE_DIRNAME, CacheEntryError, extractor_version, from_data, to_data
from swapscore.pipeline.process import file_digest
from swapscore.schemas.records import ReportRecord

STAMP_NAME = "last-run.json"
LOCK_NAME = "run.lock"  # in OUT/.swapscore-cache/, beside the record: never among the outputs
OWNER_NAME = "run.lock.owner"


class OutputBusyError(RuntimeError):
    """Another swapscore run holds the output folder."""


class MixedRunError(ValueError):
    """The files of an output folder come from different runs."""


class IncompatibleOutputError(ValueError):
    """The output folder holds datasets a run cannot add its rows to (another layout of columns)."""


def inputs_key(digests: dict[Path | str, str], audit: bool, unreadable: Iterable[Path | str] = (), mode: str = "add") -> str:
    """One digest of what the outputs depend on: each input's path and bytes (or that it cannot be read),
    the extractor, the audit flag, and what the run does with the rows already there (add or replace)."""
    key = hashlib.sha256(f"{extractor_version()}\naudit={audit}\nmode={mode}\n".encode())
    for path in sorted(digests, key=str):
        key.update(f"{path}\0{digests[path]}\n".encode())
    for path in sorted(unreadable, key=str):
        key.update(f"{path}\0unreadable\n".encode())
    return key.hexdigest()


def run_id(key: str) -> str:
    """The id a run writes into every file: the first 32 hex digits of its inputs key."""
    return key[:32]


def output_names(audit: bool) -> list[str]:
    from swapscore.schemas.datasets import AUDIT, DATASETS

    names = [d.filename for d in DATASETS] + ["datapackage.json"]
    return names + [AUDIT.filename, "audit.html"] if audit else names


# --- one run at a time ------------------------------------------------------------------------


@contextmanager
def locked(out_dir: Path, wait: float | None = 0) -> Iterator[None]:
    """Hold the output folder for one run.  ``wait``: seconds to wait for another run to finish (0: stop at
    once, None: wait as long as it takes); OutputBusyError names the run that holds it."""
    folder = out_dir / CACHE_DIRNAME
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(folder / LOCK_NAME)
    try:
        lock.acquire(timeout=-1 if wait is None else wait)
    except Timeout as exc:
        raise OutputBusyError(f"{out_dir} is in use by another swapscore run ({_owner(out_dir)}); wait for it "
                              f"to finish (extract --wait) or write to another --out") from exc
    try:
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.strftime("%Y-%m-%d %H:%M:%S")}
        (folder / OWNER_NAME).write_text(json.dumps(owner), encoding="utf-8")
        yield
    finally:
        lock.release()


def _owner(out_dir: Path) -> str:
    try:
        owner = json.loads((out_dir / CACHE_DIRNAME / OWNER_NAME).read_text(encoding="utf-8"))
        return f"pid {owner['pid']} on {owner['host']}, since {owner['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "owner unknown"


def remove_stray_temporaries(out_dir: Path) -> list[Path]:
    """Temporary files a killed run left in the output folder (call with the folder's lock held)."""
    removed = []
    for folder in (out_dir, out_dir / CACHE_DIRNAME):
        for path in folder.glob(".*.tmp") if folder.is_dir() else ():
            if is_temporary(path) and not path.is_dir():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


# --- which run wrote the files -----------------------------------------------------------------


def run_ids(out_dir: Path, names: Iterable[str]) -> dict[str, str | None]:
    """The run id each present Parquet or JSON file names (None for one without); absent files and the
    other formats (audit.html) are left out."""
    found = {}
    for name in names:
        path = out_dir / name
        if not path.exists() or path.suffix not in (".parquet", ".json"):
            continue
        found[name] = _file_run_id(path)
    return found


def _file_run_id(path: Path) -> str | None:
    import pyarrow.parquet as pq

    try:
        if path.suffix == ".parquet":
            metadata = pq.read_schema(path).metadata or {}
            value = metadata.get(RUN_ID_KEY.encode())
            return value.decode() if value else None
        if path.suffix == ".json":
            return json.loads(path.read_text(encoding="utf-8")).get("swapscore_run_id")
    except (OSError, ValueError, AttributeError, UnicodeDecodeError) as exc:
        return f"unreadable ({type(exc).__name__})"
    return None


def check_one_run(out_dir: Path, names: Iterable[str] | None = None) -> str | None:
    """The run id the files of ``out_dir`` share; MixedRunError naming them when they name different runs."""
    from swapscore.schemas.datasets import AUDIT, DATASETS

    ids = run_ids(out_dir, names if names is not None else [d.filename for d in (*DATASETS, AUDIT)] + ["datapackage.json"])
    distinct = set(ids.values())
    if len(distinct) > 1:
        listing = ", ".join(f"{name} from run {rid or 'unmarked'}" for name, rid in sorted(ids.items()))
        raise MixedRunError(f"{out_dir} holds files of different runs ({listing}), as a run killed while "
                            f"writing leaves it; run swapscore extract again to repair it")
    return distinct.pop() if distinct else None


# --- the record of the last complete run ---------------------------------------------------------


def is_current(out_dir: Path, key: str) -> bool:
    """True when the last run in ``out_dir`` had these inputs and its outputs are untouched: each with the
    bytes that run wrote (so all of one run, the record being written after the last of them)."""
    return _current_record(out_dir, key) is not None


@dataclass(frozen=True, slots=True)
class LastRun:
    """What the record of a current folder keeps for the summary of a run that writes nothing."""

    reports: tuple[ReportRecord, ...]  # the run's report rows, duplicates merged, in the order written
    indicators: tuple[int, ...]  # each report's number of indicator rows
    findings: tuple[tuple[str, str, int], ...]  # audit finding counts (check, severity, count)


def last_run(out_dir: Path, key: str) -> LastRun | None:
    """The summary the record keeps when the outputs are current for ``key``; None when they are not, or the
    record predates the summary or does not hold it in the shape this module writes (the run then writes
    everything again)."""
    stamp = _current_record(out_dir, key)
    if stamp is None:
        return None
    try:
        rows = stamp["reports"]
        reports = tuple(from_data(ReportRecord, row["report"]) for row in rows)
        indicators = tuple(row["indicators"] for row in rows)
        if not all(type(n) is int for n in indicators):
            return None
        return LastRun(reports, indicators, _findings(stamp))
    except (CacheEntryError, KeyError, TypeError, ValueError):
        return None


def _current_record(out_dir: Path, key: str) -> dict | None:
    try:
        stamp = json.loads(_path(out_dir).read_text(encoding="utf-8"))
        current = stamp["inputs"] == key and bool(stamp["outputs"]) and all(
            file_digest(out_dir / name) == digest for name, digest in stamp["outputs"].items()
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return stamp if current else None


def findings(out_dir: Path) -> tuple[tuple[str, str, int], ...]:
    """The audit finding counts (check, severity, count) the record of the last run keeps."""
    try:
        return _findings(json.loads(_path(out_dir).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, AttributeError):
        return ()


def _findings(stamp: dict) -> tuple[tuple[str, str, int], ...]:
    return tuple((str(c), str(s), int(n)) for c, s, n in stamp.get("findings", []))


def forget(out_dir: Path) -> None:
    """Remove the record before writing: a run killed from here on leaves a folder the next run rewrites."""
    _path(out_dir).unlink(missing_ok=True)


def record(out_dir: Path, key: str, audit: bool, counts: Iterable[tuple[str, str, int]] = (),
           reports: Iterable[tuple[ReportRecord, int]] | None = None) -> None:
    """Note that the outputs now in ``out_dir`` were written from the inputs ``key`` stands for, with what
    a re-run that writes nothing prints: the audit's finding counts, and the run's report rows each with its
    number of indicator rows.  Without ``reports`` the record says the outputs are current (``is_current``)
    but holds no summary, so the next run does not skip its work (``last_run`` is None)."""
    outputs = {name: file_digest(out_dir / name) for name in output_names(audit)}
    record = {"inputs": key, "run_id": run_id(key), "outputs": outputs, "findings": [list(c) for c in counts]}
    if reports is not None:
        record["reports"] = [{"report": to_data(report), "indicators": n} for report, n in reports]
    text = json.dumps(record, indent=2)
    atomic_write_bytes(_path(out_dir), lambda tmp: tmp.write_text(text, encoding="utf-8"))


def refresh(out_dir: Path, name: str) -> None:
    """After a command changed one output file on purpose (evaluate lists evaluation.json in the data
    package), record its new bytes, so the next run with the same inputs still finds the folder current."""
    try:
        stamp = json.loads(_path(out_dir).read_text(encoding="utf-8"))
        if name not in stamp["outputs"]:
            return
        stamp["outputs"][name] = file_digest(out_dir / name)
    except (OSError, ValueError, KeyError, TypeError):
        return
    text = json.dumps(stamp, indent=2)
    atomic_write_bytes(_path(out_dir), lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _path(out_dir: Path) -> Path:
    return out_dir / CACHE_DIRNAME / STAMP_NAME
