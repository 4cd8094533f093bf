"""Supporting-evidence tables: documents by category, one table per PI or one table for all PIs.

A table is one when a header row names a document column (and often a
category column). Its PI comes from a title row above the header ("PI 1.1:
...", a row of one merged cell) or from the table's PI column, merged cells
carried down.
"""

from __future__ import annotations

from swapscore.parsers.text import cell_text, collapse_ws, join_lines
from swapscore.pipeline.regions.cues import pi_cell_code, pi_code_in_heading, words
from swapscore.pipeline.regions.tables import TableView, column_role, is_group_row
from swapscore.schemas.framework import layout_vocabulary
from swapscore.schemas.records import RawEvidence, Table, TableRow


def recognize(v: TableView) -> bool:
    return v.column("document") is not None and v.column("action") is None and v.column("rating") is None


def read(v: TableView, section: str = "") -> list[RawEvidence]:
    """The documents of an evidence table; ``section``: the heading of the PI section the table stands in, the PI
    of a table that names none (no title row, no PI column: "Category | Documents" under a section's
    "Evidence:")."""
    out: list[RawEvidence] = []
    title, roles, carried = "", None, {}
    header_opened_page = False  # a header repeated at a page's head: the row under it opens the page
    held: RawEvidence | None = None  # a row with no document (yet): a page break may have moved its document cell
    rows = _pi_cells_moved_back(list(v.table.rows))
    every_row = False  # the table writes each row's PI (no merged PI cells): an empty one is a split row's rest
    for row in rows:
        texts = [cell_text(c) for c in row.cells]
        if (roles is None or "indicator" not in roles) and _is_title(row, texts):
            title, roles, carried, held = next(t for t in texts if t), None, {}, None
            continue
        header = _header_roles(texts)
        if header and (roles is None or header == roles):
            roles, header_opened_page = header, row.page_start
            every_row = _pi_on_every_row(rows, roles)
            continue
        if header_opened_page:
            row, header_opened_page = TableRow(row.cells, row.page, True), False
        if roles is None or is_group_row(row):
            continue
        if row.page_start and (out or held) and _rest_of_split_row(row, roles, every_row):
            if held is not None and _cell(texts, roles, "document"):
                out.append(held)  # the row whose document cell the renderer moved whole to the new page
            held = None
            if out:  # the rest of a row a page break split: the document's or the category's last lines
                out[-1] = _joined(out[-1], texts, roles)
            continue
        values = {role: _carried(row, texts, col, carried, role) for role, col in roles.items()}
        document = values.get("document", "")
        pi_label = values.get("indicator") or title or ("" if "indicator" in roles else section)
        record = _record(pi_label, document, values.get("category"), row.page)
        held = record if not document and record.category else None
        if not document or _no_documents(document):
            continue
        out.append(record)
    return out


def _cell(texts: list[str], roles: dict[str, int], role: str) -> str:
    return texts[roles[role]] if roles.get(role, len(texts)) < len(texts) else ""


def _joined(last: RawEvidence, texts: list[str], roles: dict[str, int]) -> RawEvidence:
    category = join_lines([last.category or "", _cell(texts, roles, "category")]) if "category" in roles else last.category
    return RawEvidence(last.heading, last.code, last.kind, join_lines([last.text, _cell(texts, roles, "document")]),
                       category or None, last.page)


def _record(pi_label: str, document: str, category: str | None, page: int | None) -> RawEvidence:
    return RawEvidence(heading=pi_label, code=_heading_code(pi_label), kind="supporting_document", text=document,
                       category=category or None, page=page)


def _rest_of_split_row(row: TableRow, roles: dict[str, int], every_row: bool) -> bool:
    """A page's first row with no PI of its own that is the rest of the row above: its document or category
    cell is empty (not merged away: the renderer moved that cell whole to the new page), or one of them goes
    on mid-sentence ("reviews/monitoring data" under "Cooperation Framework"; a new row's cells open with
    a capital), or its PI cell is empty in a table that writes every row's PI (``every_row``: no cell there
    merged or left empty, so a new row would have written its own)."""
    cells = [row.cells[roles[role]] if roles.get(role, len(row.cells)) < len(row.cells) else None
             for role in ("document", "category")]
    indicator = roles.get("indicator")
    pi_cell = row.cells[indicator] if indicator is not None and indicator < len(row.cells) else None
    if pi_cell is not None and _heading_code(cell_text(pi_cell)):
        return False
    return any(cell is not None and not cell.strip() for cell in cells) \
        or any(cell is not None and cell.strip()[:1].islower() for cell in cells) \
        or (every_row and pi_cell is not None and not pi_cell.strip())


def _pi_on_every_row(rows: list[TableRow], roles: dict[str, int]) -> bool:
    """Every row but those opening a page fills its PI cell: no merged PI cells (None), none left empty."""
    col = roles.get("indicator")
    if col is None:
        return False
    cells = [row.cells[col] if col < len(row.cells) else None for row in rows if not row.page_start and not is_group_row(row)]
    return len(cells) > 1 and all(cell is not None and cell.strip() for cell in cells)


def _pi_cells_moved_back(rows: list[TableRow]) -> list[TableRow]:
    """A row split by a page break whose PI cell (and perhaps its category) printed only on the next page:
    those cells, alone on their page-start row, go back into the row's empty cells. The two rows fill
    complementary cells: nothing is filled in both."""
    out: list[TableRow] = []
    for row in rows:
        cells = [cell_text(c) for c in row.cells]
        previous = out[-1] if out else None
        before = [cell_text(c) for c in previous.cells] if previous is not None else []
        if previous is not None and row.page_start and cells and cells[0] and len(before) == len(cells) \
                and previous.cells[0] == "" and any(before[1:]) and not any(a and b for a, b in zip(before, cells)):
            merged = tuple(below if cell_text(below) else above for above, below in zip(previous.cells, row.cells))
            out[-1] = TableRow(merged, previous.page, previous.page_start)
            continue
        out.append(row)
    return out


def _is_title(row: TableRow, texts: list[str]) -> bool:
    """The title row of a per-PI table: its first filled cell names a PI, and no cell is a column header."""
    filled = [t for t in texts if t]
    return bool(filled) and _heading_code(filled[0]) is not None and not any(column_role(t) for t in filled[1:]) \
        and len(filled) <= 2


def _heading_code(text: str) -> str | None:
    found = pi_code_in_heading(text.split("\n")[0]) or pi_code_in_heading(text)
    return found[0] if found else pi_cell_code(text)


def _header_roles(texts: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, text in enumerate(texts):
        if len(text) > 40:
            return {}
        role = column_role(text)
        if text and "indicator" not in roles and _is_indicator_header(text) and role not in ("category", "document"):
            roles["indicator"] = i
        elif role in ("category", "document") and role not in roles:
            roles[role] = i
    return roles if "document" in roles else {}


def _is_indicator_header(text: str) -> bool:
    folded = words(text)
    return any(f" {w} " in folded for w in (*layout_vocabulary().indicator_words, "performance"))


def _carried(row: TableRow, texts: list[str], col: int, carried: dict[str, str], role: str) -> str:
    """The cell's text; under a merged cell (None), the text of the cell it continues."""
    if col >= len(row.cells):
        return ""
    if row.cells[col] is None and role in ("indicator", "category"):
        return carried.get(role, "")
    if role == "indicator" and row.page_start and _heading_code(texts[col]) is None \
            and _heading_code(carried.get(role, "")) is not None:
        # a merged PI cell the page break cut: its rest heads the new page (empty, or its last words)
        carried[role] = join_lines([carried[role], texts[col]])
        return carried[role]
    carried[role] = texts[col]
    return texts[col]


def _no_documents(text: str) -> bool:
    return collapse_ws(text).lower().rstrip(".") in layout_vocabulary().no_documents


def is_evidence_table(table: Table, v: TableView) -> bool:
    """Also a table whose header row is not in the first rows (per-PI tables open with title rows)."""
    if recognize(v):
        return True
    return any("document" in _header_roles([cell_text(c) for c in r.cells]) for r in table.rows[:4])
