"""The evaluation itself: a wrong value, a missing row and an extra row each cost what they should."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from swapscore.pipeline.evaluate import evaluate, score, truth_facts
from swapscore.pipeline.process import process_file
from swapscore.pipeline.write import write_datasets
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


def test_precision_with_nothing_predicted_and_recall_with_nothing_to_find_are_undefined():
    from collections import Counter

    nothing = score("rating", Counter(), Counter())
    assert (nothing.precision, nothing.recall, nothing.f1) == (None, None, 1.0)  # nothing to find, nothing found: right
    missed = score("rating", Counter(), Counter({("1.1", "meets"): 2}))
    assert (missed.precision, missed.recall, missed.f1) == (None, 0.0, 0.0)
    invented = score("rating", Counter({("1.1", "meets"): 1}), Counter())
    assert (invented.precision, invented.recall, invented.f1) == (0.0, None, 0.0)


def test_a_wrong_rating_is_listed_with_what_was_expected_and_found(written, tmp_path):
    out, truth = written
    changed = copy.deepcopy(truth)
    first = changed["indicators"][0]
    found = first["rating"]
    first["rating"] = "exceeds" if found != "exceeds" else "missing"
    changed["action_plan"].append({**changed["action_plan"][0], "action": "An action the extractor never saw.", "progress": []})
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / DOC.name).write_bytes(DOC.read_bytes())
    truth_path = folder / f"{DOC.stem}.truth.json"
    truth_path.write_text(json.dumps(changed))
    import pandas as pd

    reports = pd.read_parquet(out / "reports.parquet")
    reports["source_path"] = str(folder / DOC.name)
    reports.to_parquet(out / "reports.parquet")
    (result,) = evaluate(out, [truth_path])
    errors = {(e.pi, e.field, e.expected, e.found) for e in result.errors}
    assert (first["pi"], "rating", first["rating"], found) in errors
    assert (changed["action_plan"][0]["pi"], "action-plan rows", "An action the extractor never saw.", "(nothing)") in errors
    assert len(result.errors) == 2


def test_a_document_missing_from_the_datasets_is_reported_not_scored(written, tmp_path):
    from swapscore.pipeline.evaluate import to_json, total

    out, truth = written
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / DOC.name).write_bytes(DOC.read_bytes())
    truth_path = folder / f"{DOC.stem}.truth.json"
    truth_path.write_text(json.dumps(truth))
    (result,) = evaluate(out, [truth_path])
    assert result.missing and not result.perfect and result.scores == ()
    assert all(s.tp + s.fp + s.fn == 0 for s in total([result]))  # left out of the totals, not scored as recall 0
    assert to_json([result])["documents_missing"] == [str(folder / DOC.name)]


def test_fuzzy_matches_a_near_text_with_the_same_key_and_nothing_else():
    from collections import Counter

    truth = Counter({("2.2", 1, "UNCG Annual Work Plan 2022"): 1, ("2.2", 2, "Press release"): 1})
    predicted = Counter({("2.2", 1, "UNCG Annual Work Pian 2022"): 1, ("2.3", 2, "Press release"): 1})
    exact = score("means of verification", predicted, truth)
    near = score("means of verification", predicted, truth, fuzzy=90)
    assert (exact.tp, near.tp) == (0, 1)  # one letter misread matches; another PI's item does not
    assert score("means of verification", predicted, truth, fuzzy=99).tp == 0
    assert score("rating", Counter({("1.1", "meets"): 1}), Counter({("1.1", "meet"): 1}), fuzzy=50).tp == 0  # not a text field


def test_worst_documents_rank_by_the_lowest_field_and_keep_the_layout_draw(written, tmp_path):
    from swapscore.pipeline.evaluate import DocumentScore, Score, worst_documents

    def doc(name, f1s, layout=None):
        return DocumentScore(name, tuple(Score(f, tp, fp, 0) for f, (tp, fp) in zip(("a", "b"), f1s)), layout)

    perfect = doc("p", [(1, 0), (1, 0)])
    slightly = doc("s", [(9, 1), (1, 0)], {"seed": 3, "n": 7})
    badly = doc("b", [(1, 0), (1, 9)])
    ranked = worst_documents([perfect, slightly, badly], k=5)
    assert [r.document for r in ranked] == ["b", "s"]
    assert ranked[1].layout == {"seed": 3, "n": 7} and ranked[0].worst.field == "b"


def test_a_truth_file_language_is_scored_and_each_document_names_its_detected_language(written, tmp_path):
    out, truth = written
    wrong = copy.deepcopy(truth)
    wrong.setdefault("report", {})["language"] = "fr"  # the corpus document is in English
    s = _scores(out, wrong, tmp_path)["report fields"]
    assert s.fp == 1 and s.fn == 1
    right = copy.deepcopy(truth)
    right["report"]["language"] = "en"
    (tmp_path / "again").mkdir()
    assert _scores(out, right, tmp_path / "again")["report fields"].f1 == 1.0


def test_results_grouped_by_detected_language(written, tmp_path):
    from swapscore.pipeline.evaluate import by_language, to_json

    out, truth = written
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / DOC.name).write_bytes(DOC.read_bytes())
    (folder / f"{DOC.stem}.truth.json").write_text(json.dumps(truth))
    import pandas as pd

    reports = pd.read_parquet(out / "reports.parquet")
    reports["source_path"] = str(folder / DOC.name)
    reports.to_parquet(out / "reports.parquet")
    results = evaluate(out, [folder / f"{DOC.stem}.truth.json"])
    assert [r.language for r in results] == ["en"]
    assert list(by_language(results)) == ["en"] and to_json(results)["by_language"]["en"]["documents"] == 1


def test_a_pi_not_found_is_reported_under_its_code():
    from collections import Counter

    from swapscore.pipeline.evaluate import compare, item_errors

    _, extra, missed = compare("PIs found", Counter(["1.1", "7.1"]), Counter(["1.1", "1.2"]))
    errors = {(e.pi, e.expected, e.found) for e in item_errors("x.pdf", "PIs found", extra, missed)}
    assert errors == {("1.2", "1.2", "(nothing)"), ("7.1", "(nothing)", "7.1")}
