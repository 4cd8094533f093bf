"""Randomized-layout draws the extractor once read wrong (corpus/regressions/): each scores 1.0 on every field."""

from __future__ import annotations

from pathlib import Path

import pytest

from swapscore.pipeline.evaluate import evaluate
from swapscore.pipeline.process import process_file
from swapscore.pipeline.write import write_datasets
from tests.conftest import ROOT

REGRESSIONS = ROOT / "corpus" / "regressions"
DOCUMENTS = sorted(p for p in REGRESSIONS.iterdir() if p.suffix in (".pdf", ".docx"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("regressions")
    write_datasets([process_file(p) for p in DOCUMENTS], out)
    return out


def test_there_are_regression_documents_each_with_its_truth():
    assert len(DOCUMENTS) >= 5
    assert all(p.with_name(p.stem + ".truth.json").exists() for p in DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_regression_document_scores_one_on_every_field(extracted, document):
    (result,) = evaluate(extracted, [document.with_name(document.stem + ".truth.json")])
    below = {s.field: (s.fp, s.fn) for s in result.scores if s.f1 < 1.0}
    assert not below, f"{document.name} ({result.layout['summary']}): fields below 1.0 (fp, fn): {below}"
