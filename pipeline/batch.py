"""A whole archive in one call: find the files, extract them over processes, write the datasets."""

from __future__ import annotations

import dataclasses
import os
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from pipeline.process import _report, file_digest, process_file
from pipeline.write import write_datasets
from schemas.records import Extraction

SUFFIXES = (".pdf", ".docx")


def discover(inputs: Iterable[Path]) -> list[Path]:
    """Every .pdf and .docx under the given paths (recursively), sorted, each once."""
    found: set[Path] = set()
    for item in inputs:
        if item.is_dir():
            found.update(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif item.is_file():
            found.add(item)
        else:
            raise FileNotFoundError(f"{item}: no such file or folder")
    return sorted(found)


def safe_process(path: Path) -> Extraction:
    """process_file, with a bug in swapscore turned into a failed row naming the file."""
    try:
        return process_file(path)
    except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
        last = traceback.extract_tb(exc.__traceback__)[-1]
        message = (f"{path.name}: internal error {type(exc).__name__}: {exc} "
                   f"(at {Path(last.filename).name}:{last.lineno})")
        report_id = file_digest(path) if path.exists() else ""
        return Extraction(_report(path, report_id, path.suffix.lower().lstrip("."), error=message))


def merge_duplicates(extractions: list[Extraction]) -> list[Extraction]:
    """Files with the same bytes become one report that names the other paths."""
    by_id: dict[str, list[Extraction]] = {}
    for e in sorted(extractions, key=lambda e: e.report.source_path):
        by_id.setdefault(e.report.report_id, []).append(e)
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
    seconds: float


def run_batch(
    files: list[Path],
    out_dir: Path,
    jobs: int | None = None,
    on_done: Callable[[Extraction], None] | None = None,
) -> tuple[list[Extraction], BatchSummary]:
    start = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    results: list[Extraction] = []
    if jobs == 1 or len(files) <= 1:
        for path in files:
            results.append(safe_process(path))
            if on_done:
                on_done(results[-1])
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(safe_process, p) for p in files]
            for future in as_completed(futures):
                results.append(future.result())
                if on_done:
                    on_done(results[-1])
    results = merge_duplicates(results)
    write_datasets(results, out_dir)
    summary = BatchSummary(
        files=len(files),
        statuses=dict(Counter(e.report.status for e in results)),
        indicators=sum(len(e.indicators) for e in results),
        seconds=time.perf_counter() - start,
    )
    return results, summary
