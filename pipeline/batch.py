"""A whole archive in one call: find the files, extract them (cached, supervised, in parallel), write the datasets."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline import stamp
from pipeline.audit import run_audit
from pipeline.cache import CACHE_DIRNAME, ResultCache
from pipeline.process import file_digest
from pipeline.workers import TRANSIENT, Limits, default_jobs, run_dask, run_supervised
from pipeline.write import write_datasets
from schemas.records import Extraction

SUFFIXES = (".pdf", ".docx", ".doc")


def discover(inputs: Iterable[Path]) -> list[Path]:
    """Every .pdf, .docx and .doc under the given paths (recursively), sorted, each once."""
    found: set[Path] = set()
    for item in inputs:
        if item.is_dir():
            found.update(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                         and CACHE_DIRNAME not in p.parts)
        elif item.is_file():
            found.add(item)
        else:
            raise FileNotFoundError(f"{item}: no such file or folder")
    return sorted(found)


def merge_duplicates(extractions: list[Extraction]) -> list[Extraction]:
    """Files with the same bytes become one report that names the other paths."""
    by_id: dict[str, list[Extraction]] = {}
    for e in sorted(extractions, key=lambda e: e.report.source_path):
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


def _relabel(extraction: Extraction, path: Path) -> Extraction:
    return dataclasses.replace(extraction, report=dataclasses.replace(extraction.report, source_path=str(path)))


def extract_all(
    files: list[Path],
    *,
    jobs: int | None = None,
    limits: Limits = Limits(),
    cache: ResultCache | None = None,
    force: bool = False,
    on_done: Callable[[Extraction], None] | None = None,
    scheduler: str | None = None,
    digests: dict[Path, str] | None = None,
) -> tuple[list[Extraction], int]:
    """Every file's Extraction (cached ones reused unless ``force``), and how many files came from the cache."""
    notify = on_done or (lambda _: None)
    digests = digests or {path: file_digest(path) for path in files}
    by_digest: dict[str, list[Path]] = {}
    for path in files:
        by_digest.setdefault(digests[path], []).append(path)
    results: list[Extraction] = []
    to_parse: list[Path] = []
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
    twins = {paths[0]: paths[1:] for paths in by_digest.values()}

    def done(extraction: Extraction) -> None:
        error = extraction.report.error or ""
        if cache is not None and not error.startswith(TRANSIENT):
            cache.put(extraction)
        source = Path(extraction.report.source_path)
        results.append(extraction)
        results.extend(_relabel(extraction, twin) for twin in twins.get(source, []))
        for _ in (source, *twins.get(source, [])):
            notify(extraction)

    if scheduler:
        run_dask(to_parse, scheduler, done)
    else:
        run_supervised(to_parse, jobs or default_jobs(), limits, done)
    return results, cached


def run_batch(
    files: list[Path],
    out_dir: Path,
    jobs: int | None = None,
    on_done: Callable[[Extraction], None] | None = None,
    *,
    limits: Limits = Limits(),
    force: bool = False,
    cache_dir: Path | None = None,
    audit: bool = True,
    scheduler: str | None = None,
) -> tuple[list[Extraction], BatchSummary]:
    """Extract ``files`` into the datasets of ``out_dir``: locally over ``jobs`` supervised workers, or on
    the Dask cluster at ``scheduler``; rows come out in source-path order either way.  When nothing changed
    since the last run (same input bytes, same extractor, outputs untouched) the outputs are left as they are."""
    start = time.perf_counter()
    cache = ResultCache(cache_dir or out_dir / CACHE_DIRNAME)
    digests = {path: file_digest(path) for path in files}
    results, cached = extract_all(files, jobs=jobs, limits=limits, cache=cache, force=force, on_done=on_done,
                                  scheduler=scheduler, digests=digests)
    results = merge_duplicates(results)
    key = stamp.inputs_key(digests, audit)
    up_to_date = not force and cached == len(files) and stamp.is_current(out_dir, key)
    if not up_to_date:
        write_datasets(results, out_dir)
        if audit:
            run_audit(out_dir)
        stamp.record(out_dir, key, audit)
    summary = BatchSummary(
        files=len(files),
        statuses=dict(Counter(e.report.status for e in results)),
        indicators=sum(len(e.indicators) for e in results),
        parsed=len(files) - cached,
        cached=cached,
        seconds=time.perf_counter() - start,
        up_to_date=up_to_date,
    )
    return results, summary
