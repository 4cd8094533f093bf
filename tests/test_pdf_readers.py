"""The two PDF readers: ruled-table finding as pure functions, and the fast reader against the reference one."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS, corpus_documents, reference_documents

from swapscore.parsers import ocr, pdf, pdfium_pages, plumber_pages
from swapscore.parsers.errors import DocumentLoadError, EncryptedDocumentError
from swapscore.parsers.layout import Line, blocks, mark_furniture
from swapscore.parsers.reading import CellIndex, Glyph, cell_text
from swapscore.parsers.ruling import find_tables


def box(x0: float, top: float, x1: float, bottom: float) -> list:
    """The four sides of a rectangle as segments, as a drawing's closed path gives them."""
    return [((x0, top), (x1, top)), ((x1, top), (x1, bottom)), ((x1, bottom), (x0, bottom)), ((x0, bottom), (x0, top))]


def grid(xs: list[float], ys: list[float]) -> list:
    """Full-length rulings through every x and y."""
    return [((xs[0], y), (xs[-1], y)) for y in ys] + [((x, ys[0]), (x, ys[-1])) for x in xs]


def test_a_ruled_grid_is_one_table_of_rows_and_columns():
    (table,) = find_tables(grid([10, 60, 110, 160], [20, 40, 60]))
    assert table.bbox == (10, 20, 160, 60)
    assert table.rows == (
        ((10, 20, 60, 40), (60, 20, 110, 40), (110, 20, 160, 40)),
        ((10, 40, 60, 60), (60, 40, 110, 60), (110, 40, 160, 60)),
    )


def test_a_merged_cell_leaves_none_in_the_slots_it_covers():
    segments = grid([10, 160], [20, 40, 60]) + [((60, 40), (60, 60)), ((110, 40), (110, 60))]
    (table,) = find_tables(segments)
    assert table.rows[0] == ((10, 20, 160, 40), None, None)
    assert table.rows[1] == ((10, 40, 60, 60), (60, 40, 110, 60), (110, 40, 160, 60))


def test_cells_drawn_as_separate_boxes_make_a_table():
    segments = box(10, 20, 60, 40) + box(60, 20, 110, 40) + box(10, 40, 60, 60) + box(60, 40, 110, 60)
    (table,) = find_tables(segments)
    assert len(table.rows) == 2 and all(len(r) == 2 for r in table.rows)


def test_a_single_box_is_a_frame_not_a_table():
    assert find_tables(box(10, 20, 300, 80)) == []


def test_rulings_a_little_off_snap_together_and_short_gaps_join():
    segments = [
        ((10, 20), (80, 20)), ((82, 21.5), (160, 21.5)),  # one top rule, drawn in two pieces 2 pt apart and 1.5 pt lower
        ((10, 60), (160, 60)),
        ((10, 20), (10, 60)), ((85.5, 20), (85.5, 60)), ((160, 20), (160, 60)),
    ]
    (table,) = find_tables(segments)
    assert len(table.rows) == 1 and len(table.rows[0]) == 2
    assert table.rows[0][0][1] == pytest.approx(20.75)


def test_a_wide_gap_in_a_rule_breaks_the_cells_it_would_close():
    segments = grid([10, 60, 110], [20, 60]) + [((10, 40), (30, 40)), ((90, 40), (110, 40))]
    (table,) = find_tables(segments)
    assert len(table.rows) == 1  # the middle rule has a 60 pt hole: no row boundary at y=40


def test_slanted_strokes_and_dots_are_not_rulings():
    segments = grid([10, 60, 110], [20, 40]) + [((0, 0), (50, 50)), ((200, 200), (200.2, 200.1))]
    (table,) = find_tables(segments)
    assert table.bbox == (10, 20, 110, 40)


def test_tables_come_top_to_bottom():
    first, second = find_tables(grid([10, 60, 110], [300, 320]) + grid([10, 60, 110], [20, 40]))
    assert first.bbox[1] == 20 and second.bbox[1] == 300


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("one\r\ntwo", [(0, 3), (5, 8)]),
        ("sex\ufffedisaggregated data", [(0, 4), (4, 22)]),  # the hyphen stays on its line
        ("", [(0, 0)]),
    ],
)
def test_pdfium_text_splits_into_visual_lines(text, spans):
    assert pdfium_pages._line_spans(text) == spans


def _blocks(path: Path, reader: str):
    pages = pdf.read_pages(path, reader)
    mark_furniture(pages)
    return blocks(pages)


@pytest.mark.parametrize(
    "path", [p for p in corpus_documents() + reference_documents() if p.suffix == ".pdf"], ids=lambda p: p.name
)
def test_the_fast_reader_gives_the_paragraphs_and_tables_pdfplumber_gives(path: Path):
    """pdfplumber is the oracle: every corpus PDF (LibreOffice, reportlab, a scan) reads the same both ways."""
    assert _blocks(path, "pdfium") == _blocks(path, "pdfplumber")


def rotated_copy(source: Path, target: Path, degrees: int, pages: slice = slice(None)) -> Path:
    """Some pages of a PDF as Word and Acrobat print a landscape page: content drawn turned, and
    ``/Rotate degrees`` turning it back for display; what a viewer shows is the source's pages, unchanged
    (``degrees`` 0: the pages as they are)."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=source)
    keep = range(len(writer.pages))[pages]
    for i in reversed(range(len(writer.pages))):
        if i not in keep:
            writer.remove_page(i)
    for page in writer.pages if degrees else []:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        # the inverse of the turn a viewer applies for /Rotate (clockwise)
        ctm = {90: (0, 1, -1, 0, h, 0), 180: (-1, 0, 0, -1, w, h), 270: (0, -1, 1, 0, 0, w)}[degrees]
        page.add_transformation(Transformation(ctm))
        box = RectangleObject([0, 0, w, h] if degrees == 180 else [0, 0, h, w])
        page.mediabox = page.cropbox = box
        page.rotation = degrees
    writer.write(target)
    return target


# the last pages of a LibreOffice and a reportlab export: supporting-evidence and action-plan tables,
# one running over page breaks
ROTATED_SOURCES = {"uzbekistan-2023-annual.pdf": slice(-4, None), "mongolia-2021-comprehensive.pdf": slice(-3, None)}


@pytest.mark.parametrize("degrees", [90, 180, 270])
@pytest.mark.parametrize("name", ROTATED_SOURCES)
@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_page_turned_by_rotate_reads_as_displayed(tmp_path: Path, reader: str, name: str, degrees: int):
    """Content drawn sideways or upside down with /Rotate turning it upright reads as the upright page."""
    upright = rotated_copy(CORPUS / name, tmp_path / "upright.pdf", 0, ROTATED_SOURCES[name])
    turned = rotated_copy(CORPUS / name, tmp_path / f"turned-{degrees}.pdf", degrees, ROTATED_SOURCES[name])
    assert [p.height for p in pdf.read_pages(turned, reader)] == [p.height for p in pdf.read_pages(upright, reader)]
    expected = _blocks(upright, reader)
    assert any(hasattr(b, "rows") for b in expected)
    assert _blocks(turned, reader) == expected


@pytest.mark.skipif(not ocr.available(), reason="tesseract not installed (.ci/run installs it)")
def test_ocr_reads_a_turned_scan_as_displayed(tmp_path: Path):
    """A scanned page stored sideways with /Rotate 90 reads upright: the image is rendered as displayed."""
    scan = CORPUS / "moldova-2019-comprehensive-consultant-scan.pdf"
    upright = rotated_copy(scan, tmp_path / "upright.pdf", 0, slice(1, 2))
    turned = rotated_copy(scan, tmp_path / "turned.pdf", 90, slice(1, 2))
    expected = [line.text for line in ocr.read_pages(upright, [1]).items[1] if isinstance(line, Line)]
    assert len(expected) > 5
    assert [line.text for line in ocr.read_pages(turned, [1]).items[1] if isinstance(line, Line)] == expected


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Debian chromium not installed (.ci/run installs it)")
def test_a_third_producer_chromium_reads_the_same_both_ways(tmp_path: Path):
    """A PDF printed by Chromium (Skia: rules drawn as filled boxes), with a colspan and a rowspan."""
    target = tmp_path / "excerpt.pdf"
    source = Path(__file__).parent / "fixtures" / "chromium-scorecard-excerpt.html"
    subprocess.run([CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={target}", source.as_uri()], check=True, capture_output=True, timeout=120)
    fast = _blocks(target, "pdfium")
    assert fast == _blocks(target, "pdfplumber")
    plan = [b for b in fast if hasattr(b, "rows")][-1]
    assert [r.cells for r in plan.rows][1] == ("Dimension 1 - Planning", None, None)
    assert [r.cells[0] for r in plan.rows][3:] == ["1.2 UNSDCF Outcomes", None]


def test_pdfplumber_reads_a_file_pdfium_refuses(monkeypatch):
    path = next(p for p in corpus_documents() if p.name == "uzbekistan-2023-annual.pdf")
    expected = plumber_pages.read_pages(path)

    def refuse(p: Path):
        raise DocumentLoadError(f"{p.name}: not a readable PDF (pdfium)")

    monkeypatch.setitem(pdf.READERS, "pdfium", refuse)
    assert pdf.read_pages(path) == expected


def test_an_encrypted_file_is_not_retried(monkeypatch, tmp_path: Path):
    def locked(p: Path):
        raise EncryptedDocumentError(f"{p.name}: encrypted (it needs a password)")

    def must_not_run(p: Path):
        raise AssertionError("pdfplumber should not be tried on an encrypted file")

    monkeypatch.setitem(pdf.READERS, "pdfium", locked)
    monkeypatch.setattr(plumber_pages, "read_pages", must_not_run)
    with pytest.raises(EncryptedDocumentError):
        pdf.read_pages(tmp_path / "locked.pdf")


def test_the_reader_is_chosen_by_the_environment(monkeypatch, tmp_path: Path):
    used = []
    monkeypatch.setitem(pdf.READERS, "pdfplumber", lambda p: used.append("pdfplumber") or [])
    monkeypatch.setenv(pdf.READER_VARIABLE, "pdfplumber")
    pdf.read_pages(tmp_path / "any.pdf")
    assert used == ["pdfplumber"]
    monkeypatch.setenv(pdf.READER_VARIABLE, "pymupdf")
    with pytest.raises(ValueError, match="SWAPSCORE_PDF_READER='pymupdf'"):
        pdf.read_pages(tmp_path / "any.pdf")


def test_pdfium_reports_a_file_it_cannot_open_by_name(tmp_path: Path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7 not really")
    with pytest.raises(DocumentLoadError, match="garbage.pdf: not a readable PDF"):
        pdfium_pages.read_pages(path)


# --- cell text in reading order (parsers/reading.py), on glyphs built in memory --------------


def word(text: str, x0: float, top: float, start: int, *, width: float = 5.0, gap: float = 0.0,
         height: float = 10.0, space_first: bool = False, follows: int | None = None) -> list[Glyph]:
    """Glyphs of ``text`` from x0, each ``width`` wide and ``gap`` apart, laid out by pdfium from index
    ``start`` on, one after the other ("␣" is white space pdfium put between two glyphs)."""
    out: list[Glyph] = []
    x, index, space = x0, start, space_first
    previous = start - 1 if follows is None else follows
    for char in text:
        if char == "␣":
            space, index = True, index + 1
            continue
        out.append(Glyph(char, x, top, x + width, top + height, index=index, follows=previous, space_before=space))
        previous, x, index, space = index, x + width + gap, index + 1, False
    return out


def test_letter_spaced_digits_stay_one_word_and_words_pdfium_spaced_stay_apart():
    """Inside a run pdfium's spacing stands: a date printed with 3 pt between its digits is no 10 words."""
    date = word("03/25/2016", 10, 20, 0, gap=3.5)
    assert cell_text(date) == "03/25/2016"
    assert cell_text(word("DOCUMENT␣NO.", 10, 20, 0, gap=0.2)) == "DOCUMENT NO."


def test_lines_of_a_cell_read_top_to_bottom_whatever_order_they_were_drawn_in():
    """issue-90's header cell: "Rank Name" and "Nation" drawn first, "Starting" (the line above) after them."""
    glyphs = (word("Rank␣Name", 10, 40, 0) + word("Nation", 150, 40, 20, space_first=True, follows=8)
              + word("Starting", 200, 28, 40, space_first=True, follows=25)
              + word("Number", 200, 40, 60, space_first=True, follows=47))
    assert cell_text(glyphs) == "Starting\nRank Name Nation Number"


def test_runs_on_one_line_join_with_a_space_only_across_a_word_gap():
    pieces = word("Brain", 10, 20, 0) + word("haemorrhage", 36, 20, 10, space_first=True, follows=4)
    assert cell_text(pieces) == "Brain haemorrhage"
    assert cell_text(word("98", 10, 20, 0) + word("452", 20.5, 20, 5, follows=-1)) == "98452"  # 0.5 pt: no gap


def test_text_set_vertically_reads_as_pdfium_laid_it_out():
    """Glyphs stacked upwards (a rotated "Info" label) are one run: they do not come out backwards."""
    info = [Glyph(c, 50, 100 - 6 * i, 56, 106 - 6 * i, index=i, follows=i - 1) for i, c in enumerate("Info")]
    assert cell_text(info) == "Info"


def test_a_glyph_drawn_twice_in_place_reads_once():
    bold = word("Yes", 10, 20, 0)
    again = [Glyph(g.text, g.x0 + 0.3, g.top + 0.2, g.x1 + 0.3, g.bottom + 0.2, index=g.index + 10) for g in bold]
    assert cell_text(bold + again) == "Yes"


def test_each_point_falls_in_the_one_cell_that_holds_it():
    cells = CellIndex([(10, 20, 60, 40), (60, 20, 110, 40), (10, 40, 110, 60)])  # the second row one merged cell
    assert cells.find(59.0, 30) == 0 and cells.find(61.0, 30) == 1
    assert cells.find(100, 50) == 2 and cells.find(60, 30) == 1  # on a shared rule: the one right of it
    assert cells.find(5, 30) is None and cells.find(50, 70) is None


def test_a_narrow_space_between_glyphs_drawn_one_by_one_is_a_word_space_and_kerning_is_none():
    """Glyphs pdfium did not lay out one after the other (Chromium's glyph-by-glyph line): a French narrow
    no-break space before ";" leaves 0.18 of the glyph height, a kerned pair 0.03 at most."""
    narrow = word("2024", 10, 20, 0, follows=-1) + word(";", 31.8, 20, 10, follows=-1)  # 1.8 pt after "4"
    assert cell_text(narrow) == "2024 ;"
    assert cell_text(word("the", 10, 20, 0, follows=-1) + word("Joint", 27.3, 20, 10, follows=-1)) == "the Joint"
    assert cell_text(word("Wo", 10, 20, 0, follows=-1) + word("rld", 20.3, 20, 10, follows=-1)) == "World"
