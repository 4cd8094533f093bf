"""Each region reader on blocks built in memory: (blocks, expected records) tables, no file involved.

A reader can be changed and checked here without running the corpus.
"""

from __future__ import annotations

import pytest

from swapscore.pipeline.regions import action_plan, evidence, overview, read_report, sections, tables
from swapscore.pipeline.regions.cues import pi_code_in_heading, split_label
from swapscore.pipeline.regions.metadata import infer_report_type
from swapscore.schemas.framework import default_framework
from swapscore.schemas.records import ParsedDocument
from tests.builders import p, table

FW = default_framework()


# --- headings ---------------------------------------------------------------------------------------------

HEADINGS = [
    ("PI 1.1 Common Country Analysis", ("1.1", "Common Country Analysis")),
    ("Performance Indicator (PI) 2.3: UNDAF M&E", ("2.3", "UNDAF M&E")),
    ("UNCT-SWAP Indicator 4.2 | Organizational culture", ("4.2", "Organizational culture")),
    ("Common Country Analysis (PI 1.1)", ("1.1", "Common Country Analysis")),
    ("Gender Parity – Indicator 4.3", ("4.3", "Gender Parity")),
    ("Indicator No. 5.1. Gender Theme Group", ("5.1", "Gender Theme Group")),
    ("The UN supported progress on SDG 5.1 and 5.2 in 2022", None),
    ("version 1.1.2 of the guidance", None),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_pi_code_in_heading(text, expected):
    found = pi_code_in_heading(text)
    assert (found is None and expected is None) or (found is not None and found == expected)


@pytest.mark.parametrize(("paragraph", "is_heading"), [
    (p("PI 1.1 Common Country Analysis", "heading", True), True),
    (p("1.1 Common Country Analysis", "heading", True), True),  # a bare code, and the PI's own name
    (p("2.1 Performance Dimensions and Indicators", "heading", True), False),  # a chapter numbered like a PI
    (p("1.2 UNDAF Outcomes Approaches minimum requirements"), False),  # an overview row read as a line by OCR
    (p("PI 1.1 Common Country Analysis ........ 9"), False),  # a table-of-contents entry
    (p("- 1.1 Common Country Analysis", "list_item"), False),
])
def test_heading_of(paragraph, is_heading):
    assert (sections.heading_of(paragraph, FW) is not None) == is_heading


@pytest.mark.parametrize(("cell", "code"), [
    ("6.1 Adequate resources", "6.1"),
    ("PI 6.1", "6.1"),
    ("gender mainstreaming 6.1 Adequate resources", "6.1"),  # the merged cell above ran over into this one
    ("see 6.1 above", None),
    ("Resources are tracked at 6.1 percent", None),
])
def test_the_pi_code_of_a_pi_cell(cell, code):
    from swapscore.pipeline.regions.cues import pi_cell_code
    assert pi_cell_code(cell) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("Rating: Meets", ("Rating", "Meets")),
    ("Was this indicator reassessed in 2021? Yes", ("Was this indicator reassessed in 2021?", "Yes")),
    ("Reassessed?", ("Reassessed?", None)),
    ("Findings and explanation", None),
    ("The UNCT, in its 2022 meeting: agreed the plan of the group for the year with a long sentence", None),
])
def test_split_label(text, expected):
    assert split_label(text) == expected


# --- PI sections ------------------------------------------------------------------------------------------


def _section(*blocks, code="1.1"):
    heading = p(f"PI {code} Common Country Analysis", "heading", True)
    (found,) = sections.sections([heading, *blocks], set(), FW)
    return sections.read(found)


SECTIONS = [
    # (blocks, rating text, reassessed text)
    ([p("Rating: Approaches minimum requirements"), p("Reassessed: Yes")], "Approaches minimum requirements", "Yes"),
    ([p("Score", bold=True), p("MEETS"), p("Re-assessed", bold=True), p("No – rating carried forward")], "MEETS",
     "No – rating carried forward"),
    ([p("Level of performance: Exceeds"), p("Did you reassess the Performance Indicator in this reporting year"),
      p("Yes", "list_item")], "Exceeds", "Yes"),
    ([table(("Overall rating", "Missing requirements"), ("Reassessed this year", "N"))], "Missing requirements", "N"),
    ([p("The UNCT rating for this indicator is Meets minimum requirements."), p("Assessed this year: Y")],
     "The UNCT rating for this indicator is Meets minimum requirements.", "Y"),
    ([p("Indicator 1.1 (CCA) remains at “APPROACHES”."), p("Reassessed?"), p("Not reassessed")],
     "Indicator 1.1 (CCA) remains at “APPROACHES”.", "Not reassessed"),
    ([table(("Performance Indicator 1.1:\nCommon Country Analysis integrates gender analysis\nMEETS MINIMUM REQUIREMENTS",
             "Planning"))], "MEETS MINIMUM REQUIREMENTS", None),
    # a heading the reader ran together with the label under it, a label and its value with no colon, a rating
    # sentence and a reassessed label in one paragraph
    ([p("Performance Indicator 1.1: Common Country Analysis Performance rating", bold=True), p("EXCEEDS"),
      p("Reassessed: NO")], "EXCEEDS", "NO"),
    ([p("2022 rating Approaches Minimum Requirements"), p("Reassessed in 2022"), p("Yes")],
     "Approaches Minimum Requirements", "Yes"),
    ([p("The UNCT rating for Performance Indicator 1.1 is “Approaches minimum requirements”. Reassessed in 2022: Yes")],
     "The UNCT rating for Performance Indicator 1.1 is “Approaches minimum requirements”.", "Yes"),
    ([table(("", "Performance Indicator rating", "Missing", ""), ("Updated in this reporting period", "Y"))], "Missing", "Y"),
    # a rating sentence the line reading ran together with the findings after it, longer than a rating sentence
    ([p("Overall, the rating for indicator 1.1, Common Country Analysis, is Exceeds minimum requirements. The survey "
        "was sent to all Heads of Agency with instructions to pass it on to all personnel of their entities; the "
        "overall positive rating was 72 percent, up from 64 percent in the year before."), p("Reassessed: Yes")],
     "Overall, the rating for indicator 1.1, Common Country Analysis, is Exceeds minimum requirements.", "Yes"),
]


@pytest.mark.parametrize(("block", "parts"), [
    (p("Cooperation Framework indicators measure changes on gender equality (1.3) Current rating", bold=True),
     ["Cooperation Framework indicators measure changes on gender equality (1.3)", "Current rating"]),
    (p("PI 3.2: Engagement with Women CSO Performance rating", bold=True),
     ["PI 3.2: Engagement with Women CSO", "Performance rating"]),
    (p("Joint programmes (Scorecard Indicator 2.1) Overall rating: Missing minimum requirements", bold=True),
     ["Joint programmes (Scorecard Indicator 2.1)", "Overall rating: Missing minimum requirements"]),
    (p("UNCT-SWAP PI 1.1 COMMON COUNTRY ANALYSIS INTEGRATES GENDER ANALYSIS 2021 rating", bold=True),
     ["UNCT-SWAP PI 1.1 COMMON COUNTRY ANALYSIS INTEGRATES GENDER ANALYSIS", "2021 rating"]),  # a label opening with its year
    (p("INDICATEUR DE PERFORMANCE 3.1: ENGAGEMENT AVEC LE GOUVERNEMENT Niveau de notation", bold=True),
     ["INDICATEUR DE PERFORMANCE 3.1: ENGAGEMENT AVEC LE GOUVERNEMENT", "Niveau de notation"]),  # "de" not counted
    # a label opening with a word PI names use ("level"), after the PI's whole name: apart
    (p("Performance Indicator (PI) 1.1 Common Country Analysis integrates gender analysis Level of performance", bold=True),
     ["Performance Indicator (PI) 1.1 Common Country Analysis integrates gender analysis", "Level of performance"]),
    (p("PI 3.1 Government Engagement Level of performance", bold=True), ["PI 3.1 Government Engagement", "Level of performance"]),
    # words PI names use are no label: the heading stays whole
    (p("Performance Indicator 1.1 Common Country Analysis", bold=True), ["Performance Indicator 1.1 Common Country Analysis"]),
    (p("PI 1.1 Common Country Assessment", bold=True), ["PI 1.1 Common Country Assessment"]),
    (p("Indicator 1.1 (Common Country Analysis) remains at “Exceeds”."),
     ["Indicator 1.1 (Common Country Analysis) remains at “Exceeds”."]),
])
def test_a_heading_run_together_with_its_label_comes_apart(block, parts):
    assert [b.text for b in sections.heading_apart(block, FW)] == parts


@pytest.mark.parametrize(("blocks", "rating", "reassessed"), SECTIONS)
def test_section_values(blocks, rating, reassessed):
    values = _section(*blocks)
    assert (values.indicator.rating_text, values.indicator.reassessed_text) == (rating, reassessed)


def test_means_of_verification_after_a_label_up_to_the_next_emphasised_paragraph():
    values = _section(p("Rating: Meets"), p("Sources of verification", bold=True), p("First report 2022"),
                      p("Second report (https://example.org/a)"), p("Next chapter", "heading", True), p("Not an item"))
    assert [e.text for e in values.means_of_verification] == ["First report 2022", "Second report (https://example.org/a)"]


def test_a_marked_list_keeps_only_its_items():
    values = _section(p("List Means of Verification. (E.g. documents, minutes, reports)"), p("1) First;", "list_item"),
                      p("an address under the first item"), p("2) Second;", "list_item"))
    assert [e.text for e in values.means_of_verification] == ["1) First;", "2) Second;"]


def test_a_sentence_with_an_evidence_word_is_no_list_label():
    values = _section(p("Rating: Meets"), p("Several agencies contributed evidence, and the team checked each item."),
                      p("Another finding."))
    assert values.means_of_verification == ()
    assert "Another finding." in values.indicator.findings


def test_a_label_with_no_value_is_a_note():
    values = _section(p("Rating", bold=True), p("The team met twice."))
    assert [n[0] for n in values.notes] == ["label-without-value"]
    assert values.indicator.rating_text is None


@pytest.mark.parametrize(("blocks", "rating", "reassessed"), [
    # a form's tick boxes: each box before its option, or (a PDF export) the options, then the boxes in order
    ([p("Rating: ☐ Missing ☐ Approaches ☒ Meets ☐ Exceeds"), p("Reassessed this year: ☐ Yes ☒ No")], "Meets", "No"),
    ([p("Rating: Missing Approaches Meets Exceeds ☐ ☐ ☒ ☐"), p("Reassessed this year: Yes No ☒ ☐")], "Meets", "Yes"),
    ([table(("Rating", "[ ] Meets minimum requirements [x] Exceeds minimum requirements"), ("Reassessed", "Yes"))],
     "Exceeds minimum requirements", "Yes"),
])
def test_a_value_written_as_tick_boxes_is_the_option_ticked(blocks, rating, reassessed):
    values = _section(*blocks)
    assert (values.indicator.rating_text, values.indicator.reassessed_text) == (rating, reassessed)
    assert not values.notes


@pytest.mark.parametrize("value", ["☐ Missing ☐ Approaches ☐ Meets ☐ Exceeds", "Missing Approaches Meets Exceeds ☒ ☐ ☒ ☐",
                                   "Missing Approaches Meets Exceeds"])
def test_tick_boxes_with_none_or_several_ticked_are_no_value_and_a_note(value):
    values = _section(p(f"Rating: {value}"), p("Reassessed: Yes"))
    assert values.indicator.rating_text is None and [n[0] for n in values.notes] == ["choice-unmarked"]


def test_a_list_label_with_no_items_is_a_note():
    values = _section(p("Rating: Meets"), p("Means of verification:", bold=True))
    assert [n[0] for n in values.notes] == ["region-empty"]


def test_a_dimension_heading_ends_a_section():
    heading = p("PI 1.3 Cooperation Framework Indicators", "heading", True)
    found = sections.sections([heading, p("Rating: Meets"), p("Performance Dimension 2: Programming", "heading", True),
                               p("Loose text")], set(), FW)
    assert [len(s.blocks) for s in found] == [1]



def _pi_heading(text: str):
    return p(text, "heading", True)


@pytest.mark.parametrize(("middle", "codes"), [
    (_pi_heading("4.1 – Direction"), ["3.2", "4.1", "4.2"]),  # a name the framework does not list, written as the PIs
    (_pi_heading("4.1 Direction"), ["3.2", "4.2"]),  # written otherwise: no heading by form
    (p("4.1 – Direction"), ["3.2", "4.2"]),  # not emphasised as the PIs are
    (_pi_heading("5.1 – Direction"), ["3.2", "4.2"]),  # its code does not come between theirs
    (_pi_heading("3.2 – Direction"), ["3.2", "4.2"]),  # a code a heading already takes
])
def test_a_bare_code_heading_with_an_unlisted_name_is_a_pi_heading_when_written_as_the_pis_around_it(middle, codes):
    blocks = [_pi_heading("3.2 – Engagement avec la société civile"), p("Note : Atteint"), middle, p("Note : Atteint"),
              _pi_heading("4.2 – Culture organisationnelle"), p("Note : Atteint")]
    assert [s.code for s in sections.sections(blocks, set(), FW)] == codes


def test_a_heading_with_an_unlisted_name_may_put_its_code_after_the_name_as_the_pis_do():
    blocks = [_pi_heading("Collaboration avec les OSC de femmes (3.2)"), _pi_heading("Direction (4.1)"),
              _pi_heading("Culture organisationnelle (4.2)")]
    assert [(s.code, s.name) for s in sections.sections(blocks, set(), FW)] == \
        [("3.2", "Collaboration avec les OSC de femmes"), ("4.1", "Direction"), ("4.2", "Culture organisationnelle")]

# --- tables by column role --------------------------------------------------------------------------------


def test_overview_with_the_indicator_column_last_and_a_merged_dimension_column():
    t = table(("Dimension", "Rating", "Reassessed in 2022", "Indicator"),
              ("1. Planning", "Meets", "Yes", "1.1 CCA"),
              (None, "APPROACHING", "No", "1.2 UNDAF Outcomes"),
              (None, "Missing", "No", "1.3 UNDAF Indicators"))
    v = tables.view(t, FW)
    assert overview.recognize(v)
    got = [(r.code, r.rating_text, r.reassessed_text) for r in overview.read(v)]
    assert got == [("1.1", "Meets", "Yes"), ("1.2", "APPROACHING", "No"), ("1.3", "Missing", "No")]


def test_overview_with_group_rows_and_a_code_column():
    t = table(("No.", "Indicator", "Score"), ("Dimension 1: Planning", None, None), ("1.1", "Common Country Analysis", "Exceeds"),
              ("1.2", "Cooperation Framework Outcomes", "Meets"), ("1.3", "Cooperation Framework Indicators", "Meets"))
    v = tables.view(t, FW)
    assert overview.recognize(v)
    assert [(r.heading, r.rating_text) for r in overview.read(v)] == [
        ("1.1 Common Country Analysis", "Exceeds"), ("1.2 Cooperation Framework Outcomes", "Meets"),
        ("1.3 Cooperation Framework Indicators", "Meets")]


def test_action_plan_with_a_merged_label_group_rows_and_a_split_row():
    t = table(("#", "Linked indicator", "Planned actions", "Lead entity", "Progress in 2022"),
              ("Dimension 1 - Planning", None, None, None, None),
              ("1", "1.1 CCA", "Update the CCA", "RCO", "Done"),
              ("2", None, "Train the team", "GTG", "Ongoing"),
              ("3", "1.2 Outcomes", "Review the", "RCO", "Not"),
              ("", "", "outcomes", "", "started"),
              page_starts=(5,))
    v = tables.view(t, FW)
    assert action_plan.recognize(v) and not overview.recognize(v)
    rows = action_plan.read(v)
    assert [(r.code, r.action, [(c.period, c.text) for c in r.progress]) for r in rows] == [
        ("1.1", "Update the CCA", [("Lead entity", "RCO"), ("Progress in 2022", "Done")]),
        ("1.1", "Train the team", [("Lead entity", "GTG"), ("Progress in 2022", "Ongoing")]),
        ("1.2", "Review the outcomes", [("Lead entity", "RCO"), ("Progress in 2022", "Not started")]),
    ]


def test_evidence_one_table_for_all_pis_with_a_merged_indicator_cell():
    t = table(("PI no.", "Type of evidence", "Document title"),
              ("1.1 CCA", "Reports", "CCA 2021"), (None, "Surveys", "Survey 2022"), ("2.1 Joint programmes", "Policies", "JP document"))
    v = tables.view(t, FW)
    assert evidence.is_evidence_table(t, v)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [
        ("1.1", "Reports", "CCA 2021"), ("1.1", "Surveys", "Survey 2022"), ("2.1", "Policies", "JP document")]


def test_action_plan_rows_a_page_break_cut_in_other_places():
    t = table(("#", "Indicator", "Actions", "Time frame"),
              ("1", "6.1 Resources", "Set a target", "Q4 2021"),
              ("2", "", "", "2021-2022"),  # the page's last row: its PI cell's two lines went over to the next page
              ("", "7.1 Results", "Report on results", ""),
              ("3", "PI 2.1", "Run the joint programme", "2022"),
              ("", "", "and report on it", ""),  # the rest of a split row
              page_starts=(3, 5))
    rows = action_plan.read(tables.view(t, FW))
    assert [(r.code, r.action, [c.text for c in r.progress]) for r in rows] == [
        ("6.1", "Set a target", ["Q4 2021"]),
        ("7.1", "Report on results", ["2021-2022"]),
        ("2.1", "Run the joint programme and report on it", ["2022"]),
    ]


def test_a_merged_pi_cell_cut_by_a_page_break_goes_on_over_the_next_rows():
    t = table(("PI", "Category", "Document"),
              ("5.1 Coordination mechanism", "Policies", "Induction package"),
              ("", "Reports", "Retreat report"),  # the merged cell's empty rest opens the page, the rows under it merged
              (None, "Evaluations", "UNSDCF evaluation"),
              ("6.1 Resources", "Other", "Minutes"),
              page_starts=(2,))
    v = tables.view(t, FW)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [
        ("5.1", "Policies", "Induction package"), ("5.1", "Reports", "Retreat report"),
        ("5.1", "Evaluations", "UNSDCF evaluation"), ("6.1", "Other", "Minutes")]


def test_evidence_rows_a_page_break_cut():
    t = table(("Related PI", "Category", "Document title"),
              ("5.1 Gender coordination mechanism is", "Reports", "Annual report 2021"),
              ("empowered to influence the UNCT", "Surveys", "ProDoc signed"),  # the merged PI cell's last words
              ("6.1 Resources", "", "Brown Bag Event Agenda & LoP"),
              ("", "Common Country Analysis", ""),  # its category, moved whole to the next page
              page_starts=(2, 4))
    v = tables.view(t, FW)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [
        ("5.1", "Reports", "Annual report 2021"), ("5.1", "Surveys", "ProDoc signed"),
        ("6.1", "Common Country Analysis", "Brown Bag Event Agenda & LoP")]


def test_an_empty_pi_cell_at_a_page_s_head_is_a_split_row_s_rest_when_the_table_writes_every_row_s_pi():
    """Every row names its PI (no merged PI cells): a page's first row with an empty PI cell and cells opening
    with capitals ("Cooperation Framework/monitoring data", "Suriname 2018") is the rest of the row above."""
    rows = [("PI", "Category", "Document"),
            ("2.1 Joint programmes", "Reports", "UNCT retreat report 2019"),
            ("2.1 Joint programmes", "Reviews of the", "Spotlight annual narrative report"),
            ("", "Cooperation Framework/monitoring data", "Suriname 2018"),
            ("2.2 Communication", "Other", "Retreat report")]
    v = tables.view(table(*rows, page_starts=(3,)), FW)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [
        ("2.1", "Reports", "UNCT retreat report 2019"),
        ("2.1", "Reviews of the Cooperation Framework/monitoring data", "Spotlight annual narrative report Suriname 2018"),
        ("2.2", "Other", "Retreat report")]

def test_evidence_rows_whose_pi_or_words_went_on_to_the_next_page():
    t = table(("PI", "Type of evidence", "Title of document"),
              ("4.1 Leadership", "Evaluations", "Performance Plan evaluation"),
              ("", "", "CCA final draft"),  # its PI and category printed only on the next page
              ("4.1 Leadership", "Cooperation Framework reviews", ""),
              (None, "Joint Work Plans", "UNCT meeting minutes 30"),
              ("", "monitoring data", "September 2026"),  # both cells go on mid-sentence: the rest of the row
              (None, "Evaluations", "Results Matrix"),
              ("", "Reports", "Annual report 2021"),  # a merged PI cell's rest over a new row of its own
              page_starts=(3, 5, 7))
    v = tables.view(t, FW)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [
        ("4.1", "Evaluations", "Performance Plan evaluation"),
        ("4.1", "Cooperation Framework reviews", "CCA final draft"),
        ("4.1", "Joint Work Plans monitoring data", "UNCT meeting minutes 30 September 2026"),
        ("4.1", "Evaluations", "Results Matrix"),
        ("4.1", "Reports", "Annual report 2021")]


def test_evidence_row_whose_document_cell_went_whole_to_the_next_page():
    """A renderer keeps a cell's lines together: the document cell moved to the next page, the category stayed,
    with a repeated header between the two parts (per-PI tables) or none (one table for all PIs)."""
    per_pi = table(("PI 3.1: Government engagement", None), ("Category", "Title of document"),
                   ("Gender parity data", "GEM training agenda"), ("Meeting minutes", ""),
                   ("Category", "Title of document"), ("", "Annual Work Plan 2018 (https://un.org/en/resources)"),
                   ("Reports", "Retreat report"),
                   page_starts=(4,))
    assert [(e.code, e.category, e.text) for e in evidence.read(tables.view(per_pi, FW))] == [
        ("3.1", "Gender parity data", "GEM training agenda"),
        ("3.1", "Meeting minutes", "Annual Work Plan 2018 (https://un.org/en/resources)"),
        ("3.1", "Reports", "Retreat report")]
    one = table(("PI", "Category", "Document"), ("4.1 Leadership", "Other", "PSEA Action Plan"),
                (None, "Financial resources", ""), (None, "", "Annual Work Plan 2019"), (None, "Other", "Annual Report"),
                ("4.2 Culture", "Surveys", ""), ("", "Reports", "Retreat report"),  # no document: its PI's next row
                page_starts=(3, 6))
    assert [(e.code, e.category, e.text) for e in evidence.read(tables.view(one, FW))] == [
        ("4.1", "Other", "PSEA Action Plan"), ("4.1", "Financial resources", "Annual Work Plan 2019"),
        ("4.1", "Other", "Annual Report"), ("4.2", "Reports", "Retreat report")]


def test_evidence_per_pi_tables_with_title_rows():
    t = table(("PI 1.1: Indicator 1.1: Common Country Analysis integrates gender analysis", "Planning"),
              ("MEETS MINIMUM REQUIREMENTS", None), ("Category", "Documents"), ("Reports", "CCA 2021"),
              ("", "No documents uploaded"),
              ("PI 1.2: Indicator 1.2", None), ("Category", "Documents"), ("Policies", "Outcome matrix"))
    v = tables.view(t, FW)
    assert evidence.is_evidence_table(t, v)
    assert [(e.code, e.category, e.text) for e in evidence.read(v)] == [("1.1", "Reports", "CCA 2021"), ("1.2", "Policies", "Outcome matrix")]


# --- the whole document -----------------------------------------------------------------------------------


def test_report_type_from_the_flags_when_the_cover_is_silent():
    assert infer_report_type([True, False, None], 15) == "annual"
    assert infer_report_type([True] * 15, 15) == "comprehensive"
    assert infer_report_type([True] * 5, 15) is None


def test_an_overview_without_sections_is_a_note():
    rows = [("Indicator", "Rating")] + [(f"{i.code} {i.short_name}", "Meets") for i in FW.indicators]
    doc = ParsedDocument("x.docx", "docx", None, (p("UNCT-SWAP Gender Equality Scorecard Annual Report 2022"), table(*rows)))
    read = read_report(doc)
    assert [n.code for n in read.raw.notes] == ["sections-missing"]
    assert read.n_sections == 0 and len(read.raw.indicators) == 15


def test_an_evidence_table_inside_a_pi_section_takes_that_section_s_pi():
    doc = ParsedDocument("x.docx", "docx", None, (
        p("UNCT-SWAP Gender Equality Scorecard Annual Report 2022"), p("Gender Parity (PI 4.3)", "heading", bold=True),
        p("Score: Meets"), p("Reassessed: Yes"), p("Evidence:", bold=True),
        table(("Category", "Documents"), ("Surveys", "Gender parity table 2022"), ("Policies", "Recruitment policy")),
        p("Dimension 5: Gender Architecture", "heading", bold=True),
        table(("Category", "Documents"), ("Reports", "A document of no PI"))))
    rows = [(e.code, e.text) for e in read_report(doc).raw.evidence if e.kind == "supporting_document"]
    assert rows == [("4.3", "Gender parity table 2022"), ("4.3", "Recruitment policy"), (None, "A document of no PI")]


def test_a_form_with_one_table_per_pi_reads_its_heading_values_and_list():
    form = table(("Indicator", "PI 3.1 Engagement with Government"), ("Rating", "Meets minimum requirements"),
                 ("Reassessed", "Yes"), ("Means of verification", "Minutes of the consultation with the National\n"
                                         "commission for women\nJoint Work Plan with the Ministry of Labour"))
    doc = ParsedDocument("x.docx", "docx", None, (p("UNCT-SWAP Gender Equality Scorecard 2022"), form))
    raw = read_report(doc).raw
    assert [(i.code, i.rating_text, i.reassessed_text) for i in raw.indicators] == [("3.1", "Meets minimum requirements", "Yes")]
    assert [e.text for e in raw.evidence] == ["Minutes of the consultation with the National commission for women",
                                              "Joint Work Plan with the Ministry of Labour"]


def test_a_table_naming_pis_that_no_reader_takes_is_a_note():
    unread = table(("Item", "Owner", "When"), ("1.1 CCA", "RCO", "2023"), ("2.1 Joint programmes", "GTG", "2024"))
    doc = ParsedDocument("x.docx", "docx", None, (p("UNCT-SWAP Gender Equality Scorecard Annual Report 2022"), unread))
    assert [n.code for n in read_report(doc).raw.notes] == ["table-unread"]
