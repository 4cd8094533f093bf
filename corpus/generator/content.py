"""A spec (one small JSON file) to the full content of a report, drawn with a seeded RNG.

Spec keys (all but name/layout/country/year optional):
  name, layout ("platform" | "consultant"), country, year, report_type,
  framework, seed, ratings {code: level}, reassessed [codes],
  overview_ratings {code: level}, overview_reassessed {code: bool},
  no_evidence [codes], action_columns [labels], two_action_rows [codes],
  data_years {code: year}, figures {code: percent}, no_action_rows [codes],
  padding (extra findings paragraphs per PI, to make long reports),
  stress {flag: value}.
"""

from __future__ import annotations

import random

from swapscore.corpus.generator import phrases
from swapscore.corpus.generator.model import ActionRow, Evidence, IndicatorContent, ReportContent
from swapscore.schemas.framework import framework as load_framework

LEVELS = ("missing", "approaches", "meets", "exceeds")
PLATFORM_PERIODS = ("ACTIVITIES UNDERTAKEN IN YEAR 1", "ACTIVITIES UNDERTAKEN IN YEAR 2", "ACTIVITIES UNDERTAKEN IN YEAR 3")
CONSULTANT_COLUMNS = ("Responsible", "Timeline", "Status")
# Figures that sit inside the band of each rating (PI 1.3 share, PI 4.2 survey, PI 4.3 women's share).
BANDS = {
    "1.3": {"missing": 10, "approaches": 25, "meets": 41, "exceeds": 58},
    "4.2": {"missing": 40, "approaches": 58, "meets": 72, "exceeds": 84},
    "4.3": {"missing": 68, "approaches": 58, "meets": 51, "exceeds": 50},
}


def build_content(spec: dict) -> ReportContent:
    rng = random.Random(spec.get("seed", 0))
    fw = load_framework(spec.get("framework", "unct-swap-2018"))
    year = spec["year"]
    report_type = spec.get("report_type", "annual")
    fill = _filler(spec, year)
    ratings = {i.code: spec.get("ratings", {}).get(i.code) or rng.choice(LEVELS[1:]) for i in fw.indicators}
    if report_type == "comprehensive":
        reassessed = {i.code for i in fw.indicators}
    else:
        reassessed = set(spec.get("reassessed") or rng.sample(fw.codes, 5))
    indicators = tuple(
        _indicator(spec, ind, fw.dimension_name(ind.dimension), ratings[ind.code], ind.code in reassessed, rng, fill)
        for ind in fw.indicators
    )
    columns = tuple(spec.get("action_columns") or (
        PLATFORM_PERIODS if spec["layout"] == "platform" else CONSULTANT_COLUMNS))
    return ReportContent(
        name=spec["name"],
        country=spec["country"],
        year=year,
        report_type=report_type,
        framework=fw.id,
        layout=spec["layout"],
        indicators=indicators,
        action_columns=columns,
        action_plan=tuple(_action_rows(spec, indicators, columns, rng, fill)),
        action_headers=tuple(spec.get("action_headers") or (
            ("Link to Performance Indicator", "Action Points") if spec["layout"] == "platform" else ("Indicator", "Action"))),
        stress=dict(spec.get("stress", {})),
    )


def _filler(spec: dict, year: int):
    cc = spec["country"].lower().replace(" ", "-")[:12]

    def fill(template: str, rng: random.Random, **extra) -> str:
        values = dict(country=spec["country"], year=year, next_year=year + 1, prev_year=year - 1,
                      month=rng.choice(phrases.MONTHS), cc=cc, n=rng.randint(2, 9))
        values.update(extra)
        return template.format(**values)

    return fill


def _name(spec: dict, code: str, rng: random.Random) -> str:
    if spec["layout"] == "consultant":
        return phrases.CONSULTANT_NAMES[code]
    return rng.choice(phrases.PLATFORM_NAMES[code])


def _indicator(spec, ind, dimension_name, rating, reassessed, rng, fill) -> IndicatorContent:
    code = ind.code
    n_sentences = 9 if spec.get("stress", {}).get("long_section") == code else rng.randint(2, 4)
    findings = [fill(s, rng) for s in rng.sample(phrases.FINDINGS, min(n_sentences, len(phrases.FINDINGS)))]
    findings += [fill(rng.choice(phrases.FINDINGS), rng) for _ in range(spec.get("padding", 0))]
    if code in phrases.NUMERIC_FINDINGS:
        findings.append(_numeric_finding(spec, code, rating, rng))
    no_evidence = code in spec.get("no_evidence", [])
    consultant = spec["layout"] == "consultant"
    mov: tuple[Evidence, ...] = ()
    docs: tuple[Evidence, ...] = ()
    if not no_evidence and (reassessed or consultant):
        mov = tuple(_evidence_item(t, u, rng, fill) for t, u in rng.sample(phrases.EVIDENCE_DOCS, rng.randint(1, 5)))
    if not no_evidence and not consultant and rng.random() < 0.65:
        category = phrases.SUPPORTING_CATEGORIES[code]
        docs = tuple(
            Evidence(fill(t, rng), (), category if rng.random() < 0.75 else "Other")
            for t in rng.sample(phrases.SUPPORTING_DOCS, rng.randint(1, 4))
        )
    overview_rating = spec.get("overview_ratings", {}).get(code, rating)
    overview_reassessed = spec.get("overview_reassessed", {}).get(code, reassessed)
    return IndicatorContent(
        code=code,
        dimension=ind.dimension,
        dimension_name=dimension_name,
        name_as_written=_name(spec, code, rng),
        title=ind.title,
        rating=rating,
        rating_overview=overview_rating,
        reassessed=reassessed,
        reassessed_overview=overview_reassessed,
        findings=tuple(findings),
        means_of_verification=mov,
        supporting_documents=docs,
    )


def _numeric_finding(spec, code, rating, rng) -> str:
    share = spec.get("figures", {}).get(code, BANDS[code][rating])
    total = rng.randint(40, 90)
    part = round(total * share / 100)
    share = round(100 * part / total) if code == "1.3" else share
    data_year = spec.get("data_years", {}).get(code, spec["year"])
    return phrases.NUMERIC_FINDINGS[code].format(total=total, part=part, share=share, data_year=data_year)


def _evidence_item(template, url_template, rng, fill) -> Evidence:
    text = fill(template, rng)
    if url_template is None:
        return Evidence(text)
    url = fill(url_template, rng)
    return Evidence(f"{text} ({url})", (url,))


def _action_rows(spec, indicators, columns, rng, fill) -> list[ActionRow]:
    bullets = spec.get("stress", {}).get("bullets_in_cells", False)
    hyphenated = spec.get("stress", {}).get("hyphenated", False)
    rows = []
    for ind in indicators:
        if ind.code in spec.get("no_action_rows", []):
            continue
        count = 2 if ind.code in spec.get("two_action_rows", []) else 1
        label = f"{ind.code} {ind.name_as_written}"
        for k in range(count):
            action = phrases.ACTIONS[ind.code] if k == 0 else "Follow up on the previous action with a short progress note to the country team."
            progress = tuple((col, _progress_text(col, rng, fill, bullets and k == 0 and rng.random() < 0.4))
                             for col in columns)
            if hyphenated and ind.code in ("1.1", "3.1", "6.1"):
                progress = ((progress[0][0], rng.choice(phrases.HYPHENATED)), *progress[1:])
            rows.append(ActionRow(ind.code, label, action, progress))
    return rows


def _progress_text(column: str, rng, fill, as_bullets: bool) -> str:
    if column == "Responsible":
        return rng.choice(phrases.RESPONSIBLE)
    if column == "Status":
        return rng.choice(phrases.STATUS)
    if column == "Timeline":
        return f"Q{rng.randint(1, 4)} {fill('{year}', rng)}"
    if as_bullets:  # one bullet a line; the truth reads them joined by spaces
        return "\n".join(fill(t, rng) for t in rng.sample(phrases.PROGRESS[2:], 2))
    return fill(rng.choice(phrases.PROGRESS), rng)
