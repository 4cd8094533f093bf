"""Audit the consistency of reported ratings: read the datasets, run every check, write the findings.

``swapscore audit OUT_DIR`` (and ``extract`` at its end) writes
``audit.parquet``, ``audit.html`` and refreshes ``datapackage.json``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.audit import html
from pipeline.audit.checks import ALL_CHECKS, AuditData
from pipeline.write import atomic_write_bytes, to_table, write_datapackage, write_parquet
from schemas.datasets import ACTION_PLAN, AUDIT, EVIDENCE, INDICATORS, NOTES, REPORTS
from schemas.framework import default_framework
from schemas.records import Finding


def load(out_dir: Path) -> AuditData:
    def read(dataset) -> pd.DataFrame:
        path = out_dir / dataset.filename
        if not path.exists():
            raise FileNotFoundError(f"{path}: missing; run swapscore extract first")
        return pd.read_parquet(path)

    return AuditData(read(REPORTS), read(INDICATORS), read(EVIDENCE), read(ACTION_PLAN), read(NOTES))


def audit(data: AuditData) -> list[Finding]:
    """Every finding of every check, in a stable order."""
    found = [f for check in ALL_CHECKS for f in check(data)]
    return sorted(found, key=lambda f: (f.report_id, f.pi or "", f.check, f.field, f.message))


def run_audit(out_dir: Path) -> list[Finding]:
    """Audit the datasets of ``out_dir``; refused (MixedRunError) when they come from different runs."""
    from pipeline.stamp import check_one_run

    run_id = check_one_run(out_dir, [d.filename for d in (REPORTS, INDICATORS, EVIDENCE, ACTION_PLAN, NOTES)])
    data = load(out_dir)
    findings = audit(data)
    table = to_table(AUDIT, findings)
    atomic_write_bytes(out_dir / AUDIT.filename, lambda tmp: write_parquet(table, tmp, run_id))
    page = html.render(data.reports, data.indicators, findings, default_framework().codes)
    atomic_write_bytes(out_dir / "audit.html", lambda tmp: tmp.write_text(page, encoding="utf-8"))
    write_datapackage(out_dir, run_id)
    return findings
