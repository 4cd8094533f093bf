"""Scanned reports: the scan maker, the page clean-up, ruling lines from the raster, OCR words to lines and tables."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import CORPUS
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from swapscore.corpus.generator import scan
from swapscore.parsers import misreads, ocr, ocr_cells, ocr_headers, raster, ruling
from swapscore.parsers.layout import Line, PageTable

DPI = 150


def _page(width_pt: float = 400, height_pt: float = 300, dpi: int = DPI) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (round(width_pt * dpi / 72), round(height_pt * dpi / 72)), 255)
    return image, ImageDraw.Draw(image)


def _pt(value: float, dpi: int = DPI) -> int:
    return round(value * dpi / 72)


def _grid(draw: ImageDraw.ImageDraw, xs: list[float], ys: list[float], shade: int | None = None) -> None:
    """A ruled grid (points), its cells optionally shaded."""
    if shade is not None:
        draw.rectangle([_pt(xs[0]), _pt(ys[0]), _pt(xs[-1]), _pt(ys[-1])], fill=shade)
    for x in xs:
        draw.line([_pt(x), _pt(ys[0]), _pt(x), _pt(ys[-1])], fill=0, width=1)
    for y in ys:
        draw.line([_pt(xs[0]), _pt(y), _pt(xs[-1]), _pt(y)], fill=0, width=1)


def _font(size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size_px)
        except OSError:
            continue
    return ImageFont.load_default()


# --- the scan maker -------------------------------------------------------------------


def test_page_angles_are_seeded_and_bounded():
    first = scan.page_angles("report.pdf", 40, seed=11)
    assert first == scan.page_angles("report.pdf", 40, seed=11)
    assert first != scan.page_angles("report.pdf", 40, seed=12)
    assert first != scan.page_angles("other.pdf", 40, seed=11)
    assert all(abs(a) <= scan.MAX_ANGLE for a in first) and len(set(first)) > 30


def test_scan_all_writes_image_only_pdfs_with_their_truth(tmp_path: Path):
    source = CORPUS / "kyrgyzstan-2021-annual.pdf"
    results = scan.scan_all([source], tmp_path / "out", dpi=150, seed=3)
    (result,) = results
    assert result.scan.name == "kyrgyzstan-2021-annual-scan150.pdf"
    assert json.loads(result.truth.read_text()) == json.loads(source.with_suffix(".truth.json").read_text())
    original, scanned = pdfium.PdfDocument(str(source)), pdfium.PdfDocument(str(result.scan))
    try:
        assert len(scanned) == len(original)
        page = scanned[0]
        assert page.get_textpage().get_text_range().strip() == ""  # no text layer
        assert abs(page.get_width() - original[0].get_width()) < 1.5
    finally:
        scanned.close()
        original.close()


def test_scan_all_names_a_missing_input(tmp_path: Path):
    with pytest.raises(ValueError, match="nowhere.pdf: no such file"):
        scan.scan_all([tmp_path / "nowhere.pdf"], tmp_path / "out", dpi=150, seed=0)


# --- the page clean-up --------------------------------------------------------------------


@pytest.mark.parametrize("angle", [-2.0, -0.45, 0.3, 1.5])
def test_skew_is_measured_and_undone(angle: float):
    image, draw = _page(500, 400)
    for row in range(12):
        y = _pt(40 + row * 25)
        for word in range(8):
            x = _pt(40 + word * 52)
            draw.rectangle([x, y, x + _pt(40), y + _pt(6)], fill=0)  # rows of "words"
    tilted = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert raster.estimate_skew(tilted) == pytest.approx(-angle, abs=0.06)


# --- ruling lines from the raster -----------------------------------------------------------


def _tables(image: Image.Image, dpi: int = DPI) -> list[ruling.RuledTable]:
    segments, _ = raster.find_rulings(np.asarray(image), dpi)
    return ruling.find_tables(segments)


@pytest.mark.parametrize("shade", [None, 225])
def test_a_ruled_grid_becomes_the_same_table_as_from_a_pdf(shade: int | None):
    xs, ys = [30.0, 130.0, 230.0, 330.0], [40.0, 70.0, 110.0, 150.0]
    image, draw = _page()
    _grid(draw, xs, ys, shade)
    font = _font(_pt(9))
    for y in ys[:-1]:
        for x in xs[:-1]:
            draw.text((_pt(x + 5), _pt(y + 6)), "Some cell text", fill=0, font=font)
    (table,) = _tables(image)
    assert [len(row) for row in table.rows] == [3, 3, 3]
    assert table.columns == pytest.approx(xs[:-1], abs=1.5)
    assert table.bbox[1] == pytest.approx(ys[0], abs=1.5) and table.bbox[3] == pytest.approx(ys[-1], abs=1.5)


def test_the_sides_of_a_shaded_fill_close_a_grid_whose_border_is_not_drawn():
    """A PDF draws a fill as a rectangle, whose sides the born-digital reader takes as rules; so does the raster."""
    image, draw = _page()
    draw.rectangle([_pt(30), _pt(40), _pt(330), _pt(120)], fill=225)
    draw.line([_pt(150), _pt(40), _pt(150), _pt(120)], fill=0, width=1)  # inner rules only
    draw.line([_pt(30), _pt(80), _pt(330), _pt(80)], fill=0, width=1)
    (table,) = _tables(image)
    assert [len(row) for row in table.rows] == [2, 2]
    assert table.columns == pytest.approx([30, 150], abs=1.5)
    assert table.bbox == pytest.approx((30, 40, 330, 120), abs=1.5)


def test_lines_of_text_and_an_underline_make_no_table():
    image, draw = _page()
    font = _font(_pt(10))
    for i in range(10):
        draw.text((_pt(30), _pt(30 + 18 * i)), "MEETS MINIMUM REQUIREMENTS lllll IIIII gggg", fill=0, font=font)
    draw.line([_pt(30), _pt(250), _pt(200), _pt(250)], fill=0, width=1)  # an underline, alone
    assert _tables(image) == []


def test_rules_are_erased_from_the_image_read_by_ocr():
    image, draw = _page()
    _grid(draw, [30.0, 130.0, 230.0], [40.0, 80.0, 120.0])
    clean = raster.clean_page(image, DPI)
    pixels = np.asarray(clean.ocr_image)
    assert pixels[_pt(40), _pt(60)] > 200 and pixels[_pt(60), _pt(130)] > 200
    assert len(ruling.find_tables(list(clean.segments))) == 1


# --- OCR words to the reading model -------------------------------------------------------------


def _word(text: str, left: float, top: float, size: float = 10.0, line: str = "l1", width: float | None = None) -> ocr.Word:
    right = left + (width if width is not None else 5.0 * len(text))
    return ocr.Word(text, left, top, right, top + size * 0.8, 95.0, line, size)


def test_words_inside_the_cells_of_a_grid_fill_them_and_the_rest_are_lines():
    segments = []
    for x in (50.0, 150.0, 300.0):
        segments.append(((x, 100.0), (x, 160.0)))
    for y in (100.0, 130.0, 160.0):
        segments.append(((50.0, y), (300.0, y)))
    words = [
        _word("Heading", 50, 60, line="h"),
        _word("Action", 55, 105, line="a"), _word("Points", 155, 105, line="a"),
        _word("1.1", 55, 135, line="b"), _word("Common", 155, 135, line="b"), _word("work", 200, 135, line="b"),
        _word("plan", 155, 146, line="c"),
        _word("After", 50, 200, line="d"),
    ]
    items = ocr.page_items(words, segments, 3)
    tables = [item for item in items if isinstance(item, PageTable)]
    lines = [item.text for item in items if isinstance(item, Line)]
    (table,) = tables
    assert table.rows == [["Action", "Points"], ["1.1", "Common work\nplan"]]
    assert lines == ["Heading", "After"]


def test_hocr_words_keep_boxes_confidence_and_line_height():
    hocr = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 1000 1000'>
<span class='ocr_line' id='line_1_1' title="bbox 100 200 500 240; baseline 0 -8; x_size 40; x_descenders 8; x_ascenders 10">
<span class='ocrx_word' id='word_1_1' title='bbox 100 200 250 240; x_wconf 91'>Rating:</span>
<span class='ocrx_word' id='word_1_2' title='bbox 270 200 500 238; x_wconf 43'>MEETS</span>
</span></div></body></html>"""
    words = ocr.hocr_words(hocr, 200)
    assert [w.text for w in words] == ["Rating:", "MEETS"]
    assert [w.confidence for w in words] == [91.0, 43.0]
    assert words[0].left == pytest.approx(36.0) and words[0].bottom == pytest.approx(86.4)
    assert words[1].line_size == pytest.approx(14.4)


@pytest.mark.parametrize(("texts", "expected"), [
    (["¢", "Planned", "for", "2024."], "• Planned for 2024."),
    (["e", "Work", "started"], "• Work started"),
    (["*¢", "Ongoing;"], "• Ongoing;"),
    (["e", "la", "casa"], "e la casa"),  # a word, not a bullet: no capital after it
    (["1.", "Minutes"], "1. Minutes"),
])
def test_a_misread_bullet_is_read_as_a_bullet(texts: list[str], expected: str):
    assert " ".join(ocr.mend_bullet(texts)) == expected


def test_line_sizes_snap_to_one_size_per_cluster():
    lines = [Line(text=str(s), page=1, x0=0, x1=1, top=i, bottom=i + 1, size=s, bold=False, bullet=False,
                  first_word_width=1) for i, s in enumerate([9.7, 10.0, 10.3, 10.1, 12.9, 13.2, 13.0])]
    ocr.snap_sizes(lines)
    assert len({line.size for line in lines}) == 2
    assert lines[0].size == lines[3].size and lines[4].size == lines[6].size and lines[0].size < lines[4].size


def test_a_line_of_strokes_left_by_a_ruling_is_no_text():
    words = [_word("|", 50, 100, line="a"), _word("Some", 50, 130, line="b"), _word("|", 80, 130, line="b"),
             _word("text", 90, 130, line="b"), _word("—_", 50, 160, line="c")]
    assert [line.text for line in ocr.page_items(words, [], 1)] == ["Some | text"]
    assert ocr.words_text(words) == "Some | text"


# --- confidence ------------------------------------------------------------------------------


def test_values_holding_a_doubtful_word_get_a_note_naming_it():
    from swapscore.pipeline.ocr_notes import low_confidence_notes
    from swapscore.schemas.records import DoubtfulWord, RawEvidence, RawIndicator, RawReport

    raw = RawReport(
        cover_text="", full_text_sample="",
        indicators=(RawIndicator("overview", "1.1 CCA", "1.1", "MEEIS minimum requirements", "Yes", 2),
                    RawIndicator("overview", "1.2 UNDAF", "1.2", "Meets minimum requirements", "Yes", 2)),
        evidence=(RawEvidence("1.1", "1.1", "means_of_verification", "Minutes of the MEEIS meeting", None, 5),),
        action_plan=(),
    )
    notes = low_confidence_notes([DoubtfulWord(2, "MEEIS", 41.0), DoubtfulWord(3, "Yes", 30.0)], raw, "r")
    assert [(n.code, n.pi, n.page) for n in notes] == [("ocr-low-confidence", "1.1", 2)]
    assert "'meeis' (41)" in notes[0].message and "overview rating" in notes[0].message


@pytest.mark.skipif(not ocr.available(), reason="tesseract not installed (.ci/run installs it)")
def test_a_scan_keeps_its_mean_confidence_and_notes_values_under_the_threshold(tmp_path: Path, monkeypatch):
    from swapscore.pipeline.process import process_file

    monkeypatch.setattr(ocr, "LOW_CONFIDENCE", 101.0)  # every word doubtful: every value read gets a note
    extraction = process_file(CORPUS / "moldova-2019-comprehensive-consultant-scan.pdf")
    assert 50 < extraction.report.ocr_confidence <= 100
    notes = [n for n in extraction.notes if n.code == "ocr-low-confidence"]
    assert len(notes) >= 15 and all(n.page is not None for n in notes)
    assert extraction.report.status == "ok"  # informational: the status stays as it was


def test_strokes_at_the_ends_of_a_line_are_trimmed():
    words = [_word("Rating:", 50, 100), _word("Meets", 90, 100), _word("|", 130, 100), _word("_", 140, 100)]
    assert [line.text for line in ocr.page_items(words, [], 1)] == ["Rating: Meets"]


def test_a_dark_badge_is_found_and_its_light_text_turned_dark():
    image, draw = _page(400, 120, dpi=200)
    draw.rectangle([_pt(40, 200), _pt(30, 200), _pt(240, 200), _pt(50, 200)], fill=110)  # a badge, 20 pt tall
    font = _font(_pt(11, 200))
    draw.text((_pt(45, 200), _pt(33, 200)), "Meets minimum requirements", fill=255, font=font)
    draw.text((_pt(40, 200), _pt(70, 200)), "MEETS MINIMUM REQUIREMENTS BOLD TEXT", fill=0, font=font)  # no badge
    (box,) = raster.dark_boxes(np.asarray(image), 200)
    assert box[0] == pytest.approx(_pt(40, 200), abs=4) and box[2] == pytest.approx(_pt(240, 200), abs=4)
    out = np.asarray(raster.invert_dark_backgrounds(image, 200))
    inside = out[_pt(31, 200):_pt(49, 200), _pt(42, 200):_pt(238, 200)]
    assert (inside > 200).mean() > 0.6 and (inside < 80).mean() > 0.05  # white fill, dark letters
    assert (out[_pt(68, 200):_pt(85, 200)] == np.asarray(image)[_pt(68, 200):_pt(85, 200)]).all()


@pytest.mark.parametrize(("texts", "expected"), [
    (["Related", "Pl"], ["Related", "PI"]),  # a capital I read as "l" in a header cell
    (["Pi"], ["PI"]),
    (["P|", "4.3", "Gender"], ["PI", "4.3", "Gender"]),
    (["PI!", "4.3"], ["PI", "4.3"]),
    (["(Pl", "32"], ["(PI", "3.2"]),  # the code's point lost after the abbreviation
    (["P12"], ["PI 1.2"]),  # the I lost, and the point
    (["PI61", "Include"], ["PI 6.1", "Include"]),
    (["PL1.3"], ["PI 1.3"]),
    (["P14.2", "Organizational"], ["PI 4.2", "Organizational"]),  # the I read as "1"
    (["PI11.2", "Gender"], ["PI 1.2", "Gender"]),  # ... or as "I1"
    (["(PI)", "1.1."], ["(PI)", "1.1."]),  # read right: kept
    (["P1", "staff"], ["P1", "staff"]),  # a grade, no code: kept
    (["P", "12"], ["P", "12"]),
    (["Pills"], ["Pills"]),  # no code left to mend
    (["Platform", "12"], ["Platform", "12"]),
])
def test_misread_code_references_are_mended(texts: list[str], expected: list[str]):
    assert misreads.mend(texts, ["PI"]) == expected


def test_code_references_are_mended_only_towards_an_abbreviation_the_document_writes():
    words = [_word("PI", 50, 60, line="a"), _word("1.1", 70, 60, line="a"),
             _word("PI1.2", 50, 90, line="b"),
             _word("P12", 50, 120, line="c"), _word("Related", 50, 150, line="d"), _word("Pl", 100, 150, line="d")]
    known = misreads.written([w.text for w in words])
    assert known == ["PI"]
    assert [w.text for w in ocr.mend_codes(words, known)] == ["PI", "1.1", "PI 1.2", "PI 1.2", "Related", "PI"]
    alone = [w for w in words if w.line_key in ("c", "d")]  # the document never writes "PI" as it is
    assert misreads.written([w.text for w in alone]) == []
    assert ocr.mend_codes(alone, []) == alone


def test_the_words_of_a_cell_line_keep_their_order_around_a_dash():
    # a dash's box is a point tall, at the middle of the line: it is on the line of the words around it
    words = [_word("Minutes", 50, 100), _word("of", 90, 100), _word("meeting", 102, 100.4, size=11.0),
             _word("VNR", 140, 100), ocr.Word("-", 158, 104.2, 160, 105.3, 91.0, "l1", 10.0), _word("UN", 164, 100)]
    assert ocr.words_text(words) == "Minutes of meeting VNR - UN"


def test_bold_strokes_are_measured_wider_than_regular_ones_whatever_the_letters():
    image, draw = _page(400, 100, dpi=200)
    regular, bold = _font(_pt(10, 200)), ImageFont.truetype("DejaVuSans-Bold.ttf", _pt(10, 200))
    draw.text((_pt(20, 200), _pt(20, 200)), "Findings", fill=0, font=regular)
    draw.text((_pt(20, 200), _pt(50, 200)), "Findings", fill=0, font=bold)
    draw.text((_pt(120, 200), _pt(20, 200)), "WWW", fill=0, font=regular)  # wide letters, much ink in the box
    boxes = [(20, 20, 65, 33), (20, 50, 70, 63), (120, 20, 150, 33)]
    words = [ocr.Word(t, *box, 95.0, "l", 10.0) for t, box in zip(["Findings", "Findings", "WWW"], boxes)]
    plain, heavy, wide = ocr.with_strokes(words, np.asarray(image), 200)
    assert heavy.stroke >= 1.3 * plain.stroke and heavy.stroke >= 1.3 * wide.stroke


def test_bold_is_told_from_each_page_s_own_regular_text():
    def page(stroke: float, n: int) -> list[ocr.Word]:
        return [replace(_word("text", 50, 20 + 12 * i, line=f"l{i}"), stroke=stroke) for i in range(n)]

    pages = {1: page(1.0, 30), 2: page(1.4, 30), 3: page(1.0, 3)}  # page 2 scanned darker; page 3 has few words
    pages[2][0] = replace(pages[2][0], stroke=2.0)
    pages[3][0] = replace(pages[3][0], stroke=1.4)
    weighed = ocr.weighed(pages)
    assert weighed[2][1].weight == pytest.approx(1.0) and weighed[2][0].weight == pytest.approx(2.0 / 1.4)
    assert weighed[3][0].weight == pytest.approx(1.4)  # against the document's usual stroke
    lines = [item for item in ocr.page_items(weighed[2][:3], [], 2) if isinstance(item, Line)]
    ocr.mark_bold(lines)
    assert [line.bold for line in lines] == [True, False, False]


def _badge(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], text: str, dpi: int = 200) -> None:
    draw.rectangle([_pt(v, dpi) for v in box], fill=110)
    draw.text((_pt(box[0] + 5, dpi), _pt(box[1] + 3, dpi)), text, fill=255, font=_font(_pt(11, dpi)))


def test_a_badge_whose_bottom_side_a_descender_breaks_is_found():
    image, draw = _page(400, 120, dpi=200)
    _badge(draw, (40, 30, 240, 50), "Missing Requirements")
    draw.rectangle([_pt(138, 200), _pt(46, 200), _pt(142, 200), _pt(52, 200)], fill=255)  # a light "q" through its side
    (box,) = raster.dark_boxes(np.asarray(image), 200)
    assert box[0] == pytest.approx(_pt(40, 200), abs=4) and box[2] == pytest.approx(_pt(240, 200), abs=4)


def test_the_blurred_sides_of_a_badge_are_no_stroke_after_it_is_turned_light():
    image, draw = _page(400, 120, dpi=200)
    _badge(draw, (40, 30, 240, 50), "Meets minimum requirements")
    image = image.filter(ImageFilter.GaussianBlur(1.2))  # the scan's blur: grey ramps across the fill's sides
    out = np.asarray(raster.invert_dark_backgrounds(image, 200))
    around = [out[_pt(26, 200):_pt(54, 200), _pt(236, 200):_pt(244, 200)],  # the right side
              out[_pt(27, 200):_pt(33, 200), _pt(40, 200):_pt(240, 200)],  # the top side
              out[_pt(47, 200):_pt(53, 200), _pt(40, 200):_pt(240, 200)]]  # the bottom side
    assert all(part.min() > 200 for part in around)
    inside = out[_pt(32, 200):_pt(48, 200), _pt(42, 200):_pt(230, 200)]
    assert (inside < 80).mean() > 0.05  # the text, dark


HEADER = ["Dimension", "Performance\nIndicator", "Actions", "Lead entity"]


@pytest.mark.parametrize(("row", "expected"), [
    (["Dimension", "Rerformonce\nIndicator", "Actions", "Lead entity"], HEADER),  # a letter misread
    (["Dimension", "Rerformonce\nIndicator\nthe rest", "Actions", "Lead entity"],  # a split row's rest under it
     ["Dimension", "Performance\nIndicator\nthe rest", "Actions", "Lead entity"]),
    (["Dimension", "Performance Indicator", "Actions", "Lead entity"], HEADER),  # wrapped otherwise
    (HEADER, None),  # read alike: nothing to snap
    (["1. Planning", "1.1 CCA", "Ensure that ...", "RCO"], None),  # a data row
    (["Dimension", "Performance\nIndicator", "Actions"], None),
])
def test_a_header_read_again_nearly_alike_on_the_next_page_reads_as_the_first(row, expected):
    assert ocr_headers.snapped_header(row, HEADER) == expected


def test_a_mark_the_repeated_header_lost_is_read_as_there_and_the_header_snaps_over_pages():
    def table(page: int, rows: list[list[str | None]]) -> PageTable:
        return PageTable(rows=rows, page=page, top=50.0, bottom=200.0, col_edges=(0.0, 30.0, 200.0))

    header = ["#", "Performance Indicator", "Responsibility"]
    pages = {7: [table(7, [header, ["8", "3.1 Government", "RCO"]])],
             8: [table(8, [["", "Performance Indicator", "Responsibilty"], ["9", "4.1 Leadership", "GTG"]])],
             9: [table(9, [["", "Performance Indicator", "Responsibility"], ["10", "4.2 Culture", "GTG"]])]}
    ocr_headers.snap_repeated_headers(pages)
    assert pages[8][0].rows[0] == header and pages[9][0].rows[0] == header
    assert pages[8][0].rows[1] == ["9", "4.1 Leadership", "GTG"]


def _cell_page() -> tuple[Image.Image, list]:
    """A page with a two-column ruled table, a code in the narrow column and a sentence in the wide one."""
    image, draw = _page(400, 120, dpi=200)
    xs, ys = [40.0, 80.0, 360.0], [30.0, 60.0, 90.0]
    for x in xs:
        draw.line([_pt(x, 200), _pt(ys[0], 200), _pt(x, 200), _pt(ys[-1], 200)], fill=0, width=2)
    for y in ys:
        draw.line([_pt(xs[0], 200), _pt(y, 200), _pt(xs[-1], 200), _pt(y, 200)], fill=0, width=2)
    font = _font(_pt(9, 200))
    draw.text((_pt(45, 200), _pt(38, 200)), "1.1", fill=0, font=font)
    draw.text((_pt(85, 200), _pt(38, 200)), "Common Country Analysis", fill=0, font=font)
    draw.text((_pt(45, 200), _pt(68, 200)), "2.1", fill=0, font=font)
    draw.text((_pt(85, 200), _pt(68, 200)), "Joint programmes", fill=0, font=font)
    segments = [((x, ys[0]), (x, ys[-1])) for x in xs] + [((xs[0], y), (xs[-1], y)) for y in ys]
    return image, segments


FIRST = [ocr.Word("Lik", 45, 38, 56, 45, 62.0, "a", 9.0), ocr.Word("Common", 85, 38, 120, 45, 96.0, "a", 9.0),
         ocr.Word("Country", 122, 38, 150, 45, 96.0, "a", 9.0), ocr.Word("Analysis", 152, 38, 185, 45, 95.0, "a", 9.0),
         ocr.Word("2.1", 45, 68, 56, 75, 95.0, "b", 9.0),  # sure, but no letter: read again too
         ocr.Word("Joint", 85, 68, 105, 75, 96.0, "b", 9.0), ocr.Word("programmes", 107, 68, 150, 75, 96.0, "b", 9.0)]


def test_short_doubtful_cells_are_read_again_alone_and_their_words_put_back():
    image, segments = _cell_page()
    first = FIRST
    cells = ocr_cells.short_cells(first, segments, np.asarray(image), 200)
    assert [round(cell[0]) for cell in cells] == [40, 40]  # the code cells, not the sentences
    strips: list[Image.Image] = []

    def read(strip: Image.Image) -> list[ocr.Word]:  # what tesseract reads in the strip, boxes in its pixels
        strips.append(strip)
        _, cuts = ocr_cells.strip(image, cells, 200)
        return [ocr.Word(text, 35, cut.strip_top + 4, 60, cut.strip_bottom - 4, 93.0, "l", 30.0)
                for text, cut in zip(["1.1", "2.1"], cuts)]

    words = ocr_cells.reread(first, image, segments, 200, read)
    (strip,) = strips
    assert np.isin(np.asarray(strip), [0, 255]).mean() > 0.5  # black or white, enlarged: the cuts are 2x their ink
    items = ocr.page_items(words, segments, 1)
    (table,) = [item for item in items if isinstance(item, PageTable)]
    assert table.rows == [["1.1", "Common Country Analysis"], ["2.1", "Joint programmes"]]
    placed = [w for w in words if w.text == "1.1"]
    assert 40 < placed[0].left < placed[0].right < 80 and 30 < placed[0].top < placed[0].bottom < 60


def test_a_cell_the_second_reading_finds_nothing_in_keeps_its_first_reading():
    image, segments = _cell_page()
    first = [ocr.Word("Lik", 45, 38, 56, 45, 62.0, "a", 9.0)]
    assert ocr_cells.reread(first, image, segments, 200, lambda strip: []) == first


@pytest.mark.skipif(not ocr.available(), reason="tesseract not installed (.ci/run installs it)")
def test_codes_in_a_narrow_column_read_right_when_read_again(tmp_path: Path):
    image, segments = _cell_page()
    cells = ocr_cells.short_cells(FIRST, segments, np.asarray(image), 200)
    strip, _ = ocr_cells.strip(image, cells, 200)
    words = ocr._read_strip(strip, tmp_path)
    assert [w.text for w in words] == ["1.1", "2.1"]


def test_a_light_fill_the_scan_lightened_in_a_spot_keeps_no_side_there():
    """A speck of a light fill JPEG lifted just over the shade threshold cut the fill's columns too short to count:
    their sides made a rule through the row, and a column the table does not have."""
    image, draw = _page(400, 120, dpi=200)
    draw.rectangle([_pt(30, 200), _pt(40, 200), _pt(330, 200), _pt(57, 200)], fill=242)  # a shaded group row
    draw.rectangle([_pt(180, 200), _pt(46, 200), _pt(181.5, 200), _pt(48, 200)], fill=250)  # the lightened speck
    segments, _ = raster.find_rulings(np.asarray(image), 200)
    inner = [seg for seg in segments if seg[0][0] == seg[1][0] and 35 < seg[0][0] < 325]
    assert inner == []
    sides = sorted(round(seg[0][0]) for seg in segments if seg[0][0] == seg[1][0])
    assert sides and sides[0] == pytest.approx(30, abs=1.5) and sides[-1] == pytest.approx(330, abs=1.5)


@pytest.mark.parametrize(("text", "capitals"), [
    ("MEANS OF VERIFICATION", True),
    ("FINDINGS", True),
    ("(UNCT-SWAP INDICATOR 3.2)", True),
    ("“MEETS”.", False),  # the end of a sentence that wrapped: '... rated PI 3.2 as' / '"MEETS".'
    ("EXCEEDS,", False),
    ("PI 1.1", False),  # too few letters to tell
    ("Findings", False),
])
def test_a_line_in_capitals_is_bold_unless_it_ends_a_sentence(text: str, capitals: bool):
    assert ocr.in_capitals(text) is capitals


def _margin_line(text: str, page: int, top: float) -> Line:
    return Line(text=text, page=page, x0=22.0, x1=570.0, top=top, bottom=top + 8, size=8.5, bold=False, bullet=False,
                first_word_width=40.0)


def test_a_running_footer_read_a_letter_otherwise_on_one_page_reads_as_on_the_others():
    footer = "file:///tmp/tmpcsk8ixs8/random-italy-2019.html {}/12"
    pages = {n: [_margin_line(footer.format(n), n, 817.6)] for n in range(1, 7)}
    pages[4] = [_margin_line("file:///tmp/tmpcsk8ixs8/random-italy-2019.htmi 4/12", 4, 817.6),
                _margin_line("Gender budget analysis of the Joint Work Plans 2018", 4, 800.0)]
    pages[5].append(_margin_line("UNCT Gender Theme Group annual work plan 2018", 5, 70.0))  # body: kept as read
    ocr_headers.snap_running_lines(pages, {n: 842.0 for n in pages})
    assert pages[4][0].text == footer.format(4)  # its own page number kept
    assert pages[4][1].text == "Gender budget analysis of the Joint Work Plans 2018"
    assert pages[5][1].text == "UNCT Gender Theme Group annual work plan 2018"


@pytest.mark.parametrize(("texts", "named"), [
    (["PI1.3"], True), (["P|", "3.2"], True), (["(Pl", "32"], True), (["P12"], True),
    (["Pills"], False), (["PE", "1.2"], False), (["PI"], False), (["1.1"], False),
])
def test_a_code_reference_is_told_through_its_misreads(texts: list[str], named: bool):
    assert misreads.is_code_reference(texts) is named


def test_a_second_reading_naming_a_code_the_first_does_not_is_taken():
    def cell(*pairs: tuple[str, float]) -> list[ocr.Word]:
        return [ocr.Word(text, 45 + 12 * i, 38, 55 + 12 * i, 45, conf, "a", 9.0) for i, (text, conf) in enumerate(pairs)]

    assert ocr_cells.better(cell(("PI1.3", 68.0)), cell(("Pills", 44.0)))  # "PI 1.3" read as one word
    assert not ocr_cells.better(cell(("PE", 14.0), ("1.2", 14.0)), cell(("P12", 4.0)))  # the first one mends
    assert not ocr_cells.better(cell(("Pi", 96.0)), cell(("PI", 86.0)))  # a word: the page's reading stands
    assert ocr_cells.better(cell(("1.1", 92.0)), cell(("Lik", 26.0)))
    assert not ocr_cells.better(cell(("RCO", 66.0), ("/GTG", 48.0)), cell(("RCO/GTG", 83.0)))
