"""Typed records passed between the pipeline stages.

parse -> ParsedDocument -> regions (one reader per region) -> RawReport
-> normalize -> Extraction -> write.  Pages are 1-based; ``None`` where the
format has no pages (DOCX).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ParagraphStyle = Literal["heading", "list_item", "body"]
SourceFormat = Literal["pdf", "docx"]
Status = Literal["ok", "partial", "failed", "skipped"]
EvidenceKind = Literal["means_of_verification", "supporting_document"]


# --- the intermediate document every parser produces -------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of running text (a PDF paragraph is rebuilt from its lines)."""

    text: str
    page: int | None = None
    style: ParagraphStyle = "body"
    bold: bool = False


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row; a cell is ``None`` where a merged cell of another row or column covers it.

    Cell text keeps its line breaks ("\\n") as the source had them.
    ``page_start`` marks the first body row on a new page of a table that runs
    over a page break (the row may be the second half of a split row).
    """

    cells: tuple[str | None, ...]
    page: int | None = None
    page_start: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[TableRow, ...]
    page: int | None = None

    @property
    def n_cols(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


Block = Paragraph | Table


@dataclass(frozen=True, slots=True)
class DoubtfulWord:
    """A word OCR read with a low confidence (0-100), on its 1-based page."""

    page: int
    text: str
    confidence: float


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    source_path: str
    source_format: SourceFormat
    n_pages: int | None
    blocks: tuple[Block, ...]
    pages_without_text: int = 0
    converted_from: str | None = None  # "doc" when LibreOffice turned a legacy .doc into the DOCX read
    ocr_confidence: float | None = None  # mean tesseract word confidence (0-100) when pages were OCRed
    ocr_doubtful: tuple[DoubtfulWord, ...] = ()  # words OCR read with a confidence under its threshold

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


# --- what the extractor pulls out, before normalization ----------------------


@dataclass(frozen=True, slots=True)
class RawIndicator:
    """One PI as the report writes it: from the overview table or a detailed section."""

    source: Literal["overview", "section"]
    heading: str
    code: str | None
    rating_text: str | None
    reassessed_text: str | None
    page: int | None
    findings: str = ""


@dataclass(frozen=True, slots=True)
class RawEvidence:
    heading: str
    code: str | None
    kind: EvidenceKind
    text: str
    category: str | None
    page: int | None


@dataclass(frozen=True, slots=True)
class ProgressCell:
    period: str
    text: str


@dataclass(frozen=True, slots=True)
class RawActionRow:
    label: str
    code: str | None
    action: str
    progress: tuple[ProgressCell, ...]
    page: int | None


@dataclass(frozen=True, slots=True)
class RawNote:
    """What a region reader found but could not read: a region read empty, a label with no value."""

    code: str
    pi: str | None
    message: str
    page: int | None


@dataclass(frozen=True, slots=True)
class RawReport:
    cover_text: str
    full_text_sample: str
    indicators: tuple[RawIndicator, ...]
    evidence: tuple[RawEvidence, ...]
    action_plan: tuple[RawActionRow, ...]
    notes: tuple[RawNote, ...] = ()


# --- normalized records: one per dataset row ---------------------------------


@dataclass(frozen=True, slots=True)
class ReportRecord:
    report_id: str
    source_path: str
    source_format: SourceFormat
    n_pages: int | None
    country: str | None
    year: int | None
    report_type: Literal["annual", "comprehensive"] | None
    framework: str | None
    title: str | None
    status: Status
    error: str | None
    swapscore_version: str
    duplicate_paths: tuple[str, ...] = ()
    converted_from: str | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    n_indicators: int | None = None
    n_sections: int | None = None
    n_means_of_verification: int | None = None
    n_supporting_documents: int | None = None
    n_action_rows: int | None = None
    language: str | None = None  # ISO 639-1 code detected from the text


@dataclass(frozen=True, slots=True)
class IndicatorRecord:
    report_id: str
    pi: str
    pi_title: str
    dimension: str
    rating: str | None
    rating_score: int | None
    reassessed: bool | None
    rating_overview: str | None
    rating_section: str | None
    reassessed_overview: bool | None
    reassessed_section: bool | None
    page: int | None
    heading_raw: str
    match_score: float
    match_method: str
    findings: str


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    report_id: str
    pi: str
    kind: EvidenceKind
    seq: int
    category: str | None
    text: str
    urls: tuple[str, ...]
    page: int | None


@dataclass(frozen=True, slots=True)
class ActionPlanRecord:
    report_id: str
    pi: str
    seq: int
    label_raw: str
    action: str
    progress: tuple[ProgressCell, ...]
    page: int | None


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """Something extraction could not place: a heading, row or value off the framework."""

    report_id: str
    code: str
    pi: str | None
    message: str
    page: int | None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one file yields: its report row and its dataset rows."""

    report: ReportRecord
    indicators: tuple[IndicatorRecord, ...] = ()
    evidence: tuple[EvidenceRecord, ...] = ()
    action_plan: tuple[ActionPlanRecord, ...] = ()
    notes: tuple[NoteRecord, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Finding:
    """One audit finding: what a check saw, how serious, and where."""

    report_id: str
    pi: str | None
    check_id: str
    severity: Literal["error", "warning", "info"]
    message: str
    page: int | None
    dataset: str
    field: str
    evidence: str | None = None
