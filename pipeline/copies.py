"""Copies of one report: the PDF, the DOCX and the scan of the same report share a ``report_key``, and one of
them, the most complete extraction, is ``canonical``, so that counts over canonical rows count each report once.

The rule, in order: the copy with the most rows read (indicators, sections, means of verification, supporting
documents, action-plan rows), then ``ok`` before ``partial``, then a text layer before OCR, then a file read
as it is before one converted from .doc, then a PDF before a DOCX (its values have pages), then the first
source path.  A read scorecard whose key is unknown is canonical on its own; a failed or skipped file never is.
"""

from __future__ import annotations

import pyarrow as pa

READ = ("ok", "partial")
COUNTS = ("n_indicators", "n_sections", "n_means_of_verification", "n_supporting_documents", "n_action_rows")


def report_key(row: dict) -> str | None:
    """country|year|report_type, or None when one of them is unknown."""
    parts = (row.get("country"), row.get("year"), row.get("report_type"))
    return None if any(p is None for p in parts) else "|".join(str(p) for p in parts)


def completeness(row: dict) -> tuple:
    """A sort key: the most complete extraction first."""
    rows_read = sum(row.get(c) or 0 for c in COUNTS)
    return (-rows_read, row.get("status") != "ok", bool(row.get("ocr")), row.get("converted_from") is not None,
            row.get("source_format") != "pdf", row.get("source_path") or "")


def canonical_flags(rows: list[dict]) -> tuple[list[str | None], list[bool]]:
    """Each row's report_key and canonical flag (rows in any order)."""
    keys = [report_key(r) if r.get("status") in READ else None for r in rows]
    best: dict[str, int] = {}
    for i, (row, key) in enumerate(zip(rows, keys)):
        if key is not None and (key not in best or completeness(row) < completeness(rows[best[key]])):
            best[key] = i
    chosen = set(best.values())
    flags = [r.get("status") in READ and (keys[i] is None or i in chosen) for i, r in enumerate(rows)]
    return [report_key(r) for r in rows], flags


def mark_copies(reports: pa.Table) -> pa.Table:
    """The reports table with its report_key and canonical columns computed over all its rows."""
    rows = reports.to_pylist()
    keys, flags = canonical_flags(rows)
    for name, values, kind in (("report_key", keys, pa.string()), ("canonical", flags, pa.bool_())):
        index = reports.schema.get_field_index(name)
        reports = reports.set_column(index, reports.schema.field(index), pa.array(values, type=kind))
    return reports
