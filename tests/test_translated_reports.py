"""A hand corpus report translated by hand into Spanish and French (tests/fixtures/translations.py): read
end to end from the DOCX and scored against the same truth, its texts translated the same way."""

from __future__ import annotations

import json

import pytest

from swapscore.pipeline.evaluate import evaluate
from swapscore.pipeline.process import process_file
from swapscore.pipeline.write import write_datasets
from tests.conftest import CORPUS
from tests.fixtures import translations

SOURCE = CORPUS / "kyrgyzstan-2022-annual.docx"
VERSIONS = {"es": (translations.ES, "Indicador de desempeño"), "fr": (translations.FR, "Indicateur de performance")}


@pytest.fixture(scope="module", params=sorted(VERSIONS))
def translated(request, tmp_path_factory):
    language = request.param
    table, prefix = VERSIONS[language]
    folder = tmp_path_factory.mktemp(f"translated-{language}")
    document = folder / f"kirguistan-2022-{language}.docx"
    translations.translate_docx(SOURCE, document, table, prefix)
    truth = json.loads(SOURCE.with_name(SOURCE.stem + ".truth.json").read_text(encoding="utf-8"))
    truth_path = folder / f"{document.stem}.truth.json"
    truth_path.write_text(json.dumps(translations.translate_truth(truth, table, language), ensure_ascii=False), encoding="utf-8")
    extraction = process_file(document)
    out = folder / "out"
    write_datasets([extraction], out)
    return language, extraction, evaluate(out, [truth_path]), out


def test_the_translated_report_is_read_as_a_scorecard_in_its_language(translated):
    language, extraction, _, _ = translated
    assert extraction.report.status == "ok", extraction.report.error
    assert (extraction.report.language, extraction.report.country, extraction.report.report_type) == (language, "Kyrgyzstan", "annual")


def test_every_field_of_the_translated_report_scores_one(translated):
    _, _, (result,), _ = translated
    assert {s.field: round(s.f1, 3) for s in result.scores} == {s.field: 1.0 for s in result.scores}


def test_the_audit_reads_the_same_figures_in_the_translated_report(translated, tmp_path):
    """The figure check's figures ("25 por ciento", "72 pour cent", "58 %") read as in the English report."""
    from swapscore.pipeline.audit import load
    from swapscore.pipeline.audit.figures import figures, pick
    from swapscore.schemas.framework import audit_rules

    english_out = tmp_path / "en"
    write_datasets([process_file(SOURCE)], english_out)
    _, _, _, out = translated

    def picked(folder):
        indicators = load(folder).indicators.set_index("pi")
        return {pi: pick(figures(indicators.findings[pi], tuple(rule["keywords"])), rule["pick"])
                for pi, rule in audit_rules()["figures"].items()}

    english, other = picked(english_out), picked(out)
    assert {pi: (f.percent, f.base) for pi, f in english.items() if f} == {"1.3": (25.0, 40), "4.2": (72.0, None), "4.3": (58.0, None)}
    assert {pi: (f.percent, f.base) if f else None for pi, f in other.items()} == \
        {pi: (f.percent, f.base) if f else None for pi, f in english.items()}
