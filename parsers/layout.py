"""Page geometry to the intermediate document: lines rebuilt into paragraphs, tables stitched over pages.

Shared by the PDF readers (``pdfium_pages.py``, ``plumber_pages.py``) and the OCR reader
(``ocr.py``): all produce PageContent (lines and tables with positions in PDF
points), and ``blocks`` does the rest.  Running headers and footers are
dropped; a table that runs over a page break becomes one table, its repeated
header row dropped and the first row on each new page marked ``page_start``.

The reading model: a ruled frame with one column (a box or card around a PI
section, a shaded band behind a heading) is a container, not a table, so the
readers leave its lines to flow as paragraphs (``is_frame``); a list number
drawn apart from its item (HTML renderers put it in the margin, often after
the page's text) is joined back to the line it stands beside (``attach_markers``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from swapscore.parsers.text import BULLET_GLYPHS, LIST_NUMBER, collapse_ws, join_lines, strip_bullet, url_goes_on
from swapscore.schemas.language import connectors
from swapscore.schemas.records import Block, Paragraph, Table, TableRow

NUMBERED = LIST_NUMBER
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.I)
MARGIN_SHARE = 0.09  # the top and bottom share of a page where running headers and footers sit
PADDING_WIDTH = 6.0  # an empty column this narrow is a cell's padding, drawn by Word as a box of its own
OVERFLOW_ALIGN = 1.0  # a cell's text running past its box starts where its first lines start (one cell padding)


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


# a word and the ";", ":", "?" or "!" French typography spaces from it ("rapport ?"): UAX #14 gives no break
# opportunity before these even after a space, so a renderer that follows it (Pango) moves them together
_FIRST_UNIT = re.compile(r"\S+(?:[ \u00a0\u202f]+[;:?!](?=\s|$))?")


def first_word(text: str) -> str:
    """The first word of a line's text (after its list marker) as it stands, with a spaced ";", ":", "?" or "!"
    after it: what would have had to fit on the line before for the renderer to put it there."""
    unit = _FIRST_UNIT.search(text)
    return unit.group(0) if unit else ""


def is_frame(cells_per_row: list[int]) -> bool:
    """A ruled region whose every row has one cell: a box around content, not a table."""
    return bool(cells_per_row) and all(n == 1 for n in cells_per_row)


MARKER_ONLY = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)]|[" + BULLET_GLYPHS + r"])$")
MARKER_GAP = 36.0  # at most this far (points) left of the item text it marks


@dataclass(frozen=True, slots=True)
class Box:
    """A ruled box (a card, a band, a badge) as its lines see it: its sides and where its text wraps."""

    left: float
    right: float
    inner_right: float  # the right side less the padding its text keeps from the left side

    def same_sides(self, other: Box) -> bool:
        return abs(self.left - other.left) < 1 and abs(self.right - other.right) < 1


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
    start_x: float | None = None  # where the line's first character (a list marker too) starts
    box: Box | None = None  # the ruled box the line stands in (``mark_containers``)


@dataclass(slots=True)
class PageTable:
    rows: list[list[str | None]]
    page: int
    top: float
    bottom: float
    col_edges: tuple[float, ...]
    columns: tuple[float, ...] = ()  # left edge of each grid column, over all rows (merged cells skipped)
    right: float | None = None
    tail: list[str | None] | None = None  # the loose lines under the table, read by its columns
    tail_lines: list[Line] = field(default_factory=list)
    tail_ruled: bool = False  # every column's rule runs on beside the tail: a row whether or not the table goes on
    head: list[str | None] | None = None  # the loose lines over it
    head_lines: list[Line] = field(default_factory=list)
    open_row: bool = False  # no ruled table: only the rest of a split row (``_open_row``)
    row_tops: tuple[float, ...] = ()  # where each row starts, where the reader knows it
    # column: (top, text, lines) of a merged cell the break left open (no rule under it)
    open_cells: dict[int, tuple[float, str, list[Line]]] = field(default_factory=dict)


def page_table(rows: list[list[str | None]], columns: list[float], bbox: tuple[float, float, float, float],
               page: int, row_tops: tuple[float, ...] = ()) -> PageTable:
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
    return PageTable(rows=rows, page=page, top=bbox[1], bottom=bbox[3], col_edges=edges,
                     columns=tuple(columns[j] for j in keep), right=bbox[2], row_tops=row_tops)


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
    """Mark lines in the page margins that repeat on many pages at the same distance from the page's edge
    (a running header or footer; a label a page's text happens to push into the margin moves from page to
    page), or are page numbers: a number alone in the margin, apart from the body (a number the body's last or
    first line ran into the margin is no page number: ``_in_text_flow``)."""
    margin_lines: list[tuple[Line, tuple[str, int]]] = []
    for page in pages:
        for line in page.items:
            if not isinstance(line, Line):
                continue
            if line.top < page.height * MARGIN_SHARE:
                margin_lines.append((line, ("top", round(line.top / 4))))
            elif line.bottom > page.height * (1 - MARGIN_SHARE):
                margin_lines.append((line, ("bottom", round((page.height - line.bottom) / 4))))
    counts = Counter((_furniture_key(line.text), *slot) for line, slot in margin_lines)
    in_margin = Counter(_furniture_key(line.text) for line, _ in margin_lines)
    # a label that often opens or ends a page is written in the body more often still; a running header is not
    marginal = {id(line) for line, _ in margin_lines}
    in_body = Counter(_furniture_key(line.text) for page in pages for line in page.items
                      if isinstance(line, Line) and id(line) not in marginal)
    repeat_floor = max(3, len(pages) // 3)
    for line, (edge, slot) in margin_lines:
        key = _furniture_key(line.text)
        near = [counts[(key, edge, slot + d)] for d in (-1, 0, 1)]
        if max(near[0] + near[1], near[1] + near[2]) >= repeat_floor and in_body[key] < in_margin[key]:
            line.furniture = True
    _mark_page_numbers(pages, marginal)


def _mark_page_numbers(pages: list[PageContent], marginal: set[int]) -> None:
    """Mark the margin lines (ids in ``marginal``) that are a page number alone, after the running headers
    and footers are marked (a footer line right over a page number is no body text it goes on from)."""
    for page in pages:
        lines = [item for item in page.items if isinstance(item, Line)]
        for line in lines:
            text = collapse_ws(line.text)
            if id(line) in marginal and _PAGE_NUMBER.match(text) and not _year_beyond(text, len(pages)) \
                    and not _in_text_flow(line, lines):
                line.furniture = True


FLOW_GAP = 0.5  # a line's height: the lines of one paragraph stand closer than this, a page number further off


def _in_text_flow(line: Line, lines: list[Line]) -> bool:
    """A number in the margin that a body line stands right over or under, at the spacing of a paragraph's lines,
    above or below it: the end of a line the body ran into the margin ("https://un.org/en/survey-" / "85"), or
    its start, not a page number (which stands apart from the body)."""
    gap = FLOW_GAP * (line.bottom - line.top)
    return any(other is not line and not other.furniture and _start(other) <= line.x1 and _start(line) <= other.x1
               and (0 <= line.top - other.bottom <= gap or 0 <= other.top - line.bottom <= gap) for other in lines)


def _year_beyond(text: str, n_pages: int) -> bool:
    """A year alone on a line ("2022", the last line of an item a page break moved to the margin), where the
    document has fewer pages than that."""
    return text.isdigit() and 1900 <= int(text) <= 2100 and int(text) > n_pages


# --- list markers drawn apart from their items ----------------------------------


def attach_markers(page: PageContent) -> None:
    """Join each line that is only a list marker ("1.", "a)", a bullet) to the line beside it on its right."""
    lines = [item for item in page.items if isinstance(item, Line)]
    markers = [line for line in lines if MARKER_ONLY.match(line.text.strip())]
    if not markers:
        return
    taken: set[int] = set()
    for marker in markers:
        height = max(marker.bottom - marker.top, 1.0)
        beside = [line for line in lines if line is not marker and id(line) not in taken
                  and not MARKER_ONLY.match(line.text.strip())
                  and abs(line.top - marker.top) < 0.5 * height and 0 <= line.x0 - marker.x1 <= MARKER_GAP]
        if not beside:
            continue
        item = min(beside, key=lambda line: line.x0 - marker.x1)
        taken.add(id(item))
        item.text, item.bullet = f"{marker.text.strip()} {item.text}", True  # x0 stays where the item's text starts
        page.items.remove(marker)


def attach_dots(page: PageContent, dots: list[tuple[float, float, float, float]]) -> None:
    """A list bullet drawn as a small round shape (as Chromium prints a disc) marks the line right of it."""
    for x0, top, x1, bottom in dots:
        middle = (top + bottom) / 2
        beside = [line for line in page.items if isinstance(line, Line) and not line.bullet
                  and line.top <= middle <= line.bottom and 0 <= line.x0 - x1 <= MARKER_GAP]
        if beside:
            line = min(beside, key=lambda line: line.x0 - x1)
            line.text, line.bullet, line.start_x = f"• {line.text}", True, x0


# --- the boxes lines stand in ----------------------------------------------------


BOX_EDGE_SLACK = 0.5  # a box's inner edge is known to within its rules' width
CONTAINER_PADDING = 20.0  # at most this far (points) from a box's left side to its text: a box around text, not a page border


def mark_containers(page: PageContent, rules: list[Rule]) -> None:
    """Give each line that stands between two vertical rules (a box or card, a shaded band; open at a page break
    or not) the inner right edge of that box: its right side less the padding its text keeps from the left side.
    A renderer wraps a box's text at that edge, which lies beyond the box's longest line, so whether the next
    line's first word would have fitted (``_starts_paragraph``) is measured against it."""
    boxes: dict[tuple[int, int], tuple[float, float, list[Line]]] = {}
    rules = _joined_rules(rules)
    for line in (item for item in page.items if isinstance(item, Line)):
        start = _start(line)
        spanning = [x for x, top, bottom in rules if top <= line.top + 1 and bottom >= line.bottom - 1]
        left = [x for x in spanning if start - CONTAINER_PADDING <= x <= start + 1]
        right = [x for x in spanning if x >= line.x1 - 1]
        if left and right:
            box = boxes.setdefault((round(max(left)), round(min(right))), (max(left), min(right), []))
            box[2].append(line)
    for left, right, inside in boxes.values():
        # where most of its lines start (a heading's first glyph may stand a little left of the body's)
        starts = Counter(round(_start(line)) for line in inside)
        most = min(starts, key=lambda x: (-starts[x], x))
        start = min(_start(line) for line in inside if round(_start(line)) == most)
        box = Box(left, right, right - (start - left))
        for line in inside:
            line.box = box


def _joined_rules(rules: list[Rule]) -> list[Rule]:
    """Vertical rules drawn in pieces (a cell's side per row, a box's side per page of a producer's drawing) as
    one rule where the pieces at one x meet or overlap."""
    joined: list[list[float]] = []
    for x, top, bottom in sorted(rules, key=lambda rule: (round(rule[0]), rule[1])):
        last = joined[-1] if joined else None
        if last is not None and abs(last[0] - x) < 1 and top <= last[2] + 1:
            last[2] = max(last[2], bottom)
        else:
            joined.append([x, top, bottom])
    return [(x, top, bottom) for x, top, bottom in joined]


def _start(line: Line) -> float:
    return min(line.x0, line.start_x) if line.start_x is not None else line.x0


# --- rows a page break split where no rule was drawn --------------------------------


Rule = tuple[float, float, float]  # a vertical rule: x, top, bottom (top-left coordinates)


def vertical_rules(segments) -> list[Rule]:
    """The vertical ones of a page's straight segments ((x0, y0), (x1, y1)), as (x, top, bottom)."""
    return [(a[0], min(a[1], b[1]), max(a[1], b[1])) for a, b in segments if abs(a[0] - b[0]) < 1 and abs(a[1] - b[1]) > 2]


def read_fragments(page: PageContent, text_in: Callable[[tuple[float, float, float, float]], str], rules: list[Rule]) -> None:
    """Read, by the columns of the page's last and first tables, the lines right under and right over them.

    Without a rule under it, the part of a row before a page break is no ruled cell and its
    lines stand loose under the table (often one line across several cells); without a rule
    over it, the part after the break stands loose over the next page's table. Such a part
    still has the table's vertical rules beside it, which a paragraph under a table does not:
    only lines between the table's left rule carried on past its edge count. ``text_in``
    (the reader's text inside a box) reads each column's share of those lines; whether they
    are a row is decided by ``rejoin_split_rows``, once it is known that the next page
    goes on with the same table.
    """
    tables = sorted((item for item in page.items if isinstance(item, PageTable)), key=lambda t: t.top)
    lines = [item for item in page.items if isinstance(item, Line)]
    if not tables:
        _open_row(page, lines, text_in, rules)
        head = next((item for item in page.items if isinstance(item, PageTable)), None)
        floor = head.bottom if head is not None else 0.0
        _foot_row(page, [line for line in lines if line.top >= floor], text_in, [rule for rule in rules if rule[1] >= floor - 2])
        return
    if not tables[-1].columns or tables[-1].right is None:
        return
    last, first = tables[-1], tables[0]
    left = last.columns[0]
    below = _dense_run(sorted((line for line in lines if line.top >= last.bottom - 1), key=lambda line: line.top),
                       last.bottom, last, downwards=True)
    carried = [bottom for x, top, bottom in rules if abs(x - left) <= 3 and top <= last.bottom + 2]
    below = _overflow(below, [line for line in below if any(bottom >= line.top for bottom in carried)], max(carried, default=0))
    # a merged cell the break left open (a dimension or PI over several rows) has no rule under it: no cell
    # was found for it, and its lines stand loose inside the table's box (and on in the split row under it)
    unclosed = [line for line in lines if line.top >= last.top and line.top < last.bottom - 1
                and line.x0 >= left - 2 and line.x1 <= last.right + 2]
    bottom = max(line.bottom for line in below) if below else last.bottom
    rights = [*last.columns[1:], last.right]
    for index, (x0, x1) in enumerate(zip(last.columns, rights)):
        mine = [line for line in unclosed if x0 - 2 <= line.x0 and line.x1 <= x1 + 2]
        if mine:
            top = min(line.top for line in mine)
            last.open_cells[index] = (top, text_in((x0, top, x1, max(bottom, *(line.bottom for line in mine)))), mine)
    if below:  # the last row is open: a split row, its cells under an open merged cell merged away
        last.tail = [None if i in last.open_cells else cell for i, cell in enumerate(_row_in(last, last.bottom, bottom, text_in))]
        last.tail_lines = below
        last.tail_ruled = _ruled_beside(last, below, rules)
    else:  # the page may end with the first part of another table's row, under a table of its own
        _foot_row(page, [line for line in lines if line.top >= last.bottom],
                  text_in, [rule for rule in rules if rule[1] >= last.bottom - 2])
    if not first.columns or first.right is None:
        return
    above = _dense_run(sorted((line for line in lines if line.bottom <= first.top + 1), key=lambda line: -line.bottom),
                       first.top, first, downwards=False)
    above = [line for line in above
             if any(abs(x - first.columns[0]) <= 3 and bottom >= first.top - 2 and top <= line.top + 2 for x, top, bottom in rules)]
    if above:
        first.head = _row_in(first, min(line.top for line in above), first.top, text_in)
        first.head_lines = above
    else:  # the page may open with the rest of another table's row, over a table of its own
        _open_row(page, [line for line in lines if line.bottom <= first.top],
                  text_in, [rule for rule in rules if rule[2] <= first.top + 2])


def _overflow(run: list[Line], framed: list[Line], reach: float) -> list[Line]:
    """The framed lines of a split row (its first lines under the table, beside its rules), and the run's lines
    that go on under them where one of them starts: a tall cell a renderer let run past the box it drew for the
    row at the page's end (WeasyPrint draws a merged PI cell's sides only as tall as the rows beside it). Only
    where the rules (down to ``reach``) pass the middle of the first line: a table's rules overshooting its
    bottom by a point touch the paragraph under it, which is no row."""
    if not framed or run[:len(framed)] != framed or (framed[0].top + framed[0].bottom) / 2 > reach:
        return framed
    starts = [line.x0 for line in framed]
    rest = list(itertools.takewhile(
        lambda line: any(abs(line.x0 - x) <= OVERFLOW_ALIGN for x in starts), run[len(framed):]))
    return [*framed, *rest]


def _open_row(page: PageContent, lines: list[Line], text_in, rules: list[Rule]) -> None:
    """The last part of a row a page break split, alone on its page: the table's vertical rules run beside its
    lines and no rule closes its top, so no ruled table was found. It becomes an empty table over which the
    part stands as ``head``; ``rejoin_split_rows`` joins it to the previous page's table when the columns agree,
    and drops it otherwise."""
    if len(rules) < 2:
        return
    top = min(rule[1] for rule in rules)
    frame = [rule for rule in rules if abs(rule[1] - top) <= 3]
    bottom = max(rule[2] for rule in frame)
    xs = _rule_xs([rule for rule in frame if abs(rule[2] - bottom) <= 3])
    if len(xs) < 3:  # two rules are a box's sides, not a table's columns
        return
    inside = _lines_between(lines, top, bottom, xs)
    if not inside:
        return
    table = _open_table(page, xs, bottom)
    table.head = _row_in(table, top, bottom, text_in)
    table.head_lines = inside


def _lines_between(lines: list[Line], top: float, bottom: float, xs: list[float]) -> list[Line]:
    """The lines inside the box the rules at ``xs`` draw from ``top`` to ``bottom``."""
    return [line for line in lines if line.top >= top - 2 and line.bottom <= bottom + 2
            and line.x0 >= xs[0] - 2 and line.x1 <= xs[-1] + 2]


def _open_table(page: PageContent, xs: list[float], at: float) -> PageTable:
    """An empty table of the columns the rules at ``xs`` draw, standing at ``at`` on the page, for the part of a
    row a page break split (``head`` or ``tail``, which the caller sets)."""
    table = PageTable(rows=[], page=page.number, top=at, bottom=at, col_edges=tuple(xs),
                      columns=tuple(xs[:-1]), right=xs[-1], open_row=True)
    page.items.append(table)
    page.items.sort(key=lambda item: item.top)
    return table


def _foot_row(page: PageContent, lines: list[Line], text_in, rules: list[Rule]) -> None:
    """The first part of a row a page break split, alone at its page's foot (a one-row table of label and value
    that the break cut from its next row): a rule closes its top and the table's vertical rules run down beside
    its lines, but no rule closes its bottom, so no ruled table was found. The lowest set of at least three
    vertical rules that start and end together (a box's two sides are no columns) gives its columns. It becomes
    an empty table under which the part stands as ``tail``; ``rejoin_split_rows`` makes it the first row of the
    next page's table when that page goes on with the same columns, and drops it otherwise."""
    for starting in _rules_by_top(rules):
        bottom = max(rule[2] for rule in starting)
        xs = _rule_xs([rule for rule in starting if abs(rule[2] - bottom) <= 3])
        if len(xs) < 3:
            continue
        top = min(rule[1] for rule in starting)
        inside = _lines_between(lines, top, bottom, xs)
        under = [line for line in lines if line.top > bottom + 2 and line.top < page.height * (1 - MARGIN_SHARE)]
        if inside and not under:  # at the page's foot: only its margin's lines (a page number) under it
            table = _open_table(page, xs, top)
            table.tail = _row_in(table, top, bottom, text_in)
            table.tail_lines = inside
        return


def _rules_by_top(rules: list[Rule]) -> list[list[Rule]]:
    """The rules in sets that start together (tops within 3 pt), the lowest set first, each of three rules or more."""
    sets: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda rule: -rule[1]):
        if sets and sets[-1][0][1] - rule[1] <= 3:
            sets[-1].append(rule)
        else:
            sets.append([rule])
    return [group for group in sets if len(group) >= 3]


def _rule_xs(rules: list[Rule]) -> list[float]:
    """Where the rules stand, left to right: a border drawn by each of two cells is two rules side by side."""
    xs: list[float] = []
    for x in sorted(rule[0] for rule in rules):
        if not xs or x - xs[-1] > 2:
            xs.append(x)
    return xs


def _ruled_beside(table: PageTable, lines: list[Line], rules: list[Rule]) -> bool:
    """Every column rule of the table (its inner ones too, which a box around the table and the text under it
    lacks) runs on past its bottom, down beside the last of the lines."""
    lowest = max(line.top for line in lines)
    return all(any(abs(x - edge) <= 3 and top <= table.bottom + 2 and bottom >= lowest for x, top, bottom in rules)
               for edge in (*table.columns, table.right))


def _dense_run(lines: list[Line], edge: float, table: PageTable, downwards: bool) -> list[Line]:
    """The lines that follow the table's edge with no gap wider than two lines, inside its width."""
    run: list[Line] = []
    for line in lines:
        height = max(line.bottom - line.top, 1.0)
        gap = line.top - edge if downwards else edge - line.bottom
        if gap > 2 * height or line.x0 < table.columns[0] - 2 or line.x1 > table.right + 2:
            break
        run.append(line)
        edge = max(edge, line.bottom) if downwards else min(edge, line.top)
    return run


def _row_in(table: PageTable, top: float, bottom: float, text_in) -> list[str | None]:
    rights = [*table.columns[1:], table.right]
    return [text_in((left, top, right, bottom)) for left, right in zip(table.columns, rights)]


def rejoin_split_rows(pages: list[PageContent]) -> None:
    """Where the next page opens with the same table, the lines read by ``read_fragments`` become rows:
    one at the end of the first table, one (``page_start``) at the head of the second. Where it does not, the
    lines under a table's last row still are a row of it when every column's rule runs on beside them down to
    the page's foot (the table's last row, printed with no rule under it at a page break)."""
    headers: list[list[str]] = []  # the first row of every table so far: a repeated header on a later page
    for page, following in zip(pages, [*pages[1:], None]):
        tables = [item for item in page.items if isinstance(item, PageTable)]
        headers += [_texts(table.rows[0]) for table in tables if table.rows]
        if not tables:
            continue
        last = tables[-1]
        after = None if following is None else next((item for item in following.items if isinstance(item, PageTable)), None)
        if after is None or (last.open_row and last.tail is None) or (after.open_row and last.tail is None):
            after = None
        else:
            _pad_open_columns(last, after)
            after = after if _same_columns(last, after) else None
        if after is None:
            if last.tail_ruled and _ends_page(page, last):
                _take_tail(page, last)
            continue
        _join_parts(page, last, following, after, headers)
    for page in pages:  # an open row's table (``_open_row``, ``_foot_row``) that joined nothing
        page.items = [item for item in page.items if not isinstance(item, PageTable) or item.rows]


def _join_parts(page: PageContent, last: PageTable, following: PageContent, after: PageTable,
                headers: list[list[str]]) -> None:
    """The parts of a row the break split, read loose under ``last`` and over ``after`` (its continuation on
    the next page), made rows of them; a last row left open whose cells the next page's first row fills in
    the other columns (each cell wholly on one side of the break, as WeasyPrint prints a row whose label
    cell does not fit: its value on one page, its label on the next) is one row with it."""
    ends_page = _ends_page(page, last)
    joined = bool(last.tail) and ends_page
    if joined:
        _take_tail(page, last)
    if after.head and not any(line.furniture for line in after.head_lines) and _first_of_page(following, after):
        after.rows.insert(0, after.head)
        following.items = [item for item in following.items if not any(item is line for line in after.head_lines)]
        after.head = None
    if last.open_cells and ends_page:
        closed = _close_open_cells(last, after, headers)
        page.items = [item for item in page.items if not any(item is line for line in closed)]
    first_data = 1 if after.rows and _texts(after.rows[0]) in headers else 0
    if joined and first_data < len(after.rows) and _complementary(last.rows[-1], after.rows[first_data]):
        last.rows[-1] = _union(last.rows[-1], _pop_row(after, first_data))


def _pop_row(table: PageTable, index: int) -> list[str | None]:
    """Take a row out of a table, with its top where the tops are known (``_close_open_cells`` finds where a
    merged cell starts by them)."""
    if len(table.row_tops) == len(table.rows):
        table.row_tops = table.row_tops[:index] + table.row_tops[index + 1:]
    return table.rows.pop(index)


def _ends_page(page: PageContent, table: PageTable) -> bool:
    """The table and its loose lines end the page, none of them a running footer."""
    open_lines = [line for _, _, lines in table.open_cells.values() for line in lines]
    return _last_of_page(page, table) and not any(line.furniture for line in [*table.tail_lines, *open_lines])


def _take_tail(page: PageContent, table: PageTable) -> None:
    """The loose lines under the table become its last row."""
    table.rows.append(table.tail)
    if len(table.row_tops) == len(table.rows) - 1:
        table.row_tops = (*table.row_tops, table.bottom)
    page.items = [item for item in page.items if not any(item is line for line in table.tail_lines)]
    table.tail = None


def _complementary(above: list[str | None], below: list[str | None]) -> bool:
    """Both rows hold text, never in the same column."""
    a, b = _texts(above), _texts(below)
    return len(a) == len(b) and any(a) and any(b) and not any(x and y for x, y in zip(a, b))


def _union(above: list[str | None], below: list[str | None]) -> list[str | None]:
    return [x if (x or "").strip() else y if (y or "").strip() else (x if x is not None else y) for x, y in zip(above, below)]


def _pad_open_columns(before: PageTable, after: PageTable) -> None:
    """A merged cell (a dimension over several rows) that the break left open at both ends closes no cell on
    the next page, so that page's grid lacks its leading columns: give them back, as merged-away cells."""
    missing = len(before.columns) - len(after.columns)
    if missing <= 0 or before.right is None or after.right is None or abs(before.right - after.right) > 3:
        return
    if not all(abs(x - y) <= 3 for x, y in zip(before.columns[missing:], after.columns)):
        return
    after.rows = [[None] * missing + list(row) for row in after.rows]
    if after.head is not None:
        after.head = [None] * missing + list(after.head)
    after.columns = before.columns


def _close_open_cells(last: PageTable, after: PageTable, headers: list[list[str]]) -> list[Line]:
    """Give each merged cell the break left open its text: in the row where it starts (of the rows at the
    table's end with no cell in that column), followed by its rest, which heads the same column in the next
    page's first data row; that cell then reads as merged away (``None``), so the rows it spans take the
    merged cell's text. When both open with a number ("1.1 ...", "1.2 ..."), the next page's cell is the
    next label of a numbered column and stays its own. The lines of the cells it closed."""
    first_data = 1 if after.rows and _repeats_header(after.rows[0], headers) else 0
    closed: list[Line] = []
    for column, (top, text, lines) in last.open_cells.items():
        start, tops_known = len(last.rows), len(last.row_tops) == len(last.rows)
        while start > 0 and column < len(last.rows[start - 1]) and last.rows[start - 1][column] is None:
            start -= 1
            if tops_known and last.row_tops[start] <= top + 2:
                break  # the open cell's text starts in this row (rows above it may be under another merged cell)
        if start == len(last.rows):
            continue  # the last row has a cell there: nothing is open
        rest = after.rows[first_data][column] if first_data < len(after.rows) and column < len(after.rows[first_data]) else None
        if rest is not None and not _numbered_alike(text, rest):
            text = f"{text}\n{rest}" if rest.strip() else text
            after.rows[first_data][column] = None
        last.rows[start][column] = text
        closed += lines
    last.open_cells = {}
    return closed


_NUMBERED = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s")  # "1.1 Common Country Analysis", "4. Leadership", "(2) ..."


def _numbered_alike(text: str, rest: str) -> bool:
    """Both texts open with a number ("1.1 ...", "1.2 ...")."""
    return bool(_NUMBERED.match(text.strip())) and bool(_NUMBERED.match(rest.strip()))


def _repeats_header(row: list[str | None], headers: list[list[str]]) -> bool:
    """The row is a table's header repeated, alone or with the rest of a split row under its lines in the same
    cells (no rule between them)."""
    return _texts(row) in headers or any(_after_header(row, header) is not None for header in headers)


def _texts(row: list[str | None]) -> list[str]:
    return [collapse_ws(cell or "") for cell in row]


def _last_of_page(page: PageContent, table: PageTable) -> bool:
    """Nothing but the table's tail lines, its open cells' lines and furniture after the table."""
    rest = page.items[page.items.index(table) + 1:]
    mine = [*table.tail_lines, *(line for _, _, lines in table.open_cells.values() for line in lines)]
    return all(isinstance(item, Line) and (item.furniture or any(item is line for line in mine)) for item in rest)


def _first_of_page(page: PageContent, table: PageTable) -> bool:
    rest = page.items[:page.items.index(table)]
    return all(isinstance(item, Line) and (item.furniture or any(item is line for line in table.head_lines)) for item in rest)


COLUMN_SLACK = 6.0  # a table's rule on the next page: snapped with another table's rules there, it may move by twice
# the snap tolerance (ruling.SNAP_TOLERANCE: rules 3 pt apart on one page chain into one line at their mean)


def _same_columns(a: PageTable, b: PageTable) -> bool:
    return bool(a.columns) and len(a.columns) == len(b.columns) and \
        all(abs(x - y) <= COLUMN_SLACK for x, y in zip(a.columns, b.columns))


# --- lines to paragraphs, tables stitched over pages ----------------------------


def blocks(pages: list[PageContent]) -> list[Block]:
    body_size = _body_size(pages)
    right_edges = {p.number: _RightEdges(p) for p in pages}
    blocks: list[list[Line] | _TableBuilder] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            blocks.append(list(current))
            current.clear()

    for page in pages:
        attach_markers(page)
    rejoin_split_rows(pages)  # after mark_furniture: a running footer is no part of a row
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
    return _split_run_together([b if isinstance(b, _TableBuilder) else _paragraph(b, body_size) for b in blocks],
                              blocks, body_size)


KNOWN_PART_CHARS = 12  # a part shorter than this ("Yes", "2022") proves nothing by being written alone elsewhere
ITEM_LINES = 6  # two list items run together are this many lines at most; a longer paragraph is prose


def _split_run_together(built: list, groups: list, body_size: float) -> list[Block]:
    """An unmarked paragraph whose first lines, or whose last lines, are a text the document writes whole
    elsewhere (the same document listed under two PIs, or in the evidence table), split there when the line
    after the first part opens with a capital or a number: two list items with no marker and no space between
    that the line lengths could not part (the first one's line ended short, but the next one's first word would
    not have fitted, or a page break fell between them). A wrapped item whose first or last lines are exactly
    another whole item is not to be expected. The parts a split makes are texts written whole too: two lists
    that run the same two items together part each other ("A B" and "A C" with "C" written alone part into
    "A" and "C", and then "A B" into "A" and "B"). Where no part is known, the words at the line break can
    still tell (``_case_cut``)."""
    points = {i: _split_points(group) for i, group in enumerate(groups) if not isinstance(group, _TableBuilder)}
    wanted = {part for found in points.values() for _, head, tail in found for part in (head, tail)}
    known = _written_whole(built, wanted) if wanted else set()
    cuts: dict[int, int] = {}
    while True:
        found = {i: _known_cut(candidates, known) for i, candidates in points.items() if i not in cuts}
        found = {i: cut for i, cut in found.items() if cut is not None}
        if not found:
            break
        for i, (k, head, tail) in found.items():
            cuts[i] = k
            known |= {head, tail}
    for i, candidates in points.items():
        if i not in cuts and (k := _case_cut(groups[i], candidates)) is not None:
            cuts[i] = k
    out: list[Block] = []
    for i, block in enumerate(built):
        if isinstance(block, _TableBuilder):
            out.append(block.build())
        elif i in cuts:
            out += [_paragraph(groups[i][:cuts[i]], body_size), _paragraph(groups[i][cuts[i]:], body_size)]
        else:
            out.append(block)
    return out


def _known_cut(candidates: list[tuple[int, str, str]], known: set[str]) -> tuple[int, str, str] | None:
    return next((cut for cut in candidates if cut[1] in known or cut[2] in known), None)


def _case_cut(lines: list[Line], candidates: list[tuple[int, str, str]]) -> int | None:
    """Where a line ending with a lower-case word that is no connector ("de", "of") is followed by a line
    opening with a capitalized word: "… igualdad de género" / "Términos de referencia …". Within one phrase
    a capital after a common word comes only after a connector ("el Examen", "del Marco", "of the Resident
    Coordinator"), so the capital opens a new item there."""
    for k, _, _ in candidates:
        last = lines[k - 1].text.rsplit(None, 1)[-1]
        first = lines[k].text.split(None, 1)[0]
        lower = last.isalpha() and last.islower() and last not in connectors()
        if lower and first.isalpha() and first[0].isupper() and len(first) > 1 and first[1:].islower():
            return k
    return None


def _split_points(lines: list[Line]) -> list[tuple[int, str, str]]:
    """Where an unmarked paragraph of a few lines could part into two items (a line opening with a capital or a
    number, after a line that does not end with a connector), with the two texts it would part into."""
    if not 2 <= len(lines) <= ITEM_LINES or lines[0].bullet or any(line.bold for line in lines):
        return []
    points = []
    for k in range(1, len(lines)):
        if lines[k - 1].text.rsplit(None, 1)[-1].lower() in connectors():
            continue  # "... 9 de" / "marzo de 2025": a phrase goes on after "de", whatever is written elsewhere
        if lines[k].text[:1].isupper() or lines[k].text[:1].isdigit():
            head, tail = (collapse_ws(join_lines([line.text for line in part])) for part in (lines[:k], lines[k:]))
            if min(len(head), len(tail)) >= KNOWN_PART_CHARS:
                points.append((k, head, tail))
    return points


def _written_whole(built: list, wanted: set[str]) -> set[str]:
    """Of the ``wanted`` texts, those the document writes as a paragraph or a table cell of their own."""
    starts = {text[:KNOWN_PART_CHARS] for text in wanted}

    def whole(text: str) -> str | None:
        if collapse_ws(text[: 2 * KNOWN_PART_CHARS])[:KNOWN_PART_CHARS] not in starts:
            return None  # most texts are told apart by their start, before the cost of joining their lines
        joined = collapse_ws(join_lines(text.splitlines()))
        return joined if joined in wanted else None

    texts = [b.text for b in built if isinstance(b, Paragraph)]
    texts += [cell for b in built if isinstance(b, _TableBuilder) for row in b.rows for cell in row.cells if cell]
    return {found for found in map(whole, texts) if found is not None}


class _TableBuilder:
    """A table that may still collect the rows of its continuation pages."""

    def __init__(self, table: PageTable) -> None:
        self.first = table
        self.last = table
        self.rows = [TableRow(tuple(r), table.page) for r in table.rows]

    def continued_by(self, table: PageTable) -> bool:
        """True when ``table`` opens the next page with this table's columns."""
        if table.page != self.last.page + 1:
            return False
        if table.columns and self.first.columns:  # grid columns over all rows: merged cells do not hide one
            return _same_columns(table, self.first)
        return (
            len(table.rows[0]) == len(self.first.rows[0])
            and all(abs(a - b) <= 3 for a, b in zip(table.col_edges, self.first.col_edges))
        )

    def add_page(self, table: PageTable) -> None:
        rows = table.rows
        rest = _after_header(rows[0], self.first.rows[0]) if rows else None
        if rest is not None:  # the header repeated: dropped, and what the same cells hold under it kept
            rows = ([rest] if any(cell for cell in rest) else []) + rows[1:]
        self.rows.extend(
            TableRow(tuple(r), table.page, page_start=(i == 0)) for i, r in enumerate(rows)
        )
        self.last = table

    def build(self) -> Table:
        return Table(rows=tuple(self.rows), page=self.first.page)


def _after_header(row: list[str | None], header: list[str | None]) -> list[str | None] | None:
    """A page's first row that repeats the table's header: what its cells hold after the header's lines (the
    rest of a row the break split, drawn with no rule under the repeated header, is read into its cells), or
    None when the row is no repeated header."""
    if len(row) != len(header) or not any(collapse_ws(h or "") for h in header):
        return None
    rest: list[str | None] = []
    for cell, head in zip(row, header):
        lines, head_lines = (cell or "").split("\n"), [collapse_ws(x) for x in (head or "").split("\n") if x.strip()]
        if [collapse_ws(x) for x in lines[:len(head_lines)]] == head_lines:
            after = lines[len(head_lines):]
        elif collapse_ws(cell or "") == collapse_ws(head or ""):
            after = []  # the header's words, wrapped otherwise
        else:
            return None
        rest.append(None if cell is None else "\n".join(after).strip("\n"))
    return rest


def _body_size(pages: list[PageContent]) -> float:
    sizes = Counter(
        line.size for p in pages for line in p.items if isinstance(line, Line) and not line.furniture
    )
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _right_edge(page: PageContent) -> float:
    edges = [line.x1 for line in page.items if isinstance(line, Line) and not line.furniture]
    return max(edges, default=0.0)


CONTAINER_SLACK = 8.0  # lines starting this close to a paragraph's left edge share its container (a box, a column)


class _RightEdges:
    """Where a page's lines end: over the whole page, and over the lines that start where a paragraph
    starts (the lines of one box end at the box's inner edge, short of the page's). Measured page by page:
    over all pages of one size, lines outside a box that start near its left edge raise its edge, and the
    lines of its items split apart (tried, and reverted: 8 documents of 600 fell below 0.95). The lines of a
    ruled box are measured by the box's own edge instead (``mark_containers``)."""

    def __init__(self, page: PageContent) -> None:
        self.lines = [line for line in page.items if isinstance(line, Line) and not line.furniture]
        self.page = _right_edge(page)

    def of(self, current: list[Line], line: Line) -> float:
        first = current[0]
        left = min(first.x0, first.start_x if first.start_x is not None else first.x0)
        near = [other.x1 for other in self.lines if abs(other.x0 - left) <= CONTAINER_SLACK
                or (other.start_x is not None and abs(other.start_x - left) <= CONTAINER_SLACK)]
        return max(near) if len(near) >= 3 else self.page


_DASH_ITEM = re.compile(r"^[-–—]\s+\S")
_ITEM_END = re.compile(r"(?:\)|\b(?:19|20)\d\d|https?://\S+)$")
_YEAR_END = re.compile(r"\b(?:19|20)\d\d$")
_URL_END = re.compile(r"https?://\S+$")


_YEAR_START = re.compile(r"(?:19|20)\d\d\b")


def _ends_item(last: str, line: str) -> bool:
    """A line ending with a year, a bracket or a web address before a line opening with a capital (after a
    year, with a number too: "2025-2026 Joint Work Plan"; after a bracket or an address, with a year: "(summary
    of results)" / "2018 RC & UNCT Performance Plan evaluation"), unless the address goes on."""
    opens = line[:1].isupper() or (line[:1].isdigit() and bool(_YEAR_END.search(last))) \
        or ((last.endswith(")") or bool(_URL_END.search(last))) and bool(_YEAR_START.match(line)))
    return opens and bool(_ITEM_END.search(last)) and not url_goes_on(last, line)


_ADDRESS_END = re.compile(r"https?://\S+$")


def _ends_over_break(current: list[Line], line: Line) -> bool:
    """Over a page break, where no gap tells, a paragraph ends with a sentence (its last line ends in ".", ";",
    ":", "?" or "!") or, before a line opening with a capital, with a web address, bare or in brackets (an item's
    reference: "... (https://un.org/report.pdf)" / "UN-INFO dashboard"); not inside an address that goes on
    ("(https://un.org/final-version." / "pdf)")."""
    text, after = join_lines([part.text for part in current]), line.text.strip()
    if url_goes_on(text, after):
        return False
    return text.endswith((".", ";", ":", "?", "!")) or (bool(_ADDRESS_END.search(text)) and after[:1].isupper())


def _starts_paragraph(current: list[Line], line: Line, right_edges: dict[int, _RightEdges]) -> bool:
    last, first = current[-1], current[0]
    if line.bullet or (_DASH_ITEM.match(line.text) and _DASH_ITEM.match(first.text)):
        return True  # a list marker; or a dash opening the line in a paragraph that opened with one (items typed
        # with a leading dash in one paragraph, each on a line of its own: no gap, no marker the renderer drew)
    if line.bold != last.bold or abs(line.size - last.size) > 0.5:
        return True
    if line.page == last.page and line.top - last.bottom > 0.7 * last.size:
        return True
    if line.page != last.page and _ends_over_break(current, line):
        return True
    if len(current) == 1 and not first.bullet and _ends_item(last.text.rstrip(), line.text.strip()):
        return True  # a one-line list item with no marker ends with its year or its address; the next opens
    indent = last.x0 if len(current) > 1 else first.x0
    first_line_indent = len(current) == 1 and not first.bullet and line.x0 < first.x0
    # a typed "3) item" wraps back under its number, not under its text
    under_marker = first.bullet and first.start_x is not None and abs(line.x0 - first.start_x) <= 3 and \
        (len(current) == 1 or abs(last.x0 - first.start_x) <= 3)
    if abs(line.x0 - indent) > 3 and not first_line_indent and not under_marker:
        return True
    space = 0.3 * last.size
    if last.box is not None and line.box is not None and last.box.same_sides(line.box):
        # one box (on one page, or on two where a page break cut it): its own edge, not a guess from its longest
        # line; a line in a badge or band before a line outside it is measured by the page, as before
        return last.x1 + space + line.first_word_width < last.box.inner_right - BOX_EDGE_SLACK
    return last.x1 + space + line.first_word_width < right_edges[last.page].of(current, line) - 2


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
