"""Audit checks on corpus documents that trigger them and documents that do not, and on in-memory edge cases."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from swapscore.pipeline.audit import run_audit
from swapscore.pipeline.audit.checks import CHECKS, AuditData, action_plan_coverage, coverage
from swapscore.pipeline.audit.figures import figures, pick
from swapscore.schemas.datasets import AUDIT


@pytest.fixture(scope="module")
def audited(extracted, tmp_path_factory) -> tuple[Path, pd.DataFrame]:
    out = tmp_path_factory.mktemp("audit")
    for item in extracted.iterdir():
        if item.is_file():
            shutil.copy(item, out / item.name)
    run_audit(out)
    findings = pd.read_parquet(out / "audit.parquet")
    reports = pd.read_parquet(out / "reports.parquet")[["report_id", "source_path"]]
    findings = findings.merge(reports, on="report_id")
    findings["file"] = findings.source_path.map(lambda p: Path(p).name)
    findings["folder"] = findings.source_path.map(lambda p: Path(p).parent.name)
    return out, findings


def _of(findings: pd.DataFrame, name: str, check: str | None = None, folder: str | None = None) -> pd.DataFrame:
    rows = findings[findings.file == name]
    if folder:
        rows = rows[rows.folder == folder]
    return rows if check is None else rows[rows.check_id == check]


@pytest.mark.parametrize("name", ["report.pdf", "report.docx"])
def test_kazakhstan_reference(audited, name):
    _, findings = audited
    ref = findings[(findings.folder == "kazakhstan-2022") & (findings.file == name)]
    assert sorted(ref[ref.check_id == "no-evidence"].pi) == ["1.2", "1.3", "4.2"]
    stale = ref[ref.check_id == "stale-data"]
    assert list(stale.pi) == ["4.2"] and "2019" in stale.message.iloc[0] and "2019 data" in stale.evidence.iloc[0]
    assert ref[ref.check_id == "figure-outside-band"].empty  # 38 of 78 (49%) meets; 73% meets
    assert set(ref.check_id) == {"no-evidence", "stale-data"}


TRIGGERS = [
    # (check, document that triggers it, PI, document of the same kind that does not)
    ("rating-overview-vs-section", "tajikistan-2022-annual-inconsistent.pdf", "4.3", "uzbekistan-2023-annual.pdf"),
    ("reassessed-overview-vs-section", "tajikistan-2022-annual-inconsistent.docx", "5.1", "uzbekistan-2023-annual.docx"),
    ("too-few-reassessed", "tajikistan-2022-annual-inconsistent.pdf", None, "kyrgyzstan-2021-annual.pdf"),
    ("no-evidence", "tajikistan-2022-annual-inconsistent.docx", "2.1", "moldova-2019-comprehensive-consultant.docx"),
    ("carried-forward-changed", "tajikistan-2022-annual-inconsistent.pdf", "1.2", "kyrgyzstan-2022-annual.docx"),
    ("rating-jump", "tajikistan-2022-annual-inconsistent.docx", "1.2", "kyrgyzstan-2021-annual.pdf"),
    ("figure-outside-band", "tajikistan-2022-annual-inconsistent.pdf", "1.3", "kyrgyzstan-2022-annual.docx"),
    ("stale-data", "tajikistan-2022-annual-inconsistent.pdf", "4.2", "kyrgyzstan-2022-annual.docx"),
    ("no-action-for-low-rating", "tajikistan-2022-annual-inconsistent.docx", "4.3", "armenia-2023-annual-stress.pdf"),
]


@pytest.mark.parametrize(("check", "trigger", "pi", "quiet"), TRIGGERS, ids=[t[0] for t in TRIGGERS])
def test_check_fires_on_its_document_and_not_on_a_clean_one(audited, check, trigger, pi, quiet):
    _, findings = audited
    hits = _of(findings, trigger, check)
    if pi is None:
        assert len(hits) == 1 and pd.isna(hits.pi.iloc[0]), hits
    else:
        assert pi in set(hits.pi), hits
        # no-evidence also fires on PIs the generator happened to leave without evidence
        assert check == "no-evidence" or len(hits) == 1, hits
    assert set(hits.severity) == {CHECKS[check].severity}
    assert _of(findings, quiet, check).empty


def test_messages_name_the_values_and_pages_point_at_pdf_pages(audited):
    _, findings = audited
    mismatch = _of(findings, "tajikistan-2022-annual-inconsistent.pdf", "rating-overview-vs-section").iloc[0]
    assert "'meets'" in mismatch.message and "'approaches'" in mismatch.message and mismatch.page >= 1
    figure = _of(findings, "tajikistan-2022-annual-inconsistent.pdf", "figure-outside-band").iloc[0]
    assert "44%" in figure.message and "(44%)" in figure.evidence
    jump = _of(findings, "tajikistan-2022-annual-inconsistent.pdf", "rating-jump").iloc[0]
    assert "2021 ('approaches') to 2022 ('exceeds')" in jump.message


def test_a_consistent_series_has_no_carried_forward_findings(audited):
    _, findings = audited
    kyrgyz = findings[findings.file.str.startswith("kyrgyzstan")]
    assert not set(kyrgyz.check_id) & {"carried-forward-changed", "rating-jump"}


def test_audit_dataset_is_written_and_described(audited):
    out, findings = audited
    assert pq.read_schema(out / "audit.parquet").remove_metadata() == AUDIT.arrow_schema
    package = (out / "datapackage.json").read_text()
    assert '"name": "audit"' in package
    assert set(findings.severity) <= {"error", "warning", "info"}
    assert set(findings.check_id) <= set(CHECKS)


# --- edge cases in memory ----------------------------------------------------------


def _data(**frames) -> AuditData:
    empty = {
        "reports": pd.DataFrame(columns=["report_id", "source_path", "status", "framework", "report_type", "country", "year"]),
        "indicators": pd.DataFrame(columns=["report_id", "pi", "rating", "reassessed", "page"]),
        "evidence": pd.DataFrame(columns=["report_id", "pi"]),
        "action_plan": pd.DataFrame(columns=["report_id", "pi"]),
        "notes": pd.DataFrame(columns=["report_id", "seq", "code", "pi", "message", "page"]),
    }
    empty.update(frames)
    return AuditData(**empty)


def _report(report_type: str) -> pd.DataFrame:
    return pd.DataFrame([{"report_id": "r1", "source_path": "/a.pdf", "status": "ok", "framework": "unct-swap-2018",
                          "report_type": report_type, "country": "Chad", "year": 2021}])


def test_coverage_of_a_comprehensive_report_with_missing_duplicated_and_unknown_pis():
    indicators = pd.DataFrame([{"report_id": "r1", "pi": c, "rating": "meets", "reassessed": True, "page": 2}
                               for c in ("1.1", "1.2", "1.3")])
    notes = pd.DataFrame([
        {"report_id": "r1", "seq": 1, "code": "pi-duplicated", "pi": "1.1", "message": "PI 1.1: a second section", "page": 4},
        {"report_id": "r1", "seq": 2, "code": "pi-unknown", "pi": "8.1", "message": "PI heading 'PI 8.1 X'", "page": 9},
    ])
    found = list(coverage(_data(reports=_report("comprehensive"), indicators=indicators, notes=notes)))
    checks = [f.check_id for f in found]
    assert checks.count("comprehensive-incomplete") == 1 and checks.count("pi-missing") == 12
    assert ("pi-duplicated", "1.1") in {(f.check_id, f.pi) for f in found}
    assert ("pi-unknown", "8.1", 9) in {(f.check_id, f.pi, f.page) for f in found}


def test_action_rows_for_unknown_pis_are_findings():
    notes = pd.DataFrame([{"report_id": "r1", "seq": 1, "code": "action-row-unmatched", "pi": "9.9",
                           "message": "action-plan row '9.9 Innovation' (page 20) matches no indicator", "page": 20}])
    (finding,) = action_plan_coverage(_data(reports=_report("annual"), notes=notes))
    assert (finding.check_id, finding.pi, finding.page, finding.severity) == ("action-row-unknown-pi", "9.9", 20, "warning")


@pytest.mark.parametrize(
    ("text", "keywords", "rule", "expected"),
    [
        ("Of the 78 Outcome indicators, 38 (49%) track progress. For Area I, 94% (15 of 16) of the indicators qualify.",
         ("indicator",), "largest_base", (49.0, 78)),
        ("Between one-third and one-half (33-50 percent) of indicators measure change.", ("indicator",), "largest_base", None),
        ("In total 12 of 40 indicators are gender-sensitive.", ("indicator",), "largest_base", (30.0, 40)),
        ("The survey scored a positive rating of 65-79 percent. Staff gave a positive rating of 73% overall.",
         ("positive",), "first", (73.0, None)),
        ("Women comprise 55% of the workforce and men 45%. Parity is 47-53%.", ("women",), "first", (55.0, None)),
        ("No figures here at all.", ("women",), "first", None),
    ],
)
def test_figures(text, keywords, rule, expected):
    figure = pick(figures(text, keywords), rule)
    assert (None if figure is None else (figure.percent, figure.base)) == expected


# --- the page people look at ---------------------------------------------------------

CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Debian chromium not installed (.ci/run installs it)")
def test_audit_page_renders_in_headless_chromium(audited, tmp_path):
    from playwright.sync_api import sync_playwright

    out, _ = audited
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM or "/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "audit.html").as_uri())
        shot = tmp_path / "audit.png"
        page.screenshot(path=str(shot), full_page=True)
        rated = page.locator("#heatmap rect.cell:not([data-rating=''])").count()
        rows = page.locator("#findings tbody tr").count()
        page.fill("#filter", "figure-outside-band")
        visible = page.locator("#findings tbody tr:visible").count()
        browser.close()
    assert errors == []
    assert rated > 0, "empty heatmap"
    assert rows == len(pd.read_parquet(out / "audit.parquet"))
    assert 0 < visible < rows
    assert all(u.startswith("file://") for u in requests), requests
    assert shot.stat().st_size > 50_000


def _browser(p):
    return p.chromium.launch(executable_path=CHROMIUM or "/usr/bin/chromium", args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"])


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Debian chromium not installed (.ci/run installs it)")
def test_audit_page_answers_questions_in_chromium(audited, tmp_path):
    """Click a heatmap cell and land on that PI of its report, with its values linked to their pages; filter and
    sort the findings; the page works 420 px wide."""
    from playwright.sync_api import sync_playwright

    out, findings = audited
    errors: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "audit.html").as_uri())
        href = page.evaluate("""() => Array.from(document.querySelectorAll('#heatmap rect.cell'))
            .find(r => r.dataset.rating && r.querySelector('title').textContent.includes('.pdf')).parentNode.getAttribute('href')""")
        page.locator(f"#heatmap a[href='{href}'] rect").click()
        target = href[1:]
        landed = page.evaluate("(id) => { const d = document.getElementById(id); const r = d.getBoundingClientRect(); "
                               "return {open: d.open, top: r.top, text: d.innerText, "
                               "links: Array.from(d.querySelectorAll('a.src')).map(a => a.getAttribute('href'))}; }", target)
        assert page.url.endswith(href)
        assert landed["open"] and 0 <= landed["top"] < 1000, landed
        assert "overview" in landed["text"] and "section" in landed["text"] and "Means of verification" in landed["text"]
        assert landed["links"] and all(".pdf#page=" in link for link in landed["links"]), landed["links"]
        assert (out / landed["links"][0].split("#")[0]).resolve().exists()  # the link reaches the source file

        rows = page.locator("#findings tbody tr")
        page.select_option("#f-check", "no-evidence")
        shown = page.locator("#findings tbody tr:visible")
        assert 0 < shown.count() < rows.count()
        assert shown.count() == len(findings[findings.check_id == "no-evidence"])
        assert set(shown.evaluate_all("rows => rows.map(r => r.dataset.check)")) == {"no-evidence"}
        page.select_option("#f-country", "Kazakhstan")
        assert set(page.locator("#findings tbody tr:visible").evaluate_all("rows => rows.map(r => r.dataset.country)")) == {"Kazakhstan"}
        page.select_option("#f-check", "")
        page.select_option("#f-country", "")
        page.locator("#findings th button", has_text="PI").click()
        pis = page.locator("#findings tbody tr").evaluate_all("rows => rows.map(r => r.children[2].textContent)")
        assert pis == sorted(pis) and len(set(pis)) > 1

        narrow = browser.new_page(viewport={"width": 420, "height": 900})
        narrow.on("pageerror", lambda e: errors.append(str(e)))
        narrow.goto((out / "audit.html").as_uri())
        width = narrow.evaluate("() => document.documentElement.scrollWidth")
        shot = tmp_path / "narrow.png"
        narrow.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert errors == []
    assert width <= 420, f"the page is {width} px wide in a 420 px window"
    assert shot.stat().st_size > 50_000
