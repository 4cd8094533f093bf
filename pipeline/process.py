"""One file through every stage: parse -> read regions -> normalize.

Bad input never escapes as an exception: it comes back as an Extraction whose
report row says ``failed`` (the bytes are bad) or ``skipped`` (not a scorecard).

The readers (parsers, regions, normalize) are imported where a file is read, not
here: the command line, the cache and a re-run with nothing to read use this
module's small helpers without paying for pdfplumber, spaCy or rapidfuzz.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import shutil
import stat
import subprocess
import traceback
from dataclasses import dataclass
from pathlib import Path

from swapscore.pipeline import __version__
from swapscore.pipeline.sources import Source, fetch, is_url, name_of, open_bytes, suffix_of
from swapscore.schemas.records import Extraction, NoteRecord, ParsedDocument, ReportRecord

MIN_PIS_FOR_SCORECARD = 3


def load_readers() -> None:
    """Import every reader now: a worker does before its memory ceiling is set, so the ceiling measures what
    reading a file takes, not the imports."""
    from swapscore.parsers import ocr, parse, resources  # noqa: F401
    from swapscore.pipeline import normalize, phrases, regions  # noqa: F401
    from swapscore.pipeline.regions import metadata  # noqa: F401
    from swapscore.schemas import note_codes  # noqa: F401


def file_digest(path: Source) -> str:
    digest = hashlib.sha256()
    with open_bytes(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _report(path: Path, report_id: str, fmt: str, **fields) -> ReportRecord:
    base = dict(
        report_id=report_id, source_path=str(path), source_format=fmt, n_pages=None,
        country=None, year=None, report_type=None, framework=None, title=None,
        status="failed", error=None, swapscore_version=__version__,
    )
    base.update(fields)
    return ReportRecord(**base)


# What each file extension is read as (a legacy .doc is converted to DOCX first).
FORMATS = {".pdf": ("pdf", None), ".docx": ("docx", None), ".doc": ("docx", "doc")}


def failed_extraction(path: Source, message: str, report_id: str | None = None) -> Extraction:
    """A failed report row for ``path`` (a local path or a URL) that names the problem (its report_id is
    empty when the bytes cannot be read)."""
    if report_id is None:
        report_id = _digest_if_readable(path)
    fmt, converted_from = FORMATS.get(suffix_of(path), (None, None))
    return Extraction(_report(path, report_id, fmt, error=message, converted_from=converted_from))


def _digest_if_readable(path: Source) -> str:
    if is_url(path):
        return ""
    try:
        return file_digest(path) if stat.S_ISREG(path.stat().st_mode) else ""
    except OSError:
        return ""


def unreadable(path: Source, exc: OSError) -> Extraction:
    """The failed row of a path found under the inputs whose bytes cannot be read."""
    return failed_extraction(path, f"failed: {name_of(path)}: cannot be read ({why_unreadable(path, exc)})", report_id="")


def why_unreadable(path: Source, exc: OSError) -> str:
    if is_url(path):
        return f"{type(exc).__name__}: {exc}"
    if path.is_symlink() and not path.exists():
        return f"a broken symbolic link to {os.readlink(path)}"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or type(exc).__name__


def check_regular(path: Path) -> None:
    """Raise OSError unless ``path`` is a regular file (a FIFO or device would block or never end)."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
        raise OSError(errno.EINVAL, f"{kind}, not a regular file")


# Failures of this run's resources, not of the file's bytes: reported, never cached (a re-run with more
# time, memory or disk may succeed).  Classified by exception type and errno, not by message text.


@dataclass(frozen=True, slots=True)
class Outcome:
    """One file's Extraction, and whether it may be cached (False for failures of this run's resources)."""

    extraction: Extraction
    cacheable: bool = True


def safe_process(source: Source, memory_mb: int | None = None) -> Outcome:
    """process_file, with a bug in swapscore turned into a failed row naming the file and the place, and
    a failure of this run's resources (memory, a helper's time limit, disk) into a row that is not cached.
    A URL is copied into the temporary folder first and the row keeps the URL."""
    if not is_url(source):
        return _safe_process(Path(source), memory_mb)
    try:
        local = fetch(source)
    except Exception as exc:  # noqa: BLE001 - a store or a network that fails is this file's answer
        return Outcome(failed_extraction(source, f"failed: {name_of(source)}: cannot be fetched from {source} "
                                                 f"({type(exc).__name__}: {exc})"), False)
    try:
        outcome = _safe_process(local, memory_mb)
    finally:
        shutil.rmtree(local.parent, ignore_errors=True)
    report = dataclasses.replace(outcome.extraction.report, source_path=source)
    return Outcome(dataclasses.replace(outcome.extraction, report=report), outcome.cacheable)


def _safe_process(path: Path, memory_mb: int | None) -> Outcome:
    from swapscore.parsers.resources import RESOURCE_ERRNOS

    try:
        return Outcome(process_file(path))
    except MemoryError:
        ceiling = f"the {memory_mb} MB ceiling" if memory_mb else "the memory available"
        return Outcome(failed_extraction(path, f"failed: memory: {path.name} needed more than {ceiling}"), False)
    except subprocess.TimeoutExpired as exc:
        helper = Path(str(exc.cmd[0] if isinstance(exc.cmd, list | tuple) else exc.cmd)).name
        return Outcome(failed_extraction(path, f"failed: timeout: {helper} took longer than {exc.timeout:g} s "
                                               f"on {path.name}"), False)
    except OSError as exc:
        if exc.errno not in RESOURCE_ERRNOS:
            return Outcome(_internal_error(path, exc))
        return Outcome(failed_extraction(path, f"failed: resources: {path.name}: {exc.strerror} "
                                               f"({errno.errorcode.get(exc.errno, exc.errno)})"), False)
    except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
        return Outcome(_internal_error(path, exc))


def _internal_error(path: Path, exc: Exception) -> Extraction:
    last = traceback.extract_tb(exc.__traceback__)[-1]
    return failed_extraction(path, f"failed: internal error in swapscore reading {path.name}: "
                                   f"{type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})")


def process_file(path: Path) -> Extraction:
    """Extract one report; every outcome, good or bad, is an Extraction."""
    from swapscore import parsers
    from swapscore.parsers.errors import DocumentLoadError

    try:
        doc = parsers.parse(path)
    except DocumentLoadError as exc:
        return failed_extraction(path, f"failed: {exc}")
    report_id = file_digest(path)
    return extract_document(doc, path, report_id)


def extract_document(doc: ParsedDocument, path: Path, report_id: str) -> Extraction:
    from swapscore.parsers import ocr
    from swapscore.pipeline.language import detect_language
    from swapscore.pipeline.normalize import normalize
    from swapscore.pipeline.phrases import answer
    from swapscore.pipeline.regions import block_text, read_report
    from swapscore.pipeline.regions.metadata import infer_report_type, looks_like_scorecard
    from swapscore.schemas.language import reading_in
    from swapscore.schemas.note_codes import INFORMATIONAL_NOTES

    fmt = doc.source_format
    if doc.n_pages and doc.pages_without_text == doc.n_pages:
        why = "OCR read no text on them either (blank or unreadable images?)" if ocr.available() else \
            f"no OCR engine to read it: {ocr.INSTALL_HINT}"
        return Extraction(_report(
            path, report_id, fmt, n_pages=doc.n_pages, status="partial",
            error=f"{path.name}: no text layer on any of its {doc.n_pages} pages (a scan?) and {why}",
        ))
    language = detect_language("\n".join(block_text(b) for b in doc.blocks))
    with reading_in(language):
        read = read_report(doc)
        raw, meta = read.raw, read.meta
        report_type, inferred = meta.report_type, None
        if report_type is None:
            flags = {i.code: answer(i.reassessed_text) for i in raw.indicators if i.code}
            report_type = infer_report_type(list(flags.values()), len(meta.framework.codes))
            inferred = report_type
        normalized = normalize(raw, meta.framework, report_id, report_type)
    common = dict(
        n_pages=doc.n_pages, country=meta.country, year=meta.year,
        report_type=report_type, title=meta.title, converted_from=doc.converted_from,
        ocr=doc.ocr_confidence is not None, ocr_confidence=doc.ocr_confidence,
        language=language,
    )
    few = len(normalized.indicators) < MIN_PIS_FOR_SCORECARD
    titled = looks_like_scorecard(raw.cover_text.split("\n", 1)[0])  # its first paragraph: a scorecard whose PIs
    # the readers did not find (a document that only mentions the scorecard says so further down)
    if not looks_like_scorecard(raw.full_text_sample) or (few and not titled):
        return Extraction(_report(path, report_id, fmt, status="skipped",
                                  error="skipped: not a UNCT-SWAP scorecard", **common))
    notes = list(normalized.notes)
    if few:
        notes.append(NoteRecord(report_id, "scorecard-unread", None,
                                f"the title names the UNCT-SWAP Scorecard, but only {len(normalized.indicators)} "
                                "performance indicators were read", None))
    if doc.ocr_doubtful:
        from swapscore.pipeline.ocr_notes import low_confidence_notes

        notes += low_confidence_notes(doc.ocr_doubtful, raw, report_id)
    if inferred is not None:
        notes.append(NoteRecord(report_id, "report-type-inferred", None,
                                f"the cover does not say the report type; read as {inferred} from the reassessed flags", None))
    status_notes = [n for n in notes if n.code not in INFORMATIONAL_NOTES]
    status = "partial" if status_notes else "ok"
    error = f"{path.name}: " + "; ".join(n.message for n in status_notes) if status_notes else None
    counts = dict(
        n_indicators=len(normalized.indicators), n_sections=read.n_sections,
        n_means_of_verification=sum(e.kind == "means_of_verification" for e in normalized.evidence),
        n_supporting_documents=sum(e.kind == "supporting_document" for e in normalized.evidence),
        n_action_rows=len(normalized.action_plan),
    )
    report = _report(path, report_id, fmt, status=status, error=error,
                     framework=meta.framework.id, **common, **counts)
    return Extraction(report, normalized.indicators, normalized.evidence, normalized.action_plan, tuple(notes))
