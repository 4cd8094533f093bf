"""Short table cells read again, alone: a PI code, a row number, a "Y" or a "#" in a narrow column.

tesseract reads a page as lines across it (page segmentation 4), and a line that jumps from a cell of a few
characters over a wide gap to the next cell gives its recogniser little to go on: "1.1" came out "Lik",
"3.1" "Bi", "7.1" "7 pak", "Y" "¥" or "ie", "PI 1.3" "Pills", and a lone "#" or "9" not at all, some of them
with a confidence over 90. The same cell cut out of the page, its greys made black or white (the scan's
JPEG blur is what misleads the recogniser) and enlarged twice, reads right. So every ruled cell whose first
reading is short (``SHORT_CHARS``) and doubtful (a word under ``SURE``, no letter, or nothing read while the
cell holds ink) is cut out, the cuts are stacked in one
strip with white between them, the strip is read in one more tesseract call per page (segmentation 6: a block
of lines), and the words read in each cut replace the cell's first reading.

    cells with little text  ->  cuts (ink's box, black or white, x2)  ->  one strip  ->  tesseract
      ->  words placed back in their cells
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PIL import Image

from swapscore.parsers import misreads
from swapscore.parsers.reading import CellIndex
from swapscore.parsers.ruling import find_tables

if TYPE_CHECKING:
    import numpy as np

    from swapscore.parsers.ocr import Word

SHORT_CHARS = 8  # a cell read with at most this many characters (spaces aside) is read again ...
SURE = 90.0  # ... when a word of it was read with a confidence under this, or it holds no letter
SCALE = 2  # the cut is enlarged this many times
GAP_PX = 30  # white between two cuts in the strip, and around them
INSET_PT = 1.0  # the cell's sides (and what is left of its rules) are cut off this far in
INK = 100  # a pixel darker than this is ink ...
MIN_INK_PX = 15  # ... and a cell with fewer such pixels holds nothing to read
PAD_PX = 4  # the cut's margin around its ink


@dataclass(frozen=True, slots=True)
class Cut:
    """One cell's ink cut out of the page: where it came from (pixels) and where it went in the strip."""

    cell: tuple[float, float, float, float]  # the cell, points
    left: int  # the cut's origin on the page, pixels
    top: int
    strip_top: int  # its top in the strip, pixels
    strip_bottom: int


def short_cells(words: list[Word], segments: list, pixels: np.ndarray, dpi: int) -> list[tuple[float, float, float, float]]:
    """The ruled cells (points) whose words read at most SHORT_CHARS characters, but that hold ink."""
    tables = [t for t in find_tables(segments) if not all(len(row) == 1 for row in t.rows)]
    cells = [cell for t in tables for row in t.rows for cell in row if cell is not None]
    if not cells:
        return []
    return [cell for cell, found in zip(cells, _by_cell(words, cells)) if _doubtful(found) and _ink(cell, pixels, dpi) is not None]


def _by_cell(words: list[Word], cells: list[tuple[float, float, float, float]]) -> list[list[Word]]:
    """The words each cell holds (the cell around a word's middle)."""
    grid = CellIndex(cells)
    held: list[list[Word]] = [[] for _ in cells]
    for word in words:
        where = grid.find((word.left + word.right) / 2, (word.top + word.bottom) / 2)
        if where is not None:
            held[where].append(word)
    return held


def _doubtful(words: list[Word]) -> bool:
    """A cell's first reading to check: short, and nothing read, or a word read under SURE, or no letter read (a
    code: "1.3" read "13" with a confidence of 96)."""
    text = "".join(w.text for w in words)
    return len(text) <= SHORT_CHARS and (not words or min(w.confidence for w in words) < SURE
                                         or not any(c.isalpha() for c in text))


def _ink(cell: tuple[float, float, float, float], pixels: np.ndarray, dpi: int) -> tuple[int, int, int, int] | None:
    """The box (pixels) of the ink inside the cell, less its sides, with a margin; None for a cell without ink."""
    import numpy as np

    k, inset = dpi / 72, round(INSET_PT * dpi / 72)
    x0, y0, x1, y1 = (round(v * k) for v in cell)
    x0, y0, x1, y1 = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    if x1 <= x0 or y1 <= y0:
        return None
    ys, xs = np.nonzero(pixels[y0:y1, x0:x1] < INK)
    if len(xs) < MIN_INK_PX:
        return None
    return (max(x0 + int(xs.min()) - PAD_PX, x0), max(y0 + int(ys.min()) - PAD_PX, y0),
            min(x0 + int(xs.max()) + PAD_PX + 1, x1), min(y0 + int(ys.max()) + PAD_PX + 1, y1))


def strip(image: Image.Image, cells: list[tuple[float, float, float, float]], dpi: int) -> tuple[Image.Image, list[Cut]]:
    """The cells' ink, each cut made black on white and enlarged, stacked in one image, and where each went."""
    import numpy as np

    pixels = np.asarray(image)
    parts: list[tuple[Image.Image, Cut]] = []
    y = GAP_PX
    for cell in cells:
        box = _ink(cell, pixels, dpi)
        if box is None:
            continue
        cut = image.crop(box)
        middle = (int(np.asarray(cut).min()) + 255) / 2  # halfway between the cut's darkest grey and the paper
        cut = cut.point(lambda v, m=middle: 0 if v < m else 255)
        cut = cut.resize((cut.width * SCALE, cut.height * SCALE), Image.Resampling.LANCZOS)
        parts.append((cut, Cut(cell, box[0], box[1], y, y + cut.height)))
        y += cut.height + GAP_PX
    width = max((part.width for part, _ in parts), default=0) + 2 * GAP_PX
    out = Image.new("L", (width, y), 255)
    for part, placed in parts:
        out.paste(part, (GAP_PX, placed.strip_top))
    return out, [placed for _, placed in parts]


def placed(read: list[Word], cuts: list[Cut], dpi: int) -> dict[tuple[float, float, float, float], list[Word]]:
    """The words read in the strip (boxes in strip pixels), moved back to their cells on the page (points)."""
    k = dpi / 72
    out: dict[tuple[float, float, float, float], list[Word]] = {}
    for word in read:
        middle = (word.top + word.bottom) / 2
        cut = next((c for c in cuts if c.strip_top <= middle <= c.strip_bottom), None)
        if cut is None:
            continue

        def back(x: float, y: float, c: Cut = cut) -> tuple[float, float]:
            return (c.left + (x - GAP_PX) / SCALE) / k, (c.top + (y - c.strip_top) / SCALE) / k

        left, top = back(word.left, word.top)
        right, bottom = back(word.right, word.bottom)
        out.setdefault(cut.cell, []).append(replace(word, left=left, top=top, right=right, bottom=bottom,
                                                    line_key=f"cell-{cut.strip_top}-{word.line_key}",
                                                    line_size=word.line_size / SCALE / k))
    return out


def reread(words: list[Word], image: Image.Image, segments: list, dpi: int,
           read: Callable[[Image.Image], list[Word]]) -> list[Word]:
    """The page's words with those of its short cells replaced by the cells' second reading (``read`` reads an
    image into words with boxes in its pixels); a cell the second reading finds nothing in keeps its words."""
    import numpy as np

    cells = short_cells(words, segments, np.asarray(image), dpi)
    if not cells:
        return words
    image_strip, cuts = strip(image, cells, dpi)
    if not cuts:
        return words
    again = placed(read(image_strip), cuts, dpi)
    first = _by_cell(words, cells)
    taken = [i for i, cell in enumerate(cells) if better(again.get(cell, []), first[i])]
    if not taken:
        return words
    dropped = {id(w) for i in taken for w in first[i]}
    return [w for w in words if id(w) not in dropped] + [w for i in taken for w in again[cells[i]]]


def better(again: list[Word], first: list[Word]) -> bool:
    """The second reading of a cell is taken when it is a code, a number or a mark (a letter at most: cut out
    alone, "1.1", "8" or "Y" read right where the page read "Lik", "Bi" or "ie"; a word such as "PI" or "RCO/GTG"
    the second reading gets no better, "PI" came out "Pi" or "PE"), read with more confidence than the first;
    or when it names a code reference ("PI1.3") the first does not ("Pills")."""
    if again and misreads.is_code_reference([w.text for w in again]) \
            and not misreads.is_code_reference([w.text for w in first]):
        return True
    if not again or sum(c.isalpha() for w in again for c in w.text) > 1:
        return False
    return not first or _confidence(again) > _confidence(first)


def _confidence(words: list[Word]) -> float:
    return sum(w.confidence for w in words) / len(words)
