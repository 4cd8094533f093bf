"""The README stays true: its two commands, its dataset contract, its commands and its examples."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from swapscore.schemas.datasets import AUDIT, CHECK_IDS, DATASETS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_opens_with_the_two_commands():
    first = README.split("```bash\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert first == [
        "bash scripts/setup && .venv/bin/swapscore extract corpus/documents --out outputs/",
        "bash scripts/setup && .venv/bin/python -m pytest -q",
    ]
    assert README.index("```bash") < README.index("##")
    assert (ROOT / "scripts" / "setup").exists() and (ROOT / "corpus" / "documents").is_dir()
    assert ".venv/bin/python -m pytest -q" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("dataset", (*DATASETS, AUDIT), ids=[d.name for d in (*DATASETS, AUDIT)])
def test_every_dataset_column_is_documented(dataset):
    section = README.split(f"### `{dataset.filename}`", 1)[1].split("###", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \| ([^|]+) \|", section, flags=re.M)
    assert [name for name, _ in documented] == [c.name for c in dataset.columns]
    assert [kind.strip() for _, kind in documented] == [str(c.arrow) for c in dataset.columns]
    for column in dataset.columns:
        for value in column.enum or ():
            assert f"`{value}`" in (README if value in CHECK_IDS else section), (column.name, value)


def test_every_command_is_documented():
    for command in ("swapscore extract", "swapscore audit", "swapscore evaluate", "swapscore corpus build", "swapscore corpus synth"):
        assert command in README


def test_every_option_of_extract_and_evaluate_is_documented():
    from typer.main import get_command

    from swapscore.pipeline.cli import app

    commands = get_command(app).commands
    for name in ("extract", "evaluate"):
        row = next(line for line in README.splitlines() if line.startswith(f"| `swapscore {name} "))
        for param in commands[name].params:
            for option in param.opts:
                if option.startswith("--") and option != "--help":
                    assert option in row, (name, option)


def test_the_exit_statuses_are_documented():
    from swapscore.pipeline import cli

    for code in (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_USAGE, cli.EXIT_BUSY, cli.EXIT_INTERRUPTED):
        assert f"`{code}`" in README.split("**Exit status**", 1)[1].split("##", 1)[0], code


def test_every_audit_check_id_is_a_check():
    from swapscore.pipeline.audit.checks import CHECKS

    assert set(CHECKS) == set(CHECK_IDS)


def test_load_examples_run(extracted, tmp_path: Path):
    (tmp_path / "outputs").symlink_to(extracted)
    for code in _code_blocks("python"):
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "1.1" in result.stdout


def test_every_audit_check_is_listed_with_its_severity():
    from swapscore.pipeline.audit.checks import CHECKS

    for check in CHECKS.values():
        row = re.search(rf"^\| \d \| `{re.escape(check.id)}` \| (\w+) \| [^|]+ \| ([^|]+) \|$", README, flags=re.M)
        assert row, check.id
        assert row.group(1) == check.severity
        assert row.group(2).strip(), f"{check.id}: no example message"
