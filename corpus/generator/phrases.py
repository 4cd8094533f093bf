"""The corpus's own wording: names, criteria, findings, evidence and actions to draw from.

Written for this project; facts are modelled on how real reports are worded,
no sentence is copied from one.
"""

from __future__ import annotations

# How platform exports name each PI in headings and tables (several spellings each).
PLATFORM_NAMES = {
    "1.1": ["Common Country Analysis"],
    "1.2": ["Cooperation Framework Outcomes", "UNSDCF Outcomes"],
    "1.3": ["Cooperation Framework Indicators"],
    "2.1": ["Joint Programmes", "Joint Programs"],
    "2.2": ["Communication & Advocacy", "Communication and Advocacy"],
    "2.3": ["Cooperation Framework M & E", "Cooperation Framework M&E"],
    "3.1": ["Engagement with Government", "Government Engagement"],
    "3.2": ["Engagement with GEWE CSO", "GEWE CSO Engagement"],
    "4.1": ["Leadership for Gender Equality", "Leadership"],
    "4.2": ["Organizational Culture"],
    "4.3": ["Gender Parity"],
    "5.1": ["Gender Coordination Mechanism"],
    "5.2": ["Gender Mainstreaming Capacities", "Gender Capacities"],
    "6.1": ["Resource Allocation & Tracking", "Financial Resources"],
    "7.1": ["GEWE Results"],
}

# Pre-platform consultant reports (2018-2019) said UNDAF.
CONSULTANT_NAMES = {
    "1.1": "Common Country Analysis",
    "1.2": "UNDAF Outcomes",
    "1.3": "UNDAF Indicators",
    "2.1": "Joint Programmes",
    "2.2": "Communication and Advocacy",
    "2.3": "UNDAF Monitoring and Evaluation",
    "3.1": "Government Engagement",
    "3.2": "GEWE CSO Engagement",
    "4.1": "Leadership",
    "4.2": "Organizational Culture",
    "4.3": "Gender Parity",
    "5.1": "Gender Coordination Mechanism",
    "5.2": "Gender Mainstreaming Capacities",
    "6.1": "Financial Resources",
    "7.1": "GEWE Results",
}

CRITERIA = {
    "1.1": "The country analysis covers the causes of gender inequality in most sectors and uses sex-disaggregated data.",
    "1.2": "Gender equality is visible across the outcome areas, and one outcome targets it directly.",
    "1.3": "Between a third and a half of outcome and output indicators track change in gender equality.",
    "2.1": "Joint programmes in operation mainstream gender equality, and one of them targets it.",
    "2.2": "The communication group plans joint advocacy on gender equality and carries it out.",
    "2.3": "Results data on gender-sensitive indicators are gathered as planned and reviews assess them.",
    "3.1": "The team works with government bodies on joint initiatives for gender equality.",
    "3.2": "Women's organizations and gender equality advocates take part in joint initiatives and consultations.",
    "4.1": "Heads of agency discuss gender equality regularly and the Resident Coordinator champions it in public.",
    "4.2": "Personnel rate the organizational environment for gender equality positively in the staff survey.",
    "4.3": "A mechanism monitors gender parity in staffing across grades.",
    "5.1": "The gender theme group has senior membership, a work plan and a say in joint processes.",
    "5.2": "Inter-agency capacity development on gender mainstreaming took place in the past year.",
    "6.1": "Financial targets for gender equality are set and the gender equality marker is applied and tracked.",
    "7.1": "The team is on track to achieve the gender equality results planned in the framework outcomes.",
}

FINDINGS = [
    "In {year} the inter-agency assessment team reviewed the documents of the {country} country team and discussed them with the heads of agency.",
    "The review found that progress since the last report was uneven across agencies and depended on a few committed focal points.",
    "The team noted that most of the agreed actions were started, while some were postponed to the next planning cycle.",
    "Sex-disaggregated data were available for most sectors, although data on rural women and on women with disabilities remained scarce.",
    "Consultations with national partners in {country} confirmed that the joint work plan reflects the priorities of the national gender strategy.",
    "The gender theme group prepared a short note on the findings, which the country team endorsed at its meeting in {month} {year}.",
    "Several agencies contributed evidence, and the assessment team checked each item against the minimum requirements.",
    "The rating reflects the situation at the end of {year}; changes agreed after that date will be assessed in the next report.",
    "A joint mission with the regional office in {month} {year} helped the team compare its practice with neighbouring countries.",
    "The team recommends keeping this indicator under review, as the related work plan ends in {next_year}.",
]

NUMERIC_FINDINGS = {
    "1.3": "Of the {total} outcome and output indicators, {part} ({share}%) measure change in gender equality.",
    "4.2": "The staff survey gave a positive rating of {share} percent for the environment for gender equality ({data_year} data).",
    "4.3": "Women make up {share}% of the personnel of the agencies that reported staffing data.",
}

EVIDENCE_DOCS = [
    ("Gender theme group annual work plan {year}", None),
    ("Minutes of the country team meeting of {month} {year}", None),
    ("Joint communication and advocacy plan {year}", None),
    ("Campaign page for the 16 days of activism", "https://un.example.org/{cc}/16-days-{year}"),
    ("Report of the national consultation with women's organizations", None),
    ("Terms of reference of the gender theme group", None),
    ("Results group joint work plan {year}-{next_year}", None),
    ("Training agenda and list of participants, gender marker workshop", None),
    ("Staff survey on the organizational environment (summary results)", None),
    ("Country analysis update {year}", "https://un.example.org/{cc}/cca-update-{year}"),
    ("Annual results report {prev_year}", None),
    ("Joint programme document on women's economic empowerment", None),
    ("Press release on the joint statement for International Women's Day", "https://news.example.org/{cc}/iwd-{year}"),
    ("Financial framework with gender equality marker codes", None),
    ("Monitoring data of the results framework", "https://data.example.org/{cc}/results/{year}"),
    ("Concept note of the national dialogue on gender statistics", None),
    ("Induction package for new personnel", None),
    ("Photo story on women entrepreneurs in rural areas", "https://stories.example.org/{cc}/women-entrepreneurs"),
]

SUPPORTING_CATEGORIES = {
    "1.1": "Country analysis", "1.2": "Cooperation Framework document", "1.3": "Cooperation Framework document",
    "2.1": "Joint Program documents", "2.2": "Communication/Advocacy", "2.3": "Cooperation Framework reviews/monitoring data",
    "3.1": "Government engagement", "3.2": "GEWE CSO engagement", "4.1": "RC communications",
    "4.2": "Survey results", "4.3": "Staffing data", "5.1": "Gender coordination", "5.2": "Capacity development",
    "6.1": "Financial resources", "7.1": "Cooperation Framework reviews/monitoring data",
}

SUPPORTING_DOCS = [
    "Joint work plan {year} final",
    "GTG ToR signed",
    "UNCT retreat report {month} {year}",
    "Survey results {prev_year} summary",
    "Annual results report {prev_year} EN",
    "Agenda training gender marker {year}",
    "Concept note national dialogue",
    "List of participants consultation",
    "Advocacy plan {year} v2",
    "Gender parity data {year}",
]

ACTIONS = {
    "1.1": "Make sure that every sector of the next country analysis examines the causes of gender inequality and uses sex-disaggregated data.",
    "1.2": "Keep gender equality visible in all outcome statements of the next framework and keep one outcome focused on it.",
    "1.3": "Raise the share of gender-sensitive outcome and output indicators to at least one third during the mid-term review.",
    "2.1": "Prepare a gender checklist for new joint programme proposals and have the gender theme group review each draft.",
    "2.2": "Include at least two joint gender equality campaigns in the communication group's annual work plan.",
    "2.3": "Collect data on the gender-sensitive indicators every year and include a gender question in the framework evaluation.",
    "3.1": "Extend joint work with the national gender machinery to ministries that work on the economy and on climate.",
    "3.2": "Invite women's organizations to the annual review of the framework and to the results groups.",
    "4.1": "Put gender equality on the agenda of the heads of agency meeting at least every quarter.",
    "4.2": "Repeat the staff survey on the organizational environment and discuss its results with all personnel.",
    "4.3": "Collect gender parity data across all agencies once a year and discuss it at the country team level.",
    "5.1": "Revise the terms of reference of the gender theme group so that a head of agency chairs it.",
    "5.2": "Run a capacity assessment on gender mainstreaming and train the results groups on the gender marker.",
    "6.1": "Apply the gender equality marker to all sub-outputs of the joint work plan and set a financial target.",
    "7.1": "Report each year on the gender equality results of the framework outcomes in the annual results report.",
}

PROGRESS = [
    "No action taken yet.",
    "N/A",
    "Work started in {year}; a first draft was shared with the gender theme group.",
    "Completed in {month} {year}.",
    "Partly done: {n} of the agencies applied the new approach.",
    "Planned for {next_year}.",
    "The gender theme group followed up and reported to the country team in {month}.",
    "Ongoing; discussed at the retreat of the country team.",
]

# Long compounds for the hyphenation stress: in a narrow cell they wrap at their hyphens.
HYPHENATED = [
    "Gender-responsive, results-based and evidence-informed follow-up with sex-disaggregated data-collection tools.",
    "Multi-stakeholder, rights-based consultations on gender-sensitive, age-disaggregated indicators.",
]

RESPONSIBLE = ["RCO", "Gender theme group", "Results groups", "Communication group", "Heads of agency", "Operations management team"]
STATUS = ["Not started", "Ongoing", "Completed", "Delayed"]

MONTHS = ["February", "March", "April", "May", "June", "September", "October", "November"]
