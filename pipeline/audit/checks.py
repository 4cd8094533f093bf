"""The audit checks: each a small function from the datasets to findings.

Every check id, its severity and what triggers it is listed in CHECKS and in
the README (a test keeps the two in step).  Thresholds live in
schemas/audit_rules.json.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import pandas as pd

from swapscore.pipeline.audit.figures import figures, pick
from swapscore.schemas.framework import audit_rules, framework
from swapscore.schemas.records import Finding

SCORE = {"missing": 0, "approaches": 1, "meets": 2, "exceeds": 3}


@cache
def _stale_data() -> re.Pattern[str]:
    """A year cited as the year of data: "2018 data", "data from 2018", "datos de 2018" (audit_rules.json)."""
    words = audit_rules()["stale_data_words"]
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["after_year"])
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words["before_year"], key=len, reverse=True))
    return re.compile(rf"\(?\b((?:19|20)\d\d)\s+(?:{after})\b|\b(?:{before})\s+((?:19|20)\d\d)\b", re.I)


@dataclass(frozen=True, slots=True)
class CheckInfo:
    id: str
    severity: str
    trigger: str


CHECKS: dict[str, CheckInfo] = {c.id: c for c in (
    CheckInfo("rating-overview-vs-section", "error", "the overview table's rating of a PI differs from its detailed section's"),
    CheckInfo("reassessed-overview-vs-section", "error", "the overview table's reassessed flag differs from the detailed section's"),
    CheckInfo("too-few-reassessed", "warning", "an annual report reassesses fewer than 5 PIs"),
    CheckInfo("comprehensive-incomplete", "error", "a comprehensive report does not rate all 15 PIs"),
    CheckInfo("pi-missing", "warning", "a PI of the framework is absent from a scorecard report"),
    CheckInfo("pi-duplicated", "warning", "a PI appears twice in the overview table or as two detailed sections"),
    CheckInfo("pi-unknown", "warning", "a PI heading has a code the framework does not have"),
    CheckInfo("no-evidence", "warning", "a PI rated meets or exceeds has neither a means-of-verification item nor a supporting document"),
    CheckInfo("carried-forward-changed", "warning",
              "a PI marked not reassessed has a rating other than in the same country's previous report"),
    CheckInfo("rating-jump", "warning", "a PI's rating moves two or more levels from one year to the next"),
    CheckInfo("figure-outside-band", "warning", "the figure stated in the findings of PI 1.3, 4.2 or 4.3 lies outside the band of its rating"),
    CheckInfo("stale-data", "info", "a PI not reassessed cites data more than two years older than the report year"),
    CheckInfo("action-row-unknown-pi", "warning", "an action-plan row names a PI the framework does not have"),
    CheckInfo("no-action-for-low-rating", "warning", "a PI rated missing or approaches has no action-plan row"),
    CheckInfo("copies-disagree", "warning", "two copies of one report (same report_key: its PDF, DOCX or scan) rate a PI differently"),
)}


@dataclass(frozen=True)
class AuditData:
    reports: pd.DataFrame
    indicators: pd.DataFrame
    evidence: pd.DataFrame
    action_plan: pd.DataFrame
    notes: pd.DataFrame

    def scorecards(self) -> pd.DataFrame:
        return self.reports[self.reports.status.isin(["ok", "partial"]) & self.reports.framework.notna()]

    def label(self, report_id: str) -> str:
        row = self.reports.set_index("report_id").loc[report_id]
        return f"{row.country or '?'} {'' if pd.isna(row.year) else int(row.year)}".strip()


def _finding(check: str, report_id: str, pi, message: str, page, dataset: str, field: str, evidence=None) -> Finding:
    page = None if page is None or pd.isna(page) else int(page)
    return Finding(report_id, pi, check, CHECKS[check].severity, message, page, dataset, field, evidence)


def _value(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


# --- 1. overview against detail ---------------------------------------------------


def overview_vs_section(data: AuditData) -> Iterator[Finding]:
    for r in data.indicators.itertuples():
        overview, section = _value(r.rating_overview), _value(r.rating_section)
        if overview and section and overview != section:
            yield _finding("rating-overview-vs-section", r.report_id, r.pi,
                           f"PI {r.pi}: overview table says {overview!r}, detailed section says {section!r}",
                           r.page, "indicators", "rating_overview")
        flag_o, flag_s = _value(r.reassessed_overview), _value(r.reassessed_section)
        if flag_o is not None and flag_s is not None and bool(flag_o) != bool(flag_s):
            yield _finding("reassessed-overview-vs-section", r.report_id, r.pi,
                           f"PI {r.pi}: overview table says reassessed={bool(flag_o)}, "
                           f"detailed section says reassessed={bool(flag_s)}",
                           r.page, "indicators", "reassessed_overview")


# --- 2. coverage -------------------------------------------------------------------


def coverage(data: AuditData) -> Iterator[Finding]:
    minimum = audit_rules()["min_reassessed_annual"]
    by_report = dict(tuple(data.indicators.groupby("report_id", sort=False)))
    no_rows = data.indicators.iloc[0:0]
    for report in data.scorecards().itertuples():
        rows = by_report.get(report.report_id, no_rows)
        codes = framework(report.framework).codes
        if report.report_type == "annual":
            reassessed = sorted(rows[rows.reassessed.fillna(False).astype(bool)].pi)
            if len(reassessed) < minimum:
                yield _finding("too-few-reassessed", report.report_id, None,
                               f"annual report reassesses {len(reassessed)} PIs ({', '.join(reassessed) or 'none'}); "
                               f"the minimum is {minimum}", None, "indicators", "reassessed")
        if report.report_type == "comprehensive":
            rated = rows[rows.rating.notna()]
            if len(rated) < len(codes):
                unrated = sorted(set(codes) - set(rated.pi))
                yield _finding("comprehensive-incomplete", report.report_id, None,
                               f"comprehensive report rates {len(rated)} of {len(codes)} PIs; unrated: {', '.join(unrated)}",
                               None, "indicators", "rating")
        for code in sorted(set(codes) - set(rows.pi)):
            yield _finding("pi-missing", report.report_id, code, f"PI {code} of {report.framework} is absent from the report",
                           None, "indicators", "pi")
    for note in data.notes.itertuples():
        if note.code in ("pi-duplicated", "pi-unknown"):
            yield _finding(note.code, note.report_id, _value(note.pi), note.message, note.page, "notes", "message")


# --- 3. evidence -------------------------------------------------------------------


def evidence_backing(data: AuditData) -> Iterator[Finding]:
    backed = set(zip(data.evidence.report_id, data.evidence.pi))
    for r in data.indicators.itertuples():
        if r.rating in ("meets", "exceeds") and (r.report_id, r.pi) not in backed:
            yield _finding("no-evidence", r.report_id, r.pi,
                           f"PI {r.pi} is rated {r.rating!r} with no means of verification and no supporting document",
                           r.page, "evidence", "text")


# --- 4. carried forward ------------------------------------------------------------


def _previous_reports(data: AuditData) -> Iterator[tuple]:
    """(previous, current) pairs: each report with the same country's latest report of an earlier year."""
    reports = data.scorecards().dropna(subset=["country", "year"]).sort_values(["country", "year", "source_path"])
    for _, series in reports.groupby("country"):
        rows = list(series.itertuples())
        for current in rows:
            earlier = [r for r in rows if r.year < current.year]
            if earlier:
                latest = max(r.year for r in earlier)
                yield next(r for r in earlier if r.year == latest), current


def carried_forward(data: AuditData) -> Iterator[Finding]:
    rows_of: dict[str, list] = {}
    for r in data.indicators.itertuples():
        rows_of.setdefault(r.report_id, []).append(r)
    ratings = {(r.report_id, r.pi): r.rating for rows in rows_of.values() for r in rows}
    jump = audit_rules()["jump_levels"]
    for previous, current in _previous_reports(data):
        for r in rows_of.get(current.report_id, []):
            if (previous.report_id, r.pi) not in ratings:
                continue
            before, now = _value(ratings[(previous.report_id, r.pi)]), _value(r.rating)
            if not before or not now or before == now:
                continue
            where = f"{int(previous.year)} ({before!r}) to {int(current.year)} ({now!r})"
            if _value(r.reassessed) is False:
                yield _finding("carried-forward-changed", current.report_id, r.pi,
                               f"PI {r.pi} is marked not reassessed but its rating changed from {where}",
                               r.page, "indicators", "rating")
            moved = abs(SCORE.get(now, 0) - SCORE.get(before, 0))
            if before in SCORE and now in SCORE and moved >= jump and current.year - previous.year == 1:
                yield _finding("rating-jump", current.report_id, r.pi,
                               f"PI {r.pi} moved {moved} levels in one year, from {where}", r.page, "indicators", "rating")


# --- 5. numeric criteria -------------------------------------------------------------


def numeric_criteria(data: AuditData) -> Iterator[Finding]:
    rules = audit_rules()["figures"]
    for r in data.indicators[data.indicators.pi.isin(list(rules))].itertuples():
        rule = rules[r.pi]
        figure = pick(figures(r.findings or "", tuple(rule["keywords"])), rule["pick"])
        if figure is None or r.rating not in SCORE:
            continue
        problem = _band_problem(rule, figure.percent, r.rating)
        if problem:
            yield _finding("figure-outside-band", r.report_id, r.pi,
                           f"PI {r.pi}: {rule['what']} is {figure.percent:g}% but the rating is {r.rating!r} ({problem})",
                           r.page, "indicators", "findings", figure.sentence)


def _band_problem(rule: dict, percent: float, rating: str) -> str | None:
    if "parity" in rule:
        low, high = rule["parity"]
        if rating in ("meets", "exceeds") and not low <= percent <= high:
            return f"parity is {low}-{high}%"
        return None
    expected = [level for level, (low, high) in rule["bands"].items() if low <= percent <= high]
    if expected and expected[0] == min(rule["bands"], key=lambda k: rule["bands"][k][0]):
        expected = rule["below_lowest_band"]
    if rating in expected:
        return None
    bands = ", ".join(f"{level} {low:g}-{high:g}%" for level, (low, high) in rule["bands"].items())
    return f"bands: {bands}"


# --- 6. staleness ---------------------------------------------------------------------


def stale_data(data: AuditData) -> Iterator[Finding]:
    years = data.reports.set_index("report_id").year
    limit = audit_rules()["stale_after_years"]
    for r in data.indicators.itertuples():
        year = years.get(r.report_id)
        if _value(r.reassessed) is not False or year is None or pd.isna(year) or not r.findings:
            continue
        for line in r.findings.split("\n"):
            for m in _stale_data().finditer(line):
                cited = int(m.group(1) or m.group(2))
                if int(year) - cited > limit:
                    yield _finding("stale-data", r.report_id, r.pi,
                                   f"PI {r.pi} was not reassessed and cites {cited} data in a {int(year)} report",
                                   r.page, "indicators", "findings", line.strip())
                    break


# --- 7. action plan --------------------------------------------------------------------


def action_plan_coverage(data: AuditData) -> Iterator[Finding]:
    for note in data.notes[data.notes.code == "action-row-unmatched"].itertuples():
        yield _finding("action-row-unknown-pi", note.report_id, _value(note.pi), note.message, note.page, "notes", "message")
    has_plan = set(data.action_plan.report_id)
    planned = set(zip(data.action_plan.report_id, data.action_plan.pi))
    for r in data.indicators.itertuples():
        if r.report_id in has_plan and r.rating in ("missing", "approaches") and (r.report_id, r.pi) not in planned:
            yield _finding("no-action-for-low-rating", r.report_id, r.pi,
                           f"PI {r.pi} is rated {r.rating!r} and has no action-plan row", r.page, "action_plan", "pi")


# --- 8. copies of one report ----------------------------------------------------------------


def copies_disagree(data: AuditData) -> Iterator[Finding]:
    """One finding per PI on which copies of a report disagree, on the canonical copy, naming every copy."""
    if "report_key" not in data.reports.columns:
        return
    read = data.reports[data.reports.report_key.notna() & data.reports.status.isin(["ok", "partial"])]
    for key, copies in read.groupby("report_key"):
        if len(copies) < 2:
            continue
        copies = copies.sort_values(["canonical", "source_path"], ascending=[False, True])
        names = dict(zip(copies.report_id, copies.source_path.map(lambda p: str(p).rsplit("/", 1)[-1])))
        first = copies.report_id.iloc[0]
        rows = data.indicators[data.indicators.report_id.isin(list(names))]
        for pi, ratings in rows.groupby("pi"):
            said = {names[r.report_id]: _value(r.rating) for r in ratings.itertuples() if _value(r.rating)}
            if len(set(said.values())) > 1:
                listing = ", ".join(f"{name} says {value!r}" for name, value in said.items())
                page = ratings[ratings.report_id == first].page
                yield _finding("copies-disagree", first, pi, f"PI {pi}: copies of {key.replace('|', ' ')} disagree: {listing}",
                               page.iloc[0] if len(page) else None, "indicators", "rating")


ALL_CHECKS: tuple[Callable[[AuditData], Iterator[Finding]], ...] = (
    overview_vs_section, coverage, evidence_backing, carried_forward, numeric_criteria, stale_data, action_plan_coverage,
    copies_disagree,
)
