"""Tables read by column role: which column holds the PI, what each header cell means, which rows are data.

A table's PI column is the one whose cells hold PI codes (or PI names); every
other column gets a role from its header words (``schemas/layout.json``
``columns``). Rows come out with merged cells carried down, group rows
(one cell across the table, no PI) dropped, a header repeated on a later page
dropped, and a row a page break split joined back.
"""

from __future__ import annotations

from dataclasses import dataclass

from swapscore.parsers.text import cell_text, collapse_ws, join_lines
from swapscore.pipeline.regions.cues import code_at_start, has_cue, pi_cell_code, words
from swapscore.schemas.framework import Framework, layout_vocabulary
from swapscore.schemas.records import Table, TableRow

ROLE_ORDER = ("reassessed", "rating", "dimension", "action", "category", "document", "number")


@dataclass(frozen=True, slots=True)
class Row:
    """A data row: cell texts as one line each (merged cells filled from the cell they continue)."""

    cells: tuple[str, ...]
    raw: tuple[str | None, ...]
    page: int | None
    code: str | None  # PI code of the row's PI cell, when it has one


@dataclass(frozen=True, slots=True)
class TableView:
    table: Table
    pi_col: int | None
    header_index: int | None
    header: tuple[str, ...]
    roles: dict[str, int]

    def column(self, role: str) -> int | None:
        return self.roles.get(role)


def pi_column(table: Table, framework: Framework) -> int | None:
    """The column where most rows start with a PI code (at least one), else the one most rows name a PI in."""
    n_cols = table.n_cols
    counts = [0] * n_cols
    for row in table.rows:
        for i, cell in enumerate(row.cells[:n_cols]):
            if cell and code_at_start(cell_text(cell)) is not None:
                counts[i] += 1
    if max(counts, default=0) > 0:
        return counts.index(max(counts))
    from swapscore.pipeline.normalize import match_heading

    names = [0] * n_cols
    for row in table.rows:
        for i, cell in enumerate(row.cells[:n_cols]):
            text = cell_text(cell)
            if text and len(text) < 120 and match_heading(text, None, framework) is not None:
                names[i] += 1
    return names.index(max(names)) if max(names, default=0) >= 2 else None


def column_role(text: str) -> str | None:
    columns = layout_vocabulary().columns
    folded = words(text)
    if not folded.strip():
        return None
    compact = folded.replace(" ", "")  # a header a narrow column broke inside a word: "Dimensio n"
    for role in ROLE_ORDER:
        if role == "number" and len(folded.split()) > 2:
            continue  # "#", "No.": a row-number column is headed by a word or two
        if has_cue(folded, columns[role]) or any(len(cue) >= 5 and " " not in cue and compact.startswith(cue)
                                                 for cue in columns[role]):
            return role
    return None


def view(table: Table, framework: Framework) -> TableView:
    pi_col = pi_column(table, framework)
    searched = layout_vocabulary().limits["table_header_rows_searched"]
    for index, row in enumerate(table.rows[:searched]):
        texts = [cell_text(c) for c in row.cells]
        if is_group_row(row) or (pi_col is not None and code_at_start(texts[pi_col] if pi_col < len(texts) else "")):
            continue
        roles = _roles(texts, pi_col)
        if roles:
            return TableView(table, pi_col, index, tuple(texts), roles)
    return TableView(table, pi_col, None, (), {})


def continued(v: TableView, before: TableView) -> TableView:
    """``v`` read with the header and column roles of the table it continues (every row of it is data); where
    ``v`` has fewer columns, they are the last ones of that table (its leading columns were merged cells)."""
    offset = before.table.n_cols - v.table.n_cols
    roles = {role: col - offset for role, col in before.roles.items() if col >= offset}
    pi_col = before.pi_col - offset if before.pi_col is not None else None
    return TableView(v.table, pi_col, None, before.header[offset:], roles)


def _roles(texts: list[str], pi_col: int | None) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, text in enumerate(texts):
        if i == pi_col:
            continue
        role = column_role(text)
        if role is not None and role not in roles:
            roles[role] = i
    return roles


def is_group_row(row: TableRow) -> bool:
    """One cell merged across the table (a dimension row), holding no PI code. Empty cells ("")
    are not merged ones (None): a row with one filled cell and empty others is a split row's rest."""
    present = [c for c in row.cells if c is not None]
    distinct = {collapse_ws(c) for c in present}
    return len(row.cells) > 1 and len(distinct) == 1 and bool(present[0].strip()) and code_at_start(cell_text(present[0])) is None


def data_rows(v: TableView, start: int | None = None) -> list[Row]:
    """Rows after the header: group rows and repeated headers dropped, merged cells carried down,
    split rows joined back."""
    first = (v.header_index + 1) if start is None and v.header_index is not None else (start or 0)
    header = [collapse_ws(h) for h in v.header]
    out: list[Row] = []
    previous: list[str] | None = None
    has_codes = v.pi_col is not None and any(
        code_at_start(cell_text(r.cells[v.pi_col])) for r in v.table.rows[first:] if v.pi_col < len(r.cells) and r.cells[v.pi_col])
    rows = v.table.rows[first:]
    ahead: list[str] | None = None  # the first part of a row whose PI cell went over to the next page
    for index, row in enumerate(rows):
        texts = [cell_text(c) for c in row.cells]
        if is_group_row(row) or (header and [collapse_ws(t) for t in texts] == header):
            continue
        if ahead is not None:
            texts, ahead = [join_lines([a, b]) for a, b in zip(ahead, texts)], None
        pi_text = texts[v.pi_col] if v.pi_col is not None and v.pi_col < len(texts) else ""
        code = pi_cell_code(pi_text) if pi_text else None
        merged_rest = _merged_goes_on(v, row, rows[index + 1] if index + 1 < len(rows) else None) \
            and not any(t[:1].islower() for t in texts)  # a cell going on mid-sentence: the rest of a split row
        if not pi_text.strip() and _pi_on_next_page(v, row, rows[index + 1] if index + 1 < len(rows) else None):
            ahead = texts
            continue
        if out and v.pi_col is not None and v.pi_col < len(row.cells) and row.cells[v.pi_col] is not None \
                and (not pi_text.strip() or (row.page_start and has_codes and code is None)) and not merged_rest:
            out[-1] = _joined(out[-1], texts)  # the rest of a row a page break split (its PI cell empty or codeless)
            continue
        filled = [t if (c is not None and not (merged_rest and i == v.pi_col)) or previous is None or i >= len(previous)
                  else previous[i] for i, (t, c) in enumerate(zip(texts, row.cells))]
        code = code or (pi_cell_code(filled[v.pi_col]) if v.pi_col is not None and v.pi_col < len(filled) else None)
        out.append(Row(tuple(filled), tuple(row.cells), row.page, code))
        previous = filled
    return out


def _merged_goes_on(v: TableView, row: TableRow, following: TableRow | None) -> bool:
    """A row opening a page with an empty PI cell under which the next rows' PI cells are merged away: the
    rest of a merged PI cell the break cut (a new row of the PI above), not the rest of a split row."""
    return row.page_start and not cell_text(row.cells[v.pi_col]).strip() and following is not None \
        and not following.page_start and not is_group_row(following) and v.pi_col < len(following.cells) \
        and following.cells[v.pi_col] is None


def _pi_on_next_page(v: TableView, row: TableRow, following: TableRow | None) -> bool:
    """A page's last row with an empty PI cell whose next row opens the next page with a PI code: one row the
    break split before its PI cell's text (a renderer keeps two lines of a cell together, or the whole cell),
    not the rest of the row above it (a row is split by a page break only)."""
    if v.pi_col is None or row.page_start or following is None or not following.page_start \
            or row.cells[v.pi_col] is None or v.pi_col >= len(following.cells):
        return False
    return code_at_start(cell_text(following.cells[v.pi_col])) is not None


def _joined(row: Row, texts: list[str]) -> Row:
    cells = tuple(join_lines([a, b]) for a, b in zip(row.cells, texts))
    return Row(cells, row.raw, row.page, row.code)
