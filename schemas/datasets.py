"""The output datasets: one definition feeds the Parquet schemas, the data package and the docs.

Column names and enum values here are the output contract; add columns
freely, never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from swapscore.schemas.language import language_codes

STATUS = ("ok", "partial", "failed", "skipped")
LANGUAGES = language_codes()  # one per file in schemas/languages/
RATINGS = ("missing", "approaches", "meets", "exceeds", "not_applicable")
KINDS = ("means_of_verification", "supporting_document")

PROGRESS_TYPE = pa.list_(pa.struct([("period", pa.string()), ("text", pa.string())]))


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    arrow: pa.DataType
    description: str
    enum: tuple | None = None
    required: bool = False

    @property
    def frictionless_type(self) -> str:
        """The Table Schema type frictionless validates the column against.  A list column is ``any``:
        frictionless reads Parquet through pandas, which hands it NumPy arrays that its ``array`` type
        refuses; the description says what the items are."""
        if pa.types.is_integer(self.arrow):
            return "integer"
        if pa.types.is_floating(self.arrow):
            return "number"
        if pa.types.is_boolean(self.arrow):
            return "boolean"
        if pa.types.is_list(self.arrow):
            return "any"
        return "string"

    @property
    def missing_values(self) -> tuple[str, ...] | None:
        """Cell texts that stand for null, where frictionless needs more than the default: pandas turns
        the nulls of an integer column into NaN."""
        return ("", "nan") if pa.types.is_integer(self.arrow) and not self.required else None


@dataclass(frozen=True, slots=True)
class Dataset:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[str, ...] = ("report_id",)

    @property
    def filename(self) -> str:
        return f"{self.name}.parquet"

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.arrow, nullable=not c.required) for c in self.columns])


REPORT_ID = Column("report_id", pa.string(), "SHA-256 (hex) of the source file's bytes; joins every dataset.", required=True)
PI = Column("pi", pa.string(), "Performance Indicator code of the canonical framework, e.g. \"1.1\".", required=True)
PAGE = Column("page", pa.int32(), "1-based page of the source PDF the value came from; null for DOCX.")

REPORTS = Dataset(
    name="reports",
    description="One row per input file: what it is and how its extraction ended.",
    primary_key=("report_id",),
    foreign_keys=(),
    columns=(
        REPORT_ID,
        Column("source_path", pa.string(), "Path of the file as found under the given inputs.", required=True),
        Column("source_format", pa.string(), "File format read (a legacy .doc is read as the DOCX it converts to); null for an unsupported file.",
               enum=("pdf", "docx")),
        Column("n_pages", pa.int32(), "Number of pages of a PDF; null for DOCX."),
        Column("country", pa.string(), "Country of the country team, canonical spelling."),
        Column("year", pa.int32(), "Reporting year."),
        Column("report_type", pa.string(), "Annual progress report or comprehensive assessment.", enum=("annual", "comprehensive")),
        Column("framework", pa.string(), "Scorecard framework version the report follows.", enum=("unct-swap-2018", "unct-swap-2023")),
        Column("language", pa.string(), "Language the report is written in (ISO 639-1), detected from its text; null when "
               "too little text to tell. Every other value is normalized to the same codes whatever the language.",
               enum=LANGUAGES),
        Column("title", pa.string(), "Title as written on the cover."),
        Column("status", pa.string(), "How extraction ended: ok, partial (warnings in error), failed or skipped.", enum=STATUS, required=True),
        Column("error", pa.string(), "Null, or a message naming the file and what went wrong."),
        Column("swapscore_version", pa.string(), "Version of swapscore that wrote the row.", required=True),
        Column("duplicate_paths", pa.list_(pa.string()), "Other files under the inputs with the same bytes, extracted once as this report."),
        Column("converted_from", pa.string(), "\"doc\" when a legacy Word file was converted to DOCX with LibreOffice before reading; else null."),
        Column("ocr", pa.bool_(), "True when some pages had no text layer and were read by OCR (tesseract)."),
        Column("ocr_confidence", pa.float32(), "Mean tesseract word confidence (0-100) over the OCRed pages; null without OCR."),
        Column("n_indicators", pa.int32(), "Indicator rows written for the report (null when it was not read)."),
        Column("n_sections", pa.int32(), "Detailed PI sections found."),
        Column("n_means_of_verification", pa.int32(), "Means-of-verification items written."),
        Column("n_supporting_documents", pa.int32(), "Supporting-document rows written."),
        Column("n_action_rows", pa.int32(), "Action-plan rows written."),
        Column("report_key", pa.string(), "The report the file is a copy of: country|year|report_type (the PDF, DOCX and scan of "
                                          "one report share it); null when one of the three is unknown."),
        Column("canonical", pa.bool_(), "True for the one row per report_key to count (the most complete extraction, see the "
                                        "README), and for a read scorecard without a key; false for the other copies and for "
                                        "failed or skipped files.", required=True),
    ),
)

INDICATORS = Dataset(
    name="indicators",
    description="One row per report and Performance Indicator found, overview and detailed section side by side.",
    primary_key=("report_id", "pi"),
    columns=(
        REPORT_ID,
        PI,
        Column("pi_title", pa.string(), "Canonical full title of the PI in the report's framework.", required=True),
        Column("dimension", pa.string(), "Canonical name of the PI's dimension in the report's framework.", required=True),
        Column("rating", pa.string(), "Resolved rating: the detailed section's, else the overview table's.", enum=RATINGS),
        Column("rating_score", pa.int8(), "Rating as a number: missing 0, approaches 1, meets 2, exceeds 3; null for not_applicable or unknown."),
        Column("reassessed", pa.bool_(), "Resolved reassessed-this-year flag: the section's, else the overview's; null if unknown."),
        Column("rating_overview", pa.string(), "Rating in the overview table (Table 1).", enum=RATINGS),
        Column("rating_section", pa.string(), "Rating in the detailed section of the PI.", enum=RATINGS),
        Column("reassessed_overview", pa.bool_(), "Reassessed flag in the overview table."),
        Column("reassessed_section", pa.bool_(), "Reassessed flag in the detailed section."),
        PAGE,
        Column("heading_raw", pa.string(), "The heading or table label as written.", required=True),
        Column("match_score", pa.float32(), "How well heading_raw matched the canonical PI (100 for a PI code match)."),
        Column("match_method", pa.string(), "How the PI was matched: by its code or by its name.", enum=("code", "name")),
        Column("findings", pa.string(), "Narrative text of the detailed section, one paragraph a line."),
    ),
)

EVIDENCE = Dataset(
    name="evidence",
    description="Means of verification and supporting documents, one row per item.",
    primary_key=("report_id", "pi", "kind", "seq"),
    columns=(
        REPORT_ID,
        PI,
        Column("kind", pa.string(), "A means-of-verification list item or a supporting-evidence table row.", enum=KINDS, required=True),
        Column("seq", pa.int32(), "1-based order within one PI and kind.", required=True),
        Column("category", pa.string(), "Category column of a supporting document; null for means of verification."),
        Column("text", pa.string(), "Item as written, list numbering and trailing semicolon removed.", required=True),
        Column("urls", pa.list_(pa.string()), "Web addresses inside the text."),
        PAGE,
    ),
)

ACTION_PLAN = Dataset(
    name="action_plan",
    description="One row per PI row of the action-plan table, split rows joined back.",
    primary_key=("report_id", "seq"),
    columns=(
        REPORT_ID,
        PI,
        Column("seq", pa.int32(), "Row order in the action-plan table, 1-based.", required=True),
        Column("label_raw", pa.string(), "The PI label cell as written."),
        Column("action", pa.string(), "The action points cell."),
        Column("progress", PROGRESS_TYPE, "Every other column in order: header label as written (period) and cell text."),
        Column("page", pa.int32(), "1-based page where the row starts; null for DOCX."),
    ),
)

# Every note makes its report partial, except the informational ones.
NOTE_CODES = ("heading-unmatched", "pi-unknown", "pi-duplicated", "rating-off-scale", "rating-missing", "evidence-unmatched",
              "action-row-unmatched", "section-rating-missing", "reassessed-missing", "label-without-value", "region-empty",
              "sections-missing", "table-unread", "report-type-inferred", "ocr-low-confidence")
INFORMATIONAL_NOTES = ("report-type-inferred", "ocr-low-confidence")

NOTES = Dataset(
    name="notes",
    description="What extraction could not place: headings, rows and values off the framework; each makes its report partial.",
    primary_key=("report_id", "seq"),
    columns=(
        REPORT_ID,
        Column("seq", pa.int32(), "1-based order of the note within its report.", required=True),
        Column("code", pa.string(), "Kind of note.", enum=NOTE_CODES, required=True),
        Column("pi", pa.string(), "PI code the note concerns, where one is known (it may be a code the framework lacks)."),
        Column("message", pa.string(), "What was found, naming the heading or value and its page.", required=True),
        PAGE,
    ),
)

# The ids of the audit checks (pipeline/audit/checks.py describes each; a test keeps the two in step).
CHECK_IDS = ("rating-overview-vs-section", "reassessed-overview-vs-section", "too-few-reassessed", "comprehensive-incomplete",
             "pi-missing", "pi-duplicated", "pi-unknown", "no-evidence", "carried-forward-changed", "rating-jump",
             "figure-outside-band", "stale-data", "action-row-unknown-pi", "no-action-for-low-rating", "copies-disagree")

AUDIT = Dataset(
    name="audit",
    description="One row per audit finding on the consistency of reported ratings (swapscore audit).",
    primary_key=("report_id", "check_id", "pi", "field"),
    columns=(
        Column("report_id", pa.string(), "Report the finding is about (for a carried-forward finding, the later report).", required=True),
        Column("pi", pa.string(), "PI code; null for report-level findings."),
        Column("check_id", pa.string(), "Short stable id of the check (see the README's list of checks).", enum=CHECK_IDS,
               required=True),
        Column("severity", pa.string(), "How serious the finding is.", enum=("error", "warning", "info"), required=True),
        Column("message", pa.string(), "What was found, naming the values.", required=True),
        Column("page", pa.int32(), "1-based page of the value the finding rests on; null for DOCX or report-level findings."),
        Column("dataset", pa.string(), "Dataset holding the value the finding rests on.", required=True),
        Column("field", pa.string(), "Column of that dataset.", required=True),
        Column("evidence", pa.string(), "The sentence used as evidence, where there is one."),
    ),
)

DATASETS: tuple[Dataset, ...] = (REPORTS, INDICATORS, EVIDENCE, ACTION_PLAN, NOTES)

# What the data package says about the data as a whole (write.datapackage).
PACKAGE_LICENSES = ({
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 (the extracted datasets; each source report keeps its own terms)",
    "path": "https://creativecommons.org/licenses/by/4.0/",
},)
PACKAGE_SOURCES = ({
    "title": "UNCT-SWAP Gender Equality Scorecard reports of UN country teams: one file per row of reports.parquet "
             "(source_path)",
    "path": "https://unsdg.un.org/resources/unct-swap-gender-equality-scorecard",
},)

# Files beside the datasets that the package lists when they are there: (name, file, media type, description).
EXTRA_FILES = (
    ("audit-page", "audit.html", "text/html",
     "The audit as one self-contained page: heatmap of ratings, a panel per report, the findings (swapscore audit)."),
    ("evaluation", "evaluation.json", "application/json",
     "Precision, recall and F1 of the datasets against truth files (swapscore evaluate)."),
)
