"""The overview table (Table 1): one row per PI with its rating, and in annual reports its reassessed flag.

Recognized by its values, not its title: a PI column, and a column whose
cells are rating levels (or headed as one) in at least three PI rows.
"""

from __future__ import annotations

from swapscore.parsers.text import collapse_ws
from swapscore.pipeline.phrases import answer
from swapscore.pipeline.regions.cues import rating_value
from swapscore.pipeline.regions.tables import Row, TableView, data_rows
from swapscore.schemas.framework import layout_vocabulary
from swapscore.schemas.records import RawIndicator


def rating_column(v: TableView, rows: list[Row]) -> int | None:
    """The column holding ratings: most cells rating levels, or headed as the rating."""
    best, best_count = None, 0
    for col in range(v.table.n_cols):
        if col == v.pi_col:
            continue
        count = sum(1 for r in rows if col < len(r.cells) and rating_value(r.cells[col], labelled=True))
        if count > best_count:
            best, best_count = col, count
    return best if best_count >= max(2, len(rows) // 3) else None


def recognize(v: TableView) -> bool:
    if v.pi_col is None or v.column("action") is not None:
        return False
    rows = [r for r in data_rows(v) if r.code]
    return len(rows) >= layout_vocabulary().limits["min_pi_rows_for_region_table"] and rating_column(v, rows) is not None


def read(v: TableView) -> list[RawIndicator]:
    rows = data_rows(v)
    rating_col = rating_column(v, [r for r in rows if r.code])
    reassessed_col = _answer_column(v, rows, rating_col)
    out = []
    for row in rows:
        label = _label(v, row, {rating_col, reassessed_col})
        if not label:
            continue
        out.append(RawIndicator(
            source="overview",
            heading=label,
            code=row.code,
            rating_text=_cell(row, rating_col),
            reassessed_text=_cell(row, reassessed_col),
            page=row.page,
        ))
    return out


def _answer_column(v: TableView, rows: list[Row], rating_col: int | None) -> int | None:
    headed = v.column("reassessed")
    if headed is not None:
        return headed
    for col in range(v.table.n_cols):
        if col in (v.pi_col, rating_col):
            continue
        if sum(1 for r in rows if col < len(r.cells) and answer(r.cells[col]) is not None) >= max(2, len(rows) // 2):
            return col
    return None


def _label(v: TableView, row: Row, taken: set[int | None]) -> str:
    """The PI cell; a cell holding only a code ("1.1", "PI 1.1") takes the name beside it."""
    label = collapse_ws(row.cells[v.pi_col]) if v.pi_col is not None and v.pi_col < len(row.cells) else ""
    if row.code and len(label) <= 8:
        beside = [c for i, c in enumerate(row.cells) if i > v.pi_col and i not in taken and i != v.column("dimension")]
        if beside and beside[0] and not rating_value(beside[0], labelled=True):
            label = f"{label} {collapse_ws(beside[0])}"
    return label


def _cell(row: Row, col: int | None) -> str | None:
    if col is None or col >= len(row.cells):
        return None
    return collapse_ws(row.cells[col]) or None
