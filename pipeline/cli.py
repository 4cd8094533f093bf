"""The ``swapscore`` command line.

Exit status (a script can rely on it): 0 every file was read (ok, partial or
skipped), 1 some file failed (or, for evaluate, a document of a truth file is
not in the datasets), 2 a usage error (a bad option, a missing input or
folder), 3 the output folder is in use by another run, 130 interrupted
(Ctrl-C; what was read is cached, the same command resumes).

Only typer and rich are imported here at start: pandas, pyarrow, spaCy and the
readers are imported by the command that needs them, so ``--help`` and a
re-run with nothing to do stay fast.
"""

from __future__ import annotations

import signal
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from swapscore.pipeline import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _version(value: bool) -> None:
    if value:
        typer.echo(f"swapscore {__version__}")
        raise typer.Exit()


app = typer.Typer(
    help="Turn UNCT-SWAP Gender Equality Scorecard reports (PDF, DOCX, legacy DOC, scans) into Parquet datasets. "
         "Exit status: 0 all read, 1 some file failed, 2 usage error, 3 output folder busy, 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help: typer's rich help imports rich.markdown, a third of --help's time
    pretty_exceptions_enable=False,
)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn UNCT-SWAP Gender Equality Scorecard reports (PDF, DOCX, legacy DOC, scans) into Parquet datasets."""


corpus_app = typer.Typer(help="Build the labelled sample corpus, or synthesize archives for benchmarks.",
                         no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
cache_app = typer.Typer(help="Look into the results cache, or prune it.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")
console = Console(stderr=True)


def _usage_error(message: str) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


def _positive(name: str):
    def check(value):
        if value is not None and value <= 0:
            raise typer.BadParameter(f"{value:g} is not above 0", param_hint=name)
        return value
    return check


def check_out_dir(out: Path) -> None:
    """The output folder, made if needed, and writable; a clear usage error before any file is read."""
    if out.exists() and not out.is_dir():
        raise _usage_error(f"--out {out}: a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _usage_error(f"--out {out}: cannot be made ({exc.strerror or exc})") from exc
    try:
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise _usage_error(f"--out {out}: cannot be written to ({exc.strerror or exc})") from exc


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Report files, or folders searched recursively for .pdf, .docx and .doc; "
                                                 "paths or URLs (s3://, gs://, https://, file://: pip install 'swapscore[remote]')."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder for the datasets. Rows are added to what it holds: "
                                                                  "a file read again replaces its rows, a new one adds its own."),
    replace: bool = typer.Option(False, "--replace", help="Start --out afresh: keep only this run's rows."),
    prune: bool = typer.Option(False, "--prune", help="Also drop the rows of files that are gone (their path no longer exists)."),
    jobs: int = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: one per core)."),
    timeout: float = typer.Option(300.0, "--timeout", callback=_positive("--timeout"),
                                  help="Seconds one file may take before it is failed: timeout (above 0)."),
    memory_mb: int = typer.Option(4096, "--memory-mb", callback=_positive("--memory-mb"),
                                  help="MB one worker may grow by before the file is failed: memory (above 0)."),
    force: bool = typer.Option(False, "--force", help="Parse every file again, ignoring the results cache."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Results cache (default: OUT/.swapscore-cache)."),
    executor: str = typer.Option("local", "--executor", help="local (worker processes here) or dask (an existing cluster)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask)."),
    wait: bool = typer.Option(False, "--wait", help="When another run holds --out, wait for it instead of stopping."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors that stop the run (the exit status tells the rest)."),
    json_summary: bool = typer.Option(False, "--json", help="Print the run's summary as JSON on stdout, for scripts."),
) -> None:
    """Extract every report (.pdf, .docx, legacy .doc, scans) under INPUTS into Parquet datasets in --out."""
    from swapscore.pipeline.extract_cli import run_extract

    if executor not in ("local", "dask") or (executor == "dask") != bool(scheduler):
        raise _usage_error("use --executor local, or --executor dask with --scheduler ADDRESS")
    if replace and prune:
        raise _usage_error("--replace starts afresh and --prune drops the rows of files that are gone: give one of them")
    check_out_dir(out)
    mode = "replace" if replace else "prune" if prune else "add"
    code = run_extract(inputs, out, mode=mode, jobs=jobs, timeout=timeout, memory_mb=memory_mb, force=force,
                       cache_dir=cache_dir, scheduler=scheduler, wait=wait, quiet=quiet, json_summary=json_summary,
                       console=console)
    raise typer.Exit(code)


@contextmanager
def terminate_as_exit():
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
    from collections import Counter

    from swapscore.pipeline.audit import run_audit
    from swapscore.pipeline.stamp import MixedRunError, OutputBusyError, locked

    try:
        if not out_dir.is_dir():
            raise FileNotFoundError(f"{out_dir}: no such folder; run swapscore extract first")
        with locked(out_dir):
            findings = run_audit(out_dir)
    except OutputBusyError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_BUSY) from exc
    except (FileNotFoundError, MixedRunError) as exc:
        raise _usage_error(str(exc)) from exc
    counts = Counter((f.check_id, f.severity) for f in findings)
    print_findings(console, [(c, s, n) for (c, s), n in sorted(counts.items())])
    console.print(f"written: {out_dir / 'audit.parquet'}, {out_dir / 'audit.html'}")


def print_findings(out: Console, counts) -> None:
    from rich.table import Table

    table = Table(title="audit findings")
    table.add_column("check")
    table.add_column("severity")
    table.add_column("count", justify="right")
    for check, severity, n in counts:
        table.add_row(check, severity, str(n))
    out.print(table)


@app.command("evaluate")
def evaluate_command(
    out_dir: Path = typer.Argument(..., help="Folder holding the datasets written by extract."),
    truth_files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, readable=True,
                                             help="Truth files (NAME.truth.json beside NAME.pdf / NAME.docx)."),
    json_out: Path = typer.Option(None, "--json", help="Where to write the table as JSON (default OUT_DIR/evaluation.json)."),
    per_document: bool = typer.Option(False, "--per-document", help="Also print one table per document."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the totals as a Markdown table on stdout."),
    fuzzy: float = typer.Option(None, "--fuzzy", min=0, max=100,
                                help="Count a text field as matched at rapidfuzz ratio >= R (0-100), e.g. 90 for OCR."),
    worst: int = typer.Option(10, "--worst", min=0, help="List the K worst documents, with their layout draw."),
    errors: bool = typer.Option(False, "--errors", help="List each wrong, missing or extra item: document, PI, field, "
                                                        "expected, found."),
) -> None:
    """Per-field precision, recall and F1 of the datasets against truth files (exit 1 when a document is not in them)."""
    from swapscore.pipeline.evaluate_cli import run_evaluate

    code = run_evaluate(out_dir, truth_files, json_out=json_out, per_document=per_document, markdown=markdown,
                        fuzzy=fuzzy, worst=worst, errors=errors, console=console)
    raise typer.Exit(code)


@corpus_app.command("build")
def corpus_build(
    only: list[str] = typer.Option(None, "--only", help="Build only the spec NAME (repeatable), leaving the other "
                                   "documents as committed (their PDF and DOCX bytes change on every build)."),
) -> None:
    """Rebuild corpus/documents from corpus/specs (needs LibreOffice for DOCX exports)."""
    from swapscore.corpus.generator.build import build_all

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
        from swapscore.corpus.generator.randomized import LANGUAGES, PRODUCERS, synthesize_random

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
        from swapscore.corpus.generator.synth import synthesize

        written = synthesize(n, out, seed, pdf_only=pdf_only, padding=padding)
    else:
        raise typer.BadParameter(f"{layouts!r}: choose classic or random", param_hint="--layouts")
    console.print(f"wrote {len(written)} documents to {out}")


@corpus_app.command("scan")
def corpus_scan(
    inputs: list[Path] = typer.Argument(..., help="PDFs, or folders searched for PDFs, each with its NAME.truth.json."),
    out: Path = typer.Option(..., "--out", help="Folder to write the scans (NAME-scanDPI.pdf) and their truth files to."),
    dpi: int = typer.Option(150, "--dpi", help="Resolution of the raster: 150, 200 or 300."),
    seed: int = typer.Option(0, "--seed", help="Seed of the page angles; the same seed writes the same scans."),
    max_angle: float = typer.Option(0.5, "--max-angle", help="Largest tilt of a page, in degrees (either way)."),
) -> None:
    """Scans for measuring OCR: each PDF rasterized in grey, tilted, JPEG-compressed, as an image-only PDF."""
    from swapscore.corpus.generator.scan import DPIS, scan_all

    if dpi not in DPIS:
        raise typer.BadParameter(f"{dpi}: choose one of {', '.join(map(str, DPIS))}", param_hint="--dpi")
    if not 0 <= max_angle <= 5:
        raise typer.BadParameter(f"{max_angle}: a tilt between 0 and 5 degrees", param_hint="--max-angle")
    try:
        written = scan_all(list(inputs), out, dpi, seed, max_angle)
    except ValueError as error:
        raise _usage_error(str(error)) from error
    with_truth = sum(result.truth is not None for result in written)
    console.print(f"wrote {len(written)} scans ({with_truth} with a truth file) to {out}")


CACHE_DIR_HELP = "Results cache folder (default: OUT/.swapscore-cache with --out, else outputs/.swapscore-cache)."


def _cache_root(out: Path, cache_dir: Path | None) -> Path:
    from swapscore.pipeline.cache import CACHE_DIRNAME

    return cache_dir or out / CACHE_DIRNAME


@cache_app.command("info")
def cache_info(
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder whose cache to show."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP),
) -> None:
    """Entries and size per extractor version; the version this swapscore writes is marked current."""
    import datetime

    from rich.table import Table

    from swapscore.pipeline.cache import extractor_version, info

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
    from swapscore.pipeline.cache import prune

    root = _cache_root(out, cache_dir)
    files, size = prune(root, older_than)
    console.print(f"removed {files} files ({size / 1e6:.1f} MB) from {root}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C outside a run (a run handles its own): no traceback
        console.print("interrupted")
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":
    main()
