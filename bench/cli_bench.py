"""Command-line latency: ``swapscore --help`` and an up-to-date re-run, against a baseline and the interpreter's floor.

    .venv/bin/python bench/cli_bench.py [--runs 7] [--baseline /path/to/other/swapscore] [--inputs corpus/documents ...]

Times (wall clock, each command a fresh process, median and best of --runs):
  help:        swapscore --help
  up to date:  swapscore extract INPUTS --out OUT --jobs 1, after a first run over the same inputs
               (nothing changed: nothing is parsed or written)
  floor:       python -c pass, and python -c "import typer, rich.console" (what any typer command pays)
With --baseline, the same two commands of another swapscore (e.g. an install of the main branch) are timed
the same way, each with its own output folder.  Targets: help < 0.3 s, up to date < 0.5 s.  Figures are
printed and written as JSON, never asserted by tests.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"help": 0.3, "up_to_date": 0.5}


def timed(command: list[str], runs: int) -> dict:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        seconds.append(time.perf_counter() - start)
    return {"median": statistics.median(seconds), "best": min(seconds), "runs": runs}


def measure(exe: str, inputs: list[str], out: Path, runs: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    extract = [exe, "extract", *inputs, "--out", str(out), "--jobs", "1"]
    subprocess.run(extract, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # fills cache and record
    return {"help": timed([exe, "--help"], runs), "up_to_date": timed(extract, runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--exe", default=str(ROOT / ".venv" / "bin" / "swapscore"))
    parser.add_argument("--baseline", help="another swapscore executable to time the same way")
    parser.add_argument("--inputs", nargs="+", default=[str(ROOT / "corpus" / "documents"), str(ROOT.parent / "shared" / "reference")])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/swapscore-cli-bench"))
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "cli_results.json")
    args = parser.parse_args()
    inputs = [i for i in args.inputs if Path(i).exists()]
    files = sum(1 for i in inputs for p in Path(i).rglob("*") if p.suffix.lower() in (".pdf", ".docx", ".doc"))

    results = {"swapscore": measure(args.exe, inputs, args.workdir / "out", args.runs)}
    if args.baseline:
        results["baseline"] = measure(args.baseline, inputs, args.workdir / "out-baseline", args.runs)
    python = sys.executable
    floor = {"python": timed([python, "-c", "pass"], args.runs),
             "python + typer + rich": timed([python, "-c", "import typer, rich.console"], args.runs)}

    print(f"{files} input files, {args.runs} runs each (median / best, seconds)\n")
    print(f"{'command':14} {'swapscore':>17} {'baseline':>17} {'target':>8}")
    for name in ("help", "up_to_date"):
        ours = results["swapscore"][name]
        base = results.get("baseline", {}).get(name)
        base_text = f"{base['median']:7.3f} / {base['best']:6.3f}" if base else f"{'-':>17}"
        print(f"{name:14} {ours['median']:7.3f} / {ours['best']:6.3f} {base_text} {'< ' + str(TARGETS[name]):>8}")
    for name, value in floor.items():
        print(f"floor: {name:24} {value['median']:7.3f} / {value['best']:6.3f}")
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    args.json.write_text(json.dumps({"machine": machine, "files": files, "results": results, "floor": floor,
                                     "targets": TARGETS}, indent=2))
    print(f"\nmachine: {machine}\nwritten: {args.json}")


if __name__ == "__main__":
    main()
