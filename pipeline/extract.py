"""Pull the raw values out of each region: headings, ratings, flags, lists, table rows.

Values stay as written here (``RawReport``); ``normalize`` maps them onto the
framework.
"""

from __future__ import annotations

import re

from parsers.text import cell_text, collapse_ws, join_lines
from pipeline.phrases import rating_level, yes_no
from pipeline.segment import (
    DOCUMENTS_HEADER,
    EVIDENCE_TITLE,
    PI_CODE,
    PiSection,
    Segments,
    header_cells,
)
from schemas.records import (
    Paragraph,
    ProgressCell,
    RawActionRow,
    RawEvidence,
    RawIndicator,
    RawReport,
    Table,
    TableRow,
)

REASSESS_QUESTION = re.compile(r"\breassess(ed)?\b", re.I)
REASSESS_INLINE = re.compile(r"\breassessed\b[^:]{0,60}[:\-–]\s*(yes|no)\b\.?$", re.I)
MOV_LABEL = re.compile(r"^(list\s+)?(the\s+)?means\s+of\s+verification\b", re.I)
MOV_SUBLABEL = re.compile(r"^(evidence\s+or\s+)?means\s+of\s+verification\s*:?$", re.I)
FINDINGS_LABEL = re.compile(r"^findings(\s+and\s+explanation)?\s*:?$", re.I)
NO_DOCUMENTS = re.compile(r"^no documents (uploaded|provided)\.?$", re.I)
GROUP_ROW = re.compile(r"^dimension\b", re.I)


def extract(segments: Segments) -> RawReport:
    indicators = [*_overview_indicators(segments.overview), *map(_section_indicator, segments.sections)]
    evidence = [e for s in segments.sections for e in _means_of_verification(s)]
    evidence += [e for t in segments.evidence_tables for e in _supporting_documents(t)]
    return RawReport(
        cover_text="\n".join(p.text for p in segments.cover),
        full_text_sample=segments.full_text,
        indicators=tuple(indicators),
        evidence=tuple(evidence),
        action_plan=tuple(_action_rows(segments.action_plan)) if segments.action_plan else (),
    )


def code_of(label: str) -> str | None:
    """The PI code a label starts with ("PI 1.1 ...", "1.1 Common ...", "Indicator 1.1:")."""
    m = PI_CODE.search(label[:30])
    return f"{m.group(1)}.{m.group(2)}" if m else None


# --- overview table (Table 1) --------------------------------------------------


def _column(header: list[str], word: str) -> int | None:
    return next((i for i, h in enumerate(header) if i > 0 and word in h), None)


def _overview_indicators(table: Table | None) -> list[RawIndicator]:
    if table is None:
        return []
    header = header_cells(table)
    rating_col, reassessed_col = _column(header, "rating"), _column(header, "reassess")
    merged = _merge_split_rows(list(table.rows[1:]))
    out = []
    for row in merged:
        label = cell_text(row.cells[0])
        if code_of(label) is None:
            continue
        out.append(
            RawIndicator(
                source="overview",
                heading=label,
                code=code_of(label),
                rating_text=_cell(row, rating_col),
                reassessed_text=_cell(row, reassessed_col),
                page=row.page,
            )
        )
    return out


def _cell(row: TableRow, col: int | None) -> str | None:
    if col is None or col >= len(row.cells):
        return None
    return cell_text(row.cells[col]) or None


def _merge_split_rows(rows: list[TableRow]) -> list[TableRow]:
    """Join a row that a page break split back onto the row it belongs to.

    The second half of a split row opens a continuation page (``page_start``)
    with no PI code in its label cell, or has an empty label cell.
    """
    out: list[TableRow] = []
    for row in rows:
        label = row.cells[0] if row.cells else ""
        split = label == "" or (row.page_start and label is not None and code_of(label) is None)
        if out and split and not _is_group_row(row):
            previous = out[-1]
            joined = tuple(
                _join_cells(a, b) for a, b in zip(previous.cells, row.cells, strict=False)
            )
            out[-1] = TableRow(joined, previous.page, previous.page_start)
        else:
            out.append(row)
    return out


def _join_cells(a: str | None, b: str | None) -> str | None:
    if not b:
        return a
    if not a:
        return b
    return a + "\n" + b


# --- detailed PI sections -----------------------------------------------------


def _section_indicator(section: PiSection) -> RawIndicator:
    rating, reassessed, findings = None, None, []
    blocks = list(section.blocks)
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            rating = rating or _rating_in_table(block)
            continue
        text = collapse_ws(block.text)
        if MOV_LABEL.match(text):
            break
        if rating is None and rating_level(text, allow_short=False):
            rating = text
            continue
        inline = REASSESS_INLINE.search(text)
        if inline:
            reassessed = inline.group(1)
            continue
        if REASSESS_QUESTION.search(text) and text.endswith(("year", "year?", "?")):
            answer = _next_paragraph(blocks, i)
            reassessed = answer.text if answer is not None and yes_no(answer.text) is not None else None
            continue
        if yes_no(text) is None and not FINDINGS_LABEL.match(text):
            findings.append(text)
    if rating is None:
        rating = _rating_in_heading(section)
    return RawIndicator(
        source="section",
        heading=collapse_ws(section.heading.text),
        code=section.code,
        rating_text=rating,
        reassessed_text=reassessed,
        page=section.heading.page,
        findings="\n".join(findings),
    )


def _rating_in_table(table: Table) -> str | None:
    for row in table.rows:
        for cell in row.cells:
            for line in (cell or "").split("\n"):
                if rating_level(line, allow_short=False):
                    return collapse_ws(line)
    return None


def _rating_in_heading(section: PiSection) -> str | None:
    for part in re.split(r"\s[–\-:]\s|:\s", section.heading.text):
        if rating_level(part, allow_short=False):
            return collapse_ws(part)
    return None


def _next_paragraph(blocks: list, i: int) -> Paragraph | None:
    return next((b for b in blocks[i + 1 :] if isinstance(b, Paragraph)), None)


def _means_of_verification(section: PiSection) -> list[RawEvidence]:
    """The items listed after "List Means of Verification", to the end of the section.

    Where the list is bulleted or numbered, only its items count (a stray plain
    paragraph between items is not an item); otherwise each paragraph is one.
    """
    blocks = list(section.blocks)
    start = next(
        (
            i
            for i, b in enumerate(blocks)
            if isinstance(b, Paragraph) and MOV_LABEL.match(collapse_ws(b.text))
        ),
        None,
    )
    if start is None:
        return []
    items = [
        b
        for b in blocks[start + 1 :]
        if isinstance(b, Paragraph) and not MOV_SUBLABEL.match(collapse_ws(b.text))
    ]
    if any(p.style == "list_item" for p in items):
        items = [p for p in items if p.style == "list_item"]
    return [
        RawEvidence(
            heading=section.heading.text,
            code=section.code,
            kind="means_of_verification",
            text=p.text,
            category=None,
            page=p.page,
        )
        for p in items
    ]


# --- supporting-evidence tables -----------------------------------------------


def _supporting_documents(table: Table) -> list[RawEvidence]:
    """Rows of Category / Documents tables; a stitched table may hold several PIs."""
    out: list[RawEvidence] = []
    heading, in_documents, category = "", False, None
    for row in table.rows:
        first = cell_text(row.cells[0]) if row.cells else ""
        second = cell_text(row.cells[1]) if len(row.cells) > 1 else ""
        if EVIDENCE_TITLE.match(first):
            heading, in_documents, category = first, False, None
            continue
        if (first.lower(), second.lower()) == DOCUMENTS_HEADER:
            in_documents = True
            continue
        if not in_documents or not second or NO_DOCUMENTS.match(second):
            continue
        if row.page_start and first == "" and out and out[-1].heading == heading:
            previous = out[-1]
            out[-1] = RawEvidence(
                previous.heading, previous.code, previous.kind,
                join_lines([previous.text, second]), previous.category, previous.page,
            )
            continue
        category = first if row.cells[0] is not None else category
        out.append(
            RawEvidence(
                heading=heading,
                code=code_of(heading),
                kind="supporting_document",
                text=second,
                category=category or None,
                page=row.page,
            )
        )
    return out


# --- action-plan table --------------------------------------------------------


def _is_group_row(row: TableRow) -> bool:
    """A dimension row ("Dimension 1 - Planning"), or a row that is one cell merged across the table."""
    label = cell_text(row.cells[0]) if row.cells else ""
    if GROUP_ROW.match(label):
        return True
    filled = [c for c in row.cells if c is not None]
    return len(row.cells) > 1 and len(filled) == 1 and code_of(label) is None


def _action_rows(table: Table) -> list[RawActionRow]:
    header = header_cells(table)
    labels = [cell_text(c) for c in table.rows[0].cells]
    action_col = _column(header, "action") or 1
    progress_cols = [i for i in range(1, len(labels)) if i != action_col]
    rows = _merge_split_rows([r for r in table.rows[1:] if not _is_group_row(r)])
    out: list[RawActionRow] = []
    for row in rows:
        label_cell = row.cells[0] if row.cells else ""
        if label_cell is None and out:  # a label cell merged down over several action rows
            label, code = out[-1].label, out[-1].code
        else:
            label = cell_text(label_cell)
            code = code_of(label)
        if not label:
            continue
        out.append(
            RawActionRow(
                label=label,
                code=code,
                action=_cell(row, action_col) or "",
                progress=tuple(ProgressCell(labels[i], _cell(row, i) or "") for i in progress_cols),
                page=row.page,
            )
        )
    return out
