"""Blocks drawn straight to PDF with reportlab.

List numbers drawn by ``ListFlowable`` apart from the item text, spans as
``SPAN`` commands, repeated header rows, rows that split over a page break
(``splitInRow``) with or without a rule at the break, a box as a one-cell table.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as RLPageBreak,
)

from swapscore.corpus.generator.randomized.blocks import Badge, Block, Box, Cell, ListBlock, PageBreak, TableBlock, Text, typed_marker

_base = getSampleStyleSheet()
BODY = ParagraphStyle("rbody", parent=_base["Normal"], fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=5)
STYLES = {
    "body": BODY,
    "title": ParagraphStyle("rtitle", parent=BODY, fontName="Helvetica-Bold", fontSize=19, leading=23, spaceBefore=120),
    "subtitle": ParagraphStyle("rsub", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16),
    "h1": ParagraphStyle("rh1", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=10, spaceAfter=7),
    "h2": ParagraphStyle("rh2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8),
    "h3": ParagraphStyle("rh3", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6),
    "band": ParagraphStyle("rband", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8,
                           textColor=colors.white, backColor=colors.HexColor("#1F4E79"), borderPadding=3),
}
PORTRAIT, WIDE = A4, landscape(A4)
MARGIN = 2 * cm


def render_blocks_pdf(blocks: list[Block], path: Path, title: str, running_header: str | None = None,
                      page_word: str = "Page") -> None:
    doc = BaseDocTemplate(str(path), pagesize=PORTRAIT, title=title, author="swapscore corpus generator")

    def furniture(canvas, document):
        if running_header:
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            width, height = canvas._pagesize
            canvas.drawString(MARGIN, height - 1.2 * cm, running_header)
            canvas.drawRightString(width - MARGIN, 1.1 * cm, f"{page_word} {document.page}")
            canvas.restoreState()

    doc.addPageTemplates([
        PageTemplate(id="portrait", frames=[Frame(MARGIN, MARGIN, PORTRAIT[0] - 2 * MARGIN, PORTRAIT[1] - 2 * MARGIN)],
                     onPage=furniture, pagesize=PORTRAIT),
        PageTemplate(id="landscape", frames=[Frame(MARGIN, MARGIN, WIDE[0] - 2 * MARGIN, WIDE[1] - 2 * MARGIN)],
                     onPage=furniture, pagesize=WIDE),
    ])
    story, width = [], PORTRAIT[0] - 2 * MARGIN
    for block in blocks:
        if isinstance(block, PageBreak):
            if block.landscape is not None:
                story.append(NextPageTemplate("landscape" if block.landscape else "portrait"))
                width = (WIDE if block.landscape else PORTRAIT)[0] - 2 * MARGIN
            story.append(RLPageBreak())
        else:
            story += _flowables(block, width)
    doc.build(story)


def _p(text: str, style: ParagraphStyle = BODY, bold: bool = False) -> Paragraph:
    markup = escape(text).replace("\n", "<br/>")
    return Paragraph(f"<b>{markup}</b>" if bold else markup, style)


def _flowables(block: Block, width: float) -> list:
    if isinstance(block, Text):
        return [_p(block.text.upper() if block.caps else block.text, STYLES[block.role], block.bold)]
    if isinstance(block, Badge):
        return [Paragraph(f'<b>{escape(block.label)}:</b> <font backColor="{block.colour}" color="white"><b>&nbsp;'
                          f"{escape(block.value)}&nbsp;</b></font>", BODY)]
    if isinstance(block, ListBlock):
        return _list(block)
    if isinstance(block, TableBlock):
        return [_table(block, width), Spacer(1, 6)]
    if isinstance(block, Box):
        inner = [f for child in block.children for f in _flowables(child, width - 14)]
        style = [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 7)]
        if block.fill:
            style.append(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(block.fill)))
        return [Table([[inner]], colWidths=[width], style=TableStyle(style), splitInRow=1), Spacer(1, 8)]
    raise TypeError(block)


def _list(block: ListBlock) -> list:
    items = [_p(i) for i in block.items]
    if block.marker == "auto":
        return [ListFlowable([ListItem(p) for p in items], bulletType="1", bulletFormat="%s.",
                             bulletFontName="Helvetica", bulletFontSize=9.5)]
    if block.marker == "bullet":
        return [ListFlowable([ListItem(p) for p in items], bulletType="bullet", start="•", bulletFontSize=9)]
    if block.marker == "none":
        return items
    return [_p(f"{typed_marker(block.marker, n)} {i}") for n, i in enumerate(block.items, 1)]


def _table(block: TableBlock, width: float) -> Table:
    cell_style = ParagraphStyle("rcell", parent=BODY, fontSize=block.font_size, leading=block.font_size * 1.25, spaceAfter=0)
    grid = [*block.header, *block.rows]
    data = [[_p(c.text, cell_style, c.bold) if isinstance(c, Cell) else "" for c in row] for row in grid]
    total = sum(block.widths)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if block.rule_at_break:
        commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    else:  # a rule above each row and between columns: the part before a break has no bottom rule
        commands += [("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBEFORE", (0, 0), (-1, -1), 0.6, colors.black),
                     ("LINEAFTER", (-1, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black)]
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if isinstance(cell, Cell) and (cell.colspan > 1 or cell.rowspan > 1):
                commands.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
            if isinstance(cell, Cell) and cell.fill:
                commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(cell.fill)))
    return Table(data, colWidths=[width * w / total for w in block.widths], style=TableStyle(commands),
                 repeatRows=len(block.header) if block.repeat_header else 0, splitInRow=1)
