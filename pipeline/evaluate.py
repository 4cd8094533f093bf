"""Compare written datasets with truth files: per-field precision, recall and F1.

Each field becomes a multiset of facts per document, e.g. ``(pi, rating)``
for ratings; predicted and true facts are matched exactly after white space
is collapsed.  With ``fuzzy=R`` (for OCR), a fact left unmatched still
matches one whose key parts are equal and whose text parts reach a rapidfuzz
ratio of R (0-100).  A truth file ``NAME.truth.json`` belongs to the document
``NAME.*`` beside it; a file named ``truth.json`` to every document in its folder.

A document a truth file covers that the datasets do not hold is reported as
missing and left out of the scores (it was not extracted into these datasets,
so there is nothing to score).  Precision with nothing predicted, and recall
with nothing to find, are undefined (None), not 1; F1 is 2tp / (2tp + fp + fn),
and 1 for a field with nothing to find where nothing was found (it is right).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from swapscore.parsers.text import collapse_ws

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
REPORT_FIELDS = ("country", "year", "report_type", "framework", "status", "language")
DOCUMENT_SUFFIXES = (".pdf", ".docx")
# Positions of the free-text parts in each field's facts: what ``fuzzy`` may match approximately.
TEXT_PARTS = {
    "means of verification": (2,),
    "supporting documents": (2, 3),
    "evidence urls": (3,),
    "action-plan rows": (1,),
    "action-plan cells": (2, 3),
}


# How many leading parts of each field's facts say where a fact is (the rest is its value): a wrong value
# at the same place is one error with what was expected and what was found.
KEY_PARTS = {
    "report fields": 1, "PIs found": 1, "rating": 1, "reassessed": 1, "means of verification": 2,
    "supporting documents": 2, "evidence urls": 3, "action-plan rows": 1, "action-plan cells": 3,
}


@dataclass(frozen=True, slots=True)
class Score:
    field: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        """None (undefined) when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None (undefined) when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn): 0 when nothing right was found; 1 when there was nothing to find and nothing was found."""
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 1.0

    @property
    def perfect(self) -> bool:
        return self.fp == 0 and self.fn == 0

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class ItemError:
    """One wrong, missing or extra item: where it is, what the truth says and what the datasets hold."""

    document: str
    pi: str
    field: str
    expected: str
    found: str


def score(field: str, predicted: Counter, truth: Counter, fuzzy: float | None = None) -> Score:
    tp, _, _ = compare(field, predicted, truth, fuzzy)
    return Score(field, tp, sum(predicted.values()) - tp, sum(truth.values()) - tp)


def compare(field: str, predicted: Counter, truth: Counter, fuzzy: float | None = None) -> tuple[int, list[tuple], list[tuple]]:
    """Matched facts, and the facts left over on each side: (tp, extra predicted, missed true)."""
    exact = predicted & truth
    extra, missed = list((predicted - exact).elements()), list((truth - exact).elements())
    tp = sum(exact.values())
    if fuzzy is not None and field in TEXT_PARTS:
        pairs = _fuzzy_pairs(extra, missed, TEXT_PARTS[field], fuzzy)
        tp += len(pairs)
        extra = [f for k, f in enumerate(extra) if k not in {p for p, _ in pairs}]
        missed = [f for k, f in enumerate(missed) if k not in {t for _, t in pairs}]
    return tp, extra, missed


def _fuzzy_pairs(predicted: list[tuple], truth: list[tuple], text_parts: tuple[int, ...], threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of leftover facts: equal key parts, text parts at ratio >= threshold;
    (index in predicted, index in truth) for each pair."""
    from rapidfuzz import fuzz

    def key(fact: tuple) -> tuple:
        return tuple(v for i, v in enumerate(fact) if i not in text_parts)

    def text(fact: tuple) -> str:
        return " | ".join(str(fact[i]) for i in text_parts)

    unused = set(range(len(predicted)))
    pairs = []
    for t, want in enumerate(truth):
        candidates = [(fuzz.ratio(text(predicted[k]), text(want)), -k) for k in sorted(unused) if key(predicted[k]) == key(want)]
        best = max(candidates, default=(0.0, 1))
        if best[0] >= threshold:
            unused.discard(-best[1])
            pairs.append((-best[1], t))
    return pairs


def item_errors(document: str, field: str, extra: list[tuple], missed: list[tuple]) -> list[ItemError]:
    """The leftovers of one field as errors: an extra and a missed fact at the same place are one wrong
    value; the rest are missing (found nothing) or extra (expected nothing)."""
    n = KEY_PARTS[field]

    def where(fact: tuple) -> tuple:
        return fact[:n]

    def value(fact: tuple) -> str:
        rest = fact[n:] if len(fact) > n else fact
        return " | ".join(str(v) for v in rest)

    def pi_of(fact: tuple) -> str:
        return "" if field == "report fields" else str(fact[0])

    extra, missed = ([f if isinstance(f, tuple) else (f,) for f in facts] for facts in (extra, missed))  # a PI found is a code
    errors, unmatched = [], list(extra)
    for want in missed:
        k = next((i for i, got in enumerate(unmatched) if where(got) == where(want)), None)
        found = "(nothing)" if k is None else value(unmatched.pop(k))
        label = field if field != "report fields" else f"report fields: {want[0]}"
        errors.append(ItemError(document, pi_of(want), label, value(want), found))
    for got in unmatched:
        label = field if field != "report fields" else f"report fields: {got[0]}"
        errors.append(ItemError(document, pi_of(got), label, "(nothing)", value(got)))
    return errors


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
    layout: dict | None = None  # the layout draw of a randomized document (truth file key ``layout``)
    errors: tuple[ItemError, ...] = ()  # each wrong, missing or extra item
    missing: bool = False  # the datasets do not hold the document: not scored
    language: str | None = None  # the language detected in the document (reports.parquet), None if unread

    @property
    def worst(self) -> Score:
        """The field with the lowest F1 (the first such field in FIELDS order)."""
        return min(self.scores, key=lambda s: s.f1)

    @property
    def perfect(self) -> bool:
        return not self.missing and all(s.perfect for s in self.scores)


def worst_documents(results: list[DocumentScore], k: int = 10) -> list[DocumentScore]:
    """The k documents with the lowest F1 on any field, then the lowest mean F1; perfect and missing documents excluded."""
    imperfect = [r for r in results if not r.perfect and not r.missing]
    return sorted(imperfect, key=lambda r: (r.worst.f1, sum(s.f1 for s in r.scores), r.document))[:k]


class TruthFileError(ValueError):
    """A truth file that cannot be read as one."""


def read_truth(truth_path: Path) -> dict:
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise TruthFileError(f"{truth_path}: cannot be read as a truth file ({exc})") from exc
    if not isinstance(truth, dict):
        raise TruthFileError(f"{truth_path}: a truth file holds a JSON object, not {type(truth).__name__}")
    return truth


def evaluate(out_dir: Path, truth_files: list[Path], fuzzy: float | None = None) -> list[DocumentScore]:
    """Score every document a truth file covers; one missing from the datasets comes back ``missing``, unscored."""
    datasets = load_datasets(out_dir)
    by_path = {Path(p).resolve(): rid for p, rid in zip(datasets["reports"].source_path, datasets["reports"].report_id)}
    for rid, others in zip(datasets["reports"].report_id, datasets["reports"].duplicate_paths):
        for other in list(others) if others is not None else []:
            by_path.setdefault(Path(other).resolve(), rid)
    results = []
    for truth_path in truth_files:
        truth = read_truth(truth_path)
        try:
            expected = truth_facts(truth)
        except (KeyError, TypeError, AttributeError) as exc:
            raise TruthFileError(f"{truth_path}: not in the truth format ({type(exc).__name__}: {exc})") from exc
        documents = documents_for(truth_path)
        if not documents:
            raise FileNotFoundError(f"{truth_path}: no .pdf or .docx document beside it to evaluate")
        for document in documents:
            report_id = by_path.get(document.resolve())
            if report_id is None:
                results.append(DocumentScore(str(document), (), truth.get("layout"), missing=True))
                continue
            got = predicted_facts(datasets, report_id, truth.get("report", {}))
            scores, errors = [], []
            for f in FIELDS:
                tp, extra, missed = compare(f, got[f], expected[f], fuzzy)
                scores.append(Score(f, tp, len(extra), len(missed)))
                errors.extend(item_errors(str(document), f, extra, missed))
            results.append(DocumentScore(str(document), tuple(scores), truth.get("layout"), tuple(errors),
                                         language=_language(datasets, report_id)))
    return results


def _language(datasets: dict[str, pd.DataFrame], report_id: str | None) -> str | None:
    reports = datasets["reports"]
    if report_id is None or "language" not in reports.columns:
        return None
    value = reports.set_index("report_id").language.get(report_id)
    return None if value is None or pd.isna(value) else str(value)


def by_language(results: list[DocumentScore]) -> dict[str, list[DocumentScore]]:
    """The documents of each detected language ("?" where none was detected), languages in sorted order."""
    groups: dict[str, list[DocumentScore]] = {}
    for r in results:
        groups.setdefault(r.language or "?", []).append(r)
    return dict(sorted(groups.items()))


def total(results: list[DocumentScore]) -> list[Score]:
    """Micro-averaged scores over the documents scored (missing ones left out)."""
    scored = [r for r in results if not r.missing]
    out = []
    for i, field in enumerate(FIELDS):
        parts = [r.scores[i] for r in scored]
        out.append(Score(field, sum(p.tp for p in parts), sum(p.fp for p in parts), sum(p.fn for p in parts)))
    return out


def to_json(results: list[DocumentScore]) -> dict:
    scored = [r for r in results if not r.missing]
    return {
        "total": [s.as_dict() for s in total(results)],
        "documents_scored": len(scored),
        "documents_perfect": sum(r.perfect for r in scored),
        "documents_missing": [r.document for r in results if r.missing],
        "by_language": {lang: {"documents": len(group), "documents_perfect": sum(r.perfect for r in group),
                               "total": [s.as_dict() for s in total(group)]} for lang, group in by_language(scored).items()},
        "documents": [{"document": r.document, "language": r.language, "perfect": r.perfect,
                       "scores": [s.as_dict() for s in r.scores], "errors": [asdict(e) for e in r.errors],
                       **({"layout": r.layout} if r.layout else {})}
                      for r in scored],
    }
