"""Adding to an output folder: a run's rows are upserted by source file into the datasets already there.

``add`` (the default) keeps every row of earlier runs except those of a file this run read again: a file
read again replaces its rows (whatever its bytes now), a new file adds its own, and a file whose bytes an
earlier row already holds under another name takes that row over (the other name joins its
``duplicate_paths``).  Rows of files that are gone stay, and the run says which (``gone``).  ``prune``
does the same and drops the rows whose source file is gone (a local path that no longer exists; a URL is
never taken for gone).  ``replace`` starts the folder afresh: only this run's rows.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from swapscore.pipeline.copies import mark_copies
from swapscore.pipeline.sources import is_url
from swapscore.pipeline.stamp import IncompatibleOutputError
from swapscore.schemas.datasets import DATASETS, REPORTS, Dataset

MODES = ("add", "prune", "replace")


@dataclass(frozen=True, slots=True)
class Merged:
    """The tables to write, and what happened to the rows already there."""

    tables: dict[str, pa.Table]
    kept: int = 0  # reports of earlier runs kept as they were
    replaced: int = 0  # reports of earlier runs replaced by this run's rows
    gone: tuple[str, ...] = ()  # kept reports whose source file is gone
    pruned: tuple[str, ...] = ()  # reports dropped because their source file is gone


def is_gone(source_path: str) -> bool:
    return not is_url(source_path) and not os.path.lexists(source_path)


def read_existing(out_dir: Path, dataset: Dataset) -> pa.Table | None:
    """A dataset already in ``out_dir``, in this swapscore's columns (a column it lacks is null)."""
    path = out_dir / dataset.filename
    if not path.exists():
        return None
    try:
        table = pq.read_table(path)
        columns = [table.column(c.name) if c.name in table.column_names else pa.nulls(len(table), c.arrow)
                   for c in dataset.columns]
        return pa.Table.from_arrays(columns, schema=dataset.arrow_schema)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise IncompatibleOutputError(f"{path}: cannot add to it ({exc}); start the folder afresh with --replace, "
                                      f"or write to another --out") from exc


def merge(out_dir: Path, new: dict[str, pa.Table], inputs: Iterable[str], mode: str = "add", cache=None) -> Merged:
    """This run's tables ``new`` upserted into the datasets of ``out_dir`` (see the module's docstring).  A
    dataset file that cannot be read has the kept reports' rows rebuilt from ``cache`` (a ResultCache)."""
    if mode not in MODES:
        raise ValueError(f"mode {mode!r}: one of {', '.join(MODES)}")
    old_reports = None if mode == "replace" else read_existing(out_dir, REPORTS)
    if old_reports is None:
        return Merged({**new, REPORTS.name: mark_copies(_ordered(new[REPORTS.name].to_pylist()))})
    inputs = {str(p) for p in inputs}
    fresh = new[REPORTS.name].to_pylist()
    fresh_ids = {r["report_id"] for r in fresh if r["report_id"]}
    kept, absorbed, gone, pruned, replaced = [], {}, [], [], 0
    for row in old_reports.to_pylist():
        if row["source_path"] in inputs:
            replaced += 1
        elif row["report_id"] and row["report_id"] in fresh_ids:
            absorbed.setdefault(row["report_id"], []).extend([row["source_path"], *(row["duplicate_paths"] or [])])
            replaced += 1
        elif mode == "prune" and is_gone(row["source_path"]):
            pruned.append(row["source_path"])
        else:
            row["duplicate_paths"] = [p for p in row["duplicate_paths"] or [] if p not in inputs]
            kept.append(row)
            if is_gone(row["source_path"]):
                gone.append(row["source_path"])
    for row in fresh:
        others = [p for p in absorbed.get(row["report_id"], []) if p not in inputs and p != row["source_path"]]
        row["duplicate_paths"] = sorted({*(row["duplicate_paths"] or []), *others})
    reports = mark_copies(_ordered(kept + fresh))
    rank = {rid: i for i, rid in enumerate(reports.column("report_id").to_pylist())}
    kept_ids = pa.array(sorted({r["report_id"] for r in kept if r["report_id"]}), pa.string())
    tables = {REPORTS.name: reports}
    for dataset in DATASETS:
        if dataset is REPORTS:
            continue
        old = _kept_rows(out_dir, dataset, kept_ids, cache) if len(kept_ids) else None
        parts = [new[dataset.name]] if old is None else [old, new[dataset.name]]
        tables[dataset.name] = _by_report(pa.concat_tables(parts), rank)
    return Merged(tables, len(kept), replaced, tuple(gone), tuple(pruned))


def _kept_rows(out_dir: Path, dataset: Dataset, kept_ids: pa.Array, cache) -> pa.Table | None:
    """The rows of the kept reports in one dataset: read from the folder, or, when its file cannot be read
    (edited, truncated), rebuilt from the results cache; IncompatibleOutputError when neither can be done."""
    try:
        old = read_existing(out_dir, dataset)
    except IncompatibleOutputError:
        extractions = [cache.get(rid) for rid in kept_ids.to_pylist()] if cache is not None else [None]
        if any(e is None for e in extractions):
            raise
        from swapscore.pipeline.write import tables_for

        return tables_for(extractions)[dataset.name]
    return None if old is None else old.filter(pc.is_in(old.column("report_id"), value_set=kept_ids))


def _ordered(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(sorted(rows, key=lambda r: r["source_path"]), schema=REPORTS.arrow_schema)


def _by_report(table: pa.Table, rank: dict[str, int]) -> pa.Table:
    """Rows in their report's order (source path), each report's rows in the order they had."""
    ids = table.column("report_id").to_pylist()
    order = sorted(range(len(ids)), key=lambda i: (rank.get(ids[i], len(rank)), i))
    return table.take(pa.array(order, pa.int64()))
