"""The action-plan table: one row per action, tied to a PI, with the columns that report on it.

Recognized by a PI column and a column headed as the actions; every column
that is not the PI, the actions, a dimension or a row number is a progress
column, kept with its header as written.
"""

from __future__ import annotations

from swapscore.parsers.text import collapse_ws
from swapscore.pipeline.regions.tables import TableView, data_rows
from swapscore.schemas.records import ProgressCell, RawActionRow

SKIPPED_ROLES = ("dimension", "number")


def recognize(v: TableView) -> bool:
    """A column headed as the actions, in a table of three columns or more (even one read empty: its
    rows, or their PI column, may be missing, which is a note, not a table to ignore)."""
    return v.column("action") is not None and v.table.n_cols >= 3 and v.column("document") is None


def read(v: TableView) -> list[RawActionRow]:
    if v.pi_col is None:
        return []
    action_col = v.column("action")
    skipped = {v.pi_col, action_col, *(v.column(r) for r in SKIPPED_ROLES)}
    progress_cols = [i for i in range(len(v.header)) if i not in skipped]
    out = []
    for row in data_rows(v):
        label = collapse_ws(row.cells[v.pi_col]) if v.pi_col < len(row.cells) else ""
        if not label:
            continue
        out.append(RawActionRow(
            label=label,
            code=row.code,
            action=_cell(row.cells, action_col),
            progress=tuple(ProgressCell(collapse_ws(v.header[i]), _cell(row.cells, i)) for i in progress_cols),
            page=row.page,
        ))
    return out


def _cell(cells: tuple[str, ...], col: int | None) -> str:
    return collapse_ws(cells[col]) if col is not None and col < len(cells) else ""
