"""Audit the consistency of reported ratings: read the datasets, run every check, write the findings.

``swapscore audit OUT_DIR`` (and ``extract`` at its end) writes
``audit.parquet``, ``audit.html`` and refreshes ``datapackage.json``.
pandas and the checks (spaCy) are imported when an audit runs, not with the package.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from swapscore.pipeline.sources import is_url

if TYPE_CHECKING:
    from swapscore.pipeline.audit.checks import AuditData
    from swapscore.schemas.records import Finding


def load(out_dir: Path) -> AuditData:
    import pandas as pd

    from swapscore.pipeline.audit.checks import AuditData
    from swapscore.schemas.datasets import ACTION_PLAN, EVIDENCE, INDICATORS, NOTES, REPORTS

    def read(dataset) -> pd.DataFrame:
        path = out_dir / dataset.filename
        if not path.exists():
            raise FileNotFoundError(f"{path}: missing; run swapscore extract first")
        return pd.read_parquet(path)

    return AuditData(read(REPORTS), read(INDICATORS), read(EVIDENCE), read(ACTION_PLAN), read(NOTES))


def audit(data: AuditData) -> list[Finding]:
    """Every finding of every check, in a stable order."""
    from swapscore.pipeline.audit.checks import ALL_CHECKS

    found = [f for check in ALL_CHECKS for f in check(data)]
    return sorted(found, key=lambda f: (f.report_id, f.pi or "", f.check_id, f.field, f.message))


def source_links(reports, out_dir: Path) -> dict[str, str]:
    """Each report's source file as audit.html links it: a URL as it is, a local file relative to the
    output folder (the page and the archive can move together), else as an absolute file URL."""
    links = {}
    for report_id, source in zip(reports.report_id, reports.source_path):
        if is_url(source):
            links[report_id] = source
            continue
        path = Path(source).resolve()
        try:
            links[report_id] = Path(os.path.relpath(path, out_dir.resolve())).as_posix()
        except ValueError:  # another drive (Windows)
            links[report_id] = path.as_uri()
    return links


def run_audit(out_dir: Path) -> list[Finding]:
    """Audit the datasets of ``out_dir``; refused (MixedRunError) when they come from different runs."""
    from swapscore.pipeline.audit import html
    from swapscore.pipeline.stamp import check_one_run
    from swapscore.pipeline.write import atomic_write_bytes, to_table, write_datapackage, write_parquet
    from swapscore.schemas.datasets import ACTION_PLAN, AUDIT, EVIDENCE, INDICATORS, NOTES, REPORTS
    from swapscore.schemas.framework import default_framework, frameworks

    run_id = check_one_run(out_dir, [d.filename for d in (REPORTS, INDICATORS, EVIDENCE, ACTION_PLAN, NOTES)])
    data = load(out_dir)
    findings = audit(data)
    table = to_table(AUDIT, findings)
    atomic_write_bytes(out_dir / AUDIT.filename, lambda tmp: write_parquet(table, tmp, run_id))
    titles = {f.id: {i.code: i.title for i in f.indicators} for f in frameworks()}
    page = html.render(data.reports, data.indicators, findings, default_framework().codes, data.evidence, data.action_plan,
                       source_links(data.reports, out_dir), titles)
    atomic_write_bytes(out_dir / "audit.html", lambda tmp: tmp.write_text(page, encoding="utf-8"))
    write_datapackage(out_dir, run_id)
    return findings
