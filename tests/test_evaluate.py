"""The evaluation itself: a wrong value, a missing row and an extra row each cost what they should."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate, score, truth_facts
from pipeline.process import process_file
from pipeline.write import write_datasets
from tests.conftest import CORPUS

DOC = CORPUS / "uzbekistan-2023-annual.docx"


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("eval")
    write_datasets([process_file(DOC)], out)
    truth = json.loads(DOC.with_name(DOC.stem + ".truth.json").read_text())
    return out, truth


def _scores(out: Path, truth: dict, tmp_path: Path) -> dict:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / DOC.name).write_bytes(DOC.read_bytes())
    truth_path = folder / f"{DOC.stem}.truth.json"
    truth_path.write_text(json.dumps(truth))
    # the datasets name the original path; point the copy at it through the stem match
    import pandas as pd

    reports = pd.read_parquet(out / "reports.parquet")
    reports["source_path"] = str(folder / DOC.name)
    reports.to_parquet(out / "reports.parquet")
    (result,) = evaluate(out, [truth_path])
    return {s.field: s for s in result.scores}


def test_untouched_truth_scores_one(written, tmp_path):
    out, truth = written
    scores = _scores(out, truth, tmp_path)
    assert all(s.f1 == 1.0 for s in scores.values())


def test_a_wrong_rating_lowers_the_rating_score(written, tmp_path):
    out, truth = written
    changed = copy.deepcopy(truth)
    first = changed["indicators"][0]
    first["rating"] = "exceeds" if first["rating"] != "exceeds" else "missing"
    s = _scores(out, changed, tmp_path)["rating"]
    assert (s.tp, s.fp, s.fn) == (14, 1, 1)
    assert s.precision < 1 and s.recall < 1


def test_a_missing_row_lowers_recall(written, tmp_path):
    out, truth = written
    changed = copy.deepcopy(truth)
    changed["action_plan"].append({**changed["action_plan"][0], "action": "An action the extractor never saw."})
    s = _scores(out, changed, tmp_path)["action-plan rows"]
    assert s.recall < 1 and s.precision == 1 and s.fn == 1


def test_an_extra_row_lowers_precision(written, tmp_path):
    out, truth = written
    changed = copy.deepcopy(truth)
    dropped = [e for e in changed["evidence"] if e["kind"] == "supporting_document"][-1]
    changed["evidence"].remove(dropped)
    s = _scores(out, changed, tmp_path)["supporting documents"]
    assert s.precision < 1 and s.recall == 1 and s.fp == 1


def test_text_compares_after_collapsing_white_space():
    truth = {"report": {}, "indicators": [], "action_plan": [],
             "evidence": [{"pi": "2.2", "kind": "means_of_verification", "seq": 1, "text": "A  list\n item", "urls": []}]}
    facts = truth_facts(truth)["means of verification"]
    assert ("2.2", 1, "A list item") in facts


def test_empty_prediction_and_truth_score_one():
    from collections import Counter

    s = score("x", Counter(), Counter())
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
