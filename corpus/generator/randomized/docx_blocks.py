"""Blocks to a Word document with python-docx (read natively, or exported to PDF by LibreOffice).

Word's own list numbering (``List Number``, numbers not in the text), merged
cells as ``gridSpan`` / ``vMerge``, header rows repeated with ``tblHeader``, a
box as a one-cell table holding paragraphs, lists and tables.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from swapscore.corpus.generator.randomized.blocks import Badge, Block, Box, ListBlock, PageBreak, TableBlock, Text, typed_marker

HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3}


def render_blocks_docx(blocks: list[Block], path: Path, running_header: str | None = None, page_word: str = "Page") -> None:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    if running_header:
        _furniture(section, running_header, page_word)
    for block in blocks:
        if isinstance(block, PageBreak):
            _page_break(document, block)
        else:
            _block(document, block, _text_width(document))
    document.save(str(path))


def _text_width(document) -> int:
    section = document.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


def _furniture(section, text: str, page_word: str) -> None:
    section.header.paragraphs[0].text = text
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{page_word} ")
    begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    end.set(qn("w:fldCharType"), "end")
    footer.add_run()._r.extend([begin, instr, end])


def _page_break(document, block: PageBreak) -> None:
    if block.landscape is None:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        return
    section = document.add_section(WD_SECTION.NEW_PAGE)
    wide = section.page_width > section.page_height
    if block.landscape != wide:
        section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = section.page_height, section.page_width


def _shade(element_pr, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#"))
    element_pr.append(shading)


def _block(container, block: Block, width: int) -> None:
    """Add a block to a Document or a table cell (both have add_paragraph and add_table)."""
    if isinstance(block, Text):
        _text(container, block)
    elif isinstance(block, Badge):
        p = container.add_paragraph()
        p.add_run(f"{block.label}: ").bold = True
        run = p.add_run(f" {block.value} ")
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(run._r.get_or_add_rPr(), block.colour)
    elif isinstance(block, ListBlock):
        _list(container, block)
    elif isinstance(block, TableBlock):
        _table(container, block, width)
    elif isinstance(block, Box):
        _box(container, block, width)
    else:
        raise TypeError(block)


def _text(container, block: Text) -> None:
    text = block.text.upper() if block.caps else block.text
    if block.role in HEADING_LEVEL:
        container.add_paragraph(text, style=f"Heading {HEADING_LEVEL[block.role]}")
        return
    p = container.add_paragraph()
    run = p.add_run(text)
    run.bold = block.bold or block.role in ("title", "subtitle", "band")
    if block.role == "title":
        run.font.size = Pt(20)
    elif block.role == "subtitle":
        run.font.size = Pt(13)
    elif block.role == "band":
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(p._p.get_or_add_pPr(), "#1F4E79")


def _list(container, block: ListBlock) -> None:
    for n, item in enumerate(block.items, 1):
        if block.marker == "auto":
            container.add_paragraph(item, style="List Number")
        elif block.marker == "bullet":
            container.add_paragraph(item, style="List Bullet")
        elif block.marker == "none":
            container.add_paragraph(item)
        else:
            container.add_paragraph(f"{typed_marker(block.marker, n)} {item}")


def _table(container, block: TableBlock, width: int) -> None:
    grid = [*block.header, *block.rows]
    table = container.add_table(rows=len(grid), cols=len(block.widths))
    table.style = "Table Grid"
    total = sum(block.widths)
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            target = table.cell(r, c)
            if cell.colspan > 1 or cell.rowspan > 1:
                target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
            run = target.paragraphs[0].add_run(cell.text)
            run.bold = cell.bold
            run.font.size = Pt(block.font_size)
            if cell.fill:
                _shade(target._tc.get_or_add_tcPr(), cell.fill)
    for c, w in enumerate(block.widths):
        for cell in table.columns[c].cells:
            cell.width = int(width * w / total)
    if block.repeat_header:
        for r in range(len(block.header)):
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(header)
    if not isinstance(container, docx.document.Document):
        container.add_paragraph()  # a cell must end with a paragraph


def _box(container, block: Box, width: int) -> None:
    table = container.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    if block.fill:
        _shade(cell._tc.get_or_add_tcPr(), block.fill)
    for child in block.children:
        _block(cell, child, width - Cm(0.4))
    first = cell.paragraphs[0]._p
    if len(cell._tc) > 2:  # tcPr, the empty first paragraph, and what the children added
        first.getparent().remove(first)
    container.add_paragraph()
