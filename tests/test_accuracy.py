"""Every document of the corpus, and the reference report, scores 1.0 on every field.

One test per document, so each fails on its own. Truth files are written by
the corpus generator from the specs, never by the extractor under test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from swapscore.pipeline.evaluate import FIELDS, evaluate
from tests.conftest import CORPUS, REFERENCE, corpus_documents, reference_documents

# Scans have no text layer: OCR reads their headings and prose, not their tables (see the README).
SCANS = {"moldova-2019-comprehensive-consultant-scan.pdf"}
OCR_EXACT_FIELDS = ("report fields", "PIs found", "rating", "reassessed")
OCR_TABLE_FIELDS = ("means of verification", "action-plan rows", "action-plan cells")  # lists and tables from the image


def truth_file(document: Path) -> Path:
    if document.parent == REFERENCE:
        return REFERENCE / "truth.json"
    return document.with_name(document.stem + ".truth.json")


def _params():
    for doc in corpus_documents() + reference_documents():
        if doc.name not in SCANS:
            yield pytest.param(doc, id=f"{doc.parent.name}/{doc.name}")


def test_every_corpus_document_has_a_truth_file():
    missing = [d.name for d in corpus_documents() if not truth_file(d).exists()]
    assert not missing, f"documents without NAME.truth.json: {missing}"


def test_corpus_is_large_and_varied_enough():
    documents = corpus_documents()
    assert len(documents) >= 14
    assert {d.suffix for d in documents} == {".pdf", ".docx"}


@pytest.mark.parametrize("document", list(_params()))
def test_document_scores_one_on_every_field(extracted, document: Path):
    (result,) = [r for r in evaluate(extracted, [truth_file(document)]) if Path(r.document) == document]
    below = {s.field: (round(s.precision, 3), round(s.recall, 3), s.fp, s.fn) for s in result.scores if s.f1 < 1.0}
    assert [s.field for s in result.scores] == list(FIELDS)
    assert not below, f"{document.name}: fields below 1.0 (precision, recall, fp, fn): {below}"


@pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                    reason="tesseract-ocr not installed (.ci/run installs it)")
@pytest.mark.parametrize("name", sorted(SCANS))
def test_scan_scores_one_on_report_fields_pis_ratings_and_flags(extracted, name):
    document = CORPUS / name
    (result,) = [r for r in evaluate(extracted, [truth_file(document)]) if Path(r.document) == document]
    scores = {s.field: s for s in result.scores}
    below = {f: (scores[f].precision, scores[f].recall) for f in OCR_EXACT_FIELDS if scores[f].f1 < 1.0}
    assert not below, below


@pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                    reason="tesseract-ocr not installed (.ci/run installs it)")
@pytest.mark.parametrize("name", sorted(SCANS))
def test_scan_reads_its_lists_and_tables_from_the_image(extracted, name):
    """The action plan is a ruled table in the image: its rulings found in the raster, its cells filled with OCR words."""
    document = CORPUS / name
    (result,) = [r for r in evaluate(extracted, [truth_file(document)], fuzzy=90) if Path(r.document) == document]
    scores = {s.field: s for s in result.scores}
    assert all(scores[f].tp > 0 for f in OCR_TABLE_FIELDS)
    below = {f: round(scores[f].f1, 3) for f in OCR_TABLE_FIELDS if scores[f].f1 < 0.95}
    assert not below, below


def test_reference_is_present_for_ci():
    assert (REFERENCE / "truth.json").exists(), "../shared/reference must sit beside the repository"
    assert {d.suffix for d in reference_documents()} == {".pdf", ".docx"}


def test_not_a_scorecard_is_skipped_without_indicators(extracted):
    import pandas as pd

    reports = pd.read_parquet(extracted / "reports.parquet")
    skipped = reports[reports.source_path.str.contains("entity|generic")]
    assert len(skipped) == 3
    assert set(skipped.status) == {"skipped"}
    assert set(skipped.error) == {"skipped: not a UNCT-SWAP scorecard"}
    indicators = pd.read_parquet(extracted / "indicators.parquet")
    assert not indicators.report_id.isin(skipped.report_id).any()


def test_overview_and_section_disagreements_are_kept_side_by_side(extracted):
    import pandas as pd

    reports = pd.read_parquet(extracted / "reports.parquet")
    rid = reports[reports.source_path.str.endswith("tajikistan-2022-annual-inconsistent.pdf")].report_id.iloc[0]
    ind = pd.read_parquet(extracted / "indicators.parquet").set_index(["report_id", "pi"]).loc[rid]
    assert (ind.loc["4.3", "rating_overview"], ind.loc["4.3", "rating_section"], ind.loc["4.3", "rating"]) == (
        "meets", "approaches", "approaches")
    assert (ind.loc["5.1", "reassessed_overview"], ind.loc["5.1", "reassessed_section"]) == (True, False)


def test_pages_point_at_the_source(extracted):
    import pandas as pd
    import pdfplumber

    reports = pd.read_parquet(extracted / "reports.parquet")
    ref = reports[reports.source_path.str.endswith("kazakhstan-2022/report.pdf")].iloc[0]
    evidence = pd.read_parquet(extracted / "evidence.parquet")
    rows = evidence[evidence.report_id == ref.report_id]
    with pdfplumber.open(ref.source_path) as pdf:
        for row in rows.itertuples():
            head = "".join(row.text.split())[:30]  # white space differs where a line wraps
            page_text = "".join(pdf.pages[int(row.page) - 1].extract_text().split())
            assert head in page_text, (row.pi, row.kind, row.seq, row.page)
    docx_ref = reports[reports.source_path.str.endswith("report.docx")].iloc[0]
    assert evidence[evidence.report_id == docx_ref.report_id].page.isna().all()


def test_corpus_dir_is_what_the_tests_read():
    assert CORPUS.is_dir()
