"""Spanish wordings for the random report generator: the same names as ``wordings.py``, in Spanish.

Written apart from the extractor (nothing under pipeline/, parsers/,
schemas/vocabulary.json, schemas/layout.json or schemas/frameworks/ was read
to write them), like the English catalogue, so that a Spanish draw can reveal
wording the extractor does not know yet.

Where the wordings come from
----------------------------
No official Spanish version of the 2018 UNCT-SWAP Scorecard Technical
Guidance or of its reporting templates was found with the search tool (corpora
docs, pages, code).  What was found, and used:

* [GUIA2008] "UNCT: Indicadores del desempeño relativo a la igualdad de
  género. Guía del Usuario", Equipo de Trabajo del GNUD sobre igualdad de
  género, junio de 2008 (studylib.es/doc/8706424): the Spanish of the
  scorecard's predecessor: "cuadro de calificaciones", "Dimensiones e
  indicadores", "Cómo calificar", "Seguimiento de las calificaciones",
  "se satisfacen o no se satisfacen los estándares mínimos".
* [MC2019] "Marco de Cooperación de las Naciones Unidas para el Desarrollo
  Sostenible – Directrices internas", 3 de junio de 2019, and its "Anexos
  consolidados" (fdocuments.ec / fdocuments.es): "Marco de Cooperación",
  "Análisis común de las Naciones Unidas sobre el país", "planes de trabajo
  conjuntos", "equipo de las Naciones Unidas en el país", "Fecha".
* [MANUD2010] "Cómo preparar un MANUD, Parte II: Guía técnica para los equipos
  de país de las Naciones Unidas", enero de 2010 (studylib.es): "MANUD",
  "Equipo de País de las Naciones Unidas (EPNU o UNCT por sus siglas en
  inglés)", "SyE", "evaluación común para el país".
* [ONUSIDA2019] UNAIDS feature story "ONUSIDA sigue a la cabeza en lo
  referente a la implementación de ONU-SWAP", 10 de septiembre de 2019:
  "indicadores de rendimiento", "cumplir, e incluso superar".
* [ONUMUJERES] unwomen.org/es "Promover la rendición de cuentas de las Naciones
  Unidas": "normas comunes de rendimiento", "indicadores de rendimiento".
* [MDGF2010] Reporte de Seguimiento MDGF 1746, Colombia (doczz.es): dates as
  "15 Julio2010", "04 de Junio de 2008", "Periodo del Informe: Enero a Junio
  2010", "Fecha de Presentación".
* [UNODC2019] "Estrategia para la igualdad de género y el empoderamiento de
  las mujeres (2018–2021)", ONUV/UNODC (es.readkong.com): vocabulary of the
  narrative ("igualdad de género y el empoderamiento de las mujeres",
  "incorporación de una perspectiva de género").

Everything marked "translated" below is the project's own Spanish for an
English entry of ``wordings.py``, with the variants a Spanish-speaking
consultant or a country team would plausibly write (with and without accents,
"requisitos" and "requerimientos", Marco de Cooperación and MANUD, IGEM for
GEWE).  Placeholders and character set as in ``wordings.py``.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Indicator headings
# ---------------------------------------------------------------------------

# Translated; "indicador de desempeño" from [GUIA2008], "indicador de
# rendimiento" from [ONUSIDA2019] / [ONUMUJERES]; unaccented capitals as typed
# by consultants.
HEADING_PREFIXES: tuple[str, ...] = (
    "Indicador de desempeño",
    "INDICADOR DE DESEMPEÑO",
    "INDICADOR DE DESEMPENO",
    "Indicador",
    "INDICADOR",
    "ID",
    "Indicador de rendimiento",
    "PI",
    "",
    "Indicador UNCT-SWAP",
    "Indicador N.º",
    "Indicador de Desempeño (ID)",
)

HEADING_SEPARATORS: tuple[str, ...] = (" ", ": ", " – ", ". ", " | ", " - ")

# ---------------------------------------------------------------------------
# Indicator names
# ---------------------------------------------------------------------------

# Full titles, one per PI (translated).  "Análisis común sobre el país" and
# "planes de trabajo conjuntos" from [MC2019]; IGEM = igualdad de género y
# empoderamiento de las mujeres.
PI_TITLES: dict[str, str] = {
    "1.1": "Análisis Común de País",
    "1.2": "Efectos del Marco de Cooperación",
    "1.3": "Indicadores del Marco de Cooperación",
    "2.1": "Programas Conjuntos",
    "2.2": "Comunicación e Incidencia",
    "2.3": "Seguimiento y Evaluación del Marco de Cooperación",
    "3.1": "Colaboración con el Gobierno",
    "3.2": "Colaboración con Organizaciones de la Sociedad Civil de IGEM",
    "4.1": "Liderazgo",
    "4.2": "Cultura Organizacional",
    "4.3": "Paridad de Género",
    "5.1": "Mecanismo de Coordinación de Género",
    "5.2": "Capacidades para la Transversalización de Género",
    "6.1": "Recursos Financieros",
    "7.1": "Resultados en IGEM",
}

# Translated; variants as in wordings.PI_SHORT_NAMES ("resultados" and
# "efectos" both render "outcomes" in UN Spanish).
PI_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "1.1": ("Análisis Común de País", "CCA", "Análisis Común de País (ACP)", "Análisis común sobre el país"),
    "1.2": ("Resultados del Marco de Cooperación", "Efectos del Marco de Cooperación", "Efectos del UNSDCF",
            "Resultados del Marco de Cooperacion"),
    "1.3": ("Indicadores del Marco de Cooperación", "Indicadores del UNSDCF", "Indicadores del MC"),
    "2.1": ("Programas Conjuntos", "Programación Conjunta", "Programas conjuntos"),
    "2.2": ("Comunicación e Incidencia", "Comunicación y Promoción", "Comunicación e incidencia política"),
    "2.3": ("SyE del Marco de Cooperación", "Seguimiento y Evaluación", "Monitoreo y Evaluación del Marco de Cooperación",
            "M&E del Marco de Cooperación"),
    "3.1": ("Colaboración con el Gobierno", "Participación del Gobierno", "Gobierno"),
    "3.2": ("Colaboración con OSC de IGEM", "Colaboración con la sociedad civil", "Participación de las OSC",
            "Colaboración con organizaciones de mujeres"),
    "4.1": ("Liderazgo", "Liderazgo para la igualdad de género"),
    "4.2": ("Cultura Organizacional", "Cultura organizativa"),
    "4.3": ("Paridad de Género", "Paridad de género en el personal"),
    "5.1": ("Mecanismo de Coordinación de Género", "Grupo Interagencial de Género", "Grupo Temático de Género"),
    "5.2": ("Capacidades de Género", "Capacidades para la transversalización de género", "Desarrollo de capacidades"),
    "6.1": ("Recursos Financieros", "Asignación y seguimiento de recursos", "Recursos"),
    "7.1": ("Resultados en IGEM", "Resultados en igualdad de género", "Resultados"),
}

# UNDAF-era names: MANUD = Marco de Asistencia de las Naciones Unidas para el
# Desarrollo [MANUD2010]; "evaluación común para el país" is [MANUD2010]'s CCA.
PI_OLD_NAMES: dict[str, tuple[str, ...]] = {
    "1.1": ("Evaluación Común de País", "Evaluación común para el país"),
    "1.2": ("Efectos del MANUD", "Resultados del MANUD"),
    "1.3": ("Indicadores del MANUD",),
    "2.3": ("SyE del MANUD", "Seguimiento y Evaluación del MANUD", "Monitoreo y Evaluación del MANUD"),
    "3.2": ("Colaboración con OSC de mujeres",),
}

# Translated from the dimension names; [GUIA2008] speaks of "dimensiones".
DIMENSION_NAME_VARIANTS: dict[int, tuple[str, ...]] = {
    1: ("Planificación", "PLANIFICACIÓN", "Planificacion"),
    2: ("Programación y SyE", "Programación y Seguimiento y Evaluación", "Programación y Monitoreo y Evaluación"),
    3: ("Alianzas", "ALIANZAS", "Asociaciones"),
    4: ("Liderazgo y Cultura Organizacional", "Liderazgo y cultura organizativa"),
    5: ("Arquitectura de Género y Capacidades", "Coordinación de género y capacidades"),
    6: ("Recursos Financieros", "Recursos"),
    7: ("Resultados", "RESULTADOS"),
}

DIMENSION_2_NAMES_2023: tuple[str, ...] = (
    "Programación, Seguimiento, Evaluación y Aprendizaje",
    "Programación, Monitoreo, Evaluación y Aprendizaje",
)

DIMENSION_HEADING_PREFIXES: tuple[str, ...] = ("Dimensión", "DIMENSIÓN", "DIMENSION", "Área de dimensión", "Área", "")

# ---------------------------------------------------------------------------
# Ratings
# ---------------------------------------------------------------------------

# Translated.  "Cumplir, e incluso superar" [ONUSIDA2019]; "estándares
# mínimos" [GUIA2008]; "requerimientos" and unaccented "minimos" are the
# variants consultants type.
RATING_WORDS: dict[str, tuple[str, ...]] = {
    "missing": (
        "No cumple con los requisitos mínimos",
        "Requisitos mínimos ausentes",
        "NO CUMPLE CON LOS REQUISITOS MÍNIMOS",
        "No cumple los requerimientos mínimos",
        "Ausente",
        "AUSENTE",
    ),
    "approaches": (
        "Se aproxima a los requisitos mínimos",
        "Se acerca a los requisitos mínimos",
        "SE APROXIMA A LOS REQUISITOS MÍNIMOS",
        "Se aproxima a los requerimientos mínimos",
        "Se aproxima a los requisitos minimos",
        "Aproximándose a los requisitos mínimos",
        "Se aproxima",
        "APROXIMA",
    ),
    "meets": (
        "Cumple con los requisitos mínimos",
        "Cumple los requisitos mínimos",
        "CUMPLE CON LOS REQUISITOS MÍNIMOS",
        "Cumple con los requerimientos mínimos",
        "Cumple con los estándares mínimos",
        "Cumple",
        "CUMPLE",
    ),
    "exceeds": (
        "Supera los requisitos mínimos",
        "Excede los requisitos mínimos",
        "SUPERA LOS REQUISITOS MÍNIMOS",
        "Supera los requerimientos mínimos",
        "Excede los estandares minimos",
        "Supera",
        "EXCEDE",
    ),
    "not_applicable": ("No aplica", "No aplicable", "NO APLICA", "N/A", "No procede"),
}

# Translated; "calificación" / "calificar" from [GUIA2008].
RATING_LABELS: tuple[str, ...] = (
    "Calificación",
    "Nivel de calificación",
    "Puntuación",
    "Puntaje",
    "Valoración",
    "Calificación obtenida",
    "Calificación del UNCT",
    "Calificación final",
    "Nivel de desempeño",
    "Calificacion",
    "Calificación {year}",
    "Calificación en {year}",
    "Puntuación ({year})",
)

RATING_SENTENCES: tuple[str, ...] = (
    "La calificación del UNCT para este indicador es {rating}.",
    "La calificación del UNCT para el indicador de desempeño {code} es “{rating}”.",
    "El indicador de desempeño {code} ({name}) fue calificado como {rating}.",
    "Sobre la base de la evidencia revisada, el Equipo Interagencial de Evaluación calificó el indicador {code} como “{rating}”.",
    "En general, la calificación del indicador {code}, {name}, es {rating}.",
    "Para {name} (indicador {code}) el UNCT obtuvo la calificación “{rating}”.",
    "Calificación acordada para el indicador {code}: {rating}.",
    "El equipo de evaluación acordó la calificación «{rating}» para {name}.",
    "Como resultado, el indicador {code} recibe la calificación {rating}.",
    "El indicador {code} ({name}) se mantiene en “{rating}”.",
)

# ---------------------------------------------------------------------------
# Reassessment flag
# ---------------------------------------------------------------------------

# Translated from the reference's "Did you reassess the Performance Indicator
# in this reporting year".
REASSESSED_LABELS: tuple[str, ...] = (
    "¿Se reevaluó el indicador de desempeño en este año del informe?",
    "¿Reevaluó el indicador de desempeño en este año de reporte?",
    "Reevaluado",
    "Re-evaluado",
    "¿Reevaluado?",
    "Reevaluado este año",
    "Reevaluado en el año del informe",
    "¿Se reevaluó este indicador en {year}?",
    "Indicador reevaluado en {year}",
    "Reevaluado en {year}",
    "Actualizado en este periodo de reporte",
    "Reevaluado (Sí/No)",
)

YES_WORDS: tuple[str, ...] = ("Sí", "SÍ", "Si", "sí", "Sí, reevaluado", "Sí – reevaluado en este año")
NO_WORDS: tuple[str, ...] = (
    "No",
    "NO",
    "no",
    "No reevaluado",
    "No – se mantiene la calificación del año anterior",
    "No (calificación del año anterior)",
)

# ---------------------------------------------------------------------------
# Indicator box parts
# ---------------------------------------------------------------------------

FINDINGS_LABELS: tuple[str, ...] = (
    "Hallazgos y explicación",
    "Hallazgos y Explicación",
    "HALLAZGOS Y EXPLICACIÓN",
    "Hallazgos",
    "Explicación",
    "Justificación",
    "Justificación de la calificación",
    "Hallazgos y justificación",
    "Principales hallazgos",
    "Conclusiones de la evaluación",
)

# "Medios de verificación" is the usual Spanish of the logframe term.
MOV_LABELS: tuple[str, ...] = (
    "Medios de verificación",
    "Lista de medios de verificación",
    "MEDIOS DE VERIFICACIÓN",
    "Medios de Verificacion",
    "Medios de verificación (MdV)",
    "Evidencia o medios de verificación",
    "Fuentes de verificación",
    "Evidencias",
    "Documentos revisados",
    "Fuentes de evidencia",
)

SUPPORTING_TITLES: tuple[str, ...] = (
    "Evidencia de respaldo",
    "EVIDENCIA DE RESPALDO",
    "Evidencias de apoyo",
    "Documentos de respaldo",
    "Anexo: Documentos de respaldo",
    "Anexo 1: Evidencia de apoyo",
    "Lista de evidencias",
    "Evidencia de respaldo por indicador de desempeño",
    "Documentos de soporte cargados en la plataforma UNCT-SWAP",
)

EVIDENCE_CATEGORY_HEADERS: tuple[str, ...] = ("Categoría", "CATEGORÍA", "Categoria", "Tipo de evidencia",
                                              "Tipo de documento", "Categoría del documento")
EVIDENCE_DOCUMENT_HEADERS: tuple[str, ...] = ("Documentos", "Documento", "DOCUMENTOS", "Título del documento",
                                              "Nombre del archivo", "Documento de respaldo")
EVIDENCE_INDICATOR_HEADERS: tuple[str, ...] = ("Indicador", "ID", "Indicador de desempeño",
                                               "Vínculo con el indicador de desempeño", "Indicador relacionado",
                                               "N.º de indicador")

# Translated from the reference's categories and the English extras.
EVIDENCE_CATEGORIES: tuple[str, ...] = (
    "Documentos de programas conjuntos",
    "Comunicación/Incidencia",
    "Colaboración con el Gobierno",
    "Colaboración con OSC de IGEM",
    "Comunicaciones de la Coordinación Residente",
    "Desarrollo de capacidades",
    "Recursos financieros",
    "Revisiones del Marco de Cooperación/datos de seguimiento",
    "Otros",
    "Análisis Común de País",
    "Documentos del Marco de Cooperación",
    "Planes de trabajo del UNCT",
    "Planes de trabajo conjuntos",
    "Encuestas",
    "Informes",
    "Políticas",
    "Actas de reuniones",
    "Términos de referencia",
    "Datos de paridad de género",
    "Evaluaciones",
)

# ---------------------------------------------------------------------------
# Overview table
# ---------------------------------------------------------------------------

OVERVIEW_TITLES: tuple[str, ...] = (
    "Tabla 1: Resumen de resultados del Scorecard UNCT-SWAP",
    "Cuadro 1: Calificaciones por indicador de desempeño",
    "Resumen de calificaciones",
    "Panorama de los indicadores de desempeño reevaluados y de sus calificaciones",
    "Resultados por indicador de desempeño",
    "Resumen de hallazgos por dimensión",
    "Resultados del UNCT-SWAP de un vistazo",
    "Resumen de resultados acumulados del UNCT-SWAP en {year}",
)

OVERVIEW_INDICATOR_HEADERS: tuple[str, ...] = ("Indicador", "Indicador de desempeño", "ID", "INDICADOR")
OVERVIEW_RATING_HEADERS: tuple[str, ...] = ("Calificación", "Nivel de calificación", "Puntuación", "CALIFICACIÓN",
                                            "Calificación actual", "Calificación {year}")
OVERVIEW_REASSESSED_HEADERS: tuple[str, ...] = ("Reevaluado", "Re-evaluado", "¿Reevaluado?", "Reevaluado este año",
                                                "REEVALUADO")
OVERVIEW_DIMENSION_HEADERS: tuple[str, ...] = ("Dimensión", "Área", "DIMENSIÓN", "Dimension")
OVERVIEW_CODE_HEADERS: tuple[str, ...] = ("N.º", "Código", "#", "ID")

# ---------------------------------------------------------------------------
# Action plan
# ---------------------------------------------------------------------------

ACTION_PLAN_TITLES: tuple[str, ...] = (
    "Plan de acción",
    "PLAN DE ACCIÓN",
    "Plan de Acción UNCT-SWAP",
    "Plan de acción actualizado",
    "Seguimiento de la implementación del plan de acción",
    "Anexo: Plan de acción UNCT-SWAP",
    "Plan de Accion",
    "Plan de acción del Equipo de País de las Naciones Unidas en {country}",
)

ACTION_INDICATOR_HEADERS: tuple[str, ...] = ("Vínculo con el indicador de desempeño", "Indicador de desempeño",
                                             "Indicador", "ID", "Indicador relacionado")
ACTION_ACTION_HEADERS: tuple[str, ...] = ("Acciones", "Acciones propuestas", "Puntos de acción", "ACCIONES",
                                          "Acciones acordadas", "Acciones recomendadas", "Acción", "Medidas a adoptar")
ACTION_DIMENSION_HEADER = "Dimensión"
ACTION_NUMBER_HEADER = "N.º"

# Translated from the reference's "ACTIVITIES UNDERTAKEN IN YEAR 1..4" and the
# English sets; one set of each size 1-4 at least.
ACTION_PROGRESS_COLUMN_SETS: tuple[tuple[str, ...], ...] = (
    ("ACTIVIDADES REALIZADAS EN EL AÑO 1", "ACTIVIDADES REALIZADAS EN EL AÑO 2",
     "ACTIVIDADES REALIZADAS EN EL AÑO 3", "ACTIVIDADES REALIZADAS EN EL AÑO 4"),
    ("ACTIVIDADES REALIZADAS EN EL AÑO 1", "ACTIVIDADES REALIZADAS EN EL AÑO 2", "ACTIVIDADES REALIZADAS EN EL AÑO 3"),
    ("Actividades realizadas en el año 1", "Actividades realizadas en el año 2"),
    ("Responsable", "Plazo", "Estado"),
    ("Entidad líder", "Cronograma", "Recursos", "Avance en {year}"),
    ("Entidades responsables", "Fecha límite"),
    ("Avance a la fecha",),
    ("Estado de avance",),
    ("Estado en {year}", "Comentarios"),
    ("Responsabilidad", "Periodo", "Indicador de avance"),
    ("Quién", "Cuándo", "Estado de implementación"),
    ("Líder", "Apoyo", "Fecha prevista", "Estado"),
)

# A row label that names the PI by code only (English: "PI {code}").
PI_CODE_LABELS: tuple[str, ...] = ("ID {code}", "Indicador {code}")

# ---------------------------------------------------------------------------
# Cover
# ---------------------------------------------------------------------------

# Translated.  Annual titles say anual / progreso / avance and nothing
# comprehensive; comprehensive titles say integral / exhaustiva / línea de base
# and nothing annual.  "Scorecard" is kept in English by many teams;
# "cuadro de calificaciones" is [GUIA2008]'s name.
REPORT_TITLES: dict[str, tuple[str, ...]] = {
    "annual": (
        "Scorecard de Igualdad de Género UNCT-SWAP: Informe anual de progreso y Plan de acción",
        "SCORECARD DE IGUALDAD DE GÉNERO UNCT-SWAP – INFORME DE PROGRESO ANUAL",
        "Informe de progreso anual {year} del Scorecard UNCT-SWAP",
        "{country}: Informe anual de avance del UNCT-SWAP {year}",
        "Cuadro de calificaciones de igualdad de género UNCT-SWAP – Informe anual {year}",
        "Evaluación anual de progreso del UNCT-SWAP y Plan de acción actualizado, {year}",
        "Informe anual de progreso sobre el Scorecard de Género del SNU en {country}, {year}",
    ),
    "comprehensive": (
        "Scorecard de Igualdad de Género UNCT-SWAP: Evaluación integral {year}",
        "SCORECARD DE IGUALDAD DE GÉNERO UNCT-SWAP – EVALUACIÓN INTEGRAL Y PLAN DE ACCIÓN",
        "Informe de evaluación integral del UNCT-SWAP, {country} {year}",
        "Evaluación exhaustiva del Scorecard de Igualdad de Género UNCT-SWAP – {country}, {year}",
        "Evaluación de línea de base del UNCT-SWAP: resultados y plan de acción, {year}",
        "Cuadro de calificaciones UNCT-SWAP: Evaluación integral de los 15 indicadores de desempeño, {year}",
    ),
}

REPORT_TYPE_LINES: dict[str, tuple[str, ...]] = {
    "annual": (
        "Tipo de informe: Informe anual de progreso",
        "Tipo de evaluación: Evaluación anual de progreso",
        "Tipo de reporte: Informe de avance anual",
        "INFORME ANUAL DE PROGRESO",
    ),
    "comprehensive": (
        "Tipo de informe: Evaluación integral",
        "Tipo de evaluación: Evaluación exhaustiva (línea de base)",
        "Tipo de reporte: Informe integral (los 15 indicadores)",
        "EVALUACIÓN INTEGRAL",
    ),
}

# "Equipo de País de las Naciones Unidas" [MANUD2010]; SNU = Sistema de las
# Naciones Unidas.
COUNTRY_TEAM_LINES: tuple[str, ...] = (
    "Equipo de País de las Naciones Unidas en {country}",
    "Equipo de las Naciones Unidas en {country}",
    "UNCT {country}",
    "Sistema de las Naciones Unidas en {country}",
    "Equipo de País del Sistema de Naciones Unidas, {country}",
    "EPNU {country}",
)

# Must contain {year}.
REPORTING_YEAR_LINES: tuple[str, ...] = ("Año del informe: {year}", "Periodo del informe: enero a diciembre de {year}")

# Cover date lines; {date} is a day, month name and year [MDGF2010].
DATE_LINES: tuple[str, ...] = ("Fecha: {date}", "Fecha de presentación: {date}", "{date}")
DATE_FORMATS: tuple[str, ...] = ("{day} de {month} de {year}", "{day} de {Month} de {year}", "{Month} de {year}")
MONTHS: tuple[str, ...] = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                           "octubre", "noviembre", "diciembre")

RUNNING_TITLE = "Scorecard UNCT-SWAP {country} {year}"
PAGE_WORD = "Página"

SECTION_TITLES: tuple[str, ...] = ("Evaluación por indicador de desempeño", "Hallazgos detallados",
                                   "Hallazgos por indicador", "Resultados del Scorecard", "Resultados de la evaluación")

INTRO = ("Este informe presenta la autoevaluación del Equipo de País de las Naciones Unidas en {country} con respecto "
         "a los indicadores de desempeño del Scorecard de Igualdad de Género UNCT-SWAP, con la evidencia revisada y "
         "las acciones acordadas para el próximo año.")

# Local names of countries whose Spanish name differs from the canonical
# English one (schemas/countries.json); the truth keeps the canonical name.
COUNTRY_NAMES: dict[str, str] = {
    "Algeria": "Argelia", "Belize": "Belice", "Benin": "Benín", "Bolivia": "Bolivia (Estado Plurinacional de)",
    "Brazil": "Brasil", "Cameroon": "Camerún", "Central African Republic": "República Centroafricana",
    "Chad": "Chad", "Comoros": "Comoras", "Côte d'Ivoire": "Côte d'Ivoire",
    "Democratic Republic of the Congo": "República Democrática del Congo", "Dominican Republic": "República Dominicana",
    "Egypt": "Egipto", "Equatorial Guinea": "Guinea Ecuatorial", "Ethiopia": "Etiopía", "Haiti": "Haití",
    "Jordan": "Jordania", "Kazakhstan": "Kazajstán", "Lebanon": "Líbano", "Mexico": "México",
    "Morocco": "Marruecos", "Mauritania": "Mauritania", "Moldova": "República de Moldova", "Panama": "Panamá",
    "Peru": "Perú", "Philippines": "Filipinas", "Senegal": "Senegal", "Tunisia": "Túnez", "Türkiye": "Türkiye",
    "Ukraine": "Ucrania", "Venezuela": "Venezuela (República Bolivariana de)", "Viet Nam": "Viet Nam",
    "Cabo Verde": "Cabo Verde", "Afghanistan": "Afganistán", "Iraq": "Iraq", "Syrian Arab Republic": "República Árabe Siria",
    "Sao Tome and Principe": "Santo Tomé y Príncipe", "Trinidad and Tobago": "Trinidad y Tabago",
    "Saint Lucia": "Santa Lucía", "Guinea-Bissau": "Guinea-Bissau", "South Africa": "Sudáfrica", "Kenya": "Kenya",
    "Uzbekistan": "Uzbekistán", "Kyrgyzstan": "Kirguistán", "Tajikistan": "Tayikistán", "Pakistan": "Pakistán",
}

# ---------------------------------------------------------------------------
# Evidence items (translated in the voice of wordings.py's lists)
# ---------------------------------------------------------------------------

# Placeholders as in wordings.MOV_ITEM_TEMPLATES, plus {date} (a date with the
# month written out) and {month}.
MOV_ITEM_TEMPLATES: tuple[str, ...] = (
    "Plan de trabajo anual del Grupo Interagencial de Comunicación {year}",
    "Plan de trabajo anual del Grupo Interagencial de Género {year}",
    "Términos de referencia del Grupo Interagencial de Género (revisados en {year})",
    "Análisis Común de País, actualización {prev_year}",
    "Marco de Resultados del Marco de Cooperación {year}-{next_year}",
    "Plan de Trabajo Conjunto {year}-{next_year}",
    "Informe anual de resultados del Marco de Cooperación ({prev_year})",
    "Tablero de UN-INFO {country}",
    "Informe de resultados del SNU en el país {prev_year}: https://{cc}.un.org/es/resources/publications",
    "Actas de las reuniones del UNCT con la igualdad de género como punto permanente de la agenda ({year})",
    "Términos de referencia de los Grupos de Resultados del Marco de Cooperación",
    "Resultados de la encuesta de cultura organizacional, {year}",
    "Tabla de paridad de género de las agencias del SNU en {country}, a diciembre de {year}",
    "Agenda y lista de participantes del taller interagencial sobre transversalización de género, {date}",
    "Examen Nacional Voluntario de {country} sobre la implementación de los ODS ({url})",
    "Declaración conjunta del SNU en {country} por el Día Internacional de la Mujer {year}: https://{cc}.un.org/es/press-centre",
    "Materiales de la campaña de los 16 días de activismo contra la violencia de género y publicaciones en redes sociales ({url})",
    "Estrategia Conjunta de Comunicación del UNCT {prev_year}-{next_year}",
    "Informe confidencial del UNCT al Comité CEDAW",
    "Documento del Programa Conjunto e informe anual de avance {prev_year}",
    "Agenda y presentación de la capacitación sobre el Marcador de Igualdad de Género, {month} de {year}",
    "Exportación de UN INFO de los subproductos del Plan de Trabajo Conjunto con códigos del Marcador de Género",
    "Acta de la reunión ampliada del Grupo Interagencial de Género del {date}",
    "Lista de participantes de la consulta con OSC sobre el Análisis Común de País",
    "Informe de la revisión de medio término del Marco de Cooperación ({year})",
    "Informe final de la evaluación independiente del MANUD",
    "Plan de Acción PEAS {year} y Procedimientos Operativos Estándar",
    "Evaluación Rápida de Género sobre el impacto de la COVID-19 en {country}",
    "Análisis de presupuesto con enfoque de género de los Planes de Trabajo Conjuntos {year}",
    "Acta del retiro del UNCT que acordó una meta financiera para IGEM ({date})",
    "Plan de Acción Nacional sobre la Resolución 1325 (borrador apoyado por el UNCT)",
    "Paquete de inducción del UNCT para el nuevo personal, sección sobre igualdad de género",
    "Informes anuales de los Grupos de Resultados {year}",
    "Comunicado de prensa sobre la campaña conjunta de incidencia: {url}",
    "Matriz de resultados del Marco de Cooperación con indicadores desagregados por sexo",
    "Discurso de la Coordinadora Residente en el foro nacional sobre empoderamiento económico de las mujeres, {year} (https://{cc}.un.org/es/discursos)",
    "Encuesta de capacidades del personal del SNU en transversalización de género (resumen de resultados)",
    "Documento de programa de la Iniciativa Spotlight e informe narrativo anual {prev_year}",
)

SUPPORTING_DOC_TEMPLATES: tuple[str, ...] = (
    "Marco de Cooperación {country} {prev_year}-{next_year} ESP",
    "Informe anual SNU {country} {prev_year}",
    "Marco financiero del Marco de Cooperación",
    "TdR GIG {year} final",
    "Acta reunión UNCT {date}",
    "Plan de comunicación conjunta UNCT {country} {year}",
    "Tabla de paridad_{year}_todas las agencias",
    "Resultados encuesta cultura organizacional {year} (final)",
    "IMG 2207",
    "ACP_{country}_{year}_borrador final",
    "PTC {year}-{next_year} exportación UN INFO",
    "Agenda capacitación marcador de género {month} {year}",
    "Nota conceptual campaña 16 días {year}",
    "Discurso CR 8 de marzo de {year}",
    "Informe retiro UNCT {year}",
    "Lista de participantes consulta OSC {year}",
    "Matriz de resultados_{country}_MC",
    "Informe narrativo anual Spotlight {country} {prev_year}",
    "Acta reunión de jefes de agencia_{year}_punto IGEM",
    "Informe encuesta de capacidades",
    "Plan de acción PEAS {year} firmado",
    "Informe final evaluación MANUD",
    "ProDoc - Programa Conjunto - firmado",
    "Comunicado de prensa compromisos {year}",
    "TdR Grupos de Resultados",
    "Plan de trabajo anual del Grupo Interagencial de Género {year} (https://{cc}.un.org/es/recursos)",
)

# ---------------------------------------------------------------------------
# Action-plan cells
# ---------------------------------------------------------------------------

ACTION_TEMPLATES: tuple[str, ...] = (
    "Asegurar que todos los sectores del Análisis Común de País incluyan análisis de género, con las causas subyacentes de la desigualdad y datos desagregados por sexo.",
    "Asegurar que la igualdad de género se transversalice en todos los efectos del próximo Marco de Cooperación y que un efecto se dirija específicamente a la igualdad de género, en línea con el ODS 5.",
    "Asegurar que más de la mitad de los indicadores de efecto y de producto del Marco de Cooperación midan cambios en la igualdad de género y el empoderamiento de las mujeres.",
    "Elaborar una lista de verificación de género para las propuestas de programas conjuntos, revisada por el Grupo Interagencial de Género antes de su presentación al UNCT.",
    "Asegurar que el plan de trabajo del Grupo de Comunicación incluya prioridades de comunicación e incidencia sobre IGEM para {next_year}.",
    "Organizar una capacitación técnica sobre seguimiento y evaluación sensible al género para el Grupo de SyE y los Grupos de Resultados.",
    "Involucrar al mecanismo nacional para el adelanto de las mujeres en todas las etapas del Marco de Cooperación, desde el análisis hasta la evaluación.",
    "Ampliar la colaboración con organizaciones de mujeres y de la sociedad civil que representan a los grupos más excluidos, incluidas las mujeres rurales e indígenas.",
    "Incluir la igualdad de género como punto permanente de la agenda de las reuniones de jefes y jefas de agencia.",
    "Realizar la encuesta de cultura organizacional entre todo el personal del SNU en {country} en {next_year}.",
    "Recopilar periódicamente datos de paridad de género de todas las agencias y discutirlos en el UNCT al menos una vez al año.",
    "Revisar los términos de referencia del Grupo Interagencial de Género para que sea presidido por un jefe o una jefa de agencia.",
    "Elaborar un plan interagencial de desarrollo de capacidades en transversalización de género y un paquete de inducción para el nuevo personal.",
    "Establecer una meta financiera para las asignaciones programáticas destinadas a IGEM y darle seguimiento mediante el Marcador de Igualdad de Género en UN INFO.",
    "Incluir preguntas específicas sobre IGEM en la evaluación independiente del Marco de Cooperación prevista para {next_year}.",
    "Asegurar que cada Grupo de Resultados cuente con un punto focal de género que participe en el Grupo Interagencial de Género.",
    "Aplicar el Marcador de Igualdad de Género a todos los subproductos del Plan de Trabajo Conjunto {year}-{next_year}.",
    "Actualizar el Plan de acción UNCT-SWAP después de cada evaluación anual y presentarlo al UNCT para su aprobación.",
    "No aplica",
)

PROGRESS_TEMPLATES: tuple[str, ...] = (
    "N/A",
    "No aplica",
    "En curso",
    "Completado",
    "No iniciado",
    "En proceso",
    "Parcialmente completado",
    "OCR / GIG",
    "ONU Mujeres (líder), UNFPA, PNUD",
    "Presidencia del GIG con apoyo de la OCR",
    "Cuarto trimestre de {year}",
    "Antes de diciembre de {next_year}",
    "Previsto para {next_year}",
    "{year}-{next_year}",
    "No se han tomado acciones desde la línea de base.",
    "Completado en {year}; el GIG aportó insumos con enfoque de género.",
    "El Análisis Común de País se actualizó el {date}.",
    "Se identificará en {next_year} durante la elaboración de los Planes de Trabajo Conjuntos.",
    "Encuesta lanzada en {month} de {year}; resultados esperados en {next_year}.",
    "Retrasado por la elaboración del nuevo Marco de Cooperación.",
    "Con recursos existentes",
    "USD 10.000 (fondos comunes del GIG)",
)

# ---------------------------------------------------------------------------
# Findings prose
# ---------------------------------------------------------------------------

FINDINGS_TEMPLATES: tuple[str, ...] = (
    "El Análisis Común de País incluye análisis de género y datos desagregados por sexo en la mayoría de los sectores, aunque no en las secciones de medio ambiente y financiamiento.",
    "El Análisis Común de País hace referencia a los instrumentos internacionales, entre ellos la CEDAW, la Plataforma de Acción de Beijing y el Examen Periódico Universal.",
    "La igualdad de género está transversalizada en todas las áreas de efecto del Marco de Cooperación, en línea con la teoría del cambio y el ODS 5.",
    "Menos de un tercio de los indicadores de efecto del Marco de Cooperación miden cambios en la igualdad de género y el empoderamiento de las mujeres.",
    "En {year}, el UNCT en {country} implementó dos programas conjuntos que incorporan la igualdad de género en sus marcos de resultados.",
    "El plan de trabajo anual del Grupo de Comunicación para {year} incluye la igualdad de género y el empoderamiento de las mujeres como prioridad.",
    "En {year}, el SNU en {country}, junto con sus socios nacionales, lideró la campaña de los 16 días de activismo contra la violencia de género.",
    "Los Grupos de Resultados recopilan datos de los indicadores sensibles al género según lo previsto, pero la revisión anual no valoró el avance en los resultados de género.",
    "Durante el periodo del informe, el UNCT colaboró con el mecanismo nacional para el adelanto de las mujeres en una iniciativa conjunta.",
    "Las organizaciones de mujeres participaron en las consultas del Análisis Común de País y en la priorización estratégica del Marco de Cooperación.",
    "La igualdad de género es un tema habitual en las reuniones de jefes y jefas de agencia, y la Coordinadora Residente la promovió públicamente durante {year}.",
    "La encuesta de cultura organizacional se envió a todo el personal; la valoración positiva general fue del 72 por ciento.",
    "El UNCT no cuenta con un mecanismo para dar seguimiento a la paridad de género, que depende de cada agencia.",
    "El Grupo Interagencial de Género se reunió cuatro veces en {year}, pero no cuenta con un plan de trabajo anual aprobado.",
    "En {year}, el UNCT organizó una capacitación interagencial de dos días sobre transversalización de género, con personal de nueve agencias.",
    "El UNCT no ha establecido una meta financiera para las asignaciones programáticas destinadas a la igualdad de género.",
    "El Marcador de Igualdad de Género se aplicó a todos los subproductos del Plan de Trabajo Conjunto en UN INFO.",
    "El UNCT avanza hacia algunos de los resultados de igualdad de género previstos en el Marco de Cooperación, en línea con el ODS 5.",
    "Con el apoyo del SNU, {country} adoptó en {year} una estrategia nacional de igualdad de género actualizada.",
    "El Equipo Interagencial de Evaluación revisó la evidencia disponible en un taller de consolidación realizado el {date}.",
    "El UNCT presentó en {year} un informe confidencial al Comité CEDAW, preparado en consulta con organizaciones de mujeres.",
)
