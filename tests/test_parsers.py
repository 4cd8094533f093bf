"""Parsers and the text helpers they share."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from swapscore import parsers
from swapscore.parsers.errors import DocumentLoadError, EmptyDocumentError, UnsupportedFormatError
from swapscore.parsers.text import cell_text, join_lines, strip_bullet
from swapscore.schemas.records import Paragraph, Table


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["gender", "equality"], "gender equality"),
        (["sex-", "disaggregated data"], "sex-disaggregated data"),
        (["2020-", "2022"], "2020-2022"),  # a year range broken at its hyphen
        (["the period 2020 -", "2022"], "the period 2020 - 2022"),  # a dash between spaces stays one
        (["(https://un.org/sites/final-version.pdf", ")"], "(https://un.org/sites/final-version.pdf)"),
        (["(https://kenya.un.org/en/reso", "urces)"], "(https://kenya.un.org/en/resources)"),
        (["SDGs (https:/", "/unsdg.un.org/files/UNCT_LAO_gender-equalit", "y-scorecard-final.pdf)"],
         "SDGs (https://unsdg.un.org/files/UNCT_LAO_gender-equality-scorecard-final.pdf)"),  # broken anywhere
        (["of the SDGs (htt", "ps://unsdg.un.org/files/2022-07/UNCT_gtg-30_ge", "nder-equality-final.pdf)"],
         "of the SDGs (https://unsdg.un.org/files/2022-07/UNCT_gtg-30_gender-equality-final.pdf)"),  # scheme cut
        (["campaign: http:/", "/un.org/en"], "campaign: http://un.org/en"),
        (["visit the site at", "www.un.org"], "visit the site at www.un.org"),  # an address opening a line: two words
        (["(https://kenya.un.org/en/resources)", "and the plan"], "(https://kenya.un.org/en/resources) and the plan"),
        (["results. -", "Workshop"], "results. - Workshop"),
        (["on the SDGs (", "https://un.org/vnr.pdf)"], "on the SDGs (https://un.org/vnr.pdf)"),  # bracket opened at a line end
        (["plans [", "draft]"], "plans [draft]"),
        (["\uf0b7 first", "second"], "first second"),
        (["Initial discussion held in the GTG; no decision", "yet."], "Initial discussion held in the GTG; no decision yet."),
        (["  spaced   out ", "", "text"], "spaced out text"),
    ],
)
def test_join_lines(lines, expected):
    assert join_lines(lines) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("• item", (True, "item")), ("\uf0b7 No", (True, "No")), ("(cid:127) 1) Item", (True, "1) Item")),
     ("(cid:12)x", (False, "(cid:12)x")), ("plain", (False, "plain"))],
)
def test_strip_bullet(line, expected):
    assert strip_bullet(line) == expected


def test_cell_text_of_a_merged_cell_is_empty():
    assert cell_text(None) == "" and cell_text("a\nb") == "a b"


def test_docx_merged_cells_come_out_as_none(tmp_path: Path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Dimension 1 - Planning"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "1.1 Common Country Analysis"
    table.cell(1, 1).text, table.cell(2, 1).text = "first action", "second action"
    document.add_paragraph("Item", style="List Bullet")
    path = tmp_path / "merged.docx"
    document.save(str(path))
    doc = parsers.parse(path)
    parsed = next(b for b in doc.blocks if isinstance(b, Table))
    assert parsed.rows[0].cells == ("Dimension 1 - Planning", None, None)
    assert parsed.rows[1].cells[0] == "1.1 Common Country Analysis"
    assert parsed.rows[2].cells[0] is None
    assert next(b for b in doc.blocks if isinstance(b, Paragraph)).style == "list_item"


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.pdf", b"", EmptyDocumentError),
        ("garbage.pdf", b"this is not a pdf at all" * 20, DocumentLoadError),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", DocumentLoadError),
        ("empty.docx", b"", EmptyDocumentError),
        ("notzip.docx", b"PK but not really a zip", DocumentLoadError),
        ("report.txt", b"text", UnsupportedFormatError),
    ],
)
def test_bad_bytes_raise_a_load_error_naming_the_file(tmp_path: Path, name, content, error):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        parsers.parse(path)
    assert name in str(raised.value)
