"""Render report content straight to PDF with reportlab: a platform-like layout from a second producer.

Running header and page-numbered footer on every page, the action plan on
landscape pages with a repeated header row and rows that split over pages.
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
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from swapscore.corpus.generator import phrases
from swapscore.corpus.generator.model import IndicatorContent, ReportContent
from swapscore.corpus.generator.render_docx import BOX_RATING, MOV_HINT, SHORT_RATING

_base = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_base["Normal"], fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=6)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=6)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=10, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6)
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
])


def _p(text: str, style=BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def _cell(text: str, style=CELL) -> list[Paragraph] | Paragraph:
    lines = text.split("\n")
    if len(lines) == 1:
        return _p(text, style)
    return [Paragraph(escape(line), ParagraphStyle("cb", parent=style, leftIndent=8), bulletText="•") for line in lines]


def render_pdf(content: ReportContent, path: Path) -> None:
    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"UNCT-SWAP {content.country} {content.year}",
                          author="swapscore corpus generator")
    portrait = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm, id="portrait")
    wide = landscape(A4)
    landscape_frame = Frame(1.5 * cm, 2 * cm, wide[0] - 3 * cm, wide[1] - 4 * cm, id="landscape")

    def furniture(canvas, document):
        canvas.saveState()
        width, height = canvas._pagesize
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, height - 1.2 * cm, f"UNCT-SWAP Gender Equality Scorecard | {content.country} {content.year}")
        canvas.drawRightString(width - 2 * cm, 1.1 * cm, f"Page {document.page}")
        canvas.restoreState()

    doc.addPageTemplates([
        PageTemplate(id="portrait", frames=[portrait], onPage=furniture, pagesize=A4),
        PageTemplate(id="landscape", frames=[landscape_frame], onPage=furniture, pagesize=wide),
    ])
    doc.build(_story(content, wide[0] - 3 * cm))


def _story(content: ReportContent, wide_width: float) -> list:
    kind = "Annual Progress Assessment Report and Action Plan" if content.report_type == "annual" \
        else "Comprehensive Assessment Report and Action Plan"
    story: list = [
        Spacer(1, 5 * cm),
        _p("UNCT-SWAP Gender Equality Scorecard", H1),
        _p(kind, H2),
        _p(f"United Nations Country Team in {content.country} {content.year}", BODY),
        PageBreak(),
        _p("1. Overview of Performance Indicator Ratings", H1),
    ]
    annual = content.report_type == "annual"
    rows = [[_p("Indicator", CELL_BOLD), _p("Rating Level", CELL_BOLD), *([_p("Reassessed", CELL_BOLD)] if annual else [])]]
    for ind in content.indicators:
        rows.append([_p(f"PI {ind.code} {ind.name_as_written}", CELL), _p(SHORT_RATING[ind.rating_overview], CELL),
                     *([_p("Yes" if ind.reassessed_overview else "No", CELL)] if annual else [])])
    story.append(Table(rows, colWidths=[9 * cm, 4 * cm, *([3 * cm] if annual else [])], style=GRID, repeatRows=1))
    story.append(_p("2. Detailed Findings by Performance Indicator", H1))
    current = None
    for ind in content.indicators:
        if ind.dimension != current:
            current = ind.dimension
            story.append(_p(f"Dimension Area {ind.dimension}: {ind.dimension_name}", H2))
        story.extend(_indicator(content, ind))
    story += [NextPageTemplate("landscape"), PageBreak(), _p(f"3. UNCT in {content.country} Action Plan", H1)]
    story.append(_action_table(content, wide_width))
    story += [NextPageTemplate("portrait"), PageBreak(), _p("4. Supporting Evidence", H1)]
    for ind in content.indicators:
        story += [_evidence_table(ind), Spacer(1, 0.4 * cm)]
    return story


def _indicator(content: ReportContent, ind: IndicatorContent) -> list:
    box = Table(
        [[[_p(f"Performance Indicator {ind.code}:", CELL_BOLD), _p(ind.title, CELL_BOLD), _p(BOX_RATING[ind.rating], CELL_BOLD)],
          _p(ind.dimension_name, CELL_BOLD)]],
        colWidths=[11.5 * cm, 5.5 * cm],
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                          ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED"))]),
    )
    out = [_p(f"PI {ind.code} {ind.name_as_written}", H3), box, Spacer(1, 0.2 * cm), _p(phrases.CRITERIA[ind.code])]
    out.append(_p("Findings and Explanation"))
    out += [_p(s) for s in ind.findings]
    if content.report_type == "annual":
        out.append(_p("Did you reassess the Performance Indicator in this reporting year"))
        out.append(Paragraph("Yes" if ind.reassessed else "No", BULLET, bulletText="•"))
    if ind.means_of_verification:
        out.append(_p(MOV_HINT))
        for n, item in enumerate(ind.means_of_verification, 1):
            out.append(Paragraph(escape(f"{n}) {item.text};"), BULLET, bulletText="•"))
    return out


def _action_table(content: ReportContent, width: float) -> Table:
    header = [*content.action_headers, *content.action_columns]
    rows = [[_p(h, CELL_BOLD) for h in header]]
    spans = []
    current = None
    for row in content.action_plan:
        ind = next(i for i in content.indicators if i.code == row.code)
        if content.layout == "platform" and ind.dimension != current:
            current = ind.dimension
            spans.append(len(rows))
            rows.append([_p(f"Dimension {ind.dimension} - {ind.dimension_name}", CELL_BOLD)] + [""] * (len(header) - 1))
        rows.append([_cell(row.label), _cell(row.action), *(_cell(t) for _, t in row.progress)])
    first = 3.5 * cm
    rest = (width - first) / (len(header) - 1)
    style = TableStyle([*GRID.getCommands(), *(("SPAN", (0, r), (-1, r)) for r in spans),
                        *(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")) for r in spans)])
    return Table(rows, colWidths=[first] + [rest] * (len(header) - 1), style=style, repeatRows=1, splitInRow=1)


def _evidence_table(ind: IndicatorContent) -> Table:
    rows = [
        [_p(f"PI {ind.code}: Indicator {ind.code}: {ind.title}", CELL_BOLD), _p(ind.dimension_name, CELL_BOLD)],
        [_p(BOX_RATING[ind.rating], CELL_BOLD), ""],
        [_p("Category", CELL_BOLD), _p("Documents", CELL_BOLD)],
    ]
    if not ind.supporting_documents:
        rows.append(["", _p("No documents uploaded", CELL)])
    rows += [[_p(d.category or "", CELL), _p(d.text, CELL)] for d in ind.supporting_documents]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 1), (1, 1)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return Table(rows, colWidths=[6 * cm, 11 * cm], style=style)
