"""Pages with no text layer, read by tesseract OCR into the same lines the text layer gives.

Each page is rendered with pypdfium2 and read by the ``tesseract`` command
(Debian package ``tesseract-ocr``) as TSV: words with boxes and confidences,
grouped into lines with positions in PDF points.  pdfium renders a page as
displayed, its ``/Rotate`` applied, so a scan stored sideways and turned
upright by ``/Rotate`` reads upright.  Tables are not rebuilt
from the image: their text comes out as lines.  OCR has no font information,
so a line in capitals counts as bold (headings of the consultant reports).

A blank page is recognised before it costs an OCR pass: a page with no
objects at all, or whose rendering at a low resolution has next to no dark
pixels, is skipped.  Each page's image is deleted once read; the folder they
live in is the worker's temporary folder (the run's, which the run removes).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium

from swapscore.parsers.children import die_with_parent
from swapscore.parsers.errors import DocumentLoadError
from swapscore.parsers.layout import NUMBERED, Line
from swapscore.parsers.text import strip_bullet

INSTALL_HINT = "apt-get install tesseract-ocr"
DPI = 200
TIMEOUT_S = 120
BLANK_DPI = 36  # the cheap look at a page: about 1/30 of the pixels of the OCR rendering
BLANK_DARK_LEVEL = 200  # a grey darker than this (0 black, 255 white) is ink
BLANK_MAX_DARK_PIXELS = 12  # a page with fewer dark pixels than this at BLANK_DPI is blank (specks, noise)


def available() -> bool:
    return shutil.which("tesseract") is not None


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float
    line_key: tuple[int, int, int]


def read_pages(path: Path, numbers: list[int]) -> tuple[dict[int, list[Line]], list[float]]:
    """OCR lines of the given 1-based pages, and the confidence of every word read."""
    lines: dict[int, list[Line]] = {}
    confidences: list[float] = []
    pdf = _open(path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for number in numbers:
                page = _page(pdf, path, number)
                if is_blank(page):
                    lines[number] = []
                    continue
                image = Path(tmp) / f"page-{number}.png"
                page.render(scale=DPI / 72).to_pil().convert("L").save(image)
                words = _tesseract(image)
                image.unlink()
                confidences.extend(w.confidence for w in words)
                lines[number] = _lines(words, number)
    finally:
        pdf.close()
    return lines, confidences


def is_blank(page: pdfium.PdfPage) -> bool:
    """True for a page with nothing to read: no objects, or (nearly) no dark pixel at a low resolution."""
    if next(iter(page.get_objects()), None) is None:
        return True
    histogram = page.render(scale=BLANK_DPI / 72, grayscale=True).to_pil().convert("L").histogram()
    return sum(histogram[:BLANK_DARK_LEVEL]) < BLANK_MAX_DARK_PIXELS


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise DocumentLoadError(f"{path.name}: pages without text cannot be rendered for OCR: pdfium cannot "
                                f"open the file ({exc})") from exc


def _page(pdf: pdfium.PdfDocument, path: Path, number: int) -> pdfium.PdfPage:
    """One page to render; a page pdfium cannot load is a damaged page tree (one that loops, or a page
    that is not a page), said in those words rather than as pdfium's error."""
    try:
        return pdf[number - 1]
    except (pdfium.PdfiumError, IndexError) as exc:
        raise DocumentLoadError(f"{path.name}: the PDF's page tree is damaged (page {number} cannot be loaded "
                                f"to be rendered for OCR: {exc}; does the page tree loop?)") from exc


def _tesseract(image: Path) -> list[Word]:
    # one thread: tesseract's OpenMP threads only fight the worker processes for the cores
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    result = subprocess.run(["tesseract", str(image), "stdout", "--psm", "3", "tsv"], capture_output=True,
                            text=True, timeout=TIMEOUT_S, check=True, env=env, preexec_fn=die_with_parent)
    scale = 72 / DPI
    words = []
    for row in csv.DictReader(io.StringIO(result.stdout), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or float(row["conf"]) < 0:
            continue
        left, top = int(row["left"]) * scale, int(row["top"]) * scale
        words.append(Word(text, left, top, left + int(row["width"]) * scale, top + int(row["height"]) * scale,
                          float(row["conf"]), (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def _lines(words: list[Word], page: int) -> list[Line]:
    """Words grouped into lines; every line gets the page's median word height as its size
    (OCR heights are too noisy to tell headings by size; capitals tell them instead)."""
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        grouped.setdefault(word.line_key, []).append(word)
    size = round(median(w.bottom - w.top for w in words), 1) if words else 10.0
    lines = (_line(sorted(ws, key=lambda w: w.left), page, size) for ws in grouped.values())
    return sorted(lines, key=lambda ln: ln.top)


def _line(words: list[Word], page: int, size: float) -> Line:
    text = " ".join(w.text for w in words)
    bullet, _ = strip_bullet(text)
    numbered = bool(NUMBERED.match(text)) and len(words) > 1
    body = words[1:] if (bullet or numbered) and len(words) > 1 else words
    letters = [c for c in text if c.isalpha()]
    return Line(
        text=text,
        page=page,
        x0=body[0].left,
        x1=max(w.right for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=size,
        bold=len(letters) >= 4 and all(c.isupper() for c in letters),
        bullet=bullet or numbered,
        first_word_width=body[0].right - body[0].left,
    )

