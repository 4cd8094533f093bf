"""Throughput benchmark: swapscore against a naive baseline and a floor, in one run, on one synthetic archive.

    .venv/bin/python bench/run_bench.py [--reports 200] [--padding 32] [--workdir /tmp/swapscore-bench]

Synthesizes an archive of PDFs with the corpus scale mode, then times
  (a) swapscore with 2 jobs (cold cache), (b) swapscore with 1 job (cold cache): each the whole of
      ``swapscore extract`` (parse, extract, write the datasets, audit),
  (c) naive baseline: pdfplumber extract_text() and extract_tables() on every page, one process,
  (d) floor: pypdfium2 text of every page and nothing else, one process,
  (e) a warm re-run of (a) over the unchanged archive,
(f) the OCR path: scans of 4 short reports (``bench/ocr_bench.py``), 2 jobs,
and a single 300-page report for the peak memory of one worker.  Prints pages
per second, the ratios the issue sets targets for, and peak memory per worker;
writes the figures as JSON.  Timings are measured here, never asserted by tests.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from swapscore.corpus.generator.build import build_spec  # noqa: E402
from swapscore.corpus.generator.synth import synth_spec, synthesize  # noqa: E402
from swapscore.pipeline.batch import run_batch  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from ocr_bench import ocr_throughput  # noqa: E402


def pages_of(files: list[Path]) -> int:
    return sum(len(pdfium.PdfDocument(str(f))) for f in files)


def naive(files: list[Path]) -> None:
    for f in files:
        with pdfplumber.open(str(f)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
                page.flush_cache()


def floor(files: list[Path]) -> None:
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()


def timed(label: str, action) -> float:
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"  {label}: {seconds:.1f} s", flush=True)
    return seconds


def worker_peak_mb(files: list[Path], out: Path) -> float:
    """Peak RSS of the largest worker process that ran, measured from a fresh child interpreter."""
    code = (
        f"import resource, sys; from pathlib import Path; sys.path.insert(0, {str(ROOT)!r});"
        "from swapscore.pipeline.batch import run_batch;"
        "run_batch([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]), jobs=1, force=True, audit=False);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(out), *map(str, files)],
                            capture_output=True, text=True, check=True)
    return int(result.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--padding", type=int, default=32, help="extra findings paragraphs per PI (about 31 pages a report)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/swapscore-bench"))
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()

    shutil.rmtree(args.workdir, ignore_errors=True)
    archive = args.workdir / "archive"
    print(f"synthesizing {args.reports} reports ...", flush=True)
    files = sorted(p for p in synthesize(args.reports, archive, seed=2026, pdf_only=True, padding=args.padding)
                   if p.suffix == ".pdf")
    pages = pages_of(files)
    print(f"archive: {len(files)} PDFs, {pages} pages", flush=True)

    print("timing ...", flush=True)
    out = args.workdir / "out"
    t = {
        "a_swapscore_2_jobs": timed("(a) swapscore, 2 jobs",
                                    lambda: run_batch(files, out, jobs=2, force=True, audit=True)),
        "b_swapscore_1_job": timed("(b) swapscore, 1 job",
                                   lambda: run_batch(files, out, jobs=1, force=True, audit=True)),
        "c_naive_pdfplumber": timed("(c) naive pdfplumber, 1 process", lambda: naive(files)),
        "d_floor_pypdfium2": timed("(d) floor: pypdfium2 text, 1 process", lambda: floor(files)),
        "e_warm_rerun": timed("(e) warm re-run, 2 jobs", lambda: run_batch(files, out, jobs=2, audit=True)),
    }

    ocr = ocr_throughput(args.workdir / "ocr", reports=4, dpi=200, jobs=2)
    print(f"  (f) OCR, 2 jobs: {ocr['pages']} scanned pages in {ocr['seconds']:.1f} s", flush=True)

    big_spec = {**synth_spec(0, seed=7, pdf_only=True, padding=args.padding), "name": "long-300-pages", "padding": 470}
    (args.workdir / "long").mkdir(parents=True)
    big = [p for p in build_spec(big_spec, args.workdir / "long", libreoffice=False) if p.suffix == ".pdf"]
    big_pages = pages_of(big)
    peak_archive = worker_peak_mb(files[:20], args.workdir / "mem-archive")
    peak_big = worker_peak_mb(big, args.workdir / "mem-long")

    rates = {k: pages / v for k, v in t.items()}
    ratios = {
        "a_vs_c_speedup": t["c_naive_pdfplumber"] / t["a_swapscore_2_jobs"],
        "a_vs_d_slowdown": t["a_swapscore_2_jobs"] / t["d_floor_pypdfium2"],
        "e_vs_a_speedup": t["a_swapscore_2_jobs"] / t["e_warm_rerun"],
    }
    targets = {"a_vs_c_speedup": ">= 10", "a_vs_d_slowdown": "<= 5", "e_vs_a_speedup": ">= 50",
               "peak_worker_mb_300_pages": "< 500"}
    print(f"\n{'run':38} {'seconds':>9} {'pages/s':>9}")
    for k, v in t.items():
        print(f"{k:38} {v:9.1f} {rates[k]:9.1f}")
    print()
    for k, v in ratios.items():
        print(f"{k:38} {v:9.2f}   target {targets[k]}")
    print(f"{'f_ocr_2_jobs (200 dpi scans)':38} {ocr['seconds']:9.1f} {ocr['pages_per_second']:9.2f}")
    print(f"{'peak_worker_mb (20 archive reports)':38} {peak_archive:9.0f}")
    print(f"{'peak_worker_mb_300_pages':38} {peak_big:9.0f}   target {targets['peak_worker_mb_300_pages']}"
          f"  ({big_pages} pages)")
    machine = f"{platform.processor() or platform.machine()}, {len(__import__('os').sched_getaffinity(0))} cores, " \
              f"{round(resource.getpagesize() * __import__('os').sysconf('SC_PHYS_PAGES') / 2**30)} GiB, " \
              f"Python {platform.python_version()}"
    result = {"machine": machine, "reports": len(files), "pages": pages, "seconds": t, "pages_per_second": rates,
              "ratios": ratios, "targets": targets, "peak_worker_mb": {"archive": peak_archive, "300_pages": peak_big},
              "long_report_pages": big_pages, "ocr": ocr}
    args.json.write_text(json.dumps(result, indent=2))
    print(f"\nmachine: {machine}\nwritten: {args.json}")


if __name__ == "__main__":
    main()
