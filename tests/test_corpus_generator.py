"""The corpus generator: specs and committed truth agree; scale mode yields documents the extractor reads exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from swapscore.corpus.generator.build import SPEC_DIR, _files_of, load_specs, readme_table, truth_for
from swapscore.corpus.generator.synth import synth_spec, synthesize
from swapscore.pipeline.batch import run_batch
from swapscore.pipeline.evaluate import evaluate
from tests.conftest import CORPUS, ROOT

SPECS = load_specs()


@pytest.mark.parametrize("spec", SPECS, ids=[s["name"] for s in SPECS])
def test_committed_truth_is_what_the_spec_says(spec):
    committed = json.loads((CORPUS / f"{spec['name']}.truth.json").read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(truth_for(spec)))


@pytest.mark.parametrize("spec", SPECS, ids=[s["name"] for s in SPECS])
def test_every_spec_has_its_documents(spec):
    for name, _ in _files_of(spec):
        assert (CORPUS / name).exists(), name


def test_every_document_comes_from_a_spec_and_is_in_the_readme_table():
    listed = {name for spec in SPECS for name, _ in _files_of(spec)}
    on_disk = {p.name for p in CORPUS.iterdir() if p.suffix in (".pdf", ".docx")}
    assert listed == on_disk
    readme = (ROOT / "corpus" / "README.md").read_text(encoding="utf-8")
    assert readme_table(SPECS) in readme


def test_specs_cover_the_layouts_the_issue_asks_for():
    layouts = {s["layout"] for s in SPECS}
    assert {"platform", "consultant", "not_scorecard_generic", "not_scorecard_entity"} <= layouts
    assert {s.get("framework", "unct-swap-2018") for s in SPECS} == {"unct-swap-2018", "unct-swap-2023"}
    assert {s.get("pdf_producer") for s in SPECS if "pdf" in s.get("outputs", [])} >= {"libreoffice", "reportlab"}
    assert any("scan" in s.get("outputs", []) for s in SPECS)
    assert sum(s["country"] == "Kyrgyzstan" for s in SPECS) == 3
    assert len(list(SPEC_DIR.glob("*.json"))) == len(SPECS)


def test_synth_specs_vary_and_repeat_with_the_seed():
    specs = [synth_spec(i, seed=3) for i in range(12)]
    assert specs == [synth_spec(i, seed=3) for i in range(12)]
    assert len({s["layout"] + s["outputs"][0] for s in specs}) >= 2
    assert len({s["report_type"] for s in specs}) == 2


def test_synthesized_reports_are_extracted_exactly(tmp_path: Path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    written = synthesize(6, archive, seed=11)
    assert len(written) == 6
    run_batch(written, out, jobs=1)
    results = evaluate(out, sorted(archive.glob("*.truth.json")))
    below = {Path(r.document).name: [s.field for s in r.scores if s.f1 < 1] for r in results}
    assert not any(below.values()), below
