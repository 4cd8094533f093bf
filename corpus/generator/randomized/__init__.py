"""Randomized layouts: ``swapscore corpus synth --layouts random``.

Each document's content (country, year, type, ratings, items, action plan) and
its presentation (producer, section container, heading wording, how ratings,
flags, lists and tables are drawn, label synonyms) are drawn independently from
seeded generators, so the same ``--seed`` writes the same archive and any
document can be rebuilt alone from ``(seed, n)``.  Truth comes from the content;
the layout draw is written into the truth file under ``layout``.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from swapscore.corpus.generator.other import libreoffice_pdf
from swapscore.corpus.generator.randomized.compose import compose
from swapscore.corpus.generator.randomized.content import build_random_content, draw_report
from swapscore.corpus.generator.randomized.docx_blocks import render_blocks_docx
from swapscore.corpus.generator.randomized.draw import PRODUCERS, LayoutDraw, draw_layout
from swapscore.corpus.generator.randomized.html import chromium_pdf, to_html, weasyprint_pdf
from swapscore.corpus.generator.randomized.language import DEFAULT_LANGUAGES, LANGUAGES, local_country, template_words
from swapscore.corpus.generator.randomized.reportlab_blocks import render_blocks_pdf
from swapscore.corpus.generator.randomized.rotate import store_landscape_rotated

SUFFIX = {"python-docx": ".docx"}


def document_name(n: int, seed: int, about: dict) -> str:
    country = about["country"].lower().replace(" ", "-").replace("'", "")[:18]
    return f"random-s{seed}-{n:04d}-{country}-{about['year']}"


def build_random(n: int, seed: int, out_dir: Path, producers: tuple[str, ...] = PRODUCERS, overrides: dict | None = None,
                 languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Path:
    """Render document ``n`` of the archive drawn with ``seed``; returns its path (truth file beside it).

    ``overrides`` fixes some axes of the layout draw (tests use it to check that each value is really drawn;
    to fix the language, pass ``languages=(x,)`` instead, since it rewords the other axes).
    """
    about = draw_report(n, seed)
    draw = draw_layout(seed * 100_003 + n, about["year"], about["report_type"], about["country"], producers, languages)
    draw = dataclasses.replace(draw, **(overrides or {}))
    name = document_name(n, seed, about)
    content = build_random_content(about, name, draw.name_kind, draw.long_urls, draw.action_columns, draw.action_headers,
                                   with_documents=draw.evidence != "none", language=draw.language)
    target = out_dir / f"{name}{SUFFIX.get(draw.producer, '.pdf')}"
    title = template_words(draw.language).RUNNING_TITLE.format(country=local_country(about["country"], draw.language),
                                                               year=about["year"])
    render(compose(content, draw), draw, target, title)
    truth = {**content.to_truth(), "layout": {"n": n, "seed": seed, "summary": draw.summary(), **draw.as_dict()}}
    (out_dir / f"{name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def render(blocks, draw: LayoutDraw, target: Path, title: str) -> None:
    header = title if draw.running_header else None
    page = template_words(draw.language).PAGE_WORD  # the footer's "Page N"
    if draw.producer == "python-docx":
        render_blocks_docx(blocks, target, header, page)
    elif draw.producer == "libreoffice":
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / f"{target.stem}.docx"
            render_blocks_docx(blocks, source, header, page)
            libreoffice_pdf(source, target)
    elif draw.producer == "reportlab":
        render_blocks_pdf(blocks, target, title, header, page)
    elif draw.producer == "chromium":  # Chromium's own date/title header and URL/page footer stand in for furniture
        chromium_pdf(to_html(blocks, title), target, browser_furniture=draw.running_header)
    elif draw.producer == "weasyprint":
        weasyprint_pdf(to_html(blocks, title, header, page), target)
    else:
        raise ValueError(f"unknown producer {draw.producer!r}; one of {', '.join(PRODUCERS)}")
    if draw.rotates_pages:
        store_landscape_rotated(target)


def synthesize_random(n: int, out_dir: Path, seed: int, producers: tuple[str, ...] = PRODUCERS, jobs: int = 1,
                      only: list[int] | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> list[Path]:
    """Documents 0..n-1 of the draw ``seed`` (or just those in ``only``), each with its truth file.

    ``languages`` (a subset of ``LANGUAGES``) is drawn per document from a stream of its own; the default,
    English only, gives the archives written before the language axis, document for document.
    """
    unknown = [x for x in languages if x not in LANGUAGES]
    if unknown or not languages:
        raise ValueError(f"unknown language(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(LANGUAGES)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    numbers = sorted(set(only)) if only else list(range(n))
    if jobs <= 1 or len(numbers) == 1:
        return [build_random(i, seed, out_dir, producers, languages=languages) for i in numbers]
    with ProcessPoolExecutor(jobs) as pool:
        count = len(numbers)
        return list(pool.map(build_random, numbers, [seed] * count, [out_dir] * count, [producers] * count,
                             [None] * count, [languages] * count))
