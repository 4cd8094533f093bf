"""Catalogue of wordings and presentation choices for the random report generator.

These wordings are written independently of the extractor (nothing under
pipeline/, parsers/, schemas/vocabulary.json, corpus/generator/phrases.py or
tests/ was read to write them), so that a corpus drawn from them can reveal
wordings the extractor does not know yet.

Where the wordings come from
----------------------------
* The real report in /work/shared/reference/kazakhstan-2022 (UNCT-SWAP Gender
  Equality Scorecard Annual Progress Assessment Report and Action Plan, UNCT in
  Kazakhstan, 2022): headings "PI 1.1 Common Country Analysis", "Performance
  Indicator 1.1:", "Dimension Area 1: Planning", "Dimension 1 - Planning",
  "Findings and Explanation", "List Means of Verification.", "Evidence or Means
  of Verification:", "Did you reassess the Performance Indicator in this
  reporting year", Table 1 with "Indicator / Rating Level / Reassessed", the
  action plan "Link to Performance Indicator / Action Points / ACTIVITIES
  UNDERTAKEN IN YEAR 1..4", the "Supporting Evidence" tables "Category /
  Documents" and their categories, rating values in upper case and the short
  forms "APPROACHING", "MEETS", "EXCEEDS", "MISSING".
* schemas/frameworks/unct-swap-2018.json and unct-swap-2023.json: PI codes,
  short names, aliases and dimension names (facts of the framework).
* Pages found with the search tool (titles / tables of contents only):
  - UNCT-SWAP Gender Equality Scorecard 2018 Framework & Technical Guidance
    (zbook.org transcription): annexes "UNCT-SWAP Scorecard Indicator reporting
    Template", "Action Plan Template", "Cover Page Template", "Gender Parity
    Table", "Letter to Personnel for Organizational Culture Survey".
  - 2023 UNCT-SWAP Gender Equality Scorecard Technical Guidance (scribd):
    dimension 2 renamed "Programming, Monitoring, Evaluation and Learning",
    "UNCT-SWAP Platform", "Resources" as dimension 6 heading.
  - UN Women gender coordination site (gendercoordinationandmainstreaming.
    unwomen.org/unct-swap): "comprehensive reports at the Cooperation Framework
    planning stage and ... annual progress reports".
  - UNCT SWAP-Scorecard Assessment Results and Action Plan, UNCT Albania 2019
    (un.org.al); UNCT SWAP-Scorecard, UNCT Ukraine, November 2016
    (fdocuments.us): "Findings Overview by Dimension Area", "Dimension Area 1 –".
  - Gender Equality SWAP-Scorecard Assessment Results Action Plan, UNCT in
    Kazakhstan, October 2017 (businessdocbox.com); Gender Equality SWAP
    Scorecard Assessment Report, UNCT in Montenegro, December 2017
    (businessdocbox.com): "INDICATOR 1.2 UNDAF OUTCOMES", "INDICATOR 2.3 UNDAF
    MONITORING AND EVALUATION", "INDICATOR 5.2 GENDER CAPACITIES",
    "INDICATOR 7.1 RESULTS", "Action plan implementation monitoring".
  - UNCT Performance Indicators for Gender Equality (2008 scorecard, issuu) and
    its Users' Guide (studylib / businessdocbox): older rating words "Exceeds
    minimum standards", "Meets minimum standards", "Missing", "not applicable";
    "CCA/UNDAF".
  - Somalia UNCT-SWAP Gender Equality Scorecard (africa.unwomen.org, 2024):
    "to set baselines for the current Cooperation Framework".
  - Moldova UN Women results page (open.unwomen.org): "UNCT-SWAP GE Scorecard
    comprehensive assessment".
  - UNDG Resource Guide for Gender Theme Groups (2018, scribd): GTG functions.
* Everything else is invented in the style of those sources: variants a
  consultant or a reporting platform would plausibly write and that a careful
  reader maps to one meaning without doubt.

Placeholders
------------
Templates are filled with ``str.format`` using the keywords country, year,
next_year, prev_year, cc (lower-case country slug, e.g. "kazakhstan"), url,
code, name and rating.  Each name below says which of them it may contain;
names that say nothing contain no braces at all.

Characters are limited to Latin-1 plus the en dash and curly quotes, so that
the PDF fonts can render every string.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Indicator headings
# ---------------------------------------------------------------------------

# Words put before a PI code in a section heading (joined to the code with a
# space by the generator; "" means the heading starts with the code).
# Reference: "PI 1.1 ...", "Performance Indicator 1.1:", "Indicator 1.1:";
# Montenegro 2017: "INDICATOR 1.1 COMMON COUNTRY ANALYSIS".
HEADING_PREFIXES: tuple[str, ...] = (
    "PI",
    "Performance Indicator",
    "Indicator",
    "",
    "UNCT-SWAP Indicator",
    "INDICATOR",
    "PERFORMANCE INDICATOR",
    "Performance Indicator (PI)",
    "UNCT-SWAP PI",
    "Scorecard Indicator",
    "Indicator No.",
)

# Between the code and the name.
HEADING_SEPARATORS: tuple[str, ...] = (
    " ",
    ": ",
    " – ",
    ". ",
    " | ",
    " - ",
    " : ",
)

# ---------------------------------------------------------------------------
# Indicator names
# ---------------------------------------------------------------------------

# Short names used in headings, tables and the action plan (framework
# short_name first, then aliases seen in real reports).
PI_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "1.1": ("Common Country Analysis", "CCA", "Common Country Analysis (CCA)"),
    "1.2": (
        "Cooperation Framework Outcomes",
        "UNSDCF Outcomes",
        "CF Outcomes",
        "Cooperation Framework outcomes",
    ),
    "1.3": (
        "Cooperation Framework Indicators",
        "UNSDCF Indicators",
        "CF Indicators",
        "Cooperation Framework indicators",
    ),
    "2.1": ("Joint Programmes", "Joint Programs", "Joint Programming"),
    "2.2": (
        "Communication and Advocacy",
        "Communication & Advocacy",
        "Communications and Advocacy",
    ),
    "2.3": (
        "Cooperation Framework M&E",
        "Cooperation Framework M & E",
        "UNSDCF M&E",
        "Cooperation Framework Monitoring and Evaluation",
        "Monitoring and Evaluation",
    ),
    "3.1": (
        "Government Engagement",
        "Engagement with Government",
        "Government",
    ),
    "3.2": (
        "GEWE CSO Engagement",
        "Engagement with GEWE CSO",
        "Engagement with GEWE CSOs",
        "Civil Society Engagement",
        "CSO Engagement",
    ),
    "4.1": ("Leadership", "Leadership for Gender Equality"),
    "4.2": ("Organizational Culture", "Organisational Culture"),
    "4.3": ("Gender Parity", "Gender Parity in Staffing"),
    "5.1": (
        "Gender Coordination Mechanism",
        "Coordination Mechanism",
        "Gender Theme Group",
    ),
    "5.2": (
        "Gender Mainstreaming Capacities",
        "Gender Capacities",
        "Capacity Development",
    ),
    "6.1": (
        "Financial Resources",
        "Resource Allocation & Tracking",
        "Resource Allocation and Tracking",
        "Resources",
    ),
    "7.1": ("GEWE Results", "Gender Equality Results", "Results"),
}

# Older (UNDAF / Partnership Framework era) names.  Montenegro and Kazakhstan
# 2017: "UNDAF OUTCOMES", "UNDAF MONITORING AND EVALUATION"; Kazakhstan used a
# "UN Partnership Framework for Development" (UNPFD / PFD).  The 2008-2014
# desk review spells CCA out as "Common Country Assessment".
PI_OLD_NAMES: dict[str, tuple[str, ...]] = {
    "1.1": ("Common Country Assessment",),
    "1.2": ("UNDAF Outcomes", "PFD Outcomes", "UNPFD Outcomes"),
    "1.3": ("UNDAF Indicators", "PFD Indicators", "UNPFD Indicators"),
    "2.1": (),
    "2.2": (),
    "2.3": (
        "UNDAF M&E",
        "UNDAF Monitoring and Evaluation",
        "UNDAF M & E",
        "PFD M&E",
    ),
    "3.1": (),
    "3.2": ("Engagement with Women's/Gender Equality CSO",),
    "4.1": (),
    "4.2": (),
    "4.3": (),
    "5.1": (),
    "5.2": (),
    "6.1": (),
    "7.1": (),
}

# Dimension names as written (number -> variants).  Extra name, not required.
DIMENSION_NAME_VARIANTS: dict[int, tuple[str, ...]] = {
    1: ("Planning", "PLANNING"),
    2: (
        "Programming and M&E",
        "Programming and M & E",
        "Programming and Monitoring and Evaluation",
        "PROGRAMMING AND M&E",
    ),
    3: ("Partnerships", "PARTNERSHIPS"),
    4: (
        "Leadership and Organizational Culture",
        "Leadership & Organizational Culture",
        "Leadership and organizational culture",
    ),
    5: (
        "Gender Architecture and Capacities",
        "Gender Coordination and Capacities",
        "Gender architecture and capacities",
    ),
    6: ("Financial Resources", "Resources"),
    7: ("Results", "RESULTS"),
}

# 2023 framework name of dimension 2 (2023 Technical Guidance table of contents).
DIMENSION_2_NAMES_2023: tuple[str, ...] = (
    "Programming, Monitoring, Evaluation and Learning",
    "Programming, Monitoring, Evaluation & Learning",
    "PROGRAMMING, MONITORING, EVALUATION AND LEARNING",
)

# ---------------------------------------------------------------------------
# Ratings
# ---------------------------------------------------------------------------

# How a level is written as a value.  The first entry of each is the full
# canonical phrase.  Reference: "APPROACHES MINIMUM REQUIREMENTS", table values
# "APPROACHING", "MEETS", "EXCEEDS", "MISSING"; "Missing requirements" in the
# methodology chapter; 2008 scorecard: "... minimum standards".
RATING_WORDS: dict[str, tuple[str, ...]] = {
    "missing": (
        "Missing Requirements",
        "Missing requirements",
        "MISSING REQUIREMENTS",
        "Missing minimum requirements",
        "Missing",
        "MISSING",
    ),
    "approaches": (
        "Approaches Minimum Requirements",
        "Approaches minimum requirements",
        "APPROACHES MINIMUM REQUIREMENTS",
        "Approaching minimum requirements",
        "Approaches requirements",
        "Approaches",
        "APPROACHING",
        "Approaching",
    ),
    "meets": (
        "Meets Minimum Requirements",
        "Meets minimum requirements",
        "MEETS MINIMUM REQUIREMENTS",
        "Meets requirements",
        "Meets minimum standards",
        "Meets",
        "MEETS",
    ),
    "exceeds": (
        "Exceeds Minimum Requirements",
        "Exceeds minimum requirements",
        "EXCEEDS MINIMUM REQUIREMENTS",
        "Exceeds requirements",
        "Exceeds minimum standards",
        "Exceeds",
        "EXCEEDS",
    ),
    "not_applicable": (
        "Not Applicable",
        "Not applicable",
        "NOT APPLICABLE",
        "N/A",
        "Not applicable (N/A)",
    ),
}

# Labels introducing a rating ("Label: value" lines, table headers).
# May contain {year}.
RATING_LABELS: tuple[str, ...] = (
    "Rating",
    "Rating Level",
    "Rating level",
    "Score",
    "Scoring",
    "Assessment",
    "Overall rating",
    "Performance rating",
    "Performance Indicator rating",
    "UNCT rating",
    "Current rating",
    "Final rating",
    "Level of performance",
    "Rating {year}",
    "{year} rating",
    "Rating in {year}",
    "Score ({year})",
)

# Sentences stating the rating.  Placeholders {code}, {name}, {rating}; the
# rating is always a full level phrase used as a noun phrase.
RATING_SENTENCES: tuple[str, ...] = (
    "The UNCT rating for this indicator is {rating}.",
    "The UNCT rating for Performance Indicator {code} is “{rating}”.",
    "Performance Indicator {code} ({name}) was rated as {rating}.",
    "Based on the evidence reviewed, the Interagency Assessment Team rated PI {code} as “{rating}”.",
    "Overall, the rating for indicator {code}, {name}, is {rating}.",
    "For {name} (PI {code}) the UNCT scored “{rating}”.",
    "The indicator {code} {name} is assessed at the level of {rating}.",
    "Rating agreed for PI {code}: {rating}.",
    "The IAT agreed on a rating of “{rating}” for {name}.",
    "As a result, indicator {code} receives the rating {rating}.",
    "Indicator {code} ({name}) remains at “{rating}”.",
    "The UNCT's performance on {name} is rated {rating}.",
)

# ---------------------------------------------------------------------------
# Reassessment flag
# ---------------------------------------------------------------------------

# Questions / labels for the reassessed flag.  May contain {year}.
# Reference: "Did you reassess the Performance Indicator in this reporting year".
REASSESSED_LABELS: tuple[str, ...] = (
    "Did you reassess the Performance Indicator in this reporting year",
    "Did you reassess the Performance Indicator in this reporting year?",
    "Reassessed",
    "Re-assessed",
    "Reassessed?",
    "Reassessed this year",
    "Assessed this year",
    "Reassessed in this reporting year",
    "Was this indicator reassessed in {year}?",
    "Indicator re-assessed in {year}",
    "Reassessed in {year}",
    "Updated in this reporting period",
    "PI reassessed in the reporting year",
    "Re-assessed (Yes/No)",
)

YES_WORDS: tuple[str, ...] = (
    "Yes",
    "YES",
    "yes",
    "Y",
    "Yes, reassessed",
    "Yes – reassessed this reporting year",
)

NO_WORDS: tuple[str, ...] = (
    "No",
    "NO",
    "no",
    "N",
    "Not reassessed",
    "No – rating carried over from the previous year",
    "No (rating carried forward)",
)

# ---------------------------------------------------------------------------
# Indicator box parts
# ---------------------------------------------------------------------------

FINDINGS_LABELS: tuple[str, ...] = (
    "Findings and Explanation",
    "Findings and explanation",
    "FINDINGS AND EXPLANATION",
    "Findings and Explanation:",
    "Findings",
    "Explanation",
    "Justification",
    "Rationale for rating",
    "Explanation of the rating",
    "Findings and justification",
    "Justification for the rating",
    "Assessment findings",
    "Key findings",
)

# Labels introducing the list of means of verification.
# Reference: "List Means of Verification." and "Evidence or Means of Verification:".
MOV_LABELS: tuple[str, ...] = (
    "List Means of Verification",
    "List Means of Verification.",
    "Means of Verification",
    "Means of verification",
    "MEANS OF VERIFICATION",
    "Means of verification (MoV)",
    "Evidence or Means of Verification",
    "Evidence or Means of Verification:",
    "List of Means of Verification",
    "Sources of verification",
    "Evidence",
    "Documents reviewed",
    "Evidence consulted",
    "Sources of evidence",
)

# Headings of the supporting-evidence part.
SUPPORTING_TITLES: tuple[str, ...] = (
    "Supporting Evidence",
    "SUPPORTING EVIDENCE",
    "9. Supporting Evidence",
    "Annex: Supporting documents",
    "Annex 1: Supporting Evidence",
    "Annex – Supporting documentation by Performance Indicator",
    "List of evidence",
    "Supporting evidence by Performance Indicator",
    "Supporting documents uploaded to the UNCT-SWAP platform",
    "Evidence base: documents uploaded",
)

EVIDENCE_CATEGORY_HEADERS: tuple[str, ...] = (
    "Category",
    "CATEGORY",
    "Document category",
    "Evidence category",
    "Type of evidence",
    "Type of document",
)

EVIDENCE_DOCUMENT_HEADERS: tuple[str, ...] = (
    "Documents",
    "Document",
    "DOCUMENTS",
    "Document title",
    "Title of document",
    "File name",
    "Supporting document",
)

# PI column of a single evidence table covering all indicators.
EVIDENCE_INDICATOR_HEADERS: tuple[str, ...] = (
    "Indicator",
    "PI",
    "Performance Indicator",
    "Link to Performance Indicator",
    "Related PI",
    "PI no.",
)

# Categories of supporting documents.  The first nine are the reference's own;
# the rest follow the evidence types the Technical Guidance asks for.
EVIDENCE_CATEGORIES: tuple[str, ...] = (
    "Joint Program documents",
    "Communication/Advocacy",
    "Government engagement",
    "GEWE CSO engagement",
    "RC communications",
    "Capacity development",
    "Financial resources",
    "Cooperation Framework reviews/monitoring data",
    "Other",
    "Common Country Analysis",
    "Cooperation Framework documents",
    "UNCT Work Plans",
    "Joint Work Plans",
    "Surveys",
    "Reports",
    "Policies",
    "Meeting minutes",
    "Terms of Reference",
    "Gender parity data",
    "Evaluations",
    "Knowledge products",
)

# ---------------------------------------------------------------------------
# Overview table
# ---------------------------------------------------------------------------

OVERVIEW_TITLES: tuple[str, ...] = (
    "Table 1: Summary of UNCT-SWAP Scorecard results",
    "Table 1:",
    "Overview of ratings",
    "Overview of Performance Indicators Reassessed, and Performance Indicator Ratings",
    "Overview of Results by Performance Indicator",
    "Findings Overview by Dimension Area",
    "Findings overview",
    "Summary of ratings by Performance Indicator",
    "Table 1: Overview of Performance Indicator ratings",
    "UNCT-SWAP Scorecard results at a glance",
)

# Same, with {year}.  Extra name (reference: "Table 2: Overview of UNCT-SWAP
# Cumulative Results in 2022").
OVERVIEW_TITLES_WITH_YEAR: tuple[str, ...] = (
    "Overview of UNCT-SWAP Cumulative Results in {year}",
    "Table 1: UNCT-SWAP ratings as of {year}",
    "Summary of {year} UNCT-SWAP Scorecard results",
)

OVERVIEW_INDICATOR_HEADERS: tuple[str, ...] = (
    "Indicator",
    "Performance Indicator",
    "PI",
    "Performance Indicator (PI)",
    "INDICATOR",
)

OVERVIEW_RATING_HEADERS: tuple[str, ...] = (
    "Rating Level",
    "Rating",
    "Score",
    "RATING",
    "Rating level",
    "Performance rating",
    "Current rating",
)

OVERVIEW_REASSESSED_HEADERS: tuple[str, ...] = (
    "Reassessed",
    "Re-assessed",
    "Reassessed?",
    "Reassessed this year",
    "Reassessed in reporting year",
    "REASSESSED",
)

OVERVIEW_DIMENSION_HEADERS: tuple[str, ...] = (
    "Dimension",
    "Dimension Area",
    "Performance Dimension",
    "Area",
    "DIMENSION",
)

# ---------------------------------------------------------------------------
# Action plan
# ---------------------------------------------------------------------------

ACTION_PLAN_TITLES: tuple[str, ...] = (
    "Action Plan",
    "ACTION PLAN",
    "UNCT-SWAP Action Plan",
    "UNCT-SWAP Scorecard Action Plan",
    "Updated UNCT-SWAP Action Plan",
    "Action plan implementation monitoring",
    "Action Plan and report-back on implementation",
    "Annex: UNCT-SWAP Action Plan",
)

# Same, with {country}.  Extra name (reference: "8. UNCT in Kazakhstan Action Plan").
ACTION_PLAN_TITLES_WITH_COUNTRY: tuple[str, ...] = (
    "UNCT in {country} Action Plan",
    "UNCT {country} UNCT-SWAP Action Plan",
    "Action Plan of the United Nations Country Team in {country}",
)

ACTION_INDICATOR_HEADERS: tuple[str, ...] = (
    "Link to Performance Indicator",
    "Performance Indicator",
    "PI",
    "Indicator",
    "Related Performance Indicator",
    "Linked PI",
)

ACTION_ACTION_HEADERS: tuple[str, ...] = (
    "Action Points",
    "Action points",
    "ACTION POINTS",
    "Planned actions",
    "Actions",
    "Recommended actions",
    "Agreed actions",
    "Action",
    "Actions to be taken",
)

# Remaining columns, 1 to 4 each.  May contain {year}.
ACTION_PROGRESS_COLUMN_SETS: tuple[tuple[str, ...], ...] = (
    (
        "ACTIVITIES UNDERTAKEN IN YEAR 1",
        "ACTIVITIES UNDERTAKEN IN YEAR 2",
        "ACTIVITIES UNDERTAKEN IN YEAR 3",
        "ACTIVITIES UNDERTAKEN IN YEAR 4",
    ),
    (
        "ACTIVITIES UNDERTAKEN IN YEAR 1",
        "ACTIVITIES UNDERTAKEN IN YEAR 2",
        "ACTIVITIES UNDERTAKEN IN YEAR 3",
    ),
    ("Activities undertaken in Year 1", "Activities undertaken in Year 2"),
    ("Responsible", "Timeline", "Status"),
    ("Lead entity", "Timeframe", "Resources", "Progress in {year}"),
    ("Responsible entity/ies", "Deadline"),
    ("Progress to date",),
    ("Status in {year}", "Comments"),
    ("Responsibility", "Time frame", "Indicator of progress"),
    ("Who", "When", "Status of implementation"),
    ("Timeline", "Progress ({year})"),
    ("Lead", "Support", "Target date", "Status"),
)

# ---------------------------------------------------------------------------
# Cover
# ---------------------------------------------------------------------------

# Placeholders {country}, {year}.  Every annual title has an annual/progress
# word and no comprehensive/baseline word; every comprehensive title has a
# comprehensive/baseline/full-assessment word and no annual/progress word.
REPORT_TITLES: dict[str, tuple[str, ...]] = {
    "annual": (
        "UNCT-SWAP Gender Equality Scorecard Annual Progress Assessment Report and Action Plan",
        "UNCT-SWAP GENDER EQUALITY SCORECARD – ANNUAL PROGRESS ASSESSMENT REPORT AND ACTION PLAN",
        "UNCT-SWAP Gender Equality Scorecard: Annual Progress Report {year}",
        "{country} UNCT-SWAP Gender Equality Scorecard Annual Progress Report {year}",
        "Annual Progress Update on the UNCT-SWAP Gender Equality Scorecard – {country}, {year}",
        "UNCT-SWAP Scorecard {year} Annual Report: United Nations Country Team in {country}",
        "{country} UNCT Gender Scorecard Progress Report {year}",
        "UNCT-SWAP Gender Equality Scorecard Annual Progress Reporting {year}",
        "Gender Equality Scorecard: Annual Progress Assessment and Updated Action Plan, {year}",
        "UNCT-SWAP Annual Report {year} and Action Plan Report-Back",
    ),
    "comprehensive": (
        "UNCT-SWAP Gender Equality Scorecard: Comprehensive Assessment {year}",
        "UNCT-SWAP Gender Equality Scorecard Comprehensive Assessment Report and Action Plan",
        "UNCT-SWAP GENDER EQUALITY SCORECARD – COMPREHENSIVE ASSESSMENT RESULTS AND ACTION PLAN",
        "{country} UNCT-SWAP Gender Equality Scorecard Comprehensive Report {year}",
        "UNCT-SWAP Gender Equality Scorecard Baseline Assessment: Results and Action Plan – {country} {year}",
        "Comprehensive UNCT-SWAP Gender Equality Scorecard Assessment – United Nations Country Team in {country}, {year}",
        "UNCT SWAP-Scorecard Comprehensive Assessment Results and Action Plan",
        "{country} UNCT Gender Scorecard Full Assessment Report {year}",
        "Gender Equality SWAP-Scorecard Baseline Assessment Results and Action Plan, {country} {year}",
        "UNCT-SWAP Scorecard Comprehensive Report: Assessment of all 15 Performance Indicators, {year}",
    ),
}

# A cover line stating the type.  No placeholders.
REPORT_TYPE_LINES: dict[str, tuple[str, ...]] = {
    "annual": (
        "Type of report: Annual progress report",
        "Report type: Annual Progress Assessment",
        "Assessment type: Annual progress update",
        "Reporting type: Annual progress reporting",
        "Type of assessment: Annual progress assessment (minimum 5 Performance Indicators reassessed)",
        "ANNUAL PROGRESS REPORT",
    ),
    "comprehensive": (
        "Type of report: Comprehensive assessment",
        "Assessment type: Comprehensive assessment",
        "Report type: Comprehensive report (all 15 Performance Indicators)",
        "Type of assessment: Baseline (comprehensive) assessment",
        "Reporting type: Comprehensive reporting",
        "COMPREHENSIVE ASSESSMENT",
    ),
}

# Placeholder {country}.
COUNTRY_TEAM_LINES: tuple[str, ...] = (
    "United Nations Country Team in {country}",
    "UNCT {country}",
    "UNCT in {country}",
    "UN Country Team {country}",
    "United Nations Country Team, {country}",
    "The United Nations Country Team in {country}",
    "UN Country Team in {country}",
)

# Before a dimension number in a dimension heading ("" = number only).
# Reference: "Dimension Area 1: Planning", "Dimension 1 - Planning".
DIMENSION_HEADING_PREFIXES: tuple[str, ...] = (
    "Dimension",
    "DIMENSION",
    "Dimension Area",
    "DIMENSION AREA",
    "Area",
    "Performance Dimension",
    "",
)

# Code column header of the overview table (moved from draw.py when the
# language axis came, so that every language has its own).
OVERVIEW_CODE_HEADERS: tuple[str, ...] = ("PI", "No.", "Code", "#")

# Lead column headers of the action plan and the code-only row label (moved
# from compose.py / randomized/content.py for the same reason).
ACTION_DIMENSION_HEADER = "Dimension"
ACTION_NUMBER_HEADER = "#"
PI_CODE_LABELS: tuple[str, ...] = ("PI {code}",)

# Body texts of a randomized report (moved from compose.py): the heading of
# the PI sections, the introduction ({country}), and the cover line giving
# the year when no other cover line does ({year}); running header title
# ({country}, {year}).
SECTION_TITLES: tuple[str, ...] = ("Assessment by Performance Indicator", "Detailed Findings", "Findings by indicator",
                                   "Scorecard results", "Results of the assessment")
INTRO = ("This report sets out the self-assessment of the United Nations Country Team in {country} against the "
         "performance indicators of the UNCT-SWAP Gender Equality Scorecard, with the evidence reviewed and the "
         "actions agreed for the coming year.")
REPORTING_YEAR_LINES: tuple[str, ...] = ("Reporting year: {year}",)
RUNNING_TITLE = "UNCT-SWAP Scorecard {country} {year}"
PAGE_WORD = "Page"  # page-number footer under a running header

# ---------------------------------------------------------------------------
# Evidence items
# ---------------------------------------------------------------------------

# Means-of-verification items, written like the reference's lists (without
# numbering or trailing ";", which the renderer adds).  Placeholders
# {country}, {year}, {next_year}, {prev_year}, {cc}, {url}.
MOV_ITEM_TEMPLATES: tuple[str, ...] = (
    "UNCG Annual Work Plan {year}",
    "UNCT Gender Theme Group annual work plan {year}",
    "Gender Theme Group Terms of Reference (revised {year})",
    "Common Country Analysis, {prev_year} update",
    "Cooperation Framework {year}-{next_year} Results Framework",
    "{year}-{next_year} Joint Work Plan",
    "UNSDCF Annual Results Report ({prev_year})",
    "UN-INFO {country} Dashboard",
    "UN Country Results Report {prev_year}: https://{cc}.un.org/en/resources/publications",
    "Minutes of UNCT meetings with gender equality as a standing agenda item ({year})",
    "Terms of Reference of the Cooperation Framework Results Groups",
    "Organizational culture survey results, {year}",
    "Gender parity table of UN entities in {country}, as of December {year}",
    "Agenda and list of participants of the inter-agency training on gender mainstreaming, {year}",
    "Voluntary National Review of {country} on the implementation of the SDGs ({url})",
    "Joint statement of the UN in {country} on International Women's Day {year}: https://{cc}.un.org/en/press-centre",
    "16 Days of Activism against Gender-Based Violence campaign materials and social media posts ({url})",
    "UNCT Joint Communication Strategy {prev_year}-{next_year}",
    "UNCT confidential report to the CEDAW Committee",
    "Joint Programme document and {prev_year} annual progress report",
    "UNCT Gender Equality Marker training agenda and presentation, {year}",
    "UN INFO export of Joint Work Plan sub-outputs with Gender Equality Marker codes",
    "{prev_year} RC & UNCT Performance Plan evaluation",
    "Minutes of the extended Gender Theme Group meeting, {year}",
    "List of participants of the CSO consultation on the Common Country Analysis",
    "Cooperation Framework mid-term review report ({year})",
    "Final report of the independent evaluation of the UNDAF",
    "PSEA Action Plan {year} and Standard Operating Procedures",
    "Brown Bag Lunch agenda, October {year}",
    "Rapid Gender Assessment of the impact of COVID-19 in {country}",
    "Socio-Economic Impact Assessment, Executive Summary",
    "Gender budget analysis of the UNSDCF Joint Work Plans {year}",
    "Minutes of the UNCT retreat agreeing a financial target for GEWE ({year})",
    "National Action Plan on UNSCR 1325 (draft supported by the UNCT)",
    "UNCT induction package for new personnel, section on gender equality",
    "Results Group annual reports {year}",
    "Press release on the joint advocacy campaign: {url}",
    "Cooperation Framework Results Matrix with sex-disaggregated indicators",
    "RC speech at the national forum on women's economic empowerment, {year} (https://{cc}.un.org/en/speeches)",
    "Capacity assessment survey of UN personnel on gender mainstreaming (summary of results)",
    "Gender Theme Group membership list and meeting attendance, {year}",
    "Spotlight Initiative Programme Document and {prev_year} Annual Narrative Report",
)

# Titles of uploaded supporting documents (the reference's look like file
# names).  Same placeholders as MOV_ITEM_TEMPLATES.
SUPPORTING_DOC_TEMPLATES: tuple[str, ...] = (
    "UNSDCF {country} {prev_year}-{next_year} ENG",
    "UN {country} {prev_year} Annual Report EN",
    "UNSDCF Financial framework",
    "GTG ToR {year} final",
    "UNCT meeting minutes 30 September {year}",
    "UNCT {country} Joint Comms Plan {year}",
    "WSAT {country} schedule June {year}",
    "Gender parity table_{year}_all agencies",
    "OC survey results {year} (final)",
    "IMG 4412",
    "CCA_{country}_{year}_final draft",
    "JWP {year}-{next_year} export UN INFO",
    "GEM training agenda {year}",
    "Concept note 16 days campaign {year}",
    "RC speech IWD {year}",
    "UNCT retreat report {year}",
    "CSO consultation list of participants {year}",
    "Results Matrix_{country}_CF",
    "Brown Bag Event Agenda & LoP",
    "Spotlight {country} annual narrative report {prev_year}",
    "HoA meeting minutes_{year}_GEWE item",
    "Capacity assessment survey report",
    "PSEA Action Plan {year} signed",
    "UNDAF evaluation final report",
    "ProDoc - Joint Programme - signed",
    "{prev_year} UNCT {country} Performance Plan evaluation",
    "Press release GEF commitments {year}",
    "ToR Results Groups",
    "Induction package UN personnel (GEWE module)",
    "VNR {year} {country} Main Messages English",
    "Minutes of meeting VNR - UN",
    "NAP UNSCR1325",
    "EN SEIA II Exec Sum",
    "UN Info UNCT JWP - export file",
    "Joint Programme annual report {prev_year} (link: {url})",
    "Gender Theme Group Annual Work Plan {year} (https://{cc}.un.org/en/resources)",
)

# ---------------------------------------------------------------------------
# Action-plan cells
# ---------------------------------------------------------------------------

# Action points, in the reference's voice.  Placeholders {country}, {year},
# {next_year}, {prev_year}.
ACTION_TEMPLATES: tuple[str, ...] = (
    "Ensure that all CCA sectors contain gender analysis, including underlying causes of gender inequality and discrimination, and consistent sex-disaggregated and gender-sensitive data.",
    "Ensure that gender equality is visibly mainstreamed across all outcomes of the next Cooperation Framework and that one outcome specifically targets gender equality in line with SDG 5.",
    "Ensure that more than one-half of Cooperation Framework outcome and output indicators measure changes in gender equality and the empowerment of women.",
    "Develop a checklist on gender aspects for Joint Programme proposals, to be reviewed by the GTG before submission to the UNCT.",
    "Ensure that the UNCG Annual Work Plan visibly includes GEWE communication and advocacy priorities for {next_year}.",
    "Organize a technical training on gender-sensitive M&E for the M&E Group and the Results Groups at least once during the current Cooperation Framework cycle.",
    "Gather data for gender-sensitive Cooperation Framework indicators as planned and ensure that the annual review assesses progress against gender-specific results.",
    "Engage the National Women's Machinery in all stages of the Cooperation Framework, from country analysis to monitoring and evaluation.",
    "Broaden engagement with women's rights organizations and CSOs representing the most marginalized groups, including rural women and women with disabilities.",
    "Include gender equality as a standing agenda item of UNCT Heads of Agency meetings.",
    "Conduct the organizational culture survey among all UN personnel in {country} in {next_year}.",
    "Regularly gather gender parity data across all agencies and discuss gender parity at UNCT level at least once a year.",
    "Revise the GTG Terms of Reference so that the group is chaired by a Head of Agency and reports to the UNCT at least twice a year.",
    "Develop an inter-agency capacity development plan on gender mainstreaming and a UN system-wide induction package for new personnel.",
    "Establish a financial target for programme allocations for GEWE and track it through the UNCT Gender Equality Marker in UN INFO.",
    "Consolidate gender-related results data from the Results Groups on a regular basis to inform the annual UN Country Results Report.",
    "Include specific GEWE questions in the independent evaluation of the Cooperation Framework planned for {next_year}.",
    "Ensure that every Results Group has a gender focal point who participates in the GTG.",
    "Organize at least one joint advocacy campaign per year in a non-traditional thematic area, such as climate change, digital innovation or the economy.",
    "Apply the UNCT Gender Equality Marker to all sub-outputs of the {year}-{next_year} Joint Work Plan and provide refresher training to Results Groups.",
    "Update the UNCT-SWAP Action Plan after each annual progress assessment and present it to the UNCT for endorsement.",
    "Prepare a joint UNCT submission to the CEDAW Committee in consultation with GEWE CSOs.",
    "N/A",
)

# Short progress / status / timeline / responsible cell texts.  Placeholders
# {country}, {year}, {next_year}, {prev_year}.
PROGRESS_TEMPLATES: tuple[str, ...] = (
    "N/A",
    "NA",
    "Ongoing",
    "Completed",
    "Not started",
    "In progress",
    "Partially completed",
    "RCO / GTG",
    "UN Women (lead), UNFPA, UNDP",
    "GTG chair with support of RCO",
    "Q4 {year}",
    "By December {next_year}",
    "Planned for {next_year}",
    "{year}-{next_year}",
    "No action has been taken since the baseline.",
    "No specific action has been taken since the baseline on this indicator.",
    "Completed in {year}; the GTG provided gender-sensitive inputs.",
    "CCA has been updated in October {year}.",
    "Will be identified in {next_year} during the development of the Joint Work Plans.",
    "Gender marker training for Results Groups conducted in {year}.",
    "Survey launched in November {year}; results expected in {next_year}.",
    "Delayed due to the development of the new Cooperation Framework.",
    "GEWE remains a standing item of the UNCT meetings since {prev_year}.",
    "Within existing resources",
    "USD 10,000 (GTG pooled funds)",
)

# ---------------------------------------------------------------------------
# Findings prose
# ---------------------------------------------------------------------------

# Narrative sentences in the reference's style.  Placeholders {country}, {year}.
FINDINGS_TEMPLATES: tuple[str, ...] = (
    "The CCA includes a gender analysis and sex-disaggregated data across the majority of sectors, although gender analysis is not presented in the environment and financing sections.",
    "The CCA includes references to international conventions, including CEDAW, the Beijing Declaration and Platform for Action and the UPR.",
    "Gender equality is visibly mainstreamed across all outcome areas of the Cooperation Framework in line with the Theory of Change and SDG priorities, including SDG 5.",
    "Of the outcome indicators of the Cooperation Framework, fewer than one-third measure changes in gender equality and the empowerment of women.",
    "In {year}, UNCT {country} implemented two joint programmes, both of which visibly mainstream gender equality in their results frameworks.",
    "The UNCG annual work plan for {year} includes Gender Equality and Women's Empowerment as a priority of the UNCT's communication strategy.",
    "In {year}, the UN in {country} together with national partners led the 16 Days of Activism against Gender-Based Violence campaign.",
    "The Results Groups collect data for gender-sensitive indicators as planned, but the annual review did not assess progress against gender-specific results.",
    "During the reporting period, UNCT {country} collaborated with the National Women's Machinery on a joint initiative to advance gender equality.",
    "GEWE CSOs participated in the consultations for the Common Country Analysis and the strategic prioritization of the Cooperation Framework.",
    "Gender equality is a regular topic of discussion in Heads of Agency meetings, and the Resident Coordinator publicly championed gender equality during {year}.",
    "The organizational culture survey was sent to all Heads of Agency with instructions to distribute it to all personnel; the overall positive rating was 72 percent.",
    "The UNCT does not have a mechanism to monitor gender parity, as this is under the control of individual agencies.",
    "The Gender Theme Group met four times in {year}, but Heads of Agency did not attend its meetings and the group does not have an approved annual work plan.",
    "In {year}, the UNCT organized a two-day inter-agency training on gender mainstreaming attended by personnel of nine UN entities.",
    "The UNCT has not established a financial target for programme allocations for gender equality and the empowerment of women.",
    "The Gender Equality Marker has been applied to all sub-outputs of the Joint Work Plan in UN INFO.",
    "The UNCT is on track to achieve some of the gender equality results planned in the Cooperation Framework outcomes, in line with SDG priorities, including SDG 5.",
    "With UN support, {country} adopted an updated national strategy on gender equality in {year}.",
    "As a result of a joint discussion, the Interagency Assessment Team recommended strengthening the gender aspects of the next CCA update.",
    "The Interagency Assessment Team reviewed the available evidence against each criterion in a consolidation workshop held in November {year}.",
    "The UNCT submitted a confidential report to the CEDAW Committee in {year}, prepared in consultation with women's rights organizations.",
)


if __name__ == "__main__":  # pragma: no cover - quick self-check
    _kw = dict(
        country="Kazakhstan",
        year=2022,
        next_year=2023,
        prev_year=2021,
        cc="kazakhstan",
        url="https://example.org/x",
        code="1.1",
        name="Common Country Analysis",
        rating="Meets minimum requirements",
    )

    def _walk(obj):
        if isinstance(obj, str):
            yield obj
        elif isinstance(obj, dict):
            for v in obj.values():
                yield from _walk(v)
        elif isinstance(obj, (tuple, list)):
            for v in obj:
                yield from _walk(v)

    _n = 0
    for _name, _val in list(globals().items()):
        if _name.isupper():
            for _s in _walk(_val):
                _s.format(**_kw)
                _n += 1
    print("ok", _n, "strings")
