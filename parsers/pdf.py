"""PDF files to the intermediate document, from their text layer.

Two readers turn pages into lines and ruled tables (``PageContent``):
``pdfium_pages`` (pypdfium2, fast; the default) and ``plumber_pages``
(pdfplumber, the reference, fifty times slower).  pdfplumber reads a file
pdfium cannot open, and the environment variable ``SWAPSCORE_PDF_READER=pdfplumber``
makes it read every file.  Pages with no text layer are read by OCR
(``ocr.py``) when tesseract is installed; ``layout.py`` rebuilds paragraphs
and stitches tables.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from swapscore.parsers import pdfium_pages, plumber_pages
from swapscore.parsers.errors import DocumentLoadError, EmptyDocumentError, EncryptedDocumentError
from swapscore.parsers.layout import PageContent, blocks, mark_furniture
from swapscore.parsers.words import mend_broken_words
from swapscore.schemas.records import DoubtfulWord, ParsedDocument

READERS: dict[str, Callable[[Path], list[PageContent]]] = {
    "pdfium": pdfium_pages.read_pages,
    "pdfplumber": plumber_pages.read_pages,
}
READER_VARIABLE = "SWAPSCORE_PDF_READER"


def parse(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise EmptyDocumentError(f"{path.name}: the file is empty (0 bytes)")
    pages = read_pages(path)
    confidence, doubtful = _ocr_pages_without_text(path, pages)
    mark_furniture(pages)
    parsed_blocks = mend_broken_words(blocks(pages))
    return ParsedDocument(
        source_path=str(path),
        source_format="pdf",
        n_pages=len(pages),
        blocks=tuple(parsed_blocks),
        pages_without_text=sum(not p.has_text for p in pages),
        ocr_confidence=confidence,
        ocr_doubtful=doubtful,
    )


def read_pages(path: Path, reader: str | None = None) -> list[PageContent]:
    """The pages of a PDF by the named reader (default: the environment's choice, else pdfium)."""
    name = reader or os.environ.get(READER_VARIABLE) or "pdfium"
    if name not in READERS:
        raise ValueError(f"{READER_VARIABLE}={name!r}: choose one of {', '.join(READERS)}")
    try:
        return READERS[name](path)
    except EncryptedDocumentError:
        raise
    except DocumentLoadError:
        if name == "pdfplumber":
            raise
        # pdfium refuses some damaged files pdfminer can still read; when both fail, pdfplumber's message stands
        return plumber_pages.read_pages(path)


def _ocr_pages_without_text(path: Path, pages: list[PageContent]) -> tuple[float | None, tuple[DoubtfulWord, ...]]:
    """Read the pages with no text layer by OCR, when tesseract is installed: the mean word confidence, and the
    words read with a low one."""
    empty = [p for p in pages if not p.has_text]
    if not empty:
        return None, ()
    from swapscore.parsers import ocr  # numpy and the raster clean-up: only for a file that has scanned pages

    if not ocr.available():
        return None, ()
    read = ocr.read_pages(path, [p.number for p in empty])
    for page in empty:
        page.items = list(read.items.get(page.number, []))
        page.has_text = bool(page.items)
    confidences = read.confidences
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return mean, tuple(read.doubtful)
