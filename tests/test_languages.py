"""Reports in Spanish and French: each reader on Spanish and French blocks built in memory, the rating
grammar and answers, the language column, and the not-a-scorecard check in every language.

The wording under test is written here by hand, as a report would print it (accents dropped in some rows, as
real reports do), not read from the data files under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from swapscore.pipeline.language import detect_language
from swapscore.pipeline.phrases import answer, level_of
from swapscore.pipeline.process import extract_document
from swapscore.pipeline.regions import action_plan, evidence, overview, read_report, sections, tables
from swapscore.pipeline.regions.cues import pi_code_in_heading
from swapscore.pipeline.regions.metadata import looks_like_scorecard, read_meta
from swapscore.schemas.framework import default_framework
from swapscore.schemas.records import ParsedDocument
from tests.builders import p, table

FW = default_framework()


# --- ratings and answers ----------------------------------------------------------------------------------

RATINGS = [
    ("Cumple los requisitos mínimos", "meets"),
    ("CUMPLE CON LOS REQUISITOS MINIMOS", "meets"),
    ("Cumple los requerimientos mínimos", "meets"),
    ("Se aproxima a los requisitos mínimos", "approaches"),
    ("Aproximándose a los requisitos mínimos", "approaches"),
    ("No cumple los requisitos mínimos", "missing"),
    ("Supera los requisitos mínimos", "exceeds"),
    ("Excede los requerimientos minimos", "exceeds"),
    ("No aplica", "not_applicable"),
    ("Satisfait aux exigences minimales", "meets"),
    ("Répond aux exigences minimales", "meets"),
    ("S’approche des exigences minimales", "approaches"),
    ("S'APPROCHE DES EXIGENCES MINIMALES", "approaches"),
    ("Ne satisfait pas aux exigences minimales", "missing"),
    ("Dépasse les exigences minimales", "exceeds"),
    ("Depasse les exigences minimales", "exceeds"),
    ("Sans objet", "not_applicable"),
    ("Non applicable", "not_applicable"),
    ("El UNCT cumple los requisitos mínimos para este indicador.", "meets"),
    ("L'équipe de pays dépasse les exigences minimales de l'indicateur.", "exceeds"),
]


@pytest.mark.parametrize(("text", "level"), RATINGS)
def test_rating_levels_in_spanish_and_french(text, level):
    assert level_of(text) == level


@pytest.mark.parametrize("text", ["Cumple con los plazos del plan", "L'approche de l'équipe a changé", "Se aproxima el fin del ciclo"])
def test_a_level_word_in_a_sentence_without_a_tail_is_no_rating(text):
    from swapscore.pipeline.phrases import rating_in_sentence

    assert rating_in_sentence(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("Sí", True), ("Si", True), ("SÍ, reevaluado", True), ("No", False), ("No reevaluado", False),
    ("Oui", True), ("Oui, réévalué", True), ("Non", False), ("Non réévalué", False), ("Peut-être", None),
])
def test_answers_in_spanish_and_french(text, value):
    assert answer(text) is value


# --- headings ---------------------------------------------------------------------------------------------

HEADINGS = [
    ("INDICADOR DE DESEMPEÑO 1.1 ANÁLISIS COMÚN DE PAÍS", ("1.1", "ANÁLISIS COMÚN DE PAÍS")),
    ("Indicador de desempeño (ID) 2.3: Seguimiento y evaluación", ("2.3", "Seguimiento y evaluación")),
    ("Indicador de rendimiento 4.3 – Paridad de género", ("4.3", "Paridad de género")),
    ("Indicateur de performance (IP) 5.1 : Mécanisme de coordination genre", ("5.1", "Mécanisme de coordination genre")),
    ("Bilan commun de pays (IP 1.1)", ("1.1", "Bilan commun de pays")),
    ("El ODS 5.1 y el ODS 5.2 en 2022", None),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_pi_headings_in_spanish_and_french(text, expected):
    assert pi_code_in_heading(text) == expected


@pytest.mark.parametrize(("paragraph", "is_heading"), [
    (p("Indicador de desempeño 1.1 Análisis Común de País", "heading", True), True),
    (p("1.1 Análisis Común de País", "heading", True), True),  # a bare code and the PI's Spanish name
    (p("1.1 Bilan commun de pays", "heading", True), True),
    (p("2.1 Dimensiones e indicadores de desempeño", "heading", True), False),  # a chapter numbered like a PI
])
def test_heading_of_in_spanish_and_french(paragraph, is_heading):
    assert (sections.heading_of(paragraph, FW) is not None) == is_heading


# --- PI sections ------------------------------------------------------------------------------------------


def _section(*blocks, heading="Indicador de desempeño 1.1: Análisis Común de País"):
    (found,) = sections.sections([p(heading, "heading", True), *blocks], set(), FW)
    return sections.read(found)


SECTIONS = [
    # (blocks, rating text, reassessed text)
    ([p("Calificación: Cumple los requisitos mínimos"), p("¿Se reevaluó este indicador en 2022? Sí")],
     "Cumple los requisitos mínimos", "Sí"),
    ([p("Puntuación", bold=True), p("SUPERA"), p("Reevaluado", bold=True), p("No – se mantiene la calificación")],
     "SUPERA", "No – se mantiene la calificación"),
    ([table(("Calificación general", "No cumple los requisitos mínimos"), ("Reevaluado este año", "No"))],
     "No cumple los requisitos mínimos", "No"),
    ([p("La calificación del indicador es Se aproxima a los requisitos mínimos."), p("Reevaluado: Sí")],
     "La calificación del indicador es Se aproxima a los requisitos mínimos.", "Sí"),
    ([p("Notation : Satisfait aux exigences minimales"), p("Indicateur réévalué cette année ? Oui")],
     "Satisfait aux exigences minimales", "Oui"),
    ([p("Notation", bold=True), p("DÉPASSE"), p("Réévalué ?"), p("Non")], "DÉPASSE", "Non"),
    ([table(("Niveau", "S’approche des exigences minimales"), ("Réévaluation en 2021", "Oui"))],
     "S’approche des exigences minimales", "Oui"),
]


@pytest.mark.parametrize(("blocks", "rating", "reassessed"), SECTIONS)
def test_section_values_in_spanish_and_french(blocks, rating, reassessed):
    values = _section(*blocks)
    assert (values.indicator.rating_text, values.indicator.reassessed_text) == (rating, reassessed)


def test_means_of_verification_in_spanish():
    values = _section(p("Calificación: Cumple"), p("Medios de verificación:", bold=True), p("1) Informe ACP 2021;", "list_item"),
                      p("2) Actas del GIG (https://example.org/actas)", "list_item"), p("Dimensión 2: Programación", "heading", True),
                      p("No es un elemento"))
    assert [e.text for e in values.means_of_verification] == ["1) Informe ACP 2021;", "2) Actas del GIG (https://example.org/actas)"]
    assert values.notes == ()


def test_means_of_verification_in_french_after_an_example_label():
    values = _section(p("Notation : Satisfait"), p("Liste des moyens de vérification. (Par ex. documents, procès-verbaux)"),
                      p("- Rapport BCP 2021", "list_item"), p("- Procès-verbal du GTG", "list_item"),
                      heading="Indicateur de performance 1.1 : Bilan commun de pays")
    assert [e.text for e in values.means_of_verification] == ["- Rapport BCP 2021", "- Procès-verbal du GTG"]


def test_findings_label_in_spanish_is_no_finding():
    values = _section(p("Calificación: Cumple"), p("Hallazgos y explicación", bold=True), p("El ACP analiza la situación de las mujeres."))
    assert values.indicator.findings == "El ACP analiza la situación de las mujeres."


# --- tables by column role --------------------------------------------------------------------------------


def test_overview_in_spanish():
    t = table(("Dimensión", "Indicador de desempeño", "Calificación", "Reevaluado en 2022"),
              ("1. Planificación", "1.1 Análisis Común de País", "Cumple los requisitos mínimos", "Sí"),
              (None, "1.2 Resultados del Marco de Cooperación", "SE APROXIMA", "No"),
              (None, "1.3 Indicadores del Marco de Cooperación", "No cumple los requisitos mínimos", "No"))
    v = tables.view(t, FW)
    assert overview.recognize(v)
    got = [(r.code, r.rating_text, r.reassessed_text) for r in overview.read(v)]
    assert got == [("1.1", "Cumple los requisitos mínimos", "Sí"), ("1.2", "SE APROXIMA", "No"),
                   ("1.3", "No cumple los requisitos mínimos", "No")]


def test_overview_in_french_with_a_code_column():
    t = table(("N°", "Indicateur", "Notation", "Réévalué ?"), ("1.1", "Bilan commun de pays", "Satisfait", "Oui"),
              ("2.1", "Programmes conjoints", "Dépasse", "Non"), ("4.3", "Parité entre les sexes", "Manquant", "Oui"))
    v = tables.view(t, FW)
    assert overview.recognize(v)
    assert [(r.heading, r.rating_text, r.reassessed_text) for r in overview.read(v)] == [
        ("1.1 Bilan commun de pays", "Satisfait", "Oui"), ("2.1 Programmes conjoints", "Dépasse", "Non"),
        ("4.3 Parité entre les sexes", "Manquant", "Oui")]


def test_action_plan_in_spanish():
    t = table(("Nº", "Indicador", "Acciones previstas", "Entidad responsable", "Avance en 2022"),
              ("1", "1.1 ACP", "Actualizar el ACP", "OCR", "Completado"),
              ("2", "2.1 Programas conjuntos", "Revisar los programas", "GIG", "En curso"))
    v = tables.view(t, FW)
    assert action_plan.recognize(v) and not overview.recognize(v)
    assert [(r.code, r.action, [(c.period, c.text) for c in r.progress]) for r in action_plan.read(v)] == [
        ("1.1", "Actualizar el ACP", [("Entidad responsable", "OCR"), ("Avance en 2022", "Completado")]),
        ("2.1", "Revisar los programas", [("Entidad responsable", "GIG"), ("Avance en 2022", "En curso")]),
    ]


def test_action_plan_in_french():
    t = table(("Indicateur", "Mesures prévues", "Progrès 2023"), ("IP 1.1", "Mettre à jour le BCP", "Fait"),
              ("IP 4.3", "Recruter des femmes", "En cours"))
    v = tables.view(t, FW)
    assert action_plan.recognize(v)
    assert [(r.code, r.action) for r in action_plan.read(v)] == [("1.1", "Mettre à jour le BCP"), ("4.3", "Recruter des femmes")]


def test_evidence_table_in_french():
    t = table(("IP n°", "Catégorie", "Intitulé du document"),
              ("1.1 BCP", "Rapports", "BCP 2021"), (None, "Enquêtes", "Enquête 2022"), ("2.1 Programmes conjoints", "Politiques", "Document PC"),
              ("2.2", "Rapports", "Aucun document"))
    v = tables.view(t, FW)
    assert evidence.is_evidence_table(t, v)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [
        ("1.1", "Rapports", "BCP 2021"), ("1.1", "Enquêtes", "Enquête 2022"), ("2.1", "Politiques", "Document PC")]


def test_evidence_per_pi_tables_in_spanish():
    t = table(("Indicador 1.1: Análisis Común de País", "Planificación"), ("Categoría", "Documentos"), ("Informes", "ACP 2021"),
              ("", "Ningún documento cargado."), ("Indicador 1.2", None), ("Categoría", "Documentos"), ("Políticas", "Matriz de resultados"))
    v = tables.view(t, FW)
    assert evidence.is_evidence_table(t, v)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [("1.1", "Informes", "ACP 2021"), ("1.2", "Políticas", "Matriz de resultados")]


# --- cover and the whole document -------------------------------------------------------------------------

COVERS = [
    ("Scorecard de igualdad de género ONU-SWAP\nInforme anual de progreso 2022\nPerú", ("Peru", 2022, "annual")),
    ("ONU-SWAP – Evaluación integral\nRepública Dominicana 2021\nFecha: marzo de 2022", ("Dominican Republic", 2021, "comprehensive")),
    ("Tableau de bord ONU-SWAP sur l'égalité des sexes\nRapport annuel 2023\nSénégal", ("Senegal", 2023, "annual")),
    ("Évaluation complète UNCT-SWAP\nHaïti\nmai 2020", ("Haiti", 2020, "comprehensive")),
    ("Fecha de presentación: 15 de marzo de 2023\nInforme anual ONU-SWAP 2022\nPerú", ("Peru", 2022, "annual")),
    ("Soumis en février 2024\nRapport annuel 2023 de l'équipe de pays\nMaroc", ("Morocco", 2023, "annual")),
]


@pytest.mark.parametrize(("cover", "expected"), COVERS)
def test_cover_in_spanish_and_french(cover, expected):
    meta = read_meta(cover, cover)
    assert (meta.country, meta.year, meta.report_type) == expected


@pytest.mark.parametrize(("text", "is_scorecard"), [
    ("Scorecard de igualdad de género del ONU-SWAP, informe anual", True),
    ("Tableau de bord de performance sur l'égalité des sexes de l'équipe de pays", True),
    ("Evaluación final del Marco de Asistencia de las Naciones Unidas para el Desarrollo", False),
    ("Rapport annuel des résultats du Cadre de coopération 2022", False),
    ("Informe ONU-SWAP de la entidad sobre los 17 indicadores de rendimiento", False),  # the entity-level plan
    ("Evaluación ONU-SWAP del equipo de país en Bolivia", True),
])
def test_scorecard_named_in_every_language(text, is_scorecard):
    assert looks_like_scorecard(text) is is_scorecard


SPANISH_PROSE = ("El equipo de país de las Naciones Unidas ha avanzado durante el año y el grupo interagencial de género "
                 "fue establecido con el apoyo de todas las agencias, con un plan de trabajo para la igualdad.")
FRENCH_PROSE = ("L'équipe de pays des Nations Unies a progressé au cours de l'année et le groupe thématique genre a été "
                "établi avec le soutien des agences, avec un plan de travail pour les femmes et les filles.")
ENGLISH_PROSE = ("The UN country team made progress during the year and the gender theme group was established with the "
                 "support of all agencies, with a work plan for the empowerment of women.")


@pytest.mark.parametrize(("text", "code"), [
    (SPANISH_PROSE, "es"), (FRENCH_PROSE, "fr"), (ENGLISH_PROSE, "en"),
    ("Indicador 1.1 | Cumple\nIndicador 1.2 | Supera", None),  # too few words to tell
    (ENGLISH_PROSE + " " + SPANISH_PROSE * 3, "es"),  # an English template, a Spanish narrative
])
def test_detect_language(text, code):
    assert detect_language(text) == code


def _spanish_report() -> ParsedDocument:
    blocks = [p("Scorecard de igualdad de género ONU-SWAP"), p("Informe anual de progreso 2022 – Perú")]
    levels = ["Cumple los requisitos mínimos", "Se aproxima a los requisitos mínimos", "Supera los requisitos mínimos"]
    for k, ind in enumerate(FW.indicators[:5]):
        blocks += [p(f"Indicador de desempeño {ind.code}", "heading", True), p(f"Calificación: {levels[k % 3]}"),
                   p(f"¿Se reevaluó este indicador en 2022? {'Sí' if k % 2 == 0 else 'No'}"), p(SPANISH_PROSE),
                   p("Medios de verificación:", bold=True), p(f"Informe {ind.code} del grupo de género", "list_item")]
    return ParsedDocument("informe.docx", "docx", None, tuple(blocks))


def test_a_spanish_report_reads_to_the_canonical_codes_with_its_language():
    extraction = extract_document(_spanish_report(), Path("informe.docx"), "r1")
    report = extraction.report
    assert (report.status, report.language, report.country, report.year, report.report_type) == ("ok", "es", "Peru", 2022, "annual")
    assert [(i.pi, i.rating, i.reassessed) for i in extraction.indicators] == [
        ("1.1", "meets", True), ("1.2", "approaches", False), ("1.3", "exceeds", True), ("2.1", "meets", False),
        ("2.2", "approaches", True)]
    assert extraction.indicators[0].dimension == "Planning" and extraction.indicators[0].heading_raw == "Indicador de desempeño 1.1"
    assert [e.text for e in extraction.evidence][:2] == ["Informe 1.1 del grupo de género", "Informe 1.2 del grupo de género"]


@pytest.mark.parametrize("prose", [SPANISH_PROSE, FRENCH_PROSE])
def test_other_documents_are_skipped_in_every_language(prose):
    doc = ParsedDocument("otro.docx", "docx", None, (p("Informe de evaluación final" if prose is SPANISH_PROSE else "Rapport d'évaluation"),
                                                     p("1.1 Contexto", "heading", True), p(prose), p("2.1 Metodología", "heading", True), p(prose)))
    report = extract_document(doc, Path("otro.docx"), "r2").report
    assert report.status == "skipped" and report.language == ("es" if prose is SPANISH_PROSE else "fr")


def test_read_report_finds_spanish_sections():
    read = read_report(_spanish_report())
    assert read.n_sections == 5


# --- the audit's checks on Spanish and French findings ----------------------------------------------------

FIGURES = [
    ("Las mujeres representan el 49 % del personal.", ("mujeres",), "first", (49.0, None)),
    ("Las mujeres representan el 49 por ciento del personal.", ("mujeres",), "first", (49.0, None)),
    ("Les femmes représentent 49 pour cent du personnel.", ("femmes",), "first", (49.0, None)),
    ("Les femmes représentent 49,5\u202f% du personnel.", ("femmes",), "first", (49.5, None)),
    ("En total, 12 de 40 indicadores son sensibles al género.", ("indicador",), "largest_base", (30.0, 40)),
    ("Au total, 38 sur 78 indicateurs mesurent l'égalité des sexes (49 %).", ("indicateur",), "largest_base", (49.0, 78)),
    ("Entre un tercio y la mitad (33 a 50 por ciento) de los indicadores.", ("indicador",), "largest_base", None),
    ("Le personnel compte 1 200 personnes.", ("femmes",), "first", None),
]


@pytest.mark.parametrize(("text", "keywords", "rule", "expected"), FIGURES)
def test_figures_in_spanish_and_french(text, keywords, rule, expected):
    from swapscore.pipeline.audit.figures import figures, pick

    figure = pick(figures(text, keywords), rule)
    assert (None if figure is None else (figure.percent, figure.base)) == expected


def _audit_data(findings: str, rating: str, pi: str, reassessed: bool = True):
    import pandas as pd

    from swapscore.pipeline.audit.checks import AuditData

    reports = pd.DataFrame([{"report_id": "r1", "source_path": "/a.docx", "status": "ok", "framework": "unct-swap-2018",
                             "report_type": "annual", "country": "Peru", "year": 2022, "language": "es"}])
    indicators = pd.DataFrame([{"report_id": "r1", "pi": pi, "rating": rating, "reassessed": reassessed, "page": None,
                                "findings": findings}])
    empty = {name: pd.DataFrame(columns=["report_id", "pi"]) for name in ("evidence", "action_plan")}
    notes = pd.DataFrame(columns=["report_id", "seq", "code", "pi", "message", "page"])
    return AuditData(reports, indicators, empty["evidence"], empty["action_plan"], notes)


@pytest.mark.parametrize(("findings", "fires"), [
    ("Las mujeres representan el 38 por ciento del personal del UNCT.", True),
    ("Les femmes représentent 49 pour cent du personnel de l'équipe de pays.", False),
    ("Les femmes représentent 30 % du personnel de l'équipe de pays.", True),
])
def test_figure_check_on_spanish_and_french_findings(findings, fires):
    from swapscore.pipeline.audit.checks import numeric_criteria

    found = list(numeric_criteria(_audit_data(findings, "meets", "4.3")))
    assert bool(found) is fires


@pytest.mark.parametrize("findings", ["El análisis usa datos de 2016 del censo.", "L'analyse repose sur les données de 2016."])
def test_stale_data_check_reads_spanish_and_french(findings):
    from swapscore.pipeline.audit.checks import stale_data

    (finding,) = stale_data(_audit_data(findings, "meets", "1.1", reassessed=False))
    assert "2016" in finding.message


def test_the_audit_page_labels_each_report_with_its_language():
    import pandas as pd

    from swapscore.pipeline.audit.html import render
    from swapscore.schemas.datasets import INDICATORS, REPORTS

    def frame(dataset, row):  # every column of the dataset, the given ones filled
        return pd.DataFrame([{column.name: row.get(column.name) for column in dataset.columns}])

    reports = frame(REPORTS, {"report_id": "r1", "source_path": "/x/informe-peru.docx", "status": "ok", "country": "Peru",
                              "year": 2022, "report_type": "annual", "source_format": "docx", "language": "es"})
    indicators = frame(INDICATORS, {"report_id": "r1", "pi": "1.1", "rating": "meets", "reassessed": True})
    page = render(reports, indicators, [], ("1.1",))
    assert "Peru 2022 · es · informe-peru.docx" in page


def test_a_french_word_that_is_english_counts_only_in_a_french_report():
    """'Note' is a rating label in French and a remark in English ('layout_own' of the French file)."""
    from swapscore.schemas.language import reading_in

    with reading_in("fr"):
        french = _section(p("Note", bold=True), p("SATISFAIT"), heading="Indicateur de performance 1.1 : Bilan commun de pays")
    english = _section(p("Note", bold=True), p("The team met twice in the year."), heading="PI 1.1 Common Country Analysis")
    assert french.indicator.rating_text == "SATISFAIT"
    assert english.notes == () and "The team met twice in the year." in english.indicator.findings


@pytest.mark.parametrize("text", ["Dimension 2 : Programmation, suivi, evaluation et apprentissage",
                                  "Dimensión 2: Programación, Seguimiento, Evaluación y Aprendizaje"])
def test_the_2023_framework_is_recognized_in_spanish_and_french_with_or_without_accents(text):
    from swapscore.pipeline.regions.metadata import detect_framework

    assert detect_framework(text).id == "unct-swap-2023"


def test_an_english_cue_word_that_is_french_for_something_else_is_left_out_of_french_reports():
    """'Entité chef de file' (the lead entity) heads a progress column, not a file column, in French."""
    from swapscore.pipeline.regions.tables import column_role
    from swapscore.schemas.language import reading_in

    assert column_role("Source file") == "document"
    with reading_in("fr"):
        assert column_role("Entité chef de file") is None
        assert column_role("Pièce justificative") == "document"


@pytest.mark.parametrize(("lines", "joined"), [
    (["indicateurs du Plan-cadre mesurent", "des", "changements"], "indicateurs du Plan-cadre mesurent des changements"),
    (["la igualdad de género en", "los", "programas"], "la igualdad de género en los programas"),
    (["Communication/Advoca", "cy"], "Communication/Advocacy"),  # a broken word's tail still joins
])
def test_a_french_or_spanish_short_word_alone_on_a_line_is_no_broken_word_tail(lines, joined):
    from swapscore.parsers.text import join_lines

    assert join_lines(lines) == joined


def test_a_one_letter_word_the_document_writes_is_no_broken_word_tail():
    """Spanish "y" and French "à" open a cell's next line as words: the document writes them elsewhere."""
    from swapscore.parsers.words import known_words, mend_cell

    known = known_words(["la igualdad de género y el empoderamiento", "UNDERTAKEN IN YEAR 2"])
    assert mend_cell("del Marco de Cooperación\ny que un efecto", known) == "del Marco de Cooperación\ny que un efecto"
    assert mend_cell("ACTIVITIES UNDERTAKE\nN IN YEAR 1", known) == "ACTIVITIES UNDERTAKEN IN YEAR 1"
    assert mend_cell("prioridades de comunicación\ne incidencia", known) == "prioridades de comunicación\ne incidencia"


def test_a_word_broken_after_a_slash_is_mended_with_the_word_the_document_writes():
    """'Comunicación/Incidenci' + 'a' (a narrow category column): 'incidencia' is written whole elsewhere."""
    from swapscore.parsers.words import known_words, mend_cell

    known = known_words(["una campaña conjunta de incidencia en 2024 con socios"])
    assert mend_cell("Comunicación/Incidenci\na", known) == "Comunicación/Incidencia"
    assert mend_cell("Comunicación/Incidencia\na la vez", known) == "Comunicación/Incidencia\na la vez"


def test_a_cell_ending_in_one_lowercase_letter_alone_is_a_broken_word():
    """No document writes 'Incidencia' whole, but a one-letter word never ends a cell: its object would follow.
    A slash pair written whole elsewhere makes each of its words known."""
    from swapscore.parsers.words import known_words, mend_cell

    assert mend_cell("Comunicación/Incidenci\na", set()) == "Comunicación/Incidencia"
    assert mend_cell("Plan de\ny", set()) == "Plan de\ny"  # a short word before it: no word broken
    assert mend_cell("Comunicación/Incidenci\na\nsocios", set()) == "Comunicación/Incidenci\na\nsocios"
    assert "incidencia" in known_words(["Comunicación/Incidencia y otros"])
    assert "n" not in known_words(["N/A in this period"])  # so "UNDERTAKE" / "N IN YEAR 1" is still mended


@pytest.mark.parametrize(("lines", "joined"), [
    (["Enquête lancée en juillet 2024", "; résultats attendus en 2025."], "Enquête lancée en juillet 2024 ; résultats attendus en 2025."),
    (["femmes 2021", ": https://un.org/fr/press-centre"], "femmes 2021 : https://un.org/fr/press-centre"),
    (["la liste des documents", ":"], "la liste des documents :"),
    (["(https://un.org/en/final-version.pdf", ")"], "(https://un.org/en/final-version.pdf)"),  # still glued
    (["campaign: http", "://un.org/en"], "campaign: http://un.org/en"),  # a token broken inside: glued
])
def test_a_french_spaced_semicolon_or_colon_opening_a_line_keeps_the_space_the_break_took(lines, joined):
    """French prints a space before ";" and ":"; a renderer breaks there (never right before one of them
    otherwise), so a line opening with one standing alone followed that space."""
    from swapscore.parsers.text import join_lines

    assert join_lines(lines) == joined


def test_a_word_and_the_spaced_question_mark_after_it_are_one_unit_for_the_fitting_test():
    """Pango does not break before a spaced "?" (UAX #14): "rapport ?" went to the next line whole, so the label
    "... cette année de" / "rapport ?" is one paragraph, though "rapport" alone would have fitted."""
    from swapscore.parsers.layout import Line, PageContent, blocks, first_word

    assert first_word("rapport ? suite") == "rapport ?"
    assert first_word("2024 ; résultats") == "2024 ;"
    assert first_word("rapport ?suite") == "rapport"  # glued to the next word: no spaced mark
    assert first_word("Oui") == "Oui" and first_word("") == ""

    def label(text: str, top: float, x1: float) -> Line:
        word = first_word(text)
        return Line(text=text, page=1, x0=57.0, x1=x1, top=top, bottom=top + 10.0, size=10.0, bold=True, bullet=False,
                    first_word_width=5.0 * len(word))

    body = Line(text="x " * 80, page=1, x0=57.0, x1=538.0, top=200.0, bottom=210.0, size=10.0, bold=False,
                bullet=False, first_word_width=5.0)
    question = [label("Avez-vous réévalué l’indicateur de performance au cours de cette année de", 100.0, 490.0),
                label("rapport ?", 113.0, 102.0)]  # "rapport" (35 pt) fits before 538; "rapport ?" (45 pt) does not
    paragraphs = blocks([PageContent(number=1, height=800.0, items=[*question, body])])
    assert paragraphs[0].text == "Avez-vous réévalué l’indicateur de performance au cours de cette année de rapport ?"


def test_a_tail_with_no_vowel_opening_a_cell_line_ends_the_word_before():
    """'spécifiqueme' / 'nt l’égalité' in a narrow column, 'spécifiquement' written nowhere else: 'nt' has no
    vowel, so it is no word, only the end of one the document never writes whole."""
    from swapscore.parsers.words import mend_cell

    cell = "effet cible\nspécifiqueme\nnt l’égalité"
    assert mend_cell(cell, set()) == "effet cible\nspécifiquement l’égalité"
    assert mend_cell("en 2024\nkm parcourus", set()) == "en 2024\nkm parcourus"  # no word before it
    assert mend_cell("programme\nnt", {"programme"}) == "programme\nnt"  # a word the document writes whole
    assert mend_cell("réunions\ndu GTG", set()) == "réunions\ndu GTG"  # a vowel: a word
    # two consonants no word of English, Spanish or French opens with: the middle of a word
    assert mend_cell("se dirija\nespecíficame\nnte a la igualdad", set()) == "se dirija\nespecíficamente a la igualdad"
    assert mend_cell("de la\npolítica\nnacional", set()) == "de la\npolítica\nnacional"


def test_short_words_of_spanish_and_french_alone_on_a_line_are_no_tail_of_the_word_before():
    from swapscore.parsers.text import join_lines

    assert join_lines(["de desarrollo de", "capacidades", "en", "transversalización"]) == \
        "de desarrollo de capacidades en transversalización"
    assert join_lines(["les allocations", "programmatiques", "et", "le suivi"]) == "les allocations programmatiques et le suivi"


def _report_naming_1_1_its_own_way(with_overview: bool) -> ParsedDocument:
    """PI 1.1 headed with a bare code and a name the framework does not list; the overview table writes the same."""
    overview_table = table(("Indicador", "Calificación", "¿Reevaluado?"),
                           ("1.1 Evaluación común para el país", "Cumple los requisitos mínimos", "Sí"),
                           ("1.2 Resultados del MANUD", "No cumple los requisitos mínimos", "No"),
                           ("1.3 Indicadores del MANUD", "Supera los requisitos mínimos", "No"))
    blocks = [p("Scorecard de igualdad de género ONU-SWAP"), p("Informe anual de progreso 2022 – Perú"),
              *([overview_table] if with_overview else [])]
    for code, name in (("1.1", "Evaluación común para el país"), ("1.2", "Resultados del MANUD")):
        blocks += [p(f"{code} - {name}", "heading", True), p("Calificación: Cumple los requisitos mínimos"), p(SPANISH_PROSE),
                   p("Medios de verificación:", bold=True), p(f"Informe {code} del grupo de género", "list_item")]
    return ParsedDocument("informe.docx", "docx", None, tuple(blocks))


def test_a_bare_code_heading_is_a_pi_heading_when_the_report_s_own_tables_give_that_pi_the_same_name():
    """"1.1 - Evaluación común para el país": the framework lists "Análisis Común de País", the overview writes
    the report's own name beside 1.1. Without that table the heading could be a chapter numbered 1.1."""
    read = read_report(_report_naming_1_1_its_own_way(with_overview=True))
    assert [(e.code, e.text) for e in read.raw.evidence] == [("1.1", "Informe 1.1 del grupo de género"),
                                                            ("1.2", "Informe 1.2 del grupo de género")]
    assert read_report(_report_naming_1_1_its_own_way(with_overview=False)).n_sections == 1


def test_a_word_broken_after_a_french_elision_is_mended_as_the_word_itself():
    """'d’autonomisatio' / 'n des femmes': the word after "d’" is the one broken (one letter left, no word), and
    "l’autonomisation" elsewhere writes "autonomisation" whole."""
    from swapscore.parsers.words import known_words, mend_cell

    assert mend_cell("sexes et\nd’autonomisatio\nn des femmes.", set()) == "sexes et\nd’autonomisation des femmes."
    known = known_words(["le forum sur l’autonomisation économique des femmes"])
    assert "autonomisation" in known
    assert mend_cell("sexes et\nd’autonomisa\ntion des femmes.", known) == "sexes et\nd’autonomisation des femmes."
    assert mend_cell("and it’s\nan issue", {"itsan"}) == "and it’s\nan issue"  # a contraction's end is no word


@pytest.mark.parametrize("value", ["No cumple con los requisitos mínimos", "No satisface los requisitos mínimos"])
def test_a_level_negated_by_no_is_one_value_not_a_choice_between_no_and_the_level(value):
    """Spanish writes "does not meet" as "No cumple": a "no" then a level is the level negated, not two options
    (a form's options are of one kind: levels, or answers)."""
    from swapscore.pipeline.phrases import choice_of

    assert choice_of(value) is None
    assert choice_of("Sí No") is not None and choice_of("Ausente Se aproxima Cumple Supera ☐ ☐ ☒ ☐") is not None
    heading = p("1.2 - Resultados del MANUD", "heading", True)
    values = sections.read(sections.Section(heading, "1.2", "Resultados del MANUD",
                                            (p("Calificación 2019: No cumple con los requisitos mínimos"), p("Reevaluado: No"))))
    assert values.indicator.rating_text == "No cumple con los requisitos mínimos" and not values.notes


@pytest.mark.parametrize(("cell", "mended"), [
    ("Recopilar\nperiódicamen\nte datos de paridad", "Recopilar\nperiódicamente datos de paridad"),  # "mente"
    ("intégrer\nsystématiquem\nent le genre", "intégrer\nsystématiquement le genre"),  # "ment"
    ("el informe del\nexamen\nte ayuda", "el informe del\nexamen\nte ayuda"),  # "examen" is written whole
    ("Recopilar\nperiódicamen\nto datos", "Recopilar\nperiódicamen\nto datos"),  # "to" ends no "mente"
])
def test_a_common_ending_a_narrow_column_cut_is_one_word(cell, mended):
    """'periódicamente' written nowhere whole, its head no word the document writes, its tail the last letters of
    "mente" (languages/es.json ``word_endings``): one word broken by the column's edge."""
    from swapscore.parsers.words import known_words, mend_cell

    known = known_words(["el examen de la estrategia se publicó", "datos de paridad de género"])
    assert mend_cell(cell, known) == mended


def test_a_french_adjective_broken_inside_its_ending_is_one_word_but_a_word_of_its_own_stays():
    from swapscore.parsers.words import known_words, mend_cell

    known = known_words(["les femmes et les hommes"])
    assert mend_cell("les allocations\nprogrammati\nques en faveur", known) == "les allocations\nprogrammatiques en faveur"
    assert mend_cell("les agences, ainsi\nque les femmes", known) == "les agences, ainsi\nque les femmes"  # "que" is a word
