"""The reading model where a page break cuts a table or a list: pages built in memory (lines, ruled tables,
vertical rules), read by ``parsers.layout`` as the PDF readers do, no file involved."""

from __future__ import annotations

from swapscore.parsers.layout import Line, PageContent, PageTable, blocks, mark_containers, mark_furniture, read_fragments
from swapscore.parsers.words import known_words, mend_broken_words, mend_cell
from swapscore.schemas.records import Paragraph, Table, TableRow

HEIGHT = 800.0
COLUMNS = (50.0, 150.0, 350.0)  # left edges of three columns; the table's right edge is RIGHT
RIGHT = 500.0


def line(text: str, page: int, x0: float, top: float, x1: float | None = None, bold: bool = False) -> Line:
    return Line(text=text, page=page, x0=x0, x1=x1 if x1 is not None else x0 + 5.0 * len(text), top=top,
                bottom=top + 10.0, size=10.0, bold=bold, bullet=False, first_word_width=5.0 * len(text.split()[0]))


def ruled(rows, page: int, top: float, bottom: float, row_tops=()) -> PageTable:
    return PageTable(rows=[list(r) for r in rows], page=page, top=top, bottom=bottom, col_edges=COLUMNS,
                     columns=COLUMNS, right=RIGHT, row_tops=tuple(row_tops))


def frame_rules(top: float, bottom: float) -> list[tuple[float, float, float]]:
    return [(x, top, bottom) for x in (*COLUMNS, RIGHT)]


def text_of(items):
    """A stand-in for a reader's ``text_in``: the lines whose middle lies in the box, top to bottom."""
    def text_in(box):
        x0, top, x1, bottom = box
        inside = [i for i in items if isinstance(i, Line) and x0 <= i.x0 < x1 and top <= (i.top + i.bottom) / 2 <= bottom]
        return "\n".join(i.text for i in sorted(inside, key=lambda i: i.top))
    return text_in


def page(number: int, items: list, rules) -> PageContent:
    content = PageContent(number=number, height=HEIGHT, items=sorted(items, key=lambda i: i.top))
    read_fragments(content, text_of(content.items), rules)
    return content


def read(*pages: PageContent):
    mark_furniture(list(pages))
    return blocks(list(pages))


def test_the_rest_of_a_split_row_alone_on_the_next_page_joins_its_row():
    header = ("Indicator", "Action", "Progress")
    first = page(1, [ruled([header, ("1.1 CCA", "Update the CCA", "Done")], 1, 100, 700),
                     line("7.1 Results", 1, 55, 705), line("Develop a plan on", 1, 155, 705), line("Planned", 1, 355, 705)],
                 frame_rules(100, 760))
    second = page(2, [line("gender mainstreaming.", 2, 155, 60), line("Annex", 2, 50, 200, bold=True)],
                  frame_rules(55, 75))
    (table, annex) = read(first, second)
    assert isinstance(table, Table) and isinstance(annex, Paragraph)
    *_, before, after = table.rows
    assert before.cells == ("7.1 Results", "Develop a plan on", "Planned") and before.page == 1
    assert after.cells == ("", "gender mainstreaming.", "") and after.page_start  # the row readers join the two


def test_a_split_row_joins_its_table_when_the_next_page_s_rules_snapped_a_few_points_aside():
    """On page 2 another table's rules lie within the snap tolerance of this one's: the ruling snaps both to their
    mean, 4 pt from where page 1 has them. Still the same table: the split row's two parts join."""
    header = ("Indicator", "Action", "Progress")
    first = page(1, [ruled([header, ("5.1 GTG", "Update the ToR", "Done")], 1, 100, 700),
                     line("6.1 Resources", 1, 55, 705), line("Broaden engagement with", 1, 155, 705), line("Planned", 1, 355, 705)],
                 frame_rules(100, 760))
    shifted = PageTable(rows=[list(header), ["", "women's organizations.", ""], ["7.1 Results", "Report", "Done"]], page=2,
                        top=50, bottom=200, col_edges=(50.0, 150.0, 354.0), columns=(50.0, 150.0, 354.0), right=RIGHT)
    second = page(2, [shifted], [(x, 50, 200) for x in (50.0, 150.0, 354.0, RIGHT)])
    (table,) = read(first, second)
    assert ("6.1 Resources", "Broaden engagement with", "Planned") in [r.cells for r in table.rows]


def test_two_rules_of_a_box_at_a_page_head_make_no_open_row():
    first = page(1, [ruled([("Indicator", "Action", "Progress"), ("1.1 CCA", "Update", "Done")], 1, 100, 300)],
                 frame_rules(100, 300))
    box = [(50.0, 50.0, 90.0), (RIGHT, 50.0, 90.0)]  # a box's sides: a frame, not columns
    second = page(2, [line("Means of verification", 2, 55, 60)], box)
    out = read(first, second)
    assert isinstance(out[-1], Paragraph) and out[-1].text == "Means of verification"


def test_a_merged_cell_left_open_by_the_break_gets_its_text_and_carries_down():
    # page 1: "5.1 Coordination" starts a merged PI cell in the table's last row, with no rule under it: no cell,
    # its lines loose inside the table's box; page 2 repeats the header, and the merged cell's empty rest heads it
    first = page(1, [ruled([("PI", "Category", "Document"), ("4.3 Parity", "Reports", "Survey"), (None, "Other", "Plan")],
                           1, 100, 700, row_tops=(100, 120, 680)),
                     line("5.1 Coordination", 1, 55, 682), line("Mechanism", 1, 55, 692)],
                 frame_rules(100, 700))
    first.items[0].rows[-1][0] = None  # the slot under the open cell: no cell found
    first.items[0].rows[-2][0] = "4.3 Parity"
    second = page(2, [ruled([("PI", "Category", "Document"), ("", "Surveys", "ProDoc"), (None, "Policies", "Memo")], 2, 50, 200)],
                  frame_rules(50, 200))
    (table,) = read(first, second)
    cells = [r.cells for r in table.rows]
    assert ("5.1 Coordination\nMechanism", "Other", "Plan") in cells
    assert (None, "Surveys", "ProDoc") in cells  # the merged cell's rest, merged away: the rows take 5.1


def test_a_label_pushed_into_the_margin_on_several_pages_is_no_running_footer():
    pages = []
    for n in range(1, 7):
        items = [line("UNCT-SWAP Scorecard Ghana 2023", n, 50, 20), line(f"Page {n}", n, 450, 780)]
        items += [line("List Means of Verification", n, 50, 400 + 10 * n)]  # in the body on every page
        if n in (2, 4, 5):
            items.append(line("List Means of Verification", n, 50, 730 + 3 * n))  # and in the margin on three
        pages.append(PageContent(number=n, height=HEIGHT, items=sorted(items, key=lambda i: i.top)))
    mark_furniture(pages)
    flags = {(item.page, item.text[:4], item.furniture) for p in pages for item in p.items}
    assert all(flag for (_, head, flag) in flags if head in ("UNCT", "Page"))
    assert not any(flag for (_, head, flag) in flags if head == "List")


def test_a_year_alone_at_the_head_of_a_page_is_no_page_number():
    pages = [PageContent(number=n, height=HEIGHT, items=[line("Agenda of the training on gender mainstreaming,", n, 50, 750),
                                                          line("2022", n, 50, 30)]) for n in (1, 2)]
    mark_furniture(pages)
    assert not any(item.furniture for p in pages for item in p.items)


def test_one_line_items_with_no_marker_end_at_their_year_or_address():
    items = [line("Minutes of UNCT meetings on gender equality (2025)", 1, 50, 100, x1=480),
             line("Organizational culture survey results, 2025", 1, 50, 111, x1=300),
             line("2025-2026 Joint Work Plan", 1, 50, 122, x1=200),
             line("Report of the survey, see https://un.org/en/", 1, 50, 133, x1=495),
             line("UNCT_GHANA_report.pdf", 1, 50, 144, x1=180),
             line("Capacity assessment survey (summary of results)", 1, 50, 155, x1=490),
             line("2018 RC & UNCT Performance Plan evaluation", 1, 50, 166, x1=300)]
    texts = [b.text for b in read(PageContent(number=1, height=HEIGHT, items=items))]
    assert texts == ["Minutes of UNCT meetings on gender equality (2025)", "Organizational culture survey results, 2025",
                     "2025-2026 Joint Work Plan", "Report of the survey, see https://un.org/en/UNCT_GHANA_report.pdf",
                     "Capacity assessment survey (summary of results)", "2018 RC & UNCT Performance Plan evaluation"]


KNOWN = known_words(["Organizational culture is mainstreamed", "gender-sensitive inputs and empowerment",
                     "the organizational survey"])


def test_a_word_a_narrow_column_broke_is_mended_with_the_document_s_words():
    assert mend_cell("Conduct the organizationa\nl culture survey", KNOWN) == "Conduct the organizational culture survey"


def test_a_capital_alone_before_a_word_in_capitals_is_that_word_s_first_letter():
    assert mend_cell("ACTIVITIES U\nNDERTAKEN IN YEAR 1", set()) == "ACTIVITIES UNDERTAKEN IN YEAR 1"
    assert mend_cell("PLAN A\nACTIVITIES", set()) == "PLAN A\nACTIVITIES"  # "A" is a word
    assert mend_cell("UN\nWOMEN", set()) == "UN\nWOMEN"


def test_mending_joins_only_a_whole_word_of_the_document():
    assert mend_cell("the GTG provided gend\ner-sensitive inputs", KNOWN) == "the GTG provided gender-sensitive inputs"
    assert mend_cell("ACTIVITIES\nUNDERTAKE\nN IN YEAR 1", KNOWN) == "ACTIVITIES\nUNDERTAKEN IN YEAR 1"
    assert mend_cell("the organizational\nculture", KNOWN) == "the organizational\nculture"  # two words, both known
    assert mend_cell("women's\nempowerment", KNOWN) == "women's\nempowerment"


def test_an_open_last_row_and_the_next_page_s_first_row_that_fill_each_other_s_empty_cells_are_one_row():
    """WeasyPrint prints a row whose label cell does not fit before the break with its value on one page (no rule
    under it) and its label on the next: each part holds the cells the other lacks."""
    first = page(1, [ruled([("Scoring", "Meets", "2022")], 1, 600, 700), line("Yes – reassessed", 1, 155, 705)],
                 frame_rules(600, 760))
    second = page(2, [ruled([("Did you reassess the PI", "", "")], 2, 50, 80), line("Findings", 2, 50, 100, bold=True)],
                  frame_rules(50, 80))
    (table, findings) = read(first, second)
    assert [r.cells for r in table.rows] == [("Scoring", "Meets", "2022"), ("Did you reassess the PI", "Yes – reassessed", "")]
    assert findings.text == "Findings"


def test_an_open_row_and_a_next_page_row_sharing_a_column_stay_two_parts():
    first = page(1, [ruled([("Scoring", "Meets", "2022")], 1, 600, 700), line("Reassessed", 1, 55, 705),
                     line("Yes, in", 1, 155, 705)], frame_rules(600, 760))
    second = page(2, [ruled([("", "the year", "2022")], 2, 50, 80)], frame_rules(50, 80))
    (table,) = read(first, second)
    assert [r.cells for r in table.rows] == [("Scoring", "Meets", "2022"), ("Reassessed", "Yes, in", ""),
                                             ("", "the year", "2022")]


def _last_row_unclosed(rules):
    """A table's last row at a page's foot with no rule under it; the next page opens with another table."""
    first = page(1, [ruled([("Indicator", "Action", "Progress"), ("6.1 Resources", "Track funds", "Done")], 1, 100, 700),
                     line("7.1 Results", 1, 55, 705), line("Report on results", 1, 155, 705), line("Planned", 1, 355, 705),
                     line("Page 1", 1, 450, 770)], rules)
    other = PageTable(rows=[["Indicator", "Document"], ["1.1 CCA", "Minutes"]], page=2, top=50, bottom=200,
                      col_edges=(50.0, 250.0), columns=(50.0, 250.0), right=RIGHT)
    second = page(2, [line("Supporting Evidence", 2, 50, 30, bold=True), other, line("Page 2", 2, 450, 770)],
                  [(x, 50, 200) for x in (50.0, 250.0, RIGHT)])
    return read(first, second)


def test_a_last_row_with_every_column_rule_beside_it_and_no_rule_under_it_is_a_row():
    (action_plan, *_) = _last_row_unclosed(frame_rules(100, 718))
    assert action_plan.rows[-1].cells == ("7.1 Results", "Report on results", "Planned")


def test_lines_under_a_table_with_only_a_box_s_sides_beside_them_are_no_row():
    box = [(x, 100, 718) for x in (COLUMNS[0], RIGHT)] + [(x, 100, 700) for x in COLUMNS[1:]]
    (action_plan, loose, *_) = _last_row_unclosed(box)
    assert action_plan.rows[-1].cells == ("6.1 Resources", "Track funds", "Done")
    assert isinstance(loose, Paragraph) and loose.text.startswith("7.1 Results")


def _first_row_at_the_foot(second_items, second_rules):
    """A PI section's one-row table of label and value cut by the break from its second row: a rule over it and
    the columns' rules beside it, none under it, so no ruled cell was found."""
    first = page(1, [ruled([("Score", "Meets", ""), ("Reassessed", "No", "")], 1, 100, 140),
                     line("PI 4.3 Gender parity", 1, 50, 700, bold=True),
                     line("Score (2018)", 1, 55, 725), line("Exceeds", 1, 155, 725)],
                 frame_rules(100, 140) + frame_rules(720, 740) + [(45.0, 690, 745), (505.0, 690, 745)])  # in a box
    return read(first, page(2, second_items, second_rules))


def test_the_first_part_of_a_row_alone_at_a_page_s_foot_joins_the_next_page_s_table():
    out = _first_row_at_the_foot([ruled([("Re-assessed (Yes/No)", "Y", "")], 2, 50, 80), line("Justification", 2, 50, 100)],
                                 frame_rules(50, 80))
    assert [r.cells for r in out[-2].rows] == [("Score (2018)", "Exceeds", ""), ("Re-assessed (Yes/No)", "Y", "")]
    assert out[-2].rows[1].page_start and out[-3].text == "PI 4.3 Gender parity"


def test_the_first_part_of_a_row_at_a_page_s_foot_stays_lines_when_no_table_goes_on():
    out = _first_row_at_the_foot([line("Justification", 2, 50, 60)], [])
    assert isinstance(out[0], Table) and all(isinstance(b, Paragraph) for b in out[1:])
    assert [r.cells for r in out[0].rows] == [("Score", "Meets", ""), ("Reassessed", "No", "")]
    assert "Exceeds" in " ".join(b.text for b in out[1:])


def test_a_merged_cell_running_past_the_rules_of_the_split_row_at_a_page_s_end_stays_in_that_row():
    """WeasyPrint draws the sides of a row a page break splits only as tall as its shortest cells; a merged PI
    cell's text runs on under them. The lines that go on where the row's lines start belong to the row."""
    header = ("PI", "Category", "Document")
    first = page(1, [ruled([header, ("4.3 Parity", "Reports", "Survey")], 1, 100, 700),
                     line("5.1 Gender", 1, 55, 705), line("RC communications", 1, 155, 705), line("CCA final draft", 1, 355, 705),
                     line("coordination mechanism", 1, 55, 717, x1=140), line("is empowered to", 1, 55, 729, x1=130),
                     line("influence the UNCT for", 1, 55, 741, x1=140)],
                 frame_rules(100, 720))  # the rules stop under the second line
    second = page(2, [ruled([header, ("gender equality", "", ""), (None, "Reports", "Joint Comms Plan")], 2, 50, 200)],
                  frame_rules(50, 200))
    (table,) = read(first, second)
    split = next(r for r in table.rows if r.cells[1] == "RC communications")
    assert split.cells[0] == "5.1 Gender\ncoordination mechanism\nis empowered to\ninfluence the UNCT for"
    assert split.cells[2] == "CCA final draft"



def test_a_paragraph_under_a_table_whose_rules_overshoot_its_bottom_is_no_split_row():
    """Rules a point longer than the table touch the first line under it; the paragraph, written where the cells'
    text starts (Word aligns a table's text with the margin), stays a paragraph even when it ends the page."""
    header = ("PI", "Category", "Document")
    first = page(1, [ruled([header, ("1.1 CCA", "Reports", "Survey")], 1, 100, 700),
                     line("The country analysis covers the causes", 1, 55, 700.5), line("of gender inequality.", 1, 55, 712),
                     line("Findings and Explanation", 1, 55, 724)],
                 frame_rules(100, 701))
    second = page(2, [ruled([header, ("1.2 Outcomes", "Policies", "Matrix")], 2, 50, 200)], frame_rules(50, 200))
    texts = [b.text for b in read(first, second) if isinstance(b, Paragraph)]
    assert "Findings and Explanation" in texts

def test_a_letter_opening_a_cell_that_goes_on_from_the_page_before_is_no_word_of_the_document():
    """"communicatio" / "n and advocacy": the rest of a row a page break split opens with the tail of a broken
    word. Written at a cell's head on a row that opens a page, "n" is next to a break, not a word the document
    writes whole, so the header's "UNDERTAKE" / "N IN YEAR 1" is still mended."""
    rows = (TableRow(("ACTIVITIES\nUNDERTAKE\nN IN YEAR 1", "Action"), page=1),
            TableRow(("Ongoing", "Ensure the plan includes communicatio"), page=1),
            TableRow(("", "n and advocacy priorities."), page=2, page_start=True))
    (mended,) = mend_broken_words([Table(rows=rows)])
    assert mended.rows[0].cells[0] == "ACTIVITIES\nUNDERTAKEN IN YEAR 1"
    assert mended.rows[1].cells[1] == "Ensure the plan includes communication"  # and the word the break cut
    assert "n" in known_words(["n and advocacy priorities."])  # written alone on a page it would be a word


def test_a_number_the_body_ran_into_the_margin_is_no_page_number():
    """Chromium lets a list item's last line run into the bottom margin, and the next page's body start in the
    top one: a number standing there at the spacing of a paragraph's lines ends the address, a page number
    stands apart."""
    first = PageContent(number=1, height=HEIGHT, items=[
        line("d) Press release: https://un.org/en/ireland-survey-", 1, 50, 754, x1=480), line("85", 1, 50, 767),
        line("7", 1, 270, 782)])
    second = PageContent(number=2, height=HEIGHT, items=[
        line("5. Press release: https://un.org/en/nepal-gtg-workplan-", 2, 50, 52, x1=480), line("10", 2, 50, 65),
        line("8", 2, 270, 782)])
    texts = [b.text for b in read(first, second)]
    assert texts == ["d) Press release: https://un.org/en/ireland-survey-85",
                     "5. Press release: https://un.org/en/nepal-gtg-workplan-10"]  # the page numbers 7 and 8 dropped


def test_the_lines_of_a_ruled_box_wrap_at_its_inner_edge():
    """A line ending short of a box's inner edge (its right side less the padding its text keeps on the left)
    by less than the next line's first word is full, even where lines outside the box, starting at the same x,
    run on further: the next line goes on with its paragraph."""
    items = [line("An introduction that runs wider than the box below it", 1, 60, 50, x1=520),
             line("The UNCT has not established a financial target for gender equality", 1, 60, 110, x1=475),
             line("and the empowerment of women.", 1, 60, 122, x1=210),
             line("The GTG met four times.", 1, 60, 134, x1=170),
             line("Its annual work plan was approved.", 1, 60, 146, x1=230)]
    content = PageContent(number=1, height=HEIGHT, items=items)
    mark_containers(content, [(50.0, 100.0, 300.0), (500.0, 100.0, 300.0)])  # the box's sides
    texts = [b.text for b in read(content)]
    assert texts == ["An introduction that runs wider than the box below it",
                     "The UNCT has not established a financial target for gender equality and the empowerment of women.",
                     "The GTG met four times.", "Its annual work plan was approved."]


def test_a_word_a_page_break_cut_in_a_split_row_is_mended():
    """A row a page break split, its cell's word cut at the break ("mainstreame" / "d across all"): the word
    is made whole in the part above; the letter opening the part below is no word the document writes, so
    the same word a narrow cell broke elsewhere ("disaggregate" / "d and") is mended too."""
    from swapscore.parsers.words import mend_broken_words
    from swapscore.schemas.records import TableRow

    rows = (TableRow(("#", "Indicator", "Actions"), 1),
            TableRow(("11", "5.2 Capacity", "Ensure that gender equality is\nvisibly mainstreame"), 1),
            TableRow(("", "", "d across all outcomes\nof the next CF."), 2, page_start=True),
            TableRow(("12", "7.1 Results", "consistent sex-\ndisaggregate\nd and gender-\nsensitive data."), 2),
            TableRow(("13", "7.2 GEWE", "Include gender\nequality"), 2))
    text = Paragraph(text="Gender equality is visibly mainstreamed across all outcome areas.", page=1, style="body")
    (_, table) = mend_broken_words([text, Table(rows=rows, page=1)])
    assert table.rows[1].cells[2] == "Ensure that gender equality is\nvisibly mainstreamed"
    assert table.rows[2].cells[2] == "across all outcomes\nof the next CF."
    assert table.rows[3].cells[2] == "consistent sex-\ndisaggregated and gender-\nsensitive data."
    assert table.rows[4].cells[2] == "Include gender\nequality"  # two words


def test_a_compound_broken_inside_its_first_word_is_mended():
    known = known_words(["Gender analysis of the plan", "the gender marker"])  # "gender-sensitive" never whole
    assert mend_cell("the GTG provided gend\ner-sensitive inputs", known) == "the GTG provided gender-sensitive inputs"
    assert mend_cell("the plan of\nanalysis-based work", known) == "the plan of\nanalysis-based work"
    known = known_words(["We were there.", "The PI was re-assessed and the report re-submitted"])
    assert mend_cell("the PI we\nre-assessed", known) == "the PI we\nre-assessed"  # "were" is a word, "we" too


def test_a_row_joined_to_the_page_before_leaves_the_row_tops_of_its_table_in_step():
    """Page 2's first row completes page 1's open last row (its PI cell moved over the break) and leaves page 2's
    table; a merged cell left open at page 2's foot must still start in the row its text stands in."""
    header = ("PI", "Category", "Document")
    first = page(1, [ruled([header, ("1.1 CCA", "Reports", "Plan")], 1, 100, 700),
                     line("Minutes", 1, 155, 705), line("Memo", 1, 355, 705)], frame_rules(100, 760))
    second = page(2, [ruled([header, ("1.2 Outcomes", "", ""), (None, "Other", "Survey"), (None, "Policies", "Memo 2"),
                             (None, "Reports", "Note")], 2, 50, 700, row_tops=(50, 70, 90, 660, 680)),
                      line("2.1 Joint", 2, 55, 662)], frame_rules(50, 700))
    third = page(3, [ruled([header, ("", "Surveys", "Plan 2")], 3, 50, 200)], frame_rules(50, 200))
    (table,) = read(first, second, third)
    cells = [r.cells for r in table.rows]
    assert ("1.2 Outcomes", "Minutes", "Memo") in cells
    assert ("2.1 Joint", "Policies", "Memo 2") in cells and (None, "Other", "Survey") in cells


def test_the_rest_of_a_split_row_read_into_the_repeated_header_s_cells_is_kept_apart_from_it():
    """reportlab repeats the header on the next page and draws the rest of the split row under it with no rule
    between: the ruling reads both into one row of cells ("PI\\ngender equality ..."). The header is dropped, the
    rest is the row's rest."""
    header = ("PI", "Document category", "Document")
    first = page(1, [ruled([header, ("5.1 Gender coordination\nmechanism", "Reviews", "Brown Bag agenda")], 1, 100, 700)],
                 frame_rules(100, 700))
    second = page(2, [ruled([("PI\nempowerment of women", "Document category", "Document"), ("5.2 Capacities", "Other", "IMG")],
                            2, 50, 200)], frame_rules(50, 200))
    (table,) = read(first, second)
    assert [r.cells for r in table.rows if r.page == 2] == [("empowerment of women", "", ""), ("5.2 Capacities", "Other", "IMG")]
    assert table.rows[2].page_start


def test_an_address_broken_at_a_full_line_over_a_page_break_after_a_dot_goes_on():
    """reportlab breaks a long address anywhere: "...final-version." ends page 1, "pdf)" opens page 2. The "." is
    inside an address in brackets not closed yet, no sentence's end."""
    first = page(1, [line("Campaign materials (https://unsdg.un.org/s", 1, 50, 740, x1=495),
                     line("ites/files/UNCT_gender-equality-scorecard-final-version.", 1, 50, 752, x1=495)], [])
    second = page(2, [line("pdf)", 2, 50, 60), line("Annex", 2, 50, 200, bold=True)], [])
    (item, annex) = read(first, second)
    assert item.text == "Campaign materials (https://unsdg.un.org/sites/files/UNCT_gender-equality-scorecard-final-version.pdf)"
    assert annex.text == "Annex"


def test_an_item_ending_with_its_address_at_a_page_s_foot_ends_before_a_capital_on_the_next_page():
    """Unmarked list items: the last one on page 1 ends with its address in brackets, at a full line; the next
    page opens with another item. No gap to measure over the break, but the closed address ends the item."""
    first = page(1, [line("Campaign materials and social media posts (https://unsdg.un.org/sites/files/UNCT_", 1, 50, 740,
                          x1=495),
                     line("gender-equality-scorecard-evidence-report-final-version.pdf)", 1, 50, 752, x1=490)], [])
    second = page(2, [line("UN-INFO dashboard", 2, 50, 60, x1=140), line("Confidential report to CEDAW", 2, 50, 78)], [])
    texts = [b.text for b in read(first, second)]
    assert texts[0].endswith("final-version.pdf)") and texts[1] == "UN-INFO dashboard"


def test_a_list_item_s_letter_is_no_word_of_the_document():
    """"d) Minutes ..." writes no word "d": a cell's "disaggregate" / "d and gender-" is still mended."""
    blocks = [Paragraph("d) Minutes of the meeting on sex-disaggregated data", 1, "list_item"),
              Table(rows=(TableRow(("PI 3.2", "consistent sex-\ndisaggregate\nd and gender-\nsensitive data."), page=1),))]
    (_, table) = mend_broken_words(blocks)
    assert table.rows[0].cells[1] == "consistent sex-\ndisaggregated and gender-\nsensitive data."


def _open_cell_page(last_row: tuple[str, str]) -> PageContent:
    """Page 1 of the open-cell tests: "5.1 Coordination" starts a merged PI cell in the table's last row, with no
    rule under it (no cell found for it; its lines loose inside the table's box)."""
    first = page(1, [ruled([("PI", "Category", "Document"), ("4.3 Parity", "Reports", "Survey"), (None, *last_row)],
                           1, 100, 700, row_tops=(100, 120, 680)),
                     line("5.1 Coordination", 1, 55, 682), line("Mechanism", 1, 55, 692)],
                 frame_rules(100, 700))
    first.items[0].rows[-1][0] = None
    return first


def test_a_numbered_cell_heading_the_next_page_is_the_next_label_not_the_rest_of_the_open_one():
    # as above, but the next page's first data row opens its own PI ("5.2 ..."): the open cell "5.1 ..." ends at
    # the break (a renderer that leaves a merged cell's bottom open when the span ends with the page)
    first = _open_cell_page(("Other", "Plan"))
    second = page(2, [ruled([("PI", "Category", "Document"), ("5.2 Capacities", "Surveys", "ProDoc"), (None, "Policies", "Memo")],
                            2, 50, 200)], frame_rules(50, 200))
    (table,) = read(first, second)
    cells = [r.cells for r in table.rows]
    assert ("5.1 Coordination\nMechanism", "Other", "Plan") in cells
    assert ("5.2 Capacities", "Surveys", "ProDoc") in cells


def test_a_head_ending_in_qu_is_a_word_broken_before_its_vowel():
    """No word of English, Spanish or French ends in "qu": "programmatiqu" / "es" is one word, though "es" is one."""
    assert mend_cell("les allocations\nprogrammatiqu\nes en faveur", set()) == "les allocations\nprogrammatiques en faveur"
    assert mend_cell("lorsqu’\nil y a", set()) == "lorsqu’\nil y a"  # an elided "qu’" ends its word


def test_a_repeated_header_with_a_split_row_s_rest_under_it_gives_the_open_cell_no_rest():
    # the next page repeats the header with no rule under it: the split row's rest ("Framework") shares the
    # header's cells; the open merged cell's column holds only the header's word, no rest of "5.1 ..."
    first = _open_cell_page(("Cooperation", "Plan"))
    second = page(2, [ruled([("PI", "Category\nFramework", "Document"), (None, "Surveys", "ProDoc")], 2, 50, 200)],
                  frame_rules(50, 200))
    (table,) = read(first, second)
    cells = [r.cells for r in table.rows]
    assert ("5.1 Coordination\nMechanism", "Cooperation", "Plan") in cells
    assert not any("PI" in (cell or "") for row in cells[1:] for cell in row)  # the header's "PI" is no rest
