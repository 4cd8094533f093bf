"""The content of one synthetic report: what every renderer draws and what the truth file says.

Document and truth agree by construction: both come from one ReportContent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

URL = re.compile(r"https?://[^\s<>()\[\]]+")


@dataclass(frozen=True)
class Evidence:
    text: str
    urls: tuple[str, ...] = ()
    category: str | None = None


@dataclass(frozen=True)
class IndicatorContent:
    code: str
    dimension: int
    dimension_name: str
    name_as_written: str
    title: str
    rating: str
    rating_overview: str
    reassessed: bool
    reassessed_overview: bool
    findings: tuple[str, ...]
    means_of_verification: tuple[Evidence, ...]
    supporting_documents: tuple[Evidence, ...]


@dataclass(frozen=True)
class ActionRow:
    code: str
    label: str
    action: str
    progress: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ReportContent:
    name: str
    country: str
    year: int
    report_type: str
    framework: str
    layout: str
    indicators: tuple[IndicatorContent, ...]
    action_columns: tuple[str, ...]
    action_plan: tuple[ActionRow, ...]
    action_headers: tuple[str, str] = ("Link to Performance Indicator", "Action Points")
    stress: dict = field(default_factory=dict)
    language: str | None = None  # ISO 639-1 of the text; None for the hand-made corpus (written before the axis)

    def to_truth(self) -> dict:
        """The truth file (format: shared/reference/README.md), plus the expected status (and language, if set)."""
        report = {
            "country": self.country,
            "year": self.year,
            "report_type": self.report_type,
            "framework": self.framework,
            "status": "ok",
        }
        return {
            "report": report if self.language is None else {**report, "language": self.language},
            "indicators": [
                {
                    "pi": i.code,
                    "rating": i.rating,
                    "reassessed": i.reassessed,
                    "name_as_written": i.name_as_written,
                    "rating_overview": i.rating_overview,
                    "reassessed_overview": i.reassessed_overview,
                }
                for i in self.indicators
            ],
            "evidence": [
                *(
                    {"pi": i.code, "kind": "means_of_verification", "seq": n, "text": e.text, "urls": list(e.urls)}
                    for i in self.indicators
                    for n, e in enumerate(i.means_of_verification, 1)
                ),
                *(
                    {"pi": i.code, "kind": "supporting_document", "seq": n, "category": e.category,
                     "text": e.text, "urls": list(e.urls)}
                    for i in self.indicators
                    for n, e in enumerate(i.supporting_documents, 1)
                ),
            ],
            "action_plan": [
                {
                    "pi": row.code,
                    "seq": n,
                    "label_as_written": row.label,
                    "action": row.action,
                    "progress": [{"period": p, "text": " ".join(t.split())} for p, t in row.progress],
                }
                for n, row in enumerate(self.action_plan, 1)
            ],
        }


NOT_A_SCORECARD_TRUTH = {
    "report": {"status": "skipped"},
    "indicators": [],
    "evidence": [],
    "action_plan": [],
}
