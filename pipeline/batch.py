"""A whole archive in one call: find the files, extract them (cached, supervised, in parallel), write the datasets."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from swapscore.pipeline import stamp
from swapscore.pipeline.cache import CACHE_DIRNAME, ResultCache
from swapscore.pipeline.cache import remove_stray_temporaries as remove_cache_temporaries
from swapscore.pipeline.process import Outcome, check_regular, file_digest, unreadable
from swapscore.pipeline.sources import Source, discover_url, is_url, open_bytes, suffix_of
from swapscore.pipeline.tempfolder import run_temp_folder
from swapscore.pipeline.workers import Limits
from swapscore.schemas.records import Extraction

SUFFIXES = (".pdf", ".docx", ".doc")


@dataclass(frozen=True, slots=True)
class Found:
    """What discovery found: every path with a report's extension (readable or not: each gets a row), and a
    line for each path that cannot hold one (a folder that cannot be listed, a link to a folder)."""

    files: list[Source]
    problems: list[str]


def discover(inputs: Iterable[Source]) -> Found:
    """Every .pdf, .docx and .doc under the given paths or URLs (recursively), sorted, each once.  A file
    named directly is taken whatever its extension; a named path that does not exist raises
    FileNotFoundError."""
    files: set[Source] = set()
    problems: list[str] = []
    for item in inputs:
        if is_url(item):
            files.update(discover_url(item, SUFFIXES))
        elif item.is_dir():
            _walk(item, files, problems)
        elif os.path.lexists(item):
            files.add(item)  # a file, or something unreadable (a broken link, a FIFO): it gets a failed row
        else:
            raise FileNotFoundError(f"{item}: no such file or folder")
    return Found(sorted(files, key=str), problems)


def _walk(folder: Path, files: set[Source], problems: list[str]) -> None:
    def cannot_list(exc: OSError) -> None:
        problems.append(f"{exc.filename}: folder skipped, it cannot be listed ({exc.strerror})")

    for top, dirs, names in os.walk(folder, onerror=cannot_list):
        dirs[:] = sorted(d for d in dirs if d != CACHE_DIRNAME)
        for name in dirs:
            if os.path.islink(os.path.join(top, name)):
                problems.append(f"{os.path.join(top, name)}: a symbolic link to a folder, not followed")
        files.update(Path(top, n) for n in names if Path(n).suffix.lower() in SUFFIXES)


def _named_as_read(report) -> bool:
    read_as = ".doc" if report.converted_from == "doc" else f".{report.source_format}"
    return suffix_of(report.source_path) == read_as


# The format a file's first bytes announce, as the extension it should have.
MAGIC = ((b"%PDF", ".pdf"), (b"PK\x03\x04", ".docx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"), (b"{\\rtf", ".doc"))


def native_first(paths: list[Source]) -> list[Source]:
    """Names of the same bytes, the one whose extension matches the bytes first (then in order): the copy
    that is parsed, so a DOCX that also sits under a .doc name is read as a DOCX, not converted."""
    with open_bytes(paths[0]) as handle:
        head = handle.read(1024)
    native = next((suffix for magic, suffix in MAGIC if head.startswith(magic) or (magic == b"%PDF" and magic in head)), None)
    return sorted(paths, key=lambda p: (suffix_of(p) != native, str(p)))


def digest_all(files: list[Source]) -> tuple[dict[Source, str], list[Extraction]]:
    """The SHA-256 of every readable file, and a failed row for each one that cannot be read."""
    digests: dict[Source, str] = {}
    failed: list[Extraction] = []
    for path in files:
        try:
            if not is_url(path):
                check_regular(path)
            digests[path] = file_digest(path)
        except OSError as exc:
            failed.append(unreadable(path, exc))
    return digests, failed


def merge_duplicates(extractions: list[Extraction]) -> list[Extraction]:
    """Files with the same bytes become one report that names the other paths.  The report takes the name
    whose extension is the format the bytes were read as (a DOCX's .docx over a .doc copy), then the first
    in order."""
    by_id: dict[str, list[Extraction]] = {}
    for e in sorted(extractions, key=lambda e: (not _named_as_read(e.report), e.report.source_path)):
        by_id.setdefault(e.report.report_id or e.report.source_path, []).append(e)
    merged = []
    for group in by_id.values():
        first = group[0]
        if len(group) > 1:
            others = tuple(e.report.source_path for e in group[1:])
            first = dataclasses.replace(first, report=dataclasses.replace(first.report, duplicate_paths=others))
        merged.append(first)
    return merged


@dataclass(frozen=True, slots=True)
class BatchSummary:
    files: int
    statuses: dict[str, int]
    indicators: int
    parsed: int
    cached: int
    seconds: float
    up_to_date: bool = False  # nothing changed since the last run: the outputs were left as they were
    warnings: tuple[str, ...] = ()  # what the run met besides the files' own statuses (the cache's complaints)
    reports: int = 0  # report rows of this run's files: files less the duplicates merged into another's row
    duplicates: int = 0  # files with the bytes of another file of the run, merged into its report row
    kept: int = 0  # report rows of earlier runs kept in the folder
    replaced: int = 0  # report rows of earlier runs replaced by this run's
    gone: tuple[str, ...] = ()  # kept report rows whose source file is gone
    pruned: tuple[str, ...] = ()  # report rows dropped because their source file is gone (--prune)
    findings: tuple[tuple[str, str, int], ...] = ()  # audit findings: (check, severity, count)


def _relabel(extraction: Extraction, path: Source) -> Extraction:
    return dataclasses.replace(extraction, report=dataclasses.replace(extraction.report, source_path=str(path)))


def extract_all(
    files: list[Source],
    *,
    jobs: int | None = None,
    limits: Limits = Limits(),
    cache: ResultCache | None = None,
    force: bool = False,
    on_done: Callable[[Extraction], None] | None = None,
    scheduler: str | None = None,
    digests: dict[Source, str] | None = None,
    tmp_root: Path | None = None,
    on_start: Callable[[Source], None] | None = None,
) -> tuple[list[Extraction], int]:
    """Every file's Extraction (cached ones reused unless ``force``), and how many files came from the cache."""
    notify = on_done or (lambda _: None)
    results: list[Extraction] = []
    if digests is None:
        digests, results = digest_all(files)  # the files that cannot be read are failed at once
        for extraction in results:
            notify(extraction)
    by_digest: dict[str, list[Source]] = {}
    for path in files:
        by_digest.setdefault(digests[path], []).append(path)
    by_digest = {digest: native_first(paths) if len(paths) > 1 else paths for digest, paths in by_digest.items()}
    to_parse: list[Source] = []
    cached = 0
    for digest, paths in by_digest.items():
        hit = None if force or cache is None else cache.get(digest)
        if hit is None:
            to_parse.append(paths[0])
            continue
        results.extend(_relabel(hit, p) for p in paths)
        cached += len(paths)
        for _ in paths:
            notify(hit)
    twins = {str(paths[0]): paths[1:] for paths in by_digest.values()}

    def done(outcome: Outcome) -> None:
        extraction = outcome.extraction
        if cache is not None and outcome.cacheable:
            cache.put(extraction)
        source = extraction.report.source_path
        results.append(extraction)
        results.extend(_relabel(extraction, twin) for twin in twins.get(source, []))
        for _ in (source, *twins.get(source, [])):
            notify(extraction)

    if scheduler:
        from swapscore.pipeline.workers import run_dask

        run_dask(to_parse, scheduler, done)
    elif to_parse:
        from swapscore.pipeline.workers import default_jobs, run_supervised

        run_supervised(to_parse, jobs or default_jobs(), limits, done, tmp_root, on_start)
    return results, cached


def run_batch(
    files: list[Source],
    out_dir: Path,
    jobs: int | None = None,
    on_done: Callable[[Extraction], None] | None = None,
    *,
    limits: Limits = Limits(),
    force: bool = False,
    cache_dir: Path | None = None,
    audit: bool = True,
    scheduler: str | None = None,
    wait: float | None = 0,
    mode: str = "add",
    on_start: Callable[[Source], None] | None = None,
) -> tuple[list[Extraction], BatchSummary]:
    """Extract ``files`` into the datasets of ``out_dir``: locally over ``jobs`` supervised workers, or on
    the Dask cluster at ``scheduler``; rows come out in source-path order either way.  When nothing changed
    since the last run (same input bytes, same extractor, outputs untouched) the outputs are left as they are,
    no cache entry is read, and the Extractions returned hold only their report rows (kept in the record of
    the last run; the other rows are in the datasets of ``out_dir``).

    One run at a time per output folder: another run's lock makes this one wait ``wait`` seconds (None: as
    long as it takes) and then raise OutputBusyError.  Temporary files live in one folder per run, removed
    at the end whatever happens.

    ``mode`` says what becomes of the rows already in ``out_dir``: ``add`` upserts this run's rows by source
    file, ``prune`` also drops the rows of files that are gone, ``replace`` starts afresh (pipeline.upsert).
    ``on_start`` is called with each file a worker starts reading."""
    start = time.perf_counter()
    notify = on_done or (lambda _: None)
    with stamp.locked(out_dir, wait), run_temp_folder() as tmp_root:
        stamp.remove_stray_temporaries(out_dir)
        cache = ResultCache(cache_dir or out_dir / CACHE_DIRNAME)
        remove_cache_temporaries(cache.root)
        digests, unreadable_rows = digest_all(files)
        for extraction in unreadable_rows:
            notify(extraction)
        key = stamp.inputs_key(digests, audit, [e.report.source_path for e in unreadable_rows], mode)
        last = None if force or mode == "prune" else stamp.last_run(out_dir, key)
        if last is not None:
            return _up_to_date(files, digests, unreadable_rows, last, notify, start)
        importing = _import_write_stage(audit)
        results, cached = extract_all(list(digests), jobs=jobs, limits=limits, cache=cache, force=force,
                                      on_done=on_done, scheduler=scheduler, digests=digests, tmp_root=tmp_root,
                                      on_start=on_start)
        importing.join()
        results = merge_duplicates([*results, *unreadable_rows])
        # A file whose result was not cached (a timeout, the memory ceiling, a cache that cannot be written) is
        # read again by the next run: the record then keeps no summary, so that run is never taken as current.
        all_cached = all(cache.has(digest) for digest in set(digests.values()))
        written = write_outputs(results, out_dir, key, audit, [str(f) for f in files], mode, cache, all_cached)
    summary = BatchSummary(
        files=len(files),
        statuses=dict(Counter(e.report.status for e in results)),
        indicators=sum(len(e.indicators) for e in results),
        parsed=len(digests) - cached,
        cached=cached,
        seconds=time.perf_counter() - start,
        warnings=tuple(cache.warnings),
        reports=len(results),
        duplicates=sum(len(e.report.duplicate_paths) for e in results),
        kept=written.kept, replaced=written.replaced, gone=written.gone, pruned=written.pruned,
        findings=written.findings,
    )
    return results, summary


def _import_write_stage(audit: bool) -> threading.Thread:
    """Import what the write stage and the audit use (pyarrow, pandas and spaCy's blank pipeline: one to two
    seconds) in a thread while the workers read the files, rather than after the last file; the caller joins
    it before writing.  A failed import is left for the write stage to raise where it is used."""
    def run() -> None:
        try:
            from swapscore.pipeline import upsert, write  # noqa: F401

            if audit:
                from swapscore.pipeline.audit import checks, html  # noqa: F401
                from swapscore.pipeline.audit.figures import prepare

                prepare()
        except Exception:  # noqa: BLE001, S110 - imported again by the write stage, which reports the error
            pass

    thread = threading.Thread(target=run, name="import-write-stage", daemon=True)
    thread.start()
    return thread


def _up_to_date(files: list[Source], digests: dict[Source, str], unreadable_rows: list[Extraction], last: stamp.LastRun,
                notify: Callable[[Extraction], None], start: float) -> tuple[list[Extraction], BatchSummary]:
    """A run that found its outputs current: nothing is parsed, read from the cache or written.  Its results
    are the report rows the record of the last run keeps (the other rows are in the datasets)."""
    results = [Extraction(report) for report in last.reports]
    unreadable = {e.report.source_path for e in unreadable_rows}
    for extraction in results:
        if extraction.report.source_path not in unreadable:
            for _ in range(1 + len(extraction.report.duplicate_paths)):
                notify(extraction)
    summary = BatchSummary(
        files=len(files),
        statuses=dict(Counter(r.status for r in last.reports)),
        indicators=sum(last.indicators),
        parsed=0,
        cached=len(digests),
        seconds=time.perf_counter() - start,
        up_to_date=True,
        reports=len(results),
        duplicates=sum(len(r.duplicate_paths) for r in last.reports),
        findings=last.findings,
    )
    return results, summary


@dataclass(frozen=True, slots=True)
class Written:
    """What the write stage did with the rows already in the folder, and the audit's finding counts."""

    kept: int = 0
    replaced: int = 0
    gone: tuple[str, ...] = ()
    pruned: tuple[str, ...] = ()
    findings: tuple[tuple[str, str, int], ...] = ()


def write_outputs(results: list[Extraction], out_dir: Path, key: str, audit: bool, inputs: Iterable[str] = (),
                  mode: str = "add", cache: ResultCache | None = None, resumable: bool = True) -> Written:
    """The write stage, in an order a kill at any moment leaves detectable: the record of the last run goes
    first, the datasets (this run's rows upserted into the folder's, all staged, then renamed), the audit,
    and the new record last (with the summary a re-run that writes nothing prints, unless ``resumable`` is
    False: some result was not cached, and the next run must read its file again)."""
    from swapscore.pipeline.upsert import merge
    from swapscore.pipeline.write import tables_for, write_tables

    merged = merge(out_dir, tables_for(results), inputs, mode, cache)
    stamp.forget(out_dir)
    write_tables(merged.tables, out_dir, stamp.run_id(key))
    counts: tuple[tuple[str, str, int], ...] = ()
    if audit:
        from swapscore.pipeline.audit import run_audit

        counted = Counter((f.check_id, f.severity) for f in run_audit(out_dir))
        counts = tuple((check, severity, n) for (check, severity), n in sorted(counted.items()))
    stamp.record(out_dir, key, audit, counts, [(e.report, len(e.indicators)) for e in results] if resumable else None)
    return Written(merged.kept, merged.replaced, merged.gone, merged.pruned, counts)
