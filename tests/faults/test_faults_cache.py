"""A cache entry is data checked against its key and checksum: corrupt, planted or swapped entries are misses."""

from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path

import pytest
from faultkit import GOOD, by_name, content

from swapscore.pipeline import cache as cache_module
from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.cache import CACHE_DIRNAME, ResultCache, extractor_version


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("first") / "out"
    run_batch(GOOD, out, jobs=2, audit=False)
    return out


def _entries(out: Path) -> dict[str, Path]:
    """Cache entry of each good file, by file name."""
    reports = by_name(out)
    folder = out / CACHE_DIRNAME / extractor_version()
    return {g.name: folder / f"{reports.loc[g.name].report_id}.json" for g in GOOD}


class _Planted:
    """A pickle that runs code when loaded (what a planted pickle entry did)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _edit_one_byte(entry: Path) -> None:
    raw = entry.read_bytes()
    at = raw.index(b'"country":"') + len(b'"country":"')
    entry.write_bytes(raw[:at] + b"Q" + raw[at + 1 :])


def _corrupt(kind: str, entries: dict[str, Path], marker: Path) -> str:
    """Damage the cache as ``kind`` says; the name of the file whose entry was hit."""
    docx, pdf = (entries[g.name] for g in GOOD)
    if kind == "planted pickle":
        docx.write_bytes(pickle.dumps(_Planted(marker)))
    elif kind == "unsupported pickle protocol":
        docx.write_bytes(b"\x80\x09" + os.urandom(64))
    elif kind == "json of another shape":
        docx.write_text(json.dumps({"report": {"report_id": docx.stem}}))
    elif kind == "swapped entry":
        docx.write_bytes(pdf.read_bytes())
    elif kind == "one edited byte":
        _edit_one_byte(docx)
    elif kind == "checksum recomputed over a wrong type":
        entry = json.loads(docx.read_bytes())
        entry["extraction"]["report"]["year"] = "2022"
        entry["sha256"] = cache_module._checksum(entry["extraction"])
        docx.write_text(json.dumps(entry))
    elif kind == "truncated":
        docx.write_bytes(docx.read_bytes()[:100])
    elif kind == "empty":
        docx.write_bytes(b"")
    elif kind == "entry replaced by a folder":
        docx.unlink()
        docx.mkdir()
    elif kind == "version folder replaced by a file":
        shutil.rmtree(docx.parent)
        docx.parent.write_bytes(b"not a folder")
        return "both"
    return GOOD[0].name


KINDS = ["planted pickle", "unsupported pickle protocol", "json of another shape", "swapped entry",
         "one edited byte", "checksum recomputed over a wrong type", "truncated", "empty",
         "entry replaced by a folder", "version folder replaced by a file"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_cache_entry_is_a_miss_and_the_rows_stay_right(kind, first_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(first_run, out)
    (out / CACHE_DIRNAME / "last-run.json").unlink()  # else the outputs are current and no entry is read
    marker = tmp_path / "code-ran"
    hit = _corrupt(kind, _entries(out), marker)
    _, summary = run_batch(GOOD, out, jobs=2, audit=False)
    assert not marker.exists(), "a cache entry ran code"
    assert content(out) == content(first_run)
    assert set(by_name(out).status) == {"ok"}
    assert summary.parsed == (2 if hit == "both" else 1)
    assert summary.warnings, "a damaged entry must be reported"
    assert all("cache" in w for w in summary.warnings)


def test_an_entry_is_json_naming_its_key_and_checksum(first_run):
    entry = json.loads(_entries(first_run)[GOOD[0].name].read_bytes())
    assert entry["key"] == by_name(first_run).loc[GOOD[0].name].report_id
    assert entry["extraction"]["report"]["report_id"] == entry["key"]
    assert len(entry["sha256"]) == 64 and entry["extractor"] == extractor_version()


def test_a_cache_that_cannot_be_written_is_a_warning(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_bytes(b"a file where the cache folder should be")
    cache = ResultCache(blocker)
    from swapscore.pipeline.process import process_file

    cache.put(process_file(GOOD[0]))
    assert cache.warnings and "cannot write to the cache" in cache.warnings[0]
