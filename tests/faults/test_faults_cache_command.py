"""``swapscore cache info|prune``: old extractor versions and stray files are pruned, current entries kept."""

from __future__ import annotations

import json
import os
import time

from faultkit import GOOD
from typer.testing import CliRunner

from swapscore.pipeline.cache import CACHE_DIRNAME, ResultCache, extractor_version, info, prune
from swapscore.pipeline.cli import app
from swapscore.pipeline.process import process_file


def _cache_with_old_versions(root):
    cache = ResultCache(root)
    cache.put(process_file(GOOD[0]))
    old = root / "0.0.9-aaaaaaaaaaaa"
    old.mkdir(parents=True)
    (old / f"{'b' * 64}.json").write_text(json.dumps({"format": "swapscore-cache/1"}))
    (old / "legacy.pickle").write_bytes(b"\x80\x04.")
    stray = cache.folder / ".x.json.1234.tmp"
    stray.write_bytes(b"half")
    (root / "last-run.json").write_text("{}")
    return cache


def test_info_lists_versions_and_prune_keeps_only_the_current_entries(tmp_path):
    root = tmp_path / "out" / CACHE_DIRNAME
    cache = _cache_with_old_versions(root)
    versions = {v.version: v for v in info(root)}
    assert versions[extractor_version()].current and versions[extractor_version()].entries == 1
    assert versions["0.0.9-aaaaaaaaaaaa"].entries == 1 and not versions["0.0.9-aaaaaaaaaaaa"].current
    files, size = prune(root)
    assert files == 3 and size > 0  # two old files and the stray temporary
    assert [p.name for p in root.iterdir()] and not (root / "0.0.9-aaaaaaaaaaaa").exists()
    assert (root / "last-run.json").exists()
    assert cache.get(process_file(GOOD[0]).report.report_id) is not None
    old = time.time() - 40 * 86400
    for entry in cache.folder.iterdir():
        os.utime(entry, (old, old))
    assert prune(root, older_than_days=30)[0] == 1
    assert not any(cache.folder.iterdir())


def test_the_cache_commands_run(tmp_path):
    out = tmp_path / "out"
    _cache_with_old_versions(out / CACHE_DIRNAME)
    runner = CliRunner()
    shown = runner.invoke(app, ["cache", "info", "--out", str(out)])
    assert shown.exit_code == 0 and "0.0.9-aaaaaaaaaaaa" in shown.output and extractor_version()[:8] in shown.output
    pruned = runner.invoke(app, ["cache", "prune", "--out", str(out)])
    assert pruned.exit_code == 0 and "removed 3 files" in pruned.output


def test_the_readme_documents_the_cache_commands_and_the_guarantees():
    from faultkit import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in ("swapscore cache info", "swapscore cache prune", "## Reliability", "--wait", "swapscore.run_id"):
        assert text in readme, text
