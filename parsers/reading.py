"""Glyphs to text in reading order: the text of a table cell from the characters whose centre it holds.

A PDF draws its characters in whatever order its producer chose; in a table
cell that order is often not the order a reader follows (a header cell's
second line drawn before its first, one cell's text interleaved with its
neighbour's).  The fast PDF reader (``pdfium_pages.py``) hands each cell the
glyphs whose centre lies inside it (``CellIndex`` finds the cell), in the
order pdfium lays them out, and this module puts them back into reading
order.  A line of pdfium's that stays inside one cell comes as one glyph of
many characters, measured at its ends (most cells: cheap); a line that
crosses a rule comes character by character.

    glyphs -> deduplicated -> runs -> lines (top to bottom) -> text (runs left to right)

A *run* is a stretch of glyphs pdfium laid out one after the other that
also sit one after the other on the page: the glyphs of a word or of words
on one line, or of text set vertically.  Inside a run pdfium's own word
spacing stands (it measures each gap against the font, which keeps
"03/25/2016" whole where a fixed tolerance splits it); between runs the gap
on the page decides.  Coordinates are PDF points from the top left.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

LINE_TOLERANCE = 3.0  # runs whose tops are this close share a line (pdfplumber's y_tolerance)
DUPLICATE_TOLERANCE = 1.0  # the same character drawn again this close is an overprint (pdfplumber's dedupe_chars)
WORD_GAP = 0.1  # a gap wider than this share of the glyph height between runs is a word space (Chromium draws
# the first line of a page a row continues on glyph by glyph, with no space characters). Measured on the loose
# boxes of 120 random documents of five producers: inside a word at most 0.03 (kerning), between words at least
# 0.17 (a full stop before a kerned capital), a French narrow no-break space before ";" or ":" 0.18 to 0.2 (DejaVu
# Sans, Serif, Condensed), a word space in Arial 0.23
RUN_GAP = 1.5  # glyphs further apart than this many heights on a line are two runs, even when pdfium joined them

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True, slots=True)
class Glyph:
    """A character on the page (or a whole line inside one cell): ``index`` is the place of its last
    character in pdfium's text, ``follows`` the index of the glyph pdfium laid out just before it (-1 for
    none), ``space_before`` whether white space lies between the two."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    index: int = -1
    follows: int = -1
    space_before: bool = False


def cell_text(glyphs: Sequence[Glyph]) -> str:
    """The text of one cell's glyphs (in pdfium's order): its lines top to bottom, joined by "\\n"."""
    lines = _lines(_runs(dedupe(glyphs)))
    return "\n".join(_join(sorted(line, key=lambda run: run[0].x0)) for line in lines)


def dedupe(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Drop a glyph that repeats an earlier one's text at (nearly) the same place: fake bold, overprints.
    (pdfium drops most of them itself; this catches the rest, on a grid of DUPLICATE_TOLERANCE.)"""
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for glyph in glyphs:
        key = (glyph.text, round(glyph.x0 / DUPLICATE_TOLERANCE), round(glyph.top / DUPLICATE_TOLERANCE))
        if key not in seen:
            seen.add(key)
            kept.append(glyph)
    return kept


def _runs(glyphs: list[Glyph]) -> list[list[Glyph]]:
    runs: list[list[Glyph]] = []
    for glyph in glyphs:
        if runs and _continues(runs[-1][-1], glyph):
            runs[-1].append(glyph)
        else:
            runs.append([glyph])
    return runs


def _continues(previous: Glyph, glyph: Glyph) -> bool:
    """True when ``glyph``, after ``previous`` in the cell, also follows it on the page."""
    height = max(previous.bottom - previous.top, 1.0)
    if abs(glyph.top + glyph.bottom - previous.top - previous.bottom) <= height:  # one line: centres within half
        # a height; moving right, within a gap or two
        return (previous.x0 + previous.x1) / 2 <= glyph.x0 and glyph.x0 - previous.x1 <= RUN_GAP * height
    # text set vertically: pdfium laid the glyph right after this one, touching it above or below
    overlaps_across = glyph.x0 < previous.x1 and previous.x0 < glyph.x1
    gap = max(glyph.top - previous.bottom, previous.top - glyph.bottom)
    return _laid_after(previous, glyph) and not glyph.space_before and overlaps_across and gap <= DUPLICATE_TOLERANCE


def _laid_after(previous: Glyph, glyph: Glyph) -> bool:
    return glyph.follows == previous.index >= 0


def _lines(runs: list[list[Glyph]]) -> list[list[list[Glyph]]]:
    """Runs clustered into lines by their top (chains within LINE_TOLERANCE), top to bottom."""
    lines: list[list[list[Glyph]]] = []
    last_top = None
    for run in sorted(runs, key=_top):
        if last_top is not None and _top(run) - last_top <= LINE_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
        last_top = _top(run)
    return lines


def _top(run: list[Glyph]) -> float:
    return min(glyph.top for glyph in run)


def _join(runs: list[list[Glyph]]) -> str:
    """A line's runs left to right, with a space between two glyphs where pdfium put one when it laid out the
    second right after the first (or where they stand further apart than a run); else where the gap is a word's."""
    out = []
    previous: Glyph | None = None
    for glyph in (glyph for run in runs for glyph in run):
        if previous is not None:
            gap = glyph.x0 - previous.x1
            height = max(glyph.bottom - glyph.top, 1.0)
            if _laid_after(previous, glyph):
                space = glyph.space_before or gap > RUN_GAP * height
            else:
                space = gap > WORD_GAP * height
            if space:
                out.append(" ")
        out.append(glyph.text)
        previous = glyph
    return "".join(out)


# --- glyphs to the cells of a grid --------------------------------------------


class CellIndex:
    """The cells of a table, to find the one holding a point (on a rule two cells share: the one right of or below it)."""

    def __init__(self, cells: Sequence[BBox]) -> None:
        self.cells = list(cells)
        self._lefts = sorted({cell[0] for cell in self.cells})
        self._columns: dict[float, list[tuple[float, int]]] = {}
        for i, cell in enumerate(self.cells):
            self._columns.setdefault(cell[0], []).append((cell[1], i))
        for column in self._columns.values():
            column.sort()

    def find(self, x: float, y: float) -> int | None:
        """The index of the cell holding a point: in each column of cell corners left of it (nearest first),
        the cell starting nearest above it, if it reaches the point (cells overlap only where rulings are odd)."""
        for left in reversed(self._lefts[: bisect_right(self._lefts, x)]):
            column = self._columns[left]
            above = bisect_right(column, (y, len(self.cells)))
            if above:
                i = column[above - 1][1]
                _, _, x1, bottom = self.cells[i]
                if x <= x1 and y <= bottom:
                    return i
        return None
