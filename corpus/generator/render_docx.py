"""Render report content as Word documents with python-docx: platform export or consultant layout."""

from __future__ import annotations

import random
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from swapscore.corpus.generator import phrases
from swapscore.corpus.generator.model import IndicatorContent, ReportContent

BOX_RATING = {
    "missing": "MISSING REQUIREMENTS",
    "approaches": "APPROACHES MINIMUM REQUIREMENTS",
    "meets": "MEETS MINIMUM REQUIREMENTS",
    "exceeds": "EXCEEDS MINIMUM REQUIREMENTS",
    "not_applicable": "NOT APPLICABLE",
}
SHORT_RATING = {"missing": "MISSING", "approaches": "APPROACHING", "meets": "MEETS", "exceeds": "EXCEEDS",
                "not_applicable": "N/A"}
PROSE_RATING = {k: v.capitalize() for k, v in BOX_RATING.items()}
MOV_HINT = "List Means of Verification. (E.g. documents, minutes, reports and links that support the rating)."


def render_docx(content: ReportContent, path: Path) -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    rng = random.Random(content.name)
    if content.stress.get("running_header"):
        _running_header(document, content)
    if content.layout == "consultant":
        _consultant(document, content, rng)
    else:
        _platform(document, content, rng)
    document.save(str(path))


# --- shared pieces --------------------------------------------------------------


def _bold(document, text: str, size: int | None = None):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return p


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _field(run, instruction: str) -> None:
    begin, text, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    end.set(qn("w:fldCharType"), "end")
    run._r.extend([begin, text, end])


def _running_header(document, content: ReportContent) -> None:
    section = document.sections[0]
    section.header.paragraphs[0].text = f"UNCT-SWAP Scorecard | {content.country} {content.year}"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer.add_run(), "PAGE")


def _set_cell(cell, text: str, *, bold: bool = False) -> None:
    """Fill a cell; a text with line breaks becomes one bulleted paragraph a line."""
    lines = text.split("\n")
    if len(lines) == 1:
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
        return
    cell.paragraphs[0].text = lines[0]
    cell.paragraphs[0].style = "List Bullet"
    for line in lines[1:]:
        cell.add_paragraph(line, style="List Bullet")


def _landscape_section(document):
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    return section


def _portrait_section(document):
    section = document.add_section()
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = section.page_height, section.page_width


def _action_table(document, content: ReportContent) -> None:
    columns = [*content.action_headers, *content.action_columns]
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, columns):
        _set_cell(cell, text, bold=True)
        _shade(cell, "D9E2F3")
    _repeat_header(table.rows[0])
    current_dimension = None
    previous_label_cell, previous_code = None, None
    for row in content.action_plan:
        ind = next(i for i in content.indicators if i.code == row.code)
        if content.layout == "platform" and ind.dimension != current_dimension:
            current_dimension = ind.dimension
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            _set_cell(merged, f"Dimension {ind.dimension} - {ind.dimension_name}", bold=True)
        cells = table.add_row().cells
        if row.code == previous_code and content.stress.get("merged_label_cells"):
            previous_label_cell.merge(cells[0])
        else:
            _set_cell(cells[0], row.label)
            previous_label_cell = cells[0]
        previous_code = row.code
        _set_cell(cells[1], row.action)
        for cell, (_, text) in zip(cells[2:], row.progress):
            _set_cell(cell, text)


def _overview_table(document, content: ReportContent, headers: tuple[str, str], label: str, words: dict) -> None:
    """Table 1: one row per PI with its overview rating (and reassessed flag in an annual report)."""
    annual = content.report_type == "annual"
    header = [*headers, *(["Reassessed"] if annual else [])]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        _set_cell(cell, text, bold=True)
    for ind in content.indicators:
        cells = table.add_row().cells
        _set_cell(cells[0], label.format(code=ind.code, name=ind.name_as_written))
        _set_cell(cells[1], words[ind.rating_overview])
        if annual:
            _set_cell(cells[2], "Yes" if ind.reassessed_overview else "No")


def _by_dimension(content: ReportContent, heading, indicator) -> None:
    """Call ``heading`` at the first PI of each dimension and ``indicator`` for every PI, in order."""
    current = None
    for ind in content.indicators:
        if ind.dimension != current:
            current = ind.dimension
            heading(ind)
        indicator(ind)


# --- platform export -------------------------------------------------------------


def _platform(document, content: ReportContent, rng: random.Random) -> None:
    kind = "ANNUAL PROGRESS ASSESSMENT REPORT AND ACTION PLAN" if content.report_type == "annual" \
        else "COMPREHENSIVE ASSESSMENT REPORT AND ACTION PLAN"
    _bold(document, "UNCT-SWAP GENDER EQUALITY SCORECARD", 16)
    _bold(document, kind, 13)
    document.add_paragraph(f"United Nations Country Team in {content.country} {content.year}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("1. Background", 1)
    document.add_paragraph(
        f"This report presents the scorecard self-assessment of the United Nations Country Team in "
        f"{content.country} for {content.year}. An inter-agency assessment team gathered the evidence "
        "and agreed on the ratings below.")
    document.add_heading("2. Overview of Performance Indicator Ratings", 1)
    document.add_paragraph("Table 1: Overview of Performance Indicators Reassessed, and Performance Indicator Ratings")
    _overview_table(document, content, ("Indicator", "Rating Level"), "PI {code} {name}", SHORT_RATING)
    document.add_heading("3. Detailed Findings by Performance Indicator", 1)
    _by_dimension(content,
                  lambda ind: document.add_heading(f"Dimension Area {ind.dimension}: {ind.dimension_name}", 2),
                  lambda ind: _platform_indicator(document, content, ind, rng))
    _landscape_section(document)
    document.add_heading(f"4. UNCT in {content.country} Action Plan", 1)
    document.add_paragraph("Agreed action points by Performance Indicator, with the activities undertaken so far.")
    _action_table(document, content)
    _portrait_section(document)
    document.add_heading("5. Supporting Evidence", 1)
    for ind in content.indicators:
        _evidence_table(document, ind)


def _platform_indicator(document, content: ReportContent, ind: IndicatorContent, rng: random.Random) -> None:
    document.add_heading(f"PI {ind.code} {ind.name_as_written}", 3)
    box = document.add_table(rows=1, cols=2)
    box.style = "Table Grid"
    left, right = box.rows[0].cells
    left.paragraphs[0].add_run(f"Performance Indicator {ind.code}:").bold = True
    left.add_paragraph().add_run(ind.title).bold = True
    left.add_paragraph().add_run(BOX_RATING[ind.rating]).bold = True
    _set_cell(right, ind.dimension_name, bold=True)
    _shade(left, "E7E6E6")
    _shade(right, "E7E6E6")
    document.add_paragraph(phrases.CRITERIA[ind.code])
    document.add_paragraph("Findings and Explanation")
    for sentence in ind.findings:
        document.add_paragraph(sentence)
    if content.report_type == "annual":
        document.add_paragraph("Did you reassess the Performance Indicator in this reporting year")
        document.add_paragraph("Yes" if ind.reassessed else "No", style="List Bullet")
    if ind.means_of_verification:
        document.add_paragraph(MOV_HINT)
        numbered = rng.random() < 0.6
        for n, item in enumerate(ind.means_of_verification, 1):
            if numbered:
                document.add_paragraph(f"{n}) {item.text};", style="List Bullet")
            else:
                document.add_paragraph(item.text)


def _evidence_table(document, ind: IndicatorContent) -> None:
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    _set_cell(table.rows[0].cells[0], f"PI {ind.code}: Indicator {ind.code}: {ind.title}", bold=True)
    _set_cell(table.rows[0].cells[1], ind.dimension_name, bold=True)
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[1])
    _set_cell(merged, BOX_RATING[ind.rating], bold=True)
    _set_cell(table.rows[2].cells[0], "Category", bold=True)
    _set_cell(table.rows[2].cells[1], "Documents", bold=True)
    if not ind.supporting_documents:
        _set_cell(table.add_row().cells[1], "No documents uploaded")
    for doc in ind.supporting_documents:
        cells = table.add_row().cells
        _set_cell(cells[0], doc.category or "")
        _set_cell(cells[1], doc.text)
    document.add_paragraph()


# --- consultant report (pre-platform) ----------------------------------------------


def _consultant(document, content: ReportContent, rng: random.Random) -> None:
    kind = "Annual Progress Report" if content.report_type == "annual" else "Comprehensive Assessment Report"
    _bold(document, "UNCT-SWAP GENDER SCORECARD ASSESSMENT", 16)
    _bold(document, f"{content.country}: {kind}, {content.year}", 13)
    document.add_paragraph("Prepared by an independent gender consultant for the UN Country Team")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("1. INTRODUCTION", 1)
    document.add_paragraph(
        f"This assessment reviews how the UN Country Team in {content.country} mainstreams gender equality in "
        "its joint processes under the UNDAF. It follows the Gender Scorecard technical guidance and was "
        "carried out through a desk review, interviews and a validation workshop.")
    document.add_heading("2. SUMMARY OF RATINGS", 1)
    _overview_table(document, content, ("Performance Indicator", "Rating"), "{code} {name}", PROSE_RATING)
    document.add_heading("3. FINDINGS BY DIMENSION", 1)
    _by_dimension(content,
                  lambda ind: _bold(document, f"DIMENSION {ind.dimension}: {ind.dimension_name.upper()}", 12),
                  lambda ind: _consultant_indicator(document, content, ind))
    _landscape_section(document)
    document.add_heading("4. ACTION PLAN", 1)
    _action_table(document, content)


def _consultant_indicator(document, content: ReportContent, ind: IndicatorContent) -> None:
    _bold(document, f"INDICATOR {ind.code} {ind.name_as_written.upper()}", 11)
    if content.stress.get("rating_on_next_line"):
        _bold(document, PROSE_RATING[ind.rating])
    else:
        document.add_paragraph(f"Rating: {PROSE_RATING[ind.rating]}")
    for sentence in ind.findings:
        document.add_paragraph(sentence.replace("framework", "UNDAF"))
    if content.report_type == "annual":
        document.add_paragraph(f"Reassessed in this reporting year: {'Yes' if ind.reassessed else 'No'}")
    if ind.means_of_verification:
        document.add_paragraph("Means of verification:")
        for item in ind.means_of_verification:
            document.add_paragraph(item.text, style="List Number")
