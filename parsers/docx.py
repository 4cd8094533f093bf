"""DOCX files to the intermediate document, in body order (paragraphs and tables).

Word keeps merged cells as one ``w:tc`` spanning columns (``gridSpan``) or as
a chain of cells marked ``vMerge``; both come out as ``None`` in the cells
they cover, the way pdfplumber reports merged cells in a PDF.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from swapscore.parsers.errors import DocumentLoadError, EmptyDocumentError
from swapscore.parsers.resources import raise_if_resource_failure
from swapscore.schemas.records import Block, Paragraph, ParagraphStyle, ParsedDocument, Table, TableRow

# A DOCX whose entries inflate past this is treated as a zip bomb (SWAPSCORE_DOCX_MAX_MB overrides).
MAX_UNCOMPRESSED_MB = 200
# One XML part larger than this is refused: lxml holds about 15 bytes of memory per byte of XML, so a
# 180 MB part held a worker at 3 GB (SWAPSCORE_DOCX_MAX_XML_MB overrides).
MAX_XML_MB = 32


def max_uncompressed_bytes() -> int:
    return int(os.environ.get("SWAPSCORE_DOCX_MAX_MB", MAX_UNCOMPRESSED_MB)) * 1024 * 1024


def max_xml_bytes() -> int:
    return int(os.environ.get("SWAPSCORE_DOCX_MAX_XML_MB", MAX_XML_MB)) * 1024 * 1024


def parse(path: Path) -> ParsedDocument:
    _check_container(path)
    try:
        document = docx.Document(str(path))
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises many types for broken packages
        raise_if_resource_failure(exc)
        raise DocumentLoadError(f"{path.name}: not a readable DOCX ({exc})") from exc
    try:
        blocks = _blocks(document)
    except MemoryError:
        raise
    except Exception as exc:  # malformed XML inside a readable package
        raise_if_resource_failure(exc)
        raise DocumentLoadError(f"{path.name}: the DOCX body cannot be read ({type(exc).__name__}: {exc})") from exc
    return ParsedDocument(
        source_path=str(path), source_format="docx", n_pages=None, blocks=tuple(blocks)
    )


def _blocks(document) -> list[Block]:
    return _children(document.element.body, document)


def _children(parent, document) -> list[Block]:
    """Paragraphs and tables in order; a one-column table (a box around content) is read through,
    and so are content controls (``w:sdt``)."""
    blocks: list[Block] = []
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = _paragraph(DocxParagraph(child, document))
            if paragraph is not None:
                blocks.append(paragraph)
        elif child.tag == qn("w:tbl") and _is_frame(child):
            for tc in child.iter(qn("w:tc")):
                if tc.getparent().getparent() is child:  # this table's own cells, not a nested table's
                    blocks.extend(_children(tc, document))
        elif child.tag == qn("w:tbl"):
            blocks.append(_table(child))
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                blocks.extend(_children(content, document))
    return blocks


def _is_frame(tbl) -> bool:
    rows = list(tbl.iterchildren(qn("w:tr")))
    return bool(rows) and all(len(list(tr.iterchildren(qn("w:tc")))) == 1 for tr in rows) and \
        all(tc.tcPr is None or tc.tcPr.grid_span == 1 for tr in rows for tc in tr.iterchildren(qn("w:tc")))


def _check_container(path: Path) -> None:
    if path.stat().st_size == 0:
        raise EmptyDocumentError(f"{path.name}: the file is empty (0 bytes)")
    if not zipfile.is_zipfile(path):
        raise DocumentLoadError(f"{path.name}: not a valid DOCX (it is not a zip archive)")
    limit, xml_limit = max_uncompressed_bytes(), max_xml_bytes()
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():  # inflate for real: a zip header can lie about sizes
                size = 0
                xml = info.filename.lower().endswith((".xml", ".rels"))
                with archive.open(info) as entry:
                    while chunk := entry.read(1 << 20):
                        total += len(chunk)
                        size += len(chunk)
                        if total > limit:
                            raise DocumentLoadError(
                                f"{path.name}: DOCX entries inflate past the {limit}-byte limit "
                                f"(at entry {info.filename!r}; a zip bomb?)")
                        if xml and size > xml_limit:
                            raise DocumentLoadError(
                                f"{path.name}: the XML part {info.filename} inflates past {xml_limit // (1024 * 1024)} MB, "
                                f"more than the DOCX reader accepts for one part (reading it would take gigabytes "
                                f"of memory; SWAPSCORE_DOCX_MAX_XML_MB raises the cap)")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError, ValueError) as exc:
        raise_if_resource_failure(exc)
        raise DocumentLoadError(f"{path.name}: not a valid DOCX (broken zip archive: {exc})") from exc


def _paragraph(p: DocxParagraph) -> Paragraph | None:
    text = p.text.strip()
    if not text:
        return None
    return Paragraph(text=text, page=None, style=_style(p), bold=_is_bold(p))


def _style(p: DocxParagraph) -> ParagraphStyle:
    name = (p.style.name if p.style is not None else "") or ""
    if name.startswith(("Heading", "Title")):
        return "heading"
    has_numbering = p._p.pPr is not None and p._p.pPr.numPr is not None
    if "List" in name or has_numbering:
        return "list_item"
    return "body"


def _is_bold(p: DocxParagraph) -> bool:
    runs = [r for r in p.runs if r.text.strip()]
    style_bold = bool(p.style is not None and p.style.font.bold)
    return bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)


def _table(tbl) -> Table:
    rows = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells: list[str | None] = []
        for tc in tr.iterchildren(qn("w:tc")):
            tc_pr = tc.tcPr
            span = tc_pr.grid_span if tc_pr is not None else 1
            text = "\n".join(_cell_paragraph_texts(tc))
            cells.append(None if _continues_vertical_merge(tc_pr) else text)
            cells.extend([None] * (span - 1))
        rows.append(TableRow(cells=tuple(cells)))
    return Table(rows=tuple(rows))


def _continues_vertical_merge(tc_pr) -> bool:
    """A ``w:vMerge`` with no value (or "continue") sits under the cell above it."""
    if tc_pr is None:
        return False
    v_merge = tc_pr.find(qn("w:vMerge"))
    return v_merge is not None and v_merge.get(qn("w:val"), "continue") == "continue"


def _cell_paragraph_texts(tc) -> list[str]:
    """Texts of a cell's paragraphs (nested tables' too), in order."""
    texts = []
    for p in tc.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if text.strip():
            texts.append(text.strip())
    return texts
