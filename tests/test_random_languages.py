"""The language axis of the randomized corpus: each language is really written, and English draws are unchanged.

Documents are read back with tools other than the extractor under test
(python-docx, pdfplumber), as in ``test_random_layouts.py``.  What the default
options draw is compared with what was drawn before the axis existed: the
layout records and truth stored with the regression documents.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pdfplumber
import pytest

from swapscore.corpus.generator import wordings as W
from swapscore.corpus.generator import wordings_es as ES
from swapscore.corpus.generator import wordings_fr as FR
from swapscore.corpus.generator.randomized import build_random, document_name, synthesize_random
from swapscore.corpus.generator.randomized.content import build_random_content, draw_report
from swapscore.corpus.generator.randomized.draw import draw_layout
from swapscore.corpus.generator.randomized.language import LANGUAGES, local_country
from swapscore.schemas.framework import countries
from swapscore.schemas.framework import framework as load_framework
from tests.conftest import ROOT

SEED = 31
REGRESSIONS = sorted((ROOT / "corpus" / "regressions").glob("*.truth.json"))
# Wording fields of a LayoutDraw; every other field is a layout axis that a language must leave as drawn.
WORDING_FIELDS = {"language", "title", "type_line", "team_line", "heading_prefix", "heading_separator",
                  "dimension_prefix", "rating_label", "rating_words", "reassessed_label", "yes_word", "no_word",
                  "findings_label", "mov_label", "overview_title", "overview_headers", "overview_rating_words",
                  "action_title", "action_headers", "action_columns", "evidence_title", "evidence_headers"}


def _draw(n: int, seed: int = SEED, **kwargs):
    about = draw_report(n, seed)
    return about, draw_layout(seed * 100_003 + n, about["year"], about["report_type"], about["country"], **kwargs)


def _content(about: dict, draw):
    return build_random_content(about, document_name(about["n"], about["seed"], about), draw.name_kind, draw.long_urls,
                                draw.action_columns, draw.action_headers, with_documents=draw.evidence != "none",
                                language=draw.language)


def _build(tmp_path: Path, language: str, n: int = 2, **overrides) -> tuple[Path, dict]:
    path = build_random(n, SEED, tmp_path, overrides=overrides, languages=(language,))
    return path, json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return " ".join(" ".join(parts).split())


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "") for page in pdf.pages).split())


def _pattern(template: str) -> re.Pattern:
    """A template as a regular expression: each placeholder stands for any text."""
    parts = [re.escape(literal) + ("(.+?)" if field is not None else "")
             for literal, field, _, _ in string.Formatter().parse(template)]
    return re.compile("".join(parts).replace(r"\ ", " ") + "$")


def _from(text: str, templates) -> bool:
    return any(_pattern(" ".join(t.split()).rstrip(";")).match(text) for t in templates)


# --- English draws are what they were before the axis --------------------------------------------------


@pytest.mark.parametrize("truth_file", REGRESSIONS, ids=[p.name.split(".")[0] for p in REGRESSIONS])
def test_a_regression_document_is_drawn_again_as_stored(truth_file):
    """Layout record and truth stored before the language axis = a fresh draw of the same seed and number (a
    document stored since records its language: English, or the one language of a Spanish or French draw,
    ``--languages es``)."""
    stored = json.loads(truth_file.read_text(encoding="utf-8"))
    n, seed = stored["layout"]["n"], stored["layout"]["seed"]
    language = stored["layout"].pop("language", "en")
    about, draw = _draw(n, seed) if language == "en" else _draw(n, seed, languages=(language,))
    fresh_layout = json.loads(json.dumps({"n": n, "seed": seed, "summary": draw.summary(), **draw.as_dict()}))
    assert fresh_layout.pop("language") == language
    assert fresh_layout == stored["layout"]
    fresh = _content(about, draw).to_truth()
    assert fresh["report"].pop("language") == language
    assert stored["report"].pop("language", "en") == language
    assert {k: stored[k] for k in ("report", "indicators", "evidence", "action_plan")} == json.loads(json.dumps(fresh))


def test_the_default_draw_is_the_english_only_draw():
    for n in range(12):
        about, default = _draw(n)
        _, english = _draw(n, languages=("en",))
        assert default == english and default.language == "en"
        assert _content(about, default) == _content(about, english)


def test_english_archives_are_the_same_with_and_without_languages(tmp_path):
    a = synthesize_random(1, tmp_path / "a", 5, ("python-docx",), only=[3])
    b = synthesize_random(1, tmp_path / "b", 5, ("python-docx",), only=[3], languages=("en",))
    truth = [json.loads(p[0].with_name(p[0].stem + ".truth.json").read_text(encoding="utf-8")) for p in (a, b)]
    assert truth[0] == truth[1] and truth[0]["report"]["language"] == "en"
    assert _docx_text(a[0]) == _docx_text(b[0])


# --- a language changes wordings only ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "fr", "mixed"])
def test_a_language_leaves_every_layout_axis_and_the_content_structure_as_drawn(language):
    for n in range(8):
        about, english = _draw(n)
        _, other = _draw(n, languages=(language,))
        assert other.language == language
        same = {k: v for k, v in english.as_dict().items() if k not in WORDING_FIELDS}
        assert same == {k: v for k, v in other.as_dict().items() if k not in WORDING_FIELDS}
        assert len(other.action_columns) == len(english.action_columns)
        if language == "mixed":
            assert {k: v for k, v in other.as_dict().items() if k != "language"} == \
                {k: v for k, v in english.as_dict().items() if k != "language"}
        else:
            assert other.title != english.title and other.rating_words != english.rating_words
        en, xx = _content(about, english), _content(about, other)
        assert [(i.code, i.rating, i.reassessed, len(i.findings), len(i.means_of_verification), len(i.supporting_documents))
                for i in en.indicators] == [(i.code, i.rating, i.reassessed, len(i.findings), len(i.means_of_verification),
                                              len(i.supporting_documents)) for i in xx.indicators]
        assert [(r.code, [bool(t) for _, t in r.progress]) for r in en.action_plan] == \
            [(r.code, [bool(t) for _, t in r.progress]) for r in xx.action_plan]
        assert [i.findings for i in en.indicators] != [i.findings for i in xx.indicators]


def test_every_language_is_drawn_and_apart_from_the_producer():
    drawn = [_draw(n, languages=LANGUAGES)[1] for n in range(40)]
    assert {d.language for d in drawn} == set(LANGUAGES)
    assert [d.producer for d in drawn] == [_draw(n)[1].producer for n in range(40)]


def test_an_unknown_language_is_refused(tmp_path):
    with pytest.raises(ValueError, match="de"):
        synthesize_random(1, tmp_path, 1, ("python-docx",), languages=("de",))


# --- each language is really written -------------------------------------------------------------------


def test_a_spanish_document_holds_its_spanish_headings_labels_and_accents(tmp_path):
    path, truth = _build(tmp_path, "es", producer="python-docx", heading_prefix="INDICADOR DE DESEMPEÑO",
                         heading_separator=" ", code_after_name=False, heading_caps=False, container="heading",
                         rating_style="label", rating_label="Calificación", evidence="per_pi", list_marker="none",
                         overview=True)
    text = _docx_text(path)
    layout = truth["layout"]
    assert truth["report"]["language"] == layout["language"] == "es"
    for ind in truth["indicators"]:
        assert f"INDICADOR DE DESEMPEÑO {ind['pi']} {ind['name_as_written']}" in text
        assert f"Calificación: {layout['rating_words'][ind['rating']]}" in text
        assert ind["name_as_written"] in ES.PI_SHORT_NAMES[ind["pi"]] + (ES.PI_TITLES[ind["pi"]],) + ES.PI_OLD_NAMES.get(ind["pi"], ())
    for key in ("title", "team_line", "mov_label", "overview_title", "action_title", "evidence_title"):
        assert layout[key] in text, key
    assert all(layout["rating_words"][level] in ES.RATING_WORDS[level] for level in ES.RATING_WORDS)
    assert local_country(truth["report"]["country"], "es") in text and str(truth["report"]["year"]) in text
    assert set("áéíóúñ") & set(text)
    assert W.INTRO.split(",")[0] not in text and not any(t in text for t in W.SECTION_TITLES)


@pytest.mark.parametrize("producer", ["reportlab", "weasyprint"])
def test_a_french_pdf_prints_its_accents_and_ligatures(tmp_path, producer):
    path, truth = _build(tmp_path, "fr", producer=producer, name_kind="title", heading_caps=False,
                         container="heading", code_after_name=False)
    text = _pdf_text(path)
    assert truth["report"]["language"] == "fr"
    assert FR.PI_TITLES["3.2"] in text and "œ" in text  # "œuvrant": a glyph outside Latin-1
    squashed = "".join(text.split())  # a line may break after a hyphen ("UNCT-" / "SWAP")
    assert "".join(truth["layout"]["title"].split()) in squashed
    assert any("".join(truth["layout"]["rating_words"][i["rating"]].split()) in squashed for i in truth["indicators"])
    assert set("éèàç’") & set(text)


@pytest.mark.parametrize("producer", ["reportlab", "weasyprint"])
def test_a_spanish_running_footer_numbers_pages_in_spanish(tmp_path, producer):
    path, truth = _build(tmp_path, "es", producer=producer, running_header=True)
    text = _pdf_text(path)
    assert "Página 2" in text and "Page 2" not in text
    assert "".join(ES.RUNNING_TITLE.format(country=local_country(truth["report"]["country"], "es"),
                                           year=truth["report"]["year"]).split()) in "".join(text.split())


def test_every_truth_value_of_a_spanish_document_is_in_it(tmp_path):
    path, truth = _build(tmp_path, "es", producer="python-docx", evidence="per_pi", list_marker="none")
    text = _docx_text(path)
    for e in truth["evidence"]:
        assert e["text"] in text and all(u in text for u in e["urls"])
    for row in truth["action_plan"]:
        assert row["action"] in text and all(p["period"] in text and p["text"] in text for p in row["progress"])


def test_a_mixed_document_has_an_english_template_and_spanish_text(tmp_path):
    path, truth = _build(tmp_path, "mixed", producer="python-docx", evidence="per_pi", list_marker="none",
                         rating_style="label", container="heading")
    text = _docx_text(path)
    layout = truth["layout"]
    assert (truth["report"]["language"], layout["language"]) == ("es", "mixed")
    # English template: headings, labels, headers, rating words, PI names and categories from wordings.py
    assert layout["heading_prefix"] in W.HEADING_PREFIXES and layout["mov_label"] in W.MOV_LABELS
    assert layout["action_headers"][1] in W.ACTION_ACTION_HEADERS
    assert all(layout["rating_words"][level] in W.RATING_WORDS[level] for level in W.RATING_WORDS)
    assert layout["mov_label"] in text and layout["action_title"] in text
    evidence = truth["evidence"]
    assert all(e["category"] in W.EVIDENCE_CATEGORIES for e in evidence if e["kind"] == "supporting_document")
    # Spanish text: items, documents, actions and progress cells from wordings_es.py, all in the document
    for e in evidence:
        templates = ES.MOV_ITEM_TEMPLATES if e["kind"] == "means_of_verification" else ES.SUPPORTING_DOC_TEMPLATES
        assert _from(e["text"], templates), e["text"]
        assert e["text"] in text
    for row in truth["action_plan"]:
        assert _from(row["action"], ES.ACTION_TEMPLATES), row["action"]
        assert all(not p["text"] or _from(p["text"], ES.PROGRESS_TEMPLATES) for p in row["progress"])
        assert row["action"] in text
    assert ES.INTRO.split(" en ")[0] in text


def test_the_truth_stays_canonical_in_every_language():
    canonical = set(countries().values())
    codes = {fw: set(load_framework(fw).codes) for fw in ("unct-swap-2018", "unct-swap-2023")}
    for language in ("es", "fr"):
        for n in range(10):
            about, draw = _draw(n, languages=(language,))
            truth = _content(about, draw).to_truth()
            report = truth["report"]
            assert report["country"] in canonical and report["language"] == language
            assert report["report_type"] in ("annual", "comprehensive") and report["framework"] in codes
            assert {i["pi"] for i in truth["indicators"]} == codes[report["framework"]]
            assert {i["rating"] for i in truth["indicators"]} <= {"missing", "approaches", "meets", "exceeds"}


# --- the wordings as data ------------------------------------------------------------------------------


@pytest.mark.parametrize("words", [ES, FR], ids=["es", "fr"])
def test_the_wordings_cover_every_pi_level_dimension_and_column_count(words):
    for fw in ("unct-swap-2018", "unct-swap-2023"):
        for code in load_framework(fw).codes:
            assert words.PI_TITLES[code] and words.PI_SHORT_NAMES[code], (fw, code)
    assert set(words.RATING_WORDS) == set(W.RATING_WORDS)
    assert set(words.DIMENSION_NAME_VARIANTS) == set(range(1, 8))
    assert {len(c) for c in W.ACTION_PROGRESS_COLUMN_SETS} <= {len(c) for c in words.ACTION_PROGRESS_COLUMN_SETS}
    assert len(words.MONTHS) == 12
    assert set(words.COUNTRY_NAMES) <= set(countries().values())


@pytest.mark.parametrize("words", [ES, FR], ids=["es", "fr"])
def test_every_wording_fills_and_prints(words):
    """Every template fills with the documented placeholders; every character is in the PDF fonts (cp1252)."""
    fill = dict(country="Haití", year=2022, next_year=2023, prev_year=2021, cc="haiti", url="https://example.org/x",
                code="1.1", name="Nombre", rating="Cumple", n=3, month="marzo", Month="Marzo", day=4,
                date="4 de marzo de 2022")
    strings = []

    def walk(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)

    for name in dir(words):
        if name.isupper():
            walk(getattr(words, name))
    assert len(strings) > 300
    for s in strings:
        s.format(**fill)
        s.encode("cp1252")


@pytest.mark.parametrize("words, annual, comprehensive", [
    (ES, ("anual", "progreso", "avance"), ("integral", "exhaustiva", "línea de base")),
    (FR, ("annuel", "avancement", "étape", "progrès"), ("complète", "complet", "approfondie", "référence", "globale")),
], ids=["es", "fr"])
def test_report_titles_say_their_type_and_not_the_other(words, annual, comprehensive):
    for kind, says, not_says in (("annual", annual, comprehensive), ("comprehensive", comprehensive, annual)):
        for title in words.REPORT_TITLES[kind] + words.REPORT_TYPE_LINES[kind]:
            low = title.lower()
            assert any(w in low for w in says) and not any(w in low for w in not_says), title
