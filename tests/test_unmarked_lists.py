"""Lists with no markers, read by ``parsers.layout`` from lines built in memory: where one item ends and the
next begins when no bullet, number or space parts them (the box's own edge, an item's last word, the texts
the document writes whole elsewhere)."""

from __future__ import annotations

import pytest

from swapscore.parsers.layout import Line, PageContent, blocks, mark_containers, mark_furniture
from swapscore.schemas.records import Paragraph

HEIGHT = 800.0
CHAR = 5.0  # every character of these lines is 5 pt wide; a space is taken as 3 pt (0.3 of the size)
BOX = [(50.0, 80.0, 400.0), (500.0, 80.0, 400.0)]  # a box's two sides; its text starts at 56, so it wraps at 494
LONGEST = "x" * 80  # the longest line of the page ends at 56 + 400 = 456, well short of the box's edge


def line(text: str, top: float, page: int = 1) -> Line:
    return Line(text=text, page=page, x0=56.0, x1=56.0 + CHAR * len(text), top=top, bottom=top + 10.0, size=10.0,
                bold=False, bullet=False, first_word_width=CHAR * len(text.split()[0]))


def read(*pages: tuple[list[Line], list]) -> list[str]:
    contents = []
    for number, (lines, rules) in enumerate(pages, start=1):
        content = PageContent(number=number, height=HEIGHT, items=list(lines))
        mark_containers(content, rules)
        contents.append(content)
    mark_furniture(contents)
    return [b.text for b in blocks(contents) if isinstance(b, Paragraph)]


ITEM = "Joint Work Plan sub-outputs with their Gender Marker codes in UN INFO"  # 69 characters: ends at 401
NEXT = "Organizational culture survey results"  # its first word is 70 pt wide: on ITEM's line it would end at 474


def test_a_box_s_own_edge_parts_two_items_the_page_s_longest_line_cannot():
    def lines() -> list[Line]:
        return [line(LONGEST, 90), line(ITEM, 110), line(NEXT, 121)]

    assert read((lines(), BOX))[1:] == [ITEM, NEXT]  # 474 fits in the box (494)
    assert read((lines(), []))[1:] == [f"{ITEM} {NEXT}"]  # no box: the longest line (456) is all that is known


def test_a_word_that_would_not_have_fitted_in_the_box_goes_on_with_the_line_before():
    wrapped = "Gender Theme Group membership list, meeting attendance and the minutes of the"  # ends at 441: 514 > 494
    assert read(([line(LONGEST, 90), line(wrapped, 110), line(NEXT, 121)], BOX))[1:] == [f"{wrapped} {NEXT}"]


def test_a_line_in_a_badge_before_a_line_outside_it_is_measured_by_the_page():
    badge = [(50.0, 108.0, 122.0), (240.0, 108.0, 122.0)]  # a rating badge around its one line: it wraps at 234
    lines = [line(LONGEST, 90), line("Rating: Meets requirements", 110), line("Reassessed in 2022", 123)]
    # "Reassessed" would end at 186 + 3 + 50 = 239: beyond the badge's edge, well inside the page's
    assert read((lines, badge))[1:] == ["Rating: Meets requirements", "Reassessed in 2022"]


def test_an_item_ending_with_an_address_before_a_line_opening_with_a_year_ends_there():
    address = "Press release on the joint advocacy campaign: https://czechia.un.org/en/czechia-cca-41"  # ends at 486
    lines = [line(address, 110), line("2018-2019 Joint Work Plan", 121)]  # "2018-2019" would not have fitted
    assert read((lines, [])) == [address, "2018-2019 Joint Work Plan"]


FIRST = "UN INFO export of Joint Work Plan sub-outputs with Gender Equality Marker codes"  # ends at 451
SECOND = "2020-2021 Joint Work Plan"  # "2020-2021" would have ended at 499, beyond the longest line (456)


def test_two_items_are_split_where_the_document_writes_the_first_whole_elsewhere():
    page_1 = [line(LONGEST, 90), line(FIRST, 300), line(FIRST, 700), line(SECOND, 711)]
    page_2 = [line(SECOND + ", signed in March", 300), line(LONGEST, 320)]
    assert read((page_1, []), (page_2, [])) == [LONGEST, FIRST, FIRST, SECOND, SECOND + ", signed in March", LONGEST]


def test_a_paragraph_is_not_split_where_its_first_lines_are_written_whole_nowhere():
    page_1 = [line(LONGEST, 90), line(FIRST + " of 2022", 300), line(FIRST, 700), line(SECOND, 711)]
    assert read((page_1, []))[-1] == f"{FIRST} {SECOND}"


def test_items_typed_with_a_leading_dash_in_one_paragraph_are_items():
    items = ["– Minutes of the consultation with the National Commission", "– Joint Work Plan with the Ministry"]
    # a line ending full (the dash would not have fitted after it), no dash item before it: one paragraph
    wrapped = ["The cooperation framework of the country team covered the years from 2020 until:", "– 2022 saw the first review."]
    assert read(([line(LONGEST, 90), *(line(t, 110 + 11 * i) for i, t in enumerate(items))], []))[1:] == items
    assert read(([line(LONGEST, 90), *(line(t, 110 + 11 * i) for i, t in enumerate(wrapped))], []))[1:] == [" ".join(wrapped)]


INDUCTION = "Induction package for new staff, with a section on gender equality, UN Viet Nam"  # ends at 451
TERMS = "Terms of reference of the Results Groups"  # "Terms" would end at 479, beyond the longest line (456)
REPORTS = "Annual reports of the Results Groups 2024"


def test_items_run_together_in_two_lists_part_each_other():
    """"A B" under one PI, "A C" under another, "C" written whole in a third list: "A C" parts where its last
    lines are C, which makes A a text written whole, so "A B" parts too. (The lines end with a name, so
    the words at the break tell nothing: only the texts written elsewhere part them.)"""
    lines = [line(LONGEST, 90), line(INDUCTION, 200), line(TERMS, 211), line(INDUCTION, 400), line(REPORTS, 411),
             line(REPORTS, 600)]
    assert read((lines, [])) == [LONGEST, INDUCTION, TERMS, INDUCTION, REPORTS, REPORTS]
    assert read((lines[:3], [])) == [LONGEST, f"{INDUCTION} {TERMS}"]  # nothing written elsewhere: one paragraph


@pytest.mark.parametrize(("first", "second", "parts"), [
    ("Paquete de inducción del UNCT para el nuevo personal, sección sobre igualdad de género",
     "Términos de referencia de los Grupos de Resultados", 2),  # a common word, then a capital: a new item
    ("Agenda y presentación de la capacitación sobre el uso del marcador de igualdad y de",
     "Género del Sistema de Naciones Unidas en el país", 1),  # after a connector: a proper name goes on
    ("Minutes of the Gender Theme Group meetings with the Ministry of Labour and Social",
     "Protection of the Population, 2022 and 2023", 1),  # after a capitalized word: a name goes on
    ("Terms of reference of the inter-agency gender working group revised and signed by",
     "Representatives of the agencies in the UNCT meeting of March", 1),  # "by" is a connector
])
def test_a_capital_after_a_common_word_at_a_line_break_opens_an_item(first, second, parts):
    longest = "x" * 88  # ends at 496: no second line's first word here would have fitted on the line before
    lines = [line(longest, 90), line(first, 200), line(second, 211)]
    assert len(read((lines, []))[1:]) == parts


def test_a_paragraph_is_not_split_after_a_connector_even_where_the_rest_is_written_whole():
    """"... 9 de" / "Marzo de 2025": the date goes on after "de", though "Marzo de 2025" is a cell elsewhere."""
    agenda = "Agenda y lista de participantes del taller interagencial sobre género, 9 de"  # ends at 431
    assert read(([line(LONGEST, 90), line(agenda, 200), line("Marzo de 2025", 211), line("Marzo de 2025", 400)], []))[1:] == \
        [f"{agenda} Marzo de 2025", "Marzo de 2025"]
