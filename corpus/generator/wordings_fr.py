"""French wordings for the random report generator: the same names as ``wordings.py``, in French.

Written apart from the extractor (nothing under pipeline/, parsers/,
schemas/vocabulary.json, schemas/layout.json or schemas/frameworks/ was read
to write them), like the English catalogue.

Where the wordings come from
----------------------------
No official French version of the 2018 UNCT-SWAP Scorecard Technical Guidance
or of its reporting templates was found with the search tool (corpora docs,
pages, code).  What was found, and used:

* [GUIDE2008] "Indicateurs de performance de l'UNCT relatifs à l'égalité des
  sexes. Guide de l'utilisateur", équipe spéciale du GNUD pour l'égalité des
  sexes (docplayer.fr/1770827): the French of the scorecard's predecessor:
  "feuille de résultats", "Notation des dimensions", "Suivi de la notation",
  "Rubriques et indicateurs", "satisfont ou ne satisfont pas aux normes
  minimales", "Plan général du rapport narratif".
* [MANUEL2014] "Manuel de référence pour l'intégration du genre dans la
  programmation conjointe de l'ONU au niveau de pays", GNUD, juillet 2014
  (docplayer.fr/11476933): "PNUAD", "analyse pays", "S&E du PNUAD",
  "intégration du genre", "Liste récapitulative".
* [FOS2010] "Format opérationnel standard & orientations pour l'établissement
  des rapports relatifs au PNUAD", janvier 2010 (123dok.net): "Plan-cadre des
  Nations Unies pour l'aide au développement (PNUAD)", "équipe de pays des
  Nations Unies", "coordonnateur résident".
* [ONUSIDA2019] "L'ONUSIDA continue de dépasser les objectifs de l'ONU-SWAP",
  10 septembre 2019 (unaids.org/fr): "indicateurs de performance", "qui
  satisfont ou dépassent".
* [ONUFEMMES] unwomen.org/fr "Promouvoir la responsabilisation des Nations
  Unies": "normes de performance", "15 indicateurs de performance", "mise en
  œuvre".
* [ONUDC2019] "Stratégie pour l'égalité des sexes et l'autonomisation des
  femmes (2018–2021)", ONUV/ONUDC (fdocuments.fr): narrative vocabulary, the
  typographic apostrophe (’) and the space before ":".

Everything marked "translated" is the project's own French for an English
entry of ``wordings.py``, with the variants a French-speaking consultant or a
country team would plausibly write (with and without accents, straight and
typographic apostrophes, "Plan-cadre de coopération" and "PNUAD").  {country}
is only used where French needs no article or preposition before it
("UNCT {country}", after a colon or a dash, in parentheses, in file names).
Placeholders and character set as in ``wordings.py`` (plus œ, which the PDF
fonts carry).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Indicator headings
# ---------------------------------------------------------------------------

# "indicateurs de performance" [GUIDE2008], [ONUSIDA2019]; IP is the French
# abbreviation, PI the English one kept by many teams.
HEADING_PREFIXES: tuple[str, ...] = (
    "Indicateur de performance",
    "INDICATEUR DE PERFORMANCE",
    "Indicateur",
    "INDICATEUR",
    "IP",
    "PI",
    "",
    "Indicateur de performance (IP)",
    "Indicateur UNCT-SWAP",
    "Indicateur n°",
)

HEADING_SEPARATORS: tuple[str, ...] = (" ", " : ", ": ", " – ", ". ", " - ")

# ---------------------------------------------------------------------------
# Indicator names
# ---------------------------------------------------------------------------

# Translated.  "Bilan commun de pays" is the older French of CCA; "analyse
# pays" [MANUEL2014]; ESAF = égalité des sexes et autonomisation des femmes.
PI_TITLES: dict[str, str] = {
    "1.1": "Analyse commune de pays",
    "1.2": "Effets du Plan-cadre de coopération",
    "1.3": "Indicateurs du Plan-cadre de coopération",
    "2.1": "Programmes conjoints",
    "2.2": "Communication et plaidoyer",
    "2.3": "Suivi et évaluation du Plan-cadre de coopération",
    "3.1": "Collaboration avec le gouvernement",
    "3.2": "Collaboration avec les organisations de la société civile œuvrant pour l’égalité des sexes",
    "4.1": "Leadership",
    "4.2": "Culture organisationnelle",
    "4.3": "Parité entre les sexes",
    "5.1": "Mécanisme de coordination sur le genre",
    "5.2": "Capacités en matière d’intégration du genre",
    "6.1": "Ressources financières",
    "7.1": "Résultats en matière d’égalité des sexes",
}

PI_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "1.1": ("Analyse commune de pays", "CCA", "Analyse commune de pays (ACP)", "Bilan commun de pays"),
    "1.2": ("Effets du Plan-cadre de coopération", "Résultats du Plan-cadre de coopération", "Effets de l’UNSDCF",
            "Effets du Plan-cadre de cooperation"),
    "1.3": ("Indicateurs du Plan-cadre de coopération", "Indicateurs de l’UNSDCF", "Indicateurs du Plan-cadre"),
    "2.1": ("Programmes conjoints", "Programmation conjointe"),
    "2.2": ("Communication et plaidoyer", "Communication & plaidoyer"),
    "2.3": ("S&E du Plan-cadre de coopération", "Suivi et évaluation", "Suivi-évaluation du Plan-cadre"),
    "3.1": ("Collaboration avec le gouvernement", "Engagement avec le gouvernement", "Gouvernement"),
    "3.2": ("Collaboration avec les OSC", "Engagement avec la société civile", "Collaboration avec les OSC de femmes"),
    "4.1": ("Leadership", "Leadership pour l’égalité des sexes", "Direction"),
    "4.2": ("Culture organisationnelle", "Culture organisationelle"),
    "4.3": ("Parité entre les sexes", "Parité des sexes", "Parité hommes-femmes"),
    "5.1": ("Mécanisme de coordination genre", "Groupe thématique genre", "Mécanisme de coordination"),
    "5.2": ("Capacités en genre", "Capacités d’intégration du genre", "Renforcement des capacités"),
    "6.1": ("Ressources financières", "Allocation et suivi des ressources", "Ressources"),
    "7.1": ("Résultats en matière d’égalité des sexes", "Résultats ESAF", "Résultats"),
}

# PNUAD-era names [FOS2010], [MANUEL2014].
PI_OLD_NAMES: dict[str, tuple[str, ...]] = {
    "1.1": ("Bilan commun de pays",),
    "1.2": ("Effets du PNUAD", "Résultats du PNUAD"),
    "1.3": ("Indicateurs du PNUAD",),
    "2.3": ("S&E du PNUAD", "Suivi et évaluation du PNUAD"),
}

# Translated; [GUIDE2008] speaks of "dimensions" and "rubriques".
DIMENSION_NAME_VARIANTS: dict[int, tuple[str, ...]] = {
    1: ("Planification", "PLANIFICATION"),
    2: ("Programmation et suivi-évaluation", "Programmation et S&E", "Programmation et suivi et évaluation"),
    3: ("Partenariats", "PARTENARIATS"),
    4: ("Leadership et culture organisationnelle", "Leadership et culture organisationelle"),
    5: ("Architecture genre et capacités", "Dispositif genre et capacités"),
    6: ("Ressources financières", "Ressources"),
    7: ("Résultats", "RÉSULTATS", "RESULTATS"),
}

DIMENSION_2_NAMES_2023: tuple[str, ...] = (
    "Programmation, suivi, évaluation et apprentissage",
    "Programmation, suivi, evaluation et apprentissage",
)

DIMENSION_HEADING_PREFIXES: tuple[str, ...] = ("Dimension", "DIMENSION", "Domaine", "Rubrique", "")

# ---------------------------------------------------------------------------
# Ratings
# ---------------------------------------------------------------------------

# Translated.  "satisfont ou dépassent" [ONUSIDA2019]; "normes minimales"
# [GUIDE2008]; "exigences minimums" and missing accents are typed variants.
RATING_WORDS: dict[str, tuple[str, ...]] = {
    "missing": (
        "Ne satisfait pas aux exigences minimales",
        "Exigences minimales manquantes",
        "NE SATISFAIT PAS AUX EXIGENCES MINIMALES",
        "Manquant",
        "MANQUANT",
        "Absent",
    ),
    "approaches": (
        "Approche les exigences minimales",
        "S’approche des exigences minimales",
        "APPROCHE LES EXIGENCES MINIMALES",
        "Approche les exigences minimums",
        "S'approche des exigences minimales",
        "Approche",
        "APPROCHE",
    ),
    "meets": (
        "Satisfait aux exigences minimales",
        "Répond aux exigences minimales",
        "SATISFAIT AUX EXIGENCES MINIMALES",
        "Atteint les exigences minimales",
        "Satisfait aux normes minimales",
        "Satisfait",
        "SATISFAIT",
    ),
    "exceeds": (
        "Dépasse les exigences minimales",
        "Excède les exigences minimales",
        "DÉPASSE LES EXIGENCES MINIMALES",
        "Depasse les exigences minimales",
        "Dépasse les normes minimales",
        "Dépasse",
        "DEPASSE",
    ),
    "not_applicable": ("Non applicable", "Sans objet", "NON APPLICABLE", "N/A", "Ne s’applique pas"),
}

# "Notation" [GUIDE2008].
RATING_LABELS: tuple[str, ...] = (
    "Notation",
    "Note",
    "Niveau de notation",
    "Évaluation",
    "Note attribuée",
    "Notation de l’UNCT",
    "Note finale",
    "Niveau de performance",
    "Appréciation",
    "Notation {year}",
    "Note ({year})",
    "Notation en {year}",
)

RATING_SENTENCES: tuple[str, ...] = (
    "La notation de l’UNCT pour cet indicateur est : {rating}.",
    "La notation de l’UNCT pour l’indicateur de performance {code} est « {rating} ».",
    "L’indicateur de performance {code} ({name}) a été noté « {rating} ».",
    "Sur la base des éléments examinés, l’équipe d’évaluation interinstitutions a attribué à l’indicateur {code} la note « {rating} ».",
    "Dans l’ensemble, la notation de l’indicateur {code}, {name}, est : {rating}.",
    "Notation convenue pour l’indicateur {code} : {rating}.",
    "En conséquence, l’indicateur {code} reçoit la note {rating}.",
    "L’indicateur {code} ({name}) reste au niveau « {rating} ».",
)

# ---------------------------------------------------------------------------
# Reassessment flag
# ---------------------------------------------------------------------------

REASSESSED_LABELS: tuple[str, ...] = (
    "Avez-vous réévalué l’indicateur de performance au cours de cette année de rapport ?",
    "Avez-vous réévalué l'indicateur de performance cette année ?",
    "Réévalué",
    "Ré-évalué",
    "Réévalué ?",
    "Réévalué cette année",
    "Indicateur réévalué en {year}",
    "Réévalué en {year}",
    "L’indicateur a-t-il été réévalué en {year} ?",
    "Réévaluation (Oui/Non)",
    "Mis à jour au cours de la période",
)

YES_WORDS: tuple[str, ...] = ("Oui", "OUI", "oui", "Oui, réévalué", "Oui – réévalué cette année")
NO_WORDS: tuple[str, ...] = (
    "Non",
    "NON",
    "non",
    "Non réévalué",
    "Non – notation reportée de l’année précédente",
    "Non (notation reconduite)",
)

# ---------------------------------------------------------------------------
# Indicator box parts
# ---------------------------------------------------------------------------

FINDINGS_LABELS: tuple[str, ...] = (
    "Constatations et explications",
    "CONSTATATIONS ET EXPLICATIONS",
    "Constats et justification",
    "Constatations",
    "Explication",
    "Justification",
    "Justification de la notation",
    "Principales constatations",
    "Résultats de l’évaluation",
)

MOV_LABELS: tuple[str, ...] = (
    "Moyens de vérification",
    "Liste des moyens de vérification",
    "MOYENS DE VÉRIFICATION",
    "Moyens de verification",
    "Preuves ou moyens de vérification",
    "Sources de vérification",
    "Éléments de preuve",
    "Documents examinés",
    "Pièces justificatives",
)

SUPPORTING_TITLES: tuple[str, ...] = (
    "Éléments de preuve à l’appui",
    "PIÈCES JUSTIFICATIVES",
    "Pièces justificatives",
    "Documents justificatifs",
    "Annexe : Documents justificatifs",
    "Annexe 1 : Éléments de preuve",
    "Liste des éléments de preuve",
    "Documents téléversés sur la plateforme UNCT-SWAP",
)

EVIDENCE_CATEGORY_HEADERS: tuple[str, ...] = ("Catégorie", "CATÉGORIE", "Categorie", "Type de preuve",
                                              "Type de document")
EVIDENCE_DOCUMENT_HEADERS: tuple[str, ...] = ("Documents", "Document", "DOCUMENTS", "Titre du document",
                                              "Nom du fichier", "Pièce justificative")
EVIDENCE_INDICATOR_HEADERS: tuple[str, ...] = ("Indicateur", "IP", "Indicateur de performance",
                                               "Lien avec l’indicateur de performance", "Indicateur concerné")

EVIDENCE_CATEGORIES: tuple[str, ...] = (
    "Documents de programmes conjoints",
    "Communication/Plaidoyer",
    "Collaboration avec le gouvernement",
    "Collaboration avec les OSC",
    "Communications du Coordonnateur résident",
    "Renforcement des capacités",
    "Ressources financières",
    "Revues du Plan-cadre/données de suivi",
    "Autres",
    "Analyse commune de pays",
    "Documents du Plan-cadre de coopération",
    "Plans de travail de l’UNCT",
    "Plans de travail conjoints",
    "Enquêtes",
    "Rapports",
    "Politiques",
    "Procès-verbaux de réunions",
    "Termes de référence",
    "Données sur la parité",
    "Évaluations",
)

# ---------------------------------------------------------------------------
# Overview table
# ---------------------------------------------------------------------------

OVERVIEW_TITLES: tuple[str, ...] = (
    "Tableau 1 : Synthèse des résultats du tableau de bord UNCT-SWAP",
    "Tableau 1 : Notation par indicateur de performance",
    "Aperçu des notations",
    "Aperçu des indicateurs de performance réévalués et de leurs notations",
    "Résultats par indicateur de performance",
    "Synthèse des constatations par dimension",
    "Les résultats UNCT-SWAP en un coup d’œil",
    "Résultats cumulés de l’UNCT-SWAP en {year}",
)

OVERVIEW_INDICATOR_HEADERS: tuple[str, ...] = ("Indicateur", "Indicateur de performance", "IP", "INDICATEUR")
OVERVIEW_RATING_HEADERS: tuple[str, ...] = ("Notation", "Note", "Niveau de notation", "NOTATION", "Notation actuelle",
                                            "Note {year}")
OVERVIEW_REASSESSED_HEADERS: tuple[str, ...] = ("Réévalué", "Ré-évalué", "Réévalué ?", "Réévalué cette année",
                                                "RÉÉVALUÉ")
OVERVIEW_DIMENSION_HEADERS: tuple[str, ...] = ("Dimension", "Domaine", "DIMENSION", "Rubrique")
OVERVIEW_CODE_HEADERS: tuple[str, ...] = ("N°", "Code", "#", "IP")

# ---------------------------------------------------------------------------
# Action plan
# ---------------------------------------------------------------------------

ACTION_PLAN_TITLES: tuple[str, ...] = (
    "Plan d’action",
    "PLAN D’ACTION",
    "Plan d'action UNCT-SWAP",
    "Plan d’action actualisé",
    "Suivi de la mise en œuvre du plan d’action",
    "Annexe : Plan d’action UNCT-SWAP",
    "Plan d’action de l’équipe de pays – {country}",
)

ACTION_INDICATOR_HEADERS: tuple[str, ...] = ("Lien avec l’indicateur de performance", "Indicateur de performance",
                                             "Indicateur", "IP", "Indicateur concerné")
ACTION_ACTION_HEADERS: tuple[str, ...] = ("Actions", "Actions prévues", "Points d’action", "ACTIONS",
                                          "Actions convenues", "Actions recommandées", "Action", "Mesures à prendre")
ACTION_DIMENSION_HEADER = "Dimension"
ACTION_NUMBER_HEADER = "N°"

ACTION_PROGRESS_COLUMN_SETS: tuple[tuple[str, ...], ...] = (
    ("ACTIVITÉS RÉALISÉES EN ANNÉE 1", "ACTIVITÉS RÉALISÉES EN ANNÉE 2",
     "ACTIVITÉS RÉALISÉES EN ANNÉE 3", "ACTIVITÉS RÉALISÉES EN ANNÉE 4"),
    ("ACTIVITÉS RÉALISÉES EN ANNÉE 1", "ACTIVITÉS RÉALISÉES EN ANNÉE 2", "ACTIVITÉS RÉALISÉES EN ANNÉE 3"),
    ("Activités menées pendant l’année 1", "Activités menées pendant l’année 2"),
    ("Responsable", "Échéance", "Statut"),
    ("Entité chef de file", "Calendrier", "Ressources", "Progrès en {year}"),
    ("Entités responsables", "Date limite"),
    ("État d’avancement",),
    ("Progrès à ce jour",),
    ("Situation en {year}", "Commentaires"),
    ("Responsabilité", "Délai", "Indicateur de progrès"),
    ("Qui", "Quand", "État de mise en œuvre"),
    ("Chef de file", "Appui", "Date cible", "Statut"),
)

PI_CODE_LABELS: tuple[str, ...] = ("IP {code}", "Indicateur {code}")

# ---------------------------------------------------------------------------
# Cover
# ---------------------------------------------------------------------------

# Annual titles say annuel / avancement / étape / progrès and nothing
# comprehensive; comprehensive titles say complète / approfondie / référence /
# globale and nothing annual.  "feuille de résultats" is [GUIDE2008]'s name.
REPORT_TITLES: dict[str, tuple[str, ...]] = {
    "annual": (
        "Tableau de bord UNCT-SWAP sur l’égalité des sexes : Rapport annuel d’avancement et plan d’action",
        "TABLEAU DE BORD UNCT-SWAP – RAPPORT ANNUEL D’AVANCEMENT {year}",
        "Rapport d’étape annuel {year} du tableau de bord UNCT-SWAP",
        "UNCT-SWAP Scorecard – Rapport annuel de progrès {year} – {country}",
        "Évaluation annuelle des progrès UNCT-SWAP et plan d'action actualisé, {year}",
        "Feuille de résultats UNCT-SWAP sur l’égalité des sexes : rapport annuel {year}",
    ),
    "comprehensive": (
        "Tableau de bord UNCT-SWAP sur l’égalité des sexes : Évaluation complète {year}",
        "TABLEAU DE BORD UNCT-SWAP – ÉVALUATION COMPLÈTE ET PLAN D’ACTION",
        "Rapport d’évaluation complète UNCT-SWAP – {country}, {year}",
        "Évaluation approfondie du tableau de bord UNCT-SWAP sur l’égalité des sexes, {year}",
        "Évaluation de référence UNCT-SWAP : résultats et plan d’action, {year}",
        "Feuille de résultats UNCT-SWAP : évaluation globale des 15 indicateurs de performance, {year}",
    ),
}

REPORT_TYPE_LINES: dict[str, tuple[str, ...]] = {
    "annual": (
        "Type de rapport : Rapport annuel d’avancement",
        "Type d’évaluation : Évaluation annuelle des progrès",
        "Type de rapport: rapport d'étape annuel",
        "RAPPORT ANNUEL D’AVANCEMENT",
    ),
    "comprehensive": (
        "Type de rapport : Évaluation complète",
        "Type d’évaluation : Évaluation approfondie (référence)",
        "Type de rapport: rapport complet (les 15 indicateurs)",
        "ÉVALUATION COMPLÈTE",
    ),
}

# "équipe de pays des Nations Unies" [FOS2010]; SNU = Système des Nations Unies.
COUNTRY_TEAM_LINES: tuple[str, ...] = (
    "Équipe de pays des Nations Unies – {country}",
    "UNCT {country}",
    "Système des Nations Unies : {country}",
    "Équipe de pays des Nations Unies ({country})",
    "SNU {country}",
    "Equipe de pays du Système des Nations Unies – {country}",
)

REPORTING_YEAR_LINES: tuple[str, ...] = ("Année de rapport : {year}", "Période couverte : janvier–décembre {year}")

DATE_LINES: tuple[str, ...] = ("Date : {date}", "Date de soumission : {date}", "{date}")
DATE_FORMATS: tuple[str, ...] = ("{day} {month} {year}", "{day} {Month} {year}", "{Month} {year}")
MONTHS: tuple[str, ...] = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                           "octobre", "novembre", "décembre")

RUNNING_TITLE = "Tableau de bord UNCT-SWAP {country} {year}"
PAGE_WORD = "Page"

SECTION_TITLES: tuple[str, ...] = ("Évaluation par indicateur de performance", "Constatations détaillées",
                                   "Constatations par indicateur", "Résultats du tableau de bord",
                                   "Résultats de l’évaluation")

INTRO = ("Le présent rapport expose l’auto-évaluation de l’équipe de pays des Nations Unies (UNCT {country}) au regard "
         "des indicateurs de performance du tableau de bord UNCT-SWAP sur l’égalité des sexes, avec les éléments de "
         "preuve examinés et les actions convenues pour l’année à venir.")

# Local names of countries whose French name differs from the canonical
# English one; the truth keeps the canonical name.
COUNTRY_NAMES: dict[str, str] = {
    "Algeria": "Algérie", "Benin": "Bénin", "Cameroon": "Cameroun", "Central African Republic": "République centrafricaine",
    "Chad": "Tchad", "Comoros": "Comores", "Congo": "Congo", "Democratic Republic of the Congo": "République démocratique du Congo",
    "Djibouti": "Djibouti", "Equatorial Guinea": "Guinée équatoriale", "Gabon": "Gabon", "Guinea": "Guinée",
    "Guinea-Bissau": "Guinée-Bissau", "Haiti": "Haïti", "Lebanon": "Liban", "Madagascar": "Madagascar",
    "Mauritania": "Mauritanie", "Mauritius": "Maurice", "Morocco": "Maroc", "Senegal": "Sénégal", "Tunisia": "Tunisie",
    "Cabo Verde": "Cabo Verde", "Sao Tome and Principe": "Sao Tomé-et-Principe", "Burundi": "Burundi",
    "Rwanda": "Rwanda", "Togo": "Togo", "Niger": "Niger", "Mali": "Mali", "Burkina Faso": "Burkina Faso",
    "Egypt": "Égypte", "Jordan": "Jordanie", "Syrian Arab Republic": "République arabe syrienne", "Mexico": "Mexique",
    "Brazil": "Brésil", "Colombia": "Colombie", "Peru": "Pérou", "Ethiopia": "Éthiopie", "Moldova": "République de Moldova",
    "Ukraine": "Ukraine", "Viet Nam": "Viet Nam", "Cambodia": "Cambodge", "Kazakhstan": "Kazakhstan",
    "Kyrgyzstan": "Kirghizistan", "Tajikistan": "Tadjikistan", "Uzbekistan": "Ouzbékistan", "Albania": "Albanie",
    "Armenia": "Arménie", "Georgia": "Géorgie", "South Africa": "Afrique du Sud", "Somalia": "Somalie",
    "Dominican Republic": "République dominicaine",
}

# ---------------------------------------------------------------------------
# Evidence items (translated in the voice of wordings.py's lists)
# ---------------------------------------------------------------------------

MOV_ITEM_TEMPLATES: tuple[str, ...] = (
    "Plan de travail annuel du groupe de communication des Nations Unies {year}",
    "Plan de travail annuel du groupe thématique genre {year}",
    "Termes de référence du groupe thématique genre (révisés en {year})",
    "Analyse commune de pays, mise à jour {prev_year}",
    "Cadre de résultats du Plan-cadre de coopération {year}-{next_year}",
    "Plan de travail conjoint {year}-{next_year}",
    "Rapport annuel sur les résultats du Plan-cadre de coopération ({prev_year})",
    "Tableau de bord UN-INFO – {country}",
    "Rapport de résultats des Nations Unies {prev_year} : https://{cc}.un.org/fr/resources/publications",
    "Procès-verbaux des réunions de l’UNCT avec l’égalité des sexes comme point permanent de l’ordre du jour ({year})",
    "Termes de référence des groupes de résultats du Plan-cadre de coopération",
    "Résultats de l’enquête sur la culture organisationnelle, {year}",
    "Tableau de parité des entités des Nations Unies au {date}",
    "Ordre du jour et liste des participants de la formation interinstitutions sur l’intégration du genre, {month} {year}",
    "Examen national volontaire sur la mise en œuvre des ODD ({url})",
    "Déclaration conjointe des Nations Unies pour la Journée internationale des droits des femmes {year} : https://{cc}.un.org/fr/press-centre",
    "Supports de la campagne des 16 jours d’activisme contre la violence basée sur le genre ({url})",
    "Stratégie conjointe de communication de l’UNCT {prev_year}-{next_year}",
    "Rapport confidentiel de l’UNCT au Comité CEDEF",
    "Document du programme conjoint et rapport annuel d’avancement {prev_year}",
    "Ordre du jour de la formation sur le marqueur de l’égalité des sexes, {date}",
    "Extraction UN INFO des sous-produits du plan de travail conjoint avec les codes du marqueur genre",
    "Compte rendu de la réunion élargie du groupe thématique genre du {date}",
    "Liste des participants à la consultation des OSC sur l’analyse commune de pays",
    "Rapport de la revue à mi-parcours du Plan-cadre de coopération ({year})",
    "Rapport final de l’évaluation indépendante du PNUAD",
    "Plan d’action PEAS {year} et procédures opérationnelles standard",
    "Évaluation rapide de genre de l’impact de la COVID-19",
    "Analyse budgétaire sensible au genre des plans de travail conjoints {year}",
    "Procès-verbal de la retraite de l’UNCT fixant un objectif financier pour l’égalité des sexes ({year})",
    "Plan d’action national sur la résolution 1325 (projet appuyé par l’UNCT)",
    "Kit d’accueil de l’UNCT pour le nouveau personnel, module sur l’égalité des sexes",
    "Rapports annuels des groupes de résultats {year}",
    "Communiqué de presse sur la campagne conjointe de plaidoyer : {url}",
    "Matrice de résultats du Plan-cadre avec des indicateurs ventilés par sexe",
    "Discours de la Coordonnatrice résidente au forum national sur l’autonomisation économique des femmes, {year} (https://{cc}.un.org/fr/discours)",
    "Enquête sur les capacités du personnel des Nations Unies en matière de genre (synthèse des résultats)",
)

SUPPORTING_DOC_TEMPLATES: tuple[str, ...] = (
    "Plan-cadre de coopération {country} {prev_year}-{next_year} FR",
    "Rapport annuel SNU {country} {prev_year}",
    "Cadre financier du Plan-cadre",
    "TdR GTG {year} final",
    "PV réunion UNCT du {date}",
    "Plan de communication conjoint UNCT {country} {year}",
    "Tableau parité_{year}_toutes agences",
    "Résultats enquête culture organisationnelle {year} (final)",
    "IMG 0931",
    "ACP_{country}_{year}_version finale",
    "PTC {year}-{next_year} extraction UN INFO",
    "Ordre du jour formation marqueur genre {month} {year}",
    "Note conceptuelle campagne 16 jours {year}",
    "Discours CR 8 mars {year}",
    "Rapport retraite UNCT {year}",
    "Liste participants consultation OSC {year}",
    "Matrice de résultats_{country}_PC",
    "PV réunion chefs d’agence_{year}_point égalité des sexes",
    "Rapport enquête capacités",
    "Plan d’action PEAS {year} signé",
    "Rapport final évaluation PNUAD",
    "ProDoc - Programme conjoint - signé",
    "Communiqué de presse engagements {year}",
    "TdR Groupes de résultats",
    "Plan de travail annuel GTG {year} (https://{cc}.un.org/fr/ressources)",
)

# ---------------------------------------------------------------------------
# Action-plan cells
# ---------------------------------------------------------------------------

ACTION_TEMPLATES: tuple[str, ...] = (
    "Veiller à ce que tous les secteurs de l’analyse commune de pays comportent une analyse de genre et des données ventilées par sexe.",
    "Veiller à ce que l’égalité des sexes soit intégrée dans tous les effets du prochain Plan-cadre de coopération et qu’un effet cible spécifiquement l’égalité des sexes, conformément à l’ODD 5.",
    "Veiller à ce que plus de la moitié des indicateurs d’effet et de produit du Plan-cadre mesurent des changements en matière d’égalité des sexes et d’autonomisation des femmes.",
    "Élaborer une liste de contrôle genre pour les propositions de programmes conjoints, examinée par le groupe thématique genre avant leur soumission à l’UNCT.",
    "Veiller à ce que le plan de travail du groupe de communication comprenne des priorités de plaidoyer sur l’égalité des sexes pour {next_year}.",
    "Organiser une formation technique sur le suivi et l’évaluation sensibles au genre pour le groupe S&E et les groupes de résultats.",
    "Associer le mécanisme national de promotion de la femme à toutes les étapes du Plan-cadre de coopération, de l’analyse à l’évaluation.",
    "Élargir la collaboration avec les organisations de défense des droits des femmes et les OSC représentant les groupes les plus marginalisés, y compris les femmes rurales.",
    "Inscrire l’égalité des sexes comme point permanent de l’ordre du jour des réunions des chefs d’agence.",
    "Mener l’enquête sur la culture organisationnelle auprès de l’ensemble du personnel des Nations Unies en {next_year}.",
    "Collecter régulièrement les données sur la parité auprès de toutes les agences et en discuter au sein de l’UNCT au moins une fois par an.",
    "Réviser les termes de référence du groupe thématique genre afin qu’il soit présidé par un chef d’agence.",
    "Élaborer un plan interinstitutions de renforcement des capacités en matière d’intégration du genre et un kit d’accueil pour le nouveau personnel.",
    "Fixer un objectif financier pour les allocations programmatiques en faveur de l’égalité des sexes et en assurer le suivi au moyen du marqueur genre dans UN INFO.",
    "Inclure des questions spécifiques sur l’égalité des sexes dans l’évaluation indépendante du Plan-cadre prévue en {next_year}.",
    "Veiller à ce que chaque groupe de résultats dispose d’un point focal genre qui participe au groupe thématique genre.",
    "Appliquer le marqueur de l’égalité des sexes à tous les sous-produits du plan de travail conjoint {year}-{next_year}.",
    "Mettre à jour le plan d’action UNCT-SWAP après chaque évaluation annuelle et le soumettre à l’UNCT pour approbation.",
    "Sans objet",
)

PROGRESS_TEMPLATES: tuple[str, ...] = (
    "N/A",
    "Sans objet",
    "En cours",
    "Achevé",
    "Non démarré",
    "Partiellement réalisé",
    "BCR / GTG",
    "ONU Femmes (chef de file), UNFPA, PNUD",
    "Présidence du GTG avec l’appui du BCR",
    "4e trimestre {year}",
    "D’ici décembre {next_year}",
    "Prévu en {next_year}",
    "{year}-{next_year}",
    "Aucune action n’a été menée depuis l’évaluation de référence.",
    "Achevé en {year} ; le GTG a fourni des contributions sensibles au genre.",
    "L’analyse commune de pays a été mise à jour le {date}.",
    "Sera défini en {next_year} lors de l’élaboration des plans de travail conjoints.",
    "Enquête lancée en {month} {year} ; résultats attendus en {next_year}.",
    "Retardé par l’élaboration du nouveau Plan-cadre de coopération.",
    "Dans la limite des ressources existantes",
    "10 000 USD (fonds communs du GTG)",
)

# ---------------------------------------------------------------------------
# Findings prose
# ---------------------------------------------------------------------------

FINDINGS_TEMPLATES: tuple[str, ...] = (
    "L’analyse commune de pays comprend une analyse de genre et des données ventilées par sexe pour la plupart des secteurs, mais pas pour l’environnement ni le financement.",
    "L’analyse commune de pays fait référence aux conventions internationales, dont la CEDEF, le Programme d’action de Beijing et l’Examen périodique universel.",
    "L’égalité des sexes est intégrée dans tous les domaines d’effet du Plan-cadre de coopération, conformément à la théorie du changement et à l’ODD 5.",
    "Moins d’un tiers des indicateurs d’effet du Plan-cadre de coopération mesurent des changements en matière d’égalité des sexes et d’autonomisation des femmes.",
    "En {year}, l’UNCT a mis en œuvre deux programmes conjoints qui intègrent l’égalité des sexes dans leurs cadres de résultats.",
    "Le plan de travail annuel du groupe de communication pour {year} fait de l’égalité des sexes et de l’autonomisation des femmes une priorité.",
    "En {year}, le Système des Nations Unies et ses partenaires nationaux ont conduit la campagne des 16 jours d’activisme contre la violence basée sur le genre.",
    "Les groupes de résultats collectent les données des indicateurs sensibles au genre, mais la revue annuelle n’a pas mesuré les progrès des résultats spécifiques au genre.",
    "Au cours de la période, l’UNCT a collaboré avec le mécanisme national de promotion de la femme dans le cadre d’une initiative conjointe.",
    "Les organisations de la société civile œuvrant pour l’égalité des sexes ont participé aux consultations de l’analyse commune de pays.",
    "L’égalité des sexes est un sujet régulier des réunions des chefs d’agence, et la Coordonnatrice résidente l’a promue publiquement en {year}.",
    "L’enquête sur la culture organisationnelle a été envoyée à l’ensemble du personnel ; l’appréciation positive globale était de 72 pour cent.",
    "L’UNCT ne dispose pas d’un mécanisme de suivi de la parité entre les sexes, qui relève de chaque agence.",
    "Le groupe thématique genre s’est réuni quatre fois en {year}, mais il ne dispose pas d’un plan de travail annuel approuvé.",
    "En {year}, l’UNCT a organisé une formation interinstitutions de deux jours sur l’intégration du genre, suivie par le personnel de neuf entités.",
    "L’UNCT n’a pas fixé d’objectif financier pour les allocations programmatiques en faveur de l’égalité des sexes.",
    "Le marqueur de l’égalité des sexes a été appliqué à tous les sous-produits du plan de travail conjoint dans UN INFO.",
    "L’UNCT est en bonne voie d’atteindre certains des résultats en matière d’égalité des sexes prévus dans le Plan-cadre, conformément à l’ODD 5.",
    "Avec l’appui des Nations Unies, le gouvernement a adopté en {year} une stratégie nationale actualisée pour l’égalité des sexes.",
    "L’équipe d’évaluation interinstitutions a examiné les éléments de preuve disponibles lors d’un atelier de consolidation tenu le {date}.",
    "L’UNCT a présenté en {year} un rapport confidentiel au Comité CEDEF, préparé en consultation avec les organisations de femmes.",
)
