"""``swapscore evaluate`` behind its options: the tables, the error list, the JSON file, the exit status."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from swapscore.pipeline.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE

NEEDED = ("reports", "indicators", "evidence", "action_plan")


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def run_evaluate(out_dir: Path, truth_files: list[Path], *, json_out: Path | None, per_document: bool, markdown: bool,
                 fuzzy: float | None, worst: int, errors: bool, console: Console) -> int:
    from swapscore.pipeline.evaluate import TruthFileError, by_language, evaluate, to_json, total, worst_documents

    absent = [f"{name}.parquet" for name in NEEDED if not (out_dir / f"{name}.parquet").is_file()]
    if absent:
        console.print(f"[red]error:[/red] {out_dir}: no datasets to evaluate ({', '.join(absent)} missing); run swapscore "
                      "extract first", highlight=False, soft_wrap=True)
        return EXIT_USAGE
    try:
        results = evaluate(out_dir, truth_files, fuzzy=fuzzy)
    except (TruthFileError, FileNotFoundError) as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return EXIT_USAGE
    scored = [r for r in results if not r.missing]
    missing = [r for r in results if r.missing]
    perfect = sum(r.perfect for r in scored)
    if markdown:
        print("| field | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
        for s in total(results):
            print(f"| {s.field} | {_number(s.precision)} | {_number(s.recall)} | {_number(s.f1)} | {s.tp} | {s.fp} | {s.fn} |")
        print(f"\ndocuments with every field at 1.0: {perfect} of {len(scored)}")
    if per_document:
        for r in scored:
            console.print(score_table(r.document, r.scores))
    console.print(score_table(f"{len(scored)} documents", total(results)))
    console.print(f"documents with every field at 1.0: {perfect} of {len(scored)}")
    languages = by_language(scored)
    console.print("languages detected: " + ", ".join(f"{lang} {len(group)} ({sum(r.perfect for r in group)} perfect)"
                                                     for lang, group in languages.items()))
    if len(languages) > 1:
        for lang, group in languages.items():
            console.print(score_table(f"language {lang}: {len(group)} documents", total(group)))
    for r in missing:
        console.print(f"[yellow]missing[/yellow] {r.document}: a truth file covers it but the datasets of {out_dir} do not "
                      "hold it (not scored); extract it into this folder first", highlight=False, soft_wrap=True)
    if worst and perfect < len(scored):
        print_worst(console, worst_documents(results, worst))
    if errors:
        print_errors(console, [e for r in scored for e in r.errors])
    target = json_out or out_dir / "evaluation.json"
    target.write_text(json.dumps(to_json(results), indent=2), encoding="utf-8")
    if target.resolve() == (out_dir / "evaluation.json").resolve():
        _list_in_package(out_dir)
    console.print(f"written: {target}")
    return EXIT_FAILED if missing else EXIT_OK


def _list_in_package(out_dir: Path) -> None:
    """The data package lists evaluation.json once it is there (under the folder's lock, the record kept current)."""
    from swapscore.pipeline import stamp
    from swapscore.pipeline.write import package_run_id, write_datapackage

    if not (out_dir / "datapackage.json").exists():
        return
    with stamp.locked(out_dir, wait=None):
        write_datapackage(out_dir, package_run_id(out_dir))
        stamp.refresh(out_dir, "datapackage.json")


def print_errors(console: Console, errors) -> None:
    table = Table(title=f"{len(errors)} wrong, missing or extra items")
    for column in ("document", "PI", "field", "expected", "found"):
        table.add_column(column, overflow="fold")
    for e in errors:
        table.add_row(Path(e.document).name, e.pi, e.field, e.expected, e.found)
    console.print(table)


def print_worst(console: Console, results) -> None:
    console.print(f"[bold]{len(results)} worst documents[/bold] (lowest F1 on any field; a random layout is rebuilt alone with "
                  "swapscore corpus synth --layouts random --seed S --only N --out DIR)")
    for k, r in enumerate(results, 1):
        layout = r.layout or {}
        where = f"seed {layout['seed']}, --only {layout['n']}" if "seed" in layout else "not a random layout"
        console.print(f"{k:2d}. {Path(r.document).name} ({r.language or '?'}): {r.worst.field} F1 {r.worst.f1:.3f} ({where})",
                      soft_wrap=True)
        if layout.get("summary"):
            console.print(f"    {layout['summary']}", soft_wrap=True, highlight=False)


def score_table(title: str, scores) -> Table:
    table = Table(title=title)
    for column in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for s in scores:
        table.add_row(s.field, _number(s.precision), _number(s.recall), _number(s.f1), str(s.tp), str(s.fp), str(s.fn))
    return table
