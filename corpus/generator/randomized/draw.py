"""Draw a report's presentation, independently of its content: one LayoutDraw per document.

Every axis is drawn from its own list in ``corpus/generator/wordings.py`` (written
from real reports and the framework guidance, not from the extractor's
vocabulary) or from the tuples below.  The draw is a plain record: it goes into
the truth file as ``layout`` so a failing document can be reproduced from its
seed and read about in ``swapscore evaluate``'s list of worst documents.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, replace
from types import ModuleType

from swapscore.corpus.generator import wordings as W
from swapscore.corpus.generator.randomized.language import DEFAULT_LANGUAGES, draw_language, local_country, template_words

PRODUCERS = ("python-docx", "libreoffice", "reportlab", "chromium", "weasyprint")
CONTAINERS = ("heading", "box", "band")
NAME_KINDS = ("title", "short", "old")
RATING_STYLES = ("label", "next_line", "badge", "table", "sentence")
REASSESSED_STYLES = ("label", "next_line", "table")
LIST_MARKERS = ("auto", "bullet", "none", "{n})", "{n}.", "{a})", "({n})")
OVERVIEW_DIMENSIONS = ("none", "column", "group_rows")
ACTION_LEADS = ("indicator", "dimension_column", "number_column")
EVIDENCE_LAYOUTS = ("per_pi", "one_table", "none")
BADGE_COLOURS = ("#C00000", "#E36C09", "#2E75B6", "#00B050", "#7030A0")


@dataclass(frozen=True)
class LayoutDraw:
    layout_seed: int
    producer: str
    # cover
    title: str
    type_line: str | None
    team_line: str
    running_header: bool
    # PI sections
    container: str
    heading_prefix: str
    heading_separator: str
    code_after_name: bool
    heading_caps: bool
    name_kind: str
    dimension_headings: bool
    dimension_prefix: str
    rating_style: str
    rating_label: str
    rating_words: dict[str, str]
    badge_colour: str
    reassessed_style: str
    reassessed_label: str
    yes_word: str
    no_word: str
    findings_label: str | None
    mov_label: str
    list_marker: str
    long_urls: bool
    # overview table
    overview: bool
    overview_title: str
    overview_order: tuple[str, ...]
    overview_dimension: str
    overview_code_column: bool
    overview_headers: dict[str, str]
    overview_rating_words: dict[str, str]
    # action plan
    action_title: str
    action_lead: str
    action_group_rows: bool
    action_repeat_header: bool
    action_rule_at_break: bool
    action_narrow: bool
    action_landscape: bool
    landscape_rotated: bool  # PDF producers: landscape pages stored portrait with /Rotate 90
    action_headers: tuple[str, str]
    action_columns: tuple[str, ...]
    # supporting evidence
    evidence: str
    evidence_title: str
    evidence_headers: dict[str, str]
    evidence_pi_merged: bool
    # language (its own stream; es and fr reword the cover, headings, labels and headers of the English draw)
    language: str = "en"

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def rotates_pages(self) -> bool:
        return self.landscape_rotated and self.action_landscape and self.producer != "python-docx"

    def summary(self) -> str:
        """One line naming the axis values most likely to matter, for the list of worst documents."""
        return (f"{self.producer}; sections as {self.container}, rating as {self.rating_style}, "
                f"reassessed as {self.reassessed_style}, list markers {self.list_marker!r}; "
                f"overview {f'on ({self.overview_dimension}, order {chr(47).join(self.overview_order)})' if self.overview else 'off'}; "
                f"action plan lead {self.action_lead}{', group rows' if self.action_group_rows else ''}"
                f"{', no repeated header' if not self.action_repeat_header else ''}"
                f"{', no rule at breaks' if not self.action_rule_at_break else ''}{', narrow' if self.action_narrow else ''}"
                f"{', landscape' if self.action_landscape else ''}{' stored /Rotate 90' if self.rotates_pages else ''}; "
                f"evidence {self.evidence}{f'; language {self.language}' if self.language != 'en' else ''}")


def draw_layout(seed: int, year: int, report_type: str, country: str, producers: tuple[str, ...] = PRODUCERS,
                languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> LayoutDraw:
    """One document's presentation.  The language is drawn apart and only rewords the English draw, so every
    other axis (and the whole English draw of a seed) is the same whatever ``languages`` allows."""
    draw = _draw_english(seed, year, report_type, country, producers)
    language = draw_language(seed, languages)
    if language == "en":
        return draw
    if language == "mixed":  # English template: the draw's wording stays; the text is Spanish (content.py)
        return replace(draw, language=language)
    words = template_words(language)
    rng = random.Random(f"wording-{language}-{seed}")
    return _reword(replace(draw, language=language), words, rng, year, report_type, local_country(country, language))


def _draw_english(seed: int, year: int, report_type: str, country: str, producers: tuple[str, ...]) -> LayoutDraw:
    rng = random.Random(f"layout-{seed}")
    fill = {"year": year, "country": country}
    rating_style = rng.choice(RATING_STYLES)
    overview = rng.random() < 0.8
    return LayoutDraw(
        layout_seed=seed,
        producer=random.Random(f"producer-{seed}").choice(producers),  # apart, so --producers leaves the other axes as drawn
        title=rng.choice(W.REPORT_TITLES[report_type]).format(**fill),
        type_line=rng.choice(W.REPORT_TYPE_LINES[report_type]).format(**fill) if rng.random() < 0.5 else None,
        team_line=rng.choice(W.COUNTRY_TEAM_LINES).format(**fill),
        running_header=rng.random() < 0.5,
        container=rng.choice(CONTAINERS),
        heading_prefix=rng.choice(W.HEADING_PREFIXES),
        heading_separator=rng.choice(W.HEADING_SEPARATORS),
        code_after_name=rng.random() < 0.2,
        heading_caps=rng.random() < 0.3,
        name_kind=rng.choice(NAME_KINDS),
        dimension_headings=rng.random() < 0.7,
        dimension_prefix=rng.choice(W.DIMENSION_HEADING_PREFIXES),
        rating_style=rating_style,
        rating_label=rng.choice(W.RATING_LABELS).format(**fill),
        rating_words={level: rng.choice(words) for level, words in W.RATING_WORDS.items()},
        badge_colour=rng.choice(BADGE_COLOURS),
        reassessed_style="table" if rating_style == "table" else rng.choice(REASSESSED_STYLES[:2]),
        reassessed_label=rng.choice(W.REASSESSED_LABELS).format(**fill),
        yes_word=rng.choice(W.YES_WORDS),
        no_word=rng.choice(W.NO_WORDS),
        findings_label=rng.choice(W.FINDINGS_LABELS) if rng.random() < 0.8 else None,
        mov_label=rng.choice(W.MOV_LABELS),
        list_marker=rng.choice(LIST_MARKERS),
        long_urls=rng.random() < 0.4,
        overview=overview,
        overview_title=rng.choice(W.OVERVIEW_TITLES).format(**fill),
        overview_order=_overview_order(rng, report_type),
        overview_dimension=rng.choice(OVERVIEW_DIMENSIONS),
        overview_code_column=rng.random() < 0.3,
        overview_headers={
            "indicator": rng.choice(W.OVERVIEW_INDICATOR_HEADERS),
            "rating": rng.choice(W.OVERVIEW_RATING_HEADERS).format(**fill),
            "reassessed": rng.choice(W.OVERVIEW_REASSESSED_HEADERS).format(**fill),
            "dimension": rng.choice(W.OVERVIEW_DIMENSION_HEADERS),
            "code": rng.choice(W.OVERVIEW_CODE_HEADERS),
        },
        overview_rating_words={level: rng.choice(words) for level, words in W.RATING_WORDS.items()},
        action_title=rng.choice(W.ACTION_PLAN_TITLES).format(**fill),
        action_lead=rng.choice(ACTION_LEADS),
        action_group_rows=rng.random() < 0.5,
        action_repeat_header=rng.random() < 0.6,
        action_rule_at_break=rng.random() < 0.5,
        action_narrow=rng.random() < 0.3,
        action_landscape=rng.random() < 0.6,
        landscape_rotated=random.Random(f"rotate-{seed}").random() < 0.4,
        action_headers=(rng.choice(W.ACTION_INDICATOR_HEADERS), rng.choice(W.ACTION_ACTION_HEADERS)),
        action_columns=tuple(c.format(**fill) for c in rng.choice(W.ACTION_PROGRESS_COLUMN_SETS)),
        evidence=rng.choice(EVIDENCE_LAYOUTS),
        evidence_title=rng.choice(W.SUPPORTING_TITLES),
        evidence_headers={
            "category": rng.choice(W.EVIDENCE_CATEGORY_HEADERS),
            "document": rng.choice(W.EVIDENCE_DOCUMENT_HEADERS),
            "indicator": rng.choice(W.EVIDENCE_INDICATOR_HEADERS),
        },
        evidence_pi_merged=rng.random() < 0.5,
    )


def _overview_order(rng: random.Random, report_type: str) -> tuple[str, ...]:
    """Column roles of the overview table, in order; the indicator column is not always first."""
    roles = ["indicator", "rating", "reassessed"] if report_type == "annual" or rng.random() < 0.3 else ["indicator", "rating"]
    if rng.random() < 0.3:
        rest = roles[1:]
        rng.shuffle(rest)
        roles = [*rest, "indicator"] if rng.random() < 0.5 else ["indicator", *rest]
    return tuple(roles)


def _reword(draw: LayoutDraw, words: ModuleType, rng: random.Random, year: int, report_type: str,
            country: str) -> LayoutDraw:
    """The same draw with every wording taken from ``words`` (another language); structure axes unchanged.

    The number of action-plan progress columns is kept, so the content drawn for the English columns fits.
    """
    fill = {"year": year, "country": country}
    columns = [c for c in words.ACTION_PROGRESS_COLUMN_SETS if len(c) == len(draw.action_columns)]
    return replace(
        draw,
        title=rng.choice(words.REPORT_TITLES[report_type]).format(**fill),
        type_line=rng.choice(words.REPORT_TYPE_LINES[report_type]).format(**fill) if draw.type_line else None,
        team_line=rng.choice(words.COUNTRY_TEAM_LINES).format(**fill),
        heading_prefix=rng.choice(words.HEADING_PREFIXES),
        heading_separator=rng.choice(words.HEADING_SEPARATORS),
        dimension_prefix=rng.choice(words.DIMENSION_HEADING_PREFIXES),
        rating_label=rng.choice(words.RATING_LABELS).format(**fill),
        rating_words={level: rng.choice(w) for level, w in words.RATING_WORDS.items()},
        reassessed_label=rng.choice(words.REASSESSED_LABELS).format(**fill),
        yes_word=rng.choice(words.YES_WORDS),
        no_word=rng.choice(words.NO_WORDS),
        findings_label=rng.choice(words.FINDINGS_LABELS) if draw.findings_label else None,
        mov_label=rng.choice(words.MOV_LABELS),
        overview_title=rng.choice(words.OVERVIEW_TITLES).format(**fill),
        overview_headers={
            "indicator": rng.choice(words.OVERVIEW_INDICATOR_HEADERS),
            "rating": rng.choice(words.OVERVIEW_RATING_HEADERS).format(**fill),
            "reassessed": rng.choice(words.OVERVIEW_REASSESSED_HEADERS).format(**fill),
            "dimension": rng.choice(words.OVERVIEW_DIMENSION_HEADERS),
            "code": rng.choice(words.OVERVIEW_CODE_HEADERS),
        },
        overview_rating_words={level: rng.choice(w) for level, w in words.RATING_WORDS.items()},
        action_title=rng.choice(words.ACTION_PLAN_TITLES).format(**fill),
        action_headers=(rng.choice(words.ACTION_INDICATOR_HEADERS), rng.choice(words.ACTION_ACTION_HEADERS)),
        action_columns=tuple(c.format(**fill) for c in rng.choice(columns)),
        evidence_title=rng.choice(words.SUPPORTING_TITLES),
        evidence_headers={
            "category": rng.choice(words.EVIDENCE_CATEGORY_HEADERS),
            "document": rng.choice(words.EVIDENCE_DOCUMENT_HEADERS),
            "indicator": rng.choice(words.EVIDENCE_INDICATOR_HEADERS),
        },
    )
