"""Write Extractions as Parquet datasets and a Frictionless data package, atomically.

Every file is written to a temporary name in the output folder and renamed
into place, so a crash never leaves a half-written dataset; it gets the mode
a plain ``open`` would give it (0666 less the umask), not the temporary
file's 0600.  The datasets of
a run are all written first and renamed one after the other at the end, and
each names its run in its Parquet metadata (``swapscore.run_id``), so a run
killed between two renames leaves a folder that says it is mixed
(``stamp.check_one_run``).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from swapscore.pipeline import __version__
from swapscore.pipeline.atomic import RUN_ID_KEY, atomic_write_bytes, is_temporary, temporary_beside  # noqa: F401 (re-exported)
from swapscore.pipeline.copies import mark_copies
from swapscore.schemas.datasets import (
    ACTION_PLAN,
    AUDIT,
    DATASETS,
    EVIDENCE,
    EXTRA_FILES,
    INDICATORS,
    NOTES,
    PACKAGE_LICENSES,
    PACKAGE_SOURCES,
    REPORTS,
    Dataset,
)
from swapscore.schemas.records import Extraction


def _value(value):
    """A record field as Arrow takes it: tuples as lists, nested records (progress cells) as dicts."""
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: _value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def to_table(dataset: Dataset, records: Iterable) -> pa.Table:
    """One dataset's table, built column by column from records (dataclasses, or dicts) in order."""
    records = list(records)
    columns = {}
    for column in dataset.columns:
        name = column.name
        values = [r.get(name) if isinstance(r, dict) else getattr(r, name, None) for r in records]
        nested = pa.types.is_list(column.arrow) or pa.types.is_struct(column.arrow)
        columns[name] = [_value(v) for v in values] if nested else values
    return pa.Table.from_pydict(columns, schema=dataset.arrow_schema)


def tables_for(extractions: Sequence[Extraction]) -> dict[str, pa.Table]:
    """The four dataset tables for a batch, rows in source-path order."""
    ordered = sorted(extractions, key=lambda e: e.report.source_path)
    return {
        REPORTS.name: to_table(REPORTS, (e.report for e in ordered)),
        INDICATORS.name: to_table(INDICATORS, (r for e in ordered for r in e.indicators)),
        EVIDENCE.name: to_table(EVIDENCE, (r for e in ordered for r in e.evidence)),
        ACTION_PLAN.name: to_table(ACTION_PLAN, (r for e in ordered for r in e.action_plan)),
        NOTES.name: to_table(NOTES, (_numbered(n, i) for e in ordered for i, n in enumerate(e.notes, 1))),
    }


def _numbered(note, seq: int) -> dict:
    return {**dataclasses.asdict(note), "seq": seq}




def write_parquet(table: pa.Table, path: Path, run_id: str | None) -> None:
    """``table`` as Parquet, its run id in the file's metadata."""
    if run_id is not None:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), RUN_ID_KEY.encode(): run_id.encode()})
    pq.write_table(table, path)


def write_datasets(extractions: Sequence[Extraction], out_dir: Path, run_id: str | None = None) -> dict[str, Path]:
    """The datasets of ``extractions`` alone (copies of one report marked), written by ``write_tables``."""
    tables = tables_for(extractions)
    tables[REPORTS.name] = mark_copies(tables[REPORTS.name])
    return write_tables(tables, out_dir, run_id)


def write_tables(tables: dict[str, pa.Table], out_dir: Path, run_id: str | None = None) -> dict[str, Path]:
    """Every dataset written to a temporary file first, then all renamed into place, then the data package."""
    staged: list[tuple[Path, Path]] = []
    try:
        for name, table in tables.items():
            target = out_dir / f"{name}.parquet"
            staged.append((temporary_beside(target), target))
            write_parquet(table, staged[-1][0], run_id)
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    written = {target.stem: target for _, target in staged}
    written["datapackage"] = write_datapackage(out_dir, run_id)
    return written


def write_datapackage(out_dir: Path, run_id: str | None = None) -> Path:
    """datapackage.json describing every dataset present in ``out_dir`` (the audit once it is written), and
    the audit page and the evaluation when they are there."""
    present = [d for d in (*DATASETS, AUDIT) if (out_dir / d.filename).exists()]
    extras = [e for e in EXTRA_FILES if (out_dir / e[1]).exists()]
    package = out_dir / "datapackage.json"
    content = datapackage(present, extras)
    if run_id is not None:
        content["swapscore_run_id"] = run_id
    text = json.dumps(content, indent=2, ensure_ascii=False)
    atomic_write_bytes(package, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return package


def package_run_id(out_dir: Path) -> str | None:
    """The run id ``datapackage.json`` names (None without one)."""
    try:
        return json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8")).get("swapscore_run_id")
    except (OSError, ValueError, AttributeError):
        return None


def datapackage(datasets: Sequence[Dataset] = DATASETS, extras: Sequence[tuple[str, str, str, str]] = ()) -> dict:
    """A Frictionless data package describing every dataset swapscore writes (and the files in ``extras``)."""
    return {
        "profile": "data-package",
        "name": "swapscore-scorecards",
        "title": "UNCT-SWAP Gender Equality Scorecard reports, extracted by swapscore",
        "version": __version__,
        "licenses": [dict(x) for x in PACKAGE_LICENSES],
        "sources": [dict(x) for x in PACKAGE_SOURCES],
        "resources": [_resource(d) for d in datasets] + [_file_resource(*e) for e in extras],
    }


def _file_resource(name: str, filename: str, mediatype: str, description: str) -> dict:
    return {"name": name, "path": filename, "format": filename.rsplit(".", 1)[1], "mediatype": mediatype,
            "description": description}


def _resource(dataset: Dataset) -> dict:
    fields = []
    for column in dataset.columns:
        field: dict = {
            "name": column.name,
            "type": column.frictionless_type,
            "description": column.description,
        }
        constraints = {}
        if column.enum:
            constraints["enum"] = list(column.enum)
        if column.required:
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        if column.missing_values:
            field["missingValues"] = list(column.missing_values)
        fields.append(field)
    schema: dict = {"fields": fields, "primaryKey": list(dataset.primary_key)}
    if dataset.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(dataset.foreign_keys),
             "reference": {"resource": REPORTS.name, "fields": list(dataset.foreign_keys)}}
        ]
    return {
        "name": dataset.name,
        "path": dataset.filename,
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "description": dataset.description,
        "schema": schema,
    }
