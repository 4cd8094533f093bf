"""The content of a randomized report: what it says, drawn apart from how it is laid out.

Text comes from ``corpus/generator/wordings.py`` (items, documents, actions,
findings); the framework file gives the PIs.  The same ``ReportContent`` as the
hand-made corpus, so the truth file is written by the same ``to_truth``.

A document in another language is the English content of its seed reworded:
the same ratings, reassessed PIs, number of items, documents and action rows,
with the texts drawn from that language's wordings on a stream of their own.
"""

from __future__ import annotations

import dataclasses
import random

from swapscore.corpus.generator import wordings as W
from swapscore.corpus.generator.model import URL, ActionRow, Evidence, IndicatorContent, ReportContent
from swapscore.corpus.generator.randomized.language import local_country, template_words, text_words, truth_language, written_date
from swapscore.schemas.framework import countries
from swapscore.schemas.framework import framework as load_framework

LEVELS = ("missing", "approaches", "meets", "exceeds")


def draw_report(n: int, seed: int) -> dict:
    """What a report is about: country, year, type, framework, ratings and which PIs were reassessed."""
    rng = random.Random(f"content-{seed}-{n}")
    report_type = rng.choice(("annual", "annual", "comprehensive"))
    framework = "unct-swap-2023" if rng.random() < 0.15 else "unct-swap-2018"
    year = rng.randint(2024, 2026) if framework == "unct-swap-2023" else rng.randint(2018, 2025)
    return {
        "n": n,
        "seed": seed,
        "country": rng.choice(sorted(set(countries().values()))),
        "year": year,
        "report_type": report_type,
        "framework": framework,
    }


def build_random_content(about: dict, name: str, name_kind: str, long_urls: bool, action_columns: tuple[str, ...],
                         action_headers: tuple[str, str], with_documents: bool = True, language: str = "en") -> ReportContent:
    content = _english_content(about, name, name_kind, long_urls, action_columns, action_headers, with_documents)
    if language == "en":
        return dataclasses.replace(content, language="en")
    return _reword(content, about, language, name_kind, long_urls)


def _english_content(about: dict, name: str, name_kind: str, long_urls: bool, action_columns: tuple[str, ...],
                     action_headers: tuple[str, str], with_documents: bool) -> ReportContent:
    rng = random.Random(f"text-{about['seed']}-{about['n']}")
    fw = load_framework(about["framework"])
    country, year = about["country"], about["year"]
    cc = "".join(ch for ch in country.lower() if ch.isalnum())[:14]
    fill = _filler(country, year, cc)
    annual = about["report_type"] == "annual"
    reassessed = set(rng.sample(fw.codes, rng.randint(5, 9))) if annual else set(fw.codes)
    indicators = []
    for ind in fw.indicators:
        rating = rng.choice(LEVELS)
        name_as_written = _pi_name(ind, name_kind, rng)
        mov = tuple(_item(t, rng, fill, cc, long_urls) for t in rng.sample(W.MOV_ITEM_TEMPLATES, rng.randint(1, 5)))
        docs = tuple(_document(fill(t, rng), rng.choice(W.EVIDENCE_CATEGORIES))
                     for t in rng.sample(W.SUPPORTING_DOC_TEMPLATES, rng.randint(0, 4)))
        indicators.append(IndicatorContent(
            code=ind.code, dimension=ind.dimension, dimension_name=fw.dimension_name(ind.dimension),
            name_as_written=name_as_written, title=ind.title, rating=rating, rating_overview=rating,
            reassessed=ind.code in reassessed, reassessed_overview=ind.code in reassessed,
            findings=tuple(fill(s, rng) for s in rng.sample(W.FINDINGS_TEMPLATES, rng.randint(1, 4))),
            means_of_verification=mov if ind.code in reassessed or rng.random() < 0.5 else (),
            supporting_documents=docs if with_documents else (),
        ))
    plan = _action_plan(indicators, action_columns, rng, fill)
    return ReportContent(
        name=name, country=country, year=year, report_type=about["report_type"], framework=fw.id,
        layout="random", indicators=tuple(indicators), action_columns=action_columns, action_plan=tuple(plan),
        action_headers=action_headers,
    )


def _filler(country: str, year: int, cc: str):
    def fill(template: str, rng: random.Random, url: str = "") -> str:
        return template.format(country=country, year=year, next_year=year + 1, prev_year=year - 1, cc=cc, url=url,
                               n=rng.randint(2, 9))
    return fill


def _pi_name(ind, name_kind: str, rng: random.Random) -> str:
    if name_kind == "title":
        return ind.title
    old = W.PI_OLD_NAMES.get(ind.code, ())
    if name_kind == "old" and old:
        return rng.choice(old)
    return rng.choice(W.PI_SHORT_NAMES[ind.code])


def _item(template: str, rng: random.Random, fill, cc: str, long_urls: bool) -> Evidence:
    if "{url}" not in template:
        text = _plain(fill(template, rng))
        return Evidence(text, tuple(u.rstrip(".,;:") for u in URL.findall(text)))
    slug = f"{cc}-{rng.choice(('gtg-workplan', 'cca', 'joint-programme', 'survey', 'cf-results'))}-{rng.randint(10, 99)}"
    url = (f"https://unsdg.un.org/sites/default/files/{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}/"
           f"UNCT_{cc.upper()}_{slug}_gender-equality-scorecard-evidence-final-version.pdf" if long_urls
           else f"https://{cc}.un.org/en/{slug}")
    return Evidence(_plain(fill(template, rng, url=url)), (url,))


def _document(text: str, category: str) -> Evidence:
    text = _plain(text)
    return Evidence(text, tuple(u.rstrip(".,;:") for u in URL.findall(text)), category)


def _plain(text: str) -> str:
    """White space collapsed and no trailing semicolon: how the truth format writes an item."""
    return " ".join(text.split()).rstrip(";")


def _action_plan(indicators, columns, rng, fill) -> list[ActionRow]:
    rows = []
    for ind in indicators:
        if rng.random() < 0.12:
            continue
        label = f"{ind.code} {ind.name_as_written}" if rng.random() < 0.85 else f"PI {ind.code}"
        for _ in range(2 if rng.random() < 0.12 else 1):
            action = _plain(fill(rng.choice(W.ACTION_TEMPLATES), rng))
            progress = tuple((c, _plain(fill(rng.choice(W.PROGRESS_TEMPLATES), rng)) if rng.random() < 0.92 else "")
                             for c in columns)
            rows.append(ActionRow(ind.code, label, action, progress))
    return rows


def _reword(content: ReportContent, about: dict, language: str, name_kind: str, long_urls: bool) -> ReportContent:
    """The English content with its texts in ``language``: names, dimensions and categories from the template
    wordings, findings, items, documents and action-plan cells from the text wordings."""
    rng = random.Random(f"text-{language}-{about['seed']}-{about['n']}")
    words, text = template_words(language), text_words(language)
    translated_template = words is not W
    cc = "".join(ch for ch in content.country.lower() if ch.isalnum())[:14]
    fill = _local_filler(local_country(content.country, language), content.year, cc, text)
    dimensions = {d: rng.choice(words.DIMENSION_2_NAMES_2023 if d == 2 and content.framework == "unct-swap-2023"
                                else words.DIMENSION_NAME_VARIANTS[d]) for d in sorted({i.dimension for i in content.indicators})}
    indicators = []
    for ind in content.indicators:
        docs = tuple(_document(fill(t, rng), rng.choice(words.EVIDENCE_CATEGORIES) if translated_template else d.category)
                     for t, d in zip(rng.sample(text.SUPPORTING_DOC_TEMPLATES, len(ind.supporting_documents)),
                                     ind.supporting_documents))
        indicators.append(dataclasses.replace(
            ind,
            name_as_written=_local_pi_name(ind.code, name_kind, words, rng) if translated_template else ind.name_as_written,
            dimension_name=dimensions[ind.dimension] if translated_template else ind.dimension_name,
            findings=tuple(fill(s, rng) for s in rng.sample(text.FINDINGS_TEMPLATES, len(ind.findings))),
            means_of_verification=tuple(_item(t, rng, fill, cc, long_urls)
                                        for t in rng.sample(text.MOV_ITEM_TEMPLATES, len(ind.means_of_verification))),
            supporting_documents=docs,
        ))
    names = {i.code: i.name_as_written for i in indicators}
    plan = tuple(ActionRow(
        row.code,
        rng.choice(words.PI_CODE_LABELS).format(code=row.code) if row.label == f"PI {row.code}" else f"{row.code} {names[row.code]}",
        _plain(fill(rng.choice(text.ACTION_TEMPLATES), rng)),
        tuple((column, _plain(fill(rng.choice(text.PROGRESS_TEMPLATES), rng)) if cell else "") for column, cell in row.progress),
    ) for row in content.action_plan)
    return dataclasses.replace(content, indicators=tuple(indicators), action_plan=plan, language=truth_language(language))


def _local_filler(country: str, year: int, cc: str, words):
    def fill(template: str, rng: random.Random, url: str = "") -> str:
        return template.format(country=country, year=year, next_year=year + 1, prev_year=year - 1, cc=cc, url=url,
                               n=rng.randint(2, 9), month=rng.choice(words.MONTHS),
                               date=written_date(rng, words, year))
    return fill


def _local_pi_name(code: str, name_kind: str, words, rng: random.Random) -> str:
    if name_kind == "title":
        return words.PI_TITLES[code]
    old = words.PI_OLD_NAMES.get(code, ())
    if name_kind == "old" and old:
        return rng.choice(old)
    return rng.choice(words.PI_SHORT_NAMES[code])
