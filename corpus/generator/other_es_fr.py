"""Spanish and French documents that are not UNCT-SWAP scorecards, for the not-a-scorecard check.

Each is the kind of document a Spanish- or French-speaking country team files
beside its scorecard and that uses the scorecard's words: a gender-equality
strategy progress report with numbered results, indicators, a rating column
("Cumple", "Supera", "Se aproxima"), means of verification and an action plan;
a UN country results report that mentions the UNCT-SWAP scorecard and its
Cooperation Framework outcomes and indicators.  Neither has the scorecard's 15
performance indicators, so both must be skipped.  The wording is the
project's own, in the voice of the sources listed in ``wordings_es.py`` and
``wordings_fr.py``.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from swapscore.corpus.generator.render_pdf import CELL, CELL_BOLD, GRID, H1, H2, _p


def render_strategy_report_es(spec: dict, path: Path) -> None:
    """A country office's progress report on its gender-equality strategy (Spanish, DOCX)."""
    country, year = spec["country"], spec["year"]
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(f"Estrategia de Igualdad de Género {year - 1}–{year + 2}: Informe de progreso {year}", 0)
    document.add_paragraph(f"Oficina de País en {country}")
    document.add_paragraph(
        f"Este informe presenta los avances de la oficina de país en {country} en la implementación de su Estrategia "
        "de Igualdad de Género y Empoderamiento de las Mujeres. La estrategia contribuye al Marco de Cooperación de "
        "las Naciones Unidas para el Desarrollo Sostenible y a los informes de la entidad sobre el Plan de Acción "
        "para todo el sistema (ONU-SWAP).")
    document.add_heading("1. Avances por resultado", 1)
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Resultado", "Indicador", "Línea de base", f"Meta {year}",
                                                f"Avance {year}", "Calificación")):
        cell.text = text
    for row in _STRATEGY_ROWS:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_heading("2. Medios de verificación", 1)
    for item in (f"Informe anual de la oficina de país {year}", f"Encuesta de clima laboral {year}",
                 "Registro de capacitaciones del personal", "Actas del comité de género"):
        document.add_paragraph(item, style="List Number")
    document.add_heading(f"3. Plan de acción {year + 1}", 1)
    plan = document.add_table(rows=1, cols=3)
    plan.style = "Table Grid"
    for cell, text in zip(plan.rows[0].cells, ("Acción", "Responsable", "Plazo")):
        cell.text = text
    for row in (("Actualizar el protocolo contra el acoso sexual", "Recursos Humanos", f"marzo de {year + 1}"),
                ("Incluir un indicador de género en cada proyecto nuevo", "Programas", f"junio de {year + 1}"),
                ("Capacitar al personal directivo en liderazgo inclusivo", "Dirección", f"diciembre de {year + 1}")):
        for cell, text in zip(plan.add_row().cells, row):
            cell.text = text
    document.add_paragraph(
        "La oficina cumple con la mayoría de las metas previstas; la paridad en los puestos directivos se aproxima a "
        "la meta y será prioridad el próximo año.")
    document.save(str(path))


_STRATEGY_ROWS = (
    ("1.1 Políticas internas", "Protocolo contra el acoso sexual aprobado", "No", "Sí", "Sí", "Cumple"),
    ("1.2 Paridad", "Porcentaje de mujeres en puestos directivos", "35 %", "50 %", "45 %", "Se aproxima"),
    ("2.1 Capacidades", "Personal capacitado en género", "40 %", "80 %", "92 %", "Supera"),
    ("2.2 Programas", "Proyectos con marcador de género 2 o 3", "30 %", "60 %", "61 %", "Cumple"),
    ("3.1 Alianzas", "Organizaciones de mujeres socias", "4", "8", "5", "Se aproxima"),
)


def render_results_report_fr(spec: dict, path: Path) -> None:
    """A UN country team's annual results report (French, reportlab PDF) that mentions the scorecard."""
    country, year = spec["country"], spec["year"]
    story = [
        _p(f"Rapport annuel sur les résultats des Nations Unies – {country} {year}", H1),
        _p("Système des Nations Unies pour le développement", H2),
        _p(f"En {year}, l’équipe de pays des Nations Unies a poursuivi la mise en œuvre du Plan-cadre de coopération "
           "des Nations Unies pour le développement durable avec le Gouvernement et ses partenaires. Ce rapport "
           "présente les principaux résultats obtenus au titre des effets du Plan-cadre."),
        _p("1. Résultats par effet du Plan-cadre de coopération", H2),
    ]
    header = ("Effet", "Indicateur", "Valeur de référence", "Cible", f"Résultat {year}", "Statut")
    rows = [[_p(c, CELL_BOLD) for c in header], *([_p(c, CELL) for c in row] for row in _RESULTS_ROWS)]
    story.append(Table(rows, style=GRID, colWidths=[90, 125, 65, 45, 60, 70]))
    story += [
        _p("2. Égalité des sexes et autonomisation des femmes", H2),
        _p(f"En {year}, l’équipe de pays a réalisé l’évaluation annuelle du tableau de bord UNCT-SWAP sur l’égalité "
           "des sexes : elle satisfait aux exigences minimales ou les dépasse pour dix des quinze indicateurs de "
           "performance. Le rapport d’évaluation et le plan d’action sont publiés séparément."),
        _p("3. Financement du Plan-cadre", H2),
        _p(f"Les ressources mobilisées en {year} ont atteint 84 pour cent du budget prévu."),
        _p("4. Perspectives", H2),
        _p("L’équipe de pays renforcera la programmation conjointe et le suivi des indicateurs ventilés par sexe."),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


_RESULTS_ROWS = (
    ("Effet 1 : Gouvernance", "Taux de participation des femmes aux élections locales", "18 %", "30 %", "24 %",
     "Partiellement atteint"),
    ("Effet 2 : Capital humain", "Taux d’achèvement du primaire (filles)", "61 %", "75 %", "76 %", "Atteint"),
    ("Effet 3 : Croissance inclusive", "Part des femmes bénéficiant du crédit", "22 %", "35 %", "23 %", "Non atteint"),
    ("Effet 4 : Résilience", "Communes dotées d’un plan de réduction des risques", "12", "40", "41", "Atteint"),
)
