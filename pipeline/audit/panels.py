"""The parts of audit.html that answer questions about one report: the findings table (sortable, filtered by
check, severity, country and year) and a panel per report whose values each link to their source page."""

from __future__ import annotations

from html import escape

import pandas as pd

from swapscore.schemas.records import Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def anchor(report_id: str, pi: str | None = None) -> str:
    """The id of a report's panel, or of one PI in it."""
    base = f"r-{report_id[:16]}"
    return base if pi is None else f"{base}-pi-{pi}"


def source_href(link: str | None, page) -> str | None:
    """The link to a value's source: the file, at its page (``file.pdf#page=N``) when it has one."""
    if not link:
        return None
    return f"{link}#page={int(page)}" if page is not None and not pd.isna(page) else link


def _source_link(link: str | None, page, text: str | None = None) -> str:
    href = source_href(link, page)
    label = text or (f"p. {int(page)}" if page is not None and not pd.isna(page) else "source")
    return f"<a class='src' href='{escape(href)}'>{escape(label)}</a>" if href else escape(label if text else "")


def _year(value) -> str:
    return "" if value is None or pd.isna(value) else str(int(value))


# --- findings ---------------------------------------------------------------------------


def findings_section(findings: list[Finding], reports: pd.DataFrame, links: dict[str, str]) -> str:
    by_id = {r.report_id: r for r in reports.itertuples()}
    rows = []
    for f in sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.report_id, f.pi or "", f.check_id)):
        report = by_id.get(f.report_id)
        country = (report.country or "") if report is not None and isinstance(report.country, str) else ""
        year = _year(report.year) if report is not None else ""
        name = str(report.source_path).rsplit("/", 1)[-1] if report is not None else f.report_id
        target = anchor(f.report_id, f.pi) if f.pi else anchor(f.report_id)
        page = _source_link(links.get(f.report_id), f.page) if f.page else ""
        evidence = f"<br><span class='muted'>“{escape(f.evidence)}”</span>" if f.evidence else ""
        rows.append(
            f"<tr class='{f.severity}' data-severity='{f.severity}' data-check='{escape(f.check_id)}' "
            f"data-country='{escape(country)}' data-year='{year}'>"
            f"<td data-sort='{SEVERITY_ORDER[f.severity]}'>{f.severity}</td>"
            f"<td><a href='#{target}'>{escape(country)} {year}</a><span class='muted col-wide'> · {escape(name)}</span></td>"
            f"<td>{escape(f.pi or '')}</td><td>{page}</td><td><code>{escape(f.check_id)}</code></td>"
            f"<td>{escape(f.message)}{evidence}</td></tr>")
    head = "".join(f"<th><button type='button'>{h}</button></th>" for h in ("severity", "report", "PI", "page", "check", "finding"))
    return "\n".join([
        "<h2 id='findings-section'>Findings</h2>",
        "<div class='filters'>",
        _select("severity", "every severity", sorted({f.severity for f in findings}, key=SEVERITY_ORDER.get)),
        _select("check", "every check", sorted({f.check_id for f in findings})),
        _select("country", "every country", sorted({str(r.country) for r in reports.itertuples() if isinstance(r.country, str)})),
        _select("year", "every year", sorted({_year(r.year) for r in reports.itertuples() if _year(r.year)})),
        "<input id='filter' type='search' placeholder='Filter by text (PI, file, message)'>",
        "</div>",
        f"<p class='muted'><span id='shown'>{len(findings)}</span> of {len(findings)} findings shown; click a column "
        "heading to sort.</p>",
        f"<div class='scroll'><table id='findings'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>",
    ])


def _select(key: str, everything: str, values) -> str:
    options = "".join(f"<option value='{escape(v)}'>{escape(v)}</option>" for v in values)
    return f"<select id='f-{key}' aria-label='{key}'><option value=''>{everything}</option>{options}</select>"


# --- one panel per report ------------------------------------------------------------------


def _titles(titles: dict[str, dict[str, str]], framework) -> dict[str, str]:
    return titles.get(framework, {}) if isinstance(framework, str) else {}


def report_panels(reports: pd.DataFrame, indicators: pd.DataFrame, evidence: pd.DataFrame, action_plan: pd.DataFrame,
                  codes: tuple[str, ...], links: dict[str, str], titles: dict[str, dict[str, str]]) -> str:
    parts = ["<h2 id='reports'>Reports</h2>",
             "<p class='muted'>Each report's Performance Indicators: the rating in the overview table and in the detailed "
             "section side by side, the evidence and the action plan; every value links to the page of the file it "
             "was read from.</p>"]
    # rows grouped once by report and PI (filtering the frames per PI of every report costs seconds an archive)
    ratings: dict[str, list] = {}
    for row in indicators.itertuples():  # one pass: itertuples per group would build a row class per group
        ratings.setdefault(row.report_id, []).append(row)
    documents = _by_report_and_pi(evidence)
    actions = _by_report_and_pi(action_plan)
    for report in reports.itertuples():
        parts.append(_panel(report, ratings.get(report.report_id, []), documents, actions, codes,
                            links.get(report.report_id), _titles(titles, getattr(report, "framework", None))))
    return "\n".join(parts)


def _by_report_and_pi(frame: pd.DataFrame) -> dict[tuple[str, str], list]:
    """Each (report, PI)'s rows in ``seq`` order."""
    if frame is None or frame.empty:
        return {}
    ordered = frame.sort_values("seq", kind="stable") if "seq" in frame.columns else frame
    out: dict[tuple[str, str], list] = {}
    for row in ordered.itertuples():
        out.setdefault((row.report_id, row.pi), []).append(row)
    return out


def _panel(report, indicators: list, evidence: dict[tuple[str, str], list], action_plan: dict[tuple[str, str], list], codes,
           link: str | None, titles: dict[str, str]) -> str:
    name = str(report.source_path).rsplit("/", 1)[-1]
    copies = ""
    if hasattr(report, "canonical") and isinstance(report.report_key, str):
        copies = " · the copy counted for its report" if report.canonical else " · another copy of a report (not counted)"
    head = (f"<section class='report' id='{anchor(report.report_id)}'>"
            f"<h3>{escape(str(report.country or '?'))} {_year(report.year)} {escape(str(report.report_type or ''))}</h3>"
            f"<p class='muted'>{_source_link(link, None, name)} · {escape(str(report.source_format))} · "
            f"{escape(str(report.status))}{copies}</p>")
    by_pi = {r.pi: r for r in indicators}
    rid = report.report_id
    items = [_pi(code, by_pi.get(code), titles.get(code, ""), rid, evidence.get((rid, code), []),
                 action_plan.get((rid, code), []), link)
             for code in [*codes, *sorted(set(by_pi) - set(codes))]]
    return head + "".join(items) + "</section>"


def _rating(value) -> str:
    return value if isinstance(value, str) else "—"


def _flag(value) -> str:
    return "—" if value is None or pd.isna(value) else ("yes" if bool(value) else "no")


def _pi(code: str, row, title: str, report_id: str, evidence: list, action_plan: list, link) -> str:
    summary_id = anchor(report_id, code)
    if row is None:
        return (f"<details class='pi' id='{summary_id}'><summary><b>{escape(code)}</b> {escape(title)} "
                f"<span class='muted'>not found in the report</span></summary></details>")
    ratings = (f"overview <span class='chip'>{_rating(row.rating_overview)}</span> "
               f"section <span class='chip'>{_rating(row.rating_section)}</span> "
               f"reassessed {_flag(row.reassessed_overview)} / {_flag(row.reassessed_section)} "
               f"{_source_link(link, row.page)}")
    body = [f"<p>Resolved rating: <b>{_rating(row.rating)}</b>; reassessed: {_flag(row.reassessed)}. "
            f"Heading as written: “{escape(str(row.heading_raw))}” ({_source_link(link, row.page)}).</p>"]
    body.append(_evidence_list("Means of verification", [r for r in evidence if r.kind == "means_of_verification"], link))
    body.append(_evidence_list("Supporting evidence", [r for r in evidence if r.kind == "supporting_document"], link))
    body.append(_action_list(action_plan, link))
    return (f"<details class='pi' id='{summary_id}'><summary><b>{escape(code)}</b> {escape(str(row.pi_title or title))}"
            f"<br><span class='muted'>{ratings}</span></summary><div class='pi-body'>{''.join(body)}</div></details>")


def _evidence_list(label: str, rows: list, link) -> str:
    if not rows:
        return f"<p class='muted'>{label}: none read.</p>"
    items = []
    for r in rows:
        category = f"<i>{escape(r.category)}</i>: " if isinstance(getattr(r, "category", None), str) else ""
        items.append(f"<li>{category}{escape(str(r.text))} {_source_link(link, r.page)}</li>")
    return f"<p>{label}:</p><ul class='{label.split()[0].lower()}'>{''.join(items)}</ul>"


def _action_list(rows: list, link) -> str:
    if not rows:
        return "<p class='muted'>Action plan: no row for this PI.</p>"
    items = [f"<li>{escape(str(r.action))} {_source_link(link, r.page)}</li>" for r in rows]
    return f"<p>Action plan:</p><ul class='action'>{''.join(items)}</ul>"
