"""The command line: help texts, extract, evaluate and the summary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from pipeline.cli import app
from schemas.datasets import DATASETS
from tests.conftest import CORPUS

runner = CliRunner()
COMMANDS = (["extract"], ["audit"], ["evaluate"], ["corpus", "build"], ["corpus", "synth"])


def test_every_command_explains_itself():
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0 and "extract" in top.output and "evaluate" in top.output
    for command in COMMANDS:
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


def test_extract_then_evaluate(tmp_path: Path):
    docs = [CORPUS / "kyrgyzstan-2022-annual.docx", CORPUS / "un-swap-entity-report.docx"]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", *map(str, docs), str(bad), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert re.search(r"│\s+3 │\s+1 │\s+0 │\s+1 │\s+1 │\s+15 │\s+3 │\s+0 │", result.output), result.output
    assert "broken.pdf" in result.output
    for dataset in DATASETS:
        assert (out / dataset.filename).exists()
    assert (out / "audit.parquet").exists() and (out / "audit.html").exists()  # extract ends with the audit
    assert "audit findings" in result.output
    reports = pd.read_parquet(out / "reports.parquet")
    assert dict(zip(reports.source_path.map(lambda p: Path(p).name), reports.status)) == {
        "broken.pdf": "failed", "kyrgyzstan-2022-annual.docx": "ok", "un-swap-entity-report.docx": "skipped"}
    truth = [str(CORPUS / "kyrgyzstan-2022-annual.truth.json")]
    evaluated = runner.invoke(app, ["evaluate", str(out), *truth])
    assert evaluated.exit_code == 0, evaluated.output
    table = json.loads((out / "evaluation.json").read_text())
    assert {row["field"]: row["f1"] for row in table["total"]}["rating"] == 1.0


def test_missing_input_is_a_clear_error(tmp_path: Path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "nowhere" in result.output


def test_audit_without_datasets_is_a_clear_error(tmp_path: Path):
    result = runner.invoke(app, ["audit", str(tmp_path)])
    assert result.exit_code == 2
    assert "run swapscore extract first" in result.output


def test_dask_executor_needs_a_scheduler(tmp_path: Path):
    result = runner.invoke(app, ["extract", str(CORPUS / "kyrgyzstan-2022-annual.docx"), "--out", str(tmp_path),
                                 "--executor", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.output


def test_random_layouts_rebuild_one_document_and_evaluate_lists_it_among_the_worst(tmp_path: Path):
    out = tmp_path / "random"
    built = runner.invoke(app, ["corpus", "synth", "--layouts", "random", "--n", "5", "--seed", "11", "--only", "3",
                                "--producers", "python-docx", "--out", str(out)])
    assert built.exit_code == 0, built.output
    assert sorted(p.name.split("-")[2] for p in out.glob("*.docx")) == ["0003"]
    truth = next(out.glob("*.truth.json"))
    assert json.loads(truth.read_text())["layout"]["seed"] == 11
    datasets = tmp_path / "datasets"
    assert runner.invoke(app, ["extract", str(out), "--out", str(datasets)]).exit_code == 0
    evaluated = runner.invoke(app, ["evaluate", str(datasets), str(truth), "--worst", "3"])
    assert evaluated.exit_code == 0
    table = json.loads((datasets / "evaluation.json").read_text())
    assert table["documents"][0]["layout"]["n"] == 3
    if not table["documents"][0]["perfect"]:
        assert "--only 3" in evaluated.output


def test_an_unknown_producer_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["corpus", "synth", "--layouts", "random", "--producers", "word97", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "word97" in result.output
