"""Compare written datasets with truth files: per-field precision, recall and F1.

Each field becomes a multiset of facts per document, e.g. ``(pi, rating)``
for ratings; predicted and true facts are matched exactly after white space
is collapsed.  A truth file ``NAME.truth.json`` belongs to the document
``NAME.*`` beside it; a file named ``truth.json`` to every document in its folder.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from parsers.text import collapse_ws

FIELDS = (
    "report fields",
    "PIs found",
    "rating",
    "reassessed",
    "means of verification",
    "supporting documents",
    "evidence urls",
    "action-plan rows",
    "action-plan cells",
)
REPORT_FIELDS = ("country", "year", "report_type", "framework", "status")
DOCUMENT_SUFFIXES = (".pdf", ".docx")


@dataclass(frozen=True, slots=True)
class Score:
    field: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


def score(field: str, predicted: Counter, truth: Counter) -> Score:
    tp = sum((predicted & truth).values())
    return Score(field, tp, sum(predicted.values()) - tp, sum(truth.values()) - tp)


# --- facts ----------------------------------------------------------------------


def _t(text) -> str:
    return collapse_ws(str(text)) if text is not None else ""


def _within_pi(rows: list[tuple[str, tuple]]) -> list[tuple]:
    """Number the rows of each PI 1, 2, ... in order: (pi, k, *rest)."""
    seen: Counter = Counter()
    out = []
    for pi, rest in rows:
        seen[pi] += 1
        out.append((pi, seen[pi], *rest))
    return out


def truth_facts(truth: dict) -> dict[str, Counter]:
    report = truth.get("report", {})
    indicators = truth.get("indicators", [])
    evidence = truth.get("evidence", [])
    mov = [e for e in evidence if e["kind"] == "means_of_verification"]
    docs = [e for e in evidence if e["kind"] == "supporting_document"]
    plan = truth.get("action_plan", [])
    return {
        "report fields": Counter((f, report[f]) for f in REPORT_FIELDS if report.get(f) is not None),
        "PIs found": Counter(i["pi"] for i in indicators),
        "rating": Counter((i["pi"], i["rating"]) for i in indicators if i.get("rating")),
        "reassessed": Counter((i["pi"], i["reassessed"]) for i in indicators if i.get("reassessed") is not None),
        "means of verification": Counter((e["pi"], e["seq"], _t(e["text"])) for e in mov),
        "supporting documents": Counter((e["pi"], e["seq"], _t(e.get("category")), _t(e["text"])) for e in docs),
        "evidence urls": Counter((e["pi"], e["kind"], e["seq"], u) for e in evidence for u in e.get("urls", [])),
        "action-plan rows": Counter((a["pi"], _t(a["action"])) for a in plan),
        "action-plan cells": Counter(
            (pi, k, _t(p["period"]), _t(p["text"]))
            for pi, k, progress in _within_pi([(a["pi"], (a["progress"],)) for a in plan])
            for p in progress
        ),
    }


def predicted_facts(datasets: dict[str, pd.DataFrame], report_id: str, truth_report: dict) -> dict[str, Counter]:
    report = datasets["reports"].set_index("report_id").loc[report_id]
    ind = datasets["indicators"][datasets["indicators"].report_id == report_id]
    ev = datasets["evidence"][datasets["evidence"].report_id == report_id]
    plan = datasets["action_plan"][datasets["action_plan"].report_id == report_id].sort_values("seq")
    mov = ev[ev.kind == "means_of_verification"]
    docs = ev[ev.kind == "supporting_document"]
    fields = [f for f in REPORT_FIELDS if truth_report.get(f) is not None]
    return {
        "report fields": Counter((f, _native(report[f])) for f in fields if not pd.isna(report[f])),
        "PIs found": Counter(ind.pi),
        "rating": Counter((r.pi, r.rating) for r in ind.itertuples() if isinstance(r.rating, str)),
        "reassessed": Counter((r.pi, bool(r.reassessed)) for r in ind.itertuples() if not pd.isna(r.reassessed)),
        "means of verification": Counter((r.pi, int(r.seq), _t(r.text)) for r in mov.itertuples()),
        "supporting documents": Counter((r.pi, int(r.seq), _t(r.category), _t(r.text)) for r in docs.itertuples()),
        "evidence urls": Counter((r.pi, r.kind, int(r.seq), u) for r in ev.itertuples() for u in list(r.urls)),
        "action-plan rows": Counter((r.pi, _t(r.action)) for r in plan.itertuples()),
        "action-plan cells": Counter(
            (pi, k, _t(p["period"]), _t(p["text"]))
            for pi, k, progress in _within_pi([(r.pi, (r.progress,)) for r in plan.itertuples()])
            for p in list(progress)
        ),
    }


def _native(value):
    return value.item() if hasattr(value, "item") else value


# --- documents and truth files --------------------------------------------------


def documents_for(truth_path: Path) -> list[Path]:
    folder = truth_path.parent
    if truth_path.name == "truth.json":
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)
    stem = truth_path.name.removesuffix(".truth.json")
    return sorted(p for p in folder.iterdir() if p.stem == stem and p.suffix.lower() in DOCUMENT_SUFFIXES)


def load_datasets(out_dir: Path) -> dict[str, pd.DataFrame]:
    return {
        name: pd.read_parquet(out_dir / f"{name}.parquet")
        for name in ("reports", "indicators", "evidence", "action_plan")
    }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    document: str
    scores: tuple[Score, ...]


def evaluate(out_dir: Path, truth_files: list[Path]) -> list[DocumentScore]:
    """Score every document a truth file covers; a document missing from the datasets scores zero recall."""
    datasets = load_datasets(out_dir)
    by_path = {Path(p).resolve(): rid for p, rid in zip(datasets["reports"].source_path, datasets["reports"].report_id)}
    results = []
    for truth_path in truth_files:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        expected = truth_facts(truth)
        documents = documents_for(truth_path)
        if not documents:
            raise FileNotFoundError(f"{truth_path}: no .pdf or .docx document beside it to evaluate")
        for document in documents:
            report_id = by_path.get(document.resolve())
            if report_id is None:
                got = {f: Counter() for f in FIELDS}
            else:
                got = predicted_facts(datasets, report_id, truth.get("report", {}))
            results.append(DocumentScore(str(document), tuple(score(f, got[f], expected[f]) for f in FIELDS)))
    return results


def total(results: list[DocumentScore]) -> list[Score]:
    """Micro-averaged scores over all documents."""
    out = []
    for i, field in enumerate(FIELDS):
        parts = [r.scores[i] for r in results]
        out.append(Score(field, sum(p.tp for p in parts), sum(p.fp for p in parts), sum(p.fn for p in parts)))
    return out


def to_json(results: list[DocumentScore]) -> dict:
    return {
        "total": [s.as_dict() for s in total(results)],
        "documents": [{"document": r.document, "scores": [s.as_dict() for s in r.scores]} for r in results],
    }
