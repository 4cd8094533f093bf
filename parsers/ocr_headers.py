"""Text a document repeats page after page, read by OCR a little otherwise each time: a table's header row
repeated at the top of each page it runs on, and the running headers and footers.

The layout stitches a table over a page break and drops the header row repeated at the top of a new page
when it reads the same as the table's first (``layout._after_header``); a header OCR read twice differs by a
letter or a lost mark ("Rerformonce Indicator" for "Performance Indicator", a "#" dropped), and was kept as a
data row: an action-plan reader then took its words for the rest of the row above ("Ongoing" + "Lead entity").
Here a scanned page's first table whose first row reads nearly as the header of the table the page before
ends with gets the header's own reading in its header lines (what the cells hold under them is kept).

Running headers and footers are dropped by the layout where the same text (digits aside) stands at the same
distance from the page's edge on a third of the pages; a browser's footer read "...htmi 7/12" on one page of
"...html N/12" stayed as body text, and read as an item of the list above it. A margin line read nearly as a
running one gets its reading (``snap_running_lines``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from swapscore.parsers.layout import MARGIN_SHARE, Line, PageTable
from swapscore.parsers.text import collapse_ws

LIKENESS = 0.8  # a cell's header lines read at least this alike (difflib ratio) as the header cell's
MARK_CHARS = 2  # a header cell this short ("#", "No") OCR may drop altogether: read as there


def snap_repeated_headers(pages: dict[int, list[Line | PageTable]]) -> None:
    """Give each page's first table, where its first row nearly repeats the header of the table the page before
    ends with (the same columns), that header's reading, in place."""
    header: list[str | None] | None = None
    for number in sorted(pages):
        tables = [item for item in pages[number] if isinstance(item, PageTable) and item.rows]
        if not tables:
            header = None
            continue
        first = tables[0]
        if header is not None and len(first.rows[0]) == len(header):
            snapped = snapped_header(first.rows[0], header)
            if snapped is not None:
                first.rows[0] = snapped
        last = tables[-1]
        continues = last is first and header is not None and len(last.rows[0]) == len(header)
        header = header if continues else last.rows[0]


def snapped_header(row: list[str | None], header: list[str | None]) -> list[str | None] | None:
    """``row`` with its header lines read as ``header``'s when each cell's first lines read nearly alike, or
    None when the row is no repeated header (or repeats it exactly already)."""
    out: list[str | None] = []
    compared = False
    for cell, head in zip(row, header):
        if cell is None or head is None:
            if (cell is None) != (head is None):
                return None
            out.append(None)
            continue
        head_lines = [line for line in head.split("\n") if line.strip()]
        lines = cell.split("\n")
        if not head_lines:
            out.append(cell)
            continue
        if not collapse_ws(cell) and len(collapse_ws(head)) <= MARK_CHARS:
            out.append(head)  # the mark alone in its cell, which OCR did not read
            continue
        rest = _rest_under(lines, head_lines)
        if rest is None:
            return None
        compared = True
        out.append("\n".join([head, *rest]) if rest else head)
    return out if compared and out != row else None


def _rest_under(lines: list[str], head_lines: list[str]) -> list[str] | None:
    """The cell's lines under its header lines when these read nearly as ``head_lines`` (line for line, or as one
    text wrapped otherwise), else None."""
    top = collapse_ws(" ".join(lines[:len(head_lines)]))
    if _alike(top, collapse_ws(" ".join(head_lines))):
        return [line for line in lines[len(head_lines):] if line.strip()]
    if _alike(collapse_ws(" ".join(lines)), collapse_ws(" ".join(head_lines))):
        return []
    return None


def _alike(a: str, b: str) -> bool:
    return bool(a) and SequenceMatcher(None, a.lower(), b.lower()).ratio() >= LIKENESS


# --- running headers and footers ----------------------------------------------------------


RUNNING_LIKENESS = 0.9  # a margin line this alike (difflib ratio, digits aside) to a line repeated there is that line
MIN_REPEATS = 3  # a margin text read alike on this many pages is a running header or footer
SLOT_PT = 4.0  # at the same distance from the page's edge within this


def snap_running_lines(pages: dict[int, list[Line | PageTable]], heights: dict[int, float]) -> None:
    """Give a margin line read a letter otherwise than a running header or footer ("...italy-2019.htmi 7/12" among
    "...italy-2019.html 1/12" on every page) that header's reading, its own numbers kept, so that the layout's
    running-line check (the same text, digits aside, on a third of the pages) finds it."""
    margin = {n: [line for line in items if isinstance(line, Line) and _in_margin(line, heights.get(n, 0.0))]
              for n, items in pages.items()}
    seen: dict[tuple[str, int], list[Line]] = {}
    for n, lines in margin.items():
        for line in lines:
            seen.setdefault((_digits_aside(line.text), _slot(line, heights[n])), []).append(line)
    running = {key: lines for key, lines in seen.items() if len({line.page for line in lines}) >= MIN_REPEATS}
    for n, lines in margin.items():
        for line in lines:
            key = (_digits_aside(line.text), _slot(line, heights[n]))
            if key in running:
                continue
            near = [k for k in running if abs(k[1] - key[1]) <= 1 and _alike_at(k[0], key[0], RUNNING_LIKENESS)]
            if near:
                best = max(near, key=lambda k: len(running[k]))
                line.text = _with_digits(running[best][0].text, line.text)


def _in_margin(line: Line, height: float) -> bool:
    return height > 0 and (line.top < height * MARGIN_SHARE or line.bottom > height * (1 - MARGIN_SHARE))


def _slot(line: Line, height: float) -> int:
    """The line's distance from the nearer edge of its page, in SLOT_PT steps (top edges positive, bottom negative)."""
    return round(line.top / SLOT_PT) if line.top < height / 2 else -round((height - line.bottom) / SLOT_PT)


_DIGITS = re.compile(r"\d+")


def _digits_aside(text: str) -> str:
    return _DIGITS.sub("#", collapse_ws(text).lower())


def _with_digits(text: str, digits_from: str) -> str:
    """``text`` with its numbers replaced, in order, by those of ``digits_from`` (when both hold as many)."""
    numbers = _DIGITS.findall(digits_from)
    if len(numbers) != len(_DIGITS.findall(text)):
        return text
    it = iter(numbers)
    return _DIGITS.sub(lambda _: next(it), text)


def _alike_at(a: str, b: str, likeness: float) -> bool:
    return bool(a) and SequenceMatcher(None, a, b).ratio() >= likeness
