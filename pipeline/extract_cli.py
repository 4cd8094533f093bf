"""``swapscore extract`` behind its options: the progress display, the summary, the exit status, Ctrl-C."""

from __future__ import annotations

import json
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text

from swapscore.pipeline import __version__
from swapscore.pipeline.cli import EXIT_BUSY, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, print_findings, terminate_as_exit


class PagesPerSecond(ProgressColumn):
    """Pages read per second by the workers (files from the cache are not counted)."""

    def render(self, task) -> Text:
        rate = task.fields.get("pages", 0) / max(time.monotonic() - task.fields.get("since", time.monotonic()), 1e-6)
        return Text(f"{rate:5.1f} pages/s" if task.fields.get("pages") else "    - pages/s", style="progress.data.speed")


def status_message(status: str, error: str | None) -> str:
    """A failed or partial file's message without its status, which the line prints first: "failed: x.pdf: ..."
    reads "failed x.pdf: ...", not "failed failed: x.pdf: ..."."""
    message = error or ""
    prefix = f"{status}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def run_extract(inputs: list[str], out: Path, *, mode: str, jobs: int | None, timeout: float, memory_mb: int, force: bool,
                cache_dir: Path | None, scheduler: str | None, wait: bool, quiet: bool, json_summary: bool,
                console: Console) -> int:
    """Run the extraction and report it; returns the exit status."""
    from swapscore.pipeline.batch import discover, run_batch
    from swapscore.pipeline.sources import as_source
    from swapscore.pipeline.stamp import IncompatibleOutputError, OutputBusyError
    from swapscore.pipeline.workers import Limits

    talk = not quiet
    try:
        found = discover([as_source(i) for i in inputs])
    except (FileNotFoundError, RuntimeError) as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return EXIT_USAGE
    files = found.files
    if not files and talk:
        console.print("[yellow]no .pdf, .docx or .doc files found[/yellow]")
    done: list = []
    live = talk and console.is_terminal and len(files) > 1
    progress = Progress(TextColumn("[bold]{task.description}", table_column=None), BarColumn(), MofNCompleteColumn(),
                        PagesPerSecond(), TimeRemainingColumn(), console=console, transient=True, disable=not live)
    task = progress.add_task("extracting", total=len(files), pages=0, since=time.monotonic())

    def finished(extraction) -> None:
        done.append(extraction)
        pages = extraction.report.n_pages or 0
        progress.update(task, advance=1, pages=progress.tasks[0].fields["pages"] + pages)

    def started(path) -> None:
        progress.update(task, description=f"reading {Path(str(path)).name}")

    try:
        with progress, terminate_as_exit():
            results, summary = run_batch(files, out, jobs, on_done=finished, limits=Limits(timeout, memory_mb), force=force,
                                         cache_dir=cache_dir, audit=True, scheduler=scheduler, wait=None if wait else 0,
                                         mode=mode, on_start=started)
    except OutputBusyError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return EXIT_BUSY
    except IncompatibleOutputError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        console.print(f"interrupted: {len(done)} of {len(files)} files were read; their results are cached and nothing "
                      f"in {out} was changed. Run the same command again to resume: the files already read are not "
                      "read again.", highlight=False, soft_wrap=True)
        return EXIT_INTERRUPTED
    failed = [e.report for e in results if e.report.status == "failed"]
    code = EXIT_FAILED if failed else EXIT_OK
    if talk:
        _print_summary(console, out, results, summary, found.problems)
    if json_summary:
        print(json.dumps(summary_json(out, summary, results, found.problems, code), indent=2))
    return code


def _print_summary(console: Console, out: Path, results, summary, problems) -> None:
    from rich.table import Table

    for e in results:
        if e.report.status in ("failed", "partial"):
            console.print(f"[yellow]{e.report.status}[/yellow] {status_message(e.report.status, e.report.error)}",
                          highlight=False, soft_wrap=True)
    for line in (*problems, *summary.warnings):
        console.print(f"[yellow]warning[/yellow] {line}", highlight=False, soft_wrap=True)
    if summary.gone:
        shown = ", ".join(Path(p).name for p in summary.gone[:5]) + (" ..." if len(summary.gone) > 5 else "")
        console.print(f"[yellow]warning[/yellow] {out} keeps the rows of {len(summary.gone)} report(s) whose file is gone "
                      f"({shown}); --prune drops them, --replace starts the folder afresh", highlight=False, soft_wrap=True)
    if summary.pruned:
        console.print(f"dropped the rows of {len(summary.pruned)} report(s) whose file is gone (--prune)", highlight=False, soft_wrap=True)
    table = Table(title=f"swapscore {__version__}: {out}")
    for column in ("files", "reports", "ok", "partial", "failed", "skipped", "indicators", "parsed", "cached", "seconds"):
        table.add_column(column, justify="right")
    table.add_row(str(summary.files), str(summary.reports),
                  *(str(summary.statuses.get(s, 0)) for s in ("ok", "partial", "failed", "skipped")),
                  str(summary.indicators), str(summary.parsed), str(summary.cached), f"{summary.seconds:.1f}")
    console.print(table)
    if summary.duplicates:
        console.print(f"{summary.duplicates} of the {summary.files} files hold the same bytes as another and were merged "
                      f"into its report row (duplicate_paths): {summary.reports} reports", highlight=False, soft_wrap=True)
    if summary.kept or summary.replaced:
        console.print(f"{out} also keeps {summary.kept} report(s) of earlier runs; {summary.replaced} earlier row(s) "
                      "replaced by this run's", highlight=False, soft_wrap=True)
    print_findings(console, summary.findings)
    if summary.up_to_date:
        console.print(f"nothing changed since the last run: {out} is up to date, nothing written", highlight=False, soft_wrap=True)
    else:
        console.print(f"written to {out}: reports, indicators, evidence, action_plan, notes and audit (.parquet), "
                      "datapackage.json, audit.html", highlight=False, soft_wrap=True)


def summary_json(out: Path, summary, results, problems, code: int) -> dict:
    """The run for a script: counts, what became of the folder's rows, each failed file, the audit."""
    return {
        "swapscore_version": __version__,
        "out": str(out),
        "exit_status": code,
        "files": summary.files,
        "reports": summary.reports,
        "duplicates": summary.duplicates,
        "statuses": {s: summary.statuses.get(s, 0) for s in ("ok", "partial", "failed", "skipped")},
        "indicators": summary.indicators,
        "parsed": summary.parsed,
        "cached": summary.cached,
        "seconds": round(summary.seconds, 3),
        "up_to_date": summary.up_to_date,
        "kept": summary.kept,
        "replaced": summary.replaced,
        "gone": list(summary.gone),
        "pruned": list(summary.pruned),
        "failed": [{"source_path": e.report.source_path, "error": e.report.error} for e in results if e.report.status == "failed"],
        "warnings": [*problems, *summary.warnings],
        "findings": [{"check_id": c, "severity": s, "count": n} for c, s, n in summary.findings],
    }
