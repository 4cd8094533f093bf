"""Map raw values onto the canonical framework: PI codes, titles, rating levels, flags.

PI codes match first; names are the fallback, matched with rapidfuzz after
the spelling substitutions of ``schemas/vocabulary.json``.  A heading that
matches nothing well is a warning, never a guess.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from swapscore.parsers.text import LIST_NUMBER, collapse_ws
from swapscore.pipeline.phrases import answer, level_of
from swapscore.schemas.framework import Framework, vocabulary
from swapscore.schemas.language import strip_accents
from swapscore.schemas.records import (
    ActionPlanRecord,
    EvidenceRecord,
    IndicatorRecord,
    NoteRecord,
    RawIndicator,
    RawReport,
)

NAME_MATCH_FLOOR = 85.0
URL = re.compile(r"https?://[^\s<>()\[\]]+")
LEADING_DASH = re.compile(r"^[-–]\s+")


@dataclass(frozen=True, slots=True)
class Match:
    code: str
    score: float
    method: str


@dataclass(frozen=True, slots=True)
class Normalized:
    indicators: tuple[IndicatorRecord, ...]
    evidence: tuple[EvidenceRecord, ...]
    action_plan: tuple[ActionPlanRecord, ...]
    notes: tuple[NoteRecord, ...]


class Notes:
    """Collects what normalization could not place, as typed notes."""

    def __init__(self, report_id: str) -> None:
        self.report_id = report_id
        self.items: list[NoteRecord] = []

    def add(self, code: str, pi: str | None, message: str, page: int | None) -> None:
        self.items.append(NoteRecord(self.report_id, code, pi, message, page))


def normalize(raw: RawReport, framework: Framework, report_id: str, report_type: str | None = None) -> Normalized:
    """``report_type`` "comprehensive": every PI is assessed in the year, so a flag the
    report does not state resolves to reassessed=True (the _overview/_section columns stay null)."""
    notes = Notes(report_id)
    for note in raw.notes:
        notes.add(note.code, note.pi, note.message, note.page)
    indicators = _indicators(raw.indicators, framework, report_id, notes)
    if report_type == "comprehensive":
        indicators = [i if i.reassessed is not None else dataclasses.replace(i, reassessed=True) for i in indicators]
    elif report_type == "annual":
        for i in indicators:
            if i.reassessed is None:
                notes.add("reassessed-missing", i.pi, f"PI {i.pi}: annual report, but no reassessed flag was found for it", i.page)
    evidence = _evidence(raw, framework, report_id, notes)
    action_plan = _action_plan(raw, framework, report_id, notes)
    return Normalized(tuple(indicators), tuple(evidence), tuple(action_plan), tuple(notes.items))


# --- matching headings -----------------------------------------------------------


def normalize_name(text: str) -> str:
    """Lower case, accents off, spelling substitutions applied, punctuation and PI codes removed."""
    text = re.sub(r"(?i)^(pi|performance indicator|indicator)\s*", "", collapse_ws(text))
    text = strip_accents(re.sub(r"^[1-9]\.[1-9][:.]?\s*", "", text).lower())
    for old, new in vocabulary().substitutions:
        old, new = strip_accents(old), strip_accents(new)
        pattern = rf"(?<!\w){re.escape(old)}(?!\w)" if old[0].isalnum() else re.escape(old)
        text = re.sub(pattern, new, text)
    return collapse_ws(re.sub(r"[^\w&/ ]", " ", text))


def _name_choices(framework: Framework) -> dict[str, str]:
    return {normalize_name(name): ind.code for ind in framework.indicators for name in ind.names}


def match_heading(heading: str, code: str | None, framework: Framework) -> Match | None:
    """PI code first (when the framework has it), else the best fuzzy name match."""
    if code is not None and framework.indicator(code) is not None:
        return Match(code, 100.0, "code")
    if code is not None:
        return None
    name = normalize_name(heading)
    if not name:
        return None
    choices = _name_choices(framework)
    best = process.extractOne(name, list(choices), scorer=fuzz.token_sort_ratio)
    if best is None or best[1] < NAME_MATCH_FLOOR:
        return None
    return Match(choices[best[0]], round(float(best[1]), 1), "name")


# --- indicators ----------------------------------------------------------------


def _indicators(
    raws: tuple[RawIndicator, ...], framework: Framework, report_id: str, notes: Notes
) -> list[IndicatorRecord]:
    by_code: dict[str, dict[str, tuple[RawIndicator, Match]]] = {}
    for raw in raws:
        match = match_heading(raw.heading, raw.code, framework)
        if match is None:
            unknown = raw.code is not None
            notes.add("pi-unknown" if unknown else "heading-unmatched", raw.code,
                         f"PI heading {raw.heading!r} (page {raw.page}) matches no indicator of {framework.id}", raw.page)
            continue
        slot = by_code.setdefault(match.code, {})
        if raw.source in slot:
            notes.add("pi-duplicated", match.code,
                         f"PI {match.code}: a second {raw.source} entry {raw.heading!r} (page {raw.page}) ignored", raw.page)
            continue
        slot[raw.source] = (raw, match)
    records = []
    for ind in framework.indicators:
        if ind.code in by_code:
            records.append(_indicator_record(ind.code, by_code[ind.code], framework, report_id, notes))
    return records


def _indicator_record(code, found, framework: Framework, report_id: str, notes: Notes) -> IndicatorRecord:
    overview, section = found.get("overview"), found.get("section")
    rating_overview = level_of(overview[0].rating_text) if overview else None
    rating_section = level_of(section[0].rating_text) if section else None
    reassessed_overview = answer(overview[0].reassessed_text) if overview else None
    reassessed_section = answer(section[0].reassessed_text) if section else None
    for source, raw_value, level in (
        ("overview", overview[0].rating_text if overview else None, rating_overview),
        ("section", section[0].rating_text if section else None, rating_section),
    ):
        if raw_value and level is None:
            notes.add("rating-off-scale", code, f"PI {code}: {source} rating {raw_value!r} is not a level of the rating scale", None)
    rating = rating_section or rating_overview
    if rating is None:
        notes.add("rating-missing", code, f"PI {code}: no rating found", None)
    elif section and not section[0].rating_text:
        notes.add("section-rating-missing", code,
                  f"PI {code}: the detailed section (page {section[0].page}) states no rating; the overview's is used", section[0].page)
    primary_raw, primary_match = section or overview
    ind = framework.indicator(code)
    return IndicatorRecord(
        report_id=report_id,
        pi=code,
        pi_title=ind.title,
        dimension=framework.dimension_name(ind.dimension),
        rating=rating,
        rating_score=vocabulary().rating_score(rating),
        reassessed=reassessed_section if reassessed_section is not None else reassessed_overview,
        rating_overview=rating_overview,
        rating_section=rating_section,
        reassessed_overview=reassessed_overview,
        reassessed_section=reassessed_section,
        page=primary_raw.page,
        heading_raw=primary_raw.heading,
        match_score=primary_match.score,
        match_method=primary_match.method,
        findings=section[0].findings if section else "",
    )


# --- evidence and action plan ----------------------------------------------------


def clean_item(text: str) -> str:
    """A list item as written, its numbering, dash and trailing semicolon removed."""
    text = collapse_ws(text.replace("<http", "http"))
    text = re.sub(r"(https?://\S+?)>", r"\1", text)
    text = LEADING_DASH.sub("", LIST_NUMBER.sub("", text))
    return text.rstrip(";").rstrip()


def urls_in(text: str) -> tuple[str, ...]:
    return tuple(u.rstrip(".,") for u in URL.findall(text))


def _evidence(raw: RawReport, framework: Framework, report_id: str, notes: Notes) -> list[EvidenceRecord]:
    out: list[EvidenceRecord] = []
    seqs: dict[tuple[str, str], int] = {}
    for item in raw.evidence:
        match = match_heading(item.heading, item.code, framework)
        if match is None:
            notes.add("evidence-unmatched", item.code, f"evidence under {item.heading!r} (page {item.page}) matches no indicator", item.page)
            continue
        text = clean_item(item.text) if item.kind == "means_of_verification" else collapse_ws(item.text)
        if not text:
            continue
        key = (match.code, item.kind)
        seqs[key] = seqs.get(key, 0) + 1
        out.append(
            EvidenceRecord(
                report_id=report_id,
                pi=match.code,
                kind=item.kind,
                seq=seqs[key],
                category=collapse_ws(item.category) if item.category else None,
                text=text,
                urls=urls_in(text),
                page=item.page,
            )
        )
    return out


def _action_plan(raw: RawReport, framework: Framework, report_id: str, notes: Notes) -> list[ActionPlanRecord]:
    out = []
    for row in raw.action_plan:
        match = match_heading(row.label, row.code, framework)
        if match is None:
            notes.add("action-row-unmatched", row.code,
                         f"action-plan row {row.label!r} (page {row.page}) matches no indicator", row.page)
            continue
        out.append(
            ActionPlanRecord(
                report_id=report_id,
                pi=match.code,
                seq=len(out) + 1,
                label_raw=row.label,
                action=row.action,
                progress=row.progress,
                page=row.page,
            )
        )
    return out
