"""audit.html: one self-contained page (inline SVG and CSS, a few lines of script, no network).

A heatmap of ratings (reports by PIs, coloured by level, grey where not rated,
a dot where reassessed; each cell links to that PI in its report's panel),
the distribution of ratings per PI, each country's ratings over the years,
the findings (sortable, filtered by check, severity, country, year and
text), and a panel per report (``panels``): its PIs with their names,
overview and section ratings side by side, evidence and action plan, each
value linked to the page of the source file it came from.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from swapscore.pipeline.audit.panels import anchor, findings_section, report_panels
from swapscore.schemas.records import Finding

COLOURS = {"missing": "#d7301f", "approaches": "#fdae61", "meets": "#a6d96a", "exceeds": "#1a9641",
           "not_applicable": "#9e9e9e"}
NOT_RATED = "#e6e6e6"
LEVELS = ("missing", "approaches", "meets", "exceeds", "not_applicable")
CELL, HEAD_H, CHAR_W = 26, 34, 6.4  # CHAR_W: a generous width of one 11px label character

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;max-width:1400px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 4px} a{color:#1f5fa8}
.muted{color:#666;font-size:13px} .legend span{display:inline-block;margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:14px;height:14px;vertical-align:-2px;margin-right:4px;border:1px solid #999}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:13px;width:100%} th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4;position:sticky;top:0} th button{all:unset;cursor:pointer;font-weight:bold}
th[aria-sort=ascending] button::after{content:" ▲"} th[aria-sort=descending] button::after{content:" ▼"}
tr.error td:first-child{border-left:4px solid #d7301f}
tr.warning td:first-child{border-left:4px solid #fdae61} tr.info td:first-child{border-left:4px solid #74add1}
.cards{display:flex;gap:12px;flex-wrap:wrap} .card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{font-size:22px;display:block} .small-multiples{display:flex;flex-wrap:wrap;gap:18px}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:8px} .filters input,.filters select{padding:4px 8px;font-size:13px}
.filters input{flex:1 1 240px;min-width:0}
.report{border-top:2px solid #ddd;margin-top:18px} .report:target{background:#fffbe6}
details.pi{border:1px solid #ddd;border-radius:4px;margin:4px 0;padding:2px 8px} details.pi:target{outline:3px solid #f0b400}
details.pi summary{cursor:pointer;padding:3px 0} .pi-body{font-size:13px;padding:2px 0 6px}
.chip{display:inline-block;border-radius:3px;padding:0 5px;margin:0 2px;font-size:12px;border:1px solid #bbb}
.pi-body ul{margin:2px 0 6px 18px;padding:0} .pi-body li{margin:2px 0}
@media (max-width:640px){body{margin:8px} .card{min-width:70px;padding:4px 8px} .card b{font-size:17px}
 td,th{padding:3px 4px} .col-wide{display:none}}
"""
SCRIPT = """
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
  var controls = ['severity', 'check', 'country', 'year'].map(function (k) { return document.getElementById('f-' + k); });
  var text = document.getElementById('filter');
  function apply() {
    var needle = text.value.toLowerCase();
    rows.forEach(function (row) {
      var show = controls.every(function (c) { return !c.value || row.dataset[c.id.slice(2)] === c.value; })
        && row.textContent.toLowerCase().indexOf(needle) >= 0;
      row.style.display = show ? '' : 'none';
    });
    document.getElementById('shown').textContent = rows.filter(function (r) { return r.style.display !== 'none'; }).length;
  }
  controls.concat([text]).forEach(function (c) { c.addEventListener('input', apply); c.addEventListener('change', apply); });
  document.querySelectorAll('#findings th button').forEach(function (button, column) {
    button.addEventListener('click', function () {
      var th = button.parentNode, up = th.getAttribute('aria-sort') !== 'ascending';
      document.querySelectorAll('#findings th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var key = function (row) { return row.children[column].dataset.sort || row.children[column].textContent; };
      var body = document.querySelector('#findings tbody');
      rows.slice().sort(function (a, b) {
        var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return up ? order : -order;
      }).forEach(function (row) { body.appendChild(row); });
    });
  });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1)), target = id && document.getElementById(id);
    if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  apply();
})();
"""


def render(reports: pd.DataFrame, indicators: pd.DataFrame, findings: list[Finding], codes: tuple[str, ...],
           evidence: pd.DataFrame | None = None, action_plan: pd.DataFrame | None = None,
           links: dict[str, str] | None = None, titles: dict[str, dict[str, str]] | None = None) -> str:
    """The page.  ``links``: each report's source file as the page should link it (report_id -> href);
    ``titles``: each framework's PI names (framework id -> code -> title), for PIs a report lacks."""
    scorecards = reports[reports.report_id.isin(indicators.report_id)].sort_values(["country", "year", "source_path"])
    labels = {r.report_id: _label(r) for r in scorecards.itertuples()}
    cells = _cells(scorecards, indicators)
    evidence = evidence if evidence is not None else pd.DataFrame(columns=["report_id", "pi", "kind", "seq", "text", "page"])
    action_plan = action_plan if action_plan is not None else pd.DataFrame(columns=["report_id", "pi", "seq", "action", "page"])
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>swapscore audit</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>UNCT-SWAP scorecard audit</h1>",
        f"<p class='muted'>{len(scorecards)} scorecard reports, {len(findings)} findings. "
        "<a href='#reports'>Reports</a> · <a href='#findings-section'>Findings</a></p>",
        _cards(reports, findings),
        "<h2>Ratings by report and Performance Indicator</h2>",
        _legend(),
        "<p class='muted'>Click a cell for the PI in its report: ratings, evidence, action plan and the pages they come from.</p>",
        f"<div class='scroll'>{_heatmap(scorecards, cells, codes, labels, heatmap_id='heatmap')}</div>",
        "<h2>Distribution of ratings per Performance Indicator</h2>",
        f"<div class='scroll'>{_distribution(indicators, codes)}</div>",
        "<h2>Each country's ratings over the years</h2>",
        _countries(scorecards, cells, codes),
        findings_section(findings, reports, links or {}),
        report_panels(scorecards, indicators, evidence, action_plan, codes, links or {}, titles or {}),
        f"<script>{SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts)


def _label(report) -> str:
    year = "" if pd.isna(report.year) else int(report.year)
    name = str(report.source_path).rsplit("/", 1)[-1]
    language = getattr(report, "language", None)
    language = "" if language is None or pd.isna(language) else f" · {language}"
    return f"{report.country or '?'} {year}{language} · {name}"


def _cards(reports: pd.DataFrame, findings: list[Finding]) -> str:
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    statuses = reports.status.value_counts().to_dict()
    cards = [("reports", len(reports)), ("ok", statuses.get("ok", 0)), ("partial", statuses.get("partial", 0)),
             ("failed", statuses.get("failed", 0)), ("skipped", statuses.get("skipped", 0)),
             ("errors", counts["error"]), ("warnings", counts["warning"]), ("info", counts["info"])]
    return "<div class='cards'>" + "".join(f"<div class='card'><b>{v}</b>{k}</div>" for k, v in cards) + "</div>"


def _legend() -> str:
    items = [f"<span><i style='background:{COLOURS[level]}'></i>{level.replace('_', ' ')}</span>" for level in LEVELS]
    items.append(f"<span><i style='background:{NOT_RATED}'></i>not rated</span>")
    items.append("<span>● reassessed this year</span>")
    return "<p class='legend'>" + "".join(items) + "</p>"


def _cells(reports: pd.DataFrame, indicators: pd.DataFrame) -> dict:
    """Each (report, PI) row of the reports shown, with its rating and reassessed flag, looked up once for
    every heatmap (the page's and each country's)."""
    shown = indicators[indicators.report_id.isin(reports.report_id)][["report_id", "pi", "rating", "reassessed"]]
    return {(r.report_id, r.pi): r for r in shown.itertuples()}


def _heatmap(reports: pd.DataFrame, by_key: dict, codes, labels: dict, heatmap_id: str) -> str:
    label_width = 12 + CHAR_W * max((len(labels.get(r, "")) for r in reports.report_id), default=10)
    width, height = label_width + CELL * len(codes) + 10, HEAD_H + CELL * len(reports) + 4
    out = [f"<svg id='{heatmap_id}' class='heatmap' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"role='img' aria-label='ratings heatmap'>"]
    for j, code in enumerate(codes):
        x = label_width + j * CELL + CELL / 2
        out.append(f"<text x='{x}' y='{HEAD_H - 10}' font-size='11' text-anchor='middle'>{code}</text>")
    for i, report_id in enumerate(reports.report_id):
        y = HEAD_H + i * CELL
        out.append(f"<a href='#{anchor(report_id)}'><text x='{label_width - 6}' y='{y + CELL * 0.65}' font-size='11' "
                   f"text-anchor='end'>{escape(labels.get(report_id, ''))}</text></a>")
        for j, code in enumerate(codes):
            row = by_key.get((report_id, code))
            rating = row.rating if row is not None and isinstance(row.rating, str) else None
            fill = COLOURS.get(rating, NOT_RATED)
            x = label_width + j * CELL
            title = f"{labels.get(report_id, '')} · PI {code}: {rating or 'not rated'}"
            out.append(f"<a href='#{anchor(report_id, code)}'><rect class='cell' data-rating='{rating or ''}' "
                       f"data-pi='{code}' x='{x}' y='{y}' width='{CELL - 2}' height='{CELL - 2}' fill='{fill}'>"
                       f"<title>{escape(title)}</title></rect>")
            if row is not None and row.reassessed is True:
                out.append(f"<circle cx='{x + CELL / 2 - 1}' cy='{y + CELL / 2 - 1}' r='3.5' fill='#222' pointer-events='none'/>")
            out.append("</a>")
    out.append("</svg>")
    return "".join(out)


def _distribution(indicators: pd.DataFrame, codes) -> str:
    bar_w, row_h, label_w = 600, 22, 50
    out = [f"<svg id='distribution' xmlns='http://www.w3.org/2000/svg' width='{label_w + bar_w + 200}' "
           f"height='{row_h * len(codes) + 10}' role='img' aria-label='ratings per PI'>"]
    for i, code in enumerate(codes):
        counts = indicators[indicators.pi == code].rating.value_counts()
        total = int(counts.sum()) or 1
        y, x = i * row_h + 4, label_w
        out.append(f"<text x='{label_w - 8}' y='{y + 14}' font-size='12' text-anchor='end'>{code}</text>")
        for level in LEVELS:
            n = int(counts.get(level, 0))
            if n:
                w = bar_w * n / total
                out.append(f"<rect x='{x:.1f}' y='{y}' width='{w:.1f}' height='{row_h - 4}' fill='{COLOURS[level]}'>"
                           f"<title>PI {code}: {n} {level}</title></rect>")
                x += w
        out.append(f"<text x='{label_w + bar_w + 8}' y='{y + 14}' font-size='11' fill='#555'>"
                   + " · ".join(f"{level[:4]} {int(counts.get(level, 0))}" for level in LEVELS[:4]) + "</text>")
    out.append("</svg>")
    return "".join(out)


def _countries(reports: pd.DataFrame, cells: dict, codes) -> str:
    blocks = []
    for country, series in reports.dropna(subset=["country"]).groupby("country"):
        labels = {r.report_id: f"{'' if pd.isna(r.year) else int(r.year)} {r.report_type or ''} · {r.source_format}"
                  for r in series.itertuples()}
        svg = _heatmap(series, cells, codes, labels, heatmap_id=f"country-{escape(country).replace(' ', '-')}")
        blocks.append(f"<div class='scroll'><b>{escape(country)}</b><br>{svg}</div>")
    return "<div class='small-multiples'>" + "".join(blocks) + "</div>"
