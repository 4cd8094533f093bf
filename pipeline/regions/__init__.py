"""The region readers: a parsed document to the raw values of a scorecard report.

One small module per region, each with a ``recognize`` and a ``read`` that
returns typed raw records: ``metadata`` (cover: country, year, type,
framework), ``overview`` (Table 1), ``sections`` (the PI sections with their
ratings, flags, findings and means of verification), ``evidence``
(supporting-document tables) and ``action_plan``. Tables are read by column
role (``tables``). Layout knowledge (cue words, limits) is data in
``schemas/layout.json``. What a reader recognized but could not read comes
back as a note, so a report that lost something never says ``ok``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from swapscore.parsers.text import cell_text
from swapscore.pipeline.regions import action_plan, evidence, overview, sections, tables
from swapscore.pipeline.regions.cues import has_cue, pi_code_in_heading, words
from swapscore.pipeline.regions.metadata import ReportMeta, detect_framework, read_meta
from swapscore.schemas.framework import Framework, layout_vocabulary
from swapscore.schemas.records import Block, Paragraph, ParsedDocument, RawIndicator, RawNote, RawReport, Table

TOC_ENTRY = sections.TOC_ENTRY
CONTENTS = re.compile(r"^(table of )?contents$", re.I)


@dataclass(frozen=True, slots=True)
class ReadReport:
    raw: RawReport
    meta: ReportMeta
    n_sections: int


def read_report(doc: ParsedDocument) -> ReadReport:
    blocks = drop_table_of_contents(list(doc.blocks))
    full_text = "\n".join(block_text(b) for b in blocks)
    framework = detect_framework(full_text)
    kinds = _table_kinds([b for b in blocks if isinstance(b, Table)], framework)
    region_ids = {id(v.table) for v, kind in kinds if kind is not None}
    blocks = _headings_out_of_tables(blocks, region_ids, framework)
    overviews = [overview.read(v) for v, kind in kinds if kind == "overview"]
    found = sections.sections(blocks, region_ids, framework, _own_names(kinds, overviews))
    values = [sections.read(s) for s in found]
    indicators = [*(overviews[0] if overviews else []), *(v.indicator for v in values)]
    evidence_rows = [e for v in values for e in v.means_of_verification]
    in_section = _sections_around(blocks, region_ids, framework)
    evidence_rows += [e for v, kind in kinds if kind == "evidence" for e in evidence.read(v, in_section.get(id(v.table), ""))]
    plan = [r for v, kind in kinds if kind == "action_plan" for r in action_plan.read(v)]
    notes = [RawNote(*n) for v in values for n in v.notes]
    notes += _region_notes(kinds, overviews, found, plan)
    notes += [RawNote("section-unread", code, f"{p.text!r}{'' if p.page is None else f' (page {p.page})'} is written as "
                      f"the report's PI headings but its name is none of PI {code}'s: its section was not read", p.page)
              for code, p in sections.headings_left_out(blocks, found)]
    notes += [RawNote("table-unread", None, f"a table on page {v.table.page} holds {n} rows naming PIs but was read as "
                      "no region (overview, action plan or evidence)", v.table.page)
              for v, kind in kinds if kind is None and (n := _pi_rows(v)) >= 2]
    cover = _cover(blocks, framework)
    raw = RawReport(
        cover_text="\n".join(p.text for p in cover),
        full_text_sample=full_text,
        indicators=tuple(indicators),
        evidence=tuple(evidence_rows),
        action_plan=tuple(plan),
        notes=tuple(notes),
    )
    return ReadReport(raw, read_meta(raw.cover_text, full_text), len(found))


def _table_kinds(found: list[Table], framework: Framework) -> list[tuple[tables.TableView, str | None]]:
    """Each table with the region it holds: overview, action_plan, evidence, or None (a table inside a section)."""
    out = []
    for table in found:
        v = tables.view(table, framework)
        if action_plan.recognize(v):
            kind = "action_plan"
        elif overview.recognize(v):
            kind = "overview"
        elif evidence.is_evidence_table(table, v):
            kind = "evidence"
        else:
            kind = None
        previous = out[-1] if out else None
        if kind is None and previous is not None and previous[1] is not None and _continues(v, previous[0]):
            v, kind = tables.continued(v, previous[0]), previous[1]
        out.append((v, kind))
    return out


def _continues(v: tables.TableView, before: tables.TableView) -> bool:
    """A table with no header of its own, the columns of the region table before it (less leading ones a
    merged cell hid), and rows naming PIs: the rest of that table on a page where the two were not stitched."""
    offset = before.table.n_cols - v.table.n_cols
    return v.header_index is None and offset >= 0 and before.pi_col is not None and v.pi_col == before.pi_col - offset \
        and _pi_rows(v) >= 1


def _own_names(kinds: list[tuple[tables.TableView, str | None]], overviews: list[list[RawIndicator]]) -> sections.OwnNames:
    """The names the report writes beside each PI code in the PI cells of its region tables ("4.1 Direction"),
    or, in an overview, in the cell beside a PI cell that holds only the code."""
    own: dict[str, set[str]] = {}
    for v, kind in kinds:
        if kind is None or v.pi_col is None:
            continue
        for row in tables.data_rows(v):
            found = pi_code_in_heading(row.cells[v.pi_col]) if row.code else None
            if found is not None and found[0] == row.code and found[1]:
                own.setdefault(row.code, set()).add(found[1])
    for indicator in (i for rows in overviews for i in rows if i.code):
        found = pi_code_in_heading(indicator.heading)
        if found is not None and found[0] == indicator.code and found[1]:
            own.setdefault(indicator.code, set()).add(found[1])
    return {code: tuple(sorted(names)) for code, names in own.items()}


def _headings_out_of_tables(blocks: list[Block], region_ids: set[int], framework: Framework) -> list[Block]:
    """A PI heading drawn as the first row of a small table is taken out as the heading paragraph it is: a
    merged row (a shaded heading bar right over the table of its rating), or a label and the PI ("Indicator |
    PI 2.2 Communication and advocacy", a form with one table per PI)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and id(block) not in region_ids and block.rows:
            first = [c for c in block.rows[0].cells if c is not None]
            if len(first) == 2 and len(first[0].split()) <= 3 and has_cue(words(first[0]), layout_vocabulary().indicator_words):
                first = first[1:]
            heading = Paragraph(cell_text(first[0]), block.rows[0].page, "heading", True) if len(first) == 1 and first[0] else None
            if heading is not None and sections.heading_of(heading, framework) is not None:
                out.append(heading)
                if len(block.rows) > 1:
                    out.append(Table(rows=block.rows[1:], page=block.rows[1].page))
                continue
        out.append(block)
    return out


def _sections_around(blocks: list[Block], region_ids: set[int], framework: Framework) -> dict[int, str]:
    """The heading of the PI section each region table stands in, right after its last paragraph (a table
    after a dimension or chapter heading, or after another region table, stands in none)."""
    heading, out = "", {}
    for block in blocks:
        if isinstance(block, Table) and id(block) in region_ids:
            out[id(block)], heading = heading, ""
        elif isinstance(block, Paragraph) and sections.heading_of(block, framework) is not None:
            heading = block.text
        elif sections.is_boundary(block):
            heading = ""
    return out


def _pi_rows(v: tables.TableView) -> int:
    if v.pi_col is None or v.table.n_cols < 3:
        return 0
    return sum(1 for r in tables.data_rows(v, start=0) if r.code)


def _region_notes(kinds, overviews, found, plan) -> list[RawNote]:
    notes = []
    if any(kind == "overview" for _, kind in kinds) and overviews and not overviews[0]:
        notes.append(RawNote("region-empty", None, "the overview table was found but no PI row was read from it", None))
    if overviews and overviews[0] and not found:
        notes.append(RawNote("sections-missing", None,
                             "the report has an overview table but no detailed PI section was recognized", None))
    if any(kind == "action_plan" for _, kind in kinds) and not plan:
        notes.append(RawNote("region-empty", None, "the action-plan table was found but no row was read from it", None))
    return notes


def block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(" | ".join(cell_text(c) for c in row.cells) for row in block.rows)


def drop_table_of_contents(blocks: list[Block]) -> list[Block]:
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


def _cover(blocks: list[Block], framework: Framework) -> list[Paragraph]:
    """The paragraphs before the first table or PI heading: the title page and what follows it."""
    cover = []
    for block in blocks[:layout_vocabulary().limits["cover_paragraphs"]]:
        if isinstance(block, Table) or sections.heading_of(block, framework) is not None:
            break
        cover.append(block)
    return cover
