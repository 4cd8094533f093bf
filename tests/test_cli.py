"""The command line: help texts, extract, evaluate and the summary."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from swapscore.pipeline.cli import app
from swapscore.schemas.datasets import DATASETS
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
    assert ".doc" in runner.invoke(app, ["extract", "--help"]).output.replace(".docx", "")


def test_version():
    from swapscore.pipeline import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"swapscore {__version__}"


def test_extract_then_evaluate(tmp_path: Path):
    docs = [CORPUS / "kyrgyzstan-2022-annual.docx", CORPUS / "un-swap-entity-report.docx"]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", *map(str, docs), str(bad), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1, result.output  # a file failed
    assert re.search(r"│\s+3 │\s+3 │\s+1 │\s+0 │\s+1 │\s+1 │\s+15 │\s+3 │\s+0 │", result.output), result.output
    assert "failed broken.pdf" in result.output and "failed failed" not in result.output
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


# --- no tracebacks: every bad option or path is a usage error (exit 2) named before anything is read ------------

DOC = CORPUS / "kyrgyzstan-2022-annual.docx"


@pytest.mark.parametrize("option", [["--jobs", "-1"], ["--jobs", "0"], ["--timeout", "-5"], ["--timeout", "0"],
                                    ["--memory-mb", "0"], ["--memory-mb", "-100"]], ids=" ".join)
def test_bad_option_values_are_usage_errors(tmp_path: Path, option):
    result = runner.invoke(app, ["extract", str(DOC), "--out", str(tmp_path / "o"), *option])
    assert result.exit_code == 2, result.output
    assert option[0] in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()  # refused before anything was read or made


def test_out_that_is_a_file_or_cannot_be_made_is_a_usage_error(tmp_path: Path):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    result = runner.invoke(app, ["extract", str(DOC), "--out", str(a_file), "--jobs", "1"])
    assert result.exit_code == 2 and "a file, not a folder" in result.output, result.output
    result = runner.invoke(app, ["extract", str(DOC), "--out", "/proc/swapscore-cannot-be-here", "--jobs", "1"])
    assert result.exit_code == 2 and "cannot be made" in result.output, result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_read_only_out_is_a_usage_error(tmp_path: Path):
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = runner.invoke(app, ["extract", str(DOC), "--out", str(locked), "--jobs", "1"])
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2 and "cannot be written to" in result.output, result.output


def test_replace_and_prune_together_are_a_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["extract", str(DOC), "--out", str(tmp_path), "--replace", "--prune"])
    assert result.exit_code == 2 and "--replace" in result.output


def test_evaluate_without_datasets_or_truth_is_a_usage_error(tmp_path: Path):
    truth = str(CORPUS / "kyrgyzstan-2022-annual.truth.json")
    result = runner.invoke(app, ["evaluate", str(tmp_path), truth])
    assert result.exit_code == 2 and "run swapscore extract first" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["evaluate", str(tmp_path), str(tmp_path / "nowhere.truth.json")])
    flat = re.sub(r"[\s│]", "", result.output)  # the message box wraps long paths
    assert result.exit_code == 2 and "nowhere.truth.json" in flat and "Traceback" not in result.output


@pytest.fixture(scope="module")
def one_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("one")
    result = runner.invoke(app, ["extract", str(DOC), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_evaluate_reports_a_document_not_in_the_datasets_and_lists_errors(one_report: Path, tmp_path: Path):
    elsewhere = tmp_path / "other.docx"
    elsewhere.write_bytes(DOC.read_bytes())
    (tmp_path / "other.truth.json").write_text((CORPUS / "kyrgyzstan-2022-annual.truth.json").read_text())
    result = runner.invoke(app, ["evaluate", str(one_report), str(tmp_path / "other.truth.json"), "--json", str(tmp_path / "e.json")])
    assert result.exit_code == 1, result.output
    assert "missing" in result.output and "other.docx" in result.output
    assert json.loads((tmp_path / "e.json").read_text())["documents_missing"] == [str(elsewhere)]
    truth = json.loads((CORPUS / "kyrgyzstan-2022-annual.truth.json").read_text())
    wanted = truth["indicators"][0]
    wanted["rating"] = "exceeds" if wanted["rating"] != "exceeds" else "missing"
    (tmp_path / "kyrgyzstan-2022-annual.docx").symlink_to(DOC)
    (tmp_path / "kyrgyzstan-2022-annual.truth.json").write_text(json.dumps(truth))
    listed = runner.invoke(app, ["evaluate", str(one_report), str(tmp_path / "kyrgyzstan-2022-annual.truth.json"), "--errors",
                                 "--json", str(tmp_path / "e.json")], terminal_width=200)
    assert listed.exit_code == 0, listed.output
    assert re.search(rf"kyrgyzstan-2022-annual\.docx\s*│\s*{re.escape(wanted['pi'])}\s*│\s*rating\s*│\s*{wanted['rating']}", listed.output), \
        listed.output


def test_an_up_to_date_run_says_it_wrote_nothing(one_report: Path):
    before = {p.name: p.stat().st_mtime_ns for p in one_report.iterdir() if p.is_file()}
    result = runner.invoke(app, ["extract", str(DOC), "--out", str(one_report), "--jobs", "1"])
    assert result.exit_code == 0
    assert "up to date, nothing written" in result.output and "written to" not in result.output
    assert {p.name: p.stat().st_mtime_ns for p in one_report.iterdir() if p.is_file()} == before
    assert "no-evidence" in result.output or "audit findings" in result.output  # the last audit's counts, from the record


def test_json_summary_and_quiet(tmp_path: Path):
    twin = tmp_path / "in" / "copy-of.docx"
    twin.parent.mkdir()
    twin.write_bytes(DOC.read_bytes())
    bad = tmp_path / "in" / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    result = runner.invoke(app, ["extract", str(DOC), str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--jobs", "1",
                                 "--quiet", "--json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["exit_status"] == 1 and summary["files"] == 3 and summary["reports"] == 2 and summary["duplicates"] == 1
    assert summary["statuses"] == {"ok": 1, "partial": 0, "failed": 1, "skipped": 0}
    assert [Path(f["source_path"]).name for f in summary["failed"]] == ["broken.pdf"]
    assert not result.stderr.strip()  # --quiet: the exit status and the JSON say it all


def test_a_merged_duplicate_is_said_in_the_summary(tmp_path: Path):
    twin = tmp_path / "copy-of.docx"
    twin.write_bytes(DOC.read_bytes())
    result = runner.invoke(app, ["extract", str(DOC), str(twin), "--out", str(tmp_path / "o"), "--jobs", "1"], terminal_width=200)
    assert result.exit_code == 0
    assert "1 of the 2 files hold the same bytes as another" in result.output


def test_the_command_line_imports_no_heavy_library_before_a_command_needs_it():
    from swapscore.pipeline.cli import main

    code = f"import sys, {main.__module__}; print(sorted(m for m in ('pandas', 'spacy', 'pyarrow', 'pdfplumber') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
