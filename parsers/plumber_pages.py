"""A PDF's pages as lines and ruled tables, read with pdfplumber: the reference reader.

pdfplumber parses every character and drawing in Python, which makes it
exact and slow (about 50 ms a page).  It is the fallback when pdfium cannot
open a file, and the oracle the fast reader (``pdfium_pages.py``) is tested
against: both must give the same paragraphs and tables on every corpus PDF.
"""

from __future__ import annotations

import logging
from collections import Counter
from itertools import dropwhile
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from swapscore.parsers.errors import DocumentLoadError, EncryptedDocumentError
from swapscore.parsers.layout import (
    Line,
    PageContent,
    PageTable,
    attach_dots,
    first_word,
    is_frame,
    mark_containers,
    page_table,
    read_fragments,
    split_list_marker,
)
from swapscore.parsers.text import BULLET_GLYPHS, tidy_cell

# pdfminer logs every oddity of a damaged file as a warning; the outcome is in the report row instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pages(path: Path) -> list[PageContent]:
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
    page = page.dedupe_chars()  # text drawn twice for fake bold reads once (pdfium's text layer drops it too)
    tables = [t for t in page.find_tables() if not is_frame([len(row.cells) for row in t.rows])]
    boxes = [table.bbox for table in tables]
    content.items.extend(_page_table(table, number) for table in tables)
    # characters whose middle lies in a table belong to its cells (cropping at the box would also
    # drop a line whose ascenders touch the table's bottom rule)
    outside = page.filter(lambda obj: obj["object_type"] != "char" or not any(_in_box(obj, b) for b in boxes))
    for raw in outside.extract_text_lines(return_chars=True, strip=True):
        line = _line(raw, number)
        if line is not None:
            content.items.append(line)
    content.items.sort(key=lambda item: item.top)
    attach_dots(content, [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in page.curves
                          if 1.5 <= c["x1"] - c["x0"] <= 8 and 1.5 <= c["bottom"] - c["top"] <= 8])
    rules = [(e["x0"], e["top"], e["bottom"]) for e in page.edges if e["orientation"] == "v"]
    mark_containers(content, rules)
    read_fragments(content, lambda bbox: tidy_cell(page.within_bbox(bbox).extract_text() or ""), rules)
    return content


def _in_box(char: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 <= (char["x0"] + char["x1"]) / 2 <= x1 and top <= (char["top"] + char["bottom"]) / 2 <= bottom


def _page_table(table, page: int) -> PageTable:
    rows = [[_clean_cell(c) for c in row] for row in table.extract()]
    columns = sorted({cell[0] for cell in table.cells})  # pdfplumber lays out a row's slots by these
    tops = tuple(row.bbox[1] for row in table.rows)
    return page_table(rows, columns, table.bbox, page, tops)


def _clean_cell(cell: str | None) -> str | None:
    return None if cell is None else tidy_cell(cell)


def _line(raw: dict, page: int) -> Line | None:
    chars = [c for c in raw["chars"] if c["text"].strip()]
    if not chars:
        return None
    kind, number, rest = split_list_marker(raw["text"])
    if kind == "bullet":  # drop the glyph chars (pdfminer may repeat an unmapped "(cid:N)" glyph)
        chars = list(dropwhile(lambda c: c["text"].startswith("(cid:") or c["text"] in BULLET_GLYPHS, chars)) or chars
    text_chars = chars[len(number.replace(" ", "")):]  # a numbered item's text starts after its number
    first_word_chars = text_chars[: len("".join(first_word(rest).split()))]
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
        bullet=bool(kind),
        first_word_width=first_word_width,
        start_x=chars[0]["x0"],
    )


