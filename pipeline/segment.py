"""Segment a parsed document into the regions a scorecard report is made of.

Format-blind: it sees paragraphs and tables, never a PDF or DOCX object.
Regions: the cover, the overview table (Table 1), one section per PI, the
action-plan table and the supporting-evidence tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.text import cell_text, collapse_ws
from schemas.records import Block, Paragraph, ParsedDocument, Table

PI_CODE = re.compile(r"(?<![\d.])([1-9])\s?\.\s?([1-9])(?![\d.]|\s?%)")
PI_HEADING = re.compile(
    r"^(?:PI|Performance\s+Indicator|Indicator)\s*([1-9]\.[1-9])(?![\d.])\s*[:.\-–]?\s*(.*)$", re.I
)
DIMENSION_HEADING = re.compile(r"^Dimension(\s+Area)?\s*\d\b", re.I)
CHAPTER_HEADING = re.compile(r"^\d{1,2}\.?\s+[A-Z]")
TOC_ENTRY = re.compile(r"(\.{2,}|\s)\s*\d{1,3}$")
CONTENTS = re.compile(r"^(table of )?contents$", re.I)
EVIDENCE_TITLE = re.compile(r"^(?:PI\s*[1-9]\.[1-9]\s*:|Indicator\s+[1-9]\.[1-9]\s*:)", re.I)
DOCUMENTS_HEADER = ("category", "documents")


@dataclass(frozen=True, slots=True)
class PiSection:
    heading: Paragraph
    code: str
    name: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Segments:
    cover: tuple[Paragraph, ...]
    overview: Table | None
    sections: tuple[PiSection, ...]
    action_plan: Table | None
    evidence_tables: tuple[Table, ...]
    full_text: str


def segment(doc: ParsedDocument) -> Segments:
    blocks = _drop_table_of_contents(list(doc.blocks))
    tables = [b for b in blocks if isinstance(b, Table)]
    action_plan = next((t for t in tables if is_action_plan_table(t)), None)
    evidence = tuple(t for t in tables if is_evidence_table(t))
    return Segments(
        cover=tuple(_cover(blocks)),
        overview=next((t for t in tables if is_overview_table(t)), None),
        sections=tuple(_sections(blocks, stop_tables={id(t) for t in (action_plan, *evidence) if t})),
        action_plan=action_plan,
        evidence_tables=evidence,
        full_text="\n".join(_block_text(b) for b in blocks),
    )


def _block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(" | ".join(cell_text(c) for c in row.cells) for row in block.rows)


def _drop_table_of_contents(blocks: list[Block]) -> list[Block]:
    """Drop the entries that follow a "Contents" heading and end in a page number."""
    out: list[Block] = []
    in_toc = False
    for block in blocks:
        if isinstance(block, Paragraph) and CONTENTS.match(block.text.strip()):
            in_toc = True
            continue
        if in_toc and isinstance(block, Paragraph) and TOC_ENTRY.search(block.text):
            continue
        in_toc = False
        out.append(block)
    return out


def _cover(blocks: list[Block]) -> list[Paragraph]:
    """The paragraphs before the first chapter: the title page."""
    cover = []
    for block in blocks[:40]:
        if isinstance(block, Table) or (cover and CHAPTER_HEADING.match(block.text)):
            break
        cover.append(block)
    return cover


# --- table kinds ---------------------------------------------------------------


def header_cells(table: Table) -> list[str]:
    return [cell_text(c).lower() for c in table.rows[0].cells] if table.rows else []


def _rows_with_codes(table: Table) -> int:
    return sum(bool(PI_CODE.search(cell_text(r.cells[0]) if r.cells else "")) for r in table.rows)


def is_overview_table(table: Table) -> bool:
    header = header_cells(table)
    return (
        table.n_cols >= 2
        and any("rating" in h for h in header[1:])
        and not any("action" in h for h in header)
        and _rows_with_codes(table) >= 3
    )


def is_action_plan_table(table: Table) -> bool:
    header = header_cells(table)
    return table.n_cols >= 3 and any("action" in h for h in header[1:]) and _rows_with_codes(table) >= 1


def is_evidence_table(table: Table) -> bool:
    first = cell_text(table.rows[0].cells[0]) if table.rows and table.rows[0].cells else ""
    has_documents_header = any(
        tuple(cell_text(c).lower() for c in r.cells[:2]) == DOCUMENTS_HEADER for r in table.rows
    )
    return bool(EVIDENCE_TITLE.match(first)) and has_documents_header


# --- PI sections ---------------------------------------------------------------


def pi_heading(paragraph: Paragraph) -> tuple[str, str] | None:
    """(code, name) when a paragraph is a PI heading such as "PI 1.1 Common Country Analysis"."""
    text = collapse_ws(paragraph.text)
    if len(text) > 160 or (TOC_ENTRY.search(text) and paragraph.style != "heading"):
        return None
    m = PI_HEADING.match(text)
    if not m:
        return None
    if paragraph.style != "heading" and not paragraph.bold and m.group(2) and len(text) > 90:
        return None
    return m.group(1), m.group(2).strip()


def _ends_section(block: Block, stop_tables: set[int]) -> bool:
    if isinstance(block, Table):
        return id(block) in stop_tables
    text = collapse_ws(block.text)
    if DIMENSION_HEADING.match(text) and len(text) < 120:
        return True
    return block.style == "heading" and bool(CHAPTER_HEADING.match(text))


def _sections(blocks: list[Block], stop_tables: set[int]) -> list[PiSection]:
    sections: list[PiSection] = []
    current: tuple[Paragraph, str, str] | None = None
    body: list[Block] = []

    def close() -> None:
        if current is not None:
            sections.append(PiSection(current[0], current[1], current[2], tuple(body)))

    for block in blocks:
        heading = pi_heading(block) if isinstance(block, Paragraph) else None
        if heading is not None and current is not None and heading[0] == current[1]:
            body.append(block)  # "Performance Indicator 1.1:" inside the section of PI 1.1
        elif heading is not None:
            close()
            current, body = (block, *heading), []
        elif current is not None and _ends_section(block, stop_tables):
            close()
            current, body = None, []
        elif current is not None:
            body.append(block)
    close()
    return sections
