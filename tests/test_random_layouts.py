"""The randomized corpus draws what it says it draws: each axis value is checked in the rendered file.

Documents are built with some axes fixed (``overrides``) and then read back with
tools other than the extractor under test (pdfplumber's raw characters and
table finder, pypdf, the DOCX XML), so a generator bug cannot hide behind an
extractor bug.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from swapscore.corpus.generator.randomized import build_random, synthesize_random
from swapscore.corpus.generator.randomized.blocks import typed_marker
from swapscore.corpus.generator.randomized.compose import heading_text
from swapscore.corpus.generator.randomized.content import build_random_content, draw_report
from swapscore.corpus.generator.randomized.draw import PRODUCERS, draw_layout

SEED = 31
NEEDS = {"chromium": "chromium", "libreoffice": "soffice"}


def _needs(producer: str):
    tool = NEEDS.get(producer)
    missing = tool is not None and shutil.which(tool) is None and not os.environ.get("CI")
    return pytest.mark.skipif(missing, reason=f"{tool} not installed (.ci/run installs it)")


def _build(tmp_path: Path, n: int = 2, **overrides) -> tuple[Path, dict]:
    path = build_random(n, SEED, tmp_path, overrides=overrides)
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    return path, truth


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]

    def cells(table):
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    for table in document.tables:
        cells(table)
    return " ".join(" ".join(parts).split())


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "") for page in pdf.pages).split())


# --- producers --------------------------------------------------------------------------------------------

PRODUCER_MARK = {"reportlab": "ReportLab", "chromium": "Skia", "weasyprint": "WeasyPrint", "libreoffice": "LibreOffice"}


@pytest.mark.parametrize("producer", [pytest.param(p, marks=_needs(p)) for p in PRODUCERS])
def test_each_producer_really_made_the_file(tmp_path, producer):
    path, truth = _build(tmp_path, producer=producer)
    assert truth["layout"]["producer"] == producer
    if producer == "python-docx":
        assert path.suffix == ".docx" and "<w:body>" in _docx_xml(path)
        return
    from pypdf import PdfReader

    assert path.suffix == ".pdf"
    assert PRODUCER_MARK[producer] in str(PdfReader(str(path)).metadata.get("/Producer", ""))


# --- PI sections ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("producer", ["reportlab", "weasyprint", pytest.param("chromium", marks=_needs("chromium"))])
def test_a_box_container_is_a_ruled_frame_around_the_section(tmp_path, producer):
    path, truth = _build(tmp_path, producer=producer, container="box", rating_style="label", heading_prefix="PI",
                         heading_separator=" ", code_after_name=False, findings_label="Findings and justification")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            heads = [w for k, w in enumerate(words[:-1]) if w["text"] == "PI" and words[k + 1]["text"] == "1.2"]
            labels = [w for k, w in enumerate(words[:-1]) if w["text"] == "Findings" and words[k + 1]["text"] == "and"]
            if heads and labels:
                head, label = heads[0], next(w for w in labels if w["top"] > heads[0]["top"])
                sides = [e for e in page.edges if e["orientation"] == "v" and e["top"] <= head["top"] and e["bottom"] >= label["bottom"]]
                assert any(e["x0"] < head["x0"] for e in sides) and any(e["x0"] > label["x1"] for e in sides)
                return
    pytest.fail("PI 1.2's heading and findings label not found on one page")


def test_heading_wording_is_the_drawn_one(tmp_path):
    path, truth = _build(tmp_path, producer="python-docx", heading_prefix="Performance Indicator", heading_separator=": ",
                         code_after_name=False, heading_caps=True, container="heading")
    text = _docx_text(path)
    for ind in truth["indicators"]:
        assert f"PERFORMANCE INDICATOR {ind['pi']}: {ind['name_as_written'].upper()}" in text


def test_code_after_the_name(tmp_path):
    path, truth = _build(tmp_path, producer="python-docx", heading_prefix="PI", code_after_name=True, heading_caps=False)
    text = _docx_text(path)
    assert all(f"{i['name_as_written']} (PI {i['pi']})" in text for i in truth["indicators"])


@pytest.mark.parametrize("producer", ["reportlab", pytest.param("chromium", marks=_needs("chromium"))])
def test_a_badge_prints_the_rating_white_on_a_coloured_box(tmp_path, producer):
    path, truth = _build(tmp_path, producer=producer, rating_style="badge", badge_colour="#C00000")
    word = truth["layout"]["rating_words"][truth["indicators"][0]["rating"]].split()[0]
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = [w for w in page.extract_words(extra_attrs=["non_stroking_color"]) if w["text"] == word]
            red = [r for r in page.rects if _is_red(r.get("non_stroking_color"))]
            for w in words:
                inside = any(r["x0"] - 1 <= w["x0"] and w["x1"] <= r["x1"] + 1 and r["top"] - 1 <= w["top"] and
                             w["bottom"] <= r["bottom"] + 1 for r in red)
                if inside and _is_white(w["non_stroking_color"]):
                    return
    pytest.fail(f"no white {word!r} on a red box")


def _is_red(colour) -> bool:
    return isinstance(colour, (tuple, list)) and len(colour) == 3 and colour[0] > 0.7 and colour[1] < 0.1 and colour[2] < 0.1


def _is_white(colour) -> bool:
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    return all(isinstance(v, (int, float)) and v > 0.95 for v in values)


@pytest.mark.parametrize("style", ["label", "next_line", "sentence"])
def test_rating_and_reassessed_wordings_are_the_drawn_ones(tmp_path, style):
    path, truth = _build(tmp_path, n=0, producer="python-docx", rating_style=style, reassessed_style="label",
                         rating_label="Score", reassessed_label="Re-assessed", yes_word="YES", no_word="Not reassessed")
    text = _docx_text(path)
    first = truth["indicators"][0]
    words = truth["layout"]["rating_words"][first["rating"]]
    assert words in text
    if style == "label":
        assert f"Score: {words}" in text
    if truth["report"]["report_type"] == "annual":
        assert ("Re-assessed: YES" in text) and ("Re-assessed: Not reassessed" in text)


# --- lists ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["{n})", "{a})", "{n}.", "({n})"])
def test_typed_markers_are_written_into_the_items(tmp_path, marker):
    path, truth = _build(tmp_path, producer="python-docx", list_marker=marker)
    text = _docx_text(path)
    items = [e for e in truth["evidence"] if e["kind"] == "means_of_verification"]
    assert items
    assert all(f"{typed_marker(marker, e['seq'])} {e['text']}" in text for e in items)


def test_word_numbering_is_not_in_the_text(tmp_path):
    path, truth = _build(tmp_path, producer="python-docx", list_marker="auto")
    xml = _docx_xml(path)
    assert 'w:val="ListNumber"' in xml
    first = next(e for e in truth["evidence"] if e["kind"] == "means_of_verification")
    assert f"1. {first['text']}" not in _docx_text(path) and first["text"] in _docx_text(path)


def _text_objects(path: Path) -> list[str]:
    """The text of every text object of every page, as pdfium reads them."""
    import ctypes

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        textpage = page.get_textpage()
        for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_TEXT]):
            size = pdfium.raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
            buffer = (ctypes.c_ushort * size)()
            pdfium.raw.FPDFTextObj_GetText(obj.raw, textpage.raw, buffer, size)
            out.append(bytes(buffer).decode("utf-16-le").rstrip("\x00"))
    return out


def test_weasyprint_draws_list_numbers_as_text_objects_of_their_own(tmp_path):
    path, truth = _build(tmp_path, producer="weasyprint", list_marker="auto", container="heading")
    items = [e for e in truth["evidence"] if e["kind"] == "means_of_verification"]
    objects = [t.strip() for t in _text_objects(path)]
    assert objects.count("1.") >= sum(1 for e in items if e["seq"] == 1)


@_needs("chromium")
def test_chromium_hangs_list_numbers_in_the_margin(tmp_path):
    path, truth = _build(tmp_path, producer="chromium", list_marker="auto", container="heading")
    starts = {e["text"].split()[0] for e in truth["evidence"] if e["kind"] == "means_of_verification"}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            pairs = [(w, words[k + 1]) for k, w in enumerate(words[:-1]) if w["text"] in ("1.", "2.") and words[k + 1]["text"] in starts]
            if pairs:
                markers, items = zip(*pairs)
                assert len({round(i["x0"]) for i in items}) == 1  # items share one left edge...
                assert max(m["x1"] for m in markers) < items[0]["x0"]  # ...and the numbers hang left of it
                return
    pytest.fail("no numbered list found")


# --- tables -----------------------------------------------------------------------------------------------


def test_a_dimension_column_is_merged_down_its_rows_in_docx(tmp_path):
    path, _ = _build(tmp_path, producer="python-docx", overview=True, overview_dimension="column")
    assert 'w:vMerge w:val="restart"' in _docx_xml(path)


def test_a_dimension_column_is_merged_down_its_rows_in_pdf(tmp_path):
    path, truth = _build(tmp_path, producer="reportlab", overview=True, overview_dimension="column",
                         overview_order=("indicator", "rating"), overview_code_column=False)
    with pdfplumber.open(path) as pdf:
        table = next(t for page in pdf.pages for t in page.extract_tables() if any("1.1" in (c or "") for r in t for c in r))
    first_column = [row[0] for row in table[1:]]
    assert first_column.count(None) >= 8  # 15 PIs under 7 dimension cells


def test_indicator_column_need_not_be_first(tmp_path):
    path, truth = _build(tmp_path, producer="reportlab", overview=True, overview_dimension="none",
                         overview_order=("rating", "indicator"), overview_code_column=False)
    with pdfplumber.open(path) as pdf:
        table = next(t for page in pdf.pages for t in page.extract_tables() if any("1.1" in (c or "") for r in t for c in r))
    first = truth["indicators"][0]
    row = next(r for r in table if r[1] and r[1].startswith("1.1"))
    assert row[0].replace("\n", " ") == truth["layout"]["overview_rating_words"][first["rating"]]


@pytest.mark.parametrize("repeat", [True, False])
def test_action_plan_header_repeats_on_each_page_only_when_drawn(tmp_path, repeat):
    path, truth = _build(tmp_path, producer="reportlab", action_repeat_header=repeat, action_narrow=True, action_landscape=False,
                         action_lead="indicator", action_headers=("Linked indicator", "Agreed action points"), evidence="none",
                         action_columns=("Activities undertaken in year 1", "Activities undertaken in year 2", "Lead entity", "Status"))
    with pdfplumber.open(path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    start = next(k for k, text in enumerate(pages) if "Agreed action points" in text)
    end = len(pages) - 1  # without evidence tables the action plan ends the report
    assert end > start, "the action plan should run over more than one page"
    repeated = sum("Agreed action points" in pages[k] for k in range(start + 1, end + 1))
    assert repeated == ((end - start) if repeat else 0)


def test_one_evidence_table_for_all_pis_has_an_indicator_column(tmp_path):
    path, truth = _build(tmp_path, producer="python-docx", evidence="one_table", evidence_pi_merged=True,
                         evidence_headers={"category": "Type of evidence", "document": "Document title", "indicator": "PI no."})
    text = _docx_text(path)
    assert "PI no. Type of evidence Document title" in text
    docs = [e for e in truth["evidence"] if e["kind"] == "supporting_document"]
    assert docs and all(d["text"] in text and d["category"] in text for d in docs)


def test_no_evidence_tables_means_no_supporting_documents_in_the_truth(tmp_path):
    _, truth = _build(tmp_path, producer="python-docx", evidence="none")
    assert not [e for e in truth["evidence"] if e["kind"] == "supporting_document"]


def test_landscape_pages_can_be_stored_rotated(tmp_path):
    from pypdf import PdfReader

    path, truth = _build(tmp_path, producer="reportlab", action_landscape=True, landscape_rotated=True)
    pages = PdfReader(str(path)).pages
    rotated = [p for p in pages if p.rotation == 90]
    assert rotated and all(p.mediabox.width < p.mediabox.height for p in rotated)
    assert truth["layout"]["action_title"] in " ".join((rotated[0].extract_text() or "").split())


# --- truth and reproducibility ----------------------------------------------------------------------------


def test_every_truth_value_is_in_the_document(tmp_path):
    path, truth = _build(tmp_path, producer="python-docx", evidence="per_pi", list_marker="none")
    text = _docx_text(path)
    assert truth["report"]["country"] in text and str(truth["report"]["year"]) in text
    for e in truth["evidence"]:
        assert e["text"] in text and all(u in text for u in e["urls"])
    for row in truth["action_plan"]:
        assert row["action"] in text and all(p["period"] in text and p["text"] in text for p in row["progress"])


def test_report_type_is_written_on_the_cover(tmp_path):
    for n in range(6):
        about = draw_report(n, SEED)
        draw = draw_layout(SEED * 100_003 + n, about["year"], about["report_type"], about["country"])
        words = ("comprehensive", "baseline", "full assessment") if about["report_type"] == "comprehensive" else ("annual", "progress")
        assert any(w in draw.title.lower() for w in words), draw.title


def test_the_same_seed_draws_the_same_document_and_another_seed_another(tmp_path):
    a = synthesize_random(1, tmp_path / "a", 5, ("python-docx",), only=[3])
    b = synthesize_random(4, tmp_path / "b", 5, ("python-docx",))
    c = synthesize_random(1, tmp_path / "c", 6, ("python-docx",), only=[3])
    truth = {k: json.loads(p[0 if k != "b" else 3].with_name(p[0 if k != "b" else 3].stem + ".truth.json").read_text())
             for k, p in (("a", a), ("b", b), ("c", c))}
    assert truth["a"] == truth["b"]
    assert truth["a"] != truth["c"]


def test_content_and_layout_are_drawn_apart():
    """Fixing the producer leaves every other axis and the content as drawn."""
    about = draw_report(4, SEED)
    one = draw_layout(7, about["year"], about["report_type"], about["country"], ("reportlab",))
    other = draw_layout(7, about["year"], about["report_type"], about["country"], ("chromium",))
    assert {k: v for k, v in one.as_dict().items() if k != "producer"} == {k: v for k, v in other.as_dict().items() if k != "producer"}
    content = build_random_content(about, "x", one.name_kind, one.long_urls, one.action_columns, one.action_headers)
    assert heading_text(one, content.indicators[0]) == heading_text(other, content.indicators[0])
