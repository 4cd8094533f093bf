"""PDF files to the intermediate document, from their text layer (pdfplumber).

pdfplumber finds the ruled tables of each page and the text lines outside
them; pages with no text layer are read by OCR (``ocr.py``) when tesseract
is installed.  ``layout.py`` rebuilds paragraphs and stitches tables.
"""

from __future__ import annotations

import logging
from collections import Counter
from itertools import dropwhile
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from parsers import ocr
from parsers.errors import DocumentLoadError, EmptyDocumentError, EncryptedDocumentError
from parsers.layout import NUMBERED, Line, PageContent, PageTable, blocks, mark_furniture
from parsers.text import BULLET_GLYPHS, collapse_ws, strip_bullet
from schemas.records import ParsedDocument

# pdfminer logs every oddity of a damaged file as a warning; the outcome is in the report row instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def parse(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise EmptyDocumentError(f"{path.name}: the file is empty (0 bytes)")
    pages = _read_pages(path)
    confidence = _ocr_pages_without_text(path, pages)
    mark_furniture(pages)
    parsed_blocks = blocks(pages)
    return ParsedDocument(
        source_path=str(path),
        source_format="pdf",
        n_pages=len(pages),
        blocks=tuple(parsed_blocks),
        pages_without_text=sum(not p.has_text for p in pages),
        ocr_confidence=confidence,
    )


def _ocr_pages_without_text(path: Path, pages: list[PageContent]) -> float | None:
    """Read the pages with no text layer by OCR, when tesseract is installed; the mean word confidence."""
    empty = [p for p in pages if not p.has_text]
    if not empty or not ocr.available():
        return None
    lines, confidences = ocr.read_pages(path, [p.number for p in empty])
    for page in empty:
        page.items = list(lines.get(page.number, []))
        page.has_text = bool(page.items)
    return round(sum(confidences) / len(confidences), 1) if confidences else None


def _read_pages(path: Path) -> list[PageContent]:
    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = []
            for i, page in enumerate(pdf.pages):
                pages.append(_read_page(page, i + 1))
                page.close()  # drop the page's parsed objects: memory stays flat on long reports
            return pages
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer raises many types on broken files, often wrapped by pdfplumber
        if _is_password_error(exc):
            raise EncryptedDocumentError(f"{path.name}: encrypted (it needs a password)") from exc
        raise DocumentLoadError(f"{path.name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc


def _is_password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect in its own exception; look through the chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, PDFPasswordIncorrect) or any(isinstance(a, PDFPasswordIncorrect) for a in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _read_page(page, number: int) -> PageContent:
    content = PageContent(number=number, height=float(page.height))
    if not page.chars:
        content.has_text = False
        return content
    tables = page.find_tables()
    outside = page
    for table in tables:
        outside = outside.outside_bbox(table.bbox, strict=False)
        content.items.append(_page_table(table, number))
    for raw in outside.extract_text_lines(return_chars=True, strip=True):
        line = _line(raw, number)
        if line is not None:
            content.items.append(line)
    content.items.sort(key=lambda item: item.top)
    return content


def _page_table(table, page: int) -> PageTable:
    rows = [[_clean_cell(c) for c in row] for row in table.extract()]
    first = table.rows[0]
    edges = tuple(round(c[0]) for c in first.cells if c is not None)
    return PageTable(rows=rows, page=page, top=table.bbox[1], bottom=table.bbox[3], col_edges=edges)


def _clean_cell(cell: str | None) -> str | None:
    if cell is None:
        return None
    return "\n".join(collapse_ws(line) for line in cell.split("\n") if line.strip())


def _line(raw: dict, page: int) -> Line | None:
    chars = [c for c in raw["chars"] if c["text"].strip()]
    if not chars:
        return None
    bullet, rest = strip_bullet(raw["text"])
    if bullet:  # drop the glyph chars (pdfminer may repeat an unmapped "(cid:N)" glyph)
        chars = list(dropwhile(lambda c: c["text"].startswith("(cid:") or c["text"] in BULLET_GLYPHS, chars)) or chars
    marker_chars = 0
    number = None if bullet else NUMBERED.match(rest.lstrip())
    if number:  # a numbered item: its wrapped lines align after the number
        bullet, rest = True, rest.lstrip()[number.end():]
        marker_chars = len(number.group(0).replace(" ", ""))
    text_chars = chars[marker_chars:]
    words = rest.split()
    first_word = words[0] if words else ""
    first_word_chars = text_chars[: len(first_word)]
    first_word_width = (
        first_word_chars[-1]["x1"] - first_word_chars[0]["x0"] if first_word_chars else 0.0
    )
    sizes = Counter(round(c["size"], 1) for c in text_chars or chars)
    return Line(
        text=raw["text"],
        page=page,
        x0=(text_chars or chars)[0]["x0"],
        x1=raw["x1"],
        top=raw["top"],
        bottom=raw["bottom"],
        size=sizes.most_common(1)[0][0],
        bold=all("bold" in c["fontname"].lower() for c in text_chars or chars),
        bullet=bullet,
        first_word_width=first_word_width,
    )


