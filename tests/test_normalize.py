"""Normalizers against tables of (raw, expected) cases."""

from __future__ import annotations

import pytest

from swapscore.pipeline.normalize import clean_item, match_heading, urls_in
from swapscore.pipeline.phrases import rating_level, yes_no
from swapscore.schemas.framework import framework

FW = framework("unct-swap-2018")


@pytest.mark.parametrize(
    ("raw", "allow_short", "expected"),
    [
        ("MISSING", True, "missing"),
        ("Missing requirements", False, "missing"),
        ("APPROACHING", True, "approaches"),
        ("Approaches minimum requirements", False, "approaches"),
        ("APPROACHES MINIMUM REQUIREMENTS", False, "approaches"),
        ("MEETS", True, "meets"),
        ("Meets minimum requirements", False, "meets"),
        ("meets minimum requirements.", False, "meets"),
        ("EXCEEDS", True, "exceeds"),
        ("Exceeds minimum requirements", False, "exceeds"),
        ("Not applicable", False, "not_applicable"),
        ("N/A", True, "not_applicable"),
        ("n/a", True, "not_applicable"),
        ("Rating: Meets minimum requirements", False, "meets"),
        ("Rating: MEETS", False, "meets"),
        ("Rating level: approaching", False, "approaches"),
        # short forms are not trusted as free-standing paragraphs
        ("MEETS", False, None),
        ("N/A", False, None),
        ("NA", False, None),
        # a criterion that opens with a rating phrase is not a rating
        ("Meets minimum requirements AND (d) the team did more", False, None),
        ("", True, None),
        (None, True, None),
    ],
)
def test_rating_level(raw, allow_short, expected):
    assert rating_level(raw, allow_short=allow_short) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Yes", True), ("yes", True), ("YES.", True), ("No", False), ("no", False), ("Maybe", None), ("", None)],
)
def test_yes_no(raw, expected):
    assert yes_no(raw) is expected if expected is not None else yes_no(raw) is None


@pytest.mark.parametrize(
    ("heading", "code", "expected"),
    [
        ("PI 1.1 Common Country Analysis", "1.1", "1.1"),
        ("INDICATOR 1.1 COMMON COUNTRY ANALYSIS", "1.1", "1.1"),
        ("UNDAF Outcomes", None, "1.2"),
        ("PFD Indicators", None, "1.3"),
        ("Cooperation Framework M & E", None, "2.3"),
        ("UNDAF Monitoring and Evaluation", None, "2.3"),
        ("Joint Programs", None, "2.1"),
        ("Communication & Advocacy", None, "2.2"),
        ("Government Engagement", None, "3.1"),
        ("Engagement with Government", None, "3.1"),
        ("GEWE CSO Engagement", None, "3.2"),
        ("Leadership for Gender Equality", None, "4.1"),
        ("Organisational Culture", None, "4.2"),
        ("Gender Coordination Mechanism", None, "5.1"),
        ("Gender Capacities", None, "5.2"),
        ("Financial Resources", None, "6.1"),
        ("Resource Allocation & Tracking", None, "6.1"),
        ("GEWE Results", None, "7.1"),
        ("Gender parity in staffing is achieved", None, "4.3"),
        ("COMMON COUNTRY ANALYSIS", None, "1.1"),
    ],
)
def test_match_heading(heading, code, expected):
    match = match_heading(heading, code, FW)
    assert match is not None and match.code == expected
    assert match.method == ("code" if code else "name")
    assert 0 < match.score <= 100


@pytest.mark.parametrize(
    ("heading", "code"),
    [("Procurement and Logistics", None), ("Annual Budget Overview", None), ("PI 8.1 Something else", "8.1")],
)
def test_a_heading_that_matches_nothing_is_not_guessed(heading, code):
    assert match_heading(heading, code, FW) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1) UNCG Annual Work Plan 2022;", "UNCG Annual Work Plan 2022"),
        ("10) Meetings, events (program overview available).", "Meetings, events (program overview available)."),
        ("3. Joint Work Plan", "Joint Work Plan"),
        ("10.UNSDCF annual results report 2022", "UNSDCF annual results report 2022"),  # no space after the number
        ("3.1 million women reached", "3.1 million women reached"),
        ("(2) Minutes  of the\nmeeting", "Minutes of the meeting"),
        ("- WEF report", "WEF report"),
        ("2021-2025 UN Sustainable Development Cooperation Framework", "2021-2025 UN Sustainable Development Cooperation Framework"),
        ("Forum: <https://hlpf.un.org/countries/x>", "Forum: https://hlpf.un.org/countries/x"),
    ],
)
def test_clean_item(raw, expected):
    assert clean_item(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Challenge (https://spotlightdigital.org/) and (https://x.org/a?b=1&c=2)", ("https://spotlightdigital.org/", "https://x.org/a?b=1&c=2")),
        ("see https://example.org/page.", ("https://example.org/page",)),
        ("(https://a.kz/x-ca; https://b.org/y)", ("https://a.kz/x-ca;", "https://b.org/y")),
        ("no address here", ()),
    ],
)
def test_urls_in(text, expected):
    assert urls_in(text) == expected


def test_framework_versions_are_data():
    new = framework("unct-swap-2023")
    assert new.codes == FW.codes and len(FW.codes) == 15
    assert new.dimension_name(2) == "Programming, Monitoring, Evaluation and Learning"
    assert new.provisional and not FW.provisional
