"""Page geometry to the intermediate document: lines rebuilt into paragraphs, tables stitched over pages.

Shared by the PDF readers (``pdfium_pages.py``, ``plumber_pages.py``) and the OCR reader
(``ocr.py``): all produce PageContent (lines and tables with positions in PDF
points), and ``blocks`` does the rest.  Running headers and footers are
dropped; a table that runs over a page break becomes one table, its repeated
header row dropped and the first row on each new page marked ``page_start``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from parsers.text import collapse_ws, join_lines, strip_bullet
from schemas.records import Block, Paragraph, Table, TableRow

NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s")
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.I)
MARGIN_SHARE = 0.09  # the top and bottom share of a page where running headers and footers sit
PADDING_WIDTH = 6.0  # an empty column this narrow is a cell's padding, drawn by Word as a box of its own


def split_list_marker(text: str) -> tuple[str, str, str]:
    """A line's list marker and the text after it, for the PDF readers:
    ("bullet", "", rest), ("number", "1.", rest), or ("", "", text) for a line that is no list item."""
    bullet, rest = strip_bullet(text)
    if bullet:
        return "bullet", "", rest
    number = NUMBERED.match(rest.lstrip())
    if number:  # a numbered item: its wrapped lines align after the number
        return "number", number.group(0).strip(), rest.lstrip()[number.end():]
    return "", "", text


@dataclass(slots=True)
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    bullet: bool  # starts with a list marker: a bullet glyph or a number such as "1." or "2)"
    first_word_width: float
    furniture: bool = False


@dataclass(slots=True)
class PageTable:
    rows: list[list[str | None]]
    page: int
    top: float
    bottom: float
    col_edges: tuple[float, ...]


def page_table(rows: list[list[str | None]], columns: list[float], bbox: tuple[float, float, float, float],
               page: int) -> PageTable:
    """A ruled table of one page from its grid (``columns``: the left edge of each slot, ``bbox``: x0, top, x1,
    bottom), without the columns that only hold a cell's padding: Word shades a cell's text area and its
    padding as separate boxes, whose edges would otherwise make a narrow empty column beside every column."""
    rights = [*columns[1:], bbox[2]]
    keep = [
        j for j, (left, right) in enumerate(zip(columns, rights))
        if right - left >= PADDING_WIDTH or any(row[j] for row in rows)
    ]
    rows = [[row[j] for j in keep] for row in rows]
    edges = tuple(round(columns[j]) for j, cell in zip(keep, rows[0]) if cell is not None)
    return PageTable(rows=rows, page=page, top=bbox[1], bottom=bbox[3], col_edges=edges)


@dataclass(slots=True)
class PageContent:
    number: int
    height: float
    items: list[Line | PageTable] = field(default_factory=list)
    has_text: bool = True


# --- running headers and footers ------------------------------------------------


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", collapse_ws(text).lower())


def mark_furniture(pages: list[PageContent]) -> None:
    """Mark lines in the page margins that repeat on many pages, or are page numbers."""
    margin_lines = [
        line
        for page in pages
        for line in page.items
        if isinstance(line, Line)
        and (line.top < page.height * MARGIN_SHARE or line.bottom > page.height * (1 - MARGIN_SHARE))
    ]
    counts = Counter(_furniture_key(line.text) for line in margin_lines)
    repeat_floor = max(3, len(pages) // 3)
    for line in margin_lines:
        text = collapse_ws(line.text)
        if counts[_furniture_key(text)] >= repeat_floor or _PAGE_NUMBER.match(text):
            line.furniture = True


# --- lines to paragraphs, tables stitched over pages ----------------------------


def blocks(pages: list[PageContent]) -> list[Block]:
    body_size = _body_size(pages)
    right_edges = {p.number: _right_edge(p) for p in pages}
    blocks: list[Paragraph | _TableBuilder] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            blocks.append(_paragraph(current, body_size))
            current.clear()

    for page in pages:
        for item in page.items:
            if isinstance(item, PageTable):
                flush()
                previous = blocks[-1] if blocks else None
                if isinstance(previous, _TableBuilder) and previous.continued_by(item):
                    previous.add_page(item)
                else:
                    blocks.append(_TableBuilder(item))
            elif not item.furniture:
                if current and _starts_paragraph(current, item, right_edges):
                    flush()
                current.append(item)
    flush()
    return [b.build() if isinstance(b, _TableBuilder) else b for b in blocks]


class _TableBuilder:
    """A table that may still collect the rows of its continuation pages."""

    def __init__(self, table: PageTable) -> None:
        self.first = table
        self.last = table
        self.rows = [TableRow(tuple(r), table.page) for r in table.rows]

    def continued_by(self, table: PageTable) -> bool:
        """True when ``table`` opens the next page with this table's columns."""
        return (
            table.page == self.last.page + 1
            and len(table.rows[0]) == len(self.first.rows[0])
            and all(abs(a - b) <= 3 for a, b in zip(table.col_edges, self.first.col_edges))
        )

    def add_page(self, table: PageTable) -> None:
        header = [collapse_ws(c or "") for c in self.first.rows[0]]
        rows = table.rows
        if rows and [collapse_ws(c or "") for c in rows[0]] == header:
            rows = rows[1:]
        self.rows.extend(
            TableRow(tuple(r), table.page, page_start=(i == 0)) for i, r in enumerate(rows)
        )
        self.last = table

    def build(self) -> Table:
        return Table(rows=tuple(self.rows), page=self.first.page)


def _body_size(pages: list[PageContent]) -> float:
    sizes = Counter(
        line.size for p in pages for line in p.items if isinstance(line, Line) and not line.furniture
    )
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _right_edge(page: PageContent) -> float:
    edges = [line.x1 for line in page.items if isinstance(line, Line) and not line.furniture]
    return max(edges, default=0.0)


def _starts_paragraph(current: list[Line], line: Line, right_edges: dict[int, float]) -> bool:
    last, first = current[-1], current[0]
    if line.bullet:
        return True
    if line.bold != last.bold or abs(line.size - last.size) > 0.5:
        return True
    if line.page == last.page and line.top - last.bottom > 0.7 * last.size:
        return True
    if line.page != last.page and last.text.rstrip().endswith((".", ";", ":", "?", "!")):
        return True  # over a page break, a line that ends a sentence ends its paragraph
    indent = last.x0 if len(current) > 1 else first.x0
    first_line_indent = len(current) == 1 and not first.bullet and line.x0 < first.x0
    if abs(line.x0 - indent) > 3 and not first_line_indent:
        return True
    space = 0.3 * last.size
    return last.x1 + space + line.first_word_width < right_edges[last.page] - 2


def _paragraph(lines: list[Line], body_size: float) -> Paragraph:
    first = lines[0]
    text = join_lines([line.text for line in lines])
    is_list = first.bullet
    larger = first.size >= body_size + 1.5
    short_bold = first.bold and len(lines) <= 2 and len(text) < 150
    if larger or (short_bold and not is_list):
        style = "heading"
    elif is_list:
        style = "list_item"
    else:
        style = "body"
    return Paragraph(text=text, page=first.page, style=style, bold=first.bold)
