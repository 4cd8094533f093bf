"""Report-level facts read from the cover and the text: country, year, type, framework.

The report type comes from the cover's words (``schemas/layout.json``
``report_type``); where the cover has none, ``infer_report_type`` reads it
from the reassessed flags (a comprehensive assessment rates every PI afresh).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from swapscore.pipeline.regions.cues import has_cue
from swapscore.schemas.framework import Framework, countries, default_framework, frameworks, layout_vocabulary
from swapscore.schemas.language import strip_accents

YEAR = re.compile(r"\b(20[0-4]\d)\b(?!\s*[-–]\s*20\d\d)")


@dataclass(frozen=True, slots=True)
class ReportMeta:
    country: str | None
    year: int | None
    report_type: str | None
    framework: Framework
    title: str | None


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(countries(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def read_meta(cover_text: str, full_text: str) -> ReportMeta:
    lines = [line.strip() for line in cover_text.split("\n") if line.strip()]
    country, year = _country_and_year(lines)
    return ReportMeta(
        country=country,
        year=year,
        report_type=_report_type(cover_text),
        framework=detect_framework(full_text),
        title=" ".join(lines[:2]) or None,
    )


def _country_and_year(lines: list[str]) -> tuple[str | None, int | None]:
    country, year = None, None
    for line in lines:
        m = _country_pattern().search(line)
        if m and country is None:
            country = countries()[m.group(1).lower()]
            years = YEAR.findall(line[m.end():]) or YEAR.findall(line)
            year = int(years[0]) if years else None
    if year is None:
        years = [int(y) for line in lines for y in YEAR.findall(_without_dates(line))]
        years = years or [int(y) for line in lines for y in YEAR.findall(line)]
        year = years[0] if years else None
    return country, year


@cache
def _date() -> re.Pattern[str]:
    """A date: a month name (any language on file) and a year, "March 2023", "15 de marzo de 2023", "mai 2023"."""
    months = "|".join(re.escape(m) for m in layout_vocabulary().months)
    return re.compile(rf"\b(?:{months})\b\s*(?:de\s+|del\s+)?,?\s*20\d\d\b", re.I)


def _without_dates(line: str) -> str:
    """A cover line with its dates taken out: a submission date is not the reporting year."""
    return _date().sub(" ", line)


def _report_type(cover_text: str) -> str | None:
    cues = layout_vocabulary().report_type
    for line in cover_text.split("\n"):  # the first line that says which: a later line may mention the other
        for kind in ("comprehensive", "annual"):
            if has_cue(line, cues[kind]):
                return kind
    return None


def infer_report_type(reassessed: list[bool | None], n_codes: int) -> str | None:
    """From the flags: a PI not reassessed means an annual report; every PI reassessed, a comprehensive one."""
    if any(flag is False for flag in reassessed):
        return "annual"
    if len(reassessed) >= n_codes and all(flag is not False for flag in reassessed):
        return "comprehensive"
    return None


def detect_framework(full_text: str) -> Framework:
    """The framework whose marker phrases the text holds; the default one otherwise."""
    folded = strip_accents(" ".join(full_text.split()).lower())
    for candidate in frameworks():
        if any(strip_accents(marker.lower()) in folded for marker in candidate.markers):
            return candidate
    return default_framework()


@cache
def _scorecard_mark() -> re.Pattern[str]:
    """The scorecard's name in every language on file (``scorecard_marks`` of layout.json and languages/)."""
    return re.compile("|".join(f"(?:{m})" for m in layout_vocabulary().scorecard_marks), re.I)


def looks_like_scorecard(full_text: str) -> bool:
    return bool(_scorecard_mark().search(full_text))
