"""A PDF's pages as lines and ruled tables, read with pdfium (pypdfium2): the fast reader.

pdfium lays out the text of a page in C and hands it over in one call, with
a line break ("\\r\\n") between lines; each character keeps its index, so a
line's geometry and fonts are read for a handful of its characters only
(its first and last, and the first of each word).  Ruled tables come from
the page's drawings: the straight segments of its path objects go through
``ruling.find_tables`` and each cell's text is read inside its box.

The result is the same PageContent the pdfplumber reader (``plumber_pages.py``)
gives, at about a twentieth of its cost; ``pdf.py`` chooses between them.
Geometry is in PDF points from the top left of the page, as pdfplumber's.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from swapscore.parsers.errors import DocumentLoadError, EncryptedDocumentError
from swapscore.parsers.layout import (
    MARKER_ONLY,
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
    vertical_rules,
)
from swapscore.parsers.reading import CellIndex, Glyph, cell_text
from swapscore.parsers.ruling import BBox, Point, RuledTable, find_tables
from swapscore.parsers.text import tidy_cell

_LINE_BREAK = "\r\n"
# pdfium glues a word broken by a hyphen at a line end into one line, the hyphen replaced by one of these
_LINE_END_HYPHENS = "\ufffe\x02"
_LINE_END = re.compile(f"\r\n|[{_LINE_END_HYPHENS}]")
_WORD = re.compile(r"\S+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DEFAULT_DESCENT = -0.21  # share of the font size below the baseline, when the font does not say
_Word = tuple[int, int, BBox, BBox]  # a word's first and last index, and their boxes
_LINE_TOLERANCE = 3.0  # pdfium lines whose tops are this close are one printed line (pdfplumber's y_tolerance)


def read_pages(path: Path) -> list[PageContent]:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocumentError(f"{path.name}: encrypted (it needs a password)") from exc
        raise DocumentLoadError(f"{path.name}: not a readable PDF ({exc})") from exc
    try:
        return [_read_page(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as exc:  # a page pdfium cannot load
        raise DocumentLoadError(f"{path.name}: not a readable PDF ({exc})") from exc
    finally:
        pdf.close()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> PageContent:
    page = pdf[index]
    if page.get_rotation():
        page = _upright(pdf, index, page)
    try:
        height = page.get_height()
        content = PageContent(number=index + 1, height=height)
        textpage = page.get_textpage()
        try:
            reader = _TextReader(textpage, height)
            if not reader.text.strip():
                content.has_text = False
                return content
            dots: list[BBox] = []
            segments = _segments(page, height, dots)
            tables = [t for t in find_tables(segments) if not is_frame([len(row) for row in t.rows])]
            grids = [CellIndex([cell for row in t.rows for cell in row if cell is not None]) for t in tables]
            lines, glyphs = reader.read(content.number, grids)
            content.items.extend(_page_table(t, g, content.number) for t, g in zip(tables, glyphs, strict=True))
            content.items.extend(lines)
            content.items.sort(key=lambda item: item.top)
            attach_dots(content, dots)
            rules = vertical_rules(segments)
            mark_containers(content, rules)
            read_fragments(content, reader.text_in, rules)
        finally:
            textpage.close()
    finally:
        page.close()
    content.items.sort(key=lambda item: item.top)
    return content


# the matrix that draws a page's content as a viewer shows it under /Rotate (clockwise), for a box of w x h
_TURNS = {
    90: lambda w, h: (0.0, -1.0, 1.0, 0.0, 0.0, w),
    180: lambda w, h: (-1.0, 0.0, 0.0, -1.0, w, h),
    270: lambda w, h: (0.0, 1.0, -1.0, 0.0, h, 0.0),
}


def _upright(pdf: pdfium.PdfDocument, index: int, page: pdfium.PdfPage) -> pdfium.PdfPage:
    """A page with /Rotate (a landscape page from Word or Acrobat) made upright: its content turned as a viewer
    shows it, its rotation cleared, and loaded again, so text and rulings read as on any other page."""
    x0, y0, x1, y1 = page.get_cropbox()
    w, h = x1 - x0, y1 - y0
    a, b, c, d, e, f = _compose((1.0, 0.0, 0.0, 1.0, -x0, -y0), _TURNS[page.get_rotation()](w, h))
    raw.FPDFPage_TransFormWithClip(page, raw.FS_MATRIX(a, b, c, d, e, f), None)
    turned = (0.0, 0.0, w, h) if page.get_rotation() == 180 else (0.0, 0.0, h, w)
    page.set_rotation(0)
    page.set_mediabox(*turned)
    page.set_cropbox(*turned)
    page.close()
    return pdf[index]


def _page_table(table: RuledTable, glyphs: list[list[Glyph]], page: int) -> PageTable:
    """The table with each cell's glyphs (in the order of its cells, row by row) as text in reading order."""
    texts = iter([tidy_cell(_readable(cell_text(cell))) for cell in glyphs])
    rows = [[None if cell is None else next(texts) for cell in row] for row in table.rows]
    tops = tuple(min(cell[1] for cell in row if cell is not None) if any(row) else table.bbox[1] for row in table.rows)
    return page_table(rows, list(table.columns), table.bbox, page, tops)


class _TextReader:
    """One page's text layer: its characters by index, their boxes and fonts on demand."""

    def __init__(self, textpage: pdfium.PdfTextPage, height: float) -> None:
        self.textpage = textpage
        self.height = height
        count = raw.FPDFText_CountChars(textpage)
        buffer = (ctypes.c_ushort * (count + 1))()
        written = raw.FPDFText_GetText(textpage, 0, count, buffer) if count > 0 else 0
        # one str character per pdfium character index (a surrogate half stays a half here)
        self.text = "".join(map(chr, buffer[: max(written - 1, 0)]))
        self._box = raw.FS_RECTF()
        self._font_name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()
        self._descent = ctypes.c_float()
        self._matrix = raw.FS_MATRIX()

    def read(self, page: int, tables: list[CellIndex]) -> tuple[list[Line], list[list[list[Glyph]]]]:
        """The page's lines outside its tables, and for each table the glyphs of each of its cells.

        A line that starts and ends in one cell goes to it whole, as one glyph of many characters; a line
        that crosses a cell's rule (or runs backwards) goes word by word, and a word that crosses one glyph by
        glyph, to the cell holding its centre.  A table drawn inside another one's cell gets its text, and so
        does the outer cell (as pdfplumber)."""
        pieces: list[tuple[Line, int, int]] = []
        out: list[list[list[Glyph]]] = [[[] for _ in table.cells] for table in tables]
        for start, end, first, last, head, tail in self._spans():
            words: list[_Word] | None = None
            in_a_table = False
            for table, cells in zip(tables, out):
                where = table.find(*_centre(head)), table.find(*_centre(tail))
                if where == (None, None):
                    continue
                in_a_table = True
                if where[0] == where[1] and head[0] <= tail[0]:
                    cells[where[0]].append(Glyph(self.text[first : last + 1], head[0], head[1], tail[2], head[3], index=last))
                    continue
                words = words if words is not None else self._words(first, last + 1)
                self._split(words, table, cells)
            if not in_a_table:
                line = self._line(start, end, page)
                if line is not None:
                    pieces.append((line, first, last))
            elif words is not None:
                pieces += self._cellless(words, tables, page)
        return self._printed_lines(pieces), out

    def _spans(self) -> Iterator[tuple[int, int, int, int, BBox, BBox]]:
        """pdfium's lines that hold text: start and end, the indices of the first and last character that is
        no space, and the boxes of those two."""
        for start, end in _line_spans(self.text):
            text = self.text[start:end]
            if not text.strip():
                continue
            first = start + len(text) - len(text.lstrip())
            last = start + len(text.rstrip()) - 1
            yield start, end, first, last, self._char_box(first), self._char_box(last)

    def _cellless(self, words: list[_Word], tables: list[CellIndex], page: int) -> list[tuple[Line, int, int]]:
        """The runs of a line's words that lie in no cell (a merged cell a page break left open has no rule
        under it, so no cell): loose lines, as if outside the table."""
        runs: list[list[_Word]] = [[]]
        for word in words:
            first, last, head, tail = word
            if any(table.find(*_centre(head)) is not None or table.find(*_centre(tail)) is not None for table in tables):
                runs.append([])
            else:
                runs[-1].append(word)
        pieces = []
        for run in runs:
            if run:
                line = self._line(run[0][0], run[-1][1] + 1, page)
                if line is not None:
                    pieces.append((line, run[0][0], run[-1][1]))
        return pieces

    def _printed_lines(self, pieces: list[tuple[Line, int, int]]) -> list[Line]:
        """pdfium's lines (with their first and last index), joined where a producer drew one printed line in
        pieces (a score sheet's columns of numbers): lines whose tops are within 3 pt, left to right."""
        bands: list[list[tuple[Line, int, int]]] = []
        for piece in sorted(pieces, key=lambda p: p[0].top):
            if bands and piece[0].top - bands[-1][-1][0].top <= _LINE_TOLERANCE:
                bands[-1].append(piece)
            else:
                bands.append([piece])
        return [band[0][0] if len(band) == 1 else self._joined(band) for band in bands]

    def _joined(self, band: list[tuple[Line, int, int]]) -> Line:
        band = sorted(band, key=lambda p: p[0].x0)
        lines = [line for line, _, _ in band]
        if all(b.x0 >= a.x1 - 1 for a, b in zip(lines, lines[1:])):
            text = " ".join(line.text for line in lines)
        else:  # the pieces interleave: their words in order along the line
            words = sorted((w for _, first, last in band for w in self._words(first, last + 1)), key=lambda w: w[2][0])
            text = " ".join(_readable(self.text[first : last + 1]) for first, last, _, _ in words)
        leftmost = lines[0]
        # a list number drawn apart from its item (HTML renderers): the line is the item's, marked as listed
        marker = MARKER_ONLY.match(leftmost.text.strip()) is not None and len(lines) > 1
        text_line = lines[1] if marker else leftmost
        return Line(
            text=text,
            page=leftmost.page,
            x0=text_line.x0,
            x1=max(line.x1 for line in lines),
            top=min(line.top for line in lines),
            bottom=max(line.bottom for line in lines),
            size=max(lines, key=lambda line: len(line.text)).size,
            bold=all(line.bold for line in (lines[1:] if marker else lines)),
            bullet=leftmost.bullet or marker,
            first_word_width=text_line.first_word_width,
            start_x=leftmost.start_x if leftmost.start_x is not None else leftmost.x0,
        )

    def _words(self, start: int, end: int) -> list[_Word]:
        return [(m.start(), m.end() - 1, self._char_box(m.start()), self._char_box(m.end() - 1))
                for m in _WORD.finditer(self.text, start, end)]

    def _split(self, words: list[_Word], table: CellIndex, cells: list[list[Glyph]]) -> None:
        """A line's words to the cells holding them; a word whose ends lie in two cells glyph by glyph."""
        follows = -1
        for first, last, head, tail in words:
            where = table.find(*_centre(head))
            if where == table.find(*_centre(tail)) and head[0] <= tail[0]:
                if where is not None:
                    cells[where].append(Glyph(self.text[first : last + 1], head[0], head[1], tail[2], head[3],
                                              index=last, follows=follows, space_before=follows >= 0))
            else:
                for glyph in self._glyphs(first, last + 1, follows):
                    cell = table.find(*_centre((glyph.x0, glyph.top, glyph.x1, glyph.bottom)))
                    if cell is not None:
                        cells[cell].append(glyph)
            follows = last

    def _glyphs(self, start: int, end: int, follows: int = -1) -> list[Glyph]:
        """Every character between two indices with its box (after the glyph at index ``follows``, with
        white space between, or none: -1)."""
        out: list[Glyph] = []
        space = follows >= 0
        for i in range(start, end):
            char = self.text[i]
            if char.isspace():
                space = True
            elif "\udc00" <= char <= "\udfff" and out:  # the second half of a surrogate pair rides on the first
                out[-1] = replace(out[-1], text=out[-1].text + char)
            else:
                out.append(Glyph(char, *self._char_box(i), index=i, follows=follows, space_before=space))
                space = False
                follows = i
        return out

    def _line(self, start: int, end: int, page: int) -> Line | None:
        text = self.text[start:end]  # indices into self.text stay valid; the Line's text is made readable
        stripped = text.strip()
        if not stripped:
            return None
        first = start + len(text) - len(text.lstrip())
        last = start + len(text.rstrip()) - 1
        kind, _, rest = split_list_marker(stripped)
        rest = rest.lstrip()
        text_start = last + 1 - len(rest) if rest else first  # a list item's text starts after its marker
        word = first_word(rest)
        x0, _, _, _ = self._char_box(text_start)
        word_end = self._char_box(text_start + max(len(word) - 1, 0))[2]
        top, bottom, size = self._vertical_extent(text_start)
        return Line(
            text=_readable(stripped),
            page=page,
            x0=x0,
            x1=self._char_box(last)[2],
            top=top,
            bottom=bottom,
            size=size,
            bold=all(self._is_bold(i) for i in _word_starts(self.text, text_start, last)),
            bullet=bool(kind),
            first_word_width=word_end - x0 if word else 0.0,
            start_x=self._char_box(first)[0],
        )

    def text_in(self, bbox: BBox) -> str:
        """The text inside a box (top-left coordinates), its lines joined by "\\n" (for the loose lines of a
        row a page break split, ``layout.read_fragments``): the glyphs whose centre the box holds, in reading
        order as a cell's. (pdfium's own bounded text breaks a line drawn glyph by glyph, as Chromium draws
        the rest of a split row, after every character, and drops its word spaces.)"""
        x0, top, x1, bottom = bbox

        def inside(box: BBox) -> bool:
            x, y = _centre(box)
            return x0 <= x <= x1 and top <= y <= bottom

        glyphs: list[Glyph] = []
        for _, _, first, last, head, tail in self._spans():
            if head[3] < top or head[1] > bottom:
                continue
            if inside(head) and inside(tail) and head[0] <= tail[0]:
                glyphs.append(Glyph(_readable(self.text[first : last + 1]), head[0], head[1], tail[2], head[3], index=last))
            else:
                glyphs += [replace(g, text=_readable(g.text)) for g in self._glyphs(first, last + 1)
                           if inside((g.x0, g.top, g.x1, g.bottom))]
        return tidy_cell(cell_text(glyphs))

    def _char_box(self, index: int) -> tuple[float, float, float, float]:
        """x0, top, x1, bottom of a character's advance box, top-left coordinates."""
        raw.FPDFText_GetLooseCharBox(self.textpage, index, self._box)
        box = self._box
        return box.left, self.height - box.top, box.right, self.height - box.bottom

    def _vertical_extent(self, index: int) -> tuple[float, float, float]:
        """top, bottom and size of a character's line, as pdfminer measures them: one font size tall,
        standing on the font's descent below the baseline."""
        text_object = raw.FPDFText_GetTextObject(self.textpage, index)
        # pdfium's font size leaves out the text object's matrix (WeasyPrint and Chromium draw at 0.75)
        scale = 1.0
        if text_object and raw.FPDFPageObj_GetMatrix(text_object, self._matrix):
            m = self._matrix
            scale = abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        size = round(raw.FPDFText_GetFontSize(self.textpage, index) * scale, 1)
        raw.FPDFText_GetCharOrigin(self.textpage, index, self._x, self._y)
        descent = _DEFAULT_DESCENT * size
        font = raw.FPDFTextObj_GetFont(text_object)
        if font and raw.FPDFFont_GetDescent(font, size, self._descent) and self._descent.value < 0:
            descent = self._descent.value
        bottom = self.height - (self._y.value + descent)
        return bottom - size, bottom, size

    def _is_bold(self, index: int) -> bool:
        needed = raw.FPDFText_GetFontInfo(self.textpage, index, self._font_name, len(self._font_name), self._flags)
        if needed > len(self._font_name):  # pdfium leaves a too-small buffer as it was
            self._font_name = ctypes.create_string_buffer(needed)
            raw.FPDFText_GetFontInfo(self.textpage, index, self._font_name, needed, self._flags)
        return b"bold" in self._font_name.value.lower()


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each visual line: split at pdfium's line breaks and after its line-end hyphens."""
    spans = []
    start = 0
    for match in _LINE_END.finditer(text):
        is_break = match.group() == _LINE_BREAK
        spans.append((start, match.start() if is_break else match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _readable(text: str) -> str:
    for hyphen in _LINE_END_HYPHENS:
        text = text.replace(hyphen, "-")
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _word_starts(text: str, first: int, last: int) -> list[int]:
    """Indices of the first character of each word between ``first`` and ``last`` (inclusive)."""
    return [m.start() for m in _WORD.finditer(text, first, last + 1)]


def _centre(box: BBox) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


# --- the page's drawings as straight segments ------------------------------------------


def _segments(page: pdfium.PdfPage, height: float, dots: list[BBox] | None = None) -> list[tuple[Point, Point]]:
    """Every straight segment of the page's path objects (inside forms too), top-left coordinates;
    small round shapes (a list bullet drawn as a path) go to ``dots``."""
    segments: list[tuple[Point, Point]] = []
    for i in range(raw.FPDFPage_CountObjects(page)):
        _collect(raw.FPDFPage_GetObject(page, i), _IDENTITY, height, segments, dots)
    return segments


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _collect(obj, outer: _Matrix, height: float, out: list[tuple[Point, Point]], dots: list[BBox] | None = None) -> None:
    kind = raw.FPDFPageObj_GetType(obj)
    if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
        return
    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
    if kind == raw.FPDF_PAGEOBJ_FORM:
        for j in range(raw.FPDFFormObj_CountObjects(obj)):
            _collect(raw.FPDFFormObj_GetObject(obj, j), m, height, out, dots)
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    start = previous = None
    points, curved = [], False
    for j in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, j)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = _apply(m, x.value, y.value, height)
        step = raw.FPDFPathSegment_GetType(segment)
        points.append(point)
        curved = curved or step == raw.FPDF_SEGMENT_BEZIERTO
        if step == raw.FPDF_SEGMENT_MOVETO or previous is None:
            start = point
        elif step == raw.FPDF_SEGMENT_LINETO:  # a Bezier step is a curve: no ruling
            out.append((previous, point))
        if raw.FPDFPathSegment_GetClose(segment) and start is not None and start != point:
            out.append((point, start))
        previous = point
    if dots is not None and curved and points:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if 1.5 <= max(xs) - min(xs) <= 8 and 1.5 <= max(ys) - min(ys) <= 8:
            dots.append((min(xs), min(ys), max(xs), max(ys)))


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix that applies ``inner`` and then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: _Matrix, x: float, y: float, height: float) -> Point:
    a, b, c, d, e, f = m
    return a * x + c * y + e, height - (b * x + d * y + f)
