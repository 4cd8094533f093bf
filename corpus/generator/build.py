"""Build the corpus: every spec in corpus/specs/ to its documents and truth file, and the README table.

A spec's ``outputs`` lists what to write: ``docx`` (python-docx), ``pdf``
(made by ``pdf_producer``: ``libreoffice``, the export of the DOCX, or
``reportlab``, drawn directly) and ``scan`` (an image-only raster of the PDF,
with its own truth file).  Documents and truth come from one ReportContent.
"""

from __future__ import annotations

import json
from pathlib import Path

from swapscore.corpus.generator.content import build_content
from swapscore.corpus.generator.model import NOT_A_SCORECARD_TRUTH
from swapscore.corpus.generator.other import libreoffice_pdf, render_entity_report, render_generic_report, scan_pdf
from swapscore.corpus.generator.other_es_fr import render_results_report_fr, render_strategy_report_es
from swapscore.corpus.generator.render_docx import render_docx
from swapscore.corpus.generator.render_pdf import render_pdf

CORPUS_DIR = Path(__file__).resolve().parent.parent
SPEC_DIR = CORPUS_DIR / "specs"
DOCUMENT_DIR = CORPUS_DIR / "documents"
# Not-a-scorecard kinds: renderer and the format it writes (a DOCX is also exported to PDF when the spec asks).
NOT_SCORECARD_RENDERERS = {
    "generic": (render_generic_report, ".pdf"),
    "entity": (render_entity_report, ".docx"),
    "strategy_es": (render_strategy_report_es, ".docx"),
    "results_fr": (render_results_report_fr, ".pdf"),
}


def load_specs(spec_dir: Path = SPEC_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(spec_dir.glob("*.json"))]


def truth_for(spec: dict) -> dict:
    """The truth of a spec's documents, without rendering anything."""
    if spec["layout"].startswith("not_scorecard"):
        return not_a_scorecard_truth(spec)
    return build_content(spec).to_truth()


def not_a_scorecard_truth(spec: dict) -> dict:
    """Skipped, with no rows; a spec that names its language (those written after the language axis) says it."""
    if "language" not in spec:
        return NOT_A_SCORECARD_TRUTH
    return {**NOT_A_SCORECARD_TRUTH, "report": {**NOT_A_SCORECARD_TRUTH["report"], "language": spec["language"]}}


def write_truth(path: Path, truth: dict) -> None:
    path.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def build_spec(spec: dict, out_dir: Path, *, libreoffice: bool = True) -> list[Path]:
    """Render one spec's documents into ``out_dir``; returns the files written."""
    name = spec["name"]
    outputs = spec.get("outputs", ["docx", "pdf"])
    written: list[Path] = []
    if spec["layout"].startswith("not_scorecard"):
        renderer, suffix = NOT_SCORECARD_RENDERERS[spec["layout"].removeprefix("not_scorecard_")]
        target = out_dir / f"{name}{suffix}"
        renderer(spec, target)
        written.append(target)
        if suffix == ".docx" and "pdf" in outputs and libreoffice:
            libreoffice_pdf(target, out_dir / f"{name}.pdf")
            written.append(out_dir / f"{name}.pdf")
        write_truth(out_dir / f"{name}.truth.json", not_a_scorecard_truth(spec))
        return written
    content = build_content(spec)
    docx_path, pdf_path = out_dir / f"{name}.docx", out_dir / f"{name}.pdf"
    if "docx" in outputs or spec.get("pdf_producer", "libreoffice") == "libreoffice":
        render_docx(content, docx_path)
        written.append(docx_path)
    if "pdf" in outputs or "scan" in outputs:
        if spec.get("pdf_producer", "libreoffice") == "reportlab":
            render_pdf(content, pdf_path)
        elif libreoffice:
            libreoffice_pdf(docx_path, pdf_path)
        written.append(pdf_path)
    write_truth(out_dir / f"{name}.truth.json", content.to_truth())
    if "scan" in outputs:
        scan = out_dir / f"{name}-scan.pdf"
        scan_pdf(pdf_path, scan)
        write_truth(out_dir / f"{name}-scan.truth.json", content.to_truth())
        written.append(scan)
        if "pdf" not in outputs:
            pdf_path.unlink()
            written.remove(pdf_path)
    if "docx" not in outputs and docx_path in written:
        docx_path.unlink()
        written.remove(docx_path)
    return written


def readme_table(specs: list[dict]) -> str:
    lines = ["| file | layout | producer | what it tests |", "|---|---|---|---|"]
    for spec in specs:
        for path, producer in _files_of(spec):
            lines.append(f"| `{path}` | {spec['layout']} | {producer} | {spec.get('tests', '')} |")
    return "\n".join(lines)


def _files_of(spec: dict) -> list[tuple[str, str]]:
    name, outputs = spec["name"], spec.get("outputs", ["docx", "pdf"])
    kind = spec["layout"].removeprefix("not_scorecard_")
    if kind in NOT_SCORECARD_RENDERERS and NOT_SCORECARD_RENDERERS[kind][1] == ".pdf":
        return [(f"{name}.pdf", "reportlab")]
    files = []
    if "docx" in outputs or kind in NOT_SCORECARD_RENDERERS:
        files.append((f"{name}.docx", "python-docx"))
    if "pdf" in outputs:
        producer = spec.get("pdf_producer", "libreoffice")
        files.append((f"{name}.pdf", "LibreOffice export of the DOCX" if producer == "libreoffice" else producer))
    if "scan" in outputs:
        files.append((f"{name}-scan.pdf", "raster of the PDF (JPEG pages, no text layer)"))
    return files


def build_all(out_dir: Path = DOCUMENT_DIR, only: tuple[str, ...] = ()) -> list[Path]:
    """Every spec's documents (or only the specs named in ``only``), and the README table of them all."""
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = load_specs()
    unknown = sorted(set(only) - {spec["name"] for spec in specs})
    if unknown:
        raise ValueError(f"no spec named {', '.join(unknown)} in {SPEC_DIR}")
    written = [p for spec in specs if not only or spec["name"] in only for p in build_spec(spec, out_dir)]
    readme = CORPUS_DIR / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- corpus-table -->", "<!-- /corpus-table -->"
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    readme.write_text(f"{head}{start}\n{readme_table(specs)}\n{end}{tail}", encoding="utf-8")
    return written
