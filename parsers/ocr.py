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

import itertools
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pypdfium2 as pdfium

from swapscore.parsers import misreads, ocr_cells
from swapscore.parsers.children import die_with_parent
from swapscore.parsers.errors import DocumentLoadError
from swapscore.parsers.layout import NUMBERED, Line, PageContent, PageTable, is_frame, mark_containers, page_table, read_fragments, vertical_rules
from swapscore.parsers.ocr_headers import snap_repeated_headers, snap_running_lines
from swapscore.parsers.reading import CellIndex
from swapscore.parsers.ruling import RuledTable, find_tables
from swapscore.parsers.text import strip_bullet, tidy_cell
from swapscore.schemas.records import DoubtfulWord

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

INSTALL_HINT = "apt-get install tesseract-ocr"
DPI = 200
TIMEOUT_S = 120
LOW_CONFIDENCE = 60.0  # a word read with a confidence (0-100) under this is doubtful: the values holding it get a note
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
    line_key: str  # the id of tesseract's line
    line_size: float  # tesseract's estimate of the line's text height (x_size), points
    stroke: float = 0.0  # the width of its strokes, points (``with_strokes``)
    weight: float = 1.0  # its strokes' width per point of its line's size, over the page's usual (``weighed``)


@dataclass(slots=True)
class OcrPages:
    """What OCR read: each page's items (lines and ruled tables), and the confidence of every word read."""

    items: dict[int, list[Line | PageTable]]
    confidences: list[float]
    doubtful: list[DoubtfulWord] = field(default_factory=list)  # the words read with a confidence under LOW_CONFIDENCE


def read_pages(path: Path, numbers: list[int]) -> OcrPages:
    """OCR lines and tables of the given 1-based pages, and the confidence of every word read."""
    import numpy as np  # the raster clean-up's: imported by a file with scanned pages only, not by every worker

    from swapscore.parsers import raster

    read: dict[int, tuple[list[Word], list]] = {}  # each page's words and ruling segments
    heights: dict[int, float] = {}  # each page's height as rendered (points)
    confidences: list[float] = []
    doubtful: list[DoubtfulWord] = []
    pdf = _open(path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for number in numbers:
                page = _page(pdf, path, number)
                if is_blank(page):
                    read[number] = ([], [])
                    continue
                clean = raster.clean_page(page.render(scale=DPI / 72).to_pil(), DPI)
                heights[number] = clean.ocr_image.height * 72 / DPI
                image = Path(tmp) / f"page-{number}.png"
                clean.ocr_image.save(image)
                words = ocr_cells.reread(_tesseract(image), clean.ocr_image, list(clean.segments), DPI,
                                         lambda cut, tmp=tmp: _read_strip(cut, Path(tmp)))
                words = with_strokes(words, np.asarray(clean.ocr_image), DPI)
                image.unlink()
                confidences.extend(w.confidence for w in words)
                doubtful.extend(DoubtfulWord(number, w.text, w.confidence) for w in words
                                if w.confidence < LOW_CONFIDENCE and sum(c.isalnum() for c in w.text) >= 2)
                read[number] = (words, list(clean.segments))
    finally:
        pdf.close()
    known = misreads.written([w.text for words, _ in read.values() for w in words])
    weights = weighed({number: words for number, (words, _) in read.items()})
    items = {number: page_items(mend_codes(weights[number], known), segments, number) if words else []
             for number, (words, segments) in read.items()}
    snap_repeated_headers(items)
    snap_running_lines(items, heights)
    lines = [item for page in items.values() for item in page if isinstance(item, Line)]
    snap_sizes(lines)
    mark_bold(lines)
    return OcrPages(items, confidences, doubtful)


def mend_codes(words: list[Word], known: list[str]) -> list[Word]:
    """The words with the misread code references of the abbreviations ``known`` the document writes mended
    (``misreads``), line by line (a code whose point was lost follows its abbreviation on its line)."""
    if not known:
        return words
    out: list[Word] = []
    for _, group in itertools.groupby(words, key=lambda w: w.line_key):
        line = list(group)
        texts = misreads.mend([w.text for w in line], known)
        out += [w if text == w.text else replace(w, text=text) for w, text in zip(line, texts)]
    return out


def with_strokes(words: list[Word], pixels: np.ndarray, dpi: int) -> list[Word]:
    """The words with the width of their strokes: the mean length (points) of the runs of ink along the rows of
    the word's box. A bold face's strokes are half as wide again as its regular's, whatever the letters; the share
    of ink in the box, by contrast, moves with the letters and the box's margins as much as with the weight."""
    import numpy as np  # as in ``read_pages``: only a file with scanned pages imports it

    k = dpi / 72
    out = []
    for word in words:
        box = pixels[int(word.top * k): int(word.bottom * k) + 1, int(word.left * k): int(word.right * k) + 1]
        if not box.size:
            out.append(word)
            continue
        # ink: darker than halfway between the word's darkest grey and the paper (grey headings count as black)
        ink = box < (int(box.min()) + 255) / 2
        runs = int(np.count_nonzero(ink[:, 1:] & ~ink[:, :-1]) + np.count_nonzero(ink[:, 0]))
        out.append(replace(word, stroke=float(ink.sum()) / max(runs, 1) / k))
    return out


MIN_PAGE_WORDS = 20  # a page with fewer words read than this is weighed against the document's usual stroke


def weighed(pages: dict[int, list[Word]]) -> dict[int, list[Word]]:
    """Each page's words with their weight: the width of their strokes per point of their line's size, over the
    page's usual (the median of its words with a letter): a scan's pages come out lighter or darker one from the
    next, so a page's bold lines are told from its own regular text (the document's, for a page of few words)."""
    def per_point(word: Word) -> float | None:
        return word.stroke / word.line_size if word.line_size > 0 and any(c.isalpha() for c in word.text) else None

    ratios = {n: [r for r in map(per_point, words) if r] for n, words in pages.items()}
    everywhere = [r for found in ratios.values() for r in found]
    usual = median(everywhere) if everywhere else 0.0
    out = {}
    for number, words in pages.items():
        page = median(ratios[number]) if len(ratios[number]) >= MIN_PAGE_WORDS else usual
        out[number] = [replace(w, weight=r / page) if (r := per_point(w)) and page > 0 else w for w in words]
    return out


def page_items(words: list[Word], segments: list, number: int) -> list[Line | PageTable]:
    """A page's words and ruling segments as the PDF readers' items: ruled tables with the words inside their
    cells as text, the other words as lines (the fragments of a row a page break split read as for a PDF)."""
    tables = [t for t in find_tables(segments) if not is_frame([len(row) for row in t.rows])]
    grids = [CellIndex([cell for row in t.rows for cell in row if cell is not None]) for t in tables]
    in_cells: list[list[list[Word]]] = [[[] for _ in grid.cells] for grid in grids]
    loose: list[Word] = []
    for word in words:
        centre = ((word.left + word.right) / 2, (word.top + word.bottom) / 2)
        for grid, cells in zip(grids, in_cells):
            where = grid.find(*centre)
            if where is not None:
                cells[where].append(word)
                break
        else:
            loose.append(word)
    content = PageContent(number=number, height=0.0)
    for table, cells in zip(tables, in_cells):
        content.items.append(_page_table(table, cells, number))
    content.items.extend(_lines(loose, number))
    content.items.sort(key=lambda item: item.top)
    rules = vertical_rules(segments)
    mark_containers(content, rules)
    read_fragments(content, lambda box: words_text(_inside(words, box)), rules)
    content.items.sort(key=lambda item: item.top)
    return content.items


def _page_table(table: RuledTable, cells: list[list[Word]], page: int) -> PageTable:
    texts = iter([tidy_cell(words_text(ws)) for ws in cells])
    rows = [[None if cell is None else next(texts) for cell in row] for row in table.rows]
    tops = tuple(min(cell[1] for cell in row if cell is not None) if any(row) else table.bbox[1] for row in table.rows)
    return page_table(rows, list(table.columns), table.bbox, page, tops)


def _inside(words: list[Word], box: tuple[float, float, float, float]) -> list[Word]:
    x0, top, x1, bottom = box
    return [w for w in words if x0 <= (w.left + w.right) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]


def words_text(words: list[Word]) -> str:
    """Words as text: lines top to bottom (words whose middles lie within half a word's height of the line's,
    the height of the line's words where the word is lower: a dash's box is a point tall), each left to right,
    joined by "\n"."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        middle = (word.top + word.bottom) / 2
        if lines and abs(middle - _middle(lines[-1])) <= 0.5 * max(word.bottom - word.top, _height(lines[-1]), 1.0):
            lines[-1].append(word)
        else:
            lines.append([word])
    ordered = (trim_remnants(sorted(line, key=lambda w: w.left)) for line in lines)
    return "\n".join(" ".join(mend_bullet([w.text for w in line])) for line in ordered if line and not _rule_remnant(line))


def _middle(line: list[Word]) -> float:
    return median((w.top + w.bottom) / 2 for w in line)


def _height(line: list[Word]) -> float:
    return median(w.bottom - w.top for w in line)


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


def _tesseract(image: Path, psm: int = 4, dpi: int = DPI) -> list[Word]:
    """The words tesseract reads in the image (page segmentation ``psm``), boxes in points at ``dpi``."""
    # one thread: tesseract's OpenMP threads only fight the worker processes for the cores
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    result = subprocess.run(["tesseract", str(image), "stdout", "--psm", str(psm), "hocr"], capture_output=True,
                            text=True, timeout=TIMEOUT_S, check=True, env=env, preexec_fn=die_with_parent)
    return hocr_words(result.stdout, dpi)


def _read_strip(strip: Image.Image, folder: Path) -> list[Word]:
    """The words of a strip of cells cut out of the page (``ocr_cells``), read as a block of lines, boxes in
    the strip's pixels."""
    image = folder / "cells.png"
    strip.save(image)
    try:
        return _tesseract(image, psm=6, dpi=72)
    finally:
        image.unlink()


_TITLE_FIELD = re.compile(r"(\w+) ([^;]+)")
_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")


def hocr_words(hocr: str, dpi: int) -> list[Word]:
    """The words of tesseract's hOCR with their boxes in points, confidences and line heights."""
    scale = 72 / dpi
    root = ElementTree.fromstring(hocr)
    words = []
    for line in root.iter():
        if line.get("class") not in _LINE_CLASSES:
            continue
        fields = dict(_TITLE_FIELD.findall(line.get("title", "")))
        size = float(fields.get("x_size", "0").split()[0]) * scale
        for span in line.iter():
            if span.get("class") != "ocrx_word":
                continue
            text = "".join(span.itertext()).strip()
            word_fields = dict(_TITLE_FIELD.findall(span.get("title", "")))
            confidence = float(word_fields.get("x_wconf", "-1"))
            if not text or confidence < 0:
                continue
            left, top, right, bottom = (int(v) * scale for v in word_fields["bbox"].split())
            words.append(Word(text, left, top, right, bottom, confidence, line.get("id", ""), size))
    return words


SIZE_STEP = 0.08  # line sizes within 8 % of their neighbour's are one size (one font size, read with noise)
SIZE_FACTOR = 1.03  # a font's size is about this share of tesseract's line height (x_size: ascender to descender)


def snap_sizes(lines: list[Line]) -> None:
    """Give lines one size per cluster of sizes (sorted, split where the next is more than SIZE_STEP larger),
    the cluster's median, so that a paragraph's lines read at one size as in a PDF."""
    ordered = sorted(lines, key=lambda line: line.size)
    clusters: list[list[Line]] = []
    for line in ordered:
        if clusters and line.size <= clusters[-1][-1].size * (1 + SIZE_STEP):
            clusters[-1].append(line)
        else:
            clusters.append([line])
    for cluster in clusters:
        size = round(median(line.size for line in cluster), 1)
        for line in cluster:
            line.size = size


BOLD_WEIGHT = 1.25  # a line whose words' strokes are this many times as wide as its page's usual is bold
_WEIGHT: dict[int, float] = {}  # the weight of each OCR line (by id), until ``mark_bold`` reads it


def mark_bold(lines: list[Line]) -> None:
    """Bold where a line's strokes are wider than its page's usual ones (``weighed``), or it is in capitals."""
    for line in lines:
        line.bold = line.bold or _WEIGHT.get(id(line), 0.0) >= BOLD_WEIGHT
    _WEIGHT.clear()


def _lines(words: list[Word], page: int) -> list[Line]:
    """Words grouped into tesseract's lines, each at its own size (snapped over the document by ``snap_sizes``)."""
    grouped: dict[str, list[Word]] = {}
    for word in words:
        grouped.setdefault(word.line_key, []).append(word)
    ordered = (trim_remnants(sorted(ws, key=lambda w: w.left)) for ws in grouped.values())
    lines = (_line(ws, page) for ws in ordered if ws and not _rule_remnant(ws))
    return sorted(lines, key=lambda ln: ln.top)


def in_capitals(text: str) -> bool:
    """A line in capitals (a heading of the consultant reports: OCR has no font weight to tell it by), not the end
    of a sentence in capitals that wrapped onto a line of its own ('... rated PI 3.2 as' / '"MEETS".')."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not text.rstrip(" \"'”’»)").endswith((".", ",", ";"))


_REMNANT = set("|_-—–=~:;.,'\"`!")


def _rule_remnant(words: list[Word]) -> bool:
    """A line of nothing but strokes ("|", "_", "—"): what is left of a ruling OCR took for text."""
    return all(set(w.text) <= _REMNANT for w in words)


def trim_remnants(words: list[Word]) -> list[Word]:
    """A line's words without the strokes at its ends (the side of a badge or a cell read as "|" or "_")."""
    start, end = 0, len(words)
    while start < end and set(words[start].text) <= _EDGE_REMNANT:
        start += 1
    while end > start and set(words[end - 1].text) <= _EDGE_REMNANT:
        end -= 1
    return words[start:end]


_EDGE_REMNANT = set("|_—–=~")


# what tesseract reads a round list bullet as, alone before a word that opens with a capital or a digit
_MISREAD_BULLET = re.compile(r"^[¢*«»°©•·@eo]{1,2}$")


def mend_bullet(texts: list[str]) -> list[str]:
    """A line's words with a misread bullet ("¢", "e", "*¢" before "Planned for 2024.") read as "•"."""
    if len(texts) > 1 and _MISREAD_BULLET.match(texts[0]) and (texts[1][:1].isupper() or texts[1][:1].isdigit()):
        return ["•", *texts[1:]]
    return texts


def _line(words: list[Word], page: int) -> Line:
    text = " ".join(mend_bullet([w.text for w in words]))
    bullet, _ = strip_bullet(text)
    numbered = bool(NUMBERED.match(text)) and len(words) > 1
    body = words[1:] if (bullet or numbered) and len(words) > 1 else words
    size = words[0].line_size * SIZE_FACTOR or median(w.bottom - w.top for w in words)
    line = Line(
        text=text,
        page=page,
        x0=body[0].left,
        x1=max(w.right for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=size,
        bold=in_capitals(text),
        bullet=bullet or numbered,
        first_word_width=body[0].right - body[0].left,
        start_x=words[0].left,
    )
    lettered = [w.weight for w in words if any(c.isalpha() for c in w.text)]
    _WEIGHT[id(line)] = median(lettered) if lettered else 0.0
    return line
