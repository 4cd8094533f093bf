"""The ``swapscore`` command line."""

from __future__ import annotations

import json
import signal
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__
from pipeline.audit import run_audit
from pipeline.batch import discover, run_batch
from pipeline.evaluate import by_language, evaluate, to_json, total, worst_documents
from pipeline.sources import as_source
from pipeline.stamp import MixedRunError, OutputBusyError, locked
from pipeline.workers import Limits
from schemas.datasets import AUDIT

app = typer.Typer(
    help="Turn UNCT-SWAP Gender Equality Scorecard reports (PDF, DOCX) into Parquet datasets.",
    no_args_is_help=True,
    add_completion=False,
)
corpus_app = typer.Typer(help="Build the labelled sample corpus, or synthesize archives for benchmarks.",
                         no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
cache_app = typer.Typer(help="Look into the results cache, or prune it.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")
console = Console(stderr=True)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Report files, or folders searched recursively for .pdf, .docx and .doc; "
                                                 "paths or URLs (s3://, gs://, https://, file://: pip install 'swapscore[remote]')."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder for the datasets."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0: one per core)."),
    timeout: float = typer.Option(300.0, "--timeout", help="Seconds one file may take before it is failed: timeout."),
    memory_mb: int = typer.Option(4096, "--memory-mb", help="MB one worker may grow by before the file is failed: memory."),
    force: bool = typer.Option(False, "--force", help="Parse every file again, ignoring the results cache."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Results cache (default: OUT/.swapscore-cache)."),
    executor: str = typer.Option("local", "--executor", help="local (worker processes here) or dask (an existing cluster)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask)."),
    wait: bool = typer.Option(False, "--wait", help="When another run holds --out, wait for it instead of stopping."),
) -> None:
    """Extract every report under INPUTS into Parquet datasets in --out."""
    if executor not in ("local", "dask") or (executor == "dask") != bool(scheduler):
        console.print("[red]error:[/red] use --executor local, or --executor dask with --scheduler ADDRESS")
        raise typer.Exit(2)
    try:
        found = discover([as_source(i) for i in inputs])
    except (FileNotFoundError, RuntimeError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    files = found.files
    if not files:
        console.print("[yellow]no .pdf, .docx or .doc files found[/yellow]")
    with Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task("extract", total=len(files))
        try:
            with _terminate_as_exit():
                results, summary = run_batch(files, out, jobs or None, on_done=lambda _: progress.advance(task),
                                             limits=Limits(timeout, memory_mb), force=force, cache_dir=cache_dir,
                                             audit=True, scheduler=scheduler, wait=None if wait else 0)
        except OutputBusyError as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(3) from exc
    for e in results:
        if e.report.status in ("failed", "partial"):
            console.print(f"[yellow]{e.report.status}[/yellow] {e.report.error}")
    for line in (*found.problems, *summary.warnings):
        console.print(f"[yellow]warning[/yellow] {line}", highlight=False)
    if summary.up_to_date:
        console.print(f"nothing changed since the last run: {out} is up to date")
    findings = list(pd.read_parquet(out / AUDIT.filename, columns=["check", "severity"]).itertuples())
    table = Table(title=f"swapscore {__version__}: {out}")
    for column in ("files", "ok", "partial", "failed", "skipped", "indicators", "parsed", "cached", "seconds"):
        table.add_column(column, justify="right")
    table.add_row(str(summary.files), *(str(summary.statuses.get(s, 0)) for s in ("ok", "partial", "failed", "skipped")),
                  str(summary.indicators), str(summary.parsed), str(summary.cached), f"{summary.seconds:.1f}")
    console.print(table)
    _print_audit_summary(findings, out)


@contextmanager
def _terminate_as_exit():
    """SIGTERM ends the run the way Ctrl-C does: workers stopped, the run's temporary folder removed, the
    output folder's lock released (the default action would skip all of that)."""
    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@app.command("audit")
def audit_command(
    out_dir: Path = typer.Argument(Path("outputs"), help="Folder holding the datasets written by extract."),
) -> None:
    """Check the consistency of reported ratings; writes audit.parquet and audit.html to OUT_DIR."""
    try:
        if not out_dir.is_dir():
            raise FileNotFoundError(f"{out_dir}: no such folder; run swapscore extract first")
        with locked(out_dir):
            findings = run_audit(out_dir)
    except (FileNotFoundError, MixedRunError, OutputBusyError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    _print_audit_summary(findings, out_dir)


def _print_audit_summary(findings, out_dir: Path) -> None:
    table = Table(title="audit findings")
    table.add_column("check")
    table.add_column("severity")
    table.add_column("count", justify="right")
    counts = Counter((f.check, f.severity) for f in findings)
    for (check, severity), n in sorted(counts.items()):
        table.add_row(check, severity, str(n))
    console.print(table)
    console.print(f"written: {out_dir / 'audit.parquet'}, {out_dir / 'audit.html'}")


@app.command("evaluate")
def evaluate_command(
    out_dir: Path = typer.Argument(..., help="Folder holding the datasets written by extract."),
    truth_files: list[Path] = typer.Argument(..., help="Truth files (NAME.truth.json beside NAME.pdf / NAME.docx)."),
    json_out: Path = typer.Option(None, "--json", help="Where to write the table as JSON (default OUT_DIR/evaluation.json)."),
    per_document: bool = typer.Option(False, "--per-document", help="Also print one table per document."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the totals as a Markdown table on stdout."),
    fuzzy: float = typer.Option(None, "--fuzzy", min=0, max=100,
                                help="Count a text field as matched at rapidfuzz ratio >= R (0-100), e.g. 90 for OCR."),
    worst: int = typer.Option(10, "--worst", min=0, help="List the K worst documents, with their layout draw."),
) -> None:
    """Per-field precision, recall and F1 of the datasets against truth files."""
    results = evaluate(out_dir, truth_files, fuzzy=fuzzy)
    perfect = sum(r.perfect for r in results)
    if markdown:
        typer.echo("| field | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
        for s in total(results):
            typer.echo(f"| {s.field} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp} | {s.fp} | {s.fn} |")
        typer.echo(f"\ndocuments with every field at 1.0: {perfect} of {len(results)}")
    if per_document:
        for r in results:
            console.print(_score_table(r.document, r.scores))
    console.print(_score_table(f"{len(results)} documents", total(results)))
    console.print(f"documents with every field at 1.0: {perfect} of {len(results)}")
    languages = by_language(results)
    console.print("languages detected: " + ", ".join(f"{lang} {len(group)} ({sum(r.perfect for r in group)} perfect)"
                                                     for lang, group in languages.items()))
    if len(languages) > 1:
        for lang, group in languages.items():
            console.print(_score_table(f"language {lang}: {len(group)} documents", total(group)))
    if worst and perfect < len(results):
        _print_worst(worst_documents(results, worst))
    target = json_out or out_dir / "evaluation.json"
    target.write_text(json.dumps(to_json(results), indent=2), encoding="utf-8")
    console.print(f"written: {target}")


def _print_worst(results) -> None:
    console.print(f"[bold]{len(results)} worst documents[/bold] (lowest F1 on any field; a random layout is rebuilt alone with "
                  "swapscore corpus synth --layouts random --seed S --only N --out DIR)")
    for k, r in enumerate(results, 1):
        layout = r.layout or {}
        where = f"seed {layout['seed']}, --only {layout['n']}" if "seed" in layout else "not a random layout"
        console.print(f"{k:2d}. {Path(r.document).name} ({r.language or '?'}): {r.worst.field} F1 {r.worst.f1:.3f} ({where})",
                      soft_wrap=True)
        if layout.get("summary"):
            console.print(f"    {layout['summary']}", soft_wrap=True, highlight=False)


def _score_table(title: str, scores) -> Table:
    table = Table(title=title)
    for column in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for s in scores:
        table.add_row(s.field, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    return table




@corpus_app.command("build")
def corpus_build(
    only: list[str] = typer.Option(None, "--only", help="Build only the spec NAME (repeatable), leaving the other "
                                   "documents as committed (their PDF and DOCX bytes change on every build)."),
) -> None:
    """Rebuild corpus/documents from corpus/specs (needs LibreOffice for DOCX exports)."""
    from corpus.generator.build import build_all

    try:
        written = build_all(only=tuple(only or ()))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--only") from error
    console.print(f"wrote {len(written)} documents")


@corpus_app.command("synth")
def corpus_synth(
    n: int = typer.Option(20, "--n", help="How many reports."),
    out: Path = typer.Option(..., "--out", help="Folder to write them to."),
    seed: int = typer.Option(0, "--seed", help="Seed; the same seed writes the same archive."),
    pdf_only: bool = typer.Option(False, "--pdf-only", help="Only PDFs (reportlab), for page-based benchmarks."),
    padding: int = typer.Option(0, "--padding", help="Extra findings paragraphs per PI (longer reports)."),
    layouts: str = typer.Option("classic", "--layouts",
                                help="classic: the corpus's two layouts (fast, for benchmarks); random: a layout drawn per "
                                     "document from five producers and many presentation axes (the accuracy yardstick)."),
    producers: str = typer.Option(None, "--producers", help="With --layouts random: comma-separated subset of "
                                  "python-docx, libreoffice, reportlab, chromium, weasyprint (default all)."),
    only: list[int] = typer.Option(None, "--only", help="With --layouts random: build only document N of the draw "
                                   "(repeatable), to reproduce one document from its seed."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="With --layouts random: documents rendered in parallel."),
    languages: str = typer.Option("en", "--languages", help="With --layouts random: comma-separated languages drawn "
                                  "per document from en, es, fr, mixed (English template, Spanish text); default en, "
                                  "which writes the same archive as before the language axis."),
) -> None:
    """Write N varied synthetic reports with truth files (benchmarks, fuzzing, and the randomized accuracy corpus)."""
    if layouts == "random":
        from corpus.generator.randomized import LANGUAGES, PRODUCERS, synthesize_random

        chosen = tuple(p.strip() for p in producers.split(",")) if producers else PRODUCERS
        unknown = [p for p in chosen if p not in PRODUCERS]
        if unknown:
            raise typer.BadParameter(f"unknown producer(s) {', '.join(unknown)}; choose from {', '.join(PRODUCERS)}",
                                     param_hint="--producers")
        drawn = tuple(x.strip() for x in languages.split(",") if x.strip())
        if not drawn or any(x not in LANGUAGES for x in drawn):
            raise typer.BadParameter(f"{languages!r}: choose among {', '.join(LANGUAGES)}", param_hint="--languages")
        written = synthesize_random(n, out, seed, chosen, jobs=jobs, only=only or None, languages=drawn)
    elif layouts == "classic":
        from corpus.generator.synth import synthesize

        written = synthesize(n, out, seed, pdf_only=pdf_only, padding=padding)
    else:
        raise typer.BadParameter(f"{layouts!r}: choose classic or random", param_hint="--layouts")
    console.print(f"wrote {len(written)} documents to {out}")


CACHE_DIR_HELP = "Results cache folder (default: OUT/.swapscore-cache with --out, else outputs/.swapscore-cache)."


def _cache_root(out: Path, cache_dir: Path | None) -> Path:
    from pipeline.cache import CACHE_DIRNAME

    return cache_dir or out / CACHE_DIRNAME


@cache_app.command("info")
def cache_info(
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder whose cache to show."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
) -> None:
    """Entries and size per extractor version; the version this swapscore writes is marked current."""
    import datetime

    from pipeline.cache import extractor_version, info

    root = _cache_root(out, cache_dir)
    table = Table(title=f"cache {root} (this swapscore: {extractor_version()})")
    for column in ("extractor version", "entries", "MB", "newest entry", "current"):
        table.add_column(column, justify="left" if column == "extractor version" else "right")
    for v in info(root):
        newest = datetime.datetime.fromtimestamp(v.newest, datetime.UTC).strftime("%Y-%m-%d %H:%M") if v.newest else "-"
        table.add_row(v.version, str(v.entries), f"{v.bytes / 1e6:.1f}", newest, "yes" if v.current else "")
    console.print(table)


@cache_app.command("prune")
def cache_prune(
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder whose cache to prune."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
    older_than: float = typer.Option(None, "--older-than", help="Also remove current entries not written for this many days."),
) -> None:
    """Remove the entries of other extractor versions and stray files (and, with --older-than, old entries)."""
    from pipeline.cache import prune

    root = _cache_root(out, cache_dir)
    files, size = prune(root, older_than)
    console.print(f"removed {files} files ({size / 1e6:.1f} MB) from {root}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
