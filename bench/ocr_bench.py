"""OCR throughput: scans of synthetic reports read by ``swapscore extract``, pages per second.

    .venv/bin/python bench/ocr_bench.py [--reports 4] [--dpi 200] [--jobs 2] [--workdir /tmp/swapscore-ocr-bench]

Synthesizes short reports (corpus scale mode, PDFs), turns them into image-only scans
(``swapscore corpus scan``: grey raster, tilt up to 0.5 degree, JPEG), then times the whole of
``swapscore extract`` (render, clean-up, tesseract with one thread per worker, tables, regions, datasets)
with the given number of jobs, cold cache.  Prints and writes pages per second and seconds per page;
``bench/run_bench.py`` runs it too.  Timings are measured here, never asserted by tests.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from swapscore.corpus.generator.scan import scan_all  # noqa: E402
from swapscore.corpus.generator.synth import synthesize  # noqa: E402
from swapscore.pipeline.batch import run_batch  # noqa: E402


def ocr_throughput(workdir: Path, reports: int, dpi: int, jobs: int) -> dict:
    shutil.rmtree(workdir, ignore_errors=True)
    pdfs = sorted(p for p in synthesize(reports, workdir / "born-digital", seed=2026, pdf_only=True) if p.suffix == ".pdf")
    scans = [result.scan for result in scan_all(pdfs, workdir / "scans", dpi=dpi, seed=2026)]
    pages = sum(len(pdfium.PdfDocument(str(f))) for f in scans)
    start = time.perf_counter()
    run_batch(scans, workdir / "out", jobs=jobs, force=True, audit=False)
    seconds = time.perf_counter() - start
    return {"reports": len(scans), "pages": pages, "dpi": dpi, "jobs": jobs, "seconds": seconds,
            "pages_per_second": pages / seconds, "seconds_per_page": seconds / pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=4)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/swapscore-ocr-bench"))
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "ocr_results.json")
    args = parser.parse_args()
    result = ocr_throughput(args.workdir, args.reports, args.dpi, args.jobs)
    print(f"OCR: {result['reports']} scans, {result['pages']} pages at {result['dpi']} dpi, {result['jobs']} jobs: "
          f"{result['seconds']:.1f} s, {result['pages_per_second']:.2f} pages/s ({result['seconds_per_page']:.2f} s a page)")
    args.json.write_text(json.dumps(result, indent=2))
    print(f"written: {args.json}")


if __name__ == "__main__":
    main()
