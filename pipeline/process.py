"""One file through every stage: parse -> read regions -> normalize.

Bad input never escapes as an exception: it comes back as an Extraction whose
report row says ``failed`` (the bytes are bad) or ``skipped`` (not a scorecard).
"""

from __future__ import annotations

import hashlib
import traceback
from pathlib import Path

import parsers
from parsers import ocr
from parsers.errors import DocumentLoadError
from pipeline import __version__
from pipeline.normalize import normalize
from pipeline.phrases import answer
from pipeline.regions import read_report
from pipeline.regions.metadata import infer_report_type, looks_like_scorecard
from schemas.datasets import INFORMATIONAL_NOTES
from schemas.records import Extraction, NoteRecord, ParsedDocument, ReportRecord

MIN_PIS_FOR_SCORECARD = 3


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
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


def failed_extraction(path: Path, message: str) -> Extraction:
    """A failed report row for ``path`` that names the problem."""
    report_id = file_digest(path) if path.is_file() else ""
    fmt, converted_from = FORMATS.get(path.suffix.lower(), (None, None))
    return Extraction(_report(path, report_id, fmt, error=message, converted_from=converted_from))


def safe_process(path: Path) -> Extraction:
    """process_file, with a bug in swapscore turned into a failed row naming the file and the place."""
    try:
        return process_file(path)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
        last = traceback.extract_tb(exc.__traceback__)[-1]
        return failed_extraction(path, f"failed: internal error in swapscore reading {path.name}: "
                                       f"{type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})")


def process_file(path: Path) -> Extraction:
    """Extract one report; every outcome, good or bad, is an Extraction."""
    try:
        doc = parsers.parse(path)
    except DocumentLoadError as exc:
        return failed_extraction(path, f"failed: {exc}")
    report_id = file_digest(path)
    return extract_document(doc, path, report_id)


def extract_document(doc: ParsedDocument, path: Path, report_id: str) -> Extraction:
    fmt = doc.source_format
    if doc.n_pages and doc.pages_without_text == doc.n_pages:
        why = "OCR read no text on them either (blank or unreadable images?)" if ocr.available() else \
            f"no OCR engine to read it: {ocr.INSTALL_HINT}"
        return Extraction(_report(
            path, report_id, fmt, n_pages=doc.n_pages, status="partial",
            error=f"{path.name}: no text layer on any of its {doc.n_pages} pages (a scan?) and {why}",
        ))
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
    )
    if not looks_like_scorecard(raw.full_text_sample) or len(normalized.indicators) < MIN_PIS_FOR_SCORECARD:
        return Extraction(_report(path, report_id, fmt, status="skipped",
                                  error="skipped: not a UNCT-SWAP scorecard", **common))
    notes = list(normalized.notes)
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
