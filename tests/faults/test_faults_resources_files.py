"""Files built to exhaust a worker: blank pages are not OCRed, a DOCX's XML is capped, temporaries go."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from faultkit import GOOD

from swapscore.parsers import docx as docx_parser
from swapscore.parsers import ocr
from swapscore.parsers.errors import DocumentLoadError
from swapscore.pipeline.process import process_file


def _pages_pdf(path: Path, kinds: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for kind in kinds:
        if kind == "white box":  # an object, but nothing to read
            pdf.setFillColorRGB(1, 1, 1)
            pdf.rect(50, 50, 400, 600, fill=1, stroke=0)
        elif kind == "speck":
            pdf.setFillColorRGB(0, 0, 0)
            pdf.circle(300, 400, 0.4, fill=1, stroke=0)
        elif kind == "text":
            pdf.setFont("Helvetica", 14)
            pdf.drawString(72, 700, "PI 1.1 Planning: Meets requirements")
        pdf.showPage()
    pdf.save()
    return path


def _count_tesseract(monkeypatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(ocr, "_tesseract", lambda image: calls.append(image) or [])
    return calls


def test_blank_pages_are_skipped_before_ocr(tmp_path, monkeypatch):
    path = _pages_pdf(tmp_path / "pages.pdf", ["empty", "white box", "speck", "text", "empty"])
    calls = _count_tesseract(monkeypatch)
    read = ocr.read_pages(path, [1, 2, 3, 4, 5])
    assert len(calls) == 1 and calls[0].name == "page-4.png"
    assert sorted(read.items) == [1, 2, 3, 4, 5]
    assert not calls[0].exists()  # each page image is deleted once read


@pytest.mark.skipif(not ocr.available(), reason="OCR runs only with tesseract installed")
def test_two_thousand_blank_pages_cost_no_ocr_pass(tmp_path, monkeypatch):
    path = _pages_pdf(tmp_path / "blank.pdf", ["empty"] * 1000 + ["white box"] * 1000)
    calls = _count_tesseract(monkeypatch)
    report = process_file(path).report
    assert calls == []
    assert report.status == "partial" and "2000 pages" in report.error and "OCR read no text" in report.error


def test_a_docx_whose_xml_inflates_past_the_cap_is_refused_and_says_so(tmp_path, monkeypatch):
    from tests.test_robustness import _huge_docx

    big = tmp_path / "big-xml.docx"
    _huge_docx(big, paragraphs=200, words=10_000)  # about 16 MB of XML in a small zip
    monkeypatch.setenv("SWAPSCORE_DOCX_MAX_XML_MB", "8")
    with pytest.raises(DocumentLoadError) as caught:
        docx_parser.parse(big)
    message = str(caught.value)
    assert "big-xml.docx" in message and "word/document.xml" in message and "SWAPSCORE_DOCX_MAX_XML_MB" in message
    monkeypatch.setenv("SWAPSCORE_DOCX_MAX_XML_MB", "64")
    assert docx_parser.parse(big).blocks  # under the cap it is read


def test_the_xml_cap_leaves_the_corpus_alone():
    assert docx_parser.max_xml_bytes() >= 16 * 1024 * 1024
    assert process_file(GOOD[0]).report.status == "ok"


def test_random_bytes_named_doc_fail_and_a_docx_named_doc_is_read(tmp_path):
    import random

    garbage = tmp_path / "random.doc"
    garbage.write_bytes(random.Random(15).randbytes(20_000))
    report = process_file(garbage).report
    assert report.status == "failed" and "random.doc" in report.error and "not a Word .doc" in report.error
    assert report.title is None
    renamed = tmp_path / "really-a-docx.doc"
    shutil.copy(GOOD[0], renamed)
    report = process_file(renamed).report
    assert report.status == "ok" and report.converted_from is None and report.source_format == "docx"


def test_identical_bytes_take_the_name_of_their_native_format(tmp_path):
    from faultkit import by_name

    from swapscore.pipeline.batch import run_batch

    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("a-copy.doc", "b-report.docx"):  # the .doc sorts first; the bytes are a DOCX
        shutil.copy(GOOD[0], archive / name)
    out = tmp_path / "out"
    _, summary = run_batch(sorted(archive.iterdir()), out, jobs=1, audit=False)
    reports = by_name(out)
    assert list(reports.index) == ["b-report.docx"]
    row = reports.loc["b-report.docx"]
    assert pd.isna(row.converted_from) and row.status == "ok"
    assert [Path(p).name for p in row.duplicate_paths] == ["a-copy.doc"]
    assert summary.parsed == 2  # read once, counted for both names
