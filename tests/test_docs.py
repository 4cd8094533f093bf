"""The README stays true: its two commands, its dataset contract, its commands and its examples."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from schemas.datasets import DATASETS
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


@pytest.mark.parametrize("dataset", DATASETS, ids=[d.name for d in DATASETS])
def test_every_dataset_column_is_documented(dataset):
    section = README.split(f"### `{dataset.filename}`", 1)[1].split("###", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \| ([^|]+) \|", section, flags=re.M)
    assert [name for name, _ in documented] == [c.name for c in dataset.columns]
    assert [kind.strip() for _, kind in documented] == [str(c.arrow) for c in dataset.columns]
    for column in dataset.columns:
        for value in column.enum or ():
            assert f"`{value}`" in section, (column.name, value)


def test_every_command_is_documented():
    for command in ("swapscore extract", "swapscore audit", "swapscore evaluate", "swapscore corpus build", "swapscore corpus synth"):
        assert command in README


def test_load_examples_run(extracted, tmp_path: Path):
    (tmp_path / "outputs").symlink_to(extracted)
    for code in _code_blocks("python"):
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "1.1" in result.stdout


def test_every_audit_check_is_listed_with_its_severity():
    from pipeline.audit.checks import CHECKS

    for check in CHECKS.values():
        row = re.search(rf"^\| \d \| `{re.escape(check.id)}` \| (\w+) \| [^|]+ \| ([^|]+) \|$", README, flags=re.M)
        assert row, check.id
        assert row.group(1) == check.severity
        assert row.group(2).strip(), f"{check.id}: no example message"
