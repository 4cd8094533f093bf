"""Every file gets an answer: bad input, scans, limits, re-runs and kills lose nothing.

Each bad file is fed in a batch with good files; the batch goes on and the
good files come out the same as without the bad one.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.cache import CACHE_DIRNAME
from swapscore.pipeline.evaluate import evaluate
from swapscore.pipeline.workers import Limits
from tests.conftest import CORPUS, ROOT

GOOD = [CORPUS / "kyrgyzstan-2022-annual.docx", CORPUS / "kyrgyzstan-2021-annual.pdf"]
DATASET_FILES = ("reports", "indicators", "evidence", "action_plan", "notes")


def _good_rows(out: Path) -> dict[str, pd.DataFrame]:
    """The good files' rows of every dataset, without the columns that name paths."""
    reports = pd.read_parquet(out / "reports.parquet")
    good_ids = set(reports[reports.source_path.map(lambda p: Path(p).name).isin([g.name for g in GOOD])].report_id)
    rows = {}
    for name in DATASET_FILES:
        frame = pd.read_parquet(out / f"{name}.parquet")
        frame = frame[frame.report_id.isin(good_ids)].drop(columns=["source_path"], errors="ignore")
        rows[name] = frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)
    return rows


@pytest.fixture(scope="module")
def good_only(tmp_path_factory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("good")
    run_batch(GOOD, out, jobs=2, audit=False)
    return _good_rows(out)


def _zip_bomb(path: Path, megabytes: int) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as entry:
            block = b"\0" * (1 << 20)
            for _ in range(megabytes):
                entry.write(block)


def _encrypted(source: Path, target: Path, user_password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    writer.write(str(target))


def _bad_file(kind: str, folder: Path) -> tuple[Path, str, str]:
    """(path, expected status, a phrase the message must hold)."""
    pdf = (CORPUS / "uzbekistan-2023-annual.pdf").read_bytes()
    if kind == "zero-byte":
        path = folder / "empty.pdf"
        path.write_bytes(b"")
        return path, "failed", "empty (0 bytes)"
    if kind == "garbage":
        path = folder / "garbage.pdf"
        path.write_bytes(os.urandom(4096))
        return path, "failed", "not a readable PDF"
    if kind == "truncated":
        path = folder / "cut-off.pdf"
        path.write_bytes(pdf[: len(pdf) // 2])
        return path, "failed", "not a readable PDF"
    if kind == "not-a-zip":
        path = folder / "broken.docx"
        path.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
        return path, "failed", "not a valid DOCX"
    if kind == "zip-bomb":
        path = folder / "bomb.docx"
        _zip_bomb(path, megabytes=12)
        return path, "failed", "zip bomb"
    if kind == "encrypted-needs-password":
        path = folder / "locked.pdf"
        _encrypted(CORPUS / "uzbekistan-2023-annual.pdf", path, user_password="secret")
        return path, "failed", "encrypted"
    raise ValueError(kind)


BAD = ["zero-byte", "garbage", "truncated", "not-a-zip", "zip-bomb", "encrypted-needs-password"]


@pytest.mark.parametrize("kind", BAD)
def test_a_bad_file_fails_with_a_message_and_harms_nothing(kind, tmp_path, monkeypatch, good_only):
    monkeypatch.setenv("SWAPSCORE_DOCX_MAX_MB", "8")  # the workers inherit it: a 12 MB entry is a bomb
    bad, status, phrase = _bad_file(kind, tmp_path)
    out = tmp_path / "out"
    results, summary = run_batch([*GOOD, bad], out, jobs=2, audit=False)
    reports = pd.read_parquet(out / "reports.parquet").set_index("source_path")
    row = reports.loc[str(bad)]
    assert row.status == status
    assert bad.name in row.error and phrase in row.error, row.error
    assert summary.statuses.get("ok") == 2
    got = _good_rows(out)
    for name in DATASET_FILES:
        pd.testing.assert_frame_equal(got[name], good_only[name], check_dtype=False)


def test_an_encrypted_pdf_with_an_empty_password_is_processed(tmp_path):
    source = CORPUS / "uzbekistan-2023-annual.pdf"
    folder = tmp_path / "docs"
    folder.mkdir()
    locked = folder / source.name
    _encrypted(source, locked, user_password="")
    shutil.copy(source.with_name(source.stem + ".truth.json"), folder)
    run_batch([locked], tmp_path / "out", jobs=1, audit=False)
    (result,) = evaluate(tmp_path / "out", [folder / f"{source.stem}.truth.json"])
    assert all(s.f1 == 1.0 for s in result.scores), [(s.field, s.f1) for s in result.scores]


def test_regression_a_zip_that_passes_is_zipfile_but_cannot_be_opened():
    """Found by the fuzzer: zipfile raised OSError (errno 22) on this mutated DOCX."""
    from swapscore.pipeline.process import process_file

    report = process_file(ROOT / "tests" / "fixtures" / "fuzz-zip-oserror.docx").report
    assert report.status == "failed"
    assert "fuzz-zip-oserror.docx: not a valid DOCX" in report.error


def test_not_a_scorecard_is_skipped(tmp_path):
    results, _ = run_batch([CORPUS / "generic-country-office-report.pdf", *GOOD], tmp_path, jobs=2, audit=False)
    reports = pd.read_parquet(tmp_path / "reports.parquet")
    row = reports[reports.source_path.str.endswith("generic-country-office-report.pdf")].iloc[0]
    assert (row.status, row.error) == ("skipped", "skipped: not a UNCT-SWAP scorecard")
    assert not pd.read_parquet(tmp_path / "indicators.parquet").report_id.isin([row.report_id]).any()


def test_the_same_file_twice_is_one_report_naming_the_duplicate(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    first = archive / "a-report.docx"
    shutil.copy(GOOD[0], first)
    shutil.copy(GOOD[0], archive / "b-copy.docx")
    _, summary = run_batch([first, archive / "b-copy.docx"], tmp_path / "out", jobs=2, audit=False)
    reports = pd.read_parquet(tmp_path / "out" / "reports.parquet")
    assert len(reports) == 1
    assert reports.source_path.iloc[0] == str(first)
    assert list(reports.duplicate_paths.iloc[0]) == [str(archive / "b-copy.docx")]
    assert summary.parsed == 2 and summary.cached == 0  # parsed once, counted for both names


def test_legacy_doc_is_converted_or_failed_with_what_to_install(tmp_path):
    legacy = ROOT / "tests" / "fixtures" / "legacy-kyrgyzstan-2022-annual.doc"
    run_batch([legacy], tmp_path, jobs=1, audit=False)
    row = pd.read_parquet(tmp_path / "reports.parquet").iloc[0]
    assert row.converted_from == "doc" and row.source_format == "docx"
    if shutil.which("soffice") or shutil.which("libreoffice"):
        assert row.status == "ok"
        assert len(pd.read_parquet(tmp_path / "indicators.parquet")) == 15
    else:
        assert row.status == "failed"
        assert "LibreOffice" in row.error and "apt-get install libreoffice-writer-nogui" in row.error


# --- scans --------------------------------------------------------------------------

SCAN = CORPUS / "moldova-2019-comprehensive-consultant-scan.pdf"
TWIN = CORPUS / "moldova-2019-comprehensive-consultant.pdf"


@pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                    reason="tesseract-ocr not installed (.ci/run installs it)")
def test_a_scan_reaches_the_pis_ratings_and_flags_of_its_text_twin(extracted):
    reports = pd.read_parquet(extracted / "reports.parquet").set_index("source_path")
    scan, twin = reports.loc[str(SCAN)], reports.loc[str(TWIN)]
    assert scan.ocr and not twin.ocr
    assert scan.ocr_confidence > 80
    indicators = pd.read_parquet(extracted / "indicators.parquet")
    columns = ["pi", "rating", "reassessed"]
    got = indicators[indicators.report_id == scan.report_id][columns].reset_index(drop=True)
    want = indicators[indicators.report_id == twin.report_id][columns].reset_index(drop=True)
    assert len(want) == 15
    pd.testing.assert_frame_equal(got, want)
    assert (scan.country, scan.year, scan.report_type) == (twin.country, twin.year, twin.report_type)


def test_without_tesseract_a_scan_is_partial_and_says_what_to_install(monkeypatch):
    from swapscore.parsers import ocr
    from swapscore.pipeline.process import process_file

    monkeypatch.setattr(ocr, "available", lambda: False)
    report = process_file(SCAN).report
    assert report.status == "partial"
    assert SCAN.name in report.error and "apt-get install tesseract-ocr" in report.error


def test_a_scan_ocr_reads_nothing_from_is_partial_and_says_so(monkeypatch):
    from swapscore.parsers import ocr
    from swapscore.pipeline.process import process_file

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "read_pages", lambda path, numbers: ocr.OcrPages({}, []))  # tesseract ran and found no words
    report = process_file(SCAN).report
    assert report.status == "partial"
    assert "OCR read no text" in report.error and "apt-get" not in report.error


# --- limits --------------------------------------------------------------------------


def _huge_docx(path: Path, paragraphs: int, words: int = 8) -> None:
    """A valid DOCX whose body repeats one paragraph many times: many paragraphs are slow, long ones are large."""
    with zipfile.ZipFile(GOOD[0]) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"<w:body>", 1)
                text = b" ".join([b"finding"] * words)
                body = (b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>") * paragraphs
                data = head + b"<w:body>" + body + rest
            target.writestr(item, data)


def test_a_file_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path, good_only):
    slow = tmp_path / "slow.docx"
    _huge_docx(slow, paragraphs=150_000)
    out = tmp_path / "out"
    _, summary = run_batch([*GOOD, slow], out, jobs=2, limits=Limits(timeout_s=6.0, memory_mb=4096), audit=False)
    row = pd.read_parquet(out / "reports.parquet").set_index("source_path").loc[str(slow)]
    assert row.status == "failed" and row.error.startswith("failed: timeout") and "slow.docx" in row.error
    for name in DATASET_FILES:
        pd.testing.assert_frame_equal(_good_rows(out)[name], good_only[name], check_dtype=False)
    assert not any((out / CACHE_DIRNAME).rglob(f"{row.report_id}.json")), "a timeout must not be cached"


def test_a_file_over_the_memory_ceiling_fails_and_the_batch_goes_on(tmp_path, good_only, monkeypatch):
    monkeypatch.setenv("SWAPSCORE_DOCX_MAX_XML_MB", "1024")  # past the XML cap, to reach the memory ceiling
    big = tmp_path / "big.docx"
    _huge_docx(big, paragraphs=1500, words=10_000)  # about 120 MB of XML: parsing it needs several hundred MB
    out = tmp_path / "out"
    run_batch([*GOOD, big], out, jobs=2, limits=Limits(timeout_s=120, memory_mb=150), audit=False)
    row = pd.read_parquet(out / "reports.parquet").set_index("source_path").loc[str(big)]
    assert row.status == "failed" and row.error.startswith("failed: memory") and "big.docx" in row.error
    assert not any((out / CACHE_DIRNAME).rglob(f"{row.report_id}.json")), "a memory failure must not be cached"
    for name in DATASET_FILES:
        pd.testing.assert_frame_equal(_good_rows(out)[name], good_only[name], check_dtype=False)


# --- re-runs, the cache and kills --------------------------------------------------------


def test_a_rerun_parses_nothing_and_writes_identical_datasets(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("kyrgyzstan-2020-comprehensive.pdf", "kyrgyzstan-2021-annual.pdf", "kyrgyzstan-2022-annual.docx"):
        shutil.copy(CORPUS / name, archive)
    out = tmp_path / "out"
    files = sorted(archive.iterdir())
    _, first = run_batch(files, out, jobs=2)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    written_at = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    _, again = run_batch(files, out, jobs=2)
    assert (first.parsed, again.parsed, again.cached) == (3, 0, 3)
    assert (first.up_to_date, again.up_to_date) == (False, True)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == written_at  # nothing rewritten
    changed = archive / "kyrgyzstan-2021-annual.pdf"
    changed.write_bytes(changed.read_bytes() + b"\n% appended comment\n")
    _, after_change = run_batch(files, out, jobs=2)
    assert (after_change.parsed, after_change.cached, after_change.up_to_date) == (1, 2, False)
    _, forced = run_batch(files, out, jobs=2, force=True)
    assert (forced.parsed, forced.cached) == (3, 0)


def test_an_up_to_date_run_reads_no_cache_entry_and_reports_what_the_last_run_did(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("kyrgyzstan-2021-annual.pdf", "kyrgyzstan-2022-annual.docx"):
        shutil.copy(CORPUS / name, archive)
    shutil.copy(CORPUS / "kyrgyzstan-2021-annual.pdf", archive / "copy-of-2021.pdf")  # merged into one report
    (archive / "not-a-report.pdf").write_bytes(b"%PDF-1.4 truncated")  # a failed row
    files, out = sorted(archive.iterdir()), tmp_path / "out"
    first_results, first = run_batch(files, out, jobs=1)
    for entry in (out / CACHE_DIRNAME).glob("*/*.json"):
        entry.write_bytes(b"damaged")  # an up-to-date run does not open them, so it does not notice
    results, again = run_batch(files, out, jobs=1)
    assert (again.up_to_date, again.parsed, again.cached, again.warnings) == (True, 0, len(files), ())
    assert [e.report for e in results] == [e.report for e in first_results]
    assert (again.statuses, again.indicators, again.reports, again.duplicates, again.findings) == \
        (first.statuses, first.indicators, first.reports, first.duplicates, first.findings)
    assert first.duplicates == 1 and first.statuses.get("failed") == 1 and first.indicators > 0


@pytest.mark.parametrize("damage", ["edited", "deleted"])
def test_an_output_touched_since_the_last_run_is_written_again(tmp_path, damage):
    files = [CORPUS / "kyrgyzstan-2021-annual.pdf", CORPUS / "kyrgyzstan-2022-annual.docx"]
    out = tmp_path / "out"
    run_batch(files, out, jobs=1)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    target = out / ("indicators.parquet" if damage == "edited" else "audit.html")
    if damage == "edited":
        target.write_bytes(b"not parquet any more")
    else:
        target.unlink()
    _, again = run_batch(files, out, jobs=1)
    assert (again.parsed, again.up_to_date) == (0, False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_killed_run_loses_nothing_and_the_next_run_completes(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    names = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".pdf", ".docx") and "scan" not in p.name)
    for name in names[:2]:
        shutil.copy(CORPUS / name, archive)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "swapscore.pipeline.cli", "extract", str(archive), "--out", str(out), "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
    earlier = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    for name in names[2:12]:
        shutil.copy(CORPUS / name, archive)
    run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    cache = out / CACHE_DIRNAME
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(cache.glob("*/*.json"))) < 5:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    done_before_kill = len(list(cache.glob("*/*.json")))
    assert 5 <= done_before_kill < 12, "the kill came too late to test anything"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == earlier
    finished = subprocess.run([*command[:-2], "--jobs", "2"], check=True, capture_output=True, text=True, env=env, timeout=300)
    reports = pd.read_parquet(out / "reports.parquet")
    assert sorted(Path(p).name for p in reports.source_path) == sorted(names[:12])
    assert "ok" in set(reports.status)
    assert finished.returncode == 0


# --- fuzzing ------------------------------------------------------------------------------

FUZZ_SOURCES = ["kyrgyzstan-2022-annual.docx", "kyrgyzstan-2021-annual.pdf", "uzbekistan-2023-annual.pdf"]
FUZZ_PER_SOURCE = 16  # 48 mutated inputs in all (the README says so)


def _mutations(data: bytes, seed: int, n: int) -> list[bytes]:
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:  # byte flips
            mutated = bytearray(data)
            for _ in range(rng.randint(1, 40)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            out.append(bytes(mutated))
        elif kind == 1:  # truncation
            out.append(data[: rng.randrange(1, len(data))])
        elif kind == 2:  # a removed object (PDF) or a removed slice (zip)
            start = data.find(b" obj", rng.randrange(len(data) // 2))
            end = data.find(b"endobj", start) if start > 0 else -1
            if start > 0 and end > start:
                out.append(data[:start] + data[end + 6 :])
            else:
                a = rng.randrange(len(data))
                out.append(data[:a] + data[a + rng.randint(10, 5000) :])
        else:  # a run of garbage spliced in
            a = rng.randrange(len(data))
            out.append(data[:a] + os.urandom(rng.randint(1, 2000)) + data[a:])
    return out


def test_fuzzed_files_never_crash_or_hang_the_extractor(tmp_path):
    files = []
    for k, name in enumerate(FUZZ_SOURCES):
        source = CORPUS / name
        for i, data in enumerate(_mutations(source.read_bytes(), seed=k, n=FUZZ_PER_SOURCE)):
            path = tmp_path / f"{source.stem}-mut{i:02d}{source.suffix}"
            path.write_bytes(data)
            files.append(path)
    assert len(files) == 48
    results, summary = run_batch(files, tmp_path / "out", jobs=2, limits=Limits(timeout_s=60, memory_mb=2048))
    reports = pd.read_parquet(tmp_path / "out" / "reports.parquet")
    assert set(reports.status) <= {"ok", "partial", "failed", "skipped"}
    errors = reports.error.dropna()
    assert not errors.str.contains("internal error").any(), errors[errors.str.contains("internal error")].tolist()
    assert not errors.str.contains("failed: timeout|failed: crashed").any()
    assert summary.files == 48


def test_a_document_titled_a_scorecard_whose_pis_were_not_read_is_partial_not_skipped(tmp_path):
    """A report whose title names the scorecard is no other document: when its PIs are laid out in a way the
    readers do not know, it says so (``scorecard-unread``) instead of leaving the dataset without a word; a
    document that only mentions the scorecard further down is still skipped."""
    import docx

    from swapscore.pipeline.process import process_file

    for name, title in (("titled", "UN Nepal – UNCT-SWAP Gender Equality Scorecard 2022"),
                        ("mentioning", "Annual Results Report 2022 of the UN Country Team in Nepal")):
        document = docx.Document()
        document.add_heading(title, 0)
        document.add_paragraph("The UNCT-SWAP Gender Equality Scorecard was completed by the Gender Theme Group.")
        document.add_paragraph("The team met three times and agreed its ratings by consensus.")
        document.save(tmp_path / f"{name}.docx")
    extraction = process_file(tmp_path / "titled.docx")
    assert extraction.report.status == "partial" and [n.code for n in extraction.notes] == ["scorecard-unread"]
    assert process_file(tmp_path / "mentioning.docx").report.status == "skipped"
