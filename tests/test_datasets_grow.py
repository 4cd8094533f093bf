"""Output folders grow: rows are upserted by source file; --replace starts afresh, --prune drops rows of files that are gone."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.cli import app
from swapscore.pipeline.copies import canonical_flags, report_key
from swapscore.pipeline.write import write_datasets
from swapscore.schemas.datasets import DATASETS
from swapscore.schemas.records import Extraction, ReportRecord
from tests.conftest import CORPUS

runner = CliRunner()
KYRGYZ = CORPUS / "kyrgyzstan-2022-annual.docx"
TAJIK = CORPUS / "tajikistan-2021-annual.docx"
UZBEK = CORPUS / "uzbekistan-2023-annual.docx"


def _rows(out: Path, dataset: str = "reports") -> list[dict]:
    return pq.read_table(out / f"{dataset}.parquet").to_pylist()


def _paths(out: Path) -> list[str]:
    return [Path(r["source_path"]).name for r in _rows(out)]


@pytest.fixture()
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    first, second = tmp_path / "kyrgyzstan", tmp_path / "tajikistan"
    first.mkdir()
    second.mkdir()
    shutil.copy(KYRGYZ, first / KYRGYZ.name)
    shutil.copy(TAJIK, second / TAJIK.name)
    return first, second, tmp_path / "out"


def test_a_second_folder_adds_its_rows_and_keeps_the_first(folders):
    first, second, out = folders
    run_batch([second / TAJIK.name], out, jobs=1)
    indicators_before = len(_rows(out, "indicators"))
    findings_before = _rows(out, "audit")
    assert findings_before
    run_batch([first / KYRGYZ.name], out, jobs=1)
    assert _paths(out) == [KYRGYZ.name, TAJIK.name]
    ids = {r["report_id"] for r in _rows(out)}
    for dataset in ("indicators", "evidence", "action_plan"):
        assert {r["report_id"] for r in _rows(out, dataset)} == ids, dataset
    assert len(_rows(out, "indicators")) == indicators_before + 15
    after = _rows(out, "audit")
    assert all(f in after for f in findings_before)  # the audit covers the whole folder, not only the last run


def test_an_empty_run_changes_nothing_and_a_changed_file_replaces_its_rows(folders, tmp_path: Path):
    first, second, out = folders
    run_batch([first / KYRGYZ.name, second / TAJIK.name], out, jobs=1)
    old_id = next(r["report_id"] for r in _rows(out) if r["source_path"].endswith(KYRGYZ.name))
    _, summary = run_batch([], out, jobs=1)  # an empty folder given
    assert _paths(out) == [KYRGYZ.name, TAJIK.name] and summary.kept == 2
    shutil.copy(UZBEK, first / KYRGYZ.name)  # new bytes under the same name
    _, summary = run_batch([first / KYRGYZ.name], out, jobs=1)
    rows = {Path(r["source_path"]).name: r for r in _rows(out)}
    assert rows[KYRGYZ.name]["country"] == "Uzbekistan" and rows[KYRGYZ.name]["report_id"] != old_id
    assert old_id not in {r["report_id"] for r in _rows(out, "indicators")}
    assert summary.replaced == 1 and summary.kept == 1


def test_rows_of_a_file_that_is_gone_are_kept_and_said_then_pruned(folders):
    first, second, out = folders
    run_batch([first / KYRGYZ.name, second / TAJIK.name], out, jobs=1)
    (first / KYRGYZ.name).unlink()
    result = runner.invoke(app, ["extract", str(first), str(second), "--out", str(out), "--jobs", "1"], terminal_width=250)
    assert result.exit_code == 0, result.output
    assert _paths(out) == [KYRGYZ.name, TAJIK.name]
    assert "whose file is gone" in result.output and "--prune" in result.output and "--replace" in result.output
    result = runner.invoke(app, ["extract", str(second), "--out", str(out), "--jobs", "1", "--prune", "--json"])
    assert result.exit_code == 0, result.output
    assert _paths(out) == [TAJIK.name]
    assert [Path(p).name for p in json.loads(result.stdout)["pruned"]] == [KYRGYZ.name]
    assert {r["report_id"] for r in _rows(out, "indicators")} == {r["report_id"] for r in _rows(out)}


def test_replace_starts_afresh(folders):
    first, second, out = folders
    run_batch([first / KYRGYZ.name], out, jobs=1)
    result = runner.invoke(app, ["extract", str(second), "--out", str(out), "--jobs", "1", "--replace"])
    assert result.exit_code == 0, result.output
    assert _paths(out) == [TAJIK.name]


def test_the_same_bytes_under_a_new_name_take_the_old_row_over(folders):
    first, second, out = folders
    run_batch([first / KYRGYZ.name], out, jobs=1)
    shutil.copy(KYRGYZ, second / "renamed.docx")
    run_batch([second / "renamed.docx"], out, jobs=1)
    (row,) = _rows(out)
    assert Path(row["source_path"]).name == "renamed.docx"
    assert row["duplicate_paths"] == [str(first / KYRGYZ.name)]


def test_output_files_respect_the_umask(tmp_path: Path):
    previous = os.umask(0o027)
    try:
        write_datasets([Extraction(_record("r1", "a.pdf"))], tmp_path)
    finally:
        os.umask(previous)
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()}
    assert set(modes.values()) == {0o640}, modes
    assert len(modes) == len(DATASETS) + 1


# --- copies of one report ------------------------------------------------------------------------


def _record(report_id: str, path: str, fmt: str = "pdf", status: str = "ok", n: int = 15, **fields) -> ReportRecord:
    base = dict(country="Kazakhstan", year=2022, report_type="annual", framework="unct-swap-2018")
    base.update(fields)
    return ReportRecord(report_id, path, fmt, 10 if fmt == "pdf" else None, base["country"], base["year"], base["report_type"],
                        base["framework"], "T", status, None, "0.1.0", n_indicators=n, n_sections=n,
                        n_means_of_verification=n, n_supporting_documents=0, n_action_rows=0,
                        ocr=fields.get("ocr", False))


def _flags(*records: ReportRecord) -> tuple[list, list]:
    import dataclasses

    return canonical_flags([dataclasses.asdict(r) for r in records])


def test_copies_share_a_report_key_and_one_is_canonical():
    keys, flags = _flags(_record("a", "/r/report.docx", "docx"), _record("b", "/r/report.pdf"),
                         _record("c", "/r/report-scan.pdf", ocr=True))
    assert keys == ["Kazakhstan|2022|annual"] * 3
    assert flags == [False, True, False]  # equally complete: the text-layer PDF before the DOCX and the scan


def test_the_most_complete_copy_is_canonical_and_failed_files_never_are():
    keys, flags = _flags(_record("a", "/r/a.pdf", n=9), _record("b", "/r/b.docx", "docx", n=15),
                         _record("c", "/r/c.pdf", status="failed", n=0))
    assert flags == [False, True, False]
    _, alone = _flags(_record("d", "/r/d.pdf", country=None))
    assert alone == [True] and report_key({"country": None, "year": 2022, "report_type": "annual"}) is None


def test_copies_that_disagree_on_a_rating_are_an_audit_finding():
    import pandas as pd

    from swapscore.pipeline.audit.checks import AuditData, copies_disagree

    reports = pd.DataFrame([
        {"report_id": "a", "source_path": "/r/report.pdf", "status": "ok", "report_key": "Chad|2021|annual", "canonical": True},
        {"report_id": "b", "source_path": "/r/report.docx", "status": "ok", "report_key": "Chad|2021|annual", "canonical": False},
        {"report_id": "c", "source_path": "/r/other.pdf", "status": "ok", "report_key": "Chad|2022|annual", "canonical": True},
    ])
    indicators = pd.DataFrame([
        {"report_id": "a", "pi": "1.1", "rating": "meets", "page": 4}, {"report_id": "b", "pi": "1.1", "rating": "exceeds", "page": None},
        {"report_id": "a", "pi": "1.2", "rating": "meets", "page": 5}, {"report_id": "b", "pi": "1.2", "rating": "meets", "page": None},
        {"report_id": "c", "pi": "1.1", "rating": "missing", "page": 3},
    ])
    empty = pd.DataFrame(columns=["report_id", "pi"])
    (finding,) = copies_disagree(AuditData(reports, indicators, empty, empty, empty))
    assert (finding.report_id, finding.pi, finding.check_id, finding.page) == ("a", "1.1", "copies-disagree", 4)
    assert "report.pdf says 'meets'" in finding.message and "report.docx says 'exceeds'" in finding.message


def test_every_duckdb_count_over_canonical_rows_counts_each_report_once(tmp_path: Path):
    duckdb = pytest.importorskip("duckdb")
    docx = KYRGYZ
    twin = tmp_path / "in" / "same-report-other-file.docx"
    twin.parent.mkdir()
    twin.write_bytes(docx.read_bytes() + b"")  # the same bytes: merged
    pdf = CORPUS / "uzbekistan-2023-annual.pdf"
    run_batch([docx, pdf, CORPUS / "uzbekistan-2023-annual.docx"], tmp_path / "out", jobs=1)
    reports = str(tmp_path / "out" / "reports.parquet")
    rows = duckdb.sql(f"SELECT report_key, count(*) FILTER (WHERE canonical) AS n, count(*) AS copies FROM '{reports}' "
                      "GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("Kyrgyzstan|2022|annual", 1, 1), ("Uzbekistan|2023|annual", 1, 2)]


def test_a_damaged_dataset_has_the_kept_rows_rebuilt_from_the_cache(folders):
    first, second, out = folders
    run_batch([first / KYRGYZ.name, second / TAJIK.name], out, jobs=1)
    before = sorted(map(repr, _rows(out, "indicators")))
    (out / "indicators.parquet").write_bytes(b"not parquet any more")
    run_batch([second / TAJIK.name], out, jobs=1)  # KYRGYZ's rows are kept: read back from the cache
    assert sorted(map(repr, _rows(out, "indicators"))) == before
    (out / "evidence.parquet").write_bytes(b"not parquet any more")
    shutil.rmtree(out / ".swapscore-cache")
    result = runner.invoke(app, ["extract", str(second), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 2 and "--replace" in result.output and "Traceback" not in result.output
