"""Datasets: records round-trip through Parquet; the data package describes every column."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st

from swapscore.pipeline.write import datapackage, tables_for, write_datasets
from swapscore.schemas.datasets import DATASETS, RATINGS
from swapscore.schemas.records import (
    ActionPlanRecord,
    EvidenceRecord,
    Extraction,
    IndicatorRecord,
    ProgressCell,
    ReportRecord,
)

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
maybe_page = st.none() | st.integers(1, 500)


def _report(report_id: str) -> ReportRecord:
    return ReportRecord(report_id, f"/x/{report_id}.pdf", "pdf", 3, "Kazakhstan", 2022, "annual",
                        "unct-swap-2018", "Title", "ok", None, "0.1.0")


@st.composite
def extractions(draw) -> Extraction:
    rid = draw(st.text(alphabet="0123456789abcdef", min_size=8, max_size=8))
    indicators = tuple(
        IndicatorRecord(rid, code, draw(text), draw(text), rating, None, draw(st.none() | st.booleans()),
                        rating, draw(st.none() | st.sampled_from(RATINGS)), None, draw(st.none() | st.booleans()),
                        draw(maybe_page), draw(text), draw(st.floats(0, 100, width=32)), "code", draw(text))
        for code, rating in zip(["1.1", "2.2"], draw(st.lists(st.none() | st.sampled_from(RATINGS), min_size=2, max_size=2)))
    )
    evidence = tuple(
        EvidenceRecord(rid, "2.2", "means_of_verification", n, None, draw(text), tuple(draw(st.lists(text, max_size=3))),
                       draw(maybe_page))
        for n in range(1, draw(st.integers(0, 3)) + 1)
    )
    plan = tuple(
        ActionPlanRecord(rid, "1.1", n, draw(text), draw(text),
                         tuple(ProgressCell(draw(text), draw(text)) for _ in range(draw(st.integers(0, 3)))), draw(maybe_page))
        for n in range(1, draw(st.integers(0, 2)) + 1)
    )
    return Extraction(_report(rid), indicators, evidence, plan)


@settings(max_examples=40, deadline=None)
@given(extractions())
def test_records_round_trip_through_parquet(tmp_path_factory, extraction: Extraction):
    out = tmp_path_factory.mktemp("rt")
    write_datasets([extraction], out)
    plan = pq.read_table(out / "action_plan.parquet").to_pylist()
    assert [tuple(ProgressCell(**p) for p in r["progress"]) for r in plan] == [r.progress for r in extraction.action_plan]
    evidence = pq.read_table(out / "evidence.parquet").to_pylist()
    assert [(r["text"], tuple(r["urls"]), r["page"]) for r in evidence] == [
        (e.text, e.urls, e.page) for e in extraction.evidence]
    indicators = pq.read_table(out / "indicators.parquet").to_pylist()
    assert [(r["pi"], r["rating"], r["reassessed"], r["page"]) for r in indicators] == [
        (i.pi, i.rating, i.reassessed, i.page) for i in extraction.indicators]


def test_written_files_have_the_declared_schemas_and_no_temporaries(tmp_path: Path):
    extraction = Extraction(_report("abc"))
    written = write_datasets([extraction], tmp_path)
    for dataset in DATASETS:
        assert pq.read_schema(written[dataset.name]).remove_metadata() == dataset.arrow_schema
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(d.filename for d in DATASETS), "datapackage.json"])


def test_datapackage_describes_every_column_with_a_sentence(tmp_path: Path):
    write_datasets([Extraction(_report("abc"))], tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text())
    by_name = {r["name"]: r for r in package["resources"]}
    assert set(by_name) == {d.name for d in DATASETS}
    for dataset in DATASETS:
        resource = by_name[dataset.name]
        assert (tmp_path / resource["path"]).exists()
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == pq.read_schema(tmp_path / resource["path"]).names
        assert all(f["description"].endswith(".") for f in fields)
        assert resource["schema"]["primaryKey"]
    rating = next(f for f in by_name["indicators"]["schema"]["fields"] if f["name"] == "rating")
    assert rating["constraints"]["enum"] == list(RATINGS)


def test_rows_come_out_in_source_path_order_whatever_the_input_order():
    a, b = Extraction(_report("bbb")), Extraction(_report("aaa"))
    assert tables_for([a, b])["reports"].column("report_id").to_pylist() == ["aaa", "bbb"]
    assert datapackage()["resources"][0]["name"] == "reports"


def test_the_data_package_validates_with_frictionless(tmp_path: Path):
    """Every resource (integer columns with nulls, list columns, the audit, the page and the evaluation) validates."""
    frictionless = __import__("pytest").importorskip("frictionless")
    from typer.testing import CliRunner

    from swapscore.pipeline.cli import app
    from swapscore.schemas.datasets import CHECK_IDS
    from tests.conftest import CORPUS

    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    docs = [CORPUS / "kyrgyzstan-2022-annual.docx", CORPUS / "tajikistan-2022-annual-inconsistent.pdf", bad]
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", *map(str, docs), "--out", str(out), "--jobs", "1"]).exit_code == 1
    truth = CORPUS / "kyrgyzstan-2022-annual.truth.json"
    assert runner.invoke(app, ["evaluate", str(out), str(truth)]).exit_code == 0
    package = json.loads((out / "datapackage.json").read_text())
    paths = {r["path"] for r in package["resources"]}
    assert {"audit.html", "evaluation.json", "audit.parquet"} <= paths
    assert package["licenses"][0]["name"] and package["sources"][0]["title"]
    audit = next(r for r in package["resources"] if r["name"] == "audit")
    check = next(f for f in audit["schema"]["fields"] if f["name"] == "check_id")
    assert check["constraints"]["enum"] == list(CHECK_IDS)
    reports = pq.read_table(out / "reports.parquet").to_pylist()
    assert any(r["n_pages"] is None for r in reports) and any(r["duplicate_paths"] == [] for r in reports)  # the hard cases
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "message"])[:10]
    assert len(report.tasks) == len(package["resources"])


def test_an_older_folder_without_the_new_columns_is_added_to(tmp_path: Path):
    """A folder written before report_key and canonical existed: its rows are kept and the new columns computed."""
    import pyarrow as pa

    write_datasets([Extraction(_report("aaa"))], tmp_path)
    old = pq.read_table(tmp_path / "reports.parquet").drop_columns(["report_key", "canonical"])
    pq.write_table(old, tmp_path / "reports.parquet")
    from swapscore.pipeline.upsert import merge

    merged = merge(tmp_path, tables_for([Extraction(_report("bbb"))]), ["/x/bbb.pdf"])
    rows = merged.tables["reports"].to_pylist()
    assert [(r["report_id"], r["report_key"], r["canonical"]) for r in rows] == [
        ("aaa", "Kazakhstan|2022|annual", True), ("bbb", "Kazakhstan|2022|annual", False)]  # equal: the first path
    assert isinstance(merged.tables["reports"], pa.Table)
